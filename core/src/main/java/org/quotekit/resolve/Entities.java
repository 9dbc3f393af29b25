package org.quotekit.resolve;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.NavigableSet;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.quotekit.Span;
import org.quotekit.SpeakerKind;
import org.quotekit.internal.Accents;
import org.quotekit.internal.SortedSpans;
import org.quotekit.internal.WordClasses;

/**
 * The entities of one article and the indexes that find them: persons by surname, first name and
 * sound, organisations, places and groups by key, anyone by role. {@link #groupNames()} groups the
 * names the {@link ArticleScan} found (full names first, then surnames, first names and spelling
 * variants) and learns genders. Every look-up is indexed (persons by surname, first name, initial,
 * salience and recent full names), so that resolving costs near-linear time in the mentions.
 * Not thread-safe; one instance per article.
 */
final class Entities {
  final List<Entity> all = new ArrayList<>();
  /**
   * The entities a party and state tag gave a home ({@link Entity#homes}), in the order of
   * {@link #all}.
   */
  final TreeSet<Entity> homed = new TreeSet<>(Comparator.comparingInt(e -> e.order));
  private final ArticleScan scan;
  private final SpeakerLexicon lexicon;
  /**
   * Salience order, most salient first: named (not tentative), then more full names, then more
   * names, then the first created. Reads the figures {@link #rerank} last copied.
   */
  private static final Comparator<Entity> SALIENCE = Comparator
      .comparing((Entity e) -> e.rankedTentative)
      .thenComparing(e -> e.rankedFullNames, Comparator.reverseOrder())
      .thenComparing(e -> e.rankedNames, Comparator.reverseOrder())
      .thenComparingInt(e -> e.seq);
  /** How many earlier names of a person a short name weighs at most (time stays linear). */
  private static final int NAMES_COUNTED = 500;
  private static final Comparator<Entity> CREATION = Comparator.comparingInt(e -> e.seq);
  private final Map<String, Surname> byLast = new HashMap<>();
  /**
   * Persons by the first part of a one-word name joined by hyphens and a particle ("rizwan" of
   * "Rizwan-ul-Haq"), which the text may drop later; NONE when two persons share it.
   */
  private final Map<String, Entity> joinedOpenings = new HashMap<>();
  /**
   * Persons by a surname without the Arabic article joined to it ("mansouri" of "al-Mansouri",
   * "el-Sayed"), which later mentions drop; NONE when two persons share it.
   */
  private final Map<String, Entity> withoutArticle = new HashMap<>();
  /** Persons by the first name they were created with, in salience order. */
  private final Map<String, TreeSet<Entity>> byFirst = new HashMap<>();
  private final Map<Entity, TreeSet<Entity>> firstNameRanking = new HashMap<>();
  /** Persons by phonetic code of the surname, then by surname, in creation order. */
  private final Map<String, Map<String, List<Entity>>> byCode = new HashMap<>();
  private final Map<String, Entity> byKey = new HashMap<>();
  /** Words between the first and last names of full names, to every person with one. */
  private final Map<String, List<Entity>> middleNames = new HashMap<>();
  private static final Entity NONE = new Entity(SpeakerKind.UNKNOWN);
  /** Head words of public bodies, which "the company" does not refer to. */
  private static final Set<String> PUBLIC_BODIES = Set.of("authority", "agency", "ministry",
      "department", "council", "court", "police", "union", "commission", "committee",
      "government", "office", "service", "parliament", "senate", "congress", "administration",
      "board", "bureau", "inspectorate", "directorate", "ombudsman");
  /** The public-body words but "council", which may name a body that governs nothing. */
  private static final Set<String> PUBLIC_BODIES_BUT_COUNCIL = PUBLIC_BODIES.stream()
      .filter(w -> !w.equals("council")).collect(Collectors.toUnmodifiableSet());
  /** Words of a venue's name ("Copperline Arena", "Royal Albert Hall"). */
  private static final Set<String> VENUE_WORDS = Set.of("arena", "stadium", "hall", "theatre",
      "theater", "centre", "center", "park", "ground", "dome", "pavilion", "gallery", "museum",
      "velodrome", "ballpark", "coliseum", "colosseum", "auditorium", "amphitheatre", "club");
  /**
   * Words of a name that say it is a band or an ensemble, which records for a label and is none
   * ("Low Tide Choir", "the Halle Orchestra").
   */
  private static final Set<String> ENSEMBLE_WORDS = Set.of("band", "choir", "chorus",
      "orchestra", "quartet", "quintet", "trio", "ensemble", "singers", "brothers", "sisters");
  /** Words of a local council's name that say it governs a place ("Tarrant County Council"). */
  private static final Set<String> LOCAL_AREAS = Set.of("city", "county", "borough", "district",
      "shire", "town", "municipal", "parish", "metropolitan", "regional", "village", "state");
  /** Modifiers of an organisation noun that do not tell organisations apart. */
  private static final Set<String> GENERIC = Set.of("federal", "national", "local", "state",
      "regional", "city", "county", "district", "international", "global", "private", "public");
  /** Words of the names an administration goes by ("the Trump administration", "White House"). */
  private static final Set<String> ADMINISTRATION_WORDS = Set.of("administration", "white");
  /** Nouns for a body that its name holds ("the commission": a Commission, not a Board). */
  private static final Set<String> NAMED_BODY_NOUNS = Set.of("commission", "committee", "board",
      "council", "court");
  /** Nouns that name a company ("the company", "the firm"). */
  static final Set<String> COMPANY_NOUNS = Set.of("company", "firm", "business", "chain",
      "corporation", "retailer", "manufacturer", "maker", "carrier", "airline", "bank",
      "conglomerate", "insurer", "lender", "publisher", "platform", "studio", "label", "brand",
      "startup", "start-up", "supermarket", "automaker", "carmaker", "chipmaker", "drugmaker",
      "brokerage", "biotech", "app", "exchange", "miner", "house");
  /** "the younger" or "the elder" before a surname ("the younger Mr. Ferris"). */
  private static final Pattern RELATIVE_AGE =
      Pattern.compile("(?i)\\bthe[ \t]+(younger|elder|older)[ \t]+$");
  /** "junior" or "senior" in small letters after a surname: "Mangan junior said". */
  static final Pattern GENERATION_AFTER = Pattern.compile("[ \t]+("
      + String.join("|", SourceReading.GENERATIONS) + ")\\b");
  /**
   * A speech verb right after a surname, or after an aside set off by commas, and the pronoun
   * that opens what was said: "Leblanc said she", "Leblanc told reporters that he", "Leblanc,
   * who is not related to the mayor, said she". Group 1 is the pronoun.
   */
  private static final Pattern SAID_PRONOUN = Pattern.compile("(?:,[^,.;\n]{1,100},)?"
      + "[ \t]+(?:said|says|added"
      + "|told[ \t]+\\p{Ll}+)(?:[ \t]+that)?[ \t]+(she|he)\\b");
  /** The generations of {@link #GENERATION_AFTER} that name the younger: "Hale jnr". */
  private static final Set<String> JUNIOR = Set.of("junior", "jnr");
  /** An age set after a name: "Ron Ferris, 63". */
  private static final Pattern AGE_AFTER = Pattern.compile(",[ \t]*(\\d{1,3})\\b");
  /**
   * A kinship noun and a comma right before a name: "His daughter, Amy Ferris"; also a sibling
   * the text calls younger or elder, and a second noun after "and": "His younger brother and
   * team-mate Soren Kjaergaard", "son Lewis".
   */
  private static final Pattern KIN_BEFORE = Pattern.compile(
      "(?i)\\b(son|daughter|grandson|granddaughter|nephew|niece|father|mother|grandfather|"
      + "grandmother|uncle|aunt|(?:younger|older|elder|little|big|kid)[ \t]+(?:brother|sister))"
      + "(?:[ \t]+and[ \t]+[\\p{L}-]+)?,?[ \t]+$");
  /**
   * A kinship noun owned before a full name ("His wife, Lupe Pene", "Kemar's mother, Paulette
   * Morrison"), one of those the lexicon's roles give a gender.
   */
  private static final Pattern GENDERED_KIN_BEFORE = Pattern.compile(
      "\\b(?:(?i:his|her|their)|\\p{Lu}\\p{L}+['\u2019]s)[ \t]+(?:\\p{L}+[ \t]+)?"
      + "(?i)(wife|husband|son|daughter|mother|father|brother|sister|grandmother|grandfather)"
      + ",?[ \t]+$"); // "His wife, Lupe Pene", "Kemar's mother, Paulette Morrison"
  private static final int KIN_REACH = 40;
  private static final Set<String> YOUNGER_KIN = Set.of("son", "daughter", "grandson",
      "granddaughter", "nephew", "niece", "younger", "little", "kid");
  /**
   * Company nouns that fit any company: one the text called a studio or a retailer is what "the
   * company" or "the firm" says, not what "the publisher" or "the platform" says.
   */
  private static final Set<String> GENERIC_COMPANY_NOUNS = Set.of("company", "firm", "business",
      "corporation");
  /** Words of an organisation's name that say it is no company ("Rockefeller Brothers Fund"). */
  private static final Set<String> NO_COMPANY = Set.of("fund", "foundation", "university",
      "college", "school", "institute", "institution", "association", "party", "museum",
      "church", "society", "center", "centre", "club", "coalition", "alliance", "league",
      "caucus", "campaign", "movement", "academy", "hospital", "clinic", "federation",
      "chamber", "forum", "tribunal", "watchdog", "regulator");
  /**
   * Words of the name of a public body that "the agency" may stand for ("the Food and Drug
   * Administration", "the Space Research Organisation"), "Agency" among them.
   */
  private static final Set<String> AGENCY_NAMES = Set.of("agency", "administration",
      "organisation", "organization", "authority", "service", "bureau", "office", "directorate",
      "commission");
  /** Nouns that name a body that regulates others ("the regulator", "the watchdog"). */
  private static final Set<String> REGULATORS = Set.of("regulator", "watchdog");
  /**
   * Last words of a body that oversees what the words before them name: "the charity" is no
   * Charity Commission, "the police" no Police Complaints Authority, "the exchange" no
   * Securities and Exchange Commission.
   */
  private static final Set<String> OVERSEERS = Set.of("commission", "authority", "regulator",
      "ombudsman", "inspectorate", "watchdog", "tribunal");
  /** Nouns besides {@link #OVERSEERS} that may stand for a body named by one ("the agency"). */
  private static final Set<String> OVERSEER_NOUNS = Set.of("agency", "body", "organisation",
      "organization", "institution", "panel", "government");
  /**
   * Nouns of a body whose name need not share a word with them ("The space agency", "the UK
   * competition watchdog" for the Competition and Markets Authority): with modifiers, they
   * stand for the fitting organisation named last.
   */
  static final Set<String> UNNAMED_BODIES = Set.of("agency", "regulator", "watchdog");
  /** Words of an organisation's name, besides a school's, that say it is no agency. */
  private static final Set<String> NO_AGENCY = Set.of("hospital", "clinic", "church", "museum",
      "club", "party", "union", "league", "society", "foundation", "committee", "subcommittee",
      "panel");
  /**
   * Words of an organisation's name that say it regulates nothing ({@link #REGULATORS}): a
   * school, a charity's fund, a union, a party, a court, a town's council ("the regulator" is not
   * "Hearthstone Children's Fund" or "Stockton Borough Council").
   */
  private static final Set<String> NOT_REGULATOR = Set.of("fund", "foundation", "university",
      "college", "school", "institute", "association", "party", "museum", "church", "society",
      "club", "coalition", "alliance", "league", "caucus", "campaign", "movement", "academy",
      "hospital", "clinic", "federation", "union", "court", "police", "parliament", "senate",
      "congress", "trust", "group", "company", "borough", "county", "city", "town",
      "parish", "municipal");
  /** Nouns that name a news outlet ("the newspaper", "the outlet"). */
  static final Set<String> MEDIA_NOUNS = Set.of("newspaper", "paper", "outlet",
      "publication", "magazine", "broadcaster", "network", "tabloid", "daily", "website",
      "journal");
  /** Words of a news outlet's name. */
  private static final Set<String> MEDIA_WORDS = Set.of("news", "times", "post", "journal",
      "tribune", "herald", "press", "magazine", "tv", "radio", "network", "daily", "gazette",
      "chronicle", "observer", "guardian", "telegraph", "courier", "globe", "bulletin", "review",
      "reuters", "bloomberg", "politico", "cnn", "msnbc", "nbc", "abc", "cbs", "fox", "npr", "pbs",
      "bbc", "afp", "ap", "breitbart", "axios", "buzzfeed", "slate", "salon", "vox", "today");
  /** Nouns that name a school, and the words of a school's name. */
  private static final Set<String> SCHOOL_NOUNS = Set.of("university", "college", "school",
      "academy");
  /**
   * Last words of the name of a body inside a school, not the school ("Forth Valley University
   * Students' Association", "University Press", "College Democrats").
   */
  private static final Set<String> SCHOOL_BODIES = Set.of("association", "union", "society",
      "club", "federation", "foundation", "trust", "press", "hospital", "council", "committee",
      "board", "alliance", "league", "fund", "democrats", "republicans", "senate", "hospitals");
  /** Words of the name of a police force ("Greater Manchester Police", "Garda Síochána"). */
  private static final Set<String> POLICE_WORDS = Set.of("police", "constabulary", "garda",
      "gardaí", "gendarmerie", "carabinieri", "sheriff", "sheriff's", "policing", "precinct",
      "troopers", "mounted", "patrol");
  /**
   * Words of a trade union's name ("Michigan Nurses Alliance", "UFCW Local 1400", India's "Kisan
   * Sabha" and "Mazdoor Sangh").
   */
  private static final Set<String> UNION_WORDS = Set.of("union", "alliance", "federation",
      "association", "workers", "guild", "local", "brotherhood", "teamsters", "confederation",
      "unite", "unison", "syndicat", "sindicato", "sindacato", "gewerkschaft", "federacion",
      "federazione", "confederacion", "sangh", "sangam", "sabha");
  /** Words of the name of a government or ministry ("Ministry of Finance", "Iraqi government"). */
  private static final Set<String> GOVERNMENT_WORDS = Set.of("ministry", "government",
      "administration", "cabinet", "executive", "department");
  /** Words of the name of a ministry ("Ministry of Finance", "Ministerio de Sanidad"). */
  private static final Set<String> MINISTRY_WORDS = Set.of("ministry", "ministerio",
      "ministere", "ministero", "ministerium");
  /**
   * Organisation nouns that name one kind of body ("the council", "the union", "the club"): one
   * does not stand for an organisation the text gave another kind ("a cooperative"), while a
   * generic noun ("the group", "the carmaker") may.
   */
  private static final Set<String> NARROW_NOUNS = union(PUBLIC_BODIES, NO_COMPANY,
      Set.of("cooperative", "team", "side", "board"));
  /** Common first words of organisation names that do not name one alone. */
  private static final Set<String> DISTINCTIVE_NOT = Set.of("united", "american", "british",
      "new", "royal", "first", "general", "central", "southern", "northern", "eastern",
      "western", "great", "greater", "supreme", "democratic", "republican", "independent",
      "associated", "center", "centre", "institute", "department", "ministry", "office");
  private static final TreeSet<Entity> EMPTY = new TreeSet<>(CREATION);
  /** Particles that join the parts of a one-word name ("Rizwan-ul-Haq", "Nasr-ed-Din"). */
  private static final Set<String> JOINING_PARTICLES = Set.of("ul", "ud", "ur", "us", "al",
      "el", "ed", "ad", "ar", "uz", "un");
  private int persons;
  private final Map<String, Set<Entity>> byRoleHead = new HashMap<>();
  private final Map<String, List<Entity>> orgsByHead = new HashMap<>();
  /** Surnames after "the younger" or "the elder" that ages or kinship linked ("relative-age"). */
  private final Set<NameMention> relativeAged = new HashSet<>();
  /**
   * Organisations of two or more words by their distinctive first word ("castellan" for
   * "Castellan Mining Corporation"); NONE when two organisations share it.
   */
  private final Map<String, Entity> orgsByFirst = new HashMap<>();
  /**
   * The full names that give a nickname in quotation marks, by the nickname's key ("hal" of
   * Harold "Hal" Brennan, "el profesor", a handle: "gabzin" of Gabriel "gabzin" Moreira), or
   * that "known as" after them gives one ("temi" of "Temitope Adeyemi, popularly known as Temi").
   */
  private final Map<String, List<NameMention>> nicknamed = new HashMap<>();
  /** The nouns the text wrote before or beside an organisation's name as its kind. */
  private final Set<String> givenKinds = new HashSet<>();
  /** The full names in {@link #nicknamed} that a "known as" after them gave the nickname. */
  private final Set<NameMention> knownAs = new HashSet<>();
  /**
   * The short forms an organisation's name ends with ("daily news" of "new york daily news"), to
   * the organisation; {@code NONE} for a short form of several.
   */
  private final Map<String, Entity> orgTails = new HashMap<>();
  /** The most words a short form of an organisation's name is looked for in. */
  private static final int MAX_TAIL_WORDS = 6;
  /** Words a short form never opens: it would be a phrase, not a name ("of Sciences"). */
  private static final Set<String> TAIL_OPENERS = Set.of("of", "for", "and", "the", "on", "in",
      "to", "&", "at");

