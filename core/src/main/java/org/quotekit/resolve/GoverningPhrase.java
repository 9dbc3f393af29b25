package org.quotekit.resolve;

import static org.quotekit.resolve.ArticleScan.base;
import static org.quotekit.resolve.ArticleScan.isPossessiveMarker;
import static org.quotekit.resolve.ArticleScan.key;
import static org.quotekit.resolve.ArticleScan.lower;

import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import org.quotekit.Span;
import org.quotekit.SpeakerKind;
import org.quotekit.internal.SortedSpans;
import org.quotekit.spi.AnalyzedArticle;
import org.quotekit.spi.Sentence;
import org.quotekit.spi.Token;

/**
 * The noun phrase a source mention hangs on, when a source stage picked the noun phrase nearest
 * the cue inside a longer one: "users in an area affected by [a crisis]", "families of those
 * affected by [mass shootings]", "officials involved with [the political groups]", "Thirty-one
 * percent of [those] surveyed", "A group of 67 artists, writers and [scientists]". The speaker is
 * the head of the whole phrase (the users, the families, the group), so the resolver reads the
 * phrase from its start. Stateless and thread-safe.
 */
final class GoverningPhrase {
  /** Prepositions whose complement belongs to the noun phrase before them. */
  private static final Set<String> PREPOSITIONS =
      Set.of("of", "in", "to", "among", "with", "from", "by", "at", "across", "throughout",
          "on", "for");
  /** Prepositions whose complement hangs on the noun only through a participle ("affected by"). */
  private static final Set<String> AFTER_PARTICIPLE = Set.of("by");
  /**
   * Pronouns that stand for a group or someone and can head a phrase ("those affected by",
   * "someone in the audience").
   */
  private static final Set<String> DEMONSTRATIVES = Set.of("those", "these", "someone",
      "somebody", "anyone", "anybody");
  /** Prepositions after which a name may head the phrase ("Sanders of Vermont"). */
  private static final Set<String> NAME_PREPOSITIONS = Set.of("of", "from");
  /** Prepositions that join a place to the noun before it ("a resident of Apatzing\u00E1n"). */
  private static final Set<String> PLACE_LINKS = Set.of("of", "in", "from");
  private static final Set<String> CONJUNCTIONS = Set.of("and", "or");
  private static final Set<String> POSSESSIVE_PRONOUNS =
      Set.of("his", "her", "its", "their", "our", "my", "your");
  /** Words before a preposition that make a phrase of it, no participle ("according to"). */
  private static final Set<String> NO_PARTICIPLES =
      Set.of("according", "due", "prior", "similar", "next", "thanks", "owing", "regarding");
  /**
   * Words of nearness a tagger may read as adverbs that join a complement to the noun before them
   * ("a source close to [the striker]", "people familiar with [the talks]").
   */
  private static final Set<String> NEARNESS = Set.of("close", "closer", "near", "familiar");
  /** Plural nouns of people the lexicon may not list ("biologists", "politicians"). */
  private static final Pattern AGENT = Pattern.compile("[a-z-]{2,}(?:ists|ians)");
  /** Words of direction a place may take after a preposition ("in north Co Kerrigan"). */
  private static final Set<String> REGION_WORDS = Set.of("north", "south", "east", "west",
      "northern", "southern", "eastern", "western", "central", "rural", "coastal", "inner",
      "outer", "upstate", "downstate", "northeast", "northwest", "southeast", "southwest");
  /** How many prepositional links the phrase may climb. */
  private static final int MAX_LINKS = 4;

  private GoverningPhrase() {}

