package org.quotekit.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.quotekit.Article;
import org.quotekit.QuoteExtractor;
import org.quotekit.internal.Analysis;
import org.quotekit.internal.NlpModels;
import org.quotekit.rules.CueLexicon;
import org.quotekit.spi.Sentence;
import org.quotekit.spi.Token;

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

  @Test
  void theBundledModelGivesTheSameNumberFromHashesAsFromStrings() throws IOException {
    CueModel model = CueModel.bundled();
    assertThat(model.readsHashes()).isTrue();
    String text = "\"We will not back down,\" Ada Park told reporters, insisting the plan works.";
    Analysis a = new Analysis(Article.of("f", text), NlpModels.get());
    Sentence s = a.sentences().get(0);
    List<Token> toks = a.tokens(s);
    CueFeatures features = new CueFeatures(CueLexicon.englishNews());
    for (int i = 0; i < toks.size(); i++) {
      for (int previous : new int[] {-1, i - 1, i - 5, i - 12}) {
        if (previous < -1) {
          continue;
        }
        String[] strings = features.features(a, toks, a.tags(s), i, previous);
        long[] hashes = features.hashes(a, toks, a.tags(s), i, previous);
        assertThat(hashes).hasSize(strings.length);
        for (int f = 0; f < strings.length; f++) {
          assertThat(hashes[f]).as("%s", strings[f]).isEqualTo(FeatureSink.hash(strings[f]));
        }
        assertThat(model.probability(hashes)).as("token %s", toks.get(i).text())
            .isEqualTo(model.probability(strings));
      }
    }
  }
}
