package org.quotekit.rules;

import java.util.Objects;
import java.util.Optional;
import org.quotekit.Span;
import org.quotekit.spi.QuoteCandidate;

/**
 * Builds the attribution of one cue: the content it reports (after it, before it, in parts
 * around it, or in the next paragraph) and the mention of its source. The rule-based
 * implementation is {@link #rules()}, whose patterns decide both together; a learned content
 * labeller and source ranker come in as a {@link ContentFinder} and a {@link SourceFinder},
 * combined with {@link #of} or, for the source alone, {@link #withSource}. Implementations must
 * be thread-safe.
 */
public interface CueAttributor {

  /**
   * The attribution of {@code cue}, or empty when the cue reports nothing here.
   *
   * @param context the article and what the stages found so far
   * @param cue the cue, in its sentence
   * @param previousSource the source of the previous attribution in the same sentence, or null
   *     ("X said ... and added ..." continues X's attribution)
   */
  Optional<QuoteCandidate> attribute(AttributionContext context, CueHit cue, Span previousSource);

  /** The attribution patterns of English news writing ({@link AttributionRule}). */
  static CueAttributor rules() {
    return RuleCueAttributor.INSTANCE;
  }

  /**
   * A cue attributor made of two stages: {@code content} finds what the cue reports and
   * {@code source} who said it. The quotations the content covers are marked used.
   */
  static CueAttributor of(ContentFinder content, SourceFinder source) {
    Objects.requireNonNull(content, "content");
    Objects.requireNonNull(source, "source");
    return (context, cue, previousSource) -> content.find(context, cue).map(c -> {
      QuoteCandidate withCue = new QuoteCandidate(c.type(), c.parts(), cue.cue(), null,
          c.confidence(), c.rule());
      context.markUsed(withCue.start(), withCue.end());
      return withSource(withCue,
          source.find(context, cue, withCue, previousSource).orElse(null));
    });
  }

  /**
   * This attributor with its sources chosen by {@code source}: the content stays this one's, the
   * source mention is the finder's (none when it finds none).
   */
  default CueAttributor withSource(SourceFinder source) {
    Objects.requireNonNull(source, "source");
    CueAttributor content = this;
    return (context, cue, previousSource) -> content.attribute(context, cue, previousSource)
        .map(c -> withSource(c, source.find(context, cue, c, previousSource).orElse(null)));
  }

  private static QuoteCandidate withSource(QuoteCandidate c, Span source) {
    return new QuoteCandidate(c.type(), c.parts(), c.cue(), source, c.confidence(), c.rule());
  }
}
