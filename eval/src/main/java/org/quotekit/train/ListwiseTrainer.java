package org.quotekit.train;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import opennlp.tools.ml.maxent.GISModel;
import opennlp.tools.ml.model.Context;
import opennlp.tools.ml.model.MaxentModel;

/**
 * Trains a ranker over candidate lists by maximising the probability of the gold candidates
 * among their list (a conditional logit, listwise: each candidate competes with the others of
 * its list, not with every candidate of the corpus), by AdaGrad with L2 regularisation over the
 * lists in their given order for a fixed number of passes, so deterministic. The result is an
 * OpenNLP maximum-entropy model with two outcomes whose probability of {@code positive} is
 * the logistic of the candidate's score, so ranking by it ranks by the score. Not thread-safe.
 */
final class ListwiseTrainer {
  private final int passes;
  private final int cutoff;
  private final double rate;
  private final double l2;

  /**
   * One list: the candidates' features and which candidates are right.
   *
   * @param candidates each candidate's features
   * @param gold whether each candidate is right, in the same order
   */
  record Group(List<String[]> candidates, boolean[] gold) {
    /** Whether some candidate is right ({@code right} true) or some is wrong (false). */
    boolean has(boolean right) {
      for (boolean g : gold) {
        if (g == right) {
          return true;
        }
      }
      return false;
    }
  }

  /**
   * A trainer.
   *
   * @param passes how many times to go over every list
   * @param cutoff how often a feature must occur among all candidates to be kept
   * @param rate the AdaGrad learning rate
   * @param l2 the weight of the L2 penalty
   */
  ListwiseTrainer(int passes, int cutoff, double rate, double l2) {
    this.passes = passes;
    this.cutoff = cutoff;
    this.rate = rate;
    this.l2 = l2;
  }

  /**
   * The model of the lists, whose outcomes are {@code positive} (the candidate's score) and
   * {@code negative} (always 0). Lists in which every candidate is right or every one wrong teach
   * nothing (their gradient is 0).
   */
  MaxentModel train(List<Group> groups, String positive, String negative) {
    Map<String, Integer> counts = new HashMap<>();
    for (Group g : groups) {
      for (String[] c : g.candidates()) {
        for (String f : c) {
          counts.merge(f, 1, Integer::sum);
        }
      }
    }
    Map<String, Integer> index = new HashMap<>();
    List<String> names = new ArrayList<>();
    for (Group g : groups) {
      for (String[] c : g.candidates()) {
        for (String f : c) {
          if (counts.get(f) >= cutoff && !index.containsKey(f)) {
            index.put(f, names.size());
            names.add(f);
          }
        }
      }
    }
    List<int[][]> encoded = new ArrayList<>(groups.size());
    for (Group g : groups) {
      int[][] cs = new int[g.candidates().size()][];
      for (int i = 0; i < cs.length; i++) {
        cs[i] = Arrays.stream(g.candidates().get(i)).filter(index::containsKey)
            .mapToInt(index::get).toArray();
      }
      encoded.add(cs);
    }
    double[] w = new double[names.size()];
    double[] sq = new double[names.size()];
    for (int pass = 0; pass < passes; pass++) {
      for (int gi = 0; gi < groups.size(); gi++) {
        int[][] cs = encoded.get(gi);
        boolean[] gold = groups.get(gi).gold();
        double[] s = new double[cs.length];
        double max = Double.NEGATIVE_INFINITY;
        for (int i = 0; i < cs.length; i++) {
          for (int f : cs[i]) {
            s[i] += w[f];
          }
          max = Math.max(max, s[i]);
        }
        double z = 0;
        double zg = 0;
        for (int i = 0; i < cs.length; i++) {
          s[i] = Math.exp(s[i] - max);
          z += s[i];
          zg += gold[i] ? s[i] : 0;
        }
        Map<Integer, Double> grad = new HashMap<>();
        for (int i = 0; i < cs.length; i++) {
          double d = s[i] / z - (gold[i] ? s[i] / zg : 0);
          if (d != 0) {
            for (int f : cs[i]) {
              grad.merge(f, d, Double::sum);
            }
          }
        }
        grad.keySet().stream().sorted().forEach(f -> {
          double g = grad.get(f) + l2 * w[f];
          sq[f] += g * g;
          w[f] -= rate * g / Math.sqrt(sq[f] + 1e-8);
        });
      }
    }
    List<Context> params = new ArrayList<>();
    List<String> labels = new ArrayList<>();
    for (int f = 0; f < w.length; f++) {
      if (w[f] != 0) {
        params.add(new Context(new int[] {0}, new double[] {w[f]}));
        labels.add(names.get(f));
      }
    }
    return new GISModel(params.toArray(Context[]::new), labels.toArray(String[]::new),
        new String[] {positive, negative});
  }
}
