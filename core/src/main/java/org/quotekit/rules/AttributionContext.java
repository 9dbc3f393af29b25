package org.quotekit.rules;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Objects;
import java.util.TreeMap;
import org.quotekit.QuoteType;
import org.quotekit.Span;
import org.quotekit.internal.SortedSpans;
import org.quotekit.spi.AnalyzedArticle;
import org.quotekit.spi.QuoteCandidate;
import org.quotekit.spi.QuoteRegion;

/**
 * What the stages of an {@link AttributionFinder} share while they work on one article: the
 * analysed article, its outermost quotations (which stage has taken which), and the candidates
 * found so far. Each stage reads what earlier stages left and adds its own; a quotation that one
 * stage has attributed is marked used so that later stages leave it alone. Not thread-safe: one
 * context per article, made by the finder.
 */
public final class AttributionContext {
  private final AnalyzedArticle article;
  private final String text;
  private final CueLexicon lexicon;
  private final List<QuoteRegion> quotations;
  private final boolean[] used;
  private final List<QuoteCandidate> candidates = new ArrayList<>();
  /** The candidates with a cue by where their content ends, for {@link #cuedEndingIn}. */
  private final TreeMap<Integer, List<QuoteCandidate>> cuedByEnd = new TreeMap<>();
  private final EnglishGrammar grammar;
  private List<CueHit> sentenceCues = List.of();

  AttributionContext(AnalyzedArticle article, CueLexicon lexicon) {
    this.article = Objects.requireNonNull(article, "article");
    this.text = article.text();
    this.lexicon = Objects.requireNonNull(lexicon, "lexicon");
    List<QuoteRegion> top = new ArrayList<>();
    for (QuoteRegion r : article.quoteRegions()) {
      if (r.depth() == 0) {
        top.add(r);
      }
    }
    this.quotations = Collections.unmodifiableList(top);
    this.used = new boolean[top.size()];
    this.grammar = new EnglishGrammar(this);
  }

  /** The article being worked on. */
  public AnalyzedArticle article() {
    return article;
  }

  /** The article's text. */
  public String text() {
    return text;
  }

  /** The cue lexicon the stages share. */
  public CueLexicon lexicon() {
    return lexicon;
  }

  /** The outermost quotations (depth 0) in text order: disjoint, sorted by opening mark. */
  public List<QuoteRegion> quotations() {
    return quotations;
  }

  /** The candidates the stages have found so far, in the order they were added. */
  public List<QuoteCandidate> candidates() {
    return Collections.unmodifiableList(candidates);
  }

  /** Adds a candidate. */
  public void add(QuoteCandidate candidate) {
    candidates.add(Objects.requireNonNull(candidate, "candidate"));
    index(candidate);
  }

  /**
   * The candidates with a cue whose content ends in {@code [from, to]}, in no set order: what a
   * clause's start reads, without a pass over every candidate of a long article.
   */
  List<QuoteCandidate> cuedEndingIn(int from, int to) {
    if (from > to) {
      return List.of();
    }
    List<QuoteCandidate> out = new ArrayList<>();
    for (List<QuoteCandidate> atEnd : cuedByEnd.subMap(from, true, to, true).values()) {
      out.addAll(atEnd);
    }
    return out;
  }

  private void index(QuoteCandidate c) {
    if (c.cue() != null) {
      cuedByEnd.computeIfAbsent(c.end(), e -> new ArrayList<>(1)).add(c);
    }
  }

  private void unindex(QuoteCandidate c) {
    if (c.cue() != null) {
      List<QuoteCandidate> atEnd = cuedByEnd.get(c.end());
      atEnd.removeIf(x -> x == c);
      if (atEnd.isEmpty()) {
        cuedByEnd.remove(c.end());
      }
    }
  }

  /**
   * Replaces candidate {@code old} (the same instance a stage read from {@link #candidates()})
   * with {@code replacement}, in its place.
   *
   * @throws IllegalArgumentException when {@code old} is not a candidate
   */
  public void replace(QuoteCandidate old, QuoteCandidate replacement) {
    Objects.requireNonNull(replacement, "replacement");
    for (int i = 0; i < candidates.size(); i++) {
      if (candidates.get(i) == old) {
        candidates.set(i, replacement);
        unindex(old);
        index(replacement);
        return;
      }
    }
    throw new IllegalArgumentException("not a candidate: " + old);
  }

  /** Whether a stage has attributed quotation {@code i} (an index into {@link #quotations()}). */
  public boolean isUsed(int i) {
    return used[i];
  }

  /** Marks quotation {@code i} as attributed. */
  public void markUsed(int i) {
    used[i] = true;
  }

  /** Marks every quotation that opens in {@code [start, end)} as attributed. */
  public void markUsed(int start, int end) {
    for (int i = quotationFrom(start); i < quotations.size() && quotations.get(i).open() < end;
        i++) {
      used[i] = true;
    }
  }

  /** Index of the outermost quotation whose marks enclose {@code offset}, or -1. */
  public int quotationAt(int offset) {
    return SortedSpans.containing(quotations, QuoteRegion::open, QuoteRegion::outerEnd, offset);
  }

  /** Index of the first outermost quotation opening at or after {@code offset}, or its size. */
  public int quotationFrom(int offset) {
    return SortedSpans.firstStartingAtOrAfter(quotations, QuoteRegion::open, offset);
  }

  /** Index of the outermost quotation opening exactly at {@code offset}, or -1. */
  public int quotationOpeningAt(int offset) {
    int r = quotationAt(offset);
    return r >= 0 && quotations.get(r).open() == offset ? r : -1;
  }

  /**
   * Every cue the cue stage found in the sentence it is attributing, in text order, the one
   * being attributed and those after it included, so that a stage can see the cues its content
   * would swallow; empty outside the cue stage.
   */
  public List<CueHit> sentenceCues() {
    return sentenceCues;
  }

  /** Sets the cues of the sentence the cue stage is attributing. */
  void sentenceCues(List<CueHit> cues) {
    this.sentenceCues = List.copyOf(cues);
  }

  /** The paragraph index of the sentence holding {@code offset}. */
  public int paragraphOf(int offset) {
    return article.sentenceAt(offset).paragraph();
  }

  /**
   * The type of content made of {@code parts}: DIRECT when every part lies inside quotation
   * marks, MIXED when a whole quotation lies inside a part, INDIRECT otherwise.
   */
  public QuoteType typeOf(List<Span> parts) {
    return RuleBasedExtractor.typeOf(parts, quotations);
  }

  /** The English clause and noun-phrase grammar over this article. */
  EnglishGrammar grammar() {
    return grammar;
  }
}
