package org.quotekit.claims;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.quotekit.internal.Abbreviations;

/**
 * Finds where sentences start inside quoted text: after {@code .}, {@code !}, {@code ?} or
 * {@code …}, closing marks and white space, before an upper-case letter or a digit. A period that
 * ends an abbreviation ("Mr.", "Gen.", "U.S.") ends the sentence only when a word that starts
 * sentences follows ("in the U.S. The troops ..."); "No. 2" is never split. Runs in time linear
 * in the text. Immutable and thread-safe.
 */
final class SentenceSplitter {
  private static final String TERMINATORS = ".!?\u2026";
  private static final String CLOSING = "\"'\u201D\u2019\u00BB\u203A)]";
  private static final String OPENING = "\"'\u201C\u2018\u00AB\u2039([";
  /** Longer words are never abbreviations nor sentence starters; bounds the look at each period. */
  private static final int MAX_ABBREVIATION = 12;

  private final ClaimLexicon lexicon;

  SentenceSplitter(ClaimLexicon lexicon) {
    this.lexicon = lexicon;
  }

  /**
   * The offsets in {@code (from, to)} where a sentence starts: at the first character after the
   * white space that follows the previous sentence, which may be an opening quote mark.
   */
  List<Integer> starts(String text, int from, int to) {
    List<Integer> out = new ArrayList<>();
    int i = from;
    while (i < to) {
      if (TERMINATORS.indexOf(text.charAt(i)) < 0) {
        i++;
        continue;
      }
      int end = i + 1;
      while (end < to && TERMINATORS.indexOf(text.charAt(end)) >= 0) {
        end++;
      }
      int j = end;
      while (j < to && CLOSING.indexOf(text.charAt(j)) >= 0) {
        j++;
      }
      int next = j;
      while (next < to && Character.isWhitespace(text.charAt(next))) {
        next++;
      }
      int word = next;
      while (word < to && OPENING.indexOf(text.charAt(word)) >= 0) {
        word++;
      }
      if (next > j && word < to && startsSentence(text, word)
          && !(end == i + 1 && text.charAt(i) == '.' && continuesAfterPeriod(text, from, i, word,
          to))) {
        out.add(next);
      }
      i = Math.max(end, next);
    }
    return out;
  }

  private static boolean startsSentence(String text, int at) {
    int c = text.codePointAt(at);
    return Character.isUpperCase(c) || Character.isTitleCase(c) || Character.isDigit(c);
  }

  /**
   * Whether the period at {@code dot} ends an abbreviation ("Mr.", "U.S.") that the word at
   * {@code word} continues, or is the "No." of "No. 2".
   */
  private boolean continuesAfterPeriod(String text, int from, int dot, int word, int to) {
    int start = dot;
    int limit = Math.max(from, dot - MAX_ABBREVIATION);
    while (start > limit && !Character.isWhitespace(text.charAt(start - 1))
        && OPENING.indexOf(text.charAt(start - 1)) < 0) {
      start--;
    }
    if (start == limit && start > from && !Character.isWhitespace(text.charAt(start - 1))
        && OPENING.indexOf(text.charAt(start - 1)) < 0) {
      return false; // a word longer than any abbreviation
    }
    if (dot - start == 2 && text.regionMatches(true, start, "no", 0, 2)) {
      return Character.isDigit(text.charAt(word));
    }
    if (dot == start || !Abbreviations.isAbbreviation(text, start, dot + 1)) {
      return false;
    }
    int wordEnd = word;
    while (wordEnd < to && wordEnd - word <= MAX_ABBREVIATION
        && Character.isLetter(text.charAt(wordEnd))) {
      wordEnd++;
    }
    String next = text.substring(word, wordEnd).toLowerCase(Locale.ROOT);
    return !lexicon.is(ClaimLexicon.Words.STARTER, next);
  }
}
