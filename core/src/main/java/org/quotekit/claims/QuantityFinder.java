package org.quotekit.claims;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.quotekit.Span;
import org.quotekit.claims.ClaimLexicon.Words;
import org.quotekit.spi.Token;

/**
 * Finds numbers with what they count in tagged tokens: a number (digits, number words, "a"
 * before a scale or fraction word), an optional currency symbol before it, an optional unit after
 * it ("percent", "%"), then the counted noun phrase ("2,500 American soldiers", "three weeks") or,
 * after a fraction, scale word, unit or figure, "of" and a noun phrase ("half of voters",
 * "20 percent of them"). A bare number counts nothing and is left out, as are a year ("in 2014"),
 * a time ("3 a.m."), a vague "one" ("one day"), a number glued to a word ("9/11 families") and a
 * number word after a definite determiner, which refers rather than counts ("the two
 * countries").
 * Runs in time linear in the tokens. Immutable and thread-safe.
 */
final class QuantityFinder {
  /** At most this many tokens of a counted noun phrase. */
  private static final int MAX_PHRASE = 6;

  private final ClaimLexicon lexicon;

  QuantityFinder(ClaimLexicon lexicon) {
    this.lexicon = lexicon;
  }

  /** A token with its part-of-speech tag and its lower-case text. */
  record Tagged(Token token, String tag, String lower) {
    Tagged(Token token, String tag) {
      this(token, tag, token.text().toLowerCase(Locale.ROOT));
    }
  }

  /**
   * Whether {@code s} may hold a quantity: whether it has a digit or a number word. Lets callers
   * skip tokenizing and tagging the many statements without numbers.
   */
  boolean mayHold(String s) {
    return ClaimText.anyWord(s, (word, start, end) -> Character.isDigit(word.charAt(0))
        || lexicon.is(Words.NUMBER, word) || lexicon.is(Words.SCALE, word)
        || lexicon.is(Words.FRACTION, word));
  }

  /**
   * The quantities among {@code tokens}, in text order and not overlapping.
   *
   * @param text the article text the tokens point into
   */
  List<Span> find(String text, List<Tagged> tokens) {
    List<Span> out = new ArrayList<>();
    int i = 0;
    while (i < tokens.size()) {
      int end = match(tokens, i);
      if (end > i) {
        out.add(Span.of(text, tokens.get(i).token().start(), tokens.get(end - 1).token().end()));
        i = end;
      } else {
        i++;
      }
    }
    return out;
  }

  /** The index after a quantity that starts at token {@code i}, or {@code -1}. */
  private int match(List<Tagged> t, int i) {
    int n = t.size();
    int k = i;
    boolean currency = lexicon.is(Words.CURRENCY, t.get(k).lower()) && k + 1 < n
        && isFigure(t.get(k + 1));
    boolean article = !currency && (t.get(k).lower().equals("a") || t.get(k).lower().equals("an"))
        && k + 1 < n && (is(t.get(k + 1), Words.SCALE) || is(t.get(k + 1), Words.FRACTION));
    if (currency || article) {
      k++;
    }
    Tagged first = t.get(k);
    if (!isFigure(first) && !is(first, Words.NUMBER) && !is(first, Words.SCALE)
        && !is(first, Words.FRACTION)) {
      return -1;
    }
    if (!currency && isYear(first) || k == i && gluedToWord(t, i)) {
      return -1; // "in 2014", "9/11", "COVID-19"
    }
    if (k == i && !isFigure(first) && i > 0 && is(t.get(i - 1), Words.DEFINITE)) {
      return -1;
    }
    boolean ordinalLike = is(first, Words.FRACTION) && !article; // "third round"; "half of"
    int numberStart = k;
    k = numberRun(t, k + 1);
    Tagged last = t.get(k - 1);
    if (k == numberStart + 1 && !currency && !article && is(first, Words.VAGUE)
        || k < n && is(t.get(k), Words.CLOCK)) {
      return -1; // "one day", "3 a.m."
    }
    boolean unit = false;
    int afterUnit = unit(t, k);
    if (afterUnit > k) {
      unit = true;
      k = afterUnit;
    }
    boolean counted = false;
    if (!ordinalLike && !unit) {
      int end = phrase(t, k, false);
      if (end > k) {
        k = end;
        counted = true;
      }
    }
    boolean mayTakeOf = unit || isFigure(last) || is(last, Words.SCALE)
        || is(last, Words.FRACTION);
    if (!counted && mayTakeOf && k + 1 < n && t.get(k).lower().equals("of")) {
      int end = phrase(t, k + 1, true);
      if (end > k + 1) {
        k = end;
        counted = true;
      }
    }
    return counted || unit || currency ? k : -1;
  }

