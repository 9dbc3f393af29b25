package org.quotekit.cli;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.quotekit.Article;
import org.quotekit.Extraction;
import org.quotekit.Quote;
import org.quotekit.QuoteExtractor;
import org.quotekit.Span;
import org.quotekit.Speaker;

/**
 * Loads pages written by {@code quotekit render} in headless Chromium and checks the DOM it
 * builds: one highlight per extracted quote part, in text order, the article text unchanged,
 * every speaker in the panel, the page's script run and nothing logged to the console. Skipped
 * when {@code chromium} is not on the PATH ({@code .ci/run} installs it).
 */
class RenderBrowserTest {
  private static final Pattern MARK = Pattern.compile("<mark class=\"quote [^\"]*\"[^>]*"
      + " data-quote=\"([^\"]*)\"");
  private static final QuoteExtractor EXTRACTOR = QuoteExtractor.builder().build();

  private static Path chromium;
  @TempDir static Path dir;

  @BeforeAll
  static void findChromium() {
    Optional<Path> found = Stream.of(System.getenv().getOrDefault("PATH", "")
            .split(File.pathSeparator))
        .filter(d -> !d.isEmpty())
        .map(d -> Path.of(d, "chromium"))
        .filter(Files::isExecutable)
        .findFirst();
    if (found.isEmpty()) {
      System.err.println("RenderBrowserTest: chromium is not on the PATH, browser test skipped"
          + " (install Debian's chromium package; .ci/run does)");
    }
    Assumptions.assumeTrue(found.isPresent(),
        "chromium is not on the PATH: browser test skipped (.ci/run installs it)");
    chromium = found.get();
  }

  static Stream<Path> articles() {
    return Stream.of(Path.of("../../testdata/articles/mawazine-iraq-coalition.txt"),
        Path.of("src/test/resources/render/markup.txt"),
        Path.of("src/test/resources/render/unicode.txt"),
        Path.of("src/test/resources/render/no-quotes.txt"));
  }

  @ParameterizedTest
  @MethodSource("articles")
  void chromiumShowsOneHighlightPerQuotePart(Path article) throws Exception {
    String name = article.getFileName().toString().replaceFirst("\\.txt$", "");
    String text = Files.readString(article, UTF_8);
    Extraction e = EXTRACTOR.extract(Article.of(name, text));
    Path html = dir.resolve(name + ".html");
    MainOptionsTest.Run run = MainOptionsTest.run("", "render", article.toString(), "-o",
        html.toString());
    assertThat(run.status()).as(run.err()).isZero();

    Browser b = load(html);
    String dom = b.dom();
    String body = HtmlText.inner(dom, "<article id=\"text\"");

    List<String> expected = new ArrayList<>();
    e.quotes().stream()
        .flatMap(q -> q.parts().stream().map(p -> new Object[] {p, q}))
        .sorted(Comparator.comparingInt(o -> ((Span) o[0]).start()))
        .forEach(o -> expected.add(((Quote) o[1]).id()));
    List<String> marks = MARK.matcher(body).results().map(m -> m.group(1)).toList();
    assertThat(marks).as("data-quote of each highlight, in text order").isEqualTo(expected);
    assertThat(HtmlText.textContent(body)).isEqualTo(text);

    String panel = HtmlText.inner(dom, "<ul id=\"speakers\"");
    assertThat(HtmlText.startTags(panel, "<li class=\"speaker c")).hasSize(e.speakers().size());
    String panelText = HtmlText.textContent(panel);
    for (Speaker s : e.speakers()) {
      assertThat(panelText).contains(s.name());
    }

    assertThat(dom).contains("<body data-script=\"ran\">").doesNotContain("<div id=\"qk-js-error\"");
    assertThat(b.log().lines().filter(l -> l.contains("CONSOLE"))).as("console messages")
        .isEmpty();
  }

  /** The serialized DOM and the log of one headless Chromium run. */
  private record Browser(String dom, String log) {}

  private static Browser load(Path html) throws IOException, InterruptedException {
    Path out = dir.resolve(html.getFileName() + ".dom");
    Path log = dir.resolve(html.getFileName() + ".log");
    Process p = new ProcessBuilder(chromium.toString(), "--headless", "--disable-gpu",
        "--no-sandbox", "--enable-logging=stderr", "--v=0",
        "--user-data-dir=" + dir.resolve(html.getFileName() + ".profile"),
        "--dump-dom", html.toAbsolutePath().toUri().toString())
        .redirectOutput(out.toFile())
        .redirectError(log.toFile())
        .start();
    if (!p.waitFor(120, TimeUnit.SECONDS)) {
      p.destroyForcibly();
      throw new AssertionError("chromium did not finish in 120 s: " + html);
    }
    String stderr = Files.readString(log, UTF_8);
    assertThat(p.exitValue()).as("chromium exit status; its log:\n" + stderr).isZero();
    return new Browser(Files.readString(out, UTF_8), stderr);
  }
}
