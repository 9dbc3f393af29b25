package org.quotekit.rules;

import static org.quotekit.rules.RuleBasedExtractor.NP_TAGS;
import static org.quotekit.rules.RuleBasedExtractor.SKIP_BEFORE_CUE;
import static org.quotekit.rules.RuleBasedExtractor.lower;

import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.quotekit.Span;
import org.quotekit.internal.Ages;
import org.quotekit.internal.Datelines;
import org.quotekit.internal.SortedSpans;
import org.quotekit.internal.SpeakerLabels;
import org.quotekit.internal.TimePhrases;
import org.quotekit.internal.WordClasses;
import org.quotekit.spi.Token;

/**
 * Finds the noun phrases that name speakers around a cue, from tokens and their UD tags: the
 * subject before it, an inverted subject after it, appositions. Immutable and thread-safe.
 */
final class NounPhrases {
  private static final Set<String> POSSESSIVES = Set.of("his", "her", "their", "its", "our",
      "my", "your");
  /** Determiners that stand for people by themselves ("Some said ..."). */
  private static final Set<String> QUANTIFIERS = Set.of("some", "both", "all", "each", "several",
      "few", "many", "most", "either", "neither", "another");
  static final Set<String> RELATIVE = Set.of("who", "which", "whose", "whom");
  /** Articles, which open a noun phrase and no adverb or finite verb. */
  private static final Set<String> ARTICLES = Set.of("a", "an", "the");
  static final Set<String> NP_LINKS = Set.of("of", "for", "at", "from", "in", "on", "to",
      "with", "within");
  /**
   * Prepositions that link a noun phrase before a cue to a complement of its own: {@link
   * #NP_LINKS} and those of place ("Drivers on the A40 between Corvington and Ellsby say": the
   * drivers say, not the towns).
   */
  private static final Set<String> LEFT_LINKS = Stream.concat(NP_LINKS.stream(), Stream.of(
      "between", "near", "outside", "across", "along", "around", "inside", "beside"))
      .collect(Collectors.toUnmodifiableSet());
  static final Set<String> AUXILIARIES = Set.of("not", "n't", "never", "have", "has",
      "had", "is", "was", "were", "are", "am", "be", "been", "will", "would", "could", "should",
      "may", "might", "must", "can", "did", "does", "do", "'s", "\u2019s", "'ve", "\u2019ve",
      "'d", "\u2019d", "'ll", "\u2019ll", "'re", "\u2019re");
  static final Set<String> TIME_WORDS = Set.of("monday", "tuesday", "wednesday",
      "thursday", "friday", "saturday", "sunday", "morning", "afternoon", "evening", "night",
      "today", "yesterday", "tonight", "week", "weekend", "month", "year", "day", "earlier",
      "later", "time", "hour", "hours", "minutes", "days", "weeks", "months", "years");

  private final String text;

  /**
   * Whether token {@code j} is a time word ({@link #TIME_WORDS}); "the minutes" is the record
   * of a meeting ("the minutes showed"), not a time.
   */
  private static boolean timeWord(List<Token> toks, int j) {
    String w = lower(toks.get(j).text());
    return TIME_WORDS.contains(w)
        && !(w.equals("minutes") && j > 0 && lower(toks.get(j - 1).text()).equals("the"));
  }

  NounPhrases(String text) {
    this.text = text;
  }

  /**
   * The source standing with its apposition between a quotation and its cue:
   * {@code "...," Ann Lee, a writer for the paper, said}; or null.
   */
  Span gapApposition(List<Token> toks, List<String> tags, int gapStart, int f) {
    int j = skipBack(toks, tags, f - 1);
    if (j < 1 || !toks.get(j).text().equals(",")) {
      return null;
    }
    int k = 0;
    while (k < j && (toks.get(k).start() < gapStart || toks.get(k).text().equals(",")
        || EnglishGrammar.isQuoteMark(toks.get(k).text()))) {
      k++;
    }
    if (k >= j - 1 || !NP_TAGS.contains(tags.get(k))) {
      return null;
    }
    return Span.of(text, toks.get(k).start(), toks.get(j - 1).end());
  }

