package org.quotekit.cli;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.quotekit.eval.PolnearCorpus;
import org.quotekit.model.AttributionModel;
import org.quotekit.rules.CueLexicon;
import org.quotekit.train.AttributionModelTrainer;

/**
 * {@code train} on a small split written here: ten articles in which "opined" (a word the cue
 * lexicon lacks) reports what follows it. It prints validation figures, writes one model file
 * with both parts, and {@code extract --model} uses it.
 */
class TrainCommandTest {
  private static final String[] NAMES = {"Ada Park", "Ben Ross", "Cleo Diaz", "Dev Shah",
      "Eli Chen"};
  private static final String[] CLAIMS = {"the budget was too small", "the bridge would reopen",
      "taxes should fall", "the vote was unfair", "the plan had failed"};

  @TempDir Path dir;
  private final CommandRun cli = new CommandRun();

  private Path writeSplit() throws IOException {
    Path split = dir.resolve("split");
    Files.createDirectories(split.resolve("text"));
    Files.createDirectories(split.resolve("attributions"));
    for (int a = 0; a < 10; a++) {
      StringBuilder text = new StringBuilder();
      StringBuilder ann = new StringBuilder();
      for (int c = 0; c < CLAIMS.length; c++) {
        String name = NAMES[(a + c) % NAMES.length];
        int start = text.length();
        text.append(name).append(" opined that ").append(CLAIMS[c]).append(". ");
        int cue = start + name.length() + 1;
        int content = cue + "opined that ".length();
        int t = c * 4;
        ann.append("T").append(t + 1).append("\tAttribution ").append(cue).append(' ')
            .append(cue + 6).append("\topined\n")
            .append("T").append(t + 2).append("\tSource ").append(start).append(' ')
            .append(start + name.length()).append('\t').append(name).append('\n')
            .append("T").append(t + 3).append("\tCue ").append(cue).append(' ')
            .append(cue + 6).append("\topined\n")
            .append("T").append(t + 4).append("\tContent ").append(content).append(' ')
            .append(content + CLAIMS[c].length()).append('\t').append(CLAIMS[c]).append('\n')
            .append("E").append(c + 1).append("\tAttribution:T").append(t + 1)
            .append(" Source:T").append(t + 2).append(" Cue:T").append(t + 3)
            .append(" Content:T").append(t + 4).append('\n');
        text.append(name).append(" opened the door of the old house. ");
      }
      Files.writeString(split.resolve("text/a" + a + ".txt"), text, UTF_8);
      Files.writeString(split.resolve("attributions/a" + a + "_x.ann"), ann, UTF_8);
    }
    return split;
  }

  @Test
  void trainsBothPartsPrintsTheirFiguresAndTheModelIsUsable() throws IOException {
    Path split = writeSplit();
    Path model = dir.resolve("quotes.model");

    assertThat(cli.run("train", "--gold", split.toString(), "--output", model.toString(),
        "--iterations", "30")).isZero();
    assertThat(cli.out()).contains("cue model", "content model",
        "extractors model on the validation part:");
    try (InputStream in = Files.newInputStream(model)) {
      AttributionModel read = AttributionModel.read(in, model.toString());
      assertThat(read.content()).isPresent();
      // the message names the filter exactly when the model has one
      assertThat(cli.err()).contains("trained a cue, a content and a source model"
          + (read.filter().isEmpty() ? "" : read.filter().get().ranks()
              ? " and a filter with a joint ranker" : " and a filter") + " on 10 articles");
    }

    Path article = dir.resolve("held-back.txt");
    Files.writeString(article, "Gus Hall opined that the league needed new rules.", UTF_8);
    cli.resetOut();
    assertThat(cli.run("extract", "--extractors", "model", "--model", model.toString(),
        article.toString())).isZero();
    assertThat(cli.out()).contains("\"the league needed new rules\"")
        .contains("\"opined\"");
  }

  /**
   * Without --iterations the command trains what the Java API trains with its defaults, byte for
   * byte: a user who retrains from code gets the model the command (and the bundle) gives.
   */
  @Test
  void withoutIterationsTheCommandTrainsWhatTheJavaApiTrains() throws IOException {
    Path split = writeSplit();
    Path model = dir.resolve("cli.model");
    assertThat(cli.run("train", "--gold", split.toString(), "--output", model.toString(),
        "--no-validation")).isZero();

    ByteArrayOutputStream api = new ByteArrayOutputStream();
    new AttributionModelTrainer(CueLexicon.englishNews()).train(PolnearCorpus.read(split))
        .write(api);
    assertThat(Files.readAllBytes(model)).isEqualTo(api.toByteArray());
  }

