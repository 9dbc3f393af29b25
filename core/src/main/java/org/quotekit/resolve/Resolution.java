package org.quotekit.resolve;

import static org.quotekit.resolve.ArticleScan.base;
import static org.quotekit.resolve.ArticleScan.isPossessiveMarker;
import static org.quotekit.resolve.ArticleScan.isQuoteMark;
import static org.quotekit.resolve.ArticleScan.key;
import static org.quotekit.resolve.ArticleScan.lower;
import static org.quotekit.resolve.ArticleScan.nameKey;
import static org.quotekit.resolve.ArticleScan.possessive;
import static org.quotekit.resolve.ArticleScan.roleWord;
import static org.quotekit.resolve.ArticleScan.stripPossessive;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.quotekit.Quote;
import org.quotekit.Span;
import org.quotekit.Speaker;
import org.quotekit.SpeakerKind;
import org.quotekit.spi.AnalyzedArticle;
import org.quotekit.spi.Sentence;
import org.quotekit.spi.SpeakerResolution;
import org.quotekit.spi.Token;

/**
 * The speaker resolution of one article, in four steps: (1) {@link ArticleScan} finds every name
 * with its roles; (2) names are grouped into entities, full names first, then surnames, first
 * names and spelling variants; (3) genders are learnt from honorifics, first names and the
 * pronouns after each name; (4) each quote's source mention is read (name, description, pronoun,
 * organisation, group or anonymous source) and resolved in text order. Not thread-safe; one
 * instance per article.
 */
final class Resolution {

  /** A place where an entity is mentioned, as a candidate antecedent of a pronoun. */
  private record Anchor(int start, int end, int sentence, int paragraph, boolean subject,
      boolean inQuote, boolean source, Entity entity) {}

  /** A token of a source mention with its tag. */
  private record Tok(Token token, String tag) {
    String text() {
      return token.text();
    }

    String lower() {
      return ArticleScan.lower(token.text());
    }
  }

  /** A description read from a source mention: "the American envoy to the coalition". */
  private record Description(Span span, String head, Set<String> modifiers, boolean definite,
      boolean indefinite, boolean plural, boolean capitalised) {}

  private enum PronounClass { MALE, FEMALE, PLURAL, NEUTER, FIRST, FIRST_PLURAL, SECOND }

  private static final Map<String, PronounClass> PRONOUNS = new HashMap<>();

  static {
    for (String w : List.of("he", "him", "his", "himself")) {
      PRONOUNS.put(w, PronounClass.MALE);
    }
    for (String w : List.of("she", "her", "hers", "herself")) {
      PRONOUNS.put(w, PronounClass.FEMALE);
    }
    for (String w : List.of("they", "them", "their", "themselves")) {
      PRONOUNS.put(w, PronounClass.PLURAL);
    }
    for (String w : List.of("it", "its", "itself")) {
      PRONOUNS.put(w, PronounClass.NEUTER);
    }
    for (String w : List.of("i", "me", "my", "myself")) {
      PRONOUNS.put(w, PronounClass.FIRST);
    }
    for (String w : List.of("we", "us", "our", "ourselves")) {
      PRONOUNS.put(w, PronounClass.FIRST_PLURAL);
    }
    for (String w : List.of("you", "your")) {
      PRONOUNS.put(w, PronounClass.SECOND);
    }
  }

  private static final Set<String> DEFINITE = Set.of("the", "this", "that", "these", "those");
  private static final Set<String> INDEFINITE = Set.of("a", "an", "another", "one", "some",
      "several", "many", "few", "two", "three", "four", "five", "other", "more", "most", "all",
      "both", "each", "any", "numerous", "various", "dozens", "hundreds", "thousands");
  private static final Set<String> SEPARATORS = Set.of(",", ";", "--", "\u2014", "\u2013");
  private static final Set<String> IRREGULAR_PLURALS = Set.of("people", "men", "women",
      "children", "police", "staff", "public", "media", "press", "clergy");
  /** How far back a pronoun looks for its antecedent. */
  private static final int PRONOUN_SENTENCES = 6;
  private static final int PRONOUN_PARAGRAPHS = 2;
  /** How far ahead a description looks for the name it introduces. */
  private static final int CATAPHORA_PARAGRAPHS = 3;

  private final AnalyzedArticle article;
  private final String text;
  private final SpeakerLexicon lexicon;
  private final List<Quote> quotes;
  private ArticleScan scan;

