package org.quotekit.resolve;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quotekit.resolve.DefaultSpeakerResolverTest.extractWith;
import static org.quotekit.resolve.DefaultSpeakerResolverTest.speakerSaying;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.quotekit.Extraction;
import org.quotekit.SpeakerKind;

/**
 * Documents whose issuer a participle and "by" name after them or an organisation noun before
 * their head, posts given by "named X as",
 * and a post's field in small letters between the post and the name, under both bundled
 * extractors.
 */
class IssuersAppointmentsAndFieldsTest {
  /** "The petition, started by the Black Student Alliance (BSA), says": the alliance speaks. */
  @ParameterizedTest
  @ValueSource(strings = {"model", "rules"})
  void aDocumentStartedByABodyIsTheBodys(String extractor) {
    Extraction x = extractWith(extractor, """
        Speaker row

        The petition, started by the Black Student Alliance (BSA), says the invited author has \
        mocked transgender students in his columns.
        """);
    assertThat(speakerSaying(x, "has mocked transgender students").name())
        .isEqualTo("Black Student Alliance");
  }

  /**
   * "The annual State of the Industry survey released by the Carton Institute": a title before
   * the document noun issues nothing; the body after "released by" does. A body named in the
   * document's own name keeps it ("a Hollis Watchdog report released by the governor's office"
   * is the watchdog's).
   */
  @ParameterizedTest
  @ValueSource(strings = {"model", "rules"})
  void aDocumentReleasedByABodyIsTheBodysPastItsTitle(String extractor) {
    Extraction x = extractWith(extractor, """
        Converters expect flat year

        Nearly two-thirds of carton converters expect flat volumes next year, according to the \
        annual State of the Industry survey released by the Carton Institute.

        Road repairs ran late in every county, according to a Hollis Watchdog report released \
        by the governor's office.
        """);
    assertThat(speakerSaying(x, "expect flat volumes").name()).isEqualTo("Carton Institute");
    assertThat(speakerSaying(x, "Road repairs ran late").name()).isEqualTo("Hollis Watchdog");
  }

  /**
   * "According to a union survey": the union the text named before issued it; with no body of
   * that kind named before, "commission figures" stay a document.
   */
  @ParameterizedTest
  @ValueSource(strings = {"model", "rules"})
  void aDocumentOfABodyNounIsTheBodyNamedBefore(String extractor) {
    Extraction x = extractWith(extractor, """
        Tuition rise

        The University of Eastbrook Students' Union said it would organize a walkout on \
        Nov. 14.

        According to a union survey released last month, 38 per cent of undergraduates \
        reported cutting back on food.

        Turnout was 18 percent, according to commission figures.
        """);
    assertThat(speakerSaying(x, "cutting back on food").name())
        .isEqualTo("University of Eastbrook Students' Union");
    assertThat(speakerSaying(x, "Turnout was 18 percent").kind())
        .isEqualTo(SpeakerKind.DOCUMENT);
  }

  /**
   * "has named Kara Dueck as chief executive": "the new chief executive" is she, not the man
   * quoted last.
   */
  @ParameterizedTest
  @ValueSource(strings = {"model", "rules"})
  void aPostGivenByNamedAsIsThePersons(String extractor) {
    Extraction x = extractWith(extractor, """
        New chief at Dueck Agro

        Dueck Agro Supply has named Kara Dueck as chief executive, the family firm said on \
        Monday.

        "She has earned it," said her uncle, Wilf Dueck, who ran the firm for thirty years.

        The new chief executive said her first task would be to visit all 22 locations.
        """);
    assertThat(speakerSaying(x, "visit all 22 locations").name()).isEqualTo("Kara Dueck");
  }

  /**
   * "MSS vice-president of student life Amara Okeke": the post's field in small letters, with a
   * role noun among its words, stands between the post and her name; she speaks.
   */
  @ParameterizedTest
  @ValueSource(strings = {"model", "rules"})
  void aPostsFieldBeforeANameLeavesThePersonTheSpeaker(String extractor) {
    Extraction x = extractWith(extractor, """
        Counselling waits grow

        "Students are reaching out. Nobody is picking up," said MSS vice-president of student \
        life Amara Okeke.

        Okeke said the society would bring a motion to the senate.
        """);
    assertThat(speakerSaying(x, "Nobody is picking up").name()).isEqualTo("Amara Okeke");
    assertThat(speakerSaying(x, "Nobody is picking up"))
        .isSameAs(speakerSaying(x, "bring a motion"));
  }
}
