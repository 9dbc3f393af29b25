package org.quotekit;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * A name that holds "and" between capitalised words is one source, whatever tags the tagger
 * gives its words ("the Food and Drug Administration", "the Department of Health and Social Care
 * (DHSC)"), under both bundled extractors: the source span was only the words after "and".
 * Texts written for this test.
 */
class CoordinatedNameSourceTest {
  @ParameterizedTest
  @ValueSource(strings = {"rules", "model"})
  void aNameWithAndIsOneSource(String extractor) {
    QuoteExtractor qx = QuoteExtractor.builder().extractors(extractor).build();
    String[][] cases = {
        {"The Food and Drug Administration said the vaccine was safe for children.",
            "The Food and Drug Administration"},
        {"The Department of Health and Social Care (DHSC) said the new rules would take effect"
            + " in April.", "The Department of Health and Social Care (DHSC)"},
        {"Ernst and Young said the audit found no fault in the accounts.", "Ernst and Young"}};
    for (String[] c : cases) {
      Extraction x = qx.extract("Regulators\n\n" + c[0]);
      assertThat(x.quotes()).as(c[0]).hasSize(1);
      assertThat(x.quotes().get(0).source()).as(c[0]).hasValueSatisfying(s ->
          assertThat(s.text()).isEqualTo(c[1]));
    }
  }

  /** Two titles joined before a name stay titles: neither becomes a role holding the name. */
  @ParameterizedTest
  @ValueSource(strings = {"rules", "model"})
  void titlesJoinedBeforeANameAreNoName(String extractor) {
    Extraction x = QuoteExtractor.builder().extractors(extractor).build().extract("Campaign\n\n"
        + "Former Secretary of State and Democratic presidential candidate Jane Doyle said the"
        + " plan would fail.");
    assertThat(x.quotes()).hasSize(1);
    Speaker doyle = x.speakerOf(x.quotes().get(0)).orElseThrow();
    assertThat(doyle.name()).isEqualTo("Jane Doyle");
    assertThat(doyle.roles()).isNotEmpty().noneMatch(r -> r.contains("Doyle"));
  }
}
