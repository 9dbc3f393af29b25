package org.quotekit.resolve;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quotekit.resolve.DefaultSpeakerResolverTest.extractWith;
import static org.quotekit.resolve.DefaultSpeakerResolverTest.speakerSaying;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.quotekit.Extraction;

/**
 * Speakers of quotations of several sentences whose cue follows a sentence naming who speaks,
 * of results-call transcript labels, of organisation nouns, demonyms and officials, under both
 * bundled extractors.
 */
class LongQuotesLabelsAndOrganisationsTest {

  /**
   * A "he" or "she" after a quotation of several sentences goes on from the sentence before the
   * quotation, as after a quotation of one: the person that sentence names as its subject, not
   * the person quoted before it.
   */
  @ParameterizedTest
  @ValueSource(strings = {"model", "rules"})
  void aPronounAfterALongQuotationGoesOnFromTheSentenceBeforeIt(String extractor) {
    Extraction x = extractWith(extractor, """
        Ferries cancelled

        Port authority chairman Owen Pryce told Harbour Radio that the authority would back its \
        pilots "without exception".

        Kerrigan's brother and deputy, Liam Kerrigan, was less diplomatic. "We had no choice. The \
        swell was too high for the tugs," he told reporters.
        """);
    assertThat(speakerSaying(x, "We had no choice").name()).isEqualTo("Liam Kerrigan");
  }

  /**
   * A description the text gave no one ("the former rally winner") after a quotation of
   * several sentences, or of one, stands for the person the sentence before the quotation
   * introduces by full name, also when the headline's surname was read as theirs.
   */
  @ParameterizedTest
  @ValueSource(strings = {"model", "rules"})
  void aDescriptionAfterALongQuotationIsWhoTheSentenceBeforeIntroduced(String extractor) {
    Extraction x = extractWith(extractor, """
        Pryce penalised

        Tom Pryce finished fourth after a time penalty.

        His uncle and team manager, Alan Pryce, took the blame. "That was our mistake. We \
        released him too early," the former rally winner said.
        """);
    assertThat(speakerSaying(x, "That was our mistake").name()).isEqualTo("Alan Pryce");

    Extraction one = extractWith(extractor, """
        Pryce penalised

        Brodie Pryce finished fourth after a time penalty.

        His uncle and team manager, Alan Pryce, took the blame. "That was our mistake," the \
        former rally winner said.
        """);
    assertThat(speakerSaying(one, "That was our mistake").name()).isEqualTo("Alan Pryce");
  }

  /**
   * "The company" after an opening phrase that addresses a body ("In a filing with the
   * Northern Stock Exchange,") is the company that spoke before, not the body told.
   */
  @ParameterizedTest
  @ValueSource(strings = {"model", "rules"})
  void aBodyAnOpeningPhraseAddressesIsNotTheCompany(String extractor) {
    Extraction x = extractWith(extractor, """
        Bakery results

        Harlow Biscuits said its new oven line was running at full speed.

        In a filing with the Northern Stock Exchange, the company said its export sales had \
        doubled.
        """);
    assertThat(speakerSaying(x, "export sales had doubled").name()).isEqualTo("Harlow Biscuits");
  }

  /**
   * "Gaming", "Esports" and "Motorsport" end company names: "Copperline Gaming has released"
   * names an organisation, which "the organisation" then stands for.
   */
  @ParameterizedTest
  @ValueSource(strings = {"model", "rules"})
  void gamingAndMotorsportEndCompanyNames(String extractor) {
    Extraction x = extractWith(extractor, """
        Coach released

        Copperline Gaming has released its head coach after the squad failed to reach the \
        playoffs. In a statement, the organisation said the decision was "about the future".
        """);
    assertThat(speakerSaying(x, "the decision was").name()).isEqualTo("Copperline Gaming");
  }

