package org.quotekit.resolve;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.quotekit.Span;
import org.quotekit.internal.Accents;
import org.quotekit.internal.Ages;
import org.quotekit.internal.Datelines;
import org.quotekit.internal.SortedSpans;
import org.quotekit.internal.SpeakerLabels;
import org.quotekit.internal.WordClasses;
import org.quotekit.rules.CueLexicon;
import org.quotekit.spi.AnalyzedArticle;
import org.quotekit.spi.QuoteRegion;
import org.quotekit.spi.Sentence;
import org.quotekit.spi.Token;

/**
 * One pass over every sentence of an article: the proper names (runs of capitalised proper-noun
 * tokens, with titles, honorifics, particles and suffixes) with the roles written around them
 * (titles, "Clinton spokesman Brian Fallon", "Ian Smith, the US envoy, said", "The spokesman for
 * the army, General Rasool,"), and the third-person pronouns, from which genders are learnt. Time
 * is linear in the number of tokens. Not thread-safe; one instance per article.
 */
final class ArticleScan {
  /** Past participles not in "-ed" that open a clause on the subject ("Born in Leeds, X ..."). */
  private static final Set<String> PAST_PARTICIPLES = Set.of("born", "bred", "brought", "built",
      "caught", "driven", "given", "grown", "held", "kept", "known", "left", "raised", "seen",
      "sent", "shown", "sworn", "taken", "taught", "thrown", "torn", "written");
  private static final Pattern INITIALS = Pattern.compile("(\\p{Lu}\\.)+");
  /** A word of two initials or more with their periods ("U.S.", "N.S.W.", or a key's "u.s."). */
  private static final Pattern DOTTED_INITIALS = Pattern.compile("(?:\\p{L}\\.){2,}");
  private static final Pattern MARKS = Pattern.compile("\\p{M}+");
  /** The most items after the first of a list that continues an organisation's complement. */
  private static final int MAX_LISTED = 4;
  /**
   * Words that end an organisation's name and are nobody's surname, so that a first name before
   * one is a place or a founder's name in the body's name ("Clyde Opera", "Austin Museum"), not a
   * person's given name ("Margaret Court" and "Charlotte Church" keep theirs).
   */
  private static final Set<String> INSTITUTION_WORDS = Set.of("opera", "ballet", "orchestra",
      "philharmonic", "symphony", "theatre", "theater", "museum", "gallery", "university",
      "college", "academy", "hospital", "clinic", "council", "ministry", "department", "agency",
      "commission", "committee", "foundation", "institute", "association", "federation",
      "festival", "airlines", "airways", "motors", "industries", "holdings", "technologies",
      "pharmaceuticals", "studios", "inspectorate", "authority", "cooperative", "co-operative");
  /**
   * Legal forms British and Irish copy writes in small letters after a company's name
   * ("Greencore Foods plc", "Lisheen Life Assurance dac"): the name's last word.
   */
  private static final Set<String> SMALL_LEGAL_FORMS = Set.of("plc", "dac", "ltd");
  /** Legal forms written in mixed case after a company's name ("Andes Litio SpA"), or small. */
  private static final Set<String> CASED_LEGAL_FORMS = Stream.concat(Stream.of("SpA", "GmbH",
      "Srl", "Bhd", "Pty", "Ltd", "Inc", "Corp", "Plc", "Limited", "Incorporated"),
      SMALL_LEGAL_FORMS.stream())
      .collect(Collectors.toUnmodifiableSet());
  /**
   * Legal forms written after a comma ("Aurelis Health, Inc."); not those that are also places'
   * abbreviations ("Adelaide, SA", "Co. Kerry").
   */
  private static final Set<String> COMMA_LEGAL_FORMS = Set.of("inc", "llc", "ltd", "plc",
      "corp", "llp", "limited", "incorporated", "gmbh");
  /** How many words in small letters a post may run between a body's name and a person's. */
  private static final int MAX_POST_WORDS = 4;
  /** A web address as a name: the site, and the company or group behind it, speaks. */
  private static final Pattern WEB_DOMAIN =
      Pattern.compile("(?i)\\p{L}[\\p{L}\\p{N}-]*\\.(?:com|org|net|gov|edu|io|co\\.uk)");
  /** The characters that open or close a quotation. */
  private static final String QUOTE_MARKS = "\"'\u201C\u201D\u2018\u2019\u00AB\u00BB\u201E`";

  /**
   * A third-person singular pronoun outside quotations; {@code subject} for "he" and "she", whose
   * referent is more often the person just named than a possessive's is.
   */
  record Pronoun(int start, int sentence, Gender gender, boolean subject) {}

  /** Spelt numbers and shares, which open a sentence capitalised: "Nine in 10 voters say". */
  private static final Set<String> NUMBER_WORDS = Set.of("one", "two", "three", "four", "five",
      "six", "seven", "eight", "nine", "ten", "eleven", "twelve", "twenty", "thirty", "forty",
      "fifty", "hundred", "hundreds", "thousand", "thousands", "million", "millions", "dozen",
      "dozens", "half");
  private static final Set<String> MALE_PRONOUNS = Set.of("he", "him", "his", "himself");
  private static final Set<String> FEMALE_PRONOUNS = Set.of("she", "her", "hers", "herself");
  private static final Set<String> DETERMINERS = Set.of("the", "a", "an", "this", "that",
      "these", "those", "another", "one", "some", "its", "his", "her", "their");
  private static final Set<String> STOPS = Set.of(",", ";", "--", "\u2014", "\u2013", "(", ")",
      ".", "!", "?", ":");
  private static final Set<String> RELATIVES = Set.of("who", "which", "that", "whose", "whom",
      "where", "when");
  private static final Set<String> NP_LINKS = Set.of("of", "for", "to", "at", "in", "on", "with",
      "from");

  /**
   * A compound that says where a body is based or who owns, backs or commissioned it
   * ("Leeds-based", "Gleaner-commissioned", "state-owned"): no part of the name after it.
   */
  private static final Pattern BASED = Pattern.compile("\\p{L}[\\p{L}.]*-(?:based|commissioned"
      + "|owned|backed|funded|led|run|sponsored|controlled|affiliated|aligned|linked)");
  /** A coined name: a capital, lower-case letters, then a capital inside ("YouGov"). */
  private static final Pattern CAMEL_CASE = Pattern.compile("\\p{Lu}\\p{Ll}+\\p{Lu}\\p{L}*");
  /**
   * Particles that, capitalised before one name word, are given names English news shortens
   * ("Des Mulvaney", "Al Gore", "Van Morrison"); "De Gaulle" and "Le Pen" stay surnames.
   */
  private static final Set<String> GIVEN_PARTICLES = Set.of("Al", "Ben", "Del", "Des", "Van");
  /** An agent noun written as a post ("Drummer", "Guitarist", "Lawyer"), not "Marshall". */
  private static final Pattern POST_NOUN =
      Pattern.compile("\\p{Lu}\\p{Ll}+(?:er|or|ist|ian|ess|yst)");

  /**
   * A company's trade, written capitalised before its name where a sentence opens ("Carmaker
   * Velotta said", "Retailer Hammond Stores Inc said"): no part of the name. Words ending in
   * "maker" count too ("Glassmaker Aldergate").
   */
  private static final Set<String> TRADE_NOUNS = Set.of("retailer", "manufacturer", "insurer",
      "lender", "publisher", "conglomerate", "brokerage", "broker", "wholesaler", "grocer",
      "miner", "homebuilder", "shipbuilder", "startup", "start-up", "supermarket", "airline",
      "developer", "operator", "distributor", "supplier", "contractor", "exporter", "refiner");

  /**
   * Capitalised last words of sports clubs' names that no person's name ends in ("Kingsmead
   * City", "Leeds United"); a place the lexicon lists ("New York City") stays one. Not "Town",
   * which ends as many places' names as clubs'.
   */
  private static final Set<String> CLUB_ENDINGS = Set.of("City", "United");

  /** Role nouns of one who speaks for another named after "for" ("a spokesman for ..."). */
  private static final Set<String> SPEAKS_FOR = Set.of("spokesman", "spokeswoman",
      "spokesperson", "aide", "adviser", "advisor", "lawyer", "attorney", "counsel",
      "representative", "solicitor", "barrister", "agent", "publicist");

  /** Posts a person holds at an organisation named after "of" or "at" ("CEO of Ledgerleaf"). */
  private static final Set<String> EMPLOYER_POSTS = Set.of("ceo", "founder", "co-founder",
      "cofounder", "chairman", "chairwoman", "executive", "director", "employee", "analyst",
      "economist", "researcher", "professor", "manager", "owner", "partner", "cfo", "coo");

  /** Posts in a sports club written between its name and a person's ("... coach Ana Ruiz"). */
  private static final Set<String> SPORTS_POSTS = Set.of("coach", "striker", "midfielder",
      "defender", "goalkeeper", "winger", "forward", "playmaker", "keeper", "fullback",
      "quarterback", "pitcher"); // not "boss" or "manager": "Unite boss Sharon Graham"

  /** Lower-case words inside a name an acronym spells ("Alliance to Reclaim Our Schools"). */
  private static final Set<String> SPELLED_LINKS = Set.of("of", "for", "to", "on", "and", "&",
      "the", "in", "-", "de", "des", "du", "la", "le", "les", "el", "los", "las", "del", "para",
      "por", "per", "di", "della", "delle", "dei", "degli", "da", "do", "dos", "das", "van",
      "von", "der", "den", "het", "voor", "für", "y", "et", "und", "och", "ng", "aux", "au",
      "e", "zu", "zur");
  /** A French or Italian article elided before a capitalised word ("l'Atlantique"). */
  private static final Pattern ELIDED = Pattern.compile("(?i)[ld]['\u2019](?=\\p{Lu})");

  final List<NameMention> names = new ArrayList<>();
  /** Plural nouns whose possessive ends in 's ("Women's", "Fishermen's", "Children's"). */
  private static final Pattern PLURAL_POSSESSORS =
      Pattern.compile("\\p{Lu}\\p{L}*(?:men|children|people)|Men|Children|People");
  /** The surnames of the full names met so far ("trump" after "Donald Trump"). */
  private final Set<String> surnames = new HashSet<>();
  /**
   * The acronyms the article defined in brackets after the name they spell ("AROS" after
   * "Alliance to Reclaim Our Schools (AROS)") and the initials of the organisations it named
   * ("IMF" after "International Monetary Fund"): names wherever the tagger put them.
   */
  private final Set<String> acronyms = new HashSet<>();
  /** Organisation names the article gave with a legal form, without it ("greenfield robotics"). */
  private final Set<String> legalStems = new HashSet<>();
  /**
   * Capitalised words the article uses as proper nouns only: read as proper nouns inside a
   * sentence somewhere and never written in small letters.
   */
  private final Set<String> properWords = new HashSet<>();
  /** The lexicon's kinds of word that may open a name or stand before one as part of it. */
  private static final List<SpeakerLexicon.Kind> OPENING_KEEPS = List.of(
      SpeakerLexicon.Kind.NICKNAME, SpeakerLexicon.Kind.ROLE, SpeakerLexicon.Kind.PERSON_NOUN,
      SpeakerLexicon.Kind.MODIFIER, SpeakerLexicon.Kind.PARTY, SpeakerLexicon.Kind.GROUP,
      SpeakerLexicon.Kind.ORG, SpeakerLexicon.Kind.ORG_NAME, SpeakerLexicon.Kind.PLACE,
      SpeakerLexicon.Kind.POLITY, SpeakerLexicon.Kind.ANONYMOUS, SpeakerLexicon.Kind.SPEECH);
  /**
   * The kinds of word that, opening a sentence before a role noun in small letters, may still
   * name someone's affiliation there ("Democratic strategist", "Labour councillor"): as {@link
   * #OPENING_KEEPS} less the words that describe a person ("Veteran", "Former").
   */
  private static final List<SpeakerLexicon.Kind> AFFILIATION_KEEPS = OPENING_KEEPS.stream()
      .filter(k -> k != SpeakerLexicon.Kind.ROLE && k != SpeakerLexicon.Kind.PERSON_NOUN
          && k != SpeakerLexicon.Kind.MODIFIER).toList();
  /**
   * Capitalised words the article writes inside a sentence somewhere (not first, not first in a
   * quotation, not in a title-case line): words that may belong to a name wherever they stand.
   */
  private final Set<String> capitalisedInside = new HashSet<>();
  /** The words the article writes in small letters. */
  private final Set<String> small = new HashSet<>();
  /**
   * The capitalised person nouns the article uses as a post's title before a name in apposition
   * ("The federal Treasurer, Marcus Whitfield,"): after "the", anywhere in the article, such a
   * word is the post, no name.
   */
  private final Set<String> postTitles = new HashSet<>();
  /**
   * A hyphenated given name written after the family name, its second syllable in small letters
   * ("Young-hyun", "Ka-wai", "Chi-ming"), as Korean and Hong Kong names are.
   */
  private static final Pattern EAST_ASIAN_GIVEN = Pattern.compile("\\p{Lu}\\p{Ll}+-\\p{Ll}+");
  /**
   * A party and state tag after a name: in brackets, the party optional ("(R-Fla.)", "(Ky.)"),
   * between commas with the party ("D-Va."), or a state after "of" ("Jeff Sessions of
   * Alabama"); group 1, 2 or 3 is the state's short form or name.
   */
  private static final Pattern REGION_TAG = Pattern.compile("[ \\t]*(?:\\((?:[RDI]\\.?[ \\t]*-"
      + "[ \\t]*)?(\\p{Lu}[\\p{L}.]*(?: \\p{Lu}[\\p{L}.]*)?)\\)|,[ \\t]*[RDI][ \\t]*-[ \\t]*"
      + "(\\p{Lu}[\\p{L}.]*(?: \\p{Lu}[\\p{L}.]*)?)[ \\t]*[,;.]|,?[ \\t]+of[ \\t]+(\\p{Lu}\\p{Ll}+"
      + "(?: \\p{Lu}\\p{Ll}+)?)\\b)");
  /** A party letter and a state or district set after a name ("D-Rockford", "R-Texas", "I-Vt."). */
  static final Pattern PARTY_TAG = Pattern.compile("[DRI]-\\p{Lu}[\\p{L}.]*");
  /** Conjunctions that, after a comma, open a clause with a subject of its own. */
  private static final Set<String> COORDINATORS = Set.of("and", "but", "yet");
  /**
   * Epithets that, right before a name, say it is a company's ("the technology giant Cisco
   * Systems"), so that "the company" may stand for it: those of Resolution's company epithets
   * that never stand before a person's or a group's name ("producer", "group" and "owner" do),
   * plus "multinational". Lower-case ones the lexicon lists as organisation nouns ("utility")
   * are read as such first; here they count when capitalised opening a sentence.
   */
  private static final Set<String> COMPANY_BEFORE_NAME = Set.of("giant", "miner", "refiner",
      "exporter", "utility", "conglomerate", "startup", "start-up", "automaker", "multinational");
  /**
   * Nouns before a name that say it is a news outlet's ("the French daily Le Monde", "the
   * tabloid Bild", "business channel GloboNews"): "the paper" may later stand for it.
   */
  private static final Set<String> OUTLET_BEFORE_NAME = Set.of("daily", "newspaper", "paper",
      "weekly", "tabloid", "broadsheet", "magazine", "broadcaster", "channel", "outlet",
      "website", "gazette", "journal", "publication");
  /** Court copy's participles opening a sentence before counsel's name, and the post each gives. */
  private static final Map<String, String> COUNSEL_OPENERS = Map.of("prosecuting", "prosecutor",
      "defending", "counsel", "mitigating", "counsel");
  /** The words the article writes after a first name ("Sanders" after "Bernie"), as name keys. */
  private final Set<String> surnamesAfterFirst = new HashSet<>();
  /** The lone names {@link #originPlace} finds: where someone is from, never after a first name. */
  private final Set<String> originNames = new HashSet<>();
  /**
   * The words the article writes inside a sentence after another capitalised word ("Sen" after
   * "Rina"), as name keys: words that end a name somewhere.
   */
  private final Set<String> afterCapitalised = new HashSet<>();
  final List<Pronoun> pronouns = new ArrayList<>();
  private final AnalyzedArticle article;
  private final SpeakerLexicon lexicon;
  final String text;
  /** A plural role noun's role the last name got, which a name joined to it by "and" shares. */
  private Role sharedRole;
  /** Whether the sentence being read is a title-case line ({@link #headline}). */
  private boolean titleCaseLine;
  private final List<Span> quoted = new ArrayList<>();

  ArticleScan(AnalyzedArticle article, SpeakerLexicon lexicon) {
    this.article = article;
    this.lexicon = lexicon;
    this.text = article.text();
    for (QuoteRegion r : article.quoteRegions()) {
      if (r.depth() == 0) {
        quoted.add(r.inner());
      }
    }
    quoted.sort(null);
  }

  /** A line break and a quotation mark opening the next line of the same paragraph. */
  private static final Pattern QUOTATION_NEXT_LINE = Pattern.compile(
      "[ \t]*\n[ \t]*[\"\u201C]");

  /**
   * Whether a sentence is a caption over a soundbite on the next line of its paragraph
   * ("Hon. Eldon Arnold, Minister of Health" above "\"Our door remains open ...\""), as
   * broadcasters' websites print them: written in title case, but no headline, whose names keep
   * only a first name the lexicon knows.
   */
  private boolean captionLine(Sentence s) {
    return QUOTATION_NEXT_LINE.matcher(text).region(s.end(), text.length()).lookingAt();
  }

  ArticleScan run() {
    List<Sentence> sentences = article.sentences();
    List<List<Token>> toks = new ArrayList<>(sentences.size());
    List<List<String>> tags = new ArrayList<>(sentences.size());
    boolean[] headlines = new boolean[sentences.size()];
    for (Sentence s : sentences) {
      List<Token> t = unglued(text, article.tokens(s));
      headlines[toks.size()] = headline(t)
          && !(toks.size() > 0 && (captionLine(s) || statement(t)));
      toks.add(t);
      tags.add(ungluedTags(t, article.tags(s)));
    }
    learnProperWords(toks, tags, headlines);
    for (int i = 0; i < sentences.size(); i++) {
      learnPostTitles(toks.get(i));
    }
    for (int i = 0; i < sentences.size(); i++) {
      sentence(sentences.get(i), toks.get(i), properTags(toks.get(i), tags.get(i)),
          headlines[i]);
    }
    for (NameMention n : names) {
      if (n.origin && !surnamesAfterFirst.contains(nameKey(n.last))) {
        originNames.add(n.last);
      }
    }
    return this;
  }

  /**
   * Learns the article's {@link #properWords} from each sentence's tokens and tags: the
   * capitalised words the tagger read as proper nouns inside a sentence somewhere (not first, not
   * first in a quotation, not in a title-case line) and that the article never writes in small
   * letters. {@code headlines} tells which sentences are title-case lines ({@link #headline}).
   */
  private void learnProperWords(List<List<Token>> sentenceToks, List<List<String>> sentenceTags,
      boolean[] headlines) {
    for (int i = 0; i < sentenceToks.size(); i++) {
      List<Token> toks = sentenceToks.get(i);
      List<String> tags = sentenceTags.get(i);
      boolean headline = headlines[i];
      for (int k = 0; k < toks.size(); k++) {
        String w = stripPossessive(toks.get(k).text());
        char c = w.charAt(0);
        if (Character.isLowerCase(c)) {
          small.add(w);
        } else if (!headline && k > 0 && Character.isUpperCase(c) && w.length() > 1
            && w.chars().allMatch(Character::isLetter)
            && !(isQuoteMark(toks.get(k - 1).text()) && inQuote(toks.get(k).start()))
            && !toks.get(k - 1).text().equals(":")) { // "CHENNAI: Workers of" opens a clause
          capitalisedInside.add(w);
          if (base(tags.get(k)).equals("PROPN")) {
            properWords.add(w);
          }
          if (firstName(stripPossessive(toks.get(k - 1).text()))) {
            surnamesAfterFirst.add(nameKey(w));
          }
          if (Character.isUpperCase(toks.get(k - 1).text().charAt(0))) {
            afterCapitalised.add(nameKey(w)); // "Rina Sen": "Sen" ends a name here
          }
        }
      }
    }
    properWords.removeIf(w -> small.contains(lower(w)));
  }

  /**
   * Adds to {@link #postTitles} each capitalised word after "the" (and up to three words in small
   * letters) that WordNet knows first as a person noun, with a comma and a first name after it:
   * "The federal Treasurer, Marcus Whitfield," makes "the Treasurer" later the post, not a name.
   */
  private void learnPostTitles(List<Token> toks) {
    for (int k = 1; k + 2 < toks.size(); k++) {
      String w = toks.get(k).text();
      if (!Character.isUpperCase(w.charAt(0)) || !toks.get(k + 1).text().equals(",")
          || !firstName(toks.get(k + 2).text()) || !definiteBefore(toks, k) || !personNoun(w)) {
        continue;
      }
      postTitles.add(w);
    }
  }

  /** Whether "the" stands before token {@code k}, past up to three words in small letters. */
  private static boolean definiteBefore(List<Token> toks, int k) {
    return definiteBefore(toks, k, false);
  }

  /**
   * Whether "the" stands before token {@code k}, past up to three words in small letters, and
   * past ages too when {@code ages} ("the 24-year-old Irishman").
   */
  private static boolean definiteBefore(List<Token> toks, int k, boolean ages) {
    for (int b = k - 1; b >= 0 && b >= k - 4; b--) {
      String w = toks.get(b).text();
      if (lower(w).equals("the")) {
        return true;
      }
      if (!Character.isLowerCase(w.charAt(0)) && !(ages && (Ages.isAge(w) || w.equals("-")))) {
        return false;
      }
    }
    return false;
  }

  /**
   * Whether the article writes this word capitalised inside a sentence somewhere (not first, not
   * first in a quotation, not in a title-case line): a word capitalised only where it opens a
   * sentence ("Polling averages show") may be no name at all.
   */
  boolean capitalisedInside(String word) {
    return capitalisedInside.contains(word);
  }

  /**
   * Whether the name run {@code [i, j)} opens its sentence (or a quotation) with a word that is
   * capitalised only for standing first and is no part of the person's name after it: a word
   * the article writes in small letters or the dictionary knows as a verb or an adjective,
   * never capitalises inside a sentence, and no first name, title, role, organisation or place
   * word; before a first name or before a word the article writes after a first name elsewhere
   * ("Had Sanders won" where the article names "Bernie Sanders"). A name the article does not
   * confirm so ("Rush Limbaugh", "Human Rights Watch") keeps its first word.
   */
  private boolean openingWordBeforeName(List<Token> toks, int i, int j) {
    if (j - i < 2 || !openingCommonWord(toks, i, OPENING_KEEPS) && !openingPersons(toks, i)) {
      return false;
    }
    String next = stripPossessive(toks.get(i + 1).text());
    return firstName(next)
        || j - i == 2 && surnamesAfterFirst.contains(nameKey(next));
  }

  /**
   * Whether the name run {@code [i, j)} is a capitalised role noun and a surname the article
   * writes after a first name elsewhere ("Pollster Amundsen" where it names "Philip Amundsen"):
   * the role is no part of the name.
   */
  private boolean roleBeforeSurname(List<Token> toks, int i, int j) {
    String role = toks.get(i).text();
    String before = i > 0 ? toks.get(i - 1).text() : "";
    if (!before.isEmpty() && Character.isLowerCase(before.charAt(0))
        && (lexicon.is(SpeakerLexicon.Kind.ROLE, before) || personNoun(before))) {
      return false; // "City captain Dean Whitlock", "Senior meteorologist Dean Walker": after a
      // post or a person noun in small letters, a given name
    }
    return j - i == 2 && Character.isUpperCase(role.charAt(0)) && !capitals(role)
        && lexicon.is(SpeakerLexicon.Kind.ROLE, lower(role)) && !firstName(role)
        && !lexicon.is(SpeakerLexicon.Kind.TITLE, role)
        && surnamesAfterFirst.contains(nameKey(stripPossessive(toks.get(i + 1).text())));
  }

  /**
   * Whether token {@code i}, opening its sentence (past a dateline), is a plural common noun
   * capitalised only for that, "of" after it ("Shares of Varuna Motors", "Residents of Palu"):
   * the dictionary knows it as a noun, the article never capitalises it inside a sentence, and it
   * is no first name or lexicon word.
   */
  private boolean openingNounOf(List<Token> toks, int i) {
    String w = toks.get(i).text();
    String lw = lower(w);
    return i + 1 < toks.size() && lower(toks.get(i + 1).text()).equals("of")
        && lw.length() > 3 && lw.endsWith("s") && !capitalisedInside.contains(w) && !firstName(w)
        && !lexicon.is(SpeakerLexicon.Kind.ORG, lw) && !lexicon.is(SpeakerLexicon.Kind.ROLE, lw)
        && !lexicon.is(SpeakerLexicon.Kind.SPEECH, lw) // "Minutes of the meeting" speak
        && inDictionary(lw.substring(0, lw.length() - 1), WordClasses.Pos.NOUN);
  }

  /**
   * Whether token {@code i} opens its sentence as a plural noun for people capitalised only for
   * that ("Sisters Emma and Grace Vanderhoek", "Brothers Tom and Ben Ashby"): it says who they
   * are, no name does.
   */
  private boolean openingPersons(List<Token> toks, int i) {
    String w = toks.get(i).text();
    String lw = lower(w);
    return i == 0 && lw.length() > 3 && lw.endsWith("s") && !capitalisedInside.contains(w)
        && !firstName(w) && personNoun(lw.substring(0, lw.length() - 1));
  }

