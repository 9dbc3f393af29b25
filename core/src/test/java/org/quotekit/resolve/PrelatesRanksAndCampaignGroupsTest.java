package org.quotekit.resolve;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quotekit.resolve.DefaultSpeakerResolverTest.extractWith;
import static org.quotekit.resolve.DefaultSpeakerResolverTest.speakerSaying;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.quotekit.Extraction;
import org.quotekit.Quote;
import org.quotekit.Speaker;
import org.quotekit.SpeakerKind;

/**
 * "the prelate" for a bishop, "the bishops" and their letter for a conference of bishops,
 * campaign groups named "X for Y", "X in Y" or "X of Y" that an apposition calls a body, the
 * holder of a post in capitals written with a note in brackets before the name ("the DCP"), a
 * rank before a surname that is also an organisation word ("SSP Chambers"), a name in the words
 * after "According to police" that belongs to another noun, a kin noun after a quoted officer, a
 * post's field of two nouns before a name ("Minister of Education and Science Liisa
 * Harjula-Koski") or a country ("Ambassador to Norvania Choi Min-jae"), a branch of a body and
 * the body's acronym that spells a word ("CAN"), "The group" for a body named just after the
 * lead introduced one unnamed, a document whose issuer the next sentences name or whose nouns
 * are words of a body's name, a post a participle qualifies ("its acting director"), a
 * commission "into" something, an unlisted place before a company noun ("the Palo Alto
 * startup"), and content carried over a relative clause set off by commas, under both bundled
 * extractors.
 */
class PrelatesRanksAndCampaignGroupsTest {

  /** "the prelate" is the person the text titled bishop, not a speaker of its own. */
  @ParameterizedTest
  @ValueSource(strings = {"model", "rules"})
  void thePrelateIsTheBishop(String extractor) {
    Extraction x = extractWith(extractor, """
        Diocese opens food bank

        Bishop Anselm Okonkwo of Port Mara said the diocese would open a food bank in March. \
        "No family here should go hungry," the prelate said at a Mass on Sunday.
        """);
    Speaker bishop = speakerSaying(x, "go hungry");
    assertThat(bishop.name()).isEqualTo("Anselm Okonkwo");
    assertThat(speakerSaying(x, "open a food bank")).isEqualTo(bishop);
  }

  /**
   * "the bishops" after a conference named by its bishops is that conference, and so is a
   * letter they read out.
   */
  @ParameterizedTest
  @ValueSource(strings = {"model", "rules"})
  void theBishopsAndTheirLetterAreTheConference(String extractor) {
    Extraction x = extractWith(extractor, """
        Church leaders oppose mine

        The Catholic Bishops' Conference of Tarvia (CBCT) has asked the government to halt a \
        gold mine near the river. In a pastoral letter read in every parish on Sunday, the \
        bishops said the river fed "half a million people."

        "The land is not ours to sell," the letter said.
        """);
    Speaker conference = speakerSaying(x, "half a million");
    assertThat(conference.name()).isEqualTo("Catholic Bishops' Conference of Tarvia");
    assertThat(speakerSaying(x, "not ours to sell")).isEqualTo(conference);
  }

  /**
   * A name of people for a cause ("Mothers for Safe Streets"), in a field ("Women in
   * Engineering") or of a place ("Cyclists of the Lower Valley") is one organisation when an
   * apposition calls it a group: "The group" later is that body, not the last word of its name.
   */
  @ParameterizedTest
  @ValueSource(strings = {"model", "rules"})
  void aCampaignGroupsNameHoldsItsForAndIn(String extractor) {
    Extraction x = extractWith(extractor, """
        Campaigners react

        Mothers for Safe Streets, a community campaign group, said the speed limit was too \
        high. The group said it would petition the council.

        Women in Engineering, an industry advocacy group, said the apprenticeships were \
        welcome.

        On the bypass, Cyclists of the Lower Valley, a Fresno-based group, said the new lanes \
        were too narrow.
        """);
    Speaker mothers = speakerSaying(x, "speed limit");
    assertThat(mothers.name()).isEqualTo("Mothers for Safe Streets");
    assertThat(mothers.kind()).isEqualTo(SpeakerKind.ORGANIZATION);
    assertThat(speakerSaying(x, "petition the council")).isEqualTo(mothers);
    assertThat(speakerSaying(x, "apprenticeships").name()).isEqualTo("Women in Engineering");
    assertThat(speakerSaying(x, "too narrow").name()).isEqualTo("Cyclists of the Lower Valley");
  }

