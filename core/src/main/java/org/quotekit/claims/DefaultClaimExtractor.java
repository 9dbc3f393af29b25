package org.quotekit.claims;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Pattern;
import org.quotekit.Claim;
import org.quotekit.Cue;
import org.quotekit.Quantity;
import org.quotekit.Quote;
import org.quotekit.QuoteType;
import org.quotekit.Span;
import org.quotekit.Stance;
import org.quotekit.claims.ClaimLexicon.Words;
import org.quotekit.claims.QuantityFinder.Tagged;
import org.quotekit.spi.AnalyzedArticle;
import org.quotekit.spi.ClaimExtractor;
import org.quotekit.spi.Sentence;
import org.quotekit.spi.Token;

/**
 * The default {@link ClaimExtractor}: derives {@link Claim}s from the quotes of an article, one
 * claim per sentence of a quote (a sentence interrupted by its attribution is one claim with two
 * spans), each as standalone text with its speaker, cue, {@link Stance}, polarity and quantities.
 * The English news preset reads its words from the {@code claims-en.txt} resource. Immutable and
 * thread-safe; the article passed to {@link #extract} is confined to the calling thread as usual.
 *
 * <pre>{@code
 * List<Claim> claims = DefaultClaimExtractor.englishNews().extract(analyzedArticle, quotes);
 * }</pre>
 */
public final class DefaultClaimExtractor implements ClaimExtractor {

  /** The name this claim extractor reports in warnings. */
  public static final String NAME = "default";

  /** At most this many tokens of a subject completed from the reporting sentence. */
  private static final int MAX_SUBJECT = 8;
  /** What may stand between a frame and the other quote it frames, and how long it may be. */
  private static final Pattern FRAME_JOINT =
      Pattern.compile("[\\s,:;\"\u201C\u2018']*(?:that[\\s\"\u201C\u2018']*)?");
  private static final int FRAME_GAP = 12;
  /** Marks that open an aside a later comma may close. */
  private static final String ASIDE_OPENERS = ",(\u2013\u2014";
  /** The cue of a transcript turn: the colon after its speaker label. */
  private static final String LABEL_COLON = ":";
  /** How many characters of a quote's start may hold adverbs of its reporting verb. */
  private static final int ADVERB_WINDOW = 60;
  /** How many characters of a quote's start may hold a reporting frame and its "that". */
  private static final int FRAME_WINDOW = 200;
  /** At most this many tokens of a reporting frame before "that". */
  private static final int MAX_FRAME = 12;

  /** The tags of the words of a noun phrase. */
  private static final Set<String> NOUN_PHRASE =
      Set.of("DET", "ADJ", "NOUN", "PROPN", "NUM");

  /** Tags of a noun phrase naming the one asked: "asked the mayor whether ...". */
  private static final Set<String> ASKED = Set.of("DET", "ADJ", "NOUN", "PROPN");
  /** Tags of the words of time or place after a reporting verb: "said Friday that". */
  private static final Set<String> ADJUNCT = Set.of("NOUN", "PROPN", "ADP", "DET", "NUM", "ADV");
  /** Tags of a verb's object before the subject of its clause: "told parents the board ...". */
  private static final Set<String> OBJECT_TAGS = Set.of("NOUN", "PROPN", "PRON");
  /** Tags a subject does not start with: "as with so much". */
  private static final Set<String> NO_SUBJECT_START = Set.of("ADP", "SCONJ", "CCONJ");
  /** Tags a subject does not end with: "her of", "the". */
  private static final Set<String> NO_SUBJECT_END = Set.of("ADP", "DET");
  /** Tags after "to" that make it a preposition: "promised to the voters". */
  private static final Set<String> NO_INFINITIVE = Set.of("DET", "PRON", "PROPN", "NUM");

  private static final DefaultClaimExtractor ENGLISH_NEWS =
      new DefaultClaimExtractor(ClaimLexicon.englishNews());

  private final ClaimLexicon lexicon;
  private final SentenceSplitter splitter;
  private final QuantityFinder quantities;
  private final MainClause clause;
  private final NonClaims nonClaims;

  DefaultClaimExtractor(ClaimLexicon lexicon) {
    this.lexicon = lexicon;
    this.splitter = new SentenceSplitter(lexicon);
    this.quantities = new QuantityFinder(lexicon);
    this.clause = new MainClause(lexicon);
    this.nonClaims = new NonClaims(lexicon);
  }

  /** The extractor with the English news lexicon. */
  public static DefaultClaimExtractor englishNews() {
    return ENGLISH_NEWS;
  }

  @Override
  public String name() {
    return NAME;
  }

  /**
   * The claims of {@code quotes}, numbered {@code c1}, {@code c2}, ... in the order of the quotes
   * and of the sentences inside each. Every claim span lies inside a part of its quote.
   *
   * @param article the analysed article the quotes point into
   * @param quotes quotes of that article, with their ids and speaker ids final
   * @throws NullPointerException if an argument is null
   */
  @Override
  public List<Claim> extract(AnalyzedArticle article, List<Quote> quotes) {
    Objects.requireNonNull(article, "article");
    Objects.requireNonNull(quotes, "quotes");
    List<Claim> out = new ArrayList<>();
    TreeMap<Integer, Quote> partStarts = new TreeMap<>();
    for (Quote q : quotes) {
      q.parts().forEach(p -> partStarts.putIfAbsent(p.start(), q));
    }
    for (Quote q : quotes) {
      List<List<int[]>> sentences = sentencesOf(article.text(), q);
      for (int i = 0; i < sentences.size(); i++) {
        List<int[]> pieces = sentences.get(i);
        if (framesOther(article.text(), q, pieces.get(0)[0], pieces.get(pieces.size() - 1)[1],
            partStarts)) {
          continue; // "The county's study found that | [another quote]": the frame is no claim
        }
        Claim c = claim(article, q, pieces, i == 0, "c" + (out.size() + 1));
        if (c != null) {
          out.add(c);
        }
      }
    }
    return out;
  }

  /**
   * Whether a sentence of a quote ending at {@code end} only frames another quote's content that
   * follows it ("The state transportation department says | it will cover 60 percent", a
   * transcript turn keeping its own words around the speech it reports): the other quote's words
   * lie in a gap between this quote's pieces, or this quote is a turn (its cue the colon after a
   * speaker label) they follow; the sentence holds that quote's cue and stops with no closing
   * mark, and only spaces, "that" and punctuation stand between the two.
   */
  private static boolean framesOther(String text, Quote q, int start, int end,
      TreeMap<Integer, Quote> partStarts) {
    int last = end - 1;
    while (last >= 0 && Character.isWhitespace(text.charAt(last))) {
      last--;
    }
    if (last < 0 || ".!?\u2026\"\u201D\u2019'".indexOf(text.charAt(last)) >= 0) {
      return false; // a sentence that ends is said in its own right, whatever follows it
    }
    Map.Entry<Integer, Quote> next = partStarts.ceilingEntry(end);
    boolean turn = q.cue().map(c -> c.span().text()).filter(LABEL_COLON::equals).isPresent();
    return next != null && next.getValue() != q && (next.getKey() < q.content().end() || turn)
        && next.getKey() - end <= FRAME_GAP
        && FRAME_JOINT.matcher(text.substring(end, next.getKey())).matches()
        && next.getValue().cue().map(Cue::span)
            .filter(c -> c.start() >= start && c.end() <= end).isPresent();
  }

