package org.quotekit.spi;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * Where the time of {@link org.quotekit.QuoteExtractor#extract(org.quotekit.Article)} went, in
 * nanoseconds of wall-clock time on the extracting thread, for one article or (with {@link
 * #plus}) for several. The stages do not overlap: the analysis is lazy, and the sentence
 * splitting, tokenizing and tagging that an extractor, the speaker resolver or the claim
 * extractor asks for count in {@link #analysis} and {@link #tagging}, not in that stage's time;
 * {@link #other} is what no stage holds (numbering quotes, building the result). Immutable.
 *
 * @param articles how many articles the times add up (1 for one article)
 * @param total the whole {@code extract} call
 * @param normalization mapping the text to its normalised form and the result back
 * @param analysis paragraphs, quotation marks, sentences and tokens
 * @param tagging part-of-speech tags
 * @param extractors each extractor by name, in the order they ran
 * @param merge checking the candidates and choosing the quotes among them
 * @param speakers the speaker resolver
 * @param claims the claim extractor
 */
public record StageTimes(int articles, long total, long normalization, long analysis,
    long tagging, Map<String, Long> extractors, long merge, long speakers, long claims) {

  /** The times of no article: the start of a sum. */
  public static final StageTimes NONE = new StageTimes(0, 0, 0, 0, 0, Map.of(), 0, 0, 0);

  /**
   * Validates and copies.
   *
   * @throws IllegalArgumentException if a count or a time is negative
   */
  public StageTimes {
    Objects.requireNonNull(extractors, "extractors");
    extractors = Collections.unmodifiableMap(new LinkedHashMap<>(extractors));
    if (articles < 0 || total < 0 || normalization < 0 || analysis < 0 || tagging < 0
        || merge < 0 || speakers < 0 || claims < 0
        || extractors.values().stream().anyMatch(t -> t == null || t < 0)) {
      throw new IllegalArgumentException("stage times must not be negative or null: articles="
          + articles + ", total=" + total + ", normalization=" + normalization + ", analysis="
          + analysis + ", tagging=" + tagging + ", extractors=" + extractors + ", merge=" + merge
          + ", speakers=" + speakers + ", claims=" + claims);
    }
  }

  /** All the extractors' time together. */
  public long extraction() {
    return extractors.values().stream().mapToLong(Long::longValue).sum();
  }

  /** The part of {@link #total} that no stage holds (never negative). */
  public long other() {
    return Math.max(0, total - normalization - analysis - tagging - extraction() - merge
        - speakers - claims);
  }

  /** The sum of these times and {@code o}'s; extractors are added by name. */
  public StageTimes plus(StageTimes o) {
    Map<String, Long> sum = new LinkedHashMap<>(extractors);
    o.extractors.forEach((name, t) -> sum.merge(name, t, Long::sum));
    return new StageTimes(articles + o.articles, total + o.total,
        normalization + o.normalization, analysis + o.analysis, tagging + o.tagging, sum,
        merge + o.merge, speakers + o.speakers, claims + o.claims);
  }
}
