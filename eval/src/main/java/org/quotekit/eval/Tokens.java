package org.quotekit.eval;

import java.util.Arrays;
import java.util.BitSet;
import java.util.List;
import java.util.Locale;
import org.quotekit.Span;
import org.quotekit.internal.SortedSpans;

/**
 * The word tokens of one article text, as {@code EVALUATION.md} defines them: maximal runs of
 * letters, digits and underscores, lower-cased. Letters and digits are Unicode-aware ({@link
 * Character#isLetterOrDigit(char)}), so "Ñañez" is one token and quote marks, apostrophes and
 * other punctuation never are. Immutable and thread-safe.
 *
 * <p>Token sets are sets of token positions, not of strings, so a word that occurs twice in a
 * content counts twice.
 */
final class Tokens {
  private final int[] starts;
  private final int[] ends;
  private final String[] words;

  private Tokens(int[] starts, int[] ends, String[] words) {
    this.starts = starts;
    this.ends = ends;
    this.words = words;
  }

  /** Tokenises {@code text}. */
  static Tokens of(String text) {
    int[] starts = new int[16];
    int[] ends = new int[16];
    int n = 0;
    for (int i = 0; i < text.length(); ) {
      if (!isWordAt(text, i)) {
        i++;
        continue;
      }
      int start = i;
      while (i < text.length() && isWordAt(text, i)) {
        i += Character.charCount(text.codePointAt(i));
      }
      if (n == starts.length) {
        starts = Arrays.copyOf(starts, n * 2);
        ends = Arrays.copyOf(ends, n * 2);
      }
      starts[n] = start;
      ends[n++] = i;
    }
    String[] words = new String[n];
    for (int t = 0; t < n; t++) {
      words[t] = text.substring(starts[t], ends[t]).toLowerCase(Locale.ROOT);
    }
    return new Tokens(Arrays.copyOf(starts, n), Arrays.copyOf(ends, n), words);
  }

  /**
   * Whether the character at {@code i} belongs to a token: a letter, a digit or {@code _}, read
   * as a code point, so that letters past U+FFFF (mathematical bold, CJK Extension B) count.
   */
  static boolean isWordAt(CharSequence s, int i) {
    int cp = Character.codePointAt(s, i);
    return Character.isLetterOrDigit(cp) || cp == '_';
  }

  /**
   * Positions of the tokens that overlap any of {@code spans}, without a leading {@code that}
   * (the content rule of {@code EVALUATION.md}).
   */
  BitSet content(List<Span> spans) {
    BitSet set = new BitSet(words.length);
    for (Span span : spans) {
      int t = firstEndingAfter(span.start());
      for (; t < words.length && starts[t] < span.end(); t++) {
        set.set(t);
      }
    }
    int first = set.nextSetBit(0);
    if (first >= 0 && words[first].equals("that")) {
      set.clear(first);
    }
    return set;
  }

  /** The first token whose end lies after {@code offset}: the first that can overlap from there. */
  private int firstEndingAfter(int offset) {
    return SortedSpans.countAtMost(ends, offset); // tokens are disjoint: their ends increase
  }
}
