package org.quotekit.train;

/**
 * Thrown by a trainer when its articles or candidates hold too few examples to train a part (no
 * cue at all, no content, candidates all right or all wrong). An {@link
 * IllegalArgumentException}, so callers that catch that still do; {@link AttributionModelTrainer}
 * catches this one alone where a missing filter is the expected outcome for a tiny corpus, so a
 * programming error is never mistaken for too little data.
 */
public final class TooFewExamplesException extends IllegalArgumentException {
  private static final long serialVersionUID = 1L;

  /** An exception with the message given. */
  public TooFewExamplesException(String message) {
    super(message);
  }

  /** "1 article", "12 articles": how many a message says were trained on. */
  static String articles(int n) {
    return n + (n == 1 ? " article" : " articles");
  }
}
