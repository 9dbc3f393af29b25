package org.quotekit.internal;

/**
 * The last step of evaluating an OpenNLP GIS model, shared by the code that sums a model's weights
 * itself (the POS tagger's feature cache, the attribution models' feature tables) so their numbers
 * stay those of {@code GISModel.eval} to the last bit. Internal: not part of the API.
 */
public final class GisMath {
  private GisMath() {}

  /**
   * Turns per-outcome sums of weights into probabilities in place, as GIS does ({@link
   * StrictMath#exp} of each, divided by their total), and returns the array.
   */
  public static double[] normalise(double[] sums) {
    double normal = 0.0;
    for (int o = 0; o < sums.length; o++) {
      sums[o] = StrictMath.exp(sums[o]);
      normal += sums[o];
    }
    for (int o = 0; o < sums.length; o++) {
      sums[o] /= normal;
    }
    return sums;
  }
}
