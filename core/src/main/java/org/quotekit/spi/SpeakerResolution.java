package org.quotekit.spi;

import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.quotekit.Speaker;

/**
 * What a {@link SpeakerResolver} found in one article: the speakers, and the speaker of each quote
 * by quote id. Immutable and thread-safe.
 *
 * @param speakers one per entity, each with a unique id
 * @param speakerIds quote id to speaker id; a quote that is absent has no speaker
 */
public record SpeakerResolution(List<Speaker> speakers, Map<String, String> speakerIds) {

  /** Copies the collections; neither may be null or hold nulls. */
  public SpeakerResolution {
    speakers = List.copyOf(Objects.requireNonNull(speakers, "speakers"));
    speakerIds = Map.copyOf(Objects.requireNonNull(speakerIds, "speakerIds"));
  }

  /** A resolution without speakers. */
  public static SpeakerResolution none() {
    return new SpeakerResolution(List.of(), Map.of());
  }

  /** The id of the speaker of the quote with the given id, when it has one. */
  public Optional<String> speakerIdOf(String quoteId) {
    return Optional.ofNullable(speakerIds.get(quoteId));
  }
}
