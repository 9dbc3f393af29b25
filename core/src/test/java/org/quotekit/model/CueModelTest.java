package org.quotekit.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.quotekit.QuoteExtractor;

/**
 * Reading cue models. The tests that train one are in {@code quotekit-eval}
 * ({@code org.quotekit.train.CueModelTrainerTest}).
 */
class CueModelTest {

  @Test
  void corruptModelFailsNamingIt() {
    byte[] junk = "definitely not a model".getBytes(StandardCharsets.UTF_8);
    assertThatThrownBy(() -> CueModel.read(new ByteArrayInputStream(junk), "junk.bin"))
        .isInstanceOf(IOException.class).hasMessageContaining("junk.bin");
  }

  @Test
  void bundledModelLoadsAndIsRegisteredAsModel() throws IOException {
    assertThat(CueModel.bundled()).isNotNull();
    assertThat(QuoteExtractor.builder().extractors("model").build().extractors())
        .singleElement().satisfies(e -> assertThat(e.name()).isEqualTo("model"));
  }
}
