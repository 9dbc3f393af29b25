package org.quotekit;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Family names that are words too (an auxiliary: "May", "Will"; a month: "March"; a reporting
 * verb: "Hope", "Said") stay in the source before a cue, and the conjunction that opens a clause
 * stays out ("But Osei said", "..., and the mayor, Ines Baptiste, said"), under either built-in
 * extractor.
 */
class NamesThatAreWordsTest {

  private static List<Quote> quotes(String extractors, String text) {
    return QuoteExtractor.builder().extractors(extractors).build()
        .extract(Article.of("t", text)).quotes();
  }

  @ParameterizedTest
  @ValueSource(strings = {"model", "rules"})
  void aFamilyNameThatIsAWordStaysInTheSource(String extractors) {
    String text = """
        Prime Minister Theresa May said the deal was done.

        Coach Ana Will said the team was ready.

        Striker Jo March said the pitch was poor.

        Mayor Lin Hope said the park would reopen.

        Operations manager Ali Mohamed Said said the buses would run again.
        """;
    List<Quote> quotes = quotes(extractors, text);
    assertThat(quotes).extracting(q -> q.source().map(Span::text).orElse(""))
        .containsExactly("Prime Minister Theresa May", "Coach Ana Will", "Striker Jo March",
            "Mayor Lin Hope", "Operations manager Ali Mohamed Said");
    assertThat(quotes).extracting(q -> q.cue().map(c -> c.span().text()).orElse(""))
        .containsOnly("said");
  }

  @ParameterizedTest
  @ValueSource(strings = {"model", "rules"})
  void aConjunctionOpeningTheClauseIsNoPartOfTheSource(String extractors) {
    String text = """
        The mayor backed the plan. But Osei said the grants were too small.

        While Ramos wrote that the plan was sound, he doubted the cost.
        """;
    assertThat(quotes(extractors, text)).extracting(q -> q.source().map(Span::text).orElse(""))
        .contains("Osei", "Ramos").doesNotContain("But Osei", "While Ramos");
  }

  /** A conjunction that joins a second attribution to the first is no part of its source. */
  @Test
  void aConjunctionBeforeASecondAttributionIsNoPartOfItsSource() {
    String text = "Residents told the council to act, and the mayor, Ines Baptiste, said she"
        + " agreed.\n";
    assertThat(quotes("model", text)).extracting(q -> q.source().map(Span::text).orElse(""))
        .contains("the mayor, Ines Baptiste");
  }
}
