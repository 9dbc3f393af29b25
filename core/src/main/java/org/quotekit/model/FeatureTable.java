package org.quotekit.model;

import java.util.Arrays;
import java.util.List;
import java.util.Map;
import opennlp.tools.ml.maxent.GISModel;
import opennlp.tools.ml.model.Context;
import opennlp.tools.ml.model.MaxentModel;
import org.quotekit.internal.GisMath;

/**
 * A GIS model's weights laid out for extraction: an open-addressing table from the {@link
 * FeatureSink#hash} of each feature to a dense row of weights, one per outcome, so a token's
 * features are looked up without building or comparing strings. A feature may also have been
 * trained conjoined with a label ({@code label + "|" + feature}, as {@link
 * ContentFeatures#withPrevious} makes them); its row then holds a block of weights for the plain
 * feature and one for each label. Its users start from {@link #prior}, {@link #add} the weights
 * in the order OpenNLP's {@code GISModel.eval} does and normalise them as it does ({@link
 * org.quotekit.internal.GisMath#normalise}), so the numbers are the same to the last bit.
 * Immutable and thread-safe.
 */
final class FeatureTable {
  /** Slot i holds a feature's key at 2i and its row at 2i + 1: one cache line per probe. */
  private final long[] slots;
  private final int mask;
  private final double[] weights;
  private final int outcomes;
  private final int width;
  private final int second;

  private FeatureTable(long[] slots, double[] weights, int outcomes, int blocks, int second) {
    this.second = second;
    this.slots = slots;
    this.mask = slots.length / 2 - 1;
    this.weights = weights;
    this.outcomes = outcomes;
    this.width = outcomes * blocks;
  }

  /**
   * The table of a GIS model, or null when the model is not one, names an outcome it does not
   * have, or two of its features share a hash (the caller then evaluates the model itself).
   *
   * @param model the trained model
   * @param labels the labels features were conjoined with ({@code label|feature}), possibly none
   */
  static FeatureTable of(MaxentModel model, List<String> labels) {
    return of(model, labels, null);
  }

  /**
   * The table of a GIS model whose file may also hold a second model's weights, under names that
   * start with {@code second} (the content model's random field): such a feature's weights go to
   * the blocks after the first model's, in the row of the same feature name without the prefix,
   * so one lookup finds both ({@link #second()} tells where they start). Null as {@link
   * #of(MaxentModel, List)} says.
   *
   * @param second the prefix of the second model's feature names, or null for none
   */
  static FeatureTable of(MaxentModel model, List<String> labels, String second) {
    if (!(model instanceof GISModel m) || !(m.getDataStructures()[1] instanceof Map<?, ?> pmap)) {
      return null;
    }
    boolean two = false;
    for (Object name : pmap.keySet()) {
      two |= second != null && name instanceof String n && n.startsWith(second);
    }
    int outcomes = model.getNumOutcomes();
    int blocks = (1 + labels.size()) * (two ? 2 : 1);
    int width = outcomes * blocks;
    // one pass: each feature's base (the name without a label prefix) gets a row the first time
    // it is met; a label-conjoined name fills its label's block of that row
    int capacity = Integer.highestOneBit(Math.max(4, pmap.size() * 2 - 1)) << 1;
    long[] slots = new long[2 * capacity];
    String[] names = new String[pmap.size()];
    int[] offsets = new int[pmap.size()];
    double[] weights = new double[pmap.size() * width];
    int rows = 0;
    for (Map.Entry<?, ?> e : pmap.entrySet()) {
      if (!(e.getKey() instanceof String name) || !(e.getValue() instanceof Context c)) {
        return null;
      }
      int prefix = two && name.startsWith(second) ? second.length() : 0;
      int label = label(name, prefix, labels);
      int from = prefix + (label < 0 ? 0 : labels.get(label).length() + 1);
      long k = key(FeatureSink.hash(name, from));
      int slot = slot(k, capacity - 1);
      while (slots[2 * slot] != 0 && slots[2 * slot] != k) {
        slot = (slot + 1) & (capacity - 1);
      }
      int row;
      if (slots[2 * slot] == 0) {
        row = rows++;
        slots[2 * slot] = k;
        slots[2 * slot + 1] = row;
        names[row] = name;
        offsets[row] = from;
      } else {
        row = (int) slots[2 * slot + 1];
        int length = name.length() - from;
        if (names[row].length() - offsets[row] != length
            || !name.regionMatches(from, names[row], offsets[row], length)) {
          return null; // two features share a hash
        }
      }
      int at = row * width + ((prefix > 0 ? 1 + labels.size() : 0) + 1 + label) * outcomes;
      int[] o = c.getOutcomes();
      double[] w = c.getParameters();
      for (int i = 0; i < o.length; i++) {
        if (o[i] < 0 || o[i] >= outcomes) {
          return null; // not a model one reads (BinaryModels refuses it); OpenNLP evaluates it
        }
        weights[at + o[i]] = w[i];
      }
    }
    return new FeatureTable(compact(slots, rows), Arrays.copyOf(weights, rows * width), outcomes,
        blocks, two ? 1 + labels.size() : -1);
  }

