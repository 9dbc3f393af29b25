package org.quotekit.resolve;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;
import org.quotekit.Span;
import org.quotekit.Speaker;
import org.quotekit.SpeakerKind;
import org.quotekit.SpeakerMention;

/**
 * One real-world entity of an article as the resolver builds it: its names, its other mentions
 * (pronouns, descriptions, source mentions), its roles and what is known of its gender. Mutable;
 * confined to one {@link Resolution}.
 */
final class Entity {
  /**
   * A nickname of one to three words in quotation marks inside a full name ({@code Elizabeth
   * "Liz" Carraway}, {@code Xavier "El Profesor" Ballester}), or a handle of letters and digits
   * ({@code Oleksandr "s1mple" Kostyliev}); group 1 is the nickname.
   */
  static final Pattern QUOTED_NICKNAME = Pattern.compile(
      "\\s+[\"\u201C\u2018']([\\p{L}\\p{N}]+(?: \\p{L}+){0,2})[\"\u201D\u2019']\\s+");
  SpeakerKind kind;
  /** Whether only an unknown capitalised word stands for it so far (no title, no first name). */
  boolean tentative;
  String first;
  String last;
  String suffix;
  /** Normalised name of an organisation, place or group, or of a description. */
  String key;
  Gender declared = Gender.UNKNOWN;
  Gender firstNameGender = Gender.UNKNOWN;
  int male;
  int female;
  boolean speaker;
  /** Whether the entity is several people ("officials", "they"). */
  boolean plural;
  /** Whether the entity is a country, state or city standing for its government. */
  boolean place;
  /** Whether the entity is a thing that speaks ("the report", "the poll", "his statement"). */
  boolean thing;
  final List<NameMention> names = new ArrayList<>();
  /**
   * Of {@link #names}, kept as they are added (names are only ever appended): the fullest (most
   * words, then the longest; the first of equals), which names the entity, and the first with
   * the most words, which provenance compares a new name with.
   */
  private NameMention fullest;
  NameMention mostWords;
  /** How many of {@link #names} have a first name. */
  int fullNames;
  /** Offset of the first of {@link #names} with a first name; MAX_VALUE while none. */
  int firstFullName = Integer.MAX_VALUE;
  /** Creation order among the persons of the article (-1 for other entities). */
  int seq = -1;
  /** The salience {@link Entities} last ranked the entity by: named, full names, names. */
  boolean rankedTentative;
  int rankedFullNames;
  int rankedNames;
  /** Mentions other than names, with the text to show when the entity has no name. */
  final List<Span> others = new ArrayList<>();
  /** The first of {@link #others} in text order (the first added of equals), kept as added. */
  private Span firstOther;
  /**
   * The words that named the entity inside a longer mention ("the Trump campaign" in "a statement
   * from the Trump campaign"): its name when it has no proper name; null when none.
   */
  private Span label;
  /** The name a nameless entity is shown by, when no mention gives one ("the author"). */
  private String fixedName;
  /** Acronyms a description defined in brackets for the entity ("(ARS)"): shown as aliases. */
  final Set<String> bracketAcronyms = new LinkedHashSet<>();
  final List<Role> roles = new ArrayList<>();
  /**
   * The organisation nouns the text gave the entity ("firm", "cooperative", "club"), lower case:
   * an organisation noun of another kind does not stand for it.
   */
  final Set<String> orgTypes = new HashSet<>();
  /**
   * The organisation nouns the text wrote beside one of the entity's names ("Brokerage Tamsin
   * Brothers", "the firm Edilizia Costruzioni"), lower case: a narrower fact than {@link
   * #orgTypes}, which holds too the nouns such a noun stands for and those of a legal form.
   */
  final Set<String> givenTypes = new HashSet<>();
  /** The places the text's party and state tags give the person ("florida"), lower case. */
  final Set<String> homes = new HashSet<>();
  /** Where the entity stands in {@link Entities#all}, the order they were made in. */
  int order = -1;
  /** The organisation an unnamed speaker speaks for ("A DHSC spokeswoman"); null when none. */
  Entity affiliation;
  /** Why each mention was linked: the first reason given for a span is kept. */
  private final Map<Span, SpeakerMention> reasons = new HashMap<>();
  /** Start offsets of all mentions, to find the last one before a place in O(log n). */
  private final TreeSet<Integer> starts = new TreeSet<>();
  /** Each distinct role (head and modifiers) with every place the article gives it. */
  private final Map<String, TreeSet<Integer>> roleStarts = new HashMap<>();
  private final Map<String, Role> distinctRoles = new LinkedHashMap<>();
  private final Set<String> roleTexts = new HashSet<>();