  /**
   * The span from the start of the phrase {@code src} hangs on to the end of {@code src}, or
   * {@code src} itself when it hangs on none: a personal pronoun, a document ("an interview
   * with") or a time never governs a source, nor does a phrase govern a source that a person's
   * name heads after other words ("secretary of [state Hillary Clinton]").
   */
  static Span of(AnalyzedArticle article, Span src, Entities entities, SpeakerLexicon lexicon) {
    Sentence s = article.sentenceAt(src.start());
    List<Token> toks = article.tokens(s);
    int i = SortedSpans.firstStartingAtOrAfter(toks, Token::start, src.start());
    if (i == 0 || i >= toks.size() || toks.get(i).start() >= src.end()) {
      return src;
    }
    int last = i;
    while (last + 1 < toks.size() && toks.get(last + 1).end() <= src.end()) {
      last++;
    }
    if (last == i && Pronoun.of(lower(toks.get(i).text())) != null) {
      return src; // "many of [them]": the pronoun's antecedent speaks; "close to [her campaign]"
    }
    List<String> tags = article.tags(s);
    for (int k = i + 1; k <= last; k++) {
      NameMention n = entities.nameAt(toks.get(k).start());
      if (n != null && n.span.start() == toks.get(k).start() && n.entity != null
          && n.entity.kind == SpeakerKind.PERSON && !base(tags.get(k - 1)).equals("DET")) {
        return src; // "state Hillary Clinton": a name after a title's words heads the source
      }
    }
    int start = coordinationHead(toks, tags, i, last, lexicon);
    int at = start < 0 ? i : start;
    if (start < 0 && at > 1 && REGION_WORDS.contains(toks.get(at - 1).text())) {
      at--; // "families in north [Co Kerrigan]": the direction is the place's
    }
    if (start < 0) {
      at = placesJoined(toks, tags, at); // "the Bishop of Ardmore and [Lisk]"
    }
    int complement = last;
    Boolean speaks = null; // whether the complement's head names people, once asked
    for (int link = 0; link < MAX_LINKS; link++) {
      int[] head = governor(toks, tags, at, entities, lexicon);
      if (head == null) {
        break;
      }
      if (lexicon.is(SpeakerLexicon.Kind.COLLECTIVE, key(toks.get(head[1]).text()))
          && !presentParticiple(toks, tags, head[1] + 1)) { // "The group representing" speaks
        if (speaks == null) {
          speaks = speakerHead(toks.get(complement), tags.get(complement), lexicon);
        }
        if (!speaks) {
          break; // "half of Clinton's address" is no share of people
        }
      }
      boolean of = lower(toks.get(at - 1).text()).equals("of");
      at = head[0];
      complement = head[1];
      boolean participle = presentParticiple(toks, tags, complement + 1); // "The union
      // representing [firefighters] says": the body the participle follows speaks
      speaks = speakerHead(toks.get(complement), tags.get(complement), lexicon)
          || (of || participle) && lexicon.is(SpeakerLexicon.Kind.ORG,
              key(toks.get(complement).text()));
      // "The Monetary Policy Committee (PPK) of the Central Bank": a body's part speaks
      if (speaks) {
        start = at; // "users in an area affected by": through "an area" to "users"
      }
    }
    return start < 0 ? src : Span.of(article.text(), toks.get(start).start(), src.end());
  }

  /** Whether token {@code k} is a present participle ("representing", "backing"). */
  private static boolean presentParticiple(List<Token> toks, List<String> tags, int k) {
    return base(tags.get(k)).equals("VERB") && lower(toks.get(k).text()).endsWith("ing");
  }

  /**
   * Whether a head noun can name who speaks: a name, "those", a role, a body of people or a share
   * of one, a plural of "-ists" or "-ians"; not a thing or an event ("criticisms of",
   * "changes proposed by", "in the wake of").
   */
  private static boolean speakerHead(Token token, String tag, SpeakerLexicon lexicon) {
    String k = key(token.text());
    return base(tag).equals("PROPN") || DEMONSTRATIVES.contains(k) || peopleNoun(k, lexicon);
  }

  /**
   * Whether a lower-case noun names people, one or several: a role, an anonymous source, a body
   * of people or a group, singular or plural, an irregular plural of people ("people", "women")
   * or a plural of "-ists" or "-ians".
   */
  static boolean peopleNoun(String k, SpeakerLexicon lexicon) {
    if (SourceReading.IRREGULAR_PLURALS.contains(k) || AGENT.matcher(k).matches()) {
      return true;
    }
    int n = k.length();
    for (String singular : new String[] {k, k.endsWith("s") ? k.substring(0, n - 1) : k,
        k.endsWith("es") ? k.substring(0, n - 2) : k,
        k.endsWith("ies") ? k.substring(0, n - 3) + "y" : k}) {
      if (lexicon.is(SpeakerLexicon.Kind.ROLE, singular)
          || lexicon.is(SpeakerLexicon.Kind.ANONYMOUS, singular)
          || lexicon.is(SpeakerLexicon.Kind.COLLECTIVE, singular)
          || lexicon.is(SpeakerLexicon.Kind.GROUP, singular)) {
        return true;
      }
    }
    return false;
  }

