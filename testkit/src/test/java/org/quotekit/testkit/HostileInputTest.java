package org.quotekit.testkit;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.function.Supplier;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.quotekit.Article;
import org.quotekit.Extraction;
import org.quotekit.QuoteExtractor;

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
        shape(HostileShape.NEWLINES, MB),
        shape(HostileShape.UNPAIRED_SURROGATES, MB),
        shape(HostileShape.ABBREVIATIONS, MB / 4),
        shape(HostileShape.ODD_UNICODE, MB / 4),
        shape(HostileShape.INVISIBLE_SPACING, MB / 4));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("inputs")
  void givesAValidExtraction(String name, Supplier<String> text) {
    String s = text.get();
    Extraction x = EXTRACTOR.extract(Article.of("hostile", s));
    Invariants.checkExtraction(s, x);
    assertThat(x.warnings()).isEmpty();
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
