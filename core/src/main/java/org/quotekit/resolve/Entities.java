package org.quotekit.resolve;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.quotekit.SpeakerKind;
import org.quotekit.internal.SortedSpans;

/**
 * The entities of one article and the indexes that find them: persons by surname, first name and
 * sound, organisations, places and groups by key, anyone by role. {@link #groupNames()} groups the
 * names the {@link ArticleScan} found (full names first, then surnames, first names and spelling
 * variants) and learns genders. Not thread-safe; one instance per article.
 */
final class Entities {
  final List<Entity> all = new ArrayList<>();
  private final ArticleScan scan;
  private final SpeakerLexicon lexicon;
  private final Map<String, List<Entity>> byLast = new HashMap<>();
  private final Map<String, List<Entity>> byFirst = new HashMap<>();
  private final Map<String, List<Entity>> byCode = new HashMap<>();
  private final Map<String, Entity> byKey = new HashMap<>();
  private final Map<String, List<Entity>> byRoleHead = new HashMap<>();
  private final Map<String, List<Entity>> orgsByHead = new HashMap<>();

  Entities(ArticleScan scan, SpeakerLexicon lexicon) {
    this.scan = scan;
    this.lexicon = lexicon;
  }

  /** Groups the names of the scan into entities and learns their genders. */
  void groupNames() {
    groupFullNames();
    groupOtherNames();
    learnGenders();
  }

  /** The entities with a role whose head is {@code head}. */
  List<Entity> withRole(String head) {
    return byRoleHead.getOrDefault(head, List.of());
  }

  /** Full names ("Donald J. Trump") first, so that surnames can find them wherever they stand. */
  private void groupFullNames() {
    for (NameMention m : scan.names) {
      if (m.form == NameMention.Form.PERSON && m.full()) {
        link(m, fullName(m));
      }
    }
  }

  /** The person with this first and last name (or a spelling variant), else a new one. */
  Entity fullName(NameMention m) {
    Entity e = null;
    for (Entity c : byLast.getOrDefault(m.last, List.of())) {
      if (Objects.equals(c.suffix, m.suffix) && c.first != null
          && firstCompatible(c.first, m.first) && c.gender().compatible(m.gender)) {
        e = c;
        if (c.first.equals(m.first)) {
          break;
        }
      }
    }
    if (e == null) {
      e = variantOf(m);
    }
    return e != null ? e : newPerson(m);
  }

  /** Organisations, then surnames, first names and single words, in text order. */
  private void groupOtherNames() {
    for (NameMention m : scan.names) {
      if (m.entity == null && m.form == NameMention.Form.ORGANIZATION && m.last.contains(" ")) {
        link(m, organisation(m.last));
      }
    }
    for (NameMention m : scan.names) {
      if (m.entity != null) {
        continue;
      }
      Entity e = switch (m.form) {
        case ORGANIZATION -> m.last.contains(" ") ? organisation(m.last)
            : shortOrganisation(m.last, m.span.start());
        case PLACE -> place(m.last);
        case GROUP -> keyed("group:" + m.last, SpeakerKind.GROUP);
        case PERSON, SINGLE -> personBySurname(m);
      };
      link(m, e);
    }
  }

  Entity personBySurname(NameMention m) {
    Entity e = bySurname(m);
    if (e == null && m.form == NameMention.Form.SINGLE) {
      e = mostSalient(byFirst.getOrDefault(m.last, List.of()), m, false);
    }
    if (e == null) {
      e = variantOf(m);
    }
    if (e != null) {
      return e;
    }
    if (m.form == NameMention.Form.SINGLE) {
      if (lexicon.is(SpeakerLexicon.Kind.PLACE, m.last)) {
        return place(m.last);
      }
      if (lexicon.is(SpeakerLexicon.Kind.ORG, m.last)) {
        return organisation(m.last);
      }
    }
    return newPerson(m);
  }

  /** The person with this surname (and suffix); among several, the one the text points to. */
  Entity bySurname(NameMention m) {
    List<Entity> all = byLast.getOrDefault(m.last, List.of());
    if (all.isEmpty()) {
      return null;
    }
    List<Entity> fit = new ArrayList<>();
    for (Entity c : all) {
      if (c.gender().compatible(m.gender) && (m.suffix == null || m.suffix.equals(c.suffix))
          && (m.first == null || c.first == null || firstCompatible(c.first, m.first))) {
        fit.add(c);
      }
    }
    if (m.suffix == null && fit.stream().anyMatch(c -> c.suffix == null)) {
      fit.removeIf(c -> c.suffix != null); // "Trump" is Donald Trump, not Donald Trump Jr.
    }
    return mostSalient(fit, m, true);
  }