  /** Whether token {@code q} ends the name of an organisation the scan found. */
  private static boolean bodyEndsAt(List<Token> toks, int q, Entities entities) {
    NameMention n = entities.nameAt(toks.get(q).start());
    return n != null && n.span.end() == toks.get(q).end() && n.entity != null
        && n.entity.kind == SpeakerKind.ORGANIZATION;
  }

  /**
   * The first token and the head of the noun phrase the preposition before token {@code i}
   * attaches to, a participle or adjective at most between ("affected by", "close to"), or null.
   */
  private static int[] governor(List<Token> toks, List<String> tags, int i, Entities entities,
      SpeakerLexicon lexicon) {
    int p = i - 1;
    if (p < 1) {
      return null;
    }
    String prep = lower(toks.get(p).text());
    String prepTag = base(tags.get(p));
    if (presentParticiple(toks, tags, p) && prep.equals(toks.get(p).text())
        && base(tags.get(p - 1)).equals("NOUN")
        && (peopleNoun(key(toks.get(p - 1).text()), lexicon)
            || lexicon.is(SpeakerLexicon.Kind.ORG, key(toks.get(p - 1).text())))) {
      return new int[] {phraseStart(toks, tags, p - 1, lexicon), p - 1}; // "workers leaving",
      // "The union representing [Brookhaven firefighters]"
    }
    if (!PREPOSITIONS.contains(toks.get(p).text())
        || !prepTag.equals("ADP") && !prep.equals("to") && !prep.equals("of") // a tagger may
        // read "of" before a number as a conjunction: "the mother of [nine] said"
        || entities.nameAt(toks.get(p).start()) != null) {
      return null; // "Department of Veterans Affairs" is one name; "Panel With" a title's word
    }
    int q = p - 1;
    if (q >= 3 && toks.get(q).text().equals(")") && toks.get(q - 2).text().equals("(")
        && ArticleScan.capitals(toks.get(q - 1).text())) {
      q -= 3; // "The Monetary Policy Committee (PPK) of the Central Bank": the committee's own
    } // acronym stands between its name and "of"
    boolean participle = false;
    String between = base(tags.get(q));
    String betweenWord = toks.get(q).text();
    if ((between.equals("VERB") || between.equals("ADJ") || NEARNESS.contains(betweenWord))
        && Character.isLowerCase(betweenWord.charAt(0)) && !betweenWord.endsWith("ly")
        && !NO_PARTICIPLES.contains(betweenWord)) {
      participle = true; // "affected by", "involved with", "close to"
      q--;
      if (q > 0 && lower(toks.get(q).text()).equals("not")) {
        q--; // "researchers not involved in the study"
      }
    }
    if (q < 0 || AFTER_PARTICIPLE.contains(prep) && !participle) {
      return null;
    }
    String word = lower(toks.get(q).text());
    String tag = base(tags.get(q));
    if (!(tag.equals("NOUN") || tag.equals("PROPN") && !participle
        && NAME_PREPOSITIONS.contains(prep) || DEMONSTRATIVES.contains(word)
        || tag.equals("PROPN") && !participle && prep.equals("in") && bodyEndsAt(toks, q,
            entities) // "The Regional Meteorological Centre ... (IMD) in Guwahati said"
        || tag.equals("PROPN") && participle && placeAfterNoun(toks, tags, q)
        || (q == 0 || base(tags.get(q - 1)).equals("PUNCT"))
            && (tag.equals("PROPN") || tag.equals("VERB"))
            && peopleNoun(key(word), lexicon)) // "Officials familiar with": a plural opening
        // the sentence (or following its dateline: "TOKYO -- Sources close to") the tagger
        // reads as a name or a verb
        || lexicon.is(SpeakerLexicon.Kind.SPEECH, key(word))
        || lexicon.is(SpeakerLexicon.Kind.TIME, key(word))) {
      return null;
    }
    return new int[] {phraseStart(toks, tags, q, lexicon), q};
  }

