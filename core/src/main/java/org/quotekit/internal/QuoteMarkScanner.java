package org.quotekit.internal;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.quotekit.Span;
import org.quotekit.spi.QuoteRegion;

/**
 * Pairs quote marks into {@link QuoteRegion}s in one linear pass. Knows straight and curly double
 * and single quotes, guillemets, low-9 marks and CJK corner brackets; tells apostrophes (don't,
 * '90s, students') from single quote marks; joins a quotation that runs over several paragraphs
 * (opening mark repeated at each paragraph, closing mark only at the end). Stateless and
 * thread-safe.
 */
public final class QuoteMarkScanner {

  /** Deeper nesting than this is treated as text, so hostile input cannot grow the stack. */
  static final int MAX_DEPTH = 8;

  private enum Family { DOUBLE, SINGLE, GUILLEMET, SINGLE_GUILLEMET, CORNER, WHITE_CORNER }

  private record Open(int offset, int length, char mark, Family family) {}

  /**
   * The effective quote character at {@code i}: a doubled straight apostrophe ({@code ''}) acts as
   * a straight double quote and doubled backticks as an opening double quote (newswire style);
   * returns the character, or 0 when there is no quote mark at {@code i}.
   */
  private static char markAt(String text, int i) {
    char c = text.charAt(i);
    if (i + 1 < text.length()) {
      char n = text.charAt(i + 1);
      if (c == '\'' && n == '\'') {
        return '"';
      }
      if (c == '`' && n == '`') {
        return '\u201C';
      }
    }
    return familyOf(c) == null ? 0 : c;
  }

  private static int markLength(String text, int i, char mark) {
    return mark != text.charAt(i) ? 2 : 1;
  }

  /** Returns the regions of {@code text} given its paragraphs, ordered by opening offset. */
  public List<QuoteRegion> scan(String text, List<Span> paragraphs) {
    List<QuoteRegion> out = new ArrayList<>();
    List<Open> stack = new ArrayList<>();
    for (int p = 0; p < paragraphs.size(); p++) {
      Span para = paragraphs.get(p);
      int from = para.start();
      if (!stack.isEmpty()) {
        // A quotation left open at the end of the previous paragraph continues here only when
        // this paragraph reopens it with a mark of the same family.
        char first = markAt(text, para.start());
        Open top = stack.get(stack.size() - 1);
        if (first != 0 && familyOf(first) == top.family()
            && isOpening(text, para.start(), first, markLength(text, para.start(), first))) {
          from = para.start() + markLength(text, para.start(), first);
        } else {
          closeUnfinished(text, stack, out, paragraphs.get(p - 1).end());
        }
      }
      scanParagraph(text, from, para.end(), stack, out);
      // Single quotes never run across paragraphs: what is left open were apostrophes.
      while (!stack.isEmpty() && stack.get(stack.size() - 1).family() == Family.SINGLE) {
        stack.remove(stack.size() - 1);
      }
    }
    if (!stack.isEmpty()) {
      closeUnfinished(text, stack, out, paragraphs.get(paragraphs.size() - 1).end());
    }
    out.sort(Comparator.comparingInt(QuoteRegion::open).thenComparingInt(QuoteRegion::depth));
    return out;
  }

  private static void closeUnfinished(String text, List<Open> stack, List<QuoteRegion> out,
      int end) {
    // Only the outermost unclosed quotation is kept (running to the paragraph end); unclosed
    // marks inside it were most likely apostrophes or typos.
    Open outer = stack.get(0);
    Span inner = Span.of(text, Math.min(outer.offset() + outer.length(), end), end);
    if (outer.family() != Family.SINGLE && quotesSomething(inner)) {
      out.add(new QuoteRegion(outer.offset(), -1, inner, 0));
    }
    stack.clear();
  }

  private void scanParagraph(String text, int from, int to, List<Open> stack,
      List<QuoteRegion> out) {
    for (int i = from; i < to; i++) {
      char c = markAt(text, i);
      if (c == 0) {
        continue;
      }
      Family family = familyOf(c);
      int len = markLength(text, i, c);
      int match = findOpen(stack, text, i, c, family);
      if (match >= 0 && isClosingPosition(text, i, len, c, family, stack.get(match))) {
        Open open = stack.get(match);
        while (stack.size() > match + 1) {
          stack.remove(stack.size() - 1); // unclosed inner marks: apostrophes or typos
        }
        stack.remove(match);
        Span inner = Span.of(text, open.offset() + open.length(), i);
        if (quotesSomething(inner)) {
          out.add(new QuoteRegion(open.offset(), i + len - 1, inner, stack.size()));
        }
      } else if (isOpening(text, i, c, len) && stack.size() < MAX_DEPTH) {
        stack.add(new Open(i, len, c, family));
      }
      i += len - 1;
    }
  }

  /** Whether quote marks around {@code inner} quote anything: not around nothing or spaces. */
  private static boolean quotesSomething(Span inner) {
    return !inner.text().isBlank();
  }

