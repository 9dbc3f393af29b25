package org.quotekit.internal;

import java.util.List;
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

  /** Whether the region {@code [from, to)} of {@code text} is an age word, whole. */
  public static boolean isAge(CharSequence text, int from, int to) {
    return WORD.matcher(text).region(from, to).matches();
  }

  /** Whether the region {@code [from, to)} of {@code text} opens with an age word. */
  public static boolean opens(CharSequence text, int from, int to) {
    return OPENING.matcher(text).region(from, to).lookingAt();
  }
}
