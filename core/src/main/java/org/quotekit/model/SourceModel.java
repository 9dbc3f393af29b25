package org.quotekit.model;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.util.List;
import java.util.Objects;
import opennlp.tools.ml.model.MaxentModel;

/**
 * A trained source ranker: the probability that a candidate mention ({@link
 * SourceFeatures.Candidate}) is the source of a cue's attribution; the most probable candidate
 * wins ({@link LearnedSourceFinder}). Stored as a gzipped OpenNLP binary maximum-entropy model.
 * Immutable and thread-safe.
 */
public final class SourceModel {
  /** The outcome label of a candidate that overlaps the gold source, when training. */
  public static final String SOURCE = "source";
  /** The outcome label of any other candidate. */
  public static final String OTHER = "other";
  /** Where the bundled English news model lives on the classpath. */
  public static final String BUNDLED = "/org/quotekit/model/source-en.bin.gz";

  private final MaxentModel model;
  private final int sourceIndex;
  private final FeatureTable table;

  /**
   * Wraps a trained OpenNLP model whose events are {@link SourceFeatures} contexts labelled
   * {@link #SOURCE} or {@link #OTHER}, as the trainer ({@code SourceModelTrainer}, in the {@code
   * quotekit-eval} module) makes it. Applications read a model with {@link #read(InputStream,
   * String)} or {@link #bundled()} instead.
   *
   * @param model a GIS model with exactly the two outcomes {@link #SOURCE} and {@link #OTHER}
   * @throws IllegalArgumentException if the outcomes are not those two
   */
  public SourceModel(MaxentModel model) {
    this.model = Objects.requireNonNull(model, "model");
    this.sourceIndex = BinaryModels.outcome(model, SOURCE, OTHER, "source model");
    this.table = FeatureTable.of(model, List.of());
  }

  /**
   * Reads a model written by {@link #write(OutputStream)}; the bytes are untrusted and checked as
   * {@link CueModel#read(InputStream, String)} checks a cue model's.
   *
   * @param in the gzipped model bytes; not closed
   * @param name names the model in error messages (a path or resource)
   * @throws IOException naming the model and saying what is wrong when the bytes are not a valid
   *     source model
   */
  public static SourceModel read(InputStream in, String name) throws IOException {
    return BinaryModels.read(in, name, "source model", SourceModel::new);
  }

  /**
   * The model bundled with QuoteKit, trained on the PolNeAR training split.
   *
   * @throws IOException when the resource is missing or corrupt
   */
  public static SourceModel bundled() throws IOException {
    return BinaryModels.bundled(BUNDLED, SourceModel::read);
  }

  /** Writes the model, gzipped, to {@code out} (which is finished but not closed). */
  public void write(OutputStream out) throws IOException {
    BinaryModels.write(model, out);
  }

  /**
   * The probability that a candidate with these features is the source. A GIS model (every model
   * {@link #read} returns) is read through its {@link FeatureTable}, which gives OpenNLP's own
   * number to the last bit without its map of feature strings.
   */
  public double probability(String[] features) {
    if (table == null) {
      return model.eval(features)[sourceIndex];
    }
    return table.probabilities(FeatureSink.hashes(features))[sourceIndex];
  }
}
