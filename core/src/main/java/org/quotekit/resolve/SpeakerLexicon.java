package org.quotekit.resolve;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import org.quotekit.internal.LexiconWords;

/**
 * The word lists the {@link DefaultSpeakerResolver} reads names and descriptions with: honorifics
 * and titles, name suffixes and particles, organisation and place words (and words that make
 * only a capitalised name an organisation: "Convention"), nouns that stand for a
 * place named before ("the state"), party affiliations, anonymous-source and
 * group words, person roles, person nouns that name no post, speech nouns, time words, first
 * names with their usual gender, nicknames of first names ("Liz" for Elizabeth, {@code
 * nicknames-en.txt}), and short forms of organisations' names ({@code "alias fed
 * federal_reserve"}: "the Fed" after "the Federal Reserve" is that body).
 * Start from the {@link #englishNews()} preset and refine it with {@link #withEntries(String...)}.
 * Immutable and thread-safe.
 *
 * <p>Entries use the line format of the {@code speakers-en.txt} resource: {@code KIND ENTRY
 * [ATTRIBUTE]}, multi-word entries joined by underscores, e.g. {@code "org bundestag"}, {@code
 * "honorific herr m"}, {@code "first Kelly f"}, {@code "nickname bob robert"} (a nickname and
 * the full first name it stands for; a nickname may be listed for several names).
 */
public final class SpeakerLexicon {

  /**
   * What an entry's line holds after the entry: nothing, a gender (m, f or -) or a word (a
   * title's role noun, a nickname's full name, an issuer's organisation noun, a synonym's role
   * noun, a region's place).
   */
  enum Attribute {
    NONE, GENDER, WORD
  }

  /** The sorts of entry, named as in the resource files. */
  enum Kind {
    HONORIFIC("honorific", Attribute.GENDER),
    TITLE("title", Attribute.WORD),
    RANK("rank", Attribute.WORD),
    SUFFIX("suffix", Attribute.NONE),
    POSTNOMINAL("postnominal", Attribute.NONE),
    PARTICLE("particle", Attribute.NONE),
    ORG("org", Attribute.NONE),
    ORG_NAME("orgname", Attribute.NONE),
    PLACE("place", Attribute.NONE),
    POLITY("polity", Attribute.NONE),
    PARTY("party", Attribute.NONE),
    ANONYMOUS("anonymous", Attribute.NONE),
    GROUP("group", Attribute.NONE),
    COLLECTIVE("collective", Attribute.NONE),
    ROLE("role", Attribute.GENDER),
    NATIONALITY("nationality", Attribute.GENDER),
    PERSON_NOUN("person", Attribute.NONE),
    EPITHET("epithet", Attribute.NONE),
    MODIFIER("modifier", Attribute.NONE),
    SPEECH("speech", Attribute.NONE),
    TIME("time", Attribute.NONE),
    FIRST("first", Attribute.GENDER),
    NICKNAME("nickname", Attribute.WORD),
    ISSUER("issuer", Attribute.WORD),
    SYNONYM("synonym", Attribute.WORD),
    REGION("region", Attribute.WORD),
    ALIAS("alias", Attribute.WORD);

    final String word;
    /** What follows an entry of this kind on its line. */
    final Attribute attribute;

    Kind(String word, Attribute attribute) {
      this.word = word;
      this.attribute = attribute;
    }

    static Kind of(String word) {
      for (Kind k : values()) {
        if (k.word.equals(word)) {
          return k;
        }
      }
      return null;
    }
  }

  /** The kinds' words, for the error on a malformed entry. */
  private static final String KIND_WORDS = String.join(", ",
      Arrays.stream(Kind.values()).map(k -> k.word).toArray(String[]::new));

  private static final String ENTRIES = "speakers-en.txt";
  private static final String FIRST_NAMES = "first-names.txt";
  private static final String NICKNAMES = "nicknames-en.txt";
  private static volatile SpeakerLexicon englishNews;

