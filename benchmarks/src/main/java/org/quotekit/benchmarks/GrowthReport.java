package org.quotekit.benchmarks;

import java.util.Collection;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import org.openjdk.jmh.results.RunResult;
import org.openjdk.jmh.runner.Runner;
import org.openjdk.jmh.runner.RunnerException;
import org.openjdk.jmh.runner.options.CommandLineOptionException;
import org.openjdk.jmh.runner.options.CommandLineOptions;
import org.openjdk.jmh.runner.options.Options;
import org.openjdk.jmh.runner.options.OptionsBuilder;

/**
 * Runs {@link HostileInputBenchmark} at a length n and 4n and prints, per shape, both times and
 * their ratio as a Markdown table. Arguments are JMH's ({@code -p shape=SAID}, {@code -f 1}, ...);
 * {@code -p length=N,M} picks other lengths (the ratio column then shows M/N's time ratio).
 */
public final class GrowthReport {
  private GrowthReport() {}

  public static void main(String[] args) throws RunnerException, CommandLineOptionException {
    Options options = new OptionsBuilder()
        .parent(new CommandLineOptions(args))
        .include(HostileInputBenchmark.class.getName())
        .build();
    Collection<RunResult> results = new Runner(options).run();
    Map<String, TreeMap<Integer, Double>> byShape = new TreeMap<>();
    for (RunResult r : results) {
      String shape = r.getParams().getParam("shape");
      int length = Integer.parseInt(r.getParams().getParam("length"));
      byShape.computeIfAbsent(shape, s -> new TreeMap<>())
          .put(length, r.getPrimaryResult().getScore());
    }
    System.out.println();
    System.out.println("| input | n (chars) | time at n (ms) | time at 4n (ms) | ratio |");
    System.out.println("| --- | ---: | ---: | ---: | ---: |");
    for (Map.Entry<String, TreeMap<Integer, Double>> e : byShape.entrySet()) {
      TreeMap<Integer, Double> t = e.getValue();
      if (t.size() < 2) {
        continue;
      }
      double small = t.firstEntry().getValue();
      double large = t.lastEntry().getValue();
      System.out.println(String.format(Locale.ROOT, "| %s | %,d | %.1f | %.1f | %.2f |",
          e.getKey(), t.firstKey(), small, large, large / small));
    }
  }
}
