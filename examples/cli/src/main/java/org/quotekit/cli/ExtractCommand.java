package org.quotekit.cli;

import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
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
 * error stream and gets a line {@code {"id": ..., "error": ...}} in its place. Not thread-safe.
 */
final class ExtractCommand {

  /** The extraction of one article, or the reason there is none. Immutable. */
  record Outcome(Extraction extraction, String error) {}

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
   * @param items the articles
   * @param outputFile the file to write, or {@code null} for {@code stdout}
   * @param stdout standard output
   * @return 0 when every article was extracted, 1 otherwise
   */
  int run(Stream<Item> items, String outputFile, PrintStream stdout) {
    String target = outputFile == null ? "<stdout>" : outputFile;
    try (OutputStream file = outputFile == null ? null : Files.newOutputStream(Path.of(outputFile))) {
      return write(items, file == null ? stdout : file);
    } catch (IOException | InvalidPathException e) {
      Main.error(err, target, Main.describe(e));
      return 1;
    }
  }

  private int write(Stream<Item> items, OutputStream sink) throws IOException {
    boolean failed = false;
    try (items) {
      for (Iterator<Item> it = items.iterator(); it.hasNext(); ) {
        Item item = it.next();
        Outcome outcome = extract(item);
        failed |= outcome.error() != null;
        String json = outcome.error() == null ? JsonWriter.toJson(outcome.extraction())
            : JsonWriter.errorJson(item.id(), outcome.error());
        // The whole line in one write, then flushed: a run that is killed leaves every line it
        // finished intact (a buffered writer would pass a long line on in pieces).
        sink.write((json + "\n").getBytes(StandardCharsets.UTF_8));
        sink.flush();
        if (sink instanceof PrintStream ps && ps.checkError()) {
          throw new IOException("cannot write output; stopped");
        }
      }
    }
    return failed ? 1 : 0;
  }
}
