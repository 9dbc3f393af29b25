package org.quotekit.spi;

import java.util.List;
import java.util.Objects;
import org.quotekit.Cue;
import org.quotekit.QuoteType;
import org.quotekit.Span;

/**
 * A quote proposed by an {@link Extractor}, before the pipeline merges candidates of all
 * extractors and attaches speakers. Immutable and thread-safe.
 *
 * @param type how the speech is reported
 * @param parts content pieces in text order, at least one, none empty (the pipeline drops a
 *     candidate with an empty part and says so in the extraction's warnings)
 * @param cue the reporting cue, or {@code null} for a quote without one
 * @param source the source mention, or {@code null} when the text names none
 * @param confidence in {@code [0, 1]}; {@code -0.0} is kept as {@code 0.0}
 * @param rule stable id of the rule or model decision that produced the candidate
 */
public record QuoteCandidate(QuoteType type, List<org.quotekit.Span> parts, Cue cue, Span source,
    double confidence, String rule) {

  /** Copies parts and checks the arguments. */
  public QuoteCandidate {
    Objects.requireNonNull(type, "type");
    parts = List.copyOf(Objects.requireNonNull(parts, "parts"));
    Objects.requireNonNull(rule, "rule");
    if (parts.isEmpty()) {
      throw new IllegalArgumentException("parts must not be empty: rule=" + rule);
    }
    if (!(confidence >= 0.0 && confidence <= 1.0)) {
      throw new IllegalArgumentException("confidence must be in [0, 1]: confidence=" + confidence);
    }
    confidence += 0.0; // -0.0 is 0.0, as the Quote made from it keeps it
  }

  /** First character of the content. */
  public int start() {
    return parts.get(0).start();
  }

  /** Offset after the last character of the content. */
  public int end() {
    return parts.get(parts.size() - 1).end();
  }
}
