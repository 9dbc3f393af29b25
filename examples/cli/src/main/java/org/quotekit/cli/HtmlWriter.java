package org.quotekit.cli;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.quotekit.Claim;
import org.quotekit.Extraction;
import org.quotekit.Quote;
import org.quotekit.Span;
import org.quotekit.Speaker;

/**
 * Renders one article and its {@link Extraction} as a self-contained HTML page, the output of
 * {@code quotekit render}. Stateless and thread-safe.
 *
 * <p>The page has no external assets and loads nothing (a Content-Security-Policy forbids it):
 * inline CSS and a few lines of inline script. The article element ({@code article#text})
 * holds the article text exactly: its text content is the article text, with three exceptions
 * that HTML cannot carry (U+0000 and lone surrogates become U+FFFD). Each quote part is one
 * {@code mark.quote} element in its speaker's colour ({@code c0} to {@code c9}, by the speaker's
 * position in {@link Extraction#speakers()}, repeating after ten; {@code cx} for a quote without
 * a speaker) whose {@code title} gives the quote's type, speaker, confidence, rule and
 * extractor. Cues ({@code b.cue}) and source mentions ({@code u.source}) are split at the
 * borders of quote parts and of each other, so the markup nests whatever their offsets; a cue or
 * source shared by several quotes is marked once. Quote parts that overlap an earlier part
 * (which the library does not produce) are cut to start where the earlier one ends.
 */
final class HtmlWriter {
  /** Number of speaker colours before the palette repeats. */
  static final int COLOURS = 10;

  private static final String[] PALETTE = {
      "#fde68a", "#bfdbfe", "#fecaca", "#bbf7d0", "#e9d5ff",
      "#fed7aa", "#a5f3fc", "#fbcfe8", "#d9f99d", "#c7d2fe"};

  private static final String CSS = """
      *{box-sizing:border-box}
      body{margin:0;font:15px/1.55 system-ui,-apple-system,"Segoe UI",Roboto,sans-serif;color:#1f2937;background:#f9fafb}
      header{padding:12px 24px;border-bottom:1px solid #e5e7eb;background:#fff}
      header h1{margin:0;font-size:18px;overflow-wrap:anywhere}
      header p{margin:2px 0 0;color:#6b7280;font-size:13px}
      .warnings{color:#92400e}
      main{display:flex;gap:24px;padding:16px 24px;align-items:flex-start}
      #text{flex:3;min-width:0;white-space:pre-wrap;overflow-wrap:anywhere;background:#fff;padding:20px 24px;border:1px solid #e5e7eb;border-radius:6px;unicode-bidi:plaintext}
      #panel{flex:2;min-width:0;max-width:480px;position:sticky;top:8px;max-height:calc(100vh - 16px);overflow:auto;font-size:13px}
      #panel h2{font-size:14px;margin:0 0 8px;text-transform:uppercase;letter-spacing:.04em;color:#6b7280}
      .speaker{background:#fff;border:1px solid #e5e7eb;border-left:6px solid var(--c);border-radius:6px;padding:8px 10px;margin:0 0 10px;list-style:none}
      .speaker .name{font-weight:600;overflow-wrap:anywhere}
      .speaker .meta{color:#6b7280}
      .speaker ol,.speaker ul{margin:4px 0 0;padding-left:20px}
      .speaker li{margin:2px 0;overflow-wrap:anywhere}
      .speaker a{color:inherit;text-decoration:none;border-bottom:1px dotted #9ca3af}
      .claims li{color:#374151}
      .stance{font-variant:small-caps;color:#6b7280}
      #panel>ul{padding:0;margin:0}
      mark.quote{background:var(--c);color:inherit;border-radius:2px;unicode-bidi:isolate}
      mark.quote:target,mark.quote.hl{outline:2px solid #111827}
      b.cue{font-weight:700;text-decoration:underline wavy #6b7280;text-underline-offset:3px}
      u.source{text-decoration:underline 2px;text-underline-offset:3px;font-style:italic}
      .legend{color:#6b7280;font-size:12px;margin:0 0 10px}
      """;

