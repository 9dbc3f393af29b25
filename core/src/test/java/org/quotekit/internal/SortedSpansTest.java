package org.quotekit.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

class SortedSpansTest {

  /** A half-open span {@code [start, end)}. */
  record S(int start, int end) {}

  private static final List<S> SPANS = List.of(new S(10, 15), new S(20, 20), new S(20, 25),
      new S(25, 30), new S(40, 41));

  private static int containing(List<S> spans, int offset) {
    return SortedSpans.containing(spans, S::start, S::end, offset);
  }

  private static int startingBefore(List<S> spans, int offset) {
    return SortedSpans.startingBefore(spans, S::start, offset);
  }

  private static int startingAtOrBefore(List<S> spans, int offset) {
    return SortedSpans.startingAtOrBefore(spans, S::start, offset);
  }

  private static int firstAtOrAfter(List<S> spans, int offset) {
    return SortedSpans.firstStartingAtOrAfter(spans, S::start, offset);
  }

  private static int lastAtOrBefore(List<S> spans, int offset) {
    return SortedSpans.lastStartingAtOrBefore(spans, S::start, offset);
  }

  @Test
  void emptyListHoldsNothing() {
    List<S> none = List.of();
    for (int offset : new int[] {Integer.MIN_VALUE, -1, 0, 7, Integer.MAX_VALUE}) {
      assertThat(containing(none, offset)).isEqualTo(-1);
      assertThat(startingBefore(none, offset)).isZero();
      assertThat(startingAtOrBefore(none, offset)).isZero();
      assertThat(firstAtOrAfter(none, offset)).isZero();
      assertThat(lastAtOrBefore(none, offset)).isEqualTo(-1);
      assertThat(SortedSpans.countAtMost(new int[0], offset)).isZero();
    }
  }

  @Test
  void beforeTheFirstSpan() {
    for (int offset : new int[] {Integer.MIN_VALUE, 0, 9}) {
      assertThat(containing(SPANS, offset)).isEqualTo(-1);
      assertThat(startingBefore(SPANS, offset)).isZero();
      assertThat(firstAtOrAfter(SPANS, offset)).isZero();
      assertThat(lastAtOrBefore(SPANS, offset)).isEqualTo(-1);
    }
  }

  @Test
  void afterTheLastSpan() {
    for (int offset : new int[] {41, 100, Integer.MAX_VALUE}) {
      assertThat(containing(SPANS, offset)).isEqualTo(-1);
      assertThat(startingBefore(SPANS, offset)).isEqualTo(5);
      assertThat(firstAtOrAfter(SPANS, offset)).isEqualTo(5);
      assertThat(lastAtOrBefore(SPANS, offset)).isEqualTo(4);
    }
    assertThat(startingBefore(SPANS, 40)).isEqualTo(4); // 40 is the last start
    assertThat(startingAtOrBefore(SPANS, 40)).isEqualTo(5);
    assertThat(containing(SPANS, 40)).isEqualTo(4);
  }

  @Test
  void startsAreInsideAndEndsAreOutside() {
    assertThat(containing(SPANS, 10)).isEqualTo(0);
    assertThat(containing(SPANS, 14)).isEqualTo(0);
    assertThat(containing(SPANS, 15)).isEqualTo(-1);
    assertThat(containing(SPANS, 19)).isEqualTo(-1);
    // [20, 25) ends where [25, 30) starts: 25 belongs to the second only
    assertThat(containing(SPANS, 24)).isEqualTo(2);
    assertThat(containing(SPANS, 25)).isEqualTo(3);
    assertThat(containing(SPANS, 29)).isEqualTo(3);
    assertThat(containing(SPANS, 30)).isEqualTo(-1);
  }

  @Test
  void anEmptySpanHoldsNoOffset() {
    assertThat(containing(List.of(new S(5, 5)), 5)).isEqualTo(-1);
    assertThat(containing(List.of(new S(5, 5)), 4)).isEqualTo(-1);
    // [20, 20) and [20, 25) share a start: only the second holds 20
    assertThat(containing(SPANS, 20)).isEqualTo(2);
  }

  @Test
  void sharedStartsCountTogether() {
    List<S> spans = List.of(new S(1, 2), new S(5, 5), new S(5, 6), new S(5, 9), new S(7, 9));
    assertThat(startingBefore(spans, 5)).isEqualTo(1);
    assertThat(firstAtOrAfter(spans, 5)).isEqualTo(1); // the first of the three
    assertThat(startingAtOrBefore(spans, 5)).isEqualTo(4);
    assertThat(lastAtOrBefore(spans, 5)).isEqualTo(3); // the last of the three
    assertThat(firstAtOrAfter(spans, 6)).isEqualTo(4);
    assertThat(lastAtOrBefore(spans, 6)).isEqualTo(3);
    // overlapping spans with non-decreasing ends: the last that holds the offset
    assertThat(containing(spans, 5)).isEqualTo(3);
    assertThat(containing(spans, 7)).isEqualTo(4);
    assertThat(containing(spans, 6)).isEqualTo(3);
  }

