package org.quotekit.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.quotekit.Quote;
import org.quotekit.QuoteExtractor;
import org.quotekit.Span;
import org.quotekit.rules.CueLexicon;

/**
 * The cue lexicon a user gives holds for the model extractor too, whatever the model says: verbs
 * added are cues, negative patterns added exclude cues.
 */
class ModelExtractorLexiconTest {
  private static final String TEXT =
      "The farmer harrumphed that the rain had ruined the harvest.";

  @Test
  void anAddedVerbIsACueOfTheModelExtractor() {
    QuoteExtractor extended = QuoteExtractor.builder().extractors(ModelExtractor.NAME)
        .addReportingVerbs("harrumph").build();

    List<Quote> quotes = extended.extract(TEXT).quotes();

    assertThat(quotes).singleElement().satisfies(q -> {
      assertThat(q.cue().orElseThrow().lemma()).isEqualTo("harrumph");
      assertThat(q.source().map(Span::text)).hasValue("The farmer");
      assertThat(q.content().text()).isEqualTo("the rain had ruined the harvest");
      assertThat(q.extractor()).isEqualTo(ModelExtractor.NAME);
    });
  }

  @Test
  void anAddedNegativePatternExcludesTheModelsCueToo() {
    String text = "Critics believe the plan will fail before the winter.";
    QuoteExtractor plain = QuoteExtractor.builder().extractors(ModelExtractor.NAME).build();
    QuoteExtractor extended = QuoteExtractor.builder().extractors(ModelExtractor.NAME)
        .cueLexicon(CueLexicon.englishNews().withExclusions("believe the")).build();

    assertThat(plain.extract(text).quotes()).singleElement()
        .satisfies(q -> assertThat(q.cue().orElseThrow().lemma()).isEqualTo("believe"));
    assertThat(extended.extract(text).quotes()).isEmpty();
  }
}
