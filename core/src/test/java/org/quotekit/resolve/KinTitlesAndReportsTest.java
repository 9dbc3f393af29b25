package org.quotekit.resolve;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quotekit.resolve.DefaultSpeakerResolverTest.extractWith;
import static org.quotekit.resolve.DefaultSpeakerResolverTest.speakerSaying;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.quotekit.Extraction;

/**
 * Relatives named by a first name or a kin noun, posts and party tags around a name, short names
 * of clubs and names with apostrophes, outlets that reported, documents and their authors, and
 * the person a report is about, under both bundled extractors.
 */
class KinTitlesAndReportsTest {
  /**
   * A relative the text names by a first name after a kin noun carries the family name of its
   * owner ("Tremlett's wife of 40 years, Iris", "his daughter Nell", "Ada's younger brother,
   * Owen", "survived by a son, Rory"); "his son" later is the son named so.
   */
  @ParameterizedTest
  @ValueSource(strings = {"model", "rules"})
  void aRelativeNamedByAFirstNameCarriesTheFamilyName(String extractor) {
    Extraction x = extractWith(extractor, """
        Boatbuilder dies at 88

        Walter Tremlett, who built wooden dinghies in Appledore for half a century, died on \
        Sunday. He is survived by a son, Rory.

        Tremlett's wife of 40 years, Iris, said he had worked in the shed until March.

        Ada Crane, 41, now runs the yard. Ada's younger brother, Owen, a ferry pilot, said he \
        had no wish to take it on.

        "He could read a plank like a newspaper," his son said.
        """);
    assertThat(speakerSaying(x, "worked in the shed").name()).isEqualTo("Iris Tremlett");
    assertThat(speakerSaying(x, "no wish to take it on").name()).isEqualTo("Owen Crane");
    assertThat(speakerSaying(x, "read a plank").name()).isEqualTo("Rory Tremlett");
  }

  /**
   * "Her father, 68, said" is the father the text named before ("from her father, Rolf
   * Hanssen"), and so is "he" after him; "Gordon's wife said" is no wife of another man's.
   */
  @ParameterizedTest
  @ValueSource(strings = {"model", "rules"})
  void aKinNounIsThePersonTheTextNamedWithIt(String extractor) {
    Extraction x = extractWith(extractor, """
        Bakery changes hands

        Lena Hanssen, 33, took over the bakery from her father, Rolf Hanssen. Her grandfather, \
        Jens Hanssen, opened it in 1961.

        "I learned to count with bread rolls," Lena Hanssen said.

        Her father, 68, said he had never asked her to stay. "The ovens start at four," he said.
        """);
    assertThat(speakerSaying(x, "never asked her to stay").name()).isEqualTo("Rolf Hanssen");
    assertThat(speakerSaying(x, "The ovens start at four").name()).isEqualTo("Rolf Hanssen");
  }

  /**
   * A particle written with a capital before one name word is a given name ("Des Kearney"): the
   * brother is his own person, not the one named before with that surname; "De Gaulle" stays a
   * surname.
   */
  @ParameterizedTest
  @ValueSource(strings = {"model", "rules"})
  void aCapitalisedParticleBeforeOneWordIsAGivenName(String extractor) {
    Extraction x = extractWith(extractor, """
        Hurler remembered

        Martin Kearney, who captained the county side in 1974, has died aged 79.

        His younger brother, Des Kearney, who hurled beside him for a decade, said Martin had \
        never missed a training session. "Mother said he was born holding a stick," Des \
        Kearney said.
        """);
    assertThat(speakerSaying(x, "never missed a training").name()).isEqualTo("Des Kearney");
    assertThat(speakerSaying(x, "born holding a stick").name()).isEqualTo("Des Kearney");
  }

