package org.quotekit.resolve;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quotekit.resolve.DefaultSpeakerResolverTest.extractWith;
import static org.quotekit.resolve.DefaultSpeakerResolverTest.speakerSaying;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.quotekit.Extraction;
import org.quotekit.QuoteType;
import org.quotekit.Span;
import org.quotekit.Speaker;
import org.quotekit.SpeakerKind;

/**
 * Speakers behind clauses and short forms, under both bundled extractors: a relative clause
 * between a quotation and its cue, a document "it released", a surname written without its
 * Arabic article, a plural title before two names, a company's name with and without its legal
 * form, an age before a name set beside a description, a one-sentence paragraph that
 * introduces the person a pronoun after the next quotation stands for, a country's ministry named
 * by its short name, a post with its field before a name, two bodies sharing only their county's
 * name, a definite plural that continues unnamed sources, a party named before its noun, a fact
 * sheet, and a short form the lexicon lists for an organisation.
 */
class ClausesArticlesAndLegalFormsTest {
  /**
   * "...," Rep. X (D-Ore.), who chairs the committee, said: the quotation is X's, and the
   * committee in the relative clause is no speaker.
   */
  @ParameterizedTest
  @ValueSource(strings = {"model", "rules"})
  void aRelativeClauseBetweenQuotationAndCueKeepsTheNamedSpeaker(String extractor) {
    Extraction x = extractWith(extractor, """
        Panel vote

        "This ends the argument," Rep. Ilse Marrow (D-Ore.), who chairs the House Rules \
        Committee, said. "The vote is set for Thursday."
        """);
    Speaker s = speakerSaying(x, "This ends the argument");
    assertThat(s.name()).isEqualTo("Ilse Marrow");
    assertThat(x.quotes()).filteredOn(q -> q.content().text().contains("This ends"))
        .singleElement().satisfies(q -> {
          assertThat(q.type()).isEqualTo(QuoteType.DIRECT);
          assertThat(q.parts()).extracting(Span::text)
              .containsExactly("This ends the argument,", "The vote is set for Thursday.");
        });
  }

  /**
   * "according to a statement it released": "it" is the body the sentence opens with ("The
   * council"), not the agency named more often before.
   */
  @ParameterizedTest
  @ValueSource(strings = {"model", "rules"})
  void aStatementItReleasedIsTheSentenceSubjectsStatement(String extractor) {
    Extraction x = extractWith(extractor, """
        Water rule

        The Environmental Protection Agency on Monday finalized limits on solvent discharges. \
        The agency said the rule would protect rivers in twelve states.

        The Ferrand Growers Council said the rule was rushed. The council is "weighing all \
        options, including a lawsuit," according to a statement it released on Friday.
        """);
    assertThat(speakerSaying(x, "weighing all options").name())
        .isEqualTo("Ferrand Growers Council");
  }

  /** "Qatami" after "Yusuf bin Rashid al-Qatami" is the same person. */
  @ParameterizedTest
  @ValueSource(strings = {"model", "rules"})
  void aSurnameWithoutItsArabicArticleIsTheSamePerson(String extractor) {
    Extraction x = extractWith(extractor, """
        Talks resume

        Oman's minister of state, Yusuf bin Rashid al-Qatami, said the talks had been \
        difficult.

        "The border file is the hardest one," Qatami told reporters on Tuesday.
        """);
    Speaker s = speakerSaying(x, "border file is the hardest");
    assertThat(s.name()).isEqualTo("Yusuf bin Rashid al-Qatami");
    assertThat(speakerSaying(x, "talks had been difficult")).isSameAs(s);
  }

  /** "Governors Helena Brisk and Omar Tally": the plural title is no part of a name. */
  @ParameterizedTest
  @ValueSource(strings = {"model", "rules"})
  void aPluralTitleIsNoPartOfTheName(String extractor) {
    Extraction x = extractWith(extractor, """
        Bank holds rates

        The two dissenters, Governors Helena Brisk and Omar Tally, voted for a cut. Ms. Brisk \
        said the labor market was cooling faster than the staff had expected.
        """);
    assertThat(speakerSaying(x, "labor market was cooling").name()).isEqualTo("Helena Brisk");
  }

