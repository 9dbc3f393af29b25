package org.quotekit;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * One piece of reported speech found in an article: what was said (content), the cue that reports
 * it, the words that name the speaker at that place, and who the speaker is. Immutable and
 * thread-safe.
 *
 * <p>For a direct quote the content excludes the outer quote marks. A quote interrupted by its
 * attribution ({@code "A," he said. "B."}) is one quote whose {@link #parts()} are the pieces and
 * whose {@link #content()} runs from the first piece to the last.
 */
public final class Quote {
  private final String id;
  private final QuoteType type;
  private final Span content;
  private final List<Span> parts;
  private final Cue cue;
  private final Span source;
  private final String speakerId;
  private final double confidence;
  private final String extractor;
  private final String rule;

  /**
   * Creates a quote; normally only the extraction pipeline does this.
   *
   * @param id unique within the article
   * @param type how the speech is reported
   * @param content from the start of the first part to the end of the last
   * @param parts the content pieces in text order, at least one, none empty, not overlapping
   * @param cue the reporting cue, or {@code null} when the quote has none (a follow-on quote)
   * @param source the source mention at this place, or {@code null} when the text names none
   * @param speakerId id of the {@link Speaker} in the same extraction, or {@code null}
   * @param confidence in {@code [0, 1]}; {@code -0.0} is kept as {@code 0.0}
   * @param extractor name of the extractor that produced the quote
   * @param rule id of the rule or decision inside that extractor
   * @throws IllegalArgumentException if parts is empty, holds an empty span or is unordered, if
   *     content does not run from the first part to the last, or confidence is out of range
   */
  public Quote(String id, QuoteType type, Span content, List<Span> parts, Cue cue, Span source,
      String speakerId, double confidence, String extractor, String rule) {
    this.id = Objects.requireNonNull(id, "id");
    this.type = Objects.requireNonNull(type, "type");
    this.parts = List.copyOf(Objects.requireNonNull(parts, "parts"));
    if (this.parts.isEmpty()) {
      throw new IllegalArgumentException("parts must not be empty: id=" + id);
    }
    for (int i = 0; i < this.parts.size(); i++) {
      if (this.parts.get(i).length() == 0) {
        throw new IllegalArgumentException("parts must not be empty spans: id=" + id
            + ", parts=" + this.parts);
      }
      if (i > 0 && this.parts.get(i).start() < this.parts.get(i - 1).end()) {
        throw new IllegalArgumentException("parts must be ordered and disjoint: id=" + id
            + ", parts=" + this.parts);
      }
    }
    if (!(confidence >= 0.0 && confidence <= 1.0)) {
      throw new IllegalArgumentException("confidence must be in [0, 1]: confidence=" + confidence);
    }
    this.cue = cue;
    this.source = source;
    this.speakerId = speakerId;
    this.confidence = confidence + 0.0; // -0.0 is 0.0: equal quotes hash alike
    this.extractor = Objects.requireNonNull(extractor, "extractor");
    this.rule = Objects.requireNonNull(rule, "rule");
    this.content = Objects.requireNonNull(content, "content");
    if (this.parts.get(0).start() != content.start()
        || this.parts.get(this.parts.size() - 1).end() != content.end()) {
      throw new IllegalArgumentException("content must run from the first part to the last: id="
          + id + ", content=" + content.start() + "-" + content.end() + ", parts=" + this.parts);
    }
  }

  /** Unique id within the article, e.g. {@code q3}. */
  public String id() {
    return id;
  }

  /** Direct, indirect or mixed. */
  public QuoteType type() {
    return type;
  }

  /**
   * The content from the start of the first piece to the end of the last. For a quote in several
   * parts this includes the interrupting attribution; use {@link #parts()} for the quoted words.
   */
  public Span content() {
    return content;
  }

  /** The content pieces in text order; one element when the quote is not interrupted. */
  public List<Span> parts() {
    return parts;
  }

  /** The reporting cue, absent for a follow-on quote that continues an earlier speaker. */
  public Optional<Cue> cue() {
    return Optional.ofNullable(cue);
  }

  /** The words naming the speaker at this place ("he", "Ian McCarry"), when the text has them. */
  public Optional<Span> source() {
    return Optional.ofNullable(source);
  }

  /** Id of the resolved {@link Speaker} in the same {@link Extraction}, when known. */
  public Optional<String> speakerId() {
    return Optional.ofNullable(speakerId);
  }

  /**
   * How sure the extractor is that this is attributed speech, in {@code [0, 1]}. For the model
   * extractor's learned content it is the cue's probability times the content's, so it may be
   * below the cue threshold the cue passed.
   */
  public double confidence() {
    return confidence;
  }

  /** Name of the extractor that produced this quote. */
  public String extractor() {
    return extractor;
  }

  /** Id of the rule (or model decision) inside the extractor, for provenance. */
  public String rule() {
    return rule;
  }

  /** A copy with another id and speaker id; used by the pipeline when it numbers quotes. */
  public Quote withIdAndSpeaker(String newId, String newSpeakerId) {
    return new Quote(newId, type, content, parts, cue, source, newSpeakerId, confidence, extractor, rule);
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof Quote q && id.equals(q.id) && type == q.type && parts.equals(q.parts)
        && Objects.equals(cue, q.cue) && Objects.equals(source, q.source)
        && Objects.equals(speakerId, q.speakerId) && confidence == q.confidence
        && extractor.equals(q.extractor) && rule.equals(q.rule);
  }

  @Override
  public int hashCode() {
    return Objects.hash(id, type, parts, cue, source, speakerId, confidence, extractor, rule);
  }

  @Override
  public String toString() {
    return "Quote[" + id + " " + type + " " + content.start() + "-" + content.end()
        + (cue == null ? "" : " cue=" + cue.span().text())
        + (source == null ? "" : " source=" + source.text()) + "]";
  }
}
