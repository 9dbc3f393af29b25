package org.quotekit.resolve;

import static org.quotekit.resolve.ArticleScan.base;
import static org.quotekit.resolve.ArticleScan.isPossessiveMarker;
import static org.quotekit.resolve.ArticleScan.isQuoteMark;
import static org.quotekit.resolve.ArticleScan.key;
import static org.quotekit.resolve.ArticleScan.possessive;
import static org.quotekit.resolve.ArticleScan.roleWord;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import org.quotekit.Span;
import org.quotekit.SpeakerKind;
import org.quotekit.internal.Ages;
import org.quotekit.internal.WordClasses;
import org.quotekit.spi.AnalyzedArticle;
import org.quotekit.spi.Sentence;
import org.quotekit.spi.Token;

/**
 * The words of one quote's source mention, with their tags, split into segments at commas and
 * dashes ("Ian Smith", "the US envoy"), each read as a name or as a description. Not
 * thread-safe.
 */
final class SourceReading {
  static final Set<String> DEFINITE = Set.of("the", "this", "that", "these", "those");
  private static final Set<String> INDEFINITE = Set.of("a", "an", "another", "one", "some",
      "several", "many", "few", "two", "three", "four", "five", "other", "more", "most", "all",
      "both", "each", "any", "numerous", "various", "dozens", "hundreds", "thousands");
  private static final Set<String> SEPARATORS = Set.of(",", ";", "--", "\u2014", "\u2013");
  /** Words in small letters after a surname that tell two generations apart: "Mangan junior". */
  static final Set<String> GENERATIONS = Set.of("junior", "senior", "jnr", "snr");
  /** Words of a time phrase that may end a source mention ("the agency last month"). */
  static final Set<String> TIME_NOUNS = Set.of("today", "yesterday", "tonight", "day",
      "week", "weekend", "month", "year", "morning", "afternoon", "evening", "night");
  /** The second part of a compound that says where a body sits ("Toronto-based"). */
  private static final Set<String> LOCATED = Set.of("based", "headquartered");
  private static final Set<String> TIME_MODIFIERS = Set.of("last", "this", "next", "on",
      "earlier", "later", "that", "late", "early");
  /**
   * Nouns for a collection of things, so that the noun after their "of" heads a description ("a
   * fresh batch of emails", "a trove of documents", "a series of letters").
   */
  static final Set<String> COLLECTIONS = Set.of("batch", "series", "trove", "cache",
      "set", "collection", "stack", "pile", "bundle", "tranche", "sheaf");
  static final Set<String> IRREGULAR_PLURALS = Set.of("people", "men", "women",
      "children", "police", "staff", "public", "media", "press", "clergy");

  final List<Tok> toks;
  final List<int[]> segments;
  /**
   * The owner just before the mention when the mention is a bare noun ("his" or "Trump 's" before
   * "statement"), else empty.
   */
  final List<Tok> owner = new ArrayList<>();
  private final AnalyzedArticle article;
  private final String text;
  private final Entities entities;
  private final SpeakerLexicon lexicon;

  /** A possessive or contracted verb after a word: what a source may leave off its last token. */
  private static final Pattern CLITIC =
      Pattern.compile("['\u2019](?:s|m|re|ve|ll|d)", Pattern.CASE_INSENSITIVE);

  SourceReading(AnalyzedArticle article, Span span, Entities entities, SpeakerLexicon lexicon) {
    this.article = article;
    this.text = article.text();
    this.entities = entities;
    this.lexicon = lexicon;
    this.toks = tokensIn(span);
    this.segments = segments(toks);
  }

  /** A token of a source mention with its tag. */
  record Tok(Token token, String tag) {
    String text() {
      return token.text();
    }

    String lower() {
      return ArticleScan.lower(token.text());
    }
  }

