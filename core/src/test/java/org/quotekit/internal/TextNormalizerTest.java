package org.quotekit.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.quotekit.Span;

class TextNormalizerTest {

  @Test
  void cleanTextHasNothingToNormalise() {
    assertThat(TextNormalizer.of("")).isNull();
    assertThat(TextNormalizer.of("\u201CWe will win,\u201D he said.\r\n\tCaf\u00E9 \uD83D\uDE00"))
        .isNull();
  }

  @Test
  void unicodeSpacesBecomeSpacesAndSeparatorsBecomeNewlines() {
    TextNormalizer n = TextNormalizer.of(
        "a\u00A0b\u2009c\u202Fd\u3000e\u1680f\u2028G\u2029h\u0085I\u000Bj\fk\u001Fl");
    assertThat(n.text()).isEqualTo("a b c d e f\nG\nh\nI\nj\nk\nl");
  }

  @Test
  void invisibleCharactersControlsAndCombiningMarksAreRemoved() {
    TextNormalizer n = TextNormalizer.of("\uFEFFs\u200Ba\u00ADi\u200Ed\u0000 \u202Ethe\u202C"
        + " e\u0301\u0308nvoy\u0007\u007F\u009F \uDB40\uDC01x\uD834\uDD67y");
    assertThat(n.text()).isEqualTo("said the envoy xy");
  }

  @Test
  void aSpanEndingAtALetterKeepsTheCombiningMarksThatFollowIt() {
    // decomposed accents: "José", "Zoë", and a Thai vowel sign, which is a combining mark
    String original = "Jose\u0301 and Zoe\u0308\u0301 met \u0E14\u0E35 \u200B";
    TextNormalizer n = TextNormalizer.of(original);
    String text = n.text();
    assertThat(text).isEqualTo("Jose and Zoe met \u0E14 ");
    assertThat(n.span(Span.of(text, 0, 4)).text()).isEqualTo("Jose\u0301");
    assertThat(n.span(Span.of(text, 9, 12)).text()).isEqualTo("Zoe\u0308\u0301");
    assertThat(n.span(Span.of(text, 17, 18)).text()).isEqualTo("\u0E14\u0E35");
    // a mark after a space or after another removed character is no letter's: left outside
    assertThat(n.span(Span.of(text, 0, 18)).text()).doesNotEndWith("\u200B");
  }

  @Test
  void aLineBreakBeforeAWordInSmallLettersOnlyWrapsTheLine() {
    assertThat(TextNormalizer.of("raise taxes this\nyear,\" said Ann.").text())
        .isEqualTo("raise taxes this year,\" said Ann.");
    assertThat(TextNormalizer.of("this  \r\nyear \u2028next \u0085one").text())
        .isEqualTo("this    year  next  one");
    // a paragraph's end: a blank line, a capital, a digit, a mark, an address, a first line
    for (String kept : List.of("this\n\nyear", "this\nYear", "this\n2025", "this\n\u201Cyes",
        "Contact:\npress@example.com", "see\nwww.example.com", "\nyear", "this\n  year",
        "this\u2029year")) {
      TextNormalizer n = TextNormalizer.of(kept);
      assertThat(n == null ? kept : n.text()).as(kept).isEqualTo(kept.replace('\u2029', '\n'));
    }
  }

  @Test
  void fullwidthFormsReadAsAscii() {
    String original = "\uFF02We win\uFF0C\uFF02 said \uFF2A\uFF4F\uFF0E";
    TextNormalizer n = TextNormalizer.of(original);
    assertThat(n.text()).isEqualTo("\"We win,\" said Jo.");
    assertThat(n.span(Span.of(n.text(), 15, 17)).text()).isEqualTo("\uFF2A\uFF4F");
  }

