package org.quotekit.resolve;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quotekit.resolve.DefaultSpeakerResolverTest.extractWith;
import static org.quotekit.resolve.DefaultSpeakerResolverTest.speakerSaying;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.quotekit.Extraction;
import org.quotekit.Speaker;

/**
 * A party noun or a general word for a legislator ("the Democrat", "the lawmaker") that
 * continues a person the text gave a post; a name after "on the" ("on the House floor"), which
 * is no subject; an ad a body "ran" or "paid for", or that a body's name stands before ("an
 * ABC spot"), which is that body's, not where it ran ("a TV ad"); a title-case headline whose
 * object has an owner ("X Rips Y's Plan"); a title that ends a headline's source ("GOP Sen.
 * Says"); a person a verb aimed "at" ("hit back at columnist X, who wrote"); "the hospital
 * system" for the body quoted before it; "the developer" for the one company the body names as
 * a subject, whatever the headline calls a developer; a post with "general" after its noun ("the
 * attorney general said"); a post of several words in small letters between the cue and a name
 * ("said union official X"); the rubrics of ad watches and newsletters ("THE CLAIMS:"), which are
 * no speakers; under both bundled extractors, the headlines under the model only.
 */
class PartyEpithetsAndAdSponsorsTest {

  /**
   * "the Democrat" and "the legislator" continue the person the text named with a post just
   * before: a party and a general word for a lawmaker are no other post.
   */
  @ParameterizedTest
  @ValueSource(strings = {"model", "rules"})
  void aPartyNounOrALegislatorContinuesThePersonNamedWithAPost(String extractor) {
    Extraction x = extractWith(extractor, """
        Budget talks stall in the capital

        Gov. Teresa Okonkwo visited a flooded school in Marlow on Tuesday. In a radio \
        interview afterwards, the Democrat said the budget "cannot wait another week."

        State Sen. Howard Pruitt, a Republican from Dunmore, spoke on Wednesday.

        "We will not sign a blank check," the legislator said.
        """);
    assertThat(speakerSaying(x, "another week").name()).isEqualTo("Teresa Okonkwo");
    assertThat(speakerSaying(x, "blank check").name()).isEqualTo("Howard Pruitt");
  }

  /**
   * "on the House floor" names no subject of its sentence, so "the 61-year-old" after it
   * continues the lawmaker who spoke there, not a person called House.
   */
  @ParameterizedTest
  @ValueSource(strings = {"model", "rules"})
  void aNameAfterAPrepositionAndItsArticleIsNoSubject(String extractor) {
    Extraction x = extractWith(extractor, """
        Water bill passes after long night

        Mayor Colin Ferris has called the bill a mistake.

        Margaret Osei tore into him on the House floor Thursday.

        "Every town in this state needs clean water," the 61-year-old said.
        """);
    assertThat(speakerSaying(x, "clean water").name()).isEqualTo("Margaret Osei");
  }

  /**
   * "The ad" is the sponsor's when the text says a body, set off by commas, "ran a spot";
   * "The mailer, paid for by X," is X's.
   */
  @ParameterizedTest
  @ValueSource(strings = {"model", "rules"})
  void anAdIsItsSponsorsWhomTheTextSaysRanOrPaidForIt(String extractor) {
    Extraction x = extractWith(extractor, """
        Outside money pours into the Third District

        A Democratic group, Prairie Futures Fund, ran a spot on Monday. The ad claimed \
        Hollis "sold out the family farm."

        The mailer, paid for by the Kansas Republican Party and sent to 30,000 homes, says \
        Marsh "raised your taxes twice."
        """);
    assertThat(speakerSaying(x, "family farm").name()).isEqualTo("Prairie Futures Fund");
    assertThat(speakerSaying(x, "taxes twice").name()).isEqualTo("Kansas Republican Party");
  }

  /**
   * A body's name before "spot" is the spot's sponsor ("a Prairie Futures spot"); where it ran
   * ("a TV ad") is none.
   */
  @ParameterizedTest
  @ValueSource(strings = {"model", "rules"})
  void aBodyBeforeAnAdSponsorsItButTheMediumDoesNot(String extractor) {
    Extraction x = extractWith(extractor, """
        Farm vote draws late spending

        Prairie Futures Fund has spent heavily in the race. Hollis complained about a \
        Prairie Futures Fund spot that aired in June. The ad claimed Hollis "sold out the \
        family farm."

        Residents have also seen a TV ad this week. The ad said Marsh "never lived here."
        """);
    assertThat(speakerSaying(x, "family farm").name()).isEqualTo("Prairie Futures Fund");
    assertThat(speakerSaying(x, "never lived here").name()).isNotEqualTo("TV");
  }

  /**
   * "Okafor Rips Gov. Brandt's Pension Cuts: '...'" is Okafor's: the other person owns the
   * object, and the line's first name is its subject. Under the model only: the rules
   * extractor finds no quote in such a headline when the body does not repeat it.
   */
  @ParameterizedTest
  @ValueSource(strings = {"model"})
  void aTitleCaseHeadlineWhoseObjectHasAnOwnerIsItsSubjects(String extractor) {
    Extraction x = extractWith(extractor, """
        Okafor Rips Gov. Brandt's Pension Cuts: 'Our Teachers Deserve Better'

        Sen. Nia Okafor (D-Ore.) criticized Gov. Lewis Brandt on Monday over his plan to \
        trim state pensions.
        """);
    assertThat(speakerSaying(x, "Teachers Deserve").name()).isEqualTo("Nia Okafor");
  }