  /**
   * The quote's parts cut into sentences: each sentence as the pieces of parts it covers. Parts
   * belong to one sentence unless a sentence starts inside a part or between two parts.
   */
  private List<List<int[]>> sentencesOf(String text, Quote q) {
    List<Integer> starts = splitter.starts(text, q.content().start(), q.content().end());
    List<List<int[]>> out = new ArrayList<>();
    List<int[]> current = new ArrayList<>();
    int b = 0;
    for (Span part : q.parts()) {
      int s = part.start();
      boolean newSentence = false;
      while (b < starts.size() && starts.get(b) <= s) {
        newSentence = true;
        b++;
      }
      if (newSentence && !current.isEmpty()) {
        out.add(current);
        current = new ArrayList<>();
      }
      while (b < starts.size() && starts.get(b) < part.end()) {
        current.add(new int[] {s, starts.get(b)});
        out.add(current);
        current = new ArrayList<>();
        s = starts.get(b++);
      }
      current.add(new int[] {s, part.end()});
    }
    out.add(current);
    return out;
  }

  /** The claim of one sentence of a quote, or null when no words are left after trimming. */
  private Claim claim(AnalyzedArticle article, Quote q, List<int[]> pieces, boolean firstOfQuote,
      String id) {
    String text = article.text();
    List<int[]> kept = new ArrayList<>();
    for (int[] p : pieces) {
      int s = ClaimText.trimStart(text, p[0], p[1], false);
      int e = ClaimText.trimEnd(text, s, p[1], false);
      if (e > s) {
        kept.add(new int[] {s, e});
      }
    }
    if (kept.isEmpty()) {
      return null;
    }
    boolean relative = firstOfQuote && kept.size() > 1 && relativeAlone(article, kept);
    if (relative) {
      kept.remove(0); // "which | she said | had risen": the noun it stands for completes the rest
    }
    int[] first = kept.get(0);
    first[0] = ClaimText.trimStart(text, first[0], first[1], true);
    Stance reported = null;
    if (firstOfQuote && q.type() != QuoteType.DIRECT) {
      first[0] = afterComplementiser(article, afterAdverb(article, q,
          afterFrame(article, q, first[0], first[1]), first[1]), first[1]);
      Report report = nestedReport(article, first[0], first[1]);
      if (report != null) {
        first[0] = report.start();
        reported = report.stance();
      } else {
        reported = infinitiveBefore(article, q, first[0]);
      }
    }
    if (putToTheSpeaker(article, q, first[0])) {
      return null; // "Asked whether the ferry would sail, she said ...": the reporter's question
    }
    int[] last = kept.get(kept.size() - 1);
    if (q.type() == QuoteType.MIXED) {
      last[1] = beforeReportersWords(text, last);
    }
    last[1] = beforeQuotedAttribution(article, last);
    last[1] = ClaimText.trimEnd(text, last[0], beforeSource(article, q, last), true);
    boolean asked = questionMarkAfter(text, q, last[1]);
    kept.removeIf(p -> p[1] <= p[0]);
    if (kept.isEmpty()) {
      return null;
    }
    for (int i = 0; i + 1 < kept.size(); i++) {
      kept.get(i)[1] = beforeInterruptingComma(article, kept.get(i), kept.get(i + 1));
    }
    List<Span> mixed = q.type() == QuoteType.MIXED && kept.size() == 1
        ? mixedFrame(article, kept.get(0)) : List.of();
    // a frame without words (hostile text) completes nothing
    List<Span> frame = mixed.stream().allMatch(f -> wordy(f) != null) ? mixed : List.of();
    Span committer = firstOfQuote && frame.isEmpty() ? committer(article, q, kept.get(0)) : null;
    List<Span> spans = new ArrayList<>(kept.size());
    StringBuilder raw = new StringBuilder();
    List<Tagged> tokens = new ArrayList<>();
    for (int[] p : kept) {
      spans.add(Span.of(text, p[0], p[1]));
      raw.append(raw.length() == 0 ? "" : " ").append(text, p[0], p[1]);
      tokens.addAll(tagged(article, p[0], p[1]));
    }
    String statement = ClaimText.normalise(raw.toString());
    if (statement.isEmpty()) {
      return null;
    }
    boolean[] main = clause.mask(tokens);
    if (cueIsTheVerb(text, q, kept)) {
      return null; // "Obama's veto | is expected | to come before Friday": the cue was its verb
    }
    Span completion = wordy(!frame.isEmpty() ? frame.get(0) : committer != null ? committer
        : firstOfQuote ? completion(article, q, spans.get(0).start(), tokens, main) : null);
    if (relative && completion == null) {
      return null; // "which | they named | Fred and Mary": what it stands for is unknown
    }
    if (asked && statement.endsWith(".")) {
      statement = statement.substring(0, statement.length() - 1) + "?";
    }
    boolean question = statement.endsWith("?");
    boolean fragment = !tokens.isEmpty() && isFragment(text, tokens);
    if (!question && !tokens.isEmpty() && (nonClaims.courtesy(tokens)
        || completion == null && nonClaims.request(tokens)
        || fragment && nonClaims.relativeWithoutObject(tokens))) {
      return null; // "Thank you, Omar.", "Give us time.", "(wrongly) that only she could draw on"
    }
    if (completion == null && !question && !tokens.isEmpty()
        && ((fragment || clause.mayBeSubordinateOnly(tokens))
        && !clause.hasFiniteVerb(tokens, main) || clause.verbless(tokens)
        || q.type() != QuoteType.INDIRECT && fragment && startsWithFiniteVerb(tokens)
        || fragment && clause.infinitiveOnly(tokens) || clause.relativeOnly(tokens, main))) {
      return null; // "new flu cases", "As the council met", "The Donald.", "were accompanied by",
                   // "(declined) to say whether the licence was at risk", "A new ad that urges"
    }
    if (completion != null) {
      String words = ClaimText.normalise(completion.text());
      statement = "[" + words.substring(0, words.length() - 1)
          + (committer != null ? " will] " : "] ")
          + (Character.isLowerCase(text.charAt(spans.get(0).start()))
          ? ClaimText.lowerFirst(statement) : statement);
    }
    if (frame.size() > 1) {
      String words = ClaimText.lowerFirst(ClaimText.normalise(frame.get(1).text()));
      statement = statement.substring(0, statement.length() - 1) + " ["
          + words.substring(0, words.length() - 1) + "]" + statement.substring(
          statement.length() - 1);
    }
    List<Quantity> found = new ArrayList<>();
    for (Span span : spans) {
      if (quantities.mayHold(span.text())) {
        found.addAll(quantities.find(text, within(tokens, span)));
      }
    }
    String cue = q.cue().map(Cue::lemma).orElse(null);
    boolean cueInSubject = completion != null
        && q.cue().filter(c -> completion.contains(c.span())).isPresent();
    Stance stance = question ? Stance.ASKS : reported != null ? reported
        : lexicon.stanceOf(cueInSubject ? null : cue);
    if (stance == Stance.DENIES && !question && reported == null && negatedCue(article.text(), q)) {
      stance = Stance.HEDGES; // "did not deny that talks had taken place": no commitment either way
    }
    if (stance == Stance.ASKS && !question && q.type() == QuoteType.DIRECT) {
      stance = Stance.ASSERTS; // "'Where will they go? Nobody told us,' she asked": a statement
    }
    if (stance == Stance.ASSERTS && clause.hedged(tokens, main)) {
      stance = Stance.HEDGES;
    }
    return new Claim(id, statement, q.id(), q.speakerId().orElse(null), cue, stance,
        clause.negated(tokens, main), found.stream().map(Quantity::span).toList(), spans,
        !frame.isEmpty() ? frame : completion == null ? List.of() : List.of(completion), found);
  }

