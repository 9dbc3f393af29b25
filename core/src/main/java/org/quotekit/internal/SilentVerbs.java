package org.quotekit.internal;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.quotekit.spi.Token;

/**
 * Verbs that look like speech cues where they report nothing, which every cue detector skips:
 * the anonymity formula and the reason given for it ({@link Anonymity}: "who asked not to be
 * named because he feared retaliation said ...", "was not authorized to speak"), and "recall"
 * of goods or of an envoy ("is recalling about 1.2 million heaters", "the ambassador was
 * recalled"), where "she recalled that ..." reports speech, and "point" the noun of a measure
 * ("by a quarter of a percentage point to 2.5 per cent"). Stateless.
 */
public final class SilentVerbs {
  private static final Set<String> RECALL = Set.of("recall", "recalls", "recalling",
      "recalled");
  /** Words that open the object of a recall of goods ("about 1.2 million", "its heaters"). */
  private static final Set<String> GOODS_OPENERS = Set.of("about", "nearly", "around",
      "almost", "some", "more", "over", "roughly", "approximately", "all", "its", "their",
      "thousands", "hundreds", "millions", "batches", "units", "vehicles", "cars", "products");
  private static final Set<String> BE = Set.of("be", "is", "are", "was", "were", "been",
      "being");

  /** Verbs of a share price that follow "shares" the noun: "Brandauer shares closed higher". */
  private static final Set<String> PRICE_MOVES = Set.of("closed", "rose", "fell", "slid",
      "jumped", "gained", "dropped", "climbed", "tumbled", "plunged", "surged", "sank",
      "slumped", "soared", "ended", "traded", "finished", "edged", "lost", "rallied", "dipped",
      "opened", "were", "have", "had", "are", "hit", "touched", "rebounded", "declined");

  /**
   * Words before "point" or "points" that make it the noun of a measure or a score ("a
   * percentage point to", "25 basis points to"), where "analysts point to" reports speech.
   */
  private static final Set<String> POINT_NOUN_BEFORE = Set.of("percentage", "percent",
      "basis", "a", "one", "half", "each", "every", "another", "the");

  private SilentVerbs() {}

  /** Whether the cue verb at token {@code i} reports no speech here. */
  public static boolean at(List<Token> toks, int i) {
    return Anonymity.verbAt(toks, i) || Anonymity.reasonAt(toks, i) || goodsRecall(toks, i)
        || stockShares(toks, i);
  }

  /**
   * Whether token {@code i} is "point" or "points" the noun of a measure ("basis points"): the
   * detectors ask it before any cue, of one word or more ("point to"), as {@link #at} is asked of
   * one-word cues.
   */
  public static boolean measurePoint(List<Token> toks, int i) {
    String w = word(toks, i);
    if (i == 0 || !w.equals("point") && !w.equals("points")) {
      return false;
    }
    String before = toks.get(i - 1).text();
    return Character.isDigit(before.charAt(0)) || POINT_NOUN_BEFORE.contains(word(toks, i - 1));
  }

  /**
   * Whether token {@code i} is "shares" the noun of a company's stock: after a capitalised word
   * or a possessive, before a verb of its price ("Velmora shares fell 3 percent", "the group's
   * shares closed higher"); "she shares their view" reports speech.
   */
  static boolean stockShares(List<Token> toks, int i) {
    if (i == 0 || i + 1 >= toks.size() || !word(toks, i).equals("shares")) {
      return false;
    }
    String before = toks.get(i - 1).text();
    boolean owner = Character.isUpperCase(before.charAt(0)) || before.endsWith("'s")
        || before.endsWith("\u2019s") || before.equals("its") || before.equals("their");
    return owner && PRICE_MOVES.contains(word(toks, i + 1));
  }

  /**
   * Whether token {@code i} is "recall" of goods or of someone sent back: a number, a quantity
   * word or an owner after it, or a form of "be" before it.
   */
  static boolean goodsRecall(List<Token> toks, int i) {
    if (!RECALL.contains(word(toks, i))) {
      return false;
    }
    if (i > 0 && BE.contains(word(toks, i - 1))) {
      return true; // "the ambassador was recalled", "the maker is recalling heaters"
    }
    if (i + 1 >= toks.size()) {
      return false;
    }
    String next = toks.get(i + 1).text();
    return Character.isDigit(next.charAt(0)) || GOODS_OPENERS.contains(word(toks, i + 1));
  }

  private static String word(List<Token> toks, int k) {
    return toks.get(k).text().toLowerCase(Locale.ROOT);
  }
}