  /**
   * Among candidates for a short name: the one with a full name in this or the previous sentence,
   * else the one named most often, else the first named.
   */
  Entity mostSalient(List<Entity> candidates, NameMention m, boolean recentFirst) {
    if (candidates.size() <= 1) {
      return candidates.isEmpty() ? null : candidates.get(0);
    }
    if (recentFirst) {
      Entity recent = null;
      int recentStart = -1;
      for (Entity c : candidates) {
        for (NameMention n : c.names) {
          if (n.full() && n.span.start() < m.span.start() && n.sentence >= m.sentence - 1
              && n.span.start() > recentStart) {
            recent = c;
            recentStart = n.span.start();
          }
        }
      }
      if (recent != null) {
        return recent;
      }
    }
    Entity best = null;
    for (Entity c : candidates) {
      if (best == null || best.tentative && !c.tentative
          || best.tentative == c.tentative && (fullNames(c) > fullNames(best)
              || fullNames(c) == fullNames(best) && c.names.size() > best.names.size())) {
        best = c;
      }
    }
    return best;
  }

  private static int fullNames(Entity e) {
    int n = 0;
    for (NameMention m : e.names) {
      if (m.full()) {
        n++;
      }
    }
    return n;
  }

  /** A person whose surname is a spelling variant of this one, with no conflicting first name. */
  private Entity variantOf(NameMention m) {
    List<Entity> fit = new ArrayList<>();
    for (String code : Phonetics.keys(m.last)) {
      for (Entity c : byCode.getOrDefault(code, List.of())) {
        if (!fit.contains(c) && c.kind == SpeakerKind.PERSON && !c.last.equals(m.last)
            && (m.first == null || c.first == null || firstCompatible(c.first, m.first))
            && Objects.equals(c.suffix, m.suffix) && c.gender().compatible(m.gender)
            && Phonetics.variants(c.last, m.last)) {
          fit.add(c);
        }
      }
    }
    return mostSalient(fit, m, false);
  }

  private static boolean firstCompatible(String a, String b) {
    return a.equals(b) || a.length() == 1 && b.startsWith(a) || b.length() == 1
        && a.startsWith(b);
  }

  /**
   * A new person for a name; tentative (perhaps not a person at all: "Wells Fargo") until a title,
   * an honorific, a known first name, a role or a pronoun shows it is one.
   */
  Entity newPerson(NameMention m) {
    Entity e = new Entity(SpeakerKind.PERSON);
    e.first = m.first;
    e.last = m.last;
    e.suffix = m.suffix;
    if (m.first != null && m.first.length() > 1) {
      e.firstNameGender = lexicon.genderOf(SpeakerLexicon.Kind.FIRST, m.first);
      byFirst.computeIfAbsent(m.first, k -> new ArrayList<>()).add(e);
    } else if (m.first == null && m.form == NameMention.Form.SINGLE) {
      e.firstNameGender = lexicon.genderOf(SpeakerLexicon.Kind.FIRST, m.last); // "Melanie"
    }
    e.tentative = !m.titled && e.firstNameGender == Gender.UNKNOWN;
    byLast.computeIfAbsent(m.last, k -> new ArrayList<>()).add(e);
    for (String code : Phonetics.keys(m.last)) {
      byCode.computeIfAbsent(code, k -> new ArrayList<>()).add(e);
    }
    all.add(e);
    return e;
  }

  void link(NameMention m, Entity e) {
    m.entity = e;
    e.addName(m);
    if (m.titled && e.kind == SpeakerKind.PERSON) {
      e.tentative = false;
    }
    if (m.gender != Gender.UNKNOWN && e.declared == Gender.UNKNOWN) {
      e.declared = m.gender;
    }
    if (m.full() && e.first != null && e.first.length() == 1 && m.first.length() > 1) {
      e.first = m.first; // "D. Trump" then "Donald Trump"
      e.firstNameGender = lexicon.genderOf(SpeakerLexicon.Kind.FIRST, m.first);
      e.tentative &= e.firstNameGender == Gender.UNKNOWN;
    }
    for (Role r : m.roles) {
      addRole(e, r);
    }
  }