  /** A reporting frame inside a quote: where the reported words start, and the frame's stance. */
  private record Report(int start, Stance stance) {}

  /**
   * The report another source makes that opens {@code [s, e)} ("Bloomberg reports that ...",
   * "Clinton spokesman Jesse Lehrich said Friday that ..."): a noun phrase with a noun, at most
   * two auxiliaries or adverbs, a form of a cue of the lexicon, at most three words of time or
   * place, and "that" before words that do not start with a verb and hold a finite one. The claim
   * is the reported words, with the frame's stance; or null. A pronoun subject ("he thinks that")
   * is mostly the speaker, whose own frame stays.
   */
  private Report nestedReport(AnalyzedArticle article, int s, int e) {
    if (!thatWithin(article.text(), s, e)) {
      return null; // most quotes: no need to tag
    }
    List<Tagged> t = tagged(article, s, e);
    if (t.size() < 4 || t.get(0).token().start() != s) {
      return null;
    }
    int i = 0;
    boolean noun = false;
    while (i < t.size() && i < MAX_SUBJECT && (NOUN_PHRASE.contains(t.get(i).tag())
        || isPossessive(t.get(i)))) {
      noun |= t.get(i).tag().equals("NOUN") || t.get(i).tag().equals("PROPN");
      i++;
    }
    int verb = i;
    while (verb < t.size() && verb - i < 2 && (t.get(verb).tag().equals("AUX")
        || t.get(verb).tag().equals("ADV"))) {
      verb++;
    }
    if (!noun || verb >= t.size() || !t.get(verb).tag().equals("VERB")) {
      return null;
    }
    Stance stance = lexicon.stanceOfForm(t.get(verb).lower());
    int that = verb + 1;
    while (that < t.size() && that - verb <= 3 && !t.get(that).lower().equals("that")
        && ADJUNCT.contains(t.get(that).tag())) {
      that++;
    }
    if (stance == null || that + 1 >= t.size() || !t.get(that).lower().equals("that")) {
      return null;
    }
    List<Tagged> rest = t.subList(that + 1, t.size());
    if (isVerb(rest.get(0)) || !clause.hasFiniteVerb(rest, clause.mask(rest))) {
      return null;
    }
    return new Report(ClaimText.trimStart(article.text(), t.get(that).token().end(), e, true),
        stance);
  }

  /** A negation right before a cue, perhaps with an adverb between: "did not", "never", "n't". */
  private static final Pattern NEGATION_BEFORE = Pattern.compile(
      "(?i)(?:\\bnot|\\bnever|n['\u2019]t)\\s+(?:\\p{L}+ly\\s+)?$");

  /**
   * Whether the quote's cue is negated ("did not deny", "hasn't disputed", "never rejected"): a
   * denial that is negated neither denies nor asserts what follows.
   */
  private static boolean negatedCue(String text, Quote q) {
    return q.cue().filter(c -> NEGATION_BEFORE.matcher(text)
        .region(Math.max(0, c.span().start() - 24), c.span().start()).find()).isPresent();
  }

  /**
   * The stance of another verb that takes the claim starting at {@code s} as its complement: an
   * infinitive between the quote's cue and the claim, whose words end with "that" ("promised a
   * veto and attempted to make the case to members of both parties that | the bill is a bad
   * idea": the cue's stance does not reach the claim); ASSERTS when the verb is no cue of the
   * lexicon, or null when there is no such infinitive.
   */
  private Stance infinitiveBefore(AnalyzedArticle article, Quote q, int s) {
    Cue cue = q.cue().orElse(null);
    if (cue == null || cue.span().end() >= s || s - cue.span().end() > FRAME_WINDOW
        || !thatWithin(article.text(), cue.span().end(), s)) {
      return null;
    }
    List<Tagged> t = tagged(article, cue.span().end(), s);
    int last = t.size() - 1;
    while (last >= 0 && isMark(t.get(last))) {
      last--;
    }
    if (last < 2 || !t.get(last).lower().equals("that")) {
      return null;
    }
    for (int i = last - 1; i > 0; i--) {
      if (t.get(i).tag().equals("VERB") && t.get(i - 1).lower().equals("to")) {
        Stance stance = lexicon.stanceOfForm(t.get(i).lower());
        return stance == null ? Stance.ASSERTS : stance;
      }
      if (isVerb(t.get(i)) || t.get(i).tag().equals("PUNCT")) {
        return null; // "promised that", "vowed, in a statement released Friday, that"
      }
    }
    return null;
  }

  /** Whether "that" stands in the first {@link #FRAME_WINDOW} characters of {@code [s, e)}. */
  private static boolean thatWithin(String text, int s, int e) {
    int end = Math.min(e, s + FRAME_WINDOW) - 4;
    for (int i = Math.max(s, 0); i <= end; i++) {
      if (text.charAt(i) == 't' && text.startsWith("that", i)) {
        return true;
      }
    }
    return false;
  }

  /** Whether the token is the possessive "'s" of a noun phrase ("the team's owner"). */
  private static boolean isPossessive(Tagged w) {
    return w.lower().equals("'s") || w.lower().equals("\u2019s");
  }

  /**
   * Whether the first of {@code pieces} is one relative word alone and the second opens with a
   * finite verb, whose subject it is ("which | she said | had risen").
   */
  private boolean relativeAlone(AnalyzedArticle article, List<int[]> pieces) {
    List<Tagged> t = tagged(article, pieces.get(0)[0], pieces.get(0)[1]);
    t.removeIf(w -> w.tag().equals("PUNCT"));
    if (t.size() != 1 || !lexicon.is(Words.RELATIVE, t.get(0).lower())) {
      return false; // most quotes: no need to tag the next piece
    }
    List<Tagged> next = tagged(article, pieces.get(1)[0], pieces.get(1)[1]);
    return !next.isEmpty() && startsWithFiniteVerb(next);
  }

