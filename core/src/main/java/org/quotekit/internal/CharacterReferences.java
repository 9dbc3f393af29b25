package org.quotekit.internal;

import java.util.HashMap;
import java.util.Map;

/**
 * Decodes HTML character references left in scraped text ("&#8220;", "&#x201C;", "&ldquo;",
 * "&quot;", "&amp;", "&eacute;"), so that a quotation written "&#8220;Yes,&#8221; she said" is
 * read as one. A reference needs its closing semicolon; numeric ones from 128 to 159 are read as
 * Windows-1252, as browsers read them ("&#147;" is an opening quotation mark); named ones are
 * the HTML 4 set (Latin-1 letters and symbols, quotation marks, dashes, spaces, a few more); a
 * reference to nothing valid (a surrogate, beyond U+10FFFF, NUL, an unknown name) stays as
 * written. Escaped twice ("&amp;quot;"), it is decoded twice. Each decoded character maps back to
 * the whole reference. Stateless and thread-safe.
 */
public final class CharacterReferences {
  /** How many times a reference escaped more than once is decoded at most. */
  private static final int MAX_LAYERS = 2;
  /** The longest reference read: "&#x10FFFF;" and the longest name. */
  private static final int MAX_LENGTH = 10;
  /** HTML 4's names for U+00A0 to U+00FF, in order. */
  private static final String LATIN1 = "nbsp iexcl cent pound curren yen brvbar sect uml copy"
      + " ordf laquo not shy reg macr deg plusmn sup2 sup3 acute micro para middot cedil sup1 ordm"
      + " raquo frac14 frac12 frac34 iquest Agrave Aacute Acirc Atilde Auml Aring AElig Ccedil"
      + " Egrave Eacute Ecirc Euml Igrave Iacute Icirc Iuml ETH Ntilde Ograve Oacute Ocirc Otilde"
      + " Ouml times Oslash Ugrave Uacute Ucirc Uuml Yacute THORN szlig agrave aacute acirc atilde"
      + " auml aring aelig ccedil egrave eacute ecirc euml igrave iacute icirc iuml eth ntilde"
      + " ograve oacute ocirc otilde ouml divide oslash ugrave uacute ucirc uuml yacute thorn yuml";
  /** HTML 4's other names that news text uses, each with its code point. */
  private static final String OTHERS = "quot 34 amp 38 apos 39 lt 60 gt 62 OElig 338 oelig 339"
      + " Scaron 352 scaron 353 Yuml 376 fnof 402 circ 710 tilde 732 ensp 8194 emsp 8195"
      + " thinsp 8201 zwnj 8204 zwj 8205 lrm 8206 rlm 8207 ndash 8211 mdash 8212 lsquo 8216"
      + " rsquo 8217 sbquo 8218 ldquo 8220 rdquo 8221 bdquo 8222 dagger 8224 Dagger 8225"
      + " bull 8226 hellip 8230 permil 8240 prime 8242 Prime 8243 lsaquo 8249 rsaquo 8250"
      + " euro 8364 trade 8482";
  private static final Map<String, Integer> NAMES = new HashMap<>();

  static {
    String[] latin1 = LATIN1.split(" ");
    for (int k = 0; k < latin1.length; k++) {
      NAMES.put(latin1[k], 0xA0 + k);
    }
    String[] others = OTHERS.split(" ");
    for (int k = 0; k < others.length; k += 2) {
      NAMES.put(others[k], Integer.parseInt(others[k + 1]));
    }
  }

  private CharacterReferences() {}

  /** {@code s} with its references decoded, or {@code s} itself when it holds none. */
  public static String decode(String s) {
    Rewrite r = decodeWithOrigins(s);
    return r == null ? s : r.text();
  }

  /** {@code s} decoded with the way back to it, or {@code null} when it holds no reference. */
  static Rewrite decodeWithOrigins(String s) {
    if (s.indexOf('&') < 0) {
      return null;
    }
    return Rewrite.repeated(s, MAX_LAYERS, CharacterReferences::layer);
  }

  private static Rewrite layer(String s) {
    Rewrite.Builder out = new Rewrite.Builder(s);
    int i = 0;
    while (i < s.length()) {
      int semi = s.charAt(i) == '&' ? semicolon(s, i) : -1;
      int cp = semi > 0 ? value(s, i + 1, semi) : -1;
      if (cp <= 0) {
        out.keep(i);
        i++;
        continue;
      }
      out.replace(i, semi + 1, cp);
      i = semi + 1;
    }
    return out.build();
  }

  /** The semicolon that closes a reference opening at {@code amp}, near enough; else -1. */
  private static int semicolon(String s, int amp) {
    for (int k = amp + 2, n = Math.min(s.length(), amp + MAX_LENGTH + 2); k < n; k++) {
      if (s.charAt(k) == ';') {
        return k;
      }
    }
    return -1;
  }

  /** The code point the reference body from {@code from} to {@code to} names, or -1. */
  private static int value(String s, int from, int to) {
    if (s.charAt(from) != '#') {
      Integer cp = NAMES.get(s.substring(from, to));
      return cp == null ? -1 : cp;
    }
    boolean hex = from + 1 < to && (s.charAt(from + 1) == 'x' || s.charAt(from + 1) == 'X');
    int first = from + (hex ? 2 : 1);
    if (first >= to) {
      return -1;
    }
    int cp = 0;
    for (int k = first; k < to; k++) {
      int d = Character.digit(s.charAt(k), hex ? 16 : 10);
      if (d < 0 || cp > 0x10FFFF) {
        return -1;
      }
      cp = cp * (hex ? 16 : 10) + d;
    }
    if (cp >= 0x80 && cp <= 0x9F) {
      char c = Mojibake.CP1252.charAt(cp - 0x80);
      return c == 0 ? -1 : c;
    }
    return cp > 0x10FFFF || cp >= 0xD800 && cp <= 0xDFFF ? -1 : cp;
  }
}
