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
  void aTimeEndingARulePatternsSourceIsCutOff() {
    assertThat(MODEL.extract("Mayor Ada Okafor on Tuesday said that the bridge would reopen.")
        .quotes()).singleElement().satisfies(q -> assertThat(q.source()).hasValueSatisfying(
            s -> assertThat(s.text()).isEqualTo("Mayor Ada Okafor")));
    assertThat(MODEL.extract("Two council committees on Monday warned that the budget was short.")
        .quotes()).singleElement().satisfies(q -> assertThat(q.source()).hasValueSatisfying(
            s -> assertThat(s.text()).isEqualTo("Two council committees")));
  }

  @Test
  void theSameVerbWithASubjectStillReports() {
    assertThat(MODEL.extract("The council posted a notice that the pool will close.").quotes())
        .singleElement().satisfies(q -> assertThat(q.source()).isPresent());
  }
}
