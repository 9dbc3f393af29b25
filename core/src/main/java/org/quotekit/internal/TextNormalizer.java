package org.quotekit.internal;

import java.util.ArrayList;
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
 * The analysis form of an article's text, with the way back to the original: HTML character
 * references are decoded ({@link CharacterReferences}) and mojibake (UTF-8 read as Windows-1252
 * or Latin-1, {@link Mojibake}) is repaired first; then Unicode space
 * separators (no-break, thin, ideographic spaces...) become {@code ' '}; line and paragraph
 * separators (U+2028, U+2029, NEL) and the control characters Java counts as white space (VT,
 * FF, U+001C to U+001F) become {@code '\n'}; the fullwidth forms of ASCII (U+FF01 to U+FF5E: the
 * quotation marks, commas, full stops and letters of East Asian typing) become ASCII; a line
 * break that only wraps a line ({@link #wrapsLine}) becomes {@code ' '}; format characters
 * (zero-width spaces and joiners, directional marks and embeddings, the byte order mark, soft
 * hyphens), other control characters except tab, line feed and carriage return, and
 * non-spacing combining marks are removed. Immutable and thread-safe.
 */
public final class TextNormalizer {
  private final String original;
  private final String text;
  /** For each character of {@link #text}, the offset of its first character in the original. */
  private final int[] origin;
  /** For each character of {@link #text}, the offset after its last character in the original. */
  private final int[] originEnd;

  private TextNormalizer(String original, String text, int[] origin, int[] originEnd) {
    this.original = original;
    this.text = text;
    this.origin = origin;
    this.originEnd = originEnd;
  }

  /**
   * The analysis form of {@code original}, or {@code null} when it has nothing to normalise (so
   * that clean text pays for one scan only: no copy, no map).
   */
  public static TextNormalizer of(String original) {
    Rewrite repair = repairs(original);
    String base = repair == null ? original : repair.text();
    int first = firstChange(base);
    if (first < 0 && repair == null) {
      return null;
    }
    int n = base.length();
    StringBuilder out = new StringBuilder(n);
    int[] origin = new int[n];
    if (first < 0) {
      first = n;
    }
    out.append(base, 0, first);
    // for each character of out, the offset after it in base: past the combining marks that
    // follow a letter or digit ("José" written with U+0301 ends after the accent)
    int[] after = new int[n];
    for (int i = 0; i < first; i++) {
      origin[i] = i;
      after[i] = i + 1;
    }
    int i = first;
    while (i < n) {
      int cp = base.codePointAt(i);
      int width = Character.charCount(cp);
      char replacement = replacement(cp);
      if (replacement == REMOVE) {
        int last = out.length() - 1;
        if (last >= 0 && after[last] == i && Character.getType(cp) == Character.NON_SPACING_MARK
            && Character.isLetterOrDigit(base.codePointBefore(origin[last] + 1))) {
          after[last] = i + width; // the mark belongs to the letter before it
        }
        i += width;
        continue;
      }
      if (replacement == KEEP) {
        for (int k = 0; k < width; k++) {
          after[out.length()] = i + k + 1;
          origin[out.length()] = i + k;
          out.append(base.charAt(i + k));
        }
      } else {
        after[out.length()] = i + 1;
        origin[out.length()] = i;
        out.append(replacement);
      }
      i += width;
    }
    unwrap(out, base, origin);
    int m = out.length();
    int[] start = new int[m];
    int[] end = new int[m];
    for (int k = 0; k < m; k++) {
      start[k] = repair == null ? origin[k] : repair.start()[origin[k]];
      end[k] = repair == null ? after[k] : repair.end()[after[k] - 1];
    }
    return new TextNormalizer(original, out.toString(), start, end);
  }

  /**
   * {@code s} with its HTML character references decoded, then its mojibake repaired, with the
   * way back to {@code s}; {@code null} when it holds neither.
   */
  private static Rewrite repairs(String s) {
    Rewrite references = CharacterReferences.decodeWithOrigins(s);
    Rewrite mojibake = Mojibake.repairWithOrigins(references == null ? s : references.text());
    return references == null ? mojibake : mojibake == null ? references
        : references.then(mojibake);
  }

  /**
   * {@code s} with the repairs {@link #of} makes before it normalises: character references
   * decoded, mojibake repaired; {@code s} itself when it needs neither.
   */
  public static String repaired(String s) {
    Rewrite r = repairs(s);
    return r == null ? s : r.text();
  }

  /** The original text. */
  public String original() {
    return original;
  }

  /** The normalised text, the one to analyse. */
  public String text() {
    return text;
  }

  /**
   * The original offset where a span of the normalised text starting at {@code start} starts:
   * the offset of its first character, so leading removed characters stay outside.
   */
  public int start(int start, int end) {
    return start == end ? end(end) : origin[start];
  }

  /**
   * The original offset where a span of the normalised text ending at {@code end} ends: right
   * after its last character and the combining marks that follow it when it is a letter or digit
   * ("José" with a combining accent), so other trailing removed characters stay outside (and a
   * kept surrogate pair stays whole, since both its halves are kept).
   */
  public int end(int end) {
    return end == 0 ? 0 : originEnd[end - 1];
  }

  /**
   * The original text between the original offsets {@code start} and {@code end}, with its
   * spaces and invisible characters normalised but its combining marks kept: the readable form
   * of a name found in the normalised text.
   */
  public String readable(int start, int end) {
    String part = repaired(original.substring(start, end));
    StringBuilder out = new StringBuilder(part.length());
    int i = 0;
    while (i < part.length()) {
      int cp = part.codePointAt(i);
      char replacement = replacement(cp);
      if (replacement == KEEP || Character.getType(cp) == Character.NON_SPACING_MARK) {
        out.appendCodePoint(cp);
      } else if (replacement != REMOVE) {
        out.append(replacement);
      }
      i += Character.charCount(cp);
    }
    return out.toString();
  }

  /** The span of the original text that a span of the normalised text stands for. */
  public Span span(Span s) {
    return Span.of(original, start(s.start(), s.end()), end(s.end()));
  }

  /**
   * The extraction of the normalised text with every span mapped to the original text, and each
   * speaker's name and aliases in their readable original form when a mention holds them.
   */
  public Extraction restore(Extraction e) {
    List<Quote> quotes = new ArrayList<>(e.quotes().size());
    for (Quote q : e.quotes()) {
      Cue cue = q.cue().map(c -> new Cue(span(c.span()), c.lemma())).orElse(null);
      quotes.add(new Quote(q.id(), q.type(), span(q.content()), spans(q.parts()), cue,
          q.source().map(this::span).orElse(null), q.speakerId().orElse(null), q.confidence(),
          q.extractor(), q.rule()));
    }
    List<Speaker> speakers = new ArrayList<>(e.speakers().size());
    for (Speaker s : e.speakers()) {
      List<String> aliases = s.aliases().stream().map(a -> readable(a, s.mentions())).toList();
      List<SpeakerMention> provenance = s.provenance().stream()
          .map(m -> new SpeakerMention(span(m.span()), m.rule(), m.evidence())).toList();
      speakers.add(new Speaker(s.id(), readable(s.name(), s.mentions()), s.kind(), aliases,
          s.roles(), spans(s.mentions()), provenance, s.affiliation()));
    }
    List<Claim> claims = new ArrayList<>(e.claims().size());
    for (Claim c : e.claims()) {
      List<Quantity> values = c.quantityValues().stream()
          .map(v -> new Quantity(span(v.span()), v.value(), v.upper(), v.unit())).toList();
      claims.add(new Claim(c.id(), c.text(), c.quoteId(), c.speakerId().orElse(null),
          c.cue().orElse(null), c.stance(), c.negated(), spans(c.quantities()),
          spans(c.spans()), spans(c.completions()), values));
    }
    return new Extraction(e.articleId(), quotes, speakers, claims, e.warnings());
  }

  private List<Span> spans(List<Span> in) {
    List<Span> out = new ArrayList<>(in.size());
    for (Span s : in) {
      out.add(span(s));
    }
    return out;
  }

  /**
   * {@code name} (a string of the normalised text) as the first of {@code mentions} (spans of the
   * normalised text) that holds it writes it in the original, or {@code name} itself.
   */
  private String readable(String name, List<Span> mentions) {
    for (Span m : mentions) {
      int k = m.text().indexOf(name);
      if (k >= 0 && !name.isEmpty()) {
        int s = m.start() + k;
        int t = s + name.length();
        return readable(start(s, t), end(t));
      }
    }
    return name;
  }

  private static final char KEEP = '\uFFFF';
  private static final char REMOVE = '\uFFFE';

  /** Offset of the first character that normalisation changes, or -1. */
  private static int firstChange(String s) {
    for (int i = 0, n = s.length(); i < n; i++) {
      char c = s.charAt(i);
      if (c < 0x80) {
        if (c < 0x20 && c != '\n' && c != '\r' && c != '\t' || c == 0x7F || wrapsLine(s, i)) {
          return i;
        }
      } else if (replacement(s.codePointAt(i)) != KEEP) {
        return i;
      }
    }
    return -1;
  }

  /**
   * Whether the character at {@code i} is a line break that only wraps a line, as hard-wrapped
   * text breaks its lines wherever they fill up ("...raise taxes this\nyear," said Ann Lee"): a
   * line feed, a carriage return or both, after a line that holds more than white space, before
   * a line that opens with a word in small letters. It reads as a space, not as a paragraph's
   * end; a blank line, a paragraph separator or a page break still ends a paragraph, and so does
   * a break before a capital, a digit, a mark, or an address ("press@example.com",
   * "www.example.com", "h/t").
   */
  private static boolean wrapsLine(CharSequence s, int i) {
    char c = s.charAt(i);
    if (!lineBreak(c)) {
      return false;
    }
    int start = i; // the break: "\r\n" is one
    if (c == '\n' && i > 0 && s.charAt(i - 1) == '\r') {
      start = i - 1;
    }
    int next = c == '\r' && i + 1 < s.length() && s.charAt(i + 1) == '\n' ? i + 2 : i + 1;
    if (next >= s.length() || !Character.isLowerCase(Character.codePointAt(s, next))
        || !word(s, next)) {
      return false;
    }
    int before = start - 1;
    while (before >= 0 && (s.charAt(before) == ' ' || s.charAt(before) == '\t')) {
      before--;
    }
    return before >= 0 && !lineBreak(s.charAt(before));
  }

  /**
   * Whether the text at {@code at} up to white space is a word: letters, hyphens and apostrophes,
   * then only closing punctuation ("year,\"").
   */
  private static boolean word(CharSequence s, int at) {
    int k = at;
    while (k < s.length() && (Character.isLetter(s.charAt(k)) || Character.isSurrogate(s.charAt(k))
        || "-'\u2019".indexOf(s.charAt(k)) >= 0
        || Character.getType(s.charAt(k)) == Character.NON_SPACING_MARK)) {
      k++;
    }
    while (k < s.length() && !Character.isWhitespace(s.charAt(k))) {
      if (",.;:!?)]\"'\u201D\u2019\u00BB".indexOf(s.charAt(k)) < 0) {
        return false;
      }
      k++;
    }
    return true;
  }

  private static boolean lineBreak(char c) {
    return c == '\n' || c == '\r';
  }

  /**
   * Turns into spaces the line breaks of the normalised text that only wrap a line ({@link
   * #wrapsLine}), read once the ignored characters are gone and the spaces are plain: a break
   * that was a line feed, carriage return, line separator or next-line character in {@code base},
   * not a paragraph separator or a page break.
   */
  private static void unwrap(StringBuilder out, String base, int[] origin) {
    for (int k = 0; k < out.length(); k++) {
      char c = out.charAt(k);
      char was = base.charAt(origin[k]);
      if ((c == '\n' || c == '\r') && (lineBreak(was) || was == '\u2028' || was == '\u0085')
          && wrapsLine(out, k)) {
        out.setCharAt(k, ' ');
      }
    }
  }

  /**
   * Whether {@code s} holds a character a reader sees: not only spaces, control and format
   * characters ("\u200B", a soft hyphen) and combining marks, which normalisation removes or
   * turns into spaces. A name or id of nothing but those names nothing.
   */
  public static boolean hasVisibleCharacter(String s) {
    return s.codePoints().anyMatch(cp -> !Character.isWhitespace(cp)
        && !Character.isSpaceChar(cp) && replacement(cp) != REMOVE);
  }

  /** What becomes of one code point: {@link #KEEP}, {@link #REMOVE} or the character to use. */
  private static char replacement(int cp) {
    if (cp == '\n' || cp == '\r' || cp == '\t') {
      return KEEP;
    }
    if (cp == 0x0B || cp == 0x0C || cp >= 0x1C && cp <= 0x1F || cp == 0x85) {
      return '\n';
    }
    if (cp >= 0xFF01 && cp <= 0xFF5E) {
      return (char) (cp - 0xFEE0); // fullwidth forms: "\uFF02We will win\uFF0C\uFF02" as ASCII
    }
    switch (Character.getType(cp)) {
      case Character.SPACE_SEPARATOR:
        return cp == ' ' ? KEEP : ' ';
      case Character.LINE_SEPARATOR:
      case Character.PARAGRAPH_SEPARATOR:
        return '\n';
      case Character.FORMAT:
      case Character.CONTROL:
      case Character.NON_SPACING_MARK:
        return REMOVE;
      default:
        return KEEP;
    }
  }
}