  private static final String CSS_COLOURS;

  static {
    StringBuilder sb = new StringBuilder();
    for (int i = 0; i < PALETTE.length; i++) {
      sb.append(".c").append(i).append("{--c:").append(PALETTE[i]).append("}\n");
    }
    sb.append(".cx{--c:#e5e7eb}\n");
    CSS_COLOURS = sb.toString();
  }

  /**
   * Highlights the parts of the quote or speaker under the pointer in the side panel; marks the
   * body {@code data-script="ran"} when done, and adds {@code div#qk-js-error} on a script error.
   */
  private static final String SCRIPT = """
      window.onerror=function(m){var d=document.createElement('div');d.id='qk-js-error';\
      d.textContent='script error: '+m;document.body.appendChild(d);};
      (function(){
        function marks(sel){return document.querySelectorAll('#text mark.quote'+sel);}
        document.querySelectorAll('#panel [data-quote],#panel [data-speaker]').forEach(function(el){
          var sel=el.dataset.quote?'[data-quote="'+CSS.escape(el.dataset.quote)+'"]'
            :'[data-speaker="'+CSS.escape(el.dataset.speaker)+'"]';
          el.addEventListener('mouseenter',function(){marks(sel).forEach(function(m){m.classList.add('hl');});});
          el.addEventListener('mouseleave',function(){marks(sel).forEach(function(m){m.classList.remove('hl');});});
        });
        document.body.dataset.script='ran';
      })();
      """;

  private HtmlWriter() {}

  /** Something marked in the text: a quote part, a cue or a source mention. */
  private record Marked(int start, int end, String kind, List<Quote> quotes, int part) {}

  /**
   * The page for one article.
   *
   * @param text the article text the extraction's offsets point into
   * @param e the extraction of {@code text}
   * @throws IllegalArgumentException if a span of {@code e} lies outside {@code text}
   */
  static String page(String text, Extraction e) {
    Map<String, Integer> colour = new LinkedHashMap<>();
    for (Speaker s : e.speakers()) {
      colour.putIfAbsent(s.id(), colour.size() % COLOURS);
    }
    StringBuilder sb = new StringBuilder(text.length() * 2 + 8192);
    sb.append("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n")
        .append("<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none';")
        .append(" style-src 'unsafe-inline'; script-src 'unsafe-inline'\">\n")
        .append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n")
        .append("<meta name=\"generator\" content=\"quotekit render\">\n<title>");
    text(sb, "QuoteKit: " + e.articleId());
    sb.append("</title>\n<style>\n").append(CSS).append(CSS_COLOURS).append("</style>\n")
        .append("</head>\n<body>\n<header><h1><bdi>");
    text(sb, e.articleId());
    sb.append("</bdi></h1><p>").append(count(e.quotes().size(), "quote")).append(", ")
        .append(count(e.speakers().size(), "speaker")).append(", ")
        .append(count(e.claims().size(), "claim")).append("</p>");
    for (String warning : e.warnings()) {
      sb.append("<p class=\"warnings\">warning: ");
      text(sb, warning);
      sb.append("</p>");
    }
    sb.append("</header>\n<main>\n<article id=\"text\">");
    article(sb, text, e, colour);
    sb.append("</article>\n");
    panel(sb, e, colour);
    sb.append("</main>\n<script>\n").append(SCRIPT).append("</script>\n</body>\n</html>\n");
    return sb.toString();
  }

