package org.quotekit.model;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import opennlp.tools.ml.maxent.GISModel;
import opennlp.tools.ml.model.AbstractModel;
import opennlp.tools.ml.model.Context;
import opennlp.tools.ml.model.MaxentModel;

/**
 * A trained attribution filter: the probability that a candidate attribution of the model
 * extractor (a cue with the content and source the later stages gave it) is a real one, given
 * its {@link FilterFeatures}. The model extractor drops the candidates that, seen whole, look
 * wrong ({@link ModelCueAttributor.Check}). The file may also hold a joint ranker ({@link
 * #ranks()}), which chooses each cue's attribution among the content labeller's best contents,
 * or none ({@link ModelCueAttributor.Ranker#of}). Stored as a gzipped OpenNLP binary
 * maximum-entropy model (the ranker's weights in the same file). Immutable and thread-safe.
 */
public final class FilterModel {
  /** The outcome label of a candidate that matches a gold attribution, when training. */
  public static final String KEEP = "keep";
  /** The outcome label of any other candidate. */
  public static final String DROP = "drop";
  /** Where the bundled English news model lives on the classpath. */
  public static final String BUNDLED = "/org/quotekit/model/filter-en.bin.gz";

  private final MaxentModel model;
  private final int keepIndex;
  /** Whether the file holds joint ranker weights. */
  private final boolean ranks;
  /**
   * The joint ranker's weights by the {@link FeatureSink#hash} of the feature name, in open
   * addressing: a slot holds a hash (0 for none) and its weight.
   */
  private final long[] keys;
  private final double[] weights;

  /**
   * Wraps a trained OpenNLP model whose events are {@link FilterFeatures} contexts labelled
   * {@link #KEEP} or {@link #DROP}, as the trainer ({@code FilterModelTrainer}, in the {@code
   * quotekit-eval} module) makes it. Applications read a model with {@link #read(InputStream,
   * String)} or {@link #bundled()} instead.
   *
   * @param model a GIS model with exactly the two outcomes {@link #KEEP} and {@link #DROP}
   * @throws IllegalArgumentException if the outcomes are not those two
   */
  public FilterModel(MaxentModel model) {
    this.model = Objects.requireNonNull(model, "model");
    this.keepIndex = BinaryModels.outcome(model, KEEP, DROP, "filter model");
    Map<String, Double> weights = new HashMap<>();
    parameters(model).forEach((name, c) -> {
      if (name.startsWith(JointFeatures.PREFIX)) {
        for (int k = 0; k < c.getOutcomes().length; k++) {
          if (c.getOutcomes()[k] == keepIndex) {
            weights.put(name, c.getParameters()[k]);
          }
        }
      }
    });
    this.ranks = !weights.isEmpty();
    int size = Integer.highestOneBit(Math.max(1, weights.size()) * 2) * 2;
    this.keys = new long[size];
    this.weights = new double[size];
    weights.forEach((name, w) -> {
      long h = FeatureSink.hash(name);
      long key = h == 0 ? 1 : h; // 0 marks an empty slot
      int i = slot(key);
      while (keys[i] != 0) {
        i = (i + 1) & (keys.length - 1);
      }
      keys[i] = key;
      this.weights[i] = w;
    });
  }

  private int slot(long h) {
    return (int) (h ^ (h >>> 32)) & (keys.length - 1);
  }

  /** A GIS model's weights by feature name, in name order; none for another kind of model. */
  private static Map<String, Context> parameters(MaxentModel model) {
    Map<String, Context> byName = new TreeMap<>();
    if (model instanceof AbstractModel m && m.getDataStructures()[1] instanceof Map<?, ?> map) {
      map.forEach((k, v) -> {
        if (k instanceof String name && v instanceof Context c) {
          byName.put(name, c);
        }
      });
    }
    return byName;
  }

  /**
   * Whether the file holds a joint ranker: weights for {@link JointFeatures}, trained listwise
   * on held-out candidates, with which {@link ModelCueAttributor.Ranker#of} chooses each cue's
   * attribution among the labeller's best contents, or none. A filter written by an earlier
   * {@code quotekit train} has none.
   */
  public boolean ranks() {
    return ranks;
  }

