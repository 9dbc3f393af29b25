package org.quotekit.cli;

import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.security.SecureRandom;
import java.util.HashMap;
import java.util.Iterator;
import java.util.Map;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;
import java.util.stream.Stream;
import org.quotekit.Article;
import org.quotekit.ArticleTooLargeException;
import org.quotekit.Extraction;
import org.quotekit.ExtractionException;
import org.quotekit.QuoteExtractor;
import org.quotekit.cli.InputReader.Item;

/**
 * {@code quotekit extract}: writes one JSON line per article (see {@link JsonWriter}) in input
 * order, flushing after each. An article that cannot be read or extracted is reported on the
 * error stream and gets a line {@code {"id": ..., "error": ..., "source": ...}} in its place
 * (see {@link JsonWriter#errorJson}). An article id seen before in the batch is warned about on
 * the error stream; both records are kept. Not thread-safe.
 */
final class ExtractCommand {

  /** The extraction of one article, or the reason there is none. Immutable. */
  record Outcome(Extraction extraction, String error) {}

  /** The status of a batch that stopped before its end. */
  private static final int STOPPED = -1;

  /** One article made ready to write: its JSON line, and its error if it failed. Immutable. */
  private record Rendered(String json, String error) {}

  /** An article on its way: the item and its line, done or being made. */
  private record Pending(Item item, Future<Rendered> line) {}

  private static final AtomicInteger POOLS = new AtomicInteger();

  private final QuoteExtractor extractor;
  private final PrintStream err;
  private final int threads;

  /**
   * A command.
   *
   * @param threads how many articles are extracted at once; the output is the same for any
   */
  ExtractCommand(QuoteExtractor extractor, PrintStream err, int threads) {
    if (threads < 1) {
      throw new IllegalArgumentException("threads must be at least 1: " + threads);
    }
    this.extractor = extractor;
    this.err = err;
    this.threads = threads;
  }

  /** Extracts one article; a failure is reported on the error stream and returned. */
  Outcome extract(Item item) {
    Outcome outcome = attempt(item);
    if (outcome.error() != null) {
      Main.error(err, item.where(), outcome.error());
    }
    return outcome;
  }

  /** Extracts one article without reporting anything; thread-safe. */
  private Outcome attempt(Item item) {
    String error = item.error();
    if (error == null) {
      try {
        return new Outcome(extractor.extract(Article.of(item.id(), item.text())), null);
      } catch (ArticleTooLargeException e) {
        error = Main.tooLarge("the article has " + e.length() + " characters", e.limit());
      } catch (ExtractionException e) {
        error = e.getMessage();
      } catch (RuntimeException | StackOverflowError | OutOfMemoryError e) {
        // One article that breaks the library, or is too big for this heap, must not cost the
        // rest of the batch: its memory is garbage once we are here.
        error = "extraction failed: " + e;
      }
    }
    return new Outcome(null, error);
  }

  /** Extracts and renders one article; reports nothing (the writer does, in input order). */
  private Rendered render(Item item) {
    Outcome outcome = attempt(item);
    if (outcome.error() == null) {
      try {
        return new Rendered(JsonWriter.toJson(outcome.extraction()), null);
      } catch (OutOfMemoryError e) {
        outcome = new Outcome(null, "out of memory writing the result; give Java more memory"
            + " (-Xmx)");
      }
    }
    return new Rendered(JsonWriter.errorJson(item.id(), outcome.error(), item.where()),
        outcome.error());
  }

  /**
   * Runs the command.
   *
   * <p>An output file is written under a hidden temporary name in its folder ({@code
   * .NAME.RANDOM.tmp}) and moved to its name (atomically where the file system can) only when
   * every article has its line, so the file under the final name is always either the one before
   * the run or the complete new one. A run that stops early (the output cannot be written, the
   * memory runs out) or is killed leaves the final name untouched and the lines written so far in
   * the temporary file, whose name it reports. An output that exists and is not a regular file
   * (a pipe, {@code /dev/null}) is written directly.
   *
   * @param items the articles
   * @param outputFile the file to write, or {@code null} for {@code stdout}; callers have made
   *     sure it is none of the inputs
   * @param stdout standard output
   * @return 0 when every article was extracted, 1 otherwise
   */
  int run(Stream<Item> items, String outputFile, PrintStream stdout) {
    if (outputFile == null) {
      return Math.abs(write(items, stdout, "<stdout>"));
    }
    Path target;
    Path temp;
    OutputStream file;
    try {
      target = Path.of(outputFile);
      if (Files.exists(target) && !Files.isRegularFile(target)) {
        try (OutputStream direct = Files.newOutputStream(target)) {
          return Math.abs(write(items, direct, outputFile));
        }
      }
      // Through a symbolic link to the file it names, whose folder takes the temporary file.
      target = Files.exists(target) ? target.toRealPath() : target.toAbsolutePath();
      temp = target.resolveSibling("." + target.getFileName() + "."
          + Long.toUnsignedString(new SecureRandom().nextLong(), 36) + ".tmp");
      file = Files.newOutputStream(temp, StandardOpenOption.CREATE_NEW,
          StandardOpenOption.WRITE);
    } catch (IOException | InvalidPathException e) {
      Main.error(err, outputFile, Main.describe(e));
      try (items) {
        return 1;
      }
    }
    int status;
    try (file) {
      status = write(items, file, outputFile);
    } catch (IOException e) {
      Main.error(err, outputFile, Main.describe(e));
      status = STOPPED;
    }
    try {
      if (status != STOPPED) {
        keepPermissions(target, temp);
        move(temp, target);
        return status;
      }
    } catch (IOException e) {
      Main.error(err, outputFile, Main.describe(e));
    }
    err.println("quotekit: error: " + outputFile + " was left as it was; the lines written are"
        + " in " + temp);
    return 1;
  }