  /**
   * A headline's "Corvane Pharmaceuticals", the lead's "Corvane Pharmaceuticals Inc" and a later
   * "Corvane" are one company, named in full.
   */
  @ParameterizedTest
  @ValueSource(strings = {"model", "rules"})
  void aCompanyWithAndWithoutItsLegalFormIsOneBody(String extractor) {
    Extraction x = extractWith(extractor, """
        Corvane Pharmaceuticals discloses federal probe

        Corvane Pharmaceuticals Inc disclosed on Tuesday that federal prosecutors were \
        examining its sales of a blood-thinning drug.

        "The company is cooperating fully with the inquiry," Corvane said in the filing.
        """);
    assertThat(speakerSaying(x, "cooperating fully").name())
        .isEqualTo("Corvane Pharmaceuticals Inc");
  }

  /**
   * "A Millfield sixth-grader, 11-year-old Tobias Wren, got the loudest cheer": his is the quote
   * that follows with "he said", not the chairman's who spoke before.
   */
  @ParameterizedTest
  @ValueSource(strings = {"model", "rules"})
  void anAgeBeforeANameBesideADescriptionKeepsTheSubject(String extractor) {
    Extraction x = extractWith(extractor, """
        School board meeting

        Board Chairman Edwin Roarke said the vote would take place in April.

        A Millfield sixth-grader, 11-year-old Tobias Wren, got the loudest cheer of the night. \
        "Please keep my school open," he said.
        """);
    assertThat(speakerSaying(x, "keep my school open").name()).isEqualTo("Tobias Wren");
  }

  /**
   * A paragraph of one sentence about a person ("X, the union's chief negotiator, left the
   * hall"), then a quotation and "he told reporters": the pronoun is that person, not the man
   * quoted before.
   */
  @ParameterizedTest
  @ValueSource(strings = {"model", "rules"})
  void aOneSentenceParagraphIntroducesThePronounsPerson(String extractor) {
    Extraction x = extractWith(extractor, """
        Strike talks stall

        "We made a fair offer and they walked away," said Victor Haldane, the company's lead \
        negotiator.

        Martin Ostrova, the union's chief negotiator, left the hall shortly before midnight.

        "We are done for tonight," he told reporters.
        """);
    assertThat(speakerSaying(x, "done for tonight").name()).isEqualTo("Martin Ostrova");
  }

  /**
   * A country's ministry named by a short name ("China's Foreign Ministry", "Mexico's economy
   * ministry") keeps its country: two countries' foreign ministries are two bodies, and "the
   * ministry" after one is that one.
   */
  @ParameterizedTest
  @ValueSource(strings = {"model", "rules"})
  void aCountrysMinistryKeepsItsCountry(String extractor) {
    Extraction x = extractWith(extractor, """
        Tariff row widens

        China's Foreign Ministry said the tariffs broke trade rules. Japan's Foreign Ministry \
        said it would study the measure before responding.

        Mexico's economy ministry said in a statement that it was seeking an exemption. The \
        ministry said talks would begin next week.
        """);
    assertThat(speakerSaying(x, "broke trade rules").name()).isEqualTo("China's Foreign Ministry");
    assertThat(speakerSaying(x, "study the measure").name())
        .isEqualTo("Japan's Foreign Ministry");
    Speaker mexico = speakerSaying(x, "seeking an exemption");
    assertThat(mexico.name()).isEqualTo("Mexico's economy ministry");
    assertThat(speakerSaying(x, "talks would begin")).isSameAs(mexico);
  }

  /**
   * A post with its field before a name ("Director of National Intelligence X", "Comptroller of
   * the Currency X") is no part of the name, and "the comptroller" after it is that person.
   */
  @ParameterizedTest
  @ValueSource(strings = {"model", "rules"})
  void aPostWithItsFieldIsNoPartOfTheName(String extractor) {
    Extraction x = extractWith(extractor, """
        Spy chief testifies

        Director of National Intelligence Orla Penning said the threat had grown. Comptroller \
        of the Currency Lionel Farrow said the banks were sound.

        The comptroller said the review would take a year.
        """);
    assertThat(speakerSaying(x, "threat had grown").name()).isEqualTo("Orla Penning");
    Speaker farrow = speakerSaying(x, "banks were sound");
    assertThat(farrow.name()).isEqualTo("Lionel Farrow");
    assertThat(speakerSaying(x, "review would take a year")).isSameAs(farrow);
  }

