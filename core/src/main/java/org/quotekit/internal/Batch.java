package org.quotekit.internal;

import java.util.ArrayDeque;
import java.util.Iterator;
import java.util.Objects;
import java.util.concurrent.CancellationException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;
import java.util.function.Function;
import org.quotekit.Article;
import org.quotekit.ArticleResult;
import org.quotekit.Extraction;

/**
 * Runs a function over a sequence of articles on a bounded pool: input order kept, at most
 * {@code 2 * threads} articles read ahead of the one being handed to the sink (back-pressure), the
 * sink called on the caller's thread. An article's failure (any exception, or running out of
 * memory on it) becomes its {@link ArticleResult}; the batch goes on. A null article, or an
 * exception from the iterator, ends the batch once every article read before it has been handed
 * to the sink, whatever the thread count. Stateless and thread-safe.
 */
public final class Batch {
  private static final AtomicInteger POOLS = new AtomicInteger();

  private Batch() {}

  /**
   * Extracts every article of {@code articles} with {@code extract} on {@code threads} threads
   * and hands each result to {@code sink} in input order.
   *
   * @throws IllegalArgumentException if {@code threads < 1}
   * @throws CancellationException if the calling thread is interrupted (its flag is kept)
   */
  public static void run(Iterator<? extends Article> articles, int threads,
      Function<Article, Extraction> extract, Consumer<? super ArticleResult> sink) {
    Objects.requireNonNull(articles, "articles");
    Objects.requireNonNull(extract, "extract");
    Objects.requireNonNull(sink, "sink");
    if (threads < 1) {
      throw new IllegalArgumentException("threads must be at least 1: " + threads);
    }
    if (threads == 1) {
      for (long i = 0; articles.hasNext(); i++) {
        if (Thread.currentThread().isInterrupted()) { // as the pool's wait would: flag kept
          throw new CancellationException("interrupted before article " + (i + 1));
        }
        sink.accept(one(next(articles, i), extract));
      }
      return;
    }
    // never more in flight than an int holds, whatever the thread count
    int window = (int) Math.min(2L * threads, Integer.MAX_VALUE - 8);
    int pool = POOLS.incrementAndGet();
    AtomicInteger worker = new AtomicInteger();
    ThreadFactory factory = r -> {
      Thread t = new Thread(r, "quotekit-batch-" + pool + "-" + worker.incrementAndGet());
      t.setDaemon(true);
      return t;
    };
    ExecutorService executor = Executors.newFixedThreadPool(threads, factory);
    ArrayDeque<Future<ArticleResult>> inFlight = new ArrayDeque<>(Math.min(window, 1_024));
    try {
      for (long i = 0; ; i++) {
        Article a;
        try {
          if (!articles.hasNext()) {
            break;
          }
          a = next(articles, i);
        } catch (RuntimeException | Error e) {
          // a null article or a failing iterator ends the batch where it stands, as on one
          // thread: the articles read before it are still handed over, in order
          drain(inFlight, sink);
          throw e;
        }
        if (inFlight.size() == window) {
          sink.accept(await(inFlight.removeFirst()));
        }
        inFlight.addLast(executor.submit(() -> one(a, extract)));
      }
      drain(inFlight, sink);
    } finally {
      for (Future<ArticleResult> f : inFlight) {
        f.cancel(true);
      }
      executor.shutdownNow();
    }
  }

  /** Hands every result in flight to the sink, in order. */
  private static void drain(ArrayDeque<Future<ArticleResult>> inFlight,
      Consumer<? super ArticleResult> sink) {
    while (!inFlight.isEmpty()) {
      sink.accept(await(inFlight.removeFirst()));
    }
  }

  /** The next article, the {@code index}th (from 0). */
  private static Article next(Iterator<? extends Article> articles, long index) {
    Article a = articles.next();
    if (a == null) {
      throw new NullPointerException("the articles may not contain null: article " + index
          + " (counting from 0) is null; the articles before it were extracted");
    }
    return a;
  }

  /** One article's result; out of memory on it is its error, not the batch's end. */
  private static ArticleResult one(Article a, Function<Article, Extraction> extract) {
    try {
      return ArticleResult.of(a, extract.apply(a));
    } catch (RuntimeException | OutOfMemoryError | StackOverflowError e) {
      return ArticleResult.failed(a, e);
    }
  }

  private static ArticleResult await(Future<ArticleResult> f) {
    try {
      return f.get();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new CancellationException("interrupted while waiting for an article");
    } catch (ExecutionException e) {
      // one() catches what an article can throw; anything else is an internal VM error.
      Throwable cause = e.getCause();
      if (cause instanceof Error err) {
        throw err;
      }
      throw new IllegalStateException(cause);
    }
  }
}