  private static void keepPermissions(Path target, Path temp) throws IOException {
    if (Files.exists(target)) {
      try {
        Files.setPosixFilePermissions(temp, Files.getPosixFilePermissions(target));
      } catch (UnsupportedOperationException e) {
        // not a POSIX file system: the new file gets the default permissions
      }
    }
  }

  private static void move(Path temp, Path target) throws IOException {
    try {
      Files.move(temp, target, StandardCopyOption.ATOMIC_MOVE,
          StandardCopyOption.REPLACE_EXISTING);
    } catch (AtomicMoveNotSupportedException e) {
      Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING);
    }
  }

  /**
   * Writes one line per item in input order, warning about article ids seen before. With more
   * than one thread, a reader thread takes the items and puts up to {@code 2 * threads} of them
   * on a pool to be extracted and rendered ahead; everything is reported and written here, in
   * input order, so the output and the error stream are the same for any number of threads, and
   * a finished line never waits for input that has not arrived.
   *
   * @return 0, 1 when an article failed, or {@link #STOPPED} when the batch could not go on
   */
  private int write(Stream<Item> items, OutputStream sink, String target) {
    boolean failed = false;
    Map<String, String> seen = new HashMap<>();
    long written = 0;
    Iterator<Item> it = items.iterator();
    Ahead ahead = threads == 1 ? null : new Ahead(it, threads, this::render);
    try (items) {
      while (true) {
        Pending p;
        if (ahead == null) {
          if (!it.hasNext()) {
            break;
          }
          Item item = it.next();
          p = new Pending(item, CompletableFuture.completedFuture(render(item)));
        } else {
          p = ahead.next();
          if (p == null) {
            break;
          }
        }
        Item item = p.item();
        if (item.id() != null) {
          String first = seen.putIfAbsent(item.id(), item.where());
          if (first != null) {
            err.println("quotekit: warning: duplicate article id " + JsonWriter.escape(item.id())
                + " in " + first + " and " + item.where() + "; both records are kept");
          }
        }
        Rendered line = await(p.line());
        if (line.error() != null) {
          failed = true;
          Main.error(err, item.where(), line.error());
        }
        // The whole line in one write, then flushed: a run that is killed leaves every line it
        // finished intact (a buffered writer would pass a long line on in pieces).
        sink.write((line.json() + "\n").getBytes(StandardCharsets.UTF_8));
        sink.flush();
        if (sink instanceof PrintStream ps && ps.checkError()) {
          throw new IOException("cannot write output; stopped");
        }
        written++;
      }
    } catch (IOException e) {
      Main.error(err, target, Main.describe(e));
      return STOPPED;
    } catch (OutOfMemoryError e) {
      // Not one article's memory (that is caught in place): the batch cannot go on.
      err.println("quotekit: error: out of memory after " + written + " records; stopped."
          + " Give Java more memory (-Xmx) or lower " + Main.MAX_LENGTH);
      return STOPPED;
    } finally {
      if (ahead != null) {
        ahead.close();
      }
    }
    return failed ? 1 : 0;
  }

  /**
   * Reads items on a thread of its own and renders them on a pool, at most {@code 2 * threads}
   * ahead of the writer, which takes them in input order with {@link #next()}. Used by one
   * writer thread.
   */
  private static final class Ahead {
    private static final Pending END = new Pending(null, null);

    private final ExecutorService pool;
    private final BlockingQueue<Pending> queue;
    private final Thread reader;
    private volatile Throwable readFailure;

    Ahead(Iterator<Item> items, int threads, Function<Item, Rendered> render) {
      int id = POOLS.incrementAndGet();
      this.pool = Executors.newFixedThreadPool(threads,
          daemonThreads("quotekit-extract-" + id + "-"));
      this.queue = new ArrayBlockingQueue<>(2 * threads);
      this.reader = daemonThreads("quotekit-read-" + id + "-").newThread(() -> {
        try {
          while (items.hasNext()) {
            Item item = items.next();
            queue.put(new Pending(item, pool.submit(() -> render.apply(item))));
          }
        } catch (InterruptedException e) {
          return; // the writer stopped
        } catch (RuntimeException | Error e) {
          readFailure = e;
        }
        try {
          queue.put(END);
        } catch (InterruptedException e) {
          // the writer stopped
        }
      });
      reader.start();
    }

    /** The next article in input order, or null at the end of the input. */
    Pending next() throws IOException {
      Pending p;
      try {
        p = queue.take();
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new IOException("interrupted; stopped", e);
      }
      if (p != END) {
        return p;
      }
      Throwable failure = readFailure;
      if (failure instanceof Error error) {
        throw error;
      } else if (failure != null) {
        throw (RuntimeException) failure;
      }
      return null;
    }

    void close() {
      reader.interrupt();
      pool.shutdownNow();
    }
  }

  /** The line of an article rendered on the pool; what render() cannot catch is rethrown. */
  private static Rendered await(Future<Rendered> line) throws IOException {
    try {
      return line.get();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IOException("interrupted; stopped", e);
    } catch (ExecutionException e) {
      if (e.getCause() instanceof Error error) {
        throw error; // out of memory outside one article: handled as the batch's
      }
      throw new IllegalStateException(e.getCause());
    }
  }

  private static ThreadFactory daemonThreads(String prefix) {
    AtomicInteger n = new AtomicInteger();
    return r -> {
      Thread t = new Thread(r, prefix + n.incrementAndGet());
      t.setDaemon(true);
      return t;
    };
  }
}
