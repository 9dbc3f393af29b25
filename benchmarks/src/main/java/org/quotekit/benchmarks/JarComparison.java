package org.quotekit.benchmarks;

import java.io.IOException;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

/**
 * Compares the throughput of two builds of QuoteKit in one JVM: each self-contained CLI jar
 * ({@code examples/cli/target/quotekit.jar}) is loaded in a class loader of its own, and passes
 * over the same articles alternate between them, the order swapped every round, so that the
 * machine's drift (CPU frequency, other load, the compiler's backlog) falls on both alike.
 * Separate processes run minutes apart on this 2-core machine differ by 10 to 20% with the same
 * jar; a change's speed is read here instead.
 *
 * <p>Usage: {@code java -cp benchmarks/target/benchmarks.jar
 * org.quotekit.benchmarks.JarComparison BEFORE.jar AFTER.jar ARTICLES_DIR [ROUNDS]
 * [EXTRACTORS]} (defaults: 12 rounds after 8 warm-up passes each, {@code model}; with fewer
 * warm-up passes the first rounds still differ by 20 to 40% either way). Prints each
 * round's times and the after/before ratio, then the medians; both jars hold the JIT's attention
 * at once, so the absolute rates read lower than one build alone does.
 */
public final class JarComparison {
  private static final int WARM_UP = 8;

  private JarComparison() {}

  /** One build: its extractor, the factory of its articles and its extract method. */
  private record Build(ClassLoader loader, Object extractor, Method articleOf, Method extract) {
    static Build load(Path jar, String extractors) throws ReflectiveOperationException,
        IOException {
      URLClassLoader loader = new URLClassLoader(new URL[] {jar.toUri().toURL()},
          ClassLoader.getPlatformClassLoader());
      Thread.currentThread().setContextClassLoader(loader); // the extractors are services
      Class<?> type = loader.loadClass("org.quotekit.QuoteExtractor");
      Object builder = type.getMethod("builder").invoke(null);
      builder = builder.getClass().getMethod("extractors", String[].class)
          .invoke(builder, (Object) extractors.split(","));
      Object extractor = builder.getClass().getMethod("build").invoke(builder);
      Class<?> article = loader.loadClass("org.quotekit.Article");
      return new Build(loader, extractor, article.getMethod("of", String.class, String.class),
          type.getMethod("extract", article));
    }

    /** Milliseconds to extract every text once. */
    double pass(List<String> texts) throws ReflectiveOperationException {
      Thread.currentThread().setContextClassLoader(loader);
      long start = System.nanoTime();
      for (int i = 0; i < texts.size(); i++) {
        extract.invoke(extractor, articleOf.invoke(null, "article-" + i, texts.get(i)));
      }
      return (System.nanoTime() - start) / 1e6;
    }
  }

  public static void main(String[] args) throws IOException, ReflectiveOperationException {
    if (args.length < 3) {
      System.err.println("usage: JarComparison BEFORE.jar AFTER.jar ARTICLES_DIR [ROUNDS]"
          + " [EXTRACTORS]");
      System.exit(2);
    }
    int rounds = args.length > 3 ? Integer.parseInt(args[3]) : 12;
    String extractors = args.length > 4 ? args[4] : "model";
    List<String> texts = new ArrayList<>();
    try (Stream<Path> files = Files.list(Path.of(args[2]))) {
      for (Path p : files.filter(p -> p.toString().endsWith(".txt")).sorted().toList()) {
        texts.add(Files.readString(p));
      }
    }
    if (texts.isEmpty()) {
      System.err.println("no .txt articles in " + args[2]);
      System.exit(2);
    }
    Build before;
    Build after;
    try {
      before = Build.load(Path.of(args[0]), extractors);
      after = Build.load(Path.of(args[1]), extractors);
    } catch (InvocationTargetException e) {
      throw new IllegalArgumentException("cannot build an extractor from " + args[0] + " or "
          + args[1] + ": " + e.getCause(), e.getCause());
    }
    for (int w = 0; w < WARM_UP; w++) {
      before.pass(texts);
      after.pass(texts);
    }
    double[] b = new double[rounds];
    double[] a = new double[rounds];
    double[] ratio = new double[rounds];
    for (int r = 0; r < rounds; r++) {
      if (r % 2 == 0) {
        b[r] = before.pass(texts);
        a[r] = after.pass(texts);
      } else {
        a[r] = after.pass(texts);
        b[r] = before.pass(texts);
      }
      ratio[r] = a[r] / b[r];
      System.out.printf(Locale.ROOT,
          "round %2d: before %7.0f ms, after %7.0f ms, after/before %.3f%n", r, b[r], a[r],
          ratio[r]);
    }
    System.out.printf(Locale.ROOT, "%d articles, median of %d rounds: before %.1f articles/s,"
        + " after %.1f articles/s; after/before time %.3f (median of the rounds' ratios)%n",
        texts.size(), rounds, texts.size() * 1000 / median(b), texts.size() * 1000 / median(a),
        median(ratio));
  }

  private static double median(double[] values) {
    double[] v = values.clone();
    Arrays.sort(v);
    return v.length % 2 == 1 ? v[v.length / 2] : (v[v.length / 2 - 1] + v[v.length / 2]) / 2;
  }
}
