package org.quotekit;

import java.util.Objects;

/**
 * The word or phrase that marks speech as reported ("said", "according to", "told reporters"),
 * with its dictionary form. Immutable and thread-safe.
 *
 * @param span where the cue stands in the article
 * @param lemma the dictionary form, lower case ("say" for "said", "according to")
 */
public record Cue(Span span, String lemma) {
  /** Checks that neither component is null. */
  public Cue {
    Objects.requireNonNull(span, "span");
    Objects.requireNonNull(lemma, "lemma");
  }
}
