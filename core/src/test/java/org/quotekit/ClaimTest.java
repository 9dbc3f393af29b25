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
}
