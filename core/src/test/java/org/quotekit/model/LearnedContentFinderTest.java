package org.quotekit.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.quotekit.Quote;
import org.quotekit.QuoteExtractor;
import org.quotekit.QuoteType;

/** Where the bundled content model's spans end, on sentences written for the test. */
class LearnedContentFinderTest {
  private static final QuoteExtractor MODEL =
      QuoteExtractor.builder().extractors(ModelExtractor.NAME).build();

  @Test
  void contentThatOpensAQuotationKeepsItWholeAndIsMixed() {
    String text = "The ministry announced a plan to cut the budget \u201Cby a modest and careful"
        + " amount.\u201D";

    List<Quote> quotes = MODEL.extract(text).quotes();

    assertThat(quotes).singleElement().satisfies(q -> {
      assertThat(q.type()).isEqualTo(QuoteType.MIXED);
      assertThat(q.content().text()).startsWith("a plan to cut").endsWith("amount.\u201D");
    });
  }

  @Test
  void aReportingParticipleAfterACommaStartsASecondAttribution() {
    String text = "Ruth Alder said on Friday that \u201Cthe harbour will reopen in spring,\u201D"
        + " noting that \u201Cthe dredging is nearly done.\u201D";

    List<Quote> quotes = MODEL.extract(text).quotes();

    assertThat(quotes).extracting(q -> q.cue().orElseThrow().lemma(), q -> q.content().text())
        .containsExactly(
            tuple("say", "the harbour will reopen in spring,"),
            tuple("note", "the dredging is nearly done."));
    assertThat(quotes).extracting(Quote::type).containsOnly(QuoteType.DIRECT);
  }

  @Test
  void contentInAnOpeningSubordinateClauseEndsWhereTheMainClauseBegins() {
    String text = "When Dana Pell noted that the governor calls the line \u201Ca route for"
        + " everyone,\u201D Laura Quist laughed at the phrase and left the studio.";

    assertThat(contentOf(text, "note")).startsWith("the governor calls")
        .doesNotContain("Quist");
  }

  @Test
  void contentAfterACueInTheMainClauseRunsOnPastTheCommaOfAnotherClause() {
    String text = "When the vote ended, Laura Quist said that the line would open in May, the"
        + " buses would run every ten minutes and fares would stay low.";

    assertThat(contentOf(text, null)).startsWith("the line would open")
        .endsWith("fares would stay low");
  }

  @Test
  void contentInAnOpeningClauseRunsOnPastACommaThatOpensNoClause() {
    String text = "When Dana Pell noted that the line would serve the towns, the suburbs and the"
        + " airport, Laura Quist left the studio.";

    assertThat(contentOf(text, "note")).startsWith("the line would serve")
        .endsWith("the airport");
  }

  @Test
  void contentRunsOnPastTheCommaOfAnotherClauseInASentenceNoSubordinatorOpens() {
    String text = "Dana Pell noted that the line would open in May, the buses would run every ten"
        + " minutes and fares would stay low.";

    assertThat(contentOf(text, null)).startsWith("the line would open")
        .endsWith("fares would stay low");
  }

  @Test
  void aSecondPredicateOfTheCuesSubjectEndsTheContentAndIsAnAttributionOfItsOwn() {
    String text = "Jane Orr argued that the council should wait and praised the engineers.";

    List<Quote> quotes = MODEL.extract(text).quotes();

    assertThat(quotes).extracting(q -> q.cue().orElseThrow().lemma(), q -> q.content().text())
        .containsExactly(tuple("argue", "the council should wait"),
            tuple("praise", "the engineers"));
  }

  @Test
  void aVerbOfTheContentsFormOrOfNoneOfTheCuesAfterAndStaysInTheContent() {
    assertThat(contentOf("Tom Hale argued the bridge plan failed and wasted millions.", null))
        .isEqualTo("the bridge plan failed and wasted millions");
    // a verb of another form than the cue's, a noun that only ends like a verb: no cut
    assertThat(contentOf("Jane Orr argued that the council should wait and hire more"
        + " engineers.", null)).isEqualTo("the council should wait and hire more engineers");
    assertThat(contentOf("Jane Orr says the council should wait and residents agree.", null))
        .isEqualTo("the council should wait and residents agree");
  }

  /**
   * The content of the one quote {@code text} gives, or of the one whose cue has {@code lemma}
   * when it is not null; fails when there is not exactly one.
   */
  private static String contentOf(String text, String lemma) {
    List<Quote> quotes = MODEL.extract(text).quotes().stream()
        .filter(q -> lemma == null || q.cue().orElseThrow().lemma().equals(lemma)).toList();
    assertThat(quotes).as("quotes%s of: %s", lemma == null ? "" : " with cue " + lemma, text)
        .hasSize(1);
    return quotes.get(0).content().text();
  }
}
