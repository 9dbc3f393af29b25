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
 * Persons a source names together ("Grace Mwangi and Peter Otieno said") speak as one group,
 * named by their full names joined, under both bundled extractors.
 */
class JointSpeakersTest {

  /**
   * Two persons named together as the source are one speaker, a group named "A and B", whom a
   * "they" after goes on from; so are three, with commas, and the judges of a bench.
   */
  @ParameterizedTest
  @ValueSource(strings = {"model", "rules"})
  void personsNamedTogetherSpeakAsOneGroup(String extractor) {
    Extraction x = extractWith(extractor, """
        Owners fight closure order

        Bakery owners Grace Mwangi and Peter Otieno said the closure order was "unlawful and \\
        rushed".

        They said they would appeal on Monday.

        Councillors Ana Ruiz, Ben Cole and Chen Wei said the market would stay open.

        A Division Bench of Justices Leela Menon and Harish Varma said the order could not stand.
        """);
    Speaker owners = speakerSaying(x, "the closure order was");
    assertThat(owners.name()).isEqualTo("Grace Mwangi and Peter Otieno");
    assertThat(owners.kind()).isEqualTo(SpeakerKind.GROUP);
    assertThat(speakerSaying(x, "they would appeal").name())
        .isEqualTo("Grace Mwangi and Peter Otieno");
    assertThat(speakerSaying(x, "the market would stay open").name())
        .isEqualTo("Ana Ruiz, Ben Cole and Chen Wei");
    assertThat(speakerSaying(x, "the order could not stand").name())
        .isEqualTo("Leela Menon and Harish Varma");
  }

  /**
   * A source that speaks for persons it names ("A lawyer for Grace Mwangi and Peter Otieno") is
   * no group of them; nor is a post joined to another before one name ("Misty Vale President
   * and CEO Dana Ruiz"), though the scan read the first post as a name.
   */
  @ParameterizedTest
  @ValueSource(strings = {"model", "rules"})
  void aSourceForPersonsNamedTogetherIsNotThem(String extractor) {
    Extraction x = extractWith(extractor, """
        Closure hearing moved

        A lawyer for Grace Mwangi and Peter Otieno said the hearing had been moved.
        """);
    assertThat(speakerSaying(x, "the hearing had been moved").name()).startsWith("A lawyer");
    Extraction post = extractWith(extractor, """
        Utility raises rates

        Misty Vale President and CEO Dana Ruiz said the increase was unavoidable.
        """);
    assertThat(speakerSaying(post, "the increase was unavoidable").name()).isEqualTo("Dana Ruiz");
  }

  /**
   * The noun that opened persons named together ("A Division Bench of Justices ...", "The two
   * councillors, ...") stands for them as a group when "the" or "both" brings it back.
   */
  @ParameterizedTest
  @ValueSource(strings = {"model", "rules"})
  void theNounThatOpenedThemStandsForThemLater(String extractor) {
    Extraction x = extractWith(extractor, """
        Court orders drain safety plan

        A Division Bench of Justices Leela Menon and Harish Varma said the order could not stand.

        "No worker should enter a drain without gear," the Bench observed.

        The two councillors, Rosa Adeyemi and Tomas Brandt, said the plan came too late. "We \
        warned the city in March," the councillors said.
        """);
    assertThat(speakerSaying(x, "No worker should enter").name())
        .isEqualTo("Leela Menon and Harish Varma");
    assertThat(speakerSaying(x, "We warned the city").name())
        .isEqualTo("Rosa Adeyemi and Tomas Brandt");
  }

  /**
   * A relative pronoun after persons named together ("... Grace Mwangi and Peter Otieno, who
   * said") is a mention of their group, as it is of a lone speaker.
   */
  @ParameterizedTest
  @ValueSource(strings = {"model", "rules"})
  void aRelativePronounAfterThemIsTheirs(String extractor) {
    Extraction x = extractWith(extractor, """
        Owners fight closure order

        The order was opposed by Grace Mwangi and Peter Otieno, who said it was rushed.
        """);
    Speaker owners = speakerSaying(x, "it was rushed");
    assertThat(owners.name()).isEqualTo("Grace Mwangi and Peter Otieno");
    assertThat(owners.provenance()).anySatisfy(m -> {
      assertThat(m.rule()).isEqualTo("relative-pronoun");
      assertThat(m.span().text()).isEqualTo("who");
    });
  }
}
