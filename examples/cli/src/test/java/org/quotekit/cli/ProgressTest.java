package org.quotekit.cli;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The progress line of {@code extract}: what it says, when it is drawn, and that it leaves no trace. */
class ProgressTest {
  @TempDir Path dir;
  private final ByteArrayOutputStream out = new ByteArrayOutputStream();
  private final ByteArrayOutputStream err = new ByteArrayOutputStream();

  @Test
  void saysDoneOfTotalRateAndTimeLeft() {
    AtomicLong now = new AtomicLong();
    Progress p = new Progress(new PrintStream(err, true, UTF_8), 10, now::get);
    for (int i = 0; i < 4; i++) {
      now.addAndGet(500_000_000L);
      p.advance();
    }
    assertThat(p.line(now.get())).isEqualTo("quotekit: 4/10 articles (40%), 2.0/s, 3 s left");
    p.clear();
    String drawn = err.toString(UTF_8);
    assertThat(drawn).startsWith("\rquotekit: 1/10 articles").endsWith("\r")
        .contains("\rquotekit: 4/10 articles (40%), 2.0/s, 3 s left");
  }

  @Test
  void withoutATotalSaysDoneAndRate() {
    AtomicLong now = new AtomicLong();
    Progress p = new Progress(new PrintStream(err, true, UTF_8), -1, now::get);
    now.set(2_000_000_000L);
    p.advance();
    assertThat(p.line(now.get())).isEqualTo("quotekit: 1 articles, 0.5/s");
  }

  @Test
  void redrawsAtMostFourTimesASecond() {
    AtomicLong now = new AtomicLong();
    Progress p = new Progress(new PrintStream(err, true, UTF_8), -1, now::get);
    for (int i = 0; i < 100; i++) {
      now.addAndGet(1_000_000L);
      p.advance();
    }
    assertThat(err.toString(UTF_8).split("\r", -1)).hasSize(2);
  }

  @Test
  void countsTextFilesAndFoldersButNotJsonLinesOrStdin() throws IOException {
    Files.writeString(dir.resolve("a.txt"), "A.", UTF_8);
    Files.writeString(dir.resolve("b.txt"), "B.", UTF_8);
    Files.writeString(dir.resolve("c.md"), "C.", UTF_8);
    Path one = Files.writeString(dir.resolve("one.txt"), "One.", UTF_8);
    assertThat(Progress.count(List.of(dir.toString()))).isEqualTo(3);
    assertThat(Progress.count(List.of(one.toString()))).isEqualTo(1);
    assertThat(Progress.count(List.of(dir.toString(), "x.jsonl"))).isEqualTo(-1);
    assertThat(Progress.count(List.of("-"))).isEqualTo(-1);
  }

  @Test
  void forcedProgressLeavesTheOutputAsItWasAndClearsItsLine() throws IOException {
    Files.writeString(dir.resolve("a.txt"), "The union said the strike would go on.", UTF_8);
    Files.writeString(dir.resolve("b.txt"), "The mayor said the bridge would reopen.", UTF_8);

    String plain = extract("--no-progress");
    assertThat(err.toString(UTF_8)).isEmpty();
    err.reset();
    String withProgress = extract("--progress");

    assertThat(withProgress).isEqualTo(plain);
    assertThat(err.toString(UTF_8)).contains("\rquotekit: ").contains("2/2 articles (100%)")
        .endsWith("\r").doesNotContain("\n");
  }

  private String extract(String option) {
    out.reset();
    assertThat(Main.run(new String[] {"extract", "--threads", "1", option, dir.toString()},
        InputStream.nullInputStream(), new PrintStream(out, true, UTF_8),
        new PrintStream(err, true, UTF_8))).isZero();
    return out.toString(UTF_8);
  }
}
