package org.quotekit.rules;

import static org.quotekit.rules.RuleBasedExtractor.NP_TAGS;
import static org.quotekit.rules.RuleBasedExtractor.SKIP_BEFORE_CUE;
import static org.quotekit.rules.RuleBasedExtractor.lower;

import java.util.List;
import java.util.Set;
import org.quotekit.Span;
import org.quotekit.internal.Abbreviations;
import org.quotekit.internal.Datelines;
import org.quotekit.internal.TimePhrases;
import org.quotekit.spi.QuoteCandidate;
import org.quotekit.spi.QuoteRegion;
import org.quotekit.spi.Sentence;
import org.quotekit.spi.Token;

/**
 * The English clause and noun-phrase grammar the attribution rules share: where a reported
 * clause ends ({@link #clauseEnd}) or starts ({@link #clauseStart}), the subject of a cue
 * ({@link #leftSubject}) and the source after an inverted one ({@link #rightSource}), the
 * quotation an attribution follows ({@link #regionBefore}), the addressee and adjuncts between a
 * cue and its content ({@link #skipObject}, {@link #skipCommaAdjunct},
 * {@link #skipAdjunctBeforeThat}), and the word-class tests they are built on. Works on the
 * tokens and Universal Dependencies tags of one sentence, with the quotations and candidates of
 * its {@link AttributionContext}. Not thread-safe: one per article.
 */
final class EnglishGrammar {
  /** Words that open a relative clause on a person or body ("who is not involved"). */
  private static final Set<String> RELATIVE_OPENERS = Set.of("who", "whose", "which");
  /** Personal pronouns that may be the subject of a clause a relative pronoun opens. */
  private static final Set<String> SUBJECT_PRONOUNS = Set.of("he", "she", "they", "i", "we");
  /** Relative pronouns that may be the object of what the clause's subject said. */
  private static final Set<String> OBJECT_RELATIVES = Set.of("which", "that", "who", "whom");
  /** Auxiliaries that make a clause finite (the tagger reads "he" as one now and then). */
  private static final Set<String> FINITE_AUXILIARIES = Set.of("is", "was", "are", "were", "has",
      "had", "have", "will", "would", "can", "could", "shall", "should", "may", "might", "must");
  /** Tags of the words of an apposition before a relative clause ("a lawyer at Carrow & Pike"). */
  private static final Set<String> NOUN_PHRASE_TAGS = Set.of("DET", "ADJ", "NOUN", "PROPN",
      "ADP", "CCONJ", "NUM", "PART");
  /**
   * How many words an apposition may run: between a source and its relative clause, or a
   * subject and its cue.
   */
  private static final int MAX_APPOSITION = 12;

  static final Set<String> QUOTE_OPENERS = Set.of("\"", "''", "``", "\u201C", "\u201E",
      "\u00AB", "\u00BB", "'", "\u2018", "\u300C", "\u300E", "\u2039", "\u201F", "\uFF02");
  private static final Set<String> SENTENCE_END = Set.of(".", "!", "?", "...", "\u2026");
  private static final Set<String> SUBORDINATORS = Set.of("although", "though", "while",
      "whereas", "because", "since", "if", "when", "as", "despite", "after", "before", "unless");
  private static final Set<String> CLAUSE_BREAKS = Set.of("though", "although", "whereas",
      "but", "while");
  /** Concessive clause breaks: they end a reported clause only when they hold a cue verb. */
  private static final Set<String> CONCESSIVE = Set.of("though", "although");
  /** The longest quotation without closing punctuation still read as a title or scare quote. */
  private static final int MAX_SCARE_QUOTE_WORDS = 8;
  private static final Set<String> QUESTION_WORDS = Set.of("whether", "if", "why", "how",
      "what", "who", "when", "where", "which", "about");

  private final AttributionContext ctx;
  private final String text;
  private final CueLexicon lexicon;
  private final NounPhrases phrases;
  private final List<QuoteRegion> top;

  EnglishGrammar(AttributionContext ctx) {
    this.ctx = ctx;
    this.text = ctx.text();
    this.lexicon = ctx.lexicon();
    this.phrases = new NounPhrases(text);
    this.top = ctx.quotations();
  }

  /** The noun-phrase finder over the article's text. */
  NounPhrases phrases() {
    return phrases;
  }

  /**
   * Whether the cue word at {@code f} is used as a verb: tagged so, or (for words the tagger does
   * not know, such as a user's own verbs) followed by "that", a colon or a quotation.
   */
  boolean isVerbLike(List<Token> toks, List<String> tags, int f, int l) {
    String tag = tags.get(f);
    if (tag.equals("VERB")) {
      return true;
    }
    if (!(tag.equals("ADJ") || tag.equals("NOUN") || tag.equals("AUX") || tag.equals("PROPN"))
        || l + 1 >= toks.size()) {
      return false;
    }
    String next = toks.get(l + 1).text();
    return lower(next).equals("that") || next.equals(":") || QUOTE_OPENERS.contains(next);
  }

  /** Whether the cue follows a comma and its subject follows it: "..., said the minister." */
  boolean isInverted(List<Token> toks, List<String> tags, int f, int l) {
    if (f == 0 || !toks.get(f - 1).text().equals(",")
        || !hasVerbBefore(toks, tags, toks.get(f).start())) {
      return false; // "Yet economists, like their rivals, say ...": the cue is the main verb
    }
    if (apposedSubject(toks, tags, f - 1) != null) {
      return false; // "..., his daughter, Yvette Long, told The Associated Press": an addressee
    }
    if (relativeAfterOpeningSubject(toks, tags, f - 1)) {
      return false; // "Ridley, who scored 14 goals, said his brother Jamie had been ..."
    }
    Span np = phrases.rightNp(toks, tags, l + 1);
    if (np == null) {
      return false;
    }
    int after = NounPhrases.indexOfTokenAt(toks, np.end() - 1) + 1;
    return after >= toks.size() || isTrailingPunct(toks.get(after).text());
  }

