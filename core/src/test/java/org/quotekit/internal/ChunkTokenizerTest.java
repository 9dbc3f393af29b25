package org.quotekit.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import opennlp.tools.tokenize.TokenizerME;
import opennlp.tools.tokenize.TokenizerModel;
import org.junit.jupiter.api.Test;

/** {@link ChunkTokenizer} gives exactly {@code TokenizerME.tokenizePos}, cached or not. */
class ChunkTokenizerTest {
  private static final TokenizerModel MODEL = NlpModels.load(NlpModels.TOKEN_MODEL,
      TokenizerModel::new);
  private static final List<String> CHUNKS = List.of("said.", "Smith's", "(D-Calif.)",
      "don't", "\"We", "1,200.", "U.S.-based", "x", "", "ends?\"", "co-op", "e-mail:",
      "a\u00A0b", "$3.5bn,", "\u00E9t\u00E9!", "\uD800.", "Mr.");

  @Test
  void sameSpansAsTokenizerMeOnFirstAndRepeatedCallsAndAfterTheCacheFills() {
    TokenizerME reference = new TokenizerME(MODEL);
    ChunkTokenizer cached = new ChunkTokenizer(new TokenizerME(MODEL), 5);
    for (int round = 0; round < 3; round++) {
      for (String chunk : CHUNKS) {
        assertThat(cached.tokenizePos(chunk)).as(chunk)
            .containsExactly(reference.tokenizePos(chunk));
      }
    }
  }

  @Test
  void aRepeatedChunkIsAnsweredFromTheCache() {
    ChunkTokenizer cached = new ChunkTokenizer(new TokenizerME(MODEL));
    assertThat(cached.tokenizePos("said.")).isSameAs(cached.tokenizePos("said."));
  }
}
