package org.quotekit.rules;

import static org.quotekit.rules.EnglishGrammar.endsSentence;
import static org.quotekit.rules.EnglishGrammar.isTrailingPunct;
import static org.quotekit.rules.EnglishGrammar.lastChar;
import static org.quotekit.rules.RuleBasedExtractor.lower;

import java.util.ArrayList;
import java.util.List;
import org.quotekit.Cue;
import org.quotekit.Span;
import org.quotekit.spi.QuoteCandidate;
import org.quotekit.spi.QuoteRegion;
import org.quotekit.spi.Sentence;
import org.quotekit.spi.Token;

/**
 * {@link AttributionRule#DIRECT_CUE_AFTER}: a quotation followed by its attribution,
 * {@code "We will not back down," the minister said.}, with the words that lead into or continue
 * the quotation in its sentence and the quotations after the cue that go on with the same speech.
 * One per cue; not thread-safe.
 */
final class DirectCueAfterRule extends RuleSupport {
  private DirectCueAfterRule(AttributionContext ctx) {
    super(ctx);
  }

  /**
   * The attribution of a quotation that closes just before the cue ("...," X said / "...," said
   * X), with the quotations after it that continue the same speech ("A," he said, "B."); null
   * when no such quotation stands before the cue.
   */
  static QuoteCandidate match(CueSite site) {
    return new DirectCueAfterRule(site.ctx()).apply(site);
  }

  private QuoteCandidate apply(CueSite site) {
    List<Token> toks = site.toks();
    List<String> tags = site.tags();
    int f = site.first();
    int l = site.last();
    int pos = site.pos();
    int cueStart = site.cueStart();
    Cue cue = site.hit().cue();
    // "that" after the cue takes the content ("said that ...") unless a comma closes the
    // attribution first or a finite cue stands right after a quotation that opens its
    // sentence: in "...," he said, just prior to the announcement that ... and in "...," said
    // Kurt Wall, the director of a group that ..., the "that" belongs to the adjunct, and the
    // quotation before is what was said (not in 'The ad, titled "Arrogant," features a report
    // that ...', where the quotation is a title inside the subject)
    boolean commaAfterCue = l + 1 < toks.size() && toks.get(l + 1).text().equals(",");
    boolean rightAfterQuote = f > 0 && EnglishGrammar.isQuoteMark(toks.get(f - 1).text())
        && !lower(toks.get(l).text()).endsWith("ing"); // not '"...," adding'
    if (f > 0 && EnglishGrammar.isQuoteMark(toks.get(f - 1).text())
        && lower(toks.get(l).text()).endsWith("ing") && l + 1 < toks.size()
        && Character.isLetterOrDigit(toks.get(l + 1).text().charAt(0))) {
      return null; // '"... 'baseless,'" saying the firm used ...': what follows is said, by the
      // subject of the verb before the quotation; a participle takes no inverted subject
    }
    boolean thatTakesIt = site.that() && !commaAfterCue;
    int before = thatTakesIt && !rightAfterQuote ? -1 : g.regionBefore(cueStart, toks, tags);
    if (thatTakesIt && before >= 0 && !opensSentence(top.get(before))) {
      before = -1;
    }
    if (before >= 0 && endsSentence(top.get(before)) && pos < toks.size()
        && !isTrailingPunct(toks.get(pos).text())) {
      // "... to change." She adds, "What ...?" / "... worried." In Virginia, most said the
      // system ...: a quotation that ended its sentence is not this cue's; what follows is.
      before = -1;
    }
    if (before < 0) {
      return null;
    }
    Span source = g.phrases().leftNp(toks, tags, f, true);
    if (source == null) {
      source = g.phrases().gapApposition(toks, tags, top.get(before).outerEnd(), f);
    }
    int attributionEnd = cue.span().end();
    if (source == null) {
      source = g.phrases().withNameApposition(toks, tags, g.rightSource(toks, tags, l + 1));
      if (source != null) {
        attributionEnd = source.end();
      }
    }
    List<Span> parts = new ArrayList<>();
    QuoteRegion region = top.get(before);
    int lead = leadIn(region);
    int attributionStart = source != null && source.start() < cueStart ? source.start()
        : cueStart;
    int trail = trailOut(region, attributionStart);
    if (lead < 0 && trail < 0) {
      parts.add(region.inner());
    } else {
      parts.add(Span.of(text, lead < 0 ? region.open() : lead,
          trail < 0 ? region.outerEnd() : trail));
    }
    ctx.markUsed(before);
    continuation(attributionEnd, ctx.paragraphOf(cueStart), parts);
    return new QuoteCandidate(RuleBasedExtractor.typeOf(parts, top), parts, cue, source,
        0.95, AttributionRule.DIRECT_CUE_AFTER.id());
  }

