package org.quotekit.resolve;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The name mentions of an article indexed by the word right before them, past spaces or tabs and
 * an optional comma ("general" of "the inspector general, Ann Roe"), so that the resolver can ask
 * which names follow a post without running a pattern over the whole text for each mention: asked
 * once per mention, that scan made long articles quadratic. A name with no space or tab right
 * before it is not indexed. Immutable once built.
 */
final class NamesAfterWords {

  private final Map<String, List<NameMention>> byWord = new HashMap<>();
  private final Map<Character, List<NameMention>> byInitial = new HashMap<>();

  NamesAfterWords(String text, List<NameMention> names) {
    for (NameMention n : names) {
      int end = n.span.start();
      int at = end;
      while (at > 0 && (text.charAt(at - 1) == ' ' || text.charAt(at - 1) == '\t')) {
        at--;
      }
      if (at == end) {
        continue;
      }
      if (at > 0 && text.charAt(at - 1) == ',') {
        at--;
      }
      String word = key(text, at);
      byWord.computeIfAbsent(word, w -> new ArrayList<>()).add(n);
      if (!word.isEmpty()) {
        byInitial.computeIfAbsent(word.charAt(0), c -> new ArrayList<>()).add(n);
      }
    }
  }

  /**
   * The names, in text order, after a word that ends as {@code word} does: the same letters and
   * digits at its end, in small letters.
   */
  List<NameMention> after(String word) {
    return byWord.getOrDefault(key(word, word.length()), List.of());
  }

  /** The names, in text order, after a word whose letters at its end begin with {@code c}. */
  List<NameMention> afterWordStarting(char c) {
    return byInitial.getOrDefault(Character.toLowerCase(c), List.of());
  }

  /** The letters and digits that end {@code s} at {@code end}, in small letters; "" if none. */
  private static String key(String s, int end) {
    int k = end;
    while (k > 0 && Character.isLetterOrDigit(s.charAt(k - 1))) {
      k--;
    }
    return s.substring(k, end).toLowerCase(Locale.ROOT);
  }
}
