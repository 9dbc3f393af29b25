package org.quotekit.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.text.ParseException;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.quotekit.Claim;
import org.quotekit.Cue;
import org.quotekit.Extraction;
import org.quotekit.Quantity;
import org.quotekit.Quote;
import org.quotekit.QuoteExtractor;
import org.quotekit.QuoteType;
import org.quotekit.Span;
import org.quotekit.Speaker;
import org.quotekit.SpeakerKind;
import org.quotekit.SpeakerMention;
import org.quotekit.Stance;

class JsonWriterTest {

  @Test
  void escapesQuotesBackslashesAndControlCharacters() {
    assertThat(JsonWriter.escape("say \"hi\" \\ now")).isEqualTo("\"say \\\"hi\\\" \\\\ now\"");
    assertThat(JsonWriter.escape("a\nb\rc\td\be\ff")).isEqualTo("\"a\\nb\\rc\\td\\be\\ff\"");
    assertThat(JsonWriter.escape("\u0000\u0001\u001f ")).isEqualTo("\"\\u0000\\u0001\\u001f \"");
  }

  @Test
  void keepsNonAsciiButEscapesLineSeparatorsAndUnpairedSurrogates() {
    assertThat(JsonWriter.escape("Kovač “ok” 😀")).isEqualTo("\"Kovač “ok” 😀\"");
    assertThat(JsonWriter.escape("a\u2028b\u2029c")).isEqualTo("\"a\\u2028b\\u2029c\"");
    assertThat(JsonWriter.escape("x\ud83d")).isEqualTo("\"x\\ud83d\"");
    assertThat(JsonWriter.escape("\ude00y")).isEqualTo("\"\\ude00y\"");
    assertThat(JsonWriter.escape("\ude00\ud83d")).isEqualTo("\"\\ude00\\ud83d\"");
  }

  @Test
  void everyCharacterIsWrittenAsTheHandWrittenWriterWroteIt() {
    // the rule the CLI's own writer had before Jackson, which the golden output relies on
    for (int i = 0; i <= Character.MAX_VALUE; i++) {
      char c = (char) i;
      String expected = switch (c) {
        case '"' -> "\\\"";
        case '\\' -> "\\\\";
        case '\n' -> "\\n";
        case '\r' -> "\\r";
        case '\t' -> "\\t";
        case '\b' -> "\\b";
        case '\f' -> "\\f";
        default -> c < 0x20 || c == '\u2028' || c == '\u2029' || Character.isSurrogate(c)
            ? String.format(java.util.Locale.ROOT, "\\u%04x", (int) c) : String.valueOf(c);
      };
      assertThat(JsonWriter.escape("a" + c + "b")).as("U+%04X", (int) c)
          .isEqualTo("\"a" + expected + "b\"");
    }
    String pair = "\ud83d\ude00";
    assertThat(JsonWriter.escape("a" + pair + "\ud83d\ud83d" + pair))
        .isEqualTo("\"a" + pair + "\\ud83d\\ud83d" + pair + "\"");
  }

  @ParameterizedTest
  @ValueSource(strings = {"", "plain", "\"\\/\u0000\u007f\u2028", "tab\there\nline",
      "😀 and \ud83d\ude00", "‘curly’ “quotes” – dash"})
  void escapedStringsReadBackUnchanged(String s) throws ParseException {
    String line = "{\"id\": \"x\", \"text\": " + JsonWriter.escape(s) + "}";
    assertThat(line).doesNotContain("\n", "\r", "\u2028", "\u2029");
    assertThat(JsonlReader.parse(line).text()).isEqualTo(s);
  }

  @Test
  void quoteInTwoPartsListsItsPartsAndPointsToAListedSpeaker() {
    String text = "\"We tried,\" she said. \"It did not work.\"";
    Extraction e = QuoteExtractor.builder().build().extract(org.quotekit.Article.of("t", text));
    assertThat(e.quotes()).hasSize(1);
    Quote q = e.quotes().get(0);
    assertThat(q.parts()).hasSize(2);

    String json = JsonWriter.toJson(e);

    assertThat(json).startsWith("{\"id\": \"t\", \"quotes\": [{\"id\": \"q1\", \"type\": \"DIRECT\"")
        .contains("\"parts\": [{\"start\": 1, \"end\": 10}, {\"start\": 23, \"end\": 39}]")
        .contains("\"text\": \"We tried,\\\" she said. \\\"It did not work.\"")
        .contains("\"cue\": {\"start\": 16, \"end\": 20, \"text\": \"said\", \"lemma\": \"say\"}")
        .contains("\"source\": {\"start\": 12, \"end\": 15, \"text\": \"she\"}")
        .contains("\"speaker\": \"" + q.speakerId().orElseThrow() + "\"")
        .contains("\"speakers\": [{\"id\": \"" + q.speakerId().orElseThrow() + "\", \"name\": ")
        .contains("\"claims\": [{\"id\": \"c1\", \"text\": ")
        .doesNotContain("warnings")
        .endsWith("}");
    assertThat(q.speakerId()).isPresent();
    assertThat(e.speaker(q.speakerId().get())).isPresent();
  }

