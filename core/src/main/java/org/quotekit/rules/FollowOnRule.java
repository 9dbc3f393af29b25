package org.quotekit.rules;

import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import org.quotekit.QuoteType;
import org.quotekit.Span;
import org.quotekit.internal.SortedSpans;
import org.quotekit.spi.AnalyzedArticle;
import org.quotekit.spi.QuoteCandidate;
import org.quotekit.spi.QuoteRegion;
import org.quotekit.spi.Sentence;
import org.quotekit.spi.Token;

/**
 * {@link AttributionRule#FOLLOW_ON}: quotations without a cue that continue an attributed
 * quotation, a quote paragraph after a paragraph whose quote was attributed or a long quotation
 * in the same paragraph; not one in capitals only (a headline). A quotation in the same
 * paragraph that stands alone as a sentence, with no verb between it and an attributed quote,
 * joins that quote as a further part instead. Runs last. One per article; not thread-safe.
 */
final class FollowOnRule extends RuleSupport {
  /** The stage, stateless. */
  static final AttributionStage STAGE =
      new SimpleStage("follow-ons", context -> new FollowOnRule(context).followOns());

  private FollowOnRule(AttributionContext ctx) {
    super(ctx);
  }

  /**
   * Quotations without a cue that continue an attributed quotation: a quote paragraph after a
   * paragraph whose quote was attributed, or a long quotation in the same paragraph.
   */
  private void followOns() {
    List<QuoteCandidate> sorted = new ArrayList<>(ctx.candidates());
    sorted.sort((x, y) -> Integer.compare(x.start(), y.start()));
    // Indexed lookups instead of a scan of all candidates per quotation, which made an article
    // of many cues and many quotations quadratic (12 s per MB).
    int[] maxEnd = new int[sorted.size()];
    for (int k = 0; k < maxEnd.length; k++) {
      maxEnd[k] = Math.max(k == 0 ? 0 : maxEnd[k - 1], sorted.get(k).end());
    }
    // Quotations joined to an attributed quote, by that quote, built into one candidate at the
    // end: rebuilding it (and its type) at each join made a quote of n parts cost n squared.
    // The joined parts are whole quotations, which no later quotation overlaps, and the quote
    // keeps its start, so the lookups above need no update.
    Map<QuoteCandidate, List<Span>> joined = new IdentityHashMap<>();
    for (int i = 0; i < top.size(); i++) {
      QuoteRegion r = top.get(i);
      if (ctx.isUsed(i) || wordCount(r.inner()) < 4 || capitalsOnly(r.inner())
          || overlapsCandidate(sorted, maxEnd, r)) {
        continue;
      }
      QuoteCandidate prev = null; // the last, in start order, that ends before the quotation
      for (int k = startingBefore(sorted, r.open() + 1) - 1; k >= 0 && prev == null; k--) {
        if (sorted.get(k).end() <= r.open()) {
          prev = sorted.get(k);
        }
      }
      if (prev == null) {
        continue;
      }
      int para = ctx.paragraphOf(r.open());
      int prevPara = ctx.paragraphOf(prev.start());
      boolean opensParagraph = ctx.article().paragraphs().get(para).start() == r.open();
      if (!(para == prevPara || para == prevPara + 1 && opensParagraph)) {
        continue;
      }
      ctx.markUsed(i);
      List<Span> parts = joined.get(prev);
      int prevEnd = parts == null ? prev.end() : parts.get(parts.size() - 1).end();
      if (para == prevPara && prev.cue() != null && standsAlone(r)
          && !verbBetween(prevEnd, prev.cue().span(), r)) {
        // A quotation later in the paragraph of an attributed quote is more of the same
        // speech: "“A,” he said. “B.”" is one attribution with two parts (PolNeAR annotates it
        // so for 20 of 29 such quotations on the validation fifth of train).
        joined.computeIfAbsent(prev, p -> new ArrayList<>(p.parts())).add(r.inner());
        continue;
      }
      ctx.add(new QuoteCandidate(QuoteType.DIRECT, List.of(r.inner()), null, null, 0.55,
          AttributionRule.FOLLOW_ON.id()));
    }
    joined.forEach((prev, parts) -> ctx.replace(prev, new QuoteCandidate(ctx.typeOf(parts),
        parts, prev.cue(), prev.source(), prev.confidence(), prev.rule())));
  }