  Entity(SpeakerKind kind) {
    this.kind = kind;
  }

  /**
   * Whether the entity is a name the text gave no kind at all: neither person nor organisation,
   * no place, gender or role ("Corvex, the fitness-tracking app, has confirmed ..."), so "the
   * company" after it may be that name.
   */
  boolean namedOfNoKind() {
    return kind == SpeakerKind.UNKNOWN && !names.isEmpty() && !place && male + female == 0
        && roles.isEmpty();
  }

  /**
   * Whether nothing showed the entity to be a person or a place: still {@link #tentative} (no
   * first name the lexicon knows, no title), no pronoun, gender or role ("Halden Chemie",
   * "Boots").
   */
  boolean nothingShown() {
    return tentative && !place && male + female == 0 && declared == Gender.UNKNOWN
        && roles.isEmpty();
  }

  /**
   * Whether the entity is a name the scan took for a person's though nothing showed it to be one:
   * no title, first name, gender, role, full name or quote of its own ("Nabisco").
   */
  boolean unsurePerson() {
    return kind == SpeakerKind.PERSON && nothingShown() && !speaker
        && names.stream().noneMatch(NameMention::full);
  }

  /**
   * Records a role; returns false when the article gives this role at this place already. The
   * role's text is kept for {@link #toSpeaker} once, however often the article repeats it.
   */
  boolean addRole(Role r) {
    String key = r.head() + " " + new TreeSet<>(r.modifiers());
    if (!roleStarts.computeIfAbsent(key, k -> new TreeSet<>()).add(r.start())) {
      return false;
    }
    distinctRoles.putIfAbsent(key, r);
    if (roleTexts.add(withoutArticle(r.text()).toLowerCase(Locale.ROOT))) {
      roles.add(r);
    }
    return true;
  }

  /**
   * Start of the nearest place before ({@code before}) or after {@code offset} where the article
   * gives the entity a role that a description with this head and these modifiers fits; -1 when
   * there is none.
   */
  int fittingRole(String head, Set<String> modifiers, int offset, boolean before,
      SpeakerLexicon lexicon) {
    int best = -1;
    for (Map.Entry<String, Role> e : distinctRoles.entrySet()) {
      if (!e.getValue().fits(head, modifiers, lexicon)) {
        continue;
      }
      TreeSet<Integer> at = roleStarts.get(e.getKey());
      Integer s = before ? at.lower(offset) : at.higher(offset);
      if (s != null && (best < 0 || (before ? s > best : s < best))) {
        best = s;
      }
    }
    return best;
  }

  /**
   * Whether the article gives the entity, before {@code offset}, a role with this head that a
   * description with these modifiers does not contradict ({@link Role#contradicts}).
   */
  boolean hasUncontradictedRoleBefore(String head, Set<String> modifiers, int offset,
      SpeakerLexicon lexicon) {
    for (Map.Entry<String, Role> e : distinctRoles.entrySet()) {
      if (e.getValue().head().equals(head) && !e.getValue().contradicts(head, modifiers, lexicon)
          && roleStarts.get(e.getKey()).lower(offset) != null) {
        return true;
      }
    }
    return false;
  }

  /**
   * Whether the article gives the entity roles with this head only of, for or to something
   * other than {@code complement} ({@link Role#complementOf}): "the representative of Dalmuri"
   * is not the "Special Representative of the Secretary-General"; false when {@code complement}
   * is null or a role with this head names none or the same.
   */
  boolean otherComplement(String head, String complement, SpeakerLexicon lexicon) {
    if (complement == null) {
      return false;
    }
    boolean other = false;
    for (Role r : distinctRoles.values()) {
      if (r.head().equals(head)) {
        String c = Role.complementOf(r.text(), head, lexicon);
        if (c == null || c.equals(complement)) {
          return false;
        }
        other = true;
      }
    }
    return other;
  }

