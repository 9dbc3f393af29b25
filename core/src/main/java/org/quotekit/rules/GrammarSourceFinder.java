package org.quotekit.rules;

import java.util.List;
import java.util.Optional;
import org.quotekit.Span;
import org.quotekit.spi.AnalyzedArticle;
import org.quotekit.spi.QuoteCandidate;
import org.quotekit.spi.Token;

/** {@link SourceFinder#grammar()}. Stateless. */
final class GrammarSourceFinder implements SourceFinder {
  static final GrammarSourceFinder INSTANCE = new GrammarSourceFinder();

  private GrammarSourceFinder() {}

  @Override
  public Optional<Span> find(AttributionContext context, CueHit cue, QuoteCandidate attribution,
      Span previousSource) {
    AnalyzedArticle a = context.article();
    List<Token> toks = a.tokens(cue.sentence());
    List<String> tags = a.tags(cue.sentence());
    EnglishGrammar g = context.grammar();
    Span left = g.leftSubject(toks, tags, cue.first());
    if (left != null && !inside(left, attribution)) {
      return Optional.of(left);
    }
    if (cue.last() + 1 < toks.size()) {
      Span right = g.rightSource(toks, tags, cue.last() + 1);
      if (right != null && !inside(right, attribution)) {
        return Optional.of(right);
      }
    }
    return Optional.ofNullable(previousSource);
  }

  private static boolean inside(Span mention, QuoteCandidate attribution) {
    return attribution.parts().stream().anyMatch(mention::overlaps);
  }
}
