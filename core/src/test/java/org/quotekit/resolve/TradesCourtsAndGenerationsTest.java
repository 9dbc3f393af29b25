package org.quotekit.resolve;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quotekit.resolve.DefaultSpeakerResolverTest.extractWith;
import static org.quotekit.resolve.DefaultSpeakerResolverTest.speakerSaying;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.quotekit.Extraction;

/**
 * Companies named after their trade or by their own report, statements that relay their
 * speaker's words, a document closing reported words or written for a client, the judge of a
 * hearing's transcript, a tribunal's panel, posts written with their place, relatives told apart
 * by generation, and people introduced unnamed, under both bundled extractors.
 */
class TradesCourtsAndGenerationsTest {
  /**
   * A company's trade written before its name where a sentence opens ("Shipbuilder Korvath
   * Yards", "Retailer Pellham Stores Inc") is no part of the name, and "the chain" or "the
   * brokerage" is that company; a name ending in "Brothers" is a firm.
   */
  @ParameterizedTest
  @ValueSource(strings = {"model", "rules"})
  void aCompanyAfterItsTradeIsNamedWithoutIt(String extractor) {
    Extraction x = extractWith(extractor, """
        Shipbuilder Korvath said on Monday it would lay off 1,200 workers at its Baltic yard.

        Retailer Pellham Stores Inc said sales fell 4 percent in the quarter. The chain said it \
        would close eleven shops by June.

        Brokerage Tamsin Brothers cut its price target on Pellham. "The discounting has gone on \
        too long," the brokerage said.
        """);
    assertThat(speakerSaying(x, "lay off 1,200 workers").name()).isEqualTo("Korvath");
    assertThat(speakerSaying(x, "sales fell 4 percent").name()).isEqualTo("Pellham Stores Inc");
    assertThat(speakerSaying(x, "close eleven shops").name()).isEqualTo("Pellham Stores Inc");
    assertThat(speakerSaying(x, "discounting has gone on").name()).isEqualTo("Tamsin Brothers");
  }

  /**
   * "X is recalling ..., the company said" names X, also where X is one word the text gave no
   * kind ("Quillora") or a name of three words ending in a plural ("Brisket Kitchen Appliances");
   * "The firm" after "Papermaker Orlund" is Orlund, not the town named between.
   */
  @ParameterizedTest
  @ValueSource(strings = {"model", "rules"})
  void aCompanyThatOpensItsOwnReportIsTheCompany(String extractor) {
    Extraction x = extractWith(extractor, """
        Brisket Kitchen Appliances is recalling about 310,000 toasters after reports of \
        scorching, the company said on Wednesday.

        Quillora is recalling 4,000 folding bicycles over a hinge fault, the company said.

        Papermaker Orlund confirmed it will shut its Dunmarsh mill in April. The firm, which has \
        made card on the site since 1952, said energy prices had made the mill unviable.
        """);
    assertThat(speakerSaying(x, "310,000 toasters").name())
        .isEqualTo("Brisket Kitchen Appliances");
    assertThat(speakerSaying(x, "4,000 folding bicycles").name()).isEqualTo("Quillora");
    assertThat(speakerSaying(x, "energy prices had made").name()).isEqualTo("Orlund");
  }

  /**
   * "X said ..., according to a statement issued on Saturday" is X's statement: the speaker is X,
   * not a document with no issuer; a report, which others may write, stays one.
   */
  @ParameterizedTest
  @ValueSource(strings = {"model", "rules"})
  void aStatementRelayingItsSpeakersWordsIsTheirs(String extractor) {
    Extraction x = extractWith(extractor, """
        The Western Canoe Association said its judges would review the finish of the sprint \
        final, according to a statement issued on Saturday evening.
        """);
    assertThat(speakerSaying(x, "review the finish").name())
        .isEqualTo("Western Canoe Association");
  }

  /**
   * A document that closes the reported words ("..., a Courier-Ledger analysis shows") is no
   * apposition of the name that ends them: its issuer speaks, not that person.
   */
  @ParameterizedTest
  @ValueSource(strings = {"model", "rules"})
  void aDocumentClosingReportedWordsIsNoAppositionOfTheirLastName(String extractor) {
    Extraction x = extractWith(extractor, """
        A Lisbon-based importer is at the centre of a run of unusual donations in 2021 to a \
        fund supporting mayoral candidate Teodora Vasquez, a Courier-Ledger analysis shows.
        """);
    assertThat(speakerSaying(x, "unusual donations").name()).isNotEqualTo("Teodora Vasquez");
  }

