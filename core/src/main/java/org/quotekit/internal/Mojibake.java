package org.quotekit.internal;

import java.text.Normalizer;
import java.util.HashMap;
import java.util.Map;

/**
 * Repairs mojibake: text whose UTF-8 bytes were decoded as Windows-1252 or Latin-1, once or more
 * ("Jos\u00C3\u00A9" for "Jos\u00E9", "\u00E2\u20AC\u0153" for an opening quotation mark,
 * "Ib\u00C3\u0083\u00C2\u00A1rruri" for "Ib\u00E1rruri" decoded twice), the commonest damage in
 * scraped and syndicated news. A run of such characters is read back as the bytes they stand
 * for and decoded as UTF-8, and this is repeated while it changes something (at most three
 * times). Each character of the result knows the original characters it came from,
 * so spans found in the repaired text map back exactly.
 *
 * <p>What is read as one byte: a character from U+0080 to U+00FF (Latin-1, with the C1 controls); a
 * Windows-1252 character from 0x80 to 0x9F ("\u20AC", "\u2019", "\u0153", ...); any of these
 * written decomposed, as a letter and a combining mark ("A\u0303" for "\u00C3"); and a space
 * followed by the combining mark that compatibility decomposition makes of "\u00A8", "\u00AF",
 * "\u00B4" or "\u00B8" ("na\u00C3 \u0308ve"); and, inside a word after "\u00C3", the letter or
 * digit that decomposition folded a byte's character to ("T\u00C3onez" for "T\u00FAnez"). Only
 * well-formed UTF-8 sequences are decoded (no overlong forms, no surrogates). A sequence of four
 * bytes is always mojibake; one of three bytes is, beside another repaired sequence or when it
 * gives punctuation, a symbol or a character that stands alone in text (not a lone CJK
 * character: "all\u00E9\u00A0\u00BB" stays French); one of two bytes is decoded when it gives
 * a Latin, Greek or Cyrillic letter or a Latin-1 symbol, and not when its second character is a
 * quotation mark, guillemet or dash ending a word outside another repaired sequence
 * ("OL\u00C9\u201D", "Fu\u00DF\u201C" stay as they are). "\u00E2\u20AC" followed by U+FFFD
 * or by nothing that is a byte lost its last byte, one Windows-1252 leaves undefined (0x81,
 * 0x8D, 0x8F, 0x90, 0x9D): between two letters it becomes a hyphen (U+2010, 0x90:
 * "real\u2010world"), elsewhere a closing quotation mark (0x9D), which is what it almost always
 * was. Immutable and thread-safe (static methods only).
 */
public final class Mojibake {
  /** How many layers of mis-decoding are undone at most. */
  static final int MAX_LAYERS = 3;

  /** Windows-1252's characters for the bytes 0x80 to 0x9F; '\0' where it defines none. */
  static final String CP1252 = "\u20AC\0\u201A\u0192\u201E\u2026\u2020\u2021\u02C6\u2030"
      + "\u0160\u2039\u0152\0\u017D\0\0\u2018\u2019\u201C\u201D\u2022\u2013\u2014\u02DC\u2122"
      + "\u0161\u203A\u0153\0\u017E\u0178";

  /**
   * The byte a character written as two stands for, keyed by {@link #pair}: the canonical
   * decomposition of a Latin-1 or Windows-1252 letter ("A\u0303"), and the compatibility
   * decomposition of a spacing diacritic (" \u0308" for "\u00A8").
   */
  private static final Map<Integer, Integer> PAIRS = new HashMap<>();

  static {
    for (int b = 0x80; b <= 0xFF; b++) {
      char c = b < 0xA0 ? CP1252.charAt(b - 0x80) : (char) b;
      String d = c == 0 ? "" : Normalizer.normalize(String.valueOf(c), Normalizer.Form.NFKD);
      if (d.length() == 2 && Character.getType(d.charAt(1)) == Character.NON_SPACING_MARK) {
        PAIRS.put(pair(d.charAt(0), d.charAt(1)), b);
      }
    }
  }

  private Mojibake() {}

  /** {@code s} repaired, or {@code s} itself when it holds no mojibake. */
  public static String repair(String s) {
    Rewrite r = repairWithOrigins(s);
    return r == null ? s : r.text();
  }

