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
 * Posts written before a name ("Executive Editor X", "Pollster X"), a surname that is a town's
 * name ("Brody Lancaster"), a town with its region inside a description ("a retiree in
 * Sarasota, Fla."), a reflexive after a name and "for a" inside a body's name, under both
 * bundled extractors: the name is the person's or the body's, and the post, the place and the
 * reflexive are no part of it and speak for no one.
 */
class PostsBeforeNamesAndTownsTest {
  /** "Lakefront Herald Executive Editor Martin Sobel": two post words before the name. */
  @ParameterizedTest
  @ValueSource(strings = {"model", "rules"})
  void twoPostWordsBeforeANameAreNoPartOfIt(String extractor) {
    Extraction x = extractWith(extractor, """
        Paper moves presses

        "The move was late, but it was right," said Lakefront Herald Executive Editor Martin \
        Sobel. Sobel added that no jobs would be lost.
        """);
    Speaker s = speakerSaying(x, "The move was late");
    assertThat(s.name()).isEqualTo("Martin Sobel");
    assertThat(speakerSaying(x, "no jobs would be lost")).isSameAs(s);
  }

  /**
   * "said Pollster Amundsen" where the text names "Philip Amundsen": the post in capitals is no
   * given name; after a post in small letters a capitalised post noun may be one ("captain Dean
   * Whitlock" is not the Whitlock named before).
   */
  @ParameterizedTest
  @ValueSource(strings = {"model", "rules"})
  void aPostInCapitalsBeforeAKnownSurnameIsThatPerson(String extractor) {
    Extraction x = extractWith(extractor, """
        Poll shows tight race

        Philip Amundsen directs the Keystone Center for Public Opinion. "Groceries and gas beat \
        everything," said Pollster Amundsen.

        Manager Sarah Whitlock praised the squad. "They never stopped singing," said club \
        captain Dean Whitlock.
        """);
    assertThat(speakerSaying(x, "Groceries and gas").name()).isEqualTo("Philip Amundsen");
    assertThat(speakerSaying(x, "They never stopped singing").name()).isEqualTo("Dean Whitlock");
  }

  /** "campaign spokesman Brody Lancaster": a town's name after a given name is a surname. */
  @ParameterizedTest
  @ValueSource(strings = {"model", "rules"})
  void aTownsNameAfterAGivenNameIsASurname(String extractor) {
    Extraction x = extractWith(extractor, """
        Campaign denies report

        In a statement, campaign spokesman Brody Lancaster called the story "a hit piece." \
        Lancaster did not respond to questions. "We follow the law," Lancaster said later.
        """);
    Speaker s = speakerSaying(x, "We follow the law");
    assertThat(s.name()).isEqualTo("Brody Lancaster");
    assertThat(s.kind()).isEqualTo(SpeakerKind.PERSON);
  }

  /** "A retiree in Sarasota, Fla., who ...": neither the town nor its region spoke. */
  @ParameterizedTest
  @ValueSource(strings = {"model", "rules"})
  void aTownAndItsRegionInADescriptionSpeakForNoOne(String extractor) {
    Extraction x = extractWith(extractor, """
        Donors misled

        The campaign sent emails marked past due. A 74-year-old retiree in Sarasota, Fla., who \
        asked that her name not be used, said she gave $50. "I thought I owed them money," she \
        said.
        """);
    Speaker s = speakerSaying(x, "I thought I owed them money");
    assertThat(s.name()).contains("retiree").isNotEqualTo("Fla").isNotEqualTo("Sarasota");
    assertThat(speakerSaying(x, "she gave $50")).isSameAs(s);
  }

  /**
   * A reflexive that stresses a name or a description is no part of it ("Morrow herself said",
   * "The mogul himself said"), and "for a" may join an organisation's name ("the Committee for a
   * Balanced Budget").
   */
  @ParameterizedTest
  @ValueSource(strings = {"model", "rules"})
  void aReflexiveAfterANameAndForAInsideAnOrganisationsName(String extractor) {
    Extraction x = extractWith(extractor, """
        Campaign trail

        Elaine Morrow toured three counties on Monday. Her aide Sara Quint said the crowds had \
        grown. "We will win this," Morrow herself said later.

        The plan would cost $2 trillion, according to an analysis by the Committee for a \
        Balanced Budget.
        """);
    assertThat(speakerSaying(x, "We will win this").name()).isEqualTo("Elaine Morrow");
    assertThat(speakerSaying(x, "would cost $2 trillion").name())
        .isEqualTo("Committee for a Balanced Budget");
  }
}
