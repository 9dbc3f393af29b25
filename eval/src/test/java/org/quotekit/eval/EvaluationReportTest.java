package org.quotekit.eval;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.quotekit.QuoteType;
import org.quotekit.eval.EvaluationReport.Counts;
import org.quotekit.eval.EvaluationReport.TypeCounts;

class EvaluationReportTest {

  /** A one-article report with the same counts for every figure and type. */
  private static EvaluationReport report(Counts counts, TypeCounts types) {
    Map<Figure, Counts> figures = new EnumMap<>(Figure.class);
    for (Figure f : Figure.values()) {
      figures.put(f, counts);
    }
    Map<QuoteType, TypeCounts> byType = new EnumMap<>(QuoteType.class);
    for (QuoteType t : QuoteType.values()) {
      byType.put(t, types);
    }
    return new EvaluationReport(1, figures, byType);
  }

  @Test
  void countsGivePrecisionRecallAndF1() {
    Counts c = new Counts(2, 4, 8);

    assertThat(c.precision()).isEqualTo(0.5);
    assertThat(c.recall()).isEqualTo(0.25);
    assertThat(c.f1()).isEqualTo(2 * 0.5 * 0.25 / 0.75);
    assertThat(new Counts(0, 0, 0).f1()).isZero();
    assertThatThrownBy(() -> new Counts(3, 2, 5)).isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("correct=3");
  }

  @Test
  void combineAddsEveryCount() {
    EvaluationReport sum = EvaluationReport.combine(List.of(
        report(new Counts(1, 2, 3), new TypeCounts(3, 2, 1)),
        report(new Counts(2, 2, 2), new TypeCounts(1, 1, 0))));

    assertThat(sum.articles()).isEqualTo(2);
    assertThat(sum.counts(Figure.TOKEN)).isEqualTo(new Counts(3, 4, 5));
    assertThat(sum.goldType(QuoteType.MIXED)).isEqualTo(new TypeCounts(4, 3, 1));
    assertThat(EvaluationReport.combine(List.of())).isEqualTo(EvaluationReport.empty());
  }

  @Test
  void formatHasAFixedLayout() {
    String table = report(new Counts(1, 2, 4), new TypeCounts(4, 3, 1)).format();

    assertThat(table.split("\n")).containsExactly(
        "figure    precision  recall  f1",
        "exact     0.500      0.250   0.333",
        "overlap   0.500      0.250   0.333",
        "token     0.500      0.250   0.333",
        "source    0.500      0.250   0.333",
        "cue       0.500      0.250   0.333",
        "gold by type    count  recall(overlap)  recall(exact)",
        "DIRECT          4      0.750            0.250",
        "MIXED           4      0.750            0.250",
        "INDIRECT        4      0.750            0.250",
        "articles 1, gold attributions 4, predicted attributions 2");
  }

  @Test
  void jsonHoldsCountsAndRatios() {
    String json = report(new Counts(1, 2, 4), new TypeCounts(4, 3, 1)).toJson();

    assertThat(json).startsWith("{\"articles\":1,\"goldAttributions\":4,"
        + "\"predictedAttributions\":2,\"figures\":{\"exact\":{\"correct\":1,\"predicted\":2,"
        + "\"gold\":4,\"precision\":0.5000,\"recall\":0.2500,\"f1\":0.3333},");
    assertThat(json).contains("\"INDIRECT\":{\"gold\":4,\"overlap\":3,\"exact\":1,"
        + "\"overlapRecall\":0.7500,\"exactRecall\":0.2500}}}");
  }

  @Test
  void missingFiguresAreRejected() {
    assertThatThrownBy(() -> new EvaluationReport(1, Map.of(), EvaluationReport.empty()
        .goldByType())).isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("figures");
  }
}
