package org.quotekit.examples.spark;

import org.quotekit.QuoteExtractor;

/**
 * The one {@link QuoteExtractor} of this JVM (a Spark executor, or the driver in local mode),
 * built on first use and then shared by every task: building loads the OpenNLP models, and the
 * extractor is thread-safe. Thread-safe (the initialization-on-demand holder idiom).
 */
final class ExtractorHolder {
  private ExtractorHolder() {}

  /** The extractor, built with the default configuration on the first call. */
  static QuoteExtractor get() {
    return Lazy.INSTANCE;
  }

  private static final class Lazy {
    static final QuoteExtractor INSTANCE = QuoteExtractor.builder().build();
  }
}