  @Test
  void extremeOffsetsDoNotOverflow() {
    List<S> spans = List.of(new S(Integer.MIN_VALUE, 0), new S(0, Integer.MAX_VALUE));
    assertThat(startingBefore(spans, Integer.MIN_VALUE)).isZero();
    assertThat(startingAtOrBefore(spans, Integer.MIN_VALUE)).isEqualTo(1);
    assertThat(startingAtOrBefore(spans, Integer.MAX_VALUE)).isEqualTo(2);
    assertThat(containing(spans, Integer.MIN_VALUE)).isZero();
    assertThat(containing(spans, Integer.MAX_VALUE - 1)).isEqualTo(1);
    assertThat(containing(spans, Integer.MAX_VALUE)).isEqualTo(-1);
    assertThat(SortedSpans.countAtMost(new int[] {Integer.MIN_VALUE, 3}, Integer.MIN_VALUE))
        .isEqualTo(1);
    assertThat(SortedSpans.countAtMost(new int[] {3, Integer.MAX_VALUE}, Integer.MAX_VALUE))
        .isEqualTo(2);
  }

  @Test
  void countAtMostCountsRepeatedValues() {
    int[] values = {2, 4, 4, 4, 9};
    assertThat(SortedSpans.countAtMost(values, 1)).isZero();
    assertThat(SortedSpans.countAtMost(values, 2)).isEqualTo(1);
    assertThat(SortedSpans.countAtMost(values, 3)).isEqualTo(1);
    assertThat(SortedSpans.countAtMost(values, 4)).isEqualTo(4);
    assertThat(SortedSpans.countAtMost(values, 8)).isEqualTo(4);
    assertThat(SortedSpans.countAtMost(values, 9)).isEqualTo(5);
  }

  /** Every lookup agrees with a linear scan on random lists, disjoint or merely monotone. */
  @Test
  void agreesWithALinearScan() {
    Random random = new Random(20_24);
    for (int round = 0; round < 2_000; round++) {
      List<S> spans = randomSpans(random, random.nextInt(12), random.nextBoolean());
      int[] starts = spans.stream().mapToInt(S::start).toArray();
      int limit = spans.isEmpty() ? 5 : spans.get(spans.size() - 1).end() + 3;
      for (int offset = -2; offset <= limit; offset++) {
        String at = spans + " @" + offset;
        assertThat(containing(spans, offset)).as(at).isEqualTo(linearContaining(spans, offset));
        assertThat(startingBefore(spans, offset)).as(at)
            .isEqualTo(linearCount(spans, offset - 1));
        assertThat(startingAtOrBefore(spans, offset)).as(at)
            .isEqualTo(linearCount(spans, offset));
        assertThat(firstAtOrAfter(spans, offset)).as(at).isEqualTo(linearFirst(spans, offset));
        assertThat(lastAtOrBefore(spans, offset)).as(at).isEqualTo(linearLast(spans, offset));
        assertThat(SortedSpans.countAtMost(starts, offset)).as(at)
            .isEqualTo(startingAtOrBefore(spans, offset));
      }
    }
  }

  /**
   * Spans sorted by start with shared starts and empty spans; disjoint, or else overlapping with
   * non-decreasing ends.
   */
  private static List<S> randomSpans(Random random, int n, boolean disjoint) {
    List<S> out = new ArrayList<>();
    int start = random.nextInt(3);
    int lastEnd = start;
    for (int i = 0; i < n; i++) {
      if (disjoint) {
        start = Math.max(start, lastEnd) + (random.nextInt(3) == 0 ? 0 : random.nextInt(4));
        int end = start + random.nextInt(4);
        out.add(new S(start, end));
        if (end > start) {
          start = end;
        }
        lastEnd = end;
      } else {
        start += random.nextInt(3) == 0 ? 0 : random.nextInt(4);
        int end = Math.max(lastEnd, start) + random.nextInt(4);
        out.add(new S(start, end));
        lastEnd = end;
      }
    }
    return out;
  }

  private static int linearContaining(List<S> spans, int offset) {
    int found = -1;
    for (int i = 0; i < spans.size(); i++) {
      if (spans.get(i).start() <= offset && offset < spans.get(i).end()) {
        found = i;
      }
    }
    return found;
  }

  /** How many spans start at or before {@code offset}. */
  private static int linearCount(List<S> spans, int offset) {
    int count = 0;
    for (S s : spans) {
      if (s.start() <= offset) {
        count++;
      }
    }
    return count;
  }

  private static int linearFirst(List<S> spans, int offset) {
    for (int i = 0; i < spans.size(); i++) {
      if (spans.get(i).start() >= offset) {
        return i;
      }
    }
    return spans.size();
  }

  private static int linearLast(List<S> spans, int offset) {
    int found = -1;
    for (int i = 0; i < spans.size(); i++) {
      if (spans.get(i).start() <= offset) {
        found = i;
      }
    }
    return found;
  }
}