  /**
   * Whether tokens {@code [from, to)} continue a noun phrase with an apposition
   * ("for the Commander-in-Chief, Major General Yahya Rasool"), with no verb or relative pronoun.
   */
  static boolean isApposition(List<Token> toks, List<String> tags, int from, int to) {
    boolean comma = false;
    for (int k = from; k < to; k++) {
      String t = tags.get(k);
      String w = lower(toks.get(k).text());
      if (w.equals(",")) {
        comma = true;
        if (k + 1 < to && (tags.get(k + 1).equals("ADP") || tags.get(k + 1).equals("SCONJ"))) {
          return false; // ", in a joint letter," is an aside, not another name for the subject
        }
      } else if (t.equals("VERB") || t.equals("AUX") || RELATIVE.contains(w)
          || !(NP_TAGS.contains(t) || t.equals("ADP") || t.equals("PUNCT") || t.equals("CCONJ")
              || isPossessiveEnding(w))) { // "the Commerce Committee's panel"
        return false;
      }
    }
    return comma || from < to;
  }

  /** The noun phrase opening the sentence when a verb follows it before token {@code limit}. */
  Span sentenceSubject(List<Token> toks, List<String> tags, int limit) {
    int first = subjectStart(toks, tags, limit);
    Span head = rightNp(toks, tags, first);
    if (head == null || isPronoun(toks, first)) {
      return null;
    }
    int k = skipBackwardsFree(toks, tags, indexOfTokenAt(toks, head.end() - 1) + 1);
    return k < limit && tags.get(k).equals("VERB") ? head : null;
  }

  /**
   * Where the subject of a sentence may start, before token {@code limit}: after a dateline, a
   * leading conjunction ("And Sen. Portman, ...") and an introductory phrase closed by a comma
   * ("On Tuesday, the mayor, ...", "Meanwhile, ...").
   */
  static int subjectStart(List<Token> toks, List<String> tags, int limit) {
    int k = Math.max(Datelines.end(toks), afterLabel(toks, limit));
    if (k < limit && tags.get(k).equals("CCONJ")) {
      k++;
    }
    if (k < limit && (tags.get(k).equals("ADP") || tags.get(k).equals("ADV")
        || tags.get(k).equals("SCONJ") || openingParticiple(toks, tags, k)
        || ADVERBIAL_WORDS.contains(lower(toks.get(k).text()))
        || TimePhrases.isTimeAdverb(lower(toks.get(k).text())))) {
      for (int c = k + 1; c < limit && c - k <= 10; c++) {
        if (toks.get(c).text().equals(",")) {
          return c + 1 < limit ? c + 1 : k;
        }
      }
    }
    return k;
  }

  /**
   * The index of the first token after a speaker label that opens the sentence, as a transcript
   * writes the one who speaks the turn ("Bech: Jonas Holm, the union's chairman, said ..."): one
   * to {@value SpeakerLabels#MAX_WORDS} words of a label ({@link SpeakerLabels#isLabelWord})
   * before a colon, with a word before {@code limit} after it; 0 otherwise. The label is the
   * turn's speaker, not the subject of a verb in it.
   */
  static int afterLabel(List<Token> toks, int limit) {
    for (int c = 1; c <= SpeakerLabels.MAX_WORDS && c + 1 < limit; c++) {
      if (!SpeakerLabels.isLabelWord(toks.get(c - 1).text())) {
        return 0;
      }
      if (toks.get(c).text().equals(":")) {
        return c + 1;
      }
    }
    return 0;
  }

  /**
   * Adverbs and prepositions the tagger may read as adjectives or nouns ("Outside court, X said"):
   * with the adverbs of time ({@link TimePhrases#isTimeAdverb}: "Afterwards, ...") an opening
   * phrase before the subject.
   */
  private static final Set<String> ADVERBIAL_WORDS = Set.of("outside", "inside", "elsewhere");

  /** Tags the tagger gives a participle opening a sentence ("Speaking", read as a name too). */
  private static final Set<String> PARTICIPLE_TAGS = Set.of("VERB", "PROPN", "NOUN");
  /** Tags of a word a possessive pronoun determines ("his lawyer", "their first album"). */
  private static final Set<String> DETERMINED_TAGS = Set.of("NOUN", "PROPN", "ADJ", "NUM");

  /**
   * Whether token {@code k} opens a participle clause before the subject ("Speaking afterwards,
   * the inspector said", "Asked about the delay, she said"): a capitalised word in -ing or -ed
   * (the tagger may read it as a name) with a word in small letters after it, not a name
   * ("Manning, the coach, said"; "Fleming Jones said"); or an -ing word WordNet knows as a verb
   * alone before a comma and a capitalised word, as British court reports name counsel
   * ("Mitigating, Sarah Quinlan KC, for the firm, said").
   */
  private static boolean openingParticiple(List<Token> toks, List<String> tags, int k) {
    String w = toks.get(k).text();
    return PARTICIPLE_TAGS.contains(tags.get(k)) && Character.isUpperCase(w.charAt(0))
        && w.substring(1).chars().allMatch(Character::isLowerCase)
        && (w.endsWith("ing") || w.endsWith("ed")) && w.length() > 4 && k + 1 < toks.size()
        && (Character.isLowerCase(toks.get(k + 1).text().charAt(0))
            || w.endsWith("ing") && k + 2 < toks.size() && toks.get(k + 1).text().equals(",")
                && Character.isUpperCase(toks.get(k + 2).text().charAt(0))
                && WordClasses.english().lookup(lower(w), WordClasses.Pos.VERB) != null);
  }