  @Test
  void absentValuesAreNullAndWarningsAppearWhenPresent() {
    String text = "Go on, they wrote.";
    Quote q = new Quote("q1", QuoteType.DIRECT, Span.of(text, 0, 5),
        List.of(Span.of(text, 0, 5)), null, null, null, 0.5, "test", "r1");
    Extraction e = new Extraction("a", List.of(q), List.of(), List.of(), List.of("it broke"));

    assertThat(JsonWriter.toJson(e)).isEqualTo("{\"id\": \"a\", \"quotes\": [{\"id\": \"q1\", "
        + "\"type\": \"DIRECT\", \"start\": 0, \"end\": 5, \"text\": \"Go on\", \"parts\": null, "
        + "\"cue\": null, \"source\": null, \"speaker\": null, \"confidence\": 0.5, "
        + "\"extractor\": \"test\", \"rule\": \"r1\"}], \"speakers\": [], \"claims\": [], "
        + "\"warnings\": [\"it broke\"]}");
  }

  @Test
  void anAffiliationIsWrittenOnlyWhenTheSpeakerHasOne() {
    String text = "A DHSC spokeswoman said so.";
    Span source = Span.of(text, 0, 18);
    Quote q = new Quote("q1", QuoteType.INDIRECT, Span.of(text, 24, 26),
        List.of(Span.of(text, 24, 26)), null, source, "s1", 0.5, "test", "r1");
    Speaker spokeswoman = new Speaker("s1", "A DHSC spokeswoman", SpeakerKind.UNKNOWN,
        List.of(), List.of(), List.of(source), List.of(new SpeakerMention(source, "source", "")),
        "Department of Health and Social Care");
    String json = JsonWriter.toJson(new Extraction("a", List.of(q), List.of(spokeswoman),
        List.of(), List.of()));
    assertThat(json).contains("\"roles\": [], \"affiliation\": "
        + "\"Department of Health and Social Care\", \"mentions\"");
    Speaker alone = new Speaker("s1", "A DHSC spokeswoman", SpeakerKind.UNKNOWN, List.of(),
        List.of(), List.of(source));
    assertThat(JsonWriter.toJson(new Extraction("a", List.of(q), List.of(alone), List.of(),
        List.of()))).doesNotContain("affiliation");
  }

  @Test
  void claimsHaveEveryFieldInAFixedOrderAndNullForAbsentValues() {
    String text = "“We sent 900 trucks,” she said. “None came back.”";
    Span first = Span.of(text, 1, 19);
    Span second = Span.of(text, 33, 48);
    Quote q = new Quote("q1", QuoteType.DIRECT, Span.of(text, 1, 48), List.of(first, second),
        new Cue(Span.of(text, 25, 29), "say"), Span.of(text, 21, 24), "s1", 0.9, "test", "r1");
    Speaker s = new Speaker("s1", "she", SpeakerKind.PERSON, List.of(), List.of(),
        List.of(Span.of(text, 21, 24)));
    Claim sent = new Claim("c1", "We sent 900 trucks.", "q1", "s1", "say", Stance.ASSERTS, false,
        List.of(Span.of(text, 9, 19)), List.of(first));
    Claim none = new Claim("c2", "None came back.", "q1", null, null, Stance.DENIES, true,
        List.of(), List.of(second));
    Extraction e = new Extraction("a", List.of(q), List.of(s), List.of(sent, none), List.of());

    String json = JsonWriter.toJson(e);

    assertThat(json.substring(json.indexOf("\"claims\""))).isEqualTo("\"claims\": ["
        + "{\"id\": \"c1\", \"text\": \"We sent 900 trucks.\", \"quote\": \"q1\", "
        + "\"speaker\": \"s1\", \"cue\": \"say\", \"stance\": \"ASSERTS\", \"negated\": false, "
        + "\"quantities\": [{\"text\": \"900 trucks\", \"start\": 9, \"end\": 19}], "
        + "\"spans\": [{\"start\": 1, \"end\": 19}], \"completions\": []}, "
        + "{\"id\": \"c2\", \"text\": \"None came back.\", \"quote\": \"q1\", "
        + "\"speaker\": null, \"cue\": null, \"stance\": \"DENIES\", \"negated\": true, "
        + "\"quantities\": [], \"spans\": [{\"start\": 33, \"end\": 48}], "
        + "\"completions\": []}]}");
  }

