package org.quotekit.resolve;

import java.text.Normalizer;
import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Set;

/**
 * Spelling-variant tests for transliterated names ("McCarry" and "Makari", "Gaddafi" and
 * "Qaddafi"): a compact Double Metaphone key (primary and alternate code of the main English
 * sound rules) plus the edit distance of a normalised spelling. Stateless and thread-safe.
 */
final class Phonetics {
  private static final int MAX_CODE = 6;

  private Phonetics() {}

  /**
   * Whether two surnames are probably one name spelt two ways: they differ, their normalised
   * spellings are at most one edit apart (two for names of six letters or more), and they share a
   * Double Metaphone code of at least two sounds (or, one letter apart, codes that differ only in
   * an m heard as n).
   */
  static boolean variants(String a, String b) {
    String x = skeleton(a);
    String y = skeleton(b);
    if (a.equalsIgnoreCase(b) || x.length() < 3 || y.length() < 3 || x.charAt(0) != y.charAt(0)
        && !sameSound(x.charAt(0), y.charAt(0))) {
      return false;
    }
    int allowed = Math.min(x.length(), y.length()) >= 6 ? 2 : 1;
    if (Math.abs(x.length() - y.length()) > allowed || distance(x, y) > allowed) {
      return false;
    }
    String[] ca = doubleMetaphone(a);
    String[] cb = doubleMetaphone(b);
    for (String p : ca) {
      for (String q : cb) {
        if (p.length() >= 2 && (p.equals(q) || nasalSwap(p, q) && distance(x, y) <= 1)) {
          return true; // the same sounds, or one letter apart with m for n (Wimes, Wines)
        }
      }
    }
    return false;
  }

  /**
   * Index keys under which a name is filed so that every possible variant shares at least one:
   * each Double Metaphone code, with every n written m.
   */
  static Set<String> keys(String name) {
    Set<String> keys = new LinkedHashSet<>();
    for (String code : doubleMetaphone(name)) {
      keys.add(code.replace('N', 'M'));
    }
    return keys;
  }

  /** Whether the codes are equal but for one m heard as n. */
  private static boolean nasalSwap(String p, String q) {
    if (p.length() != q.length()) {
      return false;
    }
    int differences = 0;
    for (int i = 0; i < p.length(); i++) {
      char a = p.charAt(i);
      char b = q.charAt(i);
      if (a != b) {
        if (!(a == 'M' && b == 'N' || a == 'N' && b == 'M')) {
          return false;
        }
        differences++;
      }
    }
    return differences == 1;
  }

  private static boolean sameSound(char a, char b) {
    String hard = "kcgq";
    return hard.indexOf(a) >= 0 && hard.indexOf(b) >= 0;
  }