  /** Whether a word is a determiner that stands for people by itself ("some", "both"). */
  static boolean isQuantifier(String lowerWord) {
    return QUANTIFIERS.contains(lowerWord);
  }

  /** Whether a token is the possessive ending the tokenizer splits off: "'s" or "\u2019s". */
  static boolean isPossessiveEnding(String w) {
    return w.equals("'s") || w.equals("\u2019s");
  }

  /**
   * Whether token {@code k} is the apostrophe of a plural owner inside a name, split off by the
   * tokenizer ("Carmarthenshire Patients' Forum"): right after a word in "s", a capitalised word
   * right after it.
   */
  private static boolean pluralApostrophe(List<Token> toks, int k) {
    String w = toks.get(k).text();
    return (w.equals("'") || w.equals("\u2019")) && k >= 1 && k + 1 < toks.size()
        && toks.get(k - 1).end() == toks.get(k).start() && toks.get(k - 1).text().endsWith("s")
        && Character.isUpperCase(toks.get(k + 1).text().charAt(0));
  }

  /** Whether a word is a possessive pronoun ("his", "their"). */
  static boolean isPossessive(String lowerWord) {
    return POSSESSIVES.contains(lowerWord);
  }

  /**
   * Whether token {@code k} is a possessive pronoun that determines a noun after it ("his
   * lawyer", "their first album"), not one that stands alone ("told her the plan").
   */
  private static boolean possessiveDeterminer(List<Token> toks, List<String> tags, int k) {
    return POSSESSIVES.contains(lower(toks.get(k).text())) && k + 1 < toks.size()
        && DETERMINED_TAGS.contains(tags.get(k + 1));
  }

  /** Whether a token is a dash ("--", an em or en dash). */
  static boolean isDash(String w) {
    return Datelines.isDash(w);
  }

  /** The first token from {@code k} on that is not an adverb or auxiliary. */
  static int skipBackwardsFree(List<Token> toks, List<String> tags, int k) {
    while (k < toks.size() && (SKIP_BEFORE_CUE.contains(tags.get(k))
        || AUXILIARIES.contains(lower(toks.get(k).text())))) {
      k++;
    }
    return k;
  }

  /**
   * Whether a capitalised word tagged {@code tag} at token {@code k} opens a clause, so that no
   * name before a cue takes it in: a conjunction ("While Will wrote", "But Osei said"), or a
   * preposition that opens the sentence; one inside a name stays ("Speak Up Aotearoa").
   */
  private static boolean opensClause(String tag, int k) {
    return tag.equals("SCONJ") || tag.equals("CCONJ") || k == 0 && tag.equals("ADP");
  }

  static int skipBack(List<Token> toks, List<String> tags, int j) {
    while (j >= 0 && (SKIP_BEFORE_CUE.contains(tags.get(j))
        || AUXILIARIES.contains(lower(toks.get(j).text())) && !tags.get(j).equals("PROPN"))) {
      j--;
    }
    return j;
  }

  /**
   * The noun phrase ending just before the cue at {@code f}, or null. With {@code gapOnly}, no
   * skipping over a relative pronoun is done.
   */
  Span leftNp(List<Token> toks, List<String> tags, int f, boolean gapOnly) {
    return leftNp(toks, tags, f, gapOnly, true);
  }