  /** The article text, quote parts as marks with cues and sources nested inside them. */
  private static void article(StringBuilder sb, String text, Extraction e,
      Map<String, Integer> colour) {
    List<Marked> parts = new ArrayList<>();
    Map<List<Object>, Marked> inner = new LinkedHashMap<>();
    for (Quote q : e.quotes()) {
      for (int i = 0; i < q.parts().size(); i++) {
        Span p = q.parts().get(i);
        check(text, p, q);
        parts.add(new Marked(p.start(), p.end(), "quote", List.of(q), i));
      }
      q.cue().ifPresent(c -> add(inner, "cue", c.span(), q, text));
      q.source().ifPresent(s -> add(inner, "source", s, q, text));
    }
    parts.sort(Comparator.comparingInt(Marked::start).thenComparingInt(Marked::end));
    // Cut overlapping parts so that marks never overlap each other.
    List<Marked> kept = new ArrayList<>();
    int covered = 0;
    for (Marked m : parts) {
      int start = Math.max(m.start(), covered);
      if (start > m.end()) {
        start = m.end();
      }
      kept.add(new Marked(start, m.end(), m.kind(), m.quotes(), m.part()));
      covered = Math.max(covered, m.end());
    }
    kept.sort(Comparator.comparingInt(Marked::start).thenComparingInt(Marked::end));
    TreeSet<Integer> cuts = new TreeSet<>(List.of(0, text.length()));
    for (Marked m : kept) {
      cuts.add(m.start());
      cuts.add(m.end());
    }
    for (Marked m : inner.values()) {
      cuts.add(m.start());
      cuts.add(m.end());
    }
    int next = 0; // index into kept of the next part to open
    Marked open = null;
    Integer previous = null;
    // cues and sources by start, and those open at the cut: a segment reads only these, so that
    // the page takes time in proportion to the marks, not to the marks times the cuts
    List<Marked> byStart = new ArrayList<>(inner.values());
    byStart.sort(Comparator.comparingInt(Marked::start));
    List<Marked> active = new ArrayList<>();
    int nextInner = 0;
    for (int cut : cuts) {
      if (previous != null) {
        int from = previous;
        while (nextInner < byStart.size() && byStart.get(nextInner).start() <= from) {
          active.add(byStart.get(nextInner++));
        }
        active.removeIf(m -> m.end() <= from);
        segment(sb, text, from, cut, active);
      }
      if (open != null && open.end() == cut) {
        sb.append("</mark>");
        open = null;
      }
      while (next < kept.size() && kept.get(next).start() == cut) {
        Marked m = kept.get(next++);
        openMark(sb, m, e, colour);
        if (m.end() == cut) {
          sb.append("</mark>");
        } else {
          open = m;
        }
      }
      previous = cut;
    }
  }

  /** Text {@code [start, end)} with the cues and sources covering it as nested elements. */
  private static void segment(StringBuilder sb, String text, int start, int end,
      Iterable<Marked> inner) {
    List<Marked> covering = new ArrayList<>();
    for (Marked m : inner) {
      if (m.start() <= start && end <= m.end()) {
        covering.add(m);
      }
    }
    // The one that starts first (or, of two that start together, ends last) outside.
    covering.sort(Comparator.comparingInt(Marked::start)
        .thenComparing(Comparator.comparingInt(Marked::end).reversed()));
    for (Marked m : covering) {
      String tag = m.kind().equals("cue") ? "b" : "u";
      sb.append('<').append(tag).append(" class=\"").append(m.kind()).append("\" title=\"");
      attribute(sb, m.kind() + " of " + m.quotes().stream().map(Quote::id)
          .collect(Collectors.joining(", ")));
      sb.append("\">");
    }
    text(sb, text.substring(start, end));
    for (int i = covering.size() - 1; i >= 0; i--) {
      sb.append(covering.get(i).kind().equals("cue") ? "</b>" : "</u>");
    }
  }

