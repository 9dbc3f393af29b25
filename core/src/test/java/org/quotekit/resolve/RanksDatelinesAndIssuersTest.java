package org.quotekit.resolve;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quotekit.resolve.DefaultSpeakerResolverTest.extractWith;
import static org.quotekit.resolve.DefaultSpeakerResolverTest.speakerSaying;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.quotekit.Extraction;
import org.quotekit.SpeakerKind;

/**
 * Military ranks and abbreviated titles, a seat's place before a name, datelines set off by a
 * colon, and bodies named by their kind or by a report they published, under both bundled
 * extractors.
 */
class RanksDatelinesAndIssuersTest {
  /** British ranks ("Pte", "L/Cpl") are no part of the name; "Gov. Gen." is the governor general. */
  @ParameterizedTest
  @ValueSource(strings = {"model", "rules"})
  void ranksAndAbbreviatedTitlesStandForTheirPosts(String extractor) {
    Extraction x = extractWith(extractor, """
        Court martial

        Pte Callum Birtles, 24, denied the charge. "I was asleep in the block," Pte Birtles said.

        L/Cpl Rhian Trevena said the orders had never reached her section.

        The verdict was read out in front of Gov. Gen. Adaeze Mbanefo, who was visiting the \
        garrison. "Justice was done in the open," the Governor General said.
        """);
    assertThat(speakerSaying(x, "I was asleep in the block").name()).isEqualTo("Callum Birtles");
    assertThat(speakerSaying(x, "the orders had never reached").name())
        .isEqualTo("Rhian Trevena");
    assertThat(speakerSaying(x, "Justice was done in the open").name())
        .isEqualTo("Adaeze Mbanefo");
  }

  /** "senator for Tasmania X": the seat's place of one word is no part of the name. */
  @ParameterizedTest
  @ValueSource(strings = {"model", "rules"})
  void aSeatsPlaceBeforeANameIsNoPartOfIt(String extractor) {
    Extraction x = extractWith(extractor, """
        Frigate costs

        Independent senator for Tasmania Margaret Coyle said the costs should be audited. "It \
        is waste on a grand scale," Senator Coyle said.
        """);
    assertThat(speakerSaying(x, "the costs should be audited").name())
        .isEqualTo("Margaret Coyle");
    assertThat(speakerSaying(x, "waste on a grand scale").name()).isEqualTo("Margaret Coyle");
  }

  /**
   * A month's name inside an organisation's name ("the Forward March Trust") and words that end
   * company names ("X Research", "X Interactive") keep the body whole, and no person.
   */
  @ParameterizedTest
  @ValueSource(strings = {"model", "rules"})
  void monthsAndTradeWordsInsideBodiesNames(String extractor) {
    Extraction x = extractWith(extractor, """
        Appeal totals

        The Long March Foundation said its winter appeal had raised a record sum.

        "The shares are overvalued," Brackwater Research said in a note.
        """);
    assertThat(speakerSaying(x, "its winter appeal had raised").name())
        .isEqualTo("Long March Foundation");
    assertThat(speakerSaying(x, "The shares are overvalued").name())
        .isEqualTo("Brackwater Research");
    assertThat(speakerSaying(x, "The shares are overvalued").kind())
        .isEqualTo(SpeakerKind.ORGANIZATION);
  }

  /** "X said she" tells which of two persons of one surname, a man and a woman, spoke. */
  @ParameterizedTest
  @ValueSource(strings = {"model", "rules"})
  void aPronounAfterTheCueTellsWhichNamesakeSpoke(String extractor) {
    Extraction x = extractWith(extractor, """
        Depot closure

        The depot's manager, Graham Okafor, said the last lorries would leave in June.

        Brenda Okafor has run the cafe opposite for a decade. "Half my trade is drivers," she \
        said.

        Okafor said she would stay open through the summer.
        """);
    assertThat(speakerSaying(x, "she would stay open").name()).isEqualTo("Brenda Okafor");
  }

  /**
   * "Revenue rose ..., the company said": a common noun opening the sentence is no company;
   * "Mumbai: X has raised ..., the company said": a dateline set off by a colon is no subject.
   */
  @ParameterizedTest
  @ValueSource(strings = {"model", "rules"})
  void theCompanyAfterAReportIsNoCommonNounNorDateline(String extractor) {
    Extraction x = extractWith(extractor, """
        Funding round

        Mumbai: Krishiyantra, a Pune-based farm robotics startup, has raised $18 million in a \
        round led by Delhi-based fund Banyan Ridge Capital, the company said on Tuesday.

        Profit fell 12% in the quarter, the company said. Krishiyantra expects a recovery.
        """);
    assertThat(speakerSaying(x, "has raised $18 million").name()).isEqualTo("Krishiyantra");
    assertThat(speakerSaying(x, "Profit fell 12%").name()).isEqualTo("Krishiyantra");
  }

  /**
   * "The report" opening a paragraph after the one that said who published it, and "the UK
   * competition watchdog" after the regulator's name: the body named.
   */
  @ParameterizedTest
  @ValueSource(strings = {"model", "rules"})
  void documentsAndWatchdogsStandForTheBodyNamed(String extractor) {
    Extraction x = extractWith(extractor, """
        Shares tumble

        Shares of Lintelle Systems fell 20% after short seller Grey Heron Research published a \
        report accusing the company of padding its sales.

        The report alleged that a third of sales went to firms run by directors.

        The Financial Conduct Authority said on Friday that it was looking at the claims. The \
        UK markets watchdog said it would not comment further.
        """);
    assertThat(speakerSaying(x, "a third of sales went").name())
        .isEqualTo("Grey Heron Research");
    assertThat(speakerSaying(x, "it would not comment further").name())
        .isEqualTo("Financial Conduct Authority");
  }
}