  /**
   * Whether token {@code i}, a run of one word, opens its sentence or quotation as a verb's or
   * adjective's capital before a role noun in small letters and a first name, or two capitalised
   * words: it describes the person, no name does ("Veteran lyricist Sudhir Rao received ...",
   * "Retired teacher Ann Moss said").
   */
  private boolean openingModifierOfPost(List<Token> toks, int i, int j) {
    if (j != i + 1 || i + 2 >= toks.size() || !openingCommonWord(toks, i, AFFILIATION_KEEPS)) {
      return false;
    }
    String post = toks.get(i + 1).text();
    return Character.isLowerCase(post.charAt(0))
        && (lexicon.is(SpeakerLexicon.Kind.ROLE, post) || personNoun(post))
        && (firstName(stripPossessive(toks.get(i + 2).text()))
            || givenName(toks.get(i + 2).text()) && i + 3 < toks.size()
                && givenName(stripPossessive(toks.get(i + 3).text())));
  }

  /**
   * Whether token {@code i}, a run of one word, opens its sentence or quotation as a participle
   * ("-ing", "-ed" or an irregular past one) capitalised only for that, before a word in small
   * letters that is no verb: it opens a clause on the subject after it ("Giving evidence from
   * behind a screen, a woman said", "Born in Sunderland in 1937, Ellery won"), not a name
   * ("Manning said" keeps its name).
   */
  private boolean openingParticiple(List<Token> toks, List<String> tags, int i, int j) {
    String w = toks.get(i).text();
    if (j != i + 1 || i + 1 >= toks.size() || !(w.endsWith("ing") || w.endsWith("ed")
        || PAST_PARTICIPLES.contains(lower(w))) || !openingCommonWord(toks, i, OPENING_KEEPS)) {
      return false;
    }
    String next = base(tags.get(i + 1));
    return Character.isLowerCase(toks.get(i + 1).text().charAt(0)) && !next.equals("VERB")
        && !next.equals("AUX");
  }

  /**
   * Whether token {@code i} opens its sentence or quotation as a word of common use capitalised
   * only for that: never capitalised inside a sentence of the text, no first name, honorific,
   * title or word of the lexicon's {@code keeps}, and known to the dictionary as a verb or
   * adjective ("Had", "Absent", "Veteran"; not "Giovanni", a word of no other use, which may be a
   * first name).
   */
  private boolean openingCommonWord(List<Token> toks, int i, List<SpeakerLexicon.Kind> keeps) {
    if (!(i == 0 || i == 1 && isQuoteMark(toks.get(0).text()))) {
      return false;
    }
    String w = toks.get(i).text();
    if (capitalisedInside.contains(w) || !w.chars().allMatch(Character::isLetter)
        || firstName(w) || lexicon.is(SpeakerLexicon.Kind.HONORIFIC, w)
        || lexicon.is(SpeakerLexicon.Kind.TITLE, w)) {
      return false;
    }
    String lw = lower(w);
    if (!small.contains(lw) && !inDictionary(lw, WordClasses.Pos.VERB,
        WordClasses.Pos.ADJECTIVE)) {
      return false;
    }
    for (SpeakerLexicon.Kind kind : keeps) {
      if (lexicon.is(kind, w)) {
        return false;
      }
    }
    return true;
  }

  /**
   * Whether token {@code k} is a title the tagger read as a common noun or adjective, with "of"
   * or "for" and a field after it, and a person's name after that ({@link #firstNameAfter}):
   * "Secretary for Finance P\u00E9ter Kiss", "Leader of the Opposition K. Venkatesan".
   */
  private boolean titleOfField(List<Token> toks, List<String> tags, int k) {
    if (k + 2 >= toks.size() || !lexicon.is(SpeakerLexicon.Kind.TITLE, toks.get(k).text())) {
      return false;
    }
    String link = toks.get(k + 1).text();
    if (!link.equals("of") && !link.equals("for")) {
      return false;
    }
    int m = k + 2;
    if (lower(toks.get(m).text()).equals("the") && m + 1 < toks.size()) {
      m++;
    }
    return Character.isUpperCase(toks.get(m).text().charAt(0)) && firstNameAfter(toks, tags, m);
  }

  /**
   * Whether token {@code k}, capitalised letters inside a sentence right after a comma, opens a
   * name set off by commas: a proper noun follows it, then a comma ("Its director, Beat
   * Zimmermann, said", where the tagger reads the given name "Beat" as a verb). A word of the
   * lexicon (a title, a time) is no given name here.
   */
  private boolean appositionFirstWord(List<Token> toks, List<String> tags, int k) {
    if (k < 2 || k + 2 >= toks.size() || !toks.get(k - 1).text().equals(",")
        || !toks.get(k + 2).text().equals(",") || !base(tags.get(k + 1)).equals("PROPN")) {
      return false;
    }
    String next = toks.get(k + 1).text();
    return plainNameWord(toks.get(k).text()) && Character.isUpperCase(next.charAt(0))
        && next.chars().allMatch(Character::isLetter) && !capitals(next);
  }

  /**
   * Whether token {@code k}, capitalised letters inside a sentence, is a second given name between
   * a first name the lexicon lists and a capitalised word no dictionary holds, with a word in
   * small letters or a mark after them ("Knut Are Nygård, said", "Per Will Hansen said"): a
   * name's middle word, whatever the tagger read it as. A line in title case has no small word
   * after them.
   */
  private boolean middleGivenName(List<Token> toks, int k) {
    if (k < 1 || k + 2 >= toks.size() || !firstName(toks.get(k - 1).text())) {
      return false;
    }
    String next = toks.get(k + 1).text();
    return capitalisedLetters(toks.get(k).text()) && capitalisedLetters(next)
        && !inDictionary(lower(next), WordClasses.Pos.NOUN, WordClasses.Pos.ADJECTIVE,
            WordClasses.Pos.VERB)
        && !Character.isUpperCase(toks.get(k + 2).text().charAt(0));
  }

  /**
   * Whether token {@code k}, inside a sentence, is a single capital letter written before a
   * surname without its period, as South Asian copy writes initials ("managing director R
   * Srinivasan said", "S Srinivasan, an analyst"): a name's first word, which keeps two people
   * who share the surname apart. Not "A" or "I", which are words, and not before a word the
   * lexicon lists ("Plan B Officials", "Category C Prisons").
   */
  private boolean bareInitial(List<Token> toks, int k) {
    if (k < 1 || k + 1 >= toks.size()) {
      return false;
    }
    String w = toks.get(k).text();
    String next = toks.get(k + 1).text();
    return w.length() == 1 && w.charAt(0) >= 'B' && w.charAt(0) <= 'Z' && w.charAt(0) != 'I'
        && plainNameWord(next) && !Character.isUpperCase(toks.get(k - 1).text().charAt(0))
        && !inDictionary(lower(next), WordClasses.Pos.NOUN, WordClasses.Pos.ADJECTIVE,
            WordClasses.Pos.VERB);
  }

  /**
   * Whether a word may be a given name or surname the tagger misread: two letters or more, all
   * letters, capitalised but not in capitals, never written in small letters in the article and
   * no word of the lexicon (a title, a place, a time).
   */
  private boolean plainNameWord(String w) {
    return capitalisedLetters(w) && !small.contains(lower(w)) && !lexicon.listed(w);
  }

  /** Whether a word is two letters or more, all letters, capitalised but not in capitals. */
  private static boolean capitalisedLetters(String w) {
    return w.length() >= 2 && Character.isUpperCase(w.charAt(0))
        && w.chars().allMatch(Character::isLetter) && !capitals(w);
  }

  /**
   * Whether token {@code k} is a capitalised word after a first name that the dictionary knows
   * in no sense and the article never writes in small letters: a surname, whatever the tagger
   * read it as ("Phyllis Schlafly", read by its "-ly" as an adverb).
   */
  private boolean surnameAfterFirstName(List<Token> toks, int k) {
    if (k == 0) {
      return false;
    }
    String w = stripPossessive(toks.get(k).text());
    if (w.length() < 2 || !Character.isUpperCase(w.charAt(0))
        || !w.chars().allMatch(Character::isLetter)
        || !firstName(stripPossessive(toks.get(k - 1).text()))) {
      return false;
    }
    String lw = lower(w);
    if (w.length() == 2) { // "Lawrence Ho", "Karen Ng": a surname of two letters, no small word
      return Character.isLowerCase(w.charAt(1)) && !small.contains(lw)
          && !toks.get(k).text().endsWith(".");
    }
    return !small.contains(lw) // not "Hillary And"
        && !inDictionary(lw, WordClasses.Pos.VERB, WordClasses.Pos.ADJECTIVE)
        && (!inDictionary(lw, WordClasses.Pos.NOUN) || placeNoun(lw));
  }

  /**
   * Whether a word is in the dictionary only as the name of a place, its first sense a location
   * ("Lancaster", "Austin"): after a first name a surname ("Brody Lancaster"), as a town's name
   * often is.
   */
  private static boolean placeNoun(String lw) {
    WordClasses.Entry e = WordClasses.english().lookup(lw, WordClasses.Pos.NOUN);
    return e != null && !e.classes().isEmpty() && e.classes().get(0).equals("noun.location");
  }

  /** Whether the dictionary knows a word in small letters as any of {@code pos}. */
  static boolean inDictionary(String lw, WordClasses.Pos... pos) {
    return WordClasses.english().knows(lw, pos);
  }

  /**
   * Whether a capitalised word the tagger read as a noun or an adjective is one in the dictionary
   * too: "Republican voters", "the Post", "Muslim leaders" may stand outside a name, where a word
   * the dictionary does not know ("Teachout") may not.
   */
  private static boolean commonWord(String w, String tag) {
    WordClasses.Pos pos = tag.equals("NOUN") ? WordClasses.Pos.NOUN
        : tag.equals("ADJ") ? WordClasses.Pos.ADJECTIVE : null;
    return pos != null && inDictionary(lower(w), pos);
  }

  /**
   * The tags with every word of {@link #properWords} a proper noun (unless it is a {@link
   * #commonWord}): one sense per article, as the tagger reads an unknown name by its letters
   * ("Howard" as an adverb for its "How", "Teachout" as a noun for its "out") in some sentences
   * and as a name in others.
   */
  private List<String> properTags(List<Token> toks, List<String> tags) {
    List<String> out = tags;
    for (int k = 0; k < toks.size(); k++) {
      String w = stripPossessive(toks.get(k).text());
      String tag = base(tags.get(k));
      if (!tag.equals("PROPN") && properWords.contains(w) && !commonWord(w, tag)) {
        if (out == tags) {
          out = new ArrayList<>(tags);
        }
        out.set(k, "PROPN");
      }
    }
    return out;
  }

  /**
   * The index of the colon after a dateline that an Indian or Gulf paper sets before the lede
   * ("Bengaluru: KhetSetu has raised ...", "New Delhi: The ministry said"): one or two
   * capitalised words and a colon opening the first paragraph after the headline, before a
   * capitalised word, when no other paragraph opens with a speaker label (a transcript's "Q:");
   * -1 otherwise.
   */
  private int colonDateline(Sentence s, List<Token> toks) {
    if (s.paragraph() != 1 || s.index() > 0
        && article.sentences().get(s.index() - 1).paragraph() == 1) {
      return -1;
    }
    int colon = -1;
    for (int k = 0; k < Math.min(3, toks.size()); k++) {
      String w = toks.get(k).text();
      if (k > 0 && w.equals(":")) {
        colon = k;
        break;
      }
      if (!Character.isUpperCase(w.charAt(0)) || !w.chars().allMatch(Character::isLetter)) {
        return -1;
      }
    }
    if (colon < 0 || colon + 1 >= toks.size()
        || !Character.isUpperCase(toks.get(colon + 1).text().charAt(0))) {
      return -1;
    }
    List<Span> paragraphs = article.paragraphs();
    for (int k = 2; k < paragraphs.size(); k++) {
      Span p = paragraphs.get(k);
      if (SpeakerLabels.of(text, p.start(), p.end()) != null) {
        return -1;
      }
    }
    return colon;
  }

  /** Whether {@code offset} lies inside a quotation. */
  boolean inQuote(int offset) {
    return SortedSpans.containing(quoted, Span::start, Span::end, offset) >= 0;
  }

  /**
   * The index of the sentence a quotation opened in, when that quotation closes in sentence
   * {@code s} before {@code offset} and opened in an earlier one ('"I pray for them. I did not
   * lock the doors," Mr Kothari said': the sentence of "I pray"); else {@code s}.
   */
  int quotationOpeningSentence(int s, int offset) {
    List<Sentence> all = article.sentences();
    int start = all.get(s).span().start();
    int k = SortedSpans.lastStartingAtOrBefore(quoted, Span::start, offset);
    Span q = k >= 0 ? quoted.get(k) : null;
    if (q == null || q.end() > offset || q.end() < start || q.start() >= start) {
      return s;
    }
    int open = SortedSpans.lastStartingAtOrBefore(all, t -> t.span().start(), q.start());
    return Math.max(0, Math.min(s, open));
  }

  /**
   * The gender of the "He" or "She" sentence {@code s} opens with (past an opening quotation
   * mark), which goes on about the person the sentence before it named ("... Rajendra Patel said
   * ... He denied any violation."); null when it opens otherwise.
   */
  Gender openingPersonalPronoun(int s) {
    List<Token> toks = article.tokens(article.sentences().get(s));
    int k = 0;
    while (k < toks.size() && isQuoteMark(toks.get(k).text())) {
      k++;
    }
    String w = k < toks.size() ? toks.get(k).text() : "";
    return w.equals("He") ? Gender.MALE : w.equals("She") ? Gender.FEMALE : null;
  }

  // ---------------------------------------------------------------------------------------------
  // Sentences

  /** The index of the first verb or auxiliary from token {@code from} on, or the size. */
  private static int verbFrom(List<String> tags, int from) {
    for (int k = from; k < tags.size(); k++) {
      String t = base(tags.get(k));
      if (t.equals("VERB") || t.equals("AUX")) {
        return k;
      }
    }
    return tags.size();
  }

  /** The most tokens an opening participle clause runs before its comma. */
  private static final int OPENING_CLAUSE_TOKENS = 12;

  /**
   * Scans one sentence: its tokens {@link #unglued}, its tags as {@link #properTags} left them,
   * and whether it is a title-case line ({@link #headline}).
   */
  private void sentence(Sentence s, List<Token> toks, List<String> tags, boolean headline) {
    int n = toks.size();
    int firstVerb = verbFrom(tags, 0);
    // An opening prepositional phrase ("In an interview with X, the candidate stated") holds no
    // subject of the sentence: it ends at the first comma ("As X put it," may hold one).
    int opening = -1;
    if (n > 0 && base(tags.get(0)).equals("ADP") && !lower(toks.get(0).text()).equals("as")) {
      for (int k = 1; k < Math.min(n, firstVerb + 1); k++) {
        if (toks.get(k).text().equals(",")) {
          opening = k;
          break;
        }
      }
    } else if (firstVerb == 0 && toks.get(0).text().endsWith("ing")
        && !properWords.contains(toks.get(0).text())) {
      // an opening participle clause ("Speaking to Kan radio, authority director X said") holds
      // no subject either: the subject and its verb come after its comma
      // ("Standing beside them was Gen. X, ...": a verb before the comma, no clause of its own)
      int comma = 1;
      while (comma < n && comma <= OPENING_CLAUSE_TOKENS && !toks.get(comma).text().equals(",")) {
        comma++;
      }
      if (comma < n && comma <= OPENING_CLAUSE_TOKENS && verbFrom(tags, 1) > comma) {
        opening = comma;
        int verb = verbFrom(tags, comma + 1);
        firstVerb = verb < n ? verb : firstVerb;
      }
    }
    titleCaseLine = headline;
    int[] spelled = spelledNames(toks);
    for (int k = 0; spelled != null && k < n; k++) {
      if (spelled[k] > k) {
        acronyms.add(toks.get(spelled[k] + 1).text());
      }
    }
    bracketedAcronyms(toks);
    NameMention previous = null;
    int previousEnd = -1;
    sharedRole = null;
    // a dateline ("KUALA LUMPUR, Malaysia -") says where the story was filed: no one's name
    int i = Datelines.end(toks);
    int colon = i == 0 ? colonDateline(s, toks) : -1;
    if (colon > 0) {
      i = colon + 1; // "Bengaluru: KhetSetu ... has raised": the place the story was filed in
      opening = colon;
    }
    int sentenceOpen = i; // past a dateline
    while (i < n) {
      Token t = toks.get(i);
      String lower = lower(t.text());
      Gender pronoun = MALE_PRONOUNS.contains(lower) ? Gender.MALE
          : FEMALE_PRONOUNS.contains(lower) ? Gender.FEMALE : null;
      if (pronoun != null) {
        if (!inQuote(t.start())) {
          pronouns.add(new Pronoun(t.start(), s.index(), pronoun,
              lower.equals("he") || lower.equals("she")));
        }
        i++;
        continue;
      }
      int j;
      boolean named = nameToken(toks, tags, i);
      int cause = named ? -1 : causeNameEnd(toks, tags, i);
      if (spelled != null && spelled[i] > i) {
        j = spelled[i]; // "Alliance to Reclaim Our Schools (AROS)": the name its acronym spells
      } else if (cause > i) {
        j = cause; // "Women in Engineering, an advocacy group,": plural read as a common noun
      } else if (!named || modelNumber(toks, i)) {
        i++;
        continue;
      } else {
        j = runEnd(toks, tags, i);
        int last = j - 1;
        while (last >= i && !strongNameToken(toks, tags, last)
            && !organisationComplement(toks, i, last)
            && !(last > i && !headline && pluralNameNoun(toks, tags, last))
            && !(last > i + 1 && !headline && nameEndingInNoun(toks, tags, i, last))
            && !(last > i + 1 && toks.get(last - 1).text().equals("&"))
            && !(last > i + 1 && stanceIn(toks, i, last))
            && !(last > i && hyphenedGivenName(toks.get(last).text()))
            && !(last > i && !headline && i > 0 && organisationNoun(toks.get(i - 1).text()))
            && !(last > i && legalForm(toks.get(last).text()))) {
          last--; // "New York Post": capitalised modifiers count only before a name; "Barrow &
          // Finch", common nouns joined by "&", is a firm's name; so are capitalised common
          // words after an organisation noun ("research firm Lantern Metrics"), and a legal
          // form read as an adjective ends one ("Velan Components Private Limited")
        }
        if (last < i) {
          i = j;
          continue;
        }
        j = last + 1;
        if (legalFormAfterComma(toks, j)) {
          j += 2; // "Aurelis Health, Inc.": the legal form set off by a comma ends the name
        } else if (j < toks.size() && SMALL_LEGAL_FORMS.contains(toks.get(j).text())) {
          j++; // "Greencore Foods plc": a legal form in small letters ends the name
        }
        j += unionLocalLength(toks, j); // "Amalgamated Transit Workers Local 822"
        if (j < toks.size() && j - 1 > i && numberedBranch(toks.get(j - 1).text(),
            toks.get(j).text())) {
          j++; // "Fraternal Order of Police Lodge 9", "American Legion Post 112"
        }
      }
      if (j - i == 1 && postTitles.contains(stripPossessive(toks.get(i).text()))
          && definiteBefore(toks, i)) {
        i = j; // "the Treasurer" where the article gave the post to a named person
        continue;
      }
      if (openingWordBeforeName(toks, i, j) || roleBeforeSurname(toks, i, j)) {
        i++; // "Had Sanders won ...", "Absent Trump, ...": a sentence's first word, no name's;
        // "said Pollster Amundsen": a role before a surname the article gives after a first name
      } else if (openingModifierOfPost(toks, i, j) || openingParticiple(toks, tags, i, j)) {
        i = j; // "Veteran lyricist Sudhir Rao", "Giving evidence, a woman said": no name
        continue;
      }
      for (int k = i; k <= i + 2 && k < j - 1; k++) {
        if (BASED.matcher(toks.get(k).text()).matches()) {
          i = k + 1; // "the Leeds-based Northern Rail Alliance", "Las Vegas-based Meridian
          // Gaming Corp.": where it is based is no part of it
          break;
        }
      }
      if (headline && j - i > 1 && (spelled == null || spelled[i] != j)) {
        while (j - i > 1 && reportingVerb(toks.get(j - 1).text())) {
          j--; // "Lindsey Graham Says": the verb of a title-case line is no part of the name
        }
        // In a title-case line every word is capitalised: only a first name starts a longer name.
        j = firstName(stripPossessive(toks.get(i).text())) ? Math.min(j, i + 2) : i + 1;
      }
      if (j - i == 1 && i == sentenceOpen && openingNounOf(toks, i)) {
        i = j; // "Shares of Varuna Motors closed higher": a plural noun, no name
        continue;
      }
      if (j - i == 1 && loneTitle(toks, i)) {
        i = j; // "Coroner finds death was preventable": a post, no one's name
        continue;
      }
      if (j - i == 1 && i > 0 && PARTY_TAG.matcher(toks.get(i).text()).matches()
          && (toks.get(i - 1).text().equals(",") || toks.get(i - 1).text().equals("("))) {
        i = j; // "Nora Hobart, D-Millbrook, who ...": a party and district, no one's name
        continue;
      }
      if (headline && j - i == 1 && headlineNoun(stripPossessive(toks.get(i).text()))) {
        i = j; // "Hollywood Actor Who Endorsed ...", "Woman Steps Forward": no one's name
        continue;
      }
      NameMention m = parse(s, toks, tags, i, j, spelled != null && spelled[i] == j);
      if (m != null && thingNamed(m, toks, tags, i)) {
        m = null; // "its first electric van, the Hartwell Tern": a product, nobody who speaks
      }
      if (m != null && m.form == NameMention.Form.ORGANIZATION) {
        acronyms.add(initials(m.name.text(), false)); // "IMF" after "International Monetary Fund"
        acronyms.add(initials(m.name.text(), true)); // "DOJ" after "Department of Justice"
        acronyms.add(initialsPastPlace(m.name.text())); // "CPSC" after "U.S. Consumer ..."
      }
      if (m != null) {
        boolean verbAfter = j < n && (base(tags.get(j)).equals("VERB")
            || base(tags.get(j)).equals("AUX"));
        int mark = i - 1; // past capitalised words before the name: "...," Rear Admiral X told
        while (mark >= 0 && mark >= i - 3 && Character.isUpperCase(toks.get(mark).text().charAt(0))
            && !isQuoteMark(toks.get(mark).text())) {
          mark--;
        }
        // before the sentence's first verb, after any opening phrase, not after a preposition
        // nor its determiner ("on the House floor", where a tagger took "floor" for the verb)
        boolean beforeFirstVerb = i < firstVerb && i > opening
            && (i == 0 || !base(tags.get(i - 1)).equals("ADP"))
            && (i < 2 || !base(tags.get(i - 1)).equals("DET")
                || !base(tags.get(i - 2)).equals("ADP"));
        m.subject = !m.inQuote && (beforeFirstVerb
            || mark >= 0 && (toks.get(mark).text().equals(",") // ", Ban demurred"
                || isQuoteMark(toks.get(mark).text())) && verbAfter // "...," Ban said
            || verbAfter && clauseOpensAt(toks, i)) // "..., and Pence is not alone"
            && !possessive(toks.get(j - 1).text())
            && !(j < n && isPossessiveMarker(toks.get(j).text())); // "Trump's running mate"
        m.topic = !m.subject && !m.inQuote && beforeFirstVerb && possessesThing(toks, tags, j);
        if (previous != null && previousEnd == i - 2 && m.form == NameMention.Form.PERSON
            && m.full() && isAnd(toks.get(i - 1).text()) && coordinatedFirstName(previous)) {
          // "Bill and Hillary Clinton": the first name shares the surname after it.
          NameMention joined = new NameMention(previous.span, previous.name,
              NameMention.Form.PERSON, previous.last, m.last, m.suffix, previous.gender,
              previous.titled, previous.sentence, previous.paragraph, previous.inQuote);
          joined.subject = previous.subject;
          joined.roles.addAll(previous.roles);
          String[] words = Splits.SPACES.split(m.name.text());
          joined.sharedSurname = words[words.length - 1];
          names.set(names.size() - 1, joined);
        }
        m.who = personClauseAfter(toks, j);
        m.origin = m.form == NameMention.Form.SINGLE && !m.titled && followsPersonFrom(toks, i, j);
        Role shared = previous != null && previousEnd == i - 2 && isAnd(toks.get(i - 1).text())
            ? sharedRole : null;
        sharedRole = null;
        roles(m, toks, tags, i, j);
        m.home = m.form == NameMention.Form.PERSON || m.form == NameMention.Form.SINGLE
            ? home(m.span.end()) : null;
        if (m.orgType == null) { // a trade before the name gave it one: "Brokerage X"
          m.orgType = orgType(m, toks, tags, i, j);
        }
        if (shared != null && m.form == NameMention.Form.PERSON) {
          m.roles.add(shared); // "hosts Joe Scarborough and [Mika Brzezinski]"
        }
        names.add(m);
        if (m.form == NameMention.Form.PERSON && m.first != null) {
          surnames.add(m.last);
        }
        NameMention host = m.form == NameMention.Form.ORGANIZATION ? host(s, toks, tags, i, j)
            : null;
        if (host != null) {
          names.add(host); // "The Rachel Maddow Show": later, "Maddow" is Rachel Maddow
          surnames.add(host.last);
        }
        previous = m;
        previousEnd = j - 1;
      }
      i = j;
    }
  }