  /** Kind to normalised entry to attribute ("" when the kind has none). */
  private final Map<Kind, Map<String, String>> entries;
  /**
   * The {@link Kind#ALIAS} entries by the organisation's name they stand for, looked up for
   * every organisation an article names.
   */
  private final Map<String, List<String>> aliasesByName;

  private SpeakerLexicon(Map<Kind, Map<String, String>> entries) {
    Map<Kind, Map<String, String>> copy = new EnumMap<>(Kind.class);
    for (Kind k : Kind.values()) {
      // a hash map: looked up for every word of every article, where Map.copyOf's table
      // (a division and a string comparison per probe) cost a tenth of the resolver's time
      copy.put(k, Collections.unmodifiableMap(new HashMap<>(entries.getOrDefault(k, Map.of()))));
    }
    this.entries = copy;
    Map<String, List<String>> aliases = new HashMap<>();
    copy.get(Kind.ALIAS).forEach((alias, name) -> aliases.computeIfAbsent(
        name.replace('_', ' '), k -> new ArrayList<>()).add(alias));
    aliases.replaceAll((name, list) -> List.copyOf(list));
    this.aliasesByName = aliases;
  }

  /**
   * The English news preset, read from the {@code speakers-en.txt} and {@code first-names.txt}
   * resources of this package.
   *
   * @throws UncheckedIOException if a resource cannot be read
   */
  public static SpeakerLexicon englishNews() {
    SpeakerLexicon l = englishNews;
    if (l == null) {
      Map<Kind, Map<String, String>> map = new EnumMap<>(Kind.class);
      parse(read(ENTRIES), null, map, ENTRIES);
      parse(read(FIRST_NAMES), Kind.FIRST, map, FIRST_NAMES);
      parse(read(NICKNAMES), Kind.NICKNAME, map, NICKNAMES);
      l = new SpeakerLexicon(map);
      englishNews = l;
    }
    return l;
  }

  /**
   * A copy with more entries, each in the resource line format ({@code "org bundestag"}); an entry
   * already present gets the new attribute.
   *
   * @throws IllegalArgumentException naming the line if one is malformed
   */
  public SpeakerLexicon withEntries(String... lines) {
    Objects.requireNonNull(lines, "lines");
    Map<Kind, Map<String, String>> map = new EnumMap<>(Kind.class);
    entries.forEach((k, v) -> map.put(k, new HashMap<>(v)));
    parse(String.join("\n", lines), null, map, "the added entries");
    return new SpeakerLexicon(map);
  }

