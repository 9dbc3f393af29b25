package org.quotekit.resolve;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quotekit.resolve.DefaultSpeakerResolverTest.extractWith;
import static org.quotekit.resolve.DefaultSpeakerResolverTest.speakerSaying;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.quotekit.Extraction;

/**
 * A document the text names anew is not the one of the body quoted before, and the issuer a
 * document's "by" names ends before a time phrase. Under both bundled extractors; texts written
 * for this test.
 */
class DocumentsNamedAnewTest {
  @ParameterizedTest
  @ValueSource(strings = {"model", "rules"})
  void anInquiryNamedWithItsComplementIsNoOneElsesDocument(String extractor) {
    Extraction x = extractWith(extractor, """
        Grid Faulted In Heat Wave

        Consumer group Fair Meter welcomed the ruling. Its latest survey found that most \
        customers did not understand their bills.

        The findings of the inquiry into the 2022 blackout were released on Friday. The inquiry \
        concluded that the grid operator had failed to plan for heat waves.
        """);
    assertThat(speakerSaying(x, "did not understand").name()).isEqualTo("Fair Meter");
    assertThat(speakerSaying(x, "failed to plan").name()).isNotEqualTo("Fair Meter");
  }

  @ParameterizedTest
  @ValueSource(strings = {"model", "rules"})
  void theIssuerByNameEndsBeforeATime(String extractor) {
    Extraction x = extractWith(extractor, """
        Power Company Overcharged Customers

        A report by the state auditor last year found that the company had misclassified its \
        costs.
        """);
    assertThat(speakerSaying(x, "misclassified").name()).isEqualTo("state auditor");
  }
}