  /** The most tokens of a noun phrase that opens a sentence before a relative clause. */
  private static final int MAX_OPENING_SUBJECT = 6;

  /**
   * Whether the comma at token {@code j} closes a relative clause on the noun phrase that opens
   * the sentence ("[Ridley], who scored 14 goals after returning in January[,] said"): the verbs
   * before the cue are the clause's, and the cue is the main verb, not inverted.
   */
  private static boolean relativeAfterOpeningSubject(List<Token> toks, List<String> tags,
      int j) {
    for (int c = 1; c < j && c <= MAX_OPENING_SUBJECT; c++) {
      String t = tags.get(c - 1);
      if (!(t.equals("PROPN") || t.equals("NOUN") || t.equals("DET") || t.equals("ADJ")
          || t.equals("NUM") || t.equals("PART"))) {
        return false;
      }
      if (toks.get(c).text().equals(",")) {
        if (c + 1 >= j || !NounPhrases.RELATIVE.contains(lower(toks.get(c + 1).text()))) {
          return false;
        }
        for (int k = c + 2; k < j; k++) {
          if (toks.get(k).text().equals(",") || isQuoteMark(toks.get(k).text())) {
            return false; // one clause, no more: ", who ..., and ..., said" is not read here
          }
        }
        return true;
      }
    }
    return false;
  }

  static boolean followsComma(List<Token> toks, Span source) {
    int k = NounPhrases.indexOfTokenAt(toks, source.start());
    return k > 0 && toks.get(k - 1).text().equals(",");
  }

  static boolean hasVerbBeforeComma(List<Token> toks, List<String> tags, int pos) {
    for (int k = pos; k < toks.size() && !toks.get(k).text().equals(","); k++) {
      if ((tags.get(k).equals("VERB") || tags.get(k).equals("AUX"))
          && !mediumParticiple(toks, tags, pos, k)) {
        return true;
      }
    }
    return false;
  }

  /** Participles that say how an interview or a medium reached the public. */
  private static final Set<String> MEDIUM_PARTICIPLES = Set.of("broadcast", "televised",
      "aired", "published", "released", "posted", "recorded", "filmed", "streamed", "shown");

  /**
   * Whether the verb at token {@code k}, after {@code pos}, is a participle that says how the
   * medium named before it carried the words, with a preposition or nothing after it ("said in
   * an interview with business channel GloboNews broadcast on Tuesday"): no clause of its own.
   */
  private static boolean mediumParticiple(List<Token> toks, List<String> tags, int pos, int k) {
    if (k <= pos || !MEDIUM_PARTICIPLES.contains(lower(toks.get(k).text()))) {
      return false;
    }
    String before = tags.get(k - 1);
    TimePhrases times = TimePhrases.english(); // "aired Sunday", "broadcast last night"
    boolean after = k + 1 >= toks.size() || tags.get(k + 1).equals("ADP")
        || tags.get(k + 1).equals("PUNCT") || times.isTime(toks, tags, k + 1, k + 2)
        || k + 2 < toks.size() && times.isTime(toks, tags, k + 1, k + 3);
    return (before.equals("PROPN") || before.equals("NOUN")) && after;
  }

  /** Whether the "that" at {@code k} is a subject pronoun: "said that was wrong". */
  static boolean isSubjectThat(List<String> tags, int k) {
    return k + 1 < tags.size()
        && (tags.get(k + 1).equals("AUX") || tags.get(k + 1).equals("VERB"));
  }

  /** Whether the cue is a lexicon verb, whose short complements are mostly not speech. */
  boolean isLexiconVerb(CueHit hit) {
    CueLexicon.Entry e = hit.entry();
    return (e.kind() == CueLexicon.Kind.VERB || e.kind() == CueLexicon.Kind.TELL)
        && lexicon.startingWith(e.words().get(0)).contains(e);
  }

  /**
   * How many words may stand between a quotation and its cue: a source with a long apposition
   * ("Senator X, Democrat of New Mexico and the chairwoman of the Commerce Committee's aviation
   * subcommittee, told") runs past fourteen, the limit until the forty-first round.
   */
  private static final int MAX_GAP_WORDS = 20;

