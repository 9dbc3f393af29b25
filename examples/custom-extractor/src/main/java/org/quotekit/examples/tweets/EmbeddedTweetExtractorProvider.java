package org.quotekit.examples.tweets;

import org.quotekit.spi.Extractor;
import org.quotekit.spi.ExtractorProvider;

/**
 * Registers the {@link EmbeddedTweetExtractor}, with its default confidence, under the name
 * {@code tweets}: listed in {@code META-INF/services/org.quotekit.spi.ExtractorProvider}, so that
 * {@code QuoteExtractor.builder().extractors("rules", "tweets")} finds it on the classpath.
 * Thread-safe.
 */
public final class EmbeddedTweetExtractorProvider implements ExtractorProvider {
  @Override
  public String name() {
    return EmbeddedTweetExtractor.NAME;
  }

  @Override
  public Extractor create() {
    return new EmbeddedTweetExtractor(EmbeddedTweetExtractor.DEFAULT_CONFIDENCE);
  }
}
