package org.quotekit.internal;

import java.text.Normalizer;
import java.util.regex.Pattern;

/**
 * Latin letters without their accents, for the part-of-speech tagger, which learnt from English
 * text. Internal; not part of the API.
 */
public final class Accents {
  /** Combining marks, as a decomposed accented letter ends with them. */
  private static final Pattern COMBINING = Pattern.compile("\\p{M}+");

  private Accents() {}

  /**
   * The word with the accents of its Latin letters taken off ("Erzs\u00E9bet" gives
   * "Erzsebet"; "\u0141" and "\u00F8", which are no accented letters, stay); the word itself,
   * the same instance, when it has no letter from U+00C0 to U+024F.
   *
   * @param word a word
   * @return the word without accents
   */
  public static String fold(String word) {
    boolean accented = false;
    for (int k = 0; k < word.length() && !accented; k++) {
      char c = word.charAt(k);
      accented = c >= '\u00C0' && c <= '\u024F' && c != '\u00D7' && c != '\u00F7';
    }
    if (!accented) {
      return word;
    }
    String folded = COMBINING.matcher(Normalizer.normalize(word, Normalizer.Form.NFD))
        .replaceAll("");
    return folded.isEmpty() ? word : folded;
  }

  /**
   * A letter without its accent ("\u00C9" gives "E"), for reading the initials an acronym
   * spells ("ENL" of "\u00C9lectricit\u00E9 Nationale du Liban"); any other char as it is.
   *
   * @param c a char
   * @return the letter without its accent
   */
  public static char base(char c) {
    if (c < '\u00C0' || c > '\u024F') {
      return c;
    }
    String folded = fold(String.valueOf(c));
    return folded.length() == 1 ? folded.charAt(0) : c;
  }
}
