package org.quotekit.spi;

import java.util.List;
import org.quotekit.Quote;

/**
 * Decides who speaks: groups the mentions of an article into one {@link org.quotekit.Speaker} per
 * real-world entity and points every quote to its speaker. Plug another coreference engine in
 * with {@link org.quotekit.QuoteExtractor.Builder#speakerResolver(SpeakerResolver)}; the default
 * is {@code org.quotekit.resolve.DefaultSpeakerResolver}.
 *
 * <p>Implementations must be thread-safe: one instance serves every article of a {@link
 * org.quotekit.QuoteExtractor}, possibly on many threads at once. An exception thrown here is
 * caught by the pipeline and reported with the article id and the resolver name; the quotes are
 * then returned without speakers.
 */
public interface SpeakerResolver {

  /** Stable name, used in warnings. */
  String name();

  /**
   * Resolves the speakers of one article.
   *
   * @param article the analysed article; do not keep it
   * @param quotes the article's quotes in text order, numbered, without speakers; unmodifiable
   *     (a resolver that tries to change the list fails, and the quotes are kept without
   *     speakers)
   * @return the speakers and which quote each one said; quotes left out have no speaker
   */
  SpeakerResolution resolve(AnalyzedArticle article, List<Quote> quotes);
}