  private static String read(String resource) {
    try (InputStream in = SpeakerLexicon.class.getResourceAsStream(resource)) {
      if (in == null) {
        throw new IOException("resource not found: " + resource);
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read speaker lexicon " + resource, e);
    }
  }

  /** Parses lines; with {@code implicit} every line is {@code ENTRY ATTRIBUTE} of that kind. */
  private static void parse(String content, Kind implicit, Map<Kind, Map<String, String>> into,
      String origin) {
    int lineNo = 0;
    for (String raw : content.split("\n")) {
      lineNo++;
      Objects.requireNonNull(raw, "line");
      String line = raw.strip();
      if (line.isEmpty() || line.startsWith("#")) {
        continue;
      }
      String[] f = line.split("\\s+");
      int at = 0;
      Kind kind = implicit;
      if (kind == null) {
        kind = Kind.of(f[0]);
        at = 1;
      }
      if (kind == null || f.length != at + (kind.attribute == Attribute.NONE ? 1 : 2)
          || kind.attribute == Attribute.GENDER && gender(f[at + 1]) == null) {
        throw new IllegalArgumentException("malformed speaker lexicon entry in " + origin
            + " line " + lineNo + ": \"" + line + "\"; expected KIND ENTRY [ATTRIBUTE], KIND one"
            + " of " + KIND_WORDS + "; gender m, f or -; a title's or rank's attribute is its"
            + " role noun, a nickname's the full first name, an issuer's an organisation noun,"
            + " a synonym's the role noun it means, a region's the place it stands for, an"
            + " alias's the organisation's name");
      }
      LexiconWords.of(f[at], origin + " line " + lineNo);
      String attribute = kind.attribute == Attribute.NONE ? ""
          : f[at + 1].toLowerCase(Locale.ROOT);
      Map<String, String> of = into.computeIfAbsent(kind, k -> new HashMap<>());
      String entry = key(f[at].replace('_', ' '));
      if (kind == Kind.NICKNAME) {
        // a nickname may stand for several names ("alex": alexander, alexandra): keep them all
        String before = of.get(entry);
        attribute = before == null || ("," + before + ",").contains("," + attribute + ",")
            ? attribute : before + "," + attribute;
      }
      of.put(entry, attribute);
    }
  }

  private static Gender gender(String attribute) {
    return switch (attribute) {
      case "m" -> Gender.MALE;
      case "f" -> Gender.FEMALE;
      case "-" -> Gender.UNKNOWN;
      default -> null;
    };
  }

  /** What follows a title someone is chosen for and does not yet hold ("bishop-designate"). */
  private static final List<String> TITLE_TO_BE = List.of("-designate", "-elect");

  /** The lookup key of a word or phrase: lower case, without a final period or quote marks. */
  static String key(String word) {
    String k = word.toLowerCase(Locale.ROOT);
    int end = k.length();
    while (end > 0 && (k.charAt(end - 1) == '.' || k.charAt(end - 1) == ',')) {
      end--;
    }
    return k.substring(0, end);
  }

  /**
   * Whether the lexicon lists a word or phrase as {@code kind}; a title with "-designate" or
   * "-elect" after it is that title ("Bishop-designate", "President-elect").
   */
  boolean is(Kind kind, String word) {
    String k = key(word);
    if (entries.get(kind).containsKey(k)) {
      return true;
    }
    if (kind != Kind.TITLE) {
      return false;
    }
    for (String suffix : TITLE_TO_BE) {
      if (k.length() > suffix.length() && k.endsWith(suffix)
          && entries.get(kind).containsKey(k.substring(0, k.length() - suffix.length()))) {
        return true;
      }
    }
    return false;
  }

  /** Whether the lexicon lists a word or phrase as any kind (a title, a place, a first name). */
  boolean listed(String word) {
    String k = key(word);
    for (Kind kind : Kind.values()) {
      if (entries.get(kind).containsKey(k)) {
        return true;
      }
    }
    return is(Kind.TITLE, word);
  }

  /**
   * The place a region's short form stands for, lower case ("fla" and "FL" give "florida", "n.h"
   * gives "new hampshire"); null when the word is no region's short form.
   */
  String regionOf(String word) {
    String place = entries.get(Kind.REGION).get(key(word));
    return place == null ? null : place.replace('_', ' ');
  }

  /**
   * Whether a name is the full name of a region, as {@link #regionOf} gives it ("Florida", "New
   * Hampshire"), not a short form.
   */
  boolean regionName(String name) {
    return entries.get(Kind.REGION).containsValue(key(name).replace(' ', '_'));
  }

  /**
   * The gender an honorific, role or first name implies; {@code UNKNOWN} if none or unknown. A
   * hyphenated first name no entry lists has the gender of its parts when the parts that are
   * listed agree ("Marc-Antoine" a man's, "Anne-Marie" a woman's; not "Jean-Pierre", whose
   * "Jean" is listed as a woman's).
   */
  Gender genderOf(Kind kind, String word) {
    String a = entries.get(kind).get(key(word));
    Gender g = a == null ? null : gender(a);
    if (g == null && kind == Kind.FIRST && word.indexOf('-') > 0) {
      for (String part : word.split("-")) {
        Gender p = part.isEmpty() ? Gender.UNKNOWN : genderOf(kind, part);
        if (p != Gender.UNKNOWN && g != null && p != g) {
          return Gender.UNKNOWN;
        }
        g = p != Gender.UNKNOWN ? p : g;
      }
    }
    return g == null ? Gender.UNKNOWN : g;
  }

  /**
   * Every first name {@code b} for which {@link #sameFirstName}{@code (a, b)} holds, sorted:
   * {@code a}, its full forms, the nicknames of {@code a} and of its full forms. Found through an
   * index, not by trying every name, so that thousands of first names cost nothing.
   */
  java.util.SortedSet<String> firstNameVariants(String a) {
    Map<String, List<String>> nicknamesOf = nicknamesOf();
    java.util.SortedSet<String> out = new java.util.TreeSet<>();
    out.add(a);
    out.addAll(nicknamesOf.getOrDefault(a, List.of()));
    String full = entries.get(Kind.NICKNAME).get(a);
    if (full != null) {
      for (String n : full.split(",")) {
        out.add(n);
        out.addAll(nicknamesOf.getOrDefault(n, List.of()));
      }
    }
    return out;
  }

  /** Full first name to the nicknames whose entries list it; built on first use. */
  private Map<String, List<String>> nicknamesOf() {
    Map<String, List<String>> index = nicknameIndex;
    if (index == null) {
      index = new HashMap<>();
      for (Map.Entry<String, String> e : entries.get(Kind.NICKNAME).entrySet()) {
        for (String n : e.getValue().split(",")) {
          index.computeIfAbsent(n, k -> new java.util.ArrayList<>()).add(e.getKey());
        }
      }
      nicknameIndex = index; // immutable once built; a race builds the same map twice
    }
    return index;
  }

  private volatile Map<String, List<String>> nicknameIndex;

  /**
   * Whether two lower-case first names can name one person: equal, or one a nickname of the
   * other ("liz", "elizabeth"), or both nicknames of one name ("bill", "will": william).
   */
  boolean sameFirstName(String a, String b) {
    if (a.equals(b)) {
      return true;
    }
    String fullA = entries.get(Kind.NICKNAME).get(a);
    String fullB = entries.get(Kind.NICKNAME).get(b);
    if (fullA != null && Arrays.asList(fullA.split(",")).contains(b)
        || fullB != null && Arrays.asList(fullB.split(",")).contains(a)) {
      return true;
    }
    if (fullA == null || fullB == null) {
      return false;
    }
    for (String n : fullA.split(",")) {
      if (Arrays.asList(fullB.split(",")).contains(n)) {
        return true;
      }
    }
    return false;
  }

  /**
   * The organisation noun of whoever issues a document ("court" for "ruling"), or null when the
   * lexicon names none.
   */
  String issuerOf(String document) {
    return entries.get(Kind.ISSUER).get(key(document));
  }

  /**
   * The role noun that stands for a role noun and its synonyms ("attorney" for "lawyer"): the
   * word itself, lower case, when the lexicon lists no synonym for it.
   */
  String roleHead(String role) {
    String k = key(role);
    return entries.get(Kind.SYNONYM).getOrDefault(k, k);
  }

  /**
   * The organisation's name, lower case, that a short form news writes stands for ("federal
   * reserve" for "Fed"), or null when the lexicon lists none.
   */
  String aliasOf(String shortForm) {
    String name = entries.get(Kind.ALIAS).get(key(shortForm));
    return name == null ? null : name.replace('_', ' ');
  }

  /** The short forms that stand for an organisation's name, given lower case ("fed"). */
  List<String> aliasesFor(String name) {
    return aliasesByName.getOrDefault(name, List.of());
  }

  /**
   * The role noun a title or rank stands for ("senator" for "Sen.", "constable" for "PC"), or
   * null when it is neither.
   */
  String roleOfTitle(String word) {
    String k = key(word);
    String role = entries.get(Kind.TITLE).get(k);
    return role != null ? role : entries.get(Kind.RANK).get(k);
  }
}
