package org.quotekit.resolve;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quotekit.resolve.DefaultSpeakerResolverTest.extractWith;
import static org.quotekit.resolve.DefaultSpeakerResolverTest.speakerSaying;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.quotekit.Extraction;

/**
 * A rate story's "percentage point to" and "per cent", which report nothing; a body's minutes and
 * statements that name no issuer, which speak for the body that opens the sentence before; an
 * edited interview labelled "Q." and "A."; titles before a name in Indian copy ("SHO", "Executive
 * Engineer", "Additional Advocate-General", "Deputy Chairperson", a field joined by "and") and a
 * place before "police"; a company whose name ends "Private Limited" and a workers' "Sangam";
 * unions and committees whose names hold "and", an acronym or a descriptor after them; a report
 * its owner titled; a body named through "the banner of" and one set "in" its town; a woman
 * "whose husband" the text names; a headline's bare "union says"; a name "given as" in a
 * relative clause; under both bundled extractors.
 */
class RatesMinutesAndDottedLabelsTest {

  /**
   * "a quarter of a percentage point to 2.5 per cent" is a measure, not "point to" a cue nor
   * "per" one: the bank that cut its rate says what the participle after it says.
   */
  @ParameterizedTest
  @ValueSource(strings = {"model", "rules"})
  void aMeasuredPointAndPerCentReportNothing(String extractor) {
    Extraction x = extractWith(extractor, """
        Loonie slips after cut

        OTTAWA - The Bank of Montcalm cut its key interest rate by a quarter of a percentage \
        point to 2.5 per cent on Wednesday, saying the economy faces a long period of \
        uncertainty because of tariffs.

        Analysts point to weaker hiring as the reason for the cut.
        """);
    assertThat(x.quotes()).noneMatch(q -> q.cue().filter(c -> c.span().text()
        .startsWith("point") && c.span().start() < 150).isPresent());
    assertThat(x.quotes()).noneMatch(q -> q.cue().filter(c -> c.span().text().equals("per"))
        .isPresent());
    assertThat(speakerSaying(x, "long period of uncertainty").name())
        .isEqualTo("Bank of Montcalm");
  }

  /**
   * "the minutes" is the record of a body's meeting, not a time: with no issuer named for it,
   * and the same for "a statement", it is the body's that opens the sentence before.
   */
  @ParameterizedTest
  @ValueSource(strings = {"model", "rules"})
  void minutesAndAStatementSpeakForTheBodyThatActed(String extractor) {
    Extraction x = extractWith(extractor, """
        Rates on hold

        The Bank of Eastmarch kept its rate at 4.25 per cent on Thursday. Five of the nine \
        members of the committee voted to hold, the minutes showed.

        "The committee remains focused on persistence in price pressures," the minutes said.

        The Reserve Bank of Kestria raised its rate to 0.75 per cent on Friday. The decision \
        was made by an 8-1 vote, according to a statement released after the meeting.
        """);
    assertThat(speakerSaying(x, "voted to hold").name()).isEqualTo("Bank of Eastmarch");
    assertThat(speakerSaying(x, "persistence in price").name()).isEqualTo("Bank of Eastmarch");
    assertThat(speakerSaying(x, "8-1 vote").name()).isEqualTo("Reserve Bank of Kestria");
  }

  /**
   * A statement in the paragraph after a lead whose subject, past its dateline, is a body, is
   * that body's when the statement's sentence opens its paragraph.
   */
  @ParameterizedTest
  @ValueSource(strings = {"model", "rules"})
  void aStatementAfterTheLeadIsTheLeadBodys(String extractor) {
    Extraction x = extractWith(extractor, """
        Bank raises rates

        TOKYO, Jan. 24 (Kyodo) -- The Bank of Eastmarch raised its short-term interest rate to \
        0.75 percent on Friday, the highest level in three decades.

        The decision by the nine-member board was made by an 8-1 vote, according to a \
        statement released after the two-day meeting.
        """);
    assertThat(speakerSaying(x, "8-1 vote").name()).isEqualTo("Bank of Eastmarch");
  }

  /**
   * An edited interview whose questions open with "Q." and answers with "A." is a transcript:
   * the answers are the interviewee's the introduction names, "A." no initial of a name.
   */
  @ParameterizedTest
  @ValueSource(strings = {"model", "rules"})
  void anInterviewLabelledWithFullStopsIsATranscript(String extractor) {
    Extraction x = extractWith(extractor, """
        Why the city floods

        BENGALURU: Chief Commissioner M. Raghavendra Prasad spoke to this newspaper. Edited \
        excerpts:

        Q. Why does the city flood every year?

        A. Because we built exactly where the water used to go.

        Q. What should citizens do?

        A. Report blocked drains on the app, and keep them clear.
        """);
    assertThat(speakerSaying(x, "where the water used to go").name())
        .isEqualTo("M. Raghavendra Prasad");
    assertThat(speakerSaying(x, "blocked drains").name()).isEqualTo("M. Raghavendra Prasad");
    assertThat(speakerSaying(x, "What should citizens do").name()).isEqualTo("reporter");
  }