  /**
   * "a report for Oxfam ... by E3G" is E3G's report: "for" names the client, "by" the one who
   * wrote it.
   */
  @ParameterizedTest
  @ValueSource(strings = {"model", "rules"})
  void aReportForOneBodyByAnotherIsTheOtherBodys(String extractor) {
    Extraction x = extractWith(extractor, """
        Norway will miss its 2030 transport target, according to a report for the Tidewater \
        Trust on fuel policy by the research group Kelpmark.
        """);
    assertThat(speakerSaying(x, "transport target").name()).isEqualTo("Kelpmark");
  }

  /** "Tarrow shares closed higher" reports no speech: "shares" is the stock, no cue. */
  @ParameterizedTest
  @ValueSource(strings = {"model", "rules"})
  void sharesOfAStockReportNoSpeech(String extractor) {
    Extraction x = extractWith(extractor, """
        Tarrow Holdings held its annual meeting in Leipzig on Thursday. Tarrow shares closed 2.4 \
        per cent higher, while Brunhof shares fell 3 per cent.

        Chief executive Agnes Tarrow said the vote was "a clear mandate".
        """);
    assertThat(x.quotes()).noneMatch(q -> q.content().text().contains("per cent"));
    assertThat(speakerSaying(x, "a clear mandate").name()).isEqualTo("Agnes Tarrow");
  }

  /** "THE COURT:" in a hearing's transcript is the judge the text named, not the court. */
  @ParameterizedTest
  @ValueSource(strings = {"model", "rules"})
  void theCourtInATranscriptIsTheJudge(String extractor) {
    Extraction x = extractWith(extractor, """
        U.S. District Judge Marisol Fenwick approved the settlement on Thursday after a short \
        hearing. A transcript records this exchange:

        THE COURT: Mr. Ostrow, do you accept that the class was properly notified?

        MR. OSTROW: We accept it, Your Honor.

        THE COURT: Then the motion is granted.

        The case is Dallimore v. Kettering Freight Lines Inc., in the U.S. District Court for \
        the District of Oregon.
        """);
    assertThat(speakerSaying(x, "properly notified").name()).isEqualTo("Marisol Fenwick");
    assertThat(speakerSaying(x, "motion is granted").name()).isEqualTo("Marisol Fenwick");
  }

  /**
   * "The panel of the Rowing Standards Tribunal (RST)" is the tribunal named in it; a
   * nationality before a noun in a headline ("Dutch rower ...") is no organisation.
   */
  @ParameterizedTest
  @ValueSource(strings = {"model", "rules"})
  void aPanelOfANamedTribunalIsThatTribunal(String extractor) {
    Extraction x = extractWith(extractor, """
        Dutch rower Claes banned for two years

        The panel of the Rowing Standards Tribunal (RST) said that his account was "credible \
        but unproven".
        """);
    assertThat(speakerSaying(x, "credible").name()).isEqualTo("Rowing Standards Tribunal");
  }

  /**
   * A post's place written between the post and the name is no part of the name ("Senior
   * coroner for North Tyne Central Helen Prowse"), nor is the Irish police rank "Garda"; a
   * spokesman for a named person stays the spokesman.
   */
  @ParameterizedTest
  @ValueSource(strings = {"model", "rules"})
  void aPostsPlaceAndRankAreNoPartOfTheName(String extractor) {
    Extraction x = extractWith(extractor, """
        Senior coroner for North Tyne Central Helen Prowse said she was "gravely troubled" by \
        the delays. "This is not the first such inquest," she said.

        Det Garda Orla Keaveney told the court the witnesses were "frightened".

        A spokeswoman for Councillor Bryn Ashdown said he would not comment.
        """);
    assertThat(speakerSaying(x, "gravely troubled").name()).isEqualTo("Helen Prowse");
    assertThat(speakerSaying(x, "first such inquest").name()).isEqualTo("Helen Prowse");
    assertThat(speakerSaying(x, "witnesses were").name()).isEqualTo("Orla Keaveney");
    assertThat(speakerSaying(x, "would not comment").name()).isNotEqualTo("Bryn Ashdown");
  }

  /**
   * A state after a city and a comma ("in Dayton, Ohio, who") is a place in a description, not
   * the name of the one described.
   */
  @ParameterizedTest
  @ValueSource(strings = {"model", "rules"})
  void aStateAfterACityIsAPlace(String extractor) {
    Extraction x = extractWith(extractor, """
        One buyer, a retired nurse in Dayton, Ohio, who asked that her name not be used, said \
        her toaster "began smoking within minutes".
        """);
    assertThat(speakerSaying(x, "began smoking").name()).isNotEqualTo("Ohio").contains("nurse");
  }