  /**
   * The person an organisation's name is named after: its first two words when both are proper
   * nouns, the first a known first name, and the name is an organisation by its last ("The
   * Rachel Maddow Show", "Aaron Klein Investigative Radio", not "Christian Democratic Union");
   * null otherwise.
   */
  private NameMention host(Sentence s, List<Token> toks, List<String> tags, int i, int j) {
    if (!namedAfterPerson(toks.get(i).text(), stripPossessive(toks.get(j - 1).text()), j - i,
        toks.subList(i, j)) || !base(tags.get(i)).equals("PROPN")
        || !base(tags.get(i + 1)).equals("PROPN")) {
      return null;
    }
    NameMention host = parse(s, toks, tags, i, i + 2, false);
    return host != null && host.form == NameMention.Form.PERSON ? host : null;
  }

  /**
   * Adds to {@link #acronyms} each acronym that closes brackets opened right after a capitalised
   * word, alone or after a comma ("the Croatian Football Federation (HNS)", "(Eesti
   * Jalgratturite Liit, EJL)"), whether or not it spells the words before: an organisation's
   * acronym in its own language, a name wherever the tagger puts it later ("The HNS said").
   */
  private void bracketedAcronyms(List<Token> toks) {
    for (int k = 1; k + 1 < toks.size(); k++) {
      String a = toks.get(k).text();
      if (!toks.get(k + 1).text().equals(")") || a.length() < 3 || !acronymShape(a)) {
        continue;
      }
      int open = toks.get(k - 1).text().equals("(") ? k - 1 : -1;
      for (int m = k - 1; open < 0 && m > 0 && k - m <= 8 && toks.get(k - 1).text().equals(",");
          m--) {
        String w = toks.get(m).text();
        if (w.equals("(")) {
          open = m;
        } else if (w.equals(")")) {
          break;
        }
      }
      if (open > 0 && Character.isUpperCase(toks.get(open - 1).text().charAt(0))) {
        acronyms.add(a);
      }
    }
  }

  /**
   * The names an acronym in brackets spells ("Alliance to Reclaim Our Schools (AROS)", "Verandi
   * Medical AG (VMAG)", "Fondo Noreste para el Agua (FNA)"): at the index of each such name's
   * first token, the index of the bracket after it; null when the sentence has none. The name is
   * the shortest run of words before the bracket, the first capitalised, that the acronym spells
   * (see {@link #spells}); an elided article ("l'Atlantique") is passed over.
   */
  private static int[] spelledNames(List<Token> toks) {
    int[] out = null;
    for (int k = 2; k + 2 < toks.size(); k++) {
      String a = toks.get(k + 1).text();
      if (!toks.get(k).text().equals("(") || !toks.get(k + 2).text().equals(")")
          || !acronymShape(a)) {
        continue;
      }
      List<String> words = new ArrayList<>();
      for (int t = k - 1; t >= 0 && words.size() < 12; t--) {
        String w = ELIDED.matcher(toks.get(t).text()).replaceFirst("");
        if ((w.equals("'") || w.equals("\u2019")) && t > 0 && t + 1 < k
            && toks.get(t).start() == toks.get(t - 1).end()) {
          continue; // "National Citizens' Ballot Watch (NCBW)": a plural's apostrophe
        }
        boolean capital = Character.isUpperCase(w.charAt(0));
        if (!capital && !SPELLED_LINKS.contains(w) && !w.chars().allMatch(Character::isLetter)) {
          break; // words in small letters may be part of it: "Fédération nationale des ..."
        }
        words.add(0, w);
        if (capital && k - t >= 2 && (spells(a, words) || words.size() >= 4 && a.length() >= 3
            && spells(a, words.subList(0, words.size() - 1)))) { // "... Data Project (ACLED)"
          if (out == null) {
            out = new int[toks.size()];
          }
          while (t > 0 && PREFIX_ABBREVIATION.matcher(toks.get(t - 1).text()).matches()) {
            t--; // "The U.N. World Food Programme (WFP)": the prefix belongs to the name
          }
          out[t] = k;
          break;
        }
      }
    }
    return out;
  }

  /** An abbreviation in capitals that may open a body's name before its spelled part ("U.N."). */
  private static final Pattern PREFIX_ABBREVIATION =
      Pattern.compile("(?:\\p{Lu}\\.){2,3}|\\p{Lu}{2,3}");

  /**
   * Whether a word in brackets is written as an acronym: two to eight letters, the first a
   * capital, and all capitals ("ODOT") or at least two of them ("SwAM", "BfR").
   */
  static boolean acronymShape(String a) {
    if (a.length() < 2 || a.length() > 8 || !Character.isUpperCase(a.charAt(0))
        || !a.chars().allMatch(Character::isLetter)) {
      return false;
    }
    return a.chars().filter(Character::isUpperCase).count() >= 2;
  }

  /**
   * Whether an acronym spells a name's words: its letters are the initials of the capitalised
   * words (an all-capital word gives all its letters), of all the words, or of all but the
   * linking words ("FNPME": "Fédération nationale des petites et moyennes entreprises"); one with
   * lower-case letters ("SwAM" for "Swedish Agency for Marine and Water Management") need only
   * have its capitals among the capitalised words' initials in order, the first word's first.
   */
  static boolean spells(String acronym, List<String> words) {
    if (spellsWords(acronym, words)) {
      return true;
    }
    List<String> parts = new ArrayList<>(); // "Saint-Laurent" gives S and L: "FIISL"
    for (String w : words) {
      parts.addAll(Arrays.asList(HYPHENATED_CAPITALS.matcher(w).matches() ? w.split("-")
          : new String[] {w}));
    }
    return parts.size() > words.size() && spellsWords(acronym, parts);
  }

  /** A word of capitalised parts joined by hyphens ("Saint-Laurent", "Baden-Württemberg"). */
  private static final Pattern HYPHENATED_CAPITALS =
      Pattern.compile("\\p{Lu}\\p{Ll}+(?:-\\p{Lu}\\p{Ll}+)+");

  /** {@link #spells}, the words read as they are. */
  private static boolean spellsWords(String acronym, List<String> words) {
    StringBuilder capitals = new StringBuilder();
    StringBuilder all = new StringBuilder();
    StringBuilder content = new StringBuilder(); // all but the linking words
    for (String w : words) {
      if (w.isEmpty() || !Character.isLetter(w.charAt(0))) {
        continue;
      }
      boolean upper = w.length() <= 4 && w.equals(w.toUpperCase(Locale.ROOT));
      String initial = upper ? w
          : String.valueOf(Character.toUpperCase(Accents.base(w.charAt(0))));
      all.append(initial);
      if (!SPELLED_LINKS.contains(w)) {
        content.append(initial);
      }
      if (Character.isUpperCase(w.charAt(0))) {
        capitals.append(upper ? w : String.valueOf(Accents.base(w.charAt(0)))); // VMAG
      }
    }
    if (acronym.contentEquals(capitals) || acronym.contentEquals(all)
        || acronym.contentEquals(content)) { // "Fédération nationale des petites et ..." FNPME
      return true;
    }
    return !acronym.equals(acronym.toUpperCase(Locale.ROOT)) && capitals.length() > 0
        && spellsMixed(acronym, words);
  }

  /**
   * Whether an acronym with lower-case letters spells the words: each capital is the initial of a
   * capitalised word, in order (words between may be passed over), the lower-case letters after
   * a capital the next letters of that word ("SwAM": Swedish Agency ... Management) or the
   * initial of a lower-case linking word ("BfR": Bundesinstitut für Risikobewertung); the first
   * capital is the first word's. "McGill" spells no "Mark Green".
   */
  private static boolean spellsMixed(String acronym, List<String> words) {
    int at = 0;
    for (int w = 0; w < words.size() && at < acronym.length(); w++) {
      String word = words.get(w);
      if (word.isEmpty() || !Character.isLetter(word.charAt(0))) {
        continue;
      }
      char c = acronym.charAt(at);
      if (Character.isLowerCase(word.charAt(0))) {
        if (c == word.charAt(0)) {
          at++; // "für" in BfR
        }
        continue;
      }
      if (c != word.charAt(0)) {
        if (at == 0) {
          return false; // the first capital is the first word's
        }
        continue;
      }
      at++;
      for (int k = 1; k < word.length() && at < acronym.length()
          && Character.isLowerCase(acronym.charAt(at)); k++) {
        if (acronym.charAt(at) != word.charAt(k)) {
          return false;
        }
        at++;
      }
    }
    return at == acronym.length();
  }

  /**
   * Whether a capitalised word is a reporting verb in the third person ("Says", "Warns"), as a
   * title-case line puts one after the name of its speaker.
   */
  private static boolean reportingVerb(String word) {
    String w = lower(word);
    return w.length() > 3 && w.endsWith("s") && CueLexicon.englishNews().lemmaOf(w)
        .filter(lemma -> !lemma.equals(w)).isPresent();
  }

  /** Whether a word is a form of a cue verb the cue lexicon lists ("announced", "Asked"). */
  private static boolean cueWord(String word) {
    return CueLexicon.englishNews().lemmaOf(lower(word)).isPresent();
  }

  /**
   * How many words past the small ones a title-case line with its small words in small letters
   * has at least, all capitalised ("Glenn Beck Blasts Drudge for Mocking His Fast"); fewer, or
   * one in small letters, may be a sentence of names ("The American Medical Association agrees
   * with Dean", "Senator Bernie Sanders spoke in Burlington on Monday").
   */
  private static final int TITLE_CASE_WORDS = 6;
  /** The small words title case leaves in small letters ("Beck Blasts Drudge for Mocking"). */
  private static final Set<String> TITLE_CASE_SMALL = Set.of("a", "an", "the", "and", "or",
      "but", "nor", "for", "to", "of", "in", "on", "at", "by", "from", "with", "as", "vs");

  /** Question words a title-case line capitalises ("Hollywood Actor Who Endorsed ..."). */
  private static final Set<String> HEADLINE_QUESTION_WORDS = Set.of("who", "what", "why", "how",
      "when", "where");

  /**
   * The index past a transcript's speaker label that opens the sentence: up to three words in
   * capitals (a title's period kept: "MR. PRUITT", "THE COURT") and a colon; 0 when none does.
   */
  private static int labelEnd(List<Token> toks) {
    for (int k = 0; k < toks.size() && k <= 3; k++) {
      String w = toks.get(k).text();
      if (w.equals(":")) {
        return k;
      }
      if (!capitals(w.endsWith(".") ? w.substring(0, w.length() - 1) : w)) {
        return 0;
      }
    }
    return 0;
  }

  /**
   * Whether the sentence is a title-case line: four words or more, nearly all capitalised; or
   * {@link #TITLE_CASE_WORDS} or more past the small words title case leaves in small letters,
   * all capitalised; a speaker label opening it ({@link #labelEnd}) not counted. (The
   * cue model's {@code CueFeatures.headline} reads the first 16 tokens and counts small letters;
   * it was trained with that, so the two stay apart.)
   */
  static boolean headline(List<Token> toks) {
    int words = 0;
    int capitalised = 0;
    int large = 0; // the words past title case's small ones, and of them the capitalised
    int largeCapitalised = 0;
    for (Token t : toks.subList(labelEnd(toks), toks.size())) {
      char c = t.text().charAt(0);
      if (Character.isLetter(c)) {
        boolean upper = Character.isUpperCase(c);
        words++;
        capitalised += upper ? 1 : 0;
        if (largeWord(t.text())) {
          large++;
          largeCapitalised += upper ? 1 : 0;
        }
      }
    }
    return words >= 4 && capitalised * 5 >= words * 4
        || large >= TITLE_CASE_WORDS && largeCapitalised == large;
  }

  /**
   * Whether a sentence past the article's first is a statement, not a title-case line, though
   * nearly all its words are capitalised: it ends in a period and writes a word past title
   * case's small ones in small letters ("Brookhaven Professional Firefighters Local 2291
   * President Kevin Shaughnessy disagreed.").
   */
  private static boolean statement(List<Token> toks) {
    if (toks.isEmpty() || !toks.get(toks.size() - 1).text().equals(".")) {
      return false;
    }
    for (Token t : toks.subList(labelEnd(toks), toks.size())) {
      String w = t.text();
      if (Character.isLowerCase(w.charAt(0)) && largeWord(w)) {
        return true;
      }
    }
    return false;
  }

  /**
   * Whether a word is past the small ones title case leaves in small letters: no small word is
   * longer than four letters.
   */
  private static boolean largeWord(String w) {
    return w.length() > 4 || !TITLE_CASE_SMALL.contains(lower(w));
  }

  /**
   * Whether a word a title-case line capitalises is a noun for a person or a place, or a
   * question word, and so no name ("Actor", "Woman", "Son", "Nation", "Who"): the lexicon's role,
   * person and epithet nouns, polity and organisation nouns, and who/what/why/how/when/
   * where. A first name, a title, or a word the article capitalises inside a sentence elsewhere
   * is a name's part ("Will", "Judge", "Howard Dean Tells ..." above "Howard Dean, the former
   * governor").
   */
  private boolean headlineNoun(String word) {
    String w = lower(word);
    if (firstName(word) || capitalisedInside.contains(word)
        || lexicon.is(SpeakerLexicon.Kind.TITLE, word)
        || lexicon.is(SpeakerLexicon.Kind.HONORIFIC, word)) {
      return false; // "Howard Dean Tells ...": the article writes "Dean" as a name elsewhere
    }
    return HEADLINE_QUESTION_WORDS.contains(w) || lexicon.is(SpeakerLexicon.Kind.ROLE, w)
        || lexicon.is(SpeakerLexicon.Kind.PERSON_NOUN, w)
        || lexicon.is(SpeakerLexicon.Kind.EPITHET, w) || lexicon.is(SpeakerLexicon.Kind.POLITY, w)
        || lexicon.is(SpeakerLexicon.Kind.ORG, w); // "Chile Lithium Startup Says ..."
  }

  /**
   * Whether token {@code i}, a run of one word, is a title or role word standing alone before a
   * word in small letters ("Coroner finds ...", "Judge rules ..."): a post, not a name; not a
   * word the article writes after another capitalised word elsewhere ("Rina Sen" makes "Sen
   * said" hers).
   */
  private boolean loneTitle(List<Token> toks, int i) {
    String w = stripPossessive(toks.get(i).text());
    return i + 1 < toks.size() && Character.isLowerCase(toks.get(i + 1).text().charAt(0))
        && (lexicon.is(SpeakerLexicon.Kind.TITLE, w) || lexicon.is(SpeakerLexicon.Kind.ROLE, w))
        && !firstName(w) && !afterCapitalised.contains(nameKey(w));
  }

  private boolean coordinatedFirstName(NameMention m) {
    return m.form == NameMention.Form.SINGLE && lexicon.is(SpeakerLexicon.Kind.FIRST, m.last);
  }

  /**
   * Nouns in small letters after a name of two words or more that make it a body's ("the Força
   * Trabalhadora union", "the Kisan Ekta party"); a person's name before them is a campaign's
   * or a party's ("the Mike Pence campaign") and has a known first name.
   */
  private static final Set<String> BODY_NOUNS_AFTER = Set.of("union", "federation",
      "confederation", "party", "movement", "alliance", "coalition", "front", "association");

  /** Whether a word is a company's legal form ("Limited", "Ltd.", "GmbH"). */
  private static boolean legalForm(String w) {
    return Entities.LEGAL_FORMS.contains(lower(w).replace(".", ""));
  }

  private static boolean isAnd(String w) {
    return w.equals("and") || w.equals("&");
  }

  // ---------------------------------------------------------------------------------------------
  // Name runs

  /**
   * The names of birth order and caste a Balinese name gives after its opening "I" (a man's) or
   * "Ni" (a woman's): "I Made Suarjana", "I Gusti Ngurah Rai", "Ni Luh Ketut Sari".
   */
  private static final Set<String> BALINESE_NAMES = Set.of("Wayan", "Made", "Nyoman", "Ketut",
      "Putu", "Kadek", "Komang", "Gede", "Gusti", "Nengah", "Luh", "Ayu");

  /**
   * Whether token {@code k} may stand in a name: a capitalised proper noun, title, honorific,
   * suffix or initial, or a capitalised adjective or noun inside a sentence ("New", "National").
   */
  private boolean nameToken(List<Token> toks, List<String> tags, int k) {
    String w = toks.get(k).text();
    if (w.length() > 3 && (w.startsWith("al-") || w.startsWith("el-"))
        && Character.isUpperCase(w.charAt(3))) {
      return true;
    }
    if (!Character.isUpperCase(w.charAt(0)) || timeWord(toks, k)) {
      return false;
    }
    if (capitalsNameTime(toks, k)) {
      return true; // "USA TODAY", whatever the tagger reads "TODAY" as
    }
    if (k == 0 && w.length() == 2 && w.charAt(1) == '.'
        && SpeakerLabels.dottedLabelAt(text, toks.get(k).start())) {
      return false; // "A. Because we built ...": an answer's label, not an initial
    }
    if ((w.equals("I") || w.equals("Ni")) && k + 2 < toks.size()
        && BALINESE_NAMES.contains(toks.get(k + 1).text())
        && Character.isUpperCase(toks.get(k + 2).text().charAt(0))
        && !inDictionary(lower(toks.get(k + 2).text()), WordClasses.Pos.NOUN,
            WordClasses.Pos.VERB, WordClasses.Pos.ADJECTIVE)) {
      return true; // "I Made Suarjana", "Ni Luh Putu Ayu": a Balinese name's opening word; not
      // "How I Made Millions" in a title-case line
    }
    if (capitals(w) && lexicon.is(SpeakerLexicon.Kind.ROLE, lower(w))
        && !(k + 1 < toks.size() && Character.isUpperCase(toks.get(k + 1).text().charAt(0)))) {
      return false; // "The CFO added": a post in capitals, though the tagger reads a name
    }
    String tag = base(tags.get(k));
    if (k == 0 && (w.endsWith("ed") || w.endsWith("ing")) && w.length() > 4
        && k + 1 < toks.size() && Character.isLowerCase(toks.get(k + 1).text().charAt(0))
        && cueWord(w)) {
      return false; // "Asked afterwards whether ...", "Speaking to reporters, ...": a participle
    }
    if (k == 0 && lexicon.is(SpeakerLexicon.Kind.SPEECH, lower(w))
        && !(k + 1 < toks.size() && Character.isUpperCase(toks.get(k + 1).text().charAt(0)))) {
      return false; // a document opening a headline is no name: "Findings show voters fear"
    }
    if (numberWord(w)
        && !(k + 1 < toks.size() && Character.isUpperCase(toks.get(k + 1).text().charAt(0)))) {
      return false; // "Nine in 10 voters say", "Half said so": a share, though the tagger may
                    // read a capitalised one as a name; "One Nation" stays a name
    }
    if (tag.equals("PROPN")) {
      return true;
    }
    if (surnameAfterFirstName(toks, k)) {
      return true; // "Phyllis Schlafly": the tagger reads "Schlafly" by its "-ly" as an adverb
    }
    if (titleOfField(toks, tags, k)) {
      return true; // "Leader of the Opposition K. Venkatesan said", read as a common noun
    }
    if (appositionFirstWord(toks, tags, k)) {
      return true; // "Its director, Beat Zimmermann, said": "Beat" read as a verb
    }
    if (middleGivenName(toks, k)) {
      return true; // "Knut Are Nygård": the second given name read as a verb
    }
    if (bareInitial(toks, k)) {
      return true; // "managing director R Srinivasan": an initial written without its period
    }
    if (k > 0 && tag.equals("NUM") && w.chars().allMatch(Character::isLetter) && k + 1 < toks.size()
        && base(tags.get(k + 1)).equals("PROPN")
        && Character.isUpperCase(toks.get(k + 1).text().charAt(0))) {
      return true; // a number word inside a sentence opens a name: "the One Campaign"
    }
    if (knownSurname(w)) {
      return true; // "Trump has also commented" tagged as a noun at the start of a sentence
    }
    if (k > 0 && (tag.equals("ADJ") || tag.equals("NOUN")) && !isQuoteMark(toks.get(k - 1).text())
        && (Character.isLetter(w.charAt(w.length() - 1))
            || pluralPossessive(w) && possessiveInName(toks, tags, k))) {
      return true; // and "The Nurses' Union of Wessex"
    }
    if (k == 0 && (tag.equals("ADJ") || tag.equals("NOUN")) && k + 1 < toks.size()
        && Character.isUpperCase(toks.get(k + 1).text().charAt(0))
        && (base(tags.get(k + 1)).equals("PROPN") || orgWordAhead(toks, tags, k)
            || NAMED_STANCES.contains(toks.get(k + 1).text()) && k + 2 < toks.size()
                && nameToken(toks, tags, k + 2))) {
      return true; // "Northgate Freight Holdings said", "National Disaster Management Agency
      // spokesman X said", "Doctors Without Borders said" at the start of a sentence
    }
    if (k == 0 && k + 1 < toks.size() && isAnd(toks.get(1).text()) && fieldWord(w)
        && fieldBeforePost(toks, tags, 0, 1) > 0) {
      return true; // "Revenue and Disaster Management Minister Jogen Saikia said": one field
    }
    if (k == 0 && tag.equals("NOUN") && lexicon.is(SpeakerLexicon.Kind.ORG, lower(w))
        && k + 2 < toks.size() && toks.get(k + 1).text().equals("of")
        && Character.isUpperCase(toks.get(k + 2).text().charAt(0))) {
      return true; // "Office of Civil Defense spokesperson X said": an organisation's head noun
    }
    String bare = stripPossessive(w);
    boolean nextCapital = k + 1 < toks.size()
        && Character.isUpperCase(toks.get(k + 1).text().charAt(0));
    return (lexicon.is(SpeakerLexicon.Kind.HONORIFIC, bare)
        || lexicon.is(SpeakerLexicon.Kind.TITLE, bare)) && nextCapital
        || k > 0 && lexicon.is(SpeakerLexicon.Kind.SUFFIX, bare) || initial(bare);
  }

  /**
   * The place of a party and state tag right after a name, in brackets, set off by commas or
   * after "of" ("Marco Rubio (R-Fla.)", "Rand Paul (Ky.)", "Tim Kaine, D-Va., said", "Jeff
   * Sessions of Alabama"), lower case; null when there is none or it names no region the
   * lexicon knows. A party tag's place that is no region is a district or town, as state
   * legislatures' copy gives them ("Sen. Ana Whitley, D-Durham," is from Durham: "the Durham
   * Democrat").
   */
  private String home(int end) {
    Matcher m = REGION_TAG.matcher(text).region(end, text.length());
    if (!m.lookingAt()) {
      return null;
    }
    String tag = m.group(1) != null ? m.group(1) : m.group(2) != null ? m.group(2) : m.group(3);
    String region = lexicon.regionOf(tag);
    boolean party = m.group(2) != null || m.group(1) != null && m.group().contains("-");
    return region != null || !party || tag.contains(".") ? region
        : tag.toLowerCase(Locale.ROOT);
  }

  /**
   * Whether token {@code k} names a time ("May", "Monday"), unless it follows a first name:
   * "Theresa May" is a name, as is "Jan" before a surname and a family name before a hyphenated
   * given name ("Jun Young-hyun"), and a time word in capitals that ends a name in capitals in a
   * sentence in mixed case ("USA TODAY reported", "told USA TODAY's reporter").
   */
  private boolean timeWord(List<Token> toks, int k) {
    String w = stripPossessive(toks.get(k).text());
    return lexicon.is(SpeakerLexicon.Kind.TIME, w)
        && !(k > 0 && firstName(stripPossessive(toks.get(k - 1).text())))
        && !endsCapitalsName(toks, k)
        && !(w.equals("Jan") && k + 1 < toks.size() && surnameAfter(toks.get(k + 1).text()))
        && !givenMonth(toks, k, w)
        && !(k + 1 < toks.size() && EAST_ASIAN_GIVEN.matcher(toks.get(k + 1).text()).matches())
        && !undatedShortTime(toks, k, w)
        && !timeInsideOrgName(toks, k);
  }

  /** Months that are also women's given names. */
  private static final Set<String> GIVEN_MONTHS = Set.of("April", "May", "June");

  /**
   * Whether token {@code k}, a month that is also a given name, is one: before a capitalised
   * word of letters the dictionary does not know, with no number after it, and after no word
   * that leads a date ("Walter and June Kowalczyk", "Her grandmother, June Kowalczyk,"; not "In
   * June Parliament" or "June 5").
   */
  private boolean givenMonth(List<Token> toks, int k, String w) {
    if (!GIVEN_MONTHS.contains(w) || k + 1 >= toks.size()) {
      return false;
    }
    String after = toks.get(k + 1).text();
    String before = k > 0 ? lower(toks.get(k - 1).text()) : "";
    return surnameAfter(after) && !inDictionary(lower(after), WordClasses.Pos.NOUN,
            WordClasses.Pos.ADJECTIVE, WordClasses.Pos.VERB)
        && !lexicon.is(SpeakerLexicon.Kind.PLACE, after) && !orgWord(after)
        && !TIME_LEADS.contains(before) && !startsWithDigit(before)
        && !(k + 2 < toks.size() && startsWithDigit(toks.get(k + 2).text()));
  }

  /** Words in capitals that may stand before a time word and open no name ("In March"). */
  private static final Set<String> TIME_LEADS = Set.of("in", "on", "since", "by", "last",
      "next", "this", "until", "from", "early", "late", "mid", "during", "each", "every", "that",
      "through", "after", "before", "till", "of");

