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
 * Posts written before a name that are no part of it: two role nouns joined by "and" ("Clerk
 * and Recorder"), a role noun with its field ("Administrator of Records"), a job noun after a
 * title ("Chief Hydrologist"); post-nominal letters after a name ("Simone Baptiste, SC"), which
 * are no state's, and a source made only of them; an acronym a company's legal form also spells
 * ("the AG" for an attorney general); a full name after an owned kinship noun ("Darnell's
 * sister, Odette Pryce"), which gives the gender; a month that is a given name ("April
 * Fenwick"); a post's office ("the secretary of state's office"), an organisation; a place set
 * before "resident Name"; an age spelled out before a name ("Seventeen-year-old X"); a document
 * "in a post" that the sentence's subject wrote; "the man" after an unnamed speaker; "the
 * Cabinet notes" (under the model only); a complaint "from" a candidate named after the post; a
 * name given after a phrase and a clause on a description; "the group" for the body named in
 * apposition to its introduction; "the inquiry" for the issuer of the report before it; a body
 * named without its two business words ("Harlow Valley" of "Harlow Valley Power Company"); under
 * both bundled extractors.
 */
class PostsKinAndOfficesTest {

  /**
   * "Clerk and Recorder", "Administrator of Records" and "Chief Hydrologist" are posts, so the
   * person is named by the words after them, and "Halvorsen said" is that person.
   */
  @ParameterizedTest
  @ValueSource(strings = {"model", "rules"})
  void aPostOfTwoRolesOrWithAFieldOrAJobAfterATitleIsNoPartOfTheName(String extractor) {
    Extraction x = extractWith(extractor, """
        Flood records reopened

        City Clerk and Recorder Ines Halvorsen said the archive would reopen on Monday. "Nothing \
        was lost," Halvorsen said.

        State Administrator of Records Petra Lindqvist said the copies were safe. "We had \
        backups," Lindqvist said.

        "The river has peaked," Chief Hydrologist Anselm Drury said on Friday.
        """);
    assertThat(speakerSaying(x, "archive would reopen").name()).isEqualTo("Ines Halvorsen");
    assertThat(speakerSaying(x, "Nothing was lost").name()).isEqualTo("Ines Halvorsen");
    assertThat(speakerSaying(x, "copies were safe").name()).isEqualTo("Petra Lindqvist");
    assertThat(speakerSaying(x, "We had backups").name()).isEqualTo("Petra Lindqvist");
    assertThat(speakerSaying(x, "river has peaked").name()).isEqualTo("Anselm Drury");
  }

  /**
   * "SC" after a full name is a Senior Counsel's letters, not South Carolina; a source that is
   * only such letters ("KC, MP") stands for the person named right before it; and "the AG" spells
   * the post of the attorney general the text named, whatever company form "AG" also is.
   */
  @ParameterizedTest
  @ValueSource(strings = {"model", "rules"})
  void postNominalLettersAndAPostsInitialsStandForThePerson(String extractor) {
    Extraction x = extractWith(extractor, """
        Bail bill goes to the Senate

        Law Society president Simone Baptiste, SC, told reporters the bill was flawed.

        Attorney General Desmond Okafor defended it on Tuesday. "Victims deserve better," the \
        AG said.
        """);
    assertThat(speakerSaying(x, "bill was flawed").name()).isEqualTo("Simone Baptiste");
    assertThat(speakerSaying(x, "Victims deserve better").name()).isEqualTo("Desmond Okafor");
  }

  /**
   * A lead whose cue comes last, after the person and the letters after their name ("..., Finance
   * Minister the Hon. Marcus Greaves, KC, MP, has announced"): the letters are the source, and
   * they stand for the person.
   */
  @ParameterizedTest
  @ValueSource(strings = {"model", "rules"})
  void aSourceOfPostNominalLettersOnlyIsThePersonBeforeThem(String extractor) {
    Extraction x = extractWith(extractor, """
        Budget day

        Fuel duty will fall by ten cents from April 1, Finance Minister the Hon. Marcus \
        Greaves, KC, MP, has announced.
        """);
    assertThat(speakerSaying(x, "Fuel duty will fall").name()).isEqualTo("Marcus Greaves");
  }

  /**
   * "Darnell's sister, Odette Pryce," is a woman, so "she" after her is Odette, not Darnell; a
   * month that is a given name before a surname ("April Fenwick, 77,") names a person.
   */
  @ParameterizedTest
  @ValueSource(strings = {"model", "rules"})
  void aNameAfterAnOwnedKinNounIsOfItsGenderAndAMonthMayBeAGivenName(String extractor) {
    Extraction x = extractWith(extractor, """
        Teenager mourned in Riverside

        Darnell Pryce, 17, died on Saturday. Darnell's sister, Odette Pryce, was at the vigil.

        "He was the kindest boy on the street," she said.

        Lionel and April Fenwick have run the corner shop for 30 years. Their grandson, Toby \
        Fenwick, worked there. April Fenwick, 77, said the street felt empty.
        """);
    assertThat(speakerSaying(x, "kindest boy").name()).isEqualTo("Odette Pryce");
    assertThat(speakerSaying(x, "felt empty").name()).isEqualTo("April Fenwick");
  }

  /** "The Ohio secretary of state's office" is an organisation, not the spokesman after it. */
  @ParameterizedTest
  @ValueSource(strings = {"model", "rules"})
  void aPostsOfficeIsAnOrganisation(String extractor) {
    Extraction x = extractWith(extractor, """
        Counties report long lines

        The Ohio secretary of state's office said in a statement that it was monitoring the \
        counties. Spokeswoman Lena Fairweather added that no machines had failed.
        """);
    Speaker office = speakerSaying(x, "monitoring the counties");
    assertThat(office.kind()).isEqualTo(SpeakerKind.ORGANIZATION);
    assertThat(office.name()).contains("secretary of state's office");
    assertThat(speakerSaying(x, "no machines had failed").name()).isEqualTo("Lena Fairweather");
  }

  /**
   * "In Port Elin, Sable, shopkeeper Ruth Amadi, 54, said": the town is no speaker; and
   * "Seventeen-year-old Kofi Mensah" gives his age, so "the teenager" is he.
   */
  @ParameterizedTest
  @ValueSource(strings = {"model", "rules"})
  void aTownBeforeResidentAndAnAgeSpelledOutBeforeAName(String extractor) {
    Extraction x = extractWith(extractor, """
        Storm nears the islands

        The storm passed 90 miles west of Sable overnight. In Port Elin, Sable, shopkeeper Ruth \
        Amadi, 54, said she had sold out of batteries.

        Seventeen-year-old Kofi Mensah won the regional spelling final on Sunday. The teenager \
        said he had practised every night.
        """);
    assertThat(speakerSaying(x, "sold out of batteries").name()).isEqualTo("Ruth Amadi");
    assertThat(speakerSaying(x, "practised every night").name()).isEqualTo("Kofi Mensah");
  }

  /**
   * "X thanked ... in a post on his page" makes "the post" X's; "the man" after an unnamed
   * fisherman quoted just before is that fisherman.
   */
  @ParameterizedTest
  @ValueSource(strings = {"model", "rules"})
  void aPostTheSubjectWroteAndAnUnnamedMan(String extractor) {
    Extraction x = extractWith(extractor, """
        Water tankers sent east

        Shortly after the vote, Premier Everton Blaize thanked the crews in a post on his \
        official page.

        "Our crews worked through the night. I thank every one of them," the post read.

        A fisherman, who asked not to be named, said the jetty had been closed for a week.

        "No boat went out since Monday," the man said.
        """);
    assertThat(speakerSaying(x, "worked through the night").name()).isEqualTo("Everton Blaize");
    assertThat(speakerSaying(x, "No boat went out").name())
        .isEqualTo(speakerSaying(x, "jetty had been closed").name());
  }

  /**
   * "According to the Cabinet notes" is the Cabinet's: "notes" is a document. Under the model
   * only: the rules read the subject of the reported words ("ministers") as the source.
   */
  @ParameterizedTest
  @ValueSource(strings = {"model"})
  void theCabinetNotesAreTheCabinets(String extractor) {
    Extraction x = extractWith(extractor, """
        Water tankers sent east

        The Cabinet met on Thursday. According to the Cabinet notes, ministers agreed that \
        tankers would serve the eastern villages.
        """);
    assertThat(speakerSaying(x, "tankers would serve").name()).isEqualTo("Cabinet");
  }

  /**
   * "A woman queuing at the bank, who gave only her first name, Marisol, said": the phrase after
   * the description and the clause after it end at the name she gave.
   */
  @ParameterizedTest
  @ValueSource(strings = {"model", "rules"})
  void aNameGivenAfterAPhraseAndAClauseOnTheDescription(String extractor) {
    Extraction x = extractWith(extractor, """
        Bank branch to close

        A woman queuing at the bank, who gave only her first name, Marisol, said she would miss \
        the tellers.
        """);
    assertThat(speakerSaying(x, "miss the tellers").name()).isEqualTo("Marisol");
  }

  /**
   * "A residents' group, the Harbour Lane Action Committee, ... The group said": the group the
   * text introduced is the one it named in apposition right after, not a group without a name.
   */
  @ParameterizedTest
  @ValueSource(strings = {"model", "rules"})
  void theGroupIsTheBodyNamedInAppositionToItsIntroduction(String extractor) {
    Extraction x = extractWith(extractor, """
        Parking plan opposed

        A residents' group, the Harbour Lane Action Committee, urged the council to drop the \
        plan.

        The group said it had collected 900 signatures.
        """);
    assertThat(speakerSaying(x, "900 signatures").name())
        .isEqualTo("Harbour Lane Action Committee");
  }

  /**
   * "The inquiry found" after "a report from Inspector General X" is X's: an inquiry, an
   * investigation and a probe are one kind of document with a report.
   */
  @ParameterizedTest
  @ValueSource(strings = {"model", "rules"})
  void anInquiryIsTheReportOfItsIssuer(String extractor) {
    Extraction x = extractWith(extractor, """
        Watchdog faults records office

        The agency mishandled public-records requests for years, according to a report from \
        Inspector General Dana Whitlow released Thursday.

        Officials concurred with the findings.

        The inquiry found that staff had never searched the director's email.
        """);
    assertThat(speakerSaying(x, "never searched").name()).isEqualTo("Dana Whitlow");
  }

  /**
   * "Harlow Valley" after "Harlow Valley Power Company" is the company: its name without its two
   * business words, not a person with the given name "Harlow".
   */
  @ParameterizedTest
  @ValueSource(strings = {"model", "rules"})
  void aBodyNamedWithoutItsTwoBusinessWordsIsThatBody(String extractor) {
    Extraction x = extractWith(extractor, """
        Storm cuts power

        Harlow Valley Power Company said crews were working through the night.

        Harlow Valley said power would return to most homes by noon.
        """);
    assertThat(speakerSaying(x, "return to most homes").name())
        .isEqualTo("Harlow Valley Power Company");
  }

  /**
   * "a complaint from city council candidate Noor Haddad, who said": the candidate named after
   * the post, not the body that names the post.
   */
  @ParameterizedTest
  @ValueSource(strings = {"model", "rules"})
  void aComplaintFromACandidateNamedAfterThePostIsTheCandidates(String extractor) {
    Extraction x = extractWith(extractor, """
        Late ballots counted

        In Greer County, the ruling drew a complaint from city Council candidate Noor Haddad, \
        who said in a post that the judge had "moved the goalposts."
        """);
    assertThat(speakerSaying(x, "moved the goalposts").name()).isEqualTo("Noor Haddad");
  }
}
