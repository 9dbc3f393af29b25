package org.quotekit.eval;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class BratOffsetsTest {

  @Test
  void aTextWithoutCharactersBeyondTheBasicPlaneCountsTheSameBothWays() {
    BratOffsets o = BratOffsets.of("caf\u00E9 \u201Cno\u201D");
    assertThat(o.length()).isEqualTo(9);
    for (int k = 0; k <= 9; k++) {
      assertThat(o.toBrat(k)).isEqualTo(k);
      assertThat(o.fromBrat(k)).isEqualTo(k);
    }
  }

  @Test
  void anEmojiIsOneCharacterForBratAndTwoForJava() {
    String text = "\uD83D\uDE00 said \uD83D\uDC4D\uD83D\uDC4Dx";
    BratOffsets o = BratOffsets.of(text);
    assertThat(o.length()).isEqualTo(text.codePointCount(0, text.length())).isEqualTo(10);
    int[] javaOffsets = {0, 2, 3, 7, 8, 10, 12, 13};
    int[] bratOffsets = {0, 1, 2, 6, 7, 8, 9, 10};
    for (int k = 0; k < javaOffsets.length; k++) {
      assertThat(o.toBrat(javaOffsets[k])).isEqualTo(bratOffsets[k]);
      assertThat(o.fromBrat(bratOffsets[k])).isEqualTo(javaOffsets[k]);
    }
    assertThat(o.toBrat(1)).as("inside a pair").isEqualTo(1);
  }

  @Test
  void anOffsetOutsideTheTextIsRefused() {
    BratOffsets o = BratOffsets.of("\uD83D\uDE00x");
    assertThatThrownBy(() -> o.fromBrat(3)).isInstanceOf(IndexOutOfBoundsException.class)
        .hasMessageContaining("offset 3 outside a text of 2 characters");
    assertThatThrownBy(() -> o.toBrat(-1)).isInstanceOf(IndexOutOfBoundsException.class);
    assertThatThrownBy(() -> BratOffsets.of("ab").toBrat(3))
        .isInstanceOf(IndexOutOfBoundsException.class);
  }
}
