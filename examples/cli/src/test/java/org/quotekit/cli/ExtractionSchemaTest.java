package org.quotekit.cli;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.quotekit.QuoteType;
import org.quotekit.SpeakerKind;
import org.quotekit.Stance;
import org.quotekit.spi.Extractor;
import org.quotekit.spi.ExtractorProvider;

/**
 * Every line {@code quotekit extract} writes is valid against {@code docs/extraction.schema.json}:
 * for the bundled articles, for short articles that provoke every kind of value, for error
 * records, and for the PolNeAR dev articles when the corpus is there; and the schema rejects a
 * record that a reader of the documented format would not expect.
 */
class ExtractionSchemaTest {
  private static final Path SCHEMA = Path.of("../../docs/extraction.schema.json");
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final JsonSchemaFactory FACTORY =
      JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012);
  private static final String MAYOR = "Mayor Lena Ortiz said the bridge would reopen in May.";

  /**
   * Short articles, one JSON line each, chosen so that together they give every quote type, every
   * speaker kind, every stance, a quote in two parts, a follow-on quote without cue or source,
   * claims with quantities and with a completion, a numeric id, an empty extraction and (through
   * {@code broken}) an extraction with warnings.
   */
  private static final List<String> ARTICLES = List.of(
      line("direct", "\"We tried,\" she said. \"It did not work.\""),
      line("indirect", MAYOR),
      line("mixed", "The ministry said it would \"surely win\" the vote."),
      line("quantities", "Officials said 2,500 American soldiers would leave and costs rose 20"
          + " percent to $4.5 billion."),
      line("organization", "NATO said the alliance would not withdraw. Google denied that it had"
          + " sold the data."),
      line("group", "The protesters said they would return on Monday."),
      line("document", "The report said costs would rise."),
      line("affiliation", "A spokesman for Bristol City Council said the libraries would stay"
          + " open."),
      line("completion", "The levy, the treasurer said, \u201cfunds the new bridge.\u201d"),
      line("anonymous", "A source said the deal was close. According to one official, talks will"
          + " resume."),
      line("follow-on", "\"We will build it,\" said John Smith.\n\n\"It will take two years. We"
          + " start in May.\""),
      line("stances", "He warned that prices could rise. They asked whether it was safe. He"
          + " believed it may rain. The minister promised that taxes would fall by 3 percent."),
      line("transcript", "SMITH: We will win the vote.\nJONES: You will not."),
      line("unicode", "\u201cWir schaffen das \uD83D\uDE00,\u201d sagte sie, the chancellor"
          + " said.\u2028Then she left."),
      "{\"id\": 42, \"text\": \"The senator said taxes would fall.\"}",
      line("empty", "Nobody spoke."),
      line("warned", "BREAK The senator said taxes would fall."));

  @TempDir Path dir;

  private static JsonSchema schema;

  @BeforeAll
  static void loadSchema() throws IOException {
    schema = FACTORY.getSchema(JSON.readTree(SCHEMA.toFile()));
  }

  @Test
  void theSchemaIsAValidDraft202012Schema() throws IOException {
    JsonSchema meta = FACTORY.getSchema(
        SchemaLocation.of("https://json-schema.org/draft/2020-12/schema"));

    assertThat(meta.validate(JSON.readTree(SCHEMA.toFile()))).isEmpty();
  }

  @Test
  void theSchemaEnumsAreTheJavaEnums() throws IOException {
    JsonNode defs = JSON.readTree(SCHEMA.toFile()).get("$defs");

    assertThat(texts(defs.at("/quote/properties/type/enum")))
        .containsExactlyElementsOf(names(QuoteType.values()));
    assertThat(texts(defs.at("/speaker/properties/kind/enum")))
        .containsExactlyElementsOf(names(SpeakerKind.values()));
    assertThat(texts(defs.at("/claim/properties/stance/enum")))
        .containsExactlyElementsOf(names(Stance.values()));
  }

  @Test
  void bundledArticlesMatchTheSchema() throws IOException {
    Path articles = Path.of("../../testdata/articles");
    long count;
    try (Stream<Path> files = Files.list(articles)) {
      count = files.filter(p -> p.toString().endsWith(".txt")).count();
    }
    for (String extractors : List.of("rules", "model", "all")) {
      List<String> lines = extract("", "--extractors", extractors, articles.toString());

      assertThat(lines).as(extractors).hasSize((int) count);
      assertValid(lines);
      assertThat(lines).as(extractors).allMatch(l -> l.contains("\"quotes\": [{"));
    }
  }

  @Test
  void shortArticlesAndErrorRecordsMatchTheSchemaAndCoverEveryValue() throws IOException {
    Path batch = Files.writeString(dir.resolve("batch.jsonl"), String.join("\n", ARTICLES)
        + "\n" + line("too-long", MAYOR.repeat(20)) + "\n{\"id\": \"bad\", \"text\": }\n"
        + "{\"id\": \"no-text\"}\n{broken\n", UTF_8);
    Path longFile = Files.writeString(dir.resolve("long.txt"), MAYOR.repeat(20), UTF_8);

    List<String> lines = extract(MAYOR, "--extractors", "rules,broken", "--max-article-length",
        "500", batch.toString(), longFile.toString(), "-");

    assertThat(lines).hasSize(ARTICLES.size() + 6);
    assertValid(lines);
    List<JsonNode> records = lines.stream().map(ExtractionSchemaTest::parse).toList();
    Set<String> types = new TreeSet<>();
    Set<String> kinds = new TreeSet<>();
    Set<String> stances = new TreeSet<>();
    Set<String> seen = new TreeSet<>();
    for (JsonNode r : records) {
      if (r.has("error")) {
        seen.add(r.get("id").isNull() ? "error without id" : "error with id");
        continue;
      }
      r.get("quotes").forEach(q -> {
        types.add(q.get("type").asText());
        seen.add(q.get("parts").isNull() ? "one part" : "parts");
        seen.add(q.get("cue").isNull() ? "no cue" : "cue");
        seen.add(q.get("source").isNull() ? "no source" : "source");
      });
      r.get("speakers").forEach(s -> {
        kinds.add(s.get("kind").asText());
        seen.add(s.get("provenance").size() == s.get("mentions").size()
            ? "provenance per mention" : "provenance not per mention");
      });
      r.get("claims").forEach(c -> {
        stances.add(c.get("stance").asText());
        seen.add(c.get("quantities").isEmpty() ? "no quantities" : "quantities");
        seen.add(c.get("cue").isNull() ? "claim without cue" : "claim with cue");
        seen.add(c.get("negated").asBoolean() ? "negated" : "not negated");
        seen.add(c.get("completions").isEmpty() ? "no completions" : "completions");
        c.get("quantities").forEach(q -> seen.add(q.has("value") ? "value" : "no value"));
      });
      seen.add(r.get("quotes").isEmpty() ? "empty" : "quotes");
      seen.add(r.has("warnings") ? "warnings" : "no warnings");
    }
    assertThat(types).containsExactlyInAnyOrderElementsOf(names(QuoteType.values()));
    assertThat(kinds).containsExactlyInAnyOrderElementsOf(names(SpeakerKind.values()));
    assertThat(stances).containsExactlyInAnyOrderElementsOf(names(Stance.values()));
    assertThat(seen).contains("error without id", "error with id", "one part", "parts", "no cue",
        "cue", "no source", "source", "no quantities", "quantities", "claim without cue",
        "claim with cue", "negated", "not negated", "empty", "quotes", "warnings",
        "no warnings", "provenance per mention", "no completions", "completions", "value")
        .doesNotContain("provenance not per mention", "no value");
  }

  @Test
  void polnearDevArticlesMatchTheSchema() {
    Path text = PolnearDevFolder.orSkip("validating the dev articles' output against the schema")
        .resolve("text");
    for (String extractors : List.of("rules", "model", "all")) {
      List<String> lines = extract("", "--extractors", extractors, text.toString());

      assertThat(lines).as(extractors).hasSize(84);
      assertValid(lines);
    }
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("brokenRecords")
  void theSchemaRejectsARecordTheFormatDoesNotHave(String change, Consumer<ObjectNode> edit) {
    ObjectNode extraction = (ObjectNode) parse(extract(MAYOR, "-").get(0));
    ObjectNode error = (ObjectNode) parse(JsonWriter.errorJson(null, "not UTF-8", "a.txt"));
    assertThat(problems(extraction)).isEmpty();
    assertThat(problems(error)).isEmpty();

    ObjectNode record = change.startsWith("error") ? error : extraction;
    edit.accept(record);

    assertThat(problems(record)).as(change + ": " + record).isNotEmpty();
  }

  static Stream<Arguments> brokenRecords() {
    JsonNodeFactory f = JsonNodeFactory.instance;
    return Stream.of(
        broken("an unknown top-level field", r -> r.put("language", "en")),
        broken("an unknown quote field", r -> quote(r).put("sentiment", 0.5)),
        broken("an unknown cue field", r -> ((ObjectNode) quote(r).get("cue")).put("pos", "VBD")),
        broken("an unknown speaker field", r -> speaker(r).put("gender", "female")),
        broken("an unknown claim field", r -> claim(r).put("topic", "bridges")),
        broken("an unknown provenance field", r -> provenance(r).put("score", 1)),
        broken("a provenance entry without rule", r -> provenance(r).remove("rule")),
        broken("an empty rule", r -> provenance(r).put("rule", "")),
        broken("a missing provenance array", r -> speaker(r).remove("provenance")),
        broken("a missing completions array", r -> claim(r).remove("completions")),
        broken("a completion with its text", r -> claim(r).withArray("completions").addObject()
            .put("start", 0).put("end", 5).put("text", "Mayor")),
        broken("a quantity value without upper and unit", r -> claim(r).withArray("quantities")
            .addObject().put("text", "May").put("start", 49).put("end", 52).put("value", 5)),
        broken("a quantity value as a string", r -> claim(r).withArray("quantities").addObject()
            .put("text", "May").put("start", 49).put("end", 52).put("value", "5")
            .put("upper", 5).put("unit", "")),
        broken("confidence as a string", r -> quote(r).put("confidence", "0.85")),
        broken("confidence above 1", r -> quote(r).put("confidence", 1.5)),
        broken("a negative offset", r -> quote(r).put("start", -1)),
        broken("an offset as a fraction", r -> quote(r).put("end", 12.5)),
        broken("a quote type outside the enum", r -> quote(r).put("type", "QUOTED")),
        broken("a speaker kind outside the enum", r -> speaker(r).put("kind", "person")),
        broken("a stance outside the enum", r -> claim(r).put("stance", "CLAIMS")),
        broken("negated as a string", r -> claim(r).put("negated", "false")),
        broken("parts with one piece", r -> quote(r).set("parts",
            f.arrayNode().add(f.objectNode().put("start", 0).put("end", 3)))),
        broken("a missing nullable field", r -> quote(r).remove("speaker")),
        broken("a missing claims array", r -> r.remove("claims")),
        broken("empty warnings", r -> r.set("warnings", f.arrayNode())),
        broken("a null article id", r -> r.putNull("id")),
        broken("a speaker id of another form", r -> quote(r).put("speaker", "Lena Ortiz")),
        broken("error with an unknown field", r -> r.put("exitCode", 1)),
        broken("error with a numeric id", r -> r.put("id", 5)),
        broken("error without source", r -> r.remove("source")),
        broken("error with quotes as well", r -> r.set("quotes", f.arrayNode())));
  }

  private static Arguments broken(String change, Consumer<ObjectNode> edit) {
    return Arguments.of(change, edit);
  }

  private static ObjectNode quote(ObjectNode record) {
    return (ObjectNode) record.get("quotes").get(0);
  }

  private static ObjectNode speaker(ObjectNode record) {
    return (ObjectNode) record.get("speakers").get(0);
  }

  private static ObjectNode provenance(ObjectNode record) {
    return (ObjectNode) speaker(record).get("provenance").get(0);
  }

  private static ObjectNode claim(ObjectNode record) {
    return (ObjectNode) record.get("claims").get(0);
  }

  /** Runs {@code quotekit} with {@code stdin} and returns its standard output's lines. */
  private static List<String> extract(String stdin, String... args) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    String[] all = Stream.concat(Stream.of("extract"), Arrays.stream(args))
        .toArray(String[]::new);
    int status = Main.run(all, new ByteArrayInputStream(stdin.getBytes(UTF_8)),
        new PrintStream(out, true, UTF_8), new PrintStream(err, true, UTF_8));
    assertThat(status).as("exit status; stderr: %s", err.toString(UTF_8)).isIn(0, 1);
    return out.toString(UTF_8).lines().toList();
  }

  private static void assertValid(List<String> lines) {
    List<String> invalid = new ArrayList<>();
    for (String l : lines) {
      JsonNode record = parse(l);
      Set<ValidationMessage> problems = problems(record);
      if (!problems.isEmpty()) {
        invalid.add(record.get("id") + ": " + problems);
      }
    }
    assertThat(invalid).as("records not valid against " + SCHEMA).isEmpty();
  }

  private static Set<ValidationMessage> problems(JsonNode record) {
    return schema.validate(record);
  }

  private static JsonNode parse(String line) {
    try {
      return JSON.readTree(line);
    } catch (IOException e) {
      throw new UncheckedIOException("not JSON: " + line, e);
    }
  }

  private static String line(String id, String text) {
    ObjectNode o = JsonNodeFactory.instance.objectNode().put("id", id).put("text", text);
    return o.toString();
  }

  private static List<String> texts(JsonNode array) {
    List<String> out = new ArrayList<>();
    ((ArrayNode) array).forEach(n -> out.add(n.asText()));
    return out;
  }

  private static List<String> names(Enum<?>[] values) {
    return Arrays.stream(values).map(Enum::name).toList();
  }

  /**
   * An extractor that fails on articles containing "BREAK", registered by ServiceLoader as
   * {@code broken}, so that the output has a record with warnings. Thread-safe.
   */
  public static final class BrokenExtractorProvider implements ExtractorProvider {
    @Override
    public String name() {
      return "broken";
    }

    @Override
    public Extractor create() {
      return new Extractor() {
        @Override
        public String name() {
          return "broken";
        }

        @Override
        public List<org.quotekit.spi.QuoteCandidate> extract(
            org.quotekit.spi.AnalyzedArticle article) {
          if (article.text().contains("BREAK")) {
            throw new IllegalStateException("broken on purpose");
          }
          return List.of();
        }
      };
    }
  }
}
