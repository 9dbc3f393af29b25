package org.quotekit;

/**
 * What the reporting of a {@link Claim} says about the speaker's commitment to it: taken from the
 * cue ("denied", "promised") or from the statement itself (a question, a hedging "may"). Immutable
 * and thread-safe, as every enum.
 */
public enum Stance {
  /** The speaker states it as true: said, stressed, confirmed. */
  ASSERTS,
  /** The speaker contradicts it: denied, rejected, dismissed. */
  DENIES,
  /**
   * The speaker is not committed to it: suggested, speculated, believed, "it may rain", or a
   * denial that is negated ("did not deny", "never disputed").
   */
  HEDGES,
  /** The statement is a question, or reported as one: asked, wondered. */
  ASKS,
  /** The speaker commits to doing it: promised, pledged, vowed. */
  PROMISES,
  /** The speaker presents it as a danger: warned, cautioned, threatened. */
  WARNS
}
