package org.quotekit;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * A source the copy keeps unnamed ("a teacher who asked not to be named said ..."), under both
 * bundled extractors: the formula reports no speech, the words after "said" are the quote, the
 * one described is its speaker, and "he" or "she" after it is that one, not a place named in the
 * description. Texts written for this test.
 */
class AnonymousSourceTest {
  private static final String TEXT = """
      Valley roads shut.

      A teacher who asked not to be named said pupils were anxious. A farmer who declined to \
      give his name said the lane was flooded.

      A quarry operator in Carrowkeel who did not want to be identified said lorries had stopped \
      coming. "Each month we fall further behind," he said.
      """;

  @ParameterizedTest
  @ValueSource(strings = {"rules", "model"})
  void theFormulaIsNoQuoteAndItsSourceSpeaksTheWordsAfterIt(String extractor) {
    Extraction x = QuoteExtractor.builder().extractors(extractor).build().extract(TEXT);
    assertThat(x.quotes()).extracting(q -> q.cue().map(c -> c.span().text()).orElse(""))
        .containsOnly("said");
    assertThat(x.quotes()).extracting(q -> q.content().text()).containsExactly(
        "pupils were anxious", "the lane was flooded", "lorries had stopped coming",
        "Each month we fall further behind,");
    List<String> speakers = x.quotes().stream()
        .map(q -> x.speakerOf(q).map(Speaker::name).orElse("")).toList();
    assertThat(speakers).containsExactly("A teacher", "A farmer",
        "A quarry operator in Carrowkeel", "A quarry operator in Carrowkeel");
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
        Bridge closed

        Councillor Helen Stroud said she had walked the crossing on Friday.

        A shopkeeper on the north side, who asked not to be named, said trade had halved since June.

        "We opened on Saturday for two customers. Nobody from the county rang," she said.

        A crossing warden, who did not want to be quoted, said the cracks were reported in spring.

        "I wrote to them twice. They never replied," she said.
        """;
    assertThat(speakersOfQuotesOpening(extractor, text, "We opened", "I wrote"))
        .containsExactly("A shopkeeper on the north side", "A crossing warden");
  }

  /**
   * A place named in an apposition that describes an unnamed source before its cue ("A
   * volunteer in the study, a retired postman from Ashcombe ..., said") is part of the
   * description: "he" after it is the volunteer, not the place, named with that description.
   */
  @ParameterizedTest
  @ValueSource(strings = {"rules", "model"})
  void aPlaceInTheAppositionOfAnUnnamedSourceTakesNoPronoun(String extractor) {
    String text = """
        Vaccine study

        Dr Ruth Abara said the early figures were encouraging.

        A volunteer in the study, a retired postman from Ashcombe who asked not to be named, \
        said his chest had stayed clear all winter. 'Most years I was in bed by November,' he said.
        """;
    assertThat(speakersOfQuotesOpening(extractor, text, "Most years"))
        .containsExactly("A volunteer in the study, a retired postman from Ashcombe");
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
        Ticket fraud

        Railfare said it never asks for bank details by phone.

        A spokeswoman for the company said 120 cloned booking pages had been flagged.

        Nora Doherty, of the Passengers' Council, said older travellers were most at risk.
        """;
    assertThat(speakersOfQuotesOpening(extractor, text, "120 cloned"))
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
        Soap couple part

        Megan Orr and Jamie Calder have separated after three years.

        A source close to Megan told The Courier the pair had been arguing for weeks about \
        Jamie's poker nights.

        "She forgave him again and again. She kept the family going," the insider said.

        Another pal claimed he had already packed his bags. "He's sleeping on his brother's \
        sofa in Luton," they said.
        """;
    assertThat(speakersOfQuotesOpening(extractor, text, "She forgave", "He's sleeping"))
        .containsExactly("A source close to Megan", "Another pal");
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
