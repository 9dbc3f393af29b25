package org.quotekit.cli;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.quotekit.Article;
import org.quotekit.Cue;
import org.quotekit.Extraction;
import org.quotekit.Quote;
import org.quotekit.QuoteExtractor;
import org.quotekit.QuoteType;
import org.quotekit.Span;
import org.quotekit.eval.GoldArticle;
import org.quotekit.eval.GoldAttribution;
import org.quotekit.eval.PolnearCorpus;

/** {@code extract --format csv} and {@code --format brat}, on articles written for the test. */
class ExtractFormatsTest {
  /**
   * Commas and quotes in contents, a quote in two parts, a quote across paragraphs, an article
   * without quotes.
   */
  private static final Map<String, String> ARTICLES = new LinkedHashMap<>();

  static {
    ARTICLES.put("a-bridge", "Mayor Ana Reyes spoke on Monday.\n\nReyes said that the plan,"
        + " called \"Green Streets\", would start in June. \"It is time,\" she added. \"Nobody"
        + " waits.\"");
    ARTICLES.put("b-paragraphs", "Reyes said: \"We will build the bridge, and the road.\n\n"
        + "\"And we will do it by May.\"");
    ARTICLES.put("c-none", "The weather was mild and the river stayed calm all week.");
    ARTICLES.put("d-union", "Union leader Tom Baker said the strike would end on Friday."
        + " \"Our members voted, and they voted clearly,\" Baker told reporters.");
    ARTICLES.put("e-minister", "\"The budget is balanced,\" the finance minister said on"
        + " Tuesday, adding that taxes would not rise.");
    ARTICLES.put("f-emoji", "\uD83D\uDE00 \"We will win,\" said Ana Reyes."
        + " \uD83D\uDC4D\uD83D\uDC4D \"Again,\" she added.");
  }

  @TempDir Path dir;

  record Run(int status, String out, String err) {}