  /**
   * An acronym that spells a post in capitals is the person named after that post, also when a
   * note in brackets stands between post and name.
   */
  @ParameterizedTest
  @ValueSource(strings = {"model", "rules"})
  void anAcronymSpellsAPostWithANoteInBrackets(String extractor) {
    Extraction x = extractWith(extractor, """
        Lorry overturns on flyover

        Assistant Commissioner of Police (Traffic) Ravi Menon said the lorry had been \
        overloaded. "The driver will be questioned once he is discharged," the ACP said.
        """);
    Speaker officer = speakerSaying(x, "will be questioned");
    assertThat(officer.name()).isEqualTo("Ravi Menon");
    assertThat(speakerSaying(x, "overloaded")).isEqualTo(officer);
  }

  /**
   * A rank before a surname the text gave a person names that person, even where the surname is
   * also a word of organisations' names ("Chambers").
   */
  @ParameterizedTest
  @ValueSource(strings = {"model", "rules"})
  void aRankBeforeAKnownSurnameIsThePerson(String extractor) {
    Extraction x = extractWith(extractor, """
        Appeal after shooting

        Senior Superintendent of Police Marcia Chambers said two men had been detained. "We \
        need witnesses to come forward," SSP Chambers said.
        """);
    Speaker officer = speakerSaying(x, "witnesses");
    assertThat(officer.name()).isEqualTo("Marcia Chambers");
    assertThat(officer.kind()).isEqualTo(SpeakerKind.PERSON);
  }

  /**
   * After "According to police", a name "identified as" gives belongs to the noun set off by
   * commas before it ("the driver"), not to the police.
   */
  @ParameterizedTest
  @ValueSource(strings = {"model", "rules"})
  void aNameAfterAccordingToBelongsToTheNounItFollows(String extractor) {
    Extraction x = extractWith(extractor, """
        Driver sought

        A van struck a cyclist on Harbour Road on Monday. According to police, the driver, \
        identified as Darren Pike, left the scene on foot.
        """);
    Quote q = x.quotes().stream().filter(z -> z.cue().isPresent()
        && z.cue().get().span().text().equals("According to")).findFirst().orElseThrow();
    Speaker police = x.speakerOf(q).orElseThrow();
    assertThat(police.name()).isNotEqualTo("Darren Pike");
    assertThat(police.name()).containsIgnoringCase("police");
  }

  /**
   * "The son" who speaks after a quoted officer is a relative of someone in the story, not the
   * officer: the text never made the officer anyone's son.
   */
  @ParameterizedTest
  @ValueSource(strings = {"model", "rules"})
  void aKinNounIsNotTheOfficerQuotedLast(String extractor) {
    Extraction x = extractWith(extractor, """
        Climber rescued

        Inspector Gareth Lloyd said the climber had been found on a ledge. "She was very lucky," \
        he said.

        The son, speaking outside the hospital, said he was "just relieved".
        """);
    Speaker son = speakerSaying(x, "just relieved");
    assertThat(son).isNotEqualTo(speakerSaying(x, "very lucky"));
    assertThat(son.name()).isNotEqualTo("Gareth Lloyd");
  }

