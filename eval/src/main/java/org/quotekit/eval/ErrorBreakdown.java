package org.quotekit.eval;

import java.util.Collections;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;

/**
 * How many attributions fell in each {@link ErrorClass}, and how many gold attributions were
 * fully right (paired, same content tokens, cue and source right), over one or more articles.
 * Immutable.
 *
 * @param articles how many articles are counted
 * @param right gold attributions with content, cue and source right
 * @param gold gold attributions
 * @param predicted predicted attributions (quotes sharing a cue merged)
 * @param counts the count of each class, every class present
 */
public record ErrorBreakdown(int articles, int right, int gold, int predicted,
    Map<ErrorClass, Integer> counts) {

  /**
   * Copies the counts, every class present.
   *
   * @throws IllegalArgumentException if a count is negative or a class is missing
   */
  public ErrorBreakdown {
    Objects.requireNonNull(counts, "counts");
    EnumMap<ErrorClass, Integer> copy = new EnumMap<>(ErrorClass.class);
    for (ErrorClass c : ErrorClass.values()) {
      Integer n = counts.get(c);
      if (n == null || n < 0) {
        throw new IllegalArgumentException("count of " + c + " missing or negative: " + n);
      }
      copy.put(c, n);
    }
    if (articles < 0 || right < 0 || gold < 0 || predicted < 0) {
      throw new IllegalArgumentException("negative total");
    }
    counts = Collections.unmodifiableMap(copy);
  }

  /** No article. */
  public static ErrorBreakdown empty() {
    EnumMap<ErrorClass, Integer> zero = new EnumMap<>(ErrorClass.class);
    for (ErrorClass c : ErrorClass.values()) {
      zero.put(c, 0);
    }
    return new ErrorBreakdown(0, 0, 0, 0, zero);
  }

  /** The sum of this breakdown and {@code other}. */
  public ErrorBreakdown plus(ErrorBreakdown other) {
    EnumMap<ErrorClass, Integer> sum = new EnumMap<>(counts);
    other.counts.forEach((c, n) -> sum.merge(c, n, Integer::sum));
    return new ErrorBreakdown(articles + other.articles, right + other.right, gold + other.gold,
        predicted + other.predicted, sum);
  }

  /** The count of {@code c}. */
  public int count(ErrorClass c) {
    return counts.get(c);
  }

  /**
   * The breakdown as one JSON object: {@code articles}, {@code goldAttributions}, {@code
   * predictedAttributions}, {@code right} and {@code classes} (each class's name in lower case,
   * as the table prints it, to its count, in the order of {@link ErrorClass}).
   */
  public String toJson() {
    StringBuilder classes = new StringBuilder();
    counts.forEach((c, n) -> classes.append(classes.isEmpty() ? "" : ",").append('"')
        .append(c.name().toLowerCase(Locale.ROOT)).append("\":").append(n));
    return String.format(Locale.ROOT, "{\"articles\":%d,\"goldAttributions\":%d,"
        + "\"predictedAttributions\":%d,\"right\":%d,\"classes\":{%s}}", articles, gold,
        predicted, right, classes);
  }

  /** A table: the classes, largest first, with counts and what they are. */
  public String format() {
    StringBuilder out = new StringBuilder();
    out.append(String.format(Locale.ROOT, "error class               count  what%n"));
    counts.entrySet().stream()
        .sorted(Map.Entry.<ErrorClass, Integer>comparingByValue(Comparator.reverseOrder())
            .thenComparing(Map.Entry.comparingByKey()))
        .forEach(e -> out.append(String.format(Locale.ROOT, "%-25s %5d  %s%n",
            e.getKey().name().toLowerCase(Locale.ROOT), e.getValue(),
            e.getKey().description())));
    out.append(String.format(Locale.ROOT, "right (content, cue and source) %d of %d gold; %d"
        + " predicted; %d articles%n", right, gold, predicted, articles));
    return out.toString();
  }
}
