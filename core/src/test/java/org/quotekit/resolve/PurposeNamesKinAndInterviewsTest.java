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
 * Speakers named for what they are for ("Doctors Without Borders", "Society for the Prevention
 * of Cruelty to Animals"), names after where a company is based and after an advocate's title,
 * under both bundled extractors.
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
}
