package org.quotekit.eval;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.quotekit.Span;

/**
 * Reads a split of the PolNeAR corpus (brat standoff) into {@link GoldArticle}s. Stateless and
 * thread-safe.
 *
 * <p>A split directory holds {@code text/NAME.txt} (UTF-8) and {@code
 * attributions/NAME_XXXX.ann}, one file per annotator; when an article has several, the first in
 * sorted order is used. Each {@code E} relation becomes a {@link GoldAttribution}: its {@code
 * Content}, {@code Content2}, ... arguments together form the content, {@code Cue} the cue and
 * {@code Source} the source; the first argument ({@code Attribution:T4} or {@code
 * Attribution-no-source:T4}, the trigger) and unknown roles are ignored, and so are relations
 * without a Content argument (unfinished annotations: one in dev, about forty in train). Only the
 * {@code T} lines that relations reference are used, in any order. Note lines ({@code #}),
 * attribute and relation lines ({@code A R N M}) and the continuation lines of a {@code T} whose
 * covered text holds a newline are skipped.
 */
public final class PolnearCorpus {
  private static final Pattern TEXT_BOUND =
      Pattern.compile("(\\S+) (\\d+ \\d+(?:;\\d+ \\d+)*)");
  private static final Pattern ARGUMENT = Pattern.compile("([A-Za-z][\\w-]*?)(\\d*):(T\\d+)");
  private static final Set<String> ROLES = Set.of("Content", "Cue", "Source");
  private static final Pattern ANNOTATION_ID = Pattern.compile("[TERANM#*]\\d*");

  private PolnearCorpus() {}

  /**
   * Reads every article of a split, sorted by id.
   *
   * @param splitDir a directory with {@code text/} and {@code attributions/}
   * @throws NoSuchFileException if a sub-directory is missing
   * @throws IOException if a file cannot be read, is not UTF-8, has a malformed line (the message
   *     names the file and line) or a text has no annotation file, or the reverse
   */
  public static List<GoldArticle> read(Path splitDir) throws IOException {
    Map<String, Path> texts = byArticle(splitDir.resolve("text"), ".txt");
    Map<String, Path> annotations = byArticle(splitDir.resolve("attributions"), ".ann");
    if (!texts.keySet().equals(annotations.keySet())) {
      List<String> unmatched = new ArrayList<>();
      texts.keySet().stream().filter(k -> !annotations.containsKey(k))
          .forEach(k -> unmatched.add(texts.get(k) + " has no annotation file"));
      annotations.keySet().stream().filter(k -> !texts.containsKey(k))
          .forEach(k -> unmatched.add(annotations.get(k) + " has no text file"));
      throw new IOException("text and attribution files do not match: " + unmatched);
    }
    List<GoldArticle> out = new ArrayList<>();
    for (Map.Entry<String, Path> e : texts.entrySet()) {
      String text = Files.readString(e.getValue(), StandardCharsets.UTF_8);
      Path ann = annotations.get(e.getKey());
      out.add(new GoldArticle(e.getKey(), text,
          parse(ann, text, Files.readAllLines(ann, StandardCharsets.UTF_8))));
    }
    return out;
  }

  /** Files of a directory by article name, sorted; for {@code .ann} the first per article. */
  private static Map<String, Path> byArticle(Path dir, String suffix) throws IOException {
    Map<String, Path> out = new TreeMap<>();
    try (Stream<Path> files = Files.list(dir)) {
      for (Path f : files.sorted().toList()) {
        String name = f.getFileName().toString();
        if (name.endsWith(suffix)) {
          String stem = name.substring(0, name.length() - suffix.length());
          if (suffix.equals(".ann")) {
            int underscore = stem.lastIndexOf('_');
            stem = underscore < 0 ? stem : stem.substring(0, underscore);
          }
          out.putIfAbsent(stem, f);
        }
      }
    }
    return out;
  }

  /** Parses the lines of one {@code .ann} file against the article text. */
  static List<GoldAttribution> parse(Path file, String text, List<String> lines)
      throws IOException {
    Map<String, List<Span>> bounds = new HashMap<>();
    Map<Integer, String> relations = new LinkedHashMap<>();
    BratOffsets offsets = BratOffsets.of(text); // brat counts code points
    boolean afterTextBound = false;
    for (int n = 1; n <= lines.size(); n++) {
      String line = lines.get(n - 1);
      String[] fields = line.split("\t", -1);
      if (!ANNOTATION_ID.matcher(fields[0]).matches()) {
        if (!afterTextBound && !line.isBlank()) {
          throw malformed(file, n, "expected an annotation id such as T1 or E1", line);
        }
        continue;
      }
      afterTextBound = fields[0].startsWith("T");
      if (afterTextBound) {
        Matcher m = fields.length >= 2 ? TEXT_BOUND.matcher(fields[1]) : null;
        if (m == null || !m.matches()) {
          throw malformed(file, n, "expected T<n>\\t<Label> <start> <end>[;<start> <end>]", line);
        }
        bounds.put(fields[0], spans(file, n, line, text, offsets, m.group(2)));
      } else if (fields[0].startsWith("E")) {
        if (fields.length < 2) {
          throw malformed(file, n, "expected E<n>\\t<Type>:T<a> <Role>:T<b> ...", line);
        }
        relations.put(n, line);
      }
    }
    List<GoldAttribution> out = new ArrayList<>();
    for (Map.Entry<Integer, String> relation : relations.entrySet()) {
      int n = relation.getKey();
      String line = relation.getValue();
      String[] fields = line.split("\t", -1);
      Map<String, List<Span>> roles = new HashMap<>();
      for (String argument : fields[1].trim().split(" +")) {
        Matcher m = ARGUMENT.matcher(argument);
        if (!m.matches()) {
          throw malformed(file, n, "expected <Role>:T<n>, found '" + argument + "'", line);
        }
        if (ROLES.contains(m.group(1))) {
          List<Span> spans = bounds.get(m.group(3));
          if (spans == null) {
            throw malformed(file, n, "no text-bound annotation " + m.group(3), line);
          }
          roles.computeIfAbsent(m.group(1), k -> new ArrayList<>()).addAll(spans);
        }
      }
      if (roles.containsKey("Content")) {
        out.add(new GoldAttribution(fields[0], roles.get("Content"),
            roles.getOrDefault("Cue", List.of()), roles.getOrDefault("Source", List.of())));
      }
    }
    return out;
  }

  private static List<Span> spans(Path file, int n, String line, String text,
      BratOffsets offsets, String ranges) throws IOException {
    List<Span> out = new ArrayList<>();
    for (String range : ranges.split(";")) {
      String[] se = range.split(" ");
      int start;
      int end;
      try {
        start = Integer.parseInt(se[0]);
        end = Integer.parseInt(se[1]);
      } catch (NumberFormatException e) {
        throw malformed(file, n, "offset out of range", line);
      }
      if (start < 0 || start > end || end > offsets.length()) {
        throw malformed(file, n, "span " + start + "-" + end + " is not inside the text of length "
            + offsets.length(), line);
      }
      out.add(Span.of(text, offsets.fromBrat(start), offsets.fromBrat(end)));
    }
    return out;
  }

  private static IOException malformed(Path file, int line, String problem, String content) {
    String shown = content.length() > 120 ? content.substring(0, 120) + "..." : content;
    return new IOException(file + ":" + line + ": " + problem + ": '" + shown + "'");
  }
}