  /**
   * Whether token {@code k}, a time word, stands between a capitalised word that leads no date
   * and an organisation's word: "the Forward March Trust", "Black Friday Foundation".
   */
  private boolean timeInsideOrgName(List<Token> toks, int k) {
    if (k == 0 || k + 1 >= toks.size()) {
      return false;
    }
    String before = toks.get(k - 1).text();
    String after = toks.get(k + 1).text();
    return Character.isUpperCase(before.charAt(0)) && before.chars().allMatch(Character::isLetter)
        && !TIME_LEADS.contains(lower(before)) && !lexicon.is(SpeakerLexicon.Kind.TIME, before)
        && Character.isUpperCase(after.charAt(0)) && orgWord(stripPossessive(after));
  }

  /** Short forms of months and days that are also given or family names ("Jun", "Sun"). */
  private static final Set<String> SHORT_TIMES = Set.of("Jan", "Feb", "Mar", "Apr", "Jun", "Jul",
      "Aug", "Sep", "Oct", "Nov", "Dec", "Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun");

  /**
   * Whether token {@code k}, a short form of a month or day, stands after a capitalised word
   * with no number either side: "Wang Jun" is a name, "Jun 5" and "5 Jun" are dates.
   */
  private static boolean undatedShortTime(List<Token> toks, int k, String w) {
    return SHORT_TIMES.contains(w) && k > 0
        && Character.isUpperCase(toks.get(k - 1).text().charAt(0))
        && !startsWithDigit(toks.get(k - 1).text())
        && !(k + 1 < toks.size() && (startsWithDigit(toks.get(k + 1).text())
            || toks.get(k + 1).text().equals(".")));
  }

  private static boolean startsWithDigit(String t) {
    return !t.isEmpty() && Character.isDigit(t.charAt(0));
  }

  /**
   * Whether token {@code k}, a word in capitals, ends a run of two words in capitals that the
   * words either side, not in capitals, set off as a name ("a USA TODAY analysis"): in a line
   * all in capitals ("SENATE VOTES TODAY") such words are no name.
   */
  private static boolean endsCapitalsName(List<Token> toks, int k) {
    return k > 0 && capitals(stripPossessive(toks.get(k).text()))
        && capitals(toks.get(k - 1).text())
        && (k < 2 || !capitals(toks.get(k - 2).text()))
        && (k + 1 >= toks.size() || !capitals(toks.get(k + 1).text()));
  }

  /** Whether token {@code k} is a time word in capitals that ends a name ("USA TODAY"). */
  private boolean capitalsNameTime(List<Token> toks, int k) {
    return endsCapitalsName(toks, k)
        && lexicon.is(SpeakerLexicon.Kind.TIME, stripPossessive(toks.get(k).text()));
  }

  /** Whether a word is two letters or more, all in capitals ("USA", "TODAY"). */
  static boolean capitals(String w) {
    return w.length() > 1 && w.chars().allMatch(Character::isUpperCase);
  }

  /**
   * Whether a word after "Jan" makes it a given name ("Jan Pretorius", "Jan Egeland"): a
   * capitalised word of letters that names no time; "Jan. 5" and "Jan 5" stay dates.
   */
  private boolean surnameAfter(String w) {
    return w.length() > 1 && Character.isUpperCase(w.charAt(0))
        && w.chars().allMatch(Character::isLetter)
        && !lexicon.is(SpeakerLexicon.Kind.TIME, w);
  }

  /**
   * Whether a capitalised word is a nationality's adjective: one the lexicon lists as a
   * nationality ("German", "Croatian") or whose man the lexicon lists ("Dutch", "French").
   */
  boolean nationalityAdjective(String w) {
    String lw = lower(w);
    return lexicon.is(SpeakerLexicon.Kind.NATIONALITY, lw)
        || lexicon.is(SpeakerLexicon.Kind.NATIONALITY, lw + "man");
  }

  /**
   * Whether a lone name that ends before token {@code j} is the body whose post the words after
   * it name before a person's name ("SkyMalaya chief executive Lee Chee Keong", "Pemberly
   * spokeswoman Ana Ruiz"): up to four words in small letters, one a role noun, then a proper
   * noun; the name is no first name, surname met before, or place ("Trump adviser Kellyanne
   * Conway" after Donald Trump, "Texas governor Greg Abbott").
   */
  private boolean affiliationBeforePost(List<Token> toks, List<String> tags, int j, String name) {
    if (firstName(name) || knownSurname(name) || lexicon.is(SpeakerLexicon.Kind.PLACE, name)
        || possessive(toks.get(j - 1).text()) || nationalityAdjective(name)) {
      return false; // "Dutch sprinter Visser": a nationality, no employer
    }
    boolean role = false;
    int k = j;
    for (; k < toks.size() && k < j + MAX_POST_WORDS; k++) {
      String w = toks.get(k).text();
      String tag = base(tags.get(k));
      if (!Character.isLowerCase(w.charAt(0)) || !tag.equals("NOUN") && !tag.equals("ADJ")) {
        break;
      }
      role |= lexicon.is(SpeakerLexicon.Kind.ROLE, lower(w));
    }
    return role && k > j && k < toks.size() && base(tags.get(k)).equals("PROPN")
        && Character.isUpperCase(toks.get(k).text().charAt(0));
  }

  /**
   * Whether token {@code k}, a capitalised word the tagger read as a common noun, ends a name of
   * proper nouns before a verb ("Desmond Kwek Boon Hock said", "hock" being a noun too): at
   * least two proper nouns of the run before it, a verb or comma after it, and no role,
   * organisation, time or title word.
   */
  private boolean nameEndingInNoun(List<Token> toks, List<String> tags, int i, int k) {
    String w = toks.get(k).text();
    if (!base(tags.get(k)).equals("NOUN") || !Character.isUpperCase(w.charAt(0))
        || !w.chars().allMatch(Character::isLetter) || k + 1 >= toks.size()
        || !base(tags.get(k - 1)).equals("PROPN") || !base(tags.get(k - 2)).equals("PROPN")
        || k - 2 < i) {
      return false;
    }
    String next = base(tags.get(k + 1));
    String lw = lower(w);
    return (next.equals("VERB") || next.equals("AUX") || toks.get(k + 1).text().equals(","))
        && !lexicon.is(SpeakerLexicon.Kind.ROLE, lw) && !lexicon.is(SpeakerLexicon.Kind.ORG, lw)
        && !lexicon.is(SpeakerLexicon.Kind.TITLE, w) && !lexicon.is(SpeakerLexicon.Kind.TIME, w)
        && !timeWord(toks, k);
  }

  /**
   * Whether a comma at token {@code k} sets off a company's legal form in capitals after a name
   * ("Aurelis Health, Inc.", "Brightwater Labs, LLC"), the name's last word.
   */
  private static boolean legalFormAfterComma(List<Token> toks, int k) {
    if (k + 1 >= toks.size() || !toks.get(k).text().equals(",")) {
      return false;
    }
    String w = toks.get(k + 1).text();
    return Character.isUpperCase(w.charAt(0))
        && COMMA_LEGAL_FORMS.contains(lower(w).replace(".", ""))
        && (k + 2 >= toks.size() || !Character.isUpperCase(toks.get(k + 2).text().charAt(0))
            || toks.get(k + 2).text().equals("("));
  }

  /**
   * Whether the word at token {@code i} names a family: a surname of the article in the plural
   * after "the" ("a neighbour of the Vanderhoeks", "The Pengellys' son, Jory"), never one person.
   */
  private boolean family(List<Token> toks, int i, String word) {
    String w = stripPossessive(word);
    if (i == 0 || !lower(toks.get(i - 1).text()).equals("the") || !w.endsWith("s")) {
      return false;
    }
    String stem = w.substring(0, w.length() - 1);
    String stemEs = w.endsWith("es") ? w.substring(0, w.length() - 2) : stem;
    return Stream.of(stem, stemEs).map(ArticleScan::nameKey)
        .anyMatch(k -> surnames.contains(k) || surnamesAfterFirst.contains(k));
  }

  /** Whether {@code w} is the surname of a full name met before in the article. */
  private boolean knownSurname(String w) {
    return !surnames.isEmpty() && surnames.contains(nameKey(stripPossessive(w)));
  }

  /** Whether none of the first {@code to} words is a first name ("Promoter Lennie Sacks"). */
  private boolean noFirstName(String[] words, int to) {
    for (int k = 0; k < to; k++) {
      if (firstName(words[k])) {
        return false;
      }
    }
    return true;
  }

  /**
   * Whether token {@code i} follows "for" or "of" after a post in capitals ("Minister of State
   * for", "Secretary for"): a title within the three words before the link; or follows "the"
   * after such a link, or after a field and "and" after one ("Minister of State for
   * Sustainability and the Environment Koh Poh Leng": the run opens with the field's last word).
   */
  private boolean fieldAfterPost(List<Token> toks, int i) {
    int link = i - 1;
    if (link >= 0 && lower(toks.get(link).text()).equals("the")) {
      link--;
    }
    if (link >= 1 && isAnd(lower(toks.get(link).text()))) {
      link--;
      while (link >= 1 && fieldWord(toks.get(link).text())) {
        link--;
      }
      if (lower(toks.get(link).text()).equals("the")) {
        link--;
      }
    }
    if (link < 1 || !OF_FOR.contains(toks.get(link).text())) {
      return false;
    }
    for (int k = link - 1; k >= Math.max(0, link - 3); k--) {
      if (lexicon.is(SpeakerLexicon.Kind.TITLE, toks.get(k).text())) {
        return true;
      }
    }
    return false;
  }

  /**
   * Whether the run of name tokens at {@code i} follows "to" after a title ("Ambassador to",
   * "Envoy to"): the run opens with the country the post is to.
   */
  private boolean postedTo(List<Token> toks, int i) {
    return i >= 2 && toks.get(i - 1).text().equals("to")
        && lexicon.is(SpeakerLexicon.Kind.TITLE, toks.get(i - 2).text());
  }

  /**
   * Whether the run of name tokens at {@code i} follows a role noun in small letters and "for"
   * or "of" ("Senior coroner for South Wales Central Graeme Hughes"): the run opens with the
   * post's place or body.
   */
  private boolean jurisdictionBefore(List<Token> toks, int i) {
    if (i < 2) {
      return false;
    }
    String link = toks.get(i - 1).text();
    String noun = toks.get(i - 2).text();
    return (link.equals("for") || link.equals("of")) && Character.isLowerCase(noun.charAt(0))
        && lexicon.is(SpeakerLexicon.Kind.ROLE, noun) && !SPEAKS_FOR.contains(noun);
  }

  /**
   * Whether a capitalised word is the plural of a common noun that names no person, role, group
   * or party and is no first name ("Appliances", "Biscuits"; not "Rivers" after a first name,
   * which the caller checks).
   */
  private boolean pluralCommonNoun(String w) {
    if (w.length() < 5 || !w.chars().allMatch(Character::isLetter)
        || !WordClasses.pluralEnding(w)) {
      return false;
    }
    String noun = singular(lower(w));
    return inDictionary(noun, WordClasses.Pos.NOUN) && !firstName(noun) && !firstName(w)
        && !surnames.contains(nameKey(w)) && !personNoun(noun)
        && !lexicon.is(SpeakerLexicon.Kind.ROLE, noun)
        && !lexicon.is(SpeakerLexicon.Kind.GROUP, noun)
        && !lexicon.is(SpeakerLexicon.Kind.PARTY, noun);
  }

  /**
   * Whether token {@code k} is a capitalised plural common noun right after a proper noun ("Marlow
   * Biscuits will cut 600 jobs", "after Acme Widgets warned"), no person noun ("Trump
   * Supporters"): outside a title-case line, a company's name ends with it, though the tagger
   * reads it as a common noun.
   */
  private boolean pluralNameNoun(List<Token> toks, List<String> tags, int k) {
    String w = toks.get(k).text();
    if (k == 0 || !base(tags.get(k)).equals("NOUN") || w.length() < 4
        || !Character.isUpperCase(w.charAt(0)) || !w.chars().allMatch(Character::isLetter)
        || !w.endsWith("s") || w.endsWith("ss") || w.endsWith("us") || w.endsWith("is")) {
      return false;
    }
    String noun = singular(lower(w));
    int p = k - 1; // past a capitalised adjective after a proper noun: "Delta Medical Gases"
    if (p > 0 && base(tags.get(p)).equals("ADJ") && base(tags.get(p - 1)).equals("PROPN")
        && Character.isUpperCase(toks.get(p).text().charAt(0))) {
      p--;
    }
    return base(tags.get(p)).equals("PROPN")
        && Character.isUpperCase(toks.get(p).text().charAt(0)) && !personNoun(noun)
        && !lexicon.is(SpeakerLexicon.Kind.ROLE, noun)
        && !lexicon.is(SpeakerLexicon.Kind.GROUP, noun)
        && !lexicon.is(SpeakerLexicon.Kind.PARTY, noun);
  }

  /**
   * Whether a run of name tokens may end at token {@code k}: a proper noun, an org word, the
   * surname of a full name met before, an acronym the article defined, a capitalised word after
   * a particle in small letters ("van den Bosch."), or a capitalised possessive after a first
   * name (which the tagger may read as a common noun).
   */
  private boolean strongNameToken(List<Token> toks, List<String> tags, int k) {
    String w = stripPossessive(toks.get(k).text());
    return base(tags.get(k)).equals("PROPN") && !timeWord(toks, k) || knownSurname(w)
        || capitalsNameTime(toks, k)
        || surnameAfterFirstName(toks, k)
        || acronyms.contains(w)
        || (lexicon.is(SpeakerLexicon.Kind.ORG, w) || lexicon.is(SpeakerLexicon.Kind.ORG_NAME, w))
            && Character.isUpperCase(w.charAt(0))
        || k > 0 && lexicon.is(SpeakerLexicon.Kind.SUFFIX, w)
        || k > 0 && Character.isUpperCase(w.charAt(0)) && w.chars().allMatch(Character::isLetter)
            && lexicon.is(SpeakerLexicon.Kind.PARTICLE, lower(toks.get(k - 1).text()))
            && Character.isLowerCase(toks.get(k - 1).text().charAt(0)) // "van den Bosch"
        || w.length() > 3 && (w.startsWith("al-") || w.startsWith("el-"))
        || k > 0 && CAMEL_CASE.matcher(w).matches() // "DataOpinião", "YouGov": a coined name
        || k > 0 && possessive(toks.get(k).text()) && Character.isUpperCase(w.charAt(0))
            && firstName(stripPossessive(toks.get(k - 1).text())) // "Barack Obama’s", a noun
        || k > 0 && possessive(toks.get(k).text()) && plainNameWord(w)
            && !inDictionary(lower(w), WordClasses.Pos.NOUN, WordClasses.Pos.ADJECTIVE,
                WordClasses.Pos.VERB) // "Havbruk Nord's lawyer", "Nord's" read as an adjective
        || placeSurname(toks, tags, k)
        || appositionSurname(toks, k)
        || unknownWordAfterNoun(toks, tags, k);
  }

  /**
   * Whether token {@code k} is a capitalised word no dictionary holds, which the tagger read as a
   * common noun, right after a common noun in small letters: the name a trade or kind gives
   * ("French fashion house Delorme", "Italian retailer Vessoni", "designer Marchetti").
   */
  private boolean unknownWordAfterNoun(List<Token> toks, List<String> tags, int k) {
    if (k == 0) {
      return false;
    }
    String w = toks.get(k).text();
    String before = toks.get(k - 1).text();
    return base(tags.get(k)).equals("NOUN") && base(tags.get(k - 1)).equals("NOUN")
        && Character.isLowerCase(before.charAt(0)) && before.chars().allMatch(Character::isLetter)
        && w.length() > 2 && Character.isUpperCase(w.charAt(0))
        && w.chars().allMatch(Character::isLetter)
        && !inDictionary(lower(w), WordClasses.Pos.VERB, WordClasses.Pos.ADJECTIVE)
        && onlyPersonNoun(lower(w)) && !lexicon.is(SpeakerLexicon.Kind.ROLE, lower(w))
        && !lexicon.is(SpeakerLexicon.Kind.TITLE, lower(w));
  }

  /**
   * Whether the dictionary holds a word as no noun or as the noun of a person only ("delorme",
   * which the dictionary knows as a surname, in small letters like its common nouns).
   */
  private static boolean onlyPersonNoun(String lw) {
    WordClasses.Entry e = WordClasses.english().lookup(lw, WordClasses.Pos.NOUN);
    return e == null || e.classes().equals(List.of("noun.person"));
  }

  /**
   * Whether token {@code k} ends a name of two capitalised words set off by commas after a
   * person's post or a person noun ("The council's chief executive, Grant Fielding, said"),
   * whatever the tagger read them as ("Grant" as an adjective, "Fielding" as a noun): words the
   * article never writes in small letters and the lexicon lists as no title or place.
   */
  private boolean appositionSurname(List<Token> toks, int k) {
    if (k < 4 || k + 1 >= toks.size() || !toks.get(k + 1).text().equals(",")
        || !toks.get(k - 2).text().equals(",")) {
      return false;
    }
    String post = toks.get(k - 3).text();
    return plainNameWord(toks.get(k - 1).text()) && plainNameWord(toks.get(k).text())
        && Character.isLowerCase(post.charAt(0)) && (postNoun(post) || personNoun(post));
  }

  /**
   * Whether token {@code k} is a town's name written as a surname after a given name the tagger
   * read as a name ("spokesman Brody Lancaster"): a capitalised word in the dictionary only as a
   * place, after a capitalised name that is no place, and no capitalised word after it.
   */
  private boolean placeSurname(List<Token> toks, List<String> tags, int k) {
    if (k == 0 || !base(tags.get(k - 1)).equals("PROPN")
        || k + 1 < toks.size() && (Character.isUpperCase(toks.get(k + 1).text().charAt(0))
            || lower(toks.get(k + 1).text()).equals("of")
            || lower(toks.get(k + 1).text()).equals("for"))) {
      return false; // "the Catholic Diocese of Altoona": a body's head noun and its place
    }
    String w = stripPossessive(toks.get(k).text());
    if (small.contains(lower(w))) {
      return false; // "the diocese", "the district": a common noun of a place
    }
    String before = toks.get(k - 1).text();
    return givenName(w) && givenName(before) && placeNoun(lower(w))
        && !inDictionary(lower(w), WordClasses.Pos.VERB, WordClasses.Pos.ADJECTIVE)
        && !placeNoun(lower(before)) && !lexicon.is(SpeakerLexicon.Kind.PLACE, before)
        && !lexicon.is(SpeakerLexicon.Kind.TITLE, before)
        && !lexicon.is(SpeakerLexicon.Kind.HONORIFIC, before);
  }

  /**
   * Whether token {@code k}, a capitalised word, ends the complement of an organisation word in
   * the run from {@code i}: "Department of Veterans Affairs", "Ministry of Foreign Affairs",
   * "African Court on Human and Peoples' Rights", where the tagger reads the last word as a
   * common noun.
   */
  private boolean organisationComplement(List<Token> toks, int i, int k) {
    for (int o = k - 1; o > i; o--) {
      String w = lower(toks.get(o).text());
      if (w.equals("of") || w.equals("for") || w.equals("on")) {
        return orgIn(toks, i, o);
      }
    }
    return false;
  }

  /**
   * Whether the run {@code [i, j)} is a capitalised polity noun after "the" that "of" and a name
   * follow: "The City of Harrowgate", "the State of Queensland", a body of its own.
   */
  private boolean polityOf(List<Token> toks, int i, int j) {
    String w = toks.get(i).text();
    return j == i + 1 && i > 0 && lower(toks.get(i - 1).text()).equals("the")
        && Character.isUpperCase(w.charAt(0)) && lexicon.is(SpeakerLexicon.Kind.POLITY, lower(w));
  }

  /**
   * Whether token {@code k}, letters in capitals, opens a model number written close with a
   * hyphen and digits ("CH-1500", "XR-7").
   */
  private static boolean modelNumber(List<Token> toks, int k) {
    if (k + 2 >= toks.size() || !capitals(toks.get(k).text())) {
      return false;
    }
    Token dash = toks.get(k + 1);
    Token digits = toks.get(k + 2);
    return dash.text().equals("-") && dash.start() == toks.get(k).end()
        && digits.start() == dash.end() && startsWithDigit(digits.text());
  }

  /**
   * Whether token {@code i} and the one after the "and" at {@code i + 1} are two capitalised
   * common nouns of the dictionary that no first name or place is ("Fire and Rescue"): the
   * fields a public service is named by, before the rest of its name.
   */
  private boolean servicePair(List<Token> toks, List<String> tags, int i) {
    return i + 3 < toks.size()
        && servicePairWords(toks.get(i).text(), toks.get(i + 2).text())
        && nameToken(toks, tags, i + 2) && nameToken(toks, tags, i + 3);
  }

  /** Whether two words are capitalised common nouns that no first name or place is ("Fire"). */
  private boolean servicePairWords(String... pair) {
    for (String w : pair) {
      if (w.isEmpty() || !Character.isUpperCase(w.charAt(0))
          || !w.chars().allMatch(Character::isLetter) || firstName(w)
          || lexicon.is(SpeakerLexicon.Kind.PLACE, w)
          || !inDictionary(lower(w), WordClasses.Pos.NOUN)) {
        return false;
      }
    }
    return true;
  }

  private int runEnd(List<Token> toks, List<String> tags, int i) {
    int n = toks.size();
    String first = toks.get(i).text();
    if ((possessive(first) || pluralPossessive(first)) && !possessiveInName(toks, tags, i)) {
      return i + 1;
    }
    int j = i + 1;
    boolean complement = false; // past the "of" of an organisation's name
    boolean field = false; // past the "of" or "for" of a post before a person's name
    while (j < n) {
      String w = toks.get(j).text();
      int nickname = nicknameLength(toks, tags, j);
      if (nickname > 0 && (j == i + 1 || firstName(toks.get(j - 1).text()))) {
        j += nickname; // Elizabeth "Liz" Carraway: one name with its nickname in quotation marks
        continue;
      }
      if (isPossessiveMarker(w)) {
        if (apostropheInName(toks, tags, j)) {
          j++; // "Irish Medical Consultants' Union" with the apostrophe split off its word
          continue;
        }
        break;
      }
      boolean inName = possessiveInName(toks, tags, j);
      if (modelNumber(toks, j)) {
        break; // "Brightwell CH-1500 heaters": a product's model, no part of the maker's name
      }
      if (nameToken(toks, tags, j) || inName) {
        j++;
        if ((possessive(w) || pluralPossessive(w)) && !inName) {
          break; // "Fox News' Megyn Kelly": the owner ends its name
        }
        continue;
      }
      if (ORDINAL.matcher(w).matches() && j + 1 < n && nameToken(toks, tags, j + 1)) {
        j++; // "Koramangala 6th Block Residents' Welfare Association": a numbered part of a place
        continue;
      }
      if (misreadNameWord(toks, tags, j)) {
        j++; // "Speak Up Aotearoa", "Patients First Calder", "Fair Money Trust" with "Up",
        continue; // "First" and "Trust" read as a preposition or adverbs
      }
      String lw = lower(w);
      int p = j;
      while (p < n && p - j < 2 && lexicon.is(SpeakerLexicon.Kind.PARTICLE,
          lower(toks.get(p).text()))) {
        p++; // "van der Merwe", "de la Cruz": one or two particles before the next name word
      }
      if (p > j && p < n && nameToken(toks, tags, p)) {
        j = p;
        continue;
      }
      if (j + 2 < n && (lw.equals("s") || lw.equals("d")) && toks.get(j + 1).text().equals("/o")
          && toks.get(j).end() == toks.get(j + 1).start() && nameToken(toks, tags, j + 2)) {
        j += 2; // "Mohamed Ibrahim s/o Abdul Kader": son (or daughter) of, then the father
        continue;
      }
      if (w.equals("-") && j + 1 < n && toks.get(j - 1).end() == toks.get(j).start()
          && toks.get(j).end() == toks.get(j + 1).start() && nameToken(toks, tags, j + 1)) {
        j++; // "Al-Hurra", "Holtz-Eakin" split by the tokenizer
        continue;
      }
      if (isAnd(w) && (i > 0 && lower(toks.get(i - 1).text()).equals("the")
          || i == 0 && j == 1) && !orgIn(toks, j - 1, j)) {
        int m = j + 1;
        while (m < n && nameToken(toks, tags, m)) {
          m++;
        }
        if (m > j + 1 && (orgIn(toks, m - 1, m) || lexicon.is(SpeakerLexicon.Kind.ORG_NAME,
            stripPossessive(toks.get(m - 1).text())))) {
          j = m; // "the House Oversight and Government Reform Committee", "Harrowfield and
          // Dale Hospitals NHS Trust said" opening its sentence, "The United Steel and Allied
          // Workers of Canada"
          continue;
        }
      }
      int post = isAnd(w) && !field ? fieldBeforePost(toks, tags, i, j) : -1;
      if (post > j) {
        j = post; // "Communications and Digital Minister Wahyu Prasetyo": one post's field
        continue;
      }
      if (isAnd(w) && j == i + 1 && !field && servicePair(toks, tags, i)) {
        int m = j + 2;
        while (m < n && nameToken(toks, tags, m)) {
          m++;
        }
        String last = toks.get(m - 1).text();
        if (m > j + 2 && !lexicon.is(SpeakerLexicon.Kind.ROLE, lower(last))
            && !lexicon.is(SpeakerLexicon.Kind.TITLE, last) && !firstName(last)) {
          j = m; // "Fire and Rescue Aotearoa", "Fire and Emergency New Zealand": one service
          continue;
        }
      }
      int the = field && isAnd(w) && j + 2 < n && lower(toks.get(j + 1).text()).equals("the")
          ? 1 : 0; // "for Sustainability and the Environment Faisal Rahim"
      if (field && (isAnd(w) || w.equals(",") && listGoesOn(toks, j + 1)) && j + 1 + the < n
          && nameToken(toks, tags, j + 1 + the) && firstNameAfter(toks, tags, j + 1 + the)) {
        j += 1 + the; // "Minister for Ports and Harbours X", "of Food, Agriculture and"
        continue;
      }
      int joined = w.equals("&") || complement && isAnd(w) ? joinedNameEnd(toks, tags, j) : -1;
      if (joined > j) {
        j = joined; // "Prairie Gas & Electric Co.", "Department of Forestry and Fire Protection"
        continue;
      }
      int purpose = purposeEnd(toks, tags, i, j);
      if (purpose > j) {
        j = purpose; // "Doctors Without Borders", "Committee to Protect Journalists", "Society
        // for the Prevention of Cruelty to Animals"
        complement = true;
        continue;
      }
      if ((lw.equals("of") || lw.equals("on") || lw.equals("for") || lw.equals("in")
          || lw.equals("into") && (orgIn(toks, i, j) || INQUIRIES.contains(toks.get(j - 1)
              .text()))) && j + 1 < n) { // "Royal Commission into Child Safety and Wellbeing"
        int m = j + 1;
        if (m < n && (lower(toks.get(m).text()).equals("the") || lw.equals("for")
            && toks.get(m).text().equals("a") && orgIn(toks, i, j))) {
          m++; // "Committee for a Responsible Federal Budget"
        }
        if (m < n && nameToken(toks, tags, m) && (lw.equals("into") || (orgIn(toks, i, j)
            || lw.equals("of") && toks.get(j - 1).text().equals("Order")) && !lw.equals("in")
            || (lw.equals("of") || lw.equals("in") || lw.equals("on"))
                && (titleIn(toks, j - 1, j) && firstNameAfter(toks, tags, m)
                    || capitalisedRole(toks.get(j - 1).text()) && fieldThenFirst(toks, tags, m))
                // "Spokesman on Health Andrea Rowe", "Administrator of Elections Tammy Jo Rickman"
            || lw.equals("for") && (titleIn(toks, i, i + 1) || titleIn(toks, j - 1, j) || field)
                && firstNameAfter(toks, tags, m) // "State Minister for Labour Nasrin Jahan"
            || lw.equals("of") && polityOf(toks, i, j)
            || lw.equals("of") && j - i >= 2 && m == j + 1 // "Allied Workers of Canada"
                && lexicon.is(SpeakerLexicon.Kind.ORG_NAME, stripPossessive(toks.get(j - 1)
                    .text()))
            || lw.equals("for") && m == j + 1 && orgWordAhead(toks, tags, j) // "Freedom for
                && commonWordsOnly(toks, i, j) // Wildlife Coalition"
            || (lw.equals("for") || lw.equals("in") || lw.equals("of"))
                && (m == j + 1 || lw.equals("of")) && peoplePlural(toks.get(j - 1).text())
                && bodyApposedAfter(toks, tags, m))) { // "Animal Advocates of the Northern
          // Rockies, a Bozeman-based group,"
          complement |= orgIn(toks, i, j) || lw.equals("into");
          field |= !orgIn(toks, i, j) && (lw.equals("of") || lw.equals("for"));
          j = m; // "Department of Justice", "Fraternal Order of Police", "Minister of
          // State for Planning Orla Devane", "Special Agent in Charge Robert Kim"
          continue;
        }
      }
      int listed = w.equals(",") && (complement || !orgIn(toks, i, j))
          ? listedComplementEnd(toks, tags, j) : -1;
      if (listed > j && (complement || orgIn(toks, listed - 1, listed))) {
        // "National Academies of Sciences, Engineering and Medicine"; a list that an
        // organisation word closes: "Kenya Medical Practitioners, Pharmacists and Dentists Union"
        j = listed;
        continue;
      }
      break;
    }
    return j;
  }

