package org.quotekit;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * "Recall" of goods or of an envoy reports no speech, under both bundled extractors: a recall
 * notice's sentence is what the officials at its end said, while "recalled that ..." stays a
 * cue. Texts written for this test.
 */
class SilentVerbsTest {
  private static final String TEXT = """
      Kettle recall

      A Dayton firm is recalling about 40,000 kettles after reports of burns, safety officials \
      said Monday. The ambassador was recalled to Paris on Tuesday. Nurse Ada Kemp recalled \
      that the ward had been full for weeks.
      """;

  @ParameterizedTest
  @ValueSource(strings = {"rules", "model"})
  void aRecallOfGoodsIsNoCueButARecollectionIs(String extractor) {
    Extraction x = QuoteExtractor.builder().extractors(extractor).build().extract(TEXT);
    assertThat(x.quotes()).extracting(q -> q.cue().map(c -> c.span().text()).orElse(""))
        .containsExactly("said", "recalled");
    assertThat(x.quotes()).extracting(q -> x.speakerOf(q).map(Speaker::name).orElse(""))
        .containsExactly("safety officials", "Ada Kemp");
  }
}
