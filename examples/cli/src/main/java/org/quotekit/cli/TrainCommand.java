package org.quotekit.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
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
    if (output.toString().isBlank()) {
      throw new ParameterException(spec.commandLine(), "--output must name a file");
    }
    if (inside(output, gold)) {
      main.err.println("quotekit: error: --output " + output + " is inside the gold split "
          + gold + "; refusing to overwrite its files. Nothing was written.");
      return 2;
    }
    return run(gold.toString(), output.toString(), iterations,
        noValidation ? 0 : folds == null ? 1 : folds, main.out, main.err);
  }

  /** Whether {@code file} lies inside folder {@code dir}, symbolic links followed. */
  static boolean inside(Path file, Path dir) {
    try {
      Path d = Files.exists(dir) ? dir.toRealPath() : dir.toAbsolutePath().normalize();
      Path f = file.toAbsolutePath().normalize();
      Path parent = f.getParent();
      if (parent != null && Files.exists(parent)) {
        f = parent.toRealPath().resolve(f.getFileName());
      }
      return f.startsWith(d);
    } catch (IOException | InvalidPathException e) {
      return false;
    }
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
      Main.GoldNotes notes = new Main.GoldNotes(err);
      gold = PolnearCorpus.read(Path.of(goldDir), notes);
      notes.close();
    } catch (IOException | RuntimeException e) {
      Main.goldError(err, goldDir, e);
      return 1;
    }
    if (gold.isEmpty()) {
      Main.error(err, goldDir, "no gold articles (expected text/*.txt and attributions/*.ann)");
      return 1;
    }
    OutputFile file; // opened first, so that a path it cannot write costs no training
    try {
      file = OutputFile.open(output);
    } catch (IOException e) {
      Main.error(err, output, Main.describe(e));
      return 1;
    }
    boolean written = false;
    try {
      written = train(gold, goldDir, output, iterations, folds, file, out, err);
    } finally {
      if (!written) {
        file.discard();
      }
    }
    return written ? 0 : 1;
  }

  /** Validates, trains and writes the model to {@code file}; whether it was committed. */
  private static boolean train(List<GoldArticle> gold, String goldDir, String output,
      Integer iterations, int folds, OutputFile file, PrintStream out, PrintStream err) {
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
        return false;
      }
      if (folds == 1 && AttributionModelTrainer.split(gold).validation().isEmpty()) {
        err.println("quotekit: note: " + gold.size() + " article" + (gold.size() == 1 ? "" : "s")
            + " hold no validation fifth (every fifth article is one); no figures to print, "
            + "the model is trained on them all");
      } else if (folds == 1) {
        out.print(trainer.validate(gold).format());
      } else if (folds > 1) {
        out.print(trainer.crossValidate(gold, folds).format());
      }
      out.flush();
      model = trainer.train(gold);
    } catch (IllegalArgumentException e) {
      Main.error(err, goldDir, e.getMessage());
      return false;
    }
    try {
      model.write(file.stream());
      file.commit();
    } catch (IOException e) {
      Main.error(err, output, Main.describe(e));
      return false;
    }
    String filter = model.filter().isEmpty() ? ""
        : model.filter().get().ranks() ? " and a filter with a joint ranker" : " and a filter";
    err.printf(Locale.ROOT, "trained a cue, a content and a source model%s on %d articles in "
        + "%.0f s: %s%n", filter, gold.size(), (System.nanoTime() - start) / 1e9, output);
    return true;
  }
}