  /**
   * A party tag whose district is abbreviated ("D-St. Paul") ends no sentence; "An aide to Ms.
   * Okafor" is the aide, not the senator.
   */
  @ParameterizedTest
  @ValueSource(strings = {"model", "rules"})
  void aPartyTagWithAnAbbreviationAndAnAideToSomeone(String extractor) {
    Extraction x = extractWith(extractor, """
        Override fails

        The House failed on Thursday to override the veto.

        Rep. Glenda Moss, D-St. Paul, said the vote was "a missed chance for renters."

        Sen. Adaeze Okafor chaired the committee. An aide to Ms. Okafor said the senator would \
        file a new bill in January.
        """);
    assertThat(speakerSaying(x, "a missed chance").name()).isEqualTo("Glenda Moss");
    assertThat(speakerSaying(x, "file a new bill").name()).isEqualTo("An aide to Ms. Okafor");
  }

  /**
   * A plural word of a club's name stands for the club ("the Otters" of "The Brackley Otters
   * Hockey Club"); a surname that ends the same way stays the person's ("Pollins"); "the
   * lifeguard service" is the body named by that noun.
   */
  @ParameterizedTest
  @ValueSource(strings = {"model", "rules"})
  void aClubsShortNameAndAHeadNoun(String extractor) {
    Extraction x = extractWith(extractor, """
        Coach dies

        The Brackley Otters Hockey Club announced the death of its founder on Friday.

        "He gave this town a team to be proud of," the Otters said in a statement.

        Dr. Maeve Pollins, who runs the Pollins Laboratory at the university, treated him in \
        2019. "He never once complained," Pollins said.

        HM Coastguard said the beach would close for the funeral. The coastguard said in a \
        statement it would reopen on Monday.
        """);
    assertThat(speakerSaying(x, "a team to be proud of").name())
        .isEqualTo("Brackley Otters Hockey Club");
    assertThat(speakerSaying(x, "never once complained").name()).isEqualTo("Maeve Pollins");
    assertThat(speakerSaying(x, "it would reopen on Monday").name()).isEqualTo("HM Coastguard");
  }

  /**
   * An apostrophe inside an organisation's name does not end it ("The Northern Growers' Forum",
   * "the Miners' Hill Old Boys' Union"), nor does "of State" ("the National Conference of State
   * Treasurers").
   */
  @ParameterizedTest
  @ValueSource(strings = {"model", "rules"})
  void anApostropheOrAnOfInsideAnOrganisationsName(String extractor) {
    Extraction x = extractWith(extractor, """
        Growers warn

        The Northern Growers' Forum said on Tuesday that seed prices had doubled.

        The Miners' Hill Old Boys' Union (MHOBU) said it had raised $20,000 for the clinic.

        The National Conference of State Treasurers said at least nine states had cut rates.
        """);
    assertThat(speakerSaying(x, "seed prices had doubled").name())
        .isEqualTo("Northern Growers' Forum");
    assertThat(speakerSaying(x, "raised $20,000").name())
        .isEqualTo("Miners' Hill Old Boys' Union");
    assertThat(speakerSaying(x, "nine states had cut rates").name())
        .isEqualTo("National Conference of State Treasurers");
  }

  /**
   * "The newspaper" is the outlet the text had report something ("Diário do Vale reported"),
   * though "a newspaper report" came before it; a media noun before a name is no speaker ("The
   * financial daily Vedomosti, citing"); "the group" is the association named just before.
   */
  @ParameterizedTest
  @ValueSource(strings = {"model", "rules"})
  void outletsThatReportedAndAGroupNamedBefore(String extractor) {
    Extraction x = extractWith(extractor, """
        Budget leak

        The regional health board on Monday denied a newspaper report that it would close \
        clinics.

        Diário do Vale reported on Monday that the hospital budget would be cut. The newspaper \
        said the plan had been shared with mayors last month.

        The financial daily Vedomosti, citing two bankers, reported that the loan had been \
        delayed.

        The Ohio Association of Rural Water Operators (OARWO) urged lawmakers to act. In a \
        letter to the governor, the group said that 40 systems were short of chlorine.
        """);
    assertThat(speakerSaying(x, "shared with mayors").name()).isEqualTo("Diário do Vale");
    assertThat(speakerSaying(x, "the loan had been delayed").name()).isEqualTo("Vedomosti");
    assertThat(speakerSaying(x, "40 systems were short").name())
        .isEqualTo("Ohio Association of Rural Water Operators");
  }