  private static void openMark(StringBuilder sb, Marked m, Extraction e,
      Map<String, Integer> colour) {
    Quote q = m.quotes().get(0);
    String speakerId = q.speakerId().orElse(null);
    Integer c = speakerId == null ? null : colour.get(speakerId);
    sb.append("<mark class=\"quote ").append(c == null ? "cx" : "c" + c).append('"');
    if (m.part() == 0) {
      sb.append(" id=\"");
      attribute(sb, "quote-" + q.id());
      sb.append('"');
    }
    sb.append(" data-quote=\"");
    attribute(sb, q.id());
    sb.append('"');
    if (speakerId != null) {
      sb.append(" data-speaker=\"");
      attribute(sb, speakerId);
      sb.append('"');
    }
    sb.append(" data-part=\"").append(m.part()).append("\" title=\"");
    attribute(sb, tooltip(q, e));
    sb.append("\">");
  }

  /** What the pointer shows over a quote part. */
  static String tooltip(Quote q, Extraction e) {
    return q.id() + " · " + q.type().name().toLowerCase(Locale.ROOT) + " quote"
        + "\nspeaker: " + e.speakerOf(q).map(Speaker::name).orElse("unknown")
        + "\nconfidence: " + String.format(Locale.ROOT, "%.2f", q.confidence())
        + "\nrule: " + q.rule()
        + "\nextractor: " + q.extractor()
        + q.cue().map(c -> "\ncue: " + c.span().text() + " (" + c.lemma() + ")").orElse("");
  }

  /** The side panel: each speaker with its quotes and claims, then what has no speaker. */
  private static void panel(StringBuilder sb, Extraction e, Map<String, Integer> colour) {
    sb.append("<aside id=\"panel\">\n<h2>Speakers</h2>\n<p class=\"legend\">Quotes are"
        + " highlighted in their speaker's colour; <b class=\"cue\">cue</b>,"
        + " <u class=\"source\">source mention</u>. Hover a quote for its type, confidence and"
        + " provenance.</p>\n<ul id=\"speakers\">\n");
    // grouped once: a filter per speaker made the panel quadratic in long articles
    Map<String, List<Quote>> quotesBySpeaker = e.quotes().stream()
        .collect(Collectors.groupingBy(q -> q.speakerId().orElse("")));
    Map<String, List<Claim>> claimsBySpeaker = e.claims().stream()
        .collect(Collectors.groupingBy(c -> c.speakerId().orElse("")));
    for (Speaker s : e.speakers()) {
      List<Quote> quotes = quotesBySpeaker.getOrDefault(s.id(), List.of());
      List<Claim> claims = claimsBySpeaker.getOrDefault(s.id(), List.of());
      sb.append("<li class=\"speaker c").append(colour.get(s.id())).append("\" data-speaker=\"");
      attribute(sb, s.id());
      sb.append("\"><bdi class=\"name\">");
      text(sb, s.name());
      sb.append("</bdi> <span class=\"meta\">(<span class=\"kind\">")
          .append(s.kind().name().toLowerCase(Locale.ROOT)).append("</span>, ")
          .append("<span class=\"count\">").append(count(quotes.size(), "quote"))
          .append("</span>)");
      if (!s.aliases().isEmpty() || !s.roles().isEmpty() || !s.affiliation().isEmpty()) {
        List<String> more = new ArrayList<>(s.aliases());
        more.addAll(s.roles());
        if (!s.affiliation().isEmpty()) {
          more.add("for " + s.affiliation());
        }
        sb.append("<br>");
        text(sb, String.join("; ", more));
      }
      sb.append("</span>\n");
      entries(sb, quotes, claims);
      sb.append("</li>\n");
    }
    List<Quote> quotes = e.quotes().stream()
        .filter(q -> q.speakerId().isEmpty() || e.speakerOf(q).isEmpty()).toList();
    List<Claim> claims = e.claims().stream()
        .filter(c -> c.speakerId().flatMap(e::speaker).isEmpty()).toList();
    if (!quotes.isEmpty() || !claims.isEmpty()) {
      sb.append("<li class=\"speaker cx unattributed\"><span class=\"name\">No speaker</span>")
          .append(" <span class=\"meta\">(").append(count(quotes.size(), "quote"))
          .append(")</span>\n");
      entries(sb, quotes, claims);
      sb.append("</li>\n");
    }
    sb.append("</ul>\n");
    if (e.speakers().isEmpty()) {
      sb.append("<p>No speakers.</p>\n");
    }
    sb.append("</aside>\n");
  }

