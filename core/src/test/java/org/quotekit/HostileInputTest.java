package org.quotekit;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.function.Supplier;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Inputs built to hurt: huge runs of quote marks, sentences without punctuation or white space,
 * deep nesting. Each must give a valid extraction; none may hang or crash. Inputs that once found a
 * bug stay here for good. How their cost grows with size is measured in {@code benchmarks}, not
 * here (no timing in unit tests).
 */
class HostileInputTest {
  private static final QuoteExtractor EXTRACTOR = QuoteExtractor.builder().build();
  private static final int MB = 1 << 20;

  static Stream<Arguments> inputs() {
    return Stream.of(
        input("100,000 straight quote marks", () -> "\"".repeat(100_000)),
        input("100,000 quote marks of every kind", () -> repeatTo(
            "\u201C\u201D\u2018\u2019\u201E\u201A\u00AB\u00BB\u2039\u203A\u300C\u300D\u300E"
                + "\u300F\"'`'''``", 100_000)),
        input("1 MB sentence without punctuation", () -> repeatTo("word ", MB)),
        input("1 MB without white space", () -> repeatTo("abcdefghij", MB)),
        input("1 MB of punctuation without white space", () -> repeatTo(".,;:!?-\u2014", MB)),
        input("10,000 paragraphs each opening a quote",
            () -> "\"Lorem ipsum dolor sit amet, he said\n".repeat(10_000)),
        input("10,000 paragraphs each opening a curly quote that closes in the next",
            () -> "\u201CWe will, said Ann Lee\n".repeat(10_000)),
        input("100,000 nested parentheses", () -> "(".repeat(100_000) + ")".repeat(100_000)),
        input("100,000 nested quotations", () -> "\u201C\u2018".repeat(50_000)
            + "\u2019\u201D".repeat(50_000)),
        input("1 MB line of said", () -> repeatTo("said ", MB)),
        // Found a quadratic merge in Pipeline: tens of thousands of follow-on quotes.
        input("40,000 follow-on quotations after one cue",
            () -> "Ann Lee said: \"a b c d e\" " + "\"a b c d e\" ".repeat(40_000)),
        // Found a quadratic search in the rules' follow-on pass: many cues, many quotations.
        input("many cues each followed by quotations", () -> repeatTo(
            "Ann Lee said: \"a b c d e\" \"a b c d e\" \"a b c d e\" ", 100_000)),
        input("20,000 attributed quotations", () -> "\u201CWe will win,\u201D he said. "
            .repeat(20_000)),
        input("20,000 indirect quotes before their cue", () -> "The plan is dead, he said. "
            .repeat(20_000)),
        input("1 MB of newlines", () -> "\n".repeat(MB)),
        input("1 MB of unpaired surrogates", () -> repeatTo("\uD800 \uDC00\uDBFF", MB)),
        input("abbreviations without end", () -> repeatTo("Rep. Gen. U.S. G.K. Dr. ", MB / 4)));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("inputs")
  void givesAValidExtraction(String name, Supplier<String> text) {
    String s = text.get();
    Extraction x = EXTRACTOR.extract(Article.of("hostile", s));
    ExtractionContract.check(s, x);
    assertThat(x.warnings()).isEmpty();
  }

  private static Arguments input(String name, Supplier<String> text) {
    return Arguments.of(name, text);
  }

  private static String repeatTo(String unit, int length) {
    return unit.repeat(length / unit.length() + 1).substring(0, length);
  }
}
