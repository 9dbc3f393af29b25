package org.quotekit.benchmarks;

import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import org.quotekit.Article;
import org.quotekit.Extraction;
import org.quotekit.QuoteExtractor;
import org.quotekit.testkit.HostileShape;

/**
 * Time to extract from hostile inputs (the test kit's {@link HostileShape}) of {@code length}
 * characters. Run at a length n and 4n ({@link GrowthReport} does both and prints the ratios):
 * near-linear cost gives a ratio near 4, quadratic cost near 16. Not thread-safe (JMH gives each thread its own state).
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 2, time = 2)
@Measurement(iterations = 4, time = 2)
@Fork(value = 1, jvmArgsAppend = {"-Xmx2g"})
public class HostileInputBenchmark {

  /**
   * The kinds of hostile text whose growth the README reports: every {@link HostileShape} (the
   * ones left out before hid a quadratic speaker resolution for a while).
   */
  @Param({"QUOTE_MARKS", "MIXED_QUOTE_MARKS", "EVERY_QUOTE_MARK", "NO_PUNCTUATION",
      "NO_WHITESPACE", "PUNCTUATION_ONLY", "PARAGRAPHS_OPENING_QUOTES", "NESTED_PARENTHESES",
      "NESTED_QUOTATIONS", "SAID", "FOLLOW_ONS", "ATTRIBUTED_QUOTES", "CONTENT_BEFORE_CUE",
      "REPEATED_SPEAKERS", "SHARED_SURNAME", "FULL_STOP_RUNS", "PARENTHESES_THEN_CUE",
      "QUOTES_WITHOUT_SPACES", "NEWLINES", "UNPAIRED_SURROGATES", "ABBREVIATIONS", "ODD_UNICODE",
      "INVISIBLE_SPACING"})
  public HostileShape shape;

  @Param({"250000", "1000000"})
  public int length;

  private QuoteExtractor extractor;
  private Article article;

  @Setup
  public void setUp() {
    extractor = QuoteExtractor.builder().build();
    article = Article.of(shape.name(), shape.text(length));
  }

  @Benchmark
  public Extraction extract() {
    return extractor.extract(article);
  }
}
