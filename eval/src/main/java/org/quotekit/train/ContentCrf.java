package org.quotekit.train;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import opennlp.tools.ml.model.Context;
import org.quotekit.model.ContentModel;

/**
 * Trains the conditional random field part of the content labeller ({@link
 * ContentModel#hasField()}): a linear chain over each side of a cue whose whole labelling (tokens
 * before the content, the content, the first token past it) is scored by the sum of its tokens'
 * potentials and normalised over every labelling of the side at once, not token by token as the
 * maximum-entropy Markov model of {@link ContentModelTrainer} is. A side of n tokens has n(n+1)/2
 * + 1 labellings (a run of content from a to b, or none), so the partition function and the
 * marginals are computed exactly by enumerating them. Potentials use the Markov model's
 * features: each token's features alone and conjoined with the previous label, and the previous
 * label alone. Trained by AdaGrad over the sides in their given order for a fixed number of
 * passes, so deterministic. Not thread-safe.
 */
final class ContentCrf {
  /** Weights per feature: plain (3 labels), after BEFORE (3), after IN (3). */
  private static final int W = 9;

  private final int passes;
  private final int cutoff;
  private final double rate;

  /**
   * One side of a cue, read outwards: each token's features, and the gold run of content at
   * positions {@code start..end-1} ({@code start == end} when the side has none).
   */
  record Side(String[][] tokens, int start, int end) {}

  /**
   * A trainer.
   *
   * @param passes how many times to go over every side
   * @param cutoff how often a feature must occur among the sides' tokens to get weights
   * @param rate the AdaGrad learning rate
   */
  ContentCrf(int passes, int cutoff, double rate) {
    this.passes = passes;
    this.cutoff = cutoff;
    this.rate = rate;
  }

  /** The trained field's weights, as {@link #weights} gives them. */
  Map<String, Context> train(List<Side> sides) {
    FeatureIndex index = new FeatureIndex(
        () -> sides.stream().flatMap(s -> Arrays.stream(s.tokens())).iterator(), cutoff);
    List<String> names = index.names();
    List<int[][]> encoded = new ArrayList<>(sides.size());
    for (Side s : sides) {
      encoded.add(Arrays.stream(s.tokens()).map(index::encode).toArray(int[][]::new));
    }
    int features = names.size();
    int transitions = features * W; // the previous label's own weights: after BEFORE, after IN
    double[] w = new double[transitions + 6];
    double[] sq = new double[w.length];
    double[] grad = new double[w.length];
    int[] touched = new int[features + 1];
    boolean[] isTouched = new boolean[features + 1];
    for (int pass = 0; pass < passes; pass++) {
      for (int si = 0; si < sides.size(); si++) {
        int[][] toks = encoded.get(si);
        int n = toks.length;
        if (n == 0) {
          continue;
        }
        double[][] d = gradient(toks, w, transitions, sides.get(si).start(),
            sides.get(si).end());
        int nTouched = 0;
        for (int j = 0; j < n; j++) {
          double[] dj = d[j];
          for (int f : toks[j]) {
            if (!isTouched[f]) {
              isTouched[f] = true;
              touched[nTouched++] = f;
            }
            int r = f * W;
            for (int i = 0; i < W; i++) {
              grad[r + i] += dj[i];
            }
          }
          // the previous label's own weights, after BEFORE and after IN
          for (int i = 0; i < 6; i++) {
            grad[transitions + i] += dj[3 + i];
          }
        }
        touched[nTouched++] = features; // the transitions
        for (int k = 0; k < nTouched; k++) {
          int f = touched[k];
          int from = f == features ? transitions : f * W;
          int to = f == features ? transitions + 6 : from + W;
          for (int i = from; i < to; i++) {
            double g = grad[i];
            if (g != 0) {
              sq[i] += g * g;
              w[i] -= rate * g / Math.sqrt(sq[i] + 1e-8);
            }
            grad[i] = 0;
          }
          if (f < features) {
            isTouched[f] = false;
          }
        }
      }
    }
    return weights(names, w, transitions);
  }

  /**
   * The scores of every labelling of a side: {@code scores[a][b]} for content at positions
   * {@code a..b-1}, {@code none} for none; {@code max} the highest of them, {@code exps[a][b]}
   * the exponential of {@code scores[a][b]} after {@code max} is subtracted, and {@code z} the
   * sum of those exponentials, none's too.
   */
  record Paths(double[][] scores, double[][] exps, double none, double max, double z) {
    /** The log probability of the labelling with content {@code start..end-1} (none if equal). */
    double logProbability(int start, int end) {
      return (start < end ? scores[start][end] : none) - max - Math.log(z);
    }
  }

