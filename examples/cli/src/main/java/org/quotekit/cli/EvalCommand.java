package org.quotekit.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.quotekit.ArticleTooLargeException;
import org.quotekit.ExtractionException;
import org.quotekit.QuoteExtractor;
import org.quotekit.eval.ErrorBreakdown;
import org.quotekit.eval.EvaluationReport;
import org.quotekit.eval.Evaluator;
import org.quotekit.eval.PolnearCorpus;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/**
 * {@code quotekit eval}: scores an extractor against a PolNeAR-style split ({@code DIR/text/*.txt}
 * and {@code DIR/attributions/*.ann}) and prints the report as a table or as JSON. Not
 * thread-safe: picocli fills it in for one run.
 */
@Command(name = "eval", mixinStandardHelpOptions = true, sortOptions = false,
    customSynopsis = {
        "quotekit eval --gold DIR [--extractors NAMES] [--model FILE] [--cues FILE]",
        "                     [--speakers FILE] [--cue-threshold P] [--none-bias B]",
        "                     [--max-article-length N] [--json] [--errors]"},
    description = {
        "Score the extractor against a PolNeAR-style split; print a table, or JSON with --json.",
        "",
        "DIR holds the articles as DIR/text/*.txt and their gold attributions as"
            + " DIR/attributions/*.ann."},
    optionListHeading = "%nOptions:%n", footer = Main.EXIT_STATUS)
final class EvalCommand implements Callable<Integer> {
  @ParentCommand
  Main main;

  @Option(names = "--gold", paramLabel = "DIR", required = true,
      description = "The gold split.")
  Path gold;

  @Mixin
  ExtractorOptions extractor;

  @Option(names = "--json", description = "Print the report as JSON.")
  boolean json;

  @Option(names = "--errors", description = "After the table, how many attributions went wrong"
      + " in each way (cue not found, content boundary, source, ...), largest first; with --json,"
      + " the same counts as the report's member \"errors\".")
  boolean errors;

  @Spec
  CommandSpec spec;

  @Override
  public Integer call() {
    return run(gold.toString(), extractor.extractor(), json, errors, main.out, main.err);
  }

  /**
   * Reads the gold split, evaluates and prints the report.
   *
   * @return 0 when the report was printed, 1 when the split could not be read
   */
  static int run(String goldDir, QuoteExtractor extractor, boolean json, boolean errors,
      PrintStream stdout, PrintStream err) {
    Path dir;
    try {
      dir = Path.of(goldDir);
    } catch (InvalidPathException e) {
      Main.error(err, goldDir, Main.describe(e));
      return 1;
    }
    if (!Files.isDirectory(dir)) {
      Main.error(err, goldDir, Files.exists(dir) ? "not a folder" : "no such file or directory");
      return 1;
    }
    EvaluationReport report;
    ErrorBreakdown breakdown = null;
    try {
      Main.GoldNotes notes = new Main.GoldNotes(err);
      var articles = PolnearCorpus.read(dir, notes);
      notes.close();
      if (articles.isEmpty()) {
        Main.error(err, goldDir, "no gold articles (expected text/*.txt and attributions/*.ann)");
        return 1;
      }
      if (errors) {
        Evaluator.Evaluation both = Evaluator.evaluateWithErrors(articles, extractor);
        report = both.report();
        breakdown = both.errors();
      } else {
        report = Evaluator.evaluate(articles, extractor);
      }
    } catch (IOException e) {
      String file = e instanceof FileSystemException f && f.getFile() != null ? f.getFile() : null;
      if (file != null) {
        Main.error(err, file, Main.describe(e));
      } else {
        Main.goldError(err, goldDir, e);
      }
      return 1;
    } catch (ArticleTooLargeException e) {
      Main.error(err, goldDir, Main.tooLarge("article " + e.articleId() + " has " + e.length()
          + " characters", e.limit()));
      return 1;
    } catch (ExtractionException e) {
      Main.error(err, goldDir, e.getMessage());
      return 1;
    }
    PrintStream out = new PrintStream(stdout, false, StandardCharsets.UTF_8);
    String text = json ? report.toJson(breakdown) : report.format();
    out.print(text.endsWith("\n") ? text : text + "\n");
    if (breakdown != null && !json) {
      out.print("\n" + breakdown.format());
    }
    out.flush();
    return 0;
  }
}
