package org.quotekit.spi;

/**
 * Makes an {@link Extractor} available by name through {@link java.util.ServiceLoader}: list the
 * implementing class in {@code META-INF/services/org.quotekit.spi.ExtractorProvider}. A provider
 * that fails to load is logged and skipped.
 */
public interface ExtractorProvider {

  /** The name users select the extractor by, e.g. {@code rules}. */
  String name();

  /** Creates the extractor; called once per {@link org.quotekit.QuoteExtractor} built. */
  Extractor create();
}
