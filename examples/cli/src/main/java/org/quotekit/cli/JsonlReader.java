package org.quotekit.cli;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonFactoryBuilder;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import java.io.IOException;
import java.text.ParseException;
import java.util.regex.Pattern;

/**
 * Reads one line of a JSON Lines article file with Jackson's streaming {@link JsonParser}: a JSON
 * object whose {@code "id"} (a string or a number) and {@code "text"} (a string) members are
 * kept; all other members are checked for syntax and ignored. Stateless and thread-safe.
 *
 * <p>The reader is strict (Jackson's defaults): it rejects trailing content, comments, single
 * quotes, unquoted names, trailing commas, leading zeros, raw control characters in strings and
 * invalid escapes; and, beyond Jackson, duplicate {@code id} or {@code text} members and an
 * {@code id} or {@code text} with an unpaired surrogate. Arrays and objects may nest at most
 * {@value #MAX_DEPTH} levels deep. Strings, names and numbers have no length limit of their own:
 * the caller bounds the whole line ({@link InputReader#maxLineBytes()}), which also bounds them.
 */
final class JsonlReader {

  /**
   * The members that matter of one line. Immutable.
   *
   * @param id the {@code id} member (a number is kept as written), or {@code null} when absent
   * @param text the {@code text} member, or {@code null} when absent
   */
  record Line(String id, String text) {}

  /** Deepest nesting of arrays and objects; deeper input is rejected, not recursed. */
  static final int MAX_DEPTH = 256;

  private static final JsonFactory JSON = new JsonFactoryBuilder()
      .streamReadConstraints(StreamReadConstraints.builder()
          .maxNestingDepth(MAX_DEPTH)
          .maxStringLength(Integer.MAX_VALUE)
          .maxNameLength(Integer.MAX_VALUE)
          .maxNumberLength(Integer.MAX_VALUE)
          .build())
      .build();

  /** Jackson's advice to enable a parser feature, cut from its messages. */
  private static final Pattern PARSER_HINT =
      Pattern.compile(":?\\s*enable `?[\\w.]+`? to allow.*$", Pattern.DOTALL);

  private JsonlReader() {}

  /**
   * Parses one line.
   *
   * @param line the line without its line terminator
   * @throws ParseException naming what was wrong and where (error offset = 0-based column)
   */
  static Line parse(String line) throws ParseException {
    checkUnicodeEscapes(line);
    String[] id = new String[1]; // the id, once read: an error after it still names the article
    try (JsonParser p = JSON.createParser(line)) {
      try {
        return object(p, id);
      } catch (StreamConstraintsException e) {
        // the only finite constraint: Jackson's message names its own configuration method
        throw error(line, p.currentLocation().getColumnNr(),
            "nested more than " + MAX_DEPTH + " levels deep");
      } catch (JsonProcessingException e) {
        JsonLocation at = e.getLocation() != null ? e.getLocation() : p.currentLocation();
        // Jackson's hint to enable one of its features ("Non-standard token 'NaN': enable
        // JsonReadFeature.ALLOW_NON_NUMERIC_NUMBERS to allow") names no setting a user has
        throw error(line, at.getColumnNr(),
            PARSER_HINT.matcher(e.getOriginalMessage()).replaceFirst(""));
      }
    } catch (IOException e) {
      throw error(line, 1, e.getMessage()); // reading a string cannot fail
    } catch (ParseException e) {
      throw id[0] == null ? e : new BadLine(e, id[0]);
    }
  }

  /**
   * A line that is not a valid article object, though it gave the article's {@code id} before
   * the fault ({@code {"id": "a7", "text": 12}}): its error record names the article.
   */
  static final class BadLine extends ParseException {
    private static final long serialVersionUID = 1L;
    private final String id;

    BadLine(ParseException e, String id) {
      super(e.getMessage(), e.getErrorOffset());
      this.id = id;
    }

    /** The {@code id} member the line gave before its fault. */
    String id() {
      return id;
    }
  }

  private static Line object(JsonParser p, String[] idRead) throws IOException, ParseException {
    if (p.nextToken() != JsonToken.START_OBJECT) {
      throw error(p, "expected a JSON object");
    }
    String id = null;
    String text = null;
    while (p.nextToken() == JsonToken.FIELD_NAME) {
      String key = p.currentName();
      boolean isId = key.equals("id");
      if (!isId && !key.equals("text")) {
        p.nextToken();
        p.skipChildren();
        continue;
      }
      if ((isId ? id : text) != null) {
        throw error(p, "duplicate member \"" + key + "\"");
      }
      JsonToken value = p.nextToken();
      boolean number = value == JsonToken.VALUE_NUMBER_INT
          || value == JsonToken.VALUE_NUMBER_FLOAT;
      if (value != JsonToken.VALUE_STRING && !(isId && number)) {
        throw error(p, "\"" + key + "\" must be a " + (isId ? "string or number" : "string"));
      }
      String s = p.getText(); // a number as written
      if (hasUnpairedSurrogate(s)) {
        throw error(p, "unpaired surrogate in \"" + key + "\"");
      }
      if (isId) {
        id = s;
        idRead[0] = s;
      } else {
        text = s;
      }
    }
    if (p.nextToken() != null) {
      throw error(p, "unexpected content after the object");
    }
    return new Line(id, text);
  }

  /**
   * Rejects a {@code \\u} escape without four ASCII hex digits, which Jackson 2 lets through
   * when a non-ASCII digit's low byte is a hex digit's ({@code \\u١٢٣٤} read as {@code
   * \\u6162...}). A backslash outside a string is a syntax error anyway, so every backslash
   * starts an escape.
   */
  private static void checkUnicodeEscapes(String line) throws ParseException {
    for (int i = line.indexOf('\\'); i >= 0 && i + 1 < line.length();
        i = line.indexOf('\\', i + 2)) {
      if (line.charAt(i + 1) != 'u') {
        continue;
      }
      for (int k = i + 2; k < i + 6; k++) {
        if (k >= line.length() || "0123456789abcdefABCDEF".indexOf(line.charAt(k)) < 0) {
          throw error(line, i + 1, "expected four hex digits after \\u");
        }
      }
    }
  }

  private static boolean hasUnpairedSurrogate(String s) {
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (Character.isHighSurrogate(c) && i + 1 < s.length()
          && Character.isLowSurrogate(s.charAt(i + 1))) {
        i++;
      } else if (Character.isSurrogate(c)) {
        return true;
      }
    }
    return false;
  }

  /** An error at the start of the parser's current token. */
  private static ParseException error(JsonParser p, String message) {
    return error(null, p.currentTokenLocation().getColumnNr(), message);
  }

  /**
   * {@code malformed JSON at column N: message} (N from 1), or {@code at end of line} when the
   * column is past the end of {@code line} (when known).
   */
  private static ParseException error(String line, int columnNr, String message) {
    int column = Math.max(1, columnNr);
    String where = line != null && column > line.length() ? "at end of line"
        : "at column " + column;
    return new ParseException("malformed JSON " + where + ": " + message, column - 1);
  }
}
