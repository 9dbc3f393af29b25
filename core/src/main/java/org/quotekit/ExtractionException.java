package org.quotekit;

/**
 * Thrown when an extractor fails and the {@link QuoteExtractor} is configured to fail fast; the
 * message names the article and the extractor. Immutable.
 */
public final class ExtractionException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  /** Wraps the extractor's failure. */
  public ExtractionException(String message, Throwable cause) {
    super(message, cause);
  }
}
