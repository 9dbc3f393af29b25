package org.quotekit.internal;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.quotekit.spi.Token;

/**
 * The formula by which news copy keeps a source unnamed: "who declined to be named", "asked not
 * to be identified", "did not want to be quoted", "declined to give his name", "requested
 * anonymity", "spoke on condition of anonymity", "asked that his name not be used", "did not
 * want her name in print". Its verb reports no speech, and a quote built
 * on it swallows the words the source then says ("who asked not to be named said the cranes
 * ..."). Stateless.
 */
public final class Anonymity {
  private static final Set<String> KEPT_FROM = Set.of("named", "identified", "quoted");
  private static final Set<String> OWNERS = Set.of("his", "her", "their", "a");
  private static final Set<String> NAME_KINDS = Set.of("full", "last", "first", "family");
  /** Verbs of saying, which a condition of anonymity after them does not silence. */
  private static final Set<String> SAYING = Set.of("said", "says", "say", "saying", "told",
      "tells", "tell", "telling", "added", "adds", "wrote", "writes");

  private Anonymity() {}

  /**
   * Whether token {@code i} is a verb of the formula: the one that opens it or its participle
   * ("not to be [named]").
   */
  public static boolean verbAt(List<Token> toks, int i) {
    return opensAt(toks, i) || i >= 2 && KEPT_FROM.contains(word(toks, i))
        && word(toks, i - 1).equals("be")
        && (word(toks, i - 2).equals("to") || word(toks, i - 2).equals("not"));
  }

  /** Whether the verb at token {@code i} opens the formula. */
  public static boolean opensAt(List<Token> toks, int i) {
    int k = i + 1;
    if (k < toks.size() && (word(toks, k).equals("not") || word(toks, k).equals("n't"))) {
      k++;
    }
    if (k + 2 < toks.size() && word(toks, k).equals("to") && word(toks, k + 1).equals("be")
        && KEPT_FROM.contains(word(toks, k + 2))) {
      return true; // "declined to be named", "asked not to be identified"
    }
    if (k + 3 < toks.size() && word(toks, k).equals("to") && word(toks, k + 1).equals("give")
        && OWNERS.contains(word(toks, k + 2))) {
      int n = NAME_KINDS.contains(word(toks, k + 3)) ? k + 4 : k + 3;
      return n < toks.size() && (word(toks, n).equals("name") || word(toks, n).equals("names"));
    } // "declined to give his name", "did not want to give their full names"
    if (nameWithheld(toks, k)) {
      return true; // "asked that his name not be used", "did not want her name in print"
    }
    if (k < toks.size() && word(toks, k).equals("anonymity")) {
      return true; // "requested anonymity"
    }
    int c = k < toks.size() && word(toks, k).equals("on") && !SAYING.contains(word(toks, i))
        ? k + 1 : -1; // "an official said on condition of anonymity" is said
    if (c > 0 && c < toks.size() && word(toks, c).equals("the")) {
      c++;
    }
    return c > 0 && c + 2 < toks.size() && word(toks, c).equals("condition")
        && word(toks, c + 1).equals("of") && word(toks, c + 2).equals("anonymity");
  }

  /** Participles of a permission a source lacks ("not authorized to speak"). */
  private static final Set<String> PERMITTED = Set.of("authorized", "authorised", "allowed",
      "permitted", "cleared", "entitled");
  /** Verbs of speaking a source is not permitted ("not authorized to [discuss] the talks"). */
  private static final Set<String> PERMITTED_SPEECH = Set.of("speak", "comment", "discuss",
      "talk", "disclose", "describe", "address", "release", "reveal", "share");
  /** Words that open the reason for anonymity ("because he feared retaliation"). */
  private static final Set<String> REASONS = Set.of("because", "since", "as");
  /** How many tokens from a reason's verb its formula and its verb of saying may stand. */
  private static final int REASON_WINDOW = 16;

