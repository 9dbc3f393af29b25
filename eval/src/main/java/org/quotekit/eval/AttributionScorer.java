package org.quotekit.eval;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.quotekit.Cue;
import org.quotekit.Extraction;
import org.quotekit.Quote;
import org.quotekit.QuoteType;
import org.quotekit.Span;
import org.quotekit.Speaker;
import org.quotekit.eval.EvaluationReport.Counts;
import org.quotekit.eval.EvaluationReport.TypeCounts;

/**
 * Scores one article's {@link Extraction} against its gold attributions exactly as {@code
 * EVALUATION.md} defines. Stateless and thread-safe.
 *
 * <p>Predicted attributions: quotes that share a cue span (same start and end) are merged into one
 * attribution, whose content is the union of their {@link Quote#parts()} (never {@link
 * Quote#content()}, which for a quote in pieces includes the interrupting "he said"), whose source
 * mentions are the first quote source plus every mention of every speaker of the merged quotes.
 * Quotes without a cue are never merged.
 *
 * <p>Content tokens are token positions (see {@link Tokens}) overlapping the content spans, a
 * leading {@code that} dropped. Gold and predicted attributions are paired one-to-one, greedily by
 * highest Jaccard overlap of those sets, ties broken by lower gold then lower predicted index;
 * pairs need a shared token.
 */
public final class AttributionScorer {
  private AttributionScorer() {}

  /** A predicted attribution: merged quotes; {@code cue} is null when the quotes have none. */
  private record Predicted(List<Span> parts, Span cue, List<Span> sources) {}

  private record Pair(int gold, int predicted, int shared, int union) {}

  /** Orders candidate pairs by Jaccard descending (exact fractions), then gold, then predicted. */
  private static final Comparator<Pair> BEST_FIRST = ((Comparator<Pair>) (a, b) ->
      Long.compare((long) b.shared * a.union, (long) a.shared * b.union))
      .thenComparingInt(Pair::gold).thenComparingInt(Pair::predicted);

  /**
   * Scores {@code predicted} against {@code gold}; the result counts one article.
   *
   * @throws NullPointerException if an argument is null
   */
  public static EvaluationReport score(GoldArticle gold, Extraction predicted) {
    Objects.requireNonNull(gold, "gold");
    Objects.requireNonNull(predicted, "predicted");
    Tokens tokens = Tokens.of(gold.text());
    List<GoldAttribution> golds = gold.attributions();
    List<Predicted> preds = merge(predicted);
    List<BitSet> goldSets = golds.stream().map(g -> tokens.content(g.content())).toList();
    List<BitSet> predSets = preds.stream().map(p -> tokens.content(p.parts())).toList();

    int exact = 0;
    int shared = 0;
    int source = 0;
    int cue = 0;
    Map<QuoteType, TypeCounts> types = new EnumMap<>(EvaluationReport.empty().goldByType());
    boolean[] goldPaired = new boolean[golds.size()];
    boolean[] goldExact = new boolean[golds.size()];
    List<Pair> pairs = pair(goldSets, predSets);
    for (Pair pair : pairs) {
      GoldAttribution g = golds.get(pair.gold());
      Predicted p = preds.get(pair.predicted());
      goldPaired[pair.gold()] = true;
      goldExact[pair.gold()] = goldSets.get(pair.gold()).equals(predSets.get(pair.predicted()));
      exact += goldExact[pair.gold()] ? 1 : 0;
      shared += pair.shared();
      source += !g.hasSource() || overlapsAny(p.sources(), g.source()) ? 1 : 0;
      cue += p.cue() != null && overlapsAny(List.of(p.cue()), g.cue()) ? 1 : 0;
    }
    for (int i = 0; i < golds.size(); i++) {
      types.merge(golds.get(i).type(), new TypeCounts(1, goldPaired[i] ? 1 : 0,
          goldExact[i] ? 1 : 0), TypeCounts::plus);
    }

    int nGold = golds.size();
    int nPred = preds.size();
    Map<Figure, Counts> figures = new EnumMap<>(Figure.class);
    figures.put(Figure.EXACT, new Counts(exact, nPred, nGold));
    figures.put(Figure.OVERLAP, new Counts(pairs.size(), nPred, nGold));
    figures.put(Figure.TOKEN, new Counts(shared, cardinality(predSets), cardinality(goldSets)));
    figures.put(Figure.SOURCE, new Counts(source, nPred, nGold));
    figures.put(Figure.CUE, new Counts(cue, nPred, nGold));
    return new EvaluationReport(1, figures, types);
  }

  /**
   * Whether two contents of one text are the same as {@code EVALUATION.md} counts an exact match:
   * the same word tokens, a leading {@code that} dropped on both sides.
   */
  public static boolean sameContent(String text, List<Span> a, List<Span> b) {
    Tokens tokens = Tokens.of(text);
    return tokens.content(a).equals(tokens.content(b));
  }

  /** Merges quotes that share a cue span, in order of first appearance. */
  private static List<Predicted> merge(Extraction extraction) {
    Map<Object, List<Quote>> groups = new LinkedHashMap<>();
    for (Quote q : extraction.quotes()) {
      Object key = q.cue().<Object>map(c -> List.of(c.span().start(), c.span().end()))
          .orElseGet(Object::new);
      groups.computeIfAbsent(key, k -> new ArrayList<>()).add(q);
    }
    List<Predicted> out = new ArrayList<>();
    for (List<Quote> group : groups.values()) {
      List<Span> parts = new ArrayList<>();
      List<Span> sources = new ArrayList<>();
      group.stream().flatMap(q -> q.source().stream()).findFirst().ifPresent(sources::add);
      for (Quote q : group) {
        parts.addAll(q.parts());
        extraction.speakerOf(q).map(Speaker::mentions).ifPresent(sources::addAll);
      }
      Span cue = group.get(0).cue().map(Cue::span).orElse(null);
      out.add(new Predicted(parts, cue, sources));
    }
    return out;
  }

  /** Greedy one-to-one pairing by highest Jaccard overlap; pairs share at least one token. */
  private static List<Pair> pair(List<BitSet> golds, List<BitSet> preds) {
    List<Pair> candidates = new ArrayList<>();
    for (int g = 0; g < golds.size(); g++) {
      for (int p = 0; p < preds.size(); p++) {
        BitSet and = (BitSet) golds.get(g).clone();
        and.and(preds.get(p));
        int shared = and.cardinality();
        if (shared > 0) {
          int union = golds.get(g).cardinality() + preds.get(p).cardinality() - shared;
          candidates.add(new Pair(g, p, shared, union));
        }
      }
    }
    candidates.sort(BEST_FIRST);
    boolean[] goldTaken = new boolean[golds.size()];
    boolean[] predTaken = new boolean[preds.size()];
    List<Pair> pairs = new ArrayList<>();
    for (Pair c : candidates) {
      if (!goldTaken[c.gold()] && !predTaken[c.predicted()]) {
        goldTaken[c.gold()] = true;
        predTaken[c.predicted()] = true;
        pairs.add(c);
      }
    }
    return pairs;
  }

  private static boolean overlapsAny(List<Span> a, List<Span> b) {
    return a.stream().anyMatch(x -> b.stream().anyMatch(x::overlaps));
  }

  private static int cardinality(List<BitSet> sets) {
    return sets.stream().mapToInt(BitSet::cardinality).sum();
  }
}
