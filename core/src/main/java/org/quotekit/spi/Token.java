package org.quotekit.spi;

import org.quotekit.Span;

/**
 * One token of a sentence, with its offsets into the article text. Immutable and thread-safe.
 *
 * @param start first character, inclusive
 * @param end last character, exclusive
 * @param text the characters of the token
 */
public record Token(int start, int end, String text) {
  /** The token as a {@link Span}. */
  public Span span() {
    return new Span(start, end, text);
  }
}
