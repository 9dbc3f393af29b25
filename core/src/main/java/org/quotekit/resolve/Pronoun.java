package org.quotekit.resolve;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** The sorts of pronoun a source mention can be, with the words of each. */
enum Pronoun {
  MALE("he", "him", "his", "himself"),
  FEMALE("she", "her", "hers", "herself"),
  PLURAL("they", "them", "their", "themselves"),
  NEUTER("it", "its", "itself"),
  FIRST("i", "me", "my", "myself"),
  FIRST_PLURAL("we", "us", "our", "ourselves"),
  SECOND("you", "your");

  private static final Map<String, Pronoun> BY_WORD = new HashMap<>();

  static {
    for (Pronoun p : values()) {
      for (String w : p.words) {
        BY_WORD.put(w, p);
      }
    }
  }

  private final List<String> words;

  Pronoun(String... words) {
    this.words = List.of(words);
  }

  /** The pronoun a lower-case word is, or null. */
  static Pronoun of(String lowerCaseWord) {
    return BY_WORD.get(lowerCaseWord);
  }

  /** The gender a third-person singular pronoun gives ("she": female); else unknown. */
  Gender gender() {
    return this == MALE ? Gender.MALE : this == FEMALE ? Gender.FEMALE : Gender.UNKNOWN;
  }
}
