package org.quotekit.internal;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.quotekit.spi.Token;

/**
 * One sense per surname in an article. The tagger reads each sentence alone, so a surname that is
 * also an English word loses its name tag where no first name stands before it: "Trump said"
 * (ADJ or NOUN), "Sanders said" (NOUN, a plural), "Will said" (AUX), "Schlafly warned" (ADV).
 * Every later step reads names by their tag, so the speaker is lost there and found where the
 * full name stands; even "George Will spoke" tags Will AUX. A word the article writes as a
 * surname, straight after a first name or Mr./Mrs./Ms./Dr. (with a middle initial between or
 * not: "Donald J. Trump"), or after one of those titles and a first name the list lacks ("Dr.
 * Imelda Farrow"), is a name wherever else the article capitalises it, possessive or
 * not, except a function word opening its sentence or quotation ("Will he run?"): there it is a
 * name only when a verb or a comma follows ("Will said", "Will, who"). Stateless and
 * thread-safe.
 */
final class SurnameTags {
  private static final String FIRST_NAMES = "/org/quotekit/resolve/first-names.txt";
  private static final Set<String> FIRST = load();
  private static final Set<String> TITLES = Set.of("Mr.", "Mrs.", "Ms.", "Dr.");

  private SurnameTags() {}

  private static Set<String> load() {
    Set<String> out = new HashSet<>();
    for (String line : ResourceLines.of(SurnameTags.class, FIRST_NAMES)) {
      out.add(line.split("\\s+")[0]); // "Aaron m": the name, not its gender
    }
    return Set.copyOf(out);
  }

  /**
   * The words the article writes as surnames: capitalised, straight after a first name or title
   * tagged PROPN, or after such a first name and a middle initial, and not before another
   * capitalised word (a title-case headline: "Hillary Just Vowed"). A word tagged as a function
   * word counts only before a verb or punctuation ("George Will said", not "Jane The Virgin").
   */
  static Set<String> surnames(List<List<Token>> tokens, List<String[]> tags) {
    Set<String> out = new HashSet<>();
    for (int i = 0; i < tokens.size(); i++) {
      List<Token> toks = tokens.get(i);
      String[] t = tags.get(i);
      for (int k = 1; k < toks.size(); k++) {
        String w = toks.get(k).text();
        if (!nameShaped(w) || Analysis.CLOSED_CLASSES.contains(t[k]) && !(k + 1 == toks.size()
            || t[k + 1].equals("VERB") || t[k + 1].equals("PUNCT"))) {
          continue; // "Jane The Virgin", "Paul At The Vatican"; not "George Will said"
        }
        if (k + 1 < toks.size() && Character.isUpperCase(toks.get(k + 1).text().charAt(0))) {
          continue; // a title-case headline: "Hillary Just Vowed to ..."
        }
        int f = k - 1;
        if (f > 0 && isInitial(toks.get(f).text())) {
          f--;
        }
        String before = toks.get(f).text();
        if (t[f].equals("PROPN") && (FIRST.contains(before) || TITLES.contains(before))) {
          out.add(bare(w));
        } else if (f > 0 && TITLES.contains(toks.get(f - 1).text()) && nameShaped(before)) {
          out.add(bare(w)); // "Dr. Imelda Farrow": a title, a first name the list lacks
        }
      }
    }
    return out;
  }

  /**
   * Tags PROPN a listed first name straight before a word tagged PROPN, where the tagger, reading
   * a name it does not know at the start of a sentence, took it for something else: "Hiroshi
   * Tanaka, the chief executive, said" (INTJ), "Chinedu Okafor said" (ADJ). The surname after it
   * then counts as one ({@link #surnames}).
   */
  static void retagFirstNames(List<Token> toks, String[] tags) {
    for (int k = 0; k + 1 < tags.length; k++) {
      if (!tags[k].equals("PROPN") && tags[k + 1].equals("PROPN")
          && FIRST.contains(toks.get(k).text())) {
        tags[k] = "PROPN";
      }
    }
  }

  /** Tags each capitalised occurrence of a surname PROPN, as the class Javadoc says. */
  static void retag(List<Token> toks, String[] tags, Set<String> surnames) {
    for (int k = 0; k < tags.length; k++) {
      if (tags[k].equals("PROPN") || !surnames.contains(bare(toks.get(k).text()))) {
        continue;
      }
      if (Analysis.CLOSED_CLASSES.contains(tags[k]) && opens(toks, k)) {
        boolean nameFollows = k + 1 < tags.length
            && (tags[k + 1].equals("VERB") || toks.get(k + 1).text().equals(","));
        if (!nameFollows) {
          continue;
        }
      }
      tags[k] = "PROPN";
    }
  }

  /** Whether token k opens its sentence, a quotation or a clause after a colon or dash. */
  private static boolean opens(List<Token> toks, int k) {
    if (k == 0) {
      return true;
    }
    String prev = toks.get(k - 1).text();
    char c = prev.charAt(prev.length() - 1);
    return !Character.isLetterOrDigit(c) && c != ',' && c != '.';
  }

  /** A capitalised word with a lower-case letter in it: Trump, O'Connor, McCain; not NATO. */
  private static boolean nameShaped(String w) {
    if (w.length() < 2 || !Character.isUpperCase(w.charAt(0))) {
      return false;
    }
    boolean lower = false;
    for (int i = 1; i < w.length(); i++) {
      char c = w.charAt(i);
      if (Character.isLowerCase(c)) {
        lower = true;
      } else if (!Character.isLetter(c) && c != '\'' && c != '\u2019' && c != '-') {
        return false;
      }
    }
    return lower;
  }

  /** The word without a possessive ending: "Sanders's", "Sanders'" and "Sanders" are one. */
  private static String bare(String w) {
    String v = w.replace('\u2019', '\'');
    if (v.endsWith("'s")) {
      return v.substring(0, v.length() - 2);
    }
    return v.endsWith("'") ? v.substring(0, v.length() - 1) : v;
  }

  /** A middle initial: "J." */
  private static boolean isInitial(String w) {
    return w.length() == 2 && Character.isUpperCase(w.charAt(0)) && w.charAt(1) == '.';
  }
}
