package org.quotekit.rules;

import java.util.Optional;
import org.quotekit.spi.QuoteCandidate;

/**
 * The content-span stage: given a cue, what it reports, after it, before it, in parts around it
 * or in the next sentences. A learned sequence labeller implements it and is combined with a
 * {@link SourceFinder} by {@link CueAttributor#of}. The rule patterns decide content and source
 * together, so the rule-based content is the one {@link CueAttributor#rules()} gives.
 * Implementations must be thread-safe.
 */
@FunctionalInterface
public interface ContentFinder {

  /**
   * The content of {@code cue}, or empty when it reports nothing here. The candidate's cue and
   * source are not used: {@link CueAttributor#of} sets the cue and asks its source finder.
   *
   * @param context the article and what the stages found so far
   * @param cue the cue, in its sentence
   */
  Optional<QuoteCandidate> find(AttributionContext context, CueHit cue);
}