  private static Run run(String... args) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    int status = Main.run(args, new ByteArrayInputStream(new byte[0]),
        new PrintStream(out, true, UTF_8), new PrintStream(err, true, UTF_8));
    return new Run(status, out.toString(UTF_8), err.toString(UTF_8));
  }

  private String articles() throws IOException {
    Path in = Files.createDirectories(dir.resolve("in"));
    for (Map.Entry<String, String> e : ARTICLES.entrySet()) {
      Files.writeString(in.resolve(e.getKey() + ".txt"), e.getValue(), UTF_8);
    }
    return in.toString();
  }

  private static List<Extraction> extracted() {
    QuoteExtractor extractor = QuoteExtractor.builder().build();
    return ARTICLES.entrySet().stream()
        .map(e -> extractor.extract(Article.of(e.getKey(), e.getValue()))).toList();
  }

  @Test
  void csvHasAHeaderAndOneRfc4180RowPerQuoteInInputOrder() throws IOException {
    Run r = run("extract", "--format", "csv", "--threads", "1", articles());
    assertThat(r.status()).isZero();
    assertThat(r.out()).startsWith("article_id,quote_id,type,start,end,text,cue_text,cue_lemma,"
        + "cue_start,cue_end,source_text,source_start,source_end,speaker_id,speaker_name,"
        + "speaker_kind,confidence,extractor,rule\r\n");
    List<List<String>> rows = parseCsv(r.out());
    List<List<String>> expected = new ArrayList<>();
    for (Extraction x : extracted()) {
      for (Quote q : x.quotes()) {
        Span cue = q.cue().map(Cue::span).orElse(null);
        Span source = q.source().orElse(null);
        expected.add(List.of(x.articleId(), q.id(), q.type().name(),
            String.valueOf(q.content().start()), String.valueOf(q.content().end()),
            q.content().text(), cue == null ? "" : cue.text(),
            q.cue().map(Cue::lemma).orElse(""), cue == null ? "" : "" + cue.start(),
            cue == null ? "" : "" + cue.end(), source == null ? "" : source.text(),
            source == null ? "" : "" + source.start(), source == null ? "" : "" + source.end(),
            q.speakerId().orElse(""), x.speakerOf(q).map(s -> s.name()).orElse(""),
            x.speakerOf(q).map(s -> s.kind().name()).orElse(""),
            String.valueOf(q.confidence()), q.extractor(), q.rule()));
      }
    }
    assertThat(rows.subList(1, rows.size())).isEqualTo(expected);
    // the test's articles do exercise the quoting: commas, doubled quotes and line breaks
    assertThat(r.out()).contains(",\"Our members voted, and they voted clearly,\",")
        .contains(",\"It is time,\"\" she added. \"\"Nobody waits.\",").contains("the road.\n\n\"\"And we will do it by May.\"").doesNotContain("c-none");
  }

  @Test
  void csvIsTheSameBytesForAnyNumberOfThreads() throws IOException {
    String in = articles();
    Run one = run("extract", "--format", "csv", "--threads", "1", in);
    Run three = run("extract", "--format", "csv", "--threads", "3", in);
    assertThat(three.out()).isEqualTo(one.out());
    assertThat(three.err()).isEqualTo(one.err());
  }

  @Test
  void jsonlIsTheDefaultFormat() throws IOException {
    String in = articles();
    assertThat(run("extract", "--format", "jsonl", in).out())
        .isEqualTo(run("extract", in).out());
  }

  @Test
  void aFailedArticleGetsNoRowButAnErrorAndStatus1() throws IOException {
    Path bad = dir.resolve("bad.txt");
    Files.write(bad, new byte[] {(byte) 0xC3, 0x28});
    Run r = run("extract", "--format", "csv", articles(), bad.toString());
    assertThat(r.status()).isEqualTo(1);
    assertThat(r.err()).contains("bad.txt: not valid UTF-8");
    assertThat(r.out()).doesNotContain("bad");
  }

  @Test
  void bratReadsBackAsTheExtractedAttributionsAndScoresOne() throws IOException {
    Path out = dir.resolve("brat");
    Run r = run("extract", "--format", "brat", "--output", out.toString(), articles());
    assertThat(r.status()).isZero();
    assertThat(r.out()).isEmpty();
    assertThat(Files.readString(out.resolve("text/b-paragraphs.txt"), UTF_8))
        .isEqualTo(ARTICLES.get("b-paragraphs"));
    assertThat(out.resolve("attributions/c-none_quotekit.ann")).isEmptyFile();

    List<GoldArticle> gold = PolnearCorpus.read(out);
    List<Extraction> extracted = extracted();
    assertThat(gold).extracting(GoldArticle::id).containsExactlyElementsOf(ARTICLES.keySet());
    int attributions = 0;
    for (int i = 0; i < gold.size(); i++) {
      assertThat(gold.get(i).text()).isEqualTo(ARTICLES.get(gold.get(i).id()));
      List<List<List<Span>>> expected = attributions(extracted.get(i), gold.get(i).text());
      assertThat(gold.get(i).attributions()).extracting(a -> List.of(a.content(), a.cue(),
          a.source())).as(gold.get(i).id()).isEqualTo(expected);
      attributions += expected.size();
    }
    assertThat(attributions).isGreaterThanOrEqualTo(5);
    // each direct quote reads back as direct: its Content holds the marks, as PolNeAR's do
    for (int i = 0; i < gold.size(); i++) {
      assertThat(gold.get(i).attributions().stream().filter(a -> a.type() == QuoteType.DIRECT)
          .count()).as(gold.get(i).id()).isEqualTo(extracted.get(i).quotes().stream()
              .filter(q -> q.type() == QuoteType.DIRECT).count());
    }

    Run eval = run("eval", "--gold", out.toString(), "--json");
    assertThat(eval.status()).isZero();
    assertThat(eval.out()).contains("\"exact\":{\"correct\":" + attributions + ",\"predicted\":"
        + attributions + ",\"gold\":" + attributions + ",\"precision\":1.0000,\"recall\":1.0000,"
        + "\"f1\":1.0000}");
  }

  /**
   * The attributions the brat output must hold: quotes merged by cue span, contents as their
   * parts cut at line breaks, the first source.
   */
  private static List<List<List<Span>>> attributions(Extraction x, String text) {
    Map<Object, List<Quote>> groups = new LinkedHashMap<>();
    for (Quote q : x.quotes()) {
      Object key = q.cue().<Object>map(c -> c.span().toString()).orElseGet(Object::new);
      groups.computeIfAbsent(key, k -> new ArrayList<>()).add(q);
    }
    List<List<List<Span>>> out = new ArrayList<>();
    for (List<Quote> group : groups.values()) {
      List<Span> content = new ArrayList<>();
      group.forEach(q -> q.parts().forEach(p -> content.addAll(lines(
          q.type() == QuoteType.DIRECT ? BratWriter.withMarks(text, p) : p))));
      content.sort(null);
      List<Span> cue = group.get(0).cue().map(c -> List.of(c.span())).orElse(List.of());
      List<Span> source = group.stream().flatMap(q -> q.source().stream()).limit(1).toList();
      out.add(List.of(content, cue, source));
    }
    return out;
  }

  /** The non-empty pieces of a span between line breaks. */
  private static List<Span> lines(Span span) {
    List<Span> out = new ArrayList<>();
    int start = span.start();
    String text = span.text();
    for (String line : text.split("\n", -1)) {
      if (!line.isEmpty()) {
        out.add(new Span(start, start + line.length(), line));
      }
      start += line.length() + 1;
    }
    return out;
  }

  @Test
  void bratCountsCodePointsAsBratDoes() throws IOException {
    Path out = dir.resolve("brat");
    assertThat(run("extract", "--format", "brat", "--output", out.toString(), articles())
        .status()).isZero();
    String text = ARTICLES.get("f-emoji");
    int[] codePoints = text.codePoints().toArray();
    int bounds = 0;
    for (String line : Files.readAllLines(out.resolve("attributions/f-emoji_quotekit.ann"))) {
      String[] f = line.split("\t");
      if (!f[0].startsWith("T")) {
        continue;
      }
      String[] range = f[1].split(" ");
      // what brat, counting code points as Python does, reads at those offsets
      String read = new String(codePoints, Integer.parseInt(range[1]),
          Integer.parseInt(range[2]) - Integer.parseInt(range[1]));
      assertThat(read).as(line).isEqualTo(f[2]);
      bounds++;
    }
    assertThat(bounds).isGreaterThanOrEqualTo(6); // two attributions: source, cue, content
  }

  @Test
  void bratNeedsAnOutputFolder() throws IOException {
    Run r = run("extract", "--format", "brat", articles());
    assertThat(r.status()).isEqualTo(2);
    assertThat(r.out()).isEmpty();
    assertThat(r.err()).contains("--format brat needs --output DIR")
        .contains("Usage: quotekit extract");
  }

  @Test
  void anUnknownFormatIsAUsageError() throws IOException {
    Run r = run("extract", "--format", "xml", articles());
    assertThat(r.status()).isEqualTo(2);
    assertThat(r.err()).contains("--format must be jsonl, csv or brat, not: xml");
  }

  @Test
  void bratRefusesAFolderWithEarlierFiles() throws IOException {
    Path out = dir.resolve("brat");
    Files.createDirectories(out.resolve("text"));
    Files.writeString(out.resolve("text/old.txt"), "old", UTF_8);
    Run r = run("extract", "--format", "brat", "--output", out.toString(), articles());
    assertThat(r.status()).isEqualTo(1);
    assertThat(r.err()).contains("is not empty");
    try (Stream<Path> files = Files.list(out.resolve("text"))) {
      assertThat(files).hasSize(1);
    }
  }

  @Test
  void idsThatMapToOneFileNameGetSuffixesInInputOrder() throws IOException {
    Path in = dir.resolve("in.jsonl");
    Files.writeString(in, """
        {"id": "Reyes/speech 1", "text": "Reyes said the bridge would open in May."}
        {"id": "reyes_speech_1", "text": "Reyes said the road would open in June."}
        {"id": ".hidden", "text": "Nothing here."}
        """, UTF_8);
    Path out = dir.resolve("brat");
    Run r = run("extract", "--format", "brat", "--output", out.toString(), in.toString());
    assertThat(r.status()).isZero();
    assertThat(out.resolve("text/Reyes_speech_1.txt")).hasContent(
        "Reyes said the bridge would open in May.");
    assertThat(out.resolve("text/reyes_speech_1-2.txt")).hasContent(
        "Reyes said the road would open in June.");
    assertThat(out.resolve("text/_hidden.txt")).exists();
    assertThat(r.err()).contains("warning: article id \"reyes_speech_1\" in " + in
        + ":2 is written as reyes_speech_1-2: an earlier article has the name Reyes_speech_1"
        + " (article id \"Reyes/speech 1\" in " + in + ":1)");
    assertThat(PolnearCorpus.read(out)).extracting(GoldArticle::id)
        .containsExactly("Reyes_speech_1", "_hidden", "reyes_speech_1-2");
  }

  /** A small RFC 4180 reader: quoted fields with doubled quotes, CRLF row ends. */
  private static List<List<String>> parseCsv(String csv) {
    List<List<String>> rows = new ArrayList<>();
    List<String> row = new ArrayList<>();
    StringBuilder field = new StringBuilder();
    boolean quoted = false;
    for (int i = 0; i < csv.length(); i++) {
      char c = csv.charAt(i);
      if (quoted) {
        if (c == '"' && i + 1 < csv.length() && csv.charAt(i + 1) == '"') {
          field.append('"');
          i++;
        } else if (c == '"') {
          quoted = false;
        } else {
          field.append(c);
        }
      } else if (c == '"') {
        quoted = true;
      } else if (c == ',') {
        row.add(field.toString());
        field.setLength(0);
      } else if (c == '\r' && csv.startsWith("\r\n", i)) {
        row.add(field.toString());
        field.setLength(0);
        rows.add(row);
        row = new ArrayList<>();
        i++;
      } else {
        field.append(c);
      }
    }
    assertThat(field).isEmpty();
    assertThat(row).isEmpty();
    return rows;
  }
}
