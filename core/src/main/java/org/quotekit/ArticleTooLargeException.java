package org.quotekit;

/**
 * Thrown when an article is longer than the extractor's configured limit. Immutable.
 */
public final class ArticleTooLargeException extends IllegalArgumentException {
  private static final long serialVersionUID = 1L;

  /** Names the article, its length and the limit, and how to raise the limit. */
  public ArticleTooLargeException(String articleId, int length, int limit) {
    super("article " + articleId + " has " + length + " characters, more than the limit of "
        + limit + "; raise it with QuoteExtractor.builder().maxArticleLength(n)");
  }
}
