package org.quotekit.rules;

import java.util.List;
import org.quotekit.Cue;
import org.quotekit.Span;
import org.quotekit.spi.QuoteCandidate;
import org.quotekit.spi.QuoteRegion;

/**
 * {@link AttributionRule#TRANSCRIPT}: transcript lines, {@code NAME: words} at the start of a
 * paragraph. Runs before the cue stage. One per article; not thread-safe.
 */
final class TranscriptRule extends RuleSupport {
  /** The stage, stateless. */
  static final AttributionStage STAGE =
      new SimpleStage("transcripts", context -> new TranscriptRule(context).transcriptLines());

  private TranscriptRule(AttributionContext ctx) {
    super(ctx);
  }

  /** Transcript lines: {@code NAME: words} at the start of a paragraph. */
  private void transcriptLines() {
    for (Span p : ctx.article().paragraphs()) {
      String s = p.text();
      int colon = s.indexOf(':');
      if (colon <= 0 || colon > 40 || colon + 1 >= s.length()
          || !Character.isWhitespace(s.charAt(colon + 1))) {
        continue;
      }
      String label = s.substring(0, colon);
      if (!isNameLabel(label)) {
        continue;
      }
      int start = colon + 1;
      while (start < s.length() && Character.isWhitespace(s.charAt(start))) {
        start++;
      }
      if (start >= s.length() || s.substring(start).chars().noneMatch(Character::isLetter)) {
        continue; // "Clinton: 1,769." is a tally, not speech
      }
      Span content = Span.of(text, p.start() + start, p.end());
      Span source = Span.of(text, p.start(), p.start() + colon);
      Cue cue = new Cue(Span.of(text, p.start() + colon, p.start() + colon + 1), ":");
      boolean upper = label.equals(label.toUpperCase(java.util.Locale.ROOT));
      List<Span> parts = List.of(content);
      ctx.markUsed(content.start(), content.end());
      ctx.add(new QuoteCandidate(RuleBasedExtractor.typeOf(parts, top), parts, cue, source,
          upper ? 0.8 : 0.6, AttributionRule.TRANSCRIPT.id()));
    }
  }

  private static boolean isNameLabel(String label) {
    String[] words = label.strip().split(" ");
    if (words.length > 4 || words.length == 0) {
      return false;
    }
    for (String w : words) {
      if (w.isEmpty() || !Character.isUpperCase(w.charAt(0))) {
        return false;
      }
      for (int i = 0; i < w.length(); i++) {
        char c = w.charAt(i);
        if (!Character.isLetter(c) && ".'\u2019-".indexOf(c) < 0) {
          return false;
        }
      }
    }
    return Character.isLetter(label.charAt(label.length() - 1));
  }
}
