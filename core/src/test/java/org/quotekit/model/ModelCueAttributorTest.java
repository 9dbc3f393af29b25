package org.quotekit.model;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.quotekit.QuoteExtractor;

/** What the model extractor's cue attributor keeps of the learned content, on written text. */
class ModelCueAttributorTest {
  private static final QuoteExtractor MODEL =
      QuoteExtractor.builder().extractors(ModelExtractor.NAME).build();

  @Test
  void anImperativeOpeningALineWithNobodyNamedReportsNoSpeech() {
    assertThat(MODEL.extract("Comments are closed.\nPost a Comment").quotes()).isEmpty();
    assertThat(MODEL.extract("The council met on Monday.\nPost a Comment").quotes()).isEmpty();
  }

  @Test
  void theSameVerbWithASubjectStillReports() {
    assertThat(MODEL.extract("The council posted a notice that the pool will close.").quotes())
        .singleElement().satisfies(q -> assertThat(q.source()).isPresent());
  }
}
