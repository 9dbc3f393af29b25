package org.quotekit.internal;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import org.quotekit.spi.Token;

/**
 * Reads the dateline that may open a sentence ("WASHINGTON --", "KABUL, Afghanistan (Reuters)
 * —", "ABUJA, March 3 (Reuters) -"), or the time of day that opens a live blog's entry ("14:02
 * Police say ..."): the place, agency and time there say where or when a story was filed,
 * never who said something, so the rules start the subject after it and the learned source
 * ranker passes over it. Stateless and thread-safe.
 */
public final class Datelines {
  private static final Set<String> DASHES = Set.of("--", "---", "-", "\u2014", "\u2013",
      "\u2015"); // "RAROTONGA, 14 AUGUST (PACNEWS) ---" as Pacific wires write it
  /** How many tokens a dateline runs at most before its dash. */
  private static final int MAX_TOKENS = 12;

  private Datelines() {}

  /**
   * The index of the first token after a dateline that opens the sentence: a word in capitals
   * (or a capitalised word, when an agency in parentheses follows: "Geneva (AFP) -"), then
   * capitalised place words, a date, commas and an agency in parentheses (a bracketed word with a
   * hyphen is a party tag, "Sen. Ann Fitch (D-Vt.) \u2014 no relation \u2014", and no agency), then
   * a dash (or, after a word in capitals, an agency in capitals and a capitalised word: "NEW
   * DELHI, Jul 9 (PTI) The ministry"); after an agency in parentheses alone and a dash
   * ("(Bloomberg) --"); or after a time of day that opens a live blog's entry
   * ({@link #afterClockTime}); 0 when the sentence opens with neither, or when nothing follows
   * the dash.
   *
   * @param toks the tokens of one sentence
   */
  public static int end(List<Token> toks) {
    int clock = afterClockTime(toks);
    if (clock > 0) {
      return clock;
    }
    if (toks.size() > 4 && toks.get(0).text().equals("(") && toks.get(2).text().equals(")")
        && DASHES.contains(toks.get(3).text()) && toks.get(1).text().indexOf('-') < 0
        && Character.isUpperCase(toks.get(1).text().codePointAt(0))) {
      return 4; // "(Bloomberg) -- Hartwell & Pryce is exploring": an agency without a place
    }
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

  /** A time of day as a live blog opens an entry with it: "14:02", "9.45am", "10:05". */
  private static final Pattern CLOCK = Pattern.compile(
      "(?:[01]?\\d|2[0-3])[:.][0-5]\\d(?:[ap]\\.?m\\.?)?", Pattern.CASE_INSENSITIVE);
  /** What may follow the time before the entry: "am", a zone, a colon, a dash, a bar. */
  private static final Set<String> CLOCK_AFTER = Set.of("am", "pm", "a.m.", "p.m.", "gmt", "bst",
      "utc", "cet", "est", "edt", "pst", "pdt", "et", "pt", "local", "time", ":", "|", "-", "--",
      "\u2014", "\u2013");

  /**
   * The index of the first token after a time of day that opens the sentence, as a live blog
   * opens each entry ("14:02 Police say ...", "10:05 GMT: Rescuers said ..."), when a
   * capitalised word or a quote mark follows it; 0 otherwise.
   */
  private static int afterClockTime(List<Token> toks) {
    if (toks.size() < 3 || !Character.isDigit(toks.get(0).text().charAt(0)) // asked per cue
        || !CLOCK.matcher(toks.get(0).text()).matches()) {
      return 0;
    }
    int k = 1;
    while (k < toks.size() - 1 && k <= 3
        && CLOCK_AFTER.contains(toks.get(k).text().toLowerCase(Locale.ROOT))) {
      k++;
    }
    String next = toks.get(k).text();
    int c = next.codePointAt(0);
    return Character.isUpperCase(c) || "\"'\u201C\u2018\u00AB".indexOf(c) >= 0 ? k : 0;
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
