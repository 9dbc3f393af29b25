package org.quotekit.rules;

import java.util.List;
import java.util.Objects;
import org.quotekit.spi.AnalyzedArticle;
import org.quotekit.spi.QuoteCandidate;

/**
 * Builds attributions (content, source, cue) around the cues a {@link CueDetector} finds, with
 * the patterns of {@link AttributionRule}, and adds the quote-mark patterns that need no cue
 * word (transcript lines, dash signatures, follow-on quotations). Shared by the rule-based and
 * the model-based extractor. Immutable and thread-safe.
 */
public final class AttributionFinder {
  private final CueLexicon lexicon;
  private final CueDetector detector;

  /**
   * A finder.
   *
   * @param lexicon tells cue kinds and verbs apart where the patterns need it (e.g. "..., adding")
   * @param detector finds the cues
   */
  public AttributionFinder(CueLexicon lexicon, CueDetector detector) {
    this.lexicon = Objects.requireNonNull(lexicon, "lexicon");
    this.detector = Objects.requireNonNull(detector, "detector");
  }

  /** The attributions of one article. */
  public List<QuoteCandidate> find(AnalyzedArticle article) {
    return new ArticleRun(article, lexicon, detector).run();
  }
}
