package org.quotekit.cli;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class EvalCommandTest {
  @TempDir Path split;
  private final CommandRun cli = new CommandRun();

  /** One article whose single gold attribution the rules find exactly. */
  private void writeSplit() throws IOException {
    Files.createDirectories(split.resolve("text"));
    Files.createDirectories(split.resolve("attributions"));
    Files.writeString(split.resolve("text/a1.txt"),
        "Mayor Lena Ortiz said the bridge would reopen in May.", UTF_8);
    Files.writeString(split.resolve("attributions/a1_x.ann"), "T1\tAttribution 17 21\tsaid\n"
        + "T2\tSource 0 16\tMayor Lena Ortiz\nT3\tCue 17 21\tsaid\n"
        + "T4\tContent 22 52\tthe bridge would reopen in May\n"
        + "E1\tAttribution:T1 Source:T2 Cue:T3 Content:T4\n", UTF_8);
  }

  @Test
  void printsTheReportAsATable() throws IOException {
    writeSplit();

    assertThat(cli.run("eval", "--gold", split.toString())).isZero();
    assertThat(cli.out()).startsWith("figure").contains("exact     1.000")
        .contains("articles 1, gold attributions 1, predicted attributions 1").endsWith("\n");
    assertThat(cli.err()).isEmpty();
  }

  @Test
  void printsTheReportAsJson() throws IOException {
    writeSplit();

    assertThat(cli.run("eval", "--json", "--gold=" + split)).isZero();
    assertThat(cli.out()).startsWith("{\"articles\":1,").endsWith("}\n");
  }

  @Test
  void missingOrIncompleteSplitIsAnError() throws IOException {
    assertThat(cli.run("eval", "--gold", split.resolve("nope").toString())).isEqualTo(1);
    Files.createDirectories(split.resolve("text"));
    assertThat(cli.run("eval", "--gold", split.toString())).isEqualTo(1);

    assertThat(cli.out()).isEmpty();
    assertThat(cli.err().lines()).containsExactly(
        "quotekit: error: " + split.resolve("nope") + ": no such file or directory",
        "quotekit: error: " + split.resolve("attributions") + ": no such file or directory");
  }

  @Test
  void errorsComeAfterTheTableOrAsAMemberOfTheJson() throws IOException {
    writeSplit();

    assertThat(cli.run("eval", "--errors", "--gold", split.toString())).isZero();
    assertThat(cli.out()).contains("predicted attributions 1\n\nerror class")
        .contains("cue_not_found                 0")
        .contains("right (content, cue and source) 1 of 1 gold; 1 predicted; 1 articles");
    CommandRun json = new CommandRun();
    assertThat(json.run("eval", "--errors", "--json", "--gold", split.toString())).isZero();
    assertThat(json.out()).startsWith("{\"articles\":1,").endsWith("}}}\n")
        .contains(",\"errors\":{\"articles\":1,\"goldAttributions\":1,"
            + "\"predictedAttributions\":1,\"right\":1,\"classes\":{\"cue_not_found\":0,")
        .doesNotContain("error class");
  }
}
