package org.quotekit.internal;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.zip.GZIPInputStream;

/**
 * The broad semantic classes of English words, from WordNet 3.1's lexicographer files: for each
 * verb, noun and adjective lemma, the classes of its first three senses, most frequent first
 * ("say": {@code verb.communication}; "minister": {@code noun.person}; "company": {@code
 * noun.group}, {@code noun.state}), and for a verb which sentence frames those senses take (a
 * that-clause, a to-infinitive, whether). They let the models and the speaker resolver treat a
 * word the training articles or the hand lists never showed like the words of its class
 * ("underscore" like "stress", "coroner" like "judge"). Read from {@code wordclasses-en.tsv.gz},
 * which {@code WordClassesBuilder} (in {@code quotekit-eval}) writes from the WordNet 3.1 files.
 * Immutable and thread-safe; the English table is read once, on first use.
 *
 * <p>WordNet 3.1 Copyright 2011 by Princeton University. All rights reserved. The resource
 * carries WordNet's license in full.
 */
public final class WordClasses {
  /** The resource the English table is read from. */
  public static final String RESOURCE = "wordclasses-en.tsv.gz";

  /** The part of speech a word is looked up as. */
  public enum Pos {
    /** A verb ('v' in the resource). */
    VERB('v'),
    /** A noun ('n'). */
    NOUN('n'),
    /** An adjective ('a'). */
    ADJECTIVE('a');

    final char code;

    Pos(char code) {
      this.code = code;
    }

    /** The part of speech of a resource code, or null. */
    static Pos of(char code) {
      for (Pos p : values()) {
        if (p.code == code) {
          return p;
        }
      }
      return null;
    }
  }

  /**
   * A lemma's classes.
   *
   * @param lemma the lemma, lower-cased
   * @param classes the lexicographer classes of its first senses, most frequent first, each
   *     once (never empty)
   * @param frames for a verb, which frames its first senses take: {@code c} a that-clause
   *     ("Somebody ----s that CLAUSE"), {@code t} a to-infinitive, {@code w} whether; empty for
   *     none and for nouns and adjectives
   */
  public record Entry(String lemma, List<String> classes, String frames) {
    /** Checks the fields. */
    public Entry {
      Objects.requireNonNull(lemma, "lemma");
      classes = List.copyOf(classes);
      Objects.requireNonNull(frames, "frames");
      if (classes.isEmpty()) {
        throw new IllegalArgumentException("a lemma needs a class: " + lemma);
      }
    }

    /** The class of the lemma's most frequent sense. */
    public String first() {
      return classes.get(0);
    }
  }

  /** Inflectional endings and what replaces them, per part of speech (WordNet's morphy). */
  private static final String[][] ENDINGS = {
    {"s", "", "ies", "y", "es", "e", "es", "", "ed", "e", "ed", "", "ing", "e", "ing", ""},
    {"s", "", "ses", "s", "xes", "x", "zes", "z", "ches", "ch", "shes", "sh", "men", "man",
        "ies", "y"},
    {"er", "", "est", "", "er", "e", "est", "e"}};

  private static volatile WordClasses english;

  /** Per part of speech (by ordinal): lemma to entry, and irregular form to lemma. */
  private final List<Map<String, Entry>> entries;
  private final List<Map<String, String>> irregular;

  private WordClasses(List<Map<String, Entry>> entries, List<Map<String, String>> irregular) {
    this.entries = entries;
    this.irregular = irregular;
  }

  /**
   * Whether a word longer than three letters ends like a regular English plural: in "s", but not
   * "ss", "us" or "is" ("brokers", not "press", "bonus", "analysis"). Spelling only; callers add
   * what they know of the word.
   */
  public static boolean pluralEnding(String w) {
    return w.length() > 3 && w.endsWith("s") && !w.endsWith("ss") && !w.endsWith("us")
        && !w.endsWith("is");
  }

