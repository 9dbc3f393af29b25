package org.quotekit;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * A source the copy keeps unnamed ("a nurse who asked not to be named said ..."), under both
 * bundled extractors: the formula reports no speech, the words after "said" are the quote, the
 * one described is its speaker, and "he" or "she" after it is that one, not a place named in the
 * description. Texts written for this test.
 */
class AnonymousSourceTest {
  private static final String TEXT = """
      Dockers stay out.

      A nurse who asked not to be named said staff were tired. A driver who declined to give \
      his name said the road was closed.

      A ferry operator in Kilmore who did not want to be identified said passengers had stopped \
      booking. "Every week we lose money," he said.
      """;

  @ParameterizedTest
  @ValueSource(strings = {"rules", "model"})
  void theFormulaIsNoQuoteAndItsSourceSpeaksTheWordsAfterIt(String extractor) {
    Extraction x = QuoteExtractor.builder().extractors(extractor).build().extract(TEXT);
    assertThat(x.quotes()).extracting(q -> q.cue().map(c -> c.span().text()).orElse(""))
        .containsOnly("said");
    assertThat(x.quotes()).extracting(q -> q.content().text()).containsExactly(
        "staff were tired", "the road was closed", "passengers had stopped booking",
        "Every week we lose money,");
    List<String> speakers = x.quotes().stream()
        .map(q -> x.speakerOf(q).map(Speaker::name).orElse("")).toList();
    assertThat(speakers).containsExactly("A nurse", "A driver", "A ferry operator in Kilmore",
        "A ferry operator in Kilmore");
  }

  /**
   * Wire copy sets a quotation in a paragraph of its own, and a quotation may run over two
   * sentences before its cue: "she" is still the unnamed source quoted just before, not the
   * councillor named earlier.
   */
  @ParameterizedTest
  @ValueSource(strings = {"rules", "model"})
  void aPronounInTheNextParagraphOrAfterALongQuotationIsTheUnnamedSource(String extractor) {
    String text = """
        Flats evacuated

        Councillor Fiona Marsh said she had visited the block on Monday.

        A tenant on the fourth floor, who asked not to be named, said the lifts had failed twice.

        "We carried my mother down the stairs. Nobody from the council came," she said.

        A caretaker, who did not want to be named, said the alarms had been switched off.

        "I told them in March. They did not listen," she said.
        """;
    assertThat(speakersOfQuotesOpening(extractor, text, "We carried", "I told"))
        .containsExactly("A tenant on the fourth floor", "A caretaker");
  }

  /**
   * A place named in an apposition that describes an unnamed source before its cue ("A patient
   * in the trial, a retired bus driver from Leeds ..., said") is part of the description: "he"
   * after it is the patient, not the place.
   */
  @ParameterizedTest
  @ValueSource(strings = {"rules", "model"})
  void aPlaceInTheAppositionOfAnUnnamedSourceTakesNoPronoun(String extractor) {
    String text = """
        Trial results

        Prof Jane Ott said the results were strong.

        A patient in the trial, a retired bus driver from Thornbury who asked not to be named, \
        said he had not been admitted to hospital. 'Before that I was in every winter,' he said.
        """;
    assertThat(speakersOfQuotesOpening(extractor, text, "Before that"))
        .containsExactly("A patient in the trial");
  }

  /**
   * One kept unnamed who opens the sentence before a quotation without speaking in it ("was
   * less patient") is who "she" stands for, not the person quoted before.
   */
  @ParameterizedTest
  @ValueSource(strings = {"rules", "model"})
  void aPronounAfterAnUnnamedSubjectWhoDidNotSpeakIsThatSubject(String extractor) {
    String text = """
        Fish prices climb

        Trader Mary Quinn said prices at the harbour market had risen for a third month.

        At the market, a fishmonger who asked not to be named was less patient. "Every week \
        the price goes up. Nobody explains it," she said.
        """;
    assertThat(speakersOfQuotesOpening(extractor, text, "Every week"))
        .containsExactly("a fishmonger");
  }

  /**
   * A description read as the source of the quotation before ("a host on the radio", which
   * describes the person named in the same sentence) takes no pronoun from that person.
   */
  @ParameterizedTest
  @ValueSource(strings = {"rules", "model"})
  void aPronounSkipsAnUnnamedSourceWhoseSentenceNamesAPerson(String extractor) {
    String text = """
        Novak not ruling out run

        Asked about a run for governor, Novak demurred.

        "It is too early to tell," said Dan Novak, who is also a host on the radio show \
        "Morning Desk." "I mean, it depends on what happens with the economy."

        "There are so many variables that I cannot answer," he said.
        """;
    assertThat(speakersOfQuotesOpening(extractor, text, "There are"))
        .containsExactly("Dan Novak");
  }

  /**
   * "A spokeswoman for the company said ..." after others were named keeps its source unnamed:
   * it is not the person named next as a subject, who has a description of their own.
   */
  @ParameterizedTest
  @ValueSource(strings = {"rules", "model"})
  void anUnnamedSourceAfterNamedOnesIsNotThePersonNamedNext(String extractor) {
    String text = """
        Scam warning

        Parcelink said it never sends texts.

        A spokeswoman for the company said it had reported 300 fake websites.

        Orla Kerrigan, of the Consumers' Forum, said younger people were falling for the scam.
        """;
    assertThat(speakersOfQuotesOpening(extractor, text, "it had reported"))
        .containsExactly("A spokeswoman for the company");
  }

  /**
   * A definite description ("the insider") or a singular "they" right after an unnamed source
   * is quoted continues that source, not a name inside its description or none at all.
   */
  @ParameterizedTest
  @ValueSource(strings = {"rules", "model"})
  void theInsiderOrTheyAfterAnUnnamedSourceIsThatSource(String extractor) {
    String text = """
        Reality star splits

        Chloe Madigan and Jordan Pryce have split after two years.

        A source close to Chloe told The Beacon the couple had been rowing for months over \
        Jordan's nights out.

        "She gave him chance after chance. She held it all together," the insider said.

        Another pal claimed he had already moved out. "He's back at his mum's in Romford," \
        they said.
        """;
    assertThat(speakersOfQuotesOpening(extractor, text, "She gave", "He's back"))
        .containsExactly("A source close to Chloe", "Another pal");
  }

  /** The speakers' names of the quotes whose content opens with one of {@code openings}. */
  private static List<String> speakersOfQuotesOpening(String extractor, String text,
      String... openings) {
    Extraction x = QuoteExtractor.builder().extractors(extractor).build().extract(text);
    return x.quotes().stream()
        .filter(q -> Arrays.stream(openings).anyMatch(o -> q.content().text().startsWith(o)))
        .map(q -> x.speakerOf(q).map(Speaker::name).orElse("")).toList();
  }
}