  /**
   * The top-level region that closes just before {@code cueStart} with only a source mention and
   * punctuation between, in the same paragraph; or -1.
   */
  int regionBefore(int cueStart, List<Token> toks, List<String> tags) {
    int idx = ctx.quotationFrom(cueStart) - 1;
    if (idx < 0) {
      return -1;
    }
    QuoteRegion r = top.get(idx);
    if (!r.closed() || r.outerEnd() > cueStart || cueStart - r.outerEnd() > 160) {
      return -1;
    }
    if (ctx.paragraphOf(r.open()) != ctx.paragraphOf(cueStart) && ctx.paragraphOf(r.close())
        != ctx.paragraphOf(cueStart)) {
      return -1;
    }
    int gapTokens = 0;
    boolean relative = false; // inside ", who chairs the committee," after the source's name
    for (int k = 0; k < toks.size(); k++) {
      Token t = toks.get(k);
      if (t.start() < r.outerEnd()) {
        continue;
      }
      if (t.end() > cueStart) {
        break;
      }
      String tag = tags.get(k);
      if (gapTokens == 0 && tag.equals("CCONJ")) {
        return -1; // called it "crazy" and said ...: a new predicate, not an attribution
      }
      if (!tag.equals("PUNCT")) {
        gapTokens++;
      }
      if (relative && t.text().equals(",")) {
        relative = false;
      } else if (gapTokens > 1 && RELATIVE_OPENERS.contains(lower(t.text())) && k > 0
          && toks.get(k - 1).text().equals(",")) {
        relative = true;
      }
      if (SENTENCE_END.contains(t.text()) && !abbreviationPeriod(toks, k)
          || tag.equals("VERB") && !relative || gapTokens > MAX_GAP_WORDS) {
        return -1;
      }
      if ((tag.equals("ADP") || tag.equals("SCONJ")) && k + 1 < toks.size()
          && toks.get(k + 1).start() == cueStart
          && lower(toks.get(k + 1).text()).endsWith("ing")) {
        return -1; // "...," without referring to it: the gerund's object, not its quotation
      }
    }
    if (relative) {
      return -1; // "Lee, who said": the cue is the relative clause's own verb
    }
    char last = lastChar(r);
    if (last != 0 && ",.?!\u2026\u2014-".indexOf(last) < 0
        && text.substring(r.outerEnd(), cueStart).indexOf(',') < 0
        && countWords(r.inner().text()) <= MAX_SCARE_QUOTE_WORDS) {
      // "the \u201Cwise Latina\u201D phrase Grassley cited": a short quotation without the
      // comma or stop that hands it to an attribution (inside its marks or after them, as in
      // British style) is a title or scare quote.
      return -1;
    }
    // "Mr. Manafort, citing ''the magic of Trump,'' said ...": a quotation right after another
    // cue is that cue's.
    int opening = NounPhrases.indexOfTokenAt(toks, r.open());
    if (opening > 0 && toks.get(opening).start() == r.open()
        && (isCueVerbAt(toks, tags, opening - 1) || isGerundCue(toks.get(opening - 1).text()))) {
      return -1;
    }
    // Characters between the closing mark and the sentence start (when the sentence detector split
    // there) must be blank or commas.
    Sentence s = ctx.article().sentenceAt(cueStart);
    for (int c = r.outerEnd(); c < Math.min(s.start(), cueStart); c++) {
      char ch = text.charAt(c);
      if (!Character.isWhitespace(ch) && ch != ',') {
        return -1;
      }
    }
    return idx;
  }

  /** The last character of the quotation of region {@code r} but white space, or 0 if none. */
  static char lastChar(QuoteRegion r) {
    String inner = r.inner().text().strip();
    return inner.isEmpty() ? 0 : inner.charAt(inner.length() - 1);
  }

  /** Whether the quotation of region {@code r} ends its sentence with a full stop. */
  static boolean endsSentence(QuoteRegion r) {
    return lastChar(r) == '.';
  }

  /** Whether a reporting verb stands between the offsets (a new attribution starts there). */
  boolean hasCueBetween(int from, int to) {
    int i = from;
    while (i < to) {
      while (i < to && !Character.isLetter(text.charAt(i))) {
        i++;
      }
      int j = i;
      while (j < to && Character.isLetter(text.charAt(j))) {
        j++;
      }
      if (j > i && startsReportingVerb(text.substring(i, j), false)) {
        return true;
      }
      i = j;
    }
    return false;
  }

  /**
   * The subject of the cue at token {@code f}: a noun phrase just before it (skipping adverbs and
   * auxiliaries), or the sentence-initial noun phrase when a relative clause or apposition stands
   * between ("Smith, who ..., said").
   */
  Span leftSubject(List<Token> toks, List<String> tags, int f) {
    Span np = phrases.leftNp(toks, tags, f, false);
    if (np != null) {
      int first = NounPhrases.indexOfTokenAt(toks, np.start());
      if (first >= 1 && np.end() == toks.get(first).end()
          && SUBJECT_PRONOUNS.contains(lower(toks.get(first).text()))
          && OBJECT_RELATIVES.contains(lower(toks.get(first - 1).text()))) {
        return np; // "a clearance rate which she said stood at": the relative is what the
        // pronoun after it said something of, and the pronoun speaks
      }
      Span antecedent = relativeAntecedent(toks, tags, first);
      return antecedent != null ? antecedent : np;
    }
    int j = NounPhrases.skipBack(toks, tags, f - 1);
    boolean quoted = false;
    while (j >= 1 && isQuoteMark(toks.get(j).text())) {
      j--; // "The mayor, citing \u201Cthe rules,\u201D said": the aside ends inside the marks
      quoted = true;
    }
    int governor = catenativeVerb(toks, tags, f);
    if (governor >= 0) {
      return leftSubject(toks, tags, governor); // "he appeared to suggest", "they went on to say"
    }
    Span antecedent = quoted ? null : relativeAntecedent(toks, tags, f);
    if (antecedent != null) {
      return antecedent; // "a nurse who asked not to be named said": the clause ends in a verb
    }
    Span apposed = quoted ? null : apposedSubject(toks, tags, j);
    if (apposed != null) {
      return apposed; // "The plant will close, its chief executive, Ruth Adeyemi, told reporters"
    }
    if (j >= 1 && (toks.get(j).text().equals(",") || NounPhrases.isDash(toks.get(j).text()))) {
      int first = NounPhrases.subjectStart(toks, tags, j);
      Span head = phrases.rightNp(toks, tags, first);
      if (head != null && head.end() <= toks.get(j).start()
          && !NounPhrases.isPronoun(toks, first)) {
        int after = NounPhrases.indexOfTokenAt(toks, head.end() - 1) + 1;
        if (!quoted && NounPhrases.isApposition(toks, tags, after, j)) {
          return Span.of(text, head.start(), toks.get(j - 1).end());
        }
        int relative = quoted ? -1 : relativeAfterApposition(toks, tags, after, j);
        if (relative >= 0) { // "The Pengellys' son, Jory, who is a fisherman, said"
          return Span.of(text, head.start(), toks.get(relative - 2).end());
        }
        Span whole = quoted ? null : wholeOpeningRun(toks, tags, after, j);
        return whole != null ? whole : head; // "Smith, who led the inquiry, said"
      }
    }
    return null;
  }

