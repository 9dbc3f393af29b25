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
 * Given names that are also English words ("Per", a middle "Are"), a post's field that ends in a
 * plural after "and" ("Minister for Labour and Water Resources"), owners the tagger misreads
 * ("The Conservative Party's", an acronym's "VKL's") with the name set beside their post past a
 * place, a notice a named body served, a municipality named as a body, a union named by an
 * acronym of two words before its noun, an acronym that leaves out the state that opens a body's
 * name, a national statistics office ("Statistics Norway"), a surname several persons share
 * (by the pronoun that opens the words said past an aside, or by a sentence opening with a
 * pronoun after the person's), a report a body's noun owned ("The board's final report"), a
 * body's name in its own language in brackets, "We" inside an interview's answer, "the
 * operator of" a named thing, a government named by its seat ("the government in Beijing"), an
 * unnamed post of nouns joined by "and" ("health and safety manager"), a body named with its place
 * before ("The Narva city government", then "the city government"), and
 * the content of reports whose cue ends the sentence with a time, whose quotation opens with
 * "That", whose clock time ends a sentence, or whose subject carries a note in brackets, under
 * both bundled extractors.
 */
class GivenNamesOwnersAndNoticesTest {

  private static boolean cueIs(Quote q, String cue) {
    return q.cue().isPresent() && q.cue().get().span().text().equals(cue);
  }

  /** "Per" before a capitalised name inside a sentence is a given name, not the cue "per". */
  @ParameterizedTest
  @ValueSource(strings = {"model", "rules"})
  void perBeforeANameIsAGivenName(String extractor) {
    Extraction x = extractWith(extractor, """
        Ferry operator appeals fine

        "We will appeal," said the company's director, Per Hansen.

        Deputy chairman Per Lindqvist, who voted against the fine, said the board should wait.

        "The fine was fair," Per Olsen said.
        """);
    assertThat(x.quotes()).noneMatch(q -> cueIs(q, "Per"));
    assertThat(speakerSaying(x, "fine was fair").name()).isEqualTo("Per Olsen");
    assertThat(speakerSaying(x, "We will appeal").name()).isEqualTo("Per Hansen");
    assertThat(speakerSaying(x, "board should wait").name()).isEqualTo("Per Lindqvist");
  }

  /** "per" in small letters before a source stays a cue. */
  @ParameterizedTest
  @ValueSource(strings = {"model", "rules"})
  void perInSmallLettersStaysACue(String extractor) {
    Extraction x = extractWith(extractor, """
        Museum to close

        The museum will close for two years from June, per a statement from the Harlow Trust.
        """);
    assertThat(x.quotes()).anyMatch(q -> cueIs(q, "per"));
  }

  /**
   * A post's field whose second part after "and" is two nouns ("Labour and Water Resources") is
   * no part of the name after it: the later surname is the same person.
   */
  @ParameterizedTest
  @ValueSource(strings = {"model", "rules"})
  void aFieldEndingInAPluralAfterAndIsNoPartOfTheName(String extractor) {
    Extraction x = extractWith(extractor, """
        Licence refused

        Minister for Labour and Water Resources Aino Kaisa Lehtola said the application did not \
        meet the requirements. "We want investment, but not at any price," Lehtola told \
        reporters.
        """);
    Speaker minister = speakerSaying(x, "did not meet the requirements");
    assertThat(minister.name()).isEqualTo("Aino Kaisa Lehtola");
    assertThat(speakerSaying(x, "not at any price")).isEqualTo(minister);
  }

  /** A party's post past "in the Storting", with the name set beside it, is that person. */
  @ParameterizedTest
  @ValueSource(strings = {"model", "rules"})
  void aPartysPostPastAPlaceIsTheNameBesideIt(String extractor) {
    Extraction x = extractWith(extractor, """
        Hospital plan criticised

        The Conservative Party's health spokesperson in the Storting, Ragnhild Solberg, said the \
        party would call a hearing.
        """);
    assertThat(speakerSaying(x, "call a hearing").name()).isEqualTo("Ragnhild Solberg");
  }

  /** An acronym's post past "in" a town, with the name set beside it, is that person. */
  @ParameterizedTest
  @ValueSource(strings = {"model", "rules"})
  void anAcronymsPostPastATownIsTheNameBesideIt(String extractor) {
    Extraction x = extractWith(extractor, """
        Yard closure

        The union Verftsarbeidernes Kystlaug (VKL) said 300 jobs would go. "Those jobs were \
        promised to the coast," said VKL's chairman in Aarhus, Torben Holm Lauridsen.
        """);
    assertThat(speakerSaying(x, "promised to the coast").name())
        .isEqualTo("Torben Holm Lauridsen");
  }

  /** A capitalised middle given name the tagger reads as a verb ("Are") stays in the name. */
  @ParameterizedTest
  @ValueSource(strings = {"model", "rules"})
  void aMiddleGivenNameReadAsAVerbStaysInTheName(String extractor) {
    Extraction x = extractWith(extractor, """
        Salmon farm fined

        The company's lawyer, Trond Are Haugen, said the company had paid the fine.
        """);
    assertThat(speakerSaying(x, "paid the fine").name()).isEqualTo("Trond Are Haugen");
  }

  /** "The notice" a named body "has served" is that body's. */
  @ParameterizedTest
  @ValueSource(strings = {"model", "rules"})
  void aNoticeABodyServedIsItsOwn(String extractor) {
    Extraction x = extractWith(extractor, """
        Rail depot warned

        The Office for Rail Standards (ORS) has served an enforcement notice on the depot's \
        operator. The notice said the company had failed to keep its fire exits clear.
        """);
    Speaker s = speakerSaying(x, "fire exits clear");
    assertThat(s.name()).isEqualTo("Office for Rail Standards");
    assertThat(s.kind()).isEqualTo(SpeakerKind.ORGANIZATION);
  }

  /** "X Municipality" is a body, and "The municipality" later is that body. */
  @ParameterizedTest
  @ValueSource(strings = {"model", "rules"})
  void aMunicipalityIsABody(String extractor) {
    Extraction x = extractWith(extractor, """
        Beaches closed

        All beaches were closed on Monday, Aalborg Municipality has announced.

        The municipality said it would publish new water samples every morning.
        """);
    Speaker m = speakerSaying(x, "new water samples");
    assertThat(m.name()).isEqualTo("Aalborg Municipality");
    assertThat(m.kind()).isEqualTo(SpeakerKind.ORGANIZATION);
  }

  /** "The IG BAU union" is the union named "IG BAU": its noun is no part of its name. */
  @ParameterizedTest
  @ValueSource(strings = {"model", "rules"})
  void aUnionNamedByTwoAcronymsBeforeItsNoun(String extractor) {
    Extraction x = extractWith(extractor, """
        Builders warn of delays

        The IG BAU union, which represents construction workers, said it had warned the \
        ministry in March.
        """);
    assertThat(speakerSaying(x, "warned the ministry").name()).isEqualTo("IG BAU");
  }

  /** "The CEA" is the "NSW Coastal Erosion Authority": its acronym leaves out the state. */
  @ParameterizedTest
  @ValueSource(strings = {"model", "rules"})
  void anAcronymWithoutTheStateThatOpensTheName(String extractor) {
    Extraction x = extractWith(extractor, """
        Sea wall ordered

        The NSW Coastal Erosion Authority has ordered the council to rebuild the sea wall, \
        a spokeswoman said.

        The CEA said erosion had worsened on six beaches since June.
        """);
    assertThat(speakerSaying(x, "erosion had worsened").name())
        .isEqualTo("NSW Coastal Erosion Authority");
  }

  /** A cue that ends its sentence with a time reports the words before it, not the time. */
  @ParameterizedTest
  @ValueSource(strings = {"model", "rules"})
  void aTimeAfterTheCueIsNoContent(String extractor) {
    Extraction x = extractWith(extractor, """
        Utility halts reactors

        PARIS, March 12 (Reuters) - Electricite du Rhone (EDR) will keep two reactors \
        at its Valmont nuclear plant offline for at least six weeks after inspectors found \
        stress corrosion cracks in safety injection piping, the state-owned utility said on \
        Tuesday.
        """);
    Quote q = x.quotes().stream().filter(z -> cueIs(z, "said")).findFirst().orElseThrow();
    assertThat(q.content().text()).contains("will keep two reactors").doesNotContain("Tuesday");
  }

  /** A quotation that opens with "That" keeps it. */
  @ParameterizedTest
  @ValueSource(strings = {"model", "rules"})
  void aQuotationKeepsItsOpeningThat(String extractor) {
    Extraction x = extractWith(extractor, """
        Reactor future unclear

        Regulator Hanne Dahl said the inspection was complete. Asked whether the decision ended \
        the reactor's prospects, she said, "That is for the operator to judge."
        """);
    Quote q = x.quotes().stream().filter(z -> z.content().text().contains("operator to judge"))
        .findFirst().orElseThrow();
    assertThat(q.content().text()).startsWith("That is");
  }

  /** "a.m." before a capitalised word and a word in small letters ends its sentence. */
  @ParameterizedTest
  @ValueSource(strings = {"model", "rules"})
  void aClockTimeBeforeANewSentenceEndsTheContent(String extractor) {
    Extraction x = extractWith(extractor, """
        Gas leak at plant

        The plant manager, Ravi Mehta, said the leak was detected at 9 a.m. Police arrived \
        later. Fire crews said the leak was sealed by 11 a.m. Tuesday.
        """);
    Quote q = x.quotes().stream().filter(z -> z.content().text().contains("was detected"))
        .findFirst().orElseThrow();
    assertThat(q.content().text()).doesNotContain("Police");
    assertThat(x.quotes()).anyMatch(z -> z.content().text().contains("11 a.m. Tuesday"));
  }

  /**
   * A subject with a party's note in brackets that is "not convinced" is no report: the verb
   * ends the sentence after its subject.
   */
  @ParameterizedTest
  @ValueSource(strings = {"model", "rules"})
  void aSubjectWithANoteInBracketsIsNoContent(String extractor) {
    Extraction x = extractWith(extractor, """
        Tram delays

        Councillor Edgars Liepins (Greens) was not convinced. "If a builder is two years late, \
        he does not get a bonus," he said.
        """);
    assertThat(x.quotes()).noneMatch(q -> cueIs(q, "convinced"));
    assertThat(speakerSaying(x, "does not get a bonus").name()).isEqualTo("Edgars Liepins");
  }

  /** "Statistics Norway" is a body, linked to the acronym in brackets after it. */
  @ParameterizedTest
  @ValueSource(strings = {"model", "rules"})
  void aStatisticsOfficeIsABody(String extractor) {
    Extraction x = extractWith(extractor, """
        Prices rise

        According to figures from Statistics Norway (SSB) published last week, inflation rose \
        to 3.1 percent in October.

        SSB said that food prices had risen by 5 percent over the past year.
        """);
    Speaker office = speakerSaying(x, "food prices had risen");
    assertThat(office.name()).isEqualTo("Statistics Norway");
    assertThat(office.kind()).isEqualTo(SpeakerKind.ORGANIZATION);
  }

  /**
   * A surname two persons share goes to the one whose gender the pronoun opening the words
   * said shows, past an aside set off by commas.
   */
  @ParameterizedTest
  @ValueSource(strings = {"model", "rules"})
  void aSharedSurnameFollowsThePronounAfterAnAside(String extractor) {
    Extraction x = extractWith(extractor, """
        Bank holds rate

        Deputy governor Erik Sandvik said he supported the decision. Sandvik said the krona \
        was strong.

        "This was the safe choice," said Maria Sandvik, chief economist at Fjordbank. "But the \
        krona has strengthened."

        Sandvik, who is not related to the deputy governor, said she expected two cuts next \
        year.
        """);
    assertThat(speakerSaying(x, "two cuts next year").name()).isEqualTo("Maria Sandvik");
  }

  /**
   * A surname three persons share goes to the one named in the sentence before a sentence that
   * opens with a pronoun fitting that person.
   */
  @ParameterizedTest
  @ValueSource(strings = {"model", "rules"})
  void aSharedSurnameAfterAPronounSentenceIsThePersonItFollows(String extractor) {
    Extraction x = extractWith(extractor, """
        Gas leak at plant

        District Collector Nitin Shah said the leak was detected early. Pollution board \
        officer Hitesh Shah said an inquiry had been ordered.

        Plant managing director Rakesh Shah said the company was "deeply pained". He denied \
        any violation. "Our storage was within the licence," said Mr. Shah.
        """);
    assertThat(speakerSaying(x, "within the licence").name()).isEqualTo("Rakesh Shah");
  }

  /** "the report" after "The board's final report" is the board's, whatever spoke between. */
  @ParameterizedTest
  @ValueSource(strings = {"model", "rules"})
  void aReportOwnedByABodyNounStaysItsOwn(String extractor) {
    Extraction x = extractWith(extractor, """
        Safety board blames pipe

        A corroded pipe caused the explosion that killed two workers, the Federal Pipeline \
        Safety Board said Wednesday.

        The board's final report found that the company had postponed a thickness test four \
        times.

        "This was not a freak accident," board chair Nora Quist told reporters.

        According to the report, a contractor flagged thinning on an adjacent elbow in 2019.
        """);
    assertThat(speakerSaying(x, "flagged thinning").name())
        .isEqualTo("Federal Pipeline Safety Board");
  }

  /**
   * A body's name in its own language, one word in brackets after its English name, is the same
   * body wherever it stands alone later.
   */
  @ParameterizedTest
  @ValueSource(strings = {"model", "rules"})
  void aNativeNameInBracketsIsTheSameBody(String extractor) {
    Extraction x = extractWith(extractor, """
        Doctors warn of shortage

        The Danish Nurses' Organisation (Sygeplejeraadet) said the shortage was getting worse.

        According to Sygeplejeraadet, 400 posts are vacant in North Jutland.
        """);
    Speaker body = speakerSaying(x, "400 posts are vacant");
    assertThat(body.name()).isEqualTo("Danish Nurses' Organisation");
    assertThat(speakerSaying(x, "getting worse")).isEqualTo(body);
  }

  /**
   * "We" inside an interview's answer, which runs without quotation marks, is the one who
   * answers, not the article's author.
   */
  @ParameterizedTest
  @ValueSource(strings = {"model", "rules"})
  void weInsideAnAnswerIsTheOneWhoAnswers(String extractor) {
    Extraction x = extractWith(extractor, """
        Wind developer cuts jobs

        We spoke to chief executive Lene Holm Dahl at the company's headquarters in Aarhus. \
        The interview has been edited for length.

        Why did you cancel the project?

        Because the numbers stopped working. Steel, cables and installation all cost more.

        Will there be job cuts?

        Some, yes. We expect to reduce the project team by around 120 people. We will talk to \
        the unions first.
        """);
    Quote q = x.quotes().stream().filter(z -> z.content().text().contains("120 people"))
        .filter(z -> z.cue().isPresent()).findFirst().orElseThrow();
    assertThat(x.speakerOf(q).orElseThrow().name()).isEqualTo("Lene Holm Dahl");
  }

  /**
   * "The operator of" a named airport is no company named before it as a subject: the noun says
   * what it operates.
   */
  @ParameterizedTest
  @ValueSource(strings = {"model", "rules"})
  void theOperatorOfANamedThingIsNoEarlierCompany(String extractor) {
    Extraction x = extractWith(extractor, """
        Eruption closes roads

        Hraunvik Energy said its geothermal plant was running normally. "We are watching the \
        lava closely," a spokesperson for the company said.

        The operator of Akureyri Regional Airport said in a statement that flights were \
        operating normally.
        """);
    assertThat(speakerSaying(x, "flights were operating").name()).isNotEqualTo("Hraunvik Energy");
  }

  /** "The government in Beijing" is Beijing's, not the government named last. */
  @ParameterizedTest
  @ValueSource(strings = {"model", "rules"})
  void aGovernmentNamedByItsSeatIsThatPlaces(String extractor) {
    Extraction x = extractWith(extractor, """
        Coal talks stall

        The German government said it would phase out coal by 2038.

        The government in Beijing said it would build more plants.
        """);
    Speaker seat = speakerSaying(x, "build more plants");
    assertThat(seat.name()).isEqualTo("Beijing");
    assertThat(speakerSaying(x, "phase out coal")).isNotEqualTo(seat);
  }

  /** An unnamed source's post of two nouns joined by "and" keeps both and its head. */
  @ParameterizedTest
  @ValueSource(strings = {"model", "rules"})
  void anUnnamedPostOfNounsJoinedByAndKeepsItsHead(String extractor) {
    Extraction x = extractWith(extractor, """
        Rule change

        A senior environmental health and safety manager at a chemical company, who asked not \
        to be named, says the analysis "is something the better operators do anyway."
        """);
    assertThat(speakerSaying(x, "better operators").name()).endsWith("safety manager");
  }

  /**
   * "the city government" after "The Tallinn city government" is that body, not the public body
   * named last.
   */
  @ParameterizedTest
  @ValueSource(strings = {"model", "rules"})
  void aBodyNamedWithItsPlaceBeforeIsThatBody(String extractor) {
    Extraction x = extractWith(extractor, """
        Bus routes cut

        The Narva city government will cut 14 bus routes, Deputy Mayor Kadri Tamm said. The \
        Estonian Road Administration said county lines would not be affected.

        Final route maps will be published in February, according to the city government.
        """);
    assertThat(speakerSaying(x, "route maps").name()).isEqualTo("Narva city government");
  }
}
