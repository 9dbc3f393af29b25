package org.quotekit.model;

import java.io.IOException;
import java.io.UncheckedIOException;
import org.quotekit.rules.CueLexicon;
import org.quotekit.spi.Extractor;
import org.quotekit.spi.ExtractorProvider;

/**
 * Registers the {@link ModelExtractor} with the bundled English news model under the name
 * {@code model}. Thread-safe.
 */
public final class ModelExtractorProvider implements ExtractorProvider {
  @Override
  public String name() {
    return ModelExtractor.NAME;
  }

  /**
   * Loads the bundled model.
   *
   * @throws UncheckedIOException naming the model resource when it is missing or corrupt
   */
  @Override
  public Extractor create() {
    try {
      return new ModelExtractor(CueModel.bundled(), CueLexicon.englishNews(),
          ModelExtractor.DEFAULT_THRESHOLD);
    } catch (IOException e) {
      throw new UncheckedIOException(e.getMessage(), e);
    }
  }
}