  /** Capitalised plurals of people that open a group's name before "for", "in" or "of". */
  private static final Set<String> PEOPLE_PLURALS = Set.of("Women", "Men", "People", "Children");

  /**
   * Whether a capitalised word is a plural for people ("Jamaicans", "Women", "Citizens"), as
   * opens a campaign group's name before "for", "in" or "of".
   */
  private static boolean peoplePlural(String w) {
    return PEOPLE_PLURALS.contains(w) || w.length() > 3 && Character.isUpperCase(w.charAt(0))
        && w.endsWith("s") && !w.endsWith("ss") && w.chars().skip(1).allMatch(
            Character::isLowerCase);
  }

  /**
   * The end of a group's name that opens with a capitalised plural for people the tagger read as
   * a common noun, then "for", "in" or "of" (and "the") and capitalised words, when an apposition
   * calls it a body ("Mothers for Safe Streets, a campaign group,", {@link #bodyApposedAfter});
   * -1 otherwise.
   */
  private int causeNameEnd(List<Token> toks, List<String> tags, int i) {
    int n = toks.size();
    String link = i + 1 < n ? lower(toks.get(i + 1).text()) : "";
    int k = i + 2 < n && link.equals("of") && lower(toks.get(i + 2).text()).equals("the")
        ? i + 3 : i + 2;
    if (k >= n || !peoplePlural(toks.get(i).text())
        || !link.equals("for") && !link.equals("in") && !link.equals("of")
        || !nameToken(toks, tags, k) || !bodyApposedAfter(toks, tags, k)) {
      return -1;
    }
    int e = k;
    while (e < n && nameToken(toks, tags, e)) {
      e++;
    }
    return e;
  }

  /**
   * Whether the capitalised words from token {@code k} end in a comma and an apposition that
   * calls them a body ("Jamaicans for Justice, the human-rights lobby group,", "Baptist Women in
   * Ministry, an advocacy group,", "..., a Bozeman-based group,"): a determiner, then up to five
   * words that end in an organisation noun.
   */
  private boolean bodyApposedAfter(List<Token> toks, List<String> tags, int k) {
    int n = toks.size();
    int e = k;
    while (e < n && e < k + 4 && nameToken(toks, tags, e)) {
      e++;
    }
    if (e == k || e + 2 >= n || !toks.get(e).text().equals(",")
        || !DETERMINERS.contains(lower(toks.get(e + 1).text()))) {
      return false;
    }
    int h = e + 2;
    while (h < n && h < e + 8 && (base(tags.get(h)).equals("NOUN")
        || base(tags.get(h)).equals("ADJ") || base(tags.get(h)).equals("PROPN")
        || toks.get(h).text().equals("-"))) {
      h++;
    }
    return h > e + 2 && organisationNoun(toks.get(h - 1).text());
  }

  /** Capitalised nouns of a body that looks into something, named with "into" after them. */
  private static final Set<String> INQUIRIES = Set.of("Inquiry", "Review", "Investigation",
      "Taskforce", "Commission", "Panel");

  /** Prepositions written capitalised inside a group's name ("Mothers Against Drunk Driving"). */
  private static final Set<String> NAMED_STANCES = Set.of("Against", "Without", "Beyond");

  /**
   * Whether the name words from {@code i} to {@code j} are one or two capitalised common words
   * ("The Freedom", "Citizens"), no first name, surname or title.
   */
  private boolean commonWordsOnly(List<Token> toks, int i, int j) {
    if (j - i > 2) {
      return false;
    }
    for (int k = i; k < j; k++) {
      String w = toks.get(k).text();
      if (!inDictionary(lower(w), WordClasses.Pos.NOUN, WordClasses.Pos.ADJECTIVE)
          || firstName(w) || knownSurname(w) || titleIn(toks, k, k + 1)) {
        return false;
      }
    }
    return true;
  }

  /** An ordinal in figures ("6th", "2nd", "101st"). */
  private static final Pattern ORDINAL = Pattern.compile("\\d{1,3}(?:st|nd|rd|th)");
  /** Tags the tagger gives capitalised words inside a name it does not read as one. */
  private static final Set<String> MISREAD_NAME_TAGS = Set.of("ADV", "ADP", "PART");

  /**
   * Whether the capitalised word at {@code j}, inside a name run, is a word of the name that the
   * tagger read as an adverb, preposition or particle: another name word follows it ("Speak Up
   * Aotearoa", "Patients First Calder"), or it is an organisation word that ends the name ("Fair
   * Money Trust"). Not a capitalised preposition of {@link #NAMED_STANCES}, which has its own
   * reading, and not a time word ("Today").
   */
  private boolean misreadNameWord(List<Token> toks, List<String> tags, int j) {
    String w = toks.get(j).text();
    if (!Character.isUpperCase(w.charAt(0)) || !w.chars().allMatch(Character::isLetter)
        || !MISREAD_NAME_TAGS.contains(base(tags.get(j))) || NAMED_STANCES.contains(w)
        || timeWord(toks, j) || capitals(w) || titleCaseLine // "Hillary Just Vowed ..."
        || possessive(toks.get(j - 1).text())) { // "Justice's Far West district"
      return false;
    }
    return j + 1 < toks.size() && nameToken(toks, tags, j + 1)
        || lexicon.is(SpeakerLexicon.Kind.ORG, lower(w));
  }

  /** A given name of two syllables joined by a hyphen ("Chi-hang", "Sang-hyeok", "Jae-in"). */
  private static final Pattern HYPHENED_GIVEN = Pattern.compile("\\p{Lu}\\p{Ll}{1,5}-\\p{Ll}{1,6}");

  /**
   * Whether a word is a given name written as two syllables joined by a hyphen, after a surname
   * ("Kelvin Wong Chi-hang", "Lee Sang-hyeok"): no English word, post or title, though the tagger
   * reads it as a common noun.
   */
  private boolean hyphenedGivenName(String w) {
    String lw = lower(w);
    return HYPHENED_GIVEN.matcher(w).matches()
        && !inDictionary(lw, WordClasses.Pos.NOUN, WordClasses.Pos.VERB, WordClasses.Pos.ADJECTIVE)
        && !lexicon.is(SpeakerLexicon.Kind.ROLE, lw) && !lexicon.is(SpeakerLexicon.Kind.TITLE, w)
        && !lexicon.is(SpeakerLexicon.Kind.ROLE, lw.substring(lw.indexOf('-') + 1)); // "Co-founder"
  }

  /** Whether a capitalised preposition of {@link #NAMED_STANCES} stands inside i..last. */
  private static boolean stanceIn(List<Token> toks, int i, int last) {
    for (int k = i + 1; k < last; k++) {
      if (NAMED_STANCES.contains(toks.get(k).text())) {
        return true; // "Families Against Gambling Harm": common nouns, but a group's name
      }
    }
    return false;
  }

  /**
   * The end of the name that goes on past the link word at {@code j} of the name run from
   * {@code i} with what the body is for; -1 when it does not. Three shapes: a capitalised
   * preposition after a plural or an organisation word ("Families Against Gambling Harm",
   * "Doctors Without Borders"); "to" and a verb after an organisation word ("Campaign to Protect
   * Rural England", "Committee to Protect Journalists") or before one ("Freedom to Read
   * Coalition"); "to" and one name word after "for the ... of ..." ("Society for the Prevention
   * of Cruelty to Animals"), not "the Department of Health to Congress", whose name has no "for
   * the".
   */
  private int purposeEnd(List<Token> toks, List<String> tags, int i, int j) {
    int n = toks.size();
    String w = toks.get(j).text();
    if (!NAMED_STANCES.contains(w) && !w.equals("to") || j + 1 >= n
        || !nameToken(toks, tags, j + 1)) {
      return -1; // checked first: most link words are neither, and the run after costs lookups
    }
    String before = toks.get(j - 1).text();
    int m = j + 1;
    while (m < n && nameToken(toks, tags, m)) {
      m++;
    }
    if (NAMED_STANCES.contains(w)) {
      boolean groupWord = before.length() > 3 && before.endsWith("s")
          && !before.endsWith("ss") || orgIn(toks, j - 1, j);
      return groupWord ? m : -1;
    }
    String verb = lower(toks.get(j + 1).text());
    if ((orgIn(toks, j - 1, j) && m > j + 2 || orgWordAhead(toks, tags, j))
        && inDictionary(verb, WordClasses.Pos.VERB) && !firstName(toks.get(j + 1).text())) {
      return m; // and "Freedom to Read Coalition", "Food to Go Association"
    }
    boolean forThe = false;
    for (int k = i + 1; k + 1 < j; k++) {
      forThe |= lower(toks.get(k).text()).equals("for")
          && lower(toks.get(k + 1).text()).equals("the");
    }
    boolean ofBefore = j >= 2 && lower(toks.get(j - 2).text()).equals("of");
    return forThe && ofBefore && m == j + 2 ? m : -1;
  }

  /**
   * The end of the name words after the "&" or "and" at {@code and} that go on with the name
   * before it: one to three, none a first name or title, and after "and" none an acronym and the
   * first no organisation word ("the Department of Justice and Attorney General Jeff Sessions",
   * "the Department of Defense and NASA" name two); -1 when they do not, or when there are none.
   */
  private int joinedNameEnd(List<Token> toks, List<String> tags, int and) {
    int n = toks.size();
    int m = and + 1;
    while (m < n && m - and <= 3 && nameToken(toks, tags, m)) {
      String w = stripPossessive(toks.get(m).text());
      boolean acronym = capitals(w);
      boolean own = toks.get(and).text().equals("and") && (orgIn(toks, m, m + 1) && m == and + 1
          || acronym);
      boolean title = lexicon.is(SpeakerLexicon.Kind.TITLE, w)
          && (m + 1 < n && nameToken(toks, tags, m + 1) || m == and + 1 && m + 1 < n
              && toks.get(m + 1).text().equals(",")); // "of Communities and Justice said"
      if (firstName(w) || title || own) {
        return -1;
      }
      m++;
    }
    return m > and + 1 && (m == n || !nameToken(toks, tags, m)) ? m : -1;
  }

  /**
   * The end of a list of capitalised words that continues an organisation's complement from the
   * comma at {@code comma} and closes with "and" ("of Sciences[, Engineering and Medicine]",
   * "of Health[, Education, and Welfare]"); -1 when the words after the comma are no such list.
   */
  private int listedComplementEnd(List<Token> toks, List<String> tags, int comma) {
    int n = toks.size();
    int m = comma;
    for (int items = 0; items < MAX_LISTED && m < n && toks.get(m).text().equals(","); items++) {
      int k = m + 1;
      if (k < n && isAnd(toks.get(k).text())) {
        k++; // the serial comma: ", and Welfare"
      }
      int start = k;
      while (k < n && nameToken(toks, tags, k) && !isAnd(toks.get(k).text())) {
        k++;
      }
      if (k == start) {
        return -1;
      }
      if (isAnd(toks.get(start - 1).text())) {
        return k; // the list closed after ", and"
      }
      if (k < n && isAnd(toks.get(k).text()) && k + 1 < n && nameToken(toks, tags, k + 1)) {
        k++;
        while (k < n && nameToken(toks, tags, k)) {
          k++;
        }
        return k;
      }
      m = k;
    }
    return -1;
  }

  /**
   * How many tokens from {@code k} a nickname in quotation marks takes between a first word and
   * another name word: 3 for {@code Elizabeth "Liz" Carraway}, 4 or 5 for a nickname of two or
   * three words ({@code Xavier "El Profesor" Ballester}), 2 where the tokenizer glued the closing
   * single mark to the word ({@code Derek 'Dex' Houston}: "'" and "Dex'"); 0 for none.
   */
  private int nicknameLength(List<Token> toks, List<String> tags, int k) {
    if (k < 1) {
      return 0;
    }
    int quoted = quotedNickname(toks, tags, k);
    if (quoted > 0) {
      return quoted;
    }
    if (k + 2 >= toks.size() || !nicknameMark(toks.get(k).text())) {
      return 0;
    }
    Token nick = toks.get(k + 1);
    String w = nick.text();
    int last = w.length() - 1;
    boolean glued = last > 1 && (w.charAt(last) == '\'' || w.charAt(last) == '\u2019')
        && Character.isUpperCase(w.charAt(0))
        && w.substring(0, last).chars().allMatch(Character::isLetter);
    return glued && toks.get(k).end() == nick.start()
        && toks.get(k - 1).end() < toks.get(k).start()
        && nick.end() < toks.get(k + 2).start() && nameToken(toks, tags, k + 2) ? 2 : 0;
  }

  /**
   * The number of tokens from {@code k} that are one to three words in quotation marks, written
   * close to them, the first capitalised, between a first word and another name word ({@code
   * Elizabeth "Liz" Carraway}, {@code Xavier "El Profesor" Ballester}); 0 when they are not.
   */
  private int quotedNickname(List<Token> toks, List<String> tags, int k) {
    if (k + 3 >= toks.size() || !nicknameMark(toks.get(k).text())
        || toks.get(k - 1).end() >= toks.get(k).start()
        || toks.get(k).end() != toks.get(k + 1).start()) {
      return 0;
    }
    if (!Character.isUpperCase(toks.get(k + 1).text().charAt(0))) {
      return handle(toks, tags, k) ? 3 : 0;
    }
    for (int close = k + 2; close <= k + 4 && close + 1 < toks.size(); close++) {
      Token word = toks.get(close - 1);
      if (!word.text().chars().allMatch(Character::isLetter)) {
        return 0;
      }
      if (nicknameMark(toks.get(close).text())) {
        return word.end() == toks.get(close).start()
            && toks.get(close).end() < toks.get(close + 1).start()
            && (nameToken(toks, tags, close + 1) || particleBeforeName(toks, tags, close + 1))
            ? close - k + 1 : 0;
      }
    }
    return 0;
  }

  /**
   * Whether the tokens from {@code k} are a player's or user's handle in quotation marks, one
   * word in small letters or digits, after a known first name and before another name word
   * ({@code Gabriel "gabzin" Moreira}, {@code Oleksandr "s1mple" Kostyliev}).
   */
  private boolean handle(List<Token> toks, List<String> tags, int k) {
    Token word = toks.get(k + 1);
    String w = word.text();
    return firstName(toks.get(k - 1).text()) && nicknameMark(toks.get(k + 2).text())
        && word.end() == toks.get(k + 2).start()
        && toks.get(k + 2).end() < toks.get(k + 3).start()
        && w.chars().allMatch(Character::isLetterOrDigit) && w.chars().anyMatch(Character::isLetter)
        && nameToken(toks, tags, k + 3);
  }

  /**
   * The index of the title word after the "and" at {@code and} when the run {@code [i, and)} and
   * the words after "and" are one field of a post before a person's name ("Communications and
   * Digital Minister Wahyu Prasetyo", "Trade and Industry Secretary Ama Boateng"): every word a
   * capitalised dictionary word, at most three after "and", then a title and a name (a first
   * name, or two name words); -1 otherwise.
   */
  private int fieldBeforePost(List<Token> toks, List<String> tags, int i, int and) {
    int n = toks.size();
    for (int k = i; k < and; k++) {
      if (!fieldWord(toks.get(k).text()) || titleIn(toks, k, k + 1)) {
        return -1;
      }
    }
    int m = and + 1;
    while (m < n && m - and <= 3 && nameToken(toks, tags, m) && !titleIn(toks, m, m + 1)
        && fieldWord(toks.get(m).text())) {
      m++;
    }
    return m > and + 1 && m + 1 < n && titleIn(toks, m, m + 1) && nameToken(toks, tags, m + 1)
        && (firstName(stripPossessive(toks.get(m + 1).text()))
            || m + 2 < n && nameToken(toks, tags, m + 2)) ? m : -1;
  }

  /** Posts written in small letters after their field ("Energy minister", "Home secretary"). */
  private static final Set<String> POSTS_AFTER_FIELD = Set.of("minister", "ministers",
      "secretary");

  /**
   * Whether the run {@code [i, j)} is the field of a post in small letters after it, each word a
   * capitalised dictionary word ("Energy minister X", "Health ministers", "Home secretary"): no
   * organisation's name, though the tagger reads one.
   */
  private boolean fieldOfPost(List<Token> toks, int i, int j) {
    if (j >= toks.size() || j - i > 3 || !POSTS_AFTER_FIELD.contains(toks.get(j).text())) {
      return false;
    }
    for (int k = i; k < j; k++) {
      if (!fieldWord(toks.get(k).text())) {
        return false;
      }
    }
    return true;
  }

  /** Whether a word may be part of a post's field: capitalised, a dictionary noun or adjective. */
  private static boolean fieldWord(String w) {
    return Character.isUpperCase(w.charAt(0))
        && inDictionary(lower(w), WordClasses.Pos.NOUN, WordClasses.Pos.ADJECTIVE);
  }

  /** A spouse right after a name, its age between: ", 34, whose husband", group 1 the spouse. */
  private static final Pattern WHOSE_SPOUSE = Pattern.compile(
      ",[ \t]+(?:\\d{1,3},[ \t]+)?whose[ \t]+(husband|wife)\\b");
  /**
   * The particles before a father's name in a patronymic ("Nurul Ain binti Haji Ismail"), with
   * the gender they give the name's bearer: an honorific after them is the father's, no start of
   * the name.
   */
  private static final Map<String, Gender> PATRONYMIC = Map.of("bin", Gender.MALE,
      "ibn", Gender.MALE, "binti", Gender.FEMALE, "bint", Gender.FEMALE);

  /** Whether token {@code k} is a particle a name word follows ("dela Cruz", "van Dijk"). */
  private boolean particleBeforeName(List<Token> toks, List<String> tags, int k) {
    return k + 1 < toks.size() && lexicon.is(SpeakerLexicon.Kind.PARTICLE,
        lower(toks.get(k).text())) && nameToken(toks, tags, k + 1);
  }

  /**
   * Whether token {@code k} is a capitalised plural possessive inside an organisation's name: the
   * name words after it hold an organisation word ("Tarran Nurses' Association", "Fishermen's
   * Cooperative", "Women's Hospital Trust") or after a small link word before a name word ("on
   * Human and Peoples' Rights", "Centre for Workers' Rights"); or a singular one that names an
   * organisation for its owner ({@link #namedForOwner}: "The Alzheimer's Society").
   */
  private boolean possessiveInName(List<Token> toks, List<String> tags, int k) {
    String w = toks.get(k).text();
    boolean plural = pluralPossessive(w)
        || possessive(w) && PLURAL_POSSESSORS.matcher(stripPossessive(w)).matches();
    if (!Character.isUpperCase(w.charAt(0))) {
      return false;
    }
    if (!plural) {
      return possessive(w) && (namedForOwner(toks, tags, k) || ministryOf(toks, tags, k));
    }
    return orgWordAhead(toks, tags, k) || k > 0 && k + 1 < toks.size()
        && FIELD_OWNER_LINKS.contains(toks.get(k - 1).text())
        && Character.isUpperCase(toks.get(k + 1).text().charAt(0))
        && nameToken(toks, tags, k + 1); // "on Human and Peoples' Rights": a field's owners
  }

  /** Small words before a plural owner inside a body's field ("and Peoples'", "for Workers'"). */
  private static final Set<String> FIELD_OWNER_LINKS = Set.of("and", "of", "for", "on");

  /**
   * Whether a singular possessive at token {@code k} is a country's, state's or city's before the
   * short name of its ministry or embassy, which that noun ends ("China's Commerce Ministry",
   * "Taiwan's Defense Ministry"): the name keeps its owner, as every country has a ministry of
   * that name. A formal name with its field after "of" ("Oman's Ministry of Energy") names the
   * body without it.
   */
  private boolean ministryOf(List<Token> toks, List<String> tags, int k) {
    if (!lexicon.is(SpeakerLexicon.Kind.PLACE, stripPossessive(toks.get(k).text()))) {
      return false;
    }
    for (int m = k + 1; m < toks.size() && m <= k + 3 && nameToken(toks, tags, m); m++) {
      if (GOVERNMENT_BODIES.contains(lower(toks.get(m).text()))) {
        return m + 1 == toks.size() || !nameToken(toks, tags, m + 1)
            && !lower(toks.get(m + 1).text()).equals("of");
      }
    }
    return false;
  }

  /** Bodies of a government that a place's possessive names: its ministries and embassies. */
  static final Set<String> GOVERNMENT_BODIES = Set.of("ministry", "ministries", "embassy");

  /**
   * Whether token {@code k} is an apostrophe the tokenizer split off a capitalised plural before
   * it, written close, inside an organisation's name: the name words after it hold an
   * organisation word ("National Tenants' Alliance", "Consultants' Union").
   */
  private boolean apostropheInName(List<Token> toks, List<String> tags, int k) {
    String w = toks.get(k).text();
    if (!(w.equals("'") || w.equals("\u2019")) || k == 0 || k + 1 >= toks.size()) {
      return false;
    }
    Token before = toks.get(k - 1);
    String b = before.text();
    if (before.end() != toks.get(k).start() || !b.endsWith("s") || b.length() < 3
        || !Character.isUpperCase(b.charAt(0))) {
      return false;
    }
    return orgWordAhead(toks, tags, k);
  }

  /**
   * Whether an organisation word is among the up to four name words right after token {@code k}
   * ("Nurses' [Association]", "Consultants' [Union]").
   */
  private boolean orgWordAhead(List<Token> toks, List<String> tags, int k) {
    for (int m = k + 1; m < toks.size() && m <= k + 5 && (nameToken(toks, tags, m)
        || pluralPossessive(toks.get(m).text()) || isPossessiveMarker(toks.get(m).text())
        && toks.get(m - 1).end() == toks.get(m).start()); m++) { // "Settlers' Hill Old
      // Collegians' Association": a second plural owner on the way
      String w = stripPossessive(toks.get(m).text());
      if (lexicon.is(SpeakerLexicon.Kind.ORG, w) || lexicon.is(SpeakerLexicon.Kind.ORG_NAME, w)) {
        return true; // and "Citizens' Ballot Watch", a word that ends company names
      }
    }
    return false;
  }

