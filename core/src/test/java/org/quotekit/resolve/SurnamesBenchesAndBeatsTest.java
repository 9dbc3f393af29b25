package org.quotekit.resolve;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quotekit.resolve.DefaultSpeakerResolverTest.extractWith;
import static org.quotekit.resolve.DefaultSpeakerResolverTest.speakerSaying;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.quotekit.Extraction;
import org.quotekit.Speaker;
import org.quotekit.SpeakerKind;

/**
 * Speakers of short names shared by relatives, of judges named with plural titles, of verbs the
 * tagger misread after a name or a role, of a reaction closing the paragraph before a quotation,
 * of surnames and company names made of common nouns, of an operator named without its business
 * word, of a post a possessive owns, and of answers to a host's questions, under the bundled
 * extractors.
 */
class SurnamesBenchesAndBeatsTest {

  /**
   * A titled surname after a quotation of several sentences is the person of that surname named
   * in full just before the quotation, not the relative the text named more often before.
   */
  @ParameterizedTest
  @ValueSource(strings = {"model", "rules"})
  void aTitledSurnameAfterALongQuotationIsWhoWasNamedBeforeIt(String extractor) {
    Extraction x = extractWith(extractor, """
        Mill owners cleared

        The court cleared mill owners Suresh Deshpande and Rahul Deshpande of negligence on \
        Friday. Suresh Deshpande left the court without speaking, and Suresh Deshpande's lawyer \
        declined to comment.

        Rahul Deshpande, 58, said the case had cost the family "ten years of our lives".

        "We kept every exit open. We told the inspectors so," Mr. Deshpande said.
        """);
    assertThat(speakerSaying(x, "We kept every exit open").name())
        .isEqualTo("Rahul Deshpande");
  }

  /**
   * "Justices" before two names is a title, as "Justice" is: "Justice Okonjo" later is the
   * person named after it, whose name does not take the title in.
   */
  @ParameterizedTest
  @ValueSource(strings = {"model", "rules"})
  void justicesIsATitleBeforeTheNamesOfABench(String extractor) {
    Extraction x = extractWith(extractor, """
        Court orders inquiry into drain deaths

        A bench of Justices Chidi Okonjo and Farida Rahman heard the petition on Monday.

        "Every death in those drains is on the record of this state," Justice Okonjo said.
        """);
    assertThat(speakerSaying(x, "Every death in those drains").name())
        .isEqualTo("Chidi Okonjo");
  }

  /**
   * A verb in -ed after a name that opens the sentence ("Justice Felicity Harrow dissented,
   * saying ...") is no part of the speaker's name, though the tagger read it as an adjective.
   */
  @ParameterizedTest
  @ValueSource(strings = {"model", "rules"})
  void aVerbAfterANameIsNoPartOfTheSpeaker(String extractor) {
    Extraction x = extractWith(extractor, """
        Appeal court splits over verdict

        Justice Felicity Harrow dissented, saying the jury had been "entitled to reject the \
        account".
        """);
    assertThat(speakerSaying(x, "entitled to reject the account").name())
        .isEqualTo("Felicity Harrow");
  }

  /**
   * A short sentence closing the paragraph before a quotation ("Okafor grinned.") is what a "he"
   * after that quotation goes on from, not the host who put the question in the sentence
   * before it.
   */
  @ParameterizedTest
  @ValueSource(strings = {"model", "rules"})
  void aPronounGoesOnFromAShortReactionClosingTheParagraphBefore(String extractor) {
    Extraction x = extractWith(extractor, """
        Striker keeps his options open

        Emeka Okafor left the club in the summer.

        Near the end of the show, presenter Gavin Rudd asked the striker whether he would ever \
        play in Scotland again. Okafor grinned.

        "Ask me in a year," he said, "when my ankle has made up its mind."
        """);
    assertThat(speakerSaying(x, "Ask me in a year").name()).isEqualTo("Emeka Okafor");
  }

  /**
   * A "he" after a quotation that follows "The chief executive hesitated." is the chief
   * executive the text named, not the speaker quoted last, though the tagger read the verb as a
   * noun; when the text named no chief executive, no one is made one.
   */
  @ParameterizedTest
  @ValueSource(strings = {"model", "rules"})
  void aPronounAfterARoleThatHesitatedIsThatRolesPerson(String extractor) {
    Extraction x = extractWith(extractor, """
        Rail boss questioned over delays

        Dermot Quill, the chief executive of Westmoor Trains, faced passengers on Tuesday.

        Commuter Alan Briggs said the service was "a national embarrassment".

        As the meeting ended, a passenger asked if he would take the 7.12 himself. The chief \
        executive hesitated.

        "Not every day," he admitted.
        """);
    assertThat(speakerSaying(x, "Not every day").name()).isEqualTo("Dermot Quill");

    Extraction nobody = extractWith(extractor, """
        Rail boss questioned over delays

        Commuter Alan Briggs said the service was "a national embarrassment".

        As the meeting ended, a passenger asked a question. The chief executive hesitated.

        "Not every day," he admitted.
        """);
    assertThat(speakerSaying(nobody, "a national embarrassment").roles())
        .as("a role the text gave no one is given no one")
        .noneMatch(r -> r.contains("chief executive"));
  }