  /**
   * A post in capitals whose field joins two nouns with "and" ("Minister of Education and Science")
   * before a name whose given name the lexicon does not list is the post of that person: the
   * field is no part of the name.
   */
  @ParameterizedTest
  @ValueSource(strings = {"model", "rules"})
  void aPostsFieldOfTwoNounsIsNoPartOfTheName(String extractor) {
    Extraction x = extractWith(extractor, """
        Schools budget cut

        Minister of Education and Science Liisa Harjula-Koski said on Monday that no school \
        would close. "Every school will keep its teachers," the minister said.

        Secretary for Labour and Welfare Chan Ka Wing said the scheme would be reviewed.
        """);
    Speaker minister = speakerSaying(x, "keep its teachers");
    assertThat(minister.name()).isEqualTo("Liisa Harjula-Koski");
    assertThat(speakerSaying(x, "no school")).isEqualTo(minister);
    assertThat(speakerSaying(x, "would be reviewed").name()).isEqualTo("Chan Ka Wing");
  }

  /**
   * The country after "Ambassador to" is no part of the name after it: the ambassador is the
   * person, and "the ambassador" later is that person.
   */
  @ParameterizedTest
  @ValueSource(strings = {"model", "rules"})
  void theCountryAfterAmbassadorToIsNoPartOfTheName(String extractor) {
    Extraction x = extractWith(extractor, """
        Embassy warns travellers

        Foreign ministry spokeswoman Lee Soo-ah said the ministry had summoned the envoy. \
        Ambassador to Norvania Choi Min-jae said staff had been told to travel in pairs. "We \
        are taking every precaution," the ambassador said.
        """);
    Speaker ambassador = speakerSaying(x, "every precaution");
    assertThat(ambassador.name()).isEqualTo("Choi Min-jae");
    assertThat(speakerSaying(x, "travel in pairs")).isEqualTo(ambassador);
  }

  /**
   * A body the lead introduces unnamed ("a consumer group") and a later sentence names is what
   * "The group" stands for after the name, not a body of its own.
   */
  @ParameterizedTest
  @ValueSource(strings = {"model", "rules"})
  void theGroupIsTheBodyNamedAfterTheUnnamedOne(String extractor) {
    Extraction x = extractWith(extractor, """
        Energy firms accused of overcharging

        Three energy suppliers have cut prepayment tariffs after a consumer group reported that \
        customers were paying twice the standard rate.

        The study, published on Monday by the nonprofit Fair Tariff Watch, covered 4,000 \
        households. The group said the regulator should order refunds.
        """);
    Speaker group = speakerSaying(x, "order refunds");
    assertThat(group.name()).isEqualTo("Fair Tariff Watch");
  }

  /**
   * A document introduced without its issuer is the issuer's whom one of the next two sentences
   * names: "The report, compiled for the council by X," or "It was written by X".
   */
  @ParameterizedTest
  @ValueSource(strings = {"model", "rules"})
  void aDocumentsIssuerNamedInTheNextSentences(String extractor) {
    Extraction x = extractWith(extractor, """
        Harbour repairs

        The harbour wall will need rebuilding within five years, according to an engineering \
        report seen by the Gazette. The report, compiled for the council by the consultancy \
        Merrow Pike, puts the cost at 12 million pounds.

        Spending should be frozen until the spring, an internal memo said. The two-page memo \
        went to every department head on Friday. It was written by Sandra Okoye, the council's \
        finance director.
        """);
    assertThat(speakerSaying(x, "need rebuilding").name()).contains("Merrow Pike");
    assertThat(speakerSaying(x, "frozen until the spring").name()).isEqualTo("Sandra Okoye");
  }

  /**
   * A document whose nouns in small letters are words of a body's name named beside it ("an
   * ombudsman report", "the Office of the Health Ombudsman") is that body's.
   */
  @ParameterizedTest
  @ValueSource(strings = {"model", "rules"})
  void aDocumentNamedByWordsOfABodysNameIsItsOwn(String extractor) {
    Extraction x = extractWith(extractor, """
        Hospital waits

        Patients waited up to 19 hours for a bed last winter, according to an ombudsman report \
        published on Tuesday.

        The Office of the Health Ombudsman examined 300 complaints from four hospitals.
        """);
    assertThat(speakerSaying(x, "19 hours").name()).isEqualTo("Office of the Health Ombudsman");
  }

