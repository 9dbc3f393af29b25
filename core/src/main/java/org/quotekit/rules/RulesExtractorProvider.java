package org.quotekit.rules;

import org.quotekit.spi.Extractor;
import org.quotekit.spi.ExtractorProvider;

/** Registers the {@link RuleBasedExtractor} under the name {@code rules}. Thread-safe. */
public final class RulesExtractorProvider implements ExtractorProvider {
  @Override
  public String name() {
    return RuleBasedExtractor.NAME;
  }

  @Override
  public Extractor create() {
    return new RuleBasedExtractor();
  }
}
