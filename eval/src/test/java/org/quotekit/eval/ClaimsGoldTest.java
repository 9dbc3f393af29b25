package org.quotekit.eval;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.quotekit.QuoteExtractor;

/**
 * Floors on the reporting part of the claims gold ({@code testdata/claims}), so that a change that
 * makes claims worse fails here, for the default extractor ({@code rules}) and for {@code model},
 * whose quote boundaries differ (a switch of the default stays covered). Set just under the
 * figures reached: with the 151 rows with PolNeAR dev, rules usable 0.901, stance 0.992, negation
 * F1 0.969, quantity F1 0.977 (issue 15), model 0.901, 0.992, 0.969, 0.966; on the 130 rows
 * without the corpus rules 0.923, 1.000, 1.000, 0.976 and model 0.915, 1.000, 1.000, 0.966. The
 * model's usable floor is 0.89: with the model extractor changes made meanwhile on main (a
 * reporting participle after a comma ends the content, imperatives are no cue) one more quote of
 * the reporting part goes unfound and model reaches 0.894 (0.908 without the corpus). Raise
 * them when claims improve; never tune on the reporting part. The PolNeAR rows are scored when
 * the corpus is found as {@link PolnearDev} looks for it, and left out (with a note) otherwise.
 */
class ClaimsGoldTest {
  private static final Path GOLD = Path.of("..", "testdata", "claims");

  @ParameterizedTest(name = "--extractors {0}")
  @CsvSource({"rules, 0.90", "model, 0.89"})
  void theReportingPartKeepsItsFigures(String extractor, double usable) throws IOException {
    Path polnear = polnearDev();
    ClaimsReport report = ClaimsEvaluation.evaluate(GOLD, polnear,
        QuoteExtractor.builder().extractors(extractor).build());
    System.out.print(extractor + ":\n" + report.format());
    ClaimsReport.Part part = report.part("report").orElseThrow();

    assertThat(part.rows()).as("rows of the reporting part").isGreaterThanOrEqualTo(130);
    assertThat(part.usableRate()).as("usable claim rate; misses: %s", report.misses())
        .isGreaterThanOrEqualTo(usable);
    assertThat(part.stanceAccuracy()).as("stance accuracy").isGreaterThanOrEqualTo(0.98);
    assertThat(part.negationF1()).as("negation F1").isGreaterThanOrEqualTo(0.95);
    assertThat(part.quantityF1()).as("quantity F1").isGreaterThanOrEqualTo(0.96);
  }

  @Test
  void theGoldHasTheSizeTheIssueAsksForAndEachArticleIsInOnePart() throws IOException {
    var rows = ClaimGold.read(GOLD);
    assertThat(rows).hasSizeGreaterThanOrEqualTo(150);
    assertThat(rows.stream().map(ClaimGold::article).distinct().count())
        .isGreaterThanOrEqualTo(25);
    assertThat(rows.stream().collect(java.util.stream.Collectors.groupingBy(ClaimGold::article,
        java.util.stream.Collectors.mapping(ClaimGold::part,
            java.util.stream.Collectors.toSet()))).values())
        .allSatisfy(parts -> assertThat(parts).hasSize(1));
    try (Stream<Path> articles = Files.list(GOLD.resolve("articles"))) {
      assertThat(articles.filter(p -> p.toString().endsWith(".txt")).count())
          .isGreaterThanOrEqualTo(20);
    }
  }

  /** PolNeAR dev where {@link PolnearDev} looks for it, or null without skipping the test. */
  private static Path polnearDev() {
    String property = System.getProperty("quotekit.polnear.dev");
    Stream<Path> candidates = property != null ? Stream.of(Path.of(property))
        : Stream.of(Path.of("../../shared/corpora/polnear/dev"),
            Path.of("../shared/corpora/polnear/dev"));
    Path found = candidates.filter(Files::isDirectory).findFirst().orElse(null);
    if (found == null) {
      System.err.println(String.format(Locale.ROOT, "PolNeAR dev not found: the claims gold is"
          + " scored without its PolNeAR rows"));
    }
    return found;
  }
}
