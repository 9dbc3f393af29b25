package org.quotekit;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * One entity that speaks in an article, with every place the article mentions it and why each
 * mention was linked to it. Immutable and thread-safe.
 *
 * @param id unique within the article, e.g. {@code s1}
 * @param name canonical name: the fullest proper name the article gives; for an entity the
 *     article never names, the role noun of a definite description ("senator" for "The
 *     senator said") or else its fullest mention ("A Treasury spokeswoman")
 * @param kind person, organisation, group, document or unknown
 * @param aliases other names the article uses for the entity (surname alone, spelling variants)
 * @param roles descriptors the article gives ("the American envoy", "spokesman")
 * @param mentions every mention in text order
 * @param provenance why each mention was linked: one {@link SpeakerMention} per mention, in the
 *     order of {@code mentions}
 * @param affiliation the organisation an unnamed speaker speaks for, by its canonical name ("A
 *     DHSC spokeswoman" is a speaker of her own, affiliated with "Department of Health and Social
 *     Care"); empty when the text names none
 */
public record Speaker(String id, String name, SpeakerKind kind, List<String> aliases,
    List<String> roles, List<Span> mentions, List<SpeakerMention> provenance,
    String affiliation) {

  /**
   * Copies the lists; none of the components may be null.
   *
   * @throws IllegalArgumentException if {@code provenance} does not hold one entry per mention,
   *     with the mention's span, in the order of {@code mentions}
   */
  public Speaker {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(affiliation, "affiliation");
    aliases = List.copyOf(Objects.requireNonNull(aliases, "aliases"));
    roles = List.copyOf(Objects.requireNonNull(roles, "roles"));
    mentions = List.copyOf(Objects.requireNonNull(mentions, "mentions"));
    provenance = List.copyOf(Objects.requireNonNull(provenance, "provenance"));
    if (provenance.size() != mentions.size()) {
      throw new IllegalArgumentException("provenance must have one entry per mention: speaker="
          + id + ", mentions=" + mentions.size() + ", provenance=" + provenance.size());
    }
    for (int i = 0; i < mentions.size(); i++) {
      if (!provenance.get(i).span().equals(mentions.get(i))) {
        throw new IllegalArgumentException("provenance " + i + " of speaker " + id
            + " is not about mention " + mentions.get(i) + ": " + provenance.get(i).span());
      }
    }
  }

  /** A speaker with no affiliation. */
  public Speaker(String id, String name, SpeakerKind kind, List<String> aliases,
      List<String> roles, List<Span> mentions, List<SpeakerMention> provenance) {
    this(id, name, kind, aliases, roles, mentions, provenance, "");
  }

  /**
   * A speaker whose resolver gives no reasons: every mention's provenance is {@link
   * SpeakerMention#UNEXPLAINED}; no affiliation.
   */
  public Speaker(String id, String name, SpeakerKind kind, List<String> aliases,
      List<String> roles, List<Span> mentions) {
    this(id, name, kind, aliases, roles, mentions, unexplained(mentions));
  }

  /** Why {@code mention} was linked to this speaker; empty when it is not one of its mentions. */
  public Optional<SpeakerMention> why(Span mention) {
    for (SpeakerMention m : provenance) {
      if (m.span().equals(mention)) {
        return Optional.of(m);
      }
    }
    return Optional.empty();
  }

  private static List<SpeakerMention> unexplained(List<Span> mentions) {
    List<SpeakerMention> out = new ArrayList<>(Objects.requireNonNull(mentions, "mentions").size());
    for (Span s : mentions) {
      out.add(new SpeakerMention(Objects.requireNonNull(s, "mention"),
          SpeakerMention.UNEXPLAINED, ""));
    }
    return out;
  }
}
