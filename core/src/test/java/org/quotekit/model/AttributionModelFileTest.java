package org.quotekit.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import opennlp.tools.ml.maxent.GISModel;
import opennlp.tools.ml.model.Context;
import org.junit.jupiter.api.Test;

/**
 * Attribution model files (a ZIP of a cue and a content model, or a cue model alone) are
 * untrusted input: what is not a valid model fails with an {@link IOException} naming the file.
 */
class AttributionModelFileTest {
  private static final String[] PREDICATES = {"w=said", "w=the"};

  private static CueModel cue() {
    return new CueModel(new GISModel(new Context[] {
        new Context(new int[] {0, 1}, new double[] {-1.5, 1.5}),
        new Context(new int[] {0, 1}, new double[] {0.5, -0.5})}, PREDICATES,
        new String[] {CueModel.OTHER, CueModel.CUE}));
  }

  private static ContentModel content() {
    return new ContentModel(new GISModel(new Context[] {
        new Context(new int[] {0, 1, 2}, new double[] {-1, 1, 0}),
        new Context(new int[] {0, 1, 2}, new double[] {0.5, -0.5, 0})}, PREDICATES,
        ContentModel.LABELS.toArray(String[]::new)));
  }

  private static byte[] bytes(AttributionModel m) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    m.write(out);
    return out.toByteArray();
  }

  private static byte[] zip(String... entries) throws IOException {
    ByteArrayOutputStream cueBytes = new ByteArrayOutputStream();
    cue().write(cueBytes);
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (ZipOutputStream zip = new ZipOutputStream(out)) {
      for (String e : entries) {
        zip.putNextEntry(new ZipEntry(e));
        zip.write(cueBytes.toByteArray());
        zip.closeEntry();
      }
    }
    return out.toByteArray();
  }

  private static AttributionModel read(byte[] bytes) throws IOException {
    return AttributionModel.read(new ByteArrayInputStream(bytes), "m.zip");
  }

  @Test
  void bothPartsReadBackWithTheSameProbabilities() throws IOException {
    AttributionModel copy = read(bytes(new AttributionModel(cue(), content())));
    String[] context = {"w=said"};
    assertThat(copy.cue().probability(context)).isEqualTo(cue().probability(context));
    assertThat(copy.content().orElseThrow().probabilities(context))
        .containsExactly(content().probabilities(context));
  }

  @Test
  void aCueModelFileAloneReadsAsAModelWithoutContent() throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    cue().write(out);
    AttributionModel m = read(out.toByteArray());
    assertThat(m.content()).isEmpty();
    assertThat(m.cue().probability(new String[] {"w=said"}))
        .isEqualTo(cue().probability(new String[] {"w=said"}));
  }

  @Test
  void anUnexpectedEntryIsRefusedByName() {
    assertThatThrownBy(() -> read(zip("cue.bin.gz", "notes.txt")))
        .isInstanceOf(IOException.class).hasMessageContaining("m.zip")
        .hasMessageContaining("notes.txt");
  }

  @Test
  void anArchiveWithoutACueModelIsRefused() throws IOException {
    assertThatThrownBy(() -> read(zip()))
        .isInstanceOf(IOException.class).hasMessageContaining("m.zip")
        .hasMessageContaining("cue.bin.gz");
  }

  @Test
  void aCueModelWhereTheContentModelBelongsIsRefused() {
    assertThatThrownBy(() -> read(zip("cue.bin.gz", "content.bin.gz")))
        .isInstanceOf(IOException.class).hasMessageContaining("m.zip!content.bin.gz")
        .hasMessageContaining("content model");
  }

  @Test
  void theBundledModelHasBothParts() throws IOException {
    AttributionModel m = AttributionModel.bundled();
    assertThat(m.content()).isPresent();
  }
}
