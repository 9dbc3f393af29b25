package org.quotekit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The speaker value: provenance one entry per mention, and the constructor of old callers. */
class SpeakerTest {
  private static final String TEXT = "Ann Lee said yes. Lee said no.";
  private static final Span ANN = Span.of(TEXT, 0, 7);
  private static final Span LEE = Span.of(TEXT, 18, 21);

  @Test
  void provenanceGivesTheReasonOfEachMention() {
    Speaker s = new Speaker("s1", "Ann Lee", SpeakerKind.PERSON, List.of("Lee"), List.of(),
        List.of(ANN, LEE), List.of(new SpeakerMention(ANN, "first-mention", ""),
            new SpeakerMention(LEE, "surname", "'Lee' is the surname of 'Ann Lee'")));
    assertThat(s.why(LEE).map(SpeakerMention::reason))
        .hasValue("surname: 'Lee' is the surname of 'Ann Lee'");
    assertThat(s.why(ANN).map(SpeakerMention::reason)).hasValue("first-mention");
    assertThat(s.why(Span.of(TEXT, 9, 13))).isEmpty();
  }

  @Test
  void aSpeakerWithoutReasonsHasUnexplainedMentions() {
    Speaker s = new Speaker("s1", "Ann Lee", SpeakerKind.PERSON, List.of(), List.of(),
        List.of(ANN, LEE));
    assertThat(s.provenance()).extracting(SpeakerMention::span).containsExactly(ANN, LEE);
    assertThat(s.provenance()).extracting(SpeakerMention::rule)
        .containsOnly(SpeakerMention.UNEXPLAINED);
  }

  @Test
  void anAffiliationIsNeverNullAndEmptyWhenNoneIsGiven() {
    Speaker none = new Speaker("s1", "Ann Lee", SpeakerKind.PERSON, List.of(), List.of(),
        List.of(ANN, LEE));
    assertThat(none.affiliation()).isEmpty();
    assertThatThrownBy(() -> new Speaker("s1", "a spokeswoman", SpeakerKind.UNKNOWN, List.of(),
        List.of(), List.of(), List.of(), null)).isInstanceOf(NullPointerException.class);
  }

  @Test
  void provenanceMustMatchTheMentions() {
    assertThatThrownBy(() -> new Speaker("s1", "Ann Lee", SpeakerKind.PERSON, List.of(),
        List.of(), List.of(ANN, LEE), List.of(new SpeakerMention(ANN, "first-mention", ""))))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("mentions=2");
    assertThatThrownBy(() -> new Speaker("s1", "Ann Lee", SpeakerKind.PERSON, List.of(),
        List.of(), List.of(ANN), List.of(new SpeakerMention(LEE, "surname", ""))))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("not about mention");
    assertThatThrownBy(() -> new SpeakerMention(ANN, " ", ""))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("rule");
  }
}