  Entities(ArticleScan scan, SpeakerLexicon lexicon) {
    this.scan = scan;
    this.lexicon = lexicon;
  }

  /**
   * Groups the names of the scan into entities (organisations named in several words first),
   * gives organisations the kinds the text names ({@link #typeOrganisations}) and learns the
   * persons' genders.
   */
  void groupNames() {
    groupOrganisationNames();
    groupFullNames();
    groupOtherNames();
    relativesShareFamilyName();
    typeOrganisations();
    affiliationsInPosts();
    learnGenders();
  }

  /**
   * Makes the organisation that opens a person's post an organisation the text names, when no
   * name of it stands alone ("Kurrawang Shire Council Mayor Tony Ellery" names the Kurrawang Shire
   * Council, which "the council" and "council figures" stand for later): capitalised words ending
   * in an organisation word, then the post, a role or title. An organisation already named keeps
   * its entity; the post's words are its mention.
   */
  private void affiliationsInPosts() {
    for (Entity e : List.copyOf(all)) {
      if (e.kind != SpeakerKind.PERSON) {
        continue;
      }
      for (Role r : List.copyOf(e.roles)) {
        String[] words = Splits.SPACES.split(r.text().strip());
        int org = -1;
        for (int k = 1; k + 1 < words.length; k++) {
          String w = words[k];
          if (!Character.isUpperCase(w.charAt(0))) {
            break;
          }
          if (lexicon.is(SpeakerLexicon.Kind.ORG, ArticleScan.key(w))
              && !lexicon.is(SpeakerLexicon.Kind.ROLE, ArticleScan.key(w))) {
            org = k;
          }
        }
        String post = org < 0 ? "" : ArticleScan.key(words[org + 1]);
        if (org < 0 || !Character.isUpperCase(words[0].charAt(0))
            || !lexicon.is(SpeakerLexicon.Kind.ROLE, post)
            && !lexicon.is(SpeakerLexicon.Kind.TITLE, words[org + 1])) {
          continue;
        }
        String name = String.join(" ", Arrays.copyOfRange(words, 0, org + 1));
        int at = scan.text.indexOf(name, r.start());
        if (at < 0 || at > r.start() + r.text().length()) {
          continue;
        }
        String k = name.toLowerCase(Locale.ROOT).replace(".", "");
        Entity body = byKey.get("org:" + k); // not organisation(k): that one registers the
        if (body == null) { // name's tails and aliases as names the text gave
          body = keyed("org:" + k, SpeakerKind.ORGANIZATION);
          body.label(Span.of(scan.text, at, at + name.length()));
        }
        body.addOther(Span.of(scan.text, at, at + name.length()), "affiliation",
            quoted(name) + " opens the post of " + quoted(e.canonicalName()));
        byHead(ArticleScan.key(words[org]), body);
      }
    }
  }

  /**
   * Kin nouns whose bearer usually shares the family name of the one whose kin they are, as
   * alternatives of a regular expression.
   */
  static final String SHARING_KIN = "son|daughter|brother|sister|wife|husband|father|mother"
      + "|grandson|granddaughter";
  /**
   * Kin nouns that share the family name as {@link #SHARING_KIN} do, but only after their owner
   * ("Dwyer's widow, Margaret", "Ms Okafor's mum Grace"): alone they describe no one's kin.
   */
  private static final String OWNED_ONLY_KIN = "widow|widower|mum|mom|mam|dad|grandmother"
      + "|grandfather";

  /**
   * A kin noun owned by a person, a first name set after it: "Mulvaney's wife of 58 years,
   * [Joan]", "Mr Mistry's younger son, [Sanjay]", "his son [Jory]", "is survived by a son,
   * [Marcus]".
   */
  private static final Pattern OWNED_KIN_BEFORE = Pattern.compile(
      "(?:(\\p{Lu}[\\p{L}.-]*)['\u2019]s|\\b([Hh]is|[Hh]er|whose|survived[ \t]+by[ \t]+an?))"
      + "[ \t]+(?:\\p{Ll}+[ \t]+){0,2}(?:" + SHARING_KIN + "|" + OWNED_ONLY_KIN
      + ")(?:[ \t]+of[ \t]+\\d+[ \t]+years)?,?[ \t]+$");

  /**
   * Gives a person the article names by a first name alone, set after a kin noun its owner's
   * ({@link #OWNED_KIN_BEFORE}), the owner's family name: the obituary's "Mulvaney's wife of 58
   * years, Joan, said" is Joan Mulvaney. The owner is the named person of the possessive, or for
   * "his" and "her" (or "survived by a") the nearest person named in full before, in that
   * sentence or the two before, as a subject or by a first name the lexicon lists, whose first
   * name does not contradict the pronoun. A person the article names in full keeps that name.
   */
  private void relativesShareFamilyName() {
    List<NameMention> names = scan.names;
    for (int k = 0; k < names.size(); k++) {
      NameMention m = names.get(k);
      if (m.form != NameMention.Form.SINGLE || m.entity == null || m.sharedSurname != null
          || m.entity.kind != SpeakerKind.PERSON || m.entity.fullNames > 0) {
        continue;
      }
      Matcher kin = OWNED_KIN_BEFORE.matcher(scan.text).region(Math.max(0, m.span.start() - 60),
          m.span.start());
      if (!kin.find()) {
        continue;
      }
      NameMention owner = null;
      if (kin.group(1) != null) {
        owner = nameAt(kin.start(1));
        String word = kin.group(1).toLowerCase(Locale.ROOT);
        for (int o = k - 1; owner == null && o >= 0; o--) {
          NameMention before = names.get(o); // "Maya's" opening a sentence: Maya Kowalczyk's
          owner = before.form == NameMention.Form.PERSON && before.full()
              && (word.equals(before.first) || word.equals(before.last)) ? before : null;
        }
      } else {
        String w = kin.group(2).toLowerCase(Locale.ROOT); // "survived by a son": the deceased
        Gender g = w.equals("his") ? Gender.MALE : w.equals("her") ? Gender.FEMALE
            : Gender.UNKNOWN;
        int reach = w.equals("whose") ? 0 : 2; // "Isobel Cowie, whose father Alexander"
        for (int o = k - 1; o >= 0 && names.get(o).sentence >= m.sentence - reach; o--) {
          NameMention before = names.get(o);
          if (before.form == NameMention.Form.PERSON && before.full() && !before.inQuote
              && (before.subject || lexicon.is(SpeakerLexicon.Kind.FIRST, before.first))) {
            // a subject or a listed first name: not "the clubs of Harbor City"
            owner = g.compatible(before.gender) ? before : null;
            break;
          }
        }
      }
      Entity e = owner == null ? null : owner.entity;
      if (e != null && e != m.entity && e.kind == SpeakerKind.PERSON && e.fullest() != null
          && e.fullest().full()) {
        String written = e.fullest().name.text();
        int at = written.toLowerCase(Locale.ROOT).lastIndexOf(e.fullest().last);
        if (at >= 0) { // the family name as the text writes it
          String surname = written.substring(at, at + e.fullest().last.length());
          m.entity.shareSurname(m, surname, quoted(m.span.text()) + " follows "
              + quoted(kin.group().strip()) + ": a relative of " + quoted(written) + ", named "
              + m.span.text() + " " + surname);
        }
      }
    }
  }

  /**
   * Makes each name the text gave an organisation noun ({@link NameMention#orgType}) an
   * organisation that noun stands for: "the firm Edilizia Costruzioni" is what "the company"
   * says later, "the institute DataOpinião" what "the institute" says, and a name not yet sure
   * to be a person's ("Crestline, a Boston-based firm") no person. A name ending in a legal form
   * ("Hessler Automobil AG") is a company.
   */
  private void typeOrganisations() {
    for (NameMention m : scan.names) {
      Entity e = m.entity;
      if (e != null && e.kind == SpeakerKind.ORGANIZATION && !e.place
          && legalStem(Splits.SPACES.split(m.last.replace(".", ""))) != null) {
        typed(e, COMPANY_NOUNS); // "Hessler Automobil AG" is what "the company" says
      }
      if (m.orgType == null || e == null || e.place
          || e.kind == SpeakerKind.PERSON && !e.tentative) {
        continue;
      }
      if (e.kind != SpeakerKind.ORGANIZATION) {
        makeOrganisation(e);
      }
      if (!m.orgType.isEmpty()) {
        e.givenTypes.add(m.orgType);
        givenKinds.add(m.orgType);
      }
      Set<String> nouns = m.orgType.isEmpty() ? Set.of()
          : COMPANY_NOUNS.contains(m.orgType) ? union(GENERIC_COMPANY_NOUNS, Set.of(m.orgType))
          : m.orgType.equals("club") ? Set.of("club", "team", "side")
          : MEDIA_NOUNS.contains(m.orgType) ? MEDIA_NOUNS : Set.of(m.orgType);
      typed(e, nouns);
    }
  }

  /**
   * Whether the text wrote {@code noun} before the name of an organisation as its kind, though no
   * lexicon lists the noun as an organisation's ("fashion house Delorme": "the house" later).
   */
  boolean givenKind(String noun) {
    return givenKinds.contains(noun);
  }

  /** Makes an entity not yet sure to be a person's an organisation, ranked as one. */
  void makeOrganisation(Entity e) {
    e.kind = SpeakerKind.ORGANIZATION;
    e.tentative = false;
    rerank(e);
  }

  /** Records organisation nouns that stand for an organisation ({@link Entity#orgTypes}). */
  private void typed(Entity e, Set<String> nouns) {
    e.orgTypes.addAll(nouns);
    for (String noun : nouns) {
      byHead(noun, e);
    }
  }

  /** Lists {@code e} among the organisations the noun {@code head} may name. */
  private void byHead(String head, Entity e) {
    List<Entity> list = orgsByHead.computeIfAbsent(head, x -> new ArrayList<>());
    if (!list.contains(e)) {
      list.add(e);
    }
  }

  /** The entities with a role whose head is {@code head}. */
  Collection<Entity> withRole(String head) {
    return byRoleHead.getOrDefault(lexicon.roleHead(head), Set.of());
  }

  /** What sets a person's nickname after the full name: ", popularly known as ". */
  private static final Pattern NICKNAME_KNOWN_AS = Pattern.compile(
      ",[ \t]+(?:(?:popularly|commonly|widely|better|also|affectionately|simply)[ \t]+)?"
      + "(?:known|called)[ \t]+as[ \t]+[\"\u201C\u2018']?");

  /**
   * Full names ("Donald J. Trump") first, so that surnames can find them wherever they stand. A
   * full name that is a named organisation without its legal form ("Hessler Automobil" before
   * "Hessler Automobil AG") is that organisation; one that is a quoted nickname ({@link
   * #linkNickname}) is its person.
   */
  private void groupFullNames() {
    for (NameMention m : scan.names) { // nicknames first: one may stand before its full name
      Matcher quoted = m.form == NameMention.Form.PERSON && m.full()
          ? Entity.QUOTED_NICKNAME.matcher(m.name.text()) : null;
      if (quoted != null && quoted.find()) {
        nicknamed.computeIfAbsent(nicknameKey(quoted.group(1)), k -> new ArrayList<>()).add(m);
      }
    }
    for (int i = 1; i < scan.names.size(); i++) { // "Temitope Adeyemi, popularly known as Temi,"
      NameMention full = scan.names.get(i - 1);
      NameMention m = scan.names.get(i);
      if (full.form == NameMention.Form.PERSON && full.full() && !full.inQuote
          && m.form == NameMention.Form.SINGLE && !m.titled
          && NICKNAME_KNOWN_AS.matcher(scan.text).region(full.span.end(), m.span.start())
              .matches()) {
        nicknamed.computeIfAbsent(nicknameKey(m.name.text()), k -> new ArrayList<>()).add(full);
        knownAs.add(full);
      }
    }
    for (int i = 0; i < scan.names.size(); i++) {
      NameMention m = scan.names.get(i);
      if (m.form == NameMention.Form.PERSON && m.full()) {
        if (m.entity == null && linkAlias(scan.names, i)) {
          continue; // "Kansai Coastal Railway, or KC Rail,"
        }
        if (m.entity == null) { // (a full name a nickname before it named is linked already)
          Entity org = m.titled || lexicon.is(SpeakerLexicon.Kind.FIRST, m.first) ? null
              : byKey.get("org:" + ArticleScan.key(m.name.text()).replace(".", ""));
          if (org != null && !org.place) {
            link(m, org); // "Hessler Automobil" in the headline, "Hessler Automobil AG" after
            continue;
          }
          if (linkNickname(m)) {
            continue;
          }
          link(m, fullName(m));
        }
        Entity e = m.entity;
        String[] words = Splits.SPACES.split(m.name.text());
        for (int k = 1; k + 1 < words.length; k++) {
          String w = ArticleScan.nameKey(words[k]);
          if (w.length() > 1 && Character.isUpperCase(words[k].charAt(0))
              && !ArticleScan.initial(words[k]) && !w.equals(m.last)) {
            List<Entity> all = middleNames.computeIfAbsent(w, key -> new ArrayList<>());
            if (!all.contains(e)) {
              all.add(e);
            }
          }
        }
      }
    }
  }

  /**
   * The one person whose full name has {@code word} between its first and last names
   * ("Yusri" in "Mohamad Yusri Kamal"), or null when none or two persons' do.
   */
  private Entity byMiddleName(String word) {
    List<Entity> all = middleNames.get(word);
    return all != null && all.size() == 1 ? all.get(0) : null;
  }

  /**
   * Of two or more persons whose full names hold {@code m}'s word between their first and last
   * names ("Arango" of "Juan Camilo Arango Restrepo" and "Hernando Arango Vélez"), the one named
   * before {@code m} when only one was, else the one named most often before it; null when none
   * was named before or two are named as often.
   */
  private Entity middleNameBefore(NameMention m) {
    List<Entity> all = middleNames.getOrDefault(m.last, List.of());
    Entity best = null;
    int most = 0;
    boolean tie = false;
    for (Entity c : all) {
      if (c.firstFullName >= m.span.start() || !c.gender().compatible(m.gender)) {
        continue;
      }
      int n = 0;
      for (NameMention name : c.names) {
        n += name.span.start() < m.span.start() ? 1 : 0;
      }
      tie = n == most && best != null;
      if (n > most) {
        best = c;
        most = n;
        tie = false;
      }
    }
    return tie ? null : best;
  }

  /** The person with this first and last name (or a spelling variant), else a new one. */
  Entity fullName(NameMention m) {
    Surname s = byLast.get(m.last);
    Entity e = s == null ? null : s.withFirstName(m, lexicon);
    if (e == null) {
      e = variantOf(m);
    }
    if (e == null) {
      e = compoundSurname(m);
    }
    if (e == null) {
      e = surnameInside(m);
    }
    if (e == null && s != null) {
      e = longerNameEndingSo(s, m);
    }
    return e != null ? e : newPerson(m);
  }

  /**
   * Whether the words all are words of the dictionary ("light industry"), which no given name
   * before a family name is: a post's field the name run took in.
   */
  private static boolean commonWords(String words) {
    for (String w : Splits.SPACES.split(words.strip())) {
      if (!ArticleScan.inDictionary(w, WordClasses.Pos.NOUN, WordClasses.Pos.ADJECTIVE)) {
        return false;
      }
    }
    return true;
  }

  /**
   * The person named in full before {@code m} whose name ends with all of {@code m}'s words and
   * has more ("Ben Moussa" after "Abdelhak Ben Moussa", a family name of two words), when only
   * one such person of a gender the name allows was ("Ms Al Mansoori" of "Khalid Al Mansoori" and
   * "Fatima Al Mansoori" is Fatima); null otherwise.
   */
  private Entity longerNameEndingSo(Surname s, NameMention m) {
    String tail = m.name.text().toLowerCase(Locale.ROOT);
    Entity found = null;
    for (NameMention n : s.byEnding.getOrDefault(tail, List.of())) {
      if (n.span.start() >= m.span.start()) {
        continue;
      }
      String longer = n.name.text().toLowerCase(Locale.ROOT);
      String before = longer.substring(0, longer.length() - tail.length() - 1);
      if (n.entity != null && n.entity.gender().compatible(m.gender)
          && (!commonWords(before) || lexicon.is(SpeakerLexicon.Kind.FIRST, before))) {
        // "Fatima Al Mansoori": a listed first name, though WordNet knows a "Fatima" too
        if (found != null && found != n.entity) {
          return null;
        }
        found = n.entity;
      }
    }
    return found;
  }

