package org.quotekit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class QuoteTest {
  private static final String TEXT = "\u201CWe won,\u201D she said. \u201CAgain.\u201D";
  private static final Span FIRST = Span.of(TEXT, 1, 8);
  private static final Span SECOND = Span.of(TEXT, 21, 27);
  private static final Span CONTENT = Span.of(TEXT, 1, 27);

  private static Quote quote(Span content, List<Span> parts, double confidence) {
    return new Quote("q1", QuoteType.DIRECT, content, parts, null, null, null, confidence,
        "rules", "test");
  }

  @Test
  void copiesItsPartsAndRunsFromTheFirstPartToTheLast() {
    List<Span> parts = new ArrayList<>(List.of(FIRST, SECOND));
    Quote q = quote(CONTENT, parts, 0.9);
    parts.clear();

    assertThat(q.parts()).containsExactly(FIRST, SECOND);
    assertThat(q.content()).isEqualTo(CONTENT);
    assertThat(q.cue()).isEmpty();
    assertThat(q.source()).isEmpty();
    assertThat(q.speakerId()).isEmpty();
  }

  @Test
  void aNegativeZeroConfidenceIsZeroSoEqualQuotesHashAlike() {
    Quote negative = quote(CONTENT, List.of(FIRST, SECOND), -0.0);
    Quote zero = quote(CONTENT, List.of(FIRST, SECOND), 0.0);

    assertThat(negative).isEqualTo(zero).hasSameHashCodeAs(zero);
    assertThat(java.util.Set.of(zero)).contains(negative);
    assertThat(Double.doubleToRawLongBits(negative.confidence())).isZero();
    assertThat(new org.quotekit.spi.QuoteCandidate(QuoteType.DIRECT, List.of(FIRST), null, null,
        -0.0, "test")).isEqualTo(new org.quotekit.spi.QuoteCandidate(QuoteType.DIRECT,
            List.of(FIRST), null, null, 0.0, "test"));
  }

  @Test
  void rejectsPartsThatCannotBeContent() {
    assertThatThrownBy(() -> quote(CONTENT, List.of(), 0.9))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("must not be empty");
    assertThatThrownBy(() -> quote(CONTENT, List.of(Span.of(TEXT, 1, 1), SECOND), 0.9))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("empty spans");
    assertThatThrownBy(() -> quote(CONTENT, List.of(SECOND, FIRST), 0.9))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("ordered");
    assertThatThrownBy(() -> quote(Span.of(TEXT, 0, 27), List.of(FIRST, SECOND), 0.9))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("first part");
    assertThatThrownBy(() -> quote(CONTENT, List.of(FIRST, SECOND), 1.5))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("confidence");
  }
}
