package org.quotekit.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import org.junit.jupiter.api.Test;
import org.quotekit.Extraction;
import org.quotekit.QuoteExtractor;
import org.quotekit.Span;

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
  void aCoordinatedReportingClauseEndsTheContentBeforeIt() {
    Extraction x = MODEL.extract("Grant Osei said that the plant was safe, and he insisted that"
        + " no jobs would go.");
    assertThat(x.quotes()).extracting(q -> q.cue().map(c -> c.span().text()).orElse(""),
        q -> q.content().text()).contains(tuple("said", "the plant was safe"),
        tuple("insisted", "no jobs would go"));
    // a past tense that always reports speech needs no "that"
    assertThat(MODEL.extract("Dr. Owen Pratt said the survey was carefully run but warned"
        + " against reading too much into it.").quotes()).extracting(q -> q.content().text())
        .startsWith("the survey was carefully run");
    // "and" before another verb stays inside the content
    assertThat(MODEL.extract("Tom Reeve said voters had heard and believed the claims.")
        .quotes()).extracting(q -> q.content().text())
        .containsExactly("voters had heard and believed the claims");
    // "and" between two clauses of what was said stays inside the content
    assertThat(MODEL.extract("Grant Osei said that the plant was safe and that no jobs would"
        + " go.").quotes()).extracting(q -> q.content().text())
        .containsExactly("the plant was safe and that no jobs would go");
  }

  @Test
  void aNameAndItsAppositionBeforeACueWithNothingToReportAreNoContent() {
    assertThat(MODEL.extract("Hiroshi Tanaka said his ships would call weekly. Agnieszka Nowak,"
        + " an analyst, agreed.").quotes()).extracting(q -> q.content().text())
        .containsExactly("his ships would call weekly");
  }

  @Test
  void aContentBeforeTheCueEndsBeforeTheNameAndAppositionItRanInto() {
    assertThat(MODEL.extract("The port will grow, Agnieszka Nowak, an analyst, said.").quotes())
        .extracting(q -> q.content().text(), q -> q.source().map(Span::text).orElse(""))
        .containsExactly(tuple("The port will grow", "Agnieszka Nowak"));
    assertThat(MODEL.extract("Prices will rise, the company's chief executive, Tom Reeve, said.")
        .quotes()).extracting(q -> q.content().text()).containsExactly("Prices will rise");
    // a list of names ending the content, before a subject of its own, stays in it
    assertThat(MODEL.extract("Growth slowed in Spain, Italy and Greece, Nowak said.").quotes())
        .extracting(q -> q.content().text())
        .containsExactly("Growth slowed in Spain, Italy and Greece");
  }

  @Test
  void anAmountOrAPercentageEndingTheContentStaysInIt() {
    assertThat(MODEL.extract("Mr Bell said the fund was worth £2m. Ms Shah said demand had risen"
        + " by less than 3%.").quotes()).extracting(q -> q.content().text())
        .containsExactly("the fund was worth £2m", "demand had risen by less than 3%");
  }

  @Test
  void theSameVerbWithASubjectStillReports() {
    assertThat(MODEL.extract("The council posted a notice that the pool will close.").quotes())
        .singleElement().satisfies(q -> assertThat(q.source()).isPresent());
  }
}
