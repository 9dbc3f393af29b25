package org.quotekit.cli;

import java.io.PrintStream;
import java.lang.management.CompilationMXBean;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CancellationException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.FutureTask;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.LongSupplier;
import org.quotekit.Article;
import org.quotekit.ArticleResult;
import org.quotekit.Extraction;
import org.quotekit.QuoteExtractor;
import org.quotekit.spi.StageTimes;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code quotekit bench}: measures extraction as users run it, in one process: the time to build
 * the extractor and extract a first article (models read, classes loaded), throughput on one
 * thread after a warm-up (articles/s, tokens/s, median of several runs) with the time of each
 * stage and of writing JSON, throughput on N threads, the peak heap, and how the time grows with
 * article length. The articles are held in memory for the runs (a benchmark repeats them), so
 * give it a corpus that fits. Not thread-safe: picocli fills it in for one run.
 */
@Command(name = "bench", mixinStandardHelpOptions = true, sortOptions = false,
    customSynopsis = {
        "quotekit bench [--threads N] [--runs N] [--warm-up N] [--extractors NAMES] [--model FILE]",
        "                     [--cues FILE] [--speakers FILE] [--cue-threshold P] [--none-bias B]",
        "                     [--input-format text|jsonl] [--max-article-length N] PATH..."},
    description = {"Measure extraction throughput, per-stage time, peak heap and growth with "
        + "article length on the given articles (held in memory)."},
    optionListHeading = "%nOptions:%n", footer = Main.EXIT_STATUS)
final class BenchCommand extends ArticleCommand {
  private static final String WARM_UP_TEXT = "\u201CWe will finish the bridge,\u201D the mayor"
      + " said on Monday. She said the work would start in May.";
  private static final int[] GROWTH = {1, 4, 16};
  /** What stands between the copies of the article that the growth lines repeat. */
  private static final String GROWTH_SEPARATOR = "\n\n";

  @Option(names = "--threads", paramLabel = "N", converter = Values.ThreadCount.class,
      description = "Threads of the multi-threaded runs, 1 to 4096 (default: the cores,"
          + " ${DEFAULT-VALUE}).")
  int threads = Runtime.getRuntime().availableProcessors();

  @Option(names = "--runs", paramLabel = "N", converter = Values.PositiveInt.class,
      description = "Measured runs per figure, after the warm-up runs; the median is reported "
          + "(default ${DEFAULT-VALUE}).")
  int runs = 3;

  @Option(names = "--warm-up", paramLabel = "N", converter = Values.PositiveInt.class,
      description = "Runs over all the articles on one thread before anything is measured, 1 "
          + "or more (default ${DEFAULT-VALUE}): the first run also loads the classes; more let "
          + "the JIT compiler finish, which the 'JIT' lines show.")
  int warmUp = 1;

  @Parameters(paramLabel = "PATH", arity = "1..*",
      description = "Articles: .txt files, folders of them, .jsonl files, or - (stdin).")
  List<Path> inputs;

  @Override
  public Integer call() {
    List<Article> articles = new ArrayList<>();
    int unreadable = 0;
    int refused = 0;
    for (InputReader.Item item : (Iterable<InputReader.Item>) articles(operands(inputs))::iterator) {
      if (item.error() != null) {
        Main.error(main.err, item.where(), item.error());
        unreadable++;
      } else if (item.text().length() > extractor.maxArticleLength) {
        // refused here, not mid-run: the bytes read bound only 3 times the limit
        Main.error(main.err, item.where(), Main.tooLarge("the article has "
            + item.text().length() + " characters", extractor.maxArticleLength));
        refused++;
      } else {
        articles.add(Article.of(item.id(), item.text()));
      }
    }
    if (articles.isEmpty()) {
      Main.error(main.err, String.join(" ", operands(inputs)), "no article to measure");
      return 1;
    }
    resetPeakHeap();
    AtomicReference<StageTimes> stages = new AtomicReference<>(StageTimes.NONE);
    long start = System.nanoTime();
    QuoteExtractor extractor = ExtractorOptions.build(this.extractor.builder()
        .stageListener((article, times) -> stages.accumulateAndGet(times, StageTimes::plus)));
    extractor.extract(WARM_UP_TEXT);
    long load = System.nanoTime() - start;
    report(main.out, articles, skipped(unreadable, refused), extractor, stages, load);
    return 0;
  }

