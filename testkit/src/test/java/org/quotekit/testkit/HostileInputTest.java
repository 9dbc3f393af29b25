package org.quotekit.testkit;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Supplier;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.quotekit.Article;
import org.quotekit.Extraction;
import org.quotekit.Quote;
import org.quotekit.QuoteExtractor;
import org.quotekit.Speaker;

/**
 * Inputs built to hurt, at full size, through {@link QuoteExtractor} with the defaults: huge runs
 * of quote marks, sentences without punctuation or white space, deep nesting (each
 * {@link HostileShape} at up to a megabyte). Each must give a valid extraction; none may hang or
 * crash. Inputs that once found a bug stay here for good. How their cost grows with size is
 * measured in {@code benchmarks}, not here (no timing in unit tests).
 */
class HostileInputTest {
  private static final QuoteExtractor EXTRACTOR = QuoteExtractor.builder().build();
  private static final int MB = 1 << 20;

  static Stream<Arguments> inputs() {
    return Stream.of(
        shape(HostileShape.QUOTE_MARKS, 100_000),
        shape(HostileShape.MIXED_QUOTE_MARKS, 100_000),
        shape(HostileShape.EVERY_QUOTE_MARK, 100_000),
        shape(HostileShape.NO_PUNCTUATION, MB),
        shape(HostileShape.NO_WHITESPACE, MB),
        shape(HostileShape.PUNCTUATION_ONLY, MB),
        shape(HostileShape.PARAGRAPHS_OPENING_QUOTES, 280_000),
        input("10,000 paragraphs each opening a quote",
            () -> "\"Lorem ipsum dolor sit amet, he said\n".repeat(10_000)),
        input("10,000 paragraphs each opening a curly quote that closes in the next",
            () -> "\u201CWe will, said Ann Lee\n".repeat(10_000)),
        shape(HostileShape.NESTED_PARENTHESES, 200_000),
        shape(HostileShape.NESTED_QUOTATIONS, 200_000),
        shape(HostileShape.SAID, MB),
        // Found a quadratic merge in Pipeline: tens of thousands of follow-on quotations.
        input("40,000 follow-on quotations after one cue",
            () -> "Ann Lee said: \"a b c d e\" " + "\"a b c d e\" ".repeat(40_000)),
        // Found a quadratic search in the rules' follow-on pass: many cues, many quotations.
        shape(HostileShape.FOLLOW_ONS, 100_000),
        shape(HostileShape.ATTRIBUTED_QUOTES, 480_000), // 20,000 quotations
        shape(HostileShape.CONTENT_BEFORE_CUE, 540_000), // 20,000 clauses
        shape(HostileShape.REPEATED_SPEAKERS, 100_000),
        // Found quadratic speaker resolution: thousands of persons with one surname.
        shape(HostileShape.SHARED_SURNAME, MB / 2),
        // Found speaker resolution quadratic in a paragraph's length and in transcript turns.
        shape(HostileShape.PRONOUN_QUOTES, MB / 4),
        shape(HostileShape.TRANSCRIPT_TURNS, MB / 4),
        // Found quadratic sentence splitting and tagging in runs of "a.".
        shape(HostileShape.FULL_STOP_RUNS, MB / 2),
        shape(HostileShape.PARENTHESES_THEN_CUE, MB / 2),
        shape(HostileShape.QUOTES_WITHOUT_SPACES, MB / 2),
        shape(HostileShape.NEWLINES, MB),
        shape(HostileShape.UNPAIRED_SURROGATES, MB),
        shape(HostileShape.ABBREVIATIONS, MB / 4),
        shape(HostileShape.ODD_UNICODE, MB / 4),
        shape(HostileShape.INVISIBLE_SPACING, MB / 4),
        shape(HostileShape.MOJIBAKE, MB / 4),
        shape(HostileShape.CHARACTER_REFERENCES, MB / 4));
  }

  private static final QuoteExtractor MODEL = QuoteExtractor.builder().extractors("model").build();

  /**
   * The shapes that once cost the model extractor far more than the rules: its content model
   * read the whole sentence for each of thousands of cues.
   */
  static Stream<Arguments> modelInputs() {
    return Stream.of(shape(HostileShape.SAID, MB / 4), shape(HostileShape.NO_PUNCTUATION, MB / 4),
        shape(HostileShape.CONTENT_BEFORE_CUE, MB / 4), shape(HostileShape.REPEATED_SPEAKERS,
            100_000));
  }

