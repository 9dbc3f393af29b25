package org.quotekit;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * One statement by one speaker, derived from one {@link Quote}: a sentence of a direct quote or
 * the complement clause of an indirect one, as standalone text ("There is no plan for an imminent
 * withdrawal."), with the spans it came from, the speaker's {@link Stance}, its polarity and the
 * quantities it mentions. When the quoted words are a fragment whose subject or clause stands
 * outside the quote ("The launch, he said, 'shows the regime's defiance.'"), the text completes
 * them from the reporting sentence in brackets ("[The launch] shows the regime's defiance."), and
 * {@link #completions()} locate the added words. Immutable and thread-safe.
 */
public final class Claim {
  private final String id;
  private final String text;
  private final String quoteId;
  private final String speakerId;
  private final String cue;
  private final Stance stance;
  private final boolean negated;
  private final List<Span> quantities;
  private final List<Span> spans;
  private final List<Span> completions;
  private final List<Quantity> quantityValues;

  /**
   * Creates a claim; normally only the extraction pipeline does this.
   *
   * @param id unique within the article
   * @param text the normalised statement, not blank
   * @param quoteId id of the quote it comes from
   * @param speakerId id of the speaker, or {@code null} when unknown
   * @param cue lemma of the quote's cue, or {@code null} when the quote has none
   * @param stance the speaker's commitment to the statement
   * @param negated whether the statement itself is negative
   * @param quantities numbers with what they count, in text order, each inside one of the spans
   * @param spans where the statement's words stand in the article: at least one, in text order,
   *     not overlapping
   * @throws IllegalArgumentException if text is blank, spans is empty, unordered or overlapping,
   *     or a quantity lies outside the spans
   */
  public Claim(String id, String text, String quoteId, String speakerId, String cue,
      Stance stance, boolean negated, List<Span> quantities, List<Span> spans) {
    this(id, text, quoteId, speakerId, cue, stance, negated, quantities, spans, List.of(),
        List.of());
  }

  /**
   * Creates a claim with completions and normalised quantities; normally only the extraction
   * pipeline does this.
   *
   * @param id unique within the article
   * @param text the normalised statement, not blank, completions in brackets
   * @param quoteId id of the quote it comes from
   * @param speakerId id of the speaker, or {@code null} when unknown
   * @param cue lemma of the quote's cue, or {@code null} when the quote has none
   * @param stance the speaker's commitment to the statement
   * @param negated whether the statement itself is negative
   * @param quantities numbers with what they count, in text order, each inside one of the spans
   * @param spans where the statement's words stand in the article: at least one, in text order,
   *     not overlapping
   * @param completions where the words the text adds in brackets stand in the article, outside
   *     the quote: in text order, overlapping no span; empty when the quoted words stand alone
   * @param quantityValues the value of each quantity, in the order of {@code quantities}, or
   *     empty when they are not known
   * @throws IllegalArgumentException if text is blank, spans is empty, unordered or overlapping,
   *     a quantity lies outside the spans, a completion overlaps a span or another completion,
   *     or quantityValues is neither empty nor one value for each quantity
   */
  public Claim(String id, String text, String quoteId, String speakerId, String cue,
      Stance stance, boolean negated, List<Span> quantities, List<Span> spans,
      List<Span> completions, List<Quantity> quantityValues) {
    this.id = Objects.requireNonNull(id, "id");
    this.text = Objects.requireNonNull(text, "text");
    this.quoteId = Objects.requireNonNull(quoteId, "quoteId");
    this.speakerId = speakerId;
    this.cue = cue;
    this.stance = Objects.requireNonNull(stance, "stance");
    this.negated = negated;
    this.quantities = List.copyOf(Objects.requireNonNull(quantities, "quantities"));
    this.spans = List.copyOf(Objects.requireNonNull(spans, "spans"));
    this.completions = List.copyOf(Objects.requireNonNull(completions, "completions"));
    this.quantityValues = List.copyOf(Objects.requireNonNull(quantityValues, "quantityValues"));
    if (text.isBlank()) {
      throw new IllegalArgumentException("text must not be blank: id=" + id);
    }
    if (this.spans.isEmpty()) {
      throw new IllegalArgumentException("spans must not be empty: id=" + id);
    }
    for (int i = 1; i < this.spans.size(); i++) {
      if (this.spans.get(i).start() < this.spans.get(i - 1).end()) {
        throw new IllegalArgumentException("spans must be ordered and disjoint: id=" + id
            + ", spans=" + this.spans);
      }
    }
    for (Span q : this.quantities) {
      if (this.spans.stream().noneMatch(s -> s.contains(q))) {
        throw new IllegalArgumentException("quantity must lie inside a span: id=" + id
            + ", quantity=" + q.start() + "-" + q.end() + ", spans=" + this.spans);
      }
    }
    for (int i = 0; i < this.completions.size(); i++) {
      Span c = this.completions.get(i);
      if (i > 0 && c.start() < this.completions.get(i - 1).end()
          || this.spans.stream().anyMatch(c::overlaps)) {
        throw new IllegalArgumentException("completions must be ordered, disjoint and outside"
            + " the spans: id=" + id + ", completion=" + c.start() + "-" + c.end());
      }
    }
    if (!this.quantityValues.isEmpty()) {
      boolean aligned = this.quantityValues.size() == this.quantities.size();
      for (int i = 0; aligned && i < this.quantities.size(); i++) {
        aligned = this.quantityValues.get(i).span().equals(this.quantities.get(i));
      }
      if (!aligned) {
        throw new IllegalArgumentException("quantityValues must give one value for each quantity,"
            + " in order: id=" + id + ", quantityValues=" + this.quantityValues);
      }
    }
  }

  /** Unique id within the article, e.g. {@code c1}. */
  public String id() {
    return id;
  }

  /**
   * The statement as standalone text: no quote marks, no leading complementiser "that", upper
   * case first letter, ending with {@code .}, {@code !} or {@code ?}.
   */
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

  /** Lemma of the cue that reports the claim ("say", "deny"), when the quote has a cue. */
  public Optional<String> cue() {
    return Optional.ofNullable(cue);
  }

  /** The speaker's commitment to the statement. */
  public Stance stance() {
    return stance;
  }

  /** Whether the statement itself is negative ("there are no plans", "we did not"). */
  public boolean negated() {
    return negated;
  }

  /**
   * The numbers the statement mentions with what they count ("2,500 American soldiers",
   * "20 percent", "$4.5 billion"), in text order; empty when there are none.
   */
  public List<Span> quantities() {
    return quantities;
  }

  /**
   * The article spans holding the statement's words, inside the parts of its quote; highlight
   * these to show the original words.
   */
  public List<Span> spans() {
    return spans;
  }

  /**
   * Where the words that {@link #text()} adds in brackets stand in the article, in text order:
   * the subject or clause of the reporting sentence that a quoted fragment belongs to, which the
   * speaker did not say in the quoted words. Empty when the quoted words stand alone.

   */
  public List<Span> completions() {
    return completions;
  }

  /**
   * The normalised value and unit of each of {@link #quantities()}, in the same order; empty
   * when the claim extractor does not give them.

   */
  public List<Quantity> quantityValues() {
    return quantityValues;
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof Claim c && id.equals(c.id) && text.equals(c.text)
        && quoteId.equals(c.quoteId) && Objects.equals(speakerId, c.speakerId)
        && Objects.equals(cue, c.cue) && stance == c.stance && negated == c.negated
        && quantities.equals(c.quantities) && spans.equals(c.spans)
        && completions.equals(c.completions) && quantityValues.equals(c.quantityValues);
  }

  @Override
  public int hashCode() {
    return Objects.hash(id, text, quoteId, speakerId, cue, stance, negated, quantities, spans,
        completions, quantityValues);
  }

  @Override
  public String toString() {
    return "Claim[" + id + " quote=" + quoteId + " " + stance + (negated ? " negated" : "")
        + " \"" + text + "\"]";
  }
}
