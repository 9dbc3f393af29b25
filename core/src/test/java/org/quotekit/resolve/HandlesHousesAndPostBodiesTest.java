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
 * Players' handles in small letters inside their names ({@code Gabriel "gabzin" Moreira}), a
 * name "known as" gives, a trade's name after its noun ("French fashion house Delorme", then
 * "the house"), a role the text gave an organisation ("the organiser"), the body an acronym
 * spells inside a person's post, first names whose marks tell their gender ("Åsa"), a tally
 * "kept by" a firm, "its" filing of the organisation the words are about, "One of them" after
 * unnamed people, "said one, a 22-year-old", "A group called X", "the banks" of two named
 * just before, "the paper", a company's "update", "over" before a number in the content, an
 * agency's dateline without a place, answers after "a conversation with" someone, a paragraph
 * "She said:" hands over, accounts under headings that name their speakers, and a sentence's
 * last word that keeps no full stop, under both bundled extractors.
 */
class HandlesHousesAndPostBodiesTest {

  /**
   * A handle in small letters in quotation marks between a first name and a surname is no part
   * of the name: the person keeps the full name, the handle alone later is that person, and a
   * pronoun after it finds them.
   */
  @ParameterizedTest
  @ValueSource(strings = {"model", "rules"})
  void aHandleInSmallLettersIsThePlayersNickname(String extractor) {
    Extraction x = extractWith(extractor, """
        Onca reach the final

        Captain Rafael "kiko" Moreira said the team had almost disbanded in January. "Six \
        months ago we had no sponsor," kiko said.

        Rifler Gabriel "gabzin" Moreira was the best player on the server. Former pro Thiago \
        Ramos said the result was the biggest in ten years. Back on stage, gabzin said the team \
        would rest for two days. "Then we go again," he said.
        """);
    assertThat(speakerSaying(x, "almost disbanded").name()).isEqualTo("Rafael Moreira");
    assertThat(speakerSaying(x, "no sponsor").name()).isEqualTo("Rafael Moreira");
    assertThat(speakerSaying(x, "rest for two days").name()).isEqualTo("Gabriel Moreira");
    assertThat(speakerSaying(x, "we go again").name()).isEqualTo("Gabriel Moreira");
  }

  /** A handle with digits is one too, and the handle's key finds the one person it names. */
  @ParameterizedTest
  @ValueSource(strings = {"model", "rules"})
  void aHandleWithDigitsIsTheNicknameToo(String extractor) {
    Extraction x = extractWith(extractor, """
        Veteran returns

        Oleksandr "s1mple" Kostyliev said he had missed the stage. "It feels like home," \
        s1mple said.
        """);
    Speaker player = speakerSaying(x, "feels like home");
    assertThat(player.name()).isEqualTo("Oleksandr Kostyliev");
    assertThat(speakerSaying(x, "missed the stage")).isEqualTo(player);
  }

  /** "popularly known as" after a full name gives the name the person is called by later. */
  @ParameterizedTest
  @ValueSource(strings = {"model", "rules"})
  void aNameKnownAsAfterAFullNameIsThatPersons(String extractor) {
    Extraction x = extractWith(extractor, """
        Designers back the ban

        The founder of the fashion label House of Temi, Ms. Temitope Adeyemi, popularly known \
        as Temi, said the ban would help. Temi, whose collections sell in London, noted that \
        imports had doubled.
        """);
    Speaker founder = speakerSaying(x, "imports had doubled");
    assertThat(founder.name()).isEqualTo("Temitope Adeyemi");
    assertThat(speakerSaying(x, "ban would help")).isEqualTo(founder);
  }

  /**
   * A word no dictionary holds after a trade's noun is a name, though the tagger reads it as a
   * common noun; "house" before it is that house's kind, and "the house" later is it.
   */
  @ParameterizedTest
  @ValueSource(strings = {"model", "rules"})
  void aFashionHouseNamedAfterItsNounIsTheHouse(String extractor) {
    Extraction x = extractWith(extractor, """
        Designer leaves

        French fashion house Delorme said it had parted ways with its creative director. \
        "We thank him for his energy," the house said in a brief statement.
        """);
    Speaker house = speakerSaying(x, "parted ways");
    assertThat(house.name()).isEqualTo("Delorme");
    assertThat(house.kind()).isEqualTo(SpeakerKind.ORGANIZATION);
    assertThat(speakerSaying(x, "his energy")).isEqualTo(house);
  }

