package org.quotekit;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * One statement a speaker makes, derived from one {@link Quote}, as normalised text with the spans
 * it came from. Immutable and thread-safe.
 */
public final class Claim {
  private final String id;
  private final String text;
  private final String quoteId;
  private final String speakerId;
  private final List<Span> spans;

  /**
   * Creates a claim; normally only the extraction pipeline does this.
   *
   * @param id unique within the article
   * @param text the normalised statement
   * @param quoteId id of the quote it comes from
   * @param speakerId id of the speaker, or {@code null} when unknown
   * @param spans where the statement's words stand in the article, at least one
   */
  public Claim(String id, String text, String quoteId, String speakerId, List<Span> spans) {
    this.id = Objects.requireNonNull(id, "id");
    this.text = Objects.requireNonNull(text, "text");
    this.quoteId = Objects.requireNonNull(quoteId, "quoteId");
    this.speakerId = speakerId;
    this.spans = List.copyOf(Objects.requireNonNull(spans, "spans"));
    if (this.spans.isEmpty()) {
      throw new IllegalArgumentException("spans must not be empty: id=" + id);
    }
  }

  /** Unique id within the article, e.g. {@code c1}. */
  public String id() {
    return id;
  }

  /** The statement as standalone text. */
  public String text() {
    return text;
  }

  /** Id of the {@link Quote} the claim comes from. */
  public String quoteId() {
    return quoteId;
  }

  /** Id of the {@link Speaker} who makes the claim, when known. */
  public Optional<String> speakerId() {
    return Optional.ofNullable(speakerId);
  }

  /** The article spans holding the statement's words. */
  public List<Span> spans() {
    return spans;
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof Claim c && id.equals(c.id) && text.equals(c.text)
        && quoteId.equals(c.quoteId) && Objects.equals(speakerId, c.speakerId)
        && spans.equals(c.spans);
  }

  @Override
  public int hashCode() {
    return Objects.hash(id, text, quoteId, speakerId, spans);
  }

  @Override
  public String toString() {
    return "Claim[" + id + " quote=" + quoteId + " \"" + text + "\"]";
  }
}
