package org.quotekit.testkit;

import org.quotekit.model.ModelExtractorProvider;
import org.quotekit.spi.Extractor;

/** The model-based extractor, as its provider makes it, keeps the extractor contract. */
class ModelExtractorContractTest extends ExtractorContractTest {
  @Override
  protected Extractor newExtractor() {
    return new ModelExtractorProvider().create();
  }
}
