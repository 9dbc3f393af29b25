package org.quotekit.resolve;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quotekit.resolve.DefaultSpeakerResolverTest.extractWith;
import static org.quotekit.resolve.DefaultSpeakerResolverTest.speakerSaying;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.quotekit.Extraction;
import org.quotekit.Span;
import org.quotekit.Speaker;

/**
 * A "he" or "she" that no one named before agrees with stands for the unnamed person the sentence
 * before is about, its subject, not for a new speaker called "he"; a quotation after a colon is
 * the subject's of the clause the colon ends: under both bundled extractors.
 */
class SubjectBeforeSpeechTest {

  @ParameterizedTest
  @ValueSource(strings = {"model", "rules"})
  void aPronounAfterAnUnnamedSubjectIsThatPerson(String extractor) {
    Extraction x = extractWith(extractor, """
        The director of education met the union on Friday.

        He said the figures were out of date.
        """);
    Speaker s = speakerSaying(x, "the figures were out of date");
    assertThat(s.name()).isEqualTo("director of education");
    assertThat(s.mentions()).extracting(Span::text)
        .contains("The director of education", "He");
  }

  @ParameterizedTest
  @ValueSource(strings = {"model", "rules"})
  void aQuotationBeforeThePronounKeepsTheSubject(String extractor) {
    Extraction x = extractWith(extractor, """
        The town's new librarian has moved the children's books upstairs. "They get more \
        light there," she said.
        """);
    assertThat(speakerSaying(x, "They get more light there").name())
        .isEqualTo("town's new librarian");
  }

  @ParameterizedTest
  @ValueSource(strings = {"model", "rules"})
  void aNamedPersonStillComesFirst(String extractor) {
    Extraction x = extractWith(extractor, """
        Mayor Ruth Okafor opened the new bridge on Friday. The city engineer stood beside her.

        She said the bridge had cost less than planned.
        """);
    assertThat(speakerSaying(x, "the bridge had cost less").name()).isEqualTo("Ruth Okafor");
  }

  @ParameterizedTest
  @ValueSource(strings = {"model", "rules"})
  void aSubjectThatIsNoPersonStandsForNoOne(String extractor) {
    Extraction x = extractWith(extractor, """
        The old bridge closed on Friday.

        She said it would reopen in May.
        """);
    assertThat(speakerSaying(x, "it would reopen in May").name()).isEqualToIgnoringCase("she");
  }

  /**
   * A quotation after a colon that ends a clause about a person named as its subject is that
   * person's ("His manager, Sean Keogh, was more cautious: ..."), not the speaker before.
   */
  @ParameterizedTest
  @ValueSource(strings = {"model", "rules"})
  void aQuotationAfterAColonIsTheSubjectsOfThatClause(String extractor) {
    Extraction x = extractWith(extractor, """
        "We will win the cup this year," said club captain Liam Doherty. His manager, Sean \
        Keogh, was more cautious: "It is a long season."
        """);
    assertThat(speakerSaying(x, "We will win the cup").name()).isEqualTo("Liam Doherty");
    assertThat(speakerSaying(x, "It is a long season").name()).isEqualTo("Sean Keogh");
  }
}
