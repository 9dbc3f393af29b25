package org.quotekit.cli;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonFactoryBuilder;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.SerializableString;
import com.fasterxml.jackson.core.io.CharacterEscapes;
import com.fasterxml.jackson.core.io.SerializedString;
import com.fasterxml.jackson.core.json.JsonWriteFeature;
import com.fasterxml.jackson.core.util.MinimalPrettyPrinter;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.quotekit.Claim;
import org.quotekit.Cue;
import org.quotekit.Extraction;
import org.quotekit.Quantity;
import org.quotekit.Quote;
import org.quotekit.Span;
import org.quotekit.Speaker;
import org.quotekit.SpeakerMention;

/**
 * Renders an {@link Extraction} as one line of JSON, the record format of {@code quotekit
 * extract}, with Jackson's streaming {@link JsonGenerator}. Stateless and thread-safe.
 *
 * <p>Keys always appear in the same order and a field without a value is {@code null}, so the same
 * extraction always gives the same string. Members and array elements are separated by {@code ", "}
 * and keys from values by {@code ": "}. Non-ASCII text is kept as is (the caller encodes the line
 * as UTF-8); quotes, backslashes, control characters, U+2028, U+2029 and unpaired surrogates are
 * escaped ({@code \n}, {@code \r}, {@code \t}, {@code \b}, {@code \f}, else {@code \}{@code
 * u} and four lower-case hex digits), so the line never contains a raw line break.
 * Confidences are written as {@link Double#toString(double)} writes them. A quantity's {@code
 * value} and {@code upper} are written as integers (no fraction, no exponent) when they are whole
 * and below 10<sup>15</sup> in magnitude ({@code 4500000000}, {@code 2500}), else as {@link
 * Double#toString(double)} writes them ({@code 0.6}, {@code 1.0E20}).
 *
 * <p>The format is documented by the JSON Schema {@code docs/extraction.schema.json}, whose
 * objects allow no other fields: a field added here is a change of that schema
 * ({@code ExtractionSchemaTest} fails until it is described).
 */
public final class JsonWriter {
  /** Jackson's factory, configured once; thread-safe. */
  private static final JsonFactory JSON = new JsonFactoryBuilder()
      .disable(JsonWriteFeature.WRITE_HEX_UPPER_CASE)
      .enable(JsonWriteFeature.COMBINE_UNICODE_SURROGATES_IN_UTF8)
      .characterEscapes(new LineSeparatorEscapes())
      .build();

  /** One line: {@code ", "} between members and elements, {@code ": "} after a key. */
  private static final MinimalPrettyPrinter ONE_LINE = new MinimalPrettyPrinter() {
    private static final long serialVersionUID = 1L;

    @Override
    public void writeObjectFieldValueSeparator(JsonGenerator g) throws IOException {
      g.writeRaw(": ");
    }

    @Override
    public void writeObjectEntrySeparator(JsonGenerator g) throws IOException {
      g.writeRaw(", ");
    }

    @Override
    public void writeArrayValueSeparator(JsonGenerator g) throws IOException {
      g.writeRaw(", ");
    }
  };

  /** Whole numbers below this magnitude are written as integers; a double holds them exactly. */
  private static final double WHOLE_LIMIT = 1e15;

  private JsonWriter() {}

  /** What a record writes with the generator. */
  private interface Body {
    void write(JsonGenerator g) throws IOException;
  }

  /** An element of an array. */
  private interface Element<T> {
    void write(JsonGenerator g, T value) throws IOException;
  }

  /**
   * The JSON object for one article: {@code id}, {@code quotes}, {@code speakers}, {@code claims}
   * and, only when there are any, {@code warnings}.
   *
   * @param extraction not null
   */
  public static String toJson(Extraction extraction) {
    return json(g -> {
      g.writeStartObject();
      g.writeStringField("id", extraction.articleId());
      array(g, "quotes", extraction.quotes(), JsonWriter::quote);
      array(g, "speakers", extraction.speakers(), JsonWriter::speaker);
      array(g, "claims", extraction.claims(), JsonWriter::claim);
      if (!extraction.warnings().isEmpty()) {
        array(g, "warnings", extraction.warnings(), JsonGenerator::writeString);
      }
      g.writeEndObject();
    });
  }

  /**
   * The record written in place of an article that could not be read or extracted: {@code id},
   * {@code error} and {@code source}. The id is the article's when its input gives one (a text
   * file's name, a line's {@code "id"}, {@code stdin}) and {@code null} otherwise, never one made
   * up from the location; {@code source} always says where the input is (a path, {@code
   * path:line}, {@code <stdin>} or {@code <stdin>:line}). A record with {@code error} is an error
   * record; one without is an article's.
   *
   * @param id the article id, or {@code null}
   * @param message why there is no extraction
   * @param source the input location
   */
  static String errorJson(String id, String message, String source) {
    return json(g -> {
      g.writeStartObject();
      g.writeStringField("id", id);
      g.writeStringField("error", message);
      g.writeStringField("source", source);
      g.writeEndObject();
    });
  }

  /** {@code s} as a JSON string literal, with the escapes described in the class comment. */
  static String escape(String s) {
    return json(g -> g.writeString(s));
  }

  /** What {@code body} writes, as a string. */
  private static String json(Body body) {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream(256);
    try (JsonGenerator g = JSON.createGenerator(bytes)) {
      g.setPrettyPrinter(ONE_LINE);
      body.write(g);
    } catch (IOException e) {
      throw new UncheckedIOException(e); // not for want of memory: a byte array cannot fail
    }
    return bytes.toString(StandardCharsets.UTF_8);
  }

