package org.quotekit;

import java.util.Objects;
import java.util.Optional;

/**
 * What {@link QuoteExtractor#extractAll} made of one article of a batch: its extraction, or the
 * error that stopped it (an article over the size limit, a fail-fast extractor error, running out
 * of memory on that article). Immutable and thread-safe.
 */
public final class ArticleResult {
  private final Article article;
  private final Extraction extraction;
  private final Throwable error;

  private ArticleResult(Article article, Extraction extraction, Throwable error) {
    this.article = article;
    this.extraction = extraction;
    this.error = error;
  }

  /** The result of an article that was extracted. */
  public static ArticleResult of(Article article, Extraction extraction) {
    return new ArticleResult(Objects.requireNonNull(article, "article"),
        Objects.requireNonNull(extraction, "extraction"), null);
  }

  /** The result of an article whose extraction failed with {@code error}. */
  public static ArticleResult failed(Article article, Throwable error) {
    return new ArticleResult(Objects.requireNonNull(article, "article"), null,
        Objects.requireNonNull(error, "error"));
  }

  /** The article, as it was given. */
  public Article article() {
    return article;
  }

  /** The extraction, or empty when the article failed. */
  public Optional<Extraction> extraction() {
    return Optional.ofNullable(extraction);
  }

  /** Why the article failed, or empty when it was extracted. */
  public Optional<Throwable> error() {
    return Optional.ofNullable(error);
  }

  /** Whether the article was extracted. */
  public boolean succeeded() {
    return extraction != null;
  }

  @Override
  public String toString() {
    return "ArticleResult[" + article.id() + ", "
        + (succeeded() ? extraction.quotes().size() + " quotes" : "error: " + error) + "]";
  }
}
