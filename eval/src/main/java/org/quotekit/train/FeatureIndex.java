package org.quotekit.train;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The features the trainers that learn their own weights ({@link ListwiseTrainer}, {@link
 * ContentCrf}) keep: those that occur at least a cutoff's number of times among the examples,
 * numbered in the order they are first seen, so the same examples give the same numbering.
 */
final class FeatureIndex {
  private final Map<String, Integer> index = new HashMap<>();
  private final List<String> names = new ArrayList<>();

  /**
   * The index of the features of {@code examples} (each example a feature array) that occur at
   * least {@code cutoff} times among them.
   */
  FeatureIndex(Iterable<String[]> examples, int cutoff) {
    Map<String, Integer> counts = new LinkedHashMap<>(); // first-seen order: the features' index
    for (String[] example : examples) {
      for (String f : example) {
        counts.merge(f, 1, Integer::sum);
      }
    }
    counts.forEach((f, n) -> {
      if (n >= cutoff) {
        index.put(f, names.size());
        names.add(f);
      }
    });
  }

  /** The kept features' names, by number. */
  List<String> names() {
    return names;
  }

  /** The numbers of an example's kept features, in its order; features left out are skipped. */
  int[] encode(String[] example) {
    return Arrays.stream(example).filter(index::containsKey).mapToInt(index::get).toArray();
  }
}
