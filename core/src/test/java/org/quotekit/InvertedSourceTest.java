package org.quotekit;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * A source set after its cue at the end of a sentence keeps the relative clause that describes
 * it out of the quotation, with an apposition or without ("..., said Mira Voss, a patent
 * lawyer at Hale &amp; Crane who is not involved in the case"), under both bundled extractors.
 * Also a subject after the cue that a verb group follows. Texts written for this test.
 */
class InvertedSourceTest {
  @ParameterizedTest
  @ValueSource(strings = {"rules", "model"})
  void aRelativeClauseOnAnInvertedSourceIsNoQuotation(String extractor) {
    QuoteExtractor qx = QuoteExtractor.builder().extractors(extractor).build();
    for (String after : new String[] {"Mira Voss, a patent lawyer at Hale & Crane who is not"
        + " involved in the case.", "Mira Voss, who is not involved in the case."}) {
      Extraction x = qx.extract("Patents\n\nLicence disputes over gene editing have become"
          + " common since the method proved itself in crops, said " + after);
      assertThat(x.quotes()).as(after).extracting(q -> q.content().text())
          .containsExactly("Licence disputes over gene editing have become common since the"
              + " method proved itself in crops");
      assertThat(x.quotes()).extracting(q -> x.speakerOf(q).map(Speaker::name).orElse(""))
          .containsExactly("Mira Voss");
    }
  }

  /**
   * "..., said residents were angry": a noun phrase after the cue that a verb group follows is
   * the subject of what was said, no source set after the cue, and what stands before the comma
   * is no quotation.
   */
  @ParameterizedTest
  @ValueSource(strings = {"rules", "model"})
  void aSubjectAfterTheCueIsNoInvertedSource(String extractor) {
    QuoteExtractor qx = QuoteExtractor.builder().extractors(extractor).build();
    Extraction x = qx.extract("Delays\n\nReeve Dana Whitlock, who is not related to the council"
        + " executive, said residents were angry about the delays.");
    assertThat(x.quotes()).extracting(q -> q.source().map(Span::text).orElse(""))
        .doesNotContain("residents");
    assertThat(x.quotes()).extracting(q -> q.content().text())
        .doesNotContain("Reeve Dana Whitlock, who is not related to the council executive");
  }
}