  /**
   * A description read from a source mention: "the American envoy to the coalition"; {@code
   * complement} is what it is of, for or to when the text names that in capitals ({@link
   * Role#complementOf}: "dalmuri" for "the representative of Dalmuri"), else null.
   */
  record Description(Span span, String head, Set<String> modifiers, boolean definite,
      boolean indefinite, boolean plural, boolean capitalised, String complement) {

    /** Modifiers and head, lower case: the key of the description ("american envoy"). */
    String phrase() {
      StringBuilder sb = new StringBuilder();
      for (String m : modifiers) {
        sb.append(m).append(' ');
      }
      return sb.append(head).toString();
    }

    /** The description as a role of the entity it describes. */
    Role role() {
      return new Role(span.text(), head, new HashSet<>(modifiers), span.start());
    }
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
      if (SEPARATORS.contains(w) && !(w.equals(",") && adjectivesBefore(toks, start, k))) {
        if (k > start) {
          out.add(new int[] {start, k});
        }
        start = k + 1;
      }
    }
    return out;
  }

  /**
   * Whether the words from {@code start} to the comma at {@code comma} are a determiner and
   * adjectives that a comma joins to more before the head noun ("the bespectacled, 71-year-old
   * diplomat"), with a lower-case word after the comma: no segment of their own.
   */
  private static boolean adjectivesBefore(List<Tok> toks, int start, int comma) {
    if (comma - start < 2 || comma + 1 >= toks.size()
        || !DEFINITE.contains(toks.get(start).lower())
            && !INDEFINITE.contains(toks.get(start).lower())
        || !Character.isLowerCase(toks.get(comma + 1).text().charAt(0))
            && !Character.isDigit(toks.get(comma + 1).text().charAt(0))) {
      return false;
    }
    for (int k = start + 1; k < comma; k++) {
      if (!base(toks.get(k).tag()).equals("ADJ")) {
        return false;
      }
    }
    return true;
  }

  /**
   * The name that heads a segment of a source mention: the name ending the segment unless a
   * preposition introduces it ("a spokesman for Donald Trump"), else the name just before the
   * segment's first preposition ("Trump at a rally"). A time phrase that ends the segment is
   * left out ("the Department of Veterans Affairs last month").
   */
  NameMention headName(int[] seg) {
    int last = seg[1] - 1;
    while (last >= seg[0] && (isPossessiveMarker(toks.get(last).text())
        || base(toks.get(last).tag()).equals("PUNCT"))) {
      last--;
    }
    if (last > seg[0] && GENERATIONS.contains(toks.get(last).text())
        && entities.nameAt(toks.get(last - 1).token().start()) != null) {
      last--; // "Mangan junior": the name, told apart from the elder by the word after it
    }
    int time = last;
    boolean lowerCase = false; // "Super Tuesday", "USA TODAY" and "Yin Myint May" are names
    while (time > seg[0] && (TIME_NOUNS.contains(toks.get(time).text())
        || lexicon.is(SpeakerLexicon.Kind.TIME, toks.get(time).lower()))) {
      lowerCase |= TIME_NOUNS.contains(toks.get(time).text());
      time--;
    }
    if (time < last && time > seg[0] && TIME_MODIFIERS.contains(toks.get(time).text())) {
      lowerCase = true;
      time--;
    }
    if (lowerCase && entities.nameAt(toks.get(time).token().start()) != null) {
      last = time;
    }
    if (last < seg[0]) {
      return null;
    }
    NameMention end = entities.nameAt(toks.get(last).token().start());
    if (end != null && end.span.start() >= toks.get(seg[0]).token().start()
        && (!prepositionBefore(seg, end) || end.afterPostPlace // "coroner for South Wales
        // Central Graeme Hughes": the post's place, then the name
            || honorificBeforeName(end))
        && !possessive(toks.get(last).text())) {
      return end;
    }
    if (end != null && seg[0] == 0 && end.span.start() < toks.get(0).token().start()
        && !possessive(toks.get(last).text())) {
      return end; // a source mention that starts inside a name stands for the whole name
    }
    for (int k = seg[0]; k < seg[1]; k++) {
      Tok t = toks.get(k);
      if (preposition(t) && entities.nameAt(t.token().start()) == null) {
        if (k == seg[0]) {
          return null;
        }
        NameMention before = entities.nameAt(toks.get(k - 1).token().start());
        return before != null && !possessive(toks.get(k - 1).text()) ? before : null;
      }
    }
    return null;
  }

  /**
   * Whether a token is a preposition: tagged one, or "to" the tagger read as the infinitive's
   * particle ("An aide [to] Ms. Delgado said").
   */
  private static boolean preposition(Tok t) {
    String tag = base(t.tag());
    return tag.equals("ADP") || tag.equals("PART") && t.lower().equals("to");
  }

  /**
   * Whether an honorific inside a person's mention, after other words of it, stands right before
   * the name ("Director-General of Medical Health Dr. Ravindra Pratap Singh"): the name after it
   * is the person's, whatever a preposition before the mention governs.
   */
  private boolean honorificBeforeName(NameMention m) {
    if (m.form != NameMention.Form.PERSON || m.name.start() <= m.span.start()) {
      return false;
    }
    String[] words = text.substring(m.span.start(), m.name.start()).strip().split("\\s+");
    return words.length >= 2 // not "a spokesman for Mr. Kaczmarek": the mention opens with it
        && lexicon.is(SpeakerLexicon.Kind.HONORIFIC, words[words.length - 1]);
  }

  /**
   * Whether a preposition outside names stands before the name in its segment: the name is then
   * a complement ("a spokesman for Donald Trump", "polls in Pennsylvania and Virginia").
   */
  private boolean prepositionBefore(int[] seg, NameMention m) {
    for (int k = seg[0]; k < seg[1] && toks.get(k).token().start() < m.span.start(); k++) {
      if (preposition(toks.get(k))
          && entities.nameAt(toks.get(k).token().start()) == null && !titleOf(seg, k, m)
          && !affiliationOf(seg, k, m)) {
        return true;
      }
    }
    return false;
  }

  /**
   * Whether the preposition at {@code k} sits inside a named body the segment opens with, and a
   * post follows that body right before a person's full name: "Shire of Wandilla mayor Tess
   * Karalis", "Bank of Lagos governor Ada Obi". The person is the source; the body is where the
   * post is held. "The wife of former president Bill Clinton" opens with no name.
   */
  private boolean affiliationOf(int[] seg, int k, NameMention m) {
    if (k == seg[0] || m.entity == null || m.entity.kind != SpeakerKind.PERSON || !m.full()) {
      return false;
    }
    int post = seg[0];
    while (post < seg[1] && toks.get(post).token().end() <= m.span.start()) {
      post++;
    }
    post--; // the last token before the name
    if (post <= k + 1 || !Character.isLowerCase(toks.get(post).text().charAt(0))
        || !lexicon.is(SpeakerLexicon.Kind.ROLE, ArticleScan.roleWord(toks.get(post).lower()))
            && !lexicon.is(SpeakerLexicon.Kind.TITLE, toks.get(post).lower())) {
      return false;
    }
    for (int j = seg[0]; j < post; j++) {
      if (j != k && !Character.isUpperCase(toks.get(j).text().charAt(0))) {
        return false;
      }
    }
    return true;
  }

  /** Prepositions before where someone works ("an analyst at", "a lawyer with"), no title's. */
  private static final Set<String> WORKPLACE_PREPOSITIONS = Set.of("at", "with", "from");

  /**
   * Whether the preposition at {@code k} joins a title before a person's full name ("secretary
   * of state Hillary Clinton", "director of communications Ada Brill", "Alderman for housing
   * Pieter van den Berg", "vice-president of student life Amara Okeke"): a role noun or title
   * right before it, lower-case words after it, the last no role noun, then the name. "A
   * spokesman for Donald Trump" and "the wife of former president Bill Clinton" are no titles;
   * nor is a workplace after "at", "with" or "from" ("an analyst at broker Finch Lowe", where the
   * name is a firm's).
   */
  private boolean titleOf(int[] seg, int k, NameMention m) {
    if (WORKPLACE_PREPOSITIONS.contains(toks.get(k).lower())) {
      return false;
    }
    String post = k == seg[0] ? "" : ArticleScan.roleWord(toks.get(k - 1).lower());
    boolean hyphenated = post.indexOf('-') > 0 // "vice-president": a role after the hyphen
        && lexicon.is(SpeakerLexicon.Kind.ROLE, post.substring(post.lastIndexOf('-') + 1));
    if (k == seg[0] || !lexicon.is(SpeakerLexicon.Kind.ROLE, post)
        && !lexicon.is(SpeakerLexicon.Kind.TITLE, post) && !hyphenated
        || m.entity == null || m.entity.kind != SpeakerKind.PERSON || !m.full()) {
      return false;
    }
    int words = 0;
    for (int j = k + 1; j < seg[1] && toks.get(j).token().start() < m.span.start(); j++) {
      String w = toks.get(j).text();
      boolean last = j + 1 >= seg[1] || toks.get(j + 1).token().start() >= m.span.start();
      if (!Character.isLowerCase(w.charAt(0)) || last && lexicon.is(SpeakerLexicon.Kind.ROLE,
          ArticleScan.roleWord(toks.get(j).lower())) || base(toks.get(j).tag()).equals("ADP")
          || base(toks.get(j).tag()).equals("DET") // "The skipper of the yacht Blue Petrel";
          && !lexicon.is(SpeakerLexicon.Kind.FIRST, m.first)) { // "of the zone Kavita Mehra"
        return false;
      }
      words++;
    }
    return words > 0;
  }

  /**
   * How many tokens from {@code m}, before the head at {@code head}, make a compound that says
   * where a body sits ("Toronto-based", "San Francisco-based", "London-headquartered", one token
   * or more), or 0: no modifier that tells it from another, as the article names the body before
   * without it.
   */
  private int located(int m, int head) {
    for (int n = m; n < head && n < m + 3; n++) { // "San Francisco-based": a place of two words
      String w = toks.get(n).lower();
      if (w.endsWith("-based") || w.endsWith("-headquartered")) {
        return n - m + 1;
      }
      if (!Character.isUpperCase(toks.get(n).text().charAt(0))) {
        break;
      }
    }
    return m + 2 < head && toks.get(m + 1).text().equals("-")
        && LOCATED.contains(toks.get(m + 2).lower()) ? 3 : 0;
  }

  /**
   * Whether the word at {@code m}, tagged a verb, is a participle modifying the noun right after
   * it ("the returning officer", "the presiding judge", "the acting director").
   */
  private boolean participleModifier(int m, int end) {
    return m + 1 < end && toks.get(m).lower().endsWith("ing")
        && base(toks.get(m + 1).tag()).equals("NOUN");
  }

  /**
   * The token after a collection of things and its "of" that opens a description at {@code k},
   * with up to two adjectives before it ("fresh batch of" of "a fresh batch of Treasury emails",
   * "trove of"), whose head is then the noun after "of"; {@code k} when there is none.
   */
  private int afterCollection(int k, int end) {
    int m = k;
    while (m < k + 2 && m < end && base(toks.get(m).tag()).equals("ADJ")) {
      m++;
    }
    return m + 2 < end && COLLECTIONS.contains(toks.get(m).lower())
        && toks.get(m + 1).lower().equals("of") ? m + 2 : k;
  }

  /**
   * The end of a name in capitals that a small "for", "of" or "and" at {@code m} continues
   * ("Department for Transport", "Bureau of Labor Statistics"), when a noun in small letters
   * follows the name inside the segment ending at {@code end}, which the name modifies; {@code m}
   * when there is none.
   */
  private int nameRunBeforeNoun(int m, int end) {
    if (m == 0 || !NAME_LINKS.contains(toks.get(m).lower()) || !capital(m - 1)) {
      return m;
    }
    int first = m - 1;
    while (first > 0 && capital(first - 1)) {
      first--;
    }
    String opening = toks.get(first).lower();
    if (lexicon.is(SpeakerLexicon.Kind.ROLE, opening)
        || lexicon.is(SpeakerLexicon.Kind.TITLE, opening)) {
      return m; // "Member of House panel", a headline's post: the member
    }
    int r = m;
    while (r + 1 < end && NAME_LINKS.contains(toks.get(r).lower()) && capital(r + 1)) {
      for (r++; r < end && capital(r); r++) {
        if (possessive(toks.get(r).text()) || r + 1 < end
            && isPossessiveMarker(toks.get(r + 1).text())) {
          return m; // "the Tourism Authority of Thailand's Chiang Mai office": its owner
        }
      }
    }
    return r > m && r < end && Character.isLowerCase(toks.get(r).text().charAt(0))
        && base(toks.get(r).tag()).equals("NOUN") ? r : m;
  }

  /** Small words that run through a name in capitals ("Department for Transport"). */
  private static final Set<String> NAME_LINKS = Set.of("for", "of", "and");

  /** Whether token {@code k} opens with a capital letter. */
  private boolean capital(int k) {
    return Character.isUpperCase(toks.get(k).text().charAt(0));
  }

  /**
   * Whether the tokens from {@code from} are one or two words, the last an owner, then one
   * organisation or document noun that ends the segment ("state's office" after "the secretary
   * of"; not "state's approach").
   */
  private boolean ownerOfNoun(int from, int end) {
    for (int m = from; m < end && m <= from + 2; m++) {
      String w = toks.get(m).text();
      boolean marker = isPossessiveMarker(w);
      if (marker || possessive(w)) {
        int noun = m + 1;
        return noun == end - 1 && (!marker || m > from)
            && base(toks.get(noun).tag()).equals("NOUN")
            && (lexicon.is(SpeakerLexicon.Kind.ORG, toks.get(noun).lower())
                || lexicon.is(SpeakerLexicon.Kind.SPEECH, toks.get(noun).lower()));
      }
    }
    return false;
  }

  /** Reads the segment as a description: determiner, modifiers, head noun. */
  Description describe(int[] seg) {
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
        || toks.get(k).lower().equals("its") || firstTag.equals("NUM")) {
      String w = toks.get(k).lower(); // "the" the tagger read as a number is still "the"
      det = firstTag.equals("NUM") && !DEFINITE.contains(w) && !INDEFINITE.contains(w) ? "one" : w;
      k++;
    }
    k = afterCollection(k, seg[1]);
    int headEnd = seg[1];
    // a document noun ending the mention that the tagger read as a verb: "an Arvel Press poll"
    int document = lexicon.is(SpeakerLexicon.Kind.SPEECH, toks.get(seg[1] - 1).lower())
        ? seg[1] - 1 : -1;
    for (int m = k; m < seg[1]; m++) {
      String t = base(toks.get(m).tag());
      boolean capital = Character.isUpperCase(toks.get(m).text().charAt(0));
      int runEnd = nameRunBeforeNoun(m, seg[1]);
      if (runEnd > m) {
        m = runEnd - 1; // "a Department for Transport memo": the memo, of a name with "for"
        continue;
      }
      if (toks.get(m).lower().equals("of") && ownerOfNoun(m + 1, seg[1])) {
        continue; // "the secretary of state's office": the office, which the post owns
      }
      if (preposition(toks.get(m)) || t.equals("CCONJ")
          || t.equals("VERB") && !capital && m != document && !participleModifier(m, seg[1])
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
      if ((tag.equals("NOUN") || tag.equals("PROPN") || tag.equals("X") || m == document
          || Ages.isAge(t.text()) // "the 36-year-old wrote": tagged an adjective
          || Character.isUpperCase(t.text().charAt(0)) && Pronoun.of(t.lower()) == null
          && !tag.equals("PUNCT") && !tag.equals("DET")
          || m == headEnd - 1 && tag.equals("ADJ") && (lexicon.is(SpeakerLexicon.Kind.ORG,
              t.lower()) || lexicon.is(SpeakerLexicon.Kind.ROLE, t.lower()) // "cooperative"
              || lexicon.is(SpeakerLexicon.Kind.SPEECH, t.lower()))) // "communiqué"
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
      int where = located(m, head);
      if (where > 0) {
        m += where - 1; // "the Toronto-based company": where, not which
        continue;
      }
      if (!isPossessiveMarker(t.text()) && !base(t.tag()).equals("PUNCT")
          && !DEFINITE.contains(t.lower())) {
        modifiers.add(roleWord(key(t.text())));
      }
    }
    String headWord = roleWord(key(toks.get(head).text()));
    if (head > k) { // "the New Zealander", "the think tank": a head of two words
      String two = key(toks.get(head - 1).text()) + " " + headWord;
      if (lexicon.is(SpeakerLexicon.Kind.NATIONALITY, two)
          || lexicon.is(SpeakerLexicon.Kind.ORG, two)) {
        modifiers.remove(key(toks.get(head - 1).text()));
        headWord = two;
      }
    }
    headWord = Role.postHead(headWord, modifiers); // "the chief executive officer"
    String titleRole = head == seg[1] - 1 && toks.get(head).text().endsWith(".")
        ? lexicon.roleOfTitle(toks.get(head).text()) : null;
    if (titleRole != null) {
      headWord = titleRole; // "GOP Rep. Says": a title no name follows stands for its post
    }
    String headText = toks.get(head).text();
    boolean definite = DEFINITE.contains(det) || possessed
        || !det.isEmpty() && Pronoun.of(det) != null
        || det.isEmpty() && Character.isUpperCase(headText.charAt(0))
            && (lexicon.is(SpeakerLexicon.Kind.TITLE, headText)
                || lexicon.is(SpeakerLexicon.Kind.ROLE, headText)); // "Senator from Texas"
    boolean indefinite = !det.isEmpty() && INDEFINITE.contains(det);
    int start = toks.get(seg[0]).token().start();
    int end = toks.get(seg[1] - 1).token().end();
    Span span = Span.of(text, start, end);
    boolean capitalised = head == headEnd - 1 && headEnd - k <= 3;
    for (int m = k; m < headEnd && capitalised; m++) {
      capitalised = Character.isUpperCase(toks.get(m).text().charAt(0))
          && Character.isLetter(toks.get(m).text().charAt(0));
    }
    boolean plural = capitalised ? lexicon.is(SpeakerLexicon.Kind.GROUP, headWord)
        : plural(headWord);
    return new Description(span, headWord, modifiers, definite, indefinite, plural, capitalised,
        Role.complementOf(span.text(), headWord, lexicon));
  }

  private boolean plural(String w) {
    if (IRREGULAR_PLURALS.contains(w) || lexicon.is(SpeakerLexicon.Kind.GROUP, w)
        || lexicon.is(SpeakerLexicon.Kind.COLLECTIVE, w)
            && !lexicon.is(SpeakerLexicon.Kind.ORG, w)) { // "a handful of Democrats"
      return true;
    }
    if (!WordClasses.pluralEnding(w) || lexicon.is(SpeakerLexicon.Kind.ROLE, w)
        || lexicon.is(SpeakerLexicon.Kind.ORG, w)) {
      return false;
    }
    return true;
  }

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
        if (t.start() >= span.start() && t.start() < span.end() && t.end() > span.end()
            && CLITIC.matcher(text.substring(span.end(), t.end())).matches()) {
          // a source cut before a clitic the tokenizer left on its word: "She" of "She's"
          t = new Token(t.start(), span.end(), text.substring(t.start(), span.end()));
        }
        int lead = ArticleScan.closingQuoteMarks(text, t);
        String tag = tags.get(k);
        if (lead > 0) { // a word glued to the quotation before it: ',”Clinton said'
          t = new Token(t.start() + lead, t.end(), t.text().substring(lead));
          tag = ArticleScan.ungluedTags(List.of(t), List.of(tag)).get(0);
        }
        if (base(tag).equals("ADP") && lexicon.is(SpeakerLexicon.Kind.ROLE, ArticleScan.lower(
            t.text()))) {
          // a role noun the tagger read as a preposition by the words around it ("senior
          // communications adviser Jason Miller"): no role noun is one
          tag = "NOUN";
        }
        if (t.start() >= span.start() && t.end() <= span.end()) {
          if (out.isEmpty() && k > 0) {
            ownerBefore(toks, tags, k);
          }
          out.add(new Tok(t, tag));
        }
      }
    }
    return out;
  }

  /**
   * Whether a possessive marker closes the word before it: "the players' union", not the
   * closing quotation mark of "..., a whole shift,' the 31-year-old said".
   */
  private static boolean glued(Token word, Token marker) {
    String w = word.text();
    return word.end() == marker.start() && !w.isEmpty()
        && Character.isLetterOrDigit(w.charAt(w.length() - 1));
  }

  private void ownerBefore(List<Token> toks, List<String> tags, int k) {
    Token before = toks.get(k - 1);
    Pronoun p = Pronoun.of(ArticleScan.lower(before.text()));
    if (p != null && !p.equals(Pronoun.SECOND)) {
      owner.add(new Tok(before, tags.get(k - 1)));
    } else if (possessive(before.text())) {
      owner.add(new Tok(before, tags.get(k - 1)));
    } else if (isPossessiveMarker(before.text()) && k > 1 && glued(toks.get(k - 2), before)) {
      owner.add(new Tok(toks.get(k - 2), tags.get(k - 2)));
      owner.add(new Tok(before, tags.get(k - 1)));
    }
  }

  static int indexAfter(List<Tok> toks, int offset) {
    int k = 0;
    while (k < toks.size() && toks.get(k).token().start() < offset) {
      k++;
    }
    return k;
  }
}