  /** The English table, read from the bundled resource on first use. */
  public static WordClasses english() {
    WordClasses w = english;
    if (w == null) {
      synchronized (WordClasses.class) {
        w = english;
        if (w == null) {
          try (InputStream in = WordClasses.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
              throw new IllegalStateException("the word classes resource is missing: "
                  + RESOURCE);
            }
            w = read(new GZIPInputStream(in), RESOURCE);
          } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + RESOURCE, e);
          }
          english = w;
        }
      }
    }
    return w;
  }

  /**
   * Reads a table in the resource's format: {@code #} comment lines; {@code LEMMA TAB POS TAB
   * CLASS[,CLASS...] TAB FRAMES} for a lemma, POS one of v, n, a; {@code FORM TAB POS= TAB LEMMA}
   * for an irregular form ("said", "v=", "say").
   *
   * @param in the table, UTF-8 (not closed)
   * @param where names the table in error messages
   * @throws IllegalArgumentException naming {@code where} and the line when a line is malformed
   */
  public static WordClasses read(InputStream in, String where) throws IOException {
    List<Map<String, Entry>> entries = List.of(new HashMap<>(1 << 15), new HashMap<>(1 << 18),
        new HashMap<>(1 << 16));
    List<Map<String, String>> irregular = List.of(new HashMap<>(), new HashMap<>(),
        new HashMap<>());
    Map<String, List<String>> lists = new HashMap<>();
    BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8),
        1 << 16);
    String line;
    int n = 0;
    while ((line = r.readLine()) != null) {
      n++;
      if (line.isEmpty() || line.charAt(0) == '#') {
        continue;
      }
      int t1 = line.indexOf('\t');
      int t2 = t1 < 0 ? -1 : line.indexOf('\t', t1 + 1);
      if (t1 <= 0 || t2 < 0 || t2 == t1 + 1 || t2 == line.length() - 1
          || line.charAt(t2 + 1) == '\t') {
        throw new IllegalArgumentException(where + ":" + n + ": expected WORD TAB POS TAB ...: "
            + shown(line));
      }
      Pos pos = Pos.of(line.charAt(t1 + 1));
      if (pos == null) {
        throw new IllegalArgumentException(where + ":" + n + ": no part of speech '"
            + line.charAt(t1 + 1) + "' (v, n or a): " + shown(line));
      }
      String lemma = line.substring(0, t1);
      if (line.charAt(t2 - 1) == '=') {
        irregular.get(pos.ordinal()).putIfAbsent(lemma, line.substring(t2 + 1));
        continue;
      }
      int t3 = line.indexOf('\t', t2 + 1);
      String classes = t3 < 0 ? line.substring(t2 + 1) : line.substring(t2 + 1, t3);
      String frames = t3 < 0 ? "" : line.substring(t3 + 1);
      List<String> list = lists.computeIfAbsent(classes, c -> List.of(c.split(",")));
      entries.get(pos.ordinal()).put(lemma, new Entry(lemma, list, frames));
    }
    return new WordClasses(entries, irregular);
  }

  private static String shown(String line) {
    return line.length() <= 60 ? line : line.substring(0, 60) + "...";
  }

  /** The entry of a lower-cased word that is itself a lemma of that part of speech, or null. */
  public Entry lemma(String word, Pos pos) {
    return entries.get(pos.ordinal()).get(word);
  }

  /**
   * Whether a lower-cased word form is first a person's as a noun ("striker", "neighbour",
   * "executive"): what the tagger and the speaker rules may read as someone's role.
   */
  public boolean personNoun(String word) {
    Entry e = lookup(word, Pos.NOUN);
    return e != null && e.first().equals("noun.person");
  }

  /** Whether a lower-cased word form is an entry of any of {@code pos} ({@link #lookup}). */
  public boolean knows(String word, Pos... pos) {
    for (Pos p : pos) {
      if (lookup(word, p) != null) {
        return true;
      }
    }
    return false;
  }

  /**
   * The entry of a lower-cased word form ("said", "officials", "likelier"): its irregular
   * lemma, the word itself, or the word with an inflectional ending taken off; null when none
   * is a lemma of that part of speech.
   */
  public Entry lookup(String word, Pos pos) {
    Map<String, Entry> lemmas = entries.get(pos.ordinal());
    String lemma = irregular.get(pos.ordinal()).get(word);
    Entry e = lemma == null ? null : lemmas.get(lemma);
    if (e != null) {
      return e; // "saw" is first a form of "see"
    }
    e = lemmas.get(word);
    if (e != null) {
      return e;
    }
    String[] endings = ENDINGS[pos.ordinal()];
    for (int k = 0; k < endings.length; k += 2) {
      String end = endings[k];
      if (word.length() > end.length() + 1 && word.endsWith(end)) {
        e = lemmas.get(word.substring(0, word.length() - end.length()) + endings[k + 1]);
        if (e != null) {
          return e;
        }
      }
    }
    return null;
  }
}
