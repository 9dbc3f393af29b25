package org.quotekit.rules;

import java.util.Optional;
import org.quotekit.Span;
import org.quotekit.spi.QuoteCandidate;

/**
 * The source-mention stage: given a cue and the content it reports, the words that name who
 * spoke ("the minister", "he", "Anna Berg"). A learned ranker over the candidate mentions
 * implements it; plug it in after the rule patterns with {@link CueAttributor#withSource} or
 * beside a {@link ContentFinder} with {@link CueAttributor#of}. The rule patterns decide content
 * and source together, so the rule-based source is the one {@link CueAttributor#rules()} gives.
 * Implementations must be thread-safe.
 */
@FunctionalInterface
public interface SourceFinder {

  /**
   * The source mention of {@code cue}, or empty when the text names none.
   *
   * @param context the article and what the stages found so far
   * @param cue the cue, in its sentence
   * @param attribution the cue's content (its parts, type and rule; its source is whatever an
   *     earlier stage proposed, or null)
   * @param previousSource the source of the previous attribution in the same sentence, or null
   */
  Optional<Span> find(AttributionContext context, CueHit cue, QuoteCandidate attribution,
      Span previousSource);

  /**
   * The source the English grammar reads off the cue's sentence: the subject before the cue
   * ("the minister said", "Smith, who led the inquiry, said"), else the noun phrase after an
   * inverted cue ("said the minister"), never a mention inside the content; else the previous
   * attribution's source in the sentence. A baseline for learned rankers and the source of cues
   * whose content a {@link ContentFinder} found.
   */
  static SourceFinder grammar() {
    return GrammarSourceFinder.INSTANCE;
  }
}
