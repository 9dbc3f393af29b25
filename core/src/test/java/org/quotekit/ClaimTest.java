package org.quotekit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class ClaimTest {
  private static final String TEXT = "“We sent 900 trucks,” she said. “None came back.”";
  private static final Span FIRST = Span.of(TEXT, 1, 19);
  private static final Span TRUCKS = Span.of(TEXT, 9, 19);
  private static final Span SECOND = Span.of(TEXT, 33, 48);

  @Test
  void copiesItsListsAndReportsAbsentValuesAsEmpty() {
    List<Span> spans = new ArrayList<>(List.of(FIRST));
    List<Span> quantities = new ArrayList<>(List.of(TRUCKS));
    Claim c = new Claim("c1", "We sent 900 trucks.", "q1", null, null, Stance.ASSERTS, false,
        quantities, spans);
    spans.clear();
    quantities.clear();

    assertThat(c.spans()).containsExactly(FIRST);
    assertThat(c.quantities()).containsExactly(TRUCKS);
    assertThat(c.speakerId()).isEmpty();
    assertThat(c.cue()).isEmpty();
    assertThat(c).isEqualTo(new Claim("c1", "We sent 900 trucks.", "q1", null, null,
        Stance.ASSERTS, false, List.of(TRUCKS), List.of(FIRST)));
    assertThat(c.toString()).contains("c1", "q1", "We sent 900 trucks.");
  }

  @Test
  void misuseNamesTheValue() {
    assertThatThrownBy(() -> new Claim("c1", " ", "q1", null, "say", Stance.ASSERTS, false,
        List.of(), List.of(FIRST))).hasMessageContaining("text").hasMessageContaining("c1");
    assertThatThrownBy(() -> new Claim("c2", "A.", "q1", null, "say", Stance.ASSERTS, false,
        List.of(), List.of())).hasMessageContaining("spans").hasMessageContaining("c2");
    assertThatThrownBy(() -> new Claim("c3", "A.", "q1", null, "say", Stance.ASSERTS, false,
        List.of(), List.of(SECOND, FIRST))).hasMessageContaining("ordered");
    assertThatThrownBy(() -> new Claim("c4", "A.", "q1", null, "say", Stance.ASSERTS, false,
        List.of(TRUCKS), List.of(SECOND))).hasMessageContaining("quantity")
        .hasMessageContaining("9-19");
    assertThatThrownBy(() -> new Claim("c5", "A.", "q1", null, "say", null, false,
        List.of(), List.of(FIRST))).hasMessageContaining("stance");
  }

  @Test
  void completionsAndQuantityValuesAreCheckedAndCopied() {
    String text = "The fleet, she said, “sent 900 trucks.”";
    Span fleet = span(text, "The fleet");
    Span sent = span(text, "sent 900 trucks.");
    Span trucks = span(text, "900 trucks");
    Quantity value = new Quantity(trucks, 900, 900, "trucks");
    Claim c = new Claim("c1", "[The fleet] sent 900 trucks.", "q1", null, "say", Stance.ASSERTS,
        false, List.of(trucks), List.of(sent), new ArrayList<>(List.of(fleet)), List.of(value));

    assertThat(c.completions()).containsExactly(fleet);
    assertThat(c.quantityValues()).containsExactly(value);
    assertThat(value).hasToString("900 trucks");
    assertThat(new Claim("c1", "Sent 900 trucks.", "q1", null, "say", Stance.ASSERTS, false,
        List.of(trucks), List.of(sent)).completions()).isEmpty();
    assertThatThrownBy(() -> new Claim("c2", "A.", "q1", null, "say", Stance.ASSERTS, false,
        List.of(), List.of(sent), List.of(trucks), List.of()))
        .hasMessageContaining("completions").hasMessageContaining("c2");
    assertThatThrownBy(() -> new Claim("c3", "A.", "q1", null, "say", Stance.ASSERTS, false,
        List.of(), List.of(sent), List.of(), List.of(value)))
        .hasMessageContaining("quantityValues").hasMessageContaining("c3");
  }

  private static Span span(String text, String words) {
    int start = text.indexOf(words);
    return Span.of(text, start, start + words.length());
  }

  @Test
  void aQuantityIsARangeOnlyWhenItsEndsDiffer() {
    Span s = Span.of("60 to 75 cents", 0, 14);
    assertThat(new Quantity(s, 0.6, 0.75, "USD/share").isRange()).isTrue();
    assertThat(new Quantity(s, 0.6, 0.75, "USD/share")).hasToString("0.6..0.75 USD/share");
    assertThat(new Quantity(s, 60, 60, "").isRange()).isFalse();
    assertThatThrownBy(() -> new Quantity(s, 75, 60, "%")).hasMessageContaining("value=75.0");
    assertThatThrownBy(() -> new Quantity(s, Double.NaN, 1, "%"))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
