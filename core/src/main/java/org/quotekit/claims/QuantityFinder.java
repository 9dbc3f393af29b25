package org.quotekit.claims;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.quotekit.Quantity;
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
 * A range ("60 to 75 cents", "between six and eight hours") is one quantity, and so is a rate
 * after it ("a share", "per hectare"). Each quantity gets its normalised value and unit
 * ({@link Quantity}).
 * Runs in time linear in the tokens. Immutable and thread-safe.
 */
final class QuantityFinder {
  /** At most this many tokens of a counted noun phrase. */
  private static final int MAX_PHRASE = 6;

  /** The values of English number words, scale words and fractions. */
  private static final Map<String, Double> VALUES = Map.ofEntries(
      Map.entry("zero", 0.0), Map.entry("one", 1.0), Map.entry("two", 2.0),
      Map.entry("three", 3.0), Map.entry("four", 4.0), Map.entry("five", 5.0),
      Map.entry("six", 6.0), Map.entry("seven", 7.0), Map.entry("eight", 8.0),
      Map.entry("nine", 9.0), Map.entry("ten", 10.0), Map.entry("eleven", 11.0),
      Map.entry("twelve", 12.0), Map.entry("thirteen", 13.0), Map.entry("fourteen", 14.0),
      Map.entry("fifteen", 15.0), Map.entry("sixteen", 16.0), Map.entry("seventeen", 17.0),
      Map.entry("eighteen", 18.0), Map.entry("nineteen", 19.0), Map.entry("twenty", 20.0),
      Map.entry("thirty", 30.0), Map.entry("forty", 40.0), Map.entry("fifty", 50.0),
      Map.entry("sixty", 60.0), Map.entry("seventy", 70.0), Map.entry("eighty", 80.0),
      Map.entry("ninety", 90.0), Map.entry("hundred", 100.0), Map.entry("hundreds", 100.0),
      Map.entry("thousand", 1e3), Map.entry("thousands", 1e3), Map.entry("million", 1e6),
      Map.entry("millions", 1e6), Map.entry("billion", 1e9), Map.entry("billions", 1e9),
      Map.entry("trillion", 1e12), Map.entry("trillions", 1e12), Map.entry("dozen", 12.0),
      Map.entry("dozens", 12.0), Map.entry("half", 0.5), Map.entry("halves", 0.5),
      Map.entry("third", 1 / 3.0), Map.entry("thirds", 1 / 3.0), Map.entry("quarter", 0.25),
      Map.entry("quarters", 0.25), Map.entry("fifth", 0.2), Map.entry("fifths", 0.2),
      Map.entry("tenth", 0.1), Map.entry("tenths", 0.1));
  /** ISO codes of currency symbols and words; a hundredth ("cents") is divided by 100. */
  private static final Map<String, String> CURRENCIES = Map.of("$", "USD", "dollars", "USD",
      "dollar", "USD", "€", "EUR", "euros", "EUR", "euro", "EUR", "£", "GBP", "pounds", "GBP",
      "¥", "JPY", "yen", "JPY");
  private static final Map<String, String> HUNDREDTHS = Map.of("cents", "USD", "cent", "USD",
      "pence", "GBP", "penny", "GBP");

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
   * The quantities among {@code tokens}, in text order and not overlapping, with their values.
   *
   * @param text the article text the tokens point into
   */
  List<Quantity> find(String text, List<Tagged> tokens) {
    List<Quantity> out = new ArrayList<>();
    int i = 0;
    while (i < tokens.size()) {
      Match m = match(tokens, i);
      if (m != null) {
        out.add(new Quantity(Span.of(text, tokens.get(i).token().start(),
            tokens.get(m.end() - 1).token().end()), m.value(), m.upper(), m.unit()));
        i = m.end();
      } else {
        i++;
      }
    }
    return out;
  }

  /** A quantity found: the index after it, its value(s) and unit. */
  private record Match(int end, double value, double upper, String unit) {}

