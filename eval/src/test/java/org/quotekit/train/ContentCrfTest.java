package org.quotekit.train;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import opennlp.tools.ml.model.Context;
import org.junit.jupiter.api.Test;
import org.quotekit.model.ContentModel;

/**
 * The content labeller's random field: its gradient is the derivative of the side's log
 * likelihood (checked against finite differences, with the content anywhere, at the side's end
 * or absent), and training raises the probability of the gold labellings of sides it never saw.
 */
class ContentCrfTest {
  private static final int FEATURES = 5;
  private static final int TRANSITIONS = FEATURES * 9;

  @Test
  void theGradientIsTheDerivativeOfTheLogLikelihood() {
    Random random = new Random(7);
    int[][] toks = new int[6][];
    for (int j = 0; j < toks.length; j++) {
      toks[j] = new int[] {random.nextInt(FEATURES), random.nextInt(FEATURES)};
    }
    double[] w = new double[TRANSITIONS + 6];
    for (int i = 0; i < w.length; i++) {
      w[i] = random.nextGaussian();
    }
    int[][] golds = {{1, 4}, {0, 6}, {2, 3}, {0, 0}};
    for (int[] gold : golds) {
      double[][] d = ContentCrf.gradient(toks, w, TRANSITIONS, gold[0], gold[1]);
      // the weights a gradient moves: every slot of a feature row the potentials read, and the
      // transitions
      for (int i = 0; i < w.length; i++) {
        double analytic = 0;
        for (int j = 0; j < toks.length; j++) {
          if (i >= TRANSITIONS) {
            analytic += d[j][3 + i - TRANSITIONS];
          } else {
            for (int f : toks[j]) {
              analytic += f == i / 9 ? d[j][i % 9] : 0;
            }
          }
        }
        double h = 1e-5;
        double saved = w[i];
        w[i] = saved + h;
        double up = -ContentCrf.paths(toks, w, TRANSITIONS).logProbability(gold[0], gold[1]);
        w[i] = saved - h;
        double down = -ContentCrf.paths(toks, w, TRANSITIONS).logProbability(gold[0], gold[1]);
        w[i] = saved;
        assertThat(analytic).as("weight %d, gold %d..%d", i, gold[0], gold[1])
            .isCloseTo((up - down) / (2 * h), within(1e-6));
      }
    }
  }

  /**
   * Sides where the content starts after the token "that" and runs to a full stop, or is absent
   * when no "that" comes: after training, a side with those words in other places gets its gold
   * labelling as the most probable one.
   */
  @Test
  void trainingLearnsWhereContentStartsAndEnds() {
    List<ContentCrf.Side> sides = new ArrayList<>();
    Random random = new Random(3);
    for (int i = 0; i < 60; i++) {
      sides.add(side(random, random.nextInt(4), 2 + random.nextInt(5), i % 5 != 0));
    }
    Map<String, Context> weights = new ContentCrf(20, 1, 0.1).train(sides);
    assertThat(weights).containsKey(ContentModel.FIELD_PREFIX + "w=that");
    List<String> names = List.of("w=word", "w=that", "w=.", "p=word", "p=that", "p=.", "p=");
    double[] w = new double[names.size() * 9 + 6];
    int transitions = names.size() * 9;
    String p = ContentModel.FIELD_PREFIX;
    String[] blocks = {p, p + ContentModel.BEFORE + "|", p + ContentModel.IN + "|"};
    for (int f = 0; f < names.size(); f++) {
      for (int block = 0; block < 3; block++) {
        read(weights.get(blocks[block] + names.get(f)), w, f * 9 + 3 * block);
      }
    }
    read(weights.get(p + "prev=" + ContentModel.BEFORE), w, transitions);
    read(weights.get(p + "prev=" + ContentModel.IN), w, transitions + 3);
    Random unseen = new Random(11);
    for (int i = 0; i < 10; i++) {
      ContentCrf.Side s = side(unseen, 1 + unseen.nextInt(5), 3 + unseen.nextInt(6), i % 3 != 0);
      int[][] toks = new int[s.tokens().length][];
      for (int j = 0; j < toks.length; j++) {
        toks[j] = new int[] {names.indexOf(s.tokens()[j][0]), names.indexOf(s.tokens()[j][1])};
      }
      ContentCrf.Paths paths = ContentCrf.paths(toks, w, transitions);
      double gold = paths.logProbability(s.start(), s.end());
      for (int a = 0; a < toks.length; a++) {
        for (int b = a + 1; b <= toks.length; b++) {
          if (a != s.start() || b != s.end()) {
            assertThat(paths.logProbability(a, b)).isLessThan(gold);
          }
        }
      }
    }
  }

  /**
   * A side of {@code before} words, then (if {@code content}) "that", {@code length} words and a
   * full stop, then two or three words; the gold content is the words after "that". Each token's
   * features are its word ("w=") and the word before it ("p=").
   */
  private static ContentCrf.Side side(Random random, int before, int length, boolean content) {
    List<String> toks = new ArrayList<>();
    for (int j = 0; j < before; j++) {
      toks.add("word");
    }
    int start = 0;
    int end = 0;
    if (content) {
      toks.add("that");
      start = toks.size();
      for (int j = 0; j < length; j++) {
        toks.add("word");
      }
      end = toks.size();
      toks.add(".");
    }
    for (int j = 0; j < 2 + random.nextInt(2); j++) {
      toks.add("word");
    }
    String[][] features = new String[toks.size()][];
    for (int j = 0; j < features.length; j++) {
      features[j] = new String[] {"w=" + toks.get(j), "p=" + (j == 0 ? "" : toks.get(j - 1))};
    }
    return new ContentCrf.Side(features, start, end);
  }

  /** Copies a feature's weights (by outcome index, LABELS order) into {@code w} at {@code at}. */
  private static void read(Context c, double[] w, int at) {
    if (c == null) {
      return;
    }
    for (int k = 0; k < c.getOutcomes().length; k++) {
      w[at + c.getOutcomes()[k]] = c.getParameters()[k];
    }
  }
}
