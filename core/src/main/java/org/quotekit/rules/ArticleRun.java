package org.quotekit.rules;

import static org.quotekit.rules.RuleBasedExtractor.NP_TAGS;
import static org.quotekit.rules.RuleBasedExtractor.SKIP_BEFORE_CUE;
import static org.quotekit.rules.RuleBasedExtractor.lower;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.quotekit.Cue;
import org.quotekit.QuoteType;
import org.quotekit.Span;
import org.quotekit.internal.Abbreviations;
import org.quotekit.spi.AnalyzedArticle;
import org.quotekit.spi.QuoteCandidate;
import org.quotekit.spi.QuoteRegion;
import org.quotekit.spi.Sentence;
import org.quotekit.spi.Token;

/** The rule-based extraction of one article. Not thread-safe; one instance per article. */
final class ArticleRun {

  private static final Set<String> QUOTE_OPENERS = Set.of("\"", "''", "``", "\u201C", "\u201E", "\u00AB",
      "\u00BB", "'", "\u2018", "\u300C", "\u300E", "\u2039", "\u201F", "\uFF02");
  private static final Set<String> SENTENCE_END = Set.of(".", "!", "?", "...", "\u2026");
  private static final Set<String> SUBORDINATORS = Set.of("although", "though", "while",
      "whereas", "because", "since", "if", "when", "as", "despite", "after", "before", "unless");
  private static final Set<String> LEADING_PREPOSITIONS = Set.of("of", "about", "on", "for",
      "against", "over", "with");
  private static final Set<String> CLAUSE_BREAKS = Set.of("though", "although", "whereas",
      "but", "while");
  private static final Set<String> SPEAK_SETTINGS = Set.of("in", "at", "to", "with", "before",
      "for", "during", "after", "from");
  /** The longest quotation without closing punctuation still read as a title or scare quote. */
  private static final int MAX_SCARE_QUOTE_WORDS = 8;
  private static final Set<String> QUESTION_WORDS = Set.of("whether", "if", "why", "how",
      "what", "who", "when", "where", "which", "about");
  private static final String DASHES = "\u2014\u2013\u2015";

  private final AnalyzedArticle a;
  private final String text;
  private final CueLexicon lexicon;
  private final CueDetector detector;
  private final NounPhrases phrases;
  private final List<QuoteRegion> top = new ArrayList<>();
  private final boolean[] used;
  private final List<QuoteCandidate> out = new ArrayList<>();

  ArticleRun(AnalyzedArticle article, CueLexicon lexicon, CueDetector detector) {
    this.a = article;
    this.text = article.text();
    this.lexicon = lexicon;
    this.detector = detector;
    this.phrases = new NounPhrases(text);
    for (QuoteRegion r : article.quoteRegions()) {
      if (r.depth() == 0) {
        top.add(r);
      }
    }
    this.used = new boolean[top.size()];
  }

  List<QuoteCandidate> run() {
    transcriptLines();
    for (Sentence s : a.sentences()) {
      sentence(s);
    }
    dashes();
    followOns();
    return out;
  }

  // ---------------------------------------------------------------------------------------------
  // Regions

  /** Index of the top-level region whose marks enclose {@code offset}, or -1. */
  private int regionAt(int offset) {
    int lo = 0;
    int hi = top.size() - 1;
    while (lo <= hi) {
      int mid = (lo + hi) >>> 1;
      QuoteRegion r = top.get(mid);
      if (offset < r.open()) {
        hi = mid - 1;
      } else if (offset >= r.outerEnd()) {
        lo = mid + 1;
      } else {
        return mid;
      }
    }
    return -1;
  }

  /** Index of the first top-level region opening at or after {@code offset}, or size. */
  private int regionFrom(int offset) {
    int lo = 0;
    int hi = top.size();
    while (lo < hi) {
      int mid = (lo + hi) >>> 1;
      if (top.get(mid).open() < offset) {
        lo = mid + 1;
      } else {
        hi = mid;
      }
    }
    return lo;
  }

  private int paragraphOf(int offset) {
    return a.sentenceAt(offset).paragraph();
  }

  // ---------------------------------------------------------------------------------------------
  // Sentences and cues

  private void sentence(Sentence s) {
    List<CueMatch> matches = detector.detect(a, s);
    if (matches.isEmpty()) {
      return;
    }
    List<Token> toks = a.tokens(s);
    List<RuleBasedExtractor.CueHit> hits = new ArrayList<>(matches.size());
    for (CueMatch m : matches) {
      Span span = Span.of(text, toks.get(m.first()).start(), toks.get(m.last()).end());
      hits.add(new RuleBasedExtractor.CueHit(s, m.first(), m.last(), m.entry(),
          new Cue(span, m.entry().lemma()), m.confidence()));
    }
    List<String> tags = a.tags(s);
    Span lastSource = null;
    int lastContentStart = -1;
    int lastContentEnd = -1;
    for (RuleBasedExtractor.CueHit hit : hits) {
      QuoteCandidate c = switch (hit.entry().kind()) {
        case VERB, TELL -> verbCue(hit, toks, tags, lastSource);
        case PREP -> prepCue(hit, toks, tags);
        case NOUN -> null;
      };
      if (c != null && hit.confidence() < 1.0) {
        c = new QuoteCandidate(c.type(), c.parts(), c.cue(), c.source(),
            c.confidence() * (0.5 + 0.5 * hit.confidence()), c.rule());
      }
      if (c != null) {
        out.add(c);
        // A cue nested in the previous content ("he said the forces would defend themselves")
        // does not change whose attribution a later "and accused ..." continues.
        boolean nested = c.cue() != null && c.cue().span().start() < lastContentEnd
            && c.cue().span().start() > lastContentStart;
        if (c.source() != null && !nested) {
          lastSource = c.source();
          lastContentStart = c.start();
          lastContentEnd = c.end();
        }
      }
    }
  }