  /**
   * Whether the name at token {@code q} is the complement of "of", "in" or "from" after a noun
   * ("a resident of [Apatzing\u00E1n] reached by telephone said"): the participle after it hangs
   * on that noun, so the phrase climbs on through the name.
   */
  private static boolean placeAfterNoun(List<Token> toks, List<String> tags, int q) {
    int p = q;
    while (p > 0 && base(tags.get(p - 1)).equals("PROPN") && q - p < 3) {
      p--;
    }
    return p >= 2 && PLACE_LINKS.contains(toks.get(p - 1).text())
        && base(tags.get(p - 2)).equals("NOUN");
  }

  /**
   * The first token of two names joined by "and" whose second starts at token {@code i}, when
   * a preposition stands before the first ("the Bishop of Ardmore and [Lisk]"), so that the
   * phrase climbs from both; else {@code i}.
   */
  private static int placesJoined(List<Token> toks, List<String> tags, int i) {
    int k = i - 1;
    if (k < 2 || !CONJUNCTIONS.contains(lower(toks.get(k).text()))
        || !base(tags.get(i)).equals("PROPN")) {
      return i;
    }
    int b = k;
    while (b - 1 >= 0 && base(tags.get(b - 1)).equals("PROPN") && k - b < 3) {
      b--;
    }
    return b < k && b > 0 && PREPOSITIONS.contains(lower(toks.get(b - 1).text())) ? b : i;
  }

  /**
   * The first token of the noun phrase that heads a coordination whose last conjunct starts at
   * token {@code i} and whose head is token {@code last}, when a collective noun governs it through
   * "of" ("A group of artists, writers and [scientists]") and the conjunct is people named with
   * no determiner, or -1.
   */
  private static int coordinationHead(List<Token> toks, List<String> tags, int i, int last,
      SpeakerLexicon lexicon) {
    int k = i - 1;
    if (k < 1 || !CONJUNCTIONS.contains(lower(toks.get(k).text()))
        || !nominal(base(tags.get(i))) || !speakerHead(toks.get(last), tags.get(last), lexicon)) {
      return -1; // the members of a group are listed bare, no "the aide's lawyer" or "behavior"
    }
    k--;
    while (k > 0 && (nominal(base(tags.get(k))) || toks.get(k).text().equals(","))) {
      k--;
    }
    if (k < 1 || !lower(toks.get(k).text()).equals("of")
        || !lexicon.is(SpeakerLexicon.Kind.COLLECTIVE, key(toks.get(k - 1).text()))) {
      return -1;
    }
    return phraseStart(toks, tags, k - 1, lexicon);
  }

  /**
   * The first token of the noun phrase whose head is token {@code head}; a time phrase before it
   * is no part of it ("Last week parents of pupils").
   */
  static int phraseStart(List<Token> toks, List<String> tags, int head,
      SpeakerLexicon lexicon) {
    int b = head;
    while (b > 0) {
      String t = toks.get(b - 1).text();
      String tag = base(tags.get(b - 1));
      if (SourceReading.TIME_NOUNS.contains(lower(t))
          || lexicon.is(SpeakerLexicon.Kind.TIME, key(t))) {
        break;
      }
      if (nominal(tag) || tag.equals("DET") || POSSESSIVE_PRONOUNS.contains(lower(t))
          || isPossessiveMarker(t) && b >= 2 && nominal(base(tags.get(b - 2)))) { // not the
        // closing mark of a quotation: "...,' the mother of [nine] said"
        b--;
      } else {
        break;
      }
    }
    return b;
  }

  private static boolean nominal(String tag) {
    return tag.equals("NOUN") || tag.equals("PROPN") || tag.equals("ADJ") || tag.equals("NUM");
  }
}
