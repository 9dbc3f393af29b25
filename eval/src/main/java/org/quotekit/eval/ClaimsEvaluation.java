package org.quotekit.eval;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import org.quotekit.Article;
import org.quotekit.Claim;
import org.quotekit.Extraction;
import org.quotekit.Quantity;
import org.quotekit.QuoteExtractor;
import org.quotekit.Span;

/**
 * Scores the claims of an extractor against a claims gold ({@code testdata/claims}, whose
 * {@code README.md} gives the format and the figures): usable claim rate, stance accuracy,
 * negation F1 and quantity F1, for the {@code dev} and {@code report} parts apart. Stateless
 * and thread-safe.
 *
 * <pre>{@code
 * ClaimsReport report = ClaimsEvaluation.evaluate(Path.of("testdata/claims"),
 *     Path.of("../shared/corpora/polnear/dev"), QuoteExtractor.builder().build());
 * System.out.print(report.format());
 * }</pre>
 */
public final class ClaimsEvaluation {
  /** Relative difference under which two quantity values are the same. */
  private static final double TOLERANCE = 1e-3;

  private ClaimsEvaluation() {}

  /**
   * Runs {@code extractor} on every article the gold names and scores its claims.
   *
   * @param gold a gold {@code .tsv} file, or a folder whose {@code .tsv} files are read; the
   *     articles it names are read from the {@code articles} folder beside them
   * @param polnearDev the PolNeAR dev folder (with {@code text/}) for the {@code polnear:} rows,
   *     or null to skip them (a note in the report says so, as when the folder is absent)
   * @param extractor the extractor whose claims are scored
   * @throws IOException if the gold or an article cannot be read, a PolNeAR article among them
   *     when the folder is there (a misspelt name)
   * @throws IllegalArgumentException naming the file and line of a malformed row, or of an
   *     anchor or quantity that is not in its article
   */
  public static ClaimsReport evaluate(Path gold, Path polnearDev, QuoteExtractor extractor)
      throws IOException {
    Objects.requireNonNull(gold, "gold");
    Objects.requireNonNull(extractor, "extractor");
    Path articles = (Files.isDirectory(gold) ? gold : gold.toAbsolutePath().getParent())
        .resolve("articles");
    Map<String, List<ClaimGold>> byArticle = new LinkedHashMap<>();
    for (ClaimGold row : ClaimGold.read(gold)) {
      byArticle.computeIfAbsent(row.article(), k -> new ArrayList<>()).add(row);
    }
    Map<String, ClaimsReport.Part> parts = new LinkedHashMap<>();
    parts.put("dev", empty("dev"));
    parts.put("report", empty("report"));
    List<String> misses = new ArrayList<>();
    int skipped = 0;
    for (Map.Entry<String, List<ClaimGold>> e : byArticle.entrySet()) {
      Path file = articleFile(e.getKey(), articles, polnearDev);
      if (file == null) {
        skipped += e.getValue().size();
        continue;
      }
      String text = Files.readString(file, StandardCharsets.UTF_8);
      Extraction x = extractor.extract(Article.of(e.getKey(), text));
      for (ClaimGold row : e.getValue()) {
        parts.merge(row.part(), score(row, text, x, misses), ClaimsReport.Part::plus);
      }
    }
    List<String> notes = new ArrayList<>();
    if (skipped > 0) {
      notes.add(skipped + " PolNeAR rows not scored: " + (polnearDev == null
          ? "no PolNeAR dev folder given" : "PolNeAR dev not found at " + polnearDev));
    }
    List<ClaimsReport.Part> kept = parts.values().stream().filter(p -> p.rows() > 0).toList();
    return new ClaimsReport(kept, misses, notes);
  }

  /**
   * Prints the figures for a gold with the default extractor:
   * {@code GOLD [--polnear DEV_DIR] [--misses]}.
   *
   * @throws IOException if the gold or an article cannot be read
   */
  public static void main(String[] args) throws IOException {
    Path gold = null;
    Path polnear = null;
    boolean misses = false;
    for (int i = 0; i < args.length; i++) {
      if (args[i].equals("--polnear") && i + 1 < args.length) {
        polnear = Path.of(args[++i]);
      } else if (args[i].equals("--misses")) {
        misses = true;
      } else if (gold == null && !args[i].startsWith("--")) {
        gold = Path.of(args[i]);
      } else {
        throw new IllegalArgumentException("usage: ClaimsEvaluation GOLD [--polnear DEV_DIR]"
            + " [--misses]; unexpected argument: " + args[i]);
      }
    }
    if (gold == null) {
      throw new IllegalArgumentException("usage: ClaimsEvaluation GOLD [--polnear DEV_DIR]"
          + " [--misses]");
    }
    ClaimsReport report = evaluate(gold, polnear, QuoteExtractor.builder().build());
    PrintStream out = System.out;
    out.print(misses ? report.formatWithMisses() : report.format());
  }

