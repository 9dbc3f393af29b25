package org.quotekit.internal;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.quotekit.spi.Token;

/**
 * Reads the dateline that may open a sentence ("WASHINGTON --", "KABUL, Afghanistan (Reuters)
 * —", "ABUJA, March 3 (Reuters) -"): the place and agency there say where a story was filed,
 * never who said something, so the rules start the subject after it and the learned source
 * ranker passes over it. Stateless and thread-safe.
 */
public final class Datelines {
  private static final Set<String> DASHES = Set.of("--", "-", "\u2014", "\u2013", "\u2015");
  /** How many tokens a dateline runs at most before its dash. */
  private static final int MAX_TOKENS = 12;

  private Datelines() {}

  /**
   * The index of the first token after a dateline that opens the sentence: a word in capitals
   * (or a capitalised word, when an agency in parentheses follows: "Geneva (AFP) -"), then
   * capitalised place words, a date, commas and an agency in parentheses (a bracketed word with a
   * hyphen is a party tag, "Sen. Ann Fitch (D-Vt.) \u2014 no relation \u2014", and no agency), then
   * a dash (or, after a word in capitals, an agency in capitals and a capitalised word: "NEW
   * DELHI, Jul 9 (PTI) The ministry"); 0 when the sentence opens with no dateline, or when
   * nothing follows the dash.
   *
   * @param toks the tokens of one sentence
   */
  public static int end(List<Token> toks) {
    if (toks.isEmpty() || !Character.isUpperCase(toks.get(0).text().codePointAt(0))) {
      return 0;
    }
    boolean capitals = isAllCaps(toks.get(0).text());
    boolean agency = false;
    for (int k = 1; k < toks.size() && k < MAX_TOKENS; k++) {
      String w = toks.get(k).text();
      if (w.equals("(") && k + 2 < toks.size() && toks.get(k + 2).text().equals(")")
          && toks.get(k + 1).text().indexOf('-') < 0) { // "(D-Vt.)" is a party, no agency
        agency = true; // "Geneva (AFP) -": a place in small capitals needs its agency
        if (capitals && k + 3 < toks.size() && !DASHES.contains(toks.get(k + 3).text())
            && isAllCaps(toks.get(k + 1).text())
            && Character.isUpperCase(toks.get(k + 3).text().codePointAt(0))) {
          return k + 3; // "NEW DELHI, Jul 9 (PTI) The ministry ...": no dash after the agency
        }
      }
      if (w.equals(",") || w.equals("(") || w.equals(")")
          || w.length() <= 4 && w.chars().allMatch(Character::isDigit)) {
        continue; // "ABUJA, March 3 (Reuters) -": a date's day and year
      }
      if (DASHES.contains(w)) {
        return (capitals || agency) && k + 1 < toks.size() ? k + 1 : 0;
      }
      if (!Character.isUpperCase(w.codePointAt(0))) {
        return 0;
      }
    }
    return 0;
  }

  /**
   * Whether a token is a dash that may close a dateline or set off a phrase ("--", an em or en
   * dash, a horizontal bar); a hyphen is not one.
   */
  public static boolean isDash(String w) {
    return DASHES.contains(w) && !w.equals("-");
  }

  private static boolean isAllCaps(String w) {
    return w.length() > 1 && w.equals(w.toUpperCase(Locale.ROOT))
        && w.chars().allMatch(c -> Character.isLetter(c) || c == '.');
  }
}