  /**
   * A regional demonym after "the" ("the Western Australian", "the Corkman") describes the
   * person in focus, as "the Queenslander" does; it is no organisation's name.
   */
  @ParameterizedTest
  @ValueSource(strings = {"model", "rules"})
  void regionalDemonymsDescribeThePersonInFocus(String extractor) {
    Extraction x = extractWith(extractor, """
        Sprint final

        Leo Barrett was handed a warning on Friday. "I never left my lane," the Western \
        Australian said.

        Niall Fenton won the final. "It was a long day," the Corkman said.
        """);
    assertThat(speakerSaying(x, "I never left my lane").name()).isEqualTo("Leo Barrett");
    assertThat(speakerSaying(x, "It was a long day").name()).isEqualTo("Niall Fenton");
  }

  /**
   * Officials of a race or a match ("stewards", "commissaires", "selectors") are role nouns:
   * "they" after them is that group, not no one.
   */
  @ParameterizedTest
  @ValueSource(strings = {"model", "rules"})
  void raceOfficialsAreAGroupThatSpeaks(String extractor) {
    Extraction x = extractWith(extractor, """
        Sprint ruling

        The commissaires met after the stage. In their ruling, they said the sprinter had \
        "deviated from his line" in the final metres.
        """);
    assertThat(speakerSaying(x, "deviated from his line").name()).isEqualTo("commissaires");
  }

  /**
   * A results call's transcript sets the speaker's firm and post after the name with dashes
   * ("Name -- Firm -- Analyst:"): each such label opens a turn of that person's.
   */
  @ParameterizedTest
  @ValueSource(strings = {"model", "rules"})
  void resultsCallLabelsWithDashesOpenTurns(String extractor) {
    Extraction x = extractWith(extractor, """
        Insurer call

        Marlow Mutual lifted its dividend. An exchange from the call:

        Operator: The next question is from Irene Soto with Pelham Research.

        Irene Soto -- Pelham Research -- Analyst: Thanks. How much of the reserve release was \
        from storm claims?

        Hugo Lindqvist \u2014 Chief Financial Officer: About a third of it. The rest came from \
        motor.
        """);
    assertThat(speakerSaying(x, "How much of the reserve release").name()).isEqualTo("Irene Soto");
    assertThat(speakerSaying(x, "About a third of it").name()).isEqualTo("Hugo Lindqvist");
  }

  /**
   * A definite description set off by commas after a name, before "which said" or "who said",
   * describes that name, also when a preposition governs it ("advice from X, the proxy adviser,
   * which said"): not someone the text names afterwards.
   */
  @ParameterizedTest
  @ValueSource(strings = {"model", "rules"})
  void aDescriptionBetweenCommasBeforeWhichSaidIsTheNameBeforeIt(String extractor) {
    Extraction x = extractWith(extractor, """
        Pay vote

        The revolt followed advice from Harrowgate Governance Partners, the proxy adviser, \
        which said the new bonus plan was too generous. The board had promised chief executive \
        Mina Okafor a review.
        """);
    assertThat(speakerSaying(x, "bonus plan was too generous").name())
        .isEqualTo("Harrowgate Governance Partners");
  }

  /**
   * A nationality opening a sentence before a name ("Norwegian Eskil Haugen", a given name the
   * lexicon lacks) is no part of the name, also when a headline wrote it capitalised inside a
   * line ("... hands title to Norwegian"), as nationalities always are.
   */
  @ParameterizedTest
  @ValueSource(strings = {"model", "rules"})
  void aNationalityBeforeANameIsNoPartOfItAfterAHeadlineUsedIt(String extractor) {
    Extraction x = extractWith(extractor, """
        Judges' ruling hands ski jumping title to Norwegian

        Norwegian Eskil Haugen was declared the winner on Sunday. "I only saw the result on \
        the board," Haugen said.
        """);
    assertThat(speakerSaying(x, "I only saw the result").name()).isEqualTo("Eskil Haugen");
  }