  @Test
  void spansMapToTheOriginalWithoutSwallowingRemovedCharacters() {
    String original = "\u200BHe\u200B said\u00AD\u200E \u201CNo.\u201D\uFEFF";
    TextNormalizer n = TextNormalizer.of(original);
    String text = n.text();
    assertThat(text).isEqualTo("He said \u201CNo.\u201D");
    Span said = n.span(Span.of(text, 3, 7));
    assertThat(said.text()).isEqualTo("said");
    assertThat(original.substring(said.start(), said.end())).isEqualTo("said");
    assertThat(n.span(Span.of(text, 0, 2)).start()).isEqualTo(1);
    assertThat(n.span(Span.of(text, 0, text.length())).text())
        .isEqualTo(original.substring(1, original.length() - 1));
  }

  @Test
  void emptySpansStayInsideTheSpansAroundThem() {
    String original = "ab\u200B\u200Bcd";
    TextNormalizer n = TextNormalizer.of(original);
    assertThat(n.span(Span.of(n.text(), 2, 2))).isEqualTo(new Span(2, 2, ""));
    assertThat(n.span(Span.of(n.text(), 0, 0))).isEqualTo(new Span(0, 0, ""));
    assertThat(n.span(Span.of(n.text(), 4, 4))).isEqualTo(new Span(6, 6, ""));
  }

  @Test
  void surrogatePairsStayWholeAndLoneSurrogatesAreKept() {
    String original = "\u200B\uD83D\uDE00\u200B \uD800x\uDC00";
    TextNormalizer n = TextNormalizer.of(original);
    assertThat(n.text()).isEqualTo("\uD83D\uDE00 \uD800x\uDC00");
    assertThat(n.span(Span.of(n.text(), 0, 2)).text()).isEqualTo("\uD83D\uDE00");
    assertThat(n.span(Span.of(n.text(), 0, 2)).start()).isEqualTo(1);
  }

  @Test
  void readableFormKeepsCombiningMarksOnly() {
    String original = "Jose\u0301\u00A0Mari\u200Ba";
    TextNormalizer n = TextNormalizer.of(original);
    assertThat(n.text()).isEqualTo("Jose Maria");
    assertThat(n.readable(0, original.length())).isEqualTo("Jose\u0301 Maria");
  }

  @Test
  void mojibakeIsRepairedAndSpansMapOverTheWholeDamagedSequence() {
    String original = "\u00E2\u20AC\u0153Fine,\u00E2\u20AC\uFFFD said"
        + " Jos\u00C3\u00A9\u00C2\u00A0Pe\u00C3\u00B1a.";
    TextNormalizer n = TextNormalizer.of(original);
    assertThat(n.text()).isEqualTo("\u201CFine,\u201D said Jos\u00E9 Pe\u00F1a.");
    Span name = n.span(Span.of(n.text(), 13, 22));
    assertThat(name.text()).isEqualTo("Jos\u00C3\u00A9\u00C2\u00A0Pe\u00C3\u00B1a");
    assertThat(n.readable(name.start(), name.end())).isEqualTo("Jos\u00E9 Pe\u00F1a");
    Span quote = n.span(Span.of(n.text(), 0, 7));
    assertThat(quote.text()).isEqualTo("\u00E2\u20AC\u0153Fine,\u00E2\u20AC\uFFFD");
    assertThat(n.span(Span.of(n.text(), 1, 5)).text()).isEqualTo("Fine");
  }

  @Test
  void referencesAndMojibakeInOneTextMapBackThroughBothRepairs() {
    String original = "&ldquo;Jos\u00C3\u00A9&rdquo; &amp; Pe\u00C3\u00B1a";
    TextNormalizer n = TextNormalizer.of(original);
    assertThat(n.text()).isEqualTo("\u201CJos\u00E9\u201D & Pe\u00F1a");
    assertThat(n.span(Span.of(n.text(), 1, 5)).text()).isEqualTo("Jos\u00C3\u00A9");
    assertThat(n.span(Span.of(n.text(), 0, 6)).text()).isEqualTo(original.substring(0, 19));
    assertThat(n.span(Span.of(n.text(), 9, 13)).text()).isEqualTo("Pe\u00C3\u00B1a");
  }
}
