package org.quotekit.eval;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.quotekit.Span;

/**
 * Drafts a new blind speaker set from PolNeAR train, as the speaker sets in {@code
 * testdata/speakers} were drafted (docs/SPEAKER-ANNOTATION.md): picks articles no earlier set
 * holds and writes, for each annotator, one row per gold attribution with a source and a cue, for
 * the annotator to fill in the speaker's class and canonical name. Stateless and thread-safe.
 *
 * <p>Articles: those with {@link #MIN_ROWS} to {@link #MAX_ROWS} such attributions, ordered by
 * the MD5 of their name (a fixed order no one chose), the first of each publisher (the name's
 * part before the first underscore) and then the next ones up to a number per publisher. They go
 * to the annotators in turn. The drafts hold corpus text (the source and its context, for the
 * annotator to read): write them outside the repository, and commit only the filled-in rows'
 * offsets, classes and names.
 */
public final class SpeakerSetDraft {
  /** The fewest and most sourced attributions an article of a set has. */
  public static final int MIN_ROWS = 10;
  public static final int MAX_ROWS = 24;
  private static final int CONTEXT_BEFORE = 150;
  private static final int CONTEXT_AFTER = 60;
  /** The columns of a speaker set, as in {@code testdata/speakers/*.tsv}. */
  static final String HEADER = "# article\tcontent_start\tcontent_end\tcue_start\tcue_end"
      + "\tsource_start\tsource_end\tclass\tpart\tspeaker";

  private SpeakerSetDraft() {}

  /**
   * One row to annotate: the first start and last end of the content, cue and source pieces.
   *
   * @param article the article's id
   * @param content the content from its first piece's start to its last piece's end
   * @param cue the cue likewise
   * @param source the source likewise
   */
  public record Row(String article, Span content, Span cue, Span source) {
    /** The row's columns as a speaker set has them, class and speaker still to fill in. */
    String columns(String part) {
      return String.join("\t", article, Integer.toString(content.start()),
          Integer.toString(content.end()), Integer.toString(cue.start()),
          Integer.toString(cue.end()), Integer.toString(source.start()),
          Integer.toString(source.end()), "?", part, "?");
    }
  }

  /**
   * The rows of an article: each gold attribution with a source and a cue, in text order.
   *
   * @param article a gold article
   * @return its rows, sorted by content, cue and source offsets
   */
  public static List<Row> rows(GoldArticle article) {
    List<Row> rows = new ArrayList<>();
    for (GoldAttribution a : article.attributions()) {
      if (a.hasSource() && !a.cue().isEmpty()) {
        rows.add(new Row(article.id(), cover(article.text(), a.content()),
            cover(article.text(), a.cue()), cover(article.text(), a.source())));
      }
    }
    rows.sort(Comparator.comparingInt((Row r) -> r.content().start())
        .thenComparingInt(r -> r.content().end()).thenComparingInt(r -> r.cue().start())
        .thenComparingInt(r -> r.cue().end()).thenComparingInt(r -> r.source().start())
        .thenComparingInt(r -> r.source().end()));
    return rows;
  }

  /**
   * The articles of a new set: of those not in {@code used} with {@link #MIN_ROWS} to {@link
   * #MAX_ROWS} rows, ordered by the MD5 of their id, the first of each publisher, then the next
   * ones in that order while their publisher has fewer than {@code perPublisher}, until there are
   * {@code count}.
   *
   * @param articles the split's articles
   * @param used ids of articles earlier sets hold
   * @param count how many articles to choose
   * @param perPublisher the most a publisher may give
   * @return the chosen ids, in the order they were chosen
   * @throws IllegalArgumentException if {@code count} or {@code perPublisher} is not positive
   */
  public static List<String> choose(List<GoldArticle> articles, Set<String> used, int count,
      int perPublisher) {
    if (count < 1 || perPublisher < 1) {
      throw new IllegalArgumentException("count and perPublisher must be positive: " + count
          + ", " + perPublisher);
    }
    List<String> candidates = new ArrayList<>();
    for (GoldArticle a : articles) {
      int n = rows(a).size();
      if (!used.contains(a.id()) && n >= MIN_ROWS && n <= MAX_ROWS) {
        candidates.add(a.id());
      }
    }
    candidates.sort(Comparator.comparing(SpeakerSetDraft::md5));
    List<String> chosen = new ArrayList<>();
    Map<String, Integer> taken = new HashMap<>();
    for (String id : candidates) { // the first of each publisher
      if (chosen.size() < count && !taken.containsKey(publisher(id))) {
        chosen.add(id);
        taken.put(publisher(id), 1);
      }
    }
    for (String id : candidates) { // then the next ones in order, up to the cap
      if (chosen.size() < count && !chosen.contains(id)
          && taken.getOrDefault(publisher(id), 0) < perPublisher) {
        chosen.add(id);
        taken.merge(publisher(id), 1, Integer::sum);
      }
    }
    return chosen;
  }