  @Test
  void foldsCrossValidateThenTrainOnTheWholeSplit() throws IOException {
    Path split = writeSplit();
    Path model = dir.resolve("cv.model");

    assertThat(cli.run("train", "--gold", split.toString(), "--output", model.toString(),
        "--iterations", "20", "--folds", "2")).isZero();
    assertThat(cli.out()).contains("cross-validation over 2 folds", "fold 0:", "fold 1:",
        "extractors model, pooled over the folds:");
    assertThat(model).isNotEmptyFile();
  }

  @Test
  void foldsThatCannotBeMadeAreRefusedAndNamed() throws IOException {
    Path split = writeSplit();
    Path model = dir.resolve("none.model");

    assertThat(cli.run("train", "--gold", split.toString(), "--output", model.toString(),
        "--folds", "1")).isEqualTo(2);
    assertThat(cli.err()).contains("--folds must be at least 2, not 1");
    assertThat(cli.run("train", "--gold", split.toString(), "--output", model.toString(),
        "--folds", "3", "--no-validation")).isEqualTo(2);
    assertThat(cli.err()).contains("--folds and --no-validation exclude each other");
    assertThat(cli.run("train", "--gold", split.toString(), "--output", model.toString(),
        "--folds", "11")).isEqualTo(1);
    assertThat(cli.err()).contains("--folds 11 is more than its 10 articles");
    assertThat(model).doesNotExist();
  }

  /**
   * An output train cannot or must not write is refused before any training: inside the gold
   * split (which would replace an article), in a folder that does not exist, or empty; nothing is
   * left behind, not even a temporary file.
   */
  @Test
  void anOutputItCannotOrMustNotWriteIsRefusedBeforeTraining() throws IOException {
    Path split = writeSplit();
    Path article = split.resolve("text/a1.txt");
    String before = Files.readString(article, UTF_8);

    assertThat(cli.run("train", "--gold", split.toString(), "--output", article.toString(),
        "--no-validation")).isEqualTo(2);
    assertThat(cli.err()).contains("is inside the gold split").contains("Nothing was written");
    assertThat(Files.readString(article, UTF_8)).isEqualTo(before);
    Path missing = dir.resolve("no-such-folder/m.model");
    assertThat(cli.run("train", "--gold", split.toString(), "--output", missing.toString()))
        .isEqualTo(1);
    assertThat(cli.out()).isEmpty(); // no validation table: it stopped before training
    assertThat(cli.err()).contains(missing.toString()).contains("no such file or directory");
    assertThat(cli.run("train", "--gold", split.toString(), "--output", "")).isEqualTo(2);
    assertThat(cli.err()).contains("--output must name a file");
    try (var files = Files.list(dir)) {
      assertThat(files.map(f -> f.getFileName().toString())).containsExactly("split");
    }
  }

  /** A split too small for a validation fifth says so and trains on its articles. */
  @Test
  void aSplitWithNoValidationFifthSaysSoAndTrains() throws IOException {
    Path split = writeSplit();
    for (int a = 2; a < 10; a++) {
      Files.delete(split.resolve("text/a" + a + ".txt"));
      Files.delete(split.resolve("attributions/a" + a + "_x.ann"));
    }
    Path model = dir.resolve("small.model");
    assertThat(cli.run("train", "--gold", split.toString(), "--output", model.toString(),
        "--iterations", "20")).isZero();
    assertThat(cli.err()).contains("2 articles hold no validation fifth");
    assertThat(cli.out()).isEmpty();
    assertThat(model).isNotEmptyFile();
  }

  @Test
  void withoutValidationOnlyTheModelIsWritten() throws IOException {
    Path split = writeSplit();
    Path model = dir.resolve("quick.model");

    assertThat(cli.run("train", "--gold", split.toString(), "--output", model.toString(),
        "--iterations", "20", "--no-validation")).isZero();
    assertThat(cli.out()).isEmpty();
    assertThat(model).isNotEmptyFile();
  }
}
