package org.quotekit.rules;

import java.util.Optional;
import org.quotekit.Span;
import org.quotekit.spi.QuoteCandidate;

/**
 * Builds the attribution of one cue: the content it reports (after it, before it, in parts
 * around it, or in the next paragraph) and the mention of its source. The rule-based
 * implementation is {@link #rules()}; a learned content labeller and source ranker implement
 * the same interface. Implementations must be thread-safe.
 */
public interface CueAttributor {

  /**
   * The attribution of {@code cue}, or empty when the cue reports nothing here.
   *
   * @param context the article and what the stages found so far
   * @param cue the cue, in its sentence
   * @param previousSource the source of the previous attribution in the same sentence, or null
   *     ("X said ... and added ..." continues X's attribution)
   */
  Optional<QuoteCandidate> attribute(AttributionContext context, CueHit cue, Span previousSource);

  /** The attribution patterns of English news writing ({@link AttributionRule}). */
  static CueAttributor rules() {
    return RuleCueAttributor.INSTANCE;
  }
}
