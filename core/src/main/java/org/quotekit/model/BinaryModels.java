package org.quotekit.model;

import java.io.DataOutputStream;
import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.util.Objects;
import java.util.function.Function;
import java.util.zip.GZIPOutputStream;
import opennlp.tools.ml.maxent.io.BinaryGISModelWriter;
import opennlp.tools.ml.model.AbstractModel;
import opennlp.tools.ml.model.MaxentModel;

/** Reading, writing and locating the gzipped binary GIS models of this package. Stateless. */
final class BinaryModels {
  private BinaryModels() {}

  /**
   * Reads and validates a model and wraps it; errors, also the wrapper's, name the model and say
   * what kind it should be.
   */
  static <T> T read(InputStream in, String name, String kind, Function<MaxentModel, T> wrap)
      throws IOException {
    Objects.requireNonNull(in, "in");
    try {
      return wrap.apply(CueModelReader.read(in));
    } catch (IOException | RuntimeException e) {
      String why = e.getClass() == IOException.class || e instanceof IllegalArgumentException
          ? e.getMessage() : e.toString();
      throw new IOException("cannot read " + kind + " " + name + ": " + why, e);
    }
  }

  /** Reads a model of this package's from its bytes, naming it in errors. */
  @FunctionalInterface
  interface Reader<T> {
    T read(InputStream in, String name) throws IOException;
  }

  /** Reads the bundled model at {@code path} (a classpath resource) with {@code reader}. */
  static <T> T bundled(String path, Reader<T> reader) throws IOException {
    try (InputStream in = resource(path)) {
      return reader.read(in, path);
    }
  }

  /**
   * The index of outcome {@code positive} of a model that must have exactly the outcomes {@code
   * positive} and {@code negative}.
   *
   * @throws IllegalArgumentException naming the kind of model when it has other outcomes
   */
  static int outcome(MaxentModel model, String positive, String negative, String kind) {
    int index = model.getIndex(positive);
    if (index < 0 || model.getIndex(negative) < 0 || model.getNumOutcomes() != 2) {
      throw new IllegalArgumentException("not a QuoteKit " + kind + ": outcomes must be '"
          + positive + "' and '" + negative + "'");
    }
    return index;
  }

  /** A classpath resource of this package's models; IOException when it is missing. */
  static InputStream resource(String path) throws IOException {
    InputStream in = BinaryModels.class.getResourceAsStream(path);
    if (in == null) {
      throw new IOException("model not on the classpath: " + path);
    }
    return in;
  }

  /**
   * Writes a GIS model, gzipped; {@code out} is not closed (OpenNLP's writer closes the stream it
   * is given, so it is given one whose close only finishes the gzip data).
   */
  static void write(MaxentModel model, OutputStream out) throws IOException {
    OutputStream kept = new FilterOutputStream(out) {
      @Override
      public void write(byte[] b, int off, int len) throws IOException {
        out.write(b, off, len);
      }

      @Override
      public void close() throws IOException {
        flush();
      }
    };
    GZIPOutputStream gz = new GZIPOutputStream(kept);
    DataOutputStream data = new DataOutputStream(gz);
    new BinaryGISModelWriter((AbstractModel) model, data).persist();
    data.flush();
    gz.finish();
  }
}