  /** The quantity that starts at token {@code i}, or null. */
  private Match match(List<Tagged> t, int i) {
    int n = t.size();
    int k = i;
    String glued = t.get(k).lower().substring(0, 1);
    boolean gluedCurrency = CURRENCIES.containsKey(glued) && t.get(k).lower().length() > 1
        && isFigure(t.get(k));
    boolean currency = gluedCurrency || lexicon.is(Words.CURRENCY, t.get(k).lower())
        && k + 1 < n && isFigure(t.get(k + 1));
    boolean article = !currency && (t.get(k).lower().equals("a") || t.get(k).lower().equals("an"))
        && k + 1 < n && (is(t.get(k + 1), Words.SCALE) || is(t.get(k + 1), Words.FRACTION));
    if (currency && !gluedCurrency || article) {
      k++;
    }
    Tagged first = t.get(k);
    if (!currency && !article) {
      Match measure = measure(t, i);
      if (measure != null) {
        return measure;
      }
    }
    if (!isFigure(first) && !is(first, Words.NUMBER) && !is(first, Words.SCALE)
        && !is(first, Words.FRACTION)) {
      return null;
    }
    if (!currency && isYear(first) || k == i && gluedToWord(t, i)) {
      return null; // "in 2014", "9/11", "COVID-19"
    }
    if (k == i && !isFigure(first) && i > 0 && is(t.get(i - 1), Words.DEFINITE)) {
      return null;
    }
    boolean ordinalLike = is(first, Words.FRACTION) && !article; // "third round"; "half of"
    int numberStart = k;
    k = numberRun(t, k + 1);
    Tagged last = t.get(k - 1);
    if (k == numberStart + 1 && !currency && !article && is(first, Words.VAGUE)
        || k < n && is(t.get(k), Words.CLOCK)) {
      return null; // "one day", "3 a.m."
    }
    double value = value(t, numberStart, k);
    double upper = value;
    int[] range = range(t, i, k, currency);
    if (range != null && value(t, range[0], range[1]) > value) {
      upper = value(t, range[0], range[1]);
      k = range[1];
      last = t.get(k - 1);
    }
    String unit = gluedCurrency ? CURRENCIES.get(glued)
        : currency ? CURRENCIES.get(t.get(i).lower()) : "";
    boolean hasUnit = false;
    int afterUnit = unit(t, k);
    if (afterUnit > k) {
      hasUnit = true;
      unit = "%";
      k = afterUnit;
    }
    boolean counted = false;
    if (!ordinalLike && !hasUnit) {
      int end = phrase(t, k, false);
      if (end > k) {
        String head = t.get(end - 1).lower();
        if (HUNDREDTHS.containsKey(head) && !currency) {
          value /= 100;
          upper /= 100;
          unit = HUNDREDTHS.get(head);
        } else if (CURRENCIES.containsKey(head) && !currency) {
          unit = CURRENCIES.get(head);
        } else if (!currency) {
          unit = head;
        }
        k = end;
        counted = true;
      }
    }
    boolean mayTakeOf = hasUnit || isFigure(last) || is(last, Words.SCALE)
        || is(last, Words.FRACTION);
    if (!counted && mayTakeOf && k + 1 < n && t.get(k).lower().equals("of")) {
      int end = phrase(t, k + 1, true);
      if (end > k + 1) {
        if (is(last, Words.FRACTION) && !hasUnit) {
          value *= 100; // "half of the homes": 50 %
          upper *= 100;
          unit = "%";
        } else if (!hasUnit && !currency) {
          unit = t.get(end - 1).lower();
        }
        k = end;
        counted = true;
      }
    }
    if (!(counted || hasUnit || currency)) {
      return null;
    }
    int rate = rate(t, k);
    if (rate > k) {
      unit = unit + "/" + t.get(rate - 1).lower();
      k = rate;
    }
    return new Match(k, value, upper, unit);
  }

