package org.quotekit.claims;

import java.util.Locale;

/**
 * Character classes and the normalisation that turn quoted words into a standalone statement.
 * Every method runs in time linear in its input. Stateless and thread-safe.
 */
final class ClaimText {
  /** Double quote marks of every style the quote-mark scanner pairs; always removed. */
  private static final String DOUBLE_MARKS = "\"\u201C\u201D\u201E\u201F\u00AB\u00BB\u2039\u203A"
      + "\u300C\u300D\u300E\u300F";
  /** Single quote marks, which are also apostrophes inside and at the end of words. */
  private static final String SINGLE_MARKS = "'\u2018\u2019\u201A\u201B";
  /** Punctuation a statement does not start with: a fragment's leftovers. */
  private static final String LEADING_JUNK = ",;:.\u2013\u2014-\u2026";
  /** Punctuation a statement does not end with: the comma before "he said", a dash, a colon. */
  private static final String TRAILING_JUNK = ",;:\u2013\u2014-";

  private ClaimText() {}

  static boolean isQuoteMark(char c) {
    return DOUBLE_MARKS.indexOf(c) >= 0 || SINGLE_MARKS.indexOf(c) >= 0;
  }

  /**
   * The first offset in {@code [from, to)} of {@code s} that is not white space or a quote mark,
   * nor, when {@code junk} is set, punctuation a statement does not start with.
   */
  static int trimStart(CharSequence s, int from, int to, boolean junk) {
    int i = from;
    while (i < to && (Character.isWhitespace(s.charAt(i)) || isQuoteMark(s.charAt(i))
        || junk && LEADING_JUNK.indexOf(s.charAt(i)) >= 0)) {
      i++;
    }
    return i;
  }

  /**
   * The offset after the last character in {@code [from, to)} of {@code s} that is not white
   * space or a quote mark, nor, when {@code junk} is set, punctuation a statement does not end
   * with.
   */
  static int trimEnd(CharSequence s, int from, int to, boolean junk) {
    int i = to;
    while (i > from && (Character.isWhitespace(s.charAt(i - 1)) || isQuoteMark(s.charAt(i - 1))
        || junk && TRAILING_JUNK.indexOf(s.charAt(i - 1)) >= 0)) {
      i--;
    }
    return i;
  }

  /**
   * Makes quoted words a standalone statement: removes double quote marks and single ones that
   * quote (apostrophes stay: "don't", "the soldiers' pay"), joins white space, removes leading and
   * trailing punctuation left by the quote's boundaries, upper-cases the first letter and ends the
   * statement with {@code .} unless it ends with {@code .}, {@code !} or {@code ?}.
   *
   * @return the statement, or the empty string when {@code raw} holds no letter or digit
   */
  static String normalise(String raw) {
    boolean[] drop = singleMarksToDrop(raw);
    StringBuilder sb = new StringBuilder(raw.length() + 1);
    boolean space = false;
    boolean content = false;
    for (int i = 0; i < raw.length(); i++) {
      char c = raw.charAt(i);
      if (drop[i] || DOUBLE_MARKS.indexOf(c) >= 0) {
        continue;
      }
      if (Character.isWhitespace(c)) {
        space = sb.length() > 0;
        continue;
      }
      if (space) {
        sb.append(' ');
        space = false;
      }
      sb.append(c);
      content |= Character.isLetterOrDigit(c);
    }
    if (!content) {
      return "";
    }
    int start = trimStart(sb, 0, sb.length(), true);
    int end = trimEnd(sb, start, sb.length(), true);
    String s = sb.substring(start, end);
    int first = s.codePointAt(0);
    if (Character.isLowerCase(first)) {
      int n = Character.charCount(first);
      s = s.substring(0, n).toUpperCase(Locale.ROOT) + s.substring(n);
    }
    if (s.endsWith("\u2026")) {
      return s.substring(0, s.length() - 1) + "...";
    }
    char last = s.charAt(s.length() - 1);
    return last == '.' || last == '!' || last == '?' ? s : s + ".";
  }

  /** {@code s} with its first letter in lower case, as a statement continuing a completion. */
  static String lowerFirst(String s) {
    if (s.isEmpty() || !Character.isUpperCase(s.codePointAt(0))) {
      return s;
    }
    int n = Character.charCount(s.codePointAt(0));
    return s.substring(0, n).toLowerCase(Locale.ROOT) + s.substring(n);
  }

  /**
   * Marks the single quote marks of {@code s} that quote rather than elide: one that opens a word
   * paired with the next one that closes a word, and a last opener without a closer. Apostrophes
   * inside words are never marked, and a mark closing a word without an opener ("the soldiers'
   * pay") stays.
   */
  private static boolean[] singleMarksToDrop(String s) {
    boolean[] drop = new boolean[s.length()];
    int open = -1;
    for (int i = 0; i < s.length(); i++) {
      if (SINGLE_MARKS.indexOf(s.charAt(i)) < 0) {
        continue;
      }
      boolean wordBefore = i > 0 && Character.isLetterOrDigit(s.charAt(i - 1));
      boolean wordAfter = i + 1 < s.length() && Character.isLetterOrDigit(s.charAt(i + 1));
      if (wordBefore && wordAfter) {
        continue; // don't, coalition's
      }
      if (!wordBefore && wordAfter && open < 0) {
        open = i;
      } else if (open >= 0 && !wordAfter && i > open + 1) {
        drop[open] = true;
        drop[i] = true;
        open = -1;
      }
    }
    if (open >= 0) {
      drop[open] = true; // the quote it opens was cut: ... saying, 'Don't go
    }
    return drop;
  }

  /**
   * Whether {@code test} holds for a word of {@code s}: runs of letters and digits, with
   * apostrophes between letters ("didn't"), passed in lower case with their offsets in {@code s}.
   */
  static boolean anyWord(String s, WordTest test) {
    int n = s.length();
    int i = 0;
    while (i < n) {
      while (i < n && !Character.isLetterOrDigit(s.charAt(i))) {
        i++;
      }
      int j = i;
      while (j < n && (Character.isLetterOrDigit(s.charAt(j))
          || SINGLE_MARKS.indexOf(s.charAt(j)) >= 0 && j > i && j + 1 < n
              && Character.isLetter(s.charAt(j + 1)))) {
        j++;
      }
      if (j > i && test.test(s.substring(i, j).toLowerCase(Locale.ROOT), i, j)) {
        return true;
      }
      i = j;
    }
    return false;
  }

  /** A test on one word of a statement. */
  interface WordTest {
    /**
     * Tests one word.
     *
     * @param word the word in lower case
     * @param start its first character in the statement
     * @param end the offset after it
     */
    boolean test(String word, int start, int end);
  }
}
