package org.quotekit.spi;

import java.util.Objects;

/**
 * A candidate quote as a {@link CandidateMerger} sees it: the candidate and the extractor that
 * proposed it. Immutable and thread-safe.
 *
 * @param candidate the candidate, already checked against the article text
 * @param extractor the name of the extractor that proposed it
 * @param extractorIndex the position of that extractor in the configuration (0 for the first)
 */
public record Proposal(QuoteCandidate candidate, String extractor, int extractorIndex) {
  /** Checks the arguments. */
  public Proposal {
    Objects.requireNonNull(candidate, "candidate");
    Objects.requireNonNull(extractor, "extractor");
    if (extractorIndex < 0) {
      throw new IllegalArgumentException("extractorIndex must not be negative: "
          + extractorIndex);
    }
  }
}