  @ParameterizedTest(name = "model: {0}")
  @MethodSource("modelInputs")
  void theModelExtractorGivesAValidExtraction(String name, Supplier<String> text) {
    checkValid(MODEL, text.get());
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("inputs")
  void givesAValidExtraction(String name, Supplier<String> text) {
    checkValid(EXTRACTOR, text.get());
  }

  private static void checkValid(QuoteExtractor extractor, String s) {
    Extraction x = extractor.extract(Article.of("hostile", s));
    Invariants.checkExtraction(s, x);
    assertThat(x.warnings()).isEmpty();
  }

  @Test
  void eachSurnameIsThePersonNamedInFullJustBefore() {
    String cut = HostileShape.SHARED_SURNAME.text(100_000);
    String s = cut.substring(0, cut.lastIndexOf('\n') + 1); // whole lines
    Extraction x = EXTRACTOR.extract(Article.of("smiths", s));
    Map<Integer, Set<String>> speakersByLine = new TreeMap<>();
    for (Quote q : x.quotes()) {
      int line = (int) s.substring(0, q.content().start()).chars().filter(c -> c == '\n').count();
      speakersByLine.computeIfAbsent(line, k -> new HashSet<>())
          .add(q.speakerId().orElse("none"));
    }
    int lines = (int) s.chars().filter(c -> c == '\n').count();
    assertThat(speakersByLine).hasSize(lines);
    assertThat(speakersByLine.values()).allSatisfy(ids -> assertThat(ids).hasSize(1)
        .doesNotContain("none"));
    assertThat(x.speakers()).hasSizeGreaterThan(lines / 2);
  }

  @Test
  void thousandsOfPronounQuotesAllGoToTheOnePersonNamed() {
    Extraction x = EXTRACTOR.extract(Article.of("she", HostileShape.PRONOUN_QUOTES.text(MB / 4)));
    assertThat(x.quotes()).hasSizeGreaterThan(10_000);
    assertThat(x.speakers()).singleElement()
        .satisfies(sp -> assertThat(sp.name()).isEqualTo("Ann Lee"));
    assertThat(x.quotes()).allSatisfy(q -> assertThat(q.speakerId()).isPresent());
  }

  @Test
  void thousandsOfTranscriptTurnsGoToTheTwoPeopleTheIntroductionNames() {
    String s = HostileShape.TRANSCRIPT_TURNS.text(MB / 4);
    Extraction x = EXTRACTOR.extract(Article.of("turns", s));
    assertThat(x.speakers()).extracting(Speaker::name)
        .containsExactlyInAnyOrder("Jo Park", "Ann Lee");
    Map<String, String> names = new TreeMap<>();
    x.speakers().forEach(sp -> names.put(sp.id(), sp.name()));
    assertThat(x.quotes()).hasSizeGreaterThan(10_000).allSatisfy(q -> {
      int line = s.lastIndexOf('\n', q.content().start()) + 1;
      String label = s.substring(line, s.indexOf(':', line));
      // the asker's turns are PARK's and Q's, the answers LEE's and A's
      String expected = label.equals("PARK") || label.equals("Q") ? "Jo Park" : "Ann Lee";
      assertThat(names.get(q.speakerId().orElseThrow())).as(label).isEqualTo(expected);
    });
  }

  @Test
  void eachFullStopRunParagraphKeepsItsQuotation() {
    String s = HostileShape.FULL_STOP_RUNS.text(100_000);
    Extraction x = EXTRACTOR.extract(Article.of("runs", s));
    assertThat(x.quotes()).hasSize(s.split("\n").length)
        .allSatisfy(q -> assertThat(q.source().orElseThrow().text()).isEqualTo("He"));
  }

  @Test
  void aCueAfterAThousandParenthesesKeepsItsQuotation() {
    Extraction x = EXTRACTOR.extract(Article.of("parens",
        HostileShape.PARENTHESES_THEN_CUE.text(100_000)));
    assertThat(x.quotes()).singleElement().satisfies(q -> {
      assertThat(q.content().text()).isEqualTo("x");
      assertThat(q.source().orElseThrow().text()).isEqualTo("He");
    });
  }

  @Test
  void mojibakeLinesKeepTheirQuotationAndTheRepairedSpeaker() {
    assertEachLineQuotes(HostileShape.MOJIBAKE, "Jos\u00E9 Pe\u00F1a");
  }

  @Test
  void characterReferenceLinesKeepTheirQuotationAndTheDecodedSpeaker() {
    assertEachLineQuotes(HostileShape.CHARACTER_REFERENCES, "Ana Mu\u00F1oz");
  }

  /**
   * Each whole line of {@code shape} has a quotation whose first part is "We will win,", and the
   * speaker {@code speaker} is named as a reader would write the name.
   */
  private static void assertEachLineQuotes(HostileShape shape, String speaker) {
    String cut = shape.text(50_000);
    String s = cut.substring(0, cut.lastIndexOf('\n') + 1);
    Extraction x = EXTRACTOR.extract(Article.of(shape.name(), s));
    long lines = s.chars().filter(c -> c == '\n').count();
    assertThat(x.quotes().stream().filter(q -> q.parts().get(0).text().equals("We will win,")))
        .hasSize((int) lines);
    assertThat(x.speakers()).anySatisfy(p -> assertThat(p.name()).isEqualTo(speaker));
  }

  @Test
  void everyShapeIsHere() {
    assertThat(inputs().map(a -> a.get()[0]))
        .contains(Stream.of(HostileShape.values()).map(s -> (Object) s.name()).toArray());
  }

  private static Arguments shape(HostileShape shape, int length) {
    return input(shape.name(), () -> shape.text(length));
  }

  private static Arguments input(String name, Supplier<String> text) {
    return Arguments.of(name, text);
  }
}
