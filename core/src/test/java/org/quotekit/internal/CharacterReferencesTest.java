package org.quotekit.internal;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class CharacterReferencesTest {

  @Test
  void numericAndNamedReferencesAreDecoded() {
    assertThat(CharacterReferences.decode("&#8220;Yes,&#x201D; said Ren&eacute;e &amp; Co&#146;s"
        + " chair &ndash; &quot;no&quot;&hellip;&nbsp;&#X1F600;"))
        .isEqualTo("\u201CYes,\u201D said Ren\u00E9e & Co\u2019s chair \u2013 \"no\"\u2026\u00A0"
            + "\uD83D\uDE00");
  }

  @Test
  void referencesEscapedTwiceAreDecodedTwice() {
    assertThat(CharacterReferences.decode("&amp;quot;Fine&amp;#8221;")).isEqualTo("\"Fine\u201D");
  }

  @Test
  void whatIsNoReferenceStaysAsWritten() {
    for (String s : new String[] {"AT&T; R&D", "&unknown; &#; &#x; &#xZZ; &#55296; &#1114112;",
        "&#0; &amp no semicolon", "&#129; &#157;", "a & b; c", "&", "&;", "fish &chips;"}) {
      assertThat(CharacterReferences.decode(s)).as(s).isSameAs(s);
    }
  }

  @Test
  void eachDecodedCharacterMapsToTheWholeReference() {
    Rewrite r = CharacterReferences.decodeWithOrigins("a&lt;b&amp;amp;c");
    assertThat(r.text()).isEqualTo("a<b&c");
    assertThat(r.start()).containsExactly(0, 1, 5, 6, 15);
    assertThat(r.end()).containsExactly(1, 5, 6, 15, 16);
  }

  @Test
  void aLongTextOfAmpersandsWithoutSemicolonsStaysAsWritten() {
    String s = "&abcdefgh".repeat(200_000);
    assertThat(CharacterReferences.decode(s)).isSameAs(s);
  }
}
