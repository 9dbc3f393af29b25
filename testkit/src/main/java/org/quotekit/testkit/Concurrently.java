package org.quotekit.testkit;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Function;

/**
 * Runs one function over a list of items on several threads at once, each thread over every item
 * but starting at a different one, so that the threads work on different items at the same
 * moment. Stateless and thread-safe.
 */
final class Concurrently {
  private Concurrently() {}

  /**
   * The results of {@code f} on every item, in item order, one list per thread.
   *
   * @param limit how long all threads together may take
   * @throws TimeoutException if the threads do not finish within {@code limit}
   * @throws RuntimeException or Error as {@code f} threw it, on the first thread that failed
   */
  static <T, R> List<List<R>> map(int threads, List<T> items, Function<T, R> f, Duration limit)
      throws InterruptedException, TimeoutException {
    ExecutorService pool = Executors.newFixedThreadPool(threads, r -> {
      Thread t = new Thread(r, "quotekit-testkit-worker");
      t.setDaemon(true); // a worker stuck in a broken subject must not keep the JVM alive
      return t;
    });
    try {
      CyclicBarrier start = new CyclicBarrier(threads);
      List<Future<List<R>>> runs = new ArrayList<>();
      for (int t = 0; t < threads; t++) {
        int offset = t * items.size() / threads;
        runs.add(pool.submit(() -> {
          start.await();
          return inOrder(items, offset, f);
        }));
      }
      long deadline = System.nanoTime() + limit.toNanos();
      List<List<R>> out = new ArrayList<>();
      for (Future<List<R>> run : runs) {
        try {
          out.add(run.get(Math.max(0, deadline - System.nanoTime()), TimeUnit.NANOSECONDS));
        } catch (ExecutionException e) {
          if (e.getCause() instanceof Error error) {
            throw error;
          }
          if (e.getCause() instanceof RuntimeException runtime) {
            throw runtime;
          }
          throw new IllegalStateException(e.getCause());
        }
      }
      return out;
    } finally {
      pool.shutdownNow();
    }
  }

  /** The results of {@code f} on every item, computed from {@code offset} on, in item order. */
  static <T, R> List<R> inOrder(List<T> items, int offset, Function<T, R> f) {
    List<R> out = new ArrayList<>(items.size());
    for (int k = 0; k < items.size(); k++) {
      out.add(null);
    }
    for (int k = 0; k < items.size(); k++) {
      int i = (k + offset) % items.size();
      out.set(i, f.apply(items.get(i)));
    }
    return out;
  }
}
