package org.quotekit.rules;

import static org.quotekit.rules.EnglishGrammar.countWords;
import static org.quotekit.rules.EnglishGrammar.opensSentence;
import static org.quotekit.rules.RuleBasedExtractor.lower;

import java.util.List;
import org.quotekit.Span;
import org.quotekit.spi.QuoteCandidate;
import org.quotekit.spi.QuoteRegion;
import org.quotekit.spi.Token;

/**
 * {@link AttributionRule#ACCORDING_TO}: a prepositional cue before its source,
 * {@code According to the report, the fund will run dry by 2030.}, with the content after the
 * phrase when it opens the sentence and before it otherwise. One per cue; not thread-safe.
 */
final class AccordingToRule extends RuleSupport {
  private AccordingToRule(AttributionContext ctx) {
    super(ctx);
  }

  /**
   * The attribution of a prepositional cue ("according to the poll, ...", "..., per the
   * report"), or null when no source or no content stands beside it.
   */
  static QuoteCandidate match(AttributionContext ctx, CueHit hit) {
    return new AccordingToRule(ctx).apply(hit, ctx.article().tokens(hit.sentence()),
        ctx.article().tags(hit.sentence()));
  }

  private QuoteCandidate apply(CueHit hit, List<Token> toks, List<String> tags) {
    int f = hit.first();
    int l = hit.last();
    if (lower(hit.cue().lemma()).equals("per") && (l + 1 >= toks.size()
        || !(tags.get(l + 1).equals("DET") || tags.get(l + 1).equals("PROPN")))) {
      return null;
    }
    Span source = g.phrases().rightNp(toks, tags, l + 1);
    if (source == null) {
      return null;
    }
    int afterSource = NounPhrases.indexOfTokenAt(toks, source.end() - 1) + 1;
    List<Span> parts;
    if (opensSentence(toks, tags, f)) {
      int pos = afterSource;
      // "According to interviews with more than a dozen of his aides, he ...": the phrase runs
      // to the last comma before the clause's verb.
      for (int k = afterSource; k < toks.size() && k - afterSource < 30; k++) {
        if (tags.get(k).equals("VERB") || tags.get(k).equals("AUX")) {
          break;
        }
        if (toks.get(k).text().equals(",") && ctx.quotationAt(toks.get(k).start()) < 0) {
          pos = k;
        }
      }
      if (pos < toks.size() && toks.get(pos).text().equals(",")) {
        pos++;
      }
      if (pos >= toks.size()) {
        return null;
      }
      int end = g.clauseEnd(toks, tags, pos);
      if (countWords(toks, pos, end) < 2) {
        return null;
      }
      parts = List.of(Span.of(text, toks.get(pos).start(), end));
    } else {
      int stop = toks.get(f - 1).text().equals(",") ? f - 1 : f;
      int start = g.clauseStart(toks, stop);
      if (countWords(toks, start, toks.get(stop).start()) < 2) {
        return null;
      }
      parts = List.of(Span.of(text, toks.get(start).start(), toks.get(stop).start()));
    }
    ctx.markUsed(parts.get(0).start(), parts.get(0).end());
    return new QuoteCandidate(RuleBasedExtractor.typeOf(parts, top), parts, hit.cue(), source,
        0.8, AttributionRule.ACCORDING_TO.id());
  }
}
