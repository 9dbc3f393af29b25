package org.quotekit.spi;

import org.quotekit.Article;

/**
 * Receives the {@link StageTimes} of every article a {@link org.quotekit.QuoteExtractor}
 * extracts, for benchmarks and monitoring; set it with {@link
 * org.quotekit.QuoteExtractor.Builder#stageListener(StageListener)}. Without one nothing is
 * timed. It is called on the extracting thread once the article's extraction is complete (also
 * for a blank article, not for one that fails), so with {@link
 * org.quotekit.QuoteExtractor#extractAll} on several threads it must be thread-safe, e.g. a sum:
 *
 * <pre>{@code
 * AtomicReference<StageTimes> sum = new AtomicReference<>(StageTimes.NONE);
 * QuoteExtractor extractor = QuoteExtractor.builder()
 *     .stageListener((article, times) -> sum.accumulateAndGet(times, StageTimes::plus))
 *     .build();
 * }</pre>
 *
 * <p>An exception thrown here fails that {@code extract} call with an {@link
 * org.quotekit.ExtractionException} naming the article.
 */
@FunctionalInterface
public interface StageListener {

  /** Called once per extracted article with where its time went. */
  void timed(Article article, StageTimes times);
}
