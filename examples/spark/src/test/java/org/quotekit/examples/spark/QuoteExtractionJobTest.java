package org.quotekit.examples.spark;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.quotekit.Article;
import org.quotekit.QuoteExtractor;
import org.quotekit.examples.spark.QuoteExtractionJob.InputFormat;
import org.quotekit.examples.spark.QuoteExtractionJob.OutputFormat;

/** Runs the job in {@code local[2]} and compares its rows with {@code QuoteExtractor.extract}. */
class QuoteExtractionJobTest {
  private static final Map<String, String> TXT = new LinkedHashMap<>();
  private static final Map<String, String> JSONL = new LinkedHashMap<>();

  static {
    TXT.put("budget", "The senator said the budget would pass by Friday. \"We have the votes,\" "
        + "Mary Jones told reporters on Tuesday. Critics disagreed.");
    TXT.put("storm.v2", "\"The roads are closed until further notice,\" police said in a "
        + "statement. The mayor, John Smith, warned that more rain was coming. \"Stay home,\" "
        + "he added.");
    TXT.put("no-quotes", "Markets closed higher on Monday after a quiet session.");
    JSONL.put("j1", "\"Prices will fall next year,\" the central bank governor said. "
        + "Analysts, however, said inflation would stay high.");
    JSONL.put("j2", "According to the ministry, 40 schools will reopen. \"It is a good day "
        + "for our children,\" said Anna Berg, the minister.\nShe said more would follow.");
  }

  @TempDir static Path dir;
  private static SparkSession spark;
  private static QuoteExtractor extractor;

  @BeforeAll
  static void start() {
    spark = SparkSession.builder().master("local[2]").appName("QuoteExtractionJobTest")
        .config("spark.ui.enabled", false)
        .config("spark.sql.shuffle.partitions", 2)
        .getOrCreate();
    extractor = QuoteExtractor.builder().build();
  }

  @AfterAll
  static void stop() {
    spark.stop();
  }

  @Test
  void textFolderToParquetGivesTheQuotesOfExtract() throws IOException {
    Path in = Files.createDirectories(dir.resolve("txt"));
    for (Map.Entry<String, String> e : TXT.entrySet()) {
      Files.writeString(in.resolve(e.getKey() + ".txt"), e.getValue(), StandardCharsets.UTF_8);
    }
    // a byte order mark is dropped; files that are not .txt, or hidden, are not articles
    Files.writeString(in.resolve("bom.txt"), "\uFEFF" + TXT.get("budget"),
        StandardCharsets.UTF_8);
    Files.writeString(in.resolve("notes.md"), "\"Not an article,\" she said.");
    Files.writeString(in.resolve(".hidden.txt"), "\"Not an article,\" she said.");
    Map<String, String> articles = new LinkedHashMap<>(TXT);
    articles.put("bom", TXT.get("budget"));

    List<Row> rows = run(in, InputFormat.TXT, OutputFormat.PARQUET);

    assertThat(rows).hasSizeGreaterThan(3);
    assertThat(rows).anyMatch(r -> r.getAs("speaker_name") != null && r.getAs("cue_lemma") != null);
    assertThat(rows).containsExactlyInAnyOrderElementsOf(expected(articles));
  }

  @Test
  void jsonLinesToJsonLinesGivesTheQuotesOfExtract() throws IOException {
    Path in = dir.resolve("articles.jsonl");
    StringBuilder lines = new StringBuilder();
    for (Map.Entry<String, String> e : JSONL.entrySet()) {
      lines.append("{\"id\": \"").append(e.getKey()).append("\", \"text\": \"")
          .append(e.getValue().replace("\"", "\\\"").replace("\n", "\\n")).append("\"}\n");
    }
    Files.writeString(in, lines, StandardCharsets.UTF_8);

    List<Row> rows = run(in, InputFormat.JSONL, OutputFormat.JSONL);

    assertThat(rows).hasSizeGreaterThan(1);
    assertThat(rows).containsExactlyInAnyOrderElementsOf(expected(JSONL));
  }

