package org.quotekit.resolve;

/** The grammatical gender a name, honorific, role or pronoun implies. */
enum Gender {
  MALE,
  FEMALE,
  UNKNOWN;

  /** Whether the two may describe the same person: equal, or one of them unknown. */
  boolean compatible(Gender other) {
    return this == UNKNOWN || other == UNKNOWN || this == other;
  }
}
