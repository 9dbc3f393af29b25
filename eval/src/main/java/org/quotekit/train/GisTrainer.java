package org.quotekit.train;

import java.util.List;
import opennlp.tools.ml.model.Event;
import opennlp.tools.ml.model.MaxentModel;

/**
 * What every trainer of this package shares: its GIS settings (iterations and cutoff, each
 * trainer with its own defaults), checked, and the training run.
 *
 * @param <T> the trainer, returned by the setters so that calls chain
 */
abstract class GisTrainer<T extends GisTrainer<T>> {
  private final Gis gis;

  GisTrainer(int iterations, int cutoff) {
    this.gis = new Gis(iterations, cutoff);
  }

  /**
   * Sets the number of GIS iterations (the defaults are the trainer's).
   *
   * @throws IllegalArgumentException if not positive
   */
  public T iterations(int n) {
    gis.iterations(n);
    return self();
  }

  /**
   * Sets how often a feature must occur to be kept (the defaults are the trainer's).
   *
   * @throws IllegalArgumentException if negative
   */
  public T cutoff(int n) {
    gis.cutoff(n);
    return self();
  }

  /**
   * Smooths the weights with a Gaussian prior of this standard deviation; 0 trains without one
   * (the default here; the cue and content trainers set their own).
   *
   * @throws IllegalArgumentException if negative or not a number
   */
  public T gaussianSigma(double sigma) {
    gis.gaussianSigma(sigma);
    return self();
  }

  /** Trains a maximum-entropy model on the events; deterministic for the same events. */
  MaxentModel train(List<Event> events, String what) {
    return gis.train(events, what);
  }

  /** This trainer. */
  abstract T self();
}
