package org.quotekit.spi;

import org.quotekit.Span;

/**
 * A passage between a pair of quote marks. A quotation that runs over several paragraphs (opening
 * mark repeated at each paragraph, closing mark at the end) is one region. Immutable and
 * thread-safe.
 *
 * @param open offset of the opening mark's first character
 * @param close offset of the closing mark's last character, or {@code -1} when the passage is
 *     never closed and runs to the end of its paragraph (a doubled {@code ''} mark is two
 *     characters long)
 * @param inner the quoted characters, without the marks
 * @param depth 0 for an outermost quotation, 1 for a quotation inside it, and so on
 */
public record QuoteRegion(int open, int close, Span inner, int depth) {
  /** Whether a closing mark was found. */
  public boolean closed() {
    return close >= 0;
  }

  /** Offset just after the closing mark (or after the inner text when unclosed). */
  public int outerEnd() {
    return closed() ? close + 1 : inner.end();
  }
}
