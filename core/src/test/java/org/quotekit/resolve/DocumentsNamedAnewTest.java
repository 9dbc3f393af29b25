package org.quotekit.resolve;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quotekit.resolve.DefaultSpeakerResolverTest.extractWith;
import static org.quotekit.resolve.DefaultSpeakerResolverTest.speakerSaying;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.quotekit.Extraction;
import org.quotekit.Speaker;
import org.quotekit.SpeakerKind;

/**
 * A document the text names anew is not the one of the body quoted before, the issuer a
 * document's "by" names ends before a time phrase, and "prepared for X by Y" is Y's. Under both
 * bundled extractors; texts written for this test.
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

  /**
   * "The report, prepared for the client (ACR) by consultancy Y Associates, warns": the firm
   * after "by" wrote it, an organisation by its name's last word; the body that commissioned a
   * pollster ("the Gleaner-commissioned Y Associates") is no part of its name.
   */
  @ParameterizedTest
  @ValueSource(strings = {"model", "rules"})
  void aReportPreparedForAClientByAFirmIsTheFirms(String extractor) {
    Extraction x = extractWith(extractor, """
        Tunnel costs could double

        The report, prepared for the Transport Infrastructure Authority (TIA) by engineering \
        consultancy Hartwell Keane Associates, warns that ground conditions are far more \
        complex than assumed. A spokeswoman for the TIA said the report was one of many inputs.

        "Most voters backed the tunnel," said the Gleaner-commissioned Dunmore-Pratt \
        Associates.
        """);
    Speaker firm = speakerSaying(x, "ground conditions are far more complex");
    assertThat(firm.name()).isEqualTo("Hartwell Keane Associates");
    assertThat(firm.kind()).isEqualTo(SpeakerKind.ORGANIZATION);
    assertThat(speakerSaying(x, "Most voters backed the tunnel").name())
        .isEqualTo("Dunmore-Pratt Associates");
  }
}
