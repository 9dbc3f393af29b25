package org.quotekit.spi;

import org.quotekit.Span;

/**
 * One sentence of an article. Immutable and thread-safe.
 *
 * @param index position among the article's sentences, from 0
 * @param span the sentence's characters, without surrounding white space
 * @param paragraph index of the paragraph holding the sentence, from 0
 */
public record Sentence(int index, Span span, int paragraph) {
  /** First character offset. */
  public int start() {
    return span.start();
  }

  /** Offset after the last character. */
  public int end() {
    return span.end();
  }
}