  /**
   * {@link #leftNp(List, List, int, boolean)}, reading a participle that modifies the subject
   * only when {@code modifiers}: the subject it reaches is read without, so that a chain of
   * them ("people waiting near people waiting near ...") costs one step, not one per link.
   */
  private Span leftNp(List<Token> toks, List<String> tags, int f, boolean gapOnly,
      boolean modifiers) {
    int j = skipBack(toks, tags, f - 1);
    int floor = Datelines.end(toks);
    if (j < 0 || j < floor) {
      return null; // "NEW DELHI, Jul 9 (PTI)": where the story was filed says nothing
    }
    if (toks.get(j).text().equals(")")) {
      int k = j - 1;
      while (k >= 0 && !toks.get(k).text().equals("(") && j - k < 12) {
        k--;
      }
      if (k > 0 && toks.get(k).text().equals("(")) {
        Span np = leftNp(toks, tags, k, true);
        if (np != null) {
          return Span.of(text, np.start(), toks.get(j).end());
        }
      }
      return null;
    }
    if (isDash(toks.get(j).text())) {
      int k = j - 1;
      while (k > 0 && !isDash(toks.get(k).text()) && j - k < 12) {
        k--;
      }
      if (k > 0 && isDash(toks.get(k).text()) && !tags.subList(k, j).contains("PROPN")
          && !tags.subList(k, j).contains("NUM")) {
        // "Sen. Dorothy Fitch (D-Vt.) \u2014 no relation \u2014 asked": an aside that names no
        // one and no number is no subject ("\u2014 Elizabeth Warren \u2014", "\u2014 38 percent
        // \u2014 who" restate it)
        return leftNp(toks, tags, k, true);
      }
      return null;
    }
    if (tags.get(j).equals("DET") && QUANTIFIERS.contains(lower(toks.get(j).text()))) {
      return Span.of(text, toks.get(j).start(), toks.get(j).end()); // "Some accused ..."
    }
    if (toks.get(j).text().equals("%") && j > 0 && tags.get(j - 1).equals("NUM")) {
      return Span.of(text, toks.get(j - 1).start(), toks.get(j).end()); // "47% say ..."
    }
    String tag = tags.get(j);
    if (tag.equals("PRON")) {
      String w = lower(toks.get(j).text());
      if (RELATIVE.contains(w) || w.equals("that")) {
        if (gapOnly) {
          return null;
        }
        int k = j - 1;
        if (k >= 0 && toks.get(k).text().equals(",")) {
          return leftNp(toks, tags, k, true);
        }
        return leftNp(toks, tags, j, true);
      }
      return Span.of(text, toks.get(j).start(), toks.get(j).end());
    }
    boolean generation = j > 0 && GENERATIONS.contains(toks.get(j).text())
        && tags.get(j - 1).equals("PROPN"); // "Brannock senior said"
    boolean postpositive = j > 0 && tag.equals("ADJ") // "the attorney general said"
        && lower(toks.get(j).text()).equals("general") && tags.get(j - 1).equals("NOUN");
    if (!generation && !postpositive && (!NP_TAGS.contains(tag) || tag.equals("DET")
        || tag.equals("ADJ") && !isCapital(toks, j) && !(j > 0 && tags.get(j - 1).equals("DET")))) {
      return null;
    }
    int start = j;
    int k = j - 1;
    boolean listed = false; // plural nouns joined by "and" so far
    while (k >= floor && j - k < 14) { // "14:02 Police say": the entry's time is no part of it
      String t = tags.get(k);
      String w = lower(toks.get(k).text());
      if (t.equals("PROPN") || t.equals("NOUN") || t.equals("ADJ") || t.equals("NUM")
          || isPossessiveEnding(w) || pluralApostrophe(toks, k)
          || isCapital(toks, k) && tags.get(start).equals("PROPN") && !opensClause(t, k)) {
        start = k; // a capitalised word before a name is part of it, whatever its tag ("Ann");
        // "Patients' Forum": the apostrophe of a plural owner the tokenizer split off
        k--;
      } else if (t.equals("DET") || t.equals("PRON") && POSSESSIVES.contains(w)) {
        start = k; // "the", "his": the noun phrase may go on through "of", "in", ...
        k--;
        if (k >= 1 && tags.get(k).equals("ADP") && LEFT_LINKS.contains(lower(toks.get(k).text()))
            && (tags.get(k - 1).equals("NOUN") || tags.get(k - 1).equals("PROPN"))) {
          start = k;
          k--;
          continue;
        }
        break;
      } else if (t.equals("ADP") && LEFT_LINKS.contains(w) && k >= 1
          && (tags.get(k - 1).equals("NOUN") || tags.get(k - 1).equals("PROPN"))) {
        start = k;
        k--;
      } else if (t.equals("CCONJ") && k >= 1 && (tags.get(k - 1).equals("PROPN")
          && tags.get(start).equals("PROPN") || capitalisedName(toks, tags, k, j))) {
        start = k; // "Clinton and Trump", "the Food and Drug Administration"
        k--;
      } else if (w.equals("and") && k >= 1 && start == j && tags.get(k - 1).equals("NOUN")
          && tags.get(j).equals("NOUN") && pluralNoun(toks.get(k - 1).text())
          && pluralNoun(toks.get(j).text())) {
        start = k; // "analysts and brokers said": two plural nouns, one group of sources
        k--;
        listed = true;
      } else if (listed && w.equals(",") && k >= 1 && k == start - 1
          && tags.get(k - 1).equals("NOUN") && pluralNoun(toks.get(k - 1).text())) {
        start = k; // "artists, writers, actors and scientists": the list is the group
        k--;
      } else if (t.equals("CCONJ") && k >= 1 && tags.get(k - 1).equals("NOUN")
          && ofComplementBefore(tags, toks, k - 1)) {
        start = k; // "The Leeds-based maker of soups and ready meals said": "of" joins both
        k--;
      } else {
        break;
      }
    }
    while (start < j && tags.get(start).equals("ADP")) {
      start++;
    }
    if (k == start - 1 && k >= floor + 4 && agedFrom(toks, tags, k)) {
      Span name = leftNp(toks, tags, k - 3, true, false);
      if (name != null) { // "Ravinesh Prasad, 47, of Namoli said": Namoli said nothing
        return Span.of(text, name.start(), toks.get(j).end());
      }
    }
    for (int b = start; b >= Math.max(floor + 1, start - 1); b--) {
      if (isBound(toks, b)) {
        start = b - 1; // "At least one board member", "At most two trustees": one phrase
      }
    }
    if (modifiers && k >= floor + 2 && k == start - 1 && tags.get(k).equals("ADP")
        && (presentParticiple(toks, tags, k - 1) || pastParticiple(toks, tags, k - 1))
        && (tags.get(k - 2).equals("NOUN") || tags.get(k - 2).equals("PROPN")
            || tags.get(k - 2).equals("ADJ"))
        && !timeWord(toks, j) && !beforeRelative(toks, j)) {
      // "Parents waiting outside the school said", "Economists polled by the bank said": a
      // participle modifies the subject, whose complement ("the school") said nothing. A past
      // one before a preposition other than "by" only when it issues a document, after an
      // article opening the sentence and before a cue not in "-ing" ("The communiqué released
      // at the close of the meeting said"): "pointed" in "Analysts pointed to the minutes,
      // which showed", "strengthened" in "The yen strengthened after a board member said" and
      // "ended" in "The talk ended with X asking" are the sentence's verbs
      Span host = leftNp(toks, tags, k - 1, true, false);
      int h = host == null ? -1 : indexOfTokenAt(toks, host.start());
      String prep = lower(toks.get(k).text());
      boolean passive = presentParticiple(toks, tags, k - 1) || prep.equals("by");
      if (host != null && atClauseStart(toks, tags, h, j) && (passive || h == floor
          && ARTICLES.contains(lower(toks.get(h).text())) && !presentParticiple(toks, tags, f)
          && ISSUING_PARTICIPLES.contains(lower(toks.get(k - 1).text())))) {
        // the phrase with its passive's agent or where it was posted ("A statement posted on
        // the website X"); else the noun phrase alone, so that no place or meeting in the
        // participle's phrase ("in Apia", "of the leaders' meeting") reads as who issued it
        return passive || prep.equals("on") ? Span.of(text, host.start(), toks.get(j).end())
            : host;
      }
    }
    if (timeWord(toks, j)
        && start == subjectStart(toks, tags, j)) { // not "Making the rounds on Sunday shows"
      for (int p = j - 1; p > start; p--) {
        if (tags.get(p).equals("ADP")) { // "The Railway Ministry on Tuesday dismissed": the
          return Span.of(text, toks.get(start).start(), toks.get(p - 1).end()); // subject
        } // ends before the time phrase's preposition
      }
    }
    if (start > 0 && timeWord(toks, j)) {
      // "Trump on Friday morning said": the time phrase is no speaker; look left of it.
      int before = start - 1;
      if (before >= 0 && tags.get(before).equals("ADP")) {
        before--;
      }
      if (before >= 1 && pastParticiple(toks, tags, before)
          && tags.get(before - 1).equals("NOUN")) {
        before--; // "a report published on Wednesday said": the report said
      }
      return before >= 0 && before < j ? leftNp(toks, tags, before + 1, gapOnly) : null;
    }
    return Span.of(text, toks.get(start).start(), toks.get(j).end());
  }