  /** A role noun the text gave an organisation, and no person, is that organisation's. */
  @ParameterizedTest
  @ValueSource(strings = {"model", "rules"})
  void aRoleGivenOnlyToAnOrganisationIsItsLater(String extractor) {
    Extraction x = extractWith(extractor, """
        Sao Paulo final draws record crowd

        BlueLine Esports, the tournament organiser, said the event drew 14,500 spectators. \
        "Brazil is the heart of this scene," BlueLine chief executive Patricia Albuquerque said. \
        The win earns the team $250,000, according to the organiser.
        """);
    assertThat(speakerSaying(x, "earns the team").name()).isEqualTo("BlueLine Esports");
  }

  /** Guard: a person the text gave the role keeps it, whatever organisation is named. */
  @ParameterizedTest
  @ValueSource(strings = {"model", "rules"})
  void aRoleGivenToAPersonStaysThePersons(String extractor) {
    Extraction x = extractWith(extractor, """
        Festival moves indoors

        Jo Bell, the festival organiser, said the rain had left no choice. Harbour Events \
        said the hall was free. The move cost $20,000, the organiser said.
        """);
    assertThat(speakerSaying(x, "cost $20,000").name()).isEqualTo("Jo Bell");
  }

  /**
   * An acronym whose capitals are those of the body a person's post names ("president of the
   * Camera della Moda Milanese (CMM)") is the body, not its president.
   */
  @ParameterizedTest
  @ValueSource(strings = {"model", "rules"})
  void anAcronymOfTheBodyInAPostIsTheBody(String extractor) {
    Extraction x = extractWith(extractor, """
        Milan houses in talks

        Stefano Lanfranchi, president of the Camera della Moda Milanese (CMM), said the \
        dispute hurt the city. The CMM said in a separate note that it had offered to mediate.
        """);
    assertThat(speakerSaying(x, "dispute hurt").name()).isEqualTo("Stefano Lanfranchi");
    Speaker body = speakerSaying(x, "offered to mediate");
    assertThat(body.name()).isEqualTo("Camera della Moda Milanese");
    assertThat(body.kind()).isEqualTo(SpeakerKind.ORGANIZATION);
  }

  /**
   * Guard: an acronym that spells a post in capitals ("Chief Financial Officer") is still the
   * person who holds it.
   */
  @ParameterizedTest
  @ValueSource(strings = {"model", "rules"})
  void anAcronymOfAPostInCapitalsIsStillItsHolder(String extractor) {
    Extraction x = extractWith(extractor, """
        Results beat forecasts

        Dana Kirk, Chief Financial Officer of Tarn Metals, said margins had widened. The CFO \
        said costs would fall again next year.
        """);
    assertThat(speakerSaying(x, "costs would fall").name()).isEqualTo("Dana Kirk");
  }

  /**
   * A first name's gender is read as written, marks and all: "Åsa" is a woman's name, though
   * "Asa" without the ring is a man's, so "she" finds her.
   */
  @ParameterizedTest
  @ValueSource(strings = {"model", "rules"})
  void aFirstNameWithMarksHasItsOwnGender(String extractor) {
    Extraction x = extractWith(extractor, """
        Strike is legal, says professor

        \u00C5sa Lindqvist, a professor of labour law, said the strike was legal. "Without \
        an agreement, the union has a free hand," she said.
        """);
    assertThat(speakerSaying(x, "free hand").name()).isEqualTo("\u00C5sa Lindqvist");
  }

  /** A tally "kept by" a firm is the firm's, though the tagger misreads "tally". */
  @ParameterizedTest
  @ValueSource(strings = {"model", "rules"})
  void aTallyKeptByAFirmIsTheFirms(String extractor) {
    Extraction x = extractWith(extractor, """
        Layoffs mount

        More than 10,000 video game jobs were eliminated last year, according to a tally kept \
        by the research firm Lantern Analytics.
        """);
    assertThat(speakerSaying(x, "jobs were eliminated").name()).isEqualTo("Lantern Analytics");
  }