  /**
   * "The Tarlow County district attorney's office" and "the Tarlow Police Officers' Association"
   * share only their county's name: two bodies.
   */
  @ParameterizedTest
  @ValueSource(strings = {"model", "rules"})
  void bodiesSharingOnlyTheirCountysNameAreTwo(String extractor) {
    Extraction x = extractWith(extractor, """
        Shooting review

        The Tarlow County district attorney's office, which reviews all police shootings, said \
        it had opened an investigation. The Tarlow Police Officers' Association said the \
        officers had followed their training.
        """);
    assertThat(speakerSaying(x, "opened an investigation").name())
        .isEqualTo("Tarlow County district attorney's office");
    assertThat(speakerSaying(x, "followed their training").name())
        .isEqualTo("Tarlow Police Officers' Association");
  }

  /**
   * "the people said" after "according to people familiar with the deliberations", and "The
   * aides said" after "Two aides to the governor said": the unnamed sources quoted before.
   */
  @ParameterizedTest
  @ValueSource(strings = {"model", "rules"})
  void aDefinitePluralContinuesTheUnnamedSourcesQuotedBefore(String extractor) {
    Extraction x = extractWith(extractor, """
        Sanctions weighed

        The administration had weighed the tariffs for months, according to people familiar \
        with the deliberations. Some officials had worried about grain prices, the people said.

        Two aides to the governor said she would veto the bill. The aides said she had told \
        lawmakers on Tuesday.
        """);
    assertThat(speakerSaying(x, "worried about grain prices"))
        .isSameAs(speakerSaying(x, "weighed the tariffs"));
    assertThat(speakerSaying(x, "told lawmakers")).isSameAs(speakerSaying(x, "veto the bill"));
    assertThat(speakerSaying(x, "veto the bill")).isNotSameAs(speakerSaying(x, "grain prices"));
  }

  /** "the ruling Civic Dawn party", then "the party said": that party. */
  @ParameterizedTest
  @ValueSource(strings = {"model", "rules"})
  void aPartyNamedBeforeItsNounIsThePartyLater(String extractor) {
    Extraction x = extractWith(extractor, """
        Vote count

        The ruling Civic Dawn party won 53% of the vote, the election commission said on \
        Sunday.

        The opposition refused to concede, but the party said in a statement that the count \
        had been fair.
        """);
    Speaker party = speakerSaying(x, "count had been fair");
    assertThat(party.name()).isEqualTo("Civic Dawn");
    assertThat(party.kind()).isEqualTo(SpeakerKind.ORGANIZATION);
  }

  /** "according to a White House fact sheet": the White House's document, so its words. */
  @ParameterizedTest
  @ValueSource(strings = {"model", "rules"})
  void aFactSheetIsItsIssuersDocument(String extractor) {
    Extraction x = extractWith(extractor, """
        Sanctions

        The White House announced new sanctions on Monday. The measures target 40 companies, \
        according to a White House fact sheet.
        """);
    assertThat(speakerSaying(x, "target 40 companies").name()).isEqualTo("White House");
  }

  /** "The Fed said" after "The Federal Reserve held ...": one body, named in full. */
  @ParameterizedTest
  @ValueSource(strings = {"model", "rules"})
  void aShortFormTheLexiconListsIsTheOrganisationNamedBefore(String extractor) {
    Extraction x = extractWith(extractor, """
        Rates held

        The Federal Reserve held its benchmark rate steady on Wednesday. The Fed said \
        inflation was easing but remained above its target.
        """);
    Speaker fed = speakerSaying(x, "inflation was easing");
    assertThat(fed.name()).isEqualTo("Federal Reserve");
    assertThat(fed.aliases()).contains("Fed");
  }
}