  /** What the heading says of the inputs left out: " (1 unreadable, 2 too long, skipped)". */
  private static String skipped(int unreadable, int refused) {
    List<String> why = new ArrayList<>();
    if (unreadable > 0) {
      why.add(unreadable + " unreadable");
    }
    if (refused > 0) {
      why.add(refused + " too long");
    }
    return why.isEmpty() ? "" : " (" + String.join(", ", why) + ", skipped)";
  }

  private void report(PrintStream out, List<Article> articles, String skipped,
      QuoteExtractor extractor, AtomicReference<StageTimes> stages, long load) {
    long chars = articles.stream().mapToLong(a -> a.text().length()).sum();
    long tokens = articles.stream().mapToLong(a -> countTokens(a.text())).sum();
    out.printf(Locale.ROOT, "articles %d%s, %,d characters, %,d word tokens%n", articles.size(),
        skipped, chars, tokens);
    out.printf(Locale.ROOT, "load %.0f ms (building the extractor and extracting a first short"
        + " article: models read, classes loaded)%n", load / 1e6);

    for (int i = 0; i < warmUp; i++) {
      oneThread(extractor, articles);
    }
    stages.set(StageTimes.NONE);
    JitClock jit = new JitClock();
    long oneThread = median(() -> oneThread(extractor, articles));
    String oneThreadJit = jit.since();
    StageTimes measured = stages.get();
    List<Extraction> results = articles.stream().map(extractor::extract).toList();
    long json = median(() -> {
      long t0 = System.nanoTime();
      for (Extraction x : results) {
        JsonWriter.toJson(x);
      }
      return System.nanoTime() - t0;
    });
    out.printf(Locale.ROOT, "%none thread, median of %d run%s after %d warm-up run%s:%n", runs,
        runs == 1 ? "" : "s", warmUp, warmUp == 1 ? "" : "s");
    out.printf(Locale.ROOT, "  %.1f articles/s, %,.0f tokens/s, %.2f s a run%n",
        perSecond(articles.size(), oneThread), perSecond(tokens, oneThread), oneThread / 1e9);
    out.println(oneThreadJit);
    stageTable(out, measured, json, articles.size(), runs);

    jit = new JitClock();
    long many = median(() -> manyThreads(extractor, articles));
    out.printf(Locale.ROOT, "%n%d thread%s, median of %d: %.1f articles/s, %.2fx one thread"
        + " (%d cores)%n", threads, threads == 1 ? "" : "s", runs, perSecond(articles.size(), many),
        (double) oneThread / many, Runtime.getRuntime().availableProcessors());
    out.println(jit.since());
    out.printf(Locale.ROOT, "peak heap %.0f MB (max heap %.0f MB)%n", peakHeap() / 1e6,
        Runtime.getRuntime().maxMemory() / 1e6);

    Article sample = articles.stream().sorted(Comparator.comparingInt(a -> a.text().length()))
        .toList().get(articles.size() / 2);
    out.printf(Locale.ROOT, "%ngrowth with article length (the median-length article %s,"
        + " repeated; median of %d):%n", sample.id(), runs);
    long base = 0;
    for (int times : GROWTH) {
      long length = (long) times * sample.text().length()
          + (long) GROWTH_SEPARATOR.length() * (times - 1);
      if (length > this.extractor.maxArticleLength) {
        // the longest article the extractor takes bounds the growth lines, not an error
        out.printf(Locale.ROOT, "  %2dx %,9d characters not measured: more than %s %,d%n",
            times, length, Main.MAX_LENGTH, this.extractor.maxArticleLength);
        break;
      }
      String text = String.join(GROWTH_SEPARATOR, java.util.Collections.nCopies(times,
          sample.text()));
      Article a = Article.of(sample.id() + "x" + times, text);
      extractor.extract(a);
      long t = median(() -> {
        long t0 = System.nanoTime();
        extractor.extract(a);
        return System.nanoTime() - t0;
      });
      base = times == 1 ? t : base;
      out.printf(Locale.ROOT, "  %2dx %,9d characters %9.1f ms  %5.2fx the 1x time%n", times,
          text.length(), t / 1e6, (double) t / base);
    }
  }