  /** Whether nothing but punctuation stands between the quotation's sentence start and it. */
  private boolean opensSentence(QuoteRegion region) {
    int start = ctx.article().sentenceAt(region.open()).start();
    for (int i = start; i < region.open(); i++) {
      if (Character.isLetterOrDigit(text.charAt(i))) {
        return false;
      }
    }
    return true;
  }

  /**
   * Where the words that lead into a quotation within its sentence start ({@code Her plan is
   * "dead on arrival," he said.}), or -1 when the quotation opens its sentence or a cue or
   * another quotation stands before it.
   */
  private int leadIn(QuoteRegion region) {
    Sentence s = ctx.article().sentenceAt(region.open());
    int start = s.start();
    if (start >= region.open() || ctx.quotationFrom(start) < ctx.quotationFrom(region.open())
        || g.hasCueBetween(start, region.open())) {
      return -1;
    }
    String lead = text.substring(start, region.open());
    int words = 0;
    boolean inWord = false;
    for (int i = 0; i < lead.length(); i++) {
      boolean letter = Character.isLetterOrDigit(lead.charAt(i));
      if (letter && !inWord) {
        words++;
      }
      inWord = letter;
      if (":;".indexOf(lead.charAt(i)) >= 0) {
        return -1;
      }
    }
    return words >= 2 ? start : -1;
  }

  /**
   * The end of words that continue a quotation up to the comma before its attribution ("\u201C...
   * jail time\u201D for criminal behavior, Warren said"), or -1 when nothing but punctuation
   * stands between them.
   */
  private int trailOut(QuoteRegion region, int attributionStart) {
    int end = attributionStart;
    while (end > region.outerEnd() && (Character.isWhitespace(text.charAt(end - 1))
        || text.charAt(end - 1) == ',')) {
      end--;
    }
    if (end <= region.outerEnd() || text.charAt(end) != ','
        || g.hasCueBetween(region.outerEnd(), end)) {
      return -1;
    }
    for (int i = region.outerEnd(); i < end; i++) {
      if (Character.isLetterOrDigit(text.charAt(i))) {
        return end;
      }
    }
    return -1;
  }

  /** Adds to {@code parts} the quotations after the attribution that continue the same speech. */
  private void continuation(int from, int paragraph, List<Span> parts) {
    int idx = ctx.quotationFrom(from);
    int pos = from;
    while (idx < top.size()) {
      QuoteRegion r = top.get(idx);
      Sentence at = ctx.article().sentenceAt(pos);
      if (ctx.isUsed(idx) || ctx.paragraphOf(r.open()) != paragraph || r.open() - pos > 200
          || ctx.article().sentenceAt(r.open()).index() > at.index() + 1
          || !(isBlankOrComma(pos, r.open()) || ctx.article().sentenceAt(r.open()).start() == r.open())) {
        return;
      }
      // The rest of the attribution's sentence may hold other cues ("he said, speaking of the
      // vote."); the next quotation is still his unless it has an attribution of its own.
      if (hasOwnAttribution(r)) {
        return;
      }
      parts.add(r.inner());
      ctx.markUsed(idx);
      pos = r.outerEnd();
      idx++;
    }
  }

  /**
   * Whether the quotation of region {@code r} ends in a comma, question or exclamation mark and a
   * cue follows it in its sentence: {@code "B," she said} has an attribution of its own.
   */
  private boolean hasOwnAttribution(QuoteRegion r) {
    if (!r.closed()) {
      return false;
    }
    char last = lastChar(r);
    if (last == 0 || ",?!\u2014-".indexOf(last) < 0) {
      return false;
    }
    int end = Math.max(r.outerEnd(), ctx.article().sentenceAt(r.outerEnd() - 1).end());
    return g.hasCueBetween(r.outerEnd(), Math.min(end, r.outerEnd() + 120));
  }

  private boolean isBlankOrComma(int from, int to) {
    for (int i = from; i < to; i++) {
      char c = text.charAt(i);
      if (!Character.isWhitespace(c) && c != ',' && c != ':') {
        return false;
      }
    }
    return true;
  }
}