  /**
   * A post a participle qualifies before a name ("its acting director, X,") is that person's role:
   * "the director" later is that person, not the one quoted last.
   */
  @ParameterizedTest
  @ValueSource(strings = {"model", "rules"})
  void aPostWithAParticipleBeforeTheNameIsTheRole(String extractor) {
    Extraction x = extractWith(extractor, """
        Lectures move underground

        The college will hold all lectures in a new basement block from September, its acting \
        director, Oleh Marchenko, said on Friday.

        Student Iryna Koval, 19, said the old rooms were cold. "We sat in our coats," she said.

        The college had 9,000 students before the war. It now has around 6,400, according to \
        the director.
        """);
    assertThat(speakerSaying(x, "around 6,400").name()).isEqualTo("Oleh Marchenko");
  }

  /**
   * A place the lexicon does not list before a company noun ("the Palo Alto startup") says where
   * the company named before is, no name of another one.
   */
  @ParameterizedTest
  @ValueSource(strings = {"model", "rules"})
  void anUnlistedPlaceBeforeACompanyNounDescribesTheCompany(String extractor) {
    Extraction x = extractWith(extractor, """
        Startup cuts staff

        Kestrel Therapeutics will cut about 60 jobs after its lead drug failed a trial, the \
        Palo Alto startup said on Monday.
        """);
    assertThat(speakerSaying(x, "60 jobs").name()).isEqualTo("Kestrel Therapeutics");
  }

  /** A commission or inquiry "into" something keeps what it looks into in its name. */
  @ParameterizedTest
  @ValueSource(strings = {"model", "rules"})
  void aCommissionIntoSomethingKeepsItInItsName(String extractor) {
    Extraction x = extractWith(extractor, """
        Care homes

        The Royal Commission into Aged Care Safety and Standards said staffing was too thin. \
        The commission said it would report in June.
        """);
    Speaker commission = speakerSaying(x, "too thin");
    assertThat(commission.name())
        .isEqualTo("Royal Commission into Aged Care Safety and Standards");
    assertThat(speakerSaying(x, "report in June")).isEqualTo(commission);
  }

  /**
   * A branch of a named body speaks for it ("The Kent branch of the Coastal Alliance for Nature
   * (CAN)"), and the acronym the brackets define is a name wherever the text writes it, even
   * where it spells an English word ("CAN also urged").
   */
  @ParameterizedTest
  @ValueSource(strings = {"model", "rules"})
  void aBranchSpeaksForItsBodyAndItsAcronymIsAName(String extractor) {
    Extraction x = extractWith(extractor, """
        Dredging plan opposed

        The Kent branch of the Coastal Alliance for Nature (CAN) said the dredging would harm \
        the seal colony. CAN also urged the port to publish its survey.
        """);
    Speaker alliance = speakerSaying(x, "seal colony");
    assertThat(alliance.name()).isEqualTo("Coastal Alliance for Nature");
    assertThat(speakerSaying(x, "publish its survey")).isEqualTo(alliance);
  }

  /**
   * Reported content whose subject a relative clause set off by commas follows runs on past the
   * clause to the subject's verb.
   */
  @ParameterizedTest
  @ValueSource(strings = {"model", "rules"})
  void contentRunsOnPastARelativeClause(String extractor) {
    Extraction x = extractWith(extractor, """
        Library to close

        The council announced on Monday that the library, which opened in 1962 and now lends \
        few books, would close in March.
        """);
    Quote q = x.quotes().stream().filter(z -> z.content().text().startsWith("the library"))
        .findFirst().orElseThrow();
    assertThat(q.content().text()).endsWith("would close in March");
  }
}