  /**
   * Whether every role the article gives the entity with this head is contradicted by a
   * description with these modifiers ({@link Role#contradicts}); false when it has none.
   */
  boolean rolesContradict(String head, Set<String> modifiers, SpeakerLexicon lexicon) {
    boolean any = false;
    for (Role r : distinctRoles.values()) {
      if (r.head().equals(head)) {
        if (!r.contradicts(head, modifiers, lexicon)) {
          return false;
        }
        any = true;
      }
    }
    return any;
  }

  /** The name with the most words, the longest of those; null before any name. */
  NameMention fullest() {
    return fullest;
  }

  /**
   * Gives a first name of this entity the family name the text implies for it ("his wife,
   * Joan" of Kevin Mulvaney: Joan Mulvaney), which then makes it the fullest name.
   */
  void shareSurname(NameMention m, String surname, String evidence) {
    m.shareSurname(surname);
    reasons.put(m.span, new SpeakerMention(m.span, "family-name", evidence));
    rerankName(m);
  }

  private void rerankName(NameMention m) {
    if (m.words() > fullest.words()) {
      fullest = m;
    }
    if (m.words() > mostWords.words()) {
      mostWords = m;
    }
  }

  /** Records a name of the entity and the rule that linked it. */
  void addName(NameMention m, String rule, String evidence) {
    reasons.putIfAbsent(m.span, new SpeakerMention(m.span, rule, evidence));
    if (fullest == null || m.words() > fullest.words()
        || m.words() == fullest.words() && m.name.length() > fullest.name.length()) {
      fullest = m;
    }
    if (mostWords == null || m.words() > mostWords.words()) {
      mostWords = m;
    }
    names.add(m);
    if (m.full()) {
      fullNames++;
      firstFullName = Math.min(firstFullName, m.span.start());
    }
    starts.add(m.span.start());
  }

  /**
   * Records a mention other than a name (pronoun, description, source mention) and the rule
   * that linked it.
   */
  void addOther(Span s, String rule, String evidence) {
    reasons.putIfAbsent(s, new SpeakerMention(s, rule, evidence));
    others.add(s);
    if (firstOther == null || s.compareTo(firstOther) < 0) {
      firstOther = s;
    }
    starts.add(s.start());
  }

  /** Whether a mention other than a name, or a label, is recorded yet: a fresh entity has none. */
  boolean mentioned() {
    return firstOther != null || label != null;
  }

  /** The rule that linked the mention at {@code s}, or null when none is recorded there. */
  String ruleAt(Span s) {
    SpeakerMention m = reasons.get(s);
    return m == null ? null : m.rule();
  }

  /** Start of the last mention before {@code offset}, or -1. */
  int lastMentionBefore(int offset) {
    Integer s = starts.lower(offset);
    return s == null ? -1 : s;
  }

  /**
   * The gender the article gives: an honorific or gendered role first; then the usual gender of
   * the first name, unless the pronouns after its names clearly say otherwise (three or more, and
   * three times as many as agree); then the majority of those pronouns.
   */
  Gender gender() {
    if (declared != Gender.UNKNOWN) {
      return declared;
    }
    if (firstNameGender == Gender.MALE && !(female >= 3 && female >= 3 * male)
        || firstNameGender == Gender.FEMALE && !(male >= 3 && male >= 3 * female)) {
      return firstNameGender;
    }
    if (male > female) {
      return Gender.MALE;
    }
    return female > male ? Gender.FEMALE : firstNameGender;
  }

  /** Whether the entity is known to be one person (not an organisation, group or unknown). */
  boolean person() {
    return kind == SpeakerKind.PERSON && !tentative;
  }

  /** Offset of the first mention. */
  int firstOffset() {
    return starts.isEmpty() ? Integer.MAX_VALUE : starts.first();
  }

