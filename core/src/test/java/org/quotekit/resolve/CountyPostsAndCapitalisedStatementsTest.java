package org.quotekit.resolve;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quotekit.resolve.DefaultSpeakerResolverTest.extractWith;
import static org.quotekit.resolve.DefaultSpeakerResolverTest.speakerSaying;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.quotekit.Extraction;
import org.quotekit.Speaker;

/**
 * County posts written before a name ("Supervisor", "Undersheriff"); a given name that is also
 * a post ("Dean") after a person noun in small letters, beside a namesake; a post of one country
 * that is not the same post of another ("the England captain" is not the India captain); a
 * minister whose post's field ends in "and the Environment" before a name written family name
 * first; a sentence nearly all in capitals that is no title-case line; a document a public body's
 * noun modifies ("a district news release"); the reason a source is kept unnamed, which reports
 * nothing; a broadcast cue tag before a transcript label ("[CLIP]"); a body a participle follows
 * ("The union representing bus drivers says"); the subject of "what" before a verb of naming
 * ("what the forecaster, X, has called"); a post no one was given after "according to", which is
 * not the person quoted last; a content that opens a quotation and runs past it, which keeps both
 * marks; an ad a body "is launching"; under both bundled extractors.
 */
class CountyPostsAndCapitalisedStatementsTest {

  /** "Supervisor" and "Undersheriff" before a name are posts, no part of the name. */
  @ParameterizedTest
  @ValueSource(strings = {"model", "rules"})
  void countyPostsBeforeANameAreNoPartOfIt(String extractor) {
    Extraction x = extractWith(extractor, """
        County buys former hotel for shelter

        "This building will house forty families by spring," said Supervisor Marisol \
        Echeverria, who chairs the housing committee. Undersheriff Grant Holloway told the \
        board that deputies had answered 58 calls at the hotel last year.
        """);
    assertThat(speakerSaying(x, "forty families").name()).isEqualTo("Marisol Echeverria");
    assertThat(speakerSaying(x, "58 calls").name()).isEqualTo("Grant Holloway");
  }

  /**
   * "Senior forecaster Dean Mercer" is a man called Dean, not a dean called Mercer, though the
   * article names another Mercer with a first name after him.
   */
  @ParameterizedTest
  @ValueSource(strings = {"model", "rules"})
  void aGivenNameThatIsAlsoAPostAfterAPersonNoun(String extractor) {
    Extraction x = extractWith(extractor, """
        Heatwave to peak on Friday

        Senior forecaster Dean Mercer said temperatures would reach 44 degrees inland. \
        Grazier Colin Mercer said he would move his cattle to the river paddocks.

        "It is the worst summer I have seen," Mr Mercer said of the drought.
        """);
    Speaker forecaster = speakerSaying(x, "reach 44 degrees");
    assertThat(forecaster.name()).isEqualTo("Dean Mercer");
    assertThat(speakerSaying(x, "move his cattle").name()).isEqualTo("Colin Mercer");
    assertThat(speakerSaying(x, "move his cattle")).isNotEqualTo(forecaster);
  }

  /**
   * "the England captain" is not "India captain Arjun Malhotra": a post of one country is not
   * the same post of another, so the description does not go to him.
   */
  @ParameterizedTest
  @ValueSource(strings = {"model", "rules"})
  void aPostOfOneCountryIsNotThePostOfAnother(String extractor) {
    Extraction x = extractWith(extractor, """
        Late try settles the match

        India captain Arjun Malhotra said the pitch had been slow all afternoon. England \
        captain Oliver Kemp disagreed.

        "We simply wanted it more," the England captain said.
        """);
    assertThat(speakerSaying(x, "slow all afternoon").name()).isEqualTo("Arjun Malhotra");
    assertThat(speakerSaying(x, "wanted it more").name()).isNotEqualTo("Arjun Malhotra");
  }

