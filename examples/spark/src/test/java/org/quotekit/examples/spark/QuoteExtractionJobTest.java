package org.quotekit.examples.spark;

import static org.assertj.core.api.Assertions.assertThat;

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

  /** Runs the job from {@code in} to a new folder and reads its rows back. */
  private static List<Row> run(Path in, InputFormat input, OutputFormat format) {
    String out = dir.resolve("out-" + input + "-" + format).toString();
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
