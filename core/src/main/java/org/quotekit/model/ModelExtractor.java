package org.quotekit.model;

import java.util.List;
import java.util.Objects;
import org.quotekit.rules.AttributionFinder;
import org.quotekit.rules.CueLexicon;
import org.quotekit.spi.AnalyzedArticle;
import org.quotekit.spi.Extractor;
import org.quotekit.spi.QuoteCandidate;

/**
 * The model-based extractor: cues come from a trained {@link CueModel} instead of the lexicon
 * alone, so reporting words the lexicon lacks ("endorsed", "seemed") are found and lexicon words
 * used in other senses are passed over; content and source come from the same patterns as the
 * rule-based extractor. Immutable and thread-safe.
 */
public final class ModelExtractor implements Extractor {
  /** The name this extractor is registered and reported under. */
  public static final String NAME = "model";
  /** Default minimum cue probability. */
  public static final double DEFAULT_THRESHOLD = 0.2;

  private final AttributionFinder finder;

  /** An extractor with the given model, the lexicon its features use, and a threshold. */
  public ModelExtractor(CueModel model, CueLexicon lexicon, double threshold) {
    Objects.requireNonNull(model, "model");
    this.finder = AttributionFinder.englishNews(lexicon,
        new ModelCueDetector(model, lexicon, threshold));
  }

  @Override
  public String name() {
    return NAME;
  }

  @Override
  public List<QuoteCandidate> extract(AnalyzedArticle article) {
    return finder.find(article);
  }
}
