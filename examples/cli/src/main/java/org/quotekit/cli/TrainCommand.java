package org.quotekit.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.quotekit.eval.GoldArticle;
import org.quotekit.eval.PolnearCorpus;
import org.quotekit.model.CueModel;
import org.quotekit.rules.CueLexicon;
import org.quotekit.train.CueModelTrainer;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;

/**
 * {@code quotekit train}: trains a cue model for the model extractor on a PolNeAR-style split and
 * writes it to a file (an {@link OutputFile}: a failed run leaves no half-written model). Not
 * thread-safe: picocli fills it in for one run.
 */
@Command(name = "train", mixinStandardHelpOptions = true, sortOptions = false,
    customSynopsis = "quotekit train --gold DIR --output FILE [--iterations N]",
    description = "Train a cue model for the model extractor on a PolNeAR-style split.",
    optionListHeading = "%nOptions:%n", footer = Main.EXIT_STATUS)
final class TrainCommand implements Callable<Integer> {
  @ParentCommand
  Main main;

  @Option(names = "--gold", paramLabel = "DIR", required = true,
      description = "The training split (DIR/text/*.txt and DIR/attributions/*.ann).")
  Path gold;

  @Option(names = "--output", paramLabel = "FILE", required = true,
      description = "Where the model goes (--model FILE of the other commands).")
  Path output;

  @Option(names = "--iterations", paramLabel = "N", converter = Values.PositiveInt.class,
      description = "Training iterations (default ${DEFAULT-VALUE}).")
  int iterations = 100;

  @Override
  public Integer call() {
    return run(gold.toString(), output.toString(), iterations, main.err);
  }

  /**
   * Trains and writes the model.
   *
   * @return 0 on success, 1 when the split cannot be read or the model cannot be written
   */
  static int run(String goldDir, String output, int iterations, PrintStream err) {
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
    CueModel model;
    try {
      model = new CueModelTrainer(CueLexicon.englishNews()).iterations(iterations).train(gold);
    } catch (IllegalArgumentException e) {
      Main.error(err, goldDir, e.getMessage());
      return 1;
    }
    if (OutputFile.write(output, model::write, err) != 0) {
      return 1;
    }
    err.println("trained a cue model on " + gold.size() + " articles: " + output);
    return 0;
  }
}