  /**
   * Whether a singular possessive at token {@code k} opens an organisation named for someone
   * ("The Alzheimer's Society", "St. Mary's Hospital"): an organisation word straight after it,
   * naming no noun after it, and the owner no place, first name or person ("Trump's Campaign"
   * in a title-case line stays the campaign of Trump; so does "Trevor Grant's Hospital visit").
   */
  private boolean namedForOwner(List<Token> toks, List<String> tags, int k) {
    if (k + 1 >= toks.size() || !nameToken(toks, tags, k + 1)) {
      return false;
    }
    String owner = stripPossessive(toks.get(k).text());
    String org = toks.get(k + 1).text();
    boolean modifier = k + 2 < toks.size() && base(tags.get(k + 2)).equals("NOUN")
        && Character.isLowerCase(toks.get(k + 2).text().charAt(0)); // "Hospital visit"
    return Character.isUpperCase(org.charAt(0)) && lexicon.is(SpeakerLexicon.Kind.ORG, org)
        && !modifier && !lexicon.is(SpeakerLexicon.Kind.PLACE, owner) && !firstName(owner)
        && !knownSurname(owner) && !(k > 0 && firstName(toks.get(k - 1).text()));
  }

  private boolean orgIn(List<Token> toks, int from, int to) {
    for (int k = from; k < to; k++) {
      String w = stripPossessive(toks.get(k).text());
      if (lexicon.is(SpeakerLexicon.Kind.ORG, w) || lexicon.is(SpeakerLexicon.Kind.ORG,
          singular(w)) // "National Academies of Sciences"
          || lexicon.is(SpeakerLexicon.Kind.ORG, camelTail(w))) { // "the NewsGuild of"
        return true;
      }
    }
    return false;
  }

  /**
   * The last part of a word written in two capitalised parts ("Guild" of "NewsGuild"), or "" for
   * a word with no capital after a small letter.
   */
  static String camelTail(String w) {
    for (int k = w.length() - 1; k > 1; k--) {
      if (Character.isUpperCase(w.charAt(k)) && Character.isLowerCase(w.charAt(k - 1))) {
        return w.substring(k);
      }
    }
    return "";
  }

  /** A capitalised plural's singular ("Academies": "Academy"), or the word as it is. */
  private static String singular(String w) {
    if (w.length() > 4 && w.endsWith("ies")) {
      return w.substring(0, w.length() - 3) + "y";
    }
    return w.length() > 3 && w.endsWith("s") && !w.endsWith("ss") ? w.substring(0, w.length() - 1)
        : w;
  }

  /**
   * Whether the name tokens from {@code k} are a field of one or two words, then a known first
   * name, with no link between ("Elections Tammy Jo Rickman", not "Parliament for St Catherine").
   */
  private boolean fieldThenFirst(List<Token> toks, List<String> tags, int k) {
    for (int m = k + 1; m < toks.size() && m <= k + 2; m++) {
      if (!nameToken(toks, tags, m - 1) || !nameToken(toks, tags, m)) {
        return false;
      }
      if (firstName(toks.get(m).text())) {
        return m + 1 < toks.size() && nameToken(toks, tags, m + 1);
      }
    }
    return false;
  }

  /** The endings of nouns for someone who does a job ("meteorologist", "forecaster"). */
  private static final Pattern AGENT_NOUN = Pattern.compile("(?:ist|er|or|ian|ant|ent|eer)$");

  /** Whether a capitalised word is a role noun the lexicon lists ("Administrator"). */
  private boolean capitalisedRole(String w) {
    return Character.isUpperCase(w.charAt(0)) && lexicon.is(SpeakerLexicon.Kind.ROLE, lower(w));
  }

  private boolean titleIn(List<Token> toks, int from, int to) {
    for (int k = from; k < to; k++) {
      if (lexicon.is(SpeakerLexicon.Kind.TITLE, stripPossessive(toks.get(k).text()))) {
        return true;
      }
    }
    return false;
  }

  /**
   * Whether a word is a given name of two syllables joined by a hyphen, the second short, as
   * Chinese and Korean given names are written after the family name ("Chun-hsien", "Ka-wai",
   * "Young-jin"); not a hyphenated word such as "Self-government".
   */
  private static boolean syllableGiven(String w) {
    return EAST_ASIAN_GIVEN.matcher(w).matches() && w.length() - w.indexOf('-') - 1 <= 5;
  }

  /**
   * Whether a comma before token {@code k} lies inside the list of a post's field: no title or
   * honorific follows it, and "and" comes within three words ("of Food, Agriculture and Light
   * Industry"); not an apposition ("of the Armed Forces, Major General X").
   */
  private boolean listGoesOn(List<Token> toks, int k) {
    if (k >= toks.size() || lexicon.is(SpeakerLexicon.Kind.TITLE, toks.get(k).text())
        || lexicon.is(SpeakerLexicon.Kind.HONORIFIC, toks.get(k).text())) {
      return false;
    }
    for (int m = k + 1; m < toks.size() && m <= k + 3; m++) {
      if (isAnd(lower(toks.get(m).text()))) {
        return true;
      }
    }
    return false;
  }

  /** The words between a post and its field ("Minister for Energy", "Spokesman on Health"). */
  private static final Set<String> FIELD_LINKS = Set.of("of", "for", "on");

  /**
   * Whether the name words {@code [start, k)} are a post with its field and {@code words[k]} and
   * the one word after it a person's name ("MEC for Community Safety Nomvula Dlamini-Sithole",
   * "Minister of Education Oksen Lysak", "Leader of the Opposition K. Venkatesan"): a title
   * before "of", "for" or "on" (past a second link: "Minister of State for"), the field after it
   * words of the dictionary, and {@code words[k]} an initial or a word the dictionary does not
   * know, which only a given name can be there.
   */
  private boolean fieldThenName(String[] words, int start, int k) {
    int link = -1;
    for (int m = k - 1; m >= start && m > 0 && link < 0; m--) {
      String lw = lower(words[m]);
      if (FIELD_LINKS.contains(lw)) {
        link = m;
        if (m - 2 >= start && !lexicon.is(SpeakerLexicon.Kind.TITLE, words[m - 1])
            && fieldWord(words[m - 1]) && FIELD_LINKS.contains(lower(words[m - 2]))) {
          link = -1; // "Minister of State for Disaster Preparedness": a post of two links
          m--;
        }
      } else if (!(lw.equals("the") || isAnd(lw) || fieldWord(words[m]))) {
        return false; // "Bank of Papua New Guinea": no field of dictionary words
      }
    }
    if (link < 0 || link == k - 1 || lower(words[link - 1]).equals("the")
        || !lexicon.is(SpeakerLexicon.Kind.TITLE, words[link - 1])) {
      return false;
    }
    String given = words[k];
    return Character.isUpperCase(given.charAt(0)) && Character.isUpperCase(words[k + 1].charAt(0))
        && (initial(given) || given.chars().allMatch(Character::isLetter)
            && !inDictionary(lower(given), WordClasses.Pos.NOUN, WordClasses.Pos.ADJECTIVE,
                WordClasses.Pos.VERB));
  }

  /**
   * Whether the name tokens from {@code k}, past "of" and "for" between them, hold a known first
   * name before a non-name token, within eight tokens.
   */
  private boolean firstNameAfter(List<Token> toks, List<String> tags, int k) {
    boolean field = true; // the words so far are a field of dictionary words ("Finance")
    for (int m = k; m < toks.size() && m - k < 8; m++) {
      String w = lower(toks.get(m).text());
      if (!nameToken(toks, tags, m)) {
        boolean andThe = w.equals("the") && m > k && isAnd(toks.get(m - 1).text()); // "and the"
        if ((w.equals("of") || w.equals("for") || andThe || field && (isAnd(w)
            || w.equals(",") && listGoesOn(toks, m + 1))) && m > k
            && m + 1 < toks.size() && (nameToken(toks, tags, m + 1) || isAnd(w)
                && lower(toks.get(m + 1).text()).equals("the"))) {
          continue; // "Minister of State for Planning Orla Devane", "for Ports and Harbours"
        }
        return false;
      }
      if (firstName(stripPossessive(toks.get(m).text())) || m > k && m + 1 < toks.size()
          && syllableGiven(toks.get(m + 1).text())) {
        return true; // "Minister of the Interior Chen Chun-hsien"
      }
      boolean known = w.equals("the") || inDictionary(w, WordClasses.Pos.NOUN,
          WordClasses.Pos.ADJECTIVE, WordClasses.Pos.VERB);
      if (field && m > k && !known && m + 1 < toks.size() && nameToken(toks, tags, m + 1)
          && (m + 2 >= toks.size() || !nameToken(toks, tags, m + 2))
          && (initial(toks.get(m).text()) || w.chars().allMatch(Character::isLetter))) {
        return true; // "Secretary for Finance Péter Kiss": a word only a given name can be
      }
      field &= known;
    }
    return false;
  }

  /**
   * Parses the run {@code [i, j)} into a name mention, or null when it holds no name; a run an
   * acronym in brackets {@code spelled} is an organisation's name unless it opens with a first
   * name.
   */
  private NameMention parse(Sentence s, List<Token> toks, List<String> tags, int i, int j,
      boolean spelled) {
    if (j - i >= 2 && i >= 2 && toks.get(i).text().equals("Class")
        && GRADE.matcher(toks.get(i - 1).text()).matches()
        && lexicon.is(SpeakerLexicon.Kind.TITLE, toks.get(i - 2).text())) {
      i++; // "Sgt. 1st Class Ana Ruiz": the class is the rank's, no part of the name
    }
    if (fieldOfPost(toks, i, j)) {
      return null; // "Energy minister X": the field of a post in small letters, no body
    }
    List<Token> parts = new ArrayList<>(); // words, hyphenated ones joined: "Al-Hurra"
    List<String> partTags = new ArrayList<>();
    int nicknamed = -1; // the part a nickname in quotation marks follows: the first name
    for (int k = i; k < j; k++) {
      Token t = toks.get(k);
      int nickname = k > i ? nicknameLength(toks, tags, k) : 0;
      if (nickname > 0 && k + nickname < j) {
        nicknamed = parts.size() - 1;
        k += nickname - 1; // the nickname in quotation marks is no part of the name proper
        continue;
      }
      if (t.text().equals(",")) {
        continue; // "Aurelis Health, Inc."
      }
      if (t.text().equals("-") && !parts.isEmpty() && k + 1 < j) {
        Token before = parts.remove(parts.size() - 1);
        Token after = toks.get(++k);
        parts.add(new Token(before.start(), after.end(), text.substring(before.start(),
            after.end())));
      } else {
        parts.add(t);
        partTags.add(tags.get(k));
      }
    }
    int size = parts.size();
    String[] words = new String[size];
    for (int k = 0; k < size; k++) {
      String w = parts.get(k).text();
      words[k] = pluralPossessive(w) ? w.substring(0, w.length() - 1) : stripPossessive(w);
    }
    int end = size;
    while (end > 2 && lexicon.is(SpeakerLexicon.Kind.POSTNOMINAL, words[end - 1])
        && words[end - 1].chars().allMatch(Character::isUpperCase)) {
      end--; // "Fiona Reid KC", "Jane Smith MP": letters after the name, no part of it
    }
    int named = end; // the parts the name's span covers
    String suffix = null;
    if (end >= 2 && lexicon.is(SpeakerLexicon.Kind.SUFFIX, words[end - 1])) {
      suffix = nameKey(words[end - 1]);
      end--;
    }
    int start = 0;
    Gender gender = Gender.UNKNOWN;
    boolean honorific = false;
    boolean titled = false;
    int lastTitle = -1;
    for (int k = 0; k < end - 1; k++) {
      int of = k >= 2 && lower(words[k - 1]).equals("of") ? k - 1
          : k >= 3 && lower(words[k - 1]).equals("the") && lower(words[k - 2]).equals("of")
              ? k - 2 : -1;
      if (of > 0 && orgNoun(words[of - 1])) {
        break; // "VA Office of Inspector General", "Office of the Chief Coroner": a body's post
      }
      if (k + 2 < end && lexicon.is(SpeakerLexicon.Kind.HONORIFIC, words[k] + " " + words[k + 1])) {
        k++; // a two-word honorific ("Tan Sri")
      }
      boolean fathers = k > start && PATRONYMIC.containsKey(lower(words[k - 1])); // "binti Haji"
      if (!fathers && (lexicon.is(SpeakerLexicon.Kind.HONORIFIC, words[k])
          || k > 0 && lexicon.is(SpeakerLexicon.Kind.HONORIFIC, words[k - 1] + " " + words[k]))) {
        start = k + 1;
        Gender g = lexicon.genderOf(SpeakerLexicon.Kind.HONORIFIC, words[k]);
        if (g == Gender.UNKNOWN && k > 0) { // "Datin Sri": the pair's gender
          g = lexicon.genderOf(SpeakerLexicon.Kind.HONORIFIC, words[k - 1] + " " + words[k]);
        }
        gender = g != Gender.UNKNOWN ? g : gender;
        honorific = true;
      } else if ((lexicon.is(SpeakerLexicon.Kind.TITLE, words[k]) || rankBefore(words, k))
          && !(lexicon.is(SpeakerLexicon.Kind.PARTICLE, words[k])
              && Character.isLowerCase(words[k].charAt(0)))
          && !legalForm(words[k + 1])) { // "Private Limited" is a company's legal form
        start = k + 1; // "Del. Ada Reed", a delegate; "María del Carmen Ruiz", a particle
        lastTitle = k;
        titled = true;
      } else if (titled && lastTitle == k - 1 && k + 2 < end && GRADE.matcher(words[k]).matches()
          && words[k + 1].equalsIgnoreCase("class")) {
        k++; // "Sgt. 1st Class Ana Ruiz", "Petty Officer Second Class": the grade is the title's
        start = k + 1;
        lastTitle = k;
      }
    }
    Gender countryman = end - start >= 3 && !titled && !honorific
        ? lexicon.genderOf(SpeakerLexicon.Kind.NATIONALITY, lower(words[start])) : Gender.UNKNOWN;
    if (countryman != Gender.UNKNOWN && givenName(words[start + 1])) {
      start++; // "Frenchman Lucas Berthier": a noun for a man of a country, no part of the name
      gender = gender == Gender.UNKNOWN ? countryman : gender;
    }
    boolean givenBefore = false; // a given name the lexicon lacks, before a listed one or a field
    if (end - start >= 3 && (!firstName(words[start]) && !initial(words[start])
        || lexicon.is(SpeakerLexicon.Kind.POLITY, words[start + 1]))) { // "Franklin County"
      boolean titleOrLink = false;
      for (int k = start + 1; k < end - 1; k++) {
        titleOrLink |= lexicon.is(SpeakerLexicon.Kind.TITLE, words[k - 1])
            || NP_LINKS.contains(lower(words[k - 1]));
        if (NP_LINKS.contains(words[k])) {
          continue; // "Office of the Dean of Students": no name opens with "of"
        }
        boolean placed = k - 2 >= start && lexicon.is(SpeakerLexicon.Kind.POLITY, words[k - 2]);
        boolean role = lexicon.is(SpeakerLexicon.Kind.ROLE, words[k - 1])
                && !FIELD_LINKS.contains(lower(words[k])) // "Administrator of Elections X"
            || hyphenatedPost(words[k - 1]) // "Director-General Peter", "Advocate-General T."
                && (firstName(words[k]) || initial(words[k]))
            || placed && firstName(words[k]) // "Coronado County Recorder Dale Whitcomb"
            || k - 1 > start && end - k >= 2 && personNoun(words[k - 1]) // "Garut Regent"
                && !inDictionary(lower(words[k]), WordClasses.Pos.NOUN); // not "National
                // Intelligence James Clapper": a name opens with no common noun
        boolean opening = k - 1 == start && openingPersonNoun(words[k - 1], toks, i);
        role |= titled && lastTitle == k - 2 && k - 1 == start && end - k >= 2
            && (firstName(words[k]) || end - k == 2 && givenName(words[k])
                && !lexicon.is(SpeakerLexicon.Kind.ROLE, lower(words[k])))
            && personNoun(words[k - 1]) && AGENT_NOUN.matcher(lower(words[k - 1])).find();
        // "Chief Meteorologist Wendell Rolle"; not "Minister Malik Shoaib Awan"
        role |= opening && end - k >= 2 && postNoun(words[k - 1])
            && (givenName(words[k]) || initial(words[k])) // "Librarian P. Sumathi"
            && !orgWord(words[end - 1]); // "Drummer Callum McPhail", a first name not listed
        boolean joinedOrg = isAnd(lower(words[k - 1])) && orgWord(words[end - 1]);
        // "Minister of the Interior Chen Chun-hsien": a family name, then a given name of two
        // syllables joined by a hyphen, as Taiwanese and Hong Kong names are written
        boolean familyFirst = titleOrLink && end - k == 2
            && syllableGiven(words[k + 1]) && !lexicon.is(SpeakerLexicon.Kind.TITLE, words[k]);
        boolean fieldGiven = titleOrLink && end - k == 2 && !firstName(words[k])
            && fieldThenName(words, start, k); // "Minister for Energy Roydell Ebanks"
        familyFirst |= fieldGiven;
        givenBefore |= fieldGiven && !joinedOrg; // a given name, though "Energy" names firms
        if ((firstName(words[k]) || familyFirst) && !joinedOrg
            && (titleOrLink || prefixWord(words[k - 1], partTags.get(k - 1)) || opening)
            || role || k - 1 == start && describingCompound(words[k - 1])) {
          // not after "and" in an organisation's name ("Harrowfield and Dale Hospitals Trust")
          // "Actress Amandla Stenberg", "Public Advocate Trish James"; a describing compound
          // with or without a known first name after it ("Singer-songwriter Jamie Webb")
          // "Secretary of State John Kerry", "Wells Fargo CEO John Stumpf", "New Mitt Romney";
          // but "Cornell William Brooks" is a name of three words.
          int given = k;
          while (titleOrLink && !role && firstName(words[k]) && given - 1 > start + 1
              && givenName(words[given - 1]) && !lexicon.is(SpeakerLexicon.Kind.TITLE,
                  words[given - 1]) && !inDictionary(lower(words[given - 1]),
                  WordClasses.Pos.NOUN, WordClasses.Pos.ADJECTIVE, WordClasses.Pos.VERB)
              && !inDictionary(lower(singular(words[given - 1])), WordClasses.Pos.NOUN)) {
            given--; // "Minister for Energy Khurram Nadeem Awan": a given name not listed
            givenBefore = true;
          }
          start = given;
          if (role) {
            lastTitle = k - 1;
            titled = true;
            while (start + 2 < end && lexicon.is(SpeakerLexicon.Kind.ROLE, words[start])
                && !firstName(words[start])
                && (firstName(words[start + 1]) || initial(words[start + 1]))) {
              lastTitle = start; // "Executive Editor Martin Sobel": the second role word too,
              // and before initials ("Executive Engineer B. Narsimha Rao")
              start++;
            }
          }
          break;
        }
      }
    }
    boolean postPlace = !titled && !honorific && jurisdictionBefore(toks, i);
    if (postPlace && start == 0 && end >= 4 && firstName(words[end - 2])
        && !orgWord(words[end - 1])) {
      start = end - 2; // "coroner for South Wales Central Graeme Hughes": the post's place first
    } else if (postPlace && start == 0 && end == 3 && !firstName(words[0])
        && firstName(words[1]) && !orgWord(words[2])) {
      start = 1; // "senator for Tasmania Grace Mulholland": a place of one word
    }
    boolean fieldFirst = false; // the run opens with a post's field, not part of the name
    int field = 1; // past a field of nouns joined by "and": "Science and Culture"
    while (field + 2 < end && isAnd(lower(words[field]))
        && inDictionary(lower(words[field + 1]), WordClasses.Pos.NOUN)
        && !firstName(words[field + 1])) {
      field += 2;
      while (field + 2 < end && words[field].endsWith("s")
          && inDictionary(lower(words[field]), WordClasses.Pos.NOUN)
          && !firstName(words[field])) {
        field++; // "Business and Mineral Resources": a plural noun ends the field after "and"
      } // (not "Economy and Finance Tam Ka Wai": "Tam" is a noun too)
    }
    if (!titled && !honorific && start == 0 && end - field >= 2 && fieldAfterPost(toks, i)
        && inDictionary(lower(words[0]), WordClasses.Pos.NOUN) && !firstName(words[0])
        && givenName(words[field]) && (!inDictionary(lower(words[field]),
            WordClasses.Pos.NOUN, WordClasses.Pos.ADJECTIVE, WordClasses.Pos.VERB)
            || end - field <= 3 && !inDictionary(lower(words[end - 1]),
                WordClasses.Pos.NOUN, WordClasses.Pos.ADJECTIVE, WordClasses.Pos.VERB)) // "Sari
        // Lehtonen-Mäkelä", "Tam Ka Wai": given names that are also words, then a surname
        && !orgWord(words[end - 1])) {
      start = field; // "Minister of State for Health Chia Wen Hui", "Secretary for Economy and
      // Finance Tam Ka Wai": the post's field, then the name
      fieldFirst = true;
    } else if (!titled && !honorific && start == 0 && end >= 3 && postedTo(toks, i)
        && !orgWord(words[end - 1]) && (syllableGiven(words[end - 1])
            || end == 3 && givenName(words[1]) && !inDictionary(lower(words[1]),
                WordClasses.Pos.NOUN, WordClasses.Pos.ADJECTIVE, WordClasses.Pos.VERB))) {
      start = end - 2; // "Ambassador to Talvaria Park Jung-woo": the country, then the name
      fieldFirst = true;
    }
    postPlace &= start >= 2; // two words of place or more before the name
    for (int k = start + 1; k < end - 1 && gender == Gender.UNKNOWN; k++) {
      gender = PATRONYMIC.getOrDefault(lower(words[k]), gender); // "binti": a daughter's name
    }
    if (gender == Gender.UNKNOWN) {
      Matcher spouse = WHOSE_SPOUSE.matcher(text).region(toks.get(j - 1).end(), text.length());
      gender = !spouse.lookingAt() ? gender // "R. Selvi, 34, whose husband": a woman
          : spouse.group(1).equals("husband") ? Gender.FEMALE : Gender.MALE;
    }
    if (nicknamed > start && nicknamed < end - 1 && firstName(words[nicknamed])) {
      int given = nicknamed; // "Marine John "Tig" Tiegen": the nickname follows the first name,
      while (given - 1 >= start && firstName(words[given - 1]) // or the last of two: "Maria
          && !lexicon.is(SpeakerLexicon.Kind.ROLE, lower(words[given - 1]))) { // Theresa "Tess""
        given--;
      }
      start = given;
    }
    if (start >= end || !honorific && allTitles(words, start, end)
        && !(end - start == 1 && surnames.contains(nameKey(words[start])))) { // "Sen" after Sen's
      return null; // "Prime Minister", "the President": a title, no name ("Mr. King" is one)
    }
    if (size == 1 && describedAfterThe(toks, i, words[0])
        || size == 2 && describedAfterThe(toks, i, words[0] + " " + words[1])) {
      return null; // "the Scot", "the 24-year-old Irishman", "the New Zealander": a description
    }
    if (size == 1 && !honorific && nationalityAdjective(words[0]) && j < toks.size()
        && Character.isLowerCase(toks.get(j).text().charAt(0))
        && base(tags.get(j)).equals("NOUN") && !surnames.contains(nameKey(words[0]))) {
      return null; // "Dutch sprinter Visser banned": a nationality before a noun, no name
    }
    if (size == 1 && !honorific && postOfAfterThe(toks, i, j, words[0])) {
      return null; // "The Member of Parliament for Kelso", "the Speaker of the House": a post
    }
    if (!honorific && postAfterThe(toks, i, words, 0, end)) {
      return null; // "The Chief Financial Officer, Mr. Tunde Ade, said": a post, no name
    }
    if (!honorific && !titled && placedRole(words, start, end)) {
      return null; // "the Maryland Democrat", "the Texas Republican": a description
    }
    String whole = key(join(words, 0, size));
    // "The Rachel Maddow Show", "Aaron Klein Investigative Radio": a body named after a person
    // (not "Chancellor Angela Merkel's Christian Democratic Union": a title, a possessive)
    boolean knownFirst = end - start >= 2 && (firstName(words[start]) || givenBefore)
        && !(start == 0 && suffix == null
            && namedAfterPerson(words[start], words[end - 1], end - start, parts))
        && !(end - start == 2 && !titled && !honorific
            && INSTITUTION_WORDS.contains(lower(stripPossessive(words[end - 1]))));
    NameMention.Form form;
    boolean place = !titled && !honorific && (lexicon.is(SpeakerLexicon.Kind.PLACE, whole)
        || lexicon.is(SpeakerLexicon.Kind.PLACE, acronymKey(whole))
        || j < toks.size() && toks.get(j).text().equals("police")) // "the Gandhi Nagar police"
        && !(size == 1 && surnames.contains(nameKey(words[0]))) // "Houston" after Whitney's
        && !ageAfter(toks, j) && !(j + 1 < toks.size() && toks.get(j).text().equals(",")
            && lower(toks.get(j + 1).text()).equals("who") // "Jordan, 29,": a given name
            && !(i >= 2 && toks.get(i - 1).text().equals(",") // but "in Toledo, Ohio, who"
                && Character.isUpperCase(toks.get(i - 2).text().charAt(0))));
    String[] nameWords = lastTitle >= 0 && start == lastTitle + 1 && end - start >= 2
        && (lexicon.is(SpeakerLexicon.Kind.ROLE, lower(words[lastTitle]))
            || lexicon.is(SpeakerLexicon.Kind.TITLE, words[lastTitle]))
        || honorific && end - start >= 2 || fieldFirst
        ? Arrays.copyOfRange(words, start, size) : words; // past "Police Commander", "Party MP";
    // past "Medical Health Dr.": the words after the honorific name the person
    // "Carmaker Velotta", "Retailer Hammond Stores Inc": a company after its trade
    boolean trade = size >= 2 && !titled && !honorific && start == 0
        && (i == 0 || i == 1 && isQuoteMark(toks.get(0).text())) && tradeNoun(words[0])
        && (!firstName(words[1]) || anyOrgWord(words));
    boolean surname = size == 1 && knownSurname(words[0]) // "Banks" after "Tyler Banks"
        || size == 2 && knownSurname(words[1]) && rankBefore(words, 0); // "SSP Chambers"
    if (trade || !knownFirst && (spelled || !surname && lexicon.is(SpeakerLexicon.Kind.ORG, whole)
        || !surname && anyOrgWord(nameWords)
        || size >= 4 && !titled && !honorific && start == 0 // "Fire and Rescue Aotearoa": a
            && isAnd(lower(words[1])) && servicePairWords(words[0], words[2]) // service's
            && !placeNoun(lower(words[0])) // fields, no places ("Alberta and British Columbia")
        || legalStems.contains(whole) // "Greenfield Robotics" after "Greenfield Robotics Ltd"
        || size >= 2 && legalForm(words[size - 1])
            && (words[size - 1].equals(words[size - 1].toUpperCase(Locale.ROOT)) // "Cedar Sun SAL"
                || CASED_LEGAL_FORMS.contains(words[size - 1])) // "Andes Litio SpA"
        || size >= 2 && !titleCaseLine && pluralNameNoun(toks, tags, j - 1) // "Acme Widgets",
            && !firstName(singular(lower(words[size - 1]))) // not "Lincoln Brookes"
        || size >= 3 && !titleCaseLine && noFirstName(words, size - 1) // "Norvik Home
            && !POST_NOUN.matcher(words[0]).matches() // not "Promoter Lennie Sacks"
            && pluralCommonNoun(words[size - 1]) // Appliances", a plural tagged a proper noun
        || WEB_DOMAIN.matcher(words[size - 1]).matches() // "GunBroker.com", "Change.org"
        || size >= 2 && CLUB_ENDINGS.contains(words[size - 1]) // "Kingsmead City", "Leeds
            && !lexicon.is(SpeakerLexicon.Kind.PLACE, whole) // United"
        || size >= 2 && capitals(words[size - 1]) // "USA TODAY": no person's name ends in a time
            && lexicon.is(SpeakerLexicon.Kind.TIME, words[size - 1])
        || !honorific && ampersandJoined(words) // "Barlow & Finch", a firm of two names
        || size >= 2 && !titled && !honorific && j < toks.size() // "The Força Trabalhadora
            && BODY_NOUNS_AFTER.contains(toks.get(j).text()) // union federation said"
            && i > 0 && lower(toks.get(i - 1).text()).equals("the")
        || size >= 3 && stanceIn(toks, i, j - 1) // "Mothers Against Drunk Driving"
        || size >= 3 && unionLocal(words[size - 2], words[size - 1]) // "UFCW Local 1400"
        || end - start >= 2 && !titled && !honorific && !place // "the United States": a place
            && !fieldFirst && namedWithThe(toks, tags, i, j))) { // not "the Environment" before
      // a name: the post's field ("Minister for the Environment Koh Poh Leng")
      form = NameMention.Form.ORGANIZATION;
      // "Hours-long Corvid Cloud outage": a describing compound is no part of a body's name
      boolean cut = trade || size >= 2 && describingCompound(words[0]);
      start = cut ? 1 : 0;
      whole = cut ? key(join(words, 1, size)) : whole;
    } else if (place) {
      form = NameMention.Form.PLACE;
    } else if (end - start == 1 && !honorific
        && (lexicon.is(SpeakerLexicon.Kind.GROUP, words[start]) || family(toks, i, words[start]))) {
      form = NameMention.Form.GROUP; // "Democrats"; "the Vanderhoeks", "The Pengellys' son"
    } else if (end - start >= 2 || titled || honorific) {
      form = NameMention.Form.PERSON;
    } else if (size == 1 && affiliationBeforePost(toks, tags, j, words[0])) {
      form = NameMention.Form.ORGANIZATION; // "SkyMalaya chief executive Lee Chee Keong"
    } else {
      form = NameMention.Form.SINGLE;
    }
    int spanEnd = trimmedEnd(parts.get(size - 1));
    Span span = Span.of(text, parts.get(0).start(), spanEnd);
    Span name = Span.of(text, parts.get(start).start(),
        named == size ? spanEnd : parts.get(named - 1).end());
    String first = null;
    String last;
    if (form == NameMention.Form.PERSON && end - start >= 2
        && EAST_ASIAN_GIVEN.matcher(words[end - 1]).matches()) {
      // "Jun Young-hyun", "Victor Leung Ka-wai": the family name stands before the given name
      last = nameKey(words[end - 2]);
      first = nameKey(words[end - start >= 3 ? start : end - 1]);
      form = NameMention.Form.PERSON;
    } else if (form == NameMention.Form.PERSON || form == NameMention.Form.SINGLE) {
      last = nameKey(words[end - 1]);
      if (end - start >= 2 && (!lexicon.is(SpeakerLexicon.Kind.PARTICLE, words[start])
          || end - start == 2 && GIVEN_PARTICLES.contains(words[start]))) { // "Des Mulvaney"
        first = nameKey(words[start]);
      } else if (end - start >= 2 && !titled && !honorific) {
        form = NameMention.Form.SINGLE; // "Bin Laden": a surname with its particle
      }
    } else {
      last = whole;
    }
    if (form == NameMention.Form.ORGANIZATION) {
      String stem = Entities.legalStem(Splits.SPACES.split(whole.replace(".", "")));
      if (stem != null) {
        legalStems.add(stem);
      }
    }
    NameMention m = new NameMention(span, name, form, first, last, suffix, gender,
        titled || honorific, s.index(), s.paragraph(), inQuote(span.start()));
    m.afterPostPlace = (postPlace || fieldFirst) && form == NameMention.Form.PERSON;
    if (trade) {
      m.orgType = lower(words[0]); // "Brokerage Tamsin Brothers": what "the brokerage" says
    }
    if (titled && form == NameMention.Form.PERSON) {
      int from = 0;
      while (from < lastTitle && lexicon.is(SpeakerLexicon.Kind.HONORIFIC, words[from])) {
        from++;
      }
      Set<String> modifiers = new HashSet<>();
      for (int k = from; k < start; k++) {
        String w = key(words[k]);
        if (k != lastTitle && !NP_LINKS.contains(w) && !w.equals("the")) {
          String titleRole = lexicon.roleOfTitle(words[k]);
          // "Gov. Gen." is what "the Governor General" says
          modifiers.add(titleRole != null ? titleRole : roleWord(w));
        }
      }
      m.roles.add(new Role(
          text.substring(parts.get(from).start(), parts.get(start - 1).end()),
          roleHead(words[lastTitle]), modifiers, parts.get(from).start()));
      int post = postBeforeRank(words, from, lastTitle);
      if (post >= 0) { // "Assiut Governor Major General X": the governor too
        Set<String> placed = new HashSet<>();
        for (int k = from; k < post; k++) {
          placed.add(roleWord(key(words[k])));
        }
        m.roles.add(new Role(text.substring(parts.get(from).start(), parts.get(post).end()),
            roleHead(words[post]), placed, parts.get(from).start()));
      }
    }
    return m;
  }