  /** The stage times summed over {@code runs} runs, and the JSON time of one run. */
  private static void stageTable(PrintStream out, StageTimes t, long jsonNanos, int articles,
      int runs) {
    int extractions = articles * runs;
    List<String[]> rows = new ArrayList<>();
    rows.add(row("normalisation", t.normalization(), t, extractions));
    rows.add(row("analysis", t.analysis(), t, extractions));
    rows.add(row("tagging", t.tagging(), t, extractions));
    t.extractors().forEach((name, nanos) -> rows.add(row("extractor " + name, nanos, t,
        extractions)));
    rows.add(row("merge", t.merge(), t, extractions));
    rows.add(row("speakers", t.speakers(), t, extractions));
    rows.add(row("claims", t.claims(), t, extractions));
    rows.add(row("other", t.other(), t, extractions));
    out.println("  stage               ms/article   share");
    for (String[] r : rows) {
      out.printf(Locale.ROOT, "  %-18s %11s %7s%n", r[0], r[1], r[2]);
    }
    out.printf(Locale.ROOT, "  %-18s %11.3f  (writing the JSON, timed apart)%n", "json",
        jsonNanos / 1e6 / articles);
  }

  private static String[] row(String name, long nanos, StageTimes t, int extractions) {
    return new String[] {name, String.format(Locale.ROOT, "%.3f", nanos / 1e6 / extractions),
        String.format(Locale.ROOT, "%.1f%%", t.total() == 0 ? 0 : 100.0 * nanos / t.total())};
  }

  /**
   * One run on one new thread: its tagger, tokenizer and their word caches start empty, as they
   * do for each thread of {@link #manyThreads} (a new pool each run) and in a first pass over new
   * text, so the speed-up compares like with like. The JIT stays warm.
   */
  private static long oneThread(QuoteExtractor extractor, List<Article> articles) {
    FutureTask<Long> run = new FutureTask<>(() -> {
      long t0 = System.nanoTime();
      for (Article a : articles) {
        extractor.extract(a);
      }
      return System.nanoTime() - t0;
    });
    new Thread(run, "quotekit-bench").start();
    try {
      return run.get();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new CancellationException("interrupted");
    } catch (ExecutionException e) {
      if (e.getCause() instanceof Error err) {
        throw err;
      }
      throw e.getCause() instanceof RuntimeException r ? r : new IllegalStateException(e);
    }
  }



  private long manyThreads(QuoteExtractor extractor, List<Article> articles) {
    long t0 = System.nanoTime();
    extractor.extractAll(articles, threads, (ArticleResult r) -> { });
    return System.nanoTime() - t0;
  }

  /**
   * The JIT compilers' time since this clock was made: on a 2-core machine a compiler thread
   * busy through a run takes the core a second extraction thread would use.
   */
  private static final class JitClock {
    private final CompilationMXBean compiler = ManagementFactory.getCompilationMXBean();
    private final long start = compiled();
    private final long wallStart = System.nanoTime();

    private long compiled() {
      return compiler != null && compiler.isCompilationTimeMonitoringSupported()
          ? compiler.getTotalCompilationTime() : -1;
    }

    /** A line with the compile time since the start, beside the wall time of the runs. */
    String since() {
      long now = compiled();
      double wall = (System.nanoTime() - wallStart) / 1e9;
      if (start < 0 || now < 0) {
        return "  JIT: compile time not available in this JVM";
      }
      double seconds = (now - start) / 1e3;
      return String.format(Locale.ROOT, "  JIT: %.1f s compiling during these runs' %.1f s"
          + " (%.0f%%)", seconds, wall, 100 * seconds / wall);
    }
  }

  /** The median of {@link #runs} values. */
  private long median(LongSupplier run) {
    long[] t = new long[runs];
    for (int i = 0; i < runs; i++) {
      t[i] = run.getAsLong();
    }
    Arrays.sort(t);
    return t[runs / 2];
  }

  private static double perSecond(long count, long nanos) {
    return nanos == 0 ? 0 : count * 1e9 / nanos;
  }

  /** Word tokens as the evaluation counts them: runs of letters, digits and underscores. */
  static long countTokens(String text) {
    long n = 0;
    boolean in = false;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      boolean word = Character.isLetterOrDigit(c) || c == '_';
      n += word && !in ? 1 : 0;
      in = word;
    }
    return n;
  }

  private static void resetPeakHeap() {
    for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
      if (pool.getType() == MemoryType.HEAP) {
        pool.resetPeakUsage();
      }
    }
  }

  private static long peakHeap() {
    long peak = 0;
    for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
      if (pool.getType() == MemoryType.HEAP) {
        peak += pool.getPeakUsage().getUsed();
      }
    }
    return peak;
  }
}