  /** The scores of every labelling of a side of tokens with these features, given the weights. */
  static Paths paths(int[][] toks, double[] w, int transitions) {
    int n = toks.length;
    double[] bb = new double[n];
    double[] bi = new double[n];
    double[] ii = new double[n];
    double[] ia = new double[n];
    for (int j = 0; j < n; j++) {
      double[] p = potentials(toks[j], w, transitions);
      bb[j] = p[0];
      bi[j] = p[1];
      ii[j] = p[2];
      ia[j] = p[3];
    }
    double[] cbb = new double[n + 1];
    double[] cii = new double[n + 1];
    for (int j = 0; j < n; j++) {
      cbb[j + 1] = cbb[j] + bb[j];
      cii[j + 1] = cii[j] + ii[j];
    }
    // path (a, b): BEFORE up to a, IN a..b-1, AFTER at b (if b < n); none: BEFORE throughout
    double none = cbb[n];
    double max = none;
    double[][] s = new double[n][];
    for (int a = 0; a < n; a++) {
      s[a] = new double[n + 1];
      double head = cbb[a] + bi[a] - cii[a + 1];
      for (int b = a + 1; b <= n; b++) {
        double v = head + cii[b] + (b < n ? ia[b] : 0);
        s[a][b] = v;
        max = Math.max(max, v);
      }
    }
    double z = Math.exp(none - max);
    double[][] e = new double[n][n + 1];
    for (int a = 0; a < n; a++) {
      for (int b = a + 1; b <= n; b++) {
        e[a][b] = Math.exp(s[a][b] - max);
        z += e[a][b];
      }
    }
    return new Paths(s, e, none, max, z);
  }

  /**
   * The gradient of the side's negative log-likelihood with respect to each token's potentials,
   * for the gold run of content {@code gs..ge-1} (none when equal): per token 9 numbers,
   * expected minus gold, in the layout of a feature row (plain labels, after BEFORE, after IN).
   */
  static double[][] gradient(int[][] toks, double[] w, int transitions, int gs, int ge) {
    int n = toks.length;
    Paths paths = paths(toks, w, transitions);
    double[][] e = paths.exps();
    double z = paths.z();
    double pNone = Math.exp(paths.none() - paths.max()) / z;
    double[] pa = new double[n + 1];
    double[] pb = new double[n + 1];
    for (int a = 0; a < n; a++) {
      for (int b = a + 1; b <= n; b++) {
        double p = e[a][b] / z;
        pa[a] += p;
        pb[b] += p;
      }
    }
    double[][] d = new double[n][W];
    double startsAfter = pNone; // P(a > j), accumulated from the right
    double[] pAbove = new double[n];
    for (int j = n - 1; j >= 0; j--) {
      pAbove[j] = startsAfter;
      startsAfter += pa[j];
    }
    double startedBefore = 0; // P(a < j)
    double endedBy = 0; // P(b <= j)
    boolean gIn = gs < ge;
    for (int j = 0; j < n; j++) {
      endedBy += pb[j];
      double eBB = pAbove[j];
      double eBI = pa[j];
      double eII = Math.max(0, startedBefore - endedBy);
      double eIA = pb[j];
      startedBefore += pa[j];
      double gBB = !gIn || j < gs ? 1 : 0;
      double gBI = gIn && j == gs ? 1 : 0;
      double gII = gIn && j > gs && j < ge ? 1 : 0;
      double gIA = gIn && j == ge ? 1 : 0;
      double[] dj = d[j];
      dj[0] = eBB - gBB;
      dj[1] = (eBI + eII) - (gBI + gII);
      dj[2] = eIA - gIA;
      dj[3] = eBB - gBB;
      dj[4] = eBI - gBI;
      dj[7] = eII - gII;
      dj[8] = eIA - gIA;
    }
    return d;
  }

  /** A token's potentials: BEFORE after BEFORE, IN after BEFORE, IN after IN, AFTER after IN. */
  static double[] potentials(int[] feats, double[] w, int transitions) {
    double pb = 0;
    double pi = 0;
    double pa = 0;
    double bb = 0;
    double bi = 0;
    double ii = 0;
    double ia = 0;
    for (int f : feats) {
      int r = f * W;
      pb += w[r];
      pi += w[r + 1];
      pa += w[r + 2];
      bb += w[r + 3];
      bi += w[r + 4];
      ii += w[r + 7];
      ia += w[r + 8];
    }
    return new double[] {pb + bb + w[transitions], pi + bi + w[transitions + 1],
        pi + ii + w[transitions + 4], pa + ia + w[transitions + 5]};
  }

  /**
   * The weights by feature name, as the content model's file holds them: the names of the Markov
   * model's features (plain, conjoined with the previous label, the previous label alone) after
   * {@link ContentModel#FIELD_PREFIX}, each with its weights for the outcomes of {@link
   * ContentModel#LABELS} (by index into that list).
   */
  private static Map<String, Context> weights(List<String> names, double[] w, int transitions) {
    Map<String, Context> params = new LinkedHashMap<>();
    String p = ContentModel.FIELD_PREFIX;
    String[] prefixes = {p, p + ContentModel.BEFORE + "|", p + ContentModel.IN + "|"};
    for (int block = 0; block < 3; block++) {
      for (int f = 0; f < names.size(); f++) {
        add(params, prefixes[block] + names.get(f), w, f * W + 3 * block);
      }
    }
    add(params, p + "prev=" + ContentModel.BEFORE, w, transitions);
    add(params, p + "prev=" + ContentModel.IN, w, transitions + 3);
    return params;
  }

  private static void add(Map<String, Context> params, String name, double[] w, int at) {
    int count = 0;
    for (int i = 0; i < 3; i++) {
      count += w[at + i] != 0 ? 1 : 0;
    }
    if (count == 0) {
      return;
    }
    int[] o = new int[count];
    double[] v = new double[count];
    int k = 0;
    for (int i = 0; i < 3; i++) {
      if (w[at + i] != 0) {
        o[k] = i;
        v[k++] = w[at + i];
      }
    }
    params.put(name, new Context(o, v));
  }
}