  /** Words of a military rank ("Major General", "Air Vice-Marshal", "Rear Admiral"). */
  private static final Set<String> RANK_WORDS = Set.of("major", "general", "lieutenant",
      "colonel", "brigadier", "admiral", "marshal", "vice-marshal", "commodore", "rear", "vice",
      "air", "field", "captain", "retired", "retd", "gen", "maj", "lt", "col", "brig");

  /**
   * The title word of a post that stands before a military rank in the titles {@code [from,
   * rank]} ("Governor" of "Assiut Governor Major General"): a title all of whose words after it
   * are a rank's; -1 when there is none.
   */
  private int postBeforeRank(String[] words, int from, int rank) {
    if (!RANK_WORDS.contains(key(words[rank]))) {
      return -1; // "Chief Executive": no rank
    }
    for (int k = rank - 1; k >= from; k--) {
      if (!RANK_WORDS.contains(key(words[k]))) {
        return lexicon.is(SpeakerLexicon.Kind.TITLE, words[k]) ? k : -1;
      }
    }
    return -1;
  }

  /**
   * Whether a name's words join two names with "&" ("Barlow & Finch", "Marks & Spencer"): a
   * firm's name; a person's name never holds one.
   */
  private static boolean ampersandJoined(String[] words) {
    for (int k = 1; k < words.length - 1; k++) {
      if (words[k].equals("&")) {
        return true;
      }
    }
    return false;
  }

  /** An ordinal that grades a rank: "1st" or "First" before "Class". */
  private static final Pattern GRADE = Pattern.compile(
      "(?i)(?:[1-4](?:st|nd|rd|th)|first|second|third|fourth)");

  /**
   * Whether word {@code k} of a name run is a rank in capitals before a person's name: a given
   * name or a surname the text gave someone follows it ("PC Sarah Lund", "DC Oyelaran"), or two
   * words that name no organisation ("TD Marian Coyle"); not the rest of an organisation's name
   * ("TD Ameritrade", "TD Bank Group").
   */
  private boolean rankBefore(String[] words, int k) {
    if (!lexicon.is(SpeakerLexicon.Kind.RANK, words[k]) || k + 1 >= words.length) {
      return false;
    }
    String[] rest = Arrays.copyOfRange(words, k + 1, words.length);
    return firstName(words[k + 1]) || knownSurname(words[k + 1])
        || rest.length == 2 && givenName(rest[0]) && givenName(rest[1]) && !anyOrgWord(rest)
            && !legalForm(rest[1]);
  }

  /**
   * Whether the lone name {@code last} is where someone is from somewhere in the article
   * ({@link NameMention#origin}: "a teacher from Corvington", then "between Corvington and
   * Ellsby") and never follows a first name.
   */
  boolean originPlace(String last) {
    return originNames.contains(last);
  }

  /** Prepositions that say where a person is from or lives ("a teacher from Corvington"). */
  private static final Set<String> ORIGIN_PREPOSITIONS = Set.of("from", "near", "outside");

  /**
   * Whether the name in tokens {@code i} to {@code j} (exclusive) follows a person noun in small
   * letters and a preposition of where people are from ("a retired teacher from Corvington",
   * "farmers near Ellsby"), with no possessive after it: where the person is from.
   */
  private boolean followsPersonFrom(List<Token> toks, int i, int j) {
    if (i < 2 || !ORIGIN_PREPOSITIONS.contains(lower(toks.get(i - 1).text()))
        || j < toks.size() && isPossessiveMarker(toks.get(j).text())) {
      return false;
    }
    String noun = toks.get(i - 2).text();
    return Character.isLowerCase(noun.charAt(0)) && personNoun(noun);
  }

  /**
   * Whether what follows a name ending before token {@code j} shows a person: the relative "who",
   * after a comma or not ("Lucinda Farrant, who chairs ..."), or an age in commas ("Jordan,
   * 29,").
   */
  private static boolean personClauseAfter(List<Token> toks, int j) {
    int n = toks.size();
    int after = j < n && toks.get(j).text().equals(",") ? j + 1 : j;
    return after < n && lower(toks.get(after).text()).equals("who") || ageAfter(toks, j);
  }

  /** Whether an age in commas follows a name ending before token {@code j}: "Jordan, 29,". */
  private static boolean ageAfter(List<Token> toks, int j) {
    return j + 2 < toks.size() && toks.get(j).text().equals(",")
        && toks.get(j + 1).text().matches("\\d{1,3}") && toks.get(j + 2).text().equals(",");
  }

  /**
   * How many tokens at {@code j} number a trade union's local after its name: "Local 822" (2),
   * ", Local 1142" (3); 0 when none does.
   */
  private static int unionLocalLength(List<Token> toks, int j) {
    int k = j < toks.size() && toks.get(j).text().equals(",") ? j + 1 : j;
    return k + 1 < toks.size() && unionLocal(toks.get(k).text(), toks.get(k + 1).text())
        ? k + 2 - j : 0;
  }

  /** Nouns of a numbered branch that may end an organisation's name ("Lodge 9"). */
  private static final Set<String> NUMBERED_BRANCHES = Set.of("Lodge", "Post", "Chapter",
      "Branch");

  /**
   * Whether two words number the branch that ends an organisation's name: "Lodge", "Post",
   * "Chapter" or "Branch" and digits ("Lodge 9", "Post 112").
   */
  private static boolean numberedBranch(String branch, String number) {
    return NUMBERED_BRANCHES.contains(branch) && !number.isEmpty()
        && number.length() <= 5 && number.chars().allMatch(Character::isDigit);
  }

  /** Whether two words number a trade union's local: "Local" and digits ("Local 822"). */
  private static boolean unionLocal(String local, String number) {
    return local.equals("Local") && number.chars().allMatch(Character::isDigit)
        && !number.isEmpty() && number.length() <= 5;
  }

  /** The role noun of a title ("senator" for "Sen.") or of a role word ("ceo"). */
  private String roleHead(String word) {
    String role = lexicon.roleOfTitle(word);
    return role != null ? role : roleWord(key(word));
  }

  /**
   * Whether WordNet knows a word first as a person noun ("meteorologist", "striker") and the
   * lexicon names no place, organisation or first name by it: before a first name, a role.
   */
  private boolean personNoun(String word) {
    String lw = lower(word);
    return !firstName(word) && !lexicon.is(SpeakerLexicon.Kind.PLACE, word)
        && !lexicon.is(SpeakerLexicon.Kind.ORG, word) && lw.chars().allMatch(Character::isLetter)
        && WordClasses.english().personNoun(lw);
  }

  /**
   * Whether a compound whose part after the hyphen is in small letters opens a name run: it
   * describes the person, no name does ("Singer-songwriter Jamie Webb", "Mother-of-two Leanne
   * Carter").
   */
  private static boolean describingCompound(String w) {
    int hyphen = w.indexOf('-');
    return hyphen > 0 && hyphen + 1 < w.length() && Character.isLowerCase(w.charAt(hyphen + 1));
  }

  /** Whether a capitalised word is a company's trade ({@link #TRADE_NOUNS}, any "-maker"). */
  private static boolean tradeNoun(String w) {
    String lower = lower(w);
    return Character.isUpperCase(w.charAt(0)) && (TRADE_NOUNS.contains(lower)
        || lower.length() > "maker".length() + 2 && lower.endsWith("maker"));
  }

  /**
   * Whether the first word of a name run, before a first name, is a person noun of WordNet
   * capitalised only for opening its sentence or quotation ("Meteorologist Kevin Brandt said").
   */
  private boolean openingPersonNoun(String w, List<Token> toks, int i) {
    return (i == 0 || i == 1 && isQuoteMark(toks.get(0).text()))
        && (!capitalisedInside.contains(w) || nationalityAdjective(w)) // "... to Belgian"
        && personNoun(w);
  }

  /** Whether the word just before a first name is no part of the name: "CEO", "New". */
  private boolean prefixWord(String word, String tag) {
    return !base(tag).equals("PROPN") || lexicon.is(SpeakerLexicon.Kind.ROLE, word)
        || lexicon.is(SpeakerLexicon.Kind.ORG, word) || lexicon.is(SpeakerLexicon.Kind.PLACE, word);
  }

  /** Whether the words are places or parties before a role noun: "Maryland Democrat". */
  private boolean placedRole(String[] words, int from, int to) {
    if (to - from < 2 || !lexicon.is(SpeakerLexicon.Kind.ROLE, words[to - 1])) {
      return false;
    }
    for (int k = from; k < to - 1; k++) {
      if (!lexicon.is(SpeakerLexicon.Kind.PLACE, words[k])
          && !lexicon.is(SpeakerLexicon.Kind.PARTY, words[k])) {
        return false;
      }
    }
    return true;
  }

  private boolean allTitles(String[] words, int from, int to) {
    for (int k = from; k < to; k++) {
      if (!lexicon.is(SpeakerLexicon.Kind.TITLE, words[k]) && !(k + 1 < to
          && (lexicon.is(SpeakerLexicon.Kind.MODIFIER, words[k])
              || lower(words[k]).equals("shadow")))) {
        return false; // "Shadow Minister", "Acting Governor": a title with its modifier
      }
    }
    return true;
  }

  /**
   * Whether the run {@code [i, j)} follows "the" and stands as a noun phrase of its own, not as
   * the modifier of a noun after it: "the Tyneford Courier said" names no person, while "the Ann
   * Lee campaign" may hold one.
   */
  private static boolean namedWithThe(List<Token> toks, List<String> tags, int i, int j) {
    if (i == 0 || !lower(toks.get(i - 1).text()).equals("the")) {
      return false;
    }
    if (possessive(toks.get(j - 1).text()) || pluralPossessive(toks.get(j - 1).text())) {
      return false; // "the Ann Lee's": a typo, or a name in the middle of a phrase
    }
    return j == toks.size() || !base(tags.get(j)).equals("NOUN")
        && !base(tags.get(j)).equals("PROPN");
  }

  /**
   * Whether a capitalised word at token {@code i} is a nationality of the lexicon (or a home
   * town's people) after "the" and words in small letters or an age ("the Dutchman", "the
   * 24-year-old Irishman"), and no surname the article gave: it describes a person.
   */
  private boolean describedAfterThe(List<Token> toks, int i, String word) {
    return (lexicon.is(SpeakerLexicon.Kind.NATIONALITY, lower(word))
        || i > 0 && FORMER.contains(lower(toks.get(i - 1).text()))
            && WordClasses.english().personNoun(lower(word))) // "the former Marine"
        && !surnames.contains(nameKey(word)) && definiteBefore(toks, i, true);
  }

  /** Words before a capitalised person noun that make it a description of who someone was. */
  private static final Set<String> FORMER = Set.of("former", "ex", "retired", "onetime");

  /** Whether a capitalised word is a post: a role noun of the lexicon or an agent noun. */
  private boolean postNoun(String w) {
    return lexicon.is(SpeakerLexicon.Kind.ROLE, lower(w)) || POST_NOUN.matcher(w).matches();
  }

  /**
   * Whether a hyphenated word opens with a role or title: "Director-General", "Vice-Chancellor"
   * written as one post.
   */
  private boolean hyphenatedPost(String w) {
    int hyphen = w.indexOf('-');
    return hyphen > 1 && (lexicon.is(SpeakerLexicon.Kind.ROLE, lower(w.substring(0, hyphen)))
        || lexicon.is(SpeakerLexicon.Kind.TITLE, w.substring(0, hyphen)));
  }

  /** Whether a word may be a given name the list lacks: capitalised letters, no initial. */
  private static boolean givenName(String w) {
    return w.length() > 2 && Character.isUpperCase(w.charAt(0))
        && w.chars().allMatch(Character::isLetter);
  }

  private static final Set<String> OF_FOR = Set.of("of", "for");

  /**
   * Whether the run {@code [start, end)} of a name run at token {@code i} is a post written in
   * capitals after "the": its last word a role noun in the singular, a word before it a title,
   * none a first name or an organisation's noun ("The Chief Medical Officer"; "the Regional
   * Police Commander" has one: "Police"; "the Philippine Star" no title); or capitalised words
   * ending in a title in capitals, letters after a name included ("the Opposition MP").
   */
  private boolean postAfterThe(List<Token> toks, int i, String[] words, int start, int end) {
    if (i == 0 || !lower(toks.get(i - 1).text()).equals("the")) {
      return false;
    }
    String last = words[words.length - 1]; // letters after a name too: "MP"
    if (words.length - start >= 2 && capitals(last)
        && lexicon.is(SpeakerLexicon.Kind.TITLE, last)) {
      return true; // "the Opposition MP", "the St Andrew South Eastern MP": a seat's member
    }
    if (end - start < 2 || !lexicon.is(SpeakerLexicon.Kind.ROLE, lower(words[end - 1]))
        || words[end - 1].endsWith("s")) {
      return false;
    }
    boolean title = false;
    for (int k = start; k < end; k++) {
      if (firstName(words[k]) || orgNoun(words[k])) {
        return false; // an organisation's noun, not a word only names use ("Medical")
      }
      title |= k < end - 1 && lexicon.is(SpeakerLexicon.Kind.TITLE, words[k]);
    }
    // "the Philippine Star" is a newspaper; "The Veterans Minister" a post, its head a title
    return title || lexicon.is(SpeakerLexicon.Kind.TITLE, words[end - 1]);
  }

  /**
   * Whether one capitalised word after "the" is a post of something: a role noun of the lexicon
   * in the singular, with "of" or "for" after it ("the Member of Parliament for X", "the Chair
   * of the committee").
   */
  private boolean postOfAfterThe(List<Token> toks, int i, int j, String word) {
    return i > 0 && j < toks.size() && lower(toks.get(i - 1).text()).equals("the")
        && lexicon.is(SpeakerLexicon.Kind.ROLE, lower(word)) && !word.endsWith("s")
        && OF_FOR.contains(lower(toks.get(j).text())) && !firstName(word) && !orgWord(word);
  }

  private boolean anyOrgWord(String[] words) {
    for (String w : words) {
      if (orgWord(w)) {
        return true;
      }
    }
    return false;
  }

  /**
   * Whether a name of {@code count} words from {@code first} to {@code last} is a body named
   * after a person: three words or more, a first name first, an organisation word last, no
   * possessive among {@code parts} ("The Rachel Maddow Show", not "Angela Merkel's Christian
   * Democratic Union").
   */
  private boolean namedAfterPerson(String first, String last, int count, List<Token> parts) {
    return count >= 3 && firstName(first) && orgWord(last) && noPossessive(parts);
  }

  private static boolean noPossessive(List<Token> parts) {
    for (Token t : parts) {
      if (possessive(t.text()) || pluralPossessive(t.text())) {
        return false;
      }
    }
    return true;
  }

  /** Whether a word in a capitalised name makes it an organisation ("Foundation", "Academies"). */
  private boolean orgWord(String w) {
    return orgNoun(w) || lexicon.is(SpeakerLexicon.Kind.ORG_NAME, w);
  }

  /** Whether a word is an organisation's noun, or its plural ("Police", "National Academies"). */
  private boolean orgNoun(String w) {
    return lexicon.is(SpeakerLexicon.Kind.ORG, w)
        || lexicon.is(SpeakerLexicon.Kind.ORG, singular(w));
  }

  private boolean firstName(String w) {
    return lexicon.is(SpeakerLexicon.Kind.FIRST, w);
  }

  /** End of a name token without a possessive or a sentence-final period. */
  private int trimmedEnd(Token t) {
    String w = t.text();
    int end = t.end();
    if (possessive(w)) {
      return end - 2;
    }
    if (w.length() > 2 && (w.endsWith("'") || w.endsWith("\u2019"))) {
      return end - 1; // "Democrats'"
    }
    if (w.length() > 1 && w.endsWith(".") && !initial(w)
        && !lexicon.is(SpeakerLexicon.Kind.SUFFIX, w) && !lexicon.is(SpeakerLexicon.Kind.ORG, w)
        && !lexicon.is(SpeakerLexicon.Kind.HONORIFIC, w)
        && !lexicon.is(SpeakerLexicon.Kind.TITLE, w) && !INITIALS.matcher(w).matches()) {
      return end - 1;
    }
    return end;
  }

  // ---------------------------------------------------------------------------------------------
  // Roles around a name