  /**
   * "its" before a filing after the words it reports is the organisation those words open with
   * ("The publisher ... reported"), not the outlet named last.
   */
  @ParameterizedTest
  @ValueSource(strings = {"model", "rules"})
  void itsFilingIsTheOrganisationTheWordsAreAbout(String extractor) {
    Extraction x = extractWith(extractor, """
        Publisher Halvorsen Interactive closes Seattle studio

        SEATTLE (AP) \u2014 Halvorsen Interactive said Tuesday it will close Brightwater Games, \
        its Seattle studio, cutting 212 jobs.

        In a memo obtained by The Associated Press, Halvorsen CEO Dana Whitcombe said the \
        decision was painful.

        "We have to focus our resources," Whitcombe wrote.

        The publisher, which is based in Bellevue, Washington, reported a net loss of $341 \
        million in its most recent fiscal year, according to its latest annual filing.
        """);
    assertThat(speakerSaying(x, "net loss").name()).isEqualTo("Halvorsen Interactive");
  }

  /** "One of them" after unnamed people is one of them, named by their noun. */
  @ParameterizedTest
  @ValueSource(strings = {"model", "rules"})
  void oneOfThemIsOneOfThePeopleNamedBefore(String extractor) {
    Extraction x = extractWith(extractor, """
        Studio staff told of closure on video call

        Workers learned of the closure on a video call, according to two employees who asked \
        not to be named. One of them said the project had been fully funded in January.
        """);
    assertThat(speakerSaying(x, "fully funded").name()).isEqualTo("One employee");
  }

  /**
   * A sentence's last word keeps no full stop the tokenizer model left on it: the source of
   * "according to a transcript." is "a transcript".
   */
  @ParameterizedTest
  @ValueSource(strings = {"model", "rules"})
  void theLastWordOfASentenceKeepsNoFullStop(String extractor) {
    Extraction x = extractWith(extractor, """
        Platform chief speaks

        Advertisers had asked for tighter rules on streams, according to a transcript.
        """);
    Quote q = x.quotes().stream().filter(c -> c.content().text().contains("tighter rules"))
        .findFirst().orElseThrow();
    assertThat(q.source().orElseThrow().text()).isEqualTo("a transcript");
  }

  /** A capitalised last word keeps none either: "according to the Harbour Sun." */
  @ParameterizedTest
  @ValueSource(strings = {"model", "rules"})
  void aCapitalisedLastWordKeepsNoFullStop(String extractor) {
    Extraction x = extractWith(extractor, """
        Ferry fares

        Fares on the island ferry will rise by a fifth in April, according to the Harbour \
        Sun.
        """);
    Quote q = x.quotes().stream().filter(c -> c.content().text().contains("Fares"))
        .findFirst().orElseThrow();
    assertThat(q.source().orElseThrow().text()).isEqualTo("the Harbour Sun");
  }

  /** A house a comma sets after its name ("the Florentine knitwear house") is a company. */
  @ParameterizedTest
  @ValueSource(strings = {"model", "rules"})
  void aHouseInAppositionIsTheCompanyLater(String extractor) {
    Extraction x = extractWith(extractor, """
        Knitwear house results

        Profits rose at Galvani, the Florentine knitwear house, last year. Sales grew 8 per \
        cent, the company said in its annual accounts.
        """);
    assertThat(speakerSaying(x, "Sales grew").name()).isEqualTo("Galvani");
  }

  /** "the paper" is the newspaper named last, as "the newspaper" is. */
  @ParameterizedTest
  @ValueSource(strings = {"model", "rules"})
  void thePaperIsTheNewspaperNamedLast(String extractor) {
    Extraction x = extractWith(extractor, """
        What the papers say

        Le Monde, in an unsigned editorial, said the city had been right. "Ambition needs \
        patience," the paper wrote.
        """);
    assertThat(speakerSaying(x, "Ambition needs").name()).isEqualTo("Le Monde");
  }

  /** An update a company posted speaks for it: "the update said". */
  @ParameterizedTest
  @ValueSource(strings = {"model", "rules"})
  void anUpdateSpeaksForTheCompanyThatPostedIt(String extractor) {
    Extraction x = extractWith(extractor, """
        Board game delayed again

        Thornfield Games posted an update to backers on Monday. "We know this is not the news \
        you wanted," the update said.
        """);
    assertThat(speakerSaying(x, "not the news").name()).isEqualTo("Thornfield Games");
  }