  /**
   * Whether the quote leaves out the question mark that ends its quotation: the quote, with
   * quotation marks, ends right before a question mark and a closing quote mark, and only white
   * space, quote marks and commas lie between {@code pieceEnd} and it ("Who will pay for all
   * this|?""). A question mark after the closing quote mark is the reporter's ("Will voters find
   * 'comfort' in it?").
   */
  private static boolean questionMarkAfter(String text, Quote q, int pieceEnd) {
    int end = q.content().end();
    return q.type() != QuoteType.INDIRECT && pieceEnd <= end
        && ClaimText.trimEnd(text, pieceEnd, end, true) <= pieceEnd && end + 1 < text.length()
        && text.charAt(end) == '?' && ClaimText.isQuoteMark(text.charAt(end + 1));
  }

  /**
   * Whether the quote's cue stands between two of {@code pieces} with no punctuation or quote mark
   * from the last word before it to the first word after it ("Obama's veto | is expected | to
   * come", "As Obama | appears | set to veto"): then the cue is the verb of the sentence, not an
   * attribution set into it ("The plan, she said, will ...", "'We,' he said 'will ...'").
   */
  private static boolean cueIsTheVerb(String text, Quote q, List<int[]> pieces) {
    Cue cue = q.cue().orElse(null);
    for (int i = 1; cue != null && i < pieces.size(); i++) {
      if (cue.span().start() >= pieces.get(i - 1)[1] && cue.span().end() <= pieces.get(i)[0]) {
        int from = pieces.get(i - 1)[1];
        while (from > pieces.get(i - 1)[0] && !Character.isLetterOrDigit(text.charAt(from - 1))) {
          from--;
        }
        int to = pieces.get(i)[0];
        while (to < pieces.get(i)[1] && !Character.isLetterOrDigit(text.charAt(to))) {
          to++;
        }
        for (int k = from; k < to; k++) {
          char c = text.charAt(k);
          if (!Character.isLetterOrDigit(c) && !Character.isWhitespace(c)) {
            return false;
          }
        }
        return true;
      }
    }
    return false;
  }

  /**
   * The end of {@code piece} before the attribution of a quotation inside it, which the quote
   * runs into ("... at the very bottom," Bill Clinton said Monday in Cheyenne"): a closing quote
   * mark next to a comma, then a noun phrase or personal pronoun and a form of a cue of the
   * lexicon, and no other quote mark after it; else the piece's end.
   */
  private int beforeQuotedAttribution(AnalyzedArticle article, int[] piece) {
    String text = article.text();
    for (int i = piece[1] - 1; i > piece[0]; i--) {
      if (!ClaimText.isQuoteMark(text.charAt(i)) || Character.isLetter(text.charAt(i - 1))
          && i + 1 < piece[1] && Character.isLetter(text.charAt(i + 1))) {
        continue; // an apostrophe: "don't"
      }
      boolean commaAfter = i + 1 < piece[1] && text.charAt(i + 1) == ',';
      if (text.charAt(i - 1) != ',' && !commaAfter) {
        return piece[1];
      }
      List<Tagged> t = tagged(article, commaAfter ? i + 2 : i + 1, piece[1]);
      int k = 0;
      while (k < t.size() && k < MAX_SUBJECT && (NOUN_PHRASE.contains(t.get(k).tag())
          || t.get(k).tag().equals("PRON") && lexicon.is(Words.PERSONAL, t.get(k).lower()))) {
        k++;
      }
      boolean cue = k > 0 && k < t.size() && t.get(k).tag().equals("VERB")
          && lexicon.stanceOfForm(t.get(k).lower()) != null;
      List<Tagged> after = cue ? t.subList(k + 1, t.size()) : List.of();
      return cue && after.size() <= MAX_SUBJECT && after.stream().noneMatch(
          DefaultClaimExtractor::isVerb) ? i : piece[1]; // not "I think the people understood"
    }
    return piece[1];
  }

  /**
   * The source who commits to what a promise or a threat reported with an infinitive says
   * ("Haas vowed to freeze rents": "[Haas will] freeze rents"), with {@code piece} moved past
   * "to"; or null when the quote is no such commitment, its source, cue and "to" do not follow
   * each other or the source does not open its clause.
   */
  private Span committer(AnalyzedArticle article, Quote q, int[] piece) {
    Cue cue = q.cue().orElse(null);
    Span source = q.source().orElse(null);
    String text = article.text();
    if (cue == null || source == null || lexicon.stanceOf(cue.lemma()) != Stance.PROMISES
        && lexicon.stanceOf(cue.lemma()) != Stance.WARNS || source.end() > cue.span().start()
        || !text.substring(source.end(), cue.span().start()).isBlank()
        || cue.span().end() > piece[0] || !text.substring(cue.span().end(), piece[0]).isBlank()) {
      return null; // only "SOURCE vowed to ..."
    }
    List<Tagged> before = tagged(article, article.sentenceAt(source.start()).start(),
        source.start());
    String opener = before.isEmpty() ? "PUNCT" : before.get(before.size() - 1).tag();
    if (!opener.equals("PUNCT") && !opener.equals("CCONJ") && !opener.equals("SCONJ")) {
      return null; // the source must open its clause, not "the target it pledged to reach"
    }
    List<Tagged> t = tagged(article, piece[0], piece[1]);
    if (t.size() < 2 || !t.get(0).lower().equals("to") || t.get(0).token().start() != piece[0]
        || NO_INFINITIVE.contains(t.get(1).tag())) {
      return null; // "promised to the voters that ..."
    }
    piece[0] = t.get(1).token().start();
    return source;
  }

  /**
   * Whether the claim starting at {@code at} is a question put to the speaker rather than one the
   * speaker asked: the quote's cue is the participle "asked" with no source before it, opening
   * its sentence or following only a subordinator, and no comma stands between the cue and the
   * claim ("Asked whether the ferry would sail"; not the answer after "Asked about the ferry,
   * she said that ...").
   */
  private boolean putToTheSpeaker(AnalyzedArticle article, Quote q, int at) {
    Cue cue = q.cue().orElse(null);
    String text = article.text();
    if (cue == null || lexicon.stanceOf(cue.lemma()) != Stance.ASKS
        || !text.substring(cue.span().start(), cue.span().end()).equalsIgnoreCase("asked")
        || q.source().filter(s -> s.start() < cue.span().start()).isPresent()
        || at < cue.span().end() || text.substring(cue.span().end(), at).indexOf(',') >= 0) {
      return false;
    }
    List<Tagged> before = tagged(article, article.sentenceAt(cue.span().start()).start(),
        cue.span().start());
    before.removeIf(DefaultClaimExtractor::isMark);
    return before.isEmpty()
        || before.size() == 1 && lexicon.is(Words.SUBORDINATOR, before.get(0).lower());
  }