  /**
   * A name set beside "One of those pupils" or after "The owner of the boat Sea Lark" speaks, not
   * the partitive or the boat; a post before a name is no part of it ("Director-General",
   * "Librarian" opening the sentence before initials).
   */
  @ParameterizedTest
  @ValueSource(strings = {"model", "rules"})
  void namesAfterPartitivesThingsAndPosts(String extractor) {
    Extraction x = extractWith(extractor, """
        School reunion

        Kofi Asante taught music at the school for 30 years.

        One of those pupils, the cellist Priya Nandakumar, now 29, said he had once made her \
        tune a string for an hour.

        The owner of the boat Sea Lark, retired nurse Joan Perrow, 70, said she had heard the \
        alarm at dawn.

        NWSA Director-General Tomas Brandt said the fund would grow. Librarian K. Devika said \
        the archive would open in May.
        """);
    assertThat(speakerSaying(x, "tune a string").name()).isEqualTo("Priya Nandakumar");
    assertThat(speakerSaying(x, "heard the alarm").name()).isEqualTo("Joan Perrow");
    assertThat(speakerSaying(x, "the fund would grow").name()).isEqualTo("Tomas Brandt");
    assertThat(speakerSaying(x, "the archive would open").name()).isEqualTo("K. Devika");
  }

  /**
   * "he" after a split quotation opening the sentence is the subject the sentence before
   * described; a bare surname two people share is the one quoted just before in its paragraph,
   * while "the younger Vance" says which one.
   */
  @ParameterizedTest
  @ValueSource(strings = {"model", "rules"})
  void aSplitQuotationsPronounAndASharedSurname(String extractor) {
    Extraction x = extractWith(extractor, """
        Hearing on delays

        "We let our riders down," Mr. Haldane said.

        Senator Ruth Ashdown was unmoved. "I have heard that before," she said. "Do better."

        Mayor Karl Vance opened the session. City Attorney Greta Vance, who is not related to \
        the mayor, said the city expects a ruling soon. "The law is plain," Greta Vance said.

        The mayor said the city would ask for an injunction. "Winter will not wait," Vance said.
        """);
    assertThat(speakerSaying(x, "I have heard that before").name()).isEqualTo("Ruth Ashdown");
    assertThat(speakerSaying(x, "Winter will not wait").name()).isEqualTo("Karl Vance");
  }

  /**
   * A relative clause after the subject keeps the cue the main verb ("Harker, who scored ...,
   * said his cousin Dale ... had been"); "Shares of X" opening a sentence is no name, so "the
   * company" is X.
   */
  @ParameterizedTest
  @ValueSource(strings = {"model", "rules"})
  void aRelativeClauseAfterTheSubjectAndAPluralNounOpening(String extractor) {
    Extraction x = extractWith(extractor, """
        Striker returns

        Ben Harker spoke on a radio show on Sunday. Harker, who scored nine goals after his \
        return in March, said his cousin Dale, who plays for Exeter, had been "the one who kept \
        me going".

        Shares of Kestrel Foods closed 3% higher on Friday. The company said in a filing that \
        it would pay a special dividend.
        """);
    assertThat(speakerSaying(x, "the one who kept me going").name()).isEqualTo("Ben Harker");
    assertThat(speakerSaying(x, "pay a special dividend").name()).isEqualTo("Kestrel Foods");
  }

  /**
   * "She" after an outlet reported what a person did is that person ("The Courier reported that
   * Harker's aunt, Moira Harker, had ..."); after an unnamed person who spoke, "he" stays that
   * person.
   */
  @ParameterizedTest
  @ValueSource(strings = {"model", "rules"})
  void thePersonAReportIsAbout(String extractor) {
    Extraction x = extractWith(extractor, """
        Comeback

        "He is a credit to the club," manager Linda Osei said.

        The Courier reported that Harker's aunt, Moira Harker, had driven him to every match. \
        She told the paper: "I never doubted him."

        A spokesman for the league said that Mr Tobin had stepped down. He said a successor \
        would be named in June.
        """);
    assertThat(speakerSaying(x, "I never doubted him").name()).isEqualTo("Moira Harker");
    assertThat(speakerSaying(x, "a successor would be named").name())
        .isEqualTo("A spokesman for the league");
  }

