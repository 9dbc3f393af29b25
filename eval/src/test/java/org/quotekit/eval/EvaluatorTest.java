package org.quotekit.eval;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.quotekit.QuoteExtractor;
import org.quotekit.QuoteType;
import org.quotekit.Span;

class EvaluatorTest {

  private static final String TEXT =
      "\"The harbour will reopen in spring,\" the minister said on Monday.";

  private static List<GoldArticle> gold() {
    Span content = Span.of(TEXT, 0, 36);
    Span source = Span.of(TEXT, 37, 49);
    Span cue = Span.of(TEXT, 50, 54);
    GoldArticle quoted = new GoldArticle("quoted", TEXT,
        List.of(new GoldAttribution("E1", List.of(content), List.of(cue), List.of(source))));
    GoldArticle empty = new GoldArticle("empty", "The weather was mild.", List.of());
    return List.of(quoted, empty);
  }

  @Test
  void evaluateRunsTheExtractorOnEveryArticleAndAddsUp() {
    EvaluationReport r = Evaluator.evaluate(gold(), QuoteExtractor.builder().build());

    assertThat(Span.of(TEXT, 37, 49).text()).isEqualTo("the minister");
    assertThat(Span.of(TEXT, 50, 54).text()).isEqualTo("said");
    assertThat(r.articles()).isEqualTo(2);
    assertThat(r.goldAttributions()).isEqualTo(1);
    assertThat(r.goldType(QuoteType.DIRECT).overlap()).isEqualTo(1);
    assertThat(r.recall(Figure.CUE)).isEqualTo(1.0);
  }

  @Test
  void evaluateWithErrorsGivesTheSameFiguresAndTheErrorsOfTheSamePairing() {
    QuoteExtractor extractor = QuoteExtractor.builder().build();

    Evaluator.Evaluation both = Evaluator.evaluateWithErrors(gold(), extractor);

    assertThat(both.report()).isEqualTo(Evaluator.evaluate(gold(), extractor));
    assertThat(both.errors().articles()).isEqualTo(2);
    assertThat(both.errors().right()).isEqualTo(1);
    assertThat(both.errors().counts().values()).containsOnly(0);
  }
}
