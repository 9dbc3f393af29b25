package org.quotekit.cli;

import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import org.quotekit.eval.GoldArticle;
import org.quotekit.eval.PolnearCorpus;
import org.quotekit.model.CueModel;
import org.quotekit.rules.CueLexicon;
import org.quotekit.train.CueModelTrainer;

/**
 * {@code quotekit train}: trains a cue model for the model extractor on a PolNeAR-style split and
 * writes it to a file (atomically: a failed run leaves no half-written model). Stateless and
 * thread-safe.
 */
final class TrainCommand {
  private TrainCommand() {}

  /**
   * Trains and writes the model.
   *
   * @return 0 on success, 1 when the split cannot be read or the model cannot be written
   */
  static int run(String goldDir, String output, int iterations, PrintStream err) {
    java.util.List<GoldArticle> gold;
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
    Path target = Path.of(output);
    try {
      Path dir = target.toAbsolutePath().getParent();
      Path tmp = Files.createTempFile(dir, target.getFileName().toString(), ".tmp");
      try (OutputStream out = Files.newOutputStream(tmp)) {
        model.write(out);
      }
      Files.move(tmp, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    } catch (IOException e) {
      Main.error(err, output, Main.describe(e));
      return 1;
    }
    err.println("trained a cue model on " + gold.size() + " articles: " + output);
    return 0;
  }
}
