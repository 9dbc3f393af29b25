package org.quotekit.model;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.util.List;
import java.util.Objects;
import opennlp.tools.ml.model.MaxentModel;

/**
 * A trained cue classifier: the probability that a token is the reporting word of an attribution,
 * given its context. Stored as a gzipped OpenNLP binary maximum-entropy model. Immutable and
 * thread-safe (evaluating an OpenNLP {@code MaxentModel} does not change it).
 */
public final class CueModel {
  /** The outcome label of a cue token (the head of a gold cue, when training). */
  public static final String CUE = "cue";
  /** The outcome label of any other candidate token. */
  public static final String OTHER = "other";
  /** Where the bundled English news model lives on the classpath. */
  public static final String BUNDLED = "/org/quotekit/model/cue-en.bin.gz";

  private final MaxentModel model;
  private final int cueIndex;
  private final FeatureTable table;

  /**
   * Wraps a trained OpenNLP model, as the trainer ({@code CueModelTrainer}, in the {@code
   * quotekit-eval} module) makes it: its events are {@link CueFeatures} contexts labelled {@link
   * #CUE} or {@link #OTHER}. Applications read a model with {@link #read(InputStream, String)} or
   * {@link #bundled()} instead.
   *
   * @param model a model with exactly the two outcomes {@link #CUE} and {@link #OTHER};
   *     {@linkplain #write(OutputStream) writing} it needs a GIS model, as OpenNLP's {@code
   *     MAXENT} trainer returns
   * @throws IllegalArgumentException if the outcomes are not those two
   */
  public CueModel(MaxentModel model) {
    this.model = Objects.requireNonNull(model, "model");
    this.cueIndex = BinaryModels.outcome(model, CUE, OTHER, "cue model");
    this.table = FeatureTable.of(model, List.of());
  }

  /**
   * Reads a model written by {@link #write(OutputStream)}. The bytes are untrusted: every count in
   * them is checked against the bytes that remain before anything is allocated, and the model is
   * validated (a GIS model, outcome indexes in range, every weight a number from -30 to 30, at most
   * 64 MiB uncompressed).
   *
   * @param in the gzipped model bytes; not closed
   * @param name names the model in error messages (a path or resource)
   * @throws IOException naming the model and saying what is wrong when the bytes are not a valid
   *     cue model
   */
  public static CueModel read(InputStream in, String name) throws IOException {
    return BinaryModels.read(in, name, "cue model", CueModel::new);
  }

  /**
   * The model bundled with QuoteKit, trained on the PolNeAR training split.
   *
   * @throws IOException when the resource is missing or corrupt
   */
  public static CueModel bundled() throws IOException {
    return BinaryModels.bundled(BUNDLED, CueModel::read);
  }

  /** Writes the model, gzipped, to {@code out} (which is finished but not closed). */
  public void write(OutputStream out) throws IOException {
    BinaryModels.write(model, out);
  }

  /** The probability that a token with these features is a cue. */
  public double probability(String[] features) {
    return model.eval(features)[cueIndex];
  }

  /**
   * Whether the model reads a token's features as the {@link FeatureSink#hash hashes} of {@link
   * CueFeatures#hashes} ({@link #probability(long[])}). A GIS model (every model {@link #read}
   * returns) does.
   */
  boolean readsHashes() {
    return table != null;
  }

  /**
   * The probability that a token whose features have these hashes is a cue, the same number as
   * {@link #probability(String[])} of the features; only when {@link #readsHashes()}.
   */
  double probability(long[] hashes) {
    return table.probabilities(hashes)[cueIndex];
  }
}
