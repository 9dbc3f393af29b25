package org.quotekit.cli;

import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
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
 * The batch behind {@code extract} (and the one-article runs of {@code show} and {@code
 * render}): writes one JSON line per article (see {@link JsonWriter}) in input
 * order, flushing after each; or, by {@link Format}, CSV rows or brat files. An article that
 * cannot be read or extracted is reported on the error stream and, in JSON Lines, gets a line
 * {@code {"id": ..., "error": ..., "source": ...}} in its place (see {@link
 * JsonWriter#errorJson}); in CSV and brat it gets nothing. An article id seen before in the batch
 * is warned about on the error stream; both records are kept. Not thread-safe.
 */
final class BatchExtractor {

  /** What {@code extract} writes. */
  enum Format {
    /** One JSON line per article, error records included. */
    JSONL,
    /** A header row, then one row per quote (see {@link CsvWriter}). */
    CSV,
    /** A folder with {@code text/NAME.txt} and {@code attributions/NAME_quotekit.ann}. */
    BRAT
  }

  /** The extraction of one article, or the reason there is none. Immutable. */
  record Outcome(Extraction extraction, String error) {}

  /** The status of a batch that stopped before its end. */
  private static final int STOPPED = -1;
  /** Why a command stops when its output fails (a full disk, a closed pipe). */
  static final String CANNOT_WRITE = "cannot write output; stopped";

  /**
   * One article made ready to write: what to write for it (a JSON line, CSV rows or an {@code
   * .ann} file; empty or, in brat, null when nothing), and its error if it failed. Immutable.
   */
  private record Rendered(String record, String error) {}

  /** Where the records go, in input order. */
  private interface Sink {
    void write(Item item, String record) throws IOException;
  }

  /** An article on its way: the item and its line, done or being made. */
  private record Pending(Item item, Future<Rendered> line) {}

  private static final AtomicInteger POOLS = new AtomicInteger();

  private final QuoteExtractor extractor;
  private final PrintStream err;
  private final int threads;
  private final Format format;
  private Progress progress = Progress.NONE;

  /**
   * A batch.
   *
   * @param threads how many articles are extracted at once; the output is the same for any
   * @param format what to write
   */
  BatchExtractor(QuoteExtractor extractor, PrintStream err, int threads, Format format) {
    if (threads < 1) {
      throw new IllegalArgumentException("threads must be at least 1: " + threads);
    }
    this.extractor = extractor;
    this.err = err;
    this.threads = threads;
    this.format = java.util.Objects.requireNonNull(format, "format");
  }

  /** Shows {@code progress} while the batch runs (none by default); returns this batch. */
  BatchExtractor progress(Progress progress) {
    this.progress = java.util.Objects.requireNonNull(progress, "progress");
    return this;
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
        Extraction e = outcome.extraction();
        return new Rendered(switch (format) {
          case JSONL -> JsonWriter.toJson(e) + "\n";
          case CSV -> CsvWriter.rows(e);
          case BRAT -> BratWriter.ann(e, item.text());
        }, null);
      } catch (OutOfMemoryError e) {
        outcome = new Outcome(null, "out of memory writing the result; give Java more memory"
            + " (-Xmx)");
      }
    }
    String record = switch (format) {
      case JSONL -> JsonWriter.errorJson(item.id(), outcome.error(), item.where()) + "\n";
      case CSV -> "";
      case BRAT -> null; // no files; an article without quotes has an empty .ann
    };
    return new Rendered(record, outcome.error());
  }

  /**
   * Runs the batch.
   *
   * <p>An output file is an {@link OutputFile}, moved to its name only when every article has its
   * line, so the file under the final name is always either the one before the run or the
   * complete new one. A run that stops early (the output cannot be written, the
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
    if (format == Format.BRAT) {
      return runBrat(items, java.util.Objects.requireNonNull(outputFile, "outputFile"));
    }
    if (outputFile == null) {
      return Math.abs(write(items, stdout, "<stdout>"));
    }
    OutputFile file;
    try {
      file = OutputFile.open(outputFile);
    } catch (IOException e) {
      Main.error(err, outputFile, Main.describe(e));
      try (items) {
        return 1;
      }
    }
    int status;
    file.reportWhenKilled(outputFile, err);
    try (file) {
      status = write(items, file.stream(), outputFile);
      if (status != STOPPED) {
        file.commit();
        return status;
      }
    } catch (IOException e) {
      Main.error(err, outputFile, Main.describe(e));
    }
    if (file.temp() != null) {
      err.println("quotekit: error: " + outputFile + " was left as it was; the lines written"
          + " are in " + file.temp());
    }
    return 1;
  }

  /**
   * Writes brat files into {@code dir}: {@code text/NAME.txt} (the article text) and {@code
   * attributions/NAME_quotekit.ann} per extracted article, NAME given by {@link
   * BratWriter.Names} in input order (a warning on the error stream when an id's name was taken).
   * {@code dir} is created when missing; its {@code text} and {@code attributions} folders must
   * be empty or missing, so that the folder holds this run's articles only. Files are written as
   * their article is done; a run that stops early leaves those written so far.
   *
   * @return 0 when every article was extracted, 1 otherwise
   */
  private int runBrat(Stream<Item> items, String outputDir) {
    Path text;
    Path attributions;
    try {
      Path dir = Path.of(outputDir);
      text = dir.resolve("text");
      attributions = dir.resolve("attributions");
      for (Path sub : java.util.List.of(text, attributions)) {
        if (Files.isDirectory(sub)) {
          try (Stream<Path> files = Files.list(sub)) {
            if (files.findAny().isPresent()) {
              throw new IOException(sub + " is not empty; write brat into a new folder."
                  + " Nothing was written");
            }
          }
        }
        Files.createDirectories(sub);
      }
    } catch (IOException | InvalidPathException e) {
      Main.error(err, outputDir, Main.describe(e));
      try (items) {
        return 1;
      }
    }
    BratWriter.Names names = new BratWriter.Names();
    return Math.abs(write(items, (item, ann) -> {
      if (ann == null) {
        return; // failed, reported
      }
      String earlier = names.holder(BratWriter.safeName(item.id()));
      String name = names.assign(item.id(), item.where());
      if (!name.equals(BratWriter.safeName(item.id()))) {
        err.println("quotekit: warning: article id " + JsonWriter.escape(item.id()) + " in "
            + item.where() + " is written as " + name + ": an earlier article has the name "
            + earlier);
      }
      Files.writeString(text.resolve(name + ".txt"), item.text(), StandardCharsets.UTF_8,
          StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE);
      Files.writeString(attributions.resolve(name + "_" + BratWriter.ANNOTATOR + ".ann"), ann,
          StandardCharsets.UTF_8, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE);
    }, outputDir));
  }

  /**
   * Writes each item's record in input order (a CSV header first), warning about article ids
   * seen before. With more
   * than one thread, a reader thread takes the items and puts up to {@code 2 * threads} of them
   * on a pool to be extracted and rendered ahead; everything is reported and written here, in
   * input order, so the output and the error stream are the same for any number of threads, and
   * a finished line never waits for input that has not arrived.
   *
   * @return 0, 1 when an article failed, or {@link #STOPPED} when the batch could not go on
   */
  private int write(Stream<Item> items, OutputStream out, String target) {
    return write(items, (item, record) -> {
      // The whole line in one write, then flushed: a run that is killed leaves every line it
      // finished intact (a buffered writer would pass a long line on in pieces).
      if (item == null || !record.isEmpty()) {
        out.write(record.getBytes(StandardCharsets.UTF_8));
        out.flush();
      }
      if (out instanceof PrintStream ps && ps.checkError()) {
        throw new IOException(CANNOT_WRITE);
      }
    }, target);
  }

  /** Writes the records to {@code sink} as {@link #write(Stream, OutputStream, String)} does. */
  private int write(Stream<Item> items, Sink sink, String target) {
    boolean failed = false;
    Map<String, String> seen = new HashMap<>();
    long written = 0;
    Iterator<Item> it = items.iterator();
    Ahead ahead = threads == 1 ? null : new Ahead(it, threads, this::render);
    try (items) {
      if (format == Format.CSV) {
        sink.write(null, CsvWriter.HEADER);
      }
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
            progress.clear();
            err.println("quotekit: warning: duplicate article id " + JsonWriter.escape(item.id())
                + " in " + first + " and " + item.where() + "; both records are kept");
          }
        }
        Rendered line = await(p.line());
        if (line.error() != null) {
          failed = true;
          progress.clear();
          Main.error(err, item.where(), line.error());
        }
        sink.write(item, line.record());
        written++;
        progress.advance();
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
      progress.clear();
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