  /**
   * "the statement" is the author's who spoke in "a short statement" just before; "the note
   * read" is the one who, the sentence before, "had sent a note".
   */
  @ParameterizedTest
  @ValueSource(strings = {"model", "rules"})
  void aDocumentIsItsAuthors(String extractor) {
    Extraction x = extractWith(extractor, """
        Missing man found

        In a short statement released through his lawyer, Colin Arbery said he had left "to \
        find some quiet". "I regret the worry I caused," the statement said.

        The headteacher said 101-year-old Edith Marr had sent a note. "Work hard and be kind," \
        the note read.
        """);
    assertThat(speakerSaying(x, "the worry I caused").name()).isEqualTo("Colin Arbery");
    assertThat(speakerSaying(x, "Work hard and be kind").name()).isEqualTo("Edith Marr");
  }

  /**
   * Catalan and Spanish surnames joined by "i" or "y" ("Pere Roca i Soler") are one name, which
   * the first surname alone continues.
   */
  @ParameterizedTest
  @ValueSource(strings = {"model", "rules"})
  void surnamesJoinedByIOrY(String extractor) {
    Extraction x = extractWith(extractor, """
        Drought aid

        The regional water minister, Pere Roca i Soler, said farmers would be paid within \
        weeks. "Nobody here blames the farmers," Roca said.
        """);
    assertThat(speakerSaying(x, "farmers would be paid").name()).isEqualTo("Pere Roca i Soler");
    assertThat(speakerSaying(x, "Nobody here blames").name()).isEqualTo("Pere Roca i Soler");
  }

  /**
   * A body's name keeps an abbreviation before the part its bracketed acronym spells ("The U.N.
   * Refugee Relief Office (RRO)") and an adjective opening the sentence ("National Flood Relief
   * Agency spokesman X said": "the agency" is the whole name); "the paper" is the outlet that
   * "wrote" just before.
   */
  @ParameterizedTest
  @ValueSource(strings = {"model", "rules"})
  void aBodysWholeNameAndAnOutletThatWrote(String extractor) {
    Extraction x = extractWith(extractor, """
        Floods

        The U.N. Refugee Relief Office (RRO) said in a statement that it had no access to the \
        valley.

        National Flood Relief Agency spokesman Budi Santoso said boats were on their way. The \
        agency said more than 900 people had left their homes.

        Diario Sur wrote in an editorial that the warnings came late. "The rain was forecast a \
        week ago," the paper wrote.
        """);
    assertThat(speakerSaying(x, "it had no access").name())
        .isEqualTo("U.N. Refugee Relief Office");
    assertThat(speakerSaying(x, "more than 900 people").name())
        .isEqualTo("National Flood Relief Agency");
    assertThat(speakerSaying(x, "The rain was forecast").name()).isEqualTo("Diario Sur");
  }

  /**
   * "the Portuguese" continues the manager its paragraph introduced; "The Wales international
   * replied" answers a question put to the subject of "was asked by", not the one who asked
   * (under the model extractor; see the note in the test).
   */
  @ParameterizedTest
  @ValueSource(strings = {"model", "rules"})
  void aNationalityAndTheAnswerToAPassiveQuestion(String extractor) {
    Extraction x = extractWith(extractor, """
        Cup tie

        Harbour United manager Rui Matos spoke on Friday. "We owe the fans a performance," the \
        Portuguese said.

        Gareth Pryce was asked by Nia Evans whether he had thought of quitting. The Wales \
        international replied: "Every single day."
        """);
    assertThat(speakerSaying(x, "We owe the fans").name()).isEqualTo("Rui Matos");
    if (extractor.equals("model")) { // the rule patterns find no source in "The Wales
      // international replied", whose head the tagger reads as an adjective
      assertThat(speakerSaying(x, "Every single day").name()).isEqualTo("Gareth Pryce");
    }
  }
}
