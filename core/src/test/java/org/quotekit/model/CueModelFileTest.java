package org.quotekit.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.util.zip.GZIPInputStream;
import java.util.zip.GZIPOutputStream;
import opennlp.tools.ml.maxent.GISModel;
import opennlp.tools.ml.model.AbstractModel;
import opennlp.tools.ml.model.Context;
import opennlp.tools.ml.perceptron.BinaryPerceptronModelWriter;
import opennlp.tools.ml.perceptron.PerceptronModel;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Cue model files are untrusted input: a corrupt or hostile file fails in {@link CueModel#read}
 * with an {@link IOException} naming the file and what is wrong, never with an {@code
 * OutOfMemoryError} or a model that gives NaN probabilities. The files are made here from a tiny
 * model written by OpenNLP's own writer, or from the bundled model's bytes, patched.
 */
class CueModelFileTest {
  private static final String[] OUTCOMES = {CueModel.OTHER, CueModel.CUE};
  private static final String[] PREDICATES = {"w=said", "w=the"};
  /** Offset of the outcome count: after "GIS" (2 + 3 bytes), an int and a double. */
  private static final int OUTCOME_COUNT = 17;

  private static Context[] contexts(int[] outcomes, double weight) {
    return new Context[] {new Context(outcomes, new double[] {-1.5, weight}),
        new Context(new int[] {0, 1}, new double[] {0.5, -0.5})};
  }

  /** A tiny cue model, gzipped, as OpenNLP's GIS writer writes it. */
  private static byte[] gis(int[] outcomes, double weight) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    new CueModel(new GISModel(contexts(outcomes, weight), PREDICATES, OUTCOMES)).write(out);
    return out.toByteArray();
  }

  private static byte[] gis(double weight) throws IOException {
    return gis(new int[] {0, 1}, weight);
  }

  private static byte[] gzip(byte[] plain) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (GZIPOutputStream gz = new GZIPOutputStream(out)) {
      gz.write(plain);
    }
    return out.toByteArray();
  }

  private static byte[] gunzip(byte[] gzipped) throws IOException {
    try (InputStream in = new GZIPInputStream(new ByteArrayInputStream(gzipped))) {
      return in.readAllBytes();
    }
  }

  private static byte[] bundledBytes() throws IOException {
    try (InputStream in = CueModel.class.getResourceAsStream(CueModel.BUNDLED)) {
      return gunzip(in.readAllBytes());
    }
  }

  private static CueModel read(byte[] gzipped, String name) throws IOException {
    return CueModel.read(new ByteArrayInputStream(gzipped), name);
  }

  @Test
  void tinyModelWrittenByOpenNlpIsReadAndEvaluated() throws IOException {
    CueModel model = read(gis(3.0), "tiny.bin.gz");

    assertThat(model.probability(new String[] {"w=said"})).isCloseTo(0.989, within(0.001));
    assertThat(model.probability(new String[] {"w=the"})).isCloseTo(0.269, within(0.001));
  }

  @Test
  void bundledModelsOutcomeCountOfIntMaxFailsNamingTheFile() throws IOException {
    byte[] plain = bundledBytes();
    ByteBuffer.wrap(plain).putInt(OUTCOME_COUNT, Integer.MAX_VALUE);

    assertThatThrownBy(() -> read(gzip(plain), "huge-outcomes.bin.gz"))
        .isInstanceOf(IOException.class)
        .hasMessageStartingWith("cannot read cue model huge-outcomes.bin.gz: outcome count "
            + "2147483647 does not fit the ");
  }

  @Test
  void smallFileClaimingThreeHundredMillionPredicatesFailsBeforeAllocating() throws IOException {
    ByteArrayOutputStream plain = new ByteArrayOutputStream();
    DataOutputStream data = new DataOutputStream(plain);
    data.writeUTF("GIS");
    data.writeInt(1);
    data.writeDouble(1.0);
    data.writeInt(2);
    data.writeUTF(CueModel.OTHER);
    data.writeUTF(CueModel.CUE);
    data.writeInt(1);
    data.writeUTF("300000000 0 1");
    data.writeInt(300_000_000);
    byte[] file = gzip(plain.toByteArray());
    assertThat(file.length).isLessThan(100);

    assertThatThrownBy(() -> read(file, "many-predicates.bin.gz"))
        .isInstanceOf(IOException.class)
        .hasMessage("cannot read cue model many-predicates.bin.gz: predicate count 300000000 "
            + "does not fit the 0 bytes left");
  }

  @ParameterizedTest
  @ValueSource(doubles = {Double.NaN, Double.POSITIVE_INFINITY, Double.NEGATIVE_INFINITY, 1e308,
      -31})
  void corruptWeightFailsNamingPredicateAndOutcome(double weight) throws IOException {
    byte[] file = gis(weight);

    assertThatThrownBy(() -> read(file, "weights.bin.gz"))
        .isInstanceOf(IOException.class)
        .hasMessage("cannot read cue model weights.bin.gz: weight " + weight + " of predicate "
            + "'w=said' for outcome 'cue' is not a number from -30.0 to 30.0");
  }

  @Test
  void outcomeIndexOutOfRangeFails() throws IOException {
    byte[] file = gis(new int[] {0, 5}, 1.0);

    assertThatThrownBy(() -> read(file, "outcome.bin.gz"))
        .isInstanceOf(IOException.class)
        .hasMessageStartingWith("cannot read cue model outcome.bin.gz: outcome pattern ")
        .hasMessageEndingWith("names outcome 5, but there are 2");
  }

  @Test
  void perceptronModelIsRefusedByItsHeader() throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    GZIPOutputStream gz = new GZIPOutputStream(out);
    DataOutputStream data = new DataOutputStream(gz);
    AbstractModel perceptron = new PerceptronModel(contexts(new int[] {0, 1}, 1.0), PREDICATES,
        OUTCOMES);
    new BinaryPerceptronModelWriter(perceptron, data).persist();
    data.flush();
    gz.finish();

    assertThatThrownBy(() -> read(out.toByteArray(), "perceptron.bin.gz"))
        .isInstanceOf(IOException.class)
        .hasMessage("cannot read cue model perceptron.bin.gz: not a GIS maximum-entropy model: "
            + "its type is 'Perceptron'");
  }

  @Test
  void truncatedAndPaddedFilesFail() throws IOException {
    byte[] plain = gunzip(gis(1.0));
    byte[] truncated = java.util.Arrays.copyOf(plain, plain.length - 4);
    byte[] padded = java.util.Arrays.copyOf(plain, plain.length + 3);

    assertThatThrownBy(() -> read(gzip(truncated), "short.bin.gz"))
        .hasMessage("cannot read cue model short.bin.gz: 4 weights need 32 bytes, but 28 are "
            + "left");
    assertThatThrownBy(() -> read(gzip(padded), "long.bin.gz"))
        .hasMessage("cannot read cue model long.bin.gz: 4 weights need 32 bytes, but 35 are "
            + "left");
    assertThatThrownBy(() -> read(gzip(java.util.Arrays.copyOf(plain, 10)), "cut.bin.gz"))
        .hasMessage("cannot read cue model cut.bin.gz: truncated: the file ends inside the "
            + "model");
  }

  @Test
  void patternsMustCoverThePredicates() throws IOException {
    byte[] plain = gunzip(gis(1.0));
    // The one pattern "2 0 1" claims three predicates.
    String text = new String(plain, java.nio.charset.StandardCharsets.ISO_8859_1);
    int at = text.indexOf("2 0 1");
    assertThat(at).isPositive();
    plain[at] = '3';

    assertThatThrownBy(() -> read(gzip(plain), "cover.bin.gz"))
        .hasMessage("cannot read cue model cover.bin.gz: the outcome patterns cover 3 "
            + "predicates, but there are 2");
  }

  @Test
  void modelLargerThanTheLimitUncompressedFails() throws IOException {
    byte[] bomb = gzip(new byte[CueModelReader.MAX_BYTES + 1]);

    assertThatThrownBy(() -> read(bomb, "bomb.bin.gz"))
        .hasMessage("cannot read cue model bomb.bin.gz: larger than 64 MiB uncompressed");
  }

  private static org.assertj.core.data.Offset<Double> within(double d) {
    return org.assertj.core.data.Offset.offset(d);
  }
}