  /**
   * Whether token {@code i} is a verb of the reason a source is kept unnamed, which reports no
   * speech: the permission it lacks and the speaking it is not permitted ("was not authorized
   * to speak", "were not allowed to publicly discuss"), or any verb of a clause opened by
   * "because" right after the formula and before the verb of saying whose subject it describes
   * ("who asked not to be named because he feared retaliation said ..."; not "said the woman,
   * who spoke on condition of anonymity because she feared ...", which reports her fear).
   */
  public static boolean reasonAt(List<Token> toks, int i) {
    String w = word(toks, i);
    if (PERMITTED.contains(w) && i >= 1 && i + 1 < toks.size() && negated(toks, i - 1)
        && word(toks, i + 1).equals("to")) {
      return true;
    }
    if (PERMITTED_SPEECH.contains(w) && i >= 3) {
      int to = word(toks, i - 1).equals("to") ? i - 1
          : word(toks, i - 1).endsWith("ly") && word(toks, i - 2).equals("to") ? i - 2 : -1;
      if (to >= 2 && PERMITTED.contains(word(toks, to - 1)) && negated(toks, to - 2)) {
        return true;
      }
    }
    if (SAYING.contains(w)) {
      return false;
    }
    for (int k = i - 1; k >= 1 && k >= i - REASON_WINDOW; k--) {
      String b = word(toks, k);
      if (SAYING.contains(b) || b.equals(",") || b.equals(".")) {
        return false;
      }
      if (REASONS.contains(b)) {
        if (!sayingAfter(toks, i)) {
          return false; // "said the woman, who spoke on condition of anonymity because she
          // feared her employer would ...": the reason closes the sentence, and its verb reports
        }
        for (int m = k - 1; m >= 0 && m >= k - REASON_WINDOW; m--) {
          if (verbAt(toks, m)) {
            return true;
          }
          if (SAYING.contains(word(toks, m))) {
            return false;
          }
        }
        return false;
      }
    }
    return false;
  }

  /**
   * Whether a verb of saying follows token {@code i} in its sentence, within
   * {@value #REASON_WINDOW} tokens: the verb whose subject the reason for anonymity describes.
   */
  private static boolean sayingAfter(List<Token> toks, int i) {
    for (int k = i + 1; k < toks.size() && k <= i + REASON_WINDOW; k++) {
      String w = word(toks, k);
      if (SAYING.contains(w)) {
        return true;
      }
      if (w.equals(".") || w.equals("?") || w.equals("!")) {
        return false;
      }
    }
    return false;
  }

  /** Whether token {@code k} is "not" or "n't" ("was not authorized", "wasn't allowed"). */
  private static boolean negated(List<Token> toks, int k) {
    String w = word(toks, k);
    return w.equals("not") || w.endsWith("n't");
  }

  /** Participles by which a name is kept out ("his name not be used"). */
  private static final Set<String> WITHHELD = Set.of("used", "published", "printed", "given",
      "disclosed", "revealed", "mentioned", "identified");

  /**
   * Whether the words from token {@code k} keep a name out: "that" at most, an owner and
   * "name", then "not be" and a participle of {@link #WITHHELD} ("(asked) that his name not be
   * used") or "in print", "published", "used" ("(did not want) her name in print").
   */
  private static boolean nameWithheld(List<Token> toks, int k) {
    if (k < toks.size() && word(toks, k).equals("that")) {
      k++;
    }
    if (k + 1 >= toks.size() || !OWNERS.contains(word(toks, k))) {
      return false;
    }
    int n = NAME_KINDS.contains(word(toks, k + 1)) ? k + 2 : k + 1;
    if (n + 1 >= toks.size() || !word(toks, n).equals("name") && !word(toks, n).equals("names")) {
      return false;
    }
    String next = word(toks, n + 1);
    if (next.equals("not") && n + 3 < toks.size() && word(toks, n + 2).equals("be")) {
      return WITHHELD.contains(word(toks, n + 3));
    }
    return next.equals("in") && n + 2 < toks.size() && word(toks, n + 2).equals("print")
        || WITHHELD.contains(next);
  }

  private static String word(List<Token> toks, int k) {
    return toks.get(k).text().toLowerCase(Locale.ROOT);
  }
}