  /**
   * The start of the words after adverbs or an object pronoun that open {@code [s, e)} and belong
   * to the reporting verb before a question word or "whether" ("wondered aloud why ...", "asked
   * him whether ...": "why ...", "whether ..."), or before "that" after an adverb in "-ly" ("said
   * repeatedly that ..."); {@code s} otherwise. After a cue that asks, the one asked may be a noun
   * phrase ("asked | Clinton pointedly whether ...", "asked | the board if ...").
   */
  private int afterAdverb(AnalyzedArticle article, Quote q, int s, int e) {
    List<Tagged> t = tagged(article, s, Math.min(e, s + ADVERB_WINDOW)); // the first words only
    boolean asks = q.cue().filter(c -> lexicon.stanceOf(c.lemma()) == Stance.ASKS).isPresent();
    int i = 0;
    boolean named = false;
    while (i < t.size() && i < (asks ? MAX_SUBJECT : 3) && !asksSomething(t.get(i))
        && (t.get(i).tag().equals("ADV")
        || t.get(i).tag().equals("PRON") && lexicon.is(Words.OBJECT, t.get(i).lower())
        || asks && ASKED.contains(t.get(i).tag()))) {
      named |= ASKED.contains(t.get(i).tag());
      i++;
    }
    if (i == 0 || i >= t.size() || t.get(0).token().start() != s) {
      return s;
    }
    if (named && (t.get(i).lower().equals("while") || lexicon.is(Words.RELATIVE, t.get(i).lower())
        || t.get(i).lower().startsWith("whos"))) {
      return s; // "women who said ...", "money while ...": no question after a noun
    }
    boolean that = !named && t.get(i).lower().equals("that")
        && t.get(i - 1).lower().endsWith("ly");
    return asksSomething(t.get(i)) || that ? t.get(i).token().start() : s;
  }

  /** Whether the word opens an indirect question: "whether", "how", "why", "what", "who". */
  private static boolean asksSomething(Tagged w) {
    String tag = w.tag();
    return w.lower().equals("whether") || w.lower().equals("how") || w.lower().startsWith("wh")
        && (tag.equals("PRON") || tag.equals("ADV") || tag.equals("SCONJ"));
  }

  /**
   * The end of {@code piece} of a mixed quote without the reporter's words after a quoted part
   * that a comma closes ("the hospital 'will open on time,' | despite a shortage of builders"):
   * the speaker's words end there. Words after a quoted part without a comma ("'dead on
   * arrival' and ...") and a quoted part that follows stay.
   */
  private static int beforeReportersWords(String text, int[] piece) {
    int open = -1;
    for (int i = piece[0]; i < piece[1]; i++) {
      char c = text.charAt(i);
      if (!ClaimText.isQuoteMark(c) || i > piece[0] && Character.isLetterOrDigit(text.charAt(i - 1))
          && i + 1 < piece[1] && Character.isLetterOrDigit(text.charAt(i + 1))) {
        continue; // an apostrophe: "don't"
      }
      boolean opens = i == piece[0] || Character.isWhitespace(text.charAt(i - 1));
      if (opens) {
        open = i;
        continue;
      }
      boolean comma = text.charAt(i - 1) == ',' || i + 1 < piece[1] && text.charAt(i + 1) == ',';
      if (open >= 0 && comma && i + 1 < piece[1]
          && ClaimText.trimEnd(text, i + 1, piece[1], true) > i + 1) {
        for (int j = i + 1; j < piece[1]; j++) {
          if (ClaimText.isQuoteMark(text.charAt(j))) {
            return piece[1]; // another quoted part follows
          }
        }
        return i + 1;
      }
      open = -1;
    }
    return piece[1];
  }

  /**
   * The end of {@code piece} without the noun phrase of a source that runs up to the cue right
   * after it ("prices will rise by 10 percent, the owner, Carl Lund, | told ..."): when only
   * white space and commas separate the piece from the quote's cue, a finite verb whose subject
   * the source is ("said", "told"; not "according to", "citing"), the words after the earliest
   * of the last commas that only noun phrases and commas follow are the attribution; else the
   * piece's end.
   */
  private int beforeSource(AnalyzedArticle article, Quote q, int[] piece) {
    Cue cue = q.cue().orElse(null);
    String text = article.text();
    if (cue == null || cue.span().start() < piece[1]
        || !text.substring(piece[1], cue.span().start()).replace(',', ' ').isBlank()) {
      return piece[1];
    }
    if (!cueIsFiniteVerb(article, cue)) {
      return piece[1]; // "in Everett, Mass., according to ...", "..., citing ...": no subject
    }
    List<Tagged> t = tagged(article, piece[0], piece[1]);
    int cut = -1;
    for (int i = t.size() - 1; i > 0 && t.size() - i <= MAX_SUBJECT + 2; i--) {
      Tagged w = t.get(i);
      if (w.lower().equals(",")) {
        cut = i;
      } else if (!NOUN_PHRASE.contains(w.tag()) && !isPossessive(w)
          && !lexicon.is(Words.OBJECT, w.lower())) {
        break; // "the team's owner", "his top aide" are noun phrases
      }
    }
    return cut > 0 && cut < t.size() - 1 ? t.get(cut).token().start() : piece[1];
  }

  /** Whether the cue is one finite verb ("said", "told"; not "according to", "citing"). */
  private static boolean cueIsFiniteVerb(AnalyzedArticle article, Cue cue) {
    List<Tagged> verb = tagged(article, cue.span().start(), cue.span().end());
    return verb.size() == 1 && verb.get(0).tag().equals("VERB")
        && !verb.get(0).lower().endsWith("ing");
  }

  /** The tokens lying inside {@code span}. */
  private static List<Tagged> within(List<Tagged> tokens, Span span) {
    List<Tagged> out = new ArrayList<>();
    for (Tagged t : tokens) {
      if (t.token().start() >= span.start() && t.token().end() <= span.end()) {
        out.add(t);
      }
    }
    return out;
  }

  /**
   * The span, or null when it holds no letter or digit ({@link ClaimText#normalise} gives ""):
   * such text cannot complete a claim.
   */
  private static Span wordy(Span span) {
    return span == null || ClaimText.normalise(span.text()).isEmpty() ? null : span;
  }