  /**
   * Whether token {@code k} is "of" or "from" after an age set off by commas behind a name: "X,
   * 47, of Namoli", "X, 52, from Lautoka" tell where the person lives.
   */
  private static boolean agedFrom(List<Token> toks, List<String> tags, int k) {
    String w = lower(toks.get(k).text());
    return (w.equals("of") || w.equals("from")) && Ages.betweenCommas(toks, k - 3)
        && tags.get(k - 4).equals("PROPN");
  }

  /**
   * Whether token {@code k} is the second word of "at least" or "at most", which bound the
   * number after them and belong to its noun phrase.
   */
  private static boolean isBound(List<Token> toks, int k) {
    String w = lower(toks.get(k).text());
    return k > 0 && (w.equals("least") || w.equals("most"))
        && lower(toks.get(k - 1).text()).equals("at");
  }

  /**
   * Whether a noun phrase at token {@code h} stands where a clause before token {@code limit}
   * opens: at the sentence's start or its subject's ({@link #subjectStart}), after a comma, a
   * conjunction or "that"; not inside a phrase ("as part of a lawsuit filed by ...").
   */
  private static boolean atClauseStart(List<Token> toks, List<String> tags, int h, int limit) {
    return h == 0 || h == subjectStart(toks, tags, limit) || toks.get(h - 1).text().equals(",")
        || tags.get(h - 1).equals("CCONJ") || lower(toks.get(h - 1).text()).equals("that");
  }

