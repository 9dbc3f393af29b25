package org.quotekit.eval;

import java.util.Locale;

/**
 * One figure of an {@link EvaluationReport}, as defined in the project's {@code EVALUATION.md}.
 * Enum constants are immutable and thread-safe.
 */
public enum Figure {
  /** Paired, and the content token sets are equal. */
  EXACT,
  /** Paired: gold and predicted content share at least one token. */
  OVERLAP,
  /** Partial credit: shared content tokens over predicted (precision) or gold (recall) tokens. */
  TOKEN,
  /** Paired, and a predicted source or speaker mention overlaps the gold Source (or none). */
  SOURCE,
  /** Paired, and the predicted cue overlaps the gold Cue. */
  CUE;

  /** The lower-case name used in tables and JSON, e.g. {@code overlap}. */
  public String label() {
    return name().toLowerCase(Locale.ROOT);
  }
}
