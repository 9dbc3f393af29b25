package org.quotekit.eval;

import java.util.List;
import org.quotekit.QuoteType;
import org.quotekit.Span;

/**
 * Classifies gold content as direct, mixed or indirect speech by which of its words stand inside
 * quote marks. Stateless and thread-safe.
 *
 * <p>Double marks are {@code " “ ” „ ‟ « »} and a doubled straight apostrophe {@code ''}; single
 * marks are {@code ' ‘ ’ ‚ ‛ ‹ ›}. A {@code '} or {@code ’} between two letters or digits (don't,
 * Trump’s, 1990’s) or before a digit ('90s) is an apostrophe; a {@code ’} or {@code '} after a
 * word that closes no open single quotation (voters’) is an apostrophe too. A straight double
 * mark opens at the start of a piece or a paragraph and otherwise toggles. The pieces of a
 * discontinuous content are read as one stream, so a quotation opened in one piece may close in
 * the next.
 */
final class QuoteMarks {
  private QuoteMarks() {}

  /**
   * DIRECT when every word of the content (after an optional leading "that") is quoted, MIXED
   * when some are, INDIRECT when none are.
   */
  static QuoteType classify(List<Span> pieces) {
    boolean inDouble = false;
    boolean inSingle = false;
    boolean first = true;
    int quoted = 0;
    int unquoted = 0;
    for (Span piece : pieces) {
      String s = piece.text();
      for (int i = 0; i < s.length(); i++) {
        char c = s.charAt(i);
        char prev = i > 0 ? s.charAt(i - 1) : '\n';
        char next = i + 1 < s.length() ? s.charAt(i + 1) : ' ';
        if (Tokens.isWordAt(s, i)) {
          int end = i;
          while (end < s.length() && Tokens.isWordAt(s, end)) {
            end += Character.charCount(s.codePointAt(end));
          }
          boolean leadingThat = first && end - i == 4 && s.regionMatches(true, i, "that", 0, 4);
          first = false;
          if (!leadingThat) {
            if (inDouble || inSingle) {
              quoted++;
            } else {
              unquoted++;
            }
          }
          i = end - 1;
        } else if (c == '\'' && next == '\'' || c == '"') {
          inDouble = prev == '\n' || !inDouble;
          i += c == '"' ? 0 : 1;
        } else if ("“„‟«".indexOf(c) >= 0) {
          inDouble = true;
        } else if ("”»".indexOf(c) >= 0) {
          inDouble = false;
        } else if ("‘‚‛‹".indexOf(c) >= 0) {
          inSingle = true;
        } else if (c == '›') {
          inSingle = false;
        } else if ((c == '’' || c == '\'') && !isApostrophe(prev, next)) {
          if (inSingle) {
            inSingle = false;
          } else if (c == '\'' && !Character.isLetterOrDigit(prev)) {
            inSingle = true;
          }
        }
      }
    }
    return quoted == 0 ? QuoteType.INDIRECT : unquoted == 0 ? QuoteType.DIRECT : QuoteType.MIXED;
  }

  private static boolean isApostrophe(char prev, char next) {
    return Character.isLetterOrDigit(prev) && Character.isLetterOrDigit(next)
        || !Character.isLetterOrDigit(prev) && Character.isDigit(next);
  }
}
