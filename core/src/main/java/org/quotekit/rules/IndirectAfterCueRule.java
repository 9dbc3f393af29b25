package org.quotekit.rules;

import static org.quotekit.rules.EnglishGrammar.countWords;

import java.util.List;
import org.quotekit.Span;
import org.quotekit.spi.QuoteCandidate;
import org.quotekit.spi.Token;

/**
 * {@link AttributionRule#INDIRECT_AFTER_CUE} (and {@link AttributionRule#PARTICIPLE} when the cue
 * continues an earlier attribution): the reported clause after the cue,
 * {@code The governor said (that) the bridge would reopen next month.}, up to where the clause
 * ends. Stateless.
 */
final class IndirectAfterCueRule {
  private IndirectAfterCueRule() {}

  /**
   * The clause that starts at token {@code pos}; when it is too short to be speech, the clause
   * before the cue instead ({@link IndirectCueAfterRule}); null when the cue has no speaker and
   * nothing marks the clause as reported ("that", a participle, a reduced passive).
   */
  static QuoteCandidate match(CueSite site, int pos, Span source, boolean participle,
      boolean reduced) {
    EnglishGrammar g = site.grammar();
    List<Token> toks = site.toks();
    int end = g.clauseEnd(toks, site.tags(), pos);
    int words = countWords(toks, pos, end);
    if (words == 0 || words < 3 && !site.that() && g.isLexiconVerb(site.hit())
        || pos > 0 && toks.get(pos - 1).text().equals(",")
            && EnglishGrammar.ingParticiple(toks, site.tags(), pos)) {
      // "..., the report said, adding pressure on negotiators": a clause of its own
      return IndirectCueAfterRule.match(site, source);
    }
    if (source == null && !site.that() && !participle && !reduced) {
      return null;
    }
    int contentStart = toks.get(pos).start();
    List<Span> parts = List.of(Span.of(site.text(), contentStart, end));
    site.ctx().markUsed(contentStart, end);
    double confidence = site.that() ? 0.85 : 0.7;
    return new QuoteCandidate(RuleBasedExtractor.typeOf(parts, site.ctx().quotations()), parts,
        site.hit().cue(), source, confidence, participle ? AttributionRule.PARTICIPLE.id()
            : AttributionRule.INDIRECT_AFTER_CUE.id());
  }
}