  /**
   * A nickname given in quotation marks with "The" ("Walter \"The Wall\" Brennan") is the
   * person's when the text calls them "the Wall" later.
   */
  @ParameterizedTest
  @ValueSource(strings = {"model", "rules"})
  void aNicknameWithTheIsThePersonsWithOrWithoutIt(String extractor) {
    Extraction x = extractWith(extractor, """
        Snooker semi-final

        Walter "The Wall" Brennan beat Ross Ogilvie 6-4 on Friday night. "I kept it tight and \
        waited," the Wall said.
        """);
    assertThat(speakerSaying(x, "I kept it tight").name()).isEqualTo("Walter Brennan");
  }

  /**
   * "The letter" after a sentence in which a body wrote to someone ("The Planning Inspectorate
   * had written to the council in May.") is that body's letter.
   */
  @ParameterizedTest
  @ValueSource(strings = {"model", "rules"})
  void aLetterIsWhoWroteToSomeoneJustBefore(String extractor) {
    Extraction x = extractWith(extractor, """
        Housing plan stalls

        Councillor Petra Lindqvist said the scheme would go ahead. The Planning Inspectorate had \
        written to the council in May. The letter warned that the site "may not be deliverable" \
        before 2030.
        """);
    assertThat(speakerSaying(x, "may not be deliverable").name())
        .isEqualTo("Planning Inspectorate");
  }

  /**
   * "Motor" ends company names as "Motors" does: "Kessler Motor on Monday recalled" names a
   * carmaker, which "it" then stands for.
   */
  @ParameterizedTest
  @ValueSource(strings = {"model", "rules"})
  void motorEndsCompanyNames(String extractor) {
    Extraction x = extractWith(extractor, """
        Kessler Motor recalls vans

        Kessler Motor on Monday recalled 40,000 delivery vans over a brake fault. "Safety comes \
        first for every customer," it said in a statement.
        """);
    assertThat(speakerSaying(x, "Safety comes first").name()).isEqualTo("Kessler Motor");
  }

  /**
   * Of two persons of one surname, "Hale jnr" is the son and "the younger Holm" the brother the
   * text called younger, also past "and team-mate" after the kinship noun.
   */
  @ParameterizedTest
  @ValueSource(strings = {"model", "rules"})
  void juniorAndTheYoungerFollowTheKinTheTextGave(String extractor) {
    Extraction x = extractWith(extractor, """
        Hurdle double

        Cathal Hale won the hurdle for his father, Dermot Hale, on Sunday. "I was always going \
        to keep it," Hale jnr said.

        Rolf Holm leads the race by 52 seconds. His younger brother and team-mate Jonas Holm said \
        the plan had worked. "Rolf is calm. He is always calm," the younger Holm added.
        """);
    assertThat(speakerSaying(x, "always going to keep it").name()).isEqualTo("Cathal Hale");
    assertThat(speakerSaying(x, "Rolf is calm").name()).isEqualTo("Jonas Holm");
  }

  /**
   * Common given names the lexicon lacked ("Paddy", "Jess", "Mele") make a person: the subject
   * of the sentence before a quotation is then who "he" stands for, not the man quoted earlier.
   */
  @ParameterizedTest
  @ValueSource(strings = {"model", "rules"})
  void commonGivenNamesMakeAPersonAPronounGoesOnFrom(String extractor) {
    Extraction x = extractWith(extractor, """
        Stewards' inquiry

        "I kept my line all the way," Tom Hale said.

        Paddy Kinsella was less convinced. "I had to snatch up twice," he said.
        """);
    assertThat(speakerSaying(x, "I had to snatch up").name()).isEqualTo("Paddy Kinsella");
  }

  /**
   * A short phrase of time before the subject ("By noon, Tomasz had packed") does not hide that
   * subject from a "he" that follows the next quotation.
   */
  @ParameterizedTest
  @ValueSource(strings = {"model", "rules"})
  void aPhraseOfTimeBeforeTheSubjectKeepsItTheSubject(String extractor) {
    Extraction x = extractWith(extractor, """
        Camp cleared

        "Belongings will be stored for sixty days," city spokesman Derek Lund said.

        By noon, Tomasz had packed his tent onto a trolley. "I will end up under the next \
        bridge," he said.
        """);
    assertThat(speakerSaying(x, "end up under the next bridge").name()).isEqualTo("Tomasz");
  }
}
