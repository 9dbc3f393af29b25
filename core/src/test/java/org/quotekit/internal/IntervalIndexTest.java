package org.quotekit.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

class IntervalIndexTest {

  /** Every id whose interval shares a character with [start, end), by reading them all. */
  private static List<Integer> overlapping(int[] starts, int[] ends, int start, int end) {
    List<Integer> ids = new ArrayList<>();
    for (int k = 0; k < starts.length; k++) {
      if (starts[k] < end && start < ends[k]) {
        ids.add(k);
      }
    }
    return ids;
  }

  @Test
  void findsTheSameIntervalsAsReadingThemAll() {
    Random random = new Random(50);
    for (int round = 0; round < 300; round++) {
      int n = random.nextInt(40);
      int[] starts = new int[n];
      int[] ends = new int[n];
      for (int k = 0; k < n; k++) {
        starts[k] = random.nextInt(200);
        // mostly short, some long (nested), some empty
        ends[k] = starts[k] + (random.nextInt(10) == 0 ? random.nextInt(150) : random.nextInt(8));
      }
      IntervalIndex index = new IntervalIndex(starts, ends);
      for (int q = 0; q < 50; q++) {
        int start = random.nextInt(220) - 10;
        int end = start + random.nextInt(30);
        List<Integer> expected = overlapping(starts, ends, start, end);
        List<Integer> found = new ArrayList<>();
        index.forEachOverlapping(start, end, found::add);
        assertThat(found).containsExactlyInAnyOrderElementsOf(expected);
        assertThat(index.anyOverlapping(start, end, id -> true)).isEqualTo(!expected.isEmpty());
        int odd = (int) expected.stream().filter(id -> id % 2 == 1).count();
        assertThat(index.anyOverlapping(start, end, id -> id % 2 == 1)).isEqualTo(odd > 0);
      }
    }
  }

  @Test
  void anEmptyIntervalOverlapsARangeItLiesStrictlyInsideAsSpanOverlapsSays() {
    IntervalIndex index = new IntervalIndex(new int[] {5}, new int[] {5});
    assertThat(index.anyOverlapping(4, 6, id -> true)).isTrue();
    assertThat(index.anyOverlapping(5, 6, id -> true)).isFalse();
    assertThat(index.anyOverlapping(4, 5, id -> true)).isFalse();
  }

  @Test
  void anEmptyIndexHoldsNothing() {
    IntervalIndex index = new IntervalIndex(new int[0], new int[0]);
    assertThat(index.anyOverlapping(Integer.MIN_VALUE + 1, Integer.MAX_VALUE, id -> true))
        .isFalse();
  }

  @Test
  void refusesStartsAndEndsOfDifferentLengths() {
    assertThatThrownBy(() -> new IntervalIndex(new int[2], new int[1]))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("2 starts and 1 ends");
  }
}