  /** {@code s} repaired with the way back to it, or {@code null} when it holds no mojibake. */
  static Rewrite repairWithOrigins(String s) {
    return mayHold(s) ? Rewrite.repeated(s, MAX_LAYERS, Mojibake::layer) : null;
  }

  /**
   * Whether {@code s} holds a character that can open a damaged sequence ("\u00C2" to "\u00F4")
   * or a combining mark (a decomposed one): a scan of two range checks a character, so that text
   * without either (most English news) skips the layers, which read bytes at every character.
   */
  private static boolean mayHold(String s) {
    for (int i = 0, n = s.length(); i < n; i++) {
      char c = s.charAt(i);
      if (c >= '\u00C2' && c <= '\u00F4' || c >= '\u0300' && c <= '\u036F') {
        return true;
      }
    }
    return false;
  }

  /** One layer undone, or {@code null} when it changes nothing. */
  private static Rewrite layer(String s) {
    Rewrite.Builder out = new Rewrite.Builder(s);
    int lastRepaired = -1; // the offset where the last repaired sequence ended
    int i = 0;
    while (i < s.length()) {
      long seq = sequence(s, i, lastRepaired == i);
      if (seq < 0) {
        out.keep(i);
        i++;
        continue;
      }
      int to = (int) seq;
      out.replace(i, to, (int) (seq >>> 32));
      lastRepaired = to;
      i = to;
    }
    return out.build();
  }

  /**
   * The UTF-8 sequence whose first byte stands at {@code i}, as its code point in the high 32
   * bits and the offset after it in the low ones; -1 when there is none to decode.
   *
   * @param joined whether a repaired sequence ends right at {@code i}
   */
  private static long sequence(String s, int i, boolean joined) {
    long first = byteAt(s, i);
    int lead = (int) first;
    if (first < 0 || lead < 0xC2 || lead > 0xF4) {
      return -1;
    }
    int need = lead < 0xE0 ? 1 : lead < 0xF0 ? 2 : 3;
    int cp = lead & (need == 1 ? 0x1F : need == 2 ? 0x0F : 0x07);
    int at = i + width(first);
    int secondAt = at;
    int second = -1;
    for (int k = 0; k < need; k++) {
      long next = need == 1 && (lead == 0xC3 || lead == 0xC2 && joined)
          ? foldedByteAt(s, at) : byteAt(s, at);
      if (next < 0 || !continuation((int) next)) {
        if (lead == 0xE2 && k == 1 && second == 0x80) {
          return lostLastByte(s, i, at);
        }
        return -1;
      }
      if (k == 0) {
        second = (int) next;
      }
      cp = cp << 6 | ((int) next & 0x3F);
      at += width(next);
    }
    if (need == 2 && (lead == 0xE0 && second < 0xA0 || lead == 0xED && second >= 0xA0)
        || need == 3 && (lead == 0xF0 && second < 0x90 || lead == 0xF4 && second >= 0x90)) {
      return -1; // overlong, or a surrogate, or beyond U+10FFFF
    }
    if (need == 1 && !plausible(s, secondAt, at, cp, joined)
        || need == 2 && !plausibleThree(s, at, cp, joined)) {
      return -1;
    }
    return ((long) cp << 32) | at;
  }

  /**
   * "\u00E2\u20AC" from {@code i} to {@code at}, whose third byte was undefined in Windows-1252
   * and was replaced (U+FFFD) or dropped: a hyphen between two letters, else a closing
   * quotation mark.
   */
  private static long lostLastByte(String s, int i, int at) {
    int after = at < s.length() && s.charAt(at) == '\uFFFD' ? at + 1 : at;
    boolean inWord = i > 0 && Character.isLetter(s.charAt(i - 1)) && after < s.length()
        && Character.isLetter(s.charAt(after));
    return ((long) (inWord ? 0x2010 : 0x201D) << 32) | after;
  }

