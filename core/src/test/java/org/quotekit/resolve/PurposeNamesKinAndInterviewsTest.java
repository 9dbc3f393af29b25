package org.quotekit.resolve;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quotekit.resolve.DefaultSpeakerResolverTest.extractWith;
import static org.quotekit.resolve.DefaultSpeakerResolverTest.speakerSaying;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.quotekit.Extraction;
import org.quotekit.Quote;
import org.quotekit.Speaker;
import org.quotekit.Span;
import org.quotekit.SpeakerKind;

/**
 * Speakers named for what they are for ("Doctors Without Borders", "Society for the Prevention
 * of Cruelty to Animals"), names after where a company is based and after an advocate's title, a
 * hyphened given name after a surname, relatives ("her husband", "his wife", "his father") who
 * share the family's surname, the one who answers an interview's questions, the body whose
 * inquiry or decision a document is, a body named only in a person's post, a body's name
 * before its noun ("The GMB union"), and a source not cut at a plural owner's apostrophe, under
 * both bundled extractors.
 */
class PurposeNamesKinAndInterviewsTest {

  /**
   * A society "for the Prevention of Cruelty to Animals" keeps its last words: without an
   * acronym in brackets after it, it is not cut at "to", and "the society" later is the whole
   * body.
   */
  @ParameterizedTest
  @ValueSource(strings = {"model", "rules"})
  void aSocietyForThePreventionOfCrueltyKeepsItsLastWords(String extractor) {
    Extraction x = extractWith(extractor, """
        Sixty dogs taken from farm

        The Manitoba Society for the Prevention of Cruelty to Animals has taken 60 dogs from a \
        farm near Selkirk. "Many of them could barely stand," an inspector said. The society \
        said it would ask the court to bar the owner from keeping animals.
        """);
    Speaker society = speakerSaying(x, "bar the owner");
    assertThat(society.name())
        .isEqualTo("Manitoba Society for the Prevention of Cruelty to Animals");
    assertThat(society.kind()).isEqualTo(SpeakerKind.ORGANIZATION);
  }

  /**
   * A letter "from the Department of Health to Congress" names the department alone: "to"
   * joins a name only after "for the ... of ...", or before a verb after an organisation word.
   */
  @ParameterizedTest
  @ValueSource(strings = {"model", "rules"})
  void aBodyBeforeToAndAnotherBodyStaysTwoNames(String extractor) {
    Extraction x = extractWith(extractor, """
        Funding gap widens

        A letter from the Department of Health to Congress said the programme would run out \
        of money in May. The Committee to Protect Journalists said two reporters were being \
        held.
        """);
    assertThat(speakerSaying(x, "run out").name()).isEqualTo("Department of Health");
    assertThat(speakerSaying(x, "being held").name())
        .isEqualTo("Committee to Protect Journalists");
  }

  /** "to" and a verb before an organisation word go on with the name ("Right to Know"). */
  @ParameterizedTest
  @ValueSource(strings = {"model", "rules"})
  void aNameWithToAndAVerbBeforeItsOrganisationWordIsOneName(String extractor) {
    Extraction x = extractWith(extractor, """
        Library row deepens

        The Oregon Right to Read Coalition said the ban would be challenged in court.
        """);
    assertThat(speakerSaying(x, "challenged in court").name())
        .isEqualTo("Oregon Right to Read Coalition");
  }

  /**
   * Groups named with a capitalised "Against" or "Without" are one organisation each, though
   * every word of their names is a common noun.
   */
  @ParameterizedTest
  @ValueSource(strings = {"model", "rules"})
  void aGroupNamedAgainstOrWithoutSomethingIsOneOrganisation(String extractor) {
    Extraction x = extractWith(extractor, """
        Charities call for levy

        Parents Against Betting Harm, a charity set up by bereaved families, said the levy came \
        too late. Nurses Without Borders said its clinics had seen a rise in cases. Reporters \
        Without Borders said the ban on coverage was wrong.
        """);
    Speaker parents = speakerSaying(x, "too late");
    assertThat(parents.name()).isEqualTo("Parents Against Betting Harm");
    assertThat(parents.kind()).isEqualTo(SpeakerKind.ORGANIZATION);
    assertThat(speakerSaying(x, "rise in cases").name()).isEqualTo("Nurses Without Borders");
    assertThat(speakerSaying(x, "was wrong").name()).isEqualTo("Reporters Without Borders");
  }

