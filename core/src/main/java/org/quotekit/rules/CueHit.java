package org.quotekit.rules;

import java.util.Objects;
import org.quotekit.Cue;
import org.quotekit.spi.Sentence;

/**
 * A cue that a {@link CueDetector} found, placed in its sentence: what a {@link CueAttributor}
 * builds an attribution around. Immutable and thread-safe.
 *
 * @param sentence the sentence holding the cue
 * @param first index of the cue's first token in the sentence
 * @param last index of the cue's last token, {@code >= first}
 * @param entry the lexicon entry (for a cue the lexicon lacks, a synthetic verb entry)
 * @param cue the cue's span in the text and its lemma
 * @param confidence how sure the detector is, in {@code (0, 1]}
 */
public record CueHit(Sentence sentence, int first, int last, CueLexicon.Entry entry, Cue cue,
    double confidence) {
  /** Checks the arguments. */
  public CueHit {
    Objects.requireNonNull(sentence, "sentence");
    Objects.requireNonNull(entry, "entry");
    Objects.requireNonNull(cue, "cue");
    if (first < 0 || last < first) {
      throw new IllegalArgumentException("token range must be non-empty: first=" + first
          + ", last=" + last);
    }
  }

  /** The cue's lemma ("say" for "said"). */
  public String lemma() {
    return cue.lemma();
  }
}
