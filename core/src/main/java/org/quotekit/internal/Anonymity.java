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