  @Test
  void completionsFollowTheSpansAndKnownQuantitiesHaveValueUpperAndUnit() {
    String text = "The fleet, she said, “sent 900 trucks at 60 to 75 cents a mile” and “spent $4.5"
        + " billion on 100 quintillion bolts.”";
    Span sent = span(text, "sent 900 trucks at 60 to 75 cents a mile");
    Span spent = span(text, "spent $4.5 billion on 100 quintillion bolts.");
    Span trucks = span(text, "900 trucks");
    Span cents = span(text, "60 to 75 cents a mile");
    Span dollars = span(text, "$4.5 billion");
    Span bolts = span(text, "100 quintillion bolts");
    Claim c1 = new Claim("c1", "[The fleet] sent 900 trucks at 60 to 75 cents a mile.", "q1",
        null, "say", Stance.ASSERTS, false, List.of(trucks, cents), List.of(sent),
        List.of(span(text, "The fleet")), List.of(new Quantity(trucks, 900, 900, "trucks"),
            new Quantity(cents, 0.6, 0.75, "USD/mile")));
    Claim c2 = new Claim("c2", "Spent $4.5 billion on 100 quintillion bolts.", "q2", null, "say",
        Stance.ASSERTS, false, List.of(dollars, bolts), List.of(spent), List.of(),
        List.of(new Quantity(dollars, 4.5e9, 4.5e9, "USD"), new Quantity(bolts, 1e20, 1e20,
            "bolts")));
    Claim unknown = new Claim("c3", "Spent $4.5 billion.", "q2", null, "say", Stance.ASSERTS,
        false, List.of(dollars), List.of(spent));

    String json = JsonWriter.toJson(new Extraction("a", List.of(), List.of(),
        List.of(c1, c2, unknown), List.of()));

    assertThat(json).contains("\"quantities\": [{\"text\": \"900 trucks\", \"start\": 27, "
        + "\"end\": 37, \"value\": 900, \"upper\": 900, \"unit\": \"trucks\"}, "
        + "{\"text\": \"60 to 75 cents a mile\", \"start\": 41, \"end\": 62, \"value\": 0.6, "
        + "\"upper\": 0.75, \"unit\": \"USD/mile\"}], \"spans\": [{\"start\": 22, \"end\": 62}], "
        + "\"completions\": [{\"start\": 0, \"end\": 9}]}")
        .contains("\"value\": 4500000000, \"upper\": 4500000000, \"unit\": \"USD\"}")
        .contains("\"value\": 1.0E20, \"upper\": 1.0E20, \"unit\": \"bolts\"}")
        .contains("\"quantities\": [{\"text\": \"$4.5 billion\", \"start\": 75, \"end\": 87}], "
            + "\"spans\": [{\"start\": 69, \"end\": 113}], \"completions\": []}");
  }

  @Test
  void eachSpeakerSaysWhyEachMentionWasLinked() {
    String text = "Lindsey Graham said no. Graham left.";
    Span full = span(text, "Lindsey Graham");
    Span surname = Span.of(text, 24, 30);
    Speaker explained = new Speaker("s1", "Lindsey Graham", SpeakerKind.PERSON, List.of("Graham"),
        List.of(), List.of(full, surname), List.of(
            new SpeakerMention(full, "first-mention", "'Lindsey Graham' introduces the entity"),
            new SpeakerMention(surname, "surname",
                "'Graham' is the surname of 'Lindsey Graham'")));
    Speaker unexplained = new Speaker("s2", "Graham", SpeakerKind.DOCUMENT, List.of(), List.of(),
        List.of(surname));

    String json = JsonWriter.toJson(new Extraction("a", List.of(), List.of(explained,
        unexplained), List.of(), List.of()));

    assertThat(json).contains("\"mentions\": [{\"start\": 0, \"end\": 14, \"text\": \"Lindsey "
        + "Graham\"}, {\"start\": 24, \"end\": 30, \"text\": \"Graham\"}], \"provenance\": ["
        + "{\"start\": 0, \"end\": 14, \"rule\": \"first-mention\", \"evidence\": \"'Lindsey "
        + "Graham' introduces the entity\"}, {\"start\": 24, \"end\": 30, \"rule\": \"surname\", "
        + "\"evidence\": \"'Graham' is the surname of 'Lindsey Graham'\"}]}")
        .contains("\"kind\": \"DOCUMENT\"")
        .endsWith("\"provenance\": [{\"start\": 24, \"end\": 30, \"rule\": \"unexplained\", "
            + "\"evidence\": \"\"}]}], \"claims\": []}");
  }

  private static Span span(String text, String words) {
    int start = text.indexOf(words);
    assertThat(start).as(words).isNotNegative();
    return Span.of(text, start, start + words.length());
  }

  @Test
  void emptyExtractionAndErrorRecord() {
    assertThat(JsonWriter.toJson(Extraction.empty("e")))
        .isEqualTo("{\"id\": \"e\", \"quotes\": [], \"speakers\": [], \"claims\": []}");
    assertThat(JsonWriter.errorJson("a\"b", "bad\nthing", "in.jsonl:2"))
        .isEqualTo("{\"id\": \"a\\\"b\", \"error\": \"bad\\nthing\", "
            + "\"source\": \"in.jsonl:2\"}");
    assertThat(JsonWriter.errorJson(null, "bad", "<stdin>:3"))
        .isEqualTo("{\"id\": null, \"error\": \"bad\", \"source\": \"<stdin>:3\"}");
  }
}
