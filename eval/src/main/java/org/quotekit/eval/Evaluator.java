package org.quotekit.eval;

import java.util.List;
import java.util.Objects;
import java.util.function.BiFunction;
import java.util.function.BinaryOperator;
import org.quotekit.Article;
import org.quotekit.Extraction;
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
    return sum(gold, extractor, EvaluationReport.empty(), AttributionScorer::score,
        EvaluationReport::plus);
  }

  /**
   * The figures of {@link #evaluate} and, from the same extractions and pairing, how many
   * attributions went wrong in each way ({@link AttributionScorer#errors}).
   *
   * @throws NullPointerException if an argument is null
   * @throws org.quotekit.ExtractionException if the extractor is fail-fast and fails
   */
  public static Evaluation evaluateWithErrors(List<GoldArticle> gold, QuoteExtractor extractor) {
    return sum(gold, extractor, new Evaluation(EvaluationReport.empty(), ErrorBreakdown.empty()),
        AttributionScorer::evaluate, Evaluation::plus);
  }

  /**
   * The figures and the error breakdown of the same articles.
   *
   * @param report the figures
   * @param errors the error classes
   */
  public record Evaluation(EvaluationReport report, ErrorBreakdown errors) {
    /** Checks that both are there. */
    public Evaluation {
      Objects.requireNonNull(report, "report");
      Objects.requireNonNull(errors, "errors");
    }

    /** Both parts summed with {@code other}'s. */
    public Evaluation plus(Evaluation other) {
      return new Evaluation(report.plus(other.report), errors.plus(other.errors));
    }
  }

  /** Extracts from each article in order and adds up {@code score} of each. */
  private static <T> T sum(List<GoldArticle> gold, QuoteExtractor extractor, T zero,
      BiFunction<GoldArticle, Extraction, T> score, BinaryOperator<T> plus) {
    Objects.requireNonNull(gold, "gold");
    Objects.requireNonNull(extractor, "extractor");
    T total = zero;
    for (GoldArticle article : gold) {
      total = plus.apply(total, score.apply(article,
          extractor.extract(Article.of(article.id(), article.text()))));
    }
    return total;
  }
}