  /** "said one" and a description after a comma, an age, is that one, described so. */
  @ParameterizedTest
  @ValueSource(strings = {"model", "rules"})
  void oneDescribedByAnAgeAfterAComma(String extractor) {
    Extraction x = extractWith(extractor, """
        Models say they were not paid

        Four models said they had not been paid for the show. "We were told to wait," said \
        one, a 22-year-old from Lyon who asked not to be named.
        """);
    assertThat(speakerSaying(x, "told to wait").name()).isEqualTo("a 22-year-old from Lyon");
  }

  /** "said over 70 per cent ..." keeps "over": before a number it says how many. */
  @ParameterizedTest
  @ValueSource(strings = {"model", "rules"})
  void overBeforeANumberStaysInTheContent(String extractor) {
    Extraction x = extractWith(extractor, """
        Imports squeeze designers

        The chair, Mrs. Ada Bello, said over 70 per cent of clothes sold in Lagos were imported.
        """);
    assertThat(x.quotes()).anySatisfy(q -> assertThat(q.content().text())
        .startsWith("over 70 per cent"));
  }

  /** An agency in parentheses and a dash opening a story is a dateline, no part of content. */
  @ParameterizedTest
  @ValueSource(strings = {"model", "rules"})
  void anAgencyAloneBeforeADashIsADateline(String extractor) {
    Extraction x = extractWith(extractor, """
        Retailer weighs sale

        (Bloomberg) -- Hartwell & Pryce is exploring a sale of its stores, according to people \
        familiar with the matter.
        """);
    assertThat(x.quotes()).anySatisfy(q -> assertThat(q.content().text())
        .isEqualTo("Hartwell & Pryce is exploring a sale of its stores"));
  }

  /** An indefinite source a name follows with "called" or "calling itself" is that name's. */
  @ParameterizedTest
  @ValueSource(strings = {"model", "rules"})
  void aGroupCalledByANameIsThatName(String extractor) {
    Extraction x = extractWith(extractor, """
        Stadium and hospital rows

        A group called Stadium Watch Port Maitland, which gathered 6,200 signatures, said it \
        would seek a judicial review.

        A criminal group calling itself Vortex Locker has claimed responsibility, saying it had \
        taken 700 gigabytes of data.
        """);
    assertThat(speakerSaying(x, "judicial review").name())
        .isEqualTo("Stadium Watch Port Maitland");
    Speaker gang = speakerSaying(x, "700 gigabytes");
    assertThat(gang.name()).isEqualTo("Vortex Locker");
    assertThat(gang.kind()).isEqualTo(SpeakerKind.ORGANIZATION);
  }

  /** "the banks" after a sentence that names two banks is the two of them, named together. */
  @ParameterizedTest
  @ValueSource(strings = {"model", "rules"})
  void thePluralOfABodyNounIsTheTwoNamedJustBefore(String extractor) {
    Extraction x = extractWith(extractor, """
        Regulators extend merger review

        Regulators have extended their review of Harbor National Corp.'s purchase of Pinewood \
        Financial Group, the banks said Monday.
        """);
    Speaker banks = speakerSaying(x, "extended their review");
    assertThat(banks.name()).isEqualTo("Harbor National Corp. and Pinewood Financial Group");
    assertThat(banks.kind()).isEqualTo(SpeakerKind.GROUP);
  }

  /**
   * Unlabelled answers after "a conversation with" a post and a name are that person's, though a
   * dateline's colon opens the story.
   */
  @ParameterizedTest
  @ValueSource(strings = {"model", "rules"})
  void answersAfterAConversationWithANameAreThatPersons(String extractor) {
    Extraction x = extractWith(extractor, """
        Tower row

        BENGALURU: Over 400 residents formed a human chain along 80 Feet Road on Sunday to \
        protest against a tower on a former school playground.

        Excerpts from a conversation with Skyline Crest managing director Rohan Kapadia:

        Residents say the roads cannot handle the traffic. What is your response?

        We have commissioned a traffic study from an independent firm.

        What about groundwater?

        The project will not draw groundwater at all.
        """);
    assertThat(speakerSaying(x, "commissioned a traffic study").name())
        .isEqualTo("Rohan Kapadia");
    assertThat(speakerSaying(x, "not draw groundwater").name()).isEqualTo("Rohan Kapadia");
  }