  /**
   * "Minister of State for Sustainability and the Environment Lim Boon Keat": the field ends in
   * "the Environment", and the name after it is a person's, whom "Dr Lim" then continues.
   */
  @ParameterizedTest
  @ValueSource(strings = {"model", "rules"})
  void aMinisterAfterAFieldEndingInTheEnvironment(String extractor) {
    Extraction x = extractWith(extractor, """
        Haze readings climb

        Minister of State for Sustainability and the Environment Lim Boon Keat said the haze \
        would clear by the weekend.

        "We are watching the hotspots closely," Dr Lim said.
        """);
    Speaker minister = speakerSaying(x, "haze would clear");
    assertThat(minister.name()).isEqualTo("Lim Boon Keat");
    assertThat(minister.kind()).isEqualTo(org.quotekit.SpeakerKind.PERSON);
    assertThat(speakerSaying(x, "watching the hotspots")).isEqualTo(minister);
  }

  /**
   * "Ashdown Nurses Association Local 14 President Carla Mendes disagreed." is a sentence, not
   * a title-case line, though nearly every word is capitalised: the union and its president are
   * read as such, and "she" after it is the president.
   */
  @ParameterizedTest
  @ValueSource(strings = {"model", "rules"})
  void aCapitalisedSentenceIsNoTitleCaseLine(String extractor) {
    Extraction x = extractWith(extractor, """
        Hospital ward closure opposed

        The hospital board wants to close the night ward. Ashdown Nurses Association Local \
        14 President Carla Mendes disagreed. "Patients will wait longer for every bed," she \
        said.
        """);
    assertThat(speakerSaying(x, "wait longer").name()).isEqualTo("Carla Mendes");
  }

  /**
   * "According to a district news release" after the Lakemont Unified School District was named,
   * and a manager quoted between: the district issued it.
   */
  @ParameterizedTest
  @ValueSource(strings = {"model", "rules"})
  void aDocumentAPublicBodysNounModifiesIsThatBodys(String extractor) {
    Extraction x = extractWith(extractor, """
        Enrolment falls again

        The Lakemont Unified School District runs fourteen schools. "Our classrooms are half \
        empty in places," Facilities Manager Dorothy Kwan said. According to a district news \
        release, enrolment fell by 340 pupils this year.
        """);
    assertThat(speakerSaying(x, "enrolment fell").name())
        .isEqualTo("Lakemont Unified School District");
  }

  /**
   * "who asked not to be named because he feared reprisals said ...", "who was not authorized
   * to speak said ...": the reason a source is kept unnamed reports nothing; "said" is the cue,
   * and its content is what follows it.
   */
  @ParameterizedTest
  @ValueSource(strings = {"model", "rules"})
  void theReasonASourceIsUnnamedReportsNothing(String extractor) {
    Extraction x = extractWith(extractor, """
        Depot staff shortages

        A driver who asked not to be named because he feared reprisals said the depot had run \
        short of mechanics all winter.

        A clerk who was not authorized to speak said the council would delay the vote.
        """);
    assertThat(x.quotes()).filteredOn(q -> q.content().text().contains("short of mechanics"))
        .singleElement().satisfies(q -> {
          assertThat(q.cue()).hasValueSatisfying(c -> assertThat(c.span().text())
              .isEqualTo("said"));
          assertThat(q.content().text()).startsWith("the depot had run");
        });
    assertThat(x.quotes()).filteredOn(q -> q.content().text().contains("delay the vote"))
        .singleElement().satisfies(q -> {
          assertThat(q.cue()).hasValueSatisfying(c -> assertThat(c.span().text())
              .isEqualTo("said"));
          assertThat(q.content().text()).startsWith("the council would");
        });
  }

  /**
   * A broadcast transcript's cue tag before a label ("[CLIP] MAYOR NADIA ROSS:") opens the
   * turn of the one the label names.
   */
  @ParameterizedTest
  @ValueSource(strings = {"model", "rules"})
  void aCueTagBeforeATranscriptLabelOpensItsTurn(String extractor) {
    Extraction x = extractWith(extractor, """
        Library hours on the line

        Host Omar Teague spoke with librarian Greta Vance about weekend opening.

        TEAGUE: Here is what the mayor told the council on Monday.

        [CLIP] MAYOR NADIA ROSS: We will keep every branch open on Saturdays next year.

        TEAGUE: Greta, will that hold?

        VANCE: Only if the staffing money comes with it.
        """);
    assertThat(speakerSaying(x, "every branch open").name()).contains("Nadia Ross");
  }

