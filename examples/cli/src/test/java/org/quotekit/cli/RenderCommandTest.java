package org.quotekit.cli;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.quotekit.cli.MainOptionsTest.Run;
import org.quotekit.Article;
import org.quotekit.Extraction;
import org.quotekit.QuoteExtractor;

class RenderCommandTest {
  private static final String TEXT = "\"We tried,\" Mayor Lena Ortiz said. \"It did not work.\"";

  @TempDir Path dir;

  private static Run run(String stdin, String... args) {
    return MainOptionsTest.run(stdin, args);
  }

  @Test
  void writesThePageToStandardOutputOrToOutput() throws IOException {
    Path in = Files.writeString(dir.resolve("mayor.txt"), TEXT, UTF_8);
    Path html = dir.resolve("mayor.html");

    Run toStdout = run("", "render", in.toString());
    Run toFile = run("", "render", "-o", html.toString(), in.toString());
    Run longForm = run("", "render", in.toString(), "--output=" + dir.resolve("b.html"));

    assertThat(toStdout.status()).isZero();
    assertThat(toStdout.err()).isEmpty();
    Extraction e = QuoteExtractor.builder().build().extract(Article.of("mayor", TEXT));
    assertThat(toStdout.out()).isEqualTo(HtmlWriter.page(TEXT, e));
    assertThat(toFile.status()).isZero();
    assertThat(toFile.out()).isEmpty();
    assertThat(Files.readString(html, UTF_8)).isEqualTo(toStdout.out());
    assertThat(longForm.status()).isZero();
    assertThat(Files.readString(dir.resolve("b.html"), UTF_8)).isEqualTo(toStdout.out());
    assertThat(dir.toFile().list()).containsExactlyInAnyOrder("mayor.txt", "mayor.html",
        "b.html");
  }

  @Test
  void readsStandardInput() {
    Run r = run(TEXT, "render", "--input-format", "text", "-");
    assertThat(r.status()).isZero();
    assertThat(r.out()).contains("<title>QuoteKit: stdin</title>", "<mark class=\"quote c0\"");
  }

  @Test
  void hasItsOwnHelp() {
    Run r = run("", "render", "--help");
    assertThat(r.status()).isZero();
    assertThat(r.out()).startsWith("Usage: quotekit render ").contains("-o FILE");
    assertThat(run("", "--help").out()).contains("  render [--extractors NAMES]");
  }

  @Test
  void refusesUsageErrors() throws IOException {
    Path in = Files.writeString(dir.resolve("a.txt"), TEXT, UTF_8);
    Run none = run("", "render");
    Run two = run("", "render", in.toString(), in.toString());
    Run same = run("", "render", in.toString(), "-o", in.toString());
    Run badOption = run("", "render", "--format", "csv", in.toString());

    assertThat(none.status()).isEqualTo(2);
    assertThat(none.err()).startsWith("quotekit: render needs exactly one FILE, got 0")
        .contains("Usage: quotekit render");
    assertThat(two.status()).isEqualTo(2);
    assertThat(same.status()).isEqualTo(2);
    assertThat(same.err()).contains("refusing to overwrite it");
    assertThat(Files.readString(in, UTF_8)).isEqualTo(TEXT);
    assertThat(badOption.status()).isEqualTo(2);
    assertThat(badOption.err()).contains("unknown option: --format");
  }

  @Test
  void refusesAnInputWithMoreThanOneArticle() throws IOException {
    Path in = Files.writeString(dir.resolve("two.jsonl"),
        "{\"id\": \"a\", \"text\": \"One.\"}\n{\"id\": \"b\", \"text\": \"Two.\"}\n", UTF_8);
    Run r = run("", "render", in.toString());
    assertThat(r.status()).isEqualTo(1);
    assertThat(r.out()).isEmpty();
    assertThat(r.err()).contains("render draws one article")
        .contains("error: " + in + ": render draws");
    Path folder = Files.createDirectories(dir.resolve("folder"));
    Files.writeString(folder.resolve("a.txt"), "One.", UTF_8);
    Files.writeString(folder.resolve("b.txt"), "Two.", UTF_8);
    Run both = run("", "render", folder.toString());
    assertThat(both.status()).isEqualTo(1);
    assertThat(both.err()).contains("error: " + folder + ": render draws one article, but it "
        + "holds more").doesNotContain("a.txt");
  }

  @Test
  void reportsAnArticleThatFails() throws IOException {
    Path in = Files.writeString(dir.resolve("long.txt"), TEXT, UTF_8);
    Run r = run("", "render", "--max-article-length", "10", in.toString());
    assertThat(r.status()).isEqualTo(1);
    assertThat(r.out()).isEmpty();
    assertThat(r.err()).contains("--max-article-length");
  }
}
