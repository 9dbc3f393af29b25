package org.quotekit.rules;

import java.util.Objects;

/**
 * A cue found by a {@link CueDetector}: the tokens it spans in its sentence and what sort of cue
 * it is. Immutable and thread-safe.
 *
 * @param first index of the cue's first token in the sentence
 * @param last index of the cue's last token, {@code >= first}
 * @param entry the lexicon entry (for a cue the lexicon lacks, a synthetic verb entry)
 * @param confidence how sure the detector is, in {@code (0, 1]}
 */
public record CueMatch(int first, int last, CueLexicon.Entry entry, double confidence) {
  /** Checks the arguments. */
  public CueMatch {
    Objects.requireNonNull(entry, "entry");
    if (first < 0 || last < first) {
      throw new IllegalArgumentException("token range must be non-empty: first=" + first
          + ", last=" + last);
    }
    if (!(confidence > 0.0 && confidence <= 1.0)) {
      throw new IllegalArgumentException("confidence must be in (0, 1]: " + confidence);
    }
  }
}
