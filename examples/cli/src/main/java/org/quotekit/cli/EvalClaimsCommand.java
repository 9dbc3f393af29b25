package org.quotekit.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.quotekit.ArticleTooLargeException;
import org.quotekit.ExtractionException;
import org.quotekit.QuoteExtractor;
import org.quotekit.eval.ClaimsEvaluation;
import org.quotekit.eval.ClaimsReport;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;

/**
 * {@code quotekit eval-claims}: scores the claims of an extractor against a claims gold ({@code
 * testdata/claims}) with {@link ClaimsEvaluation} and prints {@link ClaimsReport#format()}, or
 * {@link ClaimsReport#formatWithMisses()} with {@code --misses}. Not thread-safe: picocli fills
 * it in for one run.
 */
@Command(name = "eval-claims", mixinStandardHelpOptions = true, sortOptions = false,
    customSynopsis = {
        "quotekit eval-claims --gold DIR [--polnear DIR] [--misses] [--extractors NAMES]",
        "                     [--model FILE] [--cues FILE] [--speakers FILE]",
        "                     [--cue-threshold P] [--none-bias B] [--max-article-length N]"},
    description = {
        "Score the claims against a claims gold; print the figures of each part.",
        "",
        "The figures: usable claim rate, stance accuracy, negation F1 and quantity F1 (with the"
            + " F1 of quantity spans alone), for each part of the gold (dev, report).",
        "",
        "DIR is a folder of gold .tsv files with the articles they name in DIR/articles (as"
            + " testdata/claims), or one .tsv file beside an articles folder. Rows on PolNeAR"
            + " articles are scored only with --polnear; a note says how many were not."},
    optionListHeading = "%nOptions:%n", footer = Main.EXIT_STATUS)
final class EvalClaimsCommand implements Callable<Integer> {
  @ParentCommand
  Main main;

  @Option(names = "--gold", paramLabel = "DIR", required = true,
      description = "The claims gold: a folder of .tsv files, or one .tsv file.")
  Path gold;

  @Option(names = "--polnear", paramLabel = "DIR",
      description = "The PolNeAR dev split (with text/*.txt), for the gold rows on its articles.")
  Path polnear;

  @Option(names = "--misses", description = "After the table, one line for each row that was"
      + " not usable or had a wrong stance, negation or quantity.")
  boolean misses;

  @Mixin
  ExtractorOptions extractor;

  @Override
  public Integer call() {
    return run(gold, polnear, misses, extractor.extractor(), main.out, main.err);
  }

  /**
   * Evaluates and prints the report.
   *
   * @param polnearDev the PolNeAR dev folder, or null
   * @return 0 when the report was printed, 1 when the gold, an article or the corpus could not
   *     be read
   */
  static int run(Path gold, Path polnearDev, boolean misses, QuoteExtractor extractor,
      PrintStream stdout, PrintStream err) {
    if (!Files.exists(gold)) {
      Main.error(err, gold.toString(), "no such file or directory");
      return 1;
    }
    if (polnearDev != null && !Files.isDirectory(polnearDev.resolve("text"))) {
      Main.error(err, polnearDev.toString(), Files.isDirectory(polnearDev)
          ? "not a PolNeAR split (no text folder)" : "no such folder");
      return 1;
    }
    ClaimsReport report;
    try {
      report = ClaimsEvaluation.evaluate(gold, polnearDev, extractor);
    } catch (IOException e) {
      String file = e instanceof FileSystemException f && f.getFile() != null ? f.getFile() : null;
      Main.error(err, file != null ? file : gold.toString(), Main.describe(e));
      return 1;
    } catch (ArticleTooLargeException e) {
      Main.error(err, gold.toString(), Main.tooLarge("article " + e.articleId() + " has "
          + e.length() + " characters", e.limit()));
      return 1;
    } catch (ExtractionException | IllegalArgumentException e) {
      Main.error(err, gold.toString(), e.getMessage());
      return 1;
    }
    if (report.parts().isEmpty()) {
      Main.error(err, gold.toString(), report.notes().isEmpty()
          ? "no claims gold rows (expected .tsv files)"
          : "no row could be scored: " + String.join("; ", report.notes()));
      return 1;
    }
    PrintStream out = new PrintStream(stdout, false, StandardCharsets.UTF_8);
    out.print(misses ? report.formatWithMisses() : report.format());
    out.flush();
    return 0;
  }
}
