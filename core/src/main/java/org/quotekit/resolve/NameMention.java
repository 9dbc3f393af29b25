package org.quotekit.resolve;

import java.util.ArrayList;
import java.util.List;
import org.quotekit.Span;

/**
 * A proper name the article uses, parsed into its parts: "Major General Yahya Rasool" has the
 * titles "Major General", first name "yahya" and last name "rasool". Found once per article by
 * {@link ArticleScan}; linked to its {@link Entity} by {@link Resolution}. Not thread-safe.
 */
final class NameMention {

  /** What sort of name the words are. */
  enum Form {
    /** A person's name with a first name, or a surname after a title or honorific. */
    PERSON,
    /** One capitalised word without a title: a surname, a first name, or an unknown name. */
    SINGLE,
    /** An organisation's name or an acronym. */
    ORGANIZATION,
    /** A country, state or city. */
    PLACE,
    /** A capitalised plural naming a group ("Democrats"). */
    GROUP
  }

  final Span span;
  /** The name without titles and honorific ("Yahya Rasool"), as written. */
  final Span name;
  final Form form;
  /** Lower-case keys; {@code first} and {@code suffix} may be null, {@code last} never is. */
  final String first;
  final String last;
  final String suffix;
  /** Gender from an honorific ("Mr."). */
  final Gender gender;
  final boolean titled;
  final int sentence;
  final int paragraph;
  final boolean inQuote;
  boolean subject;
  /**
   * Whether the name follows the place or body of a post written before it in small letters
   * ("Senior coroner for South Wales Central Graeme Hughes"), or the field of a post in capitals
   * ("Minister of Science and Culture Sari Lehtonen-M\u00E4kel\u00E4"): the run of capitals opens
   * with the post's place or field, and the name is its holder.
   */
  boolean afterPostPlace;
  /**
   * Whether the name owns the thing that is its sentence's subject ("Reyes's quarrel with the
   * paper was ..."): no subject itself, but what the sentence is about, as a pronoun reads it.
   */
  boolean topic;
  /**
   * Followed by the relative "who" ("Lucinda Farrant, who chairs ...") or an age in commas
   * ("Jordan, 29,"): a person, even where the name is also a place's.
   */
  boolean who;
  /**
   * A lone name after a person noun and a preposition of where people are from ("a teacher from
   * Corvington"): a place, unless the text shows it a person.
   */
  boolean origin;
  /**
   * The organisation noun the text gives the name ("the firm Edilizia Costruzioni", "Crestline,
   * a Boston-based firm", "Real Costa Levante coach ..." for "club"), lower case; "" for an
   * organisation of no kind said ("CEO of Ledgerleaf"); null if none.
   */
  String orgType;
  final List<Role> roles = new ArrayList<>();
  /**
   * The place a party and state tag after the name gives ("Sen. Marco Rubio (R-Fla.)": "florida"),
   * lower case; null if none.
   */
  String home;
  /**
   * The surname, as written, that a first name coordinated before a full name shares ("Clinton"
   * for "Bill" in "Bill and Hillary Clinton"); null for any other name.
   */
  String sharedSurname;
  Entity entity;

  NameMention(Span span, Span name, Form form, String first, String last, String suffix,
      Gender gender, boolean titled, int sentence, int paragraph, boolean inQuote) {
    this.span = span;
    this.name = name;
    this.form = form;
    this.first = first;
    this.last = last;
    this.suffix = suffix;
    this.gender = gender;
    this.titled = titled;
    this.sentence = sentence;
    this.paragraph = paragraph;
    this.inQuote = inQuote;
  }

  /** Sets the surname this first name shares ({@link #sharedSurname}). */
  void shareSurname(String surname) {
    sharedSurname = surname;
    words = -1;
  }

  /** Whether the name has a first name as well as a last name. */
  boolean full() {
    return first != null;
  }

  private int words = -1;

  /** Number of words of the name proper, for choosing the fullest name (counted once). */
  int words() {
    if (words < 0) {
      words = Splits.SPACES.split(name.text()).length + (sharedSurname == null ? 0 : 1);
    }
    return words;
  }

  @Override
  public String toString() {
    return form + "[" + span.text() + "@" + span.start() + " first=" + first + " last=" + last
        + (suffix == null ? "" : " " + suffix) + "]";
  }
}
