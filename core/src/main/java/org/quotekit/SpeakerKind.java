package org.quotekit;

/** What sort of entity a {@link Speaker} is. */
public enum SpeakerKind {
  /** One named or described person. */
  PERSON,
  /** A company, agency, government, newspaper, campaign or other institution. */
  ORGANIZATION,
  /** A set of people that speaks together ("officials", "the protesters"). */
  GROUP,
  /** Not determinable from the text, including anonymous sources. */
  UNKNOWN
}
