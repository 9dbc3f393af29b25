package org.quotekit;

import java.util.Objects;

/**
 * A half-open range {@code [start, end)} of UTF-16 offsets into an article's text, together with
 * the text it covers. Immutable and thread-safe.
 *
 * @param start first character, inclusive, {@code >= 0}
 * @param end last character, exclusive, {@code >= start}
 * @param text exactly {@code articleText.substring(start, end)}
 */
public record Span(int start, int end, String text) implements Comparable<Span> {

  /** Validates the offsets and that {@code text} has the length they imply. */
  public Span {
    Objects.requireNonNull(text, "text");
    if (start < 0) {
      throw new IllegalArgumentException("start must not be negative: start=" + start);
    }
    if (start > end) {
      throw new IllegalArgumentException(
          "start index must not be larger than end index: start=" + start + ", end=" + end);
    }
    if (text.length() != end - start) {
      throw new IllegalArgumentException(
          "text length must equal end - start: start=" + start + ", end=" + end
              + ", text length=" + text.length());
    }
  }

  /**
   * Returns the span of {@code source} between {@code start} and {@code end}.
   *
   * @throws IndexOutOfBoundsException if the range is outside {@code source}
   */
  public static Span of(CharSequence source, int start, int end) {
    Objects.requireNonNull(source, "source");
    Objects.checkFromToIndex(start, end, source.length());
    return new Span(start, end, source.subSequence(start, end).toString());
  }

  /** Number of characters covered. */
  public int length() {
    return end - start;
  }

  /** Whether the two spans share at least one character. */
  public boolean overlaps(Span other) {
    return start < other.end && other.start < end;
  }

  /** Whether {@code other} lies wholly inside this span. */
  public boolean contains(Span other) {
    return start <= other.start && other.end <= end;
  }

  @Override
  public int compareTo(Span o) {
    int c = Integer.compare(start, o.start);
    return c != 0 ? c : Integer.compare(end, o.end);
  }
}
