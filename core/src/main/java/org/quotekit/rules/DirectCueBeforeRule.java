package org.quotekit.rules;

import java.util.List;
import org.quotekit.Cue;
import org.quotekit.QuoteType;
import org.quotekit.Span;
import org.quotekit.internal.SpeakerLabels;
import org.quotekit.spi.QuoteCandidate;
import org.quotekit.spi.QuoteRegion;
import org.quotekit.spi.Token;

/**
 * {@link AttributionRule#DIRECT_CUE_BEFORE}: an attribution followed by a quotation,
 * {@code The mayor said: "Our streets are safe again."}, also when the quotation opens the next
 * paragraph after {@code X added:} or {@code X said on Monday:}. One per cue; not thread-safe.
 */
final class DirectCueBeforeRule extends RuleSupport {
  private DirectCueBeforeRule(AttributionContext ctx) {
    super(ctx);
  }

  /**
   * The quotation that opens at token {@code pos}, right after the cue ({@code X said: "..."}),
   * with the words after its closing mark when the reported clause goes on (a MIXED quote); null
   * when no quotation opens there.
   */
  static QuoteCandidate match(CueSite site, int pos, Span source) {
    return new DirectCueBeforeRule(site.ctx()).quotationAfter(site, pos, source);
  }

  /**
   * The speech that a cue ending its paragraph with a colon introduces ("Limbaugh added:"): a
   * quotation opening the next paragraph, or, unquoted, that whole paragraph; null when there is
   * none.
   */
  static QuoteCandidate nextParagraph(CueSite site, Span source) {
    return new DirectCueBeforeRule(site.ctx()).quoteInNextParagraph(site.hit(), source);
  }

  private QuoteCandidate quotationAfter(CueSite site, int pos, Span source) {
    List<Token> toks = site.toks();
    int contentStart = toks.get(pos).start();
    int r = ctx.quotationOpeningAt(contentStart);
    if (r < 0) {
      return null;
    }
    Cue cue = site.hit().cue();
    QuoteRegion region = top.get(r);
    int end = g.clauseEnd(toks, site.tags(), pos);
    ctx.markUsed(r);
    if (end <= region.outerEnd() || !g.hasWord(region.outerEnd(), end)
        || g.endsWithComma(region)) {
      return new QuoteCandidate(QuoteType.DIRECT, List.of(region.inner()), cue, source, 0.9,
          AttributionRule.DIRECT_CUE_BEFORE.id());
    }
    return new QuoteCandidate(QuoteType.MIXED, List.of(Span.of(text, contentStart, end)), cue,
        source, 0.85, AttributionRule.DIRECT_CUE_BEFORE.id());
  }

  /** How many words may stand between the cue and its colon ("said in a statement on Monday:"). */
  private static final int MAX_WORDS_BEFORE_COLON = 6;

  /**
   * The offset of the colon that follows the cue ending at {@code cueEnd}, straight after it or
   * after a few words that qualify it ("said on Monday:", "told reporters:", "said in a
   * statement:"), with no punctuation or quotation mark between; -1 when there is none.
   */
  private int colonAfter(int cueEnd) {
    int words = 0;
    boolean inWord = false;
    for (int k = cueEnd; k < text.length(); k++) {
      char c = text.charAt(k);
      if (c == ':') {
        return k;
      }
      if (c == ' ') {
        inWord = false;
      } else if (Character.isLetterOrDigit(c) || c == '-' || c == '\'' || c == '\u2019') {
        if (!inWord && ++words > MAX_WORDS_BEFORE_COLON) {
          return -1;
        }
        inWord = true;
      } else {
        return -1; // a comma, a full stop, a quotation mark, a line break
      }
    }
    return -1;
  }

  private QuoteCandidate quoteInNextParagraph(CueHit hit, Span source) {
    int cueEnd = hit.cue().span().end();
    int k = colonAfter(cueEnd);
    if (k < 0) {
      return null;
    }
    int para = ctx.paragraphOf(cueEnd);
    List<Span> paragraphs = ctx.article().paragraphs();
    if (paragraphs.get(para).end() != k + 1 || para + 1 >= paragraphs.size()) {
      return null;
    }
    Span next = paragraphs.get(para + 1);
    int r = ctx.quotationOpeningAt(next.start());
    if (r >= 0) {
      if (ctx.isUsed(r)) {
        return null;
      }
      ctx.markUsed(r);
      return new QuoteCandidate(QuoteType.DIRECT, List.of(top.get(r).inner()), hit.cue(),
          source, 0.85, AttributionRule.DIRECT_CUE_BEFORE.id());
    }
    if (source == null || ctx.quotationFrom(next.start()) < top.size()
        && top.get(ctx.quotationFrom(next.start())).open() < next.end()
        || SpeakerLabels.of(text, next.start(), next.end()) != null) {
      return null; // unquoted speech needs a speaker and no quotation of its own; a turn that
      // opens with its label ("Ellwood: How much ...?") is the labelled speaker's
    }
    List<Span> parts = List.of(next);
    // the colon hands the whole paragraph over: surer than a cue inside it ("We have always
    // said we would ... we have concluded that ...", the minister's own words)
    return new QuoteCandidate(QuoteType.INDIRECT, parts, hit.cue(), source, 0.86,
        AttributionRule.DIRECT_CUE_BEFORE.id());
  }
}
