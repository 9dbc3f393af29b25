package org.quotekit.eval;

import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.function.BinaryOperator;
import org.quotekit.QuoteType;

/**
 * The figures of {@code EVALUATION.md} for one article or a whole split, kept as counts so that
 * reports of several articles add up exactly. Immutable and thread-safe.
 *
 * @param articles number of articles scored
 * @param figures the counts of every {@link Figure}
 * @param goldByType gold attributions and their recall, per gold {@link QuoteType}
 */
public record EvaluationReport(int articles, Map<Figure, Counts> figures,
    Map<QuoteType, TypeCounts> goldByType) {

  /** The order in which tables list the gold types. */
  private static final List<QuoteType> TYPE_ORDER =
      List.of(QuoteType.DIRECT, QuoteType.MIXED, QuoteType.INDIRECT);

  /**
   * Copies the maps.
   *
   * @throws IllegalArgumentException if {@code articles} is negative or a figure or type is missing
   */
  public EvaluationReport {
    if (articles < 0) {
      throw new IllegalArgumentException("articles must not be negative: " + articles);
    }
    figures = Map.copyOf(Objects.requireNonNull(figures, "figures"));
    goldByType = Map.copyOf(Objects.requireNonNull(goldByType, "goldByType"));
    if (figures.size() != Figure.values().length) {
      throw new IllegalArgumentException("figures must hold every Figure: " + figures.keySet());
    }
    if (goldByType.size() != QuoteType.values().length) {
      throw new IllegalArgumentException("goldByType must hold every QuoteType: "
          + goldByType.keySet());
    }
  }

  /** A report of no articles: the neutral element of {@link #plus(EvaluationReport)}. */
  public static EvaluationReport empty() {
    Map<Figure, Counts> figures = new EnumMap<>(Figure.class);
    for (Figure f : Figure.values()) {
      figures.put(f, new Counts(0, 0, 0));
    }
    Map<QuoteType, TypeCounts> types = new EnumMap<>(QuoteType.class);
    for (QuoteType t : QuoteType.values()) {
      types.put(t, new TypeCounts(0, 0, 0));
    }
    return new EvaluationReport(0, figures, types);
  }

  /** The sum of several reports, e.g. one per article. */
  public static EvaluationReport combine(Collection<EvaluationReport> reports) {
    return reports.stream().reduce(empty(), EvaluationReport::plus);
  }

  /** The sum of this report and {@code other}: articles and every count added. */
  public EvaluationReport plus(EvaluationReport other) {
    return new EvaluationReport(articles + other.articles,
        merge(figures, other.figures, Counts::plus),
        merge(goldByType, other.goldByType, TypeCounts::plus));
  }

  private static <K, V> Map<K, V> merge(Map<K, V> a, Map<K, V> b,
      BinaryOperator<V> plus) {
    Map<K, V> out = new HashMap<>(a);
    b.forEach((k, v) -> out.merge(k, v, plus));
    return out;
  }

  /** The counts of one figure. */
  public Counts counts(Figure figure) {
    return figures.get(Objects.requireNonNull(figure, "figure"));
  }

  /** Precision of one figure; 0 when nothing was predicted. */
  public double precision(Figure figure) {
    return counts(figure).precision();
  }

  /** Recall of one figure; 0 when there is no gold attribution. */
  public double recall(Figure figure) {
    return counts(figure).recall();
  }

  /** Harmonic mean of precision and recall; 0 when both are 0. */
  public double f1(Figure figure) {
    return counts(figure).f1();
  }

  /** Number of gold attributions. */
  public int goldAttributions() {
    return counts(Figure.OVERLAP).gold();
  }

  /** Number of predicted attributions (after merging quotes that share a cue). */
  public int predictedAttributions() {
    return counts(Figure.OVERLAP).predicted();
  }

  /** The gold count and recall of one gold type. */
  public TypeCounts goldType(QuoteType type) {
    return goldByType.get(Objects.requireNonNull(type, "type"));
  }

  /**
   * A fixed-layout text table: precision, recall and F1 of every figure, then the recall by gold
   * type, then the totals. Numbers have three decimals and a dot.
   */
  public String format() {
    StringBuilder out = new StringBuilder(String.format(Locale.ROOT, "%-10s%-11s%-8s%s\n",
        "figure", "precision", "recall", "f1"));
    for (Figure f : Figure.values()) {
      out.append(String.format(Locale.ROOT, "%-10s%-11.3f%-8.3f%.3f\n", f.label(), precision(f),
          recall(f), f1(f)));
    }
    out.append(String.format(Locale.ROOT, "%-16s%-7s%-17s%s\n", "gold by type", "count",
        "recall(overlap)", "recall(exact)"));
    for (QuoteType t : TYPE_ORDER) {
      TypeCounts c = goldType(t);
      out.append(String.format(Locale.ROOT, "%-16s%-7d%-17.3f%.3f\n", t, c.gold(),
          c.overlapRecall(), c.exactRecall()));
    }
    out.append(String.format(Locale.ROOT, "articles %d, gold attributions %d, "
        + "predicted attributions %d\n", articles, goldAttributions(), predictedAttributions()));
    return out.toString();
  }

  /**
   * The report as one JSON object: {@code articles}, {@code goldAttributions}, {@code
   * predictedAttributions}, {@code figures} (per figure label: correct, predicted, gold,
   * precision, recall, f1) and {@code goldByType} (per type: gold, overlap, exact, overlapRecall,
   * exactRecall). Ratios have four decimals.
   */
  public String toJson() {
    return toJson(null);
  }

  /**
   * The report as {@link #toJson()} gives it, with the error breakdown as one more member,
   * {@code errors} ({@link ErrorBreakdown#toJson()}), when {@code errors} is not null.
   */
  public String toJson(ErrorBreakdown errors) {
    List<String> fig = new ArrayList<>();
    for (Figure f : Figure.values()) {
      Counts c = counts(f);
      fig.add(String.format(Locale.ROOT, "\"%s\":{\"correct\":%d,\"predicted\":%d,\"gold\":%d,"
          + "\"precision\":%.4f,\"recall\":%.4f,\"f1\":%.4f}", f.label(), c.correct(),
          c.predicted(), c.gold(), c.precision(), c.recall(), c.f1()));
    }
    List<String> types = new ArrayList<>();
    for (QuoteType t : TYPE_ORDER) {
      TypeCounts c = goldType(t);
      types.add(String.format(Locale.ROOT, "\"%s\":{\"gold\":%d,\"overlap\":%d,\"exact\":%d,"
          + "\"overlapRecall\":%.4f,\"exactRecall\":%.4f}", t, c.gold(), c.overlap(), c.exact(),
          c.overlapRecall(), c.exactRecall()));
    }
    return String.format(Locale.ROOT, "{\"articles\":%d,\"goldAttributions\":%d,"
        + "\"predictedAttributions\":%d,\"figures\":{%s},\"goldByType\":{%s}%s}", articles,
        goldAttributions(), predictedAttributions(), String.join(",", fig),
        String.join(",", types), errors == null ? "" : ",\"errors\":" + errors.toJson());
  }

  /**
   * The counts behind one figure. Precision is {@code correct / predicted} and recall {@code
   * correct / gold}; with one-to-one pairing the same number of correct pairs serves both. For
   * {@link Figure#TOKEN} all three are token counts summed over pairs and attributions. Immutable
   * and thread-safe.
   *
   * @param correct correct pairs (token figure: shared content tokens)
   * @param predicted predicted attributions (token figure: their content tokens)
   * @param gold gold attributions (token figure: their content tokens)
   */
  public record Counts(int correct, int predicted, int gold) {

    /**
     * Checks the counts.
     *
     * @throws IllegalArgumentException if a count is negative or correct exceeds another count
     */
    public Counts {
      if (correct < 0 || correct > predicted || correct > gold) {
        throw new IllegalArgumentException("counts must satisfy 0 <= correct <= predicted, gold: "
            + "correct=" + correct + ", predicted=" + predicted + ", gold=" + gold);
      }
    }

    /** {@code correct / predicted}, 0 when nothing was predicted. */
    public double precision() {
      return ratio(correct, predicted);
    }

    /** {@code correct / gold}, 0 when there is no gold. */
    public double recall() {
      return ratio(correct, gold);
    }

    /** Harmonic mean of precision and recall, 0 when both are 0. */
    public double f1() {
      double p = precision();
      double r = recall();
      return p + r == 0 ? 0 : 2 * p * r / (p + r);
    }

    /** The element-wise sum. */
    public Counts plus(Counts o) {
      return new Counts(correct + o.correct, predicted + o.predicted, gold + o.gold);
    }
  }

  /**
   * How many gold attributions of one type there are and how many of them were found. Immutable
   * and thread-safe.
   *
   * @param gold gold attributions of the type
   * @param overlap of those, how many were paired
   * @param exact of those, how many were paired with an equal content token set
   */
  public record TypeCounts(int gold, int overlap, int exact) {

    /**
     * Checks the counts.
     *
     * @throws IllegalArgumentException unless {@code 0 <= exact <= overlap <= gold}
     */
    public TypeCounts {
      if (exact < 0 || exact > overlap || overlap > gold) {
        throw new IllegalArgumentException("counts must satisfy 0 <= exact <= overlap <= gold: "
            + "exact=" + exact + ", overlap=" + overlap + ", gold=" + gold);
      }
    }

    /** {@code overlap / gold}, 0 when there is no gold attribution of the type. */
    public double overlapRecall() {
      return ratio(overlap, gold);
    }

    /** {@code exact / gold}, 0 when there is no gold attribution of the type. */
    public double exactRecall() {
      return ratio(exact, gold);
    }

    /** The element-wise sum. */
    public TypeCounts plus(TypeCounts o) {
      return new TypeCounts(gold + o.gold, overlap + o.overlap, exact + o.exact);
    }
  }

  private static double ratio(int numerator, int denominator) {
    return denominator == 0 ? 0 : (double) numerator / denominator;
  }
}
