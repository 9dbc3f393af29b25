package org.quotekit;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * A source the copy keeps unnamed ("a nurse who asked not to be named said ..."), under both
 * bundled extractors: the formula reports no speech, the words after "said" are the quote, the
 * one described is its speaker, and "he" or "she" after it is that one, not a place named in the
 * description. Texts written for this test.
 */
class AnonymousSourceTest {
  private static final String TEXT = """
      Dockers stay out.

      A nurse who asked not to be named said staff were tired. A driver who declined to give \
      his name said the road was closed.

      A ferry operator in Kilmore who did not want to be identified said passengers had stopped \
      booking. "Every week we lose money," he said.
      """;

  @ParameterizedTest
  @ValueSource(strings = {"rules", "model"})
  void theFormulaIsNoQuoteAndItsSourceSpeaksTheWordsAfterIt(String extractor) {
    Extraction x = QuoteExtractor.builder().extractors(extractor).build().extract(TEXT);
    assertThat(x.quotes()).extracting(q -> q.cue().map(c -> c.span().text()).orElse(""))
        .containsOnly("said");
    assertThat(x.quotes()).extracting(q -> q.content().text()).containsExactly(
        "staff were tired", "the road was closed", "passengers had stopped booking",
        "Every week we lose money,");
    List<String> speakers = x.quotes().stream()
        .map(q -> x.speakerOf(q).map(Speaker::name).orElse("")).toList();
    assertThat(speakers).containsExactly("A nurse", "A driver", "A ferry operator in Kilmore",
        "A ferry operator in Kilmore");
  }
}
