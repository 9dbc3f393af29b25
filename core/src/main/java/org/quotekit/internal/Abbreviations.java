package org.quotekit.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.Set;

/**
 * English abbreviations whose period belongs to the word, from the {@code abbreviations-en.txt}
 * resource, plus initials recognised by shape. Immutable and thread-safe.
 */
public final class Abbreviations {
  private static final Set<String> WORDS = load();

  private Abbreviations() {}

  private static Set<String> load() {
    try (InputStream in = Abbreviations.class.getResourceAsStream("abbreviations-en.txt")) {
      if (in == null) {
        throw new IOException("resource not found: abbreviations-en.txt");
      }
      Set<String> out = new HashSet<>();
      for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
        String w = line.strip();
        if (!w.isEmpty() && !w.startsWith("#")) {
          out.add(w);
        }
      }
      return Set.copyOf(out);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read abbreviations-en.txt", e);
    }
  }

  /** Whether {@code s[from, to)}, which ends with a period, is an abbreviation. */
  public static boolean isAbbreviation(String s, int from, int to) {
    String stem = s.substring(from, to - 1);
    if (WORDS.contains(stem)) {
      return true;
    }
    // Initials: single letters each followed by a period (U.S., G.K., D.C.).
    int n = to - from;
    if (n % 2 != 0) {
      return false;
    }
    for (int k = from; k < to; k += 2) {
      if (!Character.isLetter(s.charAt(k)) || s.charAt(k + 1) != '.') {
        return false;
      }
    }
    return true;
  }
}
