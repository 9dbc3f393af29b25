package org.quotekit.claims;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.quotekit.Stance;
import org.quotekit.internal.LexiconWords;

/**
 * The words claims are read with: the stance of each cue lemma, hedge and negation words, and the
 * words of quantities, from the {@code claims-en.txt} resource. Immutable and thread-safe.
 */
final class ClaimLexicon {
  private static final String RESOURCE = "claims-en.txt";

  /** The word lists of the lexicon; the resource names them in lower case. */
  enum Words {
    HEDGE, NEGATION, NEGATION_SUFFIX, NUMBER, SCALE, FRACTION, UNIT, CURRENCY, VAGUE, CLOCK,
    DEFINITE, STARTER, RATE, SUBORDINATOR, LEADING_SUBORDINATOR, PERSONAL, OBJECT, COURTESY,
    RELATIVE, MEASURE;

    static Words named(String kind) {
      for (Words w : values()) {
        if (w.name().equalsIgnoreCase(kind)) {
          return w;
        }
      }
      return null;
    }
  }

  private final Map<String, Stance> stances;
  private final Map<Words, Set<String>> words;
  private final List<List<String>> units;

  private ClaimLexicon(Map<String, Stance> stances, Map<Words, Set<String>> words) {
    this.stances = Map.copyOf(stances);
    Map<Words, Set<String>> copy = new EnumMap<>(Words.class);
    for (Words kind : Words.values()) {
      // a hash set: read for every word of every claim
      Set<String> listed = new HashSet<>(words.getOrDefault(kind, Set.of()));
      copy.put(kind, Collections.unmodifiableSet(listed));
    }
    this.words = Collections.unmodifiableMap(copy);
    List<List<String>> u = new ArrayList<>();
    for (String unit : this.words.get(Words.UNIT)) {
      u.add(List.of(unit.split(" ")));
    }
    u.sort(Comparator.comparingInt((List<String> l) -> -l.size()).thenComparing(Object::toString));
    this.units = List.copyOf(u);
  }

  /**
   * Reads the English news lexicon from the resource; {@link DefaultClaimExtractor#englishNews()}
   * keeps the one copy.
   *
   * @throws UncheckedIOException if the resource cannot be read
   */
  static ClaimLexicon englishNews() {
    try (InputStream in = ClaimLexicon.class.getResourceAsStream(RESOURCE)) {
      if (in == null) {
        throw new IOException("resource not found: " + RESOURCE);
      }
      return parse(new String(in.readAllBytes(), StandardCharsets.UTF_8), RESOURCE);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read claim lexicon " + RESOURCE, e);
    }
  }

  /**
   * Parses the resource format: {@code KIND WORD [WORD ...]} lines, {@code #} comments, words of
   * multi-word entries joined by {@code _}.
   *
   * @throws IllegalArgumentException naming the source and line when a kind is unknown, a line has
   *     no word, or a cue lemma is given two stances
   */
  static ClaimLexicon parse(String content, String name) {
    Objects.requireNonNull(content, "content");
    Map<String, Stance> stances = new HashMap<>();
    Map<Words, Set<String>> words = new EnumMap<>(Words.class);
    String[] lines = content.split("\n", -1);
    for (int n = 0; n < lines.length; n++) {
      String line = lines[n];
      int hash = line.indexOf('#');
      String[] f = (hash < 0 ? line : line.substring(0, hash)).strip().split("\\s+");
      if (f[0].isEmpty()) {
        continue;
      }
      String where = name + ":" + (n + 1) + ": ";
      if (f.length < 2) {
        throw new IllegalArgumentException(where + "expected KIND WORD [WORD ...] but found: "
            + line.strip());
      }
      Stance stance = stanceNamed(f[0]);
      Words kind = Words.named(f[0]);
      if (stance == null && kind == null) {
        throw new IllegalArgumentException(where + "unknown kind " + f[0] + "; expected a stance "
            + List.of(Stance.values()) + " or a word list " + List.of(Words.values()));
      }
      for (int i = 1; i < f.length; i++) {
        LexiconWords.of(f[i], name + ":" + (n + 1));
        String word = f[i].replace('_', ' ').toLowerCase(Locale.ROOT);
        if (stance == null) {
          words.computeIfAbsent(kind, k -> new HashSet<>()).add(word);
          continue;
        }
        Stance before = stances.putIfAbsent(word, stance);
        if (before != null && before != stance) {
          throw new IllegalArgumentException(where + "cue " + word + " was already given stance "
              + before + ", now " + stance);
        }
      }
    }
    return new ClaimLexicon(stances, words);
  }

  private static Stance stanceNamed(String kind) {
    for (Stance s : Stance.values()) {
      if (s.name().equalsIgnoreCase(kind)) {
        return s;
      }
    }
    return null;
  }

  /** The stance a cue with this lemma gives; {@link Stance#ASSERTS} when it is not listed. */
  Stance stanceOf(String cueLemma) {
    return cueLemma == null ? Stance.ASSERTS
        : stances.getOrDefault(cueLemma.toLowerCase(Locale.ROOT), Stance.ASSERTS);
  }

  /**
   * The stance of the cue a verb form belongs to, or null when it is no form of a listed cue: the
   * word itself ("said", "told" are listed), or it without "-s", "-d" or "-ed" ("reports",
   * "believed", "warned").
   *
   * @param word a word in lower case
   */
  Stance stanceOfForm(String word) {
    Stance s = stances.get(word);
    if (s == null && (word.endsWith("s") || word.endsWith("d"))) {
      s = stances.get(word.substring(0, word.length() - 1));
    }
    if (s == null && word.endsWith("ed")) {
      s = stances.get(word.substring(0, word.length() - 2));
    }
    return s;
  }

  /** Whether {@code word}, already in lower case, is in the list {@code kind}. */
  boolean is(Words kind, String word) {
    return words.get(kind).contains(word);
  }

  /** Whether {@code word}, already in lower case, ends with a negative suffix such as "n't". */
  boolean hasNegativeSuffix(String word) {
    for (String suffix : words.get(Words.NEGATION_SUFFIX)) {
      if (word.length() > suffix.length() && word.endsWith(suffix)) {
        return true;
      }
    }
    return false;
  }

  /** The units, each as its lower-case words ("per", "cent"), longest first. */
  List<List<String>> units() {
    return units;
  }
}