  /**
   * The keys and rows of {@code slots} in a table sized for {@code rows} features (the first
   * pass sized it for every feature name, label-conjoined ones too): a denser table is probed
   * with fewer cache misses.
   */
  private static long[] compact(long[] slots, int rows) {
    int capacity = Integer.highestOneBit(Math.max(4, rows * 2 - 1)) << 1;
    long[] out = new long[2 * capacity];
    for (int i = 0; i < slots.length; i += 2) {
      if (slots[i] != 0) {
        int slot = slot(slots[i], capacity - 1);
        while (out[2 * slot] != 0) {
          slot = (slot + 1) & (capacity - 1);
        }
        out[2 * slot] = slots[i];
        out[2 * slot + 1] = slots[i + 1];
      }
    }
    return out;
  }

  /**
   * The index of the label a feature name is conjoined with ({@code label|...} from {@code
   * from} on), -1 if none.
   */
  private static int label(String name, int from, List<String> labels) {
    for (int i = 0; i < labels.size(); i++) {
      String l = labels.get(i);
      int end = from + l.length();
      if (name.length() > end && name.charAt(end) == '|' && name.startsWith(l, from)) {
        return i;
      }
    }
    return -1;
  }

  /** Hash 0 marks an empty slot, so a feature hashing to 0 is stored as 1. */
  private static long key(long hash) {
    return hash == 0 ? 1 : hash;
  }

  private static int slot(long key, int mask) {
    long h = key;
    h ^= h >>> 33;
    h *= 0xff51afd7ed558ccdL;
    h ^= h >>> 33;
    return (int) h & mask;
  }

  /** The row of the feature with this hash, -1 when the model has no weight for it. */
  int row(long hash) {
    long k = key(hash);
    int slot = slot(k, mask);
    while (true) {
      long at = slots[2 * slot];
      if (at == k) {
        return (int) slots[2 * slot + 1];
      }
      if (at == 0) {
        return -1;
      }
      slot = (slot + 1) & mask;
    }
  }

  /**
   * The first block of the second model's weights ({@link #of(MaxentModel, List, String)}): its
   * plain features' block, then those conjoined with each label; -1 when the file holds none.
   */
  int second() {
    return second;
  }

  /** The rows of the features with these hashes, -1 where the model has none. */
  int[] rows(long[] hashes) {
    int[] out = new int[hashes.length];
    for (int i = 0; i < hashes.length; i++) {
      out[i] = row(hashes[i]);
    }
    return out;
  }

  /**
   * The outcome probabilities of the features with these hashes, with no labels conjoined: what
   * OpenNLP's {@code GISModel.eval} gives for their strings, to the last bit.
   */
  double[] probabilities(long[] hashes) {
    double[] sums = prior();
    add(sums, rows(hashes), 0);
    return GisMath.normalise(sums);
  }

  /** A fresh sum per outcome, each starting at the log of the uniform prior, as GIS starts. */
  double[] prior() {
    double[] sums = new double[outcomes];
    Arrays.fill(sums, Math.log(1.0 / outcomes));
    return sums;
  }

  /**
   * Adds the weights of the features in {@code rows} (-1 skipped) to {@code sums}: the plain
   * features' ({@code block} 0) or those conjoined with label {@code block - 1}.
   */
  void add(double[] sums, int[] rows, int block) {
    for (int row : rows) {
      add(sums, row, block);
    }
  }

  /**
   * {@link #add(double[], int[], int) add(a, rows, blockA)} and {@link #add(double[], int[], int)
   * add(b, rows, blockB)} in one pass: each sum gets the same additions in the same order, and
   * the two chains of additions overlap.
   */
  void addSideBySide(double[] a, int blockA, double[] b, int blockB, int[] rows) {
    for (int row : rows) {
      if (row < 0) {
        continue;
      }
      int atA = row * width + blockA * outcomes;
      int atB = row * width + blockB * outcomes;
      for (int o = 0; o < outcomes; o++) {
        a[o] += weights[atA + o];
        b[o] += weights[atB + o];
      }
    }
  }

  /**
   * {@link #addSideBySide} for four sums at once: each sum gets the same additions in the same
   * order as {@link #add(double[], int[], int) add(sum, rows, block)} gives it, and each row's
   * weights are fetched from memory once for all four (a row of the content model holds the
   * Markov model's blocks and the random field's).
   */
  void addSideBySide(double[] a, int blockA, double[] b, int blockB, double[] c, int blockC,
      double[] d, int blockD, int[] rows) {
    for (int row : rows) {
      if (row < 0) {
        continue;
      }
      int at = row * width;
      int atA = at + blockA * outcomes;
      int atB = at + blockB * outcomes;
      int atC = at + blockC * outcomes;
      int atD = at + blockD * outcomes;
      for (int o = 0; o < outcomes; o++) {
        a[o] += weights[atA + o];
        b[o] += weights[atB + o];
        c[o] += weights[atC + o];
        d[o] += weights[atD + o];
      }
    }
  }

  /** Adds one feature's weights, as {@link #add(double[], int[], int)}. */
  void add(double[] sums, int row, int block) {
    if (row < 0) {
      return;
    }
    int at = row * width + block * outcomes;
    for (int o = 0; o < outcomes; o++) {
      sums[o] += weights[at + o];
    }
  }
}
