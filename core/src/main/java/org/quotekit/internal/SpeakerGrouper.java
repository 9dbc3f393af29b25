package org.quotekit.internal;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.quotekit.Quote;
import org.quotekit.Span;
import org.quotekit.Speaker;
import org.quotekit.SpeakerKind;

/**
 * A first, local speaker grouping: one speaker per distinct name (a surname alone joins the full
 * name that precedes it), pronouns and follow-on quotes to the previous speaker. Stateless and
 * thread-safe.
 */
final class SpeakerGrouper {
  private SpeakerGrouper() {}

  record Result(List<Quote> quotes, List<Speaker> speakers) {}

  private static final Pattern SPACES = Pattern.compile("\\s+");
  private static final Pattern NOT_NAME_CHAR = Pattern.compile("[^\\p{L}\\p{N}.'-]");
  private static final Set<String> PERSON_PRONOUNS = Set.of("he", "she", "him", "her", "i");
  private static final Set<String> PRONOUNS = Set.of("he", "she", "him", "her", "i", "they",
      "we", "it", "you", "them");
  private static final Set<String> TITLES = Set.of("mr", "mrs", "ms", "dr", "rep", "sen", "gov",
      "gen", "president", "senator", "governor", "secretary", "minister", "general", "judge",
      "representative", "prof", "professor", "sir", "lord", "lady", "chairman", "mayor", "mr.",
      "mrs.", "ms.", "dr.", "rep.", "sen.", "gov.", "gen.", "prof.");

  private static final class Group {
    final String id;
    final List<Span> mentions = new ArrayList<>();
    final List<String> names = new ArrayList<>();
    SpeakerKind kind = SpeakerKind.UNKNOWN;
    String surname;

    Group(String id) {
      this.id = id;
    }
  }

  static Result group(List<Quote> quotes) {
    Map<String, Group> byKey = new LinkedHashMap<>();
    Map<String, Group> bySurname = new HashMap<>();
    List<Group> groups = new ArrayList<>();
    List<Quote> out = new ArrayList<>(quotes.size());
    Group previous = null;
    for (Quote q : quotes) {
      Group g = null;
      Span source = q.source().orElse(null);
      if (source != null) {
        String key = key(source.text());
        if (PRONOUNS.contains(key)) {
          g = previous != null && compatible(previous, key) ? previous : null;
          if (g == null) {
            g = newGroup(groups);
            g.kind = PERSON_PRONOUNS.contains(key) ? SpeakerKind.PERSON : SpeakerKind.UNKNOWN;
          }
        } else {
          g = byKey.get(key);
          String surname = surname(source.text());
          if (g == null && surname != null) {
            g = bySurname.get(surname); // the first group named with it
          }
          if (g == null) {
            g = newGroup(groups);
            g.surname = surname;
            if (surname != null) {
              g.kind = SpeakerKind.PERSON;
              bySurname.putIfAbsent(surname, g);
            }
          }
          byKey.putIfAbsent(key, g);
          g.names.add(source.text());
        }
        g.mentions.add(source);
      } else if (q.cue().isEmpty() && previous != null) {
        g = previous;
      }
      out.add(q.withIdAndSpeaker(q.id(), g == null ? null : g.id));
      if (g != null) {
        previous = g;
      }
    }
    List<Speaker> speakers = new ArrayList<>();
    for (Group g : groups) {
      String name = g.names.stream().reduce((a, b) -> b.length() > a.length() ? b : a)
          .orElse(g.mentions.isEmpty() ? "unknown" : g.mentions.get(0).text());
      List<String> aliases = g.names.stream().distinct().filter(n -> !n.equals(name)).toList();
      List<Span> mentions = g.mentions.stream().distinct().sorted().toList();
      speakers.add(new Speaker(g.id, name, g.kind, aliases, List.of(), mentions));
    }
    return new Result(out, speakers);
  }

  private static Group newGroup(List<Group> groups) {
    Group g = new Group("s" + (groups.size() + 1));
    groups.add(g);
    return g;
  }

  private static boolean compatible(Group g, String pronoun) {
    if (PERSON_PRONOUNS.contains(pronoun)) {
      return g.kind != SpeakerKind.ORGANIZATION && g.kind != SpeakerKind.GROUP;
    }
    return true;
  }

  static String key(String source) {
    String s = source.toLowerCase(Locale.ROOT).strip();
    if (s.startsWith("the ")) {
      s = s.substring(4);
    }
    return s;
  }

  /**
   * The last capitalised word of a name-like mention ("Rasool" in "Major General Yahya Rasool"),
   * or null when the mention is not a proper name.
   */
  static String surname(String source) {
    String[] words = SPACES.split(source.strip());
    String last = null;
    for (String w : words) {
      String bare = NOT_NAME_CHAR.matcher(w).replaceAll("");
      if (bare.isEmpty()) {
        continue;
      }
      if (!Character.isUpperCase(bare.charAt(0))) {
        if (last != null) {
          break; // "Ian Smith, the envoy": stop at the first lower-case word after the name
        }
        continue;
      }
      if (!TITLES.contains(bare.toLowerCase(Locale.ROOT))) {
        last = bare;
      }
    }
    if (last == null || last.length() < 2 || last.equals(last.toUpperCase(Locale.ROOT))
        && last.length() <= 4) {
      return null;
    }
    return last;
  }
}
