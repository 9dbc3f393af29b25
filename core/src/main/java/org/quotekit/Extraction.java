package org.quotekit;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Everything extracted from one article: quotes in text order, the speakers they point to, the
 * claims derived from them, and warnings about extractors, the speaker resolver or the claim
 * extractor when they failed. Immutable and thread-safe.
 *
 * @param articleId the id of the article
 * @param quotes quotes ordered by content start
 * @param speakers speakers referenced by the quotes
 * @param claims claims, each pointing to a quote
 * @param warnings human-readable notes about failures that did not stop the extraction
 */
public record Extraction(String articleId, List<Quote> quotes, List<Speaker> speakers,
    List<Claim> claims, List<String> warnings) {

  /** Copies the lists; none of the components may be null. */
  public Extraction {
    Objects.requireNonNull(articleId, "articleId");
    quotes = List.copyOf(Objects.requireNonNull(quotes, "quotes"));
    speakers = List.copyOf(Objects.requireNonNull(speakers, "speakers"));
    claims = List.copyOf(Objects.requireNonNull(claims, "claims"));
    warnings = List.copyOf(Objects.requireNonNull(warnings, "warnings"));
  }

  /** An extraction with nothing in it. */
  public static Extraction empty(String articleId) {
    return new Extraction(articleId, List.of(), List.of(), List.of(), List.of());
  }

  /** The speaker with the given id. */
  public Optional<Speaker> speaker(String id) {
    for (Speaker s : speakers) {
      if (s.id().equals(id)) {
        return Optional.of(s);
      }
    }
    return Optional.empty();
  }

  /** The speaker of a quote of this extraction, when it has one. */
  public Optional<Speaker> speakerOf(Quote quote) {
    return quote.speakerId().flatMap(this::speaker);
  }
}