  private QuoteCandidate verbCue(RuleBasedExtractor.CueHit hit, List<Token> toks,
      List<String> tags, Span lastSource) {
    int f = hit.first();
    int l = hit.last();
    Cue cue = hit.cue();
    int cueStart = toks.get(f).start();
    if (isNounUse(toks, tags, f) && !(l + 1 < toks.size()
        && (lower(toks.get(l + 1).text()).equals("that")
            || QUOTE_OPENERS.contains(toks.get(l + 1).text())
            || toks.get(l + 1).text().equals(":") && l + 2 < toks.size()
            && QUOTE_OPENERS.contains(toks.get(l + 2).text())))) {
      // "Editor's note:", "the pledged delegates": the cue word is a noun or adjective here
      // (but "Trump's claim that ..." and "this finding: \"...\"" report what was said).
      return null;
    }
    if (l + 1 < toks.size() && (lower(toks.get(l + 1).text()).equals("up")
        && !hit.cue().lemma().equals("speak") || lower(toks.get(l + 1).text()).equals("as")
        && (hit.cue().lemma().equals("see") || hit.cue().lemma().equals("know")))) {
      return null; // "showed up", "signed up", "is seen as", "known as"
    }
    if (!isVerbLike(toks, tags, f, l) && regionBefore(cueStart, toks, tags) < 0) {
      return null; // a mistagged cue right after a quotation still counts: "...?" a man asks.
    }

    // What follows the cue: the addressee of a TELL cue, an adjunct between commas
    // ("said, in an interview, that"), "that", a colon or comma.
    int pos = l + 1;
    if (hit.entry().kind() == CueLexicon.Kind.TELL) {
      pos = skipObject(toks, tags, pos);
    }
    pos = skipCommaAdjunct(toks, tags, pos);
    pos = skipAdjunctBeforeThat(toks, tags, pos);
    boolean that = false;
    if (pos < toks.size() && lower(toks.get(pos).text()).equals("that")
        && !isSubjectThat(tags, pos)) {
      that = true;
      pos++;
    }
    if (pos < toks.size() && (toks.get(pos).text().equals(":")
        || toks.get(pos).text().equals(","))) {
      pos++;
    }
    boolean quoteFollows = pos < toks.size() && regionAt(toks.get(pos).start()) >= 0
        && top.get(regionAt(toks.get(pos).start())).open() == toks.get(pos).start();

    // 1. A quotation closes just before the attribution: "...," X said / "...," said X.
    // A quotation on both sides ("A," he said, "B.") is one quotation interrupted by its cue.
    int before = that ? -1 : regionBefore(cueStart, toks, tags);
    if (before >= 0 && endsSentence(top.get(before)) && pos < toks.size()
        && !isTrailingPunct(toks.get(pos).text())) {
      // "... to change." She adds, "What ...?" / "... worried." In Virginia, most said the
      // system ...: a quotation that ended its sentence is not this cue's; what follows is.
      before = -1;
    }
    if (before >= 0) {
      Span source = phrases.leftNp(toks, tags, f, true);
      if (source == null) {
        source = phrases.gapApposition(toks, tags, top.get(before).outerEnd(), f);
      }
      int attributionEnd = cue.span().end();
      if (source == null) {
        source = phrases.withNameApposition(toks, tags, rightSource(toks, tags, l + 1));
        if (source != null) {
          attributionEnd = source.end();
        }
      }
      List<Span> parts = new ArrayList<>();
      QuoteRegion region = top.get(before);
      int lead = leadIn(region);
      int attributionStart = source != null && source.start() < cueStart ? source.start()
          : cueStart;
      int trail = trailOut(region, attributionStart);
      if (lead < 0 && trail < 0) {
        parts.add(region.inner());
      } else {
        parts.add(Span.of(text, lead < 0 ? region.open() : lead,
            trail < 0 ? region.outerEnd() : trail));
      }
      used[before] = true;
      continuation(attributionEnd, paragraphOf(cueStart), parts);
      return new QuoteCandidate(RuleBasedExtractor.typeOf(parts, top), parts, cue, source,
          0.95, AttributionRule.DIRECT_CUE_AFTER.id());
    }

    int prev = f - 1;
    while (prev >= 0 && isQuoteMark(toks.get(prev).text())) {
      prev--;
    }
    boolean participle = lastSource != null && prev >= 0
        && (toks.get(prev).text().equals(",") && lower(toks.get(f).text()).endsWith("ing")
            || tags.get(prev).equals("CCONJ"));
    if (l + 1 < toks.size() && lower(toks.get(l + 1).text()).equals("by")
        && lower(toks.get(f).text()).endsWith("ed")) {
      return null; // "mentioned by the moderators", "signed by Brazile": a passive, no speaker
    }
    if (l + 2 < toks.size() && hit.cue().lemma().equals("continue")
        && lower(toks.get(l + 1).text()).equals("to")) {
      return null; // "continues to run the best campaign": aspect, not speech
    }
    if (l + 1 < toks.size() && hit.cue().lemma().equals("speak")
        && SPEAK_SETTINGS.contains(lower(toks.get(l + 1).text())) && !hasTopic(toks, l + 1)) {
      return null; // "spoke in Phoenix on Wednesday": where, not what (but "spoke ... of X")
    }
    boolean reduced = reducedPassive(toks, tags, f, l + 1);
    if (!participle && !that && !quoteFollows && !reduced && isInverted(toks, tags, f, l)) {
      return contentBeforeCue(hit, toks, tags, null); // "..., said Tom Reid, an economist."
    }
    Span source = participle ? lastSource : leftSubject(toks, tags, f);
    if (!participle && lower(toks.get(f).text()).endsWith("ing") && tags.get(f).equals("VERB")
        && hasVerbBefore(toks, tags, source != null ? source.start() : cueStart)) {
      // "Trump unleashed a series of tweets saying that ...": the object does not speak.
      Span subject = phrases.sentenceSubject(toks, tags, f);
      if (subject != null) {
        source = subject;
      }
    }
    if (source == null && prev > 0 && tags.get(prev).equals("CCONJ")) {
      source = phrases.sentenceSubject(toks, tags, prev); // "Graham called it crazy and said ..."
      participle = source != null;
    }
    // 2. A quotation or reported clause follows the cue.
    if (pos >= toks.size()) {
      // Cue ends its sentence: a quotation may open the next paragraph (X said:).
      QuoteCandidate next = quoteInNextParagraph(hit, source);
      if (next != null) {
        return next;
      }
      return contentBeforeCue(hit, toks, tags, source);
    }
    if (pos + 1 < toks.size() && tags.get(pos).equals("ADP")
        && LEADING_PREPOSITIONS.contains(lower(toks.get(pos).text()))) {
      pos++; // "spoke about the plan": the content is what follows the preposition
    }
    int contentStart = toks.get(pos).start();
    int r = regionAt(contentStart);
    if (r >= 0 && top.get(r).open() == contentStart) {
      QuoteRegion region = top.get(r);
      int end = clauseEnd(toks, tags, pos);
      used[r] = true;
      if (end <= region.outerEnd() || !hasWord(region.outerEnd(), end)
          || endsWithComma(region)) {
        return new QuoteCandidate(QuoteType.DIRECT, List.of(region.inner()), cue, source, 0.9,
            AttributionRule.DIRECT_CUE_BEFORE.id());
      }
      return new QuoteCandidate(QuoteType.MIXED, List.of(Span.of(text, contentStart, end)), cue,
          source, 0.85, AttributionRule.DIRECT_CUE_BEFORE.id());
    }
    if (source == null && f > 0 && toks.get(f - 1).text().equals(",")) {
      // "..., said the spokesman." with the content before.
      return contentBeforeCue(hit, toks, tags, null);
    }
    if (!that && source != null && !participle && followsComma(toks, source)
        && !hasVerbBeforeComma(toks, tags, pos)) {
      // "..., top officials said Friday, as ..." : the content stands before the source.
      QuoteCandidate earlier = contentBeforeCue(hit, toks, tags, source);
      if (earlier != null) {
        return earlier;
      }
    }
    int end = clauseEnd(toks, tags, pos);
    int words = countWords(toks, pos, end);
    if (words == 0 || words < 3 && !that && isLexiconVerb(hit)) {
      return contentBeforeCue(hit, toks, tags, source);
    }
    if (source == null && !that && !participle && !reduced) {
      return null;
    }
    List<Span> parts = List.of(Span.of(text, contentStart, end));
    markUsed(contentStart, end);
    double confidence = that ? 0.85 : 0.7;
    return new QuoteCandidate(RuleBasedExtractor.typeOf(parts, top), parts, cue, source,
        confidence, participle ? AttributionRule.PARTICIPLE.id()
            : AttributionRule.INDIRECT_AFTER_CUE.id());
  }

