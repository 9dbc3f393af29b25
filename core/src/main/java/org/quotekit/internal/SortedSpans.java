package org.quotekit.internal;

import java.util.List;
import java.util.function.ToIntFunction;

/**
 * Binary searches over spans sorted by start: quote regions, sentences, tokens, name mentions.
 * The spans are elements of a random-access list, read through key extractors for their start
 * and (half-open) end, so any record with offsets can be searched as it is. The extractors
 * return {@code int}, so no lookup boxes; given as method references or lambdas that capture
 * nothing ({@code QuoteRegion::open}), they are created once, so no lookup allocates. Every
 * lookup costs time logarithmic in the size of the list.
 *
 * <p>Every method requires the list sorted by start (duplicates allowed). {@link #containing}
 * also requires the ends non-decreasing in list order, as they are when the spans are disjoint.
 * On a list that breaks this the result is unspecified (but no exception is thrown). Stateless
 * and thread-safe.
 */
public final class SortedSpans {

  private SortedSpans() {}

  /**
   * Index of the span whose {@code [start, end)} holds {@code offset}, or -1 when none does;
   * when several do, the last of them. Requires the spans sorted by start with non-decreasing
   * ends (disjoint spans sorted by start qualify). An empty span holds no offset.
   */
  public static <T> int containing(List<? extends T> spans, ToIntFunction<? super T> start,
      ToIntFunction<? super T> end, int offset) {
    int k = lastStartingAtOrBefore(spans, start, offset);
    return k >= 0 && offset < end.applyAsInt(spans.get(k)) ? k : -1;
  }

  /**
   * How many spans start before {@code offset}: the lower bound, which is also the index of the
   * first span starting at or after {@code offset} (or the size, when none does).
   */
  public static <T> int startingBefore(List<? extends T> spans, ToIntFunction<? super T> start,
      int offset) {
    return offset == Integer.MIN_VALUE ? 0 : startingAtOrBefore(spans, start, offset - 1);
  }

  /**
   * How many spans start at or before {@code offset}: the upper bound, which is also the index
   * of the first span starting after {@code offset} (or the size, when none does).
   */
  public static <T> int startingAtOrBefore(List<? extends T> spans,
      ToIntFunction<? super T> start, int offset) {
    int lo = 0;
    int hi = spans.size();
    while (lo < hi) { // the first lo spans start at or before offset, those from hi after it
      int mid = (lo + hi) >>> 1;
      if (start.applyAsInt(spans.get(mid)) <= offset) {
        lo = mid + 1;
      } else {
        hi = mid;
      }
    }
    return lo;
  }

  /**
   * Index of the first span starting at or after {@code offset}, or the size of the list when
   * none does; the same as {@link #startingBefore}.
   */
  public static <T> int firstStartingAtOrAfter(List<? extends T> spans,
      ToIntFunction<? super T> start, int offset) {
    return startingBefore(spans, start, offset);
  }

  /** Index of the last span starting at or before {@code offset}, or -1 when none does. */
  public static <T> int lastStartingAtOrBefore(List<? extends T> spans,
      ToIntFunction<? super T> start, int offset) {
    return startingAtOrBefore(spans, start, offset) - 1;
  }

  /** How many values of {@code sorted} (in non-decreasing order) are at most {@code value}. */
  public static int countAtMost(int[] sorted, int value) {
    int lo = 0;
    int hi = sorted.length;
    while (lo < hi) {
      int mid = (lo + hi) >>> 1;
      if (sorted[mid] <= value) {
        lo = mid + 1;
      } else {
        hi = mid;
      }
    }
    return lo;
  }
}
