package org.quotekit;

/**
 * Thrown when an article is longer than the extractor's configured limit
 * ({@link QuoteExtractor.Builder#maxArticleLength(int)}). Immutable.
 */
public final class ArticleTooLargeException extends IllegalArgumentException {
  private static final long serialVersionUID = 1L;

  private final String articleId;
  private final int length;
  private final int limit;

  /** Names the article, its length and the limit, and how to raise the limit. */
  public ArticleTooLargeException(String articleId, int length, int limit) {
    super("article " + articleId + " has " + length + " characters, more than the limit of "
        + limit + "; raise it with QuoteExtractor.builder().maxArticleLength(n)");
    this.articleId = articleId;
    this.length = length;
    this.limit = limit;
  }

  /** The id of the article that was refused. */
  public String articleId() {
    return articleId;
  }

  /** The article's length in UTF-16 characters. */
  public int length() {
    return length;
  }

  /** The limit it exceeds, in characters. */
  public int limit() {
    return limit;
  }
}