  /** An ordinal between name words is part of the name ("Jayanagar 4th Block"). */
  @ParameterizedTest
  @ValueSource(strings = {"model", "rules"})
  void anOrdinalBetweenNameWordsIsPartOfTheName(String extractor) {
    Extraction x = extractWith(extractor, """
        Road works stall

        The Jayanagar 4th Block Traders Association said the works had cut sales by half.
        """);
    assertThat(speakerSaying(x, "cut sales").name())
        .isEqualTo("Jayanagar 4th Block Traders Association");
  }

  /**
   * Words of a group's name that the tagger reads as an adverb or a preposition ("Up", "First",
   * "Trust") stay in the name.
   */
  @ParameterizedTest
  @ValueSource(strings = {"model", "rules"})
  void nameWordsReadAsAdverbsStayInTheName(String extractor) {
    Extraction x = extractWith(extractor, """
        Hospital waits grow

        Advocacy group Stand Up Taranaki said the figures were a disgrace. Consumer group Fair \
        Deal Trust said patients were paying more. Families First Waikato, a watchdog group, \
        said it had received 140 complaints.
        """);
    assertThat(speakerSaying(x, "a disgrace").name()).isEqualTo("Stand Up Taranaki");
    assertThat(speakerSaying(x, "paying more").name()).isEqualTo("Fair Deal Trust");
    assertThat(speakerSaying(x, "140 complaints").name()).isEqualTo("Families First Waikato");
  }

  /**
   * "The Freedom for Wildlife Coalition, a California-based advocacy group," is the coalition:
   * common words joined by "for" to a name an organisation word ends are one name, and the
   * description after the comma is no part of it.
   */
  @ParameterizedTest
  @ValueSource(strings = {"model", "rules"})
  void commonWordsForANamedCoalitionAreOneName(String extractor) {
    Extraction x = extractWith(extractor, """
        Zoo defends elephant plan

        The Space for Elephants Alliance, a Texas-based advocacy group, said the enclosure \
        was far too small. The zoo said it met every standard.
        """);
    Speaker alliance = speakerSaying(x, "far too small");
    assertThat(alliance.name()).isEqualTo("Space for Elephants Alliance");
    assertThat(alliance.kind()).isEqualTo(SpeakerKind.ORGANIZATION);
  }

  /**
   * Where a company is based is no part of its name, though the place has two words ("Las
   * Vegas-based", "New York-based").
   */
  @ParameterizedTest
  @ValueSource(strings = {"model", "rules"})
  void whereACompanyIsBasedIsNoPartOfItsName(String extractor) {
    Extraction x = extractWith(extractor, """
        Casino fined over excluded gamblers

        The casino's owner, Las Vegas-based Silver Canyon Resorts Inc., said the fine would not \
        affect its results. The New York-based Harbor Lights Group said it would appeal.
        """);
    assertThat(speakerSaying(x, "affect its results").name())
        .isEqualTo("Silver Canyon Resorts Inc.");
    assertThat(speakerSaying(x, "would appeal").name()).isEqualTo("Harbor Lights Group");
  }

