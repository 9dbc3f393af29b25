package org.quotekit.train;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
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
public final class ListwiseTrainer {
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
  public record Group(List<String[]> candidates, boolean[] gold) {
    /** Whether some candidate is right ({@code right} true) or some is wrong (false). */
    public boolean has(boolean right) {
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
  public ListwiseTrainer(int passes, int cutoff, double rate, double l2) {
    this.passes = passes;
    this.cutoff = cutoff;
    this.rate = rate;
    this.l2 = l2;
  }

  /**
   * The model of the lists, whose outcomes are {@code positive} (the candidate's score) and
   * {@code negative} (always 0). A list in which every candidate is right teaches nothing (its
   * gradient is 0); one in which every candidate is wrong would push all its features down, so
   * callers pass only lists with a right candidate.
   */
  public MaxentModel train(List<Group> groups, String positive, String negative) {
    FeatureIndex index = new FeatureIndex(
        () -> groups.stream().flatMap(g -> g.candidates().stream()).iterator(), cutoff);
    List<String> names = index.names();
    List<int[][]> encoded = new ArrayList<>(groups.size());
    for (Group g : groups) {
      encoded.add(g.candidates().stream().map(index::encode).toArray(int[][]::new));
    }
    double[] w = new double[names.size()];
    double[] sq = new double[names.size()];
    // a list's gradient, dense, with the features it touched (a feature whose gradients cancel
    // to 0 still takes its L2 and AdaGrad step)
    double[] grad = new double[w.length];
    int[] touched = new int[w.length];
    boolean[] isTouched = new boolean[w.length];
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
        int nTouched = 0;
        for (int i = 0; i < cs.length; i++) {
          double d = s[i] / z - (gold[i] ? s[i] / zg : 0);
          if (d != 0) {
            for (int f : cs[i]) {
              if (!isTouched[f]) {
                isTouched[f] = true;
                touched[nTouched++] = f;
              }
              grad[f] += d;
            }
          }
        }
        // each feature's step reads and writes only its own slots, so their order is free
        for (int k = 0; k < nTouched; k++) {
          int f = touched[k];
          double g = grad[f] + l2 * w[f];
          sq[f] += g * g;
          w[f] -= rate * g / Math.sqrt(sq[f] + 1e-8);
          grad[f] = 0;
          isTouched[f] = false;
        }
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
