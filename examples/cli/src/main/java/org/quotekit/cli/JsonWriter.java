package org.quotekit.cli;

import java.util.List;
import java.util.function.BiConsumer;
import org.quotekit.Claim;
import org.quotekit.Cue;
import org.quotekit.Extraction;
import org.quotekit.Quote;
import org.quotekit.Span;
import org.quotekit.Speaker;

/**
 * Renders an {@link Extraction} as one line of JSON, the record format of {@code quotekit
 * extract}. Stateless and thread-safe.
 *
 * <p>Keys always appear in the same order and a field without a value is {@code null}, so the same
 * extraction always gives the same string. Non-ASCII text is kept as is (the caller encodes the
 * line as UTF-8); quotes, backslashes, control characters, U+2028, U+2029 and unpaired surrogates
 * are escaped, so the line never contains a raw line break.
 *
 * <p>The format is documented by the JSON Schema {@code docs/extraction.schema.json}, whose
 * objects allow no other fields: a field added here is a change of that schema
 * ({@code ExtractionSchemaTest} fails until it is described).
 */
public final class JsonWriter {
  private static final char[] HEX = "0123456789abcdef".toCharArray();

  private JsonWriter() {}

  /**
   * The JSON object for one article: {@code id}, {@code quotes}, {@code speakers}, {@code claims}
   * and, only when there are any, {@code warnings}.
   *
   * @param extraction not null
   */
  public static String toJson(Extraction extraction) {
    StringBuilder sb = new StringBuilder(256);
    sb.append("{\"id\": ");
    string(sb, extraction.articleId());
    sb.append(", \"quotes\": ");
    array(sb, extraction.quotes(), JsonWriter::quote);
    sb.append(", \"speakers\": ");
    array(sb, extraction.speakers(), JsonWriter::speaker);
    sb.append(", \"claims\": ");
    array(sb, extraction.claims(), JsonWriter::claim);
    if (!extraction.warnings().isEmpty()) {
      sb.append(", \"warnings\": ");
      array(sb, extraction.warnings(), JsonWriter::string);
    }
    return sb.append('}').toString();
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
    StringBuilder sb = new StringBuilder("{\"id\": ");
    string(sb, id);
    sb.append(", \"error\": ");
    string(sb, message);
    sb.append(", \"source\": ");
    string(sb, source);
    return sb.append('}').toString();
  }

  /** {@code s} as a JSON string literal, with the escapes described in the class comment. */
  static String escape(String s) {
    StringBuilder sb = new StringBuilder(s.length() + 2);
    string(sb, s);
    return sb.toString();
  }

  private static void quote(StringBuilder sb, Quote q) {
    sb.append("{\"id\": ");
    string(sb, q.id());
    sb.append(", \"type\": ");
    string(sb, q.type().name());
    sb.append(", ");
    spanFields(sb, q.content(), true);
    sb.append(", \"parts\": ");
    if (q.parts().size() > 1) {
      array(sb, q.parts(), JsonWriter::offsets);
    } else {
      sb.append("null");
    }
    sb.append(", \"cue\": ");
    Cue cue = q.cue().orElse(null);
    if (cue == null) {
      sb.append("null");
    } else {
      sb.append('{');
      spanFields(sb, cue.span(), true);
      sb.append(", \"lemma\": ");
      string(sb, cue.lemma());
      sb.append('}');
    }
    sb.append(", \"source\": ");
    spanObject(sb, q.source().orElse(null));
    sb.append(", \"speaker\": ");
    string(sb, q.speakerId().orElse(null));
    sb.append(", \"confidence\": ").append(q.confidence());
    sb.append(", \"extractor\": ");
    string(sb, q.extractor());
    sb.append(", \"rule\": ");
    string(sb, q.rule());
    sb.append('}');
  }

