package org.quotekit.cli;

import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.List;
import java.util.stream.Stream;
import org.quotekit.cli.InputReader.Item;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code quotekit render}: extracts one article and writes it as a self-contained HTML page
 * ({@link HtmlWriter}) to standard output or a file. Not thread-safe: picocli fills it in for one
 * run.
 */
@Command(name = "render", mixinStandardHelpOptions = true, sortOptions = false,
    customSynopsis = {
        "quotekit render [--extractors NAMES] [--model FILE] [--cues FILE] [--speakers FILE]",
        "                       [--cue-threshold P] [--none-bias B] [--input-format text|jsonl]",
        "                       [--max-article-length N] [-o FILE] FILE"},
    description = {
        "Write one article as a self-contained HTML page (no external assets).",
        "",
        "The text with each quote in its speaker's colour, cues and source mentions marked,"
            + " the quote's type, confidence, rule and extractor on hover, and a panel of the"
            + " speakers with their quotes and claims. FILE holds one article (a .txt file, a"
            + " .jsonl file of one line, or -)."},
    optionListHeading = "%nOptions:%n", footer = Main.EXIT_STATUS)
final class RenderCommand extends ArticleCommand {
  @Option(names = {"-o", "--output"}, paramLabel = "FILE",
      description = "Write the page to FILE instead of standard output: under a temporary name,"
          + " moved into place; it must not be the input.")
  Path output;

  @Parameters(paramLabel = "FILE", arity = "0..*", hidden = true)
  List<Path> inputs = List.of();

  @Override
  public Integer call() {
    List<String> file = oneFile(inputs);
    if (main.outputIsInput(output, file, "the input")) {
      return 2;
    }
    return run(batch(1, BatchExtractor.Format.JSONL), articles(file), file.get(0),
        output == null ? null : output.toString(), main.out, main.err);
  }

  /**
   * Extracts the one article of {@code items} and writes its page.
   *
   * @param input the operand the items come from, which an error about their number names
   * @param output the file to write (an {@link OutputFile}), or {@code null} for {@code stdout}
   * @return 0 when the page was written, 1 when the input holds no article or more than one,
   *     or the article or the output failed
   */
  static int run(BatchExtractor extract, Stream<Item> items, String input, String output,
      PrintStream stdout, PrintStream err) {
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
        Main.error(err, input, "render draws one article, but it holds more; give"
            + " render a file with one article (extract handles many)");
        return 1;
      }
    }
    BatchExtractor.Outcome outcome = extract.extract(item);
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
    return OutputFile.write(output, out -> out.write(page), err);
  }
}
