package org.quotekit;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Hard-wrapped text (lines broken wherever they fill up, as plain-text e-mail and wire copy
 * are) reads as the same text with spaces: a line break before a word in small letters wraps the
 * line and ends no paragraph, so a quotation or a reported clause that crosses it is found whole,
 * with the same speaker.
 */
class HardWrappedTextTest {
  private static final QuoteExtractor EXTRACTOR = QuoteExtractor.builder().build();

  private static final String WRAPPED = "\u201CWe will not raise taxes this\nyear,\u201D said"
      + " Governor Ann Lee on Monday. \u201CNot this year, and not\nnext year.\u201D\n\nHer rival,"
      + " Tom Baker, said the plan would\ncost 2,500 jobs.\n\n\"We walk out on Friday,\"\nsaid the"
      + " union's leader, Maria Gomez.\n";

  private static List<String> read(Extraction x, List<Speaker> speakers) {
    return x.quotes().stream().map(q -> q.content().text().replace('\n', ' ') + " | "
        + q.source().map(Span::text).orElse("-") + " | " + q.speakerId().flatMap(id -> speakers
            .stream().filter(s -> s.id().equals(id)).map(Speaker::name).findFirst()).orElse("-"))
        .toList();
  }

  @Test
  void findsWhatItFindsInTheSameTextWithSpaces() {
    String unwrapped = WRAPPED.replaceAll("(?<=\\S)\n(?=\\p{Ll})", " ");
    Extraction wrapped = EXTRACTOR.extract(Article.of("wrapped", WRAPPED));
    Extraction plain = EXTRACTOR.extract(Article.of("plain", unwrapped));
    assertThat(plain.quotes()).hasSize(3); // the governor's two quotations are one, in two parts
    assertThat(read(wrapped, wrapped.speakers())).isEqualTo(read(plain, plain.speakers()));
    for (Quote q : wrapped.quotes()) {
      assertThat(WRAPPED.substring(q.content().start(), q.content().end()))
          .isEqualTo(q.content().text());
    }
  }

  @Test
  void aCarriageReturnAndLineFeedWrapsTheLineToo() {
    Extraction x = EXTRACTOR.extract(Article.of("crlf",
        "\u201CWe will not raise taxes this\r\nyear,\u201D said Governor Ann Lee.\r\n"));
    assertThat(x.quotes()).singleElement().satisfies(q -> {
      assertThat(q.content().text()).isEqualTo("We will not raise taxes this\r\nyear,");
      assertThat(q.source()).hasValueSatisfying(s -> assertThat(s.text()).contains("Ann Lee"));
    });
  }
}