  /**
   * A spelling with the differences transliterators make levelled out: lower case, no accents,
   * {@code ph f}, {@code ck k}, {@code q k}, hard {@code c k}, {@code y i}, {@code oo u}, {@code
   * dh th kh gh} without the {@code h}, and no doubled letters.
   */
  static String skeleton(String name) {
    String s = Normalizer.normalize(name, Normalizer.Form.NFD).toLowerCase(Locale.ROOT);
    StringBuilder letters = new StringBuilder();
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (c >= 'a' && c <= 'z') {
        letters.append(c);
      }
    }
    String t = letters.toString().replace("ph", "f").replace("ck", "k").replace("q", "k")
        .replace("oo", "u").replace("ou", "u").replace("ee", "i").replace("dh", "d")
        .replace("th", "t").replace("kh", "k").replace("gh", "g").replace('y', 'i');
    StringBuilder out = new StringBuilder();
    for (int i = 0; i < t.length(); i++) {
      char c = t.charAt(i);
      if (c == 'c' && !(i + 1 < t.length() && "eiy".indexOf(t.charAt(i + 1)) >= 0)) {
        c = 'k';
      }
      if (out.length() == 0 || out.charAt(out.length() - 1) != c) {
        out.append(c);
      }
    }
    return out.toString();
  }

  /** Levenshtein distance. */
  static int distance(String a, String b) {
    int[] prev = new int[b.length() + 1];
    int[] cur = new int[b.length() + 1];
    for (int j = 0; j <= b.length(); j++) {
      prev[j] = j;
    }
    for (int i = 1; i <= a.length(); i++) {
      cur[0] = i;
      for (int j = 1; j <= b.length(); j++) {
        int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
        cur[j] = Math.min(Math.min(cur[j - 1] + 1, prev[j] + 1), prev[j - 1] + cost);
      }
      int[] swap = prev;
      prev = cur;
      cur = swap;
    }
    return prev[b.length()];
  }

  /**
   * The primary and alternate Double Metaphone codes of a word (the main rules of Lawrence
   * Philips' algorithm, codes cut at six sounds; {@code 0} stands for "th", {@code X} for "sh").
   */
  static String[] doubleMetaphone(String word) {
    String w = Splits.NOT_A_CAPITAL.matcher(Normalizer.normalize(word, Normalizer.Form.NFD)
        .toUpperCase(Locale.ROOT)).replaceAll("");
    StringBuilder p = new StringBuilder();
    StringBuilder a = new StringBuilder();
    int n = w.length();
    int i = 0;
    if (n == 0) {
      return new String[] {"", ""};
    }
    if (w.startsWith("GN") || w.startsWith("KN") || w.startsWith("PN") || w.startsWith("WR")
        || w.startsWith("PS")) {
      i = 1;
    }
    if (w.charAt(0) == 'X') {
      add(p, a, "S");
      i = 1;
    }
    while (i < n && p.length() < MAX_CODE) {
      char c = w.charAt(i);
      switch (c) {
        case 'A', 'E', 'I', 'O', 'U', 'Y' -> {
          if (i == 0) {
            add(p, a, "A");
          }
          i++;
        }
        case 'B' -> {
          add(p, a, "P");
          i += at(w, i + 1, "B") ? 2 : 1;
        }
        case 'C' -> i = letterC(w, i, p, a);
        case 'D' -> {
          if (at(w, i, "DG") && i + 2 < n && "IEY".indexOf(w.charAt(i + 2)) >= 0) {
            add(p, a, "J");
            i += 3;
          } else {
            add(p, a, "T");
            i += at(w, i, "DT") || at(w, i, "DD") ? 2 : 1;
          }
        }
        case 'F', 'V' -> {
          add(p, a, "F");
          i += i + 1 < n && w.charAt(i + 1) == c ? 2 : 1;
        }
        case 'G' -> i = letterG(w, i, p, a);
        case 'H' -> {
          if ((i == 0 || vowel(w, i - 1)) && vowel(w, i + 1)) {
            add(p, a, "H");
          }
          i++;
        }
        case 'J' -> {
          add(p, a, "J", "H");
          i += at(w, i + 1, "J") ? 2 : 1;
        }
        case 'K', 'Q' -> {
          add(p, a, "K");
          i += i + 1 < n && (w.charAt(i + 1) == c || w.charAt(i + 1) == 'K') ? 2 : 1;
        }
        case 'L', 'M', 'N', 'R' -> {
          if (c == 'R' && i == n - 1 && i >= 2 && at(w, i - 2, "IE")) {
            add(p, a, "", "R"); // French "-ier": silent in the primary code
          } else {
            add(p, a, String.valueOf(c));
          }
          i += i + 1 < n && w.charAt(i + 1) == c ? 2 : 1;
          if (c == 'M' && at(w, i, "B") && i == n - 1) {
            i++; // "Plumb"
          }
        }
        case 'P' -> {
          if (at(w, i + 1, "H")) {
            add(p, a, "F");
            i += 2;
          } else {
            add(p, a, "P");
            i += at(w, i + 1, "P") || at(w, i + 1, "B") ? 2 : 1;
          }
        }
        case 'S' -> i = letterS(w, i, p, a);
        case 'T' -> {
          if (at(w, i, "TION") || at(w, i, "TIA") || at(w, i, "TCH")) {
            add(p, a, "X");
            i += 3;
          } else if (at(w, i, "TH")) {
            add(p, a, "0", "T");
            i += 2;
          } else {
            add(p, a, "T");
            i += at(w, i + 1, "T") || at(w, i + 1, "D") ? 2 : 1;
          }
        }
        case 'W' -> {
          if (i == 0 && vowel(w, 1)) {
            add(p, a, "A", "F");
          }
          i++;
        }
        case 'X' -> {
          if (!(i == n - 1 && i >= 2 && (at(w, i - 2, "AU") || at(w, i - 2, "OU")))) {
            add(p, a, "KS");
          }
          i += at(w, i + 1, "X") || at(w, i + 1, "C") ? 2 : 1;
        }
        case 'Z' -> {
          if (at(w, i + 1, "H")) {
            add(p, a, "J");
            i += 2;
          } else {
            add(p, a, "S", vowel(w, i + 1) && i > 0 ? "TS" : "S");
            i += at(w, i + 1, "Z") ? 2 : 1;
          }
        }
        default -> i++;
      }
    }
    return new String[] {cut(p), cut(a)};
  }

  private static int letterC(String w, int i, StringBuilder p, StringBuilder a) {
    if (at(w, i, "CH")) {
      boolean greek = i == 0 && (at(w, i, "CHR") || at(w, i, "CHL") || at(w, i, "CHAE"));
      add(p, a, greek ? "K" : "X", "K");
      return i + 2;
    }
    if (at(w, i, "CZ")) {
      add(p, a, "S", "X");
      return i + 2;
    }
    if (at(w, i, "CIA")) {
      add(p, a, "X");
      return i + 3;
    }
    if (at(w, i, "CC") && i + 2 < w.length() && "IEH".indexOf(w.charAt(i + 2)) >= 0) {
      add(p, a, "KS");
      return i + 3;
    }
    if (at(w, i, "CK") || at(w, i, "CG") || at(w, i, "CQ")) {
      add(p, a, "K");
      return i + 2;
    }
    if (at(w, i, "CI") || at(w, i, "CE") || at(w, i, "CY")) {
      add(p, a, "S");
      return i + 2;
    }
    add(p, a, "K");
    return i + 1 + (i + 1 < w.length() && "CKQ".indexOf(w.charAt(i + 1)) >= 0 ? 1 : 0);
  }

  private static int letterG(String w, int i, StringBuilder p, StringBuilder a) {
    if (at(w, i, "GH")) {
      if (i == 0 || !vowel(w, i - 1)) {
        add(p, a, "K");
      } else if (i + 2 >= w.length() && i >= 1 && w.charAt(i - 1) == 'U') {
        add(p, a, "F"); // "Laugh"
      }
      return i + 2;
    }
    if (at(w, i, "GN")) {
      return i + 1; // silent g, the n follows
    }
    if (i + 1 < w.length() && "EIY".indexOf(w.charAt(i + 1)) >= 0) {
      add(p, a, "J", "K");
      return i + 1;
    }
    add(p, a, "K");
    return i + (at(w, i + 1, "G") ? 2 : 1);
  }

  private static int letterS(String w, int i, StringBuilder p, StringBuilder a) {
    if (at(w, i, "SH")) {
      add(p, a, "X");
      return i + 2;
    }
    if (at(w, i, "SIO") || at(w, i, "SIA")) {
      add(p, a, "S", "X");
      return i + 3;
    }
    if (at(w, i, "SCH")) {
      add(p, a, "SK", "X");
      return i + 3;
    }
    if (at(w, i, "SC") && i + 2 < w.length() && "IEY".indexOf(w.charAt(i + 2)) >= 0) {
      add(p, a, "S");
      return i + 3;
    }
    if (at(w, i, "SZ")) {
      add(p, a, "S", "X");
      return i + 2;
    }
    add(p, a, "S");
    return i + (at(w, i + 1, "S") || at(w, i + 1, "Z") ? 2 : 1);
  }

  private static boolean at(String w, int i, String s) {
    return i >= 0 && w.startsWith(s, i);
  }

  private static boolean vowel(String w, int i) {
    return i >= 0 && i < w.length() && "AEIOUY".indexOf(w.charAt(i)) >= 0;
  }

  private static void add(StringBuilder p, StringBuilder a, String both) {
    add(p, a, both, both);
  }

  private static void add(StringBuilder p, StringBuilder a, String primary, String alternate) {
    p.append(primary);
    a.append(alternate);
  }

  private static String cut(StringBuilder s) {
    return s.length() > MAX_CODE ? s.substring(0, MAX_CODE) : s.toString();
  }
}