  private static ClaimsReport.Part empty(String name) {
    return new ClaimsReport.Part(name, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0);
  }

  private static Path articleFile(String name, Path articles, Path polnearDev) {
    if (!name.startsWith(ClaimGold.POLNEAR)) {
      return articles.resolve(name + ".txt");
    }
    if (polnearDev == null || !Files.isDirectory(polnearDev.resolve("text"))) {
      return null;
    }
    // the corpus is there: an article it lacks is a misspelt name, read (and failed) as the
    // gold's own missing articles are
    return polnearDev.resolve("text").resolve(name.substring(ClaimGold.POLNEAR.length())
        + ".txt");
  }

  /** The counts of one row, adding a line to {@code misses} when something is wrong. */
  static ClaimsReport.Part score(ClaimGold row, String text, Extraction x, List<String> misses) {
    Span anchor = locate(row.anchor(), text, 0, true, row.where());
    Claim c = judged(x, anchor);
    String where = row.part() + " " + row.article() + " " + anchor.start() + "-" + anchor.end();
    if (row.noClaim()) {
      if (c != null) {
        misses.add(where + ": expected no claim, found " + c.text());
      }
      return new ClaimsReport.Part(row.part(), 1, c == null ? 1 : 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,
          0);
    }
    int negExpected = row.negated() ? 1 : 0;
    if (c == null) {
      misses.add(where + ": expected " + row.expected().get(0) + ", found no claim");
      return new ClaimsReport.Part(row.part(), 1, 0, 0, 1, 0, 0, 0, 0, 0, 0, 0, 0);
    }
    List<String> wrong = new ArrayList<>();
    boolean usable = row.expected().stream().anyMatch(e -> sameText(expectedText(e, text),
        c.text()));
    if (!usable) {
      wrong.add("text \"" + c.text() + "\", expected \"" + expectedText(row.expected().get(0),
          text) + "\"");
    }
    if (c.stance() != row.stance()) {
      wrong.add("stance " + c.stance() + ", expected " + row.stance());
    }
    if (c.negated() != row.negated()) {
      wrong.add("negated " + c.negated() + ", expected " + row.negated());
    }
    int[] q = quantities(row, text, anchor, c, wrong);
    if (!wrong.isEmpty()) {
      misses.add(where + ": " + String.join("; ", wrong));
    }
    return new ClaimsReport.Part(row.part(), 1, usable ? 1 : 0, 1, 0,
        c.stance() == row.stance() ? 1 : 0, row.negated() && c.negated() ? 1 : 0,
        c.negated() ? 1 : 0, negExpected, q[0], q[1], q[2], q[3]);
  }

  /** The claim whose spans overlap the anchor most, or null. */
  private static Claim judged(Extraction x, Span anchor) {
    Claim best = null;
    int most = 0;
    for (Claim c : x.claims()) {
      int overlap = 0;
      for (Span s : c.spans()) {
        overlap += Math.max(0, Math.min(s.end(), anchor.end())
            - Math.max(s.start(), anchor.start()));
      }
      if (overlap > most) {
        most = overlap;
        best = c;
      }
    }
    return best;
  }

  /**
   * Right, found, expected and span-right quantities of a judged claim; adds what is wrong to
   * {@code wrong}.
   */
  private static int[] quantities(ClaimGold row, String text, Span anchor, Claim c,
      List<String> wrong) {
    List<Quantity> found = new ArrayList<>(c.quantityValues());
    if (found.isEmpty()) {
      for (Span s : c.quantities()) {
        found.add(new Quantity(s, Double.MAX_VALUE, Double.MAX_VALUE, "?")); // no value given
      }
    }
    boolean[] used = new boolean[found.size()];
    boolean[] spanUsed = new boolean[found.size()];
    int right = 0;
    int spansRight = 0;
    for (ClaimGold.Expected e : row.quantities()) {
      Span where = locate(e.where(), text, anchor.start(), false, row.where());
      boolean hit = false;
      boolean spanHit = false;
      for (int i = 0; i < found.size(); i++) {
        Quantity f = found.get(i);
        if (!f.span().overlaps(where)) {
          continue;
        }
        if (!spanHit && !spanUsed[i]) {
          spanUsed[i] = true;
          spanHit = true;
        }
        if (!hit && !used[i] && same(f.value(), e.low()) && same(f.upper(), e.high())
            && f.unit().toLowerCase(Locale.ROOT).equals(e.unit())) {
          used[i] = true;
          hit = true;
        }
      }
      right += hit ? 1 : 0;
      spansRight += spanHit ? 1 : 0;
      if (!hit) {
        wrong.add("quantity " + e.where() + "=" + e.low() + ".." + e.high() + " " + e.unit()
            + " not found");
      }
    }
    for (int i = 0; i < found.size(); i++) {
      if (!used[i]) {
        wrong.add("quantity " + found.get(i) + " (" + found.get(i).span().text()
            + ") not expected");
      }
    }
    return new int[] {right, found.size(), row.quantities().size(), spansRight};
  }