  private static void quote(JsonGenerator g, Quote q) throws IOException {
    g.writeStartObject();
    g.writeStringField("id", q.id());
    g.writeStringField("type", q.type().name());
    spanFields(g, q.content(), true);
    if (q.parts().size() > 1) {
      array(g, "parts", q.parts(), JsonWriter::offsets);
    } else {
      g.writeNullField("parts");
    }
    Cue cue = q.cue().orElse(null);
    g.writeFieldName("cue");
    if (cue == null) {
      g.writeNull();
    } else {
      g.writeStartObject();
      spanFields(g, cue.span(), true);
      g.writeStringField("lemma", cue.lemma());
      g.writeEndObject();
    }
    g.writeFieldName("source");
    spanObject(g, q.source().orElse(null));
    g.writeStringField("speaker", q.speakerId().orElse(null));
    g.writeNumberField("confidence", q.confidence());
    g.writeStringField("extractor", q.extractor());
    g.writeStringField("rule", q.rule());
    g.writeEndObject();
  }

  private static void speaker(JsonGenerator g, Speaker s) throws IOException {
    g.writeStartObject();
    g.writeStringField("id", s.id());
    g.writeStringField("name", s.name());
    g.writeStringField("kind", s.kind().name());
    array(g, "aliases", s.aliases(), JsonGenerator::writeString);
    array(g, "roles", s.roles(), JsonGenerator::writeString);
    if (!s.affiliation().isEmpty()) {
      g.writeStringField("affiliation", s.affiliation()); // only when the text names one
    }
    array(g, "mentions", s.mentions(), JsonWriter::spanObject);
    array(g, "provenance", s.provenance(), JsonWriter::provenance);
    g.writeEndObject();
  }

  private static void claim(JsonGenerator g, Claim c) throws IOException {
    g.writeStartObject();
    g.writeStringField("id", c.id());
    g.writeStringField("text", c.text());
    g.writeStringField("quote", c.quoteId());
    g.writeStringField("speaker", c.speakerId().orElse(null));
    g.writeStringField("cue", c.cue().orElse(null));
    g.writeStringField("stance", c.stance().name());
    g.writeBooleanField("negated", c.negated());
    g.writeArrayFieldStart("quantities");
    for (int i = 0; i < c.quantities().size(); i++) {
      quantity(g, c.quantities().get(i),
          c.quantityValues().isEmpty() ? null : c.quantityValues().get(i));
    }
    g.writeEndArray();
    array(g, "spans", c.spans(), JsonWriter::offsets);
    array(g, "completions", c.completions(), JsonWriter::offsets);
    g.writeEndObject();
  }

  /** Why a mention was linked, as {@code {"start", "end", "rule", "evidence"}}. */
  private static void provenance(JsonGenerator g, SpeakerMention m) throws IOException {
    g.writeStartObject();
    spanFields(g, m.span(), false);
    g.writeStringField("rule", m.rule());
    g.writeStringField("evidence", m.evidence());
    g.writeEndObject();
  }

  /**
   * A quantity as {@code {"text", "start", "end"}}, the order the claims format fixes, then
   * {@code "value", "upper", "unit"} when its value is known ({@code value} not null).
   */
  private static void quantity(JsonGenerator g, Span span, Quantity value) throws IOException {
    g.writeStartObject();
    g.writeStringField("text", span.text());
    g.writeNumberField("start", span.start());
    g.writeNumberField("end", span.end());
    if (value != null) {
      number(g, "value", value.value());
      number(g, "upper", value.upper());
      g.writeStringField("unit", value.unit());
    }
    g.writeEndObject();
  }

  /** A finite number as the class comment says: whole numbers without fraction or exponent. */
  private static void number(JsonGenerator g, String name, double d) throws IOException {
    if (d == Math.rint(d) && Math.abs(d) < WHOLE_LIMIT) {
      g.writeNumberField(name, (long) d);
    } else {
      g.writeNumberField(name, d);
    }
  }

  /** A span as {@code {"start", "end", "text"}}, or {@code null}. */
  private static void spanObject(JsonGenerator g, Span span) throws IOException {
    if (span == null) {
      g.writeNull();
      return;
    }
    g.writeStartObject();
    spanFields(g, span, true);
    g.writeEndObject();
  }

  /** A span as {@code {"start", "end"}}, for pieces whose text the reader has elsewhere. */
  private static void offsets(JsonGenerator g, Span span) throws IOException {
    g.writeStartObject();
    spanFields(g, span, false);
    g.writeEndObject();
  }

  private static void spanFields(JsonGenerator g, Span span, boolean withText)
      throws IOException {
    g.writeNumberField("start", span.start());
    g.writeNumberField("end", span.end());
    if (withText) {
      g.writeStringField("text", span.text());
    }
  }

  private static <T> void array(JsonGenerator g, String name, List<T> items, Element<T> element)
      throws IOException {
    g.writeArrayFieldStart(name);
    for (T item : items) {
      element.write(g, item);
    }
    g.writeEndArray();
  }

  /**
   * Jackson's standard escapes, plus U+2028 and U+2029, which JavaScript reads as line breaks.
   * Immutable.
   */
  private static final class LineSeparatorEscapes extends CharacterEscapes {
    private static final long serialVersionUID = 1L;
    private static final SerializableString LINE = new SerializedString("\\u2028");
    private static final SerializableString PARAGRAPH = new SerializedString("\\u2029");

    @Override
    public int[] getEscapeCodesForAscii() {
      return standardAsciiEscapesForJSON();
    }

    @Override
    public SerializableString getEscapeSequence(int ch) {
      return ch == '\u2028' ? LINE : ch == '\u2029' ? PARAGRAPH : null;
    }
  }
}
