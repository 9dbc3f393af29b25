package org.quotekit.internal;

import java.util.List;

/**
 * Checks the entries of the lexicon files, whose multi-word entries join their words with
 * {@code _} ("according_to"). Stateless and thread-safe.
 */
public final class LexiconWords {
  private LexiconWords() {}

  /**
   * The words of an entry.
   *
   * @param entry words joined with {@code _}
   * @param where names the entry's source in the message ("cues.txt:3", "verb lemma")
   * @throws IllegalArgumentException naming {@code where} and the entry when a word is empty
   *     ({@code "_"}, {@code "a__b"}, {@code "_a"})
   */
  public static List<String> of(String entry, String where) {
    List<String> words = List.of(entry.split("_", -1));
    if (words.contains("")) {
      throw new IllegalArgumentException(where + ": an entry must be words joined by single _,"
          + " not \"" + (entry.length() <= 60 ? entry : entry.substring(0, 60) + "...") + "\"");
    }
    return words;
  }
}