  private final List<Entity> entities = new ArrayList<>();
  private final Map<String, List<Entity>> byLast = new HashMap<>();
  private final Map<String, List<Entity>> byFirst = new HashMap<>();
  private final Map<String, List<Entity>> byCode = new HashMap<>();
  private final Map<String, Entity> byKey = new HashMap<>();
  private final Map<String, List<Entity>> byRoleHead = new HashMap<>();
  private final Map<String, List<Entity>> orgsByHead = new HashMap<>();
  private final List<Anchor> nameAnchors = new ArrayList<>();
  private final List<Anchor> sourceAnchors = new ArrayList<>();
  private Entity lastSpeaker;
  private Entity lastPersonSpeaker;
  private int lastPersonParagraph = Integer.MIN_VALUE / 2;

  Resolution(AnalyzedArticle article, List<Quote> quotes, SpeakerLexicon lexicon) {
    this.article = article;
    this.text = article.text();
    this.quotes = quotes;
    this.lexicon = lexicon;
  }

  SpeakerResolution run() {
    if (quotes.isEmpty()) {
      return SpeakerResolution.none();
    }
    scan = new ArticleScan(article, lexicon).run();
    groupFullNames();
    groupOtherNames();
    learnGenders();
    for (NameMention m : scan.names) {
      nameAnchors.add(new Anchor(m.span.start(), m.span.end(), m.sentence, m.paragraph,
          m.subject, m.inQuote, false, m.entity));
    }
    Entity[] speakerOf = new Entity[quotes.size()];
    Entity previous = null;
    int previousParagraph = Integer.MIN_VALUE / 2;
    for (int i = 0; i < quotes.size(); i++) {
      Quote q = quotes.get(i);
      Span source = q.source().orElse(null);
      int paragraph = article.sentenceAt(q.content().start()).paragraph();
      Entity e = null;
      if (source != null) {
        e = resolveSource(q, source);
      } else if (q.cue().isEmpty() && previous != null && paragraph - previousParagraph <= 1) {
        e = previous; // a follow-on quotation continues the previous speaker
      }
      if (e != null) {
        e.speaker = true;
        previous = e;
        previousParagraph = paragraph;
        lastSpeaker = e;
        if (e.kind == SpeakerKind.PERSON) {
          lastPersonSpeaker = e;
          lastPersonParagraph = paragraph;
        }
      }
      speakerOf[i] = e;
    }
    return build(speakerOf);
  }

  // ---------------------------------------------------------------------------------------------
  // Grouping names

  /** Full names ("Donald J. Trump") first, so that surnames can find them wherever they stand. */
  private void groupFullNames() {
    for (NameMention m : scan.names) {
      if (m.form != NameMention.Form.PERSON || !m.full()) {
        continue;
      }
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
      if (e == null) {
        e = newPerson(m);
      }
      link(m, e);
    }
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

  private Entity personBySurname(NameMention m) {
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
      Entity single = newPerson(m);
      single.tentative = true;
      return single;
    }
    return newPerson(m);
  }

