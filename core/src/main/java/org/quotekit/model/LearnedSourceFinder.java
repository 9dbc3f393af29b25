package org.quotekit.model;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.quotekit.Span;
import org.quotekit.rules.AttributionContext;
import org.quotekit.rules.CueHit;
import org.quotekit.rules.SourceFinder;
import org.quotekit.spi.AnalyzedArticle;
import org.quotekit.spi.QuoteCandidate;
import org.quotekit.spi.Token;

/**
 * The learned source stage: the {@link SourceModel} scores every candidate mention of the cue's
 * sentence ({@link SourceFeatures}) and the most probable one is the source. When it is the
 * subject the grammar reads ({@link SourceFinder#grammar()}), the grammar's span is kept (it
 * holds the whole name: "Jeremy Bash" of "Jeremy Bash, who was ..."); a relative pronoun gives
 * way to the noun phrase it follows; with no candidate in reach the grammar decides. Immutable
 * and thread-safe.
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
    Span grammar = SourceFinder.grammar().find(context, cue, attribution, previousSource)
        .orElse(null);
    AnalyzedArticle article = context.article();
    return pick(article, article.tokens(cue.sentence()), features.candidates(context, cue,
        attribution, previousSource, grammar), grammar);
  }

  /**
   * The source among a cue's candidates, as {@link #find} chooses it: the most probable one
   * (for a relative pronoun, what it stands for), the grammar's span when that overlaps it, the
   * grammar's source when there is no candidate.
   *
   * @param article the analysed article
   * @param toks the tokens of the cue's sentence
   * @param candidates the cue's candidates ({@link SourceFeatures#candidates})
   * @param grammar the source the grammar reads, or null
   */
  public Optional<Span> pick(AnalyzedArticle article, List<Token> toks,
      List<SourceFeatures.Candidate> candidates, Span grammar) {
    SourceFeatures.Candidate best = best(candidates);
    if (best != null) {
      best = antecedent(candidates, best, toks);
    }
    if (best == null) {
      return Optional.ofNullable(grammar);
    }
    Span chosen = best.span(article, toks);
    return Optional.of(grammar != null && grammar.overlaps(chosen) ? grammar : chosen);
  }

  /**
   * For a relative pronoun ("the senator, who ..."), the noun phrase it stands for when that
   * ends right before it (a comma at most between), else the most probable candidate that is not
   * a relative pronoun, else null: the mention then names the speaker, where "who" alone would
   * make a speaker of it. Any other candidate stays.
   */
  private SourceFeatures.Candidate antecedent(List<SourceFeatures.Candidate> candidates,
      SourceFeatures.Candidate chosen, List<Token> toks) {
    if (!isRelative(chosen, toks)) {
      return chosen;
    }
    for (SourceFeatures.Candidate c : candidates) {
      int gap = chosen.start() - c.end();
      if (gap == 0 || gap == 1 && toks.get(c.end()).text().equals(",")) {
        return c;
      }
    }
    return best(candidates.stream().filter(c -> !isRelative(c, toks)).toList());
  }

  private static boolean isRelative(SourceFeatures.Candidate c, List<Token> toks) {
    return c.end() - c.start() == 1 && SourceFeatures.isRelative(toks.get(c.start()).text());
  }

  /** The candidate the model finds most probably the source, or null when there is none. */
  private SourceFeatures.Candidate best(List<SourceFeatures.Candidate> candidates) {
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
