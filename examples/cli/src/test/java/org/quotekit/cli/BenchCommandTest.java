package org.quotekit.cli;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code bench} reports every figure it promises; the figures themselves are not asserted. */
class BenchCommandTest {
  @TempDir Path dir;
  private final CommandRun cli = new CommandRun();

  @Test
  void reportsThroughputStagesHeapAndGrowth() throws IOException {
    Files.writeString(dir.resolve("a.txt"), "\u201CThe bridge will reopen,\u201D the mayor said."
        + " She added that the work would cost less than planned.", UTF_8);
    Files.writeString(dir.resolve("b.txt"), "The union said the strike would go on.", UTF_8);

    assertThat(cli.run("bench", "--runs", "1", "--threads", "2", dir.toString())).isZero();
    assertThat(cli.out()).contains("articles 2,", "word tokens", "load ",
        "one thread, median of 1 run after 1 warm-up run:", "articles/s", "tokens/s",
        "tagging", "extractor model", "speakers", "claims", "json",
        "2 threads, median of 1:", "peak heap")
        .containsPattern("(?m)^ +1x ").containsPattern("(?m)^ +4x ").containsPattern("(?m)^ +16x ");
    assertThat(cli.out().lines().filter(l -> l.startsWith("  JIT: "))).as("one each for one and"
        + " two threads").hasSize(2);
  }

  @Test
  void growthStopsAtTheLongestArticleTheExtractorTakes() throws IOException {
    String text = "The union said the strike would go on."; // 38 characters
    Files.writeString(dir.resolve("a.txt"), text, UTF_8);

    // 4x is 158 characters with the blank lines between copies: more than 100
    assertThat(cli.run("bench", "--runs", "1", "--max-article-length", "100", dir.toString()))
        .isZero();
    assertThat(cli.out()).contains(" 1x ")
        .contains("   4x       158 characters not measured: more than --max-article-length 100")
        // a growth row, not the speed-up line's "1.16x one thread", which CI once printed
        .doesNotContainPattern("(?m)^ +16x ");
    assertThat(cli.err()).isEmpty();
  }

  @Test
  void warmUpRunsAreCountedInTheHeading() throws IOException {
    Files.writeString(dir.resolve("a.txt"), "The union said the strike would go on.", UTF_8);

    assertThat(cli.run("bench", "--runs", "1", "--warm-up", "3", dir.toString())).isZero();
    assertThat(cli.out()).contains("one thread, median of 1 run after 3 warm-up runs:");
    assertThat(cli.run("bench", "--warm-up", "0", dir.toString())).isEqualTo(2);
  }

  @Test
  void unreadableInputsAreNamedAndSkipped() throws IOException {
    Files.writeString(dir.resolve("ok.txt"), "The union said the strike would go on.", UTF_8);
    Files.write(dir.resolve("bad.txt"), new byte[] {(byte) 0xC3, (byte) 0x28});

    assertThat(cli.run("bench", "--runs", "1", dir.toString())).isZero();
    assertThat(cli.out()).contains("articles 1 (1 unreadable, skipped)");
    assertThat(cli.err()).contains("bad.txt");
  }

  @Test
  void anArticleOverTheLimitIsNamedAndTheOthersAreMeasured() throws IOException {
    // 126 characters: more than the limit of 100, less than the 300 bytes read at most
    Files.writeString(dir.resolve("long.txt"), "The union said the strike would go on. ".repeat(3)
        + "It would.", UTF_8);
    Files.writeString(dir.resolve("ok.txt"), "The union said the strike would go on.", UTF_8);

    assertThat(cli.run("bench", "--runs", "1", "--max-article-length", "100", dir.toString()))
        .isZero();
    assertThat(cli.out()).contains("articles 1 (1 too long, skipped)", "articles/s");
    assertThat(cli.err()).contains("long.txt", "the article has 126 characters")
        .doesNotContain("Exception");
  }

  @Test
  void nothingToMeasureIsAnError() throws IOException {
    Files.write(dir.resolve("bad.txt"), new byte[] {(byte) 0xC3, (byte) 0x28});

    assertThat(cli.run("bench", dir.toString())).isEqualTo(1);
    assertThat(cli.err()).contains("no article to measure");
  }

  @Test
  void tokensAreRunsOfWordCharacters() {
    assertThat(BenchCommand.countTokens("")).isZero();
    assertThat(BenchCommand.countTokens("It's 9:30 -- a_b!")).isEqualTo(5);
  }
}
