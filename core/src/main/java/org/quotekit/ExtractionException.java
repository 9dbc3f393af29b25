package org.quotekit;

/**
 * Thrown when an extractor, the speaker resolver or the claim extractor fails and the {@link
 * QuoteExtractor} is configured to fail fast ({@link
 * QuoteExtractor.Builder#failOnExtractorError(boolean)}); the message names the article and the
 * failing component. Immutable.
 */
public final class ExtractionException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  /** Wraps the failure; {@code cause} is null when the component returned an invalid result. */
  public ExtractionException(String message, Throwable cause) {
    super(message, cause);
  }
}
