package org.quotekit.eval;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.quotekit.QuoteExtractor;
import org.quotekit.QuoteType;

/**
 * Scores the rule-based, model-based and combined configurations on PolNeAR dev, read from
 * {@code ../shared} (or the directory in the system property {@code quotekit.polnear.dev});
 * skipped when the corpus is absent. The floors sit just under the figures measured when they
 * were set (README): raise them when the figures improve, never lower them silently.
 */
class PolnearDevEvaluationTest {
  private static List<GoldArticle> gold;

  @BeforeAll
  static void readDev() throws IOException {
    gold = PolnearCorpus.read(PolnearDev.dir("corpus evaluation"));
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource({
      // extractors, overlap F1, source F1, DIRECT recall (overlap), exact F1
      "rules,       0.760,      0.668,     0.955,                   0.507",
      "model,       0.774,      0.690,     0.955,                   0.495",
      "rules+model, 0.783,      0.684,     0.965,                   0.494",
  })
  void meetsTheFloorsOnDev(String extractors, double overlap, double source, double direct,
      double exact) {
    QuoteExtractor extractor = QuoteExtractor.builder().extractors(extractors.split("\\+"))
        .build();
    EvaluationReport report = Evaluator.evaluate(gold, extractor);
    System.out.print("PolNeAR dev, " + extractors + "\n" + report.format());

    assertThat(report.articles()).isEqualTo(gold.size());
    assertThat(report.f1(Figure.OVERLAP)).as("overlap F1").isGreaterThanOrEqualTo(overlap);
    assertThat(report.f1(Figure.SOURCE)).as("source F1").isGreaterThanOrEqualTo(source);
    assertThat(report.f1(Figure.EXACT)).as("exact F1").isGreaterThanOrEqualTo(exact);
    assertThat(report.goldType(QuoteType.DIRECT).overlapRecall()).as("DIRECT recall")
        .isGreaterThanOrEqualTo(direct);
  }
}