  void addRole(Entity e, Role r) {
    if (!e.addRole(r)) {
      return;
    }
    if (e.kind == SpeakerKind.PERSON && lexicon.is(SpeakerLexicon.Kind.ROLE, r.head())) {
      e.tentative = false;
    }
    List<Entity> list = byRoleHead.computeIfAbsent(r.head(), k -> new ArrayList<>());
    if (!list.contains(e)) {
      list.add(e);
    }
    Gender g = lexicon.genderOf(SpeakerLexicon.Kind.ROLE, r.head());
    if (g != Gender.UNKNOWN && e.declared == Gender.UNKNOWN) {
      e.declared = g;
    }
  }

  /** The organisation with this key, its acronym's expansion, or one named by its last word. */
  Entity organisation(String orgKey) {
    String k = orgKey.replace(".", "");
    Entity e = byKey.get("org:" + k);
    if (e != null) {
      return e;
    }
    Entity expanded = byKey.get("acronym:" + k);
    if (expanded != null) {
      return expanded;
    }
    e = keyed("org:" + k, SpeakerKind.ORGANIZATION);
    String[] words = k.split(" ");
    if (words.length >= 2) {
      StringBuilder acronym = new StringBuilder();
      for (String w : words) {
        if (!Set.of("of", "the", "and", "for", "on", "in").contains(w) && !w.isEmpty()) {
          acronym.append(w.charAt(0));
        }
      }
      if (acronym.length() >= 2) {
        byKey.putIfAbsent("acronym:" + acronym, e);
      }
    }
    for (String w : words) {
      if (lexicon.is(SpeakerLexicon.Kind.ORG, w) || w.equals(words[words.length - 1])) {
        List<Entity> list = orgsByHead.computeIfAbsent(w, x -> new ArrayList<>());
        if (!list.contains(e)) {
          list.add(e);
        }
      }
    }
    return e;
  }

  Entity place(String name) {
    Entity e = keyed("place:" + name, SpeakerKind.ORGANIZATION);
    e.place = true;
    return e;
  }

  /** "The Post" after "The New York Post": the organisation last named with that word. */
  private Entity shortOrganisation(String word, int offset) {
    if (byKey.containsKey("org:" + word) || byKey.containsKey("acronym:" + word)) {
      return organisation(word);
    }
    Entity recent = recentOrganisation(word, offset);
    if (recent == null) {
      List<Entity> later = orgsByHead.getOrDefault(word, List.of());
      recent = later.isEmpty() ? null : later.get(0);
    }
    return recent != null ? recent : organisation(word);
  }

  Entity keyed(String key, SpeakerKind kind) {
    Entity e = byKey.get(key);
    if (e == null) {
      e = new Entity(kind);
      e.key = key;
      byKey.put(key, e);
      all.add(e);
    }
    return e;
  }

  Entity fresh(SpeakerKind kind, boolean plural) {
    Entity e = new Entity(kind);
    e.plural = plural;
    all.add(e);
    return e;
  }

  /**
   * A he or she after a name, with no other person named since the start of the previous
   * sentence, is a vote for that person's gender.
   */
  private void learnGenders() {
    List<NameMention> persons = new ArrayList<>();
    for (NameMention m : scan.names) {
      if (!m.inQuote && m.entity != null && m.entity.kind == SpeakerKind.PERSON) {
        persons.add(m);
      }
    }
    int next = 0;
    List<NameMention> window = new ArrayList<>();
    for (ArticleScan.Pronoun p : scan.pronouns) {
      while (next < persons.size() && persons.get(next).span.start() < p.start()) {
        window.add(persons.get(next++));
      }
      window.removeIf(m -> m.sentence < p.sentence() - 1);
      if (window.isEmpty()) {
        continue;
      }
      Entity e = window.get(0).entity;
      boolean alone = true;
      for (NameMention m : window) {
        alone &= m.entity == e;
      }
      if (alone) {
        if (p.gender() == Gender.MALE) {
          e.male++;
        } else {
          e.female++;
        }
      }
    }
  }

  /** The organisation last mentioned before {@code offset} whose name ends with {@code head}. */
  Entity recentOrganisation(String head, int offset) {
    Entity best = null;
    int bestStart = -1;
    for (Entity e : orgsByHead.getOrDefault(head, List.of())) {
      int last = e.lastMentionBefore(offset);
      if (last > bestStart) {
        best = e;
        bestStart = last;
      }
    }
    return best;
  }

  /** The name mention covering {@code offset}, or null; an empty mention covers its start. */
  NameMention nameAt(int offset) {
    List<NameMention> names = scan.names; // disjoint, in text order
    int k = SortedSpans.containing(names, m -> m.span.start(),
        m -> Math.max(m.span.end(), m.span.start() + 1), offset);
    return k < 0 ? null : names.get(k);
  }
}