  /**
   * The words of the reporting sentence that a quoted fragment needs to stand alone, or null
   * when it starts a statement itself. A fragment starts with a lower-case word inside its
   * sentence. One that starts with a finite verb ("shows the regime's defiance") lacks its
   * subject: the noun phrase between the cue (or source) and the quote ("said the deal 'hands
   * ...'", after the cue's object: "told parents the board 'had ...'", "told the jury he 'had
   * ...'", also when it was taken for the source), or, when the attribution stands right before
   * the quote, the noun phrase that opens the sentence ("The launch, he said, 'shows ...'"). Any
   * other fragment without a finite verb ("to examine the shipment", "at vacant flats") lacks its
   * clause: the words between the attribution and the quote, or from the sentence start to the
   * quote or to the attribution that interrupts it ("It was, she said, 'the hardest ...'"), when
   * they hold a finite verb and no part of the attribution. An indirect quote only lacks a
   * subject ("The plan, she said, will cut costs"). A full statement may lack the condition
   * before it ({@link #conditionBefore}).
   */
  private Span completion(AnalyzedArticle article, Quote q, int at, List<Tagged> tokens,
      boolean[] main) {
    if (tokens.isEmpty()) {
      return null;
    }
    String text = article.text();
    Sentence sentence = article.sentenceAt(at);
    if (!Character.isLowerCase(text.charAt(tokens.get(0).token().start()))
        || sentence.start() >= at) {
      return null;
    }
    boolean lacksSubject = startsWithFiniteVerb(tokens);
    if (q.type() == QuoteType.INDIRECT && !lacksSubject) {
      return null; // an indirect quote only lacks the subject its attribution interrupts
    }
    if (!lacksSubject && clause.hasFiniteVerb(tokens, main)) {
      return conditionBefore(article, q, sentence.start(), at);
    }
    int attributionEnd = -1;
    int attributionStart = at;
    for (Span s : attribution(q)) {
      if (s.end() <= at && s.start() >= sentence.start()) {
        attributionEnd = Math.max(attributionEnd, s.end());
        attributionStart = Math.min(attributionStart, s.start());
      }
    }
    int from = attributionEnd >= 0 ? attributionEnd : sentence.start();
    Span between = words(article, from, at);
    if (lacksSubject && between != null && between.text().equalsIgnoreCase("that")
        && finiteForm(tokens.get(0))) {
      return between; // "said that | is highly unlikely": "that" is the subject, no complementiser
    }
    if (between == null && lacksSubject && attributionEnd >= 0) {
      between = antecedent(article, sentence.start(), attributionStart);
    }
    Span source = q.source().orElse(null);
    Cue cue = q.cue().orElse(null);
    if (between == null && lacksSubject && source != null && cue != null
        && source.start() >= cue.span().end() && source.end() <= at
        && text.substring(source.end(), at).isBlank() && cueIsFiniteVerb(article, cue)) {
      between = source; // "told the jury he 'had reported a leak'"; not "according to polls"
    }
    int comma = text.lastIndexOf(',', attributionStart);
    if (between == null && lacksSubject && attributionEnd >= 0 && comma > sentence.start()) {
      between = words(article, sentence.start(), comma);
      Span last = between == null || isNounPhrase(tagged(article, between.start(), between.end()))
          ? null : clauseSubjectBefore(article, sentence.start(), comma);
      between = last != null ? last : between;
    }
    if (between == null && !lacksSubject && attributionEnd >= 0 && comma > sentence.start()
        && comma < attributionStart && text.substring(comma + 1, attributionStart).isBlank()) {
      between = interruptedVerb(article, sentence.start(), comma); // "It was, she said, '...'"
    }
    if (between == null && lacksSubject) {
      between = nounPhraseBefore(article, sentence.start(), at);
    }
    if (between == null) {
      return null;
    }
    List<Tagged> words = tagged(article, between.start(), between.end());
    if (lacksSubject && attributionEnd >= 0) {
      for (int k = words.size() - 1; k > 0; k--) {
        Tagged w = words.get(k);
        boolean subject = w.tag().equals("DET") || w.tag().equals("PRON")
            && lexicon.is(Words.PERSONAL, w.lower());
        if (subject && OBJECT_TAGS.contains(words.get(k - 1).tag())) {
          words = words.subList(k, words.size()); // "told parents | the board", "the jury | he"
          between = Span.of(text, words.get(0).token().start(), between.end());
          break;
        }
      }
    }
    boolean fits = lacksSubject ? isNounPhrase(words)
        : clause.hasFiniteVerb(words, clause.mask(words));
    return fits ? between : null;
  }

  /**
   * The subordinate clause that stands right before a quoted statement and belongs to it, or
   * null: it opens with a subordinator ("if", "unless", "when"; not "as", which opens frames such
   * as "as the minister observed") after the sentence start, a comma, "that" or a verb, holds a
   * verb, no clause break and no part of the attribution, and a comma separates it from the
   * quote ("said that if she won in November, 'she would sign the bill'").
   */
  private Span conditionBefore(AnalyzedArticle article, Quote q, int sentenceStart, int at) {
    List<Tagged> t = tagged(article, sentenceStart, at);
    int end = t.size() - 1;
    while (end >= 0 && isMark(t.get(end))) {
      end--;
    }
    if (end < 1 || !t.get(end).lower().equals(",")) {
      return null;
    }
    for (int i = end - 1; i >= 0 && end - i <= MAX_FRAME; i--) {
      Tagged w = t.get(i);
      if (isMark(w) || w.tag().equals("PUNCT")) {
        return null;
      }
      if (lexicon.is(Words.SUBORDINATOR, w.lower())) {
        Tagged before = i == 0 ? null : t.get(i - 1);
        List<Tagged> own = t.subList(i, end);
        boolean opens = before == null || before.lower().equals(",")
            || before.lower().equals("that") || before.tag().equals("VERB");
        Span condition = Span.of(article.text(), w.token().start(), t.get(end - 1).token().end());
        boolean attributed = attribution(q).stream().anyMatch(a -> a.end() > condition.start()
            && a.start() < condition.end());
        return opens && !attributed && !clause.verbless(own) ? condition : null;
      }
    }
    return null;
  }

  /**
   * The short clause without punctuation that opens the sentence and ends with the verb whose
   * complement the quote is, when the attribution interrupts them ("It was, she said, 'the
   * hardest decision'": "It was"), or null.
   */
  private static Span interruptedVerb(AnalyzedArticle article, int sentenceStart, int comma) {
    List<Tagged> t = tagged(article, sentenceStart, comma);
    return t.size() >= 2 && t.size() <= MAX_SUBJECT && isVerb(t.get(t.size() - 1))
        && t.stream().noneMatch(w -> w.tag().equals("PUNCT"))
        ? words(article, sentenceStart, comma) : null;
  }

  /**
   * The noun phrase that ends at {@code end} and opens a clause after a comma or conjunction
   * ("After that fiasco, the 1920 election, we might recall, 'was a blow-out'": "the 1920
   * election"), or null.
   */
  private static Span clauseSubjectBefore(AnalyzedArticle article, int sentenceStart, int end) {
    List<Tagged> t = tagged(article, sentenceStart, end);
    int last = t.size() - 1;
    int i = beforeNounPhrase(t, last);
    if (i == last || i < 1 || !t.get(i).lower().equals(",") && !t.get(i).tag().equals("CCONJ")) {
      return null;
    }
    return Span.of(article.text(), t.get(i + 1).token().start(), t.get(last).token().end());
  }

  /**
   * The noun phrase a relative pronoun right before the attribution stands for, which is the
   * subject of the quoted words the attribution interrupts ("the price of wheat, which she said
   * 'had risen'": "[the price of wheat] had risen"), or null when no relative pronoun stands there
   * or no noun phrase (nouns, their determiners and adjectives, "of" between nouns) before it.
   */
  private Span antecedent(AnalyzedArticle article, int sentenceStart, int attributionStart) {
    List<Tagged> t = tagged(article, sentenceStart, attributionStart);
    int end = t.size() - 1;
    if (end < 1 || !lexicon.is(Words.RELATIVE, t.get(end).lower())) {
      return null;
    }
    end--;
    if (t.get(end).lower().equals(",")) {
      end--;
    }
    int i = beforeNounPhrase(t, end);
    return i == end || i >= 0 && NOUN_PHRASE.contains(t.get(i).tag()) ? null
        : Span.of(article.text(), t.get(i + 1).token().start(), t.get(end).token().end());
  }

