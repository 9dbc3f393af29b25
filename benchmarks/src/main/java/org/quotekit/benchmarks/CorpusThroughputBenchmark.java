package org.quotekit.benchmarks;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
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
import org.openjdk.jmh.annotations.Threads;
import org.openjdk.jmh.annotations.Warmup;
import org.quotekit.Article;
import org.quotekit.Extraction;
import org.quotekit.QuoteExtractor;

/**
 * Articles per second on one thread over a folder of {@code .txt} articles (by default the
 * PolNeAR dev texts beside the repository: {@code -p corpus=DIR} to change). Each operation
 * extracts one article, taking the folder's articles in turn, so the score is articles per
 * second averaged over the corpus. {@code -p extractors=model} (or {@code rules,model}) measures
 * other extractors than the default rules. It warms up for a minute: with {@code model} the
 * optimising compiler takes the resolver's and the model's largest methods last, and the score
 * still climbed by a tenth through the second minute after a 30-second warm-up (2026-12-05).
 * Not thread-safe (one thread by design).
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 6, time = 10)
@Measurement(iterations = 5, time = 10)
@Fork(1)
@Threads(1)
public class CorpusThroughputBenchmark {

  @Param({"../shared/corpora/polnear/dev/text"})
  public String corpus;

  /** Comma-separated extractor names, as for {@code QuoteExtractor.Builder.extractors}. */
  @Param({"rules"})
  public String extractors;

  private QuoteExtractor extractor;
  private Article[] articles;
  private int next;

  @Setup
  public void setUp() {
    extractor = QuoteExtractor.builder().extractors(extractors.split(",")).build();
    articles = read(Path.of(corpus)).toArray(Article[]::new);
    if (articles.length == 0) {
      throw new IllegalArgumentException("no .txt articles in " + Path.of(corpus).toAbsolutePath()
          + "; pass another folder with -p corpus=DIR");
    }
  }

  @Benchmark
  public Extraction article() {
    Article a = articles[next];
    next = (next + 1) % articles.length;
    return extractor.extract(a);
  }

  /** The {@code .txt} files of a folder as articles, sorted by name. */
  static List<Article> read(Path dir) {
    try (Stream<Path> files = Files.list(dir)) {
      return files.filter(p -> p.toString().endsWith(".txt")).sorted().map(p -> {
        try {
          return Article.of(p.getFileName().toString(), Files.readString(p,
              StandardCharsets.UTF_8));
        } catch (IOException e) {
          throw new UncheckedIOException(e);
        }
      }).toList();
    } catch (IOException e) {
      throw new UncheckedIOException("cannot list " + dir.toAbsolutePath(), e);
    }
  }
}
