package org.quotekit;

/** How a quote reports speech. */
public enum QuoteType {
  /**
   * The whole content is one quoted passage: {@code "We will win," she said.}, or a transcript
   * turn after its speaker's label ({@code KLOBUCHAR: We will win.}), the speaker's own words.
   */
  DIRECT,
  /** Paraphrase without quote marks: {@code She said that they would win.} */
  INDIRECT,
  /** Paraphrase that contains a quoted fragment: {@code She said they would "surely win".} */
  MIXED
}
