package org.quotekit.claims;

import java.util.List;
import org.quotekit.claims.ClaimLexicon.Words;
import org.quotekit.claims.QuantityFinder.Tagged;

/**
 * Recognises quoted sentences that have words but nothing a fact-checker can check: courtesies
 * ("Thank you, Omar.", "Good evening, and welcome."), requests ("Please, give us time.") and
 * relative clauses whose object stands outside the quote ("(wrongly) that only she could draw
 * on"). Stateless and thread-safe.
 */
final class NonClaims {
  /** At most this many tokens of an address before a courtesy ("Ladies and gentlemen, ..."). */
  private static final int MAX_ADDRESS = 4;

  private final ClaimLexicon lexicon;

  NonClaims(ClaimLexicon lexicon) {
    this.lexicon = lexicon;
  }

  /**
   * Whether the sentence opens with a courtesy of the lexicon, directly or after a short address
   * and a comma ("President Clinton, thank you for ..."). "Thanks to the rain, ..." is none.
   */
  boolean courtesy(List<Tagged> t) {
    int i = skipMarks(t, 0);
    if (opensCourtesy(t, i)) {
      return true;
    }
    for (int j = i; j < t.size() && j - i <= MAX_ADDRESS; j++) {
      String tag = t.get(j).tag();
      if (t.get(j).lower().equals(",")) {
        return j > i && opensCourtesy(t, skipMarks(t, j + 1));
      }
      if (tag.equals("VERB") || tag.equals("AUX") || tag.equals("PUNCT")) {
        return false;
      }
    }
    return false;
  }

  private boolean opensCourtesy(List<Tagged> t, int i) {
    if (i >= t.size()) {
      return false;
    }
    String first = t.get(i).lower();
    String next = i + 1 < t.size() ? t.get(i + 1).lower() : "";
    return lexicon.is(Words.COURTESY, first + " " + next)
        || lexicon.is(Words.COURTESY, first) && !(first.equals("thanks") && next.equals("to"));
  }

  /**
   * Whether the fragment is a relative clause whose object lies outside the quote: it opens (after
   * a parenthesis such as "(foolishly)") with a relative word of the lexicon and ends with a
   * preposition that has no object ("that only she would have access to").
   */
  boolean relativeWithoutObject(List<Tagged> t) {
    int i = skipMarks(t, 0);
    if (i < t.size() && t.get(i).lower().equals("(")) {
      while (i < t.size() && !t.get(i).lower().equals(")")) {
        i++;
      }
      i = skipMarks(t, i + 1);
    }
    int last = t.size() - 1;
    while (last > i && t.get(last).tag().equals("PUNCT")) {
      last--;
    }
    return i < last && lexicon.is(Words.RELATIVE, t.get(i).lower())
        && Character.isLowerCase(t.get(i).token().text().charAt(0))
        && t.get(last).tag().equals("ADP");
  }

  /**
   * Whether the sentence is a request: it opens with "please" ("Please, give us time."), or it is
   * one clause (no comma, colon, semicolon or dash) that opens with a verb in its base form and no
   * subject, or with "don't" and a verb ("Give us time.", "Don't believe the polls."); "Believe
   * me, the plan works" says something, and a "verb" another verb follows is a name the tagger
   * misread ("Trump bagged millions").
   */
  boolean request(List<Tagged> t) {
    int i = skipMarks(t, 0);
    if (i >= t.size()) {
      return false;
    }
    if (t.get(i).lower().equals("please")) {
      return true;
    }
    for (int j = i; j < t.size(); j++) {
      String w = t.get(j).lower();
      if (w.equals(",") || w.equals(";") || w.equals(":") || w.equals("--")
          || w.equals("\u2013") || w.equals("\u2014")) {
        return false;
      }
    }
    Tagged first = t.get(i);
    if ((first.lower().equals("don't") || first.lower().equals("don\u2019t")
        || first.lower().equals("do") && i + 1 < t.size() && t.get(i + 1).lower().startsWith("n"))
        && Character.isUpperCase(first.token().text().charAt(0))) {
      int v = first.lower().equals("do") ? i + 2 : i + 1;
      return v < t.size() && t.get(v).tag().equals("VERB");
    }
    String w = first.lower();
    String next = i + 1 < t.size() ? t.get(i + 1).tag() : "PUNCT";
    return first.tag().equals("VERB") && Character.isUpperCase(first.token().text().charAt(0))
        && !w.endsWith("s") && !w.endsWith("ed") && !w.endsWith("ing") && !w.endsWith("en")
        && !next.equals("VERB") && !next.equals("AUX"); // "Trump/VERB bagged" is a name
  }

  /** The first token from {@code i} on that is not a quote mark. */
  private static int skipMarks(List<Tagged> t, int i) {
    int j = i;
    while (j < t.size() && t.get(j).lower().length() == 1
        && ClaimText.isQuoteMark(t.get(j).lower().charAt(0))) {
      j++;
    }
    return j;
  }
}
