package org.quotekit.testkit;

import org.quotekit.Article;
import org.quotekit.QuoteExtractor;

/**
 * Keeps what a plug-in under test gave while a {@link QuoteExtractor} ran it, one value per thread,
 * so that one recorder serves extractions on many threads at once. Thread-safe.
 */
final class Recorder<T> {
  private final ThreadLocal<T> last = new ThreadLocal<>();

  /** Keeps {@code value} for the extraction running on this thread. */
  void record(T value) {
    last.set(value);
  }

  /**
   * Extracts from {@code article} with {@code extractor} on this thread and returns what was
   * recorded meanwhile, or {@code otherwise} when nothing was (a blank article is not analysed).
   */
  T during(QuoteExtractor extractor, Article article, T otherwise) {
    last.remove();
    try {
      extractor.extract(article);
      T recorded = last.get();
      return recorded != null ? recorded : otherwise;
    } finally {
      last.remove();
    }
  }
}
