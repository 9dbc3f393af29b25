package org.quotekit.rules;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import org.quotekit.Span;
import org.quotekit.internal.SortedSpans;
import org.quotekit.spi.AnalyzedArticle;
import org.quotekit.spi.QuoteCandidate;

/**
 * Cuts a quotation that runs over several paragraphs into one part a paragraph: news repeats the
 * opening mark at each paragraph it continues into and closes only the last, so one part over
 * them held the blank lines and those marks, which are no words of the speaker. Stateless.
 */
final class ParagraphParts {
  /** Quote marks a continued paragraph may open with. */
  private static final String MARKS = "\"'\u201C\u2018\u201E\u00AB\u2039\u300C\u300E";

  private ParagraphParts() {}

  /** The candidates, each part that runs into paragraphs opened by a quote mark cut there. */
  static List<QuoteCandidate> split(AnalyzedArticle article, List<QuoteCandidate> candidates) {
    return replaced(candidates, c -> {
      List<Span> parts = replaced(c.parts(), p -> cut(article, p));
      return parts == c.parts() ? null : List.of(new QuoteCandidate(c.type(), parts, c.cue(),
          c.source(), c.confidence(), c.rule()));
    });
  }

  /**
   * {@code items} with each item that {@code by} replaces (by a non-null list) replaced, in
   * order; {@code items} itself, not a copy, when none is: most candidates have no part to cut.
   */
  private static <T> List<T> replaced(List<T> items, Function<T, List<T>> by) {
    List<T> out = null;
    for (int i = 0; i < items.size(); i++) {
      List<T> instead = by.apply(items.get(i));
      if (instead != null && out == null) {
        out = new ArrayList<>(items.subList(0, i));
      }
      if (out != null) {
        out.addAll(instead == null ? List.of(items.get(i)) : instead);
      }
    }
    return out == null ? items : out;
  }

  /**
   * {@code part} one piece a paragraph, each without the blank lines before and after it and
   * the mark that opens a continued paragraph; null when the part lies in one paragraph or a
   * paragraph it runs into does not open with a quote mark.
   */
  private static List<Span> cut(AnalyzedArticle article, Span part) {
    List<Span> paragraphs = article.paragraphs();
    int first = SortedSpans.lastStartingAtOrBefore(paragraphs, Span::start, part.start());
    if (first < 0 || paragraphs.get(first).end() >= part.end()) {
      return null;
    }
    String text = article.text();
    List<Span> out = new ArrayList<>();
    for (int k = first; k < paragraphs.size() && paragraphs.get(k).start() < part.end(); k++) {
      Span p = paragraphs.get(k);
      int from = Math.max(part.start(), p.start());
      if (k > first) {
        if (MARKS.indexOf(text.charAt(p.start())) < 0) {
          return null; // a paragraph that goes on without a mark: no continued quotation
        }
        from = p.start() + 1;
      }
      int to = Math.min(part.end(), p.end());
      while (from < to && Character.isWhitespace(text.charAt(from))) {
        from++;
      }
      while (to > from && Character.isWhitespace(text.charAt(to - 1))) {
        to--;
      }
      if (from < to) {
        out.add(Span.of(text, from, to));
      }
    }
    return out.size() > 1 ? out : null;
  }
}