  /**
   * The index before the noun phrase that ends at token {@code end} (nouns, their determiners,
   * adjectives and numbers, "of" between nouns; at most {@link #MAX_SUBJECT} tokens): {@code end}
   * when there is none, -1 when it opens the tokens.
   */
  private static int beforeNounPhrase(List<Tagged> t, int end) {
    int i = end;
    while (i >= 0 && end - i < MAX_SUBJECT && (NOUN_PHRASE.contains(t.get(i).tag())
        || t.get(i).lower().equals("of") && i > 0 && i < end
        && NOUN_PHRASE.contains(t.get(i - 1).tag()))) {
      i--;
    }
    return i;
  }

  /**
   * The noun phrase that ends right before the quote and follows a verb ("Grant said the project
   * 'will cost less'"), or null.
   */
  private static Span nounPhraseBefore(AnalyzedArticle article, int sentenceStart, int at) {
    List<Tagged> t = tagged(article, sentenceStart, at);
    int end = t.size() - 1;
    while (end >= 0 && isMark(t.get(end))) {
      end--;
    }
    int i = end;
    while (i >= 0 && end - i < MAX_SUBJECT && NOUN_PHRASE.contains(t.get(i).tag())) {
      i--;
    }
    if (i < 0 || i == end || !t.get(i).tag().equals("VERB") && !t.get(i).tag().equals("AUX")) {
      return null;
    }
    return Span.of(article.text(), t.get(i + 1).token().start(), t.get(end).token().end());
  }

  /**
   * The reporter's words around a quoted purpose clause of a mixed quote, which complete it: when
   * the sentence {@code piece} holds one quoted fragment, opening with "to" and a verb, after
   * words of the reporter with a finite verb that do not end with a verb or an "-ing" form
   * ("officers boarded the ship 'to examine the rifles' that arrived"; not "voting 'to fill'"),
   * the piece is narrowed to the fragment and the words before it and, if any, after it are
   * returned; otherwise none.
   */
  private List<Span> mixedFrame(AnalyzedArticle article, int[] piece) {
    String text = article.text();
    int open = -1;
    for (int i = piece[0] + 1; i < piece[1]; i++) {
      if (ClaimText.isQuoteMark(text.charAt(i)) && Character.isWhitespace(text.charAt(i - 1))) {
        open = i;
        break;
      }
    }
    if (open < 0) {
      return List.of();
    }
    int close = open + 1;
    while (close < piece[1] && !(ClaimText.isQuoteMark(text.charAt(close))
        && !Character.isWhitespace(text.charAt(close - 1)))) {
      close++;
    }
    for (int i = close + 1; i < piece[1]; i++) {
      if (ClaimText.isQuoteMark(text.charAt(i))) {
        return List.of(); // more than one quoted fragment
      }
    }
    int s = ClaimText.trimStart(text, open, close, true);
    int e = ClaimText.trimEnd(text, s, close, true);
    List<Tagged> quoted = tagged(article, s, e);
    if (quoted.size() < 2 || !quoted.get(0).token().text().equals("to")
        || !isVerb(quoted.get(1))) {
      return List.of();
    }
    List<Tagged> before = tagged(article, piece[0], open);
    Span frame = words(article, piece[0], open);
    Tagged last = before.isEmpty() ? null : before.get(before.size() - 1);
    if (frame == null || last == null || isVerb(last) || last.lower().endsWith("ing")
        || !clause.hasFiniteVerb(before, clause.mask(before))) {
      return List.of(); // "voting 'to fill a vacancy'" is the verb's complement
    }
    int afterStart = ClaimText.trimStart(text, Math.min(close + 1, piece[1]), piece[1], true);
    int afterEnd = ClaimText.trimEnd(text, afterStart, piece[1], true);
    piece[0] = s;
    piece[1] = e;
    return afterEnd > afterStart ? List.of(frame, Span.of(text, afterStart, afterEnd))
        : List.of(frame);
  }

  private static boolean isVerb(Tagged w) {
    return w.tag().equals("VERB") || w.tag().equals("AUX");
  }

  private static boolean isMark(Tagged w) {
    return w.lower().length() == 1 && ClaimText.isQuoteMark(w.lower().charAt(0));
  }

  /**
   * Whether the quoted words are a fragment, which is no claim without a finite verb in its main
   * clause, nor when it starts with one and no subject completes it: they start with a lower-case
   * letter or a parenthesis. A statement that starts with a capital needs a finite verb in any
   * clause only: its main verb may be one the tagger took for a noun ("The board meets ...").
   */
  private static boolean isFragment(String text, List<Tagged> tokens) {
    char c = text.charAt(tokens.get(0).token().start());
    return Character.isLowerCase(c) || c == '(';
  }

  /** The cue and source spans of a quote. */
  private static List<Span> attribution(Quote q) {
    List<Span> out = new ArrayList<>(2);
    q.cue().ifPresent(c -> out.add(c.span()));
    q.source().ifPresent(out::add);
    return out;
  }

  /**
   * The words in {@code [from, to)} without the white space, quote marks, commas and leading
   * complementiser "that" around them, or null when none are left.
   */
  private static Span words(AnalyzedArticle article, int from, int to) {
    String text = article.text();
    int s = ClaimText.trimStart(text, from, to, true);
    if (to - s > 5 && text.regionMatches(true, s, "that ", 0, 5)) {
      s = ClaimText.trimStart(text, s + 4, to, true);
    }
    int e = ClaimText.trimEnd(text, s, to, true);
    return e > s ? Span.of(text, s, e) : null;
  }

  /**
   * Whether the verb is an auxiliary in a finite form ("is", "can", "doesn't"): not "be", "being"
   * or "been", nor a full verb, which may be a participle ("given", "based") or a noun the tagger
   * misread ("delegates").
   */
  private static boolean finiteForm(Tagged w) {
    return w.tag().equals("AUX") && !w.lower().startsWith("be");
  }

  /** Whether the tokens open with a finite verb: "shows", "was carrying", not "to examine". */
  private static boolean startsWithFiniteVerb(List<Tagged> tokens) {
    Tagged first = tokens.get(0);
    return first.tag().equals("AUX")
        || first.tag().equals("VERB") && !first.lower().endsWith("ing");
  }

