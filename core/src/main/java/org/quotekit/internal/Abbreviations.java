package org.quotekit.internal;

import java.util.Collections;
import java.util.HashSet;
import java.util.Set;

/**
 * English abbreviations whose period belongs to the word, from the {@code abbreviations-en.txt}
 * resource, plus initials recognised by shape. Immutable and thread-safe.
 */
public final class Abbreviations {
  private static final Set<String> WORDS = load();
  /** Titles written in capitals, as transcripts label speakers ("MR. PRUITT:"). */
  private static final Set<String> CAPITAL_TITLES = Set.of("MR", "MRS", "MS", "MESSRS", "DR",
      "REP", "SEN", "GOV", "LT", "COL", "MAJ", "GEN", "CAPT", "SGT", "PROF", "REV", "HON",
      "ATTY", "AMB", "SUPT", "CLLR");

  private Abbreviations() {}

  private static Set<String> load() {
    // a hash set: read at every period
    return Collections.unmodifiableSet(
        new HashSet<>(ResourceLines.of(Abbreviations.class, "abbreviations-en.txt")));
  }

  /**
   * Whether {@code s[from, to)} is the number sign "No." or "Nos." before a number ("the No. 3
   * bus", "Nos. 4 and 5"), an abbreviation only there: "No." elsewhere is the word that may end a
   * sentence.
   */
  public static boolean isNumberSign(String s, int from, int to) {
    String w = s.substring(from, to);
    if (!w.equals("No.") && !w.equals("Nos.")) {
      return false;
    }
    int k = to;
    while (k < s.length() && (s.charAt(k) == ' ' || s.charAt(k) == '\u00A0')) {
      k++;
    }
    return k > to && k < s.length() && Character.isDigit(s.charAt(k));
  }

  /** Whether {@code s[from, to)}, which ends with a period, is an abbreviation. */
  public static boolean isAbbreviation(String s, int from, int to) {
    String stem = s.substring(from, to - 1);
    if (WORDS.contains(stem) || CAPITAL_TITLES.contains(stem)) {
      return true; // and a transcript's label in capitals: "MR. PRUITT:", "DR. OKAFOR:"
    }
    int hyphen = stem.lastIndexOf('-');
    if (hyphen > 0 && WORDS.contains(stem.substring(hyphen + 1))) {
      return true; // "D-St. Louis", a party and district tag: the abbreviation ends the compound
    }
    // Initials: single letters each followed by a period (U.S., G.K., D.C.).
    int n = to - from;
    if (n % 2 != 0) {
      return false;
    }
    for (int k = from; k < to; k += 2) {
      if (!Character.isLetter(s.charAt(k)) || s.charAt(k + 1) != '.') {
        return false;
      }
    }
    return true;
  }
}
