package org.quotekit;

import java.util.Objects;

/**
 * Why one mention belongs to its {@link Speaker}: the rule that linked it and the evidence the
 * rule saw, so that a reader can check each merge ("surname", "'Graham' is the surname of
 * 'Lindsey Graham'"). Immutable and thread-safe.
 *
 * <p>Rules of the default resolver ({@code org.quotekit.resolve.DefaultSpeakerResolver}), by
 * stable id: {@code first-mention} (the mention that introduced the entity), {@code same-name},
 * {@code surname}, {@code first-name}, {@code nickname}, {@code spelling-variant}, {@code
 * joined-name} ("Rizwan" of "Rizwan-ul-Haq"), {@code acronym}, {@code organisation-noun} ("the
 * company"), {@code organisation-member} ("officials at the ministry"), {@code role} ("the
 * judge"), {@code description}, {@code pronoun}, {@code relative-pronoun}, {@code possessive}
 * ("his statement"), {@code document} ("the report"),
 * {@code document-issuer} ("a report by X"), {@code transcript-label} ("QUENNELL:", "Q:"),
 * {@code source} (a source mention read as a name). A resolver that gives no reason gets
 * {@code unexplained}.
 *
 * @param span the mention, as in {@link Speaker#mentions()}
 * @param rule stable id of the rule that linked the mention; not blank
 * @param evidence what the rule saw, in words; may be empty
 */
public record SpeakerMention(Span span, String rule, String evidence) {

  /** The rule of a mention whose resolver gave no reason. */
  public static final String UNEXPLAINED = "unexplained";

  /**
   * Checks the components.
   *
   * @throws NullPointerException if a component is null
   * @throws IllegalArgumentException if {@code rule} is blank
   */
  public SpeakerMention {
    Objects.requireNonNull(span, "span");
    Objects.requireNonNull(rule, "rule");
    Objects.requireNonNull(evidence, "evidence");
    if (rule.isBlank()) {
      throw new IllegalArgumentException("rule must not be blank: span=" + span);
    }
  }

  /** The rule and its evidence in one line, e.g. {@code surname: 'Graham' in 'Lindsey Graham'}. */
  public String reason() {
    return evidence.isEmpty() ? rule : rule + ": " + evidence;
  }
}
