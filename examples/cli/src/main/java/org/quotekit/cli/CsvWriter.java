package org.quotekit.cli;

import java.util.List;
import org.quotekit.Cue;
import org.quotekit.Extraction;
import org.quotekit.Quote;
import org.quotekit.Span;
import org.quotekit.Speaker;

/**
 * Renders an {@link Extraction} as CSV rows, one per quote, the {@code --format csv} output of
 * {@code quotekit extract}. Stateless and thread-safe.
 *
 * <p>RFC 4180: rows end with CRLF; a field holding a comma, a double quote, CR or LF is enclosed
 * in double quotes, with each double quote inside doubled; a missing value (a quote without a cue,
 * source or speaker) is an empty field. Offsets are half-open UTF-16 offsets into the article
 * text, as in the JSON output. The caller encodes the text as UTF-8.
 */
final class CsvWriter {
  /** The column names, in order. */
  static final List<String> COLUMNS = List.of("article_id", "quote_id", "type", "start", "end",
      "text", "cue_text", "cue_lemma", "cue_start", "cue_end", "source_text", "source_start",
      "source_end", "speaker_id", "speaker_name", "speaker_kind", "confidence", "extractor",
      "rule");

  /** The header row, with its line end. */
  static final String HEADER = String.join(",", COLUMNS) + "\r\n";

  private CsvWriter() {}

  /** The rows of one article, each ending with CRLF; empty when it has no quotes. */
  static String rows(Extraction extraction) {
    StringBuilder sb = new StringBuilder();
    for (Quote q : extraction.quotes()) {
      Cue cue = q.cue().orElse(null);
      Span source = q.source().orElse(null);
      Speaker speaker = extraction.speakerOf(q).orElse(null);
      field(sb, extraction.articleId()).append(',');
      field(sb, q.id()).append(',');
      field(sb, q.type().name()).append(',');
      sb.append(q.content().start()).append(',').append(q.content().end()).append(',');
      field(sb, q.content().text()).append(',');
      field(sb, cue == null ? null : cue.span().text()).append(',');
      field(sb, cue == null ? null : cue.lemma()).append(',');
      offsets(sb, cue == null ? null : cue.span());
      field(sb, source == null ? null : source.text()).append(',');
      offsets(sb, source);
      field(sb, q.speakerId().orElse(null)).append(',');
      field(sb, speaker == null ? null : speaker.name()).append(',');
      field(sb, speaker == null ? null : speaker.kind().name()).append(',');
      sb.append(q.confidence()).append(',');
      field(sb, q.extractor()).append(',');
      field(sb, q.rule()).append("\r\n");
    }
    return sb.toString();
  }

  private static void offsets(StringBuilder sb, Span span) {
    if (span != null) {
      sb.append(span.start()).append(',').append(span.end());
    } else {
      sb.append(',');
    }
    sb.append(',');
  }

  /** Appends {@code s} as one field, quoted when RFC 4180 requires it; null is empty. */
  static StringBuilder field(StringBuilder sb, String s) {
    if (s == null) {
      return sb;
    }
    boolean quote = false;
    for (int i = 0; i < s.length() && !quote; i++) {
      char c = s.charAt(i);
      quote = c == ',' || c == '"' || c == '\r' || c == '\n';
    }
    if (!quote) {
      return sb.append(s);
    }
    return sb.append('"').append(s.replace("\"", "\"\"")).append('"');
  }
}