  private static void entries(StringBuilder sb, List<Quote> quotes, List<Claim> claims) {
    if (!quotes.isEmpty()) {
      sb.append("<ol class=\"quotes\">\n");
      for (Quote q : quotes) {
        sb.append("<li data-quote=\"");
        attribute(sb, q.id());
        sb.append("\"><a href=\"#");
        attribute(sb, "quote-" + q.id());
        sb.append("\">");
        text(sb, q.parts().stream().map(Span::text).collect(Collectors.joining(" … ")));
        sb.append("</a></li>\n");
      }
      sb.append("</ol>\n");
    }
    if (!claims.isEmpty()) {
      sb.append("<ul class=\"claims\">\n");
      for (Claim c : claims) {
        sb.append("<li data-quote=\"");
        attribute(sb, c.quoteId());
        sb.append("\"><span class=\"stance\">").append(c.stance().name().toLowerCase(Locale.ROOT))
            .append(c.negated() ? ", not" : "").append("</span> ");
        text(sb, c.text());
        sb.append("</li>\n");
      }
      sb.append("</ul>\n");
    }
  }

  private static void add(Map<List<Object>, Marked> inner, String kind, Span span, Quote q,
      String text) {
    check(text, span, q);
    List<Object> key = List.of(kind, span.start(), span.end());
    Marked m = inner.get(key);
    List<Quote> quotes = new ArrayList<>(m == null ? List.of() : m.quotes());
    quotes.add(q);
    inner.put(key, new Marked(span.start(), span.end(), kind, List.copyOf(quotes), 0));
  }

  private static void check(String text, Span span, Quote q) {
    if (span.end() > text.length()) {
      throw new IllegalArgumentException("span of quote " + q.id() + " ends after the text:"
          + " start=" + span.start() + ", end=" + span.end() + ", text length=" + text.length());
    }
  }

  /** Appends {@code s} escaped for HTML text. */
  static void text(StringBuilder sb, String s) {
    escape(sb, s, false);
  }

  /** Appends {@code s} escaped for a double-quoted HTML attribute value. */
  static void attribute(StringBuilder sb, String s) {
    escape(sb, s, true);
  }

  /**
   * Escapes {@code &}, {@code <}, {@code >} (and {@code "}, {@code '} in attributes); writes CR
   * as a character reference, which the HTML parser would otherwise turn into LF; replaces
   * U+0000 and lone surrogates, which HTML cannot carry, with U+FFFD.
   */
  private static void escape(StringBuilder sb, String s, boolean attribute) {
    for (int i = 0; i < s.length(); i++) {
      char ch = s.charAt(i);
      switch (ch) {
        case '&' -> sb.append("&amp;");
        case '<' -> sb.append("&lt;");
        case '>' -> sb.append("&gt;");
        case '\r' -> sb.append("&#13;");
        case '\0' -> sb.append('\uFFFD');
        case '"' -> sb.append(attribute ? "&quot;" : "\"");
        case '\'' -> sb.append(attribute ? "&#39;" : "'");
        default -> {
          if (Character.isHighSurrogate(ch) && i + 1 < s.length()
              && Character.isLowSurrogate(s.charAt(i + 1))) {
            sb.append(ch).append(s.charAt(++i));
          } else if (Character.isSurrogate(ch)) {
            sb.append('\uFFFD');
          } else {
            sb.append(ch);
          }
        }
      }
    }
  }

  private static String count(long n, String noun) {
    return n + " " + noun + (n == 1 ? "" : "s");
  }
}