  /**
   * The ids of the articles the speaker sets in a folder hold (the first column of every
   * {@code .tsv} row).
   *
   * @param speakers a folder of speaker sets
   * @return the ids, sorted
   * @throws IOException if the folder or a set cannot be read
   */
  public static Set<String> used(Path speakers) throws IOException {
    Set<String> used = new TreeSet<>();
    try (Stream<Path> files = Files.list(speakers)) {
      for (Path f : files.filter(p -> p.toString().endsWith(".tsv")).sorted().toList()) {
        for (String line : Files.readAllLines(f, StandardCharsets.UTF_8)) {
          if (!line.isBlank() && !line.startsWith("#")) {
            used.add(line.substring(0, line.indexOf('\t') < 0 ? line.length()
                : line.indexOf('\t')));
          }
        }
      }
    }
    return used;
  }

  /**
   * Writes {@code draftK.tsv} and {@code contextK.txt} for annotators K = 1 to {@code
   * annotators}: the rows of the articles dealt to each in turn, and each row's source with the
   * text around it.
   *
   * @param articles the split's articles
   * @param chosen the chosen ids
   * @param annotators how many annotators share the set
   * @param out where to write (outside the repository: the drafts hold corpus text)
   * @throws IOException if a file cannot be written
   */
  public static void write(List<GoldArticle> articles, List<String> chosen, int annotators,
      Path out) throws IOException {
    Map<String, GoldArticle> byId = new HashMap<>();
    articles.forEach(a -> byId.put(a.id(), a));
    Files.createDirectories(out);
    for (int k = 0; k < annotators; k++) {
      StringBuilder draft = new StringBuilder(HEADER).append('\n');
      StringBuilder context = new StringBuilder();
      int number = 0;
      for (int i = k; i < chosen.size(); i += annotators) {
        GoldArticle a = byId.get(chosen.get(i));
        for (Row r : rows(a)) {
          draft.append(r.columns("develop")).append('\n');
          number++;
          String t = a.text();
          context.append('#').append(number).append(' ').append(a.id()).append("\n  SOURCE [")
              .append(r.source().text()).append("] CUE [").append(r.cue().text())
              .append("]\n  ").append(oneLine(t.substring(Math.max(0,
                  r.source().start() - CONTEXT_BEFORE), r.source().start()))).append(" << ")
              .append(oneLine(r.source().text())).append(" >> ").append(oneLine(t.substring(
                  r.source().end(), Math.min(t.length(), r.source().end() + CONTEXT_AFTER))))
              .append("\n\n");
        }
      }
      Files.writeString(out.resolve("draft" + (k + 1) + ".tsv"), draft, StandardCharsets.UTF_8);
      Files.writeString(out.resolve("context" + (k + 1) + ".txt"), context,
          StandardCharsets.UTF_8);
    }
  }

  /**
   * Drafts a set: {@code SPLIT_DIR SPEAKERS_DIR COUNT PER_PUBLISHER ANNOTATORS OUT_DIR}, e.g.
   * {@code ../shared/corpora/polnear/train testdata/speakers 14 2 2 /tmp/set8}. Prints the chosen
   * articles with their row counts.
   *
   * @param args the arguments above
   * @throws IOException if the corpus or a set cannot be read or a draft written
   */
  public static void main(String[] args) throws IOException {
    if (args.length != 6) {
      System.err.println("usage: SpeakerSetDraft SPLIT_DIR SPEAKERS_DIR COUNT PER_PUBLISHER"
          + " ANNOTATORS OUT_DIR");
      System.exit(2);
    }
    List<GoldArticle> articles = PolnearCorpus.read(Path.of(args[0]));
    List<String> chosen = choose(articles, used(Path.of(args[1])), Integer.parseInt(args[2]),
        Integer.parseInt(args[3]));
    Map<String, GoldArticle> byId = new HashMap<>();
    articles.forEach(a -> byId.put(a.id(), a));
    for (String id : chosen) {
      System.out.println(id + "\t" + rows(byId.get(id)).size());
    }
    if (chosen.size() < Integer.parseInt(args[2])) {
      System.err.println("SpeakerSetDraft: only " + chosen.size() + " of " + args[2]
          + " articles: no more outside the earlier sets have " + MIN_ROWS + " to " + MAX_ROWS
          + " rows within " + args[3] + " per publisher; a larger PER_PUBLISHER gives more");
    }
    write(articles, chosen, Integer.parseInt(args[4]), Path.of(args[5]));
  }

  private static String publisher(String id) {
    int underscore = id.indexOf('_');
    return underscore < 0 ? id : id.substring(0, underscore);
  }

  private static Span cover(String text, List<Span> pieces) {
    int start = pieces.get(0).start();
    int end = pieces.stream().mapToInt(Span::end).max().orElseThrow();
    return Span.of(text, start, end);
  }

  private static String oneLine(String s) {
    return s.replace('\n', ' ');
  }

  private static String md5(String id) {
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("MD5")
          .digest(id.getBytes(StandardCharsets.UTF_8)));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every Java platform has MD5", e);
    }
  }
}
