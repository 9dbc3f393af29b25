package org.quotekit;

import java.util.Objects;

/**
 * Why one mention belongs to its {@link Speaker}: the rule that linked it and the evidence the
 * rule saw, so that a reader can check each merge ("surname", "'Graham' is the surname of
 * 'Lindsey Graham'"). Immutable and thread-safe.
 *
 * <p>Rules of the default resolver ({@code org.quotekit.resolve.DefaultSpeakerResolver}), by
 * stable id (a new rule may add an id; none is renamed):
 * <ul>
 *   <li>names: {@code first-mention} (the mention that introduced the entity), {@code
 *       same-name}, {@code surname}, {@code first-name}, {@code middle-name}, {@code nickname},
 *       {@code spelling-variant}, {@code joined-name} ("Rizwan" of "Rizwan-ul-Haq"), {@code
 *       compound-surname} ("Ben Moussa" of "Abdelhak Ben Moussa"), {@code family-name} (one
 *       family name and forms of one first name), {@code relative-age} ("the elder"), {@code
 *       title} (a title beside the name), {@code alias} ("X, or Y"), {@code source} (a source
 *       mention read as a name);
 *   <li>names found next to a source mention: {@code placed-name}, {@code owner-name}, {@code
 *       joint-post-name} (the name after the source's post or possessive), {@code witness} (the
 *       one the source heard from), {@code inverted-cue} ("..., said X" after a quotation);
 *   <li>organisations: {@code acronym}, {@code organisation-name} (a form of its name), {@code
 *       short-name} (a word of its name: "the Otters"), {@code organisation-noun} ("the
 *       company"), {@code organisation-member} ("officials at the ministry"), {@code place-noun}
 *       ("the law" of a place), {@code party-tag} ("(R-Texas)");
 *   <li>descriptions and groups: {@code role} ("the judge"), {@code description}, {@code
 *       apposition} ("X, the union's chairman"), {@code relative} ("her son"), {@code
 *       partitive} ("one of the residents"), {@code share} ("64 percent"), {@code plural-noun}
 *       ("voters"), {@code joint} (persons the source names together, "Ana Ruiz and Ben Cole",
 *       who speak as one group named so);
 *   <li>pronouns and subjects: {@code pronoun}, {@code relative-pronoun}, {@code possessive}
 *       ("his statement"), {@code subject} (the unnamed subject a pronoun after it stands for),
 *       {@code subject-before} (a quotation's speaker named just before it), {@code
 *       circumstance} and {@code implausible-source} (a source that says where or how something
 *       was said, or names no one who speaks, gives way to the subject before the cue);
 *   <li>documents and transcripts: {@code document} ("the report"), {@code document-issuer} ("a
 *       report by X"), {@code document-speaker} (the words were said in a document), {@code
 *       bracket-credit} (a digest's "[Outlet.]"), {@code transcript-label} ("QUENNELL:", "Q:").
 * </ul>
 * A resolver that gives no reason gets {@code unexplained}.
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