  /**
   * Whether the cue word at {@code f} is used as a verb: tagged so, or (for words the tagger does
   * not know, such as a user's own verbs) followed by "that", a colon or a quotation.
   */
  private boolean isVerbLike(List<Token> toks, List<String> tags, int f, int l) {
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
  private boolean isInverted(List<Token> toks, List<String> tags, int f, int l) {
    if (f == 0 || !toks.get(f - 1).text().equals(",")
        || !hasVerbBefore(toks, tags, toks.get(f).start())) {
      return false; // "Yet economists, like their rivals, say ...": the cue is the main verb
    }
    Span np = phrases.rightNp(toks, tags, l + 1);
    if (np == null) {
      return false;
    }
    int after = NounPhrases.indexOfTokenAt(toks, np.end() - 1) + 1;
    return after >= toks.size() || isTrailingPunct(toks.get(after).text());
  }

  private static boolean followsComma(List<Token> toks, Span source) {
    int k = NounPhrases.indexOfTokenAt(toks, source.start());
    return k > 0 && toks.get(k - 1).text().equals(",");
  }

  private static boolean hasVerbBeforeComma(List<Token> toks, List<String> tags, int pos) {
    for (int k = pos; k < toks.size() && !toks.get(k).text().equals(","); k++) {
      if (tags.get(k).equals("VERB") || tags.get(k).equals("AUX")) {
        return true;
      }
    }
    return false;
  }

  /** Whether the "that" at {@code k} is a subject pronoun: "said that was wrong". */
  private static boolean isSubjectThat(List<String> tags, int k) {
    return k + 1 < tags.size()
        && (tags.get(k + 1).equals("AUX") || tags.get(k + 1).equals("VERB"));
  }

  /** Whether the cue is a lexicon verb, whose short complements are mostly not speech. */
  private boolean isLexiconVerb(RuleBasedExtractor.CueHit hit) {
    CueLexicon.Entry e = hit.entry();
    return (e.kind() == CueLexicon.Kind.VERB || e.kind() == CueLexicon.Kind.TELL)
        && lexicon.startingWith(e.words().get(0)).contains(e);
  }

  /** Content before the cue: "The plan is dead, he said." */
  private QuoteCandidate contentBeforeCue(RuleBasedExtractor.CueHit hit, List<Token> toks,
      List<String> tags, Span source) {
    int f = hit.first();
    int comma;
    Span src = source;
    if (src != null) {
      int k = NounPhrases.indexOfTokenAt(toks, src.start());
      comma = k - 1;
    } else {
      comma = f - 1;
      src = phrases.withNameApposition(toks, tags, rightSource(toks, tags, hit.last() + 1));
    }
    if (comma < 1 || !toks.get(comma).text().equals(",")) {
      return null;
    }
    if (!onlyAdjunctAfter(toks, tags, hit.last() + 1, src)) {
      return null;
    }
    int start = clauseStart(toks, comma);
    if (countWords(toks, start, toks.get(comma).start()) < 3 || !hasVerb(toks, tags, start, comma)) {
      return null; // "The day after the primary, Gov. Ducey called ...": no clause, no content
    }
    List<Span> parts = List.of(Span.of(text, toks.get(start).start(), toks.get(comma).start()));
    markUsed(parts.get(0).start(), parts.get(0).end());
    return new QuoteCandidate(RuleBasedExtractor.typeOf(parts, top), parts, hit.cue(), src, 0.75,
        AttributionRule.INDIRECT_CUE_AFTER.id());
  }

  private QuoteCandidate prepCue(RuleBasedExtractor.CueHit hit, List<Token> toks,
      List<String> tags) {
    int f = hit.first();
    int l = hit.last();
    if (lower(hit.cue().lemma()).equals("per") && (l + 1 >= toks.size()
        || !(tags.get(l + 1).equals("DET") || tags.get(l + 1).equals("PROPN")))) {
      return null;
    }
    Span source = phrases.rightNp(toks, tags, l + 1);
    if (source == null) {
      return null;
    }
    int afterSource = NounPhrases.indexOfTokenAt(toks, source.end() - 1) + 1;
    List<Span> parts;
    if (opensSentence(toks, tags, f)) {
      int pos = afterSource;
      // "According to interviews with more than a dozen of his aides, he ...": the phrase runs
      // to the last comma before the clause's verb.
      for (int k = afterSource; k < toks.size() && k - afterSource < 30; k++) {
        if (tags.get(k).equals("VERB") || tags.get(k).equals("AUX")) {
          break;
        }
        if (toks.get(k).text().equals(",") && regionAt(toks.get(k).start()) < 0) {
          pos = k;
        }
      }
      if (pos < toks.size() && toks.get(pos).text().equals(",")) {
        pos++;
      }
      if (pos >= toks.size()) {
        return null;
      }
      int end = clauseEnd(toks, tags, pos);
      if (countWords(toks, pos, end) < 2) {
        return null;
      }
      parts = List.of(Span.of(text, toks.get(pos).start(), end));
    } else {
      int stop = toks.get(f - 1).text().equals(",") ? f - 1 : f;
      int start = clauseStart(toks, stop);
      if (countWords(toks, start, toks.get(stop).start()) < 2) {
        return null;
      }
      parts = List.of(Span.of(text, toks.get(start).start(), toks.get(stop).start()));
    }
    markUsed(parts.get(0).start(), parts.get(0).end());
    return new QuoteCandidate(RuleBasedExtractor.typeOf(parts, top), parts, hit.cue(), source,
        0.8, AttributionRule.ACCORDING_TO.id());
  }

  // ---------------------------------------------------------------------------------------------
  // Attribution around quotations

  /**
   * The top-level region that closes just before {@code cueStart} with only a source mention and
   * punctuation between, in the same paragraph; or -1.
   */
  private int regionBefore(int cueStart, List<Token> toks, List<String> tags) {
    int idx = regionFrom(cueStart) - 1;
    if (idx < 0) {
      return -1;
    }
    QuoteRegion r = top.get(idx);
    if (!r.closed() || r.outerEnd() > cueStart || cueStart - r.outerEnd() > 160) {
      return -1;
    }
    if (paragraphOf(r.open()) != paragraphOf(cueStart) && paragraphOf(r.close())
        != paragraphOf(cueStart)) {
      return -1;
    }
    int gapTokens = 0;
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
      if (SENTENCE_END.contains(t.text()) && !abbreviationPeriod(toks, k) || tag.equals("VERB")
          || gapTokens > 14) {
        return -1;
      }
      if ((tag.equals("ADP") || tag.equals("SCONJ")) && k + 1 < toks.size()
          && toks.get(k + 1).start() == cueStart
          && lower(toks.get(k + 1).text()).endsWith("ing")) {
        return -1; // "...," without referring to it: the gerund's object, not its quotation
      }
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
    Sentence s = a.sentenceAt(cueStart);
    for (int c = r.outerEnd(); c < Math.min(s.start(), cueStart); c++) {
      char ch = text.charAt(c);
      if (!Character.isWhitespace(ch) && ch != ',') {
        return -1;
      }
    }
    return idx;
  }

  /**
   * Where the words that lead into a quotation within its sentence start ({@code Her plan is
   * "dead on arrival," he said.}), or -1 when the quotation opens its sentence or a cue or
   * another quotation stands before it.
   */
  private int leadIn(QuoteRegion region) {
    Sentence s = a.sentenceAt(region.open());
    int start = s.start();
    if (start >= region.open() || regionFrom(start) < regionFrom(region.open())
        || hasCueBetween(start, region.open())) {
      return -1;
    }
    String lead = text.substring(start, region.open());
    int words = 0;
    boolean inWord = false;
    for (int i = 0; i < lead.length(); i++) {
      boolean letter = Character.isLetterOrDigit(lead.charAt(i));
      if (letter && !inWord) {
        words++;
      }
      inWord = letter;
      if (":;".indexOf(lead.charAt(i)) >= 0) {
        return -1;
      }
    }
    return words >= 2 ? start : -1;
  }

  /**
   * The end of words that continue a quotation up to the comma before its attribution ("\u201C...
   * jail time\u201D for criminal behavior, Warren said"), or -1 when nothing but punctuation
   * stands between them.
   */
  private int trailOut(QuoteRegion region, int attributionStart) {
    int end = attributionStart;
    while (end > region.outerEnd() && (Character.isWhitespace(text.charAt(end - 1))
        || text.charAt(end - 1) == ',')) {
      end--;
    }
    if (end <= region.outerEnd() || text.charAt(end) != ','
        || hasCueBetween(region.outerEnd(), end)) {
      return -1;
    }
    for (int i = region.outerEnd(); i < end; i++) {
      if (Character.isLetterOrDigit(text.charAt(i))) {
        return end;
      }
    }
    return -1;
  }

  /** Adds to {@code parts} the quotations after the attribution that continue the same speech. */
  private void continuation(int from, int paragraph, List<Span> parts) {
    int idx = regionFrom(from);
    int pos = from;
    while (idx < top.size()) {
      QuoteRegion r = top.get(idx);
      Sentence at = a.sentenceAt(pos);
      if (used[idx] || paragraphOf(r.open()) != paragraph || r.open() - pos > 200
          || a.sentenceAt(r.open()).index() > at.index() + 1
          || !(isBlankOrComma(pos, r.open()) || a.sentenceAt(r.open()).start() == r.open())) {
        return;
      }
      // The rest of the attribution's sentence may hold other cues ("he said, speaking of the
      // vote."); the next quotation is still his unless it has an attribution of its own.
      if (hasOwnAttribution(r)) {
        return;
      }
      parts.add(r.inner());
      used[idx] = true;
      pos = r.outerEnd();
      idx++;
    }
  }

  /** The last character of the quotation of region {@code r} but white space, or 0 if none. */
  private static char lastChar(QuoteRegion r) {
    String inner = r.inner().text().strip();
    return inner.isEmpty() ? 0 : inner.charAt(inner.length() - 1);
  }

  /** Whether the quotation of region {@code r} ends its sentence with a full stop. */
  private static boolean endsSentence(QuoteRegion r) {
    return lastChar(r) == '.';
  }

  /**
   * Whether the quotation of region {@code r} ends in a comma, question or exclamation mark and a
   * cue follows it in its sentence: {@code "B," she said} has an attribution of its own.
   */
  private boolean hasOwnAttribution(QuoteRegion r) {
    if (!r.closed()) {
      return false;
    }
    char last = lastChar(r);
    if (last == 0 || ",?!\u2014-".indexOf(last) < 0) {
      return false;
    }
    int end = Math.max(r.outerEnd(), a.sentenceAt(r.outerEnd() - 1).end());
    return hasCueBetween(r.outerEnd(), Math.min(end, r.outerEnd() + 120));
  }

  private boolean isBlankOrComma(int from, int to) {
    for (int i = from; i < to; i++) {
      char c = text.charAt(i);
      if (!Character.isWhitespace(c) && c != ',' && c != ':') {
        return false;
      }
    }
    return true;
  }

  /** Whether a reporting verb stands between the offsets (a new attribution starts there). */
  private boolean hasCueBetween(int from, int to) {
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
   * The speech that a cue ending its paragraph with a colon introduces ("Limbaugh added:"): a
   * quotation opening the next paragraph, or, unquoted, that whole paragraph.
   */
  private QuoteCandidate quoteInNextParagraph(RuleBasedExtractor.CueHit hit, Span source) {
    int cueEnd = hit.cue().span().end();
    int k = cueEnd;
    while (k < text.length() && text.charAt(k) == ' ') {
      k++;
    }
    if (k >= text.length() || text.charAt(k) != ':') {
      return null;
    }
    int para = paragraphOf(cueEnd);
    if (a.paragraphs().get(para).end() != k + 1 || para + 1 >= a.paragraphs().size()) {
      return null;
    }
    Span next = a.paragraphs().get(para + 1);
    int r = regionAt(next.start());
    if (r >= 0 && top.get(r).open() == next.start()) {
      if (used[r]) {
        return null;
      }
      used[r] = true;
      return new QuoteCandidate(QuoteType.DIRECT, List.of(top.get(r).inner()), hit.cue(),
          source, 0.85, AttributionRule.DIRECT_CUE_BEFORE.id());
    }
    if (source == null || regionFrom(next.start()) < top.size()
        && top.get(regionFrom(next.start())).open() < next.end()) {
      return null; // unquoted speech needs a speaker and no quotation of its own
    }
    List<Span> parts = List.of(next);
    return new QuoteCandidate(QuoteType.INDIRECT, parts, hit.cue(), source, 0.7,
        AttributionRule.DIRECT_CUE_BEFORE.id());
  }

  // ---------------------------------------------------------------------------------------------
  // Noun phrases

  /**
   * The subject of the cue at token {@code f}: a noun phrase just before it (skipping adverbs and
   * auxiliaries), or the sentence-initial noun phrase when a relative clause or apposition stands
   * between ("Smith, who ..., said").
   */
  private Span leftSubject(List<Token> toks, List<String> tags, int f) {
    Span np = phrases.leftNp(toks, tags, f, false);
    if (np != null) {
      Span antecedent = relativeAntecedent(toks, tags,
          NounPhrases.indexOfTokenAt(toks, np.start()));
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
    if (j >= 1 && (toks.get(j).text().equals(",") || NounPhrases.isDash(toks.get(j).text()))) {
      int first = NounPhrases.subjectStart(toks, tags, j);
      Span head = phrases.rightNp(toks, tags, first);
      if (head != null && head.end() <= toks.get(j).start()
          && !NounPhrases.isPronoun(toks, first)) {
        int after = NounPhrases.indexOfTokenAt(toks, head.end() - 1) + 1;
        if (!quoted && NounPhrases.isApposition(toks, tags, after, j)) {
          return Span.of(text, head.start(), toks.get(j - 1).end());
        }
        return head; // "Smith, who led the inquiry, said"; "Trump, speaking on Friday, said"
      }
    }
    return null;
  }

  /**
   * Skips an adjunct set off by commas after the cue when "that" or a quotation follows it:
   * {@code said, in an interview with CNN, that ...}.
   */
  private int skipCommaAdjunct(List<Token> toks, List<String> tags, int pos) {
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
  private static int skipAdjunctBeforeThat(List<Token> toks, List<String> tags, int pos) {
    for (int k = pos; k < toks.size() && k - pos < 14; k++) {
      String w = lower(toks.get(k).text());
      if (w.equals("that") && k > pos && (tags.get(k).equals("SCONJ")
          || k + 1 < toks.size() && !tags.get(k + 1).equals("VERB")
          && !tags.get(k + 1).equals("AUX"))) {
        return k; // "said during a rally in Michigan that ...": not "a statement that was"
      }
      String t = tags.get(k);
      if (!(t.equals("NOUN") || t.equals("PROPN") || t.equals("ADP") || t.equals("DET")
          || t.equals("NUM") || t.equals("ADJ") || w.equals(",") || t.equals("ADV"))) {
        return pos;
      }
    }
    return pos;
  }

  /** Skips the addressee of a TELL cue ("told reporters", "told The New York Times"). */
  private int skipObject(List<Token> toks, List<String> tags, int pos) {
    if (pos >= toks.size()) {
      return pos;
    }
    if (lower(toks.get(pos).text()).equals("that")) {
      return pos;
    }
    for (int k = pos; k < toks.size() && k - pos < 16; k++) {
      String w = lower(toks.get(k).text());
      if (w.equals("that") && tags.get(k).equals("SCONJ")) {
        return k;
      }
      if (w.equals(".") || w.equals(";") || QUOTE_OPENERS.contains(w)) {
        break;
      }
    }
    Span np = phrases.rightNp(toks, tags, pos);
    if (np == null) {
      return pos;
    }
    int after = NounPhrases.indexOfTokenAt(toks, np.end() - 1) + 1;
    if (after < toks.size() && lower(toks.get(after).text()).equals("of")) {
      after++; // accused them of ...
    }
    return after;
  }

  // ---------------------------------------------------------------------------------------------
  // Clauses

  /**
   * Offset where the reported clause that starts at token {@code pos} ends: at the sentence end,
   * a semicolon, or a comma that introduces another attribution; never inside a quotation.
   */
  private int clauseEnd(List<Token> toks, List<String> tags, int pos) {
    int endTok = toks.size() - 1;
    // A sentence opened by a subordinator or a past participle ("Asked about it, she said ...")
    // has its main clause after the first comma.
    boolean subordinate = !toks.isEmpty() && (SUBORDINATORS.contains(lower(toks.get(0).text()))
        || tags.get(0).equals("VERB") && lower(toks.get(0).text()).endsWith("ed"));
    for (int k = pos; k < toks.size(); k++) {
      String w = toks.get(k).text();
      if (subordinate && w.equals(",") && regionAt(toks.get(k).start()) < 0
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
          && regionAt(toks.get(k).start()) < 0) {
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
    int r = regionAt(end - 1);
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
  private static boolean reducedPassive(List<Token> toks, List<String> tags, int f, int pos) {
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
  private static int catenativeVerb(List<Token> toks, List<String> tags, int f) {
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
  private Span rightSource(List<Token> toks, List<String> tags, int k) {
    Span np = phrases.rightNp(toks, tags, k);
    if (np == null && k + 1 < toks.size() && tags.get(k + 1).equals("PROPN")
        && (tags.get(k).equals("VERB") || tags.get(k).equals("NOUN") || tags.get(k).equals("ADJ"))
        && Character.isLowerCase(toks.get(k).text().charAt(0))
        && Character.isLetter(toks.get(k).text().charAt(0))) {
      Span name = phrases.rightNp(toks, tags, k + 1);
      if (name != null) {
        np = Span.of(text, toks.get(k).start(), name.end());
      }
    }
    return np;
  }

  /** Whether a verb or auxiliary (outside quotation marks or in them) is among tokens [from, to). */
  private static boolean hasVerb(List<Token> toks, List<String> tags, int from, int to) {
    for (int k = from; k < to; k++) {
      if (tags.get(k).equals("VERB") || tags.get(k).equals("AUX")) {
        return true;
      }
    }
    return false;
  }

  /** The number of white-space separated words in {@code s}. */
  private static int countWords(String s) {
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

  /**
   * Whether the cue word at {@code f} follows a determiner or possessive, so that it is a noun
   * ("Editor's note", "the states", "his claims") rather than a reporting verb.
   */
  private static boolean isNounUse(List<Token> toks, List<String> tags, int f) {
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
  private Span relativeAntecedent(List<Token> toks, List<String> tags, int k) {
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
  private boolean abbreviationPeriod(List<Token> toks, int k) {
    if (k == 0 || !toks.get(k).text().equals(".") || toks.get(k - 1).end() != toks.get(k).start()) {
      return false;
    }
    int start = toks.get(k - 1).start();
    int hyphen = text.lastIndexOf('-', toks.get(k).start());
    if (hyphen >= start) {
      start = hyphen + 1; // "D-Wis": the state abbreviation after the party letter
    }
    return Abbreviations.isAbbreviation(text, start, toks.get(k).end());
  }

  /** Whether "of" or "about" follows token {@code k} before the next comma or the end. */
  private static boolean hasTopic(List<Token> toks, int k) {
    for (int m = k; m < toks.size() && !toks.get(m).text().equals(","); m++) {
      String w = lower(toks.get(m).text());
      if (w.equals("of") || w.equals("about")) {
        return true;
      }
    }
    return false;
  }

  /** Whether only conjunctions, adverbs and commas stand before token {@code f} ("But, ..."). */
  private static boolean opensSentence(List<Token> toks, List<String> tags, int f) {
    for (int k = 0; k < f; k++) {
      String t = tags.get(k);
      if (!(SKIP_BEFORE_CUE.contains(t) || t.equals("CCONJ") || toks.get(k).text().equals(","))) {
        return false;
      }
    }
    return true;
  }

  /** Whether a verb or auxiliary stands before character {@code offset} in the sentence. */
  private static boolean hasVerbBefore(List<Token> toks, List<String> tags, int offset) {
    int k = 0;
    while (k < toks.size() && toks.get(k).start() < offset) {
      k++;
    }
    return hasVerb(toks, tags, 0, k);
  }

  /** Whether a word is the -ing form of a reporting verb ("citing"), whatever its tag. */
  private boolean isGerundCue(String w) {
    return lower(w).endsWith("ing") && startsReportingVerb(w, true);
  }

  /**
   * Whether a reporting verb form of the lexicon starts with word {@code w} (with
   * {@code wholeWord}, is exactly that word).
   */
  private boolean startsReportingVerb(String w, boolean wholeWord) {
    for (CueLexicon.Entry e : lexicon.startingWith(w)) {
      if ((e.kind() == CueLexicon.Kind.VERB || e.kind() == CueLexicon.Kind.TELL)
          && (!wholeWord || e.words().size() == 1)) {
        return true;
      }
    }
    return false;
  }

  /** Whether the tokens from {@code k} begin another attribution (", adding", ", he said"). */
  private boolean startsAttribution(List<Token> toks, List<String> tags, int k) {
    while (k < toks.size() && isQuoteMark(toks.get(k).text())) {
      k++;
    }
    for (int m = k; m < Math.min(toks.size(), k + 5); m++) {
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

  /** Whether a subject and a finite verb start at token {@code k} ("Washington spoke"). */
  private static boolean startsClause(List<String> tags, int k) {
    int m = k;
    while (m < tags.size() && m - k < 6 && NP_TAGS.contains(tags.get(m))) {
      m++;
    }
    return m > k && m < tags.size() && (tags.get(m).equals("VERB") || tags.get(m).equals("AUX"));
  }

  private boolean isCueVerbAt(List<Token> toks, List<String> tags, int k) {
    for (CueLexicon.Entry e : lexicon.startingWith(toks.get(k).text())) {
      if (e.kind() != CueLexicon.Kind.NOUN && e.kind() != CueLexicon.Kind.PREP
          && tags.get(k).equals("VERB")) {
        return true;
      }
    }
    return false;
  }

  static boolean isQuoteMark(String w) {
    return w.equals("''") || w.equals("``") || w.length() == 1 && "\"'\u201C\u201D\u2018\u2019\u00AB\u00BB\u201E\u300C\u300D"
        .indexOf(w.charAt(0)) >= 0;
  }

  static boolean isTrailingPunct(String w) {
    return w.length() == 1 && ".,;:!?\u2026-\u2014\u2013".indexOf(w.charAt(0)) >= 0
        || w.equals("...");
  }

  /**
   * The first token of the clause that ends before token {@code stop}: the sentence start, or the
   * token after the last semicolon or attribution before it.
   */
  private int clauseStart(List<Token> toks, int stop) {
    int start = 0;
    for (int k = 0; k < stop; k++) {
      if (toks.get(k).text().equals(";")) {
        start = k + 1;
      }
    }
    for (QuoteCandidate c : out) {
      if (c.cue() != null && c.end() <= toks.get(stop).start()
          && c.end() >= toks.get(start).start()) {
        int after = NounPhrases.indexOfTokenAt(toks, c.end() - 1) + 1;
        while (after < stop && isTrailingPunct(toks.get(after).text())) {
          after++;
        }
        if (after < stop) {
          start = Math.max(start, after);
        }
      }
    }
    return start;
  }

  /** Whether after token {@code from} only an adjunct follows ("on Friday", "in an interview"). */
  private boolean onlyAdjunctAfter(List<Token> toks, List<String> tags, int from, Span source) {
    int k = from;
    if (source != null && source.start() >= toks.get(Math.min(from, toks.size() - 1)).start()) {
      k = NounPhrases.indexOfTokenAt(toks, source.end() - 1) + 1;
    }
    int n = 0;
    for (; k < toks.size(); k++) {
      String t = tags.get(k);
      String w = toks.get(k).text();
      if (w.equals(",") && n > 0) {
        return n <= 8; // "said Friday, as ..."
      }
      if (t.equals("VERB") || w.equals("that") || QUOTE_OPENERS.contains(w) && n == 0
          && k + 1 < toks.size()) {
        return false;
      }
      if (!isTrailingPunct(w)) {
        n++;
      }
    }
    return n <= 8;
  }

  /** A quotation that ends in a comma (inside or just after the marks) ends the speech. */
  private boolean endsWithComma(QuoteRegion r) {
    String inner = r.inner().text().stripTrailing();
    return inner.endsWith(",") || r.outerEnd() < text.length() && text.charAt(r.outerEnd()) == ',';
  }

  private boolean hasWord(int from, int to) {
    for (int i = from; i < to; i++) {
      if (Character.isLetterOrDigit(text.charAt(i))) {
        return true;
      }
    }
    return false;
  }

  private static int countWords(List<Token> toks, int from, int endOffset) {
    int n = 0;
    for (int k = from; k < toks.size() && toks.get(k).end() <= endOffset; k++) {
      if (Character.isLetterOrDigit(toks.get(k).text().charAt(0))) {
        n++;
      }
    }
    return n;
  }

  private void markUsed(int start, int end) {
    for (int i = regionFrom(start); i < top.size() && top.get(i).open() < end; i++) {
      used[i] = true;
    }
  }

  // ---------------------------------------------------------------------------------------------
  // Paragraph-level patterns

  /** Transcript lines: {@code NAME: words} at the start of a paragraph. */
  private void transcriptLines() {
    for (Span p : a.paragraphs()) {
      String s = p.text();
      int colon = s.indexOf(':');
      if (colon <= 0 || colon > 40 || colon + 1 >= s.length()
          || !Character.isWhitespace(s.charAt(colon + 1))) {
        continue;
      }
      String label = s.substring(0, colon);
      if (!isNameLabel(label)) {
        continue;
      }
      int start = colon + 1;
      while (start < s.length() && Character.isWhitespace(s.charAt(start))) {
        start++;
      }
      if (start >= s.length() || s.substring(start).chars().noneMatch(Character::isLetter)) {
        continue; // "Clinton: 1,769." is a tally, not speech
      }
      Span content = Span.of(text, p.start() + start, p.end());
      Span source = Span.of(text, p.start(), p.start() + colon);
      Cue cue = new Cue(Span.of(text, p.start() + colon, p.start() + colon + 1), ":");
      boolean upper = label.equals(label.toUpperCase(java.util.Locale.ROOT));
      List<Span> parts = List.of(content);
      markUsed(content.start(), content.end());
      out.add(new QuoteCandidate(RuleBasedExtractor.typeOf(parts, top), parts, cue, source,
          upper ? 0.8 : 0.6, AttributionRule.TRANSCRIPT.id()));
    }
  }

  private static boolean isNameLabel(String label) {
    String[] words = label.strip().split(" ");
    if (words.length > 4 || words.length == 0) {
      return false;
    }
    for (String w : words) {
      if (w.isEmpty() || !Character.isUpperCase(w.charAt(0))) {
        return false;
      }
      for (int i = 0; i < w.length(); i++) {
        char c = w.charAt(i);
        if (!Character.isLetter(c) && ".'\u2019-".indexOf(c) < 0) {
          return false;
        }
      }
    }
    return Character.isLetter(label.charAt(label.length() - 1));
  }

  /** Quotations signed with a dash: {@code "..." — Name}. */
  private void dashes() {
    for (int i = 0; i < top.size(); i++) {
      QuoteRegion r = top.get(i);
      if (used[i] || !r.closed()) {
        continue;
      }
      int k = r.outerEnd();
      while (k < text.length() && text.charAt(k) == ' ') {
        k++;
      }
      if (k >= text.length() || DASHES.indexOf(text.charAt(k)) < 0) {
        continue;
      }
      int dash = k;
      k++;
      while (k < text.length() && text.charAt(k) == ' ') {
        k++;
      }
      int nameStart = k;
      int nameEnd = k;
      int words = 0;
      while (k < text.length() && words < 5 && Character.isUpperCase(text.charAt(k))) {
        while (k < text.length() && (Character.isLetter(text.charAt(k))
            || ".'\u2019-".indexOf(text.charAt(k)) >= 0)) {
          k++;
        }
        nameEnd = k;
        words++;
        if (k < text.length() && text.charAt(k) == ' ') {
          k++;
        } else {
          break;
        }
      }
      if (words == 0) {
        continue;
      }
      used[i] = true;
      out.add(new QuoteCandidate(QuoteType.DIRECT, List.of(r.inner()),
          new Cue(Span.of(text, dash, dash + 1), String.valueOf(text.charAt(dash))),
          Span.of(text, nameStart, nameEnd), 0.8, AttributionRule.DASH.id()));
    }
  }

  /**
   * Quotations without a cue that continue an attributed quotation: a quote paragraph after a
   * paragraph whose quote was attributed, or a long quotation in the same paragraph.
   */
  private void followOns() {
    List<QuoteCandidate> sorted = new ArrayList<>(out);
    sorted.sort((x, y) -> Integer.compare(x.start(), y.start()));
    // Indexed lookups instead of a scan of all candidates per quotation, which made an article
    // of many cues and many quotations quadratic (12 s per MB).
    int[] maxEnd = new int[sorted.size()];
    for (int k = 0; k < maxEnd.length; k++) {
      maxEnd[k] = Math.max(k == 0 ? 0 : maxEnd[k - 1], sorted.get(k).end());
    }
    for (int i = 0; i < top.size(); i++) {
      QuoteRegion r = top.get(i);
      if (used[i] || wordCount(r.inner()) < 4 || overlapsCandidate(sorted, maxEnd, r)) {
        continue;
      }
      QuoteCandidate prev = null; // the last, in start order, that ends before the quotation
      for (int k = startingBefore(sorted, r.open() + 1) - 1; k >= 0 && prev == null; k--) {
        if (sorted.get(k).end() <= r.open()) {
          prev = sorted.get(k);
        }
      }
      if (prev == null) {
        continue;
      }
      int para = paragraphOf(r.open());
      int prevPara = paragraphOf(prev.start());
      boolean opensParagraph = a.paragraphs().get(para).start() == r.open();
      if (!(para == prevPara || para == prevPara + 1 && opensParagraph)) {
        continue;
      }
      used[i] = true;
      out.add(new QuoteCandidate(QuoteType.DIRECT, List.of(r.inner()), null, null, 0.55,
          AttributionRule.FOLLOW_ON.id()));
    }
  }

  /**
   * Whether a part of a candidate overlaps the quotation; {@code sorted} by start,
   * {@code maxEnd[k]} the largest end among {@code sorted[0..k]}.
   */
  private static boolean overlapsCandidate(List<QuoteCandidate> sorted, int[] maxEnd,
      QuoteRegion r) {
    Span inner = r.inner();
    for (int k = startingBefore(sorted, inner.end()) - 1; k >= 0 && maxEnd[k] > inner.start();
        k--) {
      for (Span p : sorted.get(k).parts()) {
        if (p.overlaps(inner)) {
          return true;
        }
      }
    }
    return false;
  }

  /** How many candidates of {@code sorted} (by start) start before {@code offset}. */
  private static int startingBefore(List<QuoteCandidate> sorted, int offset) {
    int lo = 0;
    int hi = sorted.size();
    while (lo < hi) {
      int mid = (lo + hi) >>> 1;
      if (sorted.get(mid).start() < offset) {
        lo = mid + 1;
      } else {
        hi = mid;
      }
    }
    return lo;
  }

  private static int wordCount(Span s) {
    int words = 0;
    boolean inWord = false;
    String t = s.text();
    for (int i = 0; i < t.length(); i++) {
      boolean letter = Character.isLetterOrDigit(t.charAt(i));
      if (letter && !inWord) {
        words++;
      }
      inWord = letter;
    }
    return words;
  }
}