  /**
   * "This is an edited version of the conversation." before unlabelled questions: the answers
   * are the person the paragraphs just before it name.
   */
  @ParameterizedTest
  @ValueSource(strings = {"model", "rules"})
  void answersAfterAnEditedConversationAreThePersonNamedBefore(String extractor) {
    Extraction x = extractWith(extractor, """
        Water boss warns of complacency

        In an interview at the authority's offices, chief executive Dr Thandiwe Mokoena said \
        dam levels were healthy but demand had crept back up.

        This is an edited version of the conversation.

        You say people have become complacent. Why?

        Consumption per household is up 22% since 2019.

        Is the city drought-proof?

        No city is drought-proof. We have diversified, which is different.
        """);
    assertThat(speakerSaying(x, "Consumption per household").name())
        .isEqualTo("Thandiwe Mokoena");
    assertThat(speakerSaying(x, "We have diversified").name()).isEqualTo("Thandiwe Mokoena");
  }

  /**
   * "She said:" hands the next paragraph, unquoted, to her, though cues inside it ("we have
   * concluded that") would read it as the writer's; a paragraph that opens with a turn's label
   * stays the labelled speaker's.
   */
  @ParameterizedTest
  @ValueSource(strings = {"model", "rules"})
  void aColonHandsTheWholeNextParagraphToTheSpeaker(String extractor) {
    Extraction x = extractWith(extractor, """
        Bus pass U-turn

        The transport secretary, Hannah Voss, spoke in parliament on Tuesday.

        She said:

        We have always said we would get the detail right. Having reflected, we have concluded \
        that the cost would outweigh the savings.

        In one exchange, the committee pressed officials on the cost:

        Ellwood: How much has been spent so far?

        Pryce: Around 3.4 billion pounds.
        """);
    assertThat(speakerSaying(x, "get the detail right").name()).isEqualTo("Hannah Voss");
    assertThat(speakerSaying(x, "How much has been spent").name()).isEqualTo("Ellwood");
  }

  /**
   * An oral history's accounts under headings in capitals that name their speakers are theirs,
   * paragraph by paragraph, while words quoted inside stay with who said them.
   */
  @ParameterizedTest
  @ValueSource(strings = {"model", "rules"})
  void accountsUnderNamedHeadingsAreTheSpeakers(String extractor) {
    Extraction x = extractWith(extractor, """
        An oral history of the Carrow Mill strike

        Forty-five years ago this month, 600 workers at the mill walked out. These accounts were \
        recorded in 2022 and have been edited for length.

        MAUREEN DOYLE, spinner, 1962-1991

        We knew something was coming because the foreman had gone quiet. He came down the line \
        and said, "There's a notice on the board and you won't like it."

        FRANK OYELARAN, maintenance fitter, 1970-1999

        People think a strike is shouting. Mostly it's standing about in the cold. We had a \
        brazier by the gate.
        """);
    assertThat(speakerSaying(x, "something was coming").name()).isEqualTo("Maureen Doyle");
    assertThat(speakerSaying(x, "standing about in the cold").name())
        .isEqualTo("Frank Oyelaran");
    assertThat(x.quotes()).noneSatisfy(q -> assertThat(q.content().text())
        .contains("notice on the board").contains("something was coming"));
  }

  /** Guard: section headings in capitals of dictionary words name no speaker. */
  @ParameterizedTest
  @ValueSource(strings = {"model", "rules"})
  void sectionHeadingsInCapitalsNameNoSpeaker(String extractor) {
    Extraction x = extractWith(extractor, """
        What the budget means for you

        The chancellor set out her plans on Wednesday.

        THE HOUSING MARKET

        We looked at what the changes mean for buyers. Our sums suggest a saving of 400 pounds.

        THE STATE PENSION

        We also looked at pensions, which rise by 4 per cent.
        """);
    assertThat(x.quotes()).noneSatisfy(q -> assertThat(q.content().text())
        .startsWith("We looked at what the changes mean"));
  }
}
