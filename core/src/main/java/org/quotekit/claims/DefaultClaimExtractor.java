package org.quotekit.claims;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.quotekit.Claim;
import org.quotekit.Cue;
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

  private static final DefaultClaimExtractor ENGLISH_NEWS =
      new DefaultClaimExtractor(ClaimLexicon.englishNews());

  private final ClaimLexicon lexicon;
  private final SentenceSplitter splitter;
  private final QuantityFinder quantities;

  DefaultClaimExtractor(ClaimLexicon lexicon) {
    this.lexicon = lexicon;
    this.splitter = new SentenceSplitter(lexicon);
    this.quantities = new QuantityFinder(lexicon);
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
    for (Quote q : quotes) {
      List<List<int[]>> sentences = sentencesOf(article.text(), q);
      for (int i = 0; i < sentences.size(); i++) {
        Claim c = claim(article, q, sentences.get(i), i == 0, "c" + (out.size() + 1));
        if (c != null) {
          out.add(c);
        }
      }
    }
    return out;
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
    int[] first = kept.get(0);
    first[0] = ClaimText.trimStart(text, first[0], first[1], true);
    if (firstOfQuote && q.type() != QuoteType.DIRECT) {
      first[0] = afterComplementiser(article, first[0], first[1]);
    }
    int[] last = kept.get(kept.size() - 1);
    last[1] = ClaimText.trimEnd(text, last[0], last[1], true);
    kept.removeIf(p -> p[1] <= p[0]);
    if (kept.isEmpty()) {
      return null;
    }
    List<Span> spans = new ArrayList<>(kept.size());
    StringBuilder raw = new StringBuilder();
    for (int[] p : kept) {
      spans.add(Span.of(text, p[0], p[1]));
      raw.append(raw.length() == 0 ? "" : " ").append(text, p[0], p[1]);
    }
    String statement = ClaimText.normalise(raw.toString());
    if (statement.isEmpty()) {
      return null;
    }
    List<Span> found = new ArrayList<>();
    for (Span span : spans) {
      if (quantities.mayHold(span.text())) { // tagging is the costly part
        found.addAll(quantities.find(text, tagged(article, span.start(), span.end())));
      }
    }
    String cue = q.cue().map(Cue::lemma).orElse(null);
    return new Claim(id, statement, q.id(), q.speakerId().orElse(null), cue,
        stance(cue, statement), negated(statement), found, spans);
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
    if (next.equals("VERB") || next.equals("AUX")) {
      return s;
    }
    int after = ClaimText.trimStart(text, s + 4, e, true);
    return after < e ? after : s;
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

  /**
   * A question asks; otherwise the cue's stance from the lexicon, and a statement the cue only
   * asserts is hedged when it holds a hedge word ("may", "might", "could").
   */
  Stance stance(String cueLemma, String statement) {
    if (statement.endsWith("?")) {
      return Stance.ASKS;
    }
    Stance byCue = lexicon.stanceOf(cueLemma);
    if (byCue != Stance.ASSERTS) {
      return byCue;
    }
    boolean hedged = ClaimText.anyWord(statement, (word, start, end) ->
        lexicon.is(Words.HEDGE, word)
            && !(start > 0 && Character.isUpperCase(statement.charAt(start)))); // "in May"
    return hedged ? Stance.HEDGES : Stance.ASSERTS;
  }

  /** Whether the statement holds a negation ("no", "not", "never", "didn't"); "No. 2" is none. */
  boolean negated(String statement) {
    return ClaimText.anyWord(statement, (word, start, end) ->
        (lexicon.is(Words.NEGATION, word) || lexicon.hasNegativeSuffix(word))
            && !isNumberSign(statement, word, end));
  }

  /** Whether the word is the "No." of "No. 2". */
  private static boolean isNumberSign(String s, String word, int end) {
    if (!word.equals("no") || end + 1 >= s.length() || s.charAt(end) != '.') {
      return false;
    }
    int next = s.charAt(end + 1) == ' ' ? end + 2 : end + 1;
    return next < s.length() && Character.isDigit(s.charAt(next));
  }
}