  /**
   * A Hong Kong name keeps its hyphened Chinese given name after the surname ("Wong Chi-hang"),
   * though the tagger reads it as a common noun; the surname alone later is that person.
   */
  @ParameterizedTest
  @ValueSource(strings = {"model", "rules"})
  void aHyphenedGivenNameAfterTheSurnameIsPartOfTheName(String extractor) {
    Extraction x = extractWith(extractor, """
        Driver sought after crash

        Senior Inspector Gary Wong Ka-hang of the Sha Tin traffic team said the driver fled. \
        Wong said officers were checking cameras along the road.
        """);
    Speaker inspector = speakerSaying(x, "driver fled");
    assertThat(inspector.name()).isEqualTo("Gary Wong Ka-hang");
    assertThat(speakerSaying(x, "checking cameras")).isEqualTo(inspector);
  }

  /** "Adv", a South African advocate's title, is no part of the name. */
  @ParameterizedTest
  @ValueSource(strings = {"model", "rules"})
  void anAdvocatesTitleIsNoPartOfTheName(String extractor) {
    Extraction x = extractWith(extractor, """
        Match-fixing accused in court

        "The evidence is overwhelming," said prosecutor Adv Lerato Dlamini. Dlamini said \
        three more players would be charged.
        """);
    Speaker advocate = speakerSaying(x, "overwhelming");
    assertThat(advocate.name()).isEqualTo("Lerato Dlamini");
    assertThat(speakerSaying(x, "more players")).isEqualTo(advocate);
  }

  /**
   * "Her husband, a retired bus driver," is the husband the text named before ("and her husband
   * Sukhdeep Gill"), though a description follows him after a comma; "he said" after it is him.
   */
  @ParameterizedTest
  @ValueSource(strings = {"model", "rules"})
  void aRelationDescribedAfterACommaIsTheRelativeNamedBefore(String extractor) {
    Extraction x = extractWith(extractor, """
        Surrey couple scoops lottery prize

        Amarjeet Gill, 58, and her husband Sukhdeep Gill, 63, collected their cheque on         Friday.

        "I read the numbers out twice and then I made Sukhdeep read them," Amarjeet Gill said.

        Her husband, a retired long-haul truck driver, said he had played the same numbers         for nine years.

        "I told her to sit down before she fell down," he said.
        """);
    Speaker husband = speakerSaying(x, "same numbers");
    assertThat(husband.name()).isEqualTo("Sukhdeep Gill");
    assertThat(speakerSaying(x, "sit down")).isEqualTo(husband);
  }

  /**
   * "His wife" is the one other person of the husband's surname, though her given name says no
   * gender, and not the woman quoted last.
   */
  @ParameterizedTest
  @ValueSource(strings = {"model", "rules"})
  void hisWifeSharesHerHusbandsSurnameThoughHerNameSaysNoGender(String extractor) {
    Extraction x = extractWith(extractor, """
        Surrey couple scoops lottery prize

        Amarjeet Gill and her husband Sukhdeep Gill collected their cheque on Friday. Sukhdeep         Gill said he would pay off his children's mortgages first.

        Margaret Hale, who runs a gambling charity, said the odds of winning were long.

        Asked about his own plans, Sukhdeep Gill said he would buy a boat. His wife said her         only plan was a long holiday.
        """);
    assertThat(speakerSaying(x, "long holiday").name()).isEqualTo("Amarjeet Gill");
  }

  /**
   * "His father did not disagree." names the father of the man quoted last: the one other man
   * of his surname the text named. The "he said" after it is the father.
   */
  @ParameterizedTest
  @ValueSource(strings = {"model", "rules"})
  void hisFatherIsTheOtherManOfTheSurname(String extractor) {
    Extraction x = extractWith(extractor, """
        Orchard growers turn to cider

        Apple grower Henrik Lindqvist has farmed near Nelson for forty years. "Nobody wants         the old varieties any more," Mr Lindqvist said.

        His son, Jonas Lindqvist, who now runs the orchard, said they would plant cider         apples next spring. "Dad thinks I'm mad," he said.

        His father did not disagree. "He's probably right, but I'll miss the old trees," he         said.
        """);
    assertThat(speakerSaying(x, "miss the old trees").name()).isEqualTo("Henrik Lindqvist");
    assertThat(speakerSaying(x, "thinks I'm mad").name()).isEqualTo("Jonas Lindqvist");
  }

