package org.quotekit.eval;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.quotekit.QuoteExtractor;

/** The scoring rules of {@link ClaimsEvaluation} on a gold written here. */
class ClaimsEvaluationTest {

  @Test
  void textsMatchAsLowerCaseWordsAndCompletionsMayHoldMoreWords() {
    assertThat(ClaimsEvaluation.sameText("The port handles 1,200 boxes.",
        "the port handles 1,200 boxes")).isTrue();
    assertThat(ClaimsEvaluation.sameText("[The report] shows a fall.",
        "[The annual report] shows a fall.")).isTrue();
    assertThat(ClaimsEvaluation.sameText("[The report] shows a fall.",
        "The report shows a fall.")).isTrue();
    assertThat(ClaimsEvaluation.sameText("[The report] shows a fall.", "Shows a fall."))
        .isFalse();
    assertThat(ClaimsEvaluation.sameText("[The report] shows a fall.",
        "[The court] shows a fall.")).isFalse();
    assertThat(ClaimsEvaluation.sameText("It lost $4 million.",
        "After trading ended that it lost $4 million.")).isFalse();
  }

  @Test
  void wordsInsideAndOutsideBrackets() {
    assertThat(ClaimsEvaluation.words("[The launch] shows it.", true))
        .containsExactly("the", "launch");
    assertThat(ClaimsEvaluation.words("[The launch] shows it.", false))
        .containsExactly("shows", "it");
    assertThat(ClaimsEvaluation.words("[The launch] shows it.", null)).hasSize(4);
  }

  @Test
  void expectedTextsFromOffsetsBracketCompletions() {
    String text = "The launch, he said, shows defiance.";
    assertThat(ClaimsEvaluation.expectedText("@{0-10} 21-36", text))
        .isEqualTo("[The launch] shows defiance.");
    assertThat(ClaimsEvaluation.expectedText("Plain text.", text)).isEqualTo("Plain text.");
  }

  @Test
  void malformedRowsNameTheirPlace() {
    assertThatThrownBy(() -> ClaimGold.parse("dev\ta\tb\tc", "g.tsv:3"))
        .hasMessageContaining("g.tsv:3").hasMessageContaining("7 tab-separated");
    assertThatThrownBy(() -> ClaimGold.parse("test\ta\tb\tC.\tASSERTS\tfalse\t-", "g.tsv:4"))
        .hasMessageContaining("g.tsv:4").hasMessageContaining("split");
    assertThatThrownBy(() -> ClaimGold.parse("dev\ta\tb\tC.\tSAYS\tfalse\t-", "g.tsv:5"))
        .hasMessageContaining("unknown stance SAYS");
    assertThatThrownBy(() -> ClaimGold.parse("dev\ta\tb\tC.\tASSERTS\tno\t-", "g.tsv:6"))
        .hasMessageContaining("negated");
    assertThatThrownBy(() -> ClaimGold.parse("dev\ta\tb\tC.\tASSERTS\tfalse\tten=x", "g:7"))
        .hasMessageContaining("WHERE=VALUE UNIT");
    ClaimGold row = ClaimGold.parse("report\ta\tb\tC. || D.\tHEDGES\ttrue\tsix to 8 hours=6..8"
        + " hours ; $2=2 USD", "g:8");
    assertThat(row.expected()).containsExactly("C.", "D.");
    assertThat(row.quantities()).containsExactly(
        new ClaimGold.Expected("six to 8 hours", 6, 8, "hours"),
        new ClaimGold.Expected("$2", 2, 2, "usd"));
  }

  @Test
  void anchorsMustBeInTheArticle() {
    assertThatThrownBy(() -> ClaimsEvaluation.locate("bridge", "a bridge, a bridge", 0, true,
        "g:1")).hasMessageContaining("occurs 2 times").hasMessageContaining("g:1");
    assertThatThrownBy(() -> ClaimsEvaluation.locate("@5-900", "short", 0, true, "g:2"))
        .hasMessageContaining("g:2");
    assertThat(ClaimsEvaluation.locate("bridge", "a bridge, a bridge", 12, false, "g:3").start())
        .isEqualTo(12);
  }

  @Test
  void scoresEachPartOnAnArticleWrittenForTheTest(@TempDir Path dir) throws IOException {
    Files.createDirectory(dir.resolve("articles"));
    Files.writeString(dir.resolve("articles").resolve("ferry.txt"),
        "\"The ferry did not sail on Monday,\" the harbour master said. \"It may sail on"
            + " Friday.\"\n\nThe port said it handles 1,200 boxes a day.\n", StandardCharsets.UTF_8);
    List<String> rows = new ArrayList<>();
    rows.add("dev\tferry\tThe ferry did not\tThe ferry did not sail on Monday.\tASSERTS\ttrue\t-");
    rows.add("dev\tferry\tIt may sail\tIt may sail on Friday.\tHEDGES\tfalse\t-");
    rows.add("report\tferry\tit handles\tIt handles 1,200 boxes a day.\tASSERTS\tfalse"
        + "\t1,200 boxes=1200 boxes/day");
    // a wrong expectation, so that the figures can fall below 1
    rows.add("report\tferry\tsail on Friday\t-\t-\t-\t-");
    Files.write(dir.resolve("gold.tsv"), rows, StandardCharsets.UTF_8);

    ClaimsReport report = ClaimsEvaluation.evaluate(dir, null, QuoteExtractor.builder().build());

    ClaimsReport.Part dev = report.part("dev").orElseThrow();
    assertThat(dev.rows()).isEqualTo(2);
    assertThat(dev.usableRate()).isEqualTo(1.0);
    assertThat(dev.stanceAccuracy()).isEqualTo(1.0);
    assertThat(dev.negationF1()).isEqualTo(1.0);
    ClaimsReport.Part rep = report.part("report").orElseThrow();
    assertThat(rep.rows()).isEqualTo(2);
    assertThat(rep.usableRate()).isEqualTo(0.5);
    assertThat(rep.quantityF1()).isEqualTo(1.0);
    assertThat(report.misses()).singleElement().asString().contains("expected no claim");
    assertThat(report.format()).contains("usable", "report", "0.500");
    // a byte order mark opening the file, as Windows editors write one, is no part of the row
    rows.set(0, "\uFEFF" + rows.get(0));
    Files.write(dir.resolve("gold.tsv"), rows, StandardCharsets.UTF_8);
    assertThat(ClaimsEvaluation.evaluate(dir, null, QuoteExtractor.builder().build())
        .part("dev").orElseThrow().rows()).isEqualTo(2);
  }

  @Test
  void f1IsOneWhenNothingIsExpectedOrFoundAndZeroWhenAllIsWrong() {
    ClaimsReport.Part none = new ClaimsReport.Part("dev", 1, 1, 1, 0, 1, 0, 0, 0, 0, 0, 0, 0);
    assertThat(none.negationF1()).isEqualTo(1.0);
    assertThat(none.quantityF1()).isEqualTo(1.0);
    ClaimsReport.Part wrong = new ClaimsReport.Part("dev", 2, 0, 2, 0, 0, 0, 1, 1, 0, 1, 1, 0);
    assertThat(wrong.negationF1()).isEqualTo(0.0);
    assertThat(wrong.quantityF1()).isEqualTo(0.0);
  }
}
