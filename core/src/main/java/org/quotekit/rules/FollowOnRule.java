package org.quotekit.rules;

import java.util.ArrayList;
import java.util.List;
import org.quotekit.QuoteType;
import org.quotekit.Span;
import org.quotekit.internal.SortedSpans;
import org.quotekit.spi.QuoteCandidate;
import org.quotekit.spi.QuoteRegion;

/**
 * {@link AttributionRule#FOLLOW_ON}: quotations without a cue that continue an attributed
 * quotation, a quote paragraph after a paragraph whose quote was attributed or a long quotation
 * in the same paragraph; not one in capitals only (a headline). Runs last. One per article; not
 * thread-safe.
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
      ctx.add(new QuoteCandidate(QuoteType.DIRECT, List.of(r.inner()), null, null, 0.55,
          AttributionRule.FOLLOW_ON.id()));
    }
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
