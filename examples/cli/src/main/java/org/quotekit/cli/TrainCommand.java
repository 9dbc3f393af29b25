package org.quotekit.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.quotekit.eval.GoldArticle;
import org.quotekit.eval.PolnearCorpus;
import org.quotekit.model.AttributionModel;
import org.quotekit.rules.CueLexicon;
import org.quotekit.train.AttributionModelTrainer;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/**
 * {@code quotekit train}: trains every part of the model extractor (cue model and content model)
 * on a PolNeAR-style split and writes them to one file (an {@link OutputFile}: a failed run leaves
 * no half-written model). First, unless told not to, it trains on four fifths of the split and
 * prints each part's figures on the held-out fifth. Not thread-safe: picocli fills it in for one
 * run.
 */
@Command(name = "train", mixinStandardHelpOptions = true, sortOptions = false,
    customSynopsis = "quotekit train --gold DIR --output FILE [--iterations N] "
        + "[--folds K | --no-validation]",
    description = {"Train the model extractor (cue, content and source models and a filter that "
        + "chooses among their candidates) on a PolNeAR-style split.",
        "Prints each part's figures on a validation fifth of the split first (every fifth "
            + "article, trained on the others), or cross-validated over K folds with --folds, "
            + "then trains on the whole split."},
    optionListHeading = "%nOptions:%n", footer = Main.EXIT_STATUS)
final class TrainCommand implements Callable<Integer> {
  @ParentCommand
  Main main;

  @Spec
  CommandSpec spec;

  @Option(names = "--gold", paramLabel = "DIR", required = true,
      description = "The training split (DIR/text/*.txt and DIR/attributions/*.ann).")
  Path gold;

  @Option(names = "--output", paramLabel = "FILE", required = true,
      description = "Where the model goes (--model FILE of the other commands).")
  Path output;

  @Option(names = "--iterations", paramLabel = "N", converter = Values.PositiveInt.class,
      description = "GIS iterations of the cue and content models (default 100 each, the "
          + "Java API's AttributionModelTrainer defaults; the source ranker makes 10 passes).")
  Integer iterations;

  @Option(names = "--no-validation", description = "Skip the validation run (half the time).")
  boolean noValidation;

  @Option(names = "--folds", paramLabel = "K", converter = Values.PositiveInt.class,
      description = "Cross-validate instead of the one validation fifth: article i goes to fold "
          + "i mod K (K >= 2); each fold is measured with a model trained on the others. Prints "
          + "each fold's part figures and the extractors' figures pooled over the folds, with "
          + "each fold's F1 figures to show their spread. K trainings before the final one.")
  Integer folds;

  @Override
  public Integer call() {
    if (folds != null && (noValidation || folds < 2)) {
      throw new ParameterException(spec.commandLine(), noValidation
          ? "--folds and --no-validation exclude each other" : "--folds must be at least 2, not "
              + folds);
    }
    return run(gold.toString(), output.toString(), iterations,
        noValidation ? 0 : folds == null ? 1 : folds, main.out, main.err);
  }

  /**
   * Validates (when asked), trains and writes the model; the figures go to {@code out}, progress
   * and errors to {@code err}.
   *
   * @param iterations the GIS iterations of the cue and content models, or null for the
   *     trainer's defaults (so that the command and the Java API train the same model)
   * @param folds 0 for no validation, 1 for the validation fifth, more to cross-validate over
   *     that many folds
   * @return 0 on success, 1 when the split cannot be read or the model cannot be written
   */
  static int run(String goldDir, String output, Integer iterations, int folds,
      PrintStream out, PrintStream err) {
    List<GoldArticle> gold;
    try {
      gold = PolnearCorpus.read(Path.of(goldDir));
    } catch (IOException | RuntimeException e) {
      Main.error(err, goldDir, Main.describe(e));
      return 1;
    }
    if (gold.isEmpty()) {
      Main.error(err, goldDir, "no gold articles (expected text/*.txt and attributions/*.ann)");
      return 1;
    }
    AttributionModelTrainer trainer = new AttributionModelTrainer(CueLexicon.englishNews());
    if (iterations != null) {
      trainer.iterations(iterations, iterations);
    }
    AttributionModel model;
    long start = System.nanoTime();
    try {
      if (folds > gold.size()) {
        Main.error(err, goldDir, "--folds " + folds + " is more than its " + gold.size()
            + " articles");
        return 1;
      }
      if (folds == 1) {
        out.print(trainer.validate(gold).format());
      } else if (folds > 1) {
        out.print(trainer.crossValidate(gold, folds).format());
      }
      out.flush();
      model = trainer.train(gold);
    } catch (IllegalArgumentException e) {
      Main.error(err, goldDir, e.getMessage());
      return 1;
    }
    if (OutputFile.write(output, model::write, err) != 0) {
      return 1;
    }
    String filter = model.filter().isEmpty() ? ""
        : model.filter().get().ranks() ? " and a filter with a joint ranker" : " and a filter";
    err.printf(Locale.ROOT, "trained a cue, a content and a source model%s on %d articles in "
        + "%.0f s: %s%n", filter, gold.size(), (System.nanoTime() - start) / 1e9, output);
    return 0;
  }
}
