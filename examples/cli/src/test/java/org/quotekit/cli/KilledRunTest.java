package org.quotekit.cli;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code quotekit extract} killed in the middle of a batch (SIGKILL, no shutdown hooks) leaves
 * the file under the output name as it was, and valid JSON Lines in the temporary file: every
 * finished line parses and lines stand in input order. Stopped by SIGTERM, it also says which
 * temporary file holds the lines.
 */
class KilledRunTest {
  private static final int ARTICLES = 3_000;

  @TempDir Path dir;

  @Test
  void linesWrittenBeforeAKillStayValidJsonLines() throws Exception {
    StringBuilder in = new StringBuilder();
    for (int i = 1; i <= ARTICLES; i++) {
      // Every tenth article gives a line longer than a writer's buffer (8 KiB).
      String sentence = "\\u201CWe will build " + i + " roads,\\u201D said Mayor Ana Lee. ";
      in.append("{\"id\": \"a").append(i).append("\", \"text\": \"")
          .append(sentence.repeat(i % 10 == 0 ? 60 : 2)).append("\"}\n");
    }
    Path input = Files.writeString(dir.resolve("batch.jsonl"), in, UTF_8);
    Path output = Files.writeString(dir.resolve("out.jsonl"), "old\n", UTF_8);

    Process run = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java")
        .toString(), "-cp", classPath(), Main.class.getName(), "extract", "--output",
        output.toString(), input.toString())
        .redirectOutput(ProcessBuilder.Redirect.DISCARD)
        .redirectError(ProcessBuilder.Redirect.DISCARD)
        .start();
    try {
      // Wait (bounded) until some lines are out, then kill without warning.
      for (int polls = 0; polls < 6_000 && run.isAlive() && lineCount(temporary()) < 40;
          polls++) {
        Thread.sleep(20);
      }
    } finally {
      run.destroyForcibly();
      run.waitFor(60, TimeUnit.SECONDS);
    }

    assertThat(Files.readString(output, UTF_8)).as("the output name is untouched").isEqualTo("old\n");
    String out = Files.readString(temporary(), UTF_8);
    List<String> lines = out.substring(0, out.lastIndexOf('\n') + 1).lines().toList();
    assertThat(lines).as("killed part-way").hasSizeBetween(40, ARTICLES - 1);
    for (int i = 0; i < lines.size(); i++) {
      JsonlReader.Line line = JsonlReader.parse(lines.get(i));
      assertThat(line.id()).isEqualTo("a" + (i + 1));
    }
  }

  @Test
  void aRunStoppedBySigtermSaysWhereTheLinesWrittenAre() throws Exception {
    Path output = Files.writeString(dir.resolve("out.jsonl"), "old\n", UTF_8);
    Path err = dir.resolve("err.txt");
    // standard input stays open, so the run waits after the first article until it is stopped
    Process run = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java")
        .toString(), "-cp", classPath(), Main.class.getName(), "extract", "--input-format",
        "jsonl", "--output", output.toString(), "-")
        .redirectOutput(ProcessBuilder.Redirect.DISCARD)
        .redirectError(err.toFile())
        .start();
    try {
      run.getOutputStream().write("{\"id\": \"a\", \"text\": \"Ann Lee said so.\"}\n"
          .getBytes(UTF_8));
      run.getOutputStream().flush();
      for (int polls = 0; polls < 6_000 && run.isAlive() && lineCount(temporary()) < 1;
          polls++) {
        Thread.sleep(20);
      }
      assertThat(lineCount(temporary())).as("the first line is out").isEqualTo(1);
      // SIGTERM through the handle: Process.destroy would also close standard input, and the
      // run might end at that end of input before the signal stops it
      run.toHandle().destroy();
      assertThat(run.waitFor(60, TimeUnit.SECONDS)).as("the run stopped").isTrue();
    } finally {
      run.destroyForcibly();
    }
    assertThat(Files.readString(output, UTF_8)).isEqualTo("old\n");
    assertThat(Files.readString(err, UTF_8)).contains("quotekit: error: stopped; " + output
        + " was left as it was; the lines written are in " + temporary());
  }

  /** The hidden temporary output file, or {@code null} before it exists. */
  private Path temporary() throws java.io.IOException {
    try (var files = Files.list(dir)) {
      return files.filter(p -> p.getFileName().toString().startsWith(".out.jsonl."))
          .findFirst().orElse(null);
    }
  }

  private static long lineCount(Path file) throws java.io.IOException {
    if (file == null || !Files.exists(file)) {
      return 0;
    }
    byte[] bytes = Files.readAllBytes(file);
    long n = 0;
    for (byte b : bytes) {
      n += b == '\n' ? 1 : 0;
    }
    return n;
  }

  /** The test class path; Surefire may hide it behind a manifest-only jar. */
  private static String classPath() {
    String surefire = System.getProperty("surefire.test.class.path");
    return surefire != null ? surefire : System.getProperty("java.class.path");
  }
}
