package org.quotekit.model;

import java.util.Objects;
import java.util.Optional;
import org.quotekit.Span;
import org.quotekit.rules.AttributionContext;
import org.quotekit.rules.CueAttributor;
import org.quotekit.rules.CueHit;
import org.quotekit.rules.SourceFinder;
import org.quotekit.spi.QuoteCandidate;

/**
 * The model extractor's cue attributor: the rule patterns where one fits the cue, and where none
 * does (cues the lexicon lacks, sentences the patterns do not cover) the learned content of a
 * {@link LearnedContentFinder} with the source the grammar reads ({@link SourceFinder#grammar()}),
 * for cues at least {@code minCue} sure. Immutable and thread-safe.
 */
public final class ModelCueAttributor implements CueAttributor {
  private final CueAttributor rules = CueAttributor.rules();
  private final CueAttributor learned;
  private final double minCue;

  /**
   * An attributor.
   *
   * @param content the learned content stage
   * @param minCue the least cue confidence for which learned content is proposed, in [0, 1]
   */
  public ModelCueAttributor(LearnedContentFinder content, double minCue) {
    Objects.requireNonNull(content, "content");
    if (!(minCue >= 0 && minCue <= 1)) {
      throw new IllegalArgumentException("minCue must be in [0, 1]: " + minCue);
    }
    this.learned = CueAttributor.of(content, SourceFinder.grammar());
    this.minCue = minCue;
  }

  @Override
  public Optional<QuoteCandidate> attribute(AttributionContext context, CueHit cue,
      Span previousSource) {
    Optional<QuoteCandidate> byRule = rules.attribute(context, cue, previousSource);
    if (byRule.isPresent() || cue.confidence() < minCue) {
      return byRule;
    }
    return learned.attribute(context, cue, previousSource);
  }
}