  /** "His father" stays unnamed when the text names no other man of the quoted man's surname. */
  @ParameterizedTest
  @ValueSource(strings = {"model", "rules"})
  void hisFatherStaysUnnamedWithoutAnotherManOfTheSurname(String extractor) {
    Extraction x = extractWith(extractor, """
        Orchard growers turn to cider

        Jonas Lindqvist, who runs his family's orchard near Nelson, said they would plant         cider apples next spring. Martin Cole, a neighbour, said the idea was sound.

        His father said he was not convinced.
        """);
    assertThat(speakerSaying(x, "not convinced").name()).isNotEqualTo("Martin Cole")
        .isNotEqualTo("Jonas Lindqvist");
  }

  /**
   * "Ms Okafor spoke to the Gazette at her office." before a Q and A: she answers, not the
   * minister quoted before her; the paper's name after "spoke to" asks.
   */
  @ParameterizedTest
  @ValueSource(strings = {"model", "rules"})
  void theOneWhoSpokeToAPaperAnswersItsQuestions(String extractor) {
    Extraction x = extractWith(extractor, """
        Lottery operator to add 80 jobs

        Chinwe Okafor, who became managing director in March, said most of the new posts         would be in customer care.

        The Minister for Enterprise, Declan Moran, welcomed the news. "It is a vote of         confidence in the county," Mr Moran said.

        Ms Okafor spoke to the Gazette at the company's offices in Sligo.

        Q: Why expand now?

        A: Because demand has held up better than we planned for, and the staff are here.

        Q: Will prices rise?

        A: Not this year. We have agreed a freeze with the regulator until next spring.
        """);
    assertThat(speakerSaying(x, "demand has held up").name()).isEqualTo("Chinwe Okafor");
    assertThat(speakerSaying(x, "agreed a freeze").name()).isEqualTo("Chinwe Okafor");
  }

  /**
   * A question-and-answer box without labels: each answer after a question paragraph is a quote
   * of the person its heading names; the questions are the paper's and quote no one.
   */
  @ParameterizedTest
  @ValueSource(strings = {"model", "rules"})
  void answersOfAnUnlabelledQuestionAndAnswerBoxAreTheNamedPersons(String extractor) {
    Extraction x = extractWith(extractor, """
        Farm vets in short supply, survey finds

        The Rural Veterinary Society said a third of its members planned to retire within five         years. Its president, Dr Marguerite Olsen, said the figures were alarming.

        Q&A: Marguerite Olsen on the findings

        What worried you most?

        The age profile. Half of our farm vets are over 55, and there is nobody coming in         behind them.

        Can practices do anything about it?

        Share the night work. A rota across three practices costs each of them very little.
        """);
    assertThat(speakerSaying(x, "nobody coming in").name()).isEqualTo("Marguerite Olsen");
    assertThat(speakerSaying(x, "Share the night work").name()).isEqualTo("Marguerite Olsen");
    assertThat(x.quotes()).noneMatch(q -> q.content().text().contains("What worried you"));
  }

  /** An explainer that asks and answers its own questions quotes no one. */
  @ParameterizedTest
  @ValueSource(strings = {"model", "rules"})
  void anExplainersOwnQuestionsAndAnswersQuoteNoOne(String extractor) {
    Extraction x = extractWith(extractor, """
        Dog licence fees rise

        Q&A: What the new Dublin City Council rules mean for owners

        How much will a licence cost?

        The annual fee rises to 30 euro from March, and a lifetime licence to 180 euro.

        Do I need one for a puppy?

        Yes. Every dog over eight weeks old must be licensed.
        """);
    assertThat(x.quotes()).noneMatch(q -> q.content().text().contains("annual fee rises"));
    assertThat(x.quotes()).noneMatch(q -> q.content().text().contains("must be licensed"));
  }