  /**
   * The noun phrase that ends at the comma opening a relative clause, when the one read from the
   * sentence start stopped short of it at token {@code after} in a run of names, nouns and numbers
   * ("Transit Workers United Local 88 president Dwayne Halvorsen, who ..., said": the union's
   * number ends the first reading, the person is the subject); null when anything else stands
   * between, or no relative clause opens at the comma.
   */
  private Span wholeOpeningRun(List<Token> toks, List<String> tags, int after, int j) {
    int k = after;
    while (k < j && (tags.get(k).equals("PROPN") || tags.get(k).equals("NOUN")
        || tags.get(k).equals("NUM") || toks.get(k).text().chars().allMatch(Character::isDigit))) {
      k++; // "Local 88": the number's tag may be anything
    }
    if (k == after || k >= j - 1 || !toks.get(k).text().equals(",")
        || !NounPhrases.RELATIVE.contains(lower(toks.get(k + 1).text()))) {
      return null;
    }
    Span np = phrases.leftNp(toks, tags, k, false);
    return np != null && np.start() >= toks.get(after).start() ? np : null;
  }

  /** How many tokens a subject set off by commas may run before its cue ("his daughter, X,"). */
  private static final int MAX_APPOSED_WORDS = 16;

  /**
   * The subject set off by commas between a reported clause and its cue, a noun phrase and a
   * name in apposition ("Thibodeaux died on Saturday, his daughter, Yvette Long, told"), when
   * token {@code j} is the comma before the cue; null when no clause with a verb stands before it
   * or more than a noun phrase and its apposition stand between.
   */
  private Span apposedSubject(List<Token> toks, List<String> tags, int j) {
    if (j < 4 || !toks.get(j).text().equals(",")) {
      return null;
    }
    int inner = -1;
    boolean named = false;
    for (int k = j - 1; k >= 0 && j - k <= MAX_APPOSED_WORDS; k--) {
      String w = toks.get(k).text();
      String t = tags.get(k);
      if (w.equals(",")) {
        if (inner >= 0) { // the comma that closes the reported clause
          return named && inner > k + 1 && inner < j - 1 && hasVerb(toks, tags, 0, k)
              && NounPhrases.isApposition(toks, tags, k + 1, j)
              ? Span.of(text, toks.get(k + 1).start(), toks.get(j - 1).end()) : null;
        }
        inner = k;
      } else if (t.equals("VERB") || t.equals("AUX") || NounPhrases.RELATIVE.contains(lower(w))
          || isQuoteMark(w)) {
        return null;
      }
      named |= inner < 0 && t.equals("PROPN"); // the apposition after the inner comma names
    }
    return null;
  }

  /**
   * The token of a relative pronoun after a comma, in tokens {@code [after, limit)}, that an
   * apposition of names and nouns set off by commas opens before ("son, Jory, who is a
   * fisherman,"); -1 when there is none or more than an apposition stands before it.
   */
  private static int relativeAfterApposition(List<Token> toks, List<String> tags, int after,
      int limit) {
    if (after >= limit || !toks.get(after).text().equals(",")) {
      return -1;
    }
    for (int r = after + 2; r < limit; r++) {
      if (NounPhrases.RELATIVE.contains(lower(toks.get(r).text())) && tags.get(r).equals("PRON")
          && toks.get(r - 1).text().equals(",")) {
        boolean named = false; // a name or noun, not an age alone (", 67, who")
        for (int k = after + 1; k < r - 1; k++) {
          named |= tags.get(k).equals("PROPN") || tags.get(k).equals("NOUN");
        }
        return named && NounPhrases.isApposition(toks, tags, after, r - 1) ? r : -1;
      }
    }
    return -1;
  }

  /**
   * Skips an adjunct set off by commas after the cue when "that" or a quotation follows it:
   * {@code said, in an interview with CNN, that ...}.
   */
  int skipCommaAdjunct(List<Token> toks, List<String> tags, int pos) {
    if (pos >= toks.size() || !toks.get(pos).text().equals(",")) {
      return pos;
    }
    for (int k = pos + 1; k < toks.size() && k - pos < 12; k++) {
      String w = toks.get(k).text();
      if (w.equals(",")) {
        int next = k + 1;
        if (next < toks.size() && (lower(toks.get(next).text()).equals("that")
            || QUOTE_OPENERS.contains(toks.get(next).text()))) {
          return next;
        }
        return pos;
      }
      if (tags.get(k).equals("VERB")) {
        return pos;
      }
    }
    return pos;
  }

