package org.quotekit.testkit;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.function.Function;
import java.util.stream.Stream;
import org.quotekit.Article;

/**
 * Seeded generator of article-like text that is hard on the analysis: news phrases with reporting
 * verbs, names, titles and abbreviations mixed with every quote mark, unbalanced and deeply nested
 * quotations, slices of each {@link HostileShape} but the two that damage encoding, random UTF-16
 * (unpaired surrogates included), right-to-left script, Unicode spaces and dashes, zero-width,
 * format and control characters, soft hyphens, combining marks, and runs of newlines; and {@link
 * #disguise(String, long)} hides a text behind such characters.
 *
 * <p>A text is a sequence of pieces drawn one after another from one {@link Random}: the same seed
 * always gives the same text, and fewer pieces give a prefix of it, so that a failing text can be
 * shrunk by asking for fewer pieces. Stateless and thread-safe.
 */
public final class HostileText {
  private HostileText() {}

  /** Every quote mark the analysis knows, and some it should not mistake for one. */
  public static final List<String> QUOTE_MARKS = List.of("\u201C", "\u201D", "\u2018", "\u2019",
      "\u201E", "\u201A", "\u00AB", "\u00BB", "\u2039", "\u203A", "\u300C", "\u300D", "\u300E",
      "\u300F", "\"", "'", "''", "``", "`", "\u201F", "\u201B", "\uFF02", "\u301D", "\u301E",
      "\u301F");

  private static final List<String> WORDS = List.of("said", "says", "told", "reporters",
      "according", "to", "added", "asked", "noted", "that", "he", "she", "they", "it", "we", "I",
      "His", "Ann", "Lee", "Smith", "officials", "the", "a", "spokesman", "President", "Trump",
      "Donald", "J.", "Clinton", "Obama", "PENCE", "Makari", "McCarry", "Jr.", "al-", "bin", "of",
      "Department", "Washington", "New", "York", "Times", "envoy", "American", "Democrats",
      "campaign", "source", "official", "'s", "\u2019s", "Monday", "plan", "is", "dead", "will",
      "win", "not", "on", "Friday", "in", "an", "interview", "who", "which", "and", "but",
      "charges", "per", "statement", "claimed", "warned", "tweeted", "wrote", "don't",
      "rock'n'roll", "'90s", "students'", "Ma'am", "O'Neill", "42", "3.5", "$1,000", "e.g.",
      "i.e.", "etc.", "Rep.", "Sen.", "Gen.", "Dr.", "Mr.", "Mrs.", "Ms.", "U.S.", "U.S.,", "G.K.",
      "D.C.", "Inc.", "No.", "St.", "a.m.", "p.m.", "(D-N.C.)", "(@realDonaldTrump)", "NAME:",
      "SMITH:", "Q:", "\u2014", "\u2013", "-", "--", "...", "\u2026", ":", ";", ",", ".", "!",
      "?", "(", ")", "[", "]", "{", "}", "/", "&", "#", "\u2010", "\u2011", "\u2012", "\u2015",
      "\u2212", "\uFE58", "\uFF0D");

  private static final List<String> SPACES = List.of(" ", " ", " ", " ", "\n", "\n\n",
      "\r\n", "\t", "\u00A0", "\u2029", "\u2028", "\u000B", "\f", "\u0085", "\u3000",
      "\u2009", "\u202F", "\u2002", "\u205F", "\u1680", "\u00A0\u200B", "\n".repeat(30));

  private static final List<String> ATTRIBUTIONS = List.of("", " he said.", ", said Ann Lee.",
      " \u2014 Smith", ", Rep. G.K. Butterfield (D-N.C.) told reporters.",
      " according to officials.", "\u2014 Donald J. Trump (@realDonaldTrump) June 29, 2016");

  private static final String ODD = "\u00A0\u200B\u200C\u200D\u2060\uFEFF\u200E\u200F\u202A"
      + "\u202B\u202C\u202D\u202E\u2066\u2067\u2068\u2069\u061C\u0300\u0301\u0308\u0327\u20DD"
      + "\u0000\u0007\u001B\u007F\u0085\u009F\uFFFD\uFFFF\uFFFE\u00AD\u2009\u202F\u3000";

  /** Spaces other than U+0020 that the analysis reads as a space. */
  public static final List<String> UNICODE_SPACES = List.of("\u00A0", "\u1680", "\u2000",
      "\u2002", "\u2003", "\u2007", "\u2009", "\u200A", "\u202F", "\u205F", "\u3000");

