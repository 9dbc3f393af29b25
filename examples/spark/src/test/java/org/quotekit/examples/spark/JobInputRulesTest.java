package org.quotekit.examples.spark;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.quotekit.QuoteExtractor;
import org.quotekit.examples.spark.QuoteExtractionJob.InputFormat;
import org.quotekit.examples.spark.QuoteExtractionJob.Options;
import org.quotekit.examples.spark.QuoteExtractionJob.OutputFormat;

/** The job's command line, its JSON Lines rules and its decoding, without Spark. */
class JobInputRulesTest {
  @Test
  void optionsTakeEitherFormAndAUsageErrorSaysWhy() {
    Options o = Options.parse(new String[] {"--format=jsonl", "in.jsonl", "out",
        "--max-article-length", "20"});
    assertThat(o.format()).isEqualTo(OutputFormat.JSONL);
    assertThat(o.inputFormat()).isEqualTo(InputFormat.JSONL);
    assertThat(o.maxArticleLength()).isEqualTo(20);
    assertThat(Options.parse(new String[] {"folder", "out"}).inputFormat())
        .isEqualTo(InputFormat.TXT);
    assertThat(Options.parse(new String[] {"folder", "out"}).maxArticleLength())
        .isEqualTo(QuoteExtractor.DEFAULT_MAX_ARTICLE_LENGTH);
    assertThat(Options.parse(new String[] {"--input", "TXT", "--", "--odd", "out"}).in())
        .isEqualTo("--odd");
    assertThatThrownBy(() -> Options.parse(new String[] {"a", "b", "--input"}))
        .hasMessage("missing value after --input");
    assertThatThrownBy(() -> Options.parse(new String[] {"--format", "csv", "a", "b"}))
        .hasMessage("unknown value for --format: csv (one of parquet, jsonl)");
    assertThatThrownBy(() -> Options.parse(new String[] {"--overwrite", "a", "b"}))
        .hasMessage("unknown option --overwrite");
    assertThatThrownBy(() -> Options.parse(new String[] {"--max-article-length=0", "a", "b"}))
        .hasMessageContaining("positive whole number");
    assertThatThrownBy(() -> Options.parse(new String[] {"a"}))
        .hasMessage("expected INPUT and OUTPUT, got 1 path");
  }

  @Test
  void aJsonLineIsAnObjectWithAStringTextAndAStringOrNumberId() {
    assertThat(ArticleReader.parse("{\"id\": 7, \"text\": \"a\", \"x\": [1]}", "f:1").getString(0))
        .isEqualTo("7");
    assertThat(ArticleReader.parse("{\"text\": \"a\", \"id\": \"n\"}", "f:2").getString(2))
        .isEqualTo("f:2");
    for (String[] bad : new String[][] {
        {"{\"id\": \"a\", \"text\": \"b\"} more", "malformed JSON"},
        {"{\"id\": true, \"text\": \"b\"}", "no string or number \"id\""},
        {"{\"id\": \"a\", \"text\": \"b\", \"text\": \"c\"}", "Duplicate field 'text'"},
        {"{\"id\": \"a\", \"text\": {\"b\": 1}}", "no string \"text\""},
        {"[1, 2]", "not a JSON object"},
        {"not json", "Unrecognized token 'not'"}}) {
      assertThatThrownBy(() -> ArticleReader.parse(bad[0], "f:3")).as(bad[0])
          .isInstanceOf(IllegalArgumentException.class).hasMessageContaining(bad[1]);
    }
  }

  @Test
  void onlyUtf8IsReadAndUtf16IsNamed() throws IOException {
    byte[] bom = "\uFEFFJos\u00e9".getBytes(StandardCharsets.UTF_8);
    assertThat(ArticleFiles.decode(bom, bom.length)).isEqualTo("Jos\u00e9");
    byte[] latin1 = "Jos\u00e9 said".getBytes(StandardCharsets.ISO_8859_1);
    assertThatThrownBy(() -> ArticleFiles.decode(latin1, latin1.length))
        .hasMessage("not valid UTF-8: malformed byte sequence at byte offset 3");
    byte[] utf16 = "\uFEFFsaid".getBytes(StandardCharsets.UTF_16LE);
    assertThatThrownBy(() -> ArticleFiles.decode(utf16, utf16.length))
        .hasMessage(ArticleFiles.UTF16);
    assertThat(ArticleFiles.baseName("file:/a/b/briefing%2010:30.v2.txt"))
        .isEqualTo("briefing%2010:30.v2");
  }
}
