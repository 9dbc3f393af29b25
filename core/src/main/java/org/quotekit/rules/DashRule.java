package org.quotekit.rules;

import java.util.List;
import org.quotekit.Cue;
import org.quotekit.QuoteType;
import org.quotekit.Span;
import org.quotekit.spi.QuoteCandidate;
import org.quotekit.spi.QuoteRegion;

/**
 * {@link AttributionRule#DASH}: quotations signed with a dash, {@code "..." — Name}, that no cue
 * has taken. One per article; not thread-safe.
 */
final class DashRule extends RuleSupport {
  /** The stage, stateless. */
  static final AttributionStage STAGE =
      new SimpleStage("dashes", context -> new DashRule(context).dashes());

  private static final String DASHES = "\u2014\u2013\u2015";

  private DashRule(AttributionContext ctx) {
    super(ctx);
  }

  /** Quotations signed with a dash: {@code "..." — Name}. */
  private void dashes() {
    for (int i = 0; i < top.size(); i++) {
      QuoteRegion r = top.get(i);
      if (ctx.isUsed(i) || !r.closed()) {
        continue;
      }
      int k = r.outerEnd();
      while (k < text.length() && text.charAt(k) == ' ') {
        k++;
      }
      if (k >= text.length() || DASHES.indexOf(text.charAt(k)) < 0) {
        continue;
      }
      int dash = k;
      k++;
      while (k < text.length() && text.charAt(k) == ' ') {
        k++;
      }
      int nameStart = k;
      int nameEnd = k;
      int words = 0;
      while (k < text.length() && words < 5 && Character.isUpperCase(text.charAt(k))) {
        while (k < text.length() && (Character.isLetter(text.charAt(k))
            || ".'\u2019-".indexOf(text.charAt(k)) >= 0)) {
          k++;
        }
        nameEnd = k;
        words++;
        if (k < text.length() && text.charAt(k) == ' ') {
          k++;
        } else {
          break;
        }
      }
      if (words == 0) {
        continue;
      }
      ctx.markUsed(i);
      ctx.add(new QuoteCandidate(QuoteType.DIRECT, List.of(r.inner()),
          new Cue(Span.of(text, dash, dash + 1), String.valueOf(text.charAt(dash))),
          Span.of(text, nameStart, nameEnd), 0.8, AttributionRule.DASH.id()));
    }
  }
}