  /**
   * A compound measure at token {@code i}: a figure or number word joined by a hyphen to a
   * measure noun of the lexicon, written as one token or several without spaces ("a 16-hour
   * shift", "a two-year deal", "a 10-day truce"), whose unit is that noun in the plural (16
   * hours, 2 years), or to a currency or a unit ("a 5-percent rise": 5 %); null when there is
   * none. Other nouns make no measure ("a two-state solution", "a three-way race"), nor do a
   * vague "one" ("one-time"), a year ("2015-style") and a number glued to a word before it.
   */
  private Match measure(List<Tagged> t, int i) {
    String number;
    String noun;
    int end;
    String w = t.get(i).token().text();
    int hyphen = w.indexOf('-');
    if (hyphen < 0 && (i + 1 >= t.size() || !glued(t, i + 1))) {
      return null; // neither "16-hour" nor "16" glued to "-hour"
    }
    if (hyphen > 0 && w.indexOf('-', hyphen + 1) < 0) {
      number = w.substring(0, hyphen);
      noun = w.substring(hyphen + 1);
      end = i + 1;
    } else if (i + 1 < t.size() && glued(t, i + 1) && t.get(i + 1).token().text().startsWith("-")
        && t.get(i + 1).token().text().length() > 1) {
      number = w;
      noun = t.get(i + 1).token().text().substring(1);
      end = i + 2;
    } else if (i + 2 < t.size() && t.get(i + 1).token().text().equals("-") && glued(t, i + 1)
        && glued(t, i + 2)) {
      number = w;
      noun = t.get(i + 2).token().text();
      end = i + 3;
    } else {
      return null;
    }
    String lower = number.toLowerCase(Locale.ROOT);
    Double word = lexicon.is(Words.NUMBER, lower) && !lexicon.is(Words.VAGUE, lower)
        ? VALUES.get(lower) : null;
    boolean figure = isFigure(number);
    if (word == null && !figure || noun.length() < 2 || !noun.chars().allMatch(Character::isLetter)
        || figure && number.length() == 4 && number.indexOf(',') < 0 && number.indexOf('.') < 0
        || gluedToWord(t, i)) {
      return null;
    }
    String unitWord = noun.toLowerCase(Locale.ROOT);
    double value = word != null ? word : parse(number.replace(",", ""));
    String unit = CURRENCIES.containsKey(unitWord) ? CURRENCIES.get(unitWord)
        : lexicon.is(Words.UNIT, unitWord) ? "%"
        : lexicon.is(Words.MEASURE, unitWord) ? plural(unitWord) : null;
    return unit == null ? null : new Match(end, value, value, unit);
  }

  /** Whether token {@code j} starts where the token before it ends. */
  private static boolean glued(List<Tagged> t, int j) {
    return t.get(j - 1).token().end() == t.get(j).token().start();
  }

  /** The plural of a measure noun: "hour" "hours", "century" "centuries", "inch" "inches". */
  private static String plural(String noun) {
    if (noun.equals("foot")) {
      return "feet";
    }
    int n = noun.length();
    if (noun.endsWith("y") && n > 1 && "aeiou".indexOf(noun.charAt(n - 2)) < 0) {
      return noun.substring(0, n - 1) + "ies";
    }
    if (noun.endsWith("s") || noun.endsWith("x") || noun.endsWith("ch") || noun.endsWith("sh")) {
      return noun + "es";
    }
    return noun + "s";
  }

  /**
   * Where the second number of a range stands, from its first token to the index after it, when
   * a range follows the number ending before {@code k} ("60 to 75", "between 1,200 and 1,500",
   * "$2,000 and $3,000"); null otherwise.
   */
  private int[] range(List<Tagged> t, int start, int k, boolean currency) {
    if (k + 1 >= t.size()) {
      return null;
    }
    String link = t.get(k).lower();
    boolean between = start > 0 && t.get(start - 1).lower().equals("between");
    if (!(link.equals("to") || link.equals("-") || link.equals("\u2013")
        || between && link.equals("and"))) {
      return null;
    }
    int j = k + 1;
    if (currency && j + 1 < t.size() && t.get(j).lower().equals(t.get(start).lower())) {
      j++;
    }
    Tagged w = t.get(j);
    if (!isFigure(w) && !is(w, Words.NUMBER) || isYear(w)) {
      return null;
    }
    return new int[] {j, numberRun(t, j + 1)};
  }

