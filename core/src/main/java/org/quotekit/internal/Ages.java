package org.quotekit.internal;

import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.quotekit.spi.Token;

/**
 * An age written as one word ("54-year-old", "18-month-old", "the 30-year-olds"): one token for
 * the tokenizer, an adjective or noun for the tagger, a description of a person for the speaker
 * resolver. Stateless.
 */
public final class Ages {
  private static final Pattern WORD = Pattern.compile("\\d+-(?:year|month|week|day)s?-olds?");
  /** An age word at the start of a region, as a whole word ("71-year-old diplomat"). */
  private static final Pattern OPENING = Pattern.compile(WORD.pattern() + "\\b");
  /** A bare number a person's age may be, 1 to 119. */
  private static final Pattern BARE = Pattern.compile("[1-9][0-9]?|1[01][0-9]");
  /** The number words below twenty, by value. */
  private static final List<String> UNITS = List.of("zero", "one", "two", "three", "four",
      "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve", "thirteen", "fourteen",
      "fifteen", "sixteen", "seventeen", "eighteen", "nineteen");
  /** The number words for the tens from twenty to ninety, in order. */
  private static final List<String> TENS = List.of("twenty", "thirty", "forty", "fifty", "sixty",
      "seventy", "eighty", "ninety");
  /**
   * An age in years spelled out, then white space, at the end of a region: "Nineteen-year-old ",
   * "twenty-two-year-old " (group 1 its tens or units, group 2 the units after tens).
   */
  private static final Pattern SPELLED_BEFORE = Pattern.compile("(?i)(?<![\\p{L}-])("
      + String.join("|", TENS) + "|" + String.join("|", UNITS.subList(1, UNITS.size()))
      + ")(?:-(" + String.join("|", UNITS.subList(1, 10)) + "))?[ -]year[ -]old[ \\t]+$");

  private Ages() {}

  /** Whether {@code w} is an age word. */
  public static boolean isAge(CharSequence w) {
    return w.length() >= 9 && Character.isDigit(w.charAt(0)) && WORD.matcher(w).matches();
  }

  /**
   * Whether {@code w} is a bare number a person's age may be (1 to 119), as news sets one off by
   * commas after a name: "Tahere, 29, whose ...", "Ravinesh Prasad, 47, of Namoli".
   */
  public static boolean isBareAge(String w) {
    return !w.isEmpty() && w.length() <= 3 && Character.isDigit(w.charAt(0))
        && BARE.matcher(w).matches();
  }

  /**
   * Whether a bare age stands set off by commas from token {@code comma} on (a comma, the age, a
   * comma), as news writes it after a name: "Tahere, 29, whose ...", "X, 47, of Namoli".
   */
  public static boolean betweenCommas(List<Token> toks, int comma) {
    return comma >= 0 && comma + 2 < toks.size() && toks.get(comma).text().equals(",")
        && isBareAge(toks.get(comma + 1).text()) && toks.get(comma + 2).text().equals(",");
  }

  /**
   * The years of an age spelled out in words that ends the region {@code [from, to)} of {@code
   * text}, white space after it, as news sets one before a name ("Nineteen-year-old Shanique
   * Ricketts": 19; "twenty-two-year-old": 22); -1 when the region ends in none.
   */
  public static int spelledBefore(CharSequence text, int from, int to) {
    Matcher m = SPELLED_BEFORE.matcher(text).region(from, to);
    if (!m.find()) {
      return -1;
    }
    String first = m.group(1).toLowerCase(Locale.ROOT);
    int tens = TENS.indexOf(first);
    return tens < 0 ? UNITS.indexOf(first) : (tens + 2) * 10
        + (m.group(2) == null ? 0 : UNITS.indexOf(m.group(2).toLowerCase(Locale.ROOT)));
  }

  /** Whether the region {@code [from, to)} of {@code text} is an age word, whole. */
  public static boolean isAge(CharSequence text, int from, int to) {
    return WORD.matcher(text).region(from, to).matches();
  }

  /** Whether the region {@code [from, to)} of {@code text} opens with an age word. */
  public static boolean opens(CharSequence text, int from, int to) {
    return OPENING.matcher(text).region(from, to).lookingAt();
  }
}
