package org.quotekit.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import opennlp.tools.postag.POSModel;
import opennlp.tools.sentdetect.SentenceModel;
import opennlp.tools.tokenize.TokenizerModel;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * A model file that is missing, corrupt or of the wrong kind fails when the models are loaded (at
 * {@code QuoteExtractor.builder().build()}), naming the file and the cause.
 */
class NlpModelsTest {
  private static final String FIXTURES = "/org/quotekit/internal/models/";

  @TempDir Path dir;

  @Test
  void theBundledModelsLoad() {
    NlpModels models = new NlpModels(NlpModels.SENTENCE_MODEL, NlpModels.TOKEN_MODEL,
        NlpModels.POS_MODEL);
    assertThat(models.tokenizer().tokenize("It works.")).containsExactly("It", "works", ".");
  }

  @Test
  void aMissingModelNamesTheResourceAndTheArtifact() {
    assertThatThrownBy(() -> new NlpModels("/no-such-model.bin", NlpModels.TOKEN_MODEL,
        NlpModels.POS_MODEL))
        .isInstanceOf(UncheckedIOException.class)
        .hasMessageContaining("/no-such-model.bin").hasMessageContaining("opennlp-models");
  }

  @ParameterizedTest
  @ValueSource(strings = {"empty.bin", "text.bin"})
  void aCorruptModelFileNamesThePathAndTheCause(String file) {
    assertThatThrownBy(() -> new NlpModels(NlpModels.SENTENCE_MODEL, FIXTURES + file,
        NlpModels.POS_MODEL))
        .isInstanceOf(UncheckedIOException.class)
        .hasMessageContaining(FIXTURES + file)
        .hasMessageContaining("cannot load OpenNLP model")
        .satisfies(e -> assertThat(e.getMessage()).contains(rootCause(e).toString()));
  }

  @Test
  void aModelOfAnotherKindIsRejected() {
    assertThatThrownBy(() -> new NlpModels(NlpModels.TOKEN_MODEL, NlpModels.TOKEN_MODEL,
        NlpModels.POS_MODEL))
        .isInstanceOf(UncheckedIOException.class)
        .hasMessageContaining(NlpModels.TOKEN_MODEL);
    assertThatThrownBy(() -> NlpModels.load(NlpModels.SENTENCE_MODEL, POSModel::new))
        .isInstanceOf(UncheckedIOException.class)
        .hasMessageContaining(NlpModels.SENTENCE_MODEL);
  }

  @Test
  void aTruncatedModelIsRejected() throws IOException {
    byte[] whole = bytes(NlpModels.TOKEN_MODEL);
    // Only cuts into the entries: without its trailing central directory a zip still streams.
    for (int length : new int[] {10, 100, 1000, whole.length / 2, whole.length * 3 / 4}) {
      Path file = Files.write(dir.resolve("truncated-" + length + ".bin"),
          Arrays.copyOf(whole, length));
      assertThatThrownBy(() -> NlpModels.load(file.toUri().toURL(), TokenizerModel::new))
          .as("first %d bytes", length)
          .isInstanceOf(UncheckedIOException.class)
          .hasMessageContaining(file.getFileName().toString());
    }
  }

  @Test
  void aModelWithDamagedBytesIsRejectedOrStillAModel() throws IOException {
    byte[] whole = bytes(NlpModels.SENTENCE_MODEL);
    for (int at = 40; at < whole.length; at += whole.length / 7) {
      byte[] damaged = whole.clone();
      for (int k = at; k < Math.min(whole.length, at + 64); k++) {
        damaged[k] = (byte) ~damaged[k];
      }
      Path file = Files.write(dir.resolve("damaged-" + at + ".bin"), damaged);
      try {
        SentenceModel model = NlpModels.load(file.toUri().toURL(), SentenceModel::new);
        assertThat((Object) model).isNotNull();
      } catch (UncheckedIOException e) {
        assertThat(e).hasMessageContaining(file.getFileName().toString());
      }
    }
  }

  private static Throwable rootCause(Throwable e) {
    while (e.getCause() != null) {
      e = e.getCause();
    }
    return e;
  }

  private static byte[] bytes(String resource) throws IOException {
    try (InputStream in = NlpModels.class.getResourceAsStream(resource)) {
      return in.readAllBytes();
    }
  }
}
