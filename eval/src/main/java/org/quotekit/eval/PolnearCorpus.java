package org.quotekit.eval;

import java.io.IOException;
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
import java.util.function.Consumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.quotekit.Span;
import org.quotekit.StrictUtf8;

/**
 * Reads a split of the PolNeAR corpus (brat standoff) into {@link GoldArticle}s. Stateless and
 * thread-safe.
 *
 * <p>A split directory holds {@code text/NAME.txt} (UTF-8) and {@code attributions/NAME_XXXX.ann},
 * one file per annotator (when an article has several, the first in sorted order is used), or
 * brat's own {@code attributions/NAME.ann}. Each {@code E} relation becomes a {@link
 * GoldAttribution}: its {@code Content}, {@code Content2}, ... arguments together form the content,
 * {@code Cue} the cue and {@code Source} the source; the first argument ({@code Attribution:T4} or
 * {@code Attribution-no-source:T4}, the trigger) and unknown roles are ignored, and so are
 * relations without a Content argument (unfinished annotations: one in dev, about forty in train),
 * each named to the caller's notes ({@link #read(Path, Consumer)}), with a role written in other
 * letters ("content") or a split without any relation. Only the {@code T} lines that relations
 * reference are used, in any order. Note lines ({@code #}), attribute and relation lines ({@code A
 * R N M}) and the continuation lines of a {@code T} whose covered text holds a line break are
 * skipped; any other line that opens with no annotation id, or an id given twice, is an error
 * naming the file and line (brat refuses both). A byte order mark opening a file is dropped.
 */