  /**
   * Whether the tokens are a short noun phrase without a verb: "the launch", "the report", "all
   * of this". It neither opens with a preposition or conjunction ("as with so much") nor ends with
   * a preposition or determiner, holds no relative word or subordinator, and a pronoun does not
   * follow a noun ("the audience he", two phrases).
   */
  private boolean isNounPhrase(List<Tagged> words) {
    if (words.isEmpty() || words.size() > MAX_SUBJECT
        || NO_SUBJECT_START.contains(words.get(0).tag())
        || NO_SUBJECT_END.contains(words.get(words.size() - 1).tag())) {
      return false;
    }
    boolean noun = false;
    String before = "";
    for (Tagged w : words) {
      String tag = w.tag();
      if (tag.equals("VERB") || tag.equals("AUX") || tag.equals("SCONJ")
          || lexicon.is(Words.RELATIVE, w.lower())
          || tag.equals("PRON") && (before.equals("NOUN") || before.equals("PROPN"))
          || tag.equals("PUNCT") && !w.lower().equals("'") && !w.lower().equals("\u2019")) {
        return false;
      }
      noun |= tag.equals("NOUN") || tag.equals("PROPN") || tag.equals("PRON");
      before = tag;
    }
    return noun;
  }

  /**
   * The start of the words after a leading complementiser "that" in {@code [s, e)}, trimmed, or
   * {@code s} when the words start otherwise or "that" is the subject ("that was wrong").
   */
  private static int afterComplementiser(AnalyzedArticle article, int s, int e) {
    String text = article.text();
    if (e - s < 5 || !text.regionMatches(true, s, "that", 0, 4)
        || Character.isLetterOrDigit(text.charAt(s + 4))) {
      return s;
    }
    List<Tagged> tokens = tagged(article, s, e);
    if (tokens.size() < 2 || tokens.get(0).token().end() != s + 4) {
      return s;
    }
    String next = tokens.get(1).tag();
    if ((next.equals("VERB") || next.equals("AUX")) && !tokens.get(1).lower().endsWith("ing")) {
      return s; // "that was wrong"; but "that waiting lists ..." is the complementiser
    }
    int after = ClaimText.trimStart(text, s + 4, e, true);
    return after < e ? after : s;
  }

  /**
   * The start of the complementiser "that" after a reporting frame that opens {@code [s, e)}
   * ("after trading ended Friday that it lost ...", "to me that she was ..."), or {@code s}. A
   * frame starts with a preposition, a subordinator or an object pronoun, or it is a noun phrase
   * that the preposition before the quote governs, when the quote's main clause has no finite
   * verb ("waiting at | the pier that the boat was being repaired"); it holds no quote mark, and
   * is followed by "that" and a subject; the words after it must hold a finite verb.
   */
  private int afterFrame(AnalyzedArticle article, Quote q, int s, int e) {
    if (!thatWithin(article.text(), s, e)) {
      return s; // most quotes: no need to tag
    }
    List<Tagged> tokens = tagged(article, s, e);
    if (tokens.size() < 4 || tokens.get(0).token().start() != s) {
      return s;
    }
    Tagged first = tokens.get(0);
    boolean opensFrame = first.tag().equals("ADP") || first.tag().equals("SCONJ")
        || first.tag().equals("PRON") && lexicon.is(Words.OBJECT, first.lower());
    boolean inPhrase = !opensFrame && afterPreposition(article, q, s)
        && !clause.hasFiniteVerb(tokens, clause.mask(tokens));
    if (!opensFrame && !inPhrase) {
      return s;
    }
    for (int i = 1; i + 1 < tokens.size() && i <= MAX_FRAME; i++) {
      Tagged t = tokens.get(i);
      if (ClaimText.isQuoteMark(t.token().text().charAt(0))
          || inPhrase && !t.lower().equals("that") && !NOUN_PHRASE.contains(t.tag())) {
        return s; // after a preposition only a noun phrase: "at | the pier that ..."
      }
      if (t.lower().equals("that")) {
        String next = tokens.get(i + 1).tag();
        List<Tagged> rest = tokens.subList(i + 1, tokens.size());
        boolean subject = !next.equals("VERB") && !next.equals("AUX")
            && clause.hasFiniteVerb(rest, clause.mask(rest));
        return subject ? t.token().start() : s;
      }
    }
    return s;
  }

  /**
   * Whether the word before {@code s} in its sentence is a preposition other than "that" that
   * follows the quote's cue with words between them: words starting at {@code s} are then its
   * object, in the reporter's frame ("explained to passengers waiting at | the pier that the boat
   * was being repaired"). A preposition right after the cue is the cue's ("bristled at the
   * suggestion that ...", "called for").
   */
  private static boolean afterPreposition(AnalyzedArticle article, Quote q, int s) {
    List<Tagged> before = tagged(article, article.sentenceAt(s).start(), s);
    Tagged last = before.isEmpty() ? null : before.get(before.size() - 1);
    return last != null && last.tag().equals("ADP") && !last.lower().equals("that")
        && q.cue().filter(c -> c.span().end() < last.token().start()
        && !article.text().substring(c.span().end(), last.token().start()).isBlank()).isPresent();
  }

  /**
   * The end of a piece of a quote split around its attribution, before a comma that only marks
   * the interruption: in "Nobody," said Shah, "should lose their job" the next piece opens with
   * an auxiliary or a present verb, so the comma parted a subject from its verb ("Nobody should
   * lose their job"); a comma before a clause ("Frankly," she said, "the plan will fail") or a
   * conjunction stays, and so does one that closes an aside the piece opened ("That,
   * unfortunately," she said, "is ...").
   */
  private static int beforeInterruptingComma(AnalyzedArticle article, int[] piece, int[] next) {
    String text = article.text();
    if (piece[1] <= piece[0] || text.charAt(piece[1] - 1) != ',') {
      return piece[1];
    }
    for (int i = piece[0]; i < piece[1] - 1; i++) {
      if (ASIDE_OPENERS.indexOf(text.charAt(i)) >= 0) {
        return piece[1];
      }
    }
    List<Tagged> after = tagged(article, next[0], next[1]);
    Tagged verb = after.isEmpty() ? null : after.get(0);
    // an auxiliary ("should", "is") or a present verb ("becomes") goes on from a subject; a
    // participle ("given her record", "keeping rates low") opens a phrase of its own
    boolean finite = verb != null && (verb.tag().equals("AUX")
        || verb.tag().equals("VERB") && verb.lower().endsWith("s"));
    return finite ? ClaimText.trimEnd(text, piece[0], piece[1] - 1, false) : piece[1];
  }

  /** The tokens lying wholly inside {@code [s, e)} with their tags. */
  private static List<Tagged> tagged(AnalyzedArticle article, int s, int e) {
    List<Tagged> out = new ArrayList<>();
    List<Sentence> sentences = article.sentences();
    if (sentences.isEmpty()) {
      return out;
    }
    for (int i = article.sentenceAt(s).index(); i < sentences.size(); i++) {
      Sentence sentence = sentences.get(i);
      if (sentence.start() >= e) {
        break;
      }
      if (sentence.end() <= s) {
        continue;
      }
      List<Token> tokens = article.tokens(sentence);
      List<String> tags = article.tags(sentence);
      for (int k = 0; k < tokens.size(); k++) {
        Token t = tokens.get(k);
        if (t.start() >= s && t.end() <= e) {
          out.add(new Tagged(t, k < tags.size() ? tags.get(k) : "X"));
        }
      }
    }
    return out;
  }
}
