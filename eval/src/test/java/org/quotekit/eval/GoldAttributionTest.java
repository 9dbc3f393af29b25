package org.quotekit.eval;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.quotekit.QuoteType;
import org.quotekit.Span;

class GoldAttributionTest {

  /** The type of a gold content whose pieces are {@code pieces}, laid out one after the other. */
  private static QuoteType typeOf(String... pieces) {
    String text = String.join(" he said ", pieces);
    int from = 0;
    Span[] spans = new Span[pieces.length];
    for (int i = 0; i < pieces.length; i++) {
      int start = text.indexOf(pieces[i], from);
      spans[i] = Span.of(text, start, start + pieces[i].length());
      from = spans[i].end();
    }
    return new GoldAttribution("E1", Arrays.asList(spans), List.of(), List.of()).type();
  }

  @Test
  void whollyQuotedContentIsDirect() {
    assertThat(typeOf("\u201CWe are nearly done,\u201D")).isEqualTo(QuoteType.DIRECT);
    assertThat(typeOf("\"We are nearly done.\"")).isEqualTo(QuoteType.DIRECT);
    assertThat(typeOf("that \u201Cwe are nearly done.\u201D")).isEqualTo(QuoteType.DIRECT);
    assertThat(typeOf("''We are nearly done,''")).isEqualTo(QuoteType.DIRECT);
    assertThat(typeOf("\"We said, 'no way,' twice.\"")).isEqualTo(QuoteType.DIRECT);
  }

  /** Letters past U+FFFF (styled "bold" text of social media) are words, as {@code \\w+} reads. */
  @Test
  void lettersPastTheBasicPlaneAreWords() {
    String bold = "\uD835\uDC16\uD835\uDC1E \uD835\uDC30\uD835\uDC22\uD835\uDC27"; // We win
    assertThat(typeOf("\"" + bold + ",\"")).isEqualTo(QuoteType.DIRECT);
    String text = bold + " today";
    assertThat(Tokens.of(text).content(List.of(Span.of(text, 0, text.length()))).cardinality())
        .isEqualTo(3);
  }

  @Test
  void discontinuousContentIsDirectWhenEveryPieceIsQuoted() {
    assertThat(typeOf("\u201CWe are nearly done,\u201D", "\u201CThe beam is in.\u201D"))
        .isEqualTo(QuoteType.DIRECT);
    // A quotation opened in one piece and closed in the next.
    assertThat(typeOf("\"We are nearly", "done.\"")).isEqualTo(QuoteType.DIRECT);
    assertThat(typeOf("\u201CWe are nearly done,\u201D", "and the beam is in"))
        .isEqualTo(QuoteType.MIXED);
  }

  @Test
  void partlyQuotedContentIsMixed() {
    assertThat(typeOf("that voting is \u201Ca big problem\u201D")).isEqualTo(QuoteType.MIXED);
    assertThat(typeOf("\"We are done,\" he said, \"and glad.\"")).isEqualTo(QuoteType.MIXED);
    assertThat(typeOf("the \u2018deplorables\u2019 remark")).isEqualTo(QuoteType.MIXED);
    assertThat(typeOf("the 'deplorables' remark")).isEqualTo(QuoteType.MIXED);
  }

  @Test
  void apostrophesAreNotQuoteMarks() {
    assertThat(typeOf("the mayor\u2019s plan won\u2019t pass")).isEqualTo(QuoteType.INDIRECT);
    assertThat(typeOf("the mayor's plan won't pass in the '90s")).isEqualTo(QuoteType.INDIRECT);
    assertThat(typeOf("the voters\u2019 concerns matter")).isEqualTo(QuoteType.INDIRECT);
    assertThat(typeOf("\u201CThe mayor\u2019s plan won\u2019t pass,\u201D"))
        .isEqualTo(QuoteType.DIRECT);
  }

  @Test
  void contentIsSortedAndMustNotBeEmpty() {
    String text = "one two";
    GoldAttribution g = new GoldAttribution("E1",
        List.of(Span.of(text, 4, 7), Span.of(text, 0, 3)), List.of(), List.of());

    assertThat(g.content()).extracting(Span::text).containsExactly("one", "two");
    assertThatThrownBy(() -> new GoldAttribution("E9", List.of(), List.of(), List.of()))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("E9");
  }
}