  /**
   * "The union representing bus drivers says": the body the participle follows speaks, not the
   * people it represents; so does a collective noun ("The group representing small growers").
   */
  @ParameterizedTest
  @ValueSource(strings = {"model", "rules"})
  void theBodyAParticipleFollowsSpeaks(String extractor) {
    Extraction x = extractWith(extractor, """
        Depot closure fought

        The union representing Eastfield bus drivers says the closure would add an hour to \
        every shift.

        The group representing small growers said grazing rents had doubled since March.
        """);
    Speaker union = speakerSaying(x, "add an hour");
    assertThat(union.kind()).isEqualTo(org.quotekit.SpeakerKind.ORGANIZATION);
    assertThat(union.name()).startsWith("union");
    assertThat(speakerSaying(x, "grazing rents").name()).startsWith("group");
  }

  /**
   * "Crews are bracing for what the state's chief forecaster, Nils Arendt, has called ...": the
   * subject of "what" and the verb of naming speaks, not the sentence's subject.
   */
  @ParameterizedTest
  @ValueSource(strings = {"model", "rules"})
  void theSubjectOfAWhatClauseNamesTheThing(String extractor) {
    Extraction x = extractWith(extractor, """
        Storm warning

        Crews are bracing for what the state's chief forecaster, Nils Arendt, has called \
        "the strongest storm in a generation", with gusts of 150 kilometres an hour expected \
        along the coast on Thursday.
        """);
    assertThat(speakerSaying(x, "strongest storm").name()).isEqualTo("Nils Arendt");
  }

  /**
   * "..., according to the county treasurer" after a resident quoted last: a post no one was
   * given, named only after "according to", is someone new, not the person quoted last.
   */
  @ParameterizedTest
  @ValueSource(strings = {"model", "rules"})
  void aPostAfterAccordingToIsNotThePersonQuotedLast(String extractor) {
    Extraction x = extractWith(extractor, """
        Levy appeals pile up

        One resident, Marta Quill of the Elm Street Neighbors Association, said the group \
        would appeal every assessment. The county received 812 appeals by Friday, according \
        to the county treasurer.
        """);
    assertThat(speakerSaying(x, "812 appeals").name()).isNotEqualTo("Marta Quill");
  }

  /**
   * 'she acknowledged "serious concerns" about the parking': a content that opens a quotation
   * and runs past its close keeps both marks and is mixed, never a closing mark alone.
   */
  @ParameterizedTest
  @ValueSource(strings = {"model", "rules"})
  void aContentThatOpensAQuotationKeepsBothMarks(String extractor) {
    Extraction x = extractWith(extractor, """
        Clinic expansion

        Planning officer Ruth Alder said the clinic's design met the town's rules, but she \
        acknowledged "serious concerns" about the parking on Mill Lane.
        """);
    assertThat(x.quotes()).filteredOn(q -> q.content().text().contains("serious concerns"))
        .singleElement().satisfies(q -> {
          assertThat(q.content().text()).startsWith("\"serious concerns\"");
          assertThat(q.type()).isEqualTo(org.quotekit.QuoteType.MIXED);
        });
  }

  /**
   * "The Prairie Families Fund is launching a new ad ... The ad says": a verb of issuing in the
   * present names the ad's issuer as its past does ("launched a new ad").
   */
  @ParameterizedTest
  @ValueSource(strings = {"model", "rules"})
  void aDocumentIssuedInThePresentIsItsIssuers(String extractor) {
    Extraction x = extractWith(extractor, """
        Group targets senator

        The Prairie Families Fund is launching a new ad against Sen. Carl Dorn this week.

        The ad says Dorn "has never read a farm bill."
        """);
    assertThat(speakerSaying(x, "never read a farm bill").name())
        .isEqualTo("Prairie Families Fund");
  }
}

