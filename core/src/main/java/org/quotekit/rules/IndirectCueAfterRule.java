package org.quotekit.rules;

import static org.quotekit.rules.EnglishGrammar.countWords;
import static org.quotekit.rules.EnglishGrammar.hasVerb;

import java.util.List;
import org.quotekit.Span;
import org.quotekit.spi.QuoteCandidate;
import org.quotekit.spi.QuoteRegion;
import org.quotekit.spi.Token;

/**
 * {@link AttributionRule#INDIRECT_CUE_AFTER}: reported speech before its attribution,
 * {@code The plan is dead, the minister said.} One per cue; not thread-safe.
 */
final class IndirectCueAfterRule extends RuleSupport {
  private IndirectCueAfterRule(AttributionContext ctx) {
    super(ctx);
  }

  /**
   * The clause before the cue's comma ("The plan is dead, he said."), or null when no clause
   * stands there or more than an adjunct follows the cue.
   *
   * @param source the cue's subject when it stands before the cue ("..., top officials said
   *     Friday"), or null to look for it after the cue ("..., said Tom Reid, an economist")
   */
  static QuoteCandidate match(CueSite site, Span source) {
    return new IndirectCueAfterRule(site.ctx()).apply(site.hit(), site.toks(), site.tags(),
        source);
  }

  private QuoteCandidate apply(CueHit hit, List<Token> toks, List<String> tags, Span source) {
    int f = hit.first();
    int comma;
    Span src = source;
    if (src != null) {
      int k = NounPhrases.indexOfTokenAt(toks, src.start());
      comma = k - 1;
    } else {
      comma = f - 1;
      src = g.phrases().withNameApposition(toks, tags, g.rightSource(toks, tags, hit.last() + 1));
    }
    if (comma < 1 || !toks.get(comma).text().equals(",")) {
      return null;
    }
    if (!g.onlyAdjunctAfter(toks, tags, hit.last() + 1, src)) {
      return null;
    }
    int start = g.clauseStart(toks, comma);
    if (countWords(toks, start, toks.get(comma).start()) < 3 || !hasVerb(toks, tags, start, comma)) {
      return null; // "The day after the primary, Gov. Ducey called ...": no clause, no content
    }
    List<Span> parts = List.of(Span.of(text, toks.get(start).start(), toks.get(comma).start()));
    ctx.markUsed(parts.get(0).start(), parts.get(0).end());
    return new QuoteCandidate(RuleBasedExtractor.typeOf(parts, top), parts, hit.cue(), src, 0.75,
        AttributionRule.INDIRECT_CUE_AFTER.id());
  }
}
