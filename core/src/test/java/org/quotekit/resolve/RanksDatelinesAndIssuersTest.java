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
  /** British ranks ("Pte", "L/Cpl") are no part of a name; "Gov. Gen." is the governor general. */
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

  /**
   * "Office of Inspector General" is a body's name, not a post; "Fire and Emergency Otago" one
   * service's; a model number after a maker ("Halden TX-200") no part of its name.
   */
  @ParameterizedTest
  @ValueSource(strings = {"model", "rules"})
  void officesServicesAndModelNumbers(String extractor) {
    Extraction x = extractWith(extractor, """
        Heater recall

        The state Office of Inspector General said the heaters had been sold without checks.

        The recall covers Halden TX-200 heaters sold last winter. Halden said it had received \
        nine reports of scorched cords.

        Crews were called to two house fires on Sunday, Fire and Emergency Otago said.
        """);
    assertThat(speakerSaying(x, "sold without checks").name())
        .isEqualTo("Office of Inspector General");
    assertThat(speakerSaying(x, "nine reports of scorched cords").name()).isEqualTo("Halden");
    assertThat(speakerSaying(x, "Crews were called").name())
        .isEqualTo("Fire and Emergency Otago");
    assertThat(speakerSaying(x, "Crews were called").kind()).isEqualTo(SpeakerKind.ORGANIZATION);
  }

  /**
   * "The charity" is the charity the regulator looks into, never the Charity Commission nor a
   * regulator of fundraising, though the regulator is the sentence's subject.
   */
  @ParameterizedTest
  @ValueSource(strings = {"model", "rules"})
  void theCharityIsNoBodyThatOverseesCharities(String extractor) {
    Extraction x = extractWith(extractor, """
        Inquiry opened

        The Charity Commission has opened an inquiry into the Hollins Lane Trust. According to \
        the charity's own accounts, a third of its income went on fees.
        """);
    assertThat(speakerSaying(x, "a third of its income went").name())
        .isEqualTo("Hollins Lane Trust");
  }

  /**
   * "Airman 1st Class X" is a rank before a man's name; "X, a teacher in Town, State, who said"
   * is X, not the state.
   */
  @ParameterizedTest
  @ValueSource(strings = {"model", "rules"})
  void ranksBeforeGradesAndTownsBeforeWho(String extractor) {
    Extraction x = extractWith(extractor, """
        Recruiting slump

        Retired Master Sgt. Donna Pryce said families had grown wary. Her son, Airman 1st Class \
        Kyle Pryce, signed up in May. She said he had to talk her round.

        The outage hit Marisol Vega, a 41-year-old nurse in Dayton, Ohio, who said she lost a \
        day of pay.
        """);
    assertThat(speakerSaying(x, "he had to talk her round").name()).isEqualTo("Donna Pryce");
    assertThat(speakerSaying(x, "she lost a day of pay").name()).isEqualTo("Marisol Vega");
  }

  /**
   * "X, the payments app, which said": the app set beside the name is the name; "the exchange"
   * is the exchange named before; "The Veterans Minister, X," is a post before its holder.
   */
  @ParameterizedTest
  @ValueSource(strings = {"model", "rules"})
  void appsExchangesAndPostsBesideNames(String extractor) {
    Extraction x = extractWith(extractor, """
        Outage spreads

        Among those hit was Quiddle, the group-messaging app, which said on Tuesday that \
        messages were queued, not lost.

        The crypto exchange Corrabit froze withdrawals on Monday. The exchange said customers \
        would be repaid in full.

        The Veterans Minister, Hamish Orrell, said he was troubled by the reports.
        """);
    assertThat(speakerSaying(x, "messages were queued").name()).isEqualTo("Quiddle");
    assertThat(speakerSaying(x, "customers would be repaid").name()).isEqualTo("Corrabit");
    assertThat(speakerSaying(x, "he was troubled").name()).isEqualTo("Hamish Orrell");
  }

  /** "Her husband" is the one man who shares a surname with a woman the text named before. */
  @ParameterizedTest
  @ValueSource(strings = {"model", "rules"})
  void herHusbandSharesHerSurname(String extractor) {
    Extraction x = extractWith(extractor, """
        Contract questions

        The printing contract went to a firm owned by Duncan Ferrie, whose wife, Morag Ferrie, \
        chairs the trust's board. Her husband said the firm had "delivered every leaflet".
        """);
    assertThat(speakerSaying(x, "delivered every leaflet").name()).isEqualTo("Duncan Ferrie");
  }

  /**
   * "Minister of State for Health Chia Wen Hui": the post's field is no part of the name; a
   * describing compound in a headline ("Day-long Nimbla Cloud outage") none of a company's.
   */
  @ParameterizedTest
  @ValueSource(strings = {"model", "rules"})
  void fieldsAfterPostsAndCompoundsBeforeBodies(String extractor) {
    Extraction x = extractWith(extractor, """
        Day-long Nimbla Cloud outage halts card payments

        Minister of State for Transport Goh Wen Jie said the ministry would review the outage. \
        "We expect a full account," Mr Goh said.

        A faulty update at Nimbla Cloud stopped card payments on Monday. The company said it \
        had restored service by noon.
        """);
    assertThat(speakerSaying(x, "the ministry would review").name()).isEqualTo("Goh Wen Jie");
    assertThat(speakerSaying(x, "We expect a full account").name()).isEqualTo("Goh Wen Jie");
    assertThat(speakerSaying(x, "it had restored service").name()).isEqualTo("Nimbla Cloud");
  }

  /** "said auctioneer X": a trade the tagger read as a preposition still names the speaker. */
  @ParameterizedTest
  @ValueSource(strings = {"model", "rules"})
  void aTradeBeforeANameAfterTheCue(String extractor) {
    Extraction x = extractWith(extractor, """
        Auction day

        "Two families bid it past the reserve in minutes," said auctioneer Dana Ruhl.
        """);
    assertThat(speakerSaying(x, "bid it past the reserve").name()).isEqualTo("Dana Ruhl");
  }
}