  /**
   * The person whose full name has this name's last word between its first and last words, or
   * whose surname stands between this name's first and last words, and a first name that is
   * this one's or a form of it ("Tina Lau" and "Christina Lau Mei Ling", whose family name comes
   * first; "Rafael Quintero" and "Rafael Quintero Baeza"), or null.
   */
  private Entity surnameInside(NameMention m) {
    if (m.first == null || m.first.length() < 2) {
      return null;
    }
    Entity e = byMiddleName(m.last);
    if (fitsFirstName(e, m)) {
      return e;
    }
    String[] words = Splits.SPACES.split(m.name.text());
    for (int k = 1; k + 1 < words.length; k++) { // the shorter name came first: "Tina Lau"
      Surname s = byLast.get(ArticleScan.nameKey(words[k]));
      for (Entity c : s == null ? List.<Entity>of() : s.ranked) {
        if (fitsFirstName(c, m)) {
          return c;
        }
      }
    }
    return null;
  }

  /** Whether a person's first name is the name's or a form of it, and the genders agree. */
  private boolean fitsFirstName(Entity e, NameMention m) {
    return e != null && e.first != null && lexicon.sameFirstName(m.first, e.first)
        && e.gender().compatible(m.gender);
  }

  /**
   * The person whose full name ends with both words of a two-word name, the last two of three
   * or more ("Vargas Llosa" of "Mario Vargas Llosa", "Lopez Obrador"): a compound surname,
   * not a first name and surname; null when no one person's name so ends or the first word is a
   * known first name ("Hillary Clinton" is no surname of a name a word before it joined).
   */
  private Entity compoundSurname(NameMention m) {
    Entity e = lexicon.is(SpeakerLexicon.Kind.FIRST, m.first) ? null : byMiddleName(m.first);
    return e != null && m.last.equals(e.last) ? e : null;
  }

  /**
   * Links a name that is the nickname one person's full name gave in quotation marks ("El
   * Profesor" of Xavier "El Profesor" Ballester, "Hal" of Harold "Hal" Brennan) to that person,
   * linking the full name first when it comes later; false when the name is no one's nickname, or
   * two persons' (a full name itself is never one).
   */
  private boolean linkNickname(NameMention m) {
    List<NameMention> full = m.titled ? null : nicknamed.get(nicknameKey(m.name.text()));
    if (full == null || full.contains(m)) {
      return false;
    }
    Entity e = null;
    for (NameMention f : full) {
      if (f.entity == null) {
        link(f, fullName(f));
      }
      if (e != null && f.entity != e) {
        return false;
      }
      e = f.entity;
    }
    link(m, e);
    return true;
  }

  /**
   * The one person whose full name gave {@code word} as its nickname or handle in quotation marks
   * ("kiko" of Rafael "kiko" Moreira, written in small letters where no name mention is), or
   * null when no one's or two persons' full names gave it.
   */
  Entity nicknamedPerson(String word) {
    List<NameMention> full = nicknamed.get(nicknameKey(word));
    Entity e = null;
    for (NameMention f : full == null ? List.<NameMention>of() : full) {
      if (f.entity == null || e != null && f.entity != e) {
        return null;
      }
      e = f.entity;
    }
    return e;
  }

  /**
   * The key of a nickname's words ("el profesor"), without an opening "the": Gary "The Hammer"
   * Pollard is "the Hammer" and "Hammer" alike.
   */
  private static String nicknameKey(String words) {
    StringBuilder key = new StringBuilder();
    String[] split = Splits.SPACES.split(words.strip());
    int from = split.length > 1 && split[0].equalsIgnoreCase("the") ? 1 : 0;
    for (int k = from; k < split.length; k++) {
      key.append(key.length() == 0 ? "" : " ").append(ArticleScan.nameKey(split[k]));
    }
    return key.toString();
  }

  /**
   * Organisations named in more than one word first, so that a name read as a person's that is
   * one of them without its legal form can find it.
   */
  private void groupOrganisationNames() {
    for (NameMention m : scan.names) {
      if (m.entity == null && m.form == NameMention.Form.ORGANIZATION && m.last.contains(" ")) {
        link(m, organisation(m.last));
      }
    }
  }

