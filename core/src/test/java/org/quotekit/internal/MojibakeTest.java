package org.quotekit.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class MojibakeTest {
  private static final Charset CP1252 = Charset.forName("windows-1252");

  /** {@code s} as a reader gets it when its UTF-8 bytes are decoded as Windows-1252. */
  private static String misread(String s) {
    return new String(s.getBytes(StandardCharsets.UTF_8), CP1252);
  }

  /** {@code s} as a reader gets it when its UTF-8 bytes are decoded as Latin-1. */
  private static String misreadLatin1(String s) {
    return new String(s.getBytes(StandardCharsets.UTF_8), StandardCharsets.ISO_8859_1);
  }

  @Test
  void textDecodedOnceAsWindows1252IsRepaired() {
    String clean = "\u201CWe will not close the mill,\u201D said Jos\u00E9 Pe\u00F1a, the"
        + " union\u2019s head \u2014 and Ren\u00E9e Dvo\u0159\u00E1k of Krak\u00F3w agreed \u2026";
    String damaged = misread(clean);
    assertThat(damaged).contains("\u00E2\u20AC\u0153", "Jos\u00C3\u00A9");
    assertThat(Mojibake.repair(damaged)).isEqualTo(clean);
  }

  @Test
  void textDecodedTwiceOrAsLatin1IsRepaired() {
    String clean = "Marta Ib\u00E1\u00F1ez told the \u00ABcomit\u00E9\u00BB: \u201Cno\u201D";
    assertThat(Mojibake.repair(misread(misread(clean)))).isEqualTo(clean);
    assertThat(Mojibake.repair(misreadLatin1(misreadLatin1(clean)))).isEqualTo(clean);
    assertThat(Mojibake.repair(misreadLatin1(clean))).isEqualTo(clean);
  }

  @Test
  void greekCyrillicAndEmojiAreRepaired() {
    String clean = "\u0431\u044B\u043B \u03B1\u03B8\u03AE\u03BD\u03B1 \uD83D\uDE00";
    assertThat(Mojibake.repair(misread(clean))).isEqualTo(clean);
    assertThat(Mojibake.repair(misreadLatin1(misreadLatin1(clean)))).isEqualTo(clean);
    assertThat(Mojibake.repair(misread(misread("\uD83D\uDE00")))).isEqualTo("\uD83D\uDE00");
  }

  @Test
  void aClosingQuoteOrHyphenWhoseLastByteWasLostIsRepaired() {
    // 0x9D is undefined in Windows-1252: decoders give U+FFFD or drop it
    assertThat(Mojibake.repair("\u00E2\u20AC\u0153Yes,\u00E2\u20AC\uFFFD she said"))
        .isEqualTo("\u201CYes,\u201D she said");
    assertThat(Mojibake.repair("\u00E2\u20AC\u0153Yes,\u00E2\u20AC she said"))
        .isEqualTo("\u201CYes,\u201D she said");
    assertThat(Mojibake.repair("a long\u00E2\u20ACterm plan")).isEqualTo("a long\u2010term plan");
  }

  @Test
  void decomposedCharactersAreReadAsTheBytesTheyStandFor() {
    // "\u00E8" is C3 A8; A8 read as "\u00A8" and decomposed to a space and U+0308
    assertThat(Mojibake.repair("Mol\u00C3 \u0308ne")).isEqualTo("Mol\u00E8ne");
    assertThat(Mojibake.repair("na\u00C3 \u0304ve")).isEqualTo("na\u00EFve");
    // "\u00C3\u0083\u00C2\u00A1" (\u00E1 decoded twice) with its capitals decomposed
    assertThat(Mojibake.repair("IbA\u0303\u0083A\u0302\u00A1rruri"))
        .isEqualTo("Ib\u00E1rruri");
    // "\u00BA", "\u00B3" folded to "o", "3" inside a word: "\u00FA", "\u00F3"
    assertThat(Mojibake.repair("T\u00C3onez")).isEqualTo("T\u00FAnez");
    assertThat(Mojibake.repair("RamA\u0303\u0083A\u03023n")).isEqualTo("Ram\u00F3n");
    for (String s : new String[] {"S\u00C3o Paulo", "\u00D1o\u00F1o", "PER\u00C3o", "\u00C5ora"}) {
      assertThat(Mojibake.repair(s)).as(s).isSameAs(s);
    }
    assertThat(Mojibake.repair("Jos\u00C3\u00A9 \u00D1o\u00F1o \u00C5ora"))
        .isEqualTo("Jos\u00E9 \u00D1o\u00F1o \u00C5ora");
  }

  @Test
  void realAccentedTextIsLeftAlone() {
    for (String s : new String[] {"S\u00E3o Paulo, S\u00C3O PAULO", "\u201COL\u00C9\u201D, he sang",
        "\u201EFu\u00DF\u201C", "\u00ABEXPLOSI\u00D3N\u00BB", "Caf\u00E9 \u00A92024 \u00B1 1",
        "\u00C9\u2014and then", "\u00C2ge", "\u00E9t\u00E9 \u00E0 Montr\u00E9al", "\u00C3",
        "Ren\u00E9e\u2019s na\u00EFve r\u00E9sum\u00E9", "\u201CMA\u00C7\u00C3\u201D, she said"}) {
      assertThat(Mojibake.repair(s)).as(s).isSameAs(s);
    }
  }

  @Test
  void aLetterBeforeTwoByteCharactersIsNoLoneCjkCharacterUnlessMoreMojibakeFollows() {
    // E9 94 85, E9 93 94, E9 A0 BB, E0 A0 BB are well-formed UTF-8 (U+9505, U+94D4, U+983B,
    // U+083B), but here they are a word's last letter, then closing marks, an ellipsis or the
    // no-break space French puts before a closing guillemet
    for (String s : new String[] {"\u201COl\u00E9\u201D\u2026 they sang", "h\u00E9\u201C\u201D",
        "he\u0301\u201C\u201D", "Touch\u00E9\u2019\u2014 and done",
        "\u00AB Je suis all\u00E9\u00A0\u00BB, dit-il.", "c'est voil\u00E0\u00A0\u00BB.",
        "\u00AB\u00A0Caf\u00E9\u00A0\u00BB et \u00AB\u00A0th\u00E9\u00A0\u00BB"}) {
      assertThat(Mojibake.repair(s)).as(s).isSameAs(s);
    }
    // the same characters misread in a run of damaged CJK text are repaired
    assertThat(Mojibake.repair(misread("\u94D4\u4E2D\u6587"))).isEqualTo("\u94D4\u4E2D\u6587");
    assertThat(Mojibake.repair(misread("\u4E2D\u94D4"))).isEqualTo("\u4E2D\u94D4");
    assertThat(Mojibake.repair(misreadLatin1("\u983B\u4E2D"))).isEqualTo("\u983B\u4E2D");
  }

  @Test
  void aLoneThreeByteCharacterThatStandsAloneInTextIsRepaired() {
    // punctuation, symbols, a Vietnamese letter, a ligature, the byte order mark, U+FFFD: each
    // alone in otherwise clean text
    String clean = "\uFEFFNguy\u1EC5n paid \u20AC5 for \u201Cthe \uFB02ag\u201D \u2122 \u2192 ok"
        + " \uFFFD.";
    assertThat(Mojibake.repair(misread(clean))).isEqualTo(clean);
    assertThat(Mojibake.repair(misreadLatin1(clean))).isEqualTo(clean);
  }

  @Test
  void malformedSequencesAreLeftAlone() {
    assertThat(Mojibake.repair("\u00C3 x")).isEqualTo("\u00C3 x"); // no second byte
    assertThat(Mojibake.repair("\u00E0\u0080\u0080")).isEqualTo("\u00E0\u0080\u0080"); // overlong
    assertThat(Mojibake.repair("\u00ED\u00A0\u0080")).isEqualTo("\u00ED\u00A0\u0080"); // surrogate
  }

  @Test
  void eachRepairedCharacterMapsToTheCharactersItCameFrom() {
    String damaged = "Jos\u00C3\u0083\u00C2\u00A9 \u00E2\u20AC\u0153x";
    Rewrite r = Mojibake.repairWithOrigins(damaged);
    assertThat(r.text()).isEqualTo("Jos\u00E9 \u201Cx");
    assertThat(r.start()).containsExactly(0, 1, 2, 3, 7, 8, 11);
    assertThat(r.end()).containsExactly(1, 2, 3, 7, 8, 11, 12);
  }

  @Test
  void aLongTextOfRepairableAndUnrepairableRunsIsReadWhole() {
    String damaged = misread("\u00E9".repeat(200_000)) + "\u00C3".repeat(200_000);
    String repaired = Mojibake.repair(damaged);
    assertThat(repaired).hasSize(400_000).startsWith("\u00E9\u00E9").endsWith("\u00C3\u00C3");
  }
}
