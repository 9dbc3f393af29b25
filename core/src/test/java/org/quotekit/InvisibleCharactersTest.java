package org.quotekit;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.quotekit.internal.TextNormalizer;

/**
 * Scraped text is full of no-break and zero-width spaces, directional marks, byte order marks,
 * soft hyphens and combining marks, mojibake and HTML character references: each variant of an
 * article finds the same quotes as the clean article, with every span pointing into the variant's
 * own text.
 */
class InvisibleCharactersTest {
  private static final QuoteExtractor EXTRACTOR = QuoteExtractor.builder().build();

  private static final List<String> ARTICLES = List.of(
      "\u201CWe will not raise taxes,\u201D Governor Ann Lee said on Monday. \u201CNot this year,"
          + " not next year.\u201D\n\nHer rival, Tom Baker, said the plan would cost 2,500 jobs.",
      "The mayor told reporters that the bridge would reopen in May. \u201CIt is safe,\u201D he"
          + " added.\n\nAccording to the police, three people were hurt.",
      "\u201CThe talks are over,\u201D a spokesman for the union said. \u201CWe walk out on"
          + " Friday,\u201D he said.\n\nMaria Gomez, the union\u2019s leader, denied that the strike"
          + " was planned.");

  private static final String REMOVED = "[\u200B\u200E\uFEFF\u0000\u00AD\u0301\u2060]";

  static Stream<Arguments> variants() {
    List<Arguments> variants = List.of(
        Arguments.of("zero-width space after each space", op(t -> t.replace(" ", " \u200B"))),
        Arguments.of("left-to-right mark after each space", op(t -> t.replace(" ", " \u200E"))),
        Arguments.of("byte order mark after each space", op(t -> t.replace(" ", " \uFEFF"))),
        Arguments.of("NUL after each space", op(t -> t.replace(" ", " \u0000"))),
        Arguments.of("no-break space for each space", op(t -> t.replace(" ", "\u00A0"))),
        Arguments.of("thin and ideographic spaces",
            op(t -> t.replace(" t", "\u2009t").replace(" ", "\u3000"))),
        Arguments.of("combining acute after each e", op(t -> t.replace("e", "e\u0301"))),
        Arguments.of("soft hyphens inside words",
            op(t -> t.replaceAll("(?<=\\p{Ll}\\p{Ll})(?=\\p{Ll})", "\u00AD"))),
        Arguments.of("byte order mark first, word joiner last", op(t -> "\uFEFF" + t + "\u2060")),
        Arguments.of("mojibake: UTF-8 read as Windows-1252", op(t -> new String(
            t.getBytes(StandardCharsets.UTF_8), Charset.forName("windows-1252")))),
        Arguments.of("mojibake: UTF-8 read as Latin-1 twice", op(t -> latin1(latin1(t)))),
        Arguments.of("HTML character references for quotation marks and apostrophes",
            op(t -> t.replace("\u201C", "&#8220;").replace("\u201D", "&rdquo;")
                .replace("\u2019", "&#x2019;"))));
    return ARTICLES.stream().flatMap(a -> variants.stream()
        .map(v -> Arguments.of(v.get()[0], a, v.get()[1])));
  }

  private static UnaryOperator<String> op(UnaryOperator<String> f) {
    return f;
  }

  private static String latin1(String s) {
    return new String(s.getBytes(StandardCharsets.UTF_8), StandardCharsets.ISO_8859_1);
  }

  /**
   * The text a reader sees: references decoded, mojibake repaired, inserted characters removed,
   * Unicode spaces as plain spaces.
   */
  private static String seen(String s) {
    return TextNormalizer.repaired(s).replaceAll(REMOVED, "")
        .replace('\u00A0', ' ').replace('\u2009', ' ')
        .replace('\u3000', ' ');
  }

  @ParameterizedTest(name = "{0}: {1}")
  @MethodSource("variants")
  void findsTheQuotesOfTheCleanText(String variant, String article,
      UnaryOperator<String> change) {
    String text = change.apply(article);
    Extraction clean = EXTRACTOR.extract(Article.of("a", article));
    Extraction changed = EXTRACTOR.extract(Article.of("a", text));

    assertThat(clean.quotes()).isNotEmpty();
    assertThat(changed.quotes()).hasSameSizeAs(clean.quotes());
    assertThat(changed.claims()).hasSameSizeAs(clean.claims());
    assertThat(changed.speakers()).hasSameSizeAs(clean.speakers());
    for (int i = 0; i < clean.quotes().size(); i++) {
      Quote c = clean.quotes().get(i);
      Quote q = changed.quotes().get(i);
      assertThat(q.rule()).isEqualTo(c.rule());
      assertMapped(text, q.content(), c.content());
      assertThat(q.parts()).hasSameSizeAs(c.parts());
      for (int k = 0; k < c.parts().size(); k++) {
        assertMapped(text, q.parts().get(k), c.parts().get(k));
      }
      assertThat(q.cue().isPresent()).isEqualTo(c.cue().isPresent());
      c.cue().ifPresent(cue -> assertMapped(text, q.cue().get().span(), cue.span()));
      assertThat(q.source().isPresent()).isEqualTo(c.source().isPresent());
      c.source().ifPresent(s -> assertMapped(text, q.source().get(), s));
    }
    for (int i = 0; i < clean.speakers().size(); i++) {
      Speaker c = clean.speakers().get(i);
      Speaker s = changed.speakers().get(i);
      assertThat(seen(s.name())).isEqualTo(c.name());
      for (int k = 0; k < c.mentions().size(); k++) {
        assertMapped(text, s.mentions().get(k), c.mentions().get(k));
      }
    }
    for (int i = 0; i < clean.claims().size(); i++) {
      Claim c = clean.claims().get(i);
      Claim m = changed.claims().get(i);
      for (int k = 0; k < c.spans().size(); k++) {
        assertMapped(text, m.spans().get(k), c.spans().get(k));
      }
      for (int k = 0; k < c.quantities().size(); k++) {
        assertMapped(text, m.quantities().get(k), c.quantities().get(k));
      }
    }
  }

  /** {@code span} points into {@code text} and reads as the clean span once cleaned. */
  private static void assertMapped(String text, Span span, Span clean) {
    assertThat(text.substring(span.start(), span.end())).isEqualTo(span.text());
    assertThat(seen(span.text())).isEqualTo(clean.text());
    if (!span.text().isEmpty()) {
      assertThat(span.text()).doesNotStartWith("\u200B").doesNotEndWith("\u200B")
          .doesNotStartWith("\uFEFF").doesNotEndWith("\u2060");
    }
  }

  @ParameterizedTest
  @MethodSource("blanks")
  void articlesOfUnicodeSpacesAndInvisibleCharactersAreBlank(String text) {
    assertThat(EXTRACTOR.extract(Article.of("b", text))).isEqualTo(Extraction.empty("b"));
  }

  static Stream<String> blanks() {
    return Stream.of("\u00A0", "\u00A0".repeat(500), "\u200B\uFEFF\u200E\u00AD\u0000",
        "\u2003\u2009\u202F\u3000\n\u2028\u2029", " \u0301\u0308 ", "\uDB40\uDC01\u00A0");
  }
}