  /**
   * Whether a role says no more than the name: all its words but a leading article are the
   * name's ("The official" of "An Israeli official").
   */
  private static boolean sameWords(String role, String name) {
    Set<String> words = new HashSet<>(List.of(Splits.SPACES.split(
        withoutAnyArticle(name).toLowerCase(Locale.ROOT))));
    return words.containsAll(List.of(Splits.SPACES.split(
        withoutAnyArticle(role).toLowerCase(Locale.ROOT))));
  }

  private static String withoutAnyArticle(String s) {
    String t = s.strip();
    for (String a : new String[] {"the ", "a ", "an "}) {
      if (t.regionMatches(true, 0, a, 0, a.length())) {
        return t.substring(a.length());
      }
    }
    return t;
  }

  /** The public view of the entity, with the given id. */
  Speaker toSpeaker(String id) {
    String name = canonicalName();
    Set<String> seen = new HashSet<>();
    seen.add(name.toLowerCase(Locale.ROOT));
    List<String> aliases = new ArrayList<>();
    for (NameMention m : names) {
      for (String form : List.of(m.name.text(), m.span.text())) {
        if (seen.add(form.toLowerCase(Locale.ROOT))) {
          aliases.add(form);
        }
      }
    }
    for (String acronym : bracketAcronyms) {
      if (seen.add(acronym.toLowerCase(Locale.ROOT))) {
        aliases.add(acronym);
      }
    }
    List<String> roleList = roles.stream().sorted(Comparator.comparingInt(Role::start))
        .map(Role::text).filter(r -> !sameWords(r, name)).toList(); // "A council spokesperson"
    Set<Span> mentions = new HashSet<>();
    for (NameMention m : names) {
      mentions.add(m.span);
    }
    mentions.addAll(others);
    List<Span> sorted = new ArrayList<>(mentions);
    sorted.sort(null);
    List<SpeakerMention> provenance = new ArrayList<>(sorted.size());
    for (Span s : sorted) {
      provenance.add(reasons.get(s));
    }
    return new Speaker(id, name, kind, aliases, roleList, sorted, provenance,
        affiliation == null ? "" : affiliation.canonicalName());
  }

  /** An acronym in brackets closing a description: " (ICC)". */
  private static final Pattern CLOSING_ACRONYM = Pattern.compile(
      "[ \\t]+\\(\\p{Lu}[\\p{Lu}\\p{Ll}&.-]{1,11}\\)$");

  /**
   * The fullest proper name: for a person the name with the most words (titles left out), for
   * another entity its longest name; without a name, its first mention.
   */
  String canonicalName() {
    NameMention best = fullest;
    if (best != null) {
      boolean person = kind == SpeakerKind.PERSON;
      String name = person ? QUOTED_NICKNAME.matcher(best.name.text()).replaceAll(" ")
          + (best.sharedSurname == null ? "" : " " + best.sharedSurname)
          : best.span.text().substring(best.name.start() - best.span.start()); // past a trade
      return person && name.equals(name.toUpperCase(Locale.ROOT)) ? titleCase(name)
          : withoutArticle(name);
    }
    if (fixedName != null) {
      return withoutArticle(fixedName);
    }
    Span nameless = label != null ? label : firstOther;
    // a description without its possessive ending: "candidates" of "The candidates' estimates",
    // nor the acronym in brackets closing it ("Prosecutors at the International Criminal Court
    // (ICC)"), which names the body it is of
    return nameless == null ? "unknown" : ArticleScan.stripPossessive(withoutArticle(
        CLOSING_ACRONYM.matcher(nameless.text()).replaceFirst("")));
  }

  /** Gives a nameless entity the name it is shown by ("the author"); the first one counts. */
  void name(String fixed) {
    if (fixedName == null) {
      fixedName = fixed;
    }
  }

  /** Records the words that name the entity inside a longer mention; the first one counts. */
  void label(Span words) {
    if (label == null) {
      label = words;
    }
  }

  /** The words without a leading "the" ("The ARS" gives "ARS"), stripped. */
  static String withoutArticle(String s) {
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

  @Override
  public String toString() {
    return "Entity[" + kind + " " + (names.isEmpty() ? key : names.get(0).name.text()) + "]";
  }
}
