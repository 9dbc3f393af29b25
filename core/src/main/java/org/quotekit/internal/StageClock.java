package org.quotekit.internal;

import java.util.LinkedHashMap;
import java.util.Map;
import org.quotekit.spi.StageTimes;

/**
 * Collects one article's {@link StageTimes}: {@link Analysis} adds the time of its lazy steps
 * ({@link #analysis}, {@link #tagging}); a stage takes a {@link #mark()} when it starts and
 * reports {@link #since(long)}, its time without the analysis done meanwhile. Code that times
 * nothing passes null instead of a clock. Not thread-safe: one per article.
 */
public final class StageClock {
  private final long start = System.nanoTime();
  /** Analysis and tagging so far, which the stages' times leave out. */
  private long nested;
  private long normalization;
  private long analysis;
  private long tagging;
  private final Map<String, Long> extractors = new LinkedHashMap<>();
  private long merge;
  private long speakers;
  private long claims;

  /** A mark for {@link #since}: now, less the analysis done so far. */
  public long mark() {
    return System.nanoTime() - nested;
  }

  /** The time since {@code mark}, less the analysis done since. */
  public long since(long mark) {
    return System.nanoTime() - nested - mark;
  }

  void analysis(long startedAt) {
    long t = System.nanoTime() - startedAt;
    analysis += t;
    nested += t;
  }

  void tagging(long startedAt) {
    long t = System.nanoTime() - startedAt;
    tagging += t;
    nested += t;
  }

  /** Adds to the normalisation time. */
  public void normalization(long nanos) {
    normalization += nanos;
  }

  /** Adds to the time of the extractor {@code name}. */
  public void extractor(String name, long nanos) {
    extractors.merge(name, nanos, Long::sum);
  }

  void merge(long nanos) {
    merge += nanos;
  }

  void speakers(long nanos) {
    speakers += nanos;
  }

  void claims(long nanos) {
    claims += nanos;
  }

  /** The times so far, the total counted from this clock's creation. */
  public StageTimes times() {
    return new StageTimes(1, System.nanoTime() - start, normalization, analysis, tagging,
        extractors, merge, speakers, claims);
  }
}
