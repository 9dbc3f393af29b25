package org.quotekit.internal;

import java.util.Arrays;
import java.util.Comparator;
import java.util.function.IntConsumer;
import java.util.function.IntPredicate;
import java.util.stream.IntStream;

/**
 * Half-open intervals {@code [start, end)}, each with the index its caller gave it, that can be
 * asked which of them overlap a range without reading all of them: sorted by start, with the
 * largest end so far at each position, a query reads only the intervals that start before the
 * range's end and stops where no earlier one reaches its start. On spans that do not nest deeply
 * (quotes, their parts and cues) a query costs time logarithmic in their number plus the number
 * it reports. Immutable and thread-safe.
 */
public final class IntervalIndex {

  private final int[] starts;
  private final int[] ends;
  private final int[] ids;
  /** The largest of {@code ends[0..k]}, at k. */
  private final int[] reach;

  /**
   * Indexes interval {@code k} as {@code [starts[k], ends[k])} with the id {@code k}; the arrays
   * must have the same length and are not kept.
   */
  public IntervalIndex(int[] starts, int[] ends) {
    if (starts.length != ends.length) {
      throw new IllegalArgumentException(starts.length + " starts and " + ends.length + " ends");
    }
    Integer[] order = IntStream.range(0, starts.length).boxed().toArray(Integer[]::new);
    Arrays.sort(order, Comparator.comparingInt(k -> starts[k])); // stable: ids in order on ties
    this.starts = new int[order.length];
    this.ends = new int[order.length];
    this.ids = new int[order.length];
    this.reach = new int[order.length];
    int max = Integer.MIN_VALUE;
    for (int i = 0; i < order.length; i++) {
      this.starts[i] = starts[order[i]];
      this.ends[i] = ends[order[i]];
      this.ids[i] = order[i];
      max = Math.max(max, this.ends[i]);
      reach[i] = max;
    }
  }

  /**
   * Whether {@code test} holds for the id of some interval that shares a character with {@code
   * [start, end)}; the ids are tested from the interval that starts last down, until one passes.
   */
  public boolean anyOverlapping(int start, int end, IntPredicate test) {
    for (int i = SortedSpans.countAtMost(starts, end - 1) - 1; i >= 0 && reach[i] > start; i--) {
      if (ends[i] > start && test.test(ids[i])) {
        return true;
      }
    }
    return false;
  }

  /**
   * Gives {@code action} the id of every interval that shares a character with {@code [start,
   * end)}, from the interval that starts last down.
   */
  public void forEachOverlapping(int start, int end, IntConsumer action) {
    anyOverlapping(start, end, id -> {
      action.accept(id);
      return false;
    });
  }
}
