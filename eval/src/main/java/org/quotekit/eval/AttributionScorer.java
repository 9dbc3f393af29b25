package org.quotekit.eval;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
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
    return report(Paired.of(gold, predicted));
  }

  /** The figures of one article's pairing. */
  private static EvaluationReport report(Paired paired) {
    List<GoldAttribution> golds = paired.golds();
    List<Predicted> preds = paired.preds();
    List<BitSet> goldSets = paired.goldSets();
    List<BitSet> predSets = paired.predSets();

    int exact = 0;
    int shared = 0;
    int source = 0;
    int cue = 0;
    Map<QuoteType, TypeCounts> types = new EnumMap<>(EvaluationReport.empty().goldByType());
    boolean[] goldPaired = new boolean[golds.size()];
    boolean[] goldExact = new boolean[golds.size()];
    List<Pair> pairs = paired.pairs();
    for (Pair pair : pairs) {
      GoldAttribution g = golds.get(pair.gold());
      Predicted p = preds.get(pair.predicted());
      goldPaired[pair.gold()] = true;
      goldExact[pair.gold()] = goldSets.get(pair.gold()).equals(predSets.get(pair.predicted()));
      exact += goldExact[pair.gold()] ? 1 : 0;
      shared += pair.shared();
      source += sourceRight(g, p) ? 1 : 0;
      cue += cueRight(g, p) ? 1 : 0;
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
   * Classifies what went wrong in {@code predicted} against {@code gold}, with the pairing of
   * {@link #score}: each gold attribution not fully right in one {@link ErrorClass} (the first
   * that applies, in the enum's order), each unpaired predicted attribution as {@link
   * ErrorClass#SPURIOUS}. The result counts one article.
   *
   * @throws NullPointerException if an argument is null
   */
  public static ErrorBreakdown errors(GoldArticle gold, Extraction predicted) {
    return errors(Paired.of(gold, predicted));
  }

  /**
   * The figures and the error breakdown of one article together, from one pairing: what {@link
   * #score} and {@link #errors} give.
   *
   * @throws NullPointerException if an argument is null
   */
  static Evaluator.Evaluation evaluate(GoldArticle gold, Extraction predicted) {
    Paired paired = Paired.of(gold, predicted);
    return new Evaluator.Evaluation(report(paired), errors(paired));
  }

  /** The error classes of one article's pairing. */
  private static ErrorBreakdown errors(Paired paired) {
    EnumMap<ErrorClass, Integer> counts = new EnumMap<>(ErrorBreakdown.empty().counts());
    Pair[] byGold = new Pair[paired.golds().size()];
    boolean[] predPaired = new boolean[paired.preds().size()];
    for (Pair pair : paired.pairs()) {
      byGold[pair.gold()] = pair;
      predPaired[pair.predicted()] = true;
    }
    int right = 0;
    for (int i = 0; i < byGold.length; i++) {
      GoldAttribution g = paired.golds().get(i);
      ErrorClass error;
      if (byGold[i] == null) {
        boolean cueFound = paired.preds().stream().anyMatch(p -> cueRight(g, p));
        error = cueFound ? ErrorClass.CUE_FOUND_CONTENT_MISSED : ErrorClass.CUE_NOT_FOUND;
      } else {
        Predicted p = paired.preds().get(byGold[i].predicted());
        if (!cueRight(g, p)) {
          error = ErrorClass.OTHER_CUE;
        } else if (!paired.goldSets().get(i).equals(paired.predSets().get(byGold[i].predicted()))) {
          error = ErrorClass.CONTENT_BOUNDARY;
        } else if (!sourceRight(g, p)) {
          error = ErrorClass.SOURCE_WRONG;
        } else {
          right++;
          continue;
        }
      }
      counts.merge(error, 1, Integer::sum);
    }
    for (boolean p : predPaired) {
      counts.merge(ErrorClass.SPURIOUS, p ? 0 : 1, Integer::sum);
    }
    return new ErrorBreakdown(1, right, byGold.length, predPaired.length, counts);
  }

  /** One article's gold and predicted attributions, their content token sets and the pairs. */
  private record Paired(List<GoldAttribution> golds, List<Predicted> preds,
      List<BitSet> goldSets, List<BitSet> predSets, List<Pair> pairs) {
    static Paired of(GoldArticle gold, Extraction predicted) {
      Objects.requireNonNull(gold, "gold");
      Objects.requireNonNull(predicted, "predicted");
      Tokens tokens = Tokens.of(gold.text());
      List<GoldAttribution> golds = gold.attributions();
      List<Predicted> preds = merge(predicted);
      List<BitSet> goldSets = golds.stream().map(g -> tokens.content(g.content())).toList();
      List<BitSet> predSets = preds.stream().map(p -> tokens.content(p.parts())).toList();
      return new Paired(golds, preds, goldSets, predSets, pair(goldSets, predSets));
    }
  }

  /** The source figure's test: no gold source, or a predicted mention overlaps it. */
  private static boolean sourceRight(GoldAttribution g, Predicted p) {
    return !g.hasSource() || overlapsAny(p.sources(), g.source());
  }

  /** The cue figure's test: the predicted cue overlaps the gold cue. */
  private static boolean cueRight(GoldAttribution g, Predicted p) {
    return p.cue() != null && overlapsAny(List.of(p.cue()), g.cue());
  }

  /**
   * Whether two contents of one text are the same as {@code EVALUATION.md} counts an exact match:
   * the same word tokens, a leading {@code that} dropped on both sides.
   */
  public static boolean sameContent(String text, List<Span> a, List<Span> b) {
    Tokens tokens = Tokens.of(text);
    return tokens.content(a).equals(tokens.content(b));
  }

  /**
   * The content token sets of {@code text} as {@code EVALUATION.md} counts them (positions of
   * the word tokens that overlap the spans, a leading {@code that} dropped), for code that
   * compares many contents of one text: the text is tokenised once.
   */
  public static Function<List<Span>, BitSet> contentTokens(String text) {
    return Tokens.of(text)::content;
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
