package org.quotekit.resolve;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.quotekit.Quote;
import org.quotekit.Span;
import org.quotekit.internal.IntervalIndex;
import org.quotekit.internal.SortedSpans;

/**
 * The quotes of one article, indexed three ways so that the resolver's questions about them
 * ("does a quote's content overlap this sentence?", "does a quote open this sentence?", "does a
 * cue start in this span?") cost time logarithmic in the number of quotes instead of linear:
 * asked once per mention, a scan of every quote made long articles quadratic. Immutable once
 * built.
 */
final class QuoteIndex {

  /** The contents of the quotes. */
  private final IntervalIndex contents;
  /** The quotes by the start of their first piece ({@code parts().get(0)}). */
  private final List<Quote> byFirstPart;
  /** The starts of the cues, sorted; quotes without a cue are left out. */
  private final int[] cueStarts;

  QuoteIndex(List<Quote> quotes) {
    contents = new IntervalIndex(quotes.stream().mapToInt(q -> q.content().start()).toArray(),
        quotes.stream().mapToInt(q -> q.content().end()).toArray());
    byFirstPart = new ArrayList<>(quotes);
    byFirstPart.sort(Comparator.comparingInt(QuoteIndex::firstPartStart));
    cueStarts = quotes.stream().mapToInt(Resolution::cueStart).filter(c -> c >= 0).sorted()
        .toArray();
  }

  /** Whether a quote's content shares a character with {@code span} ({@link Span#overlaps}). */
  boolean contentOverlaps(Span span) {
    return contents.anyOverlapping(span.start(), span.end(), k -> true);
  }

  /** Whether the cue of a quote starts inside {@code span}. */
  boolean cueStartsIn(Span span) {
    return SortedSpans.countAtMost(cueStarts, span.end() - 1)
        > SortedSpans.countAtMost(cueStarts, span.start() - 1);
  }

  /**
   * The quotes whose first piece starts at or after {@code from} and at or before {@code to}, in
   * the order of those starts (the order of the article's list among equal starts).
   */
  List<Quote> firstPartStartingIn(int from, int to) {
    int first = SortedSpans.startingBefore(byFirstPart, QuoteIndex::firstPartStart, from);
    int end = SortedSpans.startingAtOrBefore(byFirstPart, QuoteIndex::firstPartStart, to);
    return first < end ? byFirstPart.subList(first, end) : List.of();
  }

  private static int firstPartStart(Quote q) {
    return q.parts().get(0).start();
  }
}