  /**
   * Whether a relative pronoun follows token {@code j}, directly or after a comma: the noun
   * phrase ending there is the pronoun's antecedent ("a sentiment endorsed by the people in the
   * arena, who thundered": the people), which no participle before it hands on.
   */
  private static boolean beforeRelative(List<Token> toks, int j) {
    int r = j + 1 < toks.size() && toks.get(j + 1).text().equals(",") ? j + 2 : j + 1;
    return r < toks.size() && RELATIVE.contains(lower(toks.get(r).text()));
  }

  /** Whether token {@code k} is a present participle in small letters tagged a verb. */
  private static boolean presentParticiple(List<Token> toks, List<String> tags, int k) {
    String w = toks.get(k).text();
    return tags.get(k).equals("VERB") && Character.isLowerCase(w.charAt(0)) && w.endsWith("ing");
  }

  /**
   * Past participles of issuing a document, which may follow its noun before a preposition
   * other than "by" ("The communiqué released at the close of the meeting said").
   */
  private static final Set<String> ISSUING_PARTICIPLES = Set.of("released", "issued",
      "published", "posted", "adopted", "presented", "prepared", "signed", "circulated",
      "distributed", "filed", "submitted", "tabled", "unveiled", "delivered", "approved",
      "drafted", "compiled", "commissioned", "obtained", "seen", "sent", "leaked");

  /** Participles that do not end in "-ed" and may follow a document's noun ("a report out"). */
  private static final Set<String> IRREGULAR_PARTICIPLES = Set.of("written", "drawn", "seen",
      "made", "sent", "put", "out", "given", "taken", "shown");

  /**
   * Whether token {@code k} is a past participle in small letters tagged a verb ("released",
   * "published", "written"), as one that modifies the noun before it.
   */
  private static boolean pastParticiple(List<Token> toks, List<String> tags, int k) {
    String w = toks.get(k).text();
    return tags.get(k).equals("VERB") && Character.isLowerCase(w.charAt(0))
        && (w.endsWith("ed") || IRREGULAR_PARTICIPLES.contains(w));
  }

  /**
   * Whether the nouns and adjectives ending at token {@code m} follow "of" after a noun ("maker
   * of [soups]"): a coordination there joins two complements of that "of", not two clauses.
   */
  private static boolean ofComplementBefore(List<String> tags, List<Token> toks, int m) {
    int p = m;
    while (p >= 0 && (tags.get(p).equals("NOUN") || tags.get(p).equals("ADJ"))) {
      p--;
    }
    return p >= 1 && lower(toks.get(p).text()).equals("of")
        && (tags.get(p - 1).equals("NOUN") || tags.get(p - 1).equals("PROPN"));
  }

  /** Words in small letters after a surname that tell two generations apart. */
  private static final Set<String> GENERATIONS = Set.of("junior", "senior");

  static boolean isPronoun(List<Token> toks, int k) {
    return Set.of("it", "this", "that", "there", "these", "those").contains(
        lower(toks.get(k).text()));
  }

  /** Whether a word in small letters reads as a plural noun ("analysts", "brokers"). */
  private static boolean pluralNoun(String w) {
    return Character.isLowerCase(w.charAt(0)) && WordClasses.pluralEnding(w);
  }

  /**
   * Whether conjunction {@code k} ("and", "&") joins two capitalised words inside one name that
   * ends at token {@code end}, the tagger's tags aside: "Food and Drug Administration", "Health
   * and Social Care", "Procter and Gamble"; every word after it is capitalised, so that two
   * titles before a name ("Secretary of State and Democratic presidential frontrunner X") stay
   * apart; a word opening the sentence, capitalised anyway, counts only when tagged a name.
   */
  private static boolean capitalisedName(List<Token> toks, List<String> tags, int k, int end) {
    String w = lower(toks.get(k).text());
    if (!w.equals("and") && !w.equals("&") || k < 1 || k + 1 > end
        || k == 1 && !tags.get(0).equals("PROPN") || !isCapital(toks, k - 1)
        || tags.get(k - 1).equals("PRON") || tags.get(k - 1).equals("DET")) {
      return false;
    }
    for (int i = k + 1; i <= end; i++) {
      String t = toks.get(i).text();
      if (Character.isLetter(t.charAt(0)) && !isCapital(toks, i)) {
        return false;
      }
    }
    return true;
  }