  /**
   * The joint ranker's score of a candidate (or of proposing none) with the {@link
   * JointFeatures} given as the {@link FeatureSink#hash} of each: the sum of their weights, 0
   * for a feature without one. Higher is better.
   */
  double score(long[] hashes) {
    double sum = 0;
    for (long h : hashes) {
      long key = h == 0 ? 1 : h;
      for (int i = slot(key); keys[i] != 0; i = (i + 1) & (keys.length - 1)) {
        if (keys[i] == key) {
          sum += weights[i];
          break;
        }
      }
    }
    return sum;
  }

  /**
   * This filter without its joint ranker ({@link #ranks()} false): the same probabilities, so
   * that the model extractor keeps or drops the labeller's best candidate as a filter without a
   * ranker does; this filter when it has none.
   */
  public FilterModel withoutRanker() {
    if (!ranks()) {
      return this;
    }
    List<String> names = new ArrayList<>();
    List<Context> params = new ArrayList<>();
    parameters(model).forEach((name, c) -> {
      if (!name.startsWith(JointFeatures.PREFIX)) {
        names.add(name);
        params.add(c);
      }
    });
    return gis(names, params);
  }

  /** A filter of a GIS model with these features and weights, and this filter's outcomes. */
  private FilterModel gis(List<String> names, List<Context> params) {
    return new FilterModel(new GISModel(params.toArray(Context[]::new),
        names.toArray(String[]::new), outcomes()));
  }

  private String[] outcomes() {
    String[] outcomes = new String[model.getNumOutcomes()];
    for (int i = 0; i < outcomes.length; i++) {
      outcomes[i] = model.getOutcome(i);
    }
    return outcomes;
  }

  /**
   * This filter with a joint ranker ({@link #ranks()}): a model of one file holding this
   * filter's weights and the ranker's, whose features are {@link JointFeatures} and whose score
   * is its weight sum for outcome {@code positive} (as {@code quotekit-eval}'s listwise trainer
   * makes it); a ranker this filter already has is replaced.
   *
   * @throws IllegalArgumentException if either model is not a GIS model, the ranker has no
   *     outcome {@code positive} or a feature that is not a joint feature
   */
  public FilterModel withRanker(MaxentModel ranker, String positive) {
    if (!(model instanceof GISModel) || !(ranker instanceof GISModel)) {
      throw new IllegalArgumentException("a joint ranker is joined to GIS models only");
    }
    int from = ranker.getIndex(positive);
    if (from < 0) {
      throw new IllegalArgumentException("the joint ranker has no outcome " + positive);
    }
    FilterModel own = withoutRanker();
    List<String> names = new ArrayList<>();
    List<Context> params = new ArrayList<>();
    parameters(own.model).forEach((name, c) -> {
      names.add(name);
      params.add(c);
    });
    parameters(ranker).forEach((name, c) -> {
      if (!name.startsWith(JointFeatures.PREFIX)) {
        throw new IllegalArgumentException("not a joint feature: " + name);
      }
      for (int k = 0; k < c.getOutcomes().length; k++) {
        if (c.getOutcomes()[k] == from && c.getParameters()[k] != 0) {
          names.add(name);
          params.add(new Context(new int[] {keepIndex}, new double[] {c.getParameters()[k]}));
        }
      }
    });
    return gis(names, params);
  }

  /**
   * Reads a model written by {@link #write(OutputStream)}; the bytes are validated as {@link
   * CueModel#read(InputStream, String)} validates a cue model.
   *
   * @param in the gzipped model bytes; not closed
   * @param name names the model in error messages (a path or resource)
   * @throws IOException naming the model and saying what is wrong when the bytes are not a valid
   *     filter model
   */
  public static FilterModel read(InputStream in, String name) throws IOException {
    return BinaryModels.read(in, name, "filter model", FilterModel::new);
  }

  /**
   * The model bundled with QuoteKit, trained on the PolNeAR training split.
   *
   * @throws IOException when the resource is missing or corrupt
   */
  public static FilterModel bundled() throws IOException {
    return BinaryModels.bundled(BUNDLED, FilterModel::read);
  }

  /** Writes the model, gzipped, to {@code out} (which is finished but not closed). */
  public void write(OutputStream out) throws IOException {
    BinaryModels.write(model, out);
  }

  /** The probability that a candidate with these features is a real attribution. */
  public double probability(String[] features) {
    return model.eval(features)[keepIndex];
  }
}