  /**
   * Whether a two-byte sequence whose second byte stands at {@code secondAt}, ending at {@code
   * at} and decoding to {@code cp}, is mojibake rather than two real characters: right after
   * another repaired sequence, any character (a layer below may hold C1 controls or modifier
   * letters); else a Latin-1 symbol or a Latin, Greek or Cyrillic letter, and not a letter
   * followed by a quotation mark, guillemet or dash that ends a word.
   */
  private static boolean plausible(String s, int secondAt, int at, int cp, boolean joined) {
    if (joined && cp >= 0x80) {
      return true;
    }
    if (!(cp >= 0xA0 && cp <= 0x24F || cp >= 0x370 && cp <= 0x52F)) {
      return false;
    }
    char second = s.charAt(secondAt);
    boolean mark = second >= '\u2013' && second <= '\u201E' || second == '\u00AB'
        || second == '\u00BB';
    return !mark || at < s.length() && Character.isLetterOrDigit(s.charAt(at));
  }

  /**
   * Whether a three-byte sequence decoding to {@code cp} and ending at {@code at} is mojibake
   * rather than three real characters: right after or right before another repaired sequence,
   * any (damaged CJK or Indic text is a run of them); alone, only a character that stands alone
   * in text: punctuation and symbols (U+2000 to U+2E7F: the quotation marks, dashes and "\u2122"
   * most mojibake is), Vietnamese and Greek letters with accents (U+1E00 to U+1FFF) and the
   * forms from U+FB00 (ligatures, the byte order mark, U+FFFD). A lone letter of a script
   * written in runs is a word's last letter before bytes that are real characters:
   * "all\u00E9\u00A0\u00BB" is French "all\u00E9" and a closing guillemet after a no-break
   * space, not the one CJK character U+983B its bytes spell, and "Ol\u00E9\u201D\u2026" a word,
   * a closing mark and an ellipsis, not U+9505.
   */
  private static boolean plausibleThree(String s, int at, int cp, boolean joined) {
    if (joined || sequence(s, at, true) >= 0) {
      return true;
    }
    return cp >= 0x1E00 && cp <= 0x2E7F || cp >= 0xFB00;
  }

  /**
   * The byte (0x80 to 0xFF) the character or character pair at {@code at} stands for, with the
   * number of characters it takes in the high 32 bits; -1 when it stands for none.
   */
  private static long byteAt(String s, int at) {
    if (at >= s.length()) {
      return -1;
    }
    char c = s.charAt(at);
    if (at + 1 < s.length()) {
      char d = s.charAt(at + 1);
      if (d >= '\u0300' && d <= '\u036F') {
        Integer b = PAIRS.get(pair(c, d));
        if (b != null) {
          return 2L << 32 | b;
        }
      }
    }
    if (c < '\u0080') {
      return -1;
    }
    if (c <= '\u00FF') {
      return 1L << 32 | c;
    }
    int k = CP1252.indexOf(c);
    return k >= 0 ? 1L << 32 | (0x80 + k) : -1;
  }

  /**
   * The byte at {@code at} as {@link #byteAt} reads it, or else, inside a word, the byte whose
   * character compatibility decomposition folds to a letter or digit: "o" for "\u00BA", "a" for
   * "\u00AA", "1", "2", "3" for the superscripts and "\u03BC" for "\u00B5" ("Jes\u00C3o" for
   * "Jes\u00C3\u00BA", "\u00FA" damaged and folded). Read only after "\u00C3", or after "\u00C2"
   * within a run, where no real text puts them.
   */
  private static long foldedByteAt(String s, int at) {
    long b = byteAt(s, at);
    if (b >= 0 || at + 1 >= s.length() || !Character.isLetter(s.charAt(at + 1))) {
      return b;
    }
    int k = FOLDED.indexOf(s.charAt(at));
    return k < 0 ? -1 : 1L << 32 | FOLDED_BYTES[k];
  }

  /** The letters and digits compatibility decomposition folds six bytes' characters to. */
  private static final String FOLDED = "oa123\u03BC";
  private static final int[] FOLDED_BYTES = {0xBA, 0xAA, 0xB9, 0xB2, 0xB3, 0xB5};

  /** How many characters a {@link #byteAt} result takes. */
  private static int width(long b) {
    return (int) (b >>> 32);
  }

  private static int pair(char base, char mark) {
    return base << 16 | mark;
  }

  /** Whether a byte is a UTF-8 continuation byte. */
  private static boolean continuation(int b) {
    return b >= 0x80 && b <= 0xBF;
  }
}
