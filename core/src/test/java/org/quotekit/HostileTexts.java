package org.quotekit;

import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.Tuple;

/**
 * jqwik generators of article-like text that is hard on the analysis: news phrases with reporting
 * verbs and abbreviations mixed with every quote mark, unbalanced and deeply nested quotations,
 * random Unicode (unpaired surrogates included), right-to-left script, control characters and
 * runs of newlines. Stateless and thread-safe.
 */
final class HostileTexts {
  private HostileTexts() {}

  /** Every quote mark the scanner knows, and some it should not mistake for one. */
  static final List<String> QUOTE_MARKS = List.of("\u201C", "\u201D", "\u2018", "\u2019",
      "\u201E", "\u201A", "\u00AB", "\u00BB", "\u2039", "\u203A", "\u300C", "\u300D", "\u300E",
      "\u300F", "\"", "'", "''", "``", "`", "\u201F", "\u201B", "\uFF02", "\u301D", "\u301E",
      "\u301F");

  private static final List<String> WORDS = List.of("said", "says", "told", "reporters",
      "according", "to", "added", "asked", "noted", "that", "he", "she", "they", "it", "we",
      "Ann", "Lee", "Smith", "officials", "the", "a", "spokesman", "President", "Trump",
      "Clinton", "plan", "is", "dead", "will", "win", "not", "on", "Friday", "in", "an",
      "interview", "who", "which", "and", "but", "charges", "per", "statement", "claimed",
      "warned", "don't", "rock'n'roll", "'90s", "students'", "Ma'am", "O'Neill", "42", "3.5",
      "$1,000", "e.g.", "i.e.", "etc.", "Rep.", "Sen.", "Gen.", "Dr.", "Mr.", "Mrs.", "U.S.",
      "U.S.,", "G.K.", "D.C.", "Inc.", "No.", "St.", "a.m.", "p.m.", "(D-N.C.)", "NAME:",
      "SMITH:", "\u2014", "\u2013", "-", "...", "\u2026", ":", ";", ",", ".", "!", "?", "(",
      ")", "[", "]", "{", "}", "/", "&", "#");

  private static final List<String> SPACES = List.of(" ", " ", " ", " ", "\n", "\n\n",
      "\r\n", "\t", "\u00A0", "\u2029", "\u2028", "\u000B", "\f", "\u0085", "\u3000",
      "\n".repeat(30));

  /** A text of up to {@code maxPieces} pieces. */
  static Arbitrary<String> texts(int maxPieces) {
    return piece().list().ofMaxSize(maxPieces).map(pieces -> String.join("", pieces));
  }

  private static Arbitrary<String> piece() {
    return Arbitraries.frequencyOf(
        Tuple.of(30, Arbitraries.of(WORDS)),
        Tuple.of(25, Arbitraries.of(SPACES)),
        Tuple.of(15, Arbitraries.of(QUOTE_MARKS)),
        Tuple.of(4, quotation()),
        Tuple.of(2, nested()),
        Tuple.of(3, Arbitraries.strings().all().ofMaxLength(8)),
        Tuple.of(2, surrogates()),
        Tuple.of(2, rtl()),
        Tuple.of(2, controls()),
        Tuple.of(1, Arbitraries.strings().withCharRange('a', 'z')
            .ofMinLength(60).ofMaxLength(300)));
  }

  /** A short quotation with its attribution, in a random pair of marks. */
  private static Arbitrary<String> quotation() {
    Arbitrary<String> open = Arbitraries.of(QUOTE_MARKS);
    Arbitrary<String> close = Arbitraries.of(QUOTE_MARKS);
    Arbitrary<String> inner = Arbitraries.of(WORDS).list().ofMaxSize(8)
        .map(ws -> String.join(" ", ws));
    Arbitrary<String> cue = Arbitraries.of("", " he said.", ", said Ann Lee.", " \u2014 Smith",
        ", Rep. G.K. Butterfield (D-N.C.) told reporters.", " according to officials.");
    return Combinators.combine(open, inner, close, cue).as((o, i, c, a) -> o + i + c + a);
  }

  /** Deeply nested opening marks, closed in reverse, sometimes not at all. */
  private static Arbitrary<String> nested() {
    return Combinators.combine(Arbitraries.of(QUOTE_MARKS).list().ofMinSize(1).ofMaxSize(40),
        Arbitraries.of(WORDS), Arbitraries.of(true, false)).as((marks, word, close) -> {
          StringBuilder sb = new StringBuilder();
          marks.forEach(m -> sb.append(m).append(m.equals("(") ? "" : word).append(' '));
          if (close) {
            for (int i = marks.size() - 1; i >= 0; i--) {
              sb.append(marks.get(i));
            }
          }
          return sb.toString();
        });
  }

  private static Arbitrary<String> surrogates() {
    return Arbitraries.strings().withCharRange('\uD800', '\uDFFF').ofMinLength(1)
        .ofMaxLength(4);
  }

  private static Arbitrary<String> rtl() {
    return Arbitraries.strings().withCharRange('\u0590', '\u06FF').withChars('\u200F',
        '\u202E', '\u202B', '\u2067', ' ').ofMinLength(1).ofMaxLength(12);
  }

  private static Arbitrary<String> controls() {
    return Arbitraries.strings().withCharRange('\u0000', '\u001F').withCharRange('\u007F',
        '\u009F').withChars('\uFEFF', '\u200B', '\uFFFD', '\uFFFF').ofMinLength(1)
        .ofMaxLength(4);
  }
}
