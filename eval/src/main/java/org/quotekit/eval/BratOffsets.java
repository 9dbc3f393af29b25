package org.quotekit.eval;

import java.util.Arrays;

/**
 * The offsets of brat standoff files: brat counts characters as Python does, by code point, while
 * Java (and every span QuoteKit returns) counts UTF-16 code units, so a character beyond U+FFFF
 * (an emoji, 😀) is one in a {@code .ann} file and two in a {@link org.quotekit.Span}. One
 * instance converts both ways for one text; for a text without such characters both counts are
 * the same and nothing is stored. Immutable and thread-safe.
 */
public final class BratOffsets {

  private final String text;
  /** The UTF-16 offset of each code point offset, 0 to the code point count; null when equal. */
  private final int[] utf16;

  private BratOffsets(String text, int[] utf16) {
    this.text = text;
    this.utf16 = utf16;
  }

  /** The offsets of {@code text}. */
  public static BratOffsets of(String text) {
    boolean pairs = false;
    for (int i = 0; i < text.length() && !pairs; i++) {
      pairs = Character.isSurrogate(text.charAt(i));
    }
    if (!pairs) {
      return new BratOffsets(text, null);
    }
    int[] utf16 = new int[text.codePointCount(0, text.length()) + 1];
    for (int i = 0, k = 0; i < text.length(); i += Character.charCount(text.codePointAt(i))) {
      utf16[k++] = i;
    }
    utf16[utf16.length - 1] = text.length();
    return new BratOffsets(text, utf16);
  }

  /** The text's length as brat counts it: its code points. */
  public int length() {
    return utf16 == null ? text.length() : utf16.length - 1;
  }

  /**
   * The brat offset of the UTF-16 offset {@code offset}, 0 to the text's length: the code points
   * before it (an offset inside a surrogate pair counts the pair's first half as one).
   *
   * @throws IndexOutOfBoundsException if the offset is outside the text
   */
  public int toBrat(int offset) {
    if (offset < 0 || offset > text.length()) {
      throw new IndexOutOfBoundsException("offset " + offset + " outside a text of length "
          + text.length());
    }
    if (utf16 == null) {
      return offset;
    }
    int k = Arrays.binarySearch(utf16, offset);
    return k >= 0 ? k : -k - 1; // the code points that start before it
  }

  /**
   * The UTF-16 offset of the brat offset {@code offset}, 0 to {@link #length()}.
   *
   * @throws IndexOutOfBoundsException if the offset is outside the text
   */
  public int fromBrat(int offset) {
    if (offset < 0 || offset > length()) {
      throw new IndexOutOfBoundsException("offset " + offset + " outside a text of " + length()
          + " characters");
    }
    return utf16 == null ? offset : utf16[offset];
  }
}