  /**
   * Characters that the analysis ignores: zero-width spaces and joiners, directional marks,
   * embeddings and isolates, the byte order mark, the soft hyphen, a language tag and a musical
   * format character (surrogate pairs), control characters and combining marks.
   */
  public static final List<String> INVISIBLE = List.of("\u200B", "\u200C", "\u200D", "\u2060",
      "\uFEFF", "\u00AD", "\u200E", "\u200F", "\u202A", "\u202C", "\u202E", "\u2066",
      "\u2069", "\u061C", "\uDB40\uDC01", "\uD834\uDD73", "\u0000", "\u0007", "\u001B",
      "\u007F", "\u009F", "\u0301", "\u0308", "\u0327", "\uD834\uDD67");

  /**
   * A text of exactly {@code pieces} pieces drawn with the given seed.
   *
   * @throws IllegalArgumentException if {@code pieces} is negative
   */
  public static String text(long seed, int pieces) {
    if (pieces < 0) {
      throw new IllegalArgumentException("pieces must not be negative: " + pieces);
    }
    Random random = new Random(seed);
    StringBuilder sb = new StringBuilder();
    for (int i = 0; i < pieces; i++) {
      sb.append(piece(random));
    }
    return sb.toString();
  }

  /**
   * {@code count} articles with ids {@code hostile-0}, {@code hostile-1}, ..., each of up to
   * {@code maxPieces} pieces; the same seed always gives the same articles.
   *
   * @throws IllegalArgumentException if {@code count} or {@code maxPieces} is negative
   */
  public static List<Article> articles(long seed, int count, int maxPieces) {
    if (count < 0 || maxPieces < 0) {
      throw new IllegalArgumentException("count and maxPieces must not be negative: count="
          + count + ", maxPieces=" + maxPieces);
    }
    Random random = new Random(seed);
    List<Article> out = new ArrayList<>(count);
    for (int i = 0; i < count; i++) {
      long textSeed = random.nextLong();
      int pieces = random.nextInt(maxPieces + 1);
      out.add(Article.of("hostile-" + i, text(textSeed, pieces)));
    }
    return out;
  }

  /**
   * {@code text} as scraped news may hide it: with the given seed, some spaces become other
   * {@link #UNICODE_SPACES} and some {@link #INVISIBLE} characters are inserted between code
   * points (never inside a surrogate pair). The analysis should read it exactly as {@code text}.
   *
   * <p>A character that can be a byte of UTF-8 misread as Windows-1252 or Latin-1 (U+0080 to
   * U+00FF, such as the soft hyphen and the no-break space) or make one (a combining mark, which
   * turns "e" into "\u00E9", a lead byte) is put only between ASCII characters, two before it
   * and one after: elsewhere it could complete a damaged sequence ("e\u0301" before
   * "\u00A0\u00AD" spells E9 A0 AD), which the analysis rightly repairs, and the text would no
   * longer say what {@code text} says.
   *
   * @throws NullPointerException if {@code text} is null
   */
  public static String disguise(String text, long seed) {
    Random random = new Random(seed);
    StringBuilder sb = new StringBuilder(text.length() * 2);
    for (int i = 0; i < text.length(); ) {
      int cp = text.codePointAt(i);
      if (random.nextInt(3) == 0) {
        String hidden = pick(random, INVISIBLE);
        if (!byteLike(hidden) || cp < 0x80 && asciiBefore(sb)) {
          sb.append(hidden);
        }
      }
      if (cp == ' ' && random.nextBoolean()) {
        String space = pick(random, UNICODE_SPACES);
        sb.append(!byteLike(space) || asciiBefore(sb) ? space : " ");
      } else {
        sb.appendCodePoint(cp);
      }
      i += Character.charCount(cp);
    }
    return sb.toString();
  }

  /** Whether {@code s} starts with a possible byte of damaged UTF-8 or a combining mark. */
  private static boolean byteLike(String s) {
    char c = s.charAt(0);
    return c >= '\u0080' && c <= '\u00FF' || c >= '\u0300' && c <= '\u036F';
  }

  /** Whether the last two characters of {@code sb} (as many as it has) are ASCII. */
  private static boolean asciiBefore(StringBuilder sb) {
    for (int k = Math.max(0, sb.length() - 2); k < sb.length(); k++) {
      if (sb.charAt(k) >= 0x80) {
        return false;
      }
    }
    return true;
  }

  /** A kind of piece, drawn with a probability of {@code weight} in {@link #TOTAL}. */
  private record Kind(int weight, Function<Random, String> make) {}

