package org.quotekit.benchmarks;

import java.util.concurrent.TimeUnit;
import java.util.function.IntFunction;
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

/**
 * Time to extract from hostile inputs of {@code length} characters. Run at a length n and 4n
 * ({@link GrowthReport} does both and prints the ratios): near-linear cost gives a ratio near 4,
 * quadratic cost near 16. Not thread-safe (JMH gives each thread its own state).
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 2, time = 2)
@Measurement(iterations = 4, time = 2)
@Fork(value = 1, jvmArgsAppend = {"-Xmx2g"})
public class HostileInputBenchmark {

  /** The kinds of hostile text, each as a function of the wanted length. */
  public enum Shape {
    /** Straight double quote marks only. */
    QUOTE_MARKS(n -> "\"".repeat(n)),
    /** Every kind of quote mark, none of them pairing sensibly. */
    MIXED_QUOTE_MARKS(n -> fill("\u201C\u2018\u00AB\u201E\u300C\u2039\"'\u201D\u2019\u00BB", n)),
    /** One sentence of words without any punctuation. */
    NO_PUNCTUATION(n -> fill("word ", n)),
    /** One word without any white space. */
    NO_WHITESPACE(n -> fill("abcdefghij", n)),
    /** Paragraphs that each open a quotation and never close it (10,000 at 280,000). */
    PARAGRAPHS_OPENING_QUOTES(n -> fill("\"Lorem ipsum dolor sit amet\n", n)),
    /** Parentheses nested n/2 deep. */
    NESTED_PARENTHESES(n -> "(".repeat(n / 2) + ")".repeat(n - n / 2)),
    /** A line of the reporting verb only: every token is a cue. */
    SAID(n -> fill("said ", n)),
    /** One cue, then thousands of quotations that continue it. */
    FOLLOW_ONS(n -> fill("Ann Lee said: \"a b c d e\" \"a b c d e\" \"a b c d e\" ", n)),
    /** Attributed quotations, one after another. */
    ATTRIBUTED_QUOTES(n -> fill("\u201CWe will win,\u201D he said. ", n)),
    /** Reported clauses before their cue. */
    CONTENT_BEFORE_CUE(n -> fill("The plan is dead, he said. ", n));

    private final IntFunction<String> text;

    Shape(IntFunction<String> text) {
      this.text = text;
    }

    /** The text of this shape, {@code length} characters long. */
    public String text(int length) {
      return text.apply(length);
    }

    private static String fill(String unit, int length) {
      return unit.repeat(length / unit.length() + 1).substring(0, length);
    }
  }

  @Param
  public Shape shape;

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