  /**
   * A surname that is also a common noun of organisations ("Banks") is the person of that
   * surname the text named in full, not an organisation: two Bankses stay two persons.
   */
  @ParameterizedTest
  @ValueSource(strings = {"model", "rules"})
  void aSurnameThatIsAnOrganisationNounIsThePerson(String extractor) {
    Extraction x = extractWith(extractor, """
        Quarterback shrugs off criticism

        Marcus Banks has heard the criticism all season.

        "I'm not worried about any of it," Banks said on Monday.

        His father, Derek Banks, was less relaxed. "He needs to hear it," the elder Banks said.
        """);
    assertThat(speakerSaying(x, "I'm not worried").name()).isEqualTo("Marcus Banks");
    assertThat(speakerSaying(x, "I'm not worried").kind()).isEqualTo(SpeakerKind.PERSON);
    assertThat(speakerSaying(x, "He needs to hear it").name()).isEqualTo("Derek Banks");
  }

  /**
   * A name ending in "Water" ("Tamesbrook Water") is a water company, not a person whose
   * surname a headline's "Water" gave, and a later "he" is no such company.
   */
  @ParameterizedTest
  @ValueSource(strings = {"model", "rules"})
  void aNameEndingInWaterIsACompany(String extractor) {
    Extraction x = extractWith(extractor, """
        Water boss faces MPs

        Mr Pennick, the chief executive of Tamesbrook Water, was asked about sewage spills.

        Tamesbrook later issued a statement saying spills had fallen.

        Asked if he would swim in the river, Mr Pennick paused. "Not this week," he said.
        """);
    assertThat(x.speakers()).filteredOn(s -> s.name().equals("Tamesbrook Water"))
        .singleElement().extracting(s -> s.kind()).isEqualTo(SpeakerKind.ORGANIZATION);
    assertThat(speakerSaying(x, "Not this week").name()).isEqualTo("Pennick");
  }

  /**
   * "His representative told X that ..." is said by the representative, someone the text does
   * not name, not by the person represented, though the source stage kept "his" alone.
   */
  @ParameterizedTest
  @ValueSource(strings = {"model"})
  void aPossessedRoleSpeaksNotItsOwner(String extractor) {
    Extraction x = extractWith(extractor, """
        Director silent on feud

        Tobias Wren did not respond to a request for comment. But his representative told \
        Variety on Friday that the director "has nothing but admiration for the cast."
        """);
    assertThat(speakerSaying(x, "nothing but admiration").name()).isEqualTo("his representative");
  }

  /**
   * A "she" in a question a host puts to a guest ("Rudd asked if she would ever tour again") is
   * the guest's, no sign that the host is a woman: the guest's answers after it stay hers.
   */
  @ParameterizedTest
  @ValueSource(strings = {"model", "rules"})
  void aPronounInAQuestionPutToSomeoneIsNoSignOfTheAskersGender(String extractor) {
    Extraction x = extractWith(extractor, """
        Singer laughs off feud on radio

        Appearing on the breakfast show, Mira Solberg was asked about her falling out with her \
        former band.

        The studio laughed. Presenter Gavin Rudd pressed on, asking whether it was true that she \
        had walked out of a rehearsal.

        "It was one rehearsal," she said.

        Later Rudd asked if she would ever tour with them again, and whether she had spoken to \
        the drummer since.

        "Never say never," she said.
        """);
    assertThat(speakerSaying(x, "It was one rehearsal").name()).isEqualTo("Mira Solberg");
    assertThat(speakerSaying(x, "Never say never").name()).isEqualTo("Mira Solberg");
  }

  /**
   * A train operator's name without its business word ("Calder Valley" after "Calder Valley
   * Trains") is the operator, not a person of that name.
   */
  @ParameterizedTest
  @ValueSource(strings = {"model", "rules"})
  void anOperatorsNameWithoutItsBusinessWordIsTheOperator(String extractor) {
    Extraction x = extractWith(extractor, """
        Rail firm summoned over cancellations

        The minister has summoned the bosses of Calder Valley Trains after the operator cancelled \
        900 services in a week.

        Calder Valley, which runs most commuter services in the region, said the problems were \
        caused by a shortage of drivers.
        """);
    Speaker operator = speakerSaying(x, "the problems were caused");
    assertThat(operator.name()).isEqualTo("Calder Valley Trains");
    assertThat(operator.kind()).isEqualTo(SpeakerKind.ORGANIZATION);
  }
}
