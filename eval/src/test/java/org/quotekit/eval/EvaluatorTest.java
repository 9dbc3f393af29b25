package org.quotekit.eval;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.quotekit.QuoteExtractor;
import org.quotekit.QuoteType;
import org.quotekit.Span;

class EvaluatorTest {

  @Test
  void evaluateRunsTheExtractorOnEveryArticleAndAddsUp() {
    String text = "\"The harbour will reopen in spring,\" the minister said on Monday.";
    Span content = Span.of(text, 0, 36);
    Span source = Span.of(text, 37, 49);
    Span cue = Span.of(text, 50, 54);
    GoldArticle quoted = new GoldArticle("quoted", text,
        List.of(new GoldAttribution("E1", List.of(content), List.of(cue), List.of(source))));
    GoldArticle empty = new GoldArticle("empty", "The weather was mild.", List.of());

    EvaluationReport r = Evaluator.evaluate(List.of(quoted, empty),
        QuoteExtractor.builder().build());

    assertThat(source.text()).isEqualTo("the minister");
    assertThat(cue.text()).isEqualTo("said");
    assertThat(r.articles()).isEqualTo(2);
    assertThat(r.goldAttributions()).isEqualTo(1);
    assertThat(r.goldType(QuoteType.DIRECT).overlap()).isEqualTo(1);
    assertThat(r.recall(Figure.CUE)).isEqualTo(1.0);
  }
}
