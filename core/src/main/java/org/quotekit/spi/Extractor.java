package org.quotekit.spi;

import java.util.List;

/**
 * Finds quote candidates in an analysed article. Implementations must be thread-safe: one instance
 * serves every article of a {@link org.quotekit.QuoteExtractor}, possibly on many threads at once.
 * An exception thrown here is caught by the pipeline, reported with the article id and extractor
 * name, and does not stop the other extractors.
 */
public interface Extractor {

  /** Stable name, used in results ({@link org.quotekit.Quote#extractor()}) and on the CLI. */
  String name();

  /**
   * Proposes quotes for one article.
   *
   * @param article the analysed article, shared with the other extractors; do not keep it
   * @return candidates in any order; may overlap each other or other extractors' candidates
   */
  List<QuoteCandidate> extract(AnalyzedArticle article);
}