  /**
   * Skips an adjunct between the cue and "that": {@code said Friday that},
   * {@code said at a campaign stop in Toledo, Ohio, that}. Only nouns, names, prepositions,
   * numbers and commas may stand between.
   */
  static int skipAdjunctBeforeThat(List<Token> toks, List<String> tags, int pos) {
    for (int k = pos; k < toks.size() && k - pos < 14; k++) {
      String w = lower(toks.get(k).text());
      if (w.equals("that") && k > pos && (tags.get(k).equals("SCONJ")
          || k + 1 < toks.size() && !tags.get(k + 1).equals("VERB")
          && !tags.get(k + 1).equals("AUX"))) {
        return k; // "said during a rally in Michigan that ...": not "a statement that was"
      }
      String t = tags.get(k);
      if (!(t.equals("NOUN") || t.equals("PROPN") || t.equals("ADP") || t.equals("DET")
          || t.equals("NUM") || t.equals("ADJ") || w.equals(",") || t.equals("ADV")
          || w.equals("-") && k > pos && k + 1 < toks.size() && tags.get(k - 1).equals("NUM")
              && tags.get(k + 1).equals("NUM"))) { // "ruled 2-1 that": a vote
        return pos;
      }
    }
    return pos;
  }

  /** Skips the addressee of a TELL cue ("told reporters", "told The New York Times"). */
  int skipObject(List<Token> toks, List<String> tags, int pos) {
    if (pos >= toks.size()) {
      return pos;
    }
    if (lower(toks.get(pos).text()).equals("that")) {
      return pos;
    }
    boolean relative = false;
    int clause = -1; // the first token of a clause that the addressee runs into
    for (int k = pos; k < toks.size() && k - pos < 16; k++) {
      String w = lower(toks.get(k).text());
      if (w.equals("that") && tags.get(k).equals("SCONJ") && !(k + 1 < toks.size()
          && TimePhrases.english().isTime(toks, tags, k, k + 2))) {
        return k; // not "that night", a time
      }
      relative |= RELATIVE_OPENERS.contains(w) || w.equals(",");
      if (w.equals(".") || w.equals(";") || QUOTE_OPENERS.contains(w)) {
        break;
      }
      if (tags.get(k).equals("AUX") && FINITE_AUXILIARIES.contains(w) && !relative) {
        // "told the hearing the ward had been short that night": a clause after the addressee,
        // whose subject opens at the determiner before the auxiliary
        for (int j = k - 1; j > pos && k - j <= 4 && NP_TAGS.contains(tags.get(j)); j--) {
          if (tags.get(j).equals("DET")) {
            clause = j;
            break;
          }
        }
        break;
      }
    }
    Span np = phrases.rightNp(toks, tags, pos);
    if (np == null) {
      return pos;
    }
    int after = NounPhrases.indexOfTokenAt(toks, np.end() - 1) + 1;
    if (clause > pos && after > clause) {
      return clause;
    }
    if (after < toks.size() && lower(toks.get(after).text()).equals("of")) {
      after++; // accused them of ...
    }
    return after;
  }

  /**
   * Offset where the reported clause that starts at token {@code pos} ends: at the sentence end,
   * a semicolon, or a comma that introduces another attribution; never inside a quotation.
   */
  int clauseEnd(List<Token> toks, List<String> tags, int pos) {
    int endTok = toks.size() - 1;
    // A sentence opened by a subordinator or a past participle ("Asked about it, she said ...")
    // has its main clause after the first comma.
    boolean subordinate = !toks.isEmpty() && (SUBORDINATORS.contains(lower(toks.get(0).text()))
        || tags.get(0).equals("VERB") && lower(toks.get(0).text()).endsWith("ed"));
    for (int k = pos; k < toks.size(); k++) {
      String w = toks.get(k).text();
      if (subordinate && w.equals(",") && ctx.quotationAt(toks.get(k).start()) < 0
          && startsClause(tags, k + 1)) {
        endTok = k - 1;
        break;
      }
      if (w.equals(";")) {
        endTok = k - 1;
        break;
      }
      if (k > pos && tags.get(k).equals("CCONJ") && k + 1 < toks.size()
          && (isCueVerbAt(toks, tags, k + 1) || startsAttribution(toks, tags, k + 1))) {
        endTok = k - 1;
        break;
      }
      if (w.equals(",") && k > pos && k + 1 < toks.size()
          && CLAUSE_BREAKS.contains(lower(toks.get(k + 1).text()))
          && ctx.quotationAt(toks.get(k).start()) < 0
          && (!CONCESSIVE.contains(lower(toks.get(k + 1).text()))
          || hasCueVerb(toks, tags, k + 2))) {
        endTok = k - 1; // "..., though she acknowledged ..."
        break;
      }
      if (w.equals(",") && k > pos && startsAttribution(toks, tags, k + 1)) {
        endTok = k - 1;
        break;
      }
    }
    while (endTok > pos && isTrailingPunct(toks.get(endTok).text())) {
      endTok--;
    }
    int end = toks.get(endTok).end();
    int r = ctx.quotationAt(end - 1);
    if (r >= 0 && top.get(r).outerEnd() > end && top.get(r).open() >= toks.get(pos).start()) {
      end = top.get(r).outerEnd();
    }
    return end;
  }

  /**
   * Whether the cue at {@code f} is a past participle heading a clause of its own ("when asked
   * whether ...", "Asked about the plan, ...") with a question or topic after it: reported speech
   * whose speaker the text does not name.
   */
  static boolean reducedPassive(List<Token> toks, List<String> tags, int f, int pos) {
    String cue = lower(toks.get(f).text());
    if (!cue.endsWith("ed") || pos >= toks.size()
        || !QUESTION_WORDS.contains(lower(toks.get(pos).text()))) {
      return false;
    }
    return f == 0 || SUBORDINATORS.contains(lower(toks.get(f - 1).text()));
  }