  private static void speaker(StringBuilder sb, Speaker s) {
    sb.append("{\"id\": ");
    string(sb, s.id());
    sb.append(", \"name\": ");
    string(sb, s.name());
    sb.append(", \"kind\": ");
    string(sb, s.kind().name());
    sb.append(", \"aliases\": ");
    array(sb, s.aliases(), JsonWriter::string);
    sb.append(", \"roles\": ");
    array(sb, s.roles(), JsonWriter::string);
    sb.append(", \"mentions\": ");
    array(sb, s.mentions(), JsonWriter::spanObject);
    sb.append('}');
  }

  private static void claim(StringBuilder sb, Claim c) {
    sb.append("{\"id\": ");
    string(sb, c.id());
    sb.append(", \"text\": ");
    string(sb, c.text());
    sb.append(", \"quote\": ");
    string(sb, c.quoteId());
    sb.append(", \"speaker\": ");
    string(sb, c.speakerId().orElse(null));
    sb.append(", \"cue\": ");
    string(sb, c.cue().orElse(null));
    sb.append(", \"stance\": ");
    string(sb, c.stance().name());
    sb.append(", \"negated\": ").append(c.negated());
    sb.append(", \"quantities\": ");
    array(sb, c.quantities(), JsonWriter::quantity);
    sb.append(", \"spans\": ");
    array(sb, c.spans(), JsonWriter::offsets);
    sb.append('}');
  }

  /** A quantity as {@code {"text", "start", "end"}}, the order the claims format fixes. */
  private static void quantity(StringBuilder sb, Span span) {
    sb.append("{\"text\": ");
    string(sb, span.text());
    sb.append(", \"start\": ").append(span.start()).append(", \"end\": ").append(span.end())
        .append('}');
  }

  /** A span as {@code {"start", "end", "text"}}, or {@code null}. */
  private static void spanObject(StringBuilder sb, Span span) {
    if (span == null) {
      sb.append("null");
      return;
    }
    sb.append('{');
    spanFields(sb, span, true);
    sb.append('}');
  }

  /** A span as {@code {"start", "end"}}, for pieces whose text the reader has elsewhere. */
  private static void offsets(StringBuilder sb, Span span) {
    sb.append('{');
    spanFields(sb, span, false);
    sb.append('}');
  }

  private static void spanFields(StringBuilder sb, Span span, boolean withText) {
    sb.append("\"start\": ").append(span.start()).append(", \"end\": ").append(span.end());
    if (withText) {
      sb.append(", \"text\": ");
      string(sb, span.text());
    }
  }

  private static <T> void array(StringBuilder sb, List<T> items,
      BiConsumer<StringBuilder, T> element) {
    sb.append('[');
    for (int i = 0; i < items.size(); i++) {
      if (i > 0) {
        sb.append(", ");
      }
      element.accept(sb, items.get(i));
    }
    sb.append(']');
  }

  /** Appends {@code s} as a JSON string literal, or {@code null} when {@code s} is null. */
  private static void string(StringBuilder sb, String s) {
    if (s == null) {
      sb.append("null");
      return;
    }
    sb.append('"');
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      switch (c) {
        case '"' -> sb.append("\\\"");
        case '\\' -> sb.append("\\\\");
        case '\n' -> sb.append("\\n");
        case '\r' -> sb.append("\\r");
        case '\t' -> sb.append("\\t");
        case '\b' -> sb.append("\\b");
        case '\f' -> sb.append("\\f");
        default -> {
          boolean paired = Character.isHighSurrogate(c) && i + 1 < s.length()
              && Character.isLowSurrogate(s.charAt(i + 1));
          if (paired) {
            sb.append(c).append(s.charAt(++i));
          } else if (c < 0x20 || c == '\u2028' || c == '\u2029' || Character.isSurrogate(c)) {
            sb.append("\\u").append(HEX[c >> 12]).append(HEX[(c >> 8) & 0xF])
                .append(HEX[(c >> 4) & 0xF]).append(HEX[c & 0xF]);
          } else {
            sb.append(c);
          }
        }
      }
    }
    sb.append('"');
  }
}