  /** The index after the number words and figures from {@code k}, "two-thirds" included. */
  private int numberRun(List<Tagged> t, int k) {
    while (k < t.size()) {
      Tagged w = t.get(k);
      if (isFigure(w) || is(w, Words.NUMBER) || is(w, Words.SCALE) || is(w, Words.FRACTION)) {
        k++;
      } else if (w.lower().equals("-") && k + 1 < t.size()
          && t.get(k - 1).token().end() == w.token().start()
          && w.token().end() == t.get(k + 1).token().start()
          && (is(t.get(k + 1), Words.NUMBER) || is(t.get(k + 1), Words.FRACTION))) {
        k += 2;
      } else {
        break;
      }
    }
    return k;
  }

  /** The index after a unit starting at {@code k}, or {@code k} when none does. */
  private int unit(List<Tagged> t, int k) {
    for (List<String> unit : lexicon.units()) {
      if (k + unit.size() > t.size()) {
        continue;
      }
      boolean match = true;
      for (int u = 0; u < unit.size() && match; u++) {
        match = t.get(k + u).lower().equals(unit.get(u));
      }
      if (match) {
        return k + unit.size();
      }
    }
    return k;
  }

  /**
   * The index after the noun phrase that starts at {@code k}: adjectives, then nouns, and after
   * "of" a determiner first or a pronoun alone; {@code k} when there is no noun.
   */
  private static int phrase(List<Tagged> t, int k, boolean afterOf) {
    int end = k;
    for (int j = k; j < t.size() && j - k < MAX_PHRASE; j++) {
      String tag = t.get(j).tag();
      if (tag.equals("NOUN") || tag.equals("PROPN")) {
        end = j + 1;
      } else if (afterOf && tag.equals("PRON") && j == k && !startsPhrase(t, j + 1)) {
        return j + 1; // "two-thirds of them", but "half of your voters"
      } else if (end > k || !tag.equals("ADJ") && !(afterOf && j == k
          && (tag.equals("DET") || tag.equals("PRON")))) {
        break; // "20 points | last year"
      }
    }
    return end;
  }

  /** Whether token {@code i} continues the token before it, as "11" in "9/11". */
  private static boolean gluedToWord(List<Tagged> t, int i) {
    if (i == 0 || t.get(i - 1).token().end() != t.get(i).token().start()) {
      return false;
    }
    String before = t.get(i - 1).token().text();
    char c = before.charAt(before.length() - 1);
    return Character.isLetterOrDigit(c) || "/-.:".indexOf(c) >= 0;
  }

  private static boolean startsPhrase(List<Tagged> t, int j) {
    if (j >= t.size()) {
      return false;
    }
    String tag = t.get(j).tag();
    return tag.equals("NOUN") || tag.equals("PROPN") || tag.equals("ADJ");
  }

  private boolean is(Tagged w, Words kind) {
    return lexicon.is(kind, w.lower());
  }

  /** Digits with thousands separators and a decimal point: "2,500", "4.5". */
  private static boolean isFigure(Tagged w) {
    String s = w.token().text();
    if (s.isEmpty() || !Character.isDigit(s.charAt(0))
        || !Character.isDigit(s.charAt(s.length() - 1))) {
      return false;
    }
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (!Character.isDigit(c) && c != ',' && c != '.') {
        return false;
      }
    }
    return true;
  }

  /** Four digits from 1000 to 2199 without separators. */
  private static boolean isYear(Tagged w) {
    String s = w.token().text();
    return s.length() == 4 && isFigure(w) && s.indexOf(',') < 0 && s.indexOf('.') < 0
        && (s.charAt(0) == '1' || s.charAt(0) == '2' && s.charAt(1) <= '1');
  }
}