  /**
   * The verb whose subject is also the subject of the cue at {@code f}, or -1: the cue is its
   * infinitive or gerund complement ("appeared to suggest", "went on to discuss", "could not
   * resist pointing out").
   */
  static int catenativeVerb(List<Token> toks, List<String> tags, int f) {
    int k = f - 1;
    while (k >= 0 && tags.get(k).equals("ADV")) {
      k--;
    }
    if (k < 1) {
      return -1;
    }
    int v;
    if (lower(toks.get(k).text()).equals("to")) {
      v = k - 1;
      if (v >= 1 && lower(toks.get(v).text()).equals("on")) {
        v--; // "went on to"
      }
      v = NounPhrases.skipBack(toks, tags, v);
    } else if (lower(toks.get(f).text()).endsWith("ing")) {
      v = k;
    } else {
      return -1;
    }
    return v >= 1 && tags.get(v).equals("VERB") ? v : -1;
  }

  /**
   * The noun phrase from token {@code k} naming the speaker after an inverted cue, also when the
   * tagger misread a lower-case title before the name ("said pollster Frank Luntz").
   */
  Span rightSource(List<Token> toks, List<String> tags, int k) {
    Span np = phrases.rightNp(toks, tags, k);
    if (np != null) {
      return np;
    }
    int m = k;
    while (m < toks.size() && m - k < POST_WORDS && postWord(toks, tags, m)) {
      m++; // "said union official Marco Bellini", "said retired nurse Margaret Holt"
    }
    if (m == k || m >= toks.size() || !tags.get(m).equals("PROPN")) {
      return null;
    }
    Span name = phrases.rightNp(toks, tags, m);
    // one word of a post stays with the name ("said spokesman X"); a longer post is the
    // resolver's to read from the name alone
    return name == null || m > k + 1 ? name : Span.of(text, toks.get(k).start(), name.end());
  }

  /** Words in -ing that open posts: "managing director", "acting chair", "outgoing mayor". */
  private static final Set<String> POST_PARTICIPLES = Set.of("managing", "acting", "outgoing",
      "incoming", "founding", "presiding", "ranking", "serving", "sitting", "visiting",
      "reigning", "governing", "ruling", "leading", "commanding", "consulting", "supervising");
  /** How many words in small letters a post before a name after the cue may have. */
  private static final int POST_WORDS = 3;
  /** Small words that end a post before a name: no post goes on through them. */
  private static final Set<String> NOT_IN_POSTS = Set.of("of", "in", "to", "for", "at", "on",
      "with", "by", "from", "and", "or", "but", "the", "a", "an", "that", "who", "which", "as");

  /**
   * Whether token {@code m} may be a word of a post in small letters before a name ("union
   * official", "retired nurse", "vice-chair"), whatever the tagger read it as: letters and
   * hyphens, no small word that links phrases nor a verb in -ing ("polls showing rival X") but
   * those that open posts ("managing director", "acting chair").
   */
  private static boolean postWord(List<Token> toks, List<String> tags, int m) {
    String w = toks.get(m).text();
    if (!Character.isLowerCase(w.charAt(0)) || NOT_IN_POSTS.contains(w)
        || !w.chars().allMatch(c -> Character.isLetter(c) || c == '-')) {
      return false;
    }
    return switch (tags.get(m)) {
      case "VERB" -> !w.endsWith("ing") || POST_PARTICIPLES.contains(w);
      case "NOUN", "ADJ", "ADP" -> true;
      default -> false;
    };
  }

  /**
   * Whether a noun phrase is the subject of an absolute clause after "with", which a participle
   * after it speaks for: "..., with coach Darren Pollard saying the club ...".
   */
  static boolean withSubject(List<Token> toks, Span np) {
    if (np == null) {
      return false;
    }
    int k = NounPhrases.indexOfTokenAt(toks, np.start());
    return k > 0 && lower(toks.get(k - 1).text()).equals("with");
  }

  /**
   * Whether a verb or auxiliary (outside quotation marks or in them) is among tokens [from, to).
   */
  static boolean hasVerb(List<Token> toks, List<String> tags, int from, int to) {
    for (int k = from; k < to; k++) {
      if (tags.get(k).equals("VERB") || tags.get(k).equals("AUX")) {
        return true;
      }
    }
    return false;
  }

  /** The number of white-space separated words in {@code s}. */
  static int countWords(String s) {
    int words = 0;
    boolean in = false;
    for (int i = 0; i < s.length(); i++) {
      boolean space = Character.isWhitespace(s.charAt(i));
      if (!space && !in) {
        words++;
      }
      in = !space;
    }
    return words;
  }

  static int countWords(List<Token> toks, int from, int endOffset) {
    int n = 0;
    for (int k = from; k < toks.size() && toks.get(k).end() <= endOffset; k++) {
      if (Character.isLetterOrDigit(toks.get(k).text().charAt(0))) {
        n++;
      }
    }
    return n;
  }

  /**
   * Whether the cue word at {@code f} follows a determiner or possessive, so that it is a noun
   * ("Editor's note", "the states", "his claims") rather than a reporting verb.
   */
  static boolean isNounUse(List<Token> toks, List<String> tags, int f) {
    if (f == 0) {
      return false;
    }
    String prev = lower(toks.get(f - 1).text());
    return tags.get(f - 1).equals("DET") && !NounPhrases.isQuantifier(prev)
        || prev.endsWith("'s") || prev.endsWith("\u2019s") || NounPhrases.isPossessive(prev);
  }

