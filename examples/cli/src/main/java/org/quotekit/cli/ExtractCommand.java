package org.quotekit.cli;

import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.security.SecureRandom;
import java.util.HashMap;
import java.util.Map;
import java.util.Iterator;
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

  private final QuoteExtractor extractor;
  private final PrintStream err;

  ExtractCommand(QuoteExtractor extractor, PrintStream err) {
    this.extractor = extractor;
    this.err = err;
  }

  /** Extracts one article; a failure is reported on the error stream and returned. */
  Outcome extract(Item item) {
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
    Main.error(err, item.where(), error);
    return new Outcome(null, error);
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
   * Writes one line per item, warning about article ids seen before.
   *
   * @return 0, 1 when an article failed, or {@link #STOPPED} when the batch could not go on
   */
  private int write(Stream<Item> items, OutputStream sink, String target) {
    boolean failed = false;
    Map<String, String> seen = new HashMap<>();
    long written = 0;
    try (items) {
      for (Iterator<Item> it = items.iterator(); it.hasNext(); ) {
        Item item = it.next();
        if (item.id() != null) {
          String first = seen.putIfAbsent(item.id(), item.where());
          if (first != null) {
            err.println("quotekit: warning: duplicate article id " + JsonWriter.escape(item.id())
                + " in " + first + " and " + item.where() + "; both records are kept");
          }
        }
        Outcome outcome = extract(item);
        String json = null;
        if (outcome.error() == null) {
          try {
            json = JsonWriter.toJson(outcome.extraction());
          } catch (OutOfMemoryError e) {
            outcome = new Outcome(null, "out of memory writing the result; give Java more"
                + " memory (-Xmx)");
            Main.error(err, item.where(), outcome.error());
          }
        }
        failed |= outcome.error() != null;
        if (json == null) {
          json = JsonWriter.errorJson(item.id(), outcome.error(), item.where());
        }
        // The whole line in one write, then flushed: a run that is killed leaves every line it
        // finished intact (a buffered writer would pass a long line on in pieces).
        sink.write((json + "\n").getBytes(StandardCharsets.UTF_8));
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
    }
    return failed ? 1 : 0;
  }
}