  static boolean isCapital(List<Token> toks, int j) {
    return Character.isUpperCase(toks.get(j).text().charAt(0));
  }

  /** Comparatives that "than" and a number follow inside a noun phrase. */
  private static final Set<String> COMPARED = Set.of("more", "fewer", "less");

  /** The noun phrase starting at token {@code from}, stopping at a comma or verb; or null. */
  Span rightNp(List<Token> toks, List<String> tags, int from) {
    int k = from;
    int last = -1;
    while (k < toks.size() && k - from < 14) {
      String t = tags.get(k);
      String w = toks.get(k).text();
      if (NP_TAGS.contains(t) && !RELATIVE.contains(lower(w))
          && !TimePhrases.isTimeAdverb(lower(w)) || isPossessiveEnding(w)) {
        last = k;
        k++;
        if (t.equals("PRON") && last == from && !possessiveDeterminer(toks, tags, from)) {
          break; // "he", but "his lawyer" goes on
        }
      } else if (pluralPossessive(toks, tags, k, last)) {
        k++; // "The Pengellys' son", "the workers' union": the owner goes on to its noun
      } else if (participleModifier(toks, tags, k, last)) {
        k++; // "according to the published paper": a participle between determiner and noun
      } else if (last >= 0 && t.equals("ADV") && w.endsWith("ly") && k + 1 < toks.size()
          && tags.get(k + 1).equals("NOUN") && Character.isLowerCase(w.charAt(0))) {
        k++; // "said one elderly woman": an adjective in -ly the tagger read as an adverb
      } else if (misreadHead(toks, tags, k, last)) {
        last = k; // "according to a tally by", where the tagger read "tally" as an adverb
        k++;
      } else if (w.equals("-") && last >= 0 && last == k - 1 && k + 1 < toks.size()
          && toks.get(k).start() == toks.get(last).end()
          && toks.get(k + 1).start() == toks.get(k).end() && NP_TAGS.contains(tags.get(k + 1))) {
        k++; // "a top-10 shareholder": a compound the tokenizer cut at its hyphen
      } else if (w.length() > 1 && w.charAt(0) == '-' && last >= 0 && last == k - 1
          && toks.get(k).start() == toks.get(last).end() && k + 1 < toks.size()
          && NP_TAGS.contains(tags.get(k + 1))) {
        last = k; // "a top-20 investor", the tokenizer's "-20" read as a negative number
        k++;
      } else if (w.equals("(") && last >= 0) {
        int m = k + 1;
        while (m < toks.size() && !toks.get(m).text().equals(")") && m - k < 10) {
          m++;
        }
        if (m >= toks.size() || !toks.get(m).text().equals(")")) {
          break;
        }
        last = m;
        k = m + 1;
      } else if (t.equals("ADP") && NP_LINKS.contains(lower(w)) && last >= 0
          && k + 1 < toks.size() && NP_TAGS.contains(tags.get(k + 1))) {
        k++;
      } else if (lower(w).equals("than") && last >= 0 && k + 1 < toks.size()
          && COMPARED.contains(lower(toks.get(last).text())) && tags.get(k + 1).equals("NUM")) {
        k++; // "a study of more than 60,000 adults"
      } else if (t.equals("CCONJ") && last >= 0 && k + 1 < toks.size()
          && tags.get(k + 1).equals("PROPN") && tags.get(last).equals("PROPN")) {
        k++;
      } else if (secondPostBeforeName(toks, tags, k, last)) {
        k++; // "said Marlow president and CEO Gregory Vance": two posts, then the name
      } else {
        break;
      }
    }
    if (last < 0) {
      return null;
    }
    return Span.of(text, toks.get(from).start(), toks.get(last).end());
  }