  /**
   * The index after a rate at {@code k} ("a day", "each month": a rate noun of the lexicon; "per"
   * and any noun: "per passenger"), or {@code k}.
   */
  private int rate(List<Tagged> t, int k) {
    if (k + 1 >= t.size()) {
      return k;
    }
    String w = t.get(k).lower();
    boolean per = w.equals("a") || w.equals("an") || w.equals("per") || w.equals("each");
    boolean anyNoun = w.equals("per") && t.get(k + 1).tag().equals("NOUN"); // "per passenger"
    return per && (anyNoun || is(t.get(k + 1), Words.RATE)) ? k + 2 : k;
  }

  /**
   * The value of the number tokens {@code [from, to)}: figures and number words added ("twenty
   * five"), a scale word multiplying what stands before it ("4.5 million"), a fraction taking a
   * part of it ("two-thirds") or standing alone ("half", "a quarter").
   */
  private static double value(List<Tagged> t, int from, int to) {
    double v = 0;
    boolean any = false;
    for (int j = from; j < to; j++) {
      String w = t.get(j).lower();
      if (w.equals("-")) {
        continue;
      }
      Double word = VALUES.get(w);
      if (isFigure(t.get(j))) {
        v += parse(digits(w).replace(",", ""));
        any = true;
      } else if (word != null && word < 1) {
        v = (any ? v : 1) * word;
        any = true;
      } else if (word != null && word >= 100 || word != null && word == 12 && w.startsWith("doz")) {
        v = (any ? v : 1) * word;
        any = true;
      } else if (word != null) {
        v += word;
        any = true;
      }
    }
    return v;
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
      if (tag.equals("NOUN") || tag.equals("PROPN")
          || j == k && !afterOf && pluralAfterFigure(t, j)) {
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

  /**
   * Whether token {@code j}, tagged as a verb, is rather the plural noun a figure counts ("2,000
   * trains"): a figure is not the subject of a verb in "-s".
   */
  private static boolean pluralAfterFigure(List<Tagged> t, int j) {
    return j > 0 && isFigure(t.get(j - 1)) && t.get(j).tag().equals("VERB")
        && t.get(j).lower().endsWith("s") && !t.get(j).lower().endsWith("ss");
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

  /** Digits with thousands separators and a decimal point: "2,500", "4.5", also "€30". */
  private static boolean isFigure(Tagged w) {
    return isFigure(digits(w.token().text()));
  }

  /** Whether {@code s} is digits with thousands separators and a decimal point: "2,500", "4.5". */
  private static boolean isFigure(String s) {
    if (s.isEmpty() || !isAsciiDigit(s.charAt(0)) || !isAsciiDigit(s.charAt(s.length() - 1))) {
      return false;
    }
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (!isAsciiDigit(c) && c != ',' && c != '.') {
        return false;
      }
    }
    return true;
  }

  /** The number a figure writes; a malformed one ("1.2.3") counts as 0. */
  private static double parse(String figure) {
    try {
      return Double.parseDouble(figure);
    } catch (NumberFormatException e) {
      return 0;
    }
  }

  /** A digit 0 to 9: other scripts' digits ("\u06F3") are not read as numbers. */
  private static boolean isAsciiDigit(char c) {
    return c >= '0' && c <= '9';
  }

  /** The text without a currency symbol glued to its front ("€30": "30"). */
  private static String digits(String s) {
    return s.length() > 1 && CURRENCIES.containsKey(s.substring(0, 1)) ? s.substring(1) : s;
  }

  /** Four digits from 1000 to 2199 without separators. */
  private static boolean isYear(Tagged w) {
    String s = w.token().text();
    return s.length() == 4 && isFigure(w) && s.indexOf(',') < 0 && s.indexOf('.') < 0
        && (s.charAt(0) == '1' || s.charAt(0) == '2' && s.charAt(1) <= '1');
  }
}
