package org.quotekit;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * A speaker label that opens a sentence ("KHAN:", "Rangi Hohaia:", "Q:") or a dateline written
 * with a colon ("BENGALURU:") is no part of the subject of a verb after it: a turn that reports
 * what someone else said has that someone for its source, under either built-in extractor.
 */
class LabelledTurnSourceTest {

  private static Quote only(String extractors, String text, String cue) {
    Extraction x = QuoteExtractor.builder().extractors(extractors).build()
        .extract(Article.of("t", text));
    return x.quotes().stream().filter(q -> q.cue().map(c -> c.span().text().equals(cue))
        .orElse(false)).findFirst().orElseThrow(() -> new AssertionError(
            "no quote with the cue '" + cue + "' in " + x.quotes()));
  }

  @ParameterizedTest
  @ValueSource(strings = {"model", "rules"})
  void aTurnThatReportsSpeechHasTheReportedSpeakerForItsSource(String extractors) {
    String text = "Ann Park, a presenter, spoke with the minister, Tom Reyes.\n\nPARK: The"
        + " union's chairman, Jonas Holm, said yesterday that the plan would cost jobs. Is he"
        + " wrong?\n\nREYES: He is.\n";
    Quote q = only(extractors, text, "said");
    assertThat(q.source()).hasValueSatisfying(s -> assertThat(s.text())
        .isEqualTo("The union's chairman, Jonas Holm"));
  }

  @ParameterizedTest
  @ValueSource(strings = {"model", "rules"})
  void aDatelineWithAColonIsNoSource(String extractors) {
    String text = "MUMBAI: The port's new operator, Harbor Link, said on Monday that it would"
        + " hire 400 dock workers by March.\n";
    Quote q = only(extractors, text, "said");
    assertThat(q.source()).hasValueSatisfying(s -> assertThat(s.text())
        .isEqualTo("The port's new operator, Harbor Link"));
  }
}