  /**
   * Whether the quotation is a sentence of its own, so that it can continue the paragraph's
   * attributed quote: not opened by a colon ("Her reply was: “...”") and not followed on its
   * line by more of its sentence ("“...,” I confessed", "“...” resonated with him"), both of
   * which make it the content of a cue of its own.
   */
  private boolean standsAlone(QuoteRegion r) {
    String text = ctx.text();
    int before = r.open() - 1;
    while (before >= 0 && Character.isWhitespace(text.charAt(before))) {
      before--;
    }
    if (before >= 0 && text.charAt(before) == ':') {
      return false;
    }
    int after = r.outerEnd();
    while (after < text.length() && (text.charAt(after) == ' ' || text.charAt(after) == '\u00A0')) {
      after++;
    }
    return after >= text.length() || !Character.isLetterOrDigit(text.charAt(after));
  }

  /**
   * Whether a verb other than the quote's cue lies between the quote and the quotation ("“A,”
   * someone shouted. Beck joked, “B”"): the quotation then has a speaker of its own.
   */
  private boolean verbBetween(int from, Span cue, QuoteRegion r) {
    int to = r.open();
    AnalyzedArticle a = ctx.article();
    List<Sentence> sentences = a.sentences();
    for (int i = a.sentenceAt(from).index(); i < sentences.size(); i++) {
      Sentence s = sentences.get(i);
      if (s.start() >= to) {
        break;
      }
      List<Token> toks = a.tokens(s);
      List<String> tags = a.tags(s);
      for (int k = 0; k < toks.size(); k++) {
        Token t = toks.get(k);
        if (t.start() >= from && t.end() <= to && tags.get(k).equals("VERB")
            && !cue.contains(t.span())) {
          return true;
        }
      }
    }
    return false;
  }

  /**
   * Whether a part of a candidate overlaps the quotation; {@code sorted} by start,
   * {@code maxEnd[k]} the largest end among {@code sorted[0..k]}.
   */
  private static boolean overlapsCandidate(List<QuoteCandidate> sorted, int[] maxEnd,
      QuoteRegion r) {
    Span inner = r.inner();
    for (int k = startingBefore(sorted, inner.end()) - 1; k >= 0 && maxEnd[k] > inner.start();
        k--) {
      for (Span p : sorted.get(k).parts()) {
        if (p.overlaps(inner)) {
          return true;
        }
      }
    }
    return false;
  }

  /** How many candidates of {@code sorted} (by start) start before {@code offset}. */
  private static int startingBefore(List<QuoteCandidate> sorted, int offset) {
    return SortedSpans.startingBefore(sorted, QuoteCandidate::start, offset);
  }

  /**
   * Whether the text has letters and none in lower case: a headline or a slogan in capitals
   * ("DIVISIVE, STUPID AND WRONG"), which continues nobody's speech.
   */
  private static boolean capitalsOnly(Span s) {
    String t = s.text();
    boolean letters = false;
    for (int i = 0; i < t.length(); i++) {
      char c = t.charAt(i);
      if (Character.isLowerCase(c)) {
        return false;
      }
      letters |= Character.isLetter(c);
    }
    return letters;
  }

  private static int wordCount(Span s) {
    int words = 0;
    boolean inWord = false;
    String t = s.text();
    for (int i = 0; i < t.length(); i++) {
      boolean letter = Character.isLetterOrDigit(t.charAt(i));
      if (letter && !inWord) {
        words++;
      }
      inWord = letter;
    }
    return words;
  }
}
