package org.quotekit.model;

import java.io.IOException;
import java.io.UncheckedIOException;
import org.quotekit.rules.CueLexicon;
import org.quotekit.spi.Extractor;
import org.quotekit.spi.ExtractorProvider;

/**
 * Registers the {@link ModelExtractor} with the bundled English news model (its cue, content,
 * source and filter parts) under the name {@code model}. Thread-safe.
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
    return create(CueLexicon.englishNews());
  }

  /**
   * The model extractor with the bundled model and another cue lexicon, as {@code
   * QuoteExtractor.Builder} makes it when a cue lexicon or reporting verbs are configured.
   *
   * @throws UncheckedIOException naming the model resource when it is missing or corrupt
   */
  public static Extractor create(CueLexicon lexicon) {
    try {
      return ModelExtractor.builder(AttributionModel.bundled()).lexicon(lexicon).build();
    } catch (IOException e) {
      throw new UncheckedIOException(e.getMessage(), e);
    }
  }
}