  /**
   * A station house officer's "SHO" is a title, and "the SHO" him; "the Gandhi Nagar police"
   * names a place, no person who shares a surname with him; the Vice-Chancellor answers the
   * interview the introduction says he gave.
   */
  @ParameterizedTest
  @ValueSource(strings = {"model", "rules"})
  void aStationHouseOfficerIsTitledAndAPlaceBeforePoliceIsNoPerson(String extractor) {
    Extraction x = extractWith(extractor, """
        Exam paper leak

        JAIPUR: The university cancelled the exam and lodged an FIR with the Gandhi Nagar \
        police.

        Vice-Chancellor Rajendra Singh Shekhawat said the exam would be held again. Gandhi \
        Nagar SHO Mahendra Singh Shekhawat said a case had been registered.

        Two men were detained for questioning, the SHO said.

        Later, the Vice-Chancellor spoke to this newspaper. Excerpts:

        Q: How did the paper leak?

        A: The packets are sealed at the printing press.
        """);
    assertThat(speakerSaying(x, "case had been registered").name())
        .isEqualTo("Mahendra Singh Shekhawat");
    assertThat(speakerSaying(x, "detained for questioning").name())
        .isEqualTo("Mahendra Singh Shekhawat");
    assertThat(speakerSaying(x, "sealed at the printing press").name())
        .isEqualTo("Rajendra Singh Shekhawat");
  }

  /**
   * A post's field of two nouns joined by "and" opening a sentence is the post's, not a name
   * ("Revenue and Disaster Management Minister Jogen Saikia said").
   */
  @ParameterizedTest
  @ValueSource(strings = {"model", "rules"})
  void aFieldJoinedByAndOpeningASentenceIsThePosts(String extractor) {
    Extraction x = extractWith(extractor, """
        Floods

        GUWAHATI, Jun 24 (PTI): Floods hit 20 districts.

        Revenue and Disaster Management Minister Jogen Saikia, who visited relief camps in \
        Morigaon, said the government had sought two more rescue teams.
        """);
    assertThat(speakerSaying(x, "two more rescue teams").name()).isEqualTo("Jogen Saikia");
  }

  /**
   * Post words before initials are no part of the name: "Executive Engineer B. Narsimha Rao",
   * "Additional Advocate-General T. Rajashekar Rao", "Deputy Chairperson A.V. Ramana".
   */
  @ParameterizedTest
  @ValueSource(strings = {"model", "rules"})
  void postWordsBeforeInitialsAreNoPartOfTheName(String extractor) {
    Extraction x = extractWith(extractor, """
        Canal repairs ordered

        HYDERABAD: Additional Advocate-General T. Rajashekar Rao told the court that the \
        State would comply with the order.

        Irrigation department Executive Engineer B. Narsimha Rao said the breach had been \
        sealed.

        Port Authority Deputy Chairperson A.V. Ramana said the berths were ready.
        """);
    assertThat(speakerSaying(x, "State would comply").name()).isEqualTo("T. Rajashekar Rao");
    assertThat(speakerSaying(x, "breach had been").name()).isEqualTo("B. Narsimha Rao");
    assertThat(speakerSaying(x, "berths were ready").name()).isEqualTo("A.V. Ramana");
  }

  /**
   * "Private Limited" ends a company's name, not a soldier's ("Private" the rank), so "the
   * company" is that company; a plural noun opening a sentence after a dateline ("CHENNAI:
   * Workers of") is no name; a workers' "Sangam" is a union, and "the union" it.
   */
  @ParameterizedTest
  @ValueSource(strings = {"model", "rules"})
  void aPrivateLimitedCompanyAndAWorkersSangamAreTwoBodies(String extractor) {
    Extraction x = extractWith(extractor, """
        Strike hits plant

        CHENNAI: Workers of Velan Precision Components Private Limited continued their strike \
        on Saturday. The workers are members of the Velan Precision Thozhilalar Sangam.

        The company, in a statement, said production had been affected.

        According to the union, more than 400 workers joined the strike.
        """);
    assertThat(speakerSaying(x, "production had been affected").name())
        .isEqualTo("Velan Precision Components Private Limited");
    assertThat(speakerSaying(x, "400 workers").name())
        .isEqualTo("Velan Precision Thozhilalar Sangam");
  }