  /**
   * "the complaint" later in a lawsuit story is the plaintiff's, as the text resolved it before,
   * though another party spoke between.
   */
  @ParameterizedTest
  @ValueSource(strings = {"model", "rules"})
  void aLawsuitKeepsItsPlaintiff(String extractor) {
    Extraction x = extractWith(extractor, """
        Orvane Therapeutics Inc. sued Daltrey Labs on Monday, accusing its rival of stealing \
        trade secrets. The lawsuit claims that three chemists copied formulas before leaving. \
        "Daltrey did not develop its compound," the complaint says.

        Daltrey has denied the claims. Its chief executive, Priya Venkat, said the company would \
        contest the case. Venkat joined Daltrey in 2018.

        According to the complaint, one of the chemists, Owen Tilly, emailed files to a personal \
        account.
        """);
    assertThat(speakerSaying(x, "emailed files").name()).isEqualTo("Orvane Therapeutics Inc.");
  }

  /**
   * "The witness" after "detectives pressured a witness" is that unnamed witness, not the
   * plaintiff named before.
   */
  @ParameterizedTest
  @ValueSource(strings = {"model", "rules"})
  void aDescriptionOfSomeoneIntroducedUnnamedIsNoNamedPerson(String extractor) {
    Extraction x = extractWith(extractor, """
        Terrell Voss, 51, alleges that officers coerced a witness. The witness, now 40, recanted \
        in 2019, saying she had been "terrified of them" and had signed what they wrote.
        """);
    assertThat(speakerSaying(x, "terrified of them").name()).isNotEqualTo("Terrell Voss");
  }

  /**
   * "Brannock junior" is the son of two Brannocks, "Brannock senior" the father, as the text
   * introduced them ("beat his father Seamus Brannock").
   */
  @ParameterizedTest
  @ValueSource(strings = {"model", "rules"})
  void juniorAndSeniorTellTwoGenerationsApart(String extractor) {
    Extraction x = extractWith(extractor, """
        Colm Brannock beat his father Seamus Brannock in the Hurdle on Saturday.

        Brannock junior said the mare would now be aimed at the Liffey Chase.

        Brannock senior said the going had suited the mare.
        """);
    assertThat(speakerSaying(x, "aimed at the Liffey Chase").name()).isEqualTo("Colm Brannock");
    assertThat(speakerSaying(x, "going had suited").name()).isEqualTo("Seamus Brannock");
  }

  /**
   * A club whose name ends in "City" is no person, so "he" later is the player named with it.
   */
  @ParameterizedTest
  @ValueSource(strings = {"model", "rules"})
  void aClubEndingInCityIsNoPerson(String extractor) {
    Extraction x = extractWith(extractor, """
        Harrowgate City want to keep Nuno Bastos. The winger himself has said little. After the \
        win over Dunley on Saturday, he told reporters only: "I am thinking about the next game."
        """);
    assertThat(speakerSaying(x, "next game").name()).isEqualTo("Nuno Bastos");
  }

  /**
   * A compound cut at its hyphen stays in the source ("a top-20 investor"), and so does a
   * coordinated complement of "of" ("The Hull-based maker of pies and pasties said"), which is
   * then the company named before.
   */
  @ParameterizedTest
  @ValueSource(strings = {"model", "rules"})
  void aHyphenatedCompoundAndACoordinatedComplementStayInTheSource(String extractor) {
    Extraction x = extractWith(extractor, """
        Brindle Bakeries Ltd rejected the offer. The Hull-based maker of pies and pasties said on \
        Monday that its board had unanimously turned the proposal down.

        "At 240p it deserves a hearing," said a top-20 investor, who asked not to be named.
        """);
    assertThat(speakerSaying(x, "unanimously turned").name()).isEqualTo("Brindle Bakeries Ltd");
    assertThat(speakerSaying(x, "deserves a hearing").name()).contains("top-20 investor");
  }

  /**
   * A founder's surname that opens the company's name ("Ines Carrow founded Carrow Analytics
   * Ltd") is the company where the words it said call it "its" ("Carrow said it would buy back
   * its shares").
   */
  @ParameterizedTest
  @ValueSource(strings = {"model", "rules"})
  void aFounderNameSpeakingOfItsSharesIsTheCompany(String extractor) {
    Extraction x = extractWith(extractor, """
        Ines Carrow founded Carrow Analytics Ltd in 2004 and still chairs its board.

        Carrow also said it would buy back up to $500 million of its shares.
        """);
    assertThat(speakerSaying(x, "buy back up to").name()).isEqualTo("Carrow Analytics Ltd");
  }
}
