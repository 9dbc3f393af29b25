package org.quotekit;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * A source set after its cue at the end of a sentence keeps the relative clause that describes
 * it out of the quotation, with an apposition or without ("..., said Mira Voss, a patent
 * lawyer at Hale &amp; Crane who is not involved in the case"), under both bundled extractors.
 * Texts written for this test.
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
}
