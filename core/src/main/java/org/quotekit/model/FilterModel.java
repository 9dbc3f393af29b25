package org.quotekit.model;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.util.Objects;
import opennlp.tools.ml.model.MaxentModel;

/**
 * A trained attribution filter: the probability that a candidate attribution of the model
 * extractor (a cue with the content and source the later stages gave it) is a real one, given
 * its {@link FilterFeatures}. The model extractor drops the candidates that, seen whole, look
 * wrong ({@link ModelCueAttributor.Check}). Stored as a
 * gzipped OpenNLP binary maximum-entropy model. Immutable and thread-safe.
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
