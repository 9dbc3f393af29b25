package org.quotekit.model;

import java.io.ByteArrayInputStream;
import java.io.DataInputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;
import java.util.StringTokenizer;
import java.util.zip.GZIPInputStream;
import opennlp.tools.ml.maxent.GISModel;
import opennlp.tools.ml.model.Context;

/**
 * Reads OpenNLP's binary GIS model format (as {@code BinaryGISModelWriter} writes it) from an
 * untrusted file: every count is checked against the bytes that remain before anything is
 * allocated for it, and the model is validated (type, outcome indexes, finite and bounded
 * weights), so that a corrupt file fails with an {@link IOException} saying what is wrong instead
 * of an {@code OutOfMemoryError} or a model that gives NaN probabilities. OpenNLP's own reader
 * trusts the counts and only logs a wrong model type. Not thread-safe; one instance per read.
 *
 * <p>The format, all big-endian {@link java.io.DataOutput} values: the type {@code "GIS"}
 * (modified UTF-8), the correction constant (int) and parameter (double), both unused; the outcome
 * labels (an int count, then the strings); the outcome patterns (a count, then strings of
 * space-separated ints: how many predicates use the pattern, then their outcome indexes); the
 * predicate labels (a count, then the strings, in pattern order); and for each predicate one
 * double per outcome of its pattern.
 */
final class CueModelReader {
  /** Largest uncompressed model read: 64 MiB, 80 times the bundled model. */
  static final int MAX_BYTES = 64 << 20;
  /**
   * Largest absolute weight accepted. GIS training keeps weights small (the bundled model's largest
   * is 5.9); a token has about 22 {@link CueFeatures}, and 22 times 30 stays below 709, beyond
   * which OpenNLP's {@code exp} of the weight sum overflows and probabilities become NaN.
   */
  static final double MAX_WEIGHT = 30;

  private static final int MIN_UTF_BYTES = 2;
  private static final int DOUBLE_BYTES = 8;

  private final ByteArrayInputStream bytes;
  private final DataInputStream data;

  private CueModelReader(byte[] model) {
    this.bytes = new ByteArrayInputStream(model);
    this.data = new DataInputStream(bytes);
  }

  /**
   * Reads and validates a gzipped GIS model.
   *
   * @throws IOException saying what is wrong when the bytes are not a valid GIS model
   */
  static GISModel read(InputStream gzipped) throws IOException {
    byte[] model = new GZIPInputStream(gzipped).readNBytes(MAX_BYTES + 1);
    if (model.length > MAX_BYTES) {
      throw new IOException("larger than " + (MAX_BYTES >> 20) + " MiB uncompressed");
    }
    try {
      return new CueModelReader(model).model();
    } catch (EOFException e) {
      throw new IOException("truncated: the file ends inside the model", e);
    }
  }

  private GISModel model() throws IOException {
    String type = data.readUTF();
    if (!type.equals("GIS")) {
      throw new IOException("not a GIS maximum-entropy model: its type is '" + shorten(type) + "'");
    }
    data.readInt();
    data.readDouble();
    String[] outcomes = strings("outcome");
    int[][] patterns = patterns(outcomes);
    String[] predicates = strings("predicate");
    Context[] parameters = parameters(patterns, predicates, outcomes);
    if (bytes.available() > 0) {
      throw new IOException(bytes.available() + " bytes after the last weight");
    }
    return new GISModel(parameters, predicates, outcomes);
  }

  /** A count of items of at least {@code minBytes} each, bounded by the bytes that remain. */
  private int count(String what, int minBytes) throws IOException {
    int n = data.readInt();
    if (n < 0 || (long) n * minBytes > bytes.available()) {
      throw new IOException(what + " count " + n + " does not fit the " + bytes.available()
          + " bytes left");
    }
    return n;
  }

  /** Distinct labels. */
  private String[] strings(String what) throws IOException {
    String[] out = new String[count(what, MIN_UTF_BYTES)];
    Set<String> seen = new HashSet<>();
    for (int i = 0; i < out.length; i++) {
      out[i] = data.readUTF();
      if (!seen.add(out[i])) {
        throw new IOException(what + " '" + shorten(out[i]) + "' appears twice");
      }
    }
    return out;
  }

  /** Each pattern: its predicate count, then distinct outcome indexes. */
  private int[][] patterns(String[] outcomes) throws IOException {
    int[][] out = new int[count("outcome pattern", MIN_UTF_BYTES)][];
    for (int i = 0; i < out.length; i++) {
      String line = data.readUTF();
      StringTokenizer tok = new StringTokenizer(line, " ");
      int[] p = new int[tok.countTokens()];
      for (int j = 0; j < p.length; j++) {
        p[j] = number(tok.nextToken(), i, line);
      }
      if (p.length == 0) {
        throw new IOException("outcome pattern " + i + " is empty");
      }
      Set<Integer> seen = new HashSet<>();
      for (int j = 1; j < p.length; j++) {
        if (p[j] >= outcomes.length || !seen.add(p[j])) {
          throw new IOException("outcome pattern " + i + " '" + shorten(line) + "' names outcome "
              + p[j] + (p[j] >= outcomes.length ? ", but there are " + outcomes.length
              : " twice"));
        }
      }
      out[i] = p;
    }
    return out;
  }

  private static int number(String token, int pattern, String line) throws IOException {
    try {
      int n = Integer.parseInt(token);
      if (n >= 0) {
        return n;
      }
    } catch (NumberFormatException e) {
      // reported below
    }
    throw new IOException("outcome pattern " + pattern + " '" + shorten(line)
        + "' is not a list of non-negative whole numbers");
  }

  /** The weights, checking that the patterns cover the predicates and the file holds them all. */
  private Context[] parameters(int[][] patterns, String[] predicates, String[] outcomes)
      throws IOException {
    long users = 0;
    long weights = 0;
    for (int[] p : patterns) {
      users += p[0];
      weights += (long) p[0] * (p.length - 1);
    }
    if (users != predicates.length) {
      throw new IOException("the outcome patterns cover " + users + " predicates, but there are "
          + predicates.length);
    }
    if (weights * DOUBLE_BYTES != bytes.available()) {
      throw new IOException(weights + " weights need " + weights * DOUBLE_BYTES
          + " bytes, but " + bytes.available() + " are left");
    }
    Context[] out = new Context[predicates.length];
    int pid = 0;
    for (int[] p : patterns) {
      int[] outcomeIndexes = java.util.Arrays.copyOfRange(p, 1, p.length);
      for (int k = 0; k < p[0]; k++, pid++) {
        double[] w = new double[outcomeIndexes.length];
        for (int j = 0; j < w.length; j++) {
          w[j] = data.readDouble();
          if (!(Math.abs(w[j]) <= MAX_WEIGHT)) {
            throw new IOException(String.format(Locale.ROOT,
                "weight %s of predicate '%s' for outcome '%s' is not a number from -%s to %s",
                w[j], shorten(predicates[pid]), outcomes[outcomeIndexes[j]], MAX_WEIGHT,
                MAX_WEIGHT));
          }
        }
        out[pid] = new Context(outcomeIndexes, w);
      }
    }
    return out;
  }

  private static String shorten(String s) {
    return s.length() <= 60 ? s : s.substring(0, 60) + "...";
  }
}
