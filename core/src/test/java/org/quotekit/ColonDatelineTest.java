package org.quotekit;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * A dateline written with a colon ("NEW DELHI: ...") opens the article's first sentence when the
 * article is given without its headline; it is a place, not a speaker whose turn that sentence
 * is. A short line with a capital label before it is a headline, whose label may name who says
 * it, and a label that opens other paragraphs too is a transcript's.
 */
class ColonDatelineTest {

  private static List<Quote> quotes(String extractors, String text) {
    return QuoteExtractor.builder().extractors(extractors).build()
        .extract(Article.of("t", text)).quotes();
  }

  private static List<String> sources(List<Quote> quotes) {
    return quotes.stream().map(q -> q.source().map(Span::text).orElse("")).toList();
  }

  @ParameterizedTest
  @ValueSource(strings = {"model", "rules"})
  void aDatelineOpeningTheFirstParagraphIsNoSpeaker(String extractors) {
    String text = "NEW DELHI: The government on Monday cut the tax on diesel by a third, its"
        + " second cut this year.\n\nThe finance ministry said the cut would cost it about 90"
        + " billion rupees a year.\n";
    List<Quote> quotes = quotes(extractors, text);
    assertThat(sources(quotes)).doesNotContain("NEW DELHI").contains("The finance ministry");
  }

  @ParameterizedTest
  @ValueSource(strings = {"model", "rules"})
  void aDatelineBeforeAnAttributionLeavesItToItsSource(String extractors) {
    String text = "BENGALURU: The state budget will be cut by a third next year, the finance"
        + " minister, Nirmala Rao, said on Monday.\n\nShe said roads would lose the most.\n";
    List<Quote> quotes = quotes(extractors, text);
    assertThat(sources(quotes)).doesNotContain("BENGALURU")
        .contains("the finance minister, Nirmala Rao");
  }

  @ParameterizedTest
  @ValueSource(strings = {"model", "rules"})
  void aHeadlineKeepsItsLabel(String extractors) {
    String headline = "WIRE: Port operator to hire 400 dock workers.\n\nHarbor Link said on"
        + " Monday that it would hire the workers by March.\n";
    String titled = "SANDERS: Banks That Gamble With Savings Must Be Broken Up Before The Next"
        + " Crash.\n\nThe senator spoke in Ohio on Monday.\n";
    assertThat(sources(quotes(extractors, headline))).contains("WIRE");
    assertThat(sources(quotes(extractors, titled))).contains("SANDERS");
  }

  @ParameterizedTest
  @ValueSource(strings = {"model", "rules"})
  void aTranscriptsFirstTurnIsKept(String extractors) {
    String text = "HARRIS: Minister, the union says your plan will close twelve schools across"
        + " the county next year. Is that true?\n\nOKAFOR: No. The union has its numbers"
        + " wrong.\n\nHARRIS: By how many?\n\nOKAFOR: Four schools, not twelve.\n";
    assertThat(sources(quotes(extractors, text))).contains("HARRIS", "OKAFOR");
  }
}
