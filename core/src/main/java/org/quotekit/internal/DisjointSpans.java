package org.quotekit.internal;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.quotekit.Span;

/**
 * Disjoint intervals of text, such as the parts of the quotes accepted so far: start -> end. A
 * candidate clashes when one of its parts overlaps one of them. The map keeps the check
 * logarithmic; a list scan made articles with many quotes quadratic. Not thread-safe.
 */
public final class DisjointSpans {
  private final TreeMap<Integer, Integer> intervals = new TreeMap<>();

  /** Whether a non-empty part overlaps one of the intervals. */
  public boolean overlaps(List<Span> parts) {
    for (Span p : parts) {
      if (p.length() == 0) {
        continue; // an empty span overlaps nothing (Span.overlaps)
      }
      // Among disjoint intervals, the one starting last before p ends also ends last.
      Map.Entry<Integer, Integer> before = intervals.lowerEntry(p.end());
      if (before != null && before.getValue() > p.start()) {
        return true;
      }
    }
    return false;
  }

  /** Adds the non-empty parts. */
  public void add(List<Span> parts) {
    for (Span p : parts) {
      if (p.length() > 0) {
        intervals.put(p.start(), p.end());
      }
    }
  }
}