  /**
   * A folder as archives hold it: names with ':' and '_' are articles like any other; a
   * subfolder, partition-like or not, is not read, and neither is a file that is not UTF-8; none
   * of them costs the others.
   */
  @Test
  void oddNamesAreReadAndSubfoldersAndOtherEncodingsAreLeftOut() throws IOException {
    Path in = Files.createDirectories(dir.resolve("archive"));
    Map<String, String> articles = new LinkedHashMap<>();
    articles.put("briefing 10:30", TXT.get("budget"));
    articles.put("_draft", TXT.get("storm.v2"));
    articles.put("plain", JSONL.get("j1"));
    articles.forEach((id, text) -> write(in.resolve(id + ".txt"), text));
    write(Files.createDirectories(in.resolve("year=2020")).resolve("part.txt"), TXT.get("budget"));
    write(Files.createDirectories(in.resolve("sub")).resolve("inner.txt"), TXT.get("budget"));
    Files.write(in.resolve("latin1.txt"), "\"Jos\u00e9 won,\" she said.".getBytes(
        StandardCharsets.ISO_8859_1));
    Files.write(in.resolve("utf16.txt"), ("\uFEFF" + TXT.get("budget")).getBytes(
        StandardCharsets.UTF_16LE));

    List<Row> rows = run(in, InputFormat.TXT, OutputFormat.JSONL);

    assertThat(rows).containsExactlyInAnyOrderElementsOf(expected(articles));
  }

  /**
   * JSON Lines are read by the command-line tool's rules: a line with anything after its object,
   * a member twice, an id that is neither string nor number, or no JSON at all is skipped, the
   * lines around it are read; in a folder, only {@code .jsonl} and {@code .json} files.
   */
  @Test
  void jsonLinesKeepTheCommandLinesRules() throws IOException {
    Path in = Files.createDirectories(dir.resolve("jsonl-folder"));
    write(in.resolve("a.jsonl"), line("j1", JSONL.get("j1")) + "{\"id\": \"x1\", \"text\": "
        + "\"\\\"No,\\\" he said.\"} trailing\n{\"id\": true, \"text\": \"\\\"No,\\\" he "
        + "said.\"}\n{\"id\": \"x2\", \"text\": \"a\", \"text\": \"\\\"No,\\\" he said.\"}\n"
        + "not json at all\n\n" + line("j2", JSONL.get("j2")));
    write(in.resolve("_b.jsonl"), line("b1", TXT.get("budget")));
    write(in.resolve("README.md"), line("r1", TXT.get("budget")));
    Map<String, String> articles = new LinkedHashMap<>(JSONL);
    articles.put("b1", TXT.get("budget"));

    List<Row> rows = run(in, InputFormat.JSONL, OutputFormat.PARQUET);

    assertThat(rows).containsExactlyInAnyOrderElementsOf(expected(articles));
  }

  @Test
  void aMissingOrEmptyInputOrAnOutputThatExistsIsAOneLineError() throws IOException {
    Path empty = Files.createDirectories(dir.resolve("empty"));
    write(empty.resolve("notes.md"), "nothing");
    assertThatThrownBy(() -> QuoteExtractionJob.articles(spark, dir.resolve("none").toString(),
        InputFormat.TXT)).isInstanceOf(ArticleFiles.JobException.class)
        .hasMessageContaining("does not exist");
    assertThatThrownBy(() -> QuoteExtractionJob.articles(spark, empty.toString(),
        InputFormat.TXT)).isInstanceOf(ArticleFiles.JobException.class)
        .hasMessageContaining("holds no .txt file");
    assertThatThrownBy(() -> QuoteExtractionJob.run(spark, QuoteExtractionJob.Options.parse(
        new String[] {empty.toString(), empty.toString()})))
        .isInstanceOf(ArticleFiles.JobException.class).hasMessageContaining("exists");
  }

  private static void write(Path file, String text) {
    try {
      Files.writeString(file, text, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }

  private static String line(String id, String text) {
    return "{\"id\": \"" + id + "\", \"text\": \"" + text.replace("\"", "\\\"")
        .replace("\n", "\\n") + "\"}\n";
  }

  /** Runs the job from {@code in} to a new folder and reads its rows back. */
  private static List<Row> run(Path in, InputFormat input, OutputFormat format) {
    String out = dir.resolve("out-" + in.getFileName() + "-" + input + "-" + format).toString();
    QuoteExtractionJob.write(
        QuoteExtractionJob.quotes(QuoteExtractionJob.articles(spark, in.toString(), input)),
        out, format);
    var reader = spark.read().schema(QuoteExtractionJob.QUOTE_SCHEMA);
    var written = format == OutputFormat.PARQUET ? reader.parquet(out) : reader.json(out);
    return written.collectAsList();
  }

  private static List<Row> expected(Map<String, String> articles) {
    List<Row> rows = new ArrayList<>();
    articles.forEach((id, text) ->
        rows.addAll(QuoteExtractionJob.rows(extractor.extract(Article.of(id, text)))));
    return rows;
  }
}
