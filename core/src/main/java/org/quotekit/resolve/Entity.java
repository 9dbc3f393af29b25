package org.quotekit.resolve;

import java.util.ArrayList;
import java.util.List;
import org.quotekit.Span;
import org.quotekit.SpeakerKind;

/**
 * One real-world entity of an article as the resolver builds it: its names, its other mentions
 * (pronouns, descriptions, source mentions), its roles and what is known of its gender. Mutable;
 * confined to one {@link Resolution}.
 */
final class Entity {
  SpeakerKind kind;
  /** Whether only an unknown capitalised word stands for it so far (no title, no first name). */
  boolean tentative;
  String first;
  String last;
  String suffix;
  /** Normalised name of an organisation, place or group, or of a description. */
  String key;
  Gender declared = Gender.UNKNOWN;
  Gender firstNameGender = Gender.UNKNOWN;
  int male;
  int female;
  boolean speaker;
  /** Whether the entity is several people ("officials", "they"). */
  boolean plural;
  /** Whether the entity is a country, state or city standing for its government. */
  boolean place;
  /** Whether the entity is a thing that speaks ("the report", "the poll", "his statement"). */
  boolean thing;
  final List<NameMention> names = new ArrayList<>();
  /** Mentions other than names, with the text to show when the entity has no name. */
  final List<Span> others = new ArrayList<>();
  final List<Role> roles = new ArrayList<>();

  Entity(SpeakerKind kind) {
    this.kind = kind;
  }

  /**
   * The gender the article gives: an honorific or gendered role first, then what the pronouns
   * after its names say when they clearly agree, then the usual gender of the first name.
   */
  Gender gender() {
    if (declared != Gender.UNKNOWN) {
      return declared;
    }
    if (male >= female + 2 || firstNameGender == Gender.UNKNOWN && male > female) {
      return Gender.MALE;
    }
    if (female >= male + 2 || firstNameGender == Gender.UNKNOWN && female > male) {
      return Gender.FEMALE;
    }
    return firstNameGender;
  }

  /** Whether the entity is known to be one person (not an organisation, group or unknown). */
  boolean person() {
    return kind == SpeakerKind.PERSON && !tentative;
  }

  @Override
  public String toString() {
    return "Entity[" + kind + " " + (names.isEmpty() ? key : names.get(0).name.text()) + "]";
  }
}
