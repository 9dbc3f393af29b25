package org.quotekit.eval;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.quotekit.QuoteExtractor;

/**
 * Scores the default extractor on PolNeAR dev, read from {@code ../shared} (or the directory in the
 * system property {@code quotekit.polnear.dev}); skipped when the corpus is absent.
 */
class PolnearDevEvaluationTest {
  /** Floors: raise them when the figures improve, never lower them silently. */
  private static final double MIN_OVERLAP_F1 = 0.30;
  private static final double MIN_SOURCE_F1 = 0.20;

  @Test
  void defaultExtractorMeetsTheFloorsOnDev() throws IOException {
    Path dir = devDir();
    List<GoldArticle> gold = PolnearCorpus.read(dir);
    EvaluationReport report = Evaluator.evaluate(gold, QuoteExtractor.builder().build());
    System.out.print("PolNeAR dev, default extractor\n" + report.format());

    assertThat(report.articles()).isEqualTo(gold.size());
    assertThat(report.f1(Figure.OVERLAP)).isGreaterThanOrEqualTo(MIN_OVERLAP_F1);
    assertThat(report.f1(Figure.SOURCE)).isGreaterThanOrEqualTo(MIN_SOURCE_F1);
  }

  static Path devDir() {
    String property = System.getProperty("quotekit.polnear.dev");
    List<Path> candidates = property != null ? List.of(Path.of(property))
        : List.of(Path.of("../../shared/corpora/polnear/dev"),
            Path.of("../shared/corpora/polnear/dev"));
    return candidates.stream().filter(Files::isDirectory).findFirst().orElseGet(() -> {
      Assumptions.assumeTrue(false, "PolNeAR dev not found at "
          + candidates.stream().map(p -> p.toAbsolutePath().normalize().toString()).toList()
          + "; skipping corpus evaluation");
      return null;
    });
  }
}
