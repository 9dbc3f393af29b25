package org.quotekit.cli;

import java.text.ParseException;

/**
 * Reads one line of a JSON Lines article file: a JSON object whose {@code "id"} (a string or a
 * number) and {@code "text"} (a string) members are kept; all other members are checked for
 * syntax and ignored. Stateless and thread-safe.
 *
 * <p>The reader is strict: it rejects trailing content, duplicate {@code id} or {@code text}
 * members, raw control characters in strings, invalid escapes and unpaired surrogates.
 */
final class JsonlReader {

  /**
   * The members that matter of one line. Immutable.
   *
   * @param id the {@code id} member (a number is kept as written), or {@code null} when absent
   * @param text the {@code text} member, or {@code null} when absent
   */
  record Line(String id, String text) {}

  /** Deepest nesting of ignored arrays and objects; deeper input is rejected, not recursed. */
  private static final int MAX_DEPTH = 256;

  private final String s;
  private int pos;
  private int depth;

  private JsonlReader(String s) {
    this.s = s;
  }

  /**
   * Parses one line.
   *
   * @param line the line without its line terminator
   * @throws ParseException naming what was expected and where (error offset = 0-based column)
   */
  static Line parse(String line) throws ParseException {
    JsonlReader r = new JsonlReader(line);
    Line result = r.object();
    r.skipWhitespace();
    if (r.pos < line.length()) {
      throw r.error("unexpected content after the object");
    }
    return result;
  }

  private Line object() throws ParseException {
    skipWhitespace();
    expect('{', "a JSON object");
    String id = null;
    String text = null;
    skipWhitespace();
    if (peek() == '}') {
      pos++;
      return new Line(null, null);
    }
    while (true) {
      skipWhitespace();
      int keyAt = pos;
      String key = string();
      skipWhitespace();
      expect(':', "':'");
      skipWhitespace();
      if (key.equals("id") || key.equals("text")) {
        if ((key.equals("id") ? id : text) != null) {
          pos = keyAt;
          throw error("duplicate member \"" + key + "\"");
        }
        String value;
        if (peek() == '"') {
          value = string();
        } else if (key.equals("id") && (peek() == '-' || isDigit(peek()))) {
          int start = pos;
          number();
          value = s.substring(start, pos);
        } else {
          throw error("\"" + key + "\" must be a " + (key.equals("id") ? "string or number"
              : "string"));
        }
        if (key.equals("id")) {
          id = value;
        } else {
          text = value;
        }
      } else {
        value();
      }
      skipWhitespace();
      if (peek() == ',') {
        pos++;
      } else {
        expect('}', "',' or '}'");
        return new Line(id, text);
      }
    }
  }

  /** Skips any JSON value, checking its syntax. */
  private void value() throws ParseException {
    char c = peek();
    if (c == '"') {
      string();
    } else if (c == '{' || c == '[') {
      char close = c == '{' ? '}' : ']';
      if (++depth > MAX_DEPTH) {
        throw error("nested more than " + MAX_DEPTH + " levels deep");
      }
      pos++;
      skipWhitespace();
      if (peek() == close) {
        pos++;
        depth--;
        return;
      }
      while (true) {
        skipWhitespace();
        if (close == '}') {
          string();
          skipWhitespace();
          expect(':', "':'");
          skipWhitespace();
        }
        value();
        skipWhitespace();
        if (peek() == ',') {
          pos++;
        } else {
          expect(close, "',' or '" + close + "'");
          depth--;
          return;
        }
      }
    } else if (c == '-' || isDigit(c)) {
      number();
    } else if (!literal("true") && !literal("false") && !literal("null")) {
      throw error("expected a JSON value");
    }
  }

  private boolean literal(String word) {
    if (s.startsWith(word, pos)) {
      pos += word.length();
      return true;
    }
    return false;
  }

  private void number() throws ParseException {
    if (peek() == '-') {
      pos++;
    }
    if (peek() == '0') {
      pos++;
    } else {
      digits();
    }
    if (peek() == '.') {
      pos++;
      digits();
    }
    if (peek() == 'e' || peek() == 'E') {
      pos++;
      if (peek() == '+' || peek() == '-') {
        pos++;
      }
      digits();
    }
  }

  private void digits() throws ParseException {
    if (!isDigit(peek())) {
      throw error("expected a digit");
    }
    while (isDigit(peek())) {
      pos++;
    }
  }

  private String string() throws ParseException {
    expect('"', "a string");
    StringBuilder sb = new StringBuilder();
    while (true) {
      if (pos >= s.length()) {
        throw error("unterminated string");
      }
      char c = s.charAt(pos++);
      if (c == '"') {
        return sb.toString();
      } else if (c < 0x20) {
        pos--;
        throw error("raw control character in a string; write it as an escape");
      } else if (c == '\\') {
        char e = pos < s.length() ? s.charAt(pos++) : '\0';
        switch (e) {
          case '"', '\\', '/' -> sb.append(e);
          case 'b' -> sb.append('\b');
          case 'f' -> sb.append('\f');
          case 'n' -> sb.append('\n');
          case 'r' -> sb.append('\r');
          case 't' -> sb.append('\t');
          case 'u' -> sb.append(hex4());
          default -> {
            pos -= 2;
            throw error("invalid escape");
          }
        }
      } else {
        sb.append(c);
      }
      // A surrogate, escaped or not, must be the high half of a pair completed by the next char.
      int last = sb.length() - 1;
      char ch = sb.charAt(last);
      if (Character.isLowSurrogate(ch)
          && (last == 0 || !Character.isHighSurrogate(sb.charAt(last - 1)))) {
        throw error("unpaired surrogate");
      }
      if (Character.isHighSurrogate(ch) && !nextIsLowSurrogate()) {
        throw error("unpaired surrogate");
      }
    }
  }

  /** Whether the next string character, raw or escaped, is a low surrogate. */
  private boolean nextIsLowSurrogate() {
    if (pos < s.length() && Character.isLowSurrogate(s.charAt(pos))) {
      return true;
    }
    if (!s.startsWith("\\u", pos)) {
      return false;
    }
    int saved = pos;
    pos += 2;
    try {
      return Character.isLowSurrogate(hex4());
    } catch (ParseException e) {
      return false;
    } finally {
      pos = saved;
    }
  }

  private char hex4() throws ParseException {
    int value = 0;
    for (int i = 0; i < 4; i++) {
      int d = pos < s.length() ? "0123456789abcdef0123456789ABCDEF".indexOf(s.charAt(pos)) % 16
          : -1;
      if (d < 0) {
        throw error("expected four hex digits after \\u");
      }
      value = value * 16 + d;
      pos++;
    }
    return (char) value;
  }

  private void expect(char c, String what) throws ParseException {
    if (peek() != c) {
      throw error("expected " + what);
    }
    pos++;
  }

  private char peek() {
    return pos < s.length() ? s.charAt(pos) : '\0';
  }

  private static boolean isDigit(char c) {
    return c >= '0' && c <= '9';
  }

  private void skipWhitespace() {
    while (pos < s.length() && " \t\r\n".indexOf(s.charAt(pos)) >= 0) {
      pos++;
    }
  }

  private ParseException error(String message) {
    String where = pos >= s.length() ? "at end of line" : "at column " + (pos + 1);
    return new ParseException("malformed JSON " + where + ": " + message, pos);
  }
}
