package org.quotekit.train;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import opennlp.tools.ml.EventTrainer;
import opennlp.tools.ml.TrainerFactory;
import opennlp.tools.ml.model.Event;
import opennlp.tools.ml.model.MaxentModel;
import opennlp.tools.util.ObjectStreamUtils;
import opennlp.tools.util.TrainingParameters;

/**
 * The GIS settings of a trainer (iterations, cutoff, an optional Gaussian prior), checked, and the
 * training run itself.
 */
final class Gis {
  private int iterations;
  private int cutoff;
  private double sigma;

  Gis(int iterations, int cutoff) {
    iterations(iterations);
    cutoff(cutoff);
  }

  /** Sets the iterations; IllegalArgumentException if not positive. */
  void iterations(int n) {
    if (n <= 0) {
      throw new IllegalArgumentException("iterations must be positive: " + n);
    }
    this.iterations = n;
  }

  /** Sets the cutoff; IllegalArgumentException if negative. */
  void cutoff(int n) {
    if (n < 0) {
      throw new IllegalArgumentException("cutoff must not be negative: " + n);
    }
    this.cutoff = n;
  }

  /**
   * Smooths the weights with a Gaussian prior of this standard deviation (OpenNLP's {@code
   * GaussianSmoothing}); 0, the default, trains without one. IllegalArgumentException if
   * negative or not a number.
   */
  void gaussianSigma(double sigma) {
    if (!(sigma >= 0)) {
      throw new IllegalArgumentException("sigma must not be negative: " + sigma);
    }
    this.sigma = sigma;
  }

  /** Trains a maximum-entropy model; deterministic for the same events. */
  MaxentModel train(List<Event> events, String what) {
    TrainingParameters params = new TrainingParameters();
    params.put(TrainingParameters.ALGORITHM_PARAM, "MAXENT");
    params.put(TrainingParameters.ITERATIONS_PARAM, iterations);
    params.put(TrainingParameters.CUTOFF_PARAM, cutoff);
    params.put("PrintMessages", false);
    if (sigma > 0) {
      params.put("GaussianSmoothing", true);
      params.put("GaussianSmoothingSigma", sigma);
    }
    EventTrainer trainer = TrainerFactory.getEventTrainer(params, null);
    try {
      return trainer.train(ObjectStreamUtils.createObjectStream(events));
    } catch (IOException e) {
      throw new UncheckedIOException("training the " + what + " failed", e);
    }
  }
}