  /**
   * The noun phrase a relative clause ending at token {@code k} hangs on: in "an economist who
   * studies taxes and teaches in New York said", the phrase before the cue lies inside the
   * clause and the economist is the speaker. Null when no relative pronoun stands between the
   * last comma and token {@code k}.
   */
  Span relativeAntecedent(List<Token> toks, List<String> tags, int k) {
    for (int r = k - 1; r > 0; r--) {
      String w = toks.get(r).text();
      if (w.equals(",") || w.equals(";") || isQuoteMark(w) || NounPhrases.isDash(w)) {
        return null;
      }
      if (NounPhrases.RELATIVE.contains(lower(w)) && tags.get(r).equals("PRON")) {
        return phrases.leftNp(toks, tags, r, true);
      }
    }
    return null;
  }

  /**
   * Whether token {@code k} is the period of an abbreviation split off by the tokenizer
   * ("(D-Wis.)" gives "D-Wis", "."), not the end of a sentence.
   */
  boolean abbreviationPeriod(List<Token> toks, int k) {
    if (k == 0 || !toks.get(k).text().equals(".") || toks.get(k - 1).end() != toks.get(k).start()) {
      return false;
    }
    int start = toks.get(k - 1).start();
    int hyphen = text.lastIndexOf('-', toks.get(k).start());
    if (hyphen >= start) {
      start = hyphen + 1; // "D-Wis": the state abbreviation after the party letter
    }
    return Abbreviations.isAbbreviation(text, start, toks.get(k).end())
        || Abbreviations.isNumberSign(text, start, toks.get(k).end());
  }

  /** Whether only conjunctions, adverbs and commas stand before token {@code f} ("But, ..."). */
  static boolean opensSentence(List<Token> toks, List<String> tags, int f) {
    for (int k = 0; k < f; k++) {
      String t = tags.get(k);
      if (!(SKIP_BEFORE_CUE.contains(t) || t.equals("CCONJ") || toks.get(k).text().equals(","))) {
        return false;
      }
    }
    return true;
  }

  /** Whether a verb or auxiliary stands before character {@code offset} in the sentence. */
  static boolean hasVerbBefore(List<Token> toks, List<String> tags, int offset) {
    int k = 0;
    while (k < toks.size() && toks.get(k).start() < offset) {
      k++;
    }
    return hasVerb(toks, tags, 0, k);
  }

  /** Whether a word is the -ing form of a reporting verb ("citing"), whatever its tag. */
  boolean isGerundCue(String w) {
    return lower(w).endsWith("ing") && startsReportingVerb(w, true);
  }

  /**
   * Whether a reporting verb form of the lexicon starts with word {@code w} (with
   * {@code wholeWord}, is exactly that word).
   */
  boolean startsReportingVerb(String w, boolean wholeWord) {
    for (CueLexicon.Entry e : lexicon.startingWith(w)) {
      if ((e.kind() == CueLexicon.Kind.VERB || e.kind() == CueLexicon.Kind.TELL)
          && (!wholeWord || e.words().size() == 1)) {
        return true;
      }
    }
    return false;
  }

  /** Whether the tokens from {@code k} begin another attribution (", adding", ", he said"). */
  boolean startsAttribution(List<Token> toks, List<String> tags, int k) {
    while (k < toks.size() && isQuoteMark(toks.get(k).text())) {
      k++;
    }
    int limit = Math.min(toks.size(), k + 5);
    boolean apposed = false;
    for (int m = k; m < limit; m++) {
      if (!apposed && m > k && toks.get(m).text().equals(",")) {
        int close = appositionEnd(toks, tags, m);
        if (close > 0) { // "the mayor, Ines Baptiste, said": the subject's apposition
          apposed = true;
          m = close;
          limit = Math.min(toks.size(), close + 4);
          continue;
        }
      }
      List<CueLexicon.Entry> es = lexicon.startingWith(toks.get(m).text());
      if (!es.isEmpty()) {
        for (CueLexicon.Entry e : es) {
          if (e.kind() == CueLexicon.Kind.PREP && m == k) {
            return true;
          }
          if ((e.kind() == CueLexicon.Kind.VERB || e.kind() == CueLexicon.Kind.TELL)
              && tags.get(m).equals("VERB")) {
            return true;
          }
        }
      }
      String t = tags.get(m);
      if (!(NP_TAGS.contains(t) || SKIP_BEFORE_CUE.contains(t))) {
        return false;
      }
    }
    return false;
  }

  /**
   * The index of the comma that closes an apposition opened by the comma at {@code comma} ("the
   * mayor, Ines Baptiste, said"): names, nouns, adjectives, determiners, numbers and prepositions
   * only, {@value #MAX_APPOSITION} tokens at most; -1 when there is none.
   */
  private static int appositionEnd(List<Token> toks, List<String> tags, int comma) {
    for (int m = comma + 1; m < toks.size() && m - comma <= MAX_APPOSITION; m++) {
      if (toks.get(m).text().equals(",")) {
        return m > comma + 1 ? m : -1;
      }
      String t = tags.get(m);
      if (!(NP_TAGS.contains(t) || t.equals("ADP")
          || NounPhrases.isPossessiveEnding(lower(toks.get(m).text())))) {
        return -1;
      }
    }
    return -1;
  }

  /** Whether a subject and a finite verb start at token {@code k} ("Washington spoke"). */
  static boolean startsClause(List<String> tags, int k) {
    int m = k;
    while (m < tags.size() && m - k < 6 && NP_TAGS.contains(tags.get(m))) {
      m++;
    }
    return m > k && m < tags.size() && (tags.get(m).equals("VERB") || tags.get(m).equals("AUX"));
  }

  /**
   * Whether token {@code k} is a verb in "-ing" written in small letters ("adding", "raising"):
   * after a comma, a participle clause of its own, whose subject never follows it.
   */
  static boolean ingParticiple(List<Token> toks, List<String> tags, int k) {
    String w = toks.get(k).text();
    return tags.get(k).equals("VERB") && Character.isLowerCase(w.charAt(0)) && w.endsWith("ing");
  }

