package org.quotekit;

/** What sort of entity a {@link Speaker} is. Immutable and thread-safe, as every enum. */
public enum SpeakerKind {
  /** One named or described person. */
  PERSON,
  /** A company, agency, government, newspaper, campaign or other institution. */
  ORGANIZATION,
  /**
   * A set of people that speaks together ("officials", "the protesters", "Ana Ruiz and Ben
   * Cole").
   */
  GROUP,
  /**
   * A statement, report, study or release that speaks when no issuing organisation is named
   * ("a press release said", "the report found"); a document whose issuer the text names speaks
   * for that issuer instead.
   */
  DOCUMENT,
  /** Not determinable from the text, including anonymous sources. */
  UNKNOWN
}