public final class PolnearCorpus {
  private static final Pattern TEXT_BOUND =
      Pattern.compile("(\\S+) (\\d+ \\d+(?:;\\d+ \\d+)*)");
  private static final Pattern ARGUMENT = Pattern.compile("([A-Za-z][\\w-]*?)(\\d*):(T\\d+)");
  private static final Set<String> ROLES = Set.of("Content", "Cue", "Source");
  private static final Pattern ANNOTATION_ID = Pattern.compile("[TERANM#*]\\d*");
  private static final Pattern LINE_BREAK = Pattern.compile("\\r\\n|\\r|\\n");

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
    return read(splitDir, note -> { });
  }

  /**
   * Reads every article of a split, sorted by id, and hands {@code notes} one line for each
   * relation that is not scored ("FILE:LINE: E5 has no Content argument; not scored") and for
   * each annotation file that holds text-bound annotations but no relation.
   *
   * @param splitDir a directory with {@code text/} and {@code attributions/}
   * @throws NoSuchFileException if a sub-directory is missing
   * @throws IOException if a file cannot be read, is not UTF-8 (the message names the file),
   *     has a malformed line (the message names the file and line) or a text has no annotation
   *     file, or the reverse
   */
  public static List<GoldArticle> read(Path splitDir, Consumer<String> notes) throws IOException {
    Map<String, Path> texts = byArticle(splitDir.resolve("text"), ".txt", Set.of());
    Map<String, Path> annotations = byArticle(splitDir.resolve("attributions"), ".ann",
        texts.keySet());
    if (!texts.keySet().equals(annotations.keySet())) {
      List<String> unmatched = new ArrayList<>();
      texts.keySet().stream().filter(k -> !annotations.containsKey(k))
          .forEach(k -> unmatched.add(texts.get(k) + " has no annotation file"));
      annotations.keySet().stream().filter(k -> !texts.containsKey(k))
          .forEach(k -> unmatched.add(annotations.get(k) + " has no text file"));
      throw new IOException("text and attribution files do not match (text/NAME.txt is annotated "
          + "in attributions/NAME.ann or NAME_ANNOTATOR.ann): " + unmatched);
    }
    List<GoldArticle> out = new ArrayList<>();
    for (Map.Entry<String, Path> e : texts.entrySet()) {
      String text = readUtf8(e.getValue());
      Path ann = annotations.get(e.getKey());
      List<String> lines = List.of(StrictUtf8.withoutByteOrderMark(readUtf8(ann)).split("\r\n|\r|\n", -1));
      out.add(new GoldArticle(e.getKey(), text, parse(ann, text, lines, notes)));
    }
    return out;
  }

  /** A file's text as strict UTF-8, or an IOException that names the file. */
  private static String readUtf8(Path file) throws IOException {
    byte[] bytes;
    try {
      bytes = Files.readAllBytes(file);
    } catch (IOException e) {
      throw new IOException(file + ": " + (e.getMessage() == null || e.getMessage()
          .equals(file.toString()) ? e.getClass().getSimpleName() : e.getMessage()), e);
    }
    try {
      return StrictUtf8.decode(bytes, bytes.length);
    } catch (IOException e) {
      throw new IOException(file + ": not valid UTF-8" + (StrictUtf8.opensWithUtf16Mark(bytes,
          bytes.length) ? ": the file is UTF-16 (it opens with a UTF-16 byte order mark); "
          + "convert it to UTF-8, e.g. iconv -f UTF-16 -t UTF-8" : ""), e);
    }
  }

  /**
   * Files of a directory by article name, sorted; for {@code .ann} the first per article: {@code
   * NAME.ann} itself (brat's own naming) when {@code texts} has {@code NAME}, else {@code
   * NAME_ANNOTATOR.ann} (PolNeAR's).
   */
  private static Map<String, Path> byArticle(Path dir, String suffix, Set<String> texts)
      throws IOException {
    Map<String, Path> out = new TreeMap<>();
    try (Stream<Path> files = Files.list(dir)) {
      List<Path> sorted = files.sorted().toList();
      for (Path f : sorted) {
        String name = f.getFileName().toString();
        if (name.endsWith(suffix) && suffix.equals(".ann")
            && texts.contains(name.substring(0, name.length() - suffix.length()))) {
          out.put(name.substring(0, name.length() - suffix.length()), f);
        }
      }
      for (Path f : sorted) {
        String name = f.getFileName().toString();
        if (name.endsWith(suffix)) {
          String stem = name.substring(0, name.length() - suffix.length());
          if (suffix.equals(".ann")) {
            if (texts.contains(stem)) {
              continue; // read above
            }
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
    return parse(file, text, lines, note -> { });
  }

  /**
   * Parses the lines of one {@code .ann} file against the article text, handing {@code notes}
   * the relations it does not score.
   */
  static List<GoldAttribution> parse(Path file, String text, List<String> lines,
      Consumer<String> notes) throws IOException {
    Map<String, List<Span>> bounds = new HashMap<>();
    Map<Integer, String> relations = new LinkedHashMap<>();
    Map<String, Integer> ids = new HashMap<>();
    BratOffsets offsets = BratOffsets.of(text); // brat counts code points
    int continuations = 0; // lines left of the covered text of the T before
    for (int n = 1; n <= lines.size(); n++) {
      String line = lines.get(n - 1);
      String[] fields = line.split("\t", -1);
      if (!ANNOTATION_ID.matcher(fields[0]).matches()) {
        if (continuations > 0) {
          continuations--;
        } else if (!line.isBlank()) {
          throw malformed(file, n, "expected an annotation id such as T1 or E1 (a tab after "
              + "it)", line);
        }
        continue;
      }
      continuations = 0;
      Integer first = fields[0].matches("[TE]\\d+") ? ids.putIfAbsent(fields[0], n) : null;
      if (first != null) {
        throw malformed(file, n, fields[0] + " is given twice (first on line " + first + ")",
            line);
      }
      if (fields[0].startsWith("T")) {
        Matcher m = fields.length >= 2 ? TEXT_BOUND.matcher(fields[1]) : null;
        if (m == null || !m.matches()) {
          throw malformed(file, n, "expected T<n>\\t<Label> <start> <end>[;<start> <end>]", line);
        }
        List<Span> spans = spans(file, n, line, text, offsets, m.group(2));
        bounds.put(fields[0], spans);
        for (Span sp : spans) {
          continuations += LINE_BREAK.split(sp.text(), -1).length - 1;
        }
      } else if (fields[0].startsWith("E")) {
        if (fields.length < 2) {
          throw malformed(file, n, "expected E<n>\\t<Type>:T<a> <Role>:T<b> ...", line);
        }
        relations.put(n, line);
      }
    }
    if (relations.isEmpty() && !bounds.isEmpty()) {
      notes.accept(file + ": " + bounds.size() + " text-bound annotations and no E relation; "
          + "nothing in it is scored");
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
        if (!ROLES.contains(m.group(1)) && ROLES.stream().anyMatch(r -> r.equalsIgnoreCase(
            m.group(1)))) {
          notes.accept(file + ":" + n + ": the role " + m.group(1) + " is not read; roles are "
              + "written Content, Cue and Source");
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
      } else {
        notes.accept(file + ":" + n + ": " + fields[0] + " has no Content argument; not scored");
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
