package org.quotekit.internal;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.quotekit.spi.Token;

/**
 * One sense per acronym in an article. An acronym the article defines in brackets ("the
 * Christian Association of Nigeria (CAN)") is a name wherever else it stands, but the tagger
 * reads each sentence alone and takes one that spells an English word for that word ("CAN also
 * urged calm": AUX), so the step that finds sources loses it. Stateless and thread-safe.
 */
final class AcronymTags {

  private AcronymTags() {}

  /**
   * The acronyms the article defines in brackets, two to six capitals alone between "(" and ")"
   * ("the Christian Association of Nigeria (CAN)").
   */
  static Set<String> defined(List<List<Token>> tokens) {
    Set<String> out = new HashSet<>();
    for (List<Token> toks : tokens) {
      for (int k = 1; k + 1 < toks.size(); k++) {
        String w = toks.get(k).text();
        if (toks.get(k - 1).text().equals("(") && toks.get(k + 1).text().equals(")")
            && w.length() >= 2 && w.length() <= 6 && w.chars().allMatch(c -> c >= 'A'
                && c <= 'Z')) {
          out.add(w);
        }
      }
    }
    return out;
  }

  /**
   * Tags PROPN each word written as an acronym the article defined in brackets, where the tagger
   * read it as the English word it spells ("CAN also urged calm": AUX), unless its neighbours are
   * in capitals too (a headline in capitals: "WE CAN WIN"); the definition in brackets keeps its
   * tag.
   */
  static void retag(List<Token> toks, String[] tags, Set<String> acronyms) {
    if (acronyms.isEmpty()) {
      return;
    }
    for (int k = 0; k < tags.length; k++) {
      if (tags[k].equals("PROPN") || !acronyms.contains(toks.get(k).text())
          || k > 0 && toks.get(k - 1).text().equals("(") // the definition, as the tagger read it
          || k > 0 && capitalsWord(toks.get(k - 1).text())
          || k + 1 < tags.length && capitalsWord(toks.get(k + 1).text())) {
        continue;
      }
      tags[k] = "PROPN";
    }
  }

  /** Whether a word has two letters or more and no small letter (a headline's "WE CAN"). */
  static boolean capitalsWord(String w) {
    return w.chars().filter(Character::isLetter).count() >= 2
        && w.chars().noneMatch(Character::isLowerCase);
  }
}
