package org.quotekit.eval;

import java.util.List;
import java.util.Objects;
import org.quotekit.Article;
import org.quotekit.QuoteExtractor;

/**
 * Runs an extractor over gold articles and adds up the {@link AttributionScorer} figures.
 * Stateless and thread-safe; to score a hand-made {@link org.quotekit.Extraction} use {@link
 * AttributionScorer#score(GoldArticle, org.quotekit.Extraction)}.
 *
 * <pre>{@code
 * EvaluationReport report = Evaluator.evaluate(PolnearCorpus.read(Path.of("polnear/dev")),
 *     QuoteExtractor.builder().build());
 * System.out.print(report.format());
 * }</pre>
 */
public final class Evaluator {
  private Evaluator() {}

  /**
   * Extracts from every article ({@code Article.of(id, text)}), in list order, and scores each
   * against its gold attributions.
   *
   * @throws NullPointerException if an argument is null
   * @throws org.quotekit.ExtractionException if the extractor is fail-fast and fails
   */
  public static EvaluationReport evaluate(List<GoldArticle> gold, QuoteExtractor extractor) {
    Objects.requireNonNull(gold, "gold");
    Objects.requireNonNull(extractor, "extractor");
    EvaluationReport total = EvaluationReport.empty();
    for (GoldArticle article : gold) {
      total = total.plus(AttributionScorer.score(article,
          extractor.extract(Article.of(article.id(), article.text()))));
    }
    return total;
  }
}
