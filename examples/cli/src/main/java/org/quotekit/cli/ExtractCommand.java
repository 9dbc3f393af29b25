package org.quotekit.cli;

import java.nio.file.Path;
import java.util.List;
import org.quotekit.cli.BatchExtractor.Format;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;

/**
 * {@code quotekit extract}: extracts every article of the inputs and writes JSON Lines, CSV or
 * brat files ({@link BatchExtractor}). Not thread-safe: picocli fills it in for one run.
 */
@Command(name = "extract", mixinStandardHelpOptions = true, sortOptions = false,
    customSynopsis = {
        "quotekit extract [--extractors NAMES] [--model FILE] [--cues FILE] [--speakers FILE]",
        "                        [--cue-threshold P] [--none-bias B]",
        "                        [--input-format text|jsonl] [--format jsonl|csv|brat] [--output FILE]",
        "                        [--max-article-length N] [--threads N] [--[no-]progress] PATH..."},
    description = {
        "Extract quotes, speakers and claims as JSON Lines: one line per article, in input"
            + " order.",
        "",
        "PATH is a .txt file (id: the file name without extension), a folder (its .txt files"
            + " sorted by name; hidden files, whose names start with '.', and subfolders are not"
            + " read), a .jsonl file of {\"id\": ...,"
            + " \"text\": ...} lines, or - for standard input (see --input-format). Input must"
            + " be UTF-8. An input that fails gets a line {\"id\": ..., \"error\": ...,"
            + " \"source\": ...} in its place: id is null when the input gives none, source is"
            + " the file (and :line). Each line is written whole and flushed.",
        "",
        "--format csv writes a header row, then one row per quote (RFC 4180, CRLF); an"
            + " article that fails gets no row. --format brat needs --output DIR and writes"
            + " DIR/text/NAME.txt and DIR/attributions/NAME_quotekit.ann per article, which"
            + " eval and train read; NAME is the id with characters other than A-Z a-z 0-9 . _"
            + " - replaced by _, and -2, -3, ... added when an earlier article has that name."},
    optionListHeading = "%nOptions:%n", footer = Main.EXIT_STATUS)
final class ExtractCommand extends ArticleCommand {
  @Option(names = "--format", paramLabel = "FORMAT", converter = Values.FormatName.class,
      completionCandidates = Values.FormatName.class,
      description = "What to write: jsonl (the default), csv or brat.")
  Format format = Format.JSONL;

  @Option(names = "--output", paramLabel = "FILE",
      description = "Write to FILE instead of standard output: under a temporary name, moved"
          + " into place at the end; it must not be one of the inputs. With --format brat, the"
          + " folder DIR to write into.")
  Path output;

  @Option(names = "--threads", paramLabel = "N", converter = Values.ThreadCount.class,
      description = "Extract N articles at once, 1 to 4096 (default: one per core); the output is"
          + " the same for any N.")
  int threads = Runtime.getRuntime().availableProcessors();

  @Option(names = "--progress", negatable = true, description = "Show a progress line on"
      + " standard error (articles done, rate, time left); --no-progress hides it. Default: shown"
      + " when standard error is a terminal.")
  Boolean progress;

  @Parameters(paramLabel = "PATH", arity = "1..*", hidden = true)
  List<Path> inputs;

  @Override
  public Integer call() {
    List<String> paths = operands(inputs);
    if (paths.indexOf("-") != paths.lastIndexOf("-")) {
      throw new ParameterException(spec.commandLine(),
          "- (standard input) can be read only once");
    }
    if (format == Format.BRAT && output == null) {
      throw new ParameterException(spec.commandLine(), "--format brat needs --output DIR: it"
          + " writes a folder of files, not standard output");
    }
    if (main.outputIsInput(output, paths, "an input")) {
      return 2;
    }
    boolean show = progress != null ? progress
        : main.err == System.err && Progress.stderrIsTerminal();
    Progress line = show ? new Progress(main.err, Progress.count(paths), System::nanoTime)
        : Progress.NONE;
    return batch(threads, format).progress(line).run(articles(paths),
        output == null ? null : output.toString(), main.out);
  }
}