  /**
   * The shapes whose meaning {@link #disguise} keeps: not {@link HostileShape#MOJIBAKE}, where a
   * soft hyphen or no-break space is itself a byte of a damaged character ("\u00C3\u00AD" is
   * "\u00ED"), nor {@link HostileShape#CHARACTER_REFERENCES}, where an invisible character
   * inside "&#8220;" makes it no reference; hiding one there changes what the text says.
   */
  private static final List<HostileShape> DISGUISABLE_SHAPES = Stream.of(HostileShape.values())
      .filter(s -> s != HostileShape.MOJIBAKE && s != HostileShape.CHARACTER_REFERENCES).toList();

  private static final List<Kind> KINDS = List.of(
      new Kind(30, r -> pick(r, WORDS)),
      new Kind(25, r -> pick(r, SPACES)),
      new Kind(15, r -> pick(r, QUOTE_MARKS)),
      new Kind(6, HostileText::quotation),
      new Kind(3, HostileText::nested),
      new Kind(3, r -> chars(r, 0, 8, '\u0000', '\uFFFF')), // any UTF-16 unit
      new Kind(3, r -> chars(r, 1, 4, '\uD800', '\uDFFF')), // lone surrogates
      new Kind(3, HostileText::rightToLeft),
      new Kind(5, HostileText::odd),
      new Kind(3, r -> chars(r, 60, 300, 'a', 'z')), // a long word
      new Kind(4, r -> pick(r, DISGUISABLE_SHAPES).text(20 + r.nextInt(300))));

  private static final int TOTAL = KINDS.stream().mapToInt(Kind::weight).sum();

  private static String piece(Random r) {
    int k = r.nextInt(TOTAL);
    for (Kind kind : KINDS) {
      k -= kind.weight();
      if (k < 0) {
        return kind.make().apply(r);
      }
    }
    throw new AssertionError("weights do not add up to " + TOTAL);
  }

  /** A short quotation with its attribution, in a random pair of marks. */
  private static String quotation(Random r) {
    StringBuilder sb = new StringBuilder(pick(r, QUOTE_MARKS));
    int words = r.nextInt(9);
    for (int i = 0; i < words; i++) {
      sb.append(i == 0 ? "" : " ").append(pick(r, WORDS));
    }
    return sb.append(pick(r, QUOTE_MARKS)).append(pick(r, ATTRIBUTIONS)).toString();
  }

  /** Up to 40 opening marks, each followed by a word, closed in reverse or not at all. */
  private static String nested(Random r) {
    List<String> marks = new ArrayList<>();
    int depth = 1 + r.nextInt(40);
    for (int i = 0; i < depth; i++) {
      marks.add(r.nextInt(8) == 0 ? "(" : pick(r, QUOTE_MARKS));
    }
    String word = pick(r, WORDS);
    StringBuilder sb = new StringBuilder();
    marks.forEach(m -> sb.append(m).append(m.equals("(") ? "" : word).append(' '));
    if (r.nextBoolean()) {
      for (int i = marks.size() - 1; i >= 0; i--) {
        sb.append(marks.get(i).equals("(") ? ")" : marks.get(i));
      }
    }
    return sb.toString();
  }

  /** Hebrew and Arabic letters with direction marks and overrides. */
  private static String rightToLeft(Random r) {
    int length = 1 + r.nextInt(12);
    StringBuilder sb = new StringBuilder();
    for (int i = 0; i < length; i++) {
      int k = r.nextInt(6);
      sb.append(k == 0 ? pick(r, List.of("\u200F", "\u202E", "\u202B", "\u2067", " "))
          : String.valueOf((char) ('\u0590' + r.nextInt(0x170))));
    }
    return sb.toString();
  }

  /** A word with no-break and zero-width spaces, marks, controls or a surrogate pair in it. */
  private static String odd(Random r) {
    StringBuilder sb = new StringBuilder(pick(r, WORDS));
    int n = 1 + r.nextInt(3);
    for (int i = 0; i < n; i++) {
      int at = r.nextInt(sb.length() + 1);
      if (r.nextInt(4) == 0) {
        sb.insert(at, Character.toChars(0x1F600 + r.nextInt(0x50))); // an emoji: a surrogate pair
      } else {
        sb.insert(at, ODD.charAt(r.nextInt(ODD.length())));
      }
    }
    return sb.toString();
  }

  private static String chars(Random r, int minLength, int maxLength, char from, char to) {
    int length = minLength + r.nextInt(maxLength - minLength + 1);
    char[] out = new char[length];
    for (int i = 0; i < length; i++) {
      out[i] = (char) (from + r.nextInt(to - from + 1));
    }
    return new String(out);
  }

  private static <T> T pick(Random r, List<T> from) {
    return from.get(r.nextInt(from.size()));
  }
}
