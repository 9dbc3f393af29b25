package org.quotekit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** What {@link StrictUtf8} decodes, keeps and refuses. */
class StrictUtf8Test {
  @Test
  void decodesUtf8KeepingAByteOrderMarkUntilAskedToDropIt() throws IOException {
    byte[] bytes = "\uFEFFJos\u00e9 said".getBytes(StandardCharsets.UTF_8);
    String text = StrictUtf8.decode(bytes, bytes.length);
    assertThat(text).isEqualTo("\uFEFFJos\u00e9 said");
    assertThat(StrictUtf8.withoutByteOrderMark(text)).isEqualTo("Jos\u00e9 said");
    assertThat(StrictUtf8.decode(bytes, 6)).isEqualTo("\uFEFFJos"); // the first bytes only
  }

  @Test
  void malformedBytesAreAnErrorThatSaysWhereTheyStart() {
    byte[] latin1 = "caf\u00e9 au lait".getBytes(StandardCharsets.ISO_8859_1);
    assertThatThrownBy(() -> StrictUtf8.decode(latin1, latin1.length))
        .isInstanceOf(IOException.class)
        .hasMessage("not valid UTF-8: malformed byte sequence at byte offset 3");
  }

  @Test
  void utf16IsNamedAsUtf16() {
    byte[] utf16 = "\uFEFFhello".getBytes(StandardCharsets.UTF_16LE);
    assertThat(StrictUtf8.opensWithUtf16Mark(utf16, utf16.length)).isTrue();
    assertThat(StrictUtf8.opensWithUtf16Mark(utf16, 1)).isFalse();
    assertThatThrownBy(() -> StrictUtf8.decode(utf16, utf16.length))
        .hasMessage(StrictUtf8.UTF16_MESSAGE);
  }
}