  /**
   * Adds the roles written around the name in tokens {@code [i, j)}: a role noun phrase just
   * before it ("campaign manager Kellyanne Conway"), an apposition after it ("Ian Smith, the US
   * envoy,") and a sentence-initial description before it ("The spokesman ..., General Rasool,").
   */
  private void roles(NameMention m, List<Token> toks, List<String> tags, int i, int j) {
    if (m.form != NameMention.Form.PERSON && m.form != NameMention.Form.SINGLE) {
      return;
    }
    int n = toks.size();
    // Before: "Clinton communications director Jennifer Palmieri"; a plural role noun before
    // names a conjunction joins ("Morning Joe hosts Joe Scarborough and Mika Brzezinski") gives
    // each its singular.
    String singular = i > 0 ? singularRole(toks.get(i - 1).text()) : null;
    String before = i > 0 ? toks.get(i - 1).text() : "";
    String beforeTag = i > 0 ? base(tags.get(i - 1)) : "";
    boolean roleTag = beforeTag.equals("NOUN") || beforeTag.equals("ADJ") // "chief executive"
        && lexicon.is(SpeakerLexicon.Kind.ROLE, before) && Character.isLowerCase(before.charAt(0))
        && inDictionary(before, WordClasses.Pos.ADJECTIVE); // a post the tagger reads as one
    if (i > 0 && (roleTag || i == 1 && personNoun(before))
        && (lexicon.is(SpeakerLexicon.Kind.ROLE, before) || singular != null
            || personNoun(before)) // "winger Cadan Murley", "Meteorologist Kevin Brandt"
        && (Character.isLowerCase(before.charAt(0)) || i == 1)) {
      int k = i - 1;
      while (k > 0 && i - k < 6 && modifierTag(toks, tags, k - 1)) {
        k--;
      }
      if (k > 0 && Resolution.OWNERS.contains(lower(toks.get(k - 1).text()))
          && Resolution.RELATIONS.contains(lower(before))) {
        k--; // "her son Callum Pryde": "Her son" after it is he
      }
      Role r = role(toks, tags, k, i, i - 1);
      if (singular != null) {
        r = new Role(r.text(), singular, r.modifiers(), r.start());
        sharedRole = r;
      }
      m.roles.add(r);
    }
    // After: ", the US envoy to the coalition,".
    if (j + 1 < n && toks.get(j).text().equals(",")) {
      int q = j + 1;
      String first = base(tags.get(q));
      if (first.equals("DET") || first.equals("ADJ") || first.equals("NOUN")
          || first.equals("NUM") || first.equals("PROPN")) {
        int e = q;
        boolean ok = true;
        while (e < n) {
          String w = toks.get(e).text();
          String t = base(tags.get(e));
          if (STOPS.contains(w) || isQuoteMark(w)) {
            break;
          }
          if (RELATIVES.contains(lower(w)) && e > q + 1) {
            break; // ", a Democrat who has represented Toledo": the role ends at the relative
          }
          boolean compound = t.equals("VERB") && toks.get(e - 1).text().equals("-");
          if ((t.equals("VERB") || t.equals("AUX")) && !compound
              || RELATIVES.contains(lower(w)) || e - q > 20) {
            ok = false;
            break;
          }
          e++;
        }
        int head = ok ? headNoun(toks, tags, q, e) : -1;
        if (head >= 0) {
          m.roles.add(role(toks, tags, q, e, head));
        }
      }
    }
    // Appointed to a post: "has named Kara Dueck as chief executive", "appointed X as its chair"
    if (i > 0 && j + 1 < n && APPOINTED.contains(lower(toks.get(i - 1).text()))
        && lower(toks.get(j).text()).equals("as")) {
      int e = j + 1;
      while (e < n && e - j <= 5 && npTag(toks, tags, e) && !base(tags.get(e)).equals("ADP")) {
        e++;
      }
      int head = e > j + 1 ? headNoun(toks, tags, j + 1, e) : -1;
      if (head >= 0) {
        m.roles.add(role(toks, tags, j + 1, e, head));
      }
    }
    // Court copy's opening participle: "Prosecuting, Sarah Whitlam KC said", "Defending, ..."
    if (i == 2 && toks.get(1).text().equals(",") && COUNSEL_OPENERS.containsKey(
        lower(toks.get(0).text()))) {
      String post = COUNSEL_OPENERS.get(lower(toks.get(0).text()));
      m.roles.add(new Role(toks.get(0).text(), post, post.equals("counsel") ? Set.of("defence")
          : Set.of(), toks.get(0).start()));
    }
    // Before, with a comma: "The military spokesman for the army, Major General Rasool, said";
    // not for a one-word name after an organisation noun ("... for the water commission,
    // Conagua,": the name is the commission's).
    if (i >= 2 && toks.get(i - 1).text().equals(",")
        && !(organisationNoun(toks.get(i - 2).text()) && m.form != NameMention.Form.PERSON)) {
      int k = i - 2;
      while (k >= 0 && npTag(toks, tags, k)) {
        k--;
      }
      int q = k + 1;
      if (q < i - 1 && (q == 0 || isQuoteMark(toks.get(q - 1).text()))
          && base(tags.get(q)).equals("DET")) {
        int head = headNoun(toks, tags, q, i - 1);
        if (head >= 0) {
          m.roles.add(role(toks, tags, q, i - 1, head));
        }
      }
    }
  }

  /**
   * Organisation nouns in small letters that follow a body's name as its kind ("the Georgian
   * Unity party", "the Hizmet movement").
   */
  private static final Set<String> NOUNS_AFTER_NAME = Set.of("party", "movement");

  /** Verbs that give the name after them the post after "as" ("named X as chief executive"). */
  private static final Set<String> APPOINTED = Set.of("named", "appointed", "hired", "elected",
      "promoted", "confirmed", "installed", "chose", "picked", "tapped", "nominated");

  /**
   * The organisation noun written with a name in tokens {@code [i, j)}: just before it ("the
   * firm Edilizia Piemontese", "the farmers' union Solidarność", or set off by commas: "the
   * water commission, Conagua,"), just after it in small letters ({@link #NOUNS_AFTER_NAME}:
   * "the ruling Georgian Unity party"), as the head of an apposition
   * after it ("Crestline, a Boston-based firm that ..."), "club" for a name a sports post
   * follows before a person ("Real Costa Levante coach Xavier Ballester"), or "" for a name a
   * post at an employer precedes ("CEO of Ledgerleaf"); null when none, or when the name is a
   * person's (a known first name).
   */
  private String orgType(NameMention m, List<Token> toks, List<String> tags, int i, int j) {
    if (m.inQuote || m.form == NameMention.Form.PLACE || m.form == NameMention.Form.GROUP
        || m.first != null && lexicon.is(SpeakerLexicon.Kind.FIRST, m.first)) {
      return null;
    }
    int n = toks.size();
    // "told the court Dlamini had acted": the noun is a verb's object, the name a clause's subject
    boolean clause = j < n && (base(tags.get(j)).equals("VERB") || base(tags.get(j)).equals("AUX"))
        && i > 2 && DETERMINERS.contains(lower(toks.get(i - 2).text()))
        && base(tags.get(i - 3)).equals("VERB");
    if (i > 0 && organisationNoun(toks.get(i - 1).text()) && !clause) {
      return lower(toks.get(i - 1).text());
    }
    if (i > 1 && toks.get(i - 1).text().equals("house") && !clause
        && m.form != NameMention.Form.PERSON
        && Character.isLowerCase(toks.get(i - 2).text().charAt(0))
        && (base(tags.get(i - 2)).equals("NOUN") || base(tags.get(i - 2)).equals("ADJ"))) {
      return "house"; // "French fashion house Delorme", "the auction house Brantley's"
    }
    if (i > 1 && COMPANY_BEFORE_NAME.contains(lower(toks.get(i - 1).text())) && !clause
        && m.form != NameMention.Form.PERSON) {
      return "company"; // "the technology giant Cisco Systems", "the Chilean miner Antofa"
    }
    if (i > 0 && OUTLET_BEFORE_NAME.contains(toks.get(i - 1).text()) && !clause
        && m.form != NameMention.Form.PERSON) {
      return "newspaper"; // "the regional daily Levante-EMV", "public broadcaster NHK"
    }
    if (i > 1 && toks.get(i - 1).text().equals(",") && organisationNoun(toks.get(i - 2).text())
        && j < n && toks.get(j).text().equals(",") && !m.who
        && m.form != NameMention.Form.PERSON) { // "the council, Pieter van der Merwe," is his
      return lower(toks.get(i - 2).text()); // "the national water commission, Conagua, said"
    }
    if (i > 1 && m.form != NameMention.Form.PERSON && (lower(toks.get(i - 1).text()).equals("of")
        || lower(toks.get(i - 1).text()).equals("at"))
        && EMPLOYER_POSTS.contains(lower(toks.get(i - 2).text()))) {
      return ""; // "co-founder and CEO of Ledgerleaf": an organisation of no kind said
    }
    if (j < n && NOUNS_AFTER_NAME.contains(toks.get(j).text()) && !clause) {
      return toks.get(j).text(); // "the ruling Georgian Unity party": the party "the party" is
    }
    if (ownsCompanyDeal(toks, tags, j)) {
      return "company"; // "Lakeshore Health's planned $2.3 billion acquisition of ..."
    }
    if (j + 1 < n && SPORTS_POSTS.contains(lower(toks.get(j).text()))
        && Character.isUpperCase(toks.get(j + 1).text().charAt(0))) {
      return "club";
    }
    if (j + 2 < n && toks.get(j).text().equals(",") && DETERMINERS.contains(lower(
        toks.get(j + 1).text())) && !openingPhrase(tags, i)) {
      int head = -1;
      int k = j + 2;
      for (; k < n && k < j + 8; k++) {
        String w = toks.get(k).text();
        String t = base(tags.get(k));
        if (t.equals("NOUN") || t.equals("ADJ") || t.equals("PROPN") || t.equals("NUM")
            || w.equals("-") || isPossessiveMarker(w)) {
          head = t.equals("NOUN") || organisationNoun(w) ? k : head; // "cooperative": ADJ
          continue;
        }
        break;
      }
      boolean speaks = k < n && cueWord(toks.get(k).text()); // "led by X, the board announced":
      // the noun speaks, no apposition
      if (head >= 0 && organisationNoun(toks.get(head).text()) && !speaks) {
        return lower(toks.get(head).text()); // "Woongemeenschap De Linde, a cooperative whose"
      }
      if (head > j + 2 && toks.get(head).text().equals("house") && !speaks
          && m.form != NameMention.Form.PERSON) {
        return "house"; // "Galvani, the Florentine knitwear house,": a trade's house
      }
    }
    return null;
  }

  /** What only a company owns or makes: its deals and its shares. */
  private static final Set<String> COMPANY_DEALS = Set.of("acquisition", "takeover", "merger",
      "buyout", "shares", "shareholders", "stock", "subsidiary", "subsidiaries");

  /**
   * Whether the name ending before token {@code j} owns a company's deal or shares: its
   * possessive, then up to five words in small letters, numbers or money ("planned $2.3
   * billion"), then a noun of {@link #COMPANY_DEALS}.
   */
  private static boolean ownsCompanyDeal(List<Token> toks, List<String> tags, int j) {
    int n = toks.size();
    int k = j;
    if (k < n && isPossessiveMarker(toks.get(k).text())) {
      k++;
    } else if (j == 0 || !possessive(toks.get(j - 1).text())) {
      return false;
    }
    for (int m = k; m < n && m <= k + 5; m++) {
      String w = toks.get(m).text();
      if (COMPANY_DEALS.contains(w)) {
        return true;
      }
      String t = base(tags.get(m));
      if (!Character.isLowerCase(w.charAt(0)) && !t.equals("NUM") && !w.startsWith("$")
          || t.equals("VERB") && !w.endsWith("ed")) { // "planned", not "said"
        return false;
      }
    }
    return false;
  }

  /**
   * Whether the name starting at token {@code i} ends a prepositional phrase that opens its
   * sentence ("In downtown Tarran, a group marched"): the comma after it closes that phrase, so
   * what follows is the sentence's subject, no apposition of the name.
   */
  private static boolean openingPhrase(List<String> tags, int i) {
    int k = i - 1;
    while (k >= 0 && (base(tags.get(k)).equals("ADJ") || base(tags.get(k)).equals("DET")
        || base(tags.get(k)).equals("NOUN"))) {
      k--; // "In downtown", "At the"
    }
    return k == 0 && base(tags.get(0)).equals("ADP");
  }

  /**
   * Whether a name is set after a comma beside a common noun for a thing, with a possessive or
   * determiner before it, and opens with the first word of a body named before it: "Hartwell
   * Motors has unveiled its first electric van, the Hartwell Tern". The noun is no organisation,
   * role, person or place noun, and the name no person's with a known first name, no
   * organisation's by its words and no place: a product named after its maker, which never
   * speaks, and whose name must not take the maker's short form ("Hartwell said").
   */
  private boolean thingNamed(NameMention m, List<Token> toks, List<String> tags, int i) {
    int k = i - 1;
    if (k >= 0 && lower(toks.get(k).text()).equals("the")) {
      k--;
    }
    String[] named = Splits.SPACES.split(m.name.text());
    if (k < 2 || !toks.get(k).text().equals(",") || named.length < 2
        || m.form == NameMention.Form.PLACE || m.form == NameMention.Form.GROUP || m.titled
        || m.gender != Gender.UNKNOWN || firstName(named[0]) || anyOrgWord(named)) {
      return false;
    }
    String noun = toks.get(k - 1).text();
    if (!base(tags.get(k - 1)).equals("NOUN") || !Character.isLowerCase(noun.charAt(0))
        || lexicon.is(SpeakerLexicon.Kind.ORG, noun) || lexicon.is(SpeakerLexicon.Kind.ROLE,
            roleWord(lower(noun))) || lexicon.is(SpeakerLexicon.Kind.PERSON_NOUN, lower(noun))
        || lexicon.is(SpeakerLexicon.Kind.POLITY, lower(noun))
        || WordClasses.english().personNoun(lower(noun)) || singularRole(lower(noun)) != null) {
      return false;
    }
    String brand = named[0];
    boolean maker = false; // "Hartwell Motors ... its first van, the Hartwell Tern"
    for (int n = names.size() - 1; n >= 0 && !maker; n--) {
      NameMention before = names.get(n);
      String made = before.name.text();
      maker = before.form == NameMention.Form.ORGANIZATION
          && Splits.SPACES.split(made)[0].equals(brand) && !made.equals(m.name.text())
          || before.form == NameMention.Form.SINGLE && made.equals(brand);
    }
    if (!maker) {
      return false;
    }
    for (int d = k - 2; d >= 0 && d >= k - 5; d--) {
      String w = lower(toks.get(d).text());
      if (THING_OWNERS.contains(w)) {
        return true;
      }
      String t = base(tags.get(d));
      if (!t.equals("ADJ") && !t.equals("ADV") && !t.equals("NUM") && !t.equals("NOUN")) {
        // "its first smart ring": the tagger may read "first" as an adverb
        return false;
      }
    }
    return false;
  }

  /** Determiners and possessives that open a phrase naming a thing ("its new", "the latest"). */
  private static final Set<String> THING_OWNERS = Set.of("its", "their", "his", "her", "the",
      "a", "an", "our", "my", "your");

  /** A lower-case organisation noun that is no role noun ("firm", "union", "institute"). */
  private boolean organisationNoun(String w) {
    return !w.isEmpty() && Character.isLowerCase(w.charAt(0))
        && lexicon.is(SpeakerLexicon.Kind.ORG, w) && !lexicon.is(SpeakerLexicon.Kind.ROLE, w);
  }

  /**
   * The singular role noun of a lower-case plural the lexicon lists only in the singular
   * ("hosts", "attorneys"), or null.
   */
  private String singularRole(String w) {
    if (w.length() < 4 || !w.endsWith("s") || lexicon.is(SpeakerLexicon.Kind.ROLE, w)) {
      return null;
    }
    String one = key(w.substring(0, w.length() - 1));
    return lexicon.is(SpeakerLexicon.Kind.ROLE, one) ? roleWord(one) : null;
  }

  private boolean modifierTag(List<Token> toks, List<String> tags, int k) {
    String t = base(tags.get(k));
    String w = toks.get(k).text();
    return (t.equals("NOUN") || t.equals("ADJ") || t.equals("PROPN") || isPossessiveMarker(w))
        && !isQuoteMark(w);
  }

  private boolean npTag(List<Token> toks, List<String> tags, int k) {
    String t = base(tags.get(k));
    String w = toks.get(k).text();
    return t.equals("DET") || t.equals("ADJ") || t.equals("NOUN") || t.equals("PROPN")
        || t.equals("NUM") || isPossessiveMarker(w) || w.equals("-")
        || t.equals("ADP") && NP_LINKS.contains(lower(w));
  }

  /**
   * The head of the noun phrase in tokens {@code [from, to)}: the last noun before the first
   * preposition, when it is a role noun of the lexicon or a post the article gives in
   * apposition ({@link #postTitles}); else -1.
   */
  private int headNoun(List<Token> toks, List<String> tags, int from, int to) {
    int head = -1;
    for (int k = from; k < to; k++) {
      String t = base(tags.get(k));
      if (t.equals("ADP") || t.equals("CCONJ")) {
        break;
      }
      if (t.equals("NOUN") || t.equals("PROPN") || t.equals("ADJ") && k == to - 1
          && (Character.isUpperCase(toks.get(k).text().charAt(0))
              || personNoun(toks.get(k).text()))) {
        head = k; // an adjective last is a noun: "a Republican who", "an accountant who"
      }
    }
    if (head < 0) {
      return -1;
    }
    String w = stripPossessive(toks.get(head).text());
    return lexicon.is(SpeakerLexicon.Kind.ROLE, w) || postTitles.contains(w)
        || Character.isLowerCase(w.charAt(0)) && (personNoun(w) // "an accountant"
            || lexicon.is(SpeakerLexicon.Kind.ORG, w)) ? head : -1; // "the health authority"
  }

  private Role role(List<Token> toks, List<String> tags, int from, int to, int head) {
    Set<String> modifiers = new HashSet<>();
    for (int k = from; k < head; k++) {
      String w = toks.get(k).text();
      if (!isPossessiveMarker(w) && !DETERMINERS.contains(lower(w))
          && !base(tags.get(k)).equals("PUNCT")) {
        modifiers.add(roleWord(key(stripPossessive(w))));
      }
    }
    int start = toks.get(from).start();
    return new Role(text.substring(start, toks.get(to - 1).end()),
        roleWord(key(stripPossessive(toks.get(head).text()))), modifiers, start);
  }

  // ---------------------------------------------------------------------------------------------
  // Words

  /** The universal tag without a contraction part ("PROPN" for "PROPN+PART"). */
  static String base(String tag) {
    int plus = tag.indexOf('+');
    return plus < 0 ? tag : tag.substring(0, plus);
  }

  static String lower(String w) {
    return w.toLowerCase(Locale.ROOT);
  }

  /** Lower case without a final period, accents or possessive: the key of a word or name. */
  static String key(String w) {
    return SpeakerLexicon.key(stripPossessive(w));
  }

  /** The key of a name word: {@link #key} without accents ("gonzalez" for "Gonzàlez"). */
  static String nameKey(String w) {
    String k = key(w);
    if (!ascii(k)) {
      k = MARKS.matcher(Normalizer.normalize(k, Normalizer.Form.NFD)).replaceAll("");
    }
    return k.replace('\u2019', '\'');
  }

  private static boolean ascii(String s) {
    for (int i = 0; i < s.length(); i++) {
      if (s.charAt(i) >= 0x80) {
        return false;
      }
    }
    return true;
  }

  /** Role words compared in one spelling: "us" and "u.s" are "us", "american" stays. */
  static String roleWord(String w) {
    return w.replace(".", "");
  }

  static String acronymKey(String w) {
    return w.replace(".", "");
  }

  /**
   * The word without its possessive ending: "Brill" of "Brill's", "candidates" of "candidates'".
   */
  static String stripPossessive(String w) {
    if (possessive(w)) {
      return w.substring(0, w.length() - 2);
    }
    return pluralPossessive(w) ? w.substring(0, w.length() - 1) : w;
  }

  /** Whether the word is a spelt number or share ("Nine", "dozens", "Half"), any case. */
  static boolean numberWord(String w) {
    return NUMBER_WORDS.contains(lower(w));
  }

  /**
   * Whether a coordinated clause opens at token {@code i}: a comma and "and", "but" or "yet", or
   * a semicolon, stand before it ("..., and Pence is not alone in his view").
   */
  private static boolean clauseOpensAt(List<Token> toks, int i) {
    if (i >= 1 && toks.get(i - 1).text().equals(";")) {
      return true;
    }
    return i >= 2 && COORDINATORS.contains(lower(toks.get(i - 1).text()))
        && toks.get(i - 2).text().equals(",");
  }

  /**
   * Whether the name ending before token {@code j} is a possessive whose noun phrase is a thing
   * ("Reyes's quarrel with the paper"), not a person ("Reyes's spokesman", "Grey's brother"):
   * the head noun after it, past adjectives and names, is written in small letters and is no
   * noun WordNet knows first as a person's. The owner of a thing that is a sentence's subject
   * is what the sentence is about, and a pronoun later in it most likely means them.
   */
  private static boolean possessesThing(List<Token> toks, List<String> tags, int j) {
    int k = j;
    if (k < toks.size() && isPossessiveMarker(toks.get(k).text())) {
      k++;
    } else if (!possessive(toks.get(j - 1).text())) {
      return false;
    }
    int head = -1;
    for (; k < toks.size() && k < j + 6; k++) {
      String t = base(tags.get(k));
      if (t.equals("NOUN")) {
        head = k;
      } else if (!t.equals("ADJ") && !t.equals("PROPN")) {
        break;
      }
    }
    if (head < 0) {
      return false;
    }
    String w = lower(toks.get(head).text());
    return Character.isLowerCase(toks.get(head).text().charAt(0))
        && !Resolution.wordNetPerson(w) && !Resolution.wordNetSomeone(w);
  }

  static boolean possessive(String w) {
    return w.length() > 2 && (w.endsWith("'s") || w.endsWith("\u2019s"));
  }

  /**
   * The capital initials of a name's words ("IMF" for "International Monetary Fund"), with "of" as
   * an "O" when {@code withOf} ("DOJ" for "Department of Justice").
   */
  private static String initials(String name, boolean withOf) {
    StringBuilder b = new StringBuilder();
    for (String w : Splits.SPACES_OR_HYPHENS.split(name)) {
      if (!w.isEmpty() && Character.isUpperCase(w.charAt(0))) {
        b.append(Accents.base(w.charAt(0))); // "ENL": Électricité Nationale du Liban
      } else if (withOf && w.equals("of")) {
        b.append('O'); // "DOJ": Department of Justice
      }
    }
    return b.length() >= 2 ? b.toString() : "";
  }

  /**
   * The initials of an organisation's name past its first word, when that word is a place or a
   * short form ("CPSC" for "U.S. Consumer Product Safety Commission", "EPA" for "NSW Environment
   * Protection Authority"), as {@link Entities} keys them; "" when the name has no such word or
   * fewer than three initials after it.
   */
  private String initialsPastPlace(String name) {
    String all = initials(name, false);
    return all.length() >= 4 && acronymMayLeaveOut(name.split(" ", 2)[0], lexicon)
        ? all.substring(1) : "";
  }

  /**
   * Whether an acronym of four initials or more may leave out a name's first word: a place or a
   * short form of three letters or fewer, or dotted initials ("NSW", "Ohio", "U.S."), in any
   * case.
   */
  static boolean acronymMayLeaveOut(String first, SpeakerLexicon lexicon) {
    return first.length() <= 3 || DOTTED_INITIALS.matcher(first).matches()
        || lexicon.is(SpeakerLexicon.Kind.PLACE, first);
  }

  /** Whether {@code w} is a plural possessive written with a final apostrophe ("News'"). */
  static boolean pluralPossessive(String w) {
    return w.length() > 3 && (w.endsWith("s'") || w.endsWith("s\u2019"));
  }

  static boolean isPossessiveMarker(String w) {
    return w.equals("'s") || w.equals("\u2019s") || w.equals("'") || w.equals("\u2019");
  }

  /**
   * The tokens with the quotation marks cut off a word glued to the quotation it follows
   * (",”Clinton said", as web text often has it), so that the word reads as the name it is;
   * the list itself when no token has such marks.
   */
  static List<Token> unglued(String text, List<Token> toks) {
    List<Token> out = toks;
    for (int k = 0; k < toks.size(); k++) {
      Token t = toks.get(k);
      int lead = closingQuoteMarks(text, t);
      if (lead > 0) {
        if (out == toks) {
          out = new ArrayList<>(toks);
        }
        out.set(k, new Token(t.start() + lead, t.end(), t.text().substring(lead)));
      }
    }
    return out;
  }

  /**
   * The tags of {@code toks} as {@link #unglued} left them: a capitalised word the tagger read as
   * punctuation with its marks ("”Okafor") is a proper noun; the list itself when there is
   * none.
   */
  static List<String> ungluedTags(List<Token> toks, List<String> tags) {
    List<String> out = tags;
    for (int k = 0; k < toks.size(); k++) {
      String w = toks.get(k).text();
      if (Character.isUpperCase(w.charAt(0)) && tags.get(k).startsWith("PUNCT")) {
        if (out == tags) {
          out = new ArrayList<>(tags);
        }
        out.set(k, "PROPN");
      }
    }
    return out;
  }

  /**
   * How many closing quotation marks open a token that a letter follows ("\u201DClinton" in
   * "May,\u201DClinton said"): curly closing marks, or straight ones after a comma or a sentence's
   * end; 0 for a token that is only marks, has none or opens a quotation (":\"We").
   */
  static int closingQuoteMarks(String text, Token t) {
    String w = t.text();
    int k = 0;
    while (k < w.length() && QUOTE_MARKS.indexOf(w.charAt(k)) >= 0) {
      k++;
    }
    if (k == 0 || k >= w.length() || !Character.isLetter(w.charAt(k))) {
      return 0;
    }
    char c = w.charAt(0);
    boolean closing = c == '\u201D' || c == '\u2019' || (c == '"' || c == '\'')
        && t.start() > 0 && ",.?!".indexOf(text.charAt(t.start() - 1)) >= 0;
    return closing ? k : 0;
  }

  /**
   * A quotation mark around a nickname: any, a straight or curly apostrophe too, as the marks
   * must touch the nickname and have spaces outside ({@code Christina 'Tina' Lau}).
   */
  private static boolean nicknameMark(String w) {
    return w.length() == 1 && QUOTE_MARKS.indexOf(w.charAt(0)) >= 0;
  }

  static boolean isQuoteMark(String w) {
    return w.length() <= 2 && !w.isEmpty() && QUOTE_MARKS.indexOf(w.charAt(0)) >= 0
        && !isPossessiveMarker(w);
  }

  /** A single capital letter with a period: a middle initial ("J."). */
  static boolean initial(String w) {
    return w.length() == 2 && Character.isUpperCase(w.charAt(0)) && w.charAt(1) == '.';
  }

  static String join(String[] words, int from, int to) {
    StringBuilder sb = new StringBuilder();
    for (int k = from; k < to; k++) {
      if (sb.length() > 0) {
        sb.append(' ');
      }
      sb.append(words[k]);
    }
    return sb.toString();
  }
}