  /**
   * "GOP Sen. Says ..." in a headline stands for the senator the lead names: a title no name
   * follows is its post. Under the model only, as above.
   */
  @ParameterizedTest
  @ValueSource(strings = {"model"})
  void aTitleThatEndsAHeadlinesSourceIsItsPost(String extractor) {
    Extraction x = extractWith(extractor, """
        GOP Sen. Says Farmers Should 'Stop Waiting' for Drought Aid

        Sen. Rowan Castellanos (R-Neb.) made the remarks at a town hall in Kearney on \
        Saturday, and a recording surfaced on Monday.
        """);
    assertThat(speakerSaying(x, "Stop Waiting").name()).isEqualTo("Rowan Castellanos");
  }

  /**
   * "fired back Tuesday at economist X, who wrote that ..." is X's: the day and "at" before the
   * name are no part of the one who wrote. Under the rules extractor only: the model takes
   * "fired" for the cue.
   */
  @ParameterizedTest
  @ValueSource(strings = {"rules"})
  void thePersonAVerbAimedAtIsTheOneTheRelativeClauseQuotes(String extractor) {
    Extraction x = extractWith(extractor, """
        Mayor answers critic

        Mayor Ines Calder fired back Tuesday at economist Walter Brigham, who wrote last \
        month that her housing plan was "a recipe for empty lots."
        """);
    assertThat(speakerSaying(x, "empty lots").name()).isEqualTo("Walter Brigham");
  }

  /** "the health system" after a body quoted just before is that body. */
  @ParameterizedTest
  @ValueSource(strings = {"model", "rules"})
  void aHealthSystemIsTheBodyNamedBeforeIt(String extractor) {
    Extraction x = extractWith(extractor, """
        Patients sue over surprise bills

        Riverbend Care Partners rejected the claims on Friday. "We bill every patient \
        fairly and lawfully," the health system said in a statement.
        """);
    assertThat(speakerSaying(x, "fairly and lawfully").name())
        .isEqualTo("Riverbend Care Partners");
  }

  /**
   * "The Kent-based developer said" is the company the body names as a subject before it; a
   * headline's "Developer sees record sales" is no second company that makes it ambiguous, and
   * the chief executive named after it is not the developer. Under the rules extractor only:
   * the model's source stage reads this text's third sentence otherwise.
   */
  @ParameterizedTest
  @ValueSource(strings = {"rules"})
  void aCompanyNounInTheHeadlineIsNoSecondCompany(String extractor) {
    Extraction x = extractWith(extractor, """
        Developer sees record sales

        Harwick Estates said on Thursday it expected record revenue. The Kent-based developer \
        said bookings were 40% ahead of 2022.

        "We have never seen this," Chief Executive Gail Ostrander said.
        """);
    assertThat(speakerSaying(x, "bookings were").name()).isEqualTo("Harwick Estates");
  }

  /**
   * "..., the attorney general said" has a source, the post the text gave a named person: the
   * adjective after the noun ends the post, as in "the secretary general".
   */
  @ParameterizedTest
  @ValueSource(strings = {"model", "rules"})
  void aPostEndingInGeneralIsTheSource(String extractor) {
    Extraction x = extractWith(extractor, """
        State sues landlord over repairs

        Attorney General Dana Whitfield sued the company on Monday.

        "No landlord is above the law, however many flats they own," the attorney general said.
        """);
    assertThat(speakerSaying(x, "above the law").name()).isEqualTo("Dana Whitfield");
  }

  /**
   * "..., said union official X" and "..., said retired nurse Y" are X's and Y's: a post of
   * several words in small letters may stand between the cue and the name, whatever the tagger
   * reads its words as.
   */
  @ParameterizedTest
  @ValueSource(strings = {"model", "rules"})
  void aPostOfSeveralWordsBetweenTheCueAndTheName(String extractor) {
    Extraction x = extractWith(extractor, """
        Bakery closes after 60 years

        "A letter from head office is not a plan," said union official Tomasz Wielgus.

        "It was the only place in town for a proper loaf," said retired nurse Elaine Pryce.
        """);
    assertThat(speakerSaying(x, "not a plan").name()).isEqualTo("Tomasz Wielgus");
    assertThat(speakerSaying(x, "proper loaf").name()).isEqualTo("Elaine Pryce");
  }

  /**
   * "WHAT IT SHOWS:" and "THE CLAIMS:" open an ad watch's paragraphs as rubrics, not as a
   * transcript's speakers: the words after them are the sentence's own, "The Congressional
   * Budget Office estimated that ...".
   */
  @ParameterizedTest
  @ValueSource(strings = {"model", "rules"})
  void theRubricsOfAnAdWatchAreNoSpeakers(String extractor) {
    Extraction x = extractWith(extractor, """
        Ad watch: a drug-pricing spot

        WHAT IT SHOWS: A pharmacist counts pills while music plays.

        THE CLAIMS: The Congressional Budget Office estimated that the bill would reduce new \
        medicines by about 1 percent.
        """);
    assertThat(x.speakers()).extracting(Speaker::name)
        .doesNotContain("The Claims", "THE CLAIMS", "What It Shows", "WHAT IT SHOWS");
    assertThat(speakerSaying(x, "new medicines").name())
        .isEqualTo("Congressional Budget Office");
  }
}
