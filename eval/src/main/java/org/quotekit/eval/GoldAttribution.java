package org.quotekit.eval;

import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import org.quotekit.QuoteType;
import org.quotekit.Span;

/**
 * One gold attribution: an {@code E} relation of a brat {@code .ann} file with its content, cue
 * and source. Immutable and thread-safe.
 *
 * <p>Every role is a list of spans because brat spans may be discontinuous ({@code start
 * end;start end}, a quote interrupted by "he said"); overlap tests use the pieces, never the gap
 * between them.
 *
 * @param id the relation id, e.g. {@code E3}
 * @param content what was attributed; at least one piece, sorted by start
 * @param cue the cue pieces sorted by start; empty in the rare relation annotated without a cue
 * @param source the source pieces sorted by start; empty when the relation has no Source
 */
public record GoldAttribution(String id, List<Span> content, List<Span> cue, List<Span> source) {

  /**
   * Sorts and copies the lists.
   *
   * @throws IllegalArgumentException if {@code content} is empty
   */
  public GoldAttribution {
    Objects.requireNonNull(id, "id");
    content = sorted(content, "content");
    cue = sorted(cue, "cue");
    source = sorted(source, "source");
    if (content.isEmpty()) {
      throw new IllegalArgumentException("content must not be empty: id=" + id);
    }
  }

  /** Whether the relation names a source. */
  public boolean hasSource() {
    return !source.isEmpty();
  }

  /**
   * How the content reports speech: {@link QuoteType#DIRECT} when every word of it (after an
   * optional leading "that") is inside quote marks, {@link QuoteType#MIXED} when only some are,
   * {@link QuoteType#INDIRECT} when none are.
   */
  public QuoteType type() {
    return QuoteMarks.classify(content);
  }

  private static List<Span> sorted(List<Span> spans, String name) {
    return List.copyOf(Objects.requireNonNull(spans, name).stream()
        .sorted(Comparator.nullsFirst(Comparator.<Span>naturalOrder())).toList());
  }
}