  /** Index in the stack of the opener that the mark at {@code i} can close, or -1. */
  private static int findOpen(List<Open> stack, String text, int i, char c, Family family) {
    for (int k = stack.size() - 1; k >= 0; k--) {
      Open o = stack.get(k);
      if (o.family() == family && closes(o.mark(), c)) {
        return k;
      }
      if (o.family() != Family.SINGLE) {
        // A single quote mark never closes across an open double quotation, but a double mark
        // may close over an unclosed single one.
        if (family == Family.SINGLE) {
          return -1;
        }
      }
    }
    return -1;
  }

  private static boolean closes(char open, char close) {
    switch (open) {
      case '"': return close == '"' || close == '\u201D' || close == '\u201C';
      case '\u201C': return close == '\u201D' || close == '"' || close == '\u201C';
      case '\u201E': return close == '\u201C' || close == '\u201D' || close == '"';
      case '\u201F': return close == '\u201D' || close == '"';
      case '\u201D': return close == '\u201D';
      case '\uFF02': return close == '\uFF02';
      case '\'': return close == '\'' || close == '\u2019';
      case '\u2018': return close == '\u2019' || close == '\'' || close == '\u2018';
      case '\u201A': return close == '\u2018' || close == '\u2019';
      case '\u201B': return close == '\u2019';
      case '\u00AB': return close == '\u00BB';
      case '\u00BB': return close == '\u00AB';
      case '\u2039': return close == '\u203A';
      case '\u203A': return close == '\u2039';
      case '\u300C': return close == '\u300D';
      case '\u300E': return close == '\u300F';
      case '\u301D': return close == '\u301E' || close == '\u301F';
      default: return false;
    }
  }

  private static Family familyOf(char c) {
    switch (c) {
      case '"': case '\u201C': case '\u201D': case '\u201E': case '\u201F': case '\uFF02':
      case '\u301D': case '\u301E': case '\u301F':
        return Family.DOUBLE;
      case '\'': case '\u2018': case '\u2019': case '\u201A': case '\u201B':
        return Family.SINGLE;
      case '\u00AB': case '\u00BB':
        return Family.GUILLEMET;
      case '\u2039': case '\u203A':
        return Family.SINGLE_GUILLEMET;
      case '\u300C': case '\u300D':
        return Family.CORNER;
      case '\u300E': case '\u300F':
        return Family.WHITE_CORNER;
      default:
        return null;
    }
  }

  /** Whether the mark at {@code i} may open a quotation, judged by its neighbours. */
  static boolean isOpening(String text, int i, char c, int len) {
    char prev = i > 0 ? text.charAt(i - 1) : ' ';
    char next = i + len < text.length() ? text.charAt(i + len) : ' ';
    switch (c) {
      case '\u201D': case '\u300D': case '\u300F': case '\u301E': case '\u301F':
        // Closing-only marks open only in styles that use them both ways (Swedish ”...”).
        return c == '\u201D' && isBoundaryBefore(prev) && isWordStart(next);
      case '\u2019':
        return false;
      case '\'': case '\u2018':
        if (Character.isLetterOrDigit(prev)) {
          return false; // don't, rock'n'roll
        }
        if (Character.isDigit(next) && i + 2 < text.length()
            && Character.isDigit(text.charAt(i + 2))) {
          return false; // '90s
        }
        return isBoundaryBefore(prev) && !Character.isWhitespace(next) && next != ' ';
      case '"': case '\uFF02':
        return !Character.isWhitespace(next) || isBoundaryBefore(prev)
            && !Character.isLetterOrDigit(prev);
      default:
        return true;
    }
  }

  private boolean isClosingPosition(String text, int i, int len, char c, Family family,
      Open open) {
    char prev = i > 0 ? text.charAt(i - 1) : ' ';
    char next = i + len < text.length() ? text.charAt(i + len) : ' ';
    if (family == Family.SINGLE) {
      if (Character.isLetter(prev) && Character.isLetter(next)) {
        return false; // an apostrophe inside a word
      }
      if (Character.isLetterOrDigit(next)) {
        return false; // 'tis, an opening mark, or an elision
      }
      return !Character.isWhitespace(prev) || i - open.offset() > 1;
    }
    if (i == open.offset() + open.length()) {
      // Right after the opening mark: a mark that may open starts a nested quotation; any
      // other closes an empty one (which yields no region).
      return !isOpening(text, i, c, len);
    }
    if (c == '\u201C' && open.mark() == '\u201C') {
      // A second left mark closes only where a closing mark would stand: after a word, before
      // a space or punctuation (a common typo for ”).
      return !Character.isWhitespace(prev) && !Character.isLetterOrDigit(next)
          && familyOf(prev) == null;
    }
    if (c == '"' || c == '\uFF02') {
      // A straight mark closes unless it clearly opens a new quotation after a space.
      return !(Character.isWhitespace(prev) && Character.isLetterOrDigit(next)
          && open.mark() != c);
    }
    return true;
  }

  private static boolean isBoundaryBefore(char prev) {
    return Character.isWhitespace(prev) || "([{-\u2013\u2014/:;,\u201C\u2018\"'\u00AB\u2039"
        .indexOf(prev) >= 0;
  }

  private static boolean isWordStart(char next) {
    return Character.isLetterOrDigit(next) || next == '.';
  }
}
