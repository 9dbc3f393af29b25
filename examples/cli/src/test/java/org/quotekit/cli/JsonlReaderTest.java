package org.quotekit.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.text.ParseException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class JsonlReaderTest {

  @Test
  void readsIdAndTextAndIgnoresOtherMembers() throws ParseException {
    JsonlReader.Line line = JsonlReader.parse(" {\"source\": {\"n\": [1, -2.5e3, true, null, "
        + "{}, []]}, \"id\" : \"a1\",\"text\":\"Hi.\", \"tags\": [\"x\"], \"ok\": false } ");

    assertThat(line).isEqualTo(new JsonlReader.Line("a1", "Hi."));
  }

  @Test
  void decodesEveryEscape() throws ParseException {
    String json = "{\"id\": \"e\", \"text\": \"\\\"\\\\\\/\\b\\f\\n\\r\\t\\u00e9\\u00C9\\u2028"
        + "\\ud83d\\ude00 😀\"}";

    assertThat(JsonlReader.parse(json).text()).isEqualTo("\"\\/\b\f\n\r\téÉ\u2028😀 😀");
  }

  @Test
  void aNonStandardNumberIsRefusedWithoutJacksonsAdviceToEnableAFeature() {
    assertThatThrownBy(() -> JsonlReader.parse("{\"id\": \"n\", \"text\": \"x\", \"v\": NaN}"))
        .isInstanceOf(ParseException.class).hasMessageContaining("NaN")
        .hasMessageNotContaining("enable").hasMessageNotContaining("JsonReadFeature");
  }

  @Test
  void numericIdIsKeptAsWrittenAndMissingMembersAreNull() throws ParseException {
    assertThat(JsonlReader.parse("{\"id\": -12.50, \"text\": \"\"}"))
        .isEqualTo(new JsonlReader.Line("-12.50", ""));
    assertThat(JsonlReader.parse("{}")).isEqualTo(new JsonlReader.Line(null, null));
    assertThat(JsonlReader.parse("{\"text\": \"t\"}").id()).isNull();
  }

  @ParameterizedTest
  @ValueSource(strings = {
      "", "[]", "\"text\"", "{", "{\"id\": \"a\"", "{\"id\" \"a\"}", "{\"id\": \"a\",}",
      "{\"id\": \"a\"} x", "{\"id\": \"a\"}{}", "{id: \"a\"}", "{\"id\": 'a'}",
      "{\"id\": \"a\", \"text\": 5}", "{\"id\": true}", "{\"id\": \"a\", \"id\": \"b\"}",
      "{\"text\": \"a\", \"text\": \"b\"}", "{\"x\": tru}", "{\"x\": 01}", "{\"x\": 1.}",
      "{\"x\": -}", "{\"x\": [1,]}", "{\"x\": {\"a\" 1}}", "{\"text\": \"a\\x\"}",
      "{\"text\": \"\\u12\"}", "{\"text\": \"\\u12G4\"}", "{\"text\": \"\\u١٢٣٤\"}",
      "{\"text\": \"unterminated}", "{\"text\": \"tab\there\"}", "{\"text\": \"\\ud83d\"}",
      "{\"text\": \"\\ud83d\\u0041\"}", "{\"text\": \"\\ude00\\ud83d\"}", "{\"text\": \"\ud83d\"}",
      "{\"text\": \"a\ude00\"}"})
  void rejectsMalformedLines(String line) {
    assertThatThrownBy(() -> JsonlReader.parse(line)).isInstanceOf(ParseException.class)
        .hasMessageStartingWith("malformed JSON ");
  }

  @Test
  void rejectsDeepNestingWithoutOverflowingTheStack() {
    String deep = "{\"x\": " + "[".repeat(100_000) + "]".repeat(100_000) + "}";

    assertThatThrownBy(() -> JsonlReader.parse(deep)).isInstanceOf(ParseException.class)
        .hasMessageContaining("nested more than");
  }

  @Test
  void lengthsAreBoundedByTheLineNotByJacksonsDefaults() throws ParseException {
    // Jackson 2 refuses by default names over 50,000 characters and numbers over 1,000 digits;
    // the CLI bounds the whole line instead (InputReader.maxLineBytes)
    String name = "n".repeat(60_000);
    String digits = "9".repeat(2_000);

    JsonlReader.Line line = JsonlReader.parse("{\"" + name + "\": 1, \"id\": " + digits
        + ", \"text\": \"t\", \"x\": " + digits + "}");

    assertThat(line).isEqualTo(new JsonlReader.Line(digits, "t"));
  }

  @Test
  void errorNamesTheColumn() {
    assertThatThrownBy(() -> JsonlReader.parse("{\"id\": \"a\" \"text\": \"b\"}"))
        .hasMessage("malformed JSON at column 12: Unexpected character ('\"' (code 34)): was"
            + " expecting comma to separate Object entries");
  }
}
