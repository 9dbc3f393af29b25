package org.quotekit.model;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.quotekit.Span;
import org.quotekit.rules.AttributionContext;
import org.quotekit.rules.CueHit;
import org.quotekit.rules.SourceFinder;
import org.quotekit.spi.QuoteCandidate;
import org.quotekit.spi.Token;

/**
 * The learned source stage: the {@link SourceModel} scores every candidate mention of the cue's
 * sentence ({@link SourceFeatures}) and the most probable one is the source. When it is the
 * subject the grammar reads ({@link SourceFinder#grammar()}), the grammar's span is kept (it
 * holds the whole name: "Jeremy Bash" of "Jeremy Bash, who was ..."); with no candidate in reach
 * the grammar decides. Immutable and thread-safe.
 */
public final class LearnedSourceFinder implements SourceFinder {
  private final SourceModel model;
  private final SourceFeatures features;

  /** A finder ranking with {@code model} over the candidates {@code features} gives. */
  public LearnedSourceFinder(SourceModel model, SourceFeatures features) {
    this.model = Objects.requireNonNull(model, "model");
    this.features = Objects.requireNonNull(features, "features");
  }

  @Override
  public Optional<Span> find(AttributionContext context, CueHit cue, QuoteCandidate attribution,
      Span previousSource) {
    Optional<Span> grammar = SourceFinder.grammar().find(context, cue, attribution,
        previousSource);
    SourceFeatures.Candidate best = best(features.candidates(context, cue, attribution,
        previousSource, grammar.orElse(null)));
    if (best == null) {
      return grammar;
    }
    List<Token> toks = context.article().tokens(cue.sentence());
    Span chosen = best.span(context.article(), toks);
    if (grammar.isPresent() && grammar.get().overlaps(chosen)) {
      return grammar;
    }
    return Optional.of(chosen);
  }

  /** The candidate the model finds most probably the source, or null when there is none. */
  public SourceFeatures.Candidate best(List<SourceFeatures.Candidate> candidates) {
    SourceFeatures.Candidate best = null;
    double bestP = -1;
    for (SourceFeatures.Candidate c : candidates) {
      double p = model.probability(c.features());
      if (p > bestP) {
        bestP = p;
        best = c;
      }
    }
    return best;
  }
}
