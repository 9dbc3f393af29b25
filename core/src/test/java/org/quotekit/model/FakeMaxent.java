package org.quotekit.model;

import java.util.function.ToDoubleFunction;
import opennlp.tools.ml.model.MaxentModel;

/**
 * A two-outcome maximum-entropy model for tests: the probability of {@code positive} is what
 * {@code score} makes of the context, so a test decides what a model "thinks" without training
 * one.
 */
record FakeMaxent(String positive, String negative, ToDoubleFunction<String[]> score)
    implements MaxentModel {

  @Override
  public double[] eval(String[] context) {
    double p = score.applyAsDouble(context);
    return new double[] {p, 1 - p};
  }

  @Override
  public double[] eval(String[] context, double[] values) {
    return eval(context);
  }

  @Override
  public double[] eval(String[] context, float[] values) {
    return eval(context);
  }

  @Override
  public String getBestOutcome(double[] outcomes) {
    return outcomes[0] >= outcomes[1] ? positive : negative;
  }

  @Override
  public String getAllOutcomes(double[] outcomes) {
    return positive + "[" + outcomes[0] + "] " + negative + "[" + outcomes[1] + "]";
  }

  @Override
  public String getOutcome(int i) {
    return i == 0 ? positive : negative;
  }

  @Override
  public int getIndex(String outcome) {
    return outcome.equals(positive) ? 0 : outcome.equals(negative) ? 1 : -1;
  }

  @Override
  public int getNumOutcomes() {
    return 2;
  }
}
