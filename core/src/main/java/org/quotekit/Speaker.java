package org.quotekit;

import java.util.List;
import java.util.Objects;

/**
 * One entity that speaks in an article, with every place the article mentions it. Immutable and
 * thread-safe.
 *
 * @param id unique within the article, e.g. {@code s1}
 * @param name canonical name: the fullest proper name the article gives, else the fullest mention
 * @param kind person, organisation, group or unknown
 * @param aliases other names the article uses for the entity (surname alone, spelling variants)
 * @param roles descriptors the article gives ("the American envoy", "spokesman")
 * @param mentions every mention in text order
 */
public record Speaker(String id, String name, SpeakerKind kind, List<String> aliases,
    List<String> roles, List<Span> mentions) {

  /** Copies the lists; none of the components may be null. */
  public Speaker {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(kind, "kind");
    aliases = List.copyOf(Objects.requireNonNull(aliases, "aliases"));
    roles = List.copyOf(Objects.requireNonNull(roles, "roles"));
    mentions = List.copyOf(Objects.requireNonNull(mentions, "mentions"));
  }
}