  private static boolean same(double a, double b) {
    return Math.abs(a - b) <= TOLERANCE * Math.max(1, Math.abs(b));
  }

  /**
   * The span an anchor names: {@code @START-END}, or the occurrence of a snippet; a claim anchor
   * must occur once, a quantity snippet is taken where it is closest to {@code near}.
   */
  static Span locate(String anchor, String text, int near, boolean unique, String where) {
    if (anchor.startsWith("@")) {
      String[] se = anchor.substring(1).split("-", 2);
      try {
        return Span.of(text, Integer.parseInt(se[0]), Integer.parseInt(se[1]));
      } catch (RuntimeException e) {
        throw new IllegalArgumentException(where + ": expected @START-END inside the article"
            + " but found " + anchor, e);
      }
    }
    int best = -1;
    int count = 0;
    for (int i = text.indexOf(anchor); i >= 0; i = text.indexOf(anchor, i + 1)) {
      count++;
      if (best < 0 || Math.abs(i - near) < Math.abs(best - near)) {
        best = i;
      }
    }
    if (count == 0 || unique && count > 1) {
      throw new IllegalArgumentException(where + ": anchor occurs " + count
          + " times in the article, expected " + (unique ? "once" : "at least once") + ": "
          + anchor);
    }
    return Span.of(text, best, best + anchor.length());
  }

  /** The expected text: as written, or built from {@code @} spans, completions in brackets. */
  static String expectedText(String expected, String text) {
    if (!expected.startsWith("@")) {
      return expected;
    }
    StringBuilder sb = new StringBuilder();
    for (String piece : expected.substring(1).strip().split(" ")) {
      boolean completion = piece.startsWith("{");
      String[] se = piece.replace("{", "").replace("}", "").split("-", 2);
      String words = text.substring(Integer.parseInt(se[0]), Integer.parseInt(se[1]));
      sb.append(sb.length() == 0 ? "" : " ").append(completion ? "[" + words + "]" : words);
    }
    return sb.toString();
  }

  /**
   * Whether a found text is the expected one: the same lower-case words; or the same quoted
   * words, with a completion in brackets that holds the words of the expected one in order.
   */
  static boolean sameText(String expected, String found) {
    List<String> e = words(expected, null);
    List<String> f = words(found, null);
    if (e.equals(f)) {
      return true;
    }
    List<String> eAdded = words(expected, true);
    List<String> fAdded = words(found, true);
    return !eAdded.isEmpty() && words(expected, false).equals(words(found, false))
        && subsequence(eAdded, fAdded);
  }

  /**
   * The lower-case words ({@code \w+} runs) of {@code s}: all when {@code inBrackets} is null,
   * else those inside or outside brackets.
   */
  static List<String> words(String s, Boolean inBrackets) {
    List<String> out = new ArrayList<>();
    int depth = 0;
    int i = 0;
    while (i < s.length()) {
      char ch = s.charAt(i);
      if (ch == '[') {
        depth++;
      } else if (ch == ']') {
        depth = Math.max(0, depth - 1);
      }
      if (!Character.isLetterOrDigit(ch) && ch != '_') {
        i++;
        continue;
      }
      int j = i;
      while (j < s.length() && (Character.isLetterOrDigit(s.charAt(j)) || s.charAt(j) == '_')) {
        j++;
      }
      if (inBrackets == null || inBrackets == (depth > 0)) {
        out.add(s.substring(i, j).toLowerCase(Locale.ROOT));
      }
      i = j;
    }
    return out;
  }

  private static boolean subsequence(List<String> part, List<String> whole) {
    int k = 0;
    for (String w : whole) {
      if (k < part.size() && part.get(k).equals(w)) {
        k++;
      }
    }
    return k == part.size();
  }
}
