package org.quotekit.spi;

import java.util.List;
import org.quotekit.Claim;
import org.quotekit.Quote;

/**
 * Derives the {@link Claim}s of an article from its final quotes: the last stage of an
 * extraction, after the extractors have found the quotes and the {@link SpeakerResolver} has
 * attached their speakers. Plug your own in with {@link
 * org.quotekit.QuoteExtractor.Builder#claimExtractor(ClaimExtractor)}, or turn claims off with
 * {@link #none()}; the default is {@code org.quotekit.claims.DefaultClaimExtractor}.
 *
 * <p>Every claim returned must point to one of the given quotes ({@link Claim#quoteId()}), and its
 * spans and quantities must lie in the article text and match it; claim ids must be unique, and a
 * claim's speaker id, if any, must be that of one of the article's speakers. The pipeline checks this: a
 * claim extractor that throws, returns {@code null} or breaks one of these rules is reported with
 * the article id and its name in {@link org.quotekit.Extraction#warnings()} and logged, and the
 * article then has no claims, while its quotes and speakers are kept; with {@link
 * org.quotekit.QuoteExtractor.Builder#failOnExtractorError(boolean)} the extraction fails with an
 * {@link org.quotekit.ExtractionException} instead.
 *
 * <p>Implementations must be thread-safe: one instance serves every article of a {@link
 * org.quotekit.QuoteExtractor}, possibly on many threads at once.
 */
public interface ClaimExtractor {

  /** Stable name, used in warnings. */
  String name();

  /**
   * Derives the claims of one article.
   *
   * @param article the analysed article the quotes point into; do not keep it
   * @param quotes the article's quotes in text order, with their final ids and speaker ids
   * @return the claims, in the order they should be reported; empty when there are none
   */
  List<Claim> extract(AnalyzedArticle article, List<Quote> quotes);

  /**
   * A claim extractor that finds no claims, named {@code none}: pass it to the builder when only
   * quotes and speakers are wanted.
   */
  static ClaimExtractor none() {
    return NoClaims.INSTANCE;
  }
}
