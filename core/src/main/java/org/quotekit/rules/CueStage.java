package org.quotekit.rules;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.quotekit.Cue;
import org.quotekit.Span;
import org.quotekit.internal.SpeakerLabels;
import org.quotekit.spi.QuoteCandidate;
import org.quotekit.spi.Sentence;
import org.quotekit.spi.Token;

/**
 * The attributions of reporting cues, sentence by sentence: a {@link CueDetector} finds the cues,
 * a {@link CueAttributor} builds each one's attribution. Immutable and thread-safe.
 */
final class CueStage implements AttributionStage {
  private final CueDetector detector;
  private final CueAttributor attributor;

  CueStage(CueDetector detector, CueAttributor attributor) {
    this.detector = Objects.requireNonNull(detector, "detector");
    this.attributor = Objects.requireNonNull(attributor, "attributor");
  }

  @Override
  public String name() {
    return "cues";
  }

  @Override
  public void run(AttributionContext ctx) {
    for (Sentence s : ctx.article().sentences()) {
      sentence(ctx, s);
    }
  }

  private void sentence(AttributionContext ctx, Sentence s) {
    List<CueMatch> matches = detector.detect(ctx.article(), s);
    if (matches.isEmpty()) {
      return;
    }
    List<Token> toks = ctx.article().tokens(s);
    List<CueHit> hits = new ArrayList<>(matches.size());
    for (CueMatch m : matches) {
      Span span = Span.of(ctx.text(), toks.get(m.first()).start(), toks.get(m.last()).end());
      hits.add(new CueHit(s, m.first(), m.last(), m.entry(), new Cue(span, m.entry().lemma()),
          m.confidence()));
    }
    ctx.sentenceCues(hits);
    Span lastSource = null;
    int lastContentStart = -1;
    int lastContentEnd = -1;
    boolean question = SpeakerLabels.endsInQuestion(ctx.text(), s.start(), s.end());
    for (CueHit hit : hits) {
      QuoteCandidate c = attributor.attribute(ctx, hit, lastSource).orElse(null);
      if (c == null || question && addressee(c) && insideTurn(ctx, hit)) {
        continue; // "Question: How do you explain the second half?" asks; it reports nothing
      }
      if (hit.confidence() < 1.0) {
        c = new QuoteCandidate(c.type(), c.parts(), c.cue(), c.source(),
            c.confidence() * (0.5 + 0.5 * hit.confidence()), c.rule());
      }
      ctx.add(c);
      // A cue nested in the previous content ("he said the forces would defend themselves")
      // does not change whose attribution a later "and accused ..." continues.
      boolean nested = c.cue() != null && c.cue().span().start() < lastContentEnd
          && c.cue().span().start() > lastContentStart;
      if (c.source() != null && !nested) {
        lastSource = c.source();
        lastContentStart = c.start();
        lastContentEnd = c.end();
      }
    }
    ctx.sentenceCues(List.of());
  }

  /** Whether a transcript turn found before holds the cue. */
  private static boolean insideTurn(AttributionContext ctx, CueHit hit) {
    int at = hit.cue().span().start();
    for (QuoteCandidate c : ctx.candidates()) {
      if (c.rule().equals(AttributionRule.TRANSCRIPT.id()) && c.start() <= at && at < c.end()) {
        return true;
      }
    }
    return false;
  }

  /** Whether an attribution's source is "you", the one a question is put to. */
  private static boolean addressee(QuoteCandidate c) {
    return c.source() != null && c.source().text().strip().equalsIgnoreCase("you");
  }
}