  /** Surnames, first names and single words, in text order. */
  private void groupOtherNames() {
    List<NameMention> names = scan.names;
    for (int k = 0; k < names.size(); k++) {
      NameMention m = names.get(k);
      if (m.entity != null) {
        continue;
      }
      if (linkAlias(names, k)) {
        continue;
      }
      NameMention holder = m.form == NameMention.Form.SINGLE ? titleHolder(names, k) : null;
      if (holder != null) {
        m.entity = holder.entity; // "The Balogun of Oke-Agba, Alhaji Rasheed Ayeni, said"
        byKey.put(ALIAS + m.name.text().toLowerCase(Locale.ROOT), holder.entity);
        holder.entity.addName(m, "title", quoted(m.name.text()) + " is the title of "
            + quoted(holder.name.text()) + ", who is named beside it");
        continue;
      }
      NameMention bracketed = k > 0 ? acronymDefinedAfter(names, k) : null;
      NameMention defined = bracketed == null && k > 0 ? shortNameKnownAs(names, k) : bracketed;
      if (defined != null) { // "Northgate Freight (NF)", "the Office, known as OfReg,"
        defined.entity.kind = SpeakerKind.ORGANIZATION;
        defined.entity.tentative = false;
        m.entity = defined.entity;
        byKey.putIfAbsent("acronym:" + m.name.text().toLowerCase(Locale.ROOT).replace(".", ""),
            defined.entity);
        if (bracketed != null && m.form == NameMention.Form.SINGLE
            && !ArticleScan.acronymShape(m.name.text())) {
          byKey.putIfAbsent(ALIAS + m.name.text().toLowerCase(Locale.ROOT), defined.entity);
        } // "Legeforeningen" again later, which the scan reads as a person's name
        defined.entity.addName(m, "acronym", quoted(m.name.text()) + (bracketed != null
            ? " is defined in brackets after " : " is the short name \"known as\" after ")
            + quoted(defined.name.text()));
        continue;
      }
      if ((m.form == NameMention.Form.PERSON || m.form == NameMention.Form.SINGLE)
          && linkNickname(m)) {
        continue;
      }
      if (linkShortName(names, k)) {
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

  /**
   * Links {@code names[k]}, one plural word in capitals ("the Rams", "Rovers"), to the one
   * organisation named before it whose name holds that word before organisation words ("The
   * Ridgeway Rams Rugby League Football Club", "Harbour Rovers Football Club"): a club's short
   * name. False when no organisation holds it, or more than one, or when the word is itself an
   * organisation word or a people's ("Americans" of "Americans for Tax Reform" stays Americans).
   */
  private boolean linkShortName(List<NameMention> names, int k) {
    NameMention m = names.get(k);
    String w = m.name.text();
    Entity found = m.form == NameMention.Form.SINGLE || m.form == NameMention.Form.ORGANIZATION
        ? clubByWord(w, m.span.start()) : null;
    if (found == null) {
      return false;
    }
    m.entity = found;
    found.addName(m, "short-name", quoted(w) + " is a word of " + quoted(found.canonicalName())
        + ", the one organisation named before that holds it");
    return true;
  }

  /** A verb of reporting right after a name: "Folha de S.Paulo [reported]", "El País wrote". */
  private static final Pattern REPORTED_AFTER = Pattern.compile(
      "[ \t]+(?:(?:has|had|first|also|earlier)[ \t]+)?(?:reported|published|wrote|ran)\\b");

  /**
   * The entity named last before {@code offset}, from paragraph {@code fromParagraph} on, as the
   * subject of "reported" or "wrote" ("Folha de S.Paulo reported ..."), a person's only when no
   * title and no first name the lexicon lists show it to be one: the outlet a later "the
   * newspaper" stands for when the text gave no outlet a media noun. Null when there is none.
   */
  Entity recentReporter(int offset, int fromParagraph) {
    List<NameMention> names = scan.names;
    for (int k = SortedSpans.startingBefore(names, m -> m.span.start(), offset) - 1; k >= 0;
        k--) {
      NameMention m = names.get(k);
      if (m.paragraph < fromParagraph) {
        break;
      }
      Entity e = m.entity;
      if (e == null || m.inQuote || !REPORTED_AFTER.matcher(scan.text)
          .region(m.span.end(), scan.text.length()).lookingAt()) {
        continue;
      }
      NameMention full = e.fullest();
      if (e.kind != SpeakerKind.PERSON || !m.titled && (full == null || full.first == null
          || !lexicon.is(SpeakerLexicon.Kind.FIRST, full.first))) {
        return e;
      }
    }
    return null;
  }

  /**
   * The one organisation named before {@code offset} whose name holds the capitalised plural
   * {@code w} before organisation words ("Otters" of "The Brackley Otters Hockey Club"); null
   * when none or several do, when a person named in full has it for a surname ("Pollins" of
   * "Maeve Pollins" and "the Pollins Laboratory"), or when the word is itself an organisation
   * word or a people's.
   */
  Entity clubByWord(String w, int offset) {
    String key = w.toLowerCase(Locale.ROOT);
    if (w.length() < 4 || !w.endsWith("s") || w.contains(" ")
        || w.equals(w.toUpperCase(Locale.ROOT)) || lexicon.is(SpeakerLexicon.Kind.ORG, key)
        || lexicon.is(SpeakerLexicon.Kind.GROUP, key)
        || lexicon.is(SpeakerLexicon.Kind.NATIONALITY, key)
        || lexicon.is(SpeakerLexicon.Kind.NATIONALITY, key.substring(0, key.length() - 1))) {
      return null; // "Americans" of "Americans for Tax Reform" stays Americans
    }
    if (firstNamedSurnames().contains(key)) {
      return null;
    }
    Entity found = null;
    for (NameMention n : clubWords().getOrDefault(w, List.of())) {
      if (n.span.start() >= offset) {
        break;
      }
      if (n.entity == null) {
        continue;
      }
      if (found != null && found != n.entity) {
        return null; // two clubs hold the word
      }
      found = n.entity;
    }
    return found;
  }

  /** See {@link #clubWords()}. */
  private Map<String, List<NameMention>> clubWords;

  /**
   * The organisation names that end in an organisation word ("The Brackley Otters Hockey Club"),
   * in text order, by each of their other words as written, read once ({@link #clubByWord}).
   */
  private Map<String, List<NameMention>> clubWords() {
    if (clubWords == null) {
      clubWords = new HashMap<>();
      for (NameMention n : scan.names) {
        String[] words = Splits.SPACES.split(n.name.text());
        if (n.form != NameMention.Form.ORGANIZATION || words.length < 2 || !lexicon.is(
            SpeakerLexicon.Kind.ORG, words[words.length - 1].toLowerCase(Locale.ROOT))) {
          continue;
        }
        for (int i = 0; i < words.length - 1; i++) {
          List<NameMention> named = clubWords.computeIfAbsent(words[i], k -> new ArrayList<>());
          if (named.isEmpty() || named.get(named.size() - 1) != n) {
            named.add(n);
          }
        }
      }
    }
    return clubWords;
  }

  /** The surnames of persons named in full by a listed first name, once asked. */
  private Set<String> firstNamedSurnames;

  /**
   * The surnames of the persons the article names in full by a first name the lexicon lists
   * ("Maeve Pollins"), read once: no club's short name ({@link #clubByWord}).
   */
  private Set<String> firstNamedSurnames() {
    if (firstNamedSurnames == null) {
      firstNamedSurnames = new HashSet<>();
      for (NameMention n : scan.names) {
        if (n.form == NameMention.Form.PERSON && n.full()
            && lexicon.is(SpeakerLexicon.Kind.FIRST, n.first)) {
          firstNamedSurnames.add(n.last);
        }
      }
    }
    return firstNamedSurnames;
  }

  /** The key under which a name given after ", or" stands for the name before it. */
  private static final String ALIAS = "alias:";

  /**
   * Links {@code names[k]} to the entity of the name it is another name for: the name before it
   * when it follows that one after ", or" ({@link #namedBeforeOr}), or the one an earlier such
   * name stood for; false when it is neither.
   */
  private boolean linkAlias(List<NameMention> names, int k) {
    NameMention m = names.get(k);
    String key = ALIAS + m.name.text().toLowerCase(Locale.ROOT);
    Entity aliased = byKey.get(key);
    NameMention named = aliased == null && k > 0 ? namedBeforeOr(names.get(k - 1), m) : null;
    if (named != null) {
      aliased = named.entity;
      byKey.put(key, aliased);
    }
    if (aliased == null) {
      return false;
    }
    m.entity = aliased;
    aliased.addName(m, "alias", quoted(m.name.text()) + (named != null ? " follows "
        + quoted(named.name.text()) + " after \", or\" as another name for it"
        : " is the other name given before for " + quoted(aliased.canonicalName())));
    return true;
  }

  /** Between a title and its holder's name: the place or body it is of, then a comma. */
  private static final Pattern TITLE_APPOSITION = Pattern.compile(
      "(?: (?:of|for|to|at|in) [^.;:!?\"\u201C\u201D()]{1,80}?)?, ");

  /** A word that makes "the" after it open part of a longer phrase, not a title. */
  private static final Pattern PREPOSITION_BEFORE = Pattern.compile(
      "(?i)(?:^|\\W)(?:of|for|from|at|to|with|by|in|on|about|against|and|or)\\s+$");

  /**
   * The person {@code names[k]} is a title of, when it is one capitalised word after "the" that
   * opens a phrase, set beside a person's full name after a comma, with the place or body it is
   * of between ("The Balogun of Oke-Agba, Alhaji Rasheed Ayeni,", "the Vice-Chancellor of the
   * university, Prof. Aliyu Danjuma,"): a title no name of its own, so later "the Balogun" is
   * that person too; else null. No acronym or lexicon word: "of the ANC, Cyril Ramaphosa," and
   * "the Senate, Ann Roe," name a body.
   */
  private NameMention titleHolder(List<NameMention> names, int k) {
    NameMention m = names.get(k);
    String text = scan.text;
    int s = m.span.start();
    String word = m.name.text();
    if (s < 4 || !text.regionMatches(true, s - 4, "the ", 0, 4)
        || s > 4 && Character.isLetterOrDigit(text.charAt(s - 5))
        || word.equals(word.toUpperCase(Locale.ROOT)) || lexicon.listed(word)
        || PREPOSITION_BEFORE.matcher(text.substring(Math.max(0, s - 16), s - 4)).find()) {
      return null;
    }
    for (int j = k + 1; j < names.size() && j <= k + 3; j++) {
      NameMention n = names.get(j);
      if (n.span.start() - m.span.end() > 100) {
        return null;
      }
      if (n.form == NameMention.Form.PERSON && n.full() && n.entity != null
          && n.span.end() < text.length() && text.charAt(n.span.end()) == ','
          && TITLE_APPOSITION.matcher(text.substring(m.span.end(), n.span.start())).matches()) {
        return n;
      }
    }
    return null;
  }

  /**
   * The name {@code before} when {@code m} follows it after ", or" and closes with a comma or a
   * bracket ("Tokai Express Railway, or TX Rail, says"; "Robert Mensah, or Bobby, as fans call
   * him"): another name the text gives the same one; else null.
   */
  private NameMention namedBeforeOr(NameMention before, NameMention m) {
    String text = scan.text;
    int end = m.span.end();
    if (before.entity == null || before.entity.place || end >= text.length()
        || text.charAt(end) != ',' && text.charAt(end) != ')'
        || m.span.start() - before.span.end() > 6
        || m.first != null && lexicon.is(SpeakerLexicon.Kind.FIRST, m.first)) {
      return null; // "Hillary Clinton, or Bernie Sanders," names two
    }
    String between = text.substring(before.span.end(), m.span.start());
    return between.equals(", or ") || between.equals(" (or ") ? before : null;
  }

  /**
   * An organisation's name in its own language in one word, given in brackets after its English
   * one: a capital, then eight or more small letters ("Legeforeningen", "Energistyrelsen").
   */
  private static final Pattern NATIVE_NAME = Pattern.compile("\\p{Lu}\\p{Ll}{8,}");
  /** An acronym said as a word and written so, a capital then small letters ("Ofgem"). */
  private static final Pattern TITLE_CASE_ACRONYM = Pattern.compile("\\p{Lu}\\p{Ll}{2,7}");

  /**
   * The name that the acronym {@code names[k]} stands for when it is written in brackets right
   * after it ("Ohio Department of Transportation (ODOT)", "Swedish Agency for Marine and Water
   * Management (SwAM)"), or closes brackets that give the name in another language first ("the
   * Estonian Cyclists' Union (Eesti Jalgratturite Liit, EJL)"); else null. The acronym is
   * written as one ({@link ArticleScan#acronymShape}) and spells the name ({@link
   * ArticleScan#spells}), or the name without an acronym opening it or without its last word,
   * which brackets right after it may leave out ("UN Office for the Coordination of Humanitarian
   * Affairs (OCHA)"); after an organisation's name, an acronym of three letters or more need
   * spell nothing: it stands for the name in its own language ("the Federal Network Agency
   * (BNetzA)", "the Mexican Social Security Institute (IMSS)"), and so may that name in one word
   * of nine letters or more that no dictionary or lexicon holds ("the Norwegian Medical
   * Association (Legeforeningen)").
   */
  private NameMention acronymDefinedAfter(List<NameMention> names, int k) {
    NameMention acronym = names.get(k);
    String a = acronym.name.text();
    String text = scan.text;
    boolean titleCase = !ArticleScan.acronymShape(a) && TITLE_CASE_ACRONYM.matcher(a).matches();
    boolean nativeName = !ArticleScan.acronymShape(a) && NATIVE_NAME.matcher(a).matches()
        && !ArticleScan.inDictionary(a.toLowerCase(Locale.ROOT), WordClasses.Pos.NOUN,
            WordClasses.Pos.ADJECTIVE, WordClasses.Pos.VERB) && !lexicon.listed(a);
    if (acronym.span.end() >= text.length() || text.charAt(acronym.span.end()) != ')'
        || !ArticleScan.acronymShape(a) && !titleCase && !nativeName) {
      return null;
    }
    int open = acronym.span.start() - 1;
    while (open >= 0 && text.charAt(open) == ' ') {
      open--;
    }
    boolean glossed = false;
    if (open >= 0 && text.charAt(open) == ',') { // "(Eesti Jalgratturite Liit, EJL)"
      int o = open - 1;
      while (o >= 0 && open - o <= 80 && text.charAt(o) != '(' && text.charAt(o) != ')') {
        o--; // within 80 characters, as no bracket closes before the acronym
      }
      if (o < 0 || text.charAt(o) != '(') {
        return null;
      }
      open = o;
      glossed = true;
    }
    if (open < 0 || text.charAt(open) != '(') {
      return null;
    }
    NameMention name = null;
    for (int j = k - 1; j >= 0 && j >= k - 4 && name == null; j--) {
      NameMention n = names.get(j);
      if (n.span.end() <= open && open - n.span.end() <= 2
          && text.substring(n.span.end(), open).isBlank()) {
        name = n;
      }
    }
    if (name == null || name.entity == null || name.entity.place) {
      return null;
    }
    List<String> words = Arrays.asList(Splits.SPACES_OR_HYPHENS.split(name.name.text()));
    int n = words.size();
    String lead = words.get(0);
    boolean organisation = name.form == NameMention.Form.ORGANIZATION
        || name.entity.kind == SpeakerKind.ORGANIZATION;
    if (nativeName) { // "The Norwegian Medical Association (Legeforeningen)"
      return organisation && !glossed && acronym.form == NameMention.Form.SINGLE ? name : null;
    }
    if (titleCase) { // "the Office of Gas and Electricity Markets (Ofgem)", as British copy
      // writes an acronym said as a word: an organisation's, opening with its first letter
      return organisation && !glossed && Character.toUpperCase(lead.charAt(0)) == a.charAt(0)
          ? name : null;
    }
    if (organisation && a.length() >= 3) {
      return name; // whatever it spells: "the Federal Network Agency (BNetzA)"
    }
    return !glossed && (ArticleScan.spells(a, words)
        || n >= 4 && lead.length() <= 4 && lead.equals(lead.toUpperCase(Locale.ROOT))
            && ArticleScan.spells(a, words.subList(1, n)) // "UN Office for the ... (OCHA)"
        || n >= 4 && a.length() >= 3 && ArticleScan.spells(a, words.subList(0, n - 1)))
        ? name : null; // "Armed Conflict Location & Event Data Project (ACLED)"
  }

  /** "known as" and what opens it after an organisation's name, up to a short name. */
  private static final Pattern KNOWN_AS = Pattern.compile(
      "[ \t]*[,(][ \t]*(?:also[ \t]+|commonly[ \t]+|locally[ \t]+|better[ \t]+)?known[ \t]+as"
      + "[ \t]+(?:the[ \t]+)?");

  /**
   * The organisation whose short name {@code names[k]} is when the text gives it with "known
   * as" right after the full name ("The Utility Regulation and Competition Office, known as
   * OfReg,", "the National Disaster Agency (known as Nadma)"); else null. The short name is one
   * word in capitals, or opening with one.
   */
  private NameMention shortNameKnownAs(List<NameMention> names, int k) {
    NameMention m = names.get(k);
    String w = m.name.text();
    if (m.form != NameMention.Form.SINGLE && m.form != NameMention.Form.ORGANIZATION
        || w.indexOf(' ') >= 0 || !Character.isUpperCase(w.charAt(0))) {
      return null;
    }
    NameMention name = names.get(k - 1);
    Matcher known = KNOWN_AS.matcher(scan.text).region(name.span.end(), m.span.start());
    boolean organisation = name.form == NameMention.Form.ORGANIZATION
        || name.entity != null && name.entity.kind == SpeakerKind.ORGANIZATION;
    return organisation && name.entity != null && !name.entity.place && known.matches()
        ? name : null;
  }

  /**
   * Words before a name that give it as the family name of someone the text described instead
   * of naming ("a street cleaner surnamed Chan", "who gave only her surname, Park,").
   */
  private static final Pattern SURNAME_ONLY = Pattern.compile(
      "(?i)(?:\\bsurnamed|\\b(?:surname|family name|last name)(?: only)?,)\\s*$");

  Entity personBySurname(NameMention m) {
    if (m.first == null && SURNAME_ONLY.matcher(scan.text)
        .region(Math.max(0, m.span.start() - 30), m.span.start()).find()) {
      Entity e = newPerson(m); // someone new, whoever else bears the name
      e.tentative = false;
      return e;
    }
    String word = m.name.text();
    Entity defined = m.form == NameMention.Form.SINGLE // "FAA", "F.A.A.", "Ofgem"
        && (ArticleScan.acronymShape(ArticleScan.acronymKey(word))
            || TITLE_CASE_ACRONYM.matcher(word).matches())
        ? byKey.get("acronym:" + m.last.replace(".", "")) : null;
    if (defined != null) {
      return defined; // an acronym the text defined in brackets
    }
    Entity e = bySurname(m);
    if (e != null && m.first == null) {
      e = pairedSurname(m, e);
    }
    if (e == null && (m.form == NameMention.Form.SINGLE || m.first == null && m.titled)) {
      // "Sheikh Ridzuan", "Sir Keir": a titled given name when no one has it for a surname
      e = firstNamedBefore(byFirst.get(m.last), m);
      Entity inner = e != null && e.firstFullName > m.span.start() ? middleNameBefore(m) : null;
      e = inner != null ? inner : e; // "Lim" of "Jason Lim Teck Soon", not of "Lim Teck Hock" after
      if (e == null && m.form == NameMention.Form.SINGLE && !m.titled) {
        e = byNicknamedFirst(m.last); // "Liz" after "Elizabeth Ashdown"
      }
    }
    if (e == null) {
      e = variantOf(m);
    }
    if (e == null && (m.form == NameMention.Form.SINGLE || m.first == null)) {
      e = byMiddleName(m.last); // "Quintero", "QUINTERO:" of "Rafael Quintero Baeza"
      if (e == null) {
        e = middleNameBefore(m); // "Arango" of two persons with it, one named before
      }
    }
    if (e == null && m.form == NameMention.Form.SINGLE) {
      e = joinedOpenings.get(m.last); // "Rizwan" of "Rizwan-ul-Haq"
      e = e == NONE ? null : e;
    }
    if (e == null && (m.form == NameMention.Form.SINGLE || m.first == null)) {
      e = withoutArticle.get(m.last); // "Mansouri" of "Khalid bin Hamad al-Mansouri"
      e = e == NONE ? null : e;
    }
    if (e != null) {
      return e;
    }
    if (m.form == NameMention.Form.SINGLE) {
      if (lexicon.is(SpeakerLexicon.Kind.PLACE, m.last) && !m.who) {
        return place(m.last); // but "Jordan, 29, hit back" is a person
      }
      if (lexicon.is(SpeakerLexicon.Kind.ORG, m.last)
          || byKey.containsKey("org:" + m.last) && lexicon.aliasOf(m.last) != null) {
        return organisation(m.last); // also "Fed" after "Federal Reserve"
      }
      Entity org = orgsByFirst.get(m.last);
      if (org != null && org != NONE && !m.titled && m.gender == Gender.UNKNOWN) {
        return org; // "Castellan" after "Castellan Mining Corporation"
      }
      if (org == null && (!m.who || m.origin) && !m.titled
          && !lexicon.is(SpeakerLexicon.Kind.FIRST, m.last) && scan.originPlace(m.last)) {
        return place(m.last); // "a retired teacher from Corvington (who ...)": "who" is the teacher
      }
    }
    return newPerson(m);
  }

  /**
   * The person a lone surname stands for when {@code bySurname} found one by the last word of a
   * name: the person named before {@code m} whose name holds the word between its first and
   * last words instead ("Sosa" of "Gabriela Sosa Monteagudo", as Spanish double surnames are
   * shortened to the first), when that one was named more recently, or {@code found} was named
   * only after {@code m} ("Pablo Sosa", introduced later, is not who "Sosa" before meant). A
   * word that is also a first name ("Paul" of "John Paul Jones") is no such surname.
   */
  private Entity pairedSurname(NameMention m, Entity found) {
    Entity inner = lexicon.is(SpeakerLexicon.Kind.FIRST, m.last) ? null : byMiddleName(m.last);
    int at = m.span.start();
    if (inner == null || inner == found || inner.kind != SpeakerKind.PERSON
        || inner.firstFullName >= at || !inner.gender().compatible(m.gender)) {
      return found;
    }
    Gender next = m.gender == Gender.UNKNOWN ? nextSpeakerPronoun(m) : null;
    if (next != null && next != Gender.UNKNOWN && inner.gender() == next
        && !found.gender().compatible(next)) {
      return inner; // "Ossandón said ... \"...,\" she said": the daughter, not her father
    }
    return found.firstFullName > at || inner.firstFullName > found.firstFullName ? inner : found;
  }

  /**
   * Of the persons with a first name, the one a titled given name or lone name stands for: of
   * those whose gender does not conflict, the one whose full name the text gave last before it
   * ("Mr Tan" after "Tan Wei Ming", not "Ms Tan Hui Min" named after it), else the first made;
   * null when none fits.
   */
  private static Entity firstNamedBefore(TreeSet<Entity> named, NameMention m) {
    if (named == null) {
      return null;
    }
    Entity first = null;
    Entity before = null;
    for (Entity c : named) {
      if (!c.gender().compatible(m.gender)) {
        continue;
      }
      first = first == null ? c : first;
      if (c.firstFullName < m.span.start() && (before == null
          || c.firstFullName > before.firstFullName)) {
        before = c;
      }
    }
    return before != null ? before : first;
  }

  /**
   * The one person whose first name is another form of {@code name} ("elizabeth" for "liz",
   * "william" for "bill", by the lexicon's nicknames), or null when no one's or more than one
   * person's is.
   */
  private Entity byNicknamedFirst(String name) {
    if (!lexicon.is(SpeakerLexicon.Kind.NICKNAME, name)
        && lexicon.firstNameVariants(name).size() <= 1) {
      return null;
    }
    Entity found = null;
    for (String v : lexicon.firstNameVariants(name)) {
      TreeSet<Entity> named = v.equals(name) ? null : byFirst.get(v);
      if (named == null) {
        continue;
      }
      for (Entity e : named) {
        if (found != null && found != e) {
          return null; // "Bill" with William Ashdown and William Reyes: neither
        }
        found = e;
      }
    }
    return found;
  }

  /**
   * Whether the first word of an organisation's name may stand for it alone: no organisation
   * noun, place, first name, article or short word ("Castellan", not "National" or "New").
   */
  private boolean distinctive(String word) {
    return word.length() >= 4 && Character.isLetter(word.charAt(0))
        && !lexicon.is(SpeakerLexicon.Kind.ORG, word)
        && !lexicon.is(SpeakerLexicon.Kind.PLACE, word)
        && !lexicon.is(SpeakerLexicon.Kind.FIRST, word)
        && !lexicon.is(SpeakerLexicon.Kind.TITLE, word)
        && !lexicon.is(SpeakerLexicon.Kind.PARTY, word)
        && !GENERIC.contains(word) && !DISTINCTIVE_NOT.contains(word);
  }

  /** Whether a word is the surname of a person named so far ("Clinton" of "Hillary Clinton"). */
  boolean personSurname(String word) {
    Surname s = byLast.get(ArticleScan.nameKey(word));
    return s != null && s.ranked.stream().anyMatch(e -> e.kind == SpeakerKind.PERSON
        && e.first != null);
  }

  /** The person with this surname (and suffix); among several, the one the text points to. */
  Entity bySurname(NameMention m) {
    Surname s = byLast.get(m.last);
    if (s == null) {
      return null;
    }
    Matcher than = RELATIVE_AGE.matcher(scan.text).region(Math.max(0, m.span.start() - 20),
        m.span.start());
    Matcher generation = GENERATION_AFTER.matcher(scan.text).region(m.span.end(),
        scan.text.length());
    Entity aged = than.find()
        ? byRelativeAge(s, m, than.group(1).equalsIgnoreCase("younger"))
        : generation.lookingAt() ? byRelativeAge(s, m, JUNIOR.contains(generation.group(1)))
        : null;
    if (aged != null) {
      relativeAged.add(m);
      return aged;
    }
    Matcher said = m.gender == Gender.UNKNOWN ? SAID_PRONOUN.matcher(scan.text)
        .region(m.span.end(), scan.text.length()) : null;
    Entity spoken = said != null && said.lookingAt()
        ? s.onlyOfGender(m, Pronoun.of(said.group(1)).gender(), true) : null;
    if (spoken == null && m.gender == Gender.UNKNOWN) {
      Gender next = nextSpeakerPronoun(m);
      spoken = next == null ? null : s.onlyOfGender(m, next, true);
    }
    return spoken != null ? spoken
        : s.mostSalient(m, focusOpening(m));
  }

  /**
   * The sentence a short name's reading of recent full names counts from ({@link
   * Surname#mostSalient}): the one the quotation it closes opened in, or its own, moved back
   * one sentence when the sentence before opens with "He" or "She", which goes on about the
   * person of the surname named last, in the sentence before it, if the pronoun fits that person
   * ("Rajendra Patel said ... He denied any violation. '...,' said Mr. Patel").
   */
  private int focusOpening(NameMention m) {
    int opened = scan.quotationOpeningSentence(m.sentence, m.span.start());
    Gender pronoun = opened >= 2 ? scan.openingPersonalPronoun(opened - 1) : null;
    Surname s = pronoun == null ? null : byLast.get(m.last);
    Map.Entry<Integer, List<NameMention>> at = s == null ? null
        : s.fullNames.lowerEntry(m.span.start());
    if (at == null) {
      return opened;
    }
    NameMention last = at.getValue().get(at.getValue().size() - 1);
    return last.sentence == opened - 2 && last.entity != null
        && last.entity.gender().compatible(pronoun) ? opened - 1 : opened;
  }

  /** A cue right after a name, then what comes up to the next "he said" or "she said". */
  private static final Pattern CUE_THEN_PRONOUN_SAID = Pattern.compile("[ \t]+(?:said|says|added"
      + "|told)\\b[^\n]{0,250}?\\b(she|he)[ \t]+(?:said|says|added)\\b");

  /**
   * The gender of the pronoun that speaks next in the paragraph after a bare surname that speaks
   * ("Ossandón said the group would publish a list. \"Visitors should keep coming,\" she
   * said."), when no name stands between them: it is the same person. Null otherwise.
   */
  private Gender nextSpeakerPronoun(NameMention m) {
    Matcher cue = CUE_THEN_PRONOUN_SAID.matcher(scan.text).region(m.span.end(),
        scan.text.length());
    if (!cue.lookingAt()) {
      return null;
    }
    for (int k = SortedSpans.firstStartingAtOrAfter(scan.names, n -> n.span.start(),
        m.span.end()); k < scan.names.size() && scan.names.get(k).span.start() < cue.start(1);
        k++) {
      NameMention n = scan.names.get(k);
      if (n.form == NameMention.Form.PERSON || n.form == NameMention.Form.SINGLE
          && !ArticleScan.capitals(n.name.text())) {
        return null; // someone else named between: "she" may be hers ("the AVC" is no one)
      }
    }
    return Pronoun.of(cue.group(1)).gender();
  }

  /**
   * Of two or more persons of one surname named in full before {@code m}, the youngest (or the
   * eldest): by the ages set after their names ("Ron Ferris, 63"), else the one a kinship noun
   * before the name makes the younger ("His daughter, Amy Ferris") or the elder ("her father,
   * ..."). Null when that does not single one out.
   */
  private Entity byRelativeAge(Surname s, NameMention m, boolean younger) {
    Map<Entity, Integer> ages = new HashMap<>();
    Map<Entity, Integer> kin = new HashMap<>();
    for (List<NameMention> at : s.fullNames.headMap(m.span.start()).values()) {
      for (NameMention n : at) {
        Entity c = n.entity;
        if (c == null || !fitsShortName(c, m)) {
          continue;
        }
        kin.putIfAbsent(c, 0);
        Matcher age = AGE_AFTER.matcher(scan.text).region(n.span.end(), scan.text.length());
        if (age.lookingAt()) {
          ages.putIfAbsent(c, Integer.parseInt(age.group(1)));
        }
      }
    }
    for (Entity c : kin.keySet()) { // every name of each, "sinks son Lewis" in a headline too
      for (NameMention n : c.names) {
        if (n.span.start() < m.span.start()) {
          kinBefore(n, c, kin);
        }
      }
    }
    if (kin.size() < 2) {
      return null;
    }
    Entity best = null;
    if (ages.size() == kin.size()) {
      for (Map.Entry<Entity, Integer> a : ages.entrySet()) {
        if (best == null || (younger ? a.getValue() < ages.get(best)
            : a.getValue() > ages.get(best))) {
          best = a.getKey();
        }
      }
      return best;
    }
    int want = younger ? -1 : 1;
    for (Map.Entry<Entity, Integer> k : kin.entrySet()) {
      if (k.getValue() == want) {
        if (best != null) {
          return null;
        }
        best = k.getKey();
      }
    }
    if (best == null && kin.size() == 2 && kin.containsValue(-want) && kin.containsValue(0)) {
      for (Map.Entry<Entity, Integer> k : kin.entrySet()) { // "Patrick Mangan beat his father
        best = k.getValue() == 0 ? k.getKey() : best; // Willie Mangan": the younger is Patrick
      }
    }
    return best;
  }

  /**
   * Records in {@code kin} whether a kinship noun right before name {@code n} makes its person
   * {@code c} the younger (-1: "his son", "younger brother") or the elder (1: "her father").
   */
  private void kinBefore(NameMention n, Entity c, Map<Entity, Integer> kin) {
    Matcher k = KIN_BEFORE.matcher(scan.text).region(Math.max(0, n.span.start() - KIN_REACH),
        n.span.start());
    if (k.find()) {
      String first = Splits.SPACES.split(k.group(1).toLowerCase(Locale.ROOT))[0];
      kin.put(c, YOUNGER_KIN.contains(first) ? -1 : 1);
    }
  }

  /** Whether a person with this surname fits the other parts of a short name. */
  private static boolean fitsShortName(Entity c, NameMention m) {
    return c.gender().compatible(m.gender) && (m.suffix == null || m.suffix.equals(c.suffix))
        && (m.first == null || c.first == null || firstCompatible(c.first, m.first));
  }

  /** Among candidates for a name: the one named most often, else the first named. */
  private static Entity mostSalient(List<Entity> candidates) {
    Entity best = null;
    for (Entity c : candidates) {
      if (best == null || SALIENCE.compare(c, best) < 0) {
        best = c;
      }
    }
    return best;
  }

  /** A person whose surname is a spelling variant of this one, with no conflicting first name. */
  private Entity variantOf(NameMention m) {
    List<Entity> fit = new ArrayList<>();
    Set<Entity> seen = new HashSet<>();
    for (String code : Phonetics.keys(m.last)) {
      List<Entity> found = new ArrayList<>();
      for (Map.Entry<String, List<Entity>> surname
          : byCode.getOrDefault(code, Map.of()).entrySet()) {
        if (surname.getKey().equals(m.last)) {
          continue; // the same surname is not a variant (and may have thousands of persons)
        }
        for (Entity c : surname.getValue()) {
          if (!seen.contains(c) && c.kind == SpeakerKind.PERSON
              && (m.first == null || c.first == null || firstCompatible(c.first, m.first))
              && Objects.equals(c.suffix, m.suffix) && c.gender().compatible(m.gender)
              && Phonetics.variants(c.last, m.last) && seen.add(c)) {
            found.add(c);
          }
        }
      }
      found.sort(CREATION);
      fit.addAll(found);
    }
    return mostSalient(fit);
  }

  private static boolean firstCompatible(String a, String b) {
    return a.equals(b) || a.length() == 1 && b.startsWith(a) || b.length() == 1
        && a.startsWith(b);
  }

  /**
   * The first part of a one-word name joined by hyphens and a particle ("rizwan" of
   * "rizwan-ul-haq", "salah" of "salah-ud-din"); null for any other name.
   */
  private static String joinedOpening(String name) {
    int first = name.indexOf('-');
    int second = first < 0 ? -1 : name.indexOf('-', first + 1);
    return first > 0 && second > first
        && JOINING_PARTICLES.contains(name.substring(first + 1, second))
        ? name.substring(0, first) : null;
  }

  /** The surname without an Arabic article joined by a hyphen ("sayed" of "el-sayed"), or null. */
  private static String articleStem(String name) {
    String lower = name.toLowerCase(Locale.ROOT);
    return name.length() > 5 && (lower.startsWith("al-") || lower.startsWith("el-"))
        && name.indexOf('-', 3) < 0 ? name.substring(3) : null;
  }

  /**
   * The usual gender of a name's first name as written, marks and all, when the lexicon lists
   * it so ("Åsa", a woman's, where "Asa" is a man's), else of its key without marks.
   */
  private Gender firstNameGender(NameMention m) {
    for (String w : Splits.SPACES.split(m.name.text())) {
      if (ArticleScan.nameKey(w).equals(m.first) && !ArticleScan.key(w).equals(m.first)
          && lexicon.is(SpeakerLexicon.Kind.FIRST, w)) {
        return lexicon.genderOf(SpeakerLexicon.Kind.FIRST, w);
      }
    }
    return lexicon.genderOf(SpeakerLexicon.Kind.FIRST, m.first);
  }

  /**
   * A new person for a name; tentative (perhaps not a person at all: "Wells Fargo") until a title,
   * an honorific, a known first name, a role, the relative "who" or a pronoun shows it is one.
   */
  Entity newPerson(NameMention m) {
    Entity e = new Entity(SpeakerKind.PERSON);
    e.seq = persons++;
    e.first = m.first;
    e.last = m.last;
    e.suffix = m.suffix;
    if (m.first != null && m.first.length() > 1) {
      e.firstNameGender = firstNameGender(m);
      firstNameRanking.put(e, byFirst.computeIfAbsent(m.first, k -> new TreeSet<>(SALIENCE)));
    } else if (m.first == null && m.form == NameMention.Form.SINGLE) {
      e.firstNameGender = lexicon.genderOf(SpeakerLexicon.Kind.FIRST, m.last); // "Melanie"
    }
    e.tentative = !m.titled && e.firstNameGender == Gender.UNKNOWN;
    byLast.computeIfAbsent(m.last, k -> new Surname()).add(e);
    String opening = joinedOpening(m.last);
    if (opening != null) {
      joinedOpenings.merge(opening, e, (a, b) -> a == b ? a : NONE);
    }
    String stem = articleStem(m.last);
    if (stem != null) {
      withoutArticle.merge(stem, e, (a, b) -> a == b ? a : NONE);
    }
    for (String code : Phonetics.keys(m.last)) {
      byCode.computeIfAbsent(code, k -> new HashMap<>())
          .computeIfAbsent(m.last, k -> new ArrayList<>()).add(e);
    }
    rerank(e);
    register(e);
    return e;
  }

  /**
   * Orders a person again by salience after its names or {@link Entity#tentative} changed; call it
   * after every such change.
   */
  void rerank(Entity e) {
    if (e.seq < 0) {
      return; // only persons are ranked
    }
    TreeSet<Entity> ranked = byLast.get(e.last).ranked;
    TreeSet<Entity> firstNamed = firstNameRanking.get(e);
    ranked.remove(e);
    if (firstNamed != null) {
      firstNamed.remove(e);
    }
    e.rankedTentative = e.tentative;
    e.rankedFullNames = e.fullNames;
    e.rankedNames = e.names.size();
    ranked.add(e);
    if (firstNamed != null) {
      firstNamed.add(e);
    }
  }

  void link(NameMention m, Entity e) {
    m.entity = e;
    String[] why = nameReason(m, e);
    e.addName(m, why[0], why[1]);
    Surname surname = e.seq < 0 ? null : byLast.get(e.last);
    if (surname != null && m.full()) {
      surname.fullNames.computeIfAbsent(m.span.start(), k -> new ArrayList<>()).add(m);
      surname.addEndings(m);
    }
    if ((m.titled || m.who) && e.kind == SpeakerKind.PERSON) {
      e.tentative = false;
    }
    if (m.gender != Gender.UNKNOWN && e.declared == Gender.UNKNOWN) {
      e.declared = m.gender;
    }
    if (e.declared == Gender.UNKNOWN && e.kind == SpeakerKind.PERSON && m.full()) {
      Matcher kin = GENDERED_KIN_BEFORE.matcher(scan.text)
          .region(Math.max(0, m.span.start() - KIN_REACH), m.span.start());
      Gender g = kin.find() ? lexicon.genderOf(SpeakerLexicon.Kind.ROLE,
          kin.group(1).toLowerCase(Locale.ROOT)) : Gender.UNKNOWN;
      e.declared = g; // "His wife, Lupe Pene," is a woman, whatever her given name
    }
    if (m.full() && e.first != null && e.first.length() == 1 && m.first.length() > 1) {
      if (surname != null) {
        surname.remove(e);
      }
      e.first = m.first; // "D. Trump" then "Donald Trump"
      if (surname != null) {
        surname.add(e);
      }
      e.firstNameGender = firstNameGender(m);
      e.tentative &= e.firstNameGender == Gender.UNKNOWN;
    }
    for (Role r : m.roles) {
      addRole(e, r);
    }
    if (m.home != null) {
      e.homes.add(m.home);
      homed.add(e);
    }
    rerank(e);
  }

  /**
   * The rule and evidence that tie a name to its entity, read off the name and the entity's names
   * so far: the first name of an entity introduces it; later ones are the same name, its surname,
   * its first name, a nickname of its first name, its acronym or a spelling variant.
   */
  private String[] nameReason(NameMention m, Entity e) {
    NameMention best = e.mostWords;
    String name = quoted(m.name.text());
    if (best == null) {
      return new String[] {"first-mention", name + " introduces the entity"};
    }
    String other = quoted(best.name.text());
    if (m.name.text().equalsIgnoreCase(best.name.text()) || m.last.equals(best.last)
        && Objects.equals(m.first, best.first)) {
      return new String[] {"same-name", name + " as before"};
    }
    if (e.kind != SpeakerKind.PERSON && lexicon.aliasOf(m.last) != null) {
      return new String[] {"alias", name + " is the lexicon's short form of " + other};
    }
    if (e.kind != SpeakerKind.PERSON) {
      boolean acronym = m.name.text().equals(m.name.text().toUpperCase(Locale.ROOT))
          || best.name.text().equals(best.name.text().toUpperCase(Locale.ROOT));
      return new String[] {acronym ? "acronym" : "organisation-name",
          name + (acronym ? " abbreviates " : " is a form of ") + other};
    }
    List<NameMention> nicknameOf = nicknamed.get(nicknameKey(m.name.text()));
    if (nicknameOf != null && !nicknameOf.contains(m)) {
      return new String[] {"nickname", name + (knownAs.containsAll(nicknameOf)
          ? " is the name the text says " + other + " is known as"
          : " is the nickname in quotation marks of " + other)};
    }
    if (relativeAged.contains(m)) {
      return new String[] {"relative-age", name + " after 'the younger' or 'the elder' is "
          + other + ", by the ages or kinship the text gave the persons of that surname"};
    }
    if (m.first == null && m.last.equals(e.last)) {
      return new String[] {"surname", name + " is the surname of " + other};
    }
    if (m.first == null && m.last.equals(e.first)) {
      return new String[] {"first-name", name + " is the first name of " + other};
    }
    if (m.first == null && e.first != null && lexicon.sameFirstName(m.last, e.first)) {
      return new String[] {"nickname", name + " is a form of the first name of " + other
          + " (nicknames list)"};
    }
    if (m.first == null && e.last != null && e.last.startsWith(m.last + "-")) {
      return new String[] {"joined-name", name + " opens the joined name " + other};
    }
    if (m.first == null && e.last != null && m.last.equals(articleStem(e.last))) {
      return new String[] {"surname", name + " is the surname of " + other
          + " without its article"};
    }
    if (m.first == null && (byMiddleName(m.last) == e
        || middleNames.getOrDefault(m.last, List.of()).contains(e))) {
      return new String[] {"middle-name", name + " is a middle name of " + other};
    }
    if (m.first != null && compoundSurname(m) == e) {
      return new String[] {"compound-surname", name + " is the compound surname of " + other};
    }
    if (m.first != null && !m.last.equals(e.last) && surnameInside(m) == e) {
      return new String[] {"family-name", name + " and " + other + " share a family name and"
          + " forms of one first name"};
    }
    if (m.first != null && e.first != null && !m.first.equals(e.first)
        && lexicon.sameFirstName(m.first, e.first)) {
      return new String[] {"nickname", quoted(m.first) + " and " + quoted(e.first)
          + " are forms of one first name (nicknames list)"};
    }
    if (m.first != null && e.canonicalName().toLowerCase(Locale.ROOT)
        .endsWith(" " + m.name.text().toLowerCase(Locale.ROOT))) {
      return new String[] {"compound-surname", name + " ends the full name " + other};
    }
    if (m.last.equals(e.last)) {
      return new String[] {"same-name", name + " fits " + other + " (initial or suffix)"};
    }
    return new String[] {"spelling-variant", name + " sounds like " + other};
  }

  private static String quoted(String s) {
    return "'" + s + "'";
  }

  void addRole(Entity e, Role r) {
    if (!e.addRole(r)) {
      return;
    }
    if (e.kind == SpeakerKind.PERSON && lexicon.is(SpeakerLexicon.Kind.ROLE, r.head())) {
      e.tentative = false;
      rerank(e);
    }
    byRoleHead.computeIfAbsent(lexicon.roleHead(r.head()), k -> new LinkedHashSet<>()).add(e);
    Gender g = lexicon.genderOf(SpeakerLexicon.Kind.ROLE, r.head());
    if (g != Gender.UNKNOWN && e.declared == Gender.UNKNOWN
        && (e.firstNameGender == Gender.UNKNOWN || e.firstNameGender == g)) {
      e.declared = g; // not over a first name's: "Opposition Spokesman Andrea Bailey" is hers
    }
  }

  /**
   * The organisation with this key, its acronym's expansion, the longer name it opens before
   * "of" or "for" (two words or more: "National Academies" of "National Academies of Sciences",
   * "Brennan Center" of "Brennan Center for Justice"), or a new one.
   */
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
    Entity longer = byKey.get("before-of:" + k);
    if (longer != null) {
      return longer; // "National Academies" after "National Academies of Sciences, ..."
    }
    String[] words = k.split(" ");
    String stem = legalStem(words);
    Entity unformed = stem == null ? null : byKey.get("org:" + stem);
    if (unformed != null) { // "Paxwell Pharmaceuticals Inc" after a headline's "Paxwell
      byKey.put("org:" + k, unformed); // Pharmaceuticals": a name and its legal form, one body
      return unformed;
    }
    Entity tail = orgTails.get(k);
    if (tail == null && words.length >= 3) {
      tail = shorterTail(words); // "New York Daily News" after "Daily News"
    }
    if (tail != null && tail != NONE) {
      byKey.put("org:" + k, tail);
      tails(words, tail);
      return tail; // "the Daily News" after "New York Daily News"
    }
    e = keyed("org:" + k, SpeakerKind.ORGANIZATION);
    tails(words, e);
    for (String alias : lexicon.aliasesFor(k)) {
      byKey.putIfAbsent("org:" + alias, e); // "Fed" after "Federal Reserve": a short form
    } // the lexicon lists stands for it
    for (String link : List.of(" of ", " for ")) {
      int firstOf = k.indexOf(link);
      if (firstOf > 0 && k.substring(0, firstOf).indexOf(' ') > 0) {
        byKey.putIfAbsent("before-of:" + k.substring(0, firstOf), e); // "Brennan Center for"
      }
    }
    if (words.length >= 3 && lexicon.is(SpeakerLexicon.Kind.ORG_NAME, words[words.length - 1])) {
      keyWithoutLastWord(words, e); // "Kestrel Harbor" after "Kestrel Harbor Partners"
    } else if (words.length >= 3 && !lexicon.is(SpeakerLexicon.Kind.SPEECH,
        words[words.length - 1]) && (lexicon.is(SpeakerLexicon.Kind.ORG_NAME,
        words[words.length - 2]) || lexicon.is(SpeakerLexicon.Kind.ORG, words[words.length - 2]))) {
      // "Great Plains Mutual" after "Great Plains Mutual Health": the name to its business
      // word (but "X University" is not the "X University Poll" it ran)
      keyWithoutLastWord(words, e);
    }
    if (stem != null) {
      // "Greenfield Robotics" and "NMS" after "Greenfield Robotics Ltd", "Norvale Micro Systems
      // Inc": articles drop the legal form after the first mention
      byKey.putIfAbsent("org:" + stem, e);
      String[] stemWords = stem.split(" ");
      if (stemWords.length >= 2) {
        byKey.putIfAbsent("acronym:" + initials(stemWords), e);
      }
      if (stemWords.length >= 3
          && lexicon.is(SpeakerLexicon.Kind.ORG_NAME, stemWords[stemWords.length - 1])) {
        keyWithoutLastWord(stemWords, e); // "Lisheen Life" of "Lisheen Life Assurance dac"
      }
    }
    if (words.length >= 2) {
      StringBuilder acronym = new StringBuilder();
      StringBuilder withOf = new StringBuilder(); // "DOJ", "DoD": Department of Justice, Defense
      for (String w : words) {
        if (!w.isEmpty() && !Set.of("of", "the", "and", "for", "on", "in").contains(w)) {
          acronym.append(w.charAt(0));
        }
        if (!w.isEmpty() && !w.equals("the") && !w.equals("and")) {
          withOf.append(w.charAt(0));
        }
      }
      if (acronym.length() >= 2) {
        byKey.putIfAbsent("acronym:" + acronym, e);
      }
      if (acronym.length() >= 4 && ArticleScan.acronymMayLeaveOut(words[0], lexicon)) {
        byKey.putIfAbsent("acronym:" + acronym.substring(1), e); // "the EPA" after "NSW
      } // Environment Protection Authority", "DOT" after "Ohio Department of Transportation",
      // "the CPSC" after "U.S. Consumer Product Safety Commission"
      if (withOf.length() >= 3 && withOf.length() > acronym.length()) {
        byKey.putIfAbsent("acronym:" + withOf, e);
      }
      int of = k.lastIndexOf(" of ");
      String[] complement = of < 0 ? new String[0] : k.substring(of + 4).split(" ");
      if (complement.length >= 2) { // "VA": Department of Veterans Affairs
        byKey.putIfAbsent("acronym:" + initials(complement), e);
      }
    }
    if (words.length >= 2 && distinctive(words[0])
        && words[words.length - 1].chars().noneMatch(Character::isDigit)) { // "Hessler E7"
      orgsByFirst.merge(words[0], e, (a, b) -> a == b ? a : NONE);
    }
    boolean overseer = words.length >= 2 && OVERSEERS.contains(words[words.length - 1]);
    for (String w : words) {
      if ((lexicon.is(SpeakerLexicon.Kind.ORG, w) && !overseer || w.equals(words[words.length - 1]))
          && !(SCHOOL_NOUNS.contains(w) && lastWord(k, SCHOOL_BODIES))) { // a students' union
        byHead(w, e); // is no "university"; the Charity Commission is no "charity"
      }
    }
    return e;
  }

  /**
   * Keys an organisation also by its name's words but the last (its business word dropped), and
   * when the word before that is a business word too, by the words before both ("Twin Rivers"
   * of "Twin Rivers Electric Cooperative"), no place; unless another organisation has that key
   * already.
   */
  private void keyWithoutLastWord(String[] words, Entity e) {
    byKey.putIfAbsent("org:" + String.join(" ", Arrays.copyOf(words, words.length - 1)), e);
    if (words.length >= 4 && lexicon.is(SpeakerLexicon.Kind.ORG_NAME, words[words.length - 2])) {
      String shorter = String.join(" ", Arrays.copyOf(words, words.length - 2));
      if (!lexicon.is(SpeakerLexicon.Kind.PLACE, shorter.replace(' ', '_'))) {
        byKey.putIfAbsent("org:" + shorter, e);
      }
    }
  }

  /**
   * The organisation the text named by these words (a key, as {@link ArticleScan#key} makes it),
   * or by them and a business word after ("Pennine Northern" of "Pennine Northern Trains"); null
   * when it named none.
   */
  Entity namedOrganisation(String key) {
    Entity e = byKey.get("org:" + key);
    return e == null || e == NONE || e.kind != SpeakerKind.ORGANIZATION ? null : e;
  }

  /**
   * Registers an organisation's {@link #shortForms} ("daily news" of "new york daily news"); a
   * short form two organisations share stands for neither.
   */
  private void tails(String[] words, Entity e) {
    for (String tail : shortForms(words)) {
      orgTails.merge(tail, e, (a, b) -> a == b ? a : NONE);
    }
  }

  /**
   * The short forms of a name's words: its last two words and more, up to {@link
   * #MAX_TAIL_WORDS}, never the whole name nor one opening with a {@link #TAIL_OPENERS} word; and
   * for a name of three or four words none of those, its first and last words ("Holocaust
   * Museum" of "Holocaust Memorial Museum").
   */
  private static List<String> shortForms(String[] words) {
    List<String> out = new ArrayList<>();
    for (int k = Math.max(1, words.length - MAX_TAIL_WORDS); k + 2 <= words.length; k++) {
      if (!TAIL_OPENERS.contains(words[k])) {
        out.add(String.join(" ", Arrays.asList(words).subList(k, words.length)));
      }
    }
    if (words.length >= 3 && words.length <= 4 && Arrays.stream(words)
        .noneMatch(TAIL_OPENERS::contains)) {
      out.add(words[0] + " " + words[words.length - 1]); // "Holocaust Memorial Museum"
    }
    return out;
  }

  /**
   * The organisation named before by a short form that ends this longer name, when only one
   * did ("Daily News" for "New York Daily News"); null when none, {@code NONE} when several.
   */
  private Entity shorterTail(String[] words) {
    Entity found = null;
    for (String tail : shortForms(words)) {
      Entity e = byKey.get("org:" + tail);
      if (e != null && e.kind == SpeakerKind.ORGANIZATION && !e.place) {
        if (found != null && found != e) {
          return NONE;
        }
        found = e;
      }
    }
    return found;
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

  /** The first letters of the words, in order ("nms" of "norvale micro systems"). */
  private static String initials(String[] words) {
    StringBuilder b = new StringBuilder();
    for (String w : words) {
      if (!w.isEmpty()) {
        b.append(Accents.base(w.charAt(0)));
      }
    }
    return b.toString();
  }

  /**
   * An organisation's name without the legal form that ends it ("greenfield robotics" of
   * "greenfield robotics ltd"), or null when none does or nothing would be left.
   */
  static String legalStem(String[] words) {
    if (words.length < 2 || !LEGAL_FORMS.contains(words[words.length - 1])) {
      return null;
    }
    return String.join(" ", Arrays.copyOf(words, words.length - 1));
  }

  /** Words that end a company's name as its legal form, lower case and without dots. */
  static final Set<String> LEGAL_FORMS = Set.of("inc", "ltd", "llc", "plc", "co", "corp",
      "gmbh", "ag", "nv", "llp", "sa", "limited", "incorporated", "spa", "bv", "ab", "se",
      "oyj", "pty", "sas", "kgaa", "sal", "bhd", "tbk", "pjsc", "jsc", "sae", "qsc", "qpsc",
      "saog", "srl", "sarl", "lda", "asa", "dac");

  /** Adds a new entity to {@link #all}, numbering it in that order. */
  private void register(Entity e) {
    e.order = all.size();
    all.add(e);
  }

  Entity keyed(String key, SpeakerKind kind) {
    Entity e = byKey.get(key);
    if (e == null) {
      e = new Entity(kind);
      e.key = key;
      byKey.put(key, e);
      register(e);
    }
    return e;
  }

  Entity fresh(SpeakerKind kind, boolean plural) {
    Entity e = new Entity(kind);
    e.plural = plural;
    register(e);
    return e;
  }

  /**
   * How far before a pronoun a question put to someone is looked for: a bound, so that a
   * sentence of thousands of pronouns costs no square of its length.
   */
  private static final int QUESTION_REACH = 200;
  /** A question put to someone between a name and a pronoun: "asking whether", "asked if". */
  private static final Pattern ASKED_WHETHER = Pattern.compile(
      "(?i)\\bask(?:s|ed|ing)?\\b[^.?!]*\\b(?:whether|if)\\b");

  /**
   * A he or she after a name, with no other person named since the start of the previous
   * sentence, is a vote for that person's gender; for a name not yet known to be a person's,
   * only when it is named as a subject; not when a question put to someone stands between them
   * in one sentence ("Okoro asked whether she had left": the one asked).
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
      NameMention last = window.get(window.size() - 1);
      if (last.sentence == p.sentence() && ASKED_WHETHER.matcher(scan.text)
          .region(Math.max(last.span.end(), p.start() - QUESTION_REACH), p.start()).find()) {
        continue; // "Okoro pressed on, asking whether she had walked off": the one asked
      }
      Entity e = window.get(0).entity;
      boolean alone = true;
      boolean subject = false;
      for (NameMention m : window) {
        alone &= m.entity == e;
        subject |= m.subject;
      }
      // a word not yet known to name a person gets a vote only as a subject: "no further than
      // Benghazi and the use of her server" says nothing of Benghazi
      // a first name's gender gives way to subject pronouns only: in "Samuel Okafor, who joined
      // her lab" the possessive is the woman the article is about
      if (alone && (subject || !e.tentative)
          && (p.subject() || e.firstNameGender == Gender.UNKNOWN)) {
        if (p.gender() == Gender.MALE) {
          e.male++;
        } else {
          e.female++;
        }
      }
    }
  }

  /**
   * The place named last before {@code offset} outside quotations, not earlier than paragraph
   * {@code fromParagraph}; null when there is none.
   */
  Entity recentPlace(int offset, int fromParagraph) {
    List<NameMention> names = scan.names;
    for (int k = SortedSpans.startingBefore(names, m -> m.span.start(), offset) - 1; k >= 0; k--) {
      NameMention m = names.get(k);
      if (m.paragraph < fromParagraph) {
        return null;
      }
      if (!m.inQuote && m.entity != null && m.entity.place) {
        return m.entity;
      }
    }
    return null;
  }

  /**
   * The named organisation mentioned last before {@code offset} outside quotations, not earlier
   * than paragraph {@code fromParagraph}, that is not a place and whose name fits the kind of
   * organisation the noun {@code head} names ({@link #fitsNoun}); null when there is none. When
   * that name is no subject and a fitting organisation is its sentence's subject, the subject:
   * "Pellworth Interactive has closed its studio, Saltmarsh Games. The publisher said" is
   * Pellworth's.
   */
  Entity recentNamedOrganisation(int offset, int fromParagraph, String head) {
    if (head.equals("agency")) { // "The agency's briefing documents" after "the Food and Drug
      // Administration", though a company and a university were named since
      Entity named = recentNamedOrganisation(offset, fromParagraph, head,
          m -> anyWord(m.entity.canonicalName().toLowerCase(Locale.ROOT), AGENCY_NAMES));
      if (named != null) {
        return named;
      }
    }
    if (REGULATORS.contains(head)) { // "the UK competition watchdog": a public body's name
      return recentNamedOrganisation(offset, fromParagraph, head,
          m -> anyWord(m.entity.canonicalName().toLowerCase(Locale.ROOT), PUBLIC_BODIES)
              || anyWord(m.entity.canonicalName().toLowerCase(Locale.ROOT), REGULATORS));
    }
    return recentNamedOrganisation(offset, fromParagraph, head, m -> true);
  }

  /** Words of a name that make it a membership body, as a trade or lobby group is. */
  private static final Set<String> MEMBERSHIP_BODIES = Set.of("association", "federation",
      "council", "institute", "alliance", "coalition", "union", "society", "chamber", "league",
      "forum", "network", "confederation", "guild", "lobby", "group", "campaign", "caucus");

  /**
   * The membership body named last before {@code offset} outside quotations, not earlier than
   * paragraph {@code fromParagraph}: what "the trade group" or "the lobby group" stands for
   * ("..., the Mortgage Lenders Association of America said. ..., the trade group said"); null
   * when none is.
   */
  Entity recentMembershipBody(int offset, int fromParagraph) {
    return recentNamedOrganisation(offset, fromParagraph, "group",
        m -> anyWord(m.entity.canonicalName().toLowerCase(Locale.ROOT), MEMBERSHIP_BODIES));
  }

  /**
   * {@link #recentNamedOrganisation(int, int, String)} in any paragraph before {@code offset},
   * past the organisations {@code skip} tells to pass over; null when none is left.
   */
  Entity recentNamedOrganisation(int offset, String head, Predicate<Entity> skip) {
    return recentNamedOrganisation(offset, 0, head, m -> !skip.test(m.entity));
  }

  /** {@link #recentNamedOrganisation(int, int, String)} among the names that {@code pass}. */
  private Entity recentNamedOrganisation(int offset, int fromParagraph, String head,
      Predicate<NameMention> pass) {
    List<NameMention> names = scan.names;
    for (int k = SortedSpans.startingBefore(names, m -> m.span.start(), offset) - 1; k >= 0; k--) {
      NameMention m = names.get(k);
      if (m.paragraph < fromParagraph) {
        return null;
      }
      if (!namedBodyFitting(m, head) || ownedModifier(m) || !pass.test(m)
          || COMPANY_NOUNS.contains(head) && namedInPassing(m)) {
        continue; // "X told Reuters in an interview. ..., the company said": not Reuters
      }
      for (int b = k - 1; !m.subject && b >= 0 && names.get(b).sentence == m.sentence; b--) {
        NameMention s = names.get(b);
        if (s.subject && !complement(s) && s.entity != null && s.entity != m.entity
            && !lexicon.is(SpeakerLexicon.Kind.PLACE, s.name.text().toLowerCase(Locale.ROOT))
            && !dateline(s) // "Mossvale - ..., with Kwikmart saying": no subject
            && (namedBodyFitting(s, head) || COMPANY_NOUNS.contains(head) && !s.inQuote
                && s.entity.kind == SpeakerKind.PERSON && s.entity.nothingShown())) {
          makeOrganisation(s.entity); // "Pellworth Interactive has closed its studio": no person
          return s.entity;
        }
      }
      return m.entity;
    }
    return null;
  }

  /** "told" and any article right before a name: the name is who was told. */
  private static final Pattern TOLD_BEFORE = Pattern.compile("\\btold[ \t]+(?:the[ \t]+)?$");

  /** A news agency's credit in a dateline: "BOSTON, Oct 3 (Reuters) -". */
  private static final Pattern CREDIT_AFTER = Pattern.compile("\\)[ \t]*[-\u2013\u2014]");

  /** Whether a name is a news agency's credit in brackets before a dateline's dash. */
  private boolean creditLine(NameMention m) {
    int s = m.span.start();
    return s > 0 && scan.text.charAt(s - 1) == '('
        && CREDIT_AFTER.matcher(scan.text).region(m.span.end(), scan.text.length()).lookingAt();
  }

  /** Whether a name is the one told something ("told Reuters", "told the Gazette"). */
  private boolean toldTo(NameMention m) {
    int s = m.span.start();
    return TOLD_BEFORE.matcher(scan.text).region(Math.max(0, s - 12), s).find();
  }

  /**
   * A noun for a post or a page right after a name: the name is where something was posted ("an
   * Instagram post", "his TikTok video", "the Facebook page"), no body that "the company" may be.
   */
  private static final Pattern POST_AFTER = Pattern.compile("[ \t]+(?:post|posts|story|stories"
      + "|page|account|video|videos|live|livestream|feed|channel|message|messages|thread)\\b");

  /**
   * Whether a name is only who was told ("told Reuters") or where something was posted ("an
   * Instagram post", {@link #POST_AFTER}): no body that "the company" may be.
   */
  private boolean namedInPassing(NameMention m) {
    return toldTo(m) || addressedInOpening(m)
        || POST_AFTER.matcher(scan.text).region(m.span.end(), scan.text.length()).lookingAt();
  }

  /** An opening phrase up to "to", "with" or "before" (and "the") right before a name. */
  private static final Pattern ADDRESSED_OPENING = Pattern.compile("(?:[.!?][\"\u201D]?[ \t]+"
      + "|\\n)(?:In|Through)\\b[^,;.!?\\n]*[ \t](?:to|with|before)[ \t]+(?:the[ \t]+)?$");
  /** A comma closing the opening phrase a few words after a name. */
  private static final Pattern OPENING_CLOSED = Pattern.compile("[^,;.!?\\n]{0,30},");

  /**
   * Whether a name is whom an opening phrase addresses ("In a statement to the Stock Exchange,
   * the company said", "In a filing with the SEC,"): the body told, not who speaks.
   */
  private boolean addressedInOpening(NameMention m) {
    int s = m.span.start();
    return ADDRESSED_OPENING.matcher(scan.text).region(Math.max(0, s - 80), s).find()
        && OPENING_CLOSED.matcher(scan.text).region(m.span.end(), scan.text.length())
            .lookingAt();
  }

  /** A possessive right before a name ("its Facebook page", "Halvorsen's ALS drug"). */
  private static final Pattern OWNER_BEFORE = Pattern.compile(
      "(?:\\b(?i:its|his|her|their|our|my|your)|\\p{Lu}[\\p{L}.-]*['\u2019]s)[ \t]+$");
  /** A word in small letters right after a name: the name modifies it ("page"). */
  private static final Pattern NOUN_AFTER = Pattern.compile("[ \t]+\\p{Ll}");

  /**
   * Whether a name stands between a possessive and a noun, modifying that noun: "on its Facebook
   * page", "their Toyota pickup", "Halvorsen's ALS drug" name no body that "the company" may be.
   */
  private boolean ownedModifier(NameMention m) {
    int s = m.span.start();
    return OWNER_BEFORE.matcher(scan.text).region(Math.max(0, s - 40), s).find()
        && NOUN_AFTER.matcher(scan.text).region(m.span.end(), scan.text.length()).lookingAt();
  }

  /**
   * Whether a preposition, with or without "the", stands right before a name: the name is a
   * complement ("Lorenzo Bianchi of the Turin Heritage Trust said"), though the scan may mark it
   * a subject before the verb.
   */
  boolean complement(NameMention m) {
    int at = wordStartBefore(m.span.start());
    String word = wordFrom(at);
    if (word.equals("the")) {
      word = wordFrom(wordStartBefore(at));
    }
    return PREPOSITIONS.contains(word);
  }

  /** Where the word that ends before {@code offset}, past spaces, starts. */
  private int wordStartBefore(int offset) {
    String text = scan.text;
    int start = offset;
    while (start > 0 && text.charAt(start - 1) == ' ') {
      start--;
    }
    while (start > 0 && Character.isLetter(text.charAt(start - 1))) {
      start--;
    }
    return start;
  }

  /** The word in letters starting at {@code start}, in small letters. */
  private String wordFrom(int start) {
    String text = scan.text;
    int end = start;
    while (end < text.length() && Character.isLetter(text.charAt(end))) {
      end++;
    }
    return text.substring(start, end).toLowerCase(Locale.ROOT);
  }

  /** Prepositions before a name that make it a complement. */
  private static final Set<String> PREPOSITIONS = Set.of("of", "for", "at", "from", "with", "by",
      "in", "on", "to", "against", "about", "over", "into");

  /**
   * Whether a name opens its paragraph and a dash or colon follows it: a dateline
   * ("Mossvale - The country's grocers ...", "NAIROBI:"), where the story was
   * filed, no subject.
   */
  private boolean dateline(NameMention m) {
    String text = scan.text;
    int before = m.span.start() - 1;
    while (before >= 0 && text.charAt(before) == ' ') {
      before--;
    }
    if (before >= 0 && text.charAt(before) != '\n') {
      return false;
    }
    int after = m.span.end();
    while (after < text.length() && (text.charAt(after) == ' ' || text.charAt(after) == ',')) {
      after++;
    }
    return after < text.length() && "-\u2013\u2014:".indexOf(text.charAt(after)) >= 0;
  }

  /**
   * The entity of the name mentioned last before {@code offset}, not earlier than paragraph
   * {@code fromParagraph}, that {@code fits}; null when none does.
   */
  private Entity recentName(int offset, int fromParagraph, Predicate<NameMention> fits) {
    List<NameMention> names = scan.names;
    for (int k = SortedSpans.startingBefore(names, m -> m.span.start(), offset) - 1; k >= 0; k--) {
      NameMention m = names.get(k);
      if (m.paragraph < fromParagraph) {
        return null;
      }
      if (fits.test(m)) {
        return m.entity;
      }
    }
    return null;
  }

  /**
   * The one organisation, no place, named outside quotations from paragraph {@code from} to
   * paragraph {@code to} whose name holds {@code words} in a row, in small letters ("inspector
   * general" of "the Commerce Department's Office of Inspector General"); null when none or more
   * than one does.
   */
  Entity organisationWithWords(List<String> words, int from, int to) {
    Entity found = null;
    for (NameMention m : scan.names) {
      if (m.paragraph < from || m.paragraph > to || m.inQuote || m.entity == null
          || m.entity.kind != SpeakerKind.ORGANIZATION || m.entity.place || m.entity == found) {
        continue;
      }
      List<String> name = Arrays.asList(Splits.SPACES_OR_HYPHENS.split(
          m.entity.canonicalName().toLowerCase(Locale.ROOT)));
      if (Collections.indexOfSubList(name, words) >= 0) {
        if (found != null) {
          return null;
        }
        found = m.entity;
      }
    }
    return found;
  }

  /**
   * The organisation fitting the noun {@code head} ({@link #namedBodyFitting}) whose first name
   * mention lies between {@code from} and {@code to}, outside quotations: one the text names
   * just after it introduced a body of that noun unnamed ("after a watchdog group reported ...
   * The report, published by the nonprofit Center for Accountable Media"); null when none is.
   */
  Entity organisationFirstNamedBetween(int from, int to, String head) {
    Entity found = null;
    for (int k = SortedSpans.startingBefore(scan.names, m -> m.span.start(), to) - 1; k >= 0;
        k--) {
      NameMention m = scan.names.get(k);
      if (m.span.start() <= from) {
        break;
      }
      if (namedBodyFitting(m, head) && m.entity.names.get(0) == m) {
        found = m.entity;
      }
    }
    return found;
  }

  /**
   * The organisation named outside quotations last before {@code offset}, not earlier than
   * paragraph {@code fromParagraph}, with a word of its name that opens with {@code stem}
   * ("investigat" of "Air Accidents Investigation Branch"); failing that, the first one named
   * after it up to paragraph {@code toParagraph} (-1 for none); null when none is.
   */
  Entity bodyWithWordOpening(String stem, int offset, int fromParagraph, int toParagraph) {
    Predicate<NameMention> fits = m -> !m.inQuote && m.entity != null && !m.entity.place
        && m.entity.kind == SpeakerKind.ORGANIZATION
        && Arrays.stream(Splits.SPACES_OR_HYPHENS.split(m.name.text()))
            .anyMatch(w -> w.toLowerCase(Locale.ROOT).startsWith(stem));
    Entity before = recentName(offset, fromParagraph, fits);
    return before != null ? before : nextName(offset, toParagraph, fits);
  }

  /**
   * As {@link #recentNamedOrganisation}, for a public-body noun ({@link #PUBLIC_BODIES}: "agency",
   * "department", "authority") and a named organisation whose name says it is a public body;
   * null when the noun is no public body's or none is named.
   */
  Entity recentPublicBody(int offset, int fromParagraph, String head) {
    if (!PUBLIC_BODIES.contains(head) && !head.equals("regulator")) {
      return null;
    }
    return recentName(offset, fromParagraph, m -> namedBodyFitting(m, head)
        && anyWord(m.entity.canonicalName().toLowerCase(Locale.ROOT), PUBLIC_BODIES));
  }

  /**
   * Whether every one of an organisation noun's modifiers only says at what level it works
   * ("state", "federal", "local"), so that it tells no organisation from another; false for none.
   */
  static boolean genericModifiers(Set<String> modifiers) {
    return !modifiers.isEmpty() && GENERIC.containsAll(modifiers);
  }

  /**
   * The named organisation mentioned first after {@code offset} outside quotations, up to
   * paragraph {@code toParagraph}, that is not a place and whose name fits the noun {@code head}
   * ({@link #fitsNoun}): what a bare noun in a lead names ("..., the union said." before "The
   * Michigan Nurses Alliance said"); null when there is none.
   */
  Entity nextNamedOrganisation(int offset, int toParagraph, String head) {
    return nextName(offset, toParagraph, m -> namedBodyFitting(m, head));
  }

  /**
   * The entity of the name mentioned first at or after {@code offset}, up to paragraph {@code
   * toParagraph}, that {@code fits}; null when none does.
   */
  Entity nextName(int offset, int toParagraph, Predicate<NameMention> fits) {
    List<NameMention> names = scan.names;
    for (int k = SortedSpans.startingBefore(names, m -> m.span.start(), offset);
        k < names.size() && names.get(k).paragraph <= toParagraph; k++) {
      if (fits.test(names.get(k))) {
        return names.get(k).entity;
      }
    }
    return null;
  }

  /**
   * Whether a name outside quotations names an organisation, no place, that the organisation noun
   * {@code head} may stand for: one the text gave that noun ({@link Entity#orgTypes}); not one
   * it gave another kind when the noun names one kind ({@link #NARROW_NOUNS}); else by its name
   * ({@link #fitsNoun}).
   */
  private static boolean namedBodyFitting(NameMention m, String head) {
    if (!m.inQuote && m.entity != null && COMPANY_NOUNS.contains(head)
        && m.entity.names.size() > 1 && (m.entity.namedOfNoKind()
            || m.entity.unsurePerson() && m.entity.names.stream().anyMatch(n -> n.subject))) {
      return true; // "FreshMart announced ... The retailer said": a name given no kind
    }
    if (m.inQuote || m.entity == null || m.entity.kind != SpeakerKind.ORGANIZATION
        || m.entity.place) {
      return false;
    }
    String name = m.entity.canonicalName().toLowerCase(Locale.ROOT);
    if (m.entity.orgTypes.contains(head)) {
      return true;
    }
    if (!m.entity.orgTypes.isEmpty() && NARROW_NOUNS.contains(head) && !REGULATORS.contains(head)
        && !anyWord(name, headWords(head))) {
      return false; // "the council" is not "Woongemeenschap De Linde, a cooperative"
    }
    return fitsNoun(head, name);
  }

  /**
   * The one organisation named outside quotations before {@code offset}, anywhere in the text,
   * whose name says it is of the kind a noun with a narrow fit names ("the union": the only
   * union, federation or guild named; also "the newspaper", and "the company" for the only body
   * whose name is no public body's, school's or the like); null when none or several are, or the
   * noun fits any organisation.
   */
  Entity onlyNamedOfKind(String head, int offset) {
    if (!head.equals("union") && !MEDIA_NOUNS.contains(head) && !COMPANY_NOUNS.contains(head)) {
      return null;
    }
    Set<String> trade = TRADE_WORDS.get(head);
    Entity ofTrade = trade == null ? null : onlyNamedOfKind(head, offset,
        m -> anyWord(m.entity.canonicalName().toLowerCase(Locale.ROOT), trade));
    return ofTrade != null ? ofTrade : onlyNamedOfKind(head, offset, m -> true);
  }

  /**
   * {@link #onlyNamedOfKind(String, int)} among the names that {@code pass}: "the insurer" is
   * the one company whose name says it insures (Lisheen Life Assurance), whatever law firm the
   * text named too.
   */
  private Entity onlyNamedOfKind(String head, int offset, Predicate<NameMention> pass) {
    Entity found = null;
    List<NameMention> names = scan.names;
    for (int k = SortedSpans.startingBefore(names, m -> m.span.start(), offset) - 1; k >= 0; k--) {
      NameMention m = names.get(k);
      if (namedBodyFitting(m, head) && !ownedModifier(m) && pass.test(m)
          && !(COMPANY_NOUNS.contains(head) && (namedInPassing(m) || creditLine(m)))) {
        if (found != null && found != m.entity) {
          return null;
        }
        found = m.entity;
      }
    }
    return found;
  }

  /**
   * Whether an organisation of that name may be what the organisation noun {@code head} stands
   * for: a company noun ("the company", "the firm") never a public body, fund, school or other
   * body whose name says it is no company, and "the label" no band either; a media noun ("the
   * newspaper", "the outlet") only an organisation whose name is a news outlet's; a school noun
   * only a school; "the union" only a body whose name says it is one; "the ministry" or "the
   * government" only a government body; "the club" or "the team" no public body; "the campaign"
   * or "the party" no news outlet; "the administration" only one so named or the White House;
   * "the commission", "committee", "board", "council" or "court" only a body whose name holds
   * that noun; "the group" no school or public body; "the regulator" or "the watchdog" no body
   * whose name says it regulates nothing ({@link #NOT_REGULATOR}); any other noun any
   * organisation. A body whose last word says it oversees others ({@link #OVERSEERS}: "Charity
   * Commission") fits only that word and the general nouns of {@link #OVERSEER_NOUNS}, never "the
   * charity" it oversees.
   */
  static boolean fitsNoun(String head, String name) {
    if (lastWord(name, LAW_WORDS)) {
      return false; // "the firm" is no Insurance Ordinance: a law, not a body
    }
    if (!OVERSEERS.contains(head) && !OVERSEER_NOUNS.contains(head) && lastWord(name, OVERSEERS)
        && !lastWord(name, Set.of(head))) {
      return false; // "the charity" is no Charity Commission nor Fundraising Regulator
    }
    if (COMPANY_NOUNS.contains(head)) { // "the label" is no band it signed either
      return !anyWord(name, PUBLIC_BODIES) && !anyWord(name, NO_COMPANY) && !otherTrade(head, name)
          && !(head.equals("label") && anyWord(name, ENSEMBLE_WORDS));
    }
    if (MEDIA_NOUNS.contains(head)) {
      return anyWord(name, MEDIA_WORDS);
    }
    if (head.equals("campaign") || head.equals("party")) {
      return !anyWord(name, MEDIA_WORDS); // "the campaign" is no outlet that interviewed someone
    }
    if (SCHOOL_NOUNS.contains(head)) { // "the university" is no "University Students' Union"
      return anyWord(name, SCHOOL_NOUNS) && !lastWord(name, SCHOOL_BODIES);
    }
    if (head.equals("police")) {
      return anyWord(name, POLICE_WORDS); // "the police" is no city corporation named before
    }
    if (head.equals("union")) {
      return anyWord(name, UNION_WORDS);
    }
    if (head.equals("ministry")) {
      return anyWord(name, MINISTRY_WORDS); // "the ministry" is no central bank
    }
    if (head.equals("government")) {
      return anyWord(name, GOVERNMENT_WORDS);
    }
    if (head.equals("club") || head.equals("team") || head.equals("side")) {
      return !anyWord(name, PUBLIC_BODIES); // "the club" is no county council
    }
    if (head.equals("administration")) {
      return anyWord(name, ADMINISTRATION_WORDS); // "the administration" is no committee
    }
    if (NAMED_BODY_NOUNS.contains(head)) {
      return anyWord(name, Set.of(head)); // "the commission" is no Board of Elections
    }
    if (REGULATORS.contains(head)) {
      return !anyWord(name, NOT_REGULATOR); // "the regulator" is no charity's fund it looks into
    }
    if (head.equals("venue")) {
      return anyWord(name, VENUE_WORDS); // "the venue" is the arena, not the league playing there
    }
    if (head.equals("agency")) { // "the agency" is no university its panel's chair works at
      return !anyWord(name, SCHOOL_NOUNS) && !anyWord(name, NO_AGENCY);
    }
    if (head.equals("group")) { // no university (but an association of school officials);
      // a council only when it is no local one
      return (!anyWord(name, SCHOOL_NOUNS) || anyWord(name, SCHOOL_BODIES))
          && (!anyWord(name, PUBLIC_BODIES)
          || anyWord(name, Set.of("council")) && !anyWord(name, LOCAL_AREAS)
              && !anyWord(name, PUBLIC_BODIES_BUT_COUNCIL));
    }
    return true;
  }

  /** Last words of the name of a law, which no organisation noun stands for. */
  private static final Set<String> LAW_WORDS = Set.of("act", "ordinance", "statute", "bill",
      "directive", "regulations", "code", "treaty", "amendment");

  /** Words of the name of a bank or another lender: "the bank" and "the lender" are one trade. */
  private static final Set<String> LENDING_WORDS = Set.of("bank", "banking", "bancorp",
      "bankers", "lending", "loans", "credit", "mortgage", "mortgages", "finance", "savings");

  /** Words of a company's name that say its trade, by the noun for a company of that trade. */
  private static final Map<String, Set<String>> TRADE_WORDS = Map.of(
      "insurer", Set.of("insurance", "assurance", "reinsurance", "insurers", "mutual",
          "underwriters", "underwriting", "life", "re"),
      "bank", LENDING_WORDS,
      "lender", LENDING_WORDS,
      "airline", Set.of("airlines", "airways", "air", "aviation"),
      "brokerage", Set.of("brokers", "broking", "brokerage"));

  /**
   * Whether a company's name says a trade other than the one {@code head} names and not that one:
   * "the insurer" is no Central Bank of Ireland, "the bank" no Lisheen Life Assurance.
   */
  private static boolean otherTrade(String head, String name) {
    Set<String> own = TRADE_WORDS.get(head);
    if (own == null || anyWord(name, own)) {
      return false;
    }
    for (Map.Entry<String, Set<String>> e : TRADE_WORDS.entrySet()) {
      if (!e.getKey().equals(head) && anyWord(name, e.getValue())) {
        return true;
      }
    }
    return false;
  }

  @SafeVarargs
  private static Set<String> union(Set<String>... sets) {
    Set<String> all = new HashSet<>();
    for (Set<String> s : sets) {
      all.addAll(s);
    }
    return Set.copyOf(all);
  }

  /**
   * The words of an organisation's name that say it is what the noun {@code head} names: the noun
   * itself, and for "agency" the other words of a public body's name ({@link #AGENCY_NAMES}).
   */
  private static Set<String> headWords(String head) {
    return head.equals("agency") ? AGENCY_NAMES : Set.of(head);
  }

  private static final int[] NO_NAMES = new int[0];

  /** See {@link #nameWords()}; the words of each name of {@code scan.names}, by its index. */
  private Map<String, int[]> nameWords;
  private List<Set<String>> nameWordSets;

  /**
   * The indices in {@code scan.names}, ascending, of the names that hold each word (in small
   * letters, split at whatever is no letter), read once ({@link #organisationSharing}).
   */
  private Map<String, int[]> nameWords() {
    if (nameWords == null) {
      Map<String, List<Integer>> lists = new HashMap<>();
      nameWordSets = new ArrayList<>();
      for (int i = 0; i < scan.names.size(); i++) {
        // a name may repeat a word ("Bank of America of ..."): not Set.of, which refuses that
        Set<String> words = new HashSet<>(Arrays.asList(Splits.NOT_LETTERS.split(
            scan.names.get(i).name.text().toLowerCase(Locale.ROOT))));
        nameWordSets.add(words);
        for (String w : words) {
          lists.computeIfAbsent(w, x -> new ArrayList<>()).add(i);
        }
      }
      nameWords = new HashMap<>();
      lists.forEach((w, l) -> nameWords.put(w, l.stream().mapToInt(Integer::intValue).toArray()));
    }
    return nameWords;
  }

  /** How many values of the ascending {@code values} are below {@code k}. */
  private static int countBelow(int[] values, int k) {
    return SortedSpans.countAtMost(values, k - 1);
  }

  /**
   * The next name index of a walk over several ascending lists at once, forward (the smallest of
   * the lists' next values) or backward (the largest), each value once, moving past it in every
   * list that holds it; -1 when the lists are spent.
   */
  private static int nextName(List<int[]> lists, int[] at, boolean forward) {
    int next = -1;
    for (int j = 0; j < at.length; j++) {
      int[] l = lists.get(j);
      if (at[j] >= 0 && at[j] < l.length
          && (next < 0 || (forward ? l[at[j]] < next : l[at[j]] > next))) {
        next = l[at[j]];
      }
    }
    for (int j = 0; next >= 0 && j < at.length; j++) {
      int[] l = lists.get(j);
      if (at[j] >= 0 && at[j] < l.length && l[at[j]] == next) {
        at[j] += forward ? 1 : -1;
      }
    }
    return next;
  }

  /** Whether the last word of a name is one of {@code words} ("... Students' Association"). */
  private static boolean lastWord(String name, Set<String> words) {
    String[] w = Splits.SPACES_OR_HYPHENS.split(name.strip());
    return w.length > 0 && (words.contains(w[w.length - 1])
        || words.contains(ArticleScan.nameKey(w[w.length - 1])));
  }

  private static boolean anyWord(String name, Set<String> words) {
    for (String w : Splits.SPACES_OR_HYPHENS.split(name)) {
      if (words.contains(w) || words.contains(ArticleScan.nameKey(w))) { // "Fédération"
        return true;
      }
    }
    return false;
  }

  /**
   * The named organisation nearest to {@code offset}, before it or (with {@code forward}) after
   * it, within the paragraphs up to {@code limit}, whose name holds the head noun of a
   * description and each of its modifiers that can tell organisations apart ("the appeals
   * court": "U.S. Court of Appeals for the Sixth Circuit"), or one of its capitalised modifiers
   * ("a House panel": "House Oversight Committee"); null when there is none.
   */
  Entity organisationSharing(String head, Set<String> modifiers, Set<String> capitalised,
      int offset, boolean forward, int limit) {
    List<NameMention> names = scan.names;
    int k = SortedSpans.startingBefore(names, m -> m.span.start(), offset);
    // only a name that holds the head or a capitalised modifier can be the one
    List<int[]> lists = new ArrayList<>();
    for (String w : headWords(head)) {
      lists.add(nameWords().getOrDefault(w, NO_NAMES));
    }
    for (String w : capitalised) {
      lists.add(nameWords().getOrDefault(w, NO_NAMES));
    }
    int[] at = new int[lists.size()]; // each list's next position in the walk's direction
    for (int j = 0; j < at.length; j++) {
      int before = countBelow(lists.get(j), k);
      at[j] = forward ? before : before - 1;
    }
    for (int i = nextName(lists, at, forward); i >= 0; i = nextName(lists, at, forward)) {
      NameMention m = names.get(i);
      if (forward ? m.paragraph > limit : m.paragraph < limit) {
        return null;
      }
      if (m.inQuote || m.entity == null || m.entity.kind != SpeakerKind.ORGANIZATION
          || m.entity.place) {
        continue;
      }
      Set<String> words = nameWordSets.get(i);
      // "the space agency" of "X Space Research Organisation"
      boolean all = words.stream().anyMatch(headWords(head)::contains);
      for (String w : modifiers) {
        all &= words.contains(w) || lexicon.is(SpeakerLexicon.Kind.MODIFIER, w)
            || lexicon.is(SpeakerLexicon.Kind.PLACE, w) || GENERIC.contains(w);
      }
      boolean named = false;
      for (String w : capitalised) {
        named |= words.contains(w);
      }
      if (all || named) {
        return m.entity;
      }
    }
    return null;
  }

  /**
   * The organisation mentioned last before {@code offset} whose name holds {@code head} as an
   * organisation word or as its last word ("the commission" of "the State Ethics Commission");
   * null when none is.
   */
  Entity recentOrganisation(String head, int offset) {
    Entity best = null;
    int bestStart = -1;
    List<Entity> fitting = orgsByHead.getOrDefault(head, List.of());
    // a company's trade ("the brokerage") is the company the text called so, before any other
    boolean given = COMPANY_NOUNS.contains(head) && !GENERIC_COMPANY_NOUNS.contains(head)
        && fitting.stream()
        .anyMatch(e -> e.givenTypes.contains(head) && e.lastMentionBefore(offset) >= 0);
    for (Entity e : fitting) {
      int last = e.lastMentionBefore(offset);
      if (last > bestStart && (!given || e.givenTypes.contains(head))) {
        best = e;
        bestStart = last;
      }
    }
    return best;
  }

  /**
   * The organisation with head noun {@code head} that spoke in a quote resolved so far, mentioned
   * last before {@code offset}, other than {@code not}; null when none.
   */
  Entity recentSpeakingOrganisation(String head, int offset, Entity not) {
    Entity best = null;
    int bestStart = -1;
    for (Entity e : orgsByHead.getOrDefault(head, List.of())) {
      int last = e.lastMentionBefore(offset);
      if (e != not && e.speaker && last > bestStart) {
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

  /**
   * The persons of one surname, indexed by first name, by initial, by salience, and by where their
   * full names stand.
   */
  private static final class Surname {
    /** By first name as it is now, in creation order. */
    final Map<String, TreeSet<Entity>> byFirst = new HashMap<>();
    /** By the first letter of the first name, in creation order. */
    final Map<Character, TreeSet<Entity>> byInitial = new HashMap<>();
    final TreeSet<Entity> ranked = new TreeSet<>(SALIENCE);
    /** The full names linked to these persons, by start offset. */
    final TreeMap<Integer, List<NameMention>> fullNames = new TreeMap<>();
    /**
     * The same full names by each run of their last words, in small letters, that they have more
     * words than ("ben moussa" and "moussa" for "Abdelhak Ben Moussa"), in the order linked: a
     * search for the longer names that end with a name need not read every name of the surname.
     */
    final Map<String, List<NameMention>> byEnding = new HashMap<>();

    void addEndings(NameMention m) {
      String lower = m.name.text().toLowerCase(Locale.ROOT);
      for (int i = lower.indexOf(' '); i >= 0; i = lower.indexOf(' ', i + 1)) {
        byEnding.computeIfAbsent(lower.substring(i + 1), k -> new ArrayList<>(1)).add(m);
      }
    }

    void add(Entity e) {
      if (e.first != null) {
        byFirst.computeIfAbsent(e.first, k -> new TreeSet<>(CREATION)).add(e);
        if (!e.first.isEmpty()) {
          byInitial.computeIfAbsent(e.first.charAt(0), k -> new TreeSet<>(CREATION)).add(e);
        }
      }
    }

    void remove(Entity e) {
      if (e.first != null) {
        byFirst.get(e.first).remove(e);
        if (!e.first.isEmpty()) {
          byInitial.get(e.first.charAt(0)).remove(e);
        }
      }
    }

    /**
     * The first person created with this first name and a fitting suffix and gender, else one
     * whose first name is a nickname of it or has it as nickname ("Mike", "Michael"), else the
     * last created whose first name is compatible ("D." and "Donald").
     */
    Entity withFirstName(NameMention m, SpeakerLexicon lexicon) {
      for (Entity c : byFirst.getOrDefault(m.first, EMPTY)) {
        if (fitsFullName(c, m)) {
          return c;
        }
      }
      if (m.first.length() > 1) {
        for (String variant : lexicon.firstNameVariants(m.first)) {
          if (variant.length() > 1 && !variant.equals(m.first)) {
            for (Entity c : byFirst.getOrDefault(variant, EMPTY)) {
              if (fitsFullName(c, m)) {
                return c; // "Mike Trevanion" and "Michael Trevanion"
              }
            }
          }
        }
      }
      NavigableSet<Entity> compatible = m.first.isEmpty() ? null : m.first.length() == 1
          ? byInitial.get(m.first.charAt(0)) : byFirst.get(m.first.substring(0, 1));
      if (compatible != null) {
        for (Entity c : compatible.descendingSet()) {
          if (fitsFullName(c, m)) {
            return c;
          }
        }
      }
      return null;
    }

    private static boolean fitsFullName(Entity c, NameMention m) {
      return Objects.equals(c.suffix, m.suffix) && c.gender().compatible(m.gender);
    }

    /**
     * Among the persons that fit a short name (without a suffix, those without one if any: "Trump"
     * is Donald Trump, not Donald Trump Jr.; but not one whose given name is no name, as a firm's
     * "Brightmoor Pruitt"): the one with a full name in this or the previous sentence, else the
     * most salient. After a quotation that closes before {@code m} and opened in an earlier
     * sentence, {@code opened}, the previous sentence is the one before that.
     */
    Entity mostSalient(NameMention m, int opened) {
      Entity titled = titledAlike(m);
      if (titled != null) {
        return titled; // "Dr Dube" after "Dr Nomsa Dube" and "Thandi Dube"
      }
      Entity gendered = onlyOfGender(m);
      if (gendered != null) {
        return gendered; // "Mrs Pene" after "Ulu Sefo Pene" and "His wife, Lupe Pene"
      }
      Boolean unsuffixed = null;
      for (Map.Entry<Integer, List<NameMention>> at = fullNames.lowerEntry(m.span.start());
          at != null; at = fullNames.lowerEntry(at.getKey())) {
        Entity recent = null;
        for (NameMention n : at.getValue()) {
          if (n.sentence < opened - 1) {
            return mostSalientFit(m);
          }
          Entity c = n.entity;
          if ((recent == null || c.seq < recent.seq) && fitsShortName(c, m)) {
            if (m.suffix == null && c.suffix != null) {
              unsuffixed = unsuffixed != null ? unsuffixed : anyUnsuffixedFit(m);
              if (unsuffixed) {
                continue;
              }
            }
            recent = c;
          }
        }
        if (recent != null) {
          return recent;
        }
      }
      return mostSalientFit(m);
    }

    /**
     * The one person of this surname, fitting a short name written with a title ("Dr Dube",
     * "Prof. Ali"), whom the text named before with the same title, when another person of the
     * surname was named without it; for a courtesy title ({@link #COURTESY}) that no one was
     * named with, the one person of the surname named without a post or rank when another was
     * always named with one; null otherwise.
     */
    private Entity titledAlike(NameMention m) {
      String title = titleOf(m);
      if (title.isEmpty()) {
        return null;
      }
      Entity found = null;
      boolean untitled = false;
      boolean courtesy = COURTESY.contains(title); // only then are the two sets read
      Set<Entity> otherTitle = courtesy ? new HashSet<>() : null;
      Set<Entity> plain = courtesy ? new HashSet<>() : null;
      for (List<NameMention> names : fullNames.headMap(m.span.start()).values()) {
        for (NameMention n : names) {
          Entity c = n.entity;
          if (!fitsShortName(c, m)) {
            continue;
          }
          String t = titleOf(n);
          if (courtesy) {
            (t.isEmpty() || COURTESY.contains(t) ? plain : otherTitle).add(c);
          }
          if (c == found) {
            continue;
          }
          if (t.equals(title)) {
            if (found != null) {
              return null; // two doctors Dube: the title tells them no apart
            }
            found = c;
          } else {
            untitled = true;
          }
        }
      }
      if (found == null && courtesy) { // "Mrs Pritchard" after "Dr Sian
        plain.removeAll(otherTitle); // Pritchard" and "Glenys Pritchard": not the doctor
        return plain.size() == 1 && !otherTitle.isEmpty() ? plain.iterator().next() : null;
      }
      return untitled ? found : null;
    }

    /**
     * Courtesy titles, which any adult may be given: a short name with one ("Mrs Pritchard") is
     * not the person the text always named with a post or rank ("Dr Sian Pritchard").
     */
    private static final Set<String> COURTESY = Set.of("mr", "mrs", "ms", "miss", "mx");

    /** The title words a name mention holds before the name, lower case, without periods. */
    private static String titleOf(NameMention m) {
      int cut = m.name.start() - m.span.start();
      if (cut <= 0) {
        return "";
      }
      String[] words = m.span.text().substring(0, cut).trim().split("\\s+");
      return words[words.length - 1].replace(".", "").toLowerCase(Locale.ROOT);
    }

    /**
     * The one person of this surname named before {@code m} known to be of the gender its
     * honorific gives ("Mrs Pene"), when others named before are of no known gender; null
     * otherwise.
     */
    private Entity onlyOfGender(NameMention m) {
      return m.gender == Gender.UNKNOWN ? null : onlyOfGender(m, m.gender, false);
    }

    /**
     * The one person of this surname named before {@code m} known to be of {@code gender}: when
     * {@code othersKnown}, if every other one named before is known to be of the other
     * ("Leblanc said she" after "Col. Martin Leblanc" and "Denise Leblanc": the pronoun after
     * the cue is the speaker's); else if some other one was named before at all. Null otherwise.
     */
    Entity onlyOfGender(NameMention m, Gender gender, boolean othersKnown) {
      Entity only = null;
      boolean other = false;
      boolean unknown = false;
      for (Entity c : ranked) {
        if (c.firstFullName >= m.span.start() || !fitsShortName(c, m)) {
          continue;
        }
        if (c.gender() == gender) {
          if (only != null) {
            return null;
          }
          only = c;
        } else {
          other = true;
          unknown |= c.gender() == Gender.UNKNOWN;
        }
      }
      return othersKnown ? (unknown ? null : only) : (other ? only : null);
    }

    /**
     * The fitting person whose full name came before the short name and who was named most
     * often before it (a reader at "Mr. Bush" knows only the Bushes named so far, and takes the
     * one the story has been about: not a father named once in passing), else the most salient
     * fitting person.
     */
    private Entity mostSalientFit(NameMention m) {
      Entity before = mostNamedBefore(m);
      return before != null ? before : mostSalientFit(m, Integer.MAX_VALUE);
    }

    /**
     * Among the persons {@link #mostSalientFit(NameMention, int)} weighs with a full name before
     * {@code m}, the one named most often before it (the more salient of equals); null when none.
     */
    private Entity mostNamedBefore(NameMention m) {
      int offset = m.span.start();
      Entity first = mostSalientFit(m, offset);
      if (first == null) {
        return null;
      }
      Entity best = first;
      int most = namesBefore(first, offset);
      for (Entity c : ranked) {
        if (c != first && c.firstFullName < offset && fitsShortName(c, m)
            && (c.suffix == null) == (first.suffix == null)) {
          int n = namesBefore(c, offset);
          if (n > most) {
            best = c;
            most = n;
          }
        }
      }
      return best;
    }

    /**
     * How many names of {@code e} stand before {@code offset}, among its first {@code
     * NAMES_COUNTED} names.
     */
    private static int namesBefore(Entity e, int offset) {
      int n = 0;
      for (int k = 0; k < e.names.size() && k < NAMES_COUNTED; k++) {
        if (e.names.get(k).span.start() < offset) {
          n++;
        }
      }
      return n;
    }

    /** The most salient fitting person with a full name before {@code offset}, or null. */
    private Entity mostSalientFit(NameMention m, int offset) {
      Entity fallback = null;
      for (Entity c : ranked) {
        if ((offset == Integer.MAX_VALUE || c.firstFullName < offset) && fitsShortName(c, m)) {
          if (m.suffix != null || c.suffix == null && !(c.tentative && fallback != null)) {
            return c; // but not "Brightmoor Pruitt", no given name, over "Theodore Pruitt III"
          }
          fallback = fallback != null ? fallback : c;
        }
      }
      return fallback;
    }

    /** Whether a person without a suffix and with a given name or a title fits a short name. */
    private boolean anyUnsuffixedFit(NameMention m) {
      for (Entity c : ranked) {
        if (c.suffix == null && !c.tentative && fitsShortName(c, m)) {
          return true;
        }
      }
      return false;
    }
  }
}