  /**
   * Whether token {@code k} is an "and" between two posts of one person before the name, after a
   * post ({@code last}): an acronym or a person noun in small letters after it, then a name
   * ("president and CEO Gregory Vance", "chairman and chief executive Ana Ruiz").
   */
  private static boolean secondPostBeforeName(List<Token> toks, List<String> tags, int k,
      int last) {
    if (last < 0 || last != k - 1 || !lower(toks.get(k).text()).equals("and")
        || k + 2 >= toks.size()
        || !tags.get(last).equals("NOUN") && !tags.get(last).equals("PROPN")
        || !WordClasses.english().personNoun(lower(toks.get(last).text()))) {
      return false;
    }
    String next = toks.get(k + 1).text();
    boolean post = next.length() >= 2 && next.chars().allMatch(Character::isUpperCase)
        || Character.isLowerCase(next.charAt(0)) && WordClasses.english().personNoun(next);
    int m = k + 2;
    while (m < toks.size() && m - k < 4 && Character.isLowerCase(toks.get(m).text().charAt(0))
        && tags.get(m).equals("NOUN")) {
      m++; // "chief executive"
    }
    return post && m + 1 < toks.size() && tags.get(m).equals("PROPN")
        && tags.get(m + 1).equals("PROPN");
  }

  /**
   * Whether token {@code k} is the apostrophe of a plural owner, glued to the word in "s" before
   * it ({@code last}), with a noun phrase's word after it: "the Pengellys' son".
   */
  private static boolean pluralPossessive(List<Token> toks, List<String> tags, int k, int last) {
    String w = toks.get(k).text();
    return (w.equals("'") || w.equals("\u2019")) && last >= 0 && last == k - 1
        && k + 1 < toks.size()
        && toks.get(last).end() == toks.get(k).start()
        && lower(toks.get(last).text()).endsWith("s") && NP_TAGS.contains(tags.get(k + 1));
  }

  /**
   * Whether token {@code k}, tagged a verb, is a participle that modifies the noun after it
   * inside a noun phrase whose last word so far, {@code last}, is a determiner, adjective or
   * number ("the published paper", "a leaked memo", "the revised estimates").
   */
  private static boolean participleModifier(List<Token> toks, List<String> tags, int k,
      int last) {
    if (last < 0 || k + 1 >= toks.size() || !tags.get(k).equals("VERB")
        || !(tags.get(last).equals("DET") || tags.get(last).equals("ADJ")
            || tags.get(last).equals("NUM") || Ages.isAge(toks.get(last).text())) // "68-year-old"
        || !(tags.get(k + 1).equals("NOUN") || tags.get(k + 1).equals("ADJ"))) {
      return false;
    }
    String w = toks.get(k).text();
    return Character.isLowerCase(w.charAt(0)) && (w.endsWith("ed") || w.endsWith("en"));
  }

  /**
   * Whether token {@code k}, tagged an adverb or a verb, is the head noun of a phrase whose only
   * word so far, {@code last}, is an article, as a preposition, a punctuation mark or the
   * sentence's end after it shows ("a tally by", "the count of"): an article opens no adverb or
   * finite verb.
   */
  private static boolean misreadHead(List<Token> toks, List<String> tags, int k, int last) {
    if (last < 0 || last != k - 1 || !ARTICLES.contains(lower(toks.get(last).text()))
        || !(tags.get(k).equals("ADV") || tags.get(k).equals("VERB"))
        || !Character.isLowerCase(toks.get(k).text().charAt(0))) {
      return false;
    }
    return k + 1 >= toks.size() || tags.get(k + 1).equals("ADP")
        || tags.get(k + 1).equals("PUNCT");
  }

  /**
   * Extends an inverted source by a proper-name apposition: {@code said the envoy, Marie Dupont.}
   * gives "the envoy, Marie Dupont"; a descriptor after a name ("Tom Reid, an economist") is not
   * taken.
   */
  Span withNameApposition(List<Token> toks, List<String> tags, Span np) {
    if (np == null) {
      return null;
    }
    int k = indexOfTokenAt(toks, np.end() - 1) + 1;
    if (k + 1 >= toks.size() || !toks.get(k).text().equals(",")
        || tags.get(indexOfTokenAt(toks, np.end() - 1)).equals("PROPN")) {
      return np;
    }
    int m = k + 1;
    while (m < toks.size() && tags.get(m).equals("PROPN")) {
      m++;
    }
    boolean ends = m == toks.size() || EnglishGrammar.isTrailingPunct(toks.get(m).text());
    return m > k + 1 && ends ? Span.of(text, np.start(), toks.get(m - 1).end()) : np;
  }

  /**
   * Index of the token holding {@code offset}; between tokens, of the first token after it (the
   * last token when none follows); 0 when there are no tokens.
   */
  static int indexOfTokenAt(List<Token> toks, int offset) {
    int k = SortedSpans.containing(toks, Token::start, Token::end, offset);
    if (k >= 0) {
      return k;
    }
    int next = SortedSpans.startingAtOrBefore(toks, Token::start, offset);
    return Math.max(0, Math.min(next, toks.size() - 1));
  }
}
