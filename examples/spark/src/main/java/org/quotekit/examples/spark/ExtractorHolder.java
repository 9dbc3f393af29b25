package org.quotekit.examples.spark;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.quotekit.QuoteExtractor;

/**
 * The {@link QuoteExtractor} of this JVM (a Spark executor, or the driver in local mode), one per
 * article length limit, built on first use and then shared by every task: building loads the
 * OpenNLP models, and the extractor is thread-safe. Thread-safe.
 */
final class ExtractorHolder {
  private static final Map<Integer, QuoteExtractor> BY_LIMIT = new ConcurrentHashMap<>();

  private ExtractorHolder() {}

  /** The extractor with the default configuration and {@code maxArticleLength} as its limit. */
  static QuoteExtractor get(int maxArticleLength) {
    return BY_LIMIT.computeIfAbsent(maxArticleLength,
        n -> QuoteExtractor.builder().maxArticleLength(n).build());
  }
}
