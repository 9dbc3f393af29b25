package org.quotekit.testkit;

import org.quotekit.rules.RuleBasedExtractor;
import org.quotekit.spi.Extractor;

/** The rule-based extractor keeps the extractor contract. */
class RuleBasedExtractorContractTest extends ExtractorContractTest {
  @Override
  protected Extractor newExtractor() {
    return new RuleBasedExtractor();
  }
}
