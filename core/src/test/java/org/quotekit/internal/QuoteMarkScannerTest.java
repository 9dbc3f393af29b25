package org.quotekit.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.quotekit.spi.QuoteRegion;

class QuoteMarkScannerTest {
  private final QuoteMarkScanner scanner = new QuoteMarkScanner();

  private List<String> inner(String text) {
    return regions(text).stream().map(r -> r.inner().text()).toList();
  }

  private List<QuoteRegion> regions(String text) {
    return scanner.scan(text, Analysis.findParagraphs(text));
  }

  @Test
  void pairsStraightAndCurlyDoubleQuotes() {
    assertThat(inner("He said \"yes\" and then \u201Cno\u201D.")).containsExactly("yes", "no");
  }

  @Test
  void pairsGuillemetsLowNineAndCornerBrackets() {
    assertThat(inner("Il a dit \u00ABnon\u00BB.")).containsExactly("non");
    assertThat(inner("Er sagte \u201Eja\u201C.")).containsExactly("ja");
    assertThat(inner("Er sagte \u00BBja\u00AB.")).containsExactly("ja");
    assertThat(inner("\u5F7C\u306F\u300C\u306F\u3044\u300D\u3068\u8A00\u3063\u305F"))
        .containsExactly("\u306F\u3044");
  }

  @Test
  void marksAroundNothingOrOnlySpacesMakeNoRegion() {
    assertThat(inner("He drew \u201C\u201D, \u2018\u2019 and \u00AB \u00BB on the board, then"
        + " wrote \u201Cyes\u201D and \u2018no\u2019.")).containsExactly("yes", "no");
    assertThat(inner("\u2018\u2019 \u2014 Ann Lee (@annlee) June 29, 2016")).isEmpty();
    assertThat(inner("An open mark and nothing after it: \u201C  \nNext paragraph.")).isEmpty();
  }

  @Test
  void apostrophesAreNotQuoteMarks() {
    assertThat(inner("We don't know; the '90s were the students' best years.")).isEmpty();
    assertThat(inner("We don\u2019t know; the \u201990s were the students\u2019 years.")).isEmpty();
  }

  @Test
  void singleQuotesNestInsideDoubleQuotes() {
    List<QuoteRegion> rs = regions("\u201CThey called it \u2018a disaster\u2019 today,\u201D"
        + " she said.");
    assertThat(rs).hasSize(2);
    assertThat(rs.get(0).depth()).isZero();
    assertThat(rs.get(1).inner().text()).isEqualTo("a disaster");
    assertThat(rs.get(1).depth()).isEqualTo(1);
  }

  @Test
  void apostropheInsideQuotationDoesNotCloseIt() {
    assertThat(inner("\u201CIt\u2019s the people\u2019s choice,\u201D he said."))
        .containsExactly("It\u2019s the people\u2019s choice,");
  }

  @Test
  void quotationOverSeveralParagraphsIsOneRegion() {
    String text = "\u201CFirst part of the speech.\n\u201CSecond part.\n\u201CEnd of it,\u201D"
        + " he said.";
    List<QuoteRegion> rs = regions(text);
    assertThat(rs).hasSize(1);
    assertThat(rs.get(0).open()).isZero();
    assertThat(rs.get(0).closed()).isTrue();
    assertThat(rs.get(0).inner().text()).endsWith("End of it,");
  }

  @Test
  void unclosedQuotationEndsAtItsParagraph() {
    String text = "She said \u201Cthis never ends\nNext paragraph here.";
    List<QuoteRegion> rs = regions(text);
    assertThat(rs).hasSize(1);
    assertThat(rs.get(0).closed()).isFalse();
    assertThat(rs.get(0).inner().text()).isEqualTo("this never ends");
  }

  @Test
  void shortScareQuotesKeepLaterPairingIntact() {
    assertThat(inner("The \"Shorty\" plan, he said, is \"dead on arrival\" now."))
        .containsExactly("Shorty", "dead on arrival");
  }

  @Test
  void deepNestingIsBounded() {
    String text = "\u201C".repeat(10_000) + "x";
    assertThat(regions(text)).hasSizeLessThanOrEqualTo(1);
  }
}
