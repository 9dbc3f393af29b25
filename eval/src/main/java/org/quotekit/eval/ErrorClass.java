package org.quotekit.eval;

/**
 * Where an attribution went wrong, one class for each gold attribution that is not fully right
 * and one for each predicted attribution that pairs with no gold one; see {@link
 * ErrorBreakdown}. The pairing is {@link AttributionScorer}'s.
 */
public enum ErrorClass {
  /** Gold, not paired, and no predicted attribution has a cue overlapping its cue. */
  CUE_NOT_FOUND("gold attribution missed: its cue was not found"),
  /** Gold, not paired, though a predicted attribution's cue overlaps its cue. */
  CUE_FOUND_CONTENT_MISSED("gold attribution missed: its cue was found, the content elsewhere"),
  /** Gold, paired with a predicted attribution whose cue does not overlap its cue. */
  OTHER_CUE("paired with the quote of another cue"),
  /** Gold, paired through its cue, content tokens not the same. */
  CONTENT_BOUNDARY("right cue, content boundary wrong"),
  /** Gold, paired through its cue with the same content, the source wrong. */
  SOURCE_WRONG("right cue and content, source wrong"),
  /** Predicted, paired with no gold attribution. */
  SPURIOUS("predicted attribution with no gold one");

  private final String description;

  ErrorClass(String description) {
    this.description = description;
  }

  /** A short description, as the breakdown prints it. */
  public String description() {
    return description;
  }
}
