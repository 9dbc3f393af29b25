package org.quotekit.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Iterator;
import java.util.stream.Stream;
import org.quotekit.cli.InputReader.Item;

/**
 * {@code quotekit render}: extracts one article and writes it as a self-contained HTML page
 * ({@link HtmlWriter}) to standard output or a file. Stateless and thread-safe.
 */
final class RenderCommand {
  private RenderCommand() {}

  /**
   * Extracts the one article of {@code items} and writes its page.
   *
   * @param output the file to write, or {@code null} for {@code stdout}; written under a
   *     temporary name in the same folder and moved into place
   * @return 0 when the page was written, 1 when the input holds no article or more than one,
   *     or the article or the output failed
   */
  static int run(ExtractCommand extract, Stream<Item> items, String output, PrintStream stdout,
      PrintStream err) {
    Item item;
    String source;
    try (items) {
      Iterator<Item> it = items.iterator();
      if (!it.hasNext()) {
        err.println("quotekit: error: no article to render");
        return 1;
      }
      item = it.next();
      source = item.where();
      if (it.hasNext()) {
        Main.error(err, source, "render draws one article, but the input holds more; give"
            + " render a file with one article (extract handles many)");
        return 1;
      }
    }
    ExtractCommand.Outcome outcome = extract.extract(item);
    if (outcome.error() != null) {
      return 1;
    }
    byte[] page = HtmlWriter.page(item.text(), outcome.extraction())
        .getBytes(StandardCharsets.UTF_8);
    if (output == null) {
      stdout.write(page, 0, page.length);
      stdout.flush();
      return stdout.checkError() ? 1 : 0;
    }
    try {
      Path target = Path.of(output);
      Path tmp = Files.createTempFile(target.toAbsolutePath().getParent(),
          "." + target.getFileName(), ".tmp");
      try {
        try {
          // createTempFile makes it private; a page is for reading, like extract's output.
          Files.setPosixFilePermissions(tmp, PosixFilePermissions.fromString("rw-r--r--"));
        } catch (UnsupportedOperationException e) {
          // not a POSIX file system: keep its default
        }
        Files.write(tmp, page);
        Files.move(tmp, target, StandardCopyOption.REPLACE_EXISTING,
            StandardCopyOption.ATOMIC_MOVE);
      } finally {
        Files.deleteIfExists(tmp);
      }
    } catch (IOException | InvalidPathException e) {
      Main.error(err, output, Main.describe(e));
      return 1;
    }
    return 0;
  }
}