  /**
   * A union's name joined by "and" whose second part ends in an organisation's word, with its
   * country after "of" ("The United Steel and Allied Workers of Canada"); a name before "union
   * federation" is the federation's ("The Força Trabalhadora union federation"); a committee
   * with its acronym in brackets before "of" its bank speaks, not the bank.
   */
  @ParameterizedTest
  @ValueSource(strings = {"model", "rules"})
  void unionsAndCommitteesKeepTheirWholeNames(String extractor) {
    Extraction x = extractWith(extractor, """
        Unions unmoved by cut

        The United Steel and Allied Workers of Canada said lower rates would do little for \
        laid-off members.

        The Força Trabalhadora union federation said the cut came too late for factory towns.

        The Monetary Policy Committee (PPK) of the Central Bank of the Republic of Turkey \
        (CBRT) said in a statement that policy would stay tight.
        """);
    assertThat(speakerSaying(x, "laid-off members").name())
        .isEqualTo("United Steel and Allied Workers of Canada");
    assertThat(speakerSaying(x, "too late for factory").name())
        .isEqualTo("Força Trabalhadora");
    assertThat(speakerSaying(x, "stay tight").name()).isEqualTo("Monetary Policy Committee");
  }

  /** A report its owner's possessive names is the owner's, not a body called by its title. */
  @ParameterizedTest
  @ValueSource(strings = {"model", "rules"})
  void aTitledReportIsItsOwnersDocument(String extractor) {
    Extraction x = extractWith(extractor, """
        Bank trims forecast

        OTTAWA - The Bank of Montcalm cut its key rate on Wednesday.

        According to the bank's Monetary Policy Report, the economy is expected to grow 1.1 \
        per cent this year.
        """);
    assertThat(speakerSaying(x, "expected to grow").name()).isEqualTo("Bank of Montcalm");
  }

  /**
   * "Farmers under the banner of X" are X's: the banner names the body that speaks; "the X (ACR)
   * in Guwahati said" is X's, the town only where it sits.
   */
  @ParameterizedTest
  @ValueSource(strings = {"model", "rules"})
  void aBannerAndASeatNameNoSpeakerOfTheirOwn(String extractor) {
    Extraction x = extractWith(extractor, """
        Farmers block highway

        BHOPAL: Farmers under the banner of the Malwa Kisan Sangharsh Manch (MKSM) blocked \
        the highway on Monday, demanding that the government buy soybean at Rs 6,000.

        The Regional Weather Centre of the National Weather Bureau (NWB) in Guwahati said \
        heavy rainfall was likely over the next three days.
        """);
    assertThat(speakerSaying(x, "buy soybean").name()).isEqualTo("Malwa Kisan Sangharsh Manch");
    assertThat(speakerSaying(x, "heavy rainfall").name())
        .isEqualTo("Regional Weather Centre of the National Weather Bureau");
  }

  /**
   * A woman "whose husband" the text names is a woman: "his" in her words is the husband's,
   * and "she" after them is hers, not an earlier speaker's whose gender no word told.
   */
  @ParameterizedTest
  @ValueSource(strings = {"model", "rules"})
  void whoseHusbandTellsAWomansGender(String extractor) {
    Extraction x = extractWith(extractor, """
        Strike enters third week

        CHENNAI: Workers struck again on Monday.

        Superintendent of Police K. Shanmugapriya said police had been deployed near the \
        factory.

        A spokesperson for a carmaker said supplies had not been affected so far.

        R. Selvi, 34, whose husband has worked at the unit for nine years, said the family \
        had not received his salary for this month. "We have two children in school. How long \
        can we hold on?" she said.
        """);
    assertThat(speakerSaying(x, "two children in school").name()).isEqualTo("R. Selvi");
  }

  /**
   * A bare organisation noun in a sentence-case headline ("..., union says") is the body the
   * story names first after it, as a lead's "the union" is.
   */
  @ParameterizedTest
  @ValueSource(strings = {"model", "rules"})
  void aHeadlinesBareBodyNounIsTheBodyNamedNext(String extractor) {
    Extraction x = extractWith(extractor, """
        Caseworker shortage leaves children unseen, union says

        Hundreds of children at risk have not been seen by a caseworker.

        The Public Service Association (PSA) says vacancy rates have reached 30 per cent.
        """);
    assertThat(speakerSaying(x, "Caseworker shortage").name())
        .isEqualTo("Public Service Association");
  }

  /**
   * "A shopkeeper nearby, who only gave her surname as Cheung, said" is Cheung, and so is the
   * "she" after her words.
   */
  @ParameterizedTest
  @ValueSource(strings = {"model", "rules"})
  void aNameGivenAsInARelativeClauseNamesTheSpeaker(String extractor) {
    Extraction x = extractWith(extractor, """
        Woman hit by van

        HONG KONG: A woman was hit by a van in Mong Kok on Tuesday.

        A shopkeeper nearby, who only gave her surname as Cheung, said she heard a loud bang. \
        "It happened so fast. The van just drove off," she told reporters.
        """);
    assertThat(speakerSaying(x, "loud bang").name()).isEqualTo("Cheung");
    assertThat(speakerSaying(x, "drove off").name()).isEqualTo("Cheung");
  }
}