  /** The person with this surname (and suffix); among several, the one the text points to. */
  private Entity bySurname(NameMention m) {
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
  private Entity mostSalient(List<Entity> candidates, NameMention m, boolean recentFirst) {
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
      if (best == null || fullNames(c) > fullNames(best)
          || fullNames(c) == fullNames(best) && c.names.size() > best.names.size()) {
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
    for (String code : Phonetics.doubleMetaphone(m.last)) {
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
  private Entity newPerson(NameMention m) {
    Entity e = new Entity(SpeakerKind.PERSON);
    e.first = m.first;
    e.last = m.last;
    e.suffix = m.suffix;
    if (m.first != null && m.first.length() > 1) {
      e.firstNameGender = lexicon.genderOf(SpeakerLexicon.Kind.FIRST, m.first);
      byFirst.computeIfAbsent(m.first, k -> new ArrayList<>()).add(e);
    }
    e.tentative = !m.titled && e.firstNameGender == Gender.UNKNOWN;
    byLast.computeIfAbsent(m.last, k -> new ArrayList<>()).add(e);
    for (String code : new LinkedHashSet<>(List.of(Phonetics.doubleMetaphone(m.last)))) {
      byCode.computeIfAbsent(code, k -> new ArrayList<>()).add(e);
    }
    entities.add(e);
    return e;
  }

  private void link(NameMention m, Entity e) {
    m.entity = e;
    e.names.add(m);
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

  private void addRole(Entity e, Role r) {
    for (Role old : e.roles) {
      if (old.start() == r.start() && old.text().equals(r.text())) {
        return;
      }
    }
    e.roles.add(r);
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
  private Entity organisation(String orgKey) {
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

  private Entity place(String name) {
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

  private Entity keyed(String key, SpeakerKind kind) {
    Entity e = byKey.get(key);
    if (e == null) {
      e = new Entity(kind);
      e.key = key;
      byKey.put(key, e);
      entities.add(e);
    }
    return e;
  }

  private Entity fresh(SpeakerKind kind, boolean plural) {
    Entity e = new Entity(kind);
    e.plural = plural;
    entities.add(e);
    return e;
  }

  // ---------------------------------------------------------------------------------------------
  // Genders

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

  // ---------------------------------------------------------------------------------------------
  // Source mentions

  private Entity resolveSource(Quote q, Span src) {
    List<Tok> toks = tokensIn(src);
    if (toks.isEmpty()) {
      return null;
    }
    Tok first = toks.get(0);
    if (toks.size() == 1 && PRONOUNS.containsKey(first.lower())) {
      return mention(resolvePronoun(first.lower(), src, q), src);
    }
    Entity e = speechOwner(toks, q);
    if (e == null) {
      e = named(toks, src, q);
    }
    if (e == null) {
      e = described(toks, src, q);
    }
    return e == null ? null : mention(e, src);
  }

  private Entity mention(Entity e, Span src) {
    if (!e.others.contains(src)) {
      e.others.add(src);
    }
    Sentence s = article.sentenceAt(src.start());
    sourceAnchors.add(new Anchor(src.start(), src.end(), s.index(), s.paragraph(), true,
        scan.inQuote(src.start()), true, e));
    return e;
  }

  /** "his statement", "Trump's remarks": the speaker is the owner of the statement. */
  private Entity speechOwner(List<Tok> toks, Quote q) {
    Tok last = toks.get(toks.size() - 1);
    if (toks.size() < 2 || !lexicon.is(SpeakerLexicon.Kind.SPEECH, last.lower())) {
      return null;
    }
    Tok first = toks.get(0);
    PronounClass c = PRONOUNS.get(first.lower());
    if (c != null) {
      Span owner = first.token().span();
      return mention(resolvePronoun(first.lower(), owner, q), owner);
    }
    NameMention owner = nameAt(first.token().start());
    if (owner != null && owner.entity != null && owner.span.end() < last.token().start()) {
      int after = indexAfter(toks, owner.span.end());
      if (after < toks.size() && (isPossessiveMarker(toks.get(after).text())
          || possessive(toks.get(after - 1).text()))) {
        return confirmed(owner, q);
      }
    }
    return null;
  }

  /** The named entity a source mention is about: a person's name first, else any name. */
  private Entity named(List<Tok> toks, Span src, Quote q) {
    List<int[]> segments = segments(toks);
    NameMention head = null;
    int headSegment = -1;
    for (int s = 0; s < segments.size(); s++) {
      NameMention m = headName(toks, segments.get(s));
      if (m == null) {
        continue;
      }
      boolean personal = m.form == NameMention.Form.PERSON
          || m.form == NameMention.Form.SINGLE && m.entity.kind == SpeakerKind.PERSON;
      if (personal || head == null && s == 0) {
        head = m;
        headSegment = s;
        if (personal) {
          break;
        }
      }
    }
    if (head == null) {
      Entity label = transcriptLabel(toks, src);
      if (label != null) {
        return label;
      }
      return null;
    }
    Entity e = confirmed(head, q);
    for (int s = 0; s < segments.size(); s++) {
      if (s != headSegment) {
        Description d = describe(toks, segments.get(s));
        if (d != null && isRole(d.head) && !d.plural) {
          addRole(e, role(d));
        }
      }
    }
    return e;
  }

  /** A source mention that is an all-capital transcript label the scan did not take as a name. */
  private Entity transcriptLabel(List<Tok> toks, Span src) {
    if (!src.text().equals(src.text().toUpperCase(Locale.ROOT))
        || src.end() >= text.length() || text.charAt(src.end()) != ':') {
      return null;
    }
    String[] words = src.text().strip().split("\\s+");
    String last = nameKey(words[words.length - 1]);
    if (lexicon.is(SpeakerLexicon.Kind.ROLE, last) || lexicon.is(SpeakerLexicon.Kind.TITLE, last)) {
      return null; // "MODERATOR:" is a description
    }
    Entity e = mostSalient(byLast.getOrDefault(last, List.of()), null, false);
    if (e == null) {
      NameMention m = new NameMention(src, src, NameMention.Form.SINGLE,
          words.length >= 2 ? nameKey(words[0]) : null, last, null, Gender.UNKNOWN, false,
          article.sentenceAt(src.start()).index(), article.sentenceAt(src.start()).paragraph(),
          false);
      e = bySurname(m);
      if (e == null) {
        e = newPerson(m);
      }
      link(m, e);
    }
    return e;
  }

  /**
   * The entity of a name that heads a source mention; a single unknown word becomes a person (or
   * an organisation when it is a short all-capital word outside a transcript label).
   */
  private Entity confirmed(NameMention m, Quote q) {
    Entity e = m.entity;
    if (e.tentative) {
      e.tentative = false;
      String word = m.name.text();
      boolean label = m.span.end() < text.length() && text.charAt(m.span.end()) == ':';
      if (word.length() <= 5 && word.equals(word.toUpperCase(Locale.ROOT)) && !label) {
        e.kind = SpeakerKind.ORGANIZATION; // an acronym
      } else if (e.male + e.female == 0 && e.declared == Gender.UNKNOWN && !label
          && !m.full()) {
        e.kind = SpeakerKind.UNKNOWN; // a word the article never shows to be a person
      }
    }
    return e;
  }

  /**
   * The name that heads a segment of a source mention: the name ending the segment unless a
   * preposition introduces it ("a spokesman for Donald Trump"), else the name just before the
   * segment's first preposition ("Trump at a rally").
   */
  private NameMention headName(List<Tok> toks, int[] seg) {
    int last = seg[1] - 1;
    while (last >= seg[0] && (isPossessiveMarker(toks.get(last).text())
        || base(toks.get(last).tag()).equals("PUNCT"))) {
      last--;
    }
    if (last < seg[0]) {
      return null;
    }
    NameMention end = nameAt(toks.get(last).token().start());
    if (end != null && end.span.start() >= toks.get(seg[0]).token().start()
        && !introducedByPreposition(toks, seg, end) && !possessive(toks.get(last).text())) {
      return end;
    }
    for (int k = seg[0]; k < seg[1]; k++) {
      Tok t = toks.get(k);
      if (base(t.tag()).equals("ADP") && nameAt(t.token().start()) == null) {
        if (k == seg[0]) {
          return null;
        }
        NameMention before = nameAt(toks.get(k - 1).token().start());
        return before != null && !possessive(toks.get(k - 1).text()) ? before : null;
      }
    }
    return null;
  }

  private boolean introducedByPreposition(List<Tok> toks, int[] seg, NameMention m) {
    int k = indexAfter(toks, m.span.start()) - 1;
    while (k >= seg[0] && toks.get(k).token().start() >= m.span.start()) {
      k--;
    }
    if (k >= seg[0] && DEFINITE.contains(toks.get(k).lower())) {
      k--;
    }
    return k >= seg[0] && base(toks.get(k).tag()).equals("ADP");
  }

  /** Segments of a source mention split at commas and dashes, parenthesised words left out. */
  private static List<int[]> segments(List<Tok> toks) {
    List<int[]> out = new ArrayList<>();
    int start = 0;
    int depth = 0;
    for (int k = 0; k <= toks.size(); k++) {
      String w = k < toks.size() ? toks.get(k).text() : ",";
      if (w.equals("(")) {
        depth++;
        if (k > start) {
          out.add(new int[] {start, k});
        }
        continue;
      }
      if (w.equals(")")) {
        depth = Math.max(0, depth - 1);
        start = k + 1;
        continue;
      }
      if (depth > 0) {
        continue;
      }
      if (SEPARATORS.contains(w)) {
        if (k > start) {
          out.add(new int[] {start, k});
        }
        start = k + 1;
      }
    }
    return out;
  }

  // ---------------------------------------------------------------------------------------------
  // Descriptions

  private Entity described(List<Tok> toks, Span src, Quote q) {
    List<int[]> segments = segments(toks);
    if (segments.isEmpty()) {
      return null;
    }
    Description d = describe(toks, segments.get(0));
    if (d == null) {
      return fresh(SpeakerKind.UNKNOWN, false);
    }
    String head = d.head;
    String phrase = phrase(d);
    if (d.capitalised && !d.definite && !d.indefinite && d.modifiers.isEmpty()
        && !lexicon.is(SpeakerLexicon.Kind.ORG, head)) {
      return capitalisedWord(d, q); // a name the tagger did not take for one
    }
    boolean org = lexicon.is(SpeakerLexicon.Kind.ORG, head);
    if (lexicon.is(SpeakerLexicon.Kind.SPEECH, head) && !(org && d.capitalised)) {
      return thing(d.definite ? keyed("description:" + phrase, SpeakerKind.UNKNOWN)
          : fresh(SpeakerKind.UNKNOWN, false));
    }
    if (org) {
      if (d.modifiers.isEmpty() && d.definite) {
        Entity recent = recentOrganisation(head, src.start());
        if (recent != null) {
          return recent;
        }
      }
      return d.indefinite ? fresh(SpeakerKind.ORGANIZATION, false) : organisation(phrase);
    }
    if (d.plural) {
      if (lexicon.is(SpeakerLexicon.Kind.ANONYMOUS, head)) {
        return fresh(SpeakerKind.UNKNOWN, true);
      }
      if (d.indefinite) {
        return fresh(SpeakerKind.GROUP, true);
      }
      Entity g = keyed("group:" + phrase, SpeakerKind.GROUP);
      g.plural = true;
      return g;
    }
    if (!d.definite) {
      Entity anonymous = fresh(SpeakerKind.UNKNOWN, false); // "a source", "an architect"
      anonymous.thing = !isRole(head);
      return anonymous;
    }
    if (isRole(head)) {
      Sentence s = article.sentenceAt(src.start());
      Entity e = antecedentOf(d, s.paragraph());
      if (e == null) {
        e = keyed("description:" + phrase, SpeakerKind.PERSON);
      }
      addRole(e, role(d));
      return e;
    }
    return thing(keyed("description:" + phrase, SpeakerKind.UNKNOWN));
  }

  private static Entity thing(Entity e) {
    e.thing = true;
    return e;
  }

  private boolean isRole(String head) {
    return lexicon.is(SpeakerLexicon.Kind.ROLE, head)
        || lexicon.is(SpeakerLexicon.Kind.ANONYMOUS, head);
  }

  /** A capitalised word the tagger took for a common noun: looked up as a name. */
  private Entity capitalisedWord(Description d, Quote q) {
    String word = nameKey(d.span.text());
    Sentence s = article.sentenceAt(d.span.start());
    NameMention m = new NameMention(d.span, d.span, NameMention.Form.SINGLE, null, word, null,
        Gender.UNKNOWN, false, s.index(), s.paragraph(), scan.inQuote(d.span.start()));
    Entity e = personBySurname(m);
    link(m, e);
    return confirmed(m, q);
  }

  /**
   * The named entity a definite description refers to: one the article has already described so
   * (or describes so within a few paragraphs), else the person who spoke last in this or the
   * previous paragraph, else the next person the article names that has no other role.
   */
  private Entity antecedentOf(Description d, int paragraph) {
    Gender g = lexicon.genderOf(SpeakerLexicon.Kind.ROLE, d.head);
    Entity before = null;
    int beforeStart = -1;
    Entity after = null;
    int afterStart = Integer.MAX_VALUE;
    for (Entity e : byRoleHead.getOrDefault(d.head, List.of())) {
      if (!e.gender().compatible(g) || e.kind != SpeakerKind.PERSON) {
        continue;
      }
      for (Role r : e.roles) {
        if (!r.fits(d.head, d.modifiers, lexicon) || r.start() == d.span.start()) {
          continue;
        }
        if (r.start() < d.span.start() && r.start() > beforeStart) {
          before = e;
          beforeStart = r.start();
        } else if (r.start() > d.span.start() && r.start() < afterStart
            && article.sentenceAt(r.start()).paragraph() <= paragraph + CATAPHORA_PARAGRAPHS) {
          after = e;
          afterStart = r.start();
        }
      }
    }
    if (before != null) {
      return before;
    }
    if (lastPersonSpeaker != null && paragraph - lastPersonParagraph <= 1
        && lastPersonSpeaker.gender().compatible(g)
        && !otherPersonSince(lastPersonSpeaker, d.span.start())) {
      return lastPersonSpeaker;
    }
    if (after != null) {
      return after;
    }
    if (personNamedBefore(d.span.start(), paragraph - 1)) {
      return null; // a description after other people were named introduces someone new
    }
    for (int k = anchorIndex(nameAnchors, d.span.end()) + 1; k < nameAnchors.size(); k++) {
      Anchor a = nameAnchors.get(k);
      if (a.paragraph() > paragraph + CATAPHORA_PARAGRAPHS) {
        break;
      }
      Entity e = a.entity();
      if (e != null && e.person() && !e.names.isEmpty()
          && e.names.get(0).span.start() == a.start() && e.gender().compatible(g)
          && !otherRole(e, d.head)) {
        return e;
      }
    }
    return null;
  }

  /**
   * Whether a person other than {@code e} is named outside quotations between the last mention of
   * {@code e} and {@code offset}.
   */
  private boolean otherPersonSince(Entity e, int offset) {
    int since = -1;
    for (int k = anchorIndex(sourceAnchors, offset); k >= 0; k--) {
      if (sourceAnchors.get(k).entity() == e) {
        since = sourceAnchors.get(k).start();
        break;
      }
    }
    for (int k = anchorIndex(nameAnchors, offset); k >= 0; k--) {
      Anchor a = nameAnchors.get(k);
      if (a.start() <= since || a.entity() == e) {
        return false;
      }
      if (!a.inQuote() && a.entity() != null && a.entity().person()) {
        return true;
      }
    }
    return false;
  }

  /** Whether a person is named before {@code offset} in paragraph {@code from} or later. */
  private boolean personNamedBefore(int offset, int from) {
    for (int k = anchorIndex(nameAnchors, offset); k >= 0; k--) {
      Anchor a = nameAnchors.get(k);
      if (a.paragraph() < from) {
        return false;
      }
      if (a.entity() != null && a.entity().person()) {
        return true;
      }
    }
    return false;
  }

  /** Whether the entity already has a specific role other than {@code head}. */
  private boolean otherRole(Entity e, String head) {
    if (lexicon.is(SpeakerLexicon.Kind.ANONYMOUS, head)) {
      return false;
    }
    for (Role r : e.roles) {
      if (!r.head().equals(head) && !lexicon.is(SpeakerLexicon.Kind.ANONYMOUS, r.head())
          && lexicon.is(SpeakerLexicon.Kind.ROLE, r.head())) {
        return true;
      }
    }
    return false;
  }

  /** The organisation last mentioned before {@code offset} whose name ends with {@code head}. */
  private Entity recentOrganisation(String head, int offset) {
    Entity best = null;
    int bestStart = -1;
    for (Entity e : orgsByHead.getOrDefault(head, List.of())) {
      for (NameMention m : e.names) {
        if (m.span.start() < offset && m.span.start() > bestStart) {
          best = e;
          bestStart = m.span.start();
        }
      }
      for (Span s : e.others) {
        if (s.start() < offset && s.start() > bestStart) {
          best = e;
          bestStart = s.start();
        }
      }
    }
    return best;
  }

  /** Reads the segment as a description: determiner, modifiers, head noun. */
  private Description describe(List<Tok> toks, int[] seg) {
    int k = seg[0];
    while (k < seg[1] && isQuoteMark(toks.get(k).text())) {
      k++;
    }
    if (k >= seg[1]) {
      return null;
    }
    String det = "";
    String firstTag = base(toks.get(k).tag());
    if (DEFINITE.contains(toks.get(k).lower()) || INDEFINITE.contains(toks.get(k).lower())
        || firstTag.equals("NUM")) {
      det = firstTag.equals("NUM") ? "one" : toks.get(k).lower();
      k++;
    }
    int headEnd = seg[1];
    for (int m = k; m < seg[1]; m++) {
      String t = base(toks.get(m).tag());
      boolean capital = Character.isUpperCase(toks.get(m).text().charAt(0));
      if (t.equals("ADP") || t.equals("CCONJ") || t.equals("VERB") && !capital
          || t.equals("SCONJ")
          || Set.of("who", "which", "that").contains(toks.get(m).lower()) && m > k) {
        headEnd = m;
        break;
      }
    }
    int head = -1;
    boolean possessed = false;
    for (int m = k; m < headEnd; m++) {
      Tok t = toks.get(m);
      String tag = base(t.tag());
      if (isPossessiveMarker(t.text()) || possessive(t.text()) && m < headEnd - 1) {
        possessed = true;
      }
      if ((tag.equals("NOUN") || tag.equals("PROPN") || tag.equals("X")
          || Character.isUpperCase(t.text().charAt(0)) && !PRONOUNS.containsKey(t.lower())
          && !tag.equals("PUNCT") && !tag.equals("DET"))
          && !isPossessiveMarker(t.text())) {
        head = m;
      }
    }
    if (head < 0) {
      return null;
    }
    Set<String> modifiers = new LinkedHashSet<>();
    for (int m = k; m < head; m++) {
      Tok t = toks.get(m);
      if (!isPossessiveMarker(t.text()) && !base(t.tag()).equals("PUNCT")
          && !DEFINITE.contains(t.lower())) {
        modifiers.add(roleWord(key(t.text())));
      }
    }
    String headWord = roleWord(key(toks.get(head).text()));
    boolean definite = DEFINITE.contains(det) || possessed
        || PRONOUNS.containsKey(det) && !det.isEmpty();
    boolean indefinite = !det.isEmpty() && INDEFINITE.contains(det);
    int start = toks.get(seg[0]).token().start();
    int end = toks.get(seg[1] - 1).token().end();
    Span span = Span.of(text, start, end);
    boolean capitalised = head == k && headEnd == k + 1
        && Character.isUpperCase(toks.get(head).text().charAt(0));
    return new Description(span, headWord, modifiers, definite, indefinite, plural(headWord),
        capitalised);
  }

  private boolean plural(String w) {
    if (IRREGULAR_PLURALS.contains(w) || lexicon.is(SpeakerLexicon.Kind.GROUP, w)) {
      return true;
    }
    if (w.length() <= 3 || !w.endsWith("s") || w.endsWith("ss") || w.endsWith("us")
        || w.endsWith("is") || lexicon.is(SpeakerLexicon.Kind.ROLE, w)
        || lexicon.is(SpeakerLexicon.Kind.ORG, w)) {
      return false;
    }
    return true;
  }

  private static String phrase(Description d) {
    StringBuilder sb = new StringBuilder();
    for (String m : d.modifiers) {
      sb.append(m).append(' ');
    }
    return sb.append(d.head).toString();
  }

  private Role role(Description d) {
    Set<String> modifiers = new HashSet<>(d.modifiers);
    return new Role(d.span.text(), d.head, modifiers, d.span.start());
  }

  // ---------------------------------------------------------------------------------------------
  // Pronouns

  /**
   * The entity a pronoun refers to: among the entities mentioned in the last few sentences that
   * agree with it in number and gender, the best by recency, subject position, having spoken, and
   * not being mentioned inside a quotation; a new entity when none agrees.
   */
  private Entity resolvePronoun(String word, Span at, Quote q) {
    PronounClass pc = PRONOUNS.get(word);
    switch (pc) {
      case FIRST -> {
        return keyed("pronoun:i", SpeakerKind.PERSON);
      }
      case FIRST_PLURAL -> {
        Entity we = keyed("pronoun:we", SpeakerKind.GROUP);
        we.plural = true;
        return we;
      }
      case SECOND -> {
        return fresh(SpeakerKind.UNKNOWN, false);
      }
      default -> { }
    }
    Sentence s = article.sentenceAt(at.start());
    Entity best = null;
    double bestScore = Double.NEGATIVE_INFINITY;
    int ni = anchorIndex(nameAnchors, at.start());
    int si = anchorIndex(sourceAnchors, at.start());
    while (ni >= 0 || si >= 0) {
      Anchor a;
      if (si < 0 || ni >= 0 && nameAnchors.get(ni).start() > sourceAnchors.get(si).start()) {
        a = nameAnchors.get(ni--);
      } else {
        a = sourceAnchors.get(si--);
      }
      if (a.paragraph() < s.paragraph() - PRONOUN_PARAGRAPHS
          || a.sentence() < s.index() - PRONOUN_SENTENCES) {
        break;
      }
      Entity e = a.entity();
      if (e == null || a.end() > at.start() || !agrees(pc, e)) {
        continue;
      }
      double score = -(s.index() - a.sentence()) - 0.5 * (s.paragraph() - a.paragraph());
      if (a.subject()) {
        score += 1;
      }
      if (a.source()) {
        score += 1;
      }
      if (e == lastSpeaker) {
        score += 1.5;
      }
      if (a.inQuote() || inside(q, a.start())) {
        score -= 2.5;
      }
      Gender g = e.gender();
      if (g != Gender.UNKNOWN && (pc == PronounClass.MALE) == (g == Gender.MALE)) {
        score += 0.5;
      }
      if (score > bestScore) {
        best = e;
        bestScore = score;
      }
    }
    if (best != null) {
      return best;
    }
    return switch (pc) {
      case MALE, FEMALE -> {
        Entity e = fresh(SpeakerKind.PERSON, false);
        e.declared = pc == PronounClass.MALE ? Gender.MALE : Gender.FEMALE;
        yield e;
      }
      case PLURAL -> fresh(SpeakerKind.UNKNOWN, true);
      default -> fresh(SpeakerKind.UNKNOWN, false);
    };
  }

  private static boolean agrees(PronounClass pc, Entity e) {
    return switch (pc) {
      case MALE, FEMALE -> e.kind == SpeakerKind.PERSON
          && (!e.tentative || e.speaker || e.male + e.female > 0)
          && e.gender().compatible(pc == PronounClass.MALE ? Gender.MALE : Gender.FEMALE);
      case PLURAL -> e.kind == SpeakerKind.GROUP
          || e.kind == SpeakerKind.ORGANIZATION && !e.place
          || e.kind == SpeakerKind.UNKNOWN && e.plural;
      case NEUTER -> e.kind == SpeakerKind.ORGANIZATION || e.thing;
      default -> false;
    };
  }

  private static boolean inside(Quote q, int offset) {
    for (Span p : q.parts()) {
      if (p.start() <= offset && offset < p.end()) {
        return true;
      }
    }
    return false;
  }

  /** Index of the last anchor starting before {@code offset}, or -1. */
  private static int anchorIndex(List<Anchor> anchors, int offset) {
    int lo = 0;
    int hi = anchors.size() - 1;
    int best = -1;
    while (lo <= hi) {
      int mid = (lo + hi) >>> 1;
      if (anchors.get(mid).start() < offset) {
        best = mid;
        lo = mid + 1;
      } else {
        hi = mid - 1;
      }
    }
    return best;
  }

  // ---------------------------------------------------------------------------------------------
  // Tokens and names by offset

  private List<Tok> tokensIn(Span span) {
    List<Tok> out = new ArrayList<>();
    List<Sentence> sentences = article.sentences();
    for (int i = article.sentenceAt(span.start()).index(); i < sentences.size()
        && sentences.get(i).start() < span.end(); i++) {
      Sentence s = sentences.get(i);
      List<Token> toks = article.tokens(s);
      List<String> tags = article.tags(s);
      for (int k = 0; k < toks.size(); k++) {
        Token t = toks.get(k);
        if (t.start() >= span.start() && t.end() <= span.end()) {
          out.add(new Tok(t, tags.get(k)));
        }
      }
    }
    return out;
  }

  private static int indexAfter(List<Tok> toks, int offset) {
    int k = 0;
    while (k < toks.size() && toks.get(k).token().start() < offset) {
      k++;
    }
    return k;
  }

  /** The name mention covering {@code offset}, or null. */
  private NameMention nameAt(int offset) {
    List<NameMention> names = scan.names;
    int lo = 0;
    int hi = names.size() - 1;
    while (lo <= hi) {
      int mid = (lo + hi) >>> 1;
      NameMention m = names.get(mid);
      if (offset < m.span.start()) {
        hi = mid - 1;
      } else if (offset >= Math.max(m.span.end(), m.span.start() + 1)) {
        lo = mid + 1;
      } else {
        return m;
      }
    }
    return null;
  }

  // ---------------------------------------------------------------------------------------------
  // Output

  private SpeakerResolution build(Entity[] speakerOf) {
    List<Entity> speaking = new ArrayList<>();
    for (Entity e : speakerOf) {
      if (e != null && !speaking.contains(e)) {
        speaking.add(e);
      }
    }
    speaking.sort(Comparator.comparingInt(Resolution::firstOffset));
    Map<Entity, String> ids = new HashMap<>();
    List<Speaker> speakers = new ArrayList<>();
    for (Entity e : speaking) {
      String id = "s" + (speakers.size() + 1);
      ids.put(e, id);
      speakers.add(speaker(id, e));
    }
    Map<String, String> byQuote = new LinkedHashMap<>();
    for (int i = 0; i < speakerOf.length; i++) {
      if (speakerOf[i] != null) {
        byQuote.put(quotes.get(i).id(), ids.get(speakerOf[i]));
      }
    }
    return new SpeakerResolution(speakers, byQuote);
  }

  private static int firstOffset(Entity e) {
    int first = Integer.MAX_VALUE;
    for (NameMention m : e.names) {
      first = Math.min(first, m.span.start());
    }
    for (Span s : e.others) {
      first = Math.min(first, s.start());
    }
    return first;
  }

  private Speaker speaker(String id, Entity e) {
    String name = canonicalName(e);
    Set<String> seen = new HashSet<>();
    seen.add(name.toLowerCase(Locale.ROOT));
    List<String> aliases = new ArrayList<>();
    for (NameMention m : e.names) {
      for (String form : List.of(m.name.text(), m.span.text())) {
        if (seen.add(form.toLowerCase(Locale.ROOT))) {
          aliases.add(form);
        }
      }
    }
    Set<String> roleKeys = new HashSet<>();
    List<String> roles = new ArrayList<>();
    e.roles.stream().sorted(Comparator.comparingInt(Role::start)).forEach(r -> {
      if (roleKeys.add(withoutArticle(r.text()).toLowerCase(Locale.ROOT))) {
        roles.add(r.text());
      }
    });
    Set<Span> mentions = new HashSet<>();
    for (NameMention m : e.names) {
      mentions.add(m.span);
    }
    mentions.addAll(e.others);
    List<Span> sorted = new ArrayList<>(mentions);
    sorted.sort(null);
    return new Speaker(id, name, e.kind, aliases, roles, sorted);
  }

  /**
   * The fullest proper name: for a person the name with the most words (titles left out), for
   * another entity its longest name; without a name, its first mention.
   */
  private static String canonicalName(Entity e) {
    NameMention best = null;
    for (NameMention m : e.names) {
      if (best == null || m.words() > best.words()
          || m.words() == best.words() && m.name.length() > best.name.length()) {
        best = m;
      }
    }
    if (best != null) {
      boolean person = e.kind == SpeakerKind.PERSON;
      String name = person ? best.name.text() : best.span.text();
      return person && name.equals(name.toUpperCase(Locale.ROOT)) ? titleCase(name)
          : withoutArticle(name);
    }
    Span first = e.others.stream().min(Comparator.naturalOrder()).orElse(null);
    return first == null ? "unknown" : withoutArticle(first.text());
  }

  private static String withoutArticle(String s) {
    String t = s.strip();
    if (t.regionMatches(true, 0, "the ", 0, 4)) {
      t = t.substring(4);
    }
    return t;
  }

  private static String titleCase(String s) {
    StringBuilder sb = new StringBuilder(s.length());
    boolean start = true;
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      sb.append(start ? c : Character.toLowerCase(c));
      start = !Character.isLetter(c);
    }
    return sb.toString();
  }
}