  /** Whether a cue verb stands in the clause from token {@code k} to the next comma or the end. */
  private boolean hasCueVerb(List<Token> toks, List<String> tags, int k) {
    for (int m = k; m < toks.size() && !toks.get(m).text().equals(","); m++) {
      if (isCueVerbAt(toks, tags, m)) {
        return true;
      }
    }
    return false;
  }

  boolean isCueVerbAt(List<Token> toks, List<String> tags, int k) {
    for (CueLexicon.Entry e : lexicon.startingWith(toks.get(k).text())) {
      if (e.kind() != CueLexicon.Kind.NOUN && e.kind() != CueLexicon.Kind.PREP
          && tags.get(k).equals("VERB")) {
        return true;
      }
    }
    return false;
  }

  static boolean isQuoteMark(String w) {
    return w.equals("''") || w.equals("``") || w.length() == 1
        && "\"'\u201C\u201D\u2018\u2019\u00AB\u00BB\u201E\u300C\u300D".indexOf(w.charAt(0)) >= 0;
  }

  static boolean isTrailingPunct(String w) {
    return w.length() == 1 && ".,;:!?\u2026-\u2014\u2013".indexOf(w.charAt(0)) >= 0
        || w.equals("...");
  }

  /**
   * The first token of the clause that ends before token {@code stop}: the sentence start (past a
   * dateline), or the token after the last semicolon or attribution before it.
   */
  int clauseStart(List<Token> toks, int stop) {
    int dateline = Datelines.end(toks); // "PORT ALDEN — Jobs rose, the agency said"
    int start = dateline < stop ? dateline : 0;
    for (int k = 0; k < stop; k++) {
      if (toks.get(k).text().equals(";")) {
        start = k + 1;
      }
    }
    // the attributions that end in the clause so far, in any order: the latest end wins
    for (QuoteCandidate c : ctx.cuedEndingIn(toks.get(start).start(), toks.get(stop).start())) {
      int after = NounPhrases.indexOfTokenAt(toks, c.end() - 1) + 1;
      while (after < stop && isTrailingPunct(toks.get(after).text())) {
        after++;
      }
      if (after < stop) {
        start = Math.max(start, after);
      }
    }
    return start;
  }

  /**
   * Whether after token {@code from} only an adjunct follows ("on Friday", "in an interview"),
   * or, after a source set after its cue, a relative clause that describes it ("..., said Jacob
   * Lindell, who is not involved in the case").
   */
  boolean onlyAdjunctAfter(List<Token> toks, List<String> tags, int from, Span source) {
    int k = from;
    boolean inverted = source != null
        && source.start() >= toks.get(Math.min(from, toks.size() - 1)).start();
    if (inverted) {
      k = NounPhrases.indexOfTokenAt(toks, source.end() - 1) + 1;
      int r = k < toks.size() && toks.get(k).text().equals(",") ? k + 1 : k;
      while (r < toks.size() && r < k + MAX_APPOSITION && !RELATIVE_OPENERS.contains(
          toks.get(r).text()) && NOUN_PHRASE_TAGS.contains(tags.get(r))) {
        r++; // ", a patent lawyer at Carrow & Pike" before "who"
      }
      if (r < toks.size() && RELATIVE_OPENERS.contains(toks.get(r).text())) {
        return true; // "said Jacob Lindell, a patent lawyer, who is not involved in the case"
      }
      if (k < toks.size() && tags.get(k).equals("AUX")) {
        return false; // "..., said residents were angry": a subject and its verb, no source
      }
    }
    int n = 0;
    // "said in an interview with business channel GloboNews broadcast on Tuesday": a phrase
    // that opens on a preposition and names the medium that carried the words may run longer
    boolean prepositional = k < toks.size() && tags.get(k).equals("ADP");
    boolean medium = false;
    int opening = k;
    for (; k < toks.size(); k++) {
      String t = tags.get(k);
      String w = toks.get(k).text();
      int most = prepositional && medium ? MAX_MEDIUM_ADJUNCT : 8;
      if (w.equals(",") && (n > 0 || k + 1 < toks.size() && (isCueVerbAt(toks, tags, k + 1)
          || ingParticiple(toks, tags, k + 1)))) {
        return n <= most; // "said Friday, as ...", "said, adding that ...", "said, raising fears"
      }
      boolean carried = t.equals("VERB") && mediumParticiple(toks, tags, opening, k);
      medium |= carried;
      if (t.equals("VERB") && !carried || w.equals("that")
          || QUOTE_OPENERS.contains(w) && n == 0 && k + 1 < toks.size()) {
        return false;
      }
      if (!isTrailingPunct(w)) {
        n++;
      }
    }
    return n <= (prepositional && medium ? MAX_MEDIUM_ADJUNCT : 8);
  }

  /**
   * How many words an adjunct after a cue may run when it opens on a preposition and a
   * participle says how a medium carried the words; eight otherwise.
   */
  private static final int MAX_MEDIUM_ADJUNCT = 12;

  /** A quotation that ends in a comma (inside or just after the marks) ends the speech. */
  boolean endsWithComma(QuoteRegion r) {
    String inner = r.inner().text().stripTrailing();
    return inner.endsWith(",") || r.outerEnd() < text.length() && text.charAt(r.outerEnd()) == ',';
  }

  boolean hasWord(int from, int to) {
    for (int i = from; i < to; i++) {
      if (Character.isLetterOrDigit(text.charAt(i))) {
        return true;
      }
    }
    return false;
  }
}