  /**
   * An investigation that found something after a body fined someone is the body's, and so is
   * "the decision" that the sentence after cites: the regulator acted, its inquiry speaks.
   */
  @ParameterizedTest
  @ValueSource(strings = {"model", "rules"})
  void theInquiryOfABodyThatFinedSomeoneIsTheBodys(String extractor) {
    Extraction x = extractWith(extractor, """
        Betting firm fined over problem gambler

        The Lotteries and Gaming Authority has fined Harbourline Bet €900,000 after an \
        investigation found the operator ignored warnings about a customer.

        Staff had been told to keep the customer playing, according to the decision published \
        on Monday.
        """);
    assertThat(speakerSaying(x, "ignored warnings").name())
        .isEqualTo("Lotteries and Gaming Authority");
    assertThat(speakerSaying(x, "keep the customer playing").name())
        .isEqualTo("Lotteries and Gaming Authority");
  }

  /** An investigation after a company cut jobs is no company's: only a body that sanctions. */
  @ParameterizedTest
  @ValueSource(strings = {"model", "rules"})
  void anInvestigationAfterACompanyActedIsNotTheCompanys(String extractor) {
    Extraction x = extractWith(extractor, """
        Plant to close

        Harbourline Foods has cut 200 jobs after an investigation found the plant was unsafe.
        """);
    assertThat(speakerSaying(x, "plant was unsafe").name()).isNotEqualTo("Harbourline Foods");
  }

  /**
   * A council named only in its mayor's post ("Tallowood Shire Council Mayor Rhonda Pike") is
   * what "the council" and "council figures" stand for later, not an unnamed council.
   */
  @ParameterizedTest
  @ValueSource(strings = {"model", "rules"})
  void aBodyNamedOnlyInAPostIsWhatItsNounStandsFor(String extractor) {
    Extraction x = extractWith(extractor, """
        Bus service cut

        Tallowood Shire Council Mayor Rhonda Pike said the route had to be saved. The council \
        said it would write to the minister. About 90 people use the bus each day, according to \
        council figures.
        """);
    Speaker council = speakerSaying(x, "write to the minister");
    assertThat(council.name()).isEqualTo("Tallowood Shire Council");
    assertThat(council.kind()).isEqualTo(SpeakerKind.ORGANIZATION);
    assertThat(speakerSaying(x, "use the bus")).isEqualTo(council);
  }

  /**
   * "The GMB union" and "the Students for Accountability coalition" are the bodies their names
   * say, not a description that keeps the noun; "the Scottish government" names no body
   * "Scottish".
   */
  @ParameterizedTest
  @ValueSource(strings = {"model", "rules"})
  void aBodysNameBeforeItsNounIsThatBody(String extractor) {
    Extraction x = extractWith(extractor, """
        Warehouse staff walk out

        The RMT union said the walkout would go ahead. The Parents for Safer Roads coalition \
        said it backed the drivers. The Scottish government said talks were the only way \
        forward.
        """);
    assertThat(speakerSaying(x, "would go ahead").name()).isEqualTo("RMT");
    assertThat(speakerSaying(x, "backed the drivers").name())
        .isEqualTo("Parents for Safer Roads");
    assertThat(speakerSaying(x, "the only way").name()).isNotEqualTo("Scottish");
  }

  /**
   * "A spokeswoman for the Ferryside Residents' Association said" keeps the spokeswoman: the
   * source is not cut at the apostrophe of the plural owner inside the name.
   */
  @ParameterizedTest
  @ValueSource(strings = {"model", "rules"})
  void aSourceIsNotCutAtAPluralOwnersApostrophe(String extractor) {
    Extraction x = extractWith(extractor, """
        Ferry cuts opposed

        A spokeswoman for the Ferryside Residents' Association said the cuts would strand \
        older people.
        """);
    Quote q = x.quotes().stream()
        .filter(quote -> quote.content().text().contains("strand older people")).findFirst()
        .orElseThrow();
    assertThat(q.source()).map(Span::text)
        .hasValue("A spokeswoman for the Ferryside Residents' Association");
  }
}
