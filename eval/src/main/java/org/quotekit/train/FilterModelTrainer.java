package org.quotekit.train;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;
import java.util.Objects;
import java.util.function.Function;
import opennlp.tools.ml.model.Event;
import org.quotekit.Article;
import org.quotekit.Span;
import org.quotekit.eval.AttributionScorer;
import org.quotekit.eval.GoldArticle;
import org.quotekit.eval.GoldAttribution;
import org.quotekit.internal.Analysis;
import org.quotekit.internal.NlpModels;
import org.quotekit.model.AttributionModel;
import org.quotekit.model.ContentFeatures;
import org.quotekit.model.FilterFeatures;
import org.quotekit.model.FilterModel;
import org.quotekit.model.JointFeatures;
import org.quotekit.model.LearnedContentFinder;
import org.quotekit.model.LearnedSourceFinder;
import org.quotekit.model.ModelCueAttributor;
import org.quotekit.model.ModelCueDetector;
import org.quotekit.model.ModelExtractor;
import org.quotekit.model.SourceFeatures;
import org.quotekit.rules.AttributionFinder;
import org.quotekit.rules.CueLexicon;
import org.quotekit.rules.SourceFinder;
import org.quotekit.spi.QuoteCandidate;

/**
 * Trains a {@link FilterModel} from gold attributions: the candidate attributions that a model
 * trained on other articles makes of these ones (cues down to {@link #DEFAULT_CUE_THRESHOLD},
 * below the extractor's, so that there is more to learn from) are its events, a candidate being
 * right ({@link FilterModel#KEEP}) when its content shares a character with the content of a
 * gold attribution (the pairing of {@code EVALUATION.md} needs a shared token; asking for the
 * gold cue too lost on the overlap and token figures), wrong ({@link FilterModel#DROP})
 * otherwise. The candidates must come from a model that did not see the article, so that cue
 * probabilities and contents are as on unseen text ({@link AttributionModelTrainer} cross-fits:
 * parts trained on one half of the articles make the candidates of the other). Deterministic.
 * Not thread-safe; use one per training run. Defaults: 100 GIS iterations, cutoff 2, Gaussian
 * prior 0.5.
 */
public final class FilterModelTrainer extends GisTrainer<FilterModelTrainer> {
  private final CueLexicon lexicon;
  /**
   * The default least cue probability of the candidates: 0.15 beat the extractor's 0.25 on the
   * validation fifth of PolNeAR train.
   */
  public static final double DEFAULT_CUE_THRESHOLD = 0.15;

  private double cueThreshold = DEFAULT_CUE_THRESHOLD;

  /** A trainer whose extraction consults the given lexicon (normally the English preset). */
  public FilterModelTrainer(CueLexicon lexicon) {
    super(100, 2);
    gaussianSigma(0.5);
    this.lexicon = Objects.requireNonNull(lexicon, "lexicon");
  }

  /**
   * Sets the least cue probability of the candidates (default {@link #DEFAULT_CUE_THRESHOLD}).
   *
   * @throws IllegalArgumentException if not in (0, 1)
   */
  public FilterModelTrainer cueThreshold(double threshold) {
    if (!(threshold > 0 && threshold < 1)) {
      throw new IllegalArgumentException("threshold must be in (0, 1): " + threshold);
    }
    this.cueThreshold = threshold;
    return this;
  }

  @Override
  FilterModelTrainer self() {
    return this;
  }

  /**
   * The labelled candidates that {@code parts} (which must have a content model, and should not
   * have been trained on these articles) makes of the articles.
   *
   * @throws IllegalArgumentException if {@code parts} has no content model
   */
  public List<Event> events(List<GoldArticle> articles, AttributionModel parts) {
    Stages stages = stages(parts, "the filter");
    LearnedContentFinder content = stages.content();
    SourceFinder source = stages.source();
    ModelCueDetector detector = stages.detector();
    FilterFeatures features = new FilterFeatures();
    List<Event> events = new ArrayList<>();
    for (GoldArticle g : articles) {
      if (g.text().isBlank()) {
        continue;
      }
      ModelCueAttributor recorder = new ModelCueAttributor(content, source,
          Math.min(ModelExtractor.DEFAULT_CONTENT_THRESHOLD, cueThreshold),
          (context, cue, candidate, rule) -> {
            events.add(new Event(right(g, candidate) ? FilterModel.KEEP : FilterModel.DROP,
                features.features(context, cue, candidate, rule)));
            return true;
          });
      AttributionFinder.englishNews(lexicon, detector, recorder)
          .find(new Analysis(Article.of(g.id(), g.text()), NlpModels.get()));
    }
    return events;
  }

  /** The stages of the model extractor made of trained parts, with the candidates' cue floor. */
  private record Stages(LearnedContentFinder content, SourceFinder source,
      ModelCueDetector detector) {}

  /**
   * The stages of {@code parts} for {@code what} (named in the error).
   *
   * @throws IllegalArgumentException if {@code parts} has no content model
   */
  private Stages stages(AttributionModel parts, String what) {
    LearnedContentFinder content = new LearnedContentFinder(parts.content().orElseThrow(() ->
        new IllegalArgumentException(what + " needs a model with a content part")),
        new ContentFeatures(lexicon));
    SourceFinder source = parts.source().<SourceFinder>map(s -> new LearnedSourceFinder(s,
        new SourceFeatures())).orElseGet(SourceFinder::grammar);
    return new Stages(content, source, new ModelCueDetector(parts.cue(), lexicon, cueThreshold));
  }

  /** How many of the labeller's best contents of a cue the joint ranker learns to choose among. */
  static final int ALTERNATIVES = ModelExtractor.ALTERNATIVES;
  /** The joint ranker's listwise training: passes, cutoff, AdaGrad rate, L2 weight. */
  private static final int JOINT_PASSES = 5;
  private static final int JOINT_CUTOFF = 3;
  private static final double JOINT_RATE = 0.05;
  private static final double JOINT_L2 = 1e-3;

  /**
   * The joint ranker's lists that {@code parts} (as for {@link #events}) makes of the articles:
   * for each cue down to the candidates' least cue probability, its candidates among the
   * labeller's {@link #ALTERNATIVES} best contents, each with its source, and proposing none
   * ({@link JointFeatures}). Right are the candidates whose content has the highest Jaccard
   * overlap of word tokens with the content of a gold attribution whose cue overlaps the cue
   * (equal token sets where one has them), or none when no such content shares a token with a
   * candidate. Lists whose candidates and none are all right or all wrong are left out.
   *
   * @throws IllegalArgumentException if {@code parts} has no content model
   */
  List<ListwiseTrainer.Group> groups(List<GoldArticle> articles, AttributionModel parts) {
    Stages stages = stages(parts, "the joint ranker");
    JointFeatures features = new JointFeatures();
    List<ListwiseTrainer.Group> groups = new ArrayList<>();
    for (GoldArticle g : articles) {
      if (g.text().isBlank()) {
        continue;
      }
      Function<List<Span>, BitSet> tokens = AttributionScorer.contentTokens(g.text());
      List<BitSet> golds = new ArrayList<>();
      for (GoldAttribution ga : g.attributions()) {
        golds.add(tokens.apply(ga.content()));
      }
      ModelCueAttributor.Ranker recorder = (context, cue, choices, rule) -> {
        // the contents of the gold attributions whose cue overlaps this one
        List<BitSet> ofCue = new ArrayList<>();
        for (int k = 0; k < golds.size(); k++) {
          if (g.attributions().get(k).cue().stream().anyMatch(x -> x.overlaps(
              cue.cue().span()))) {
            ofCue.add(golds.get(k));
          }
        }
        double[] jaccard = new double[choices.size()];
        double max = 0;
        for (int i = 0; i < choices.size(); i++) {
          BitSet c = tokens.apply(choices.get(i).candidate().parts());
          for (BitSet gold : ofCue) {
            jaccard[i] = Math.max(jaccard[i], jaccard(gold, c));
          }
          max = Math.max(max, jaccard[i]);
        }
        boolean[] right = new boolean[choices.size() + 1];
        for (int i = 0; i < choices.size(); i++) {
          right[i] = max > 0 && jaccard[i] == max;
        }
        right[choices.size()] = max == 0;
        ListwiseTrainer.Group group = new ListwiseTrainer.Group(
            List.of(features.features(context, cue, choices, rule)), right);
        if (group.has(true) && group.has(false)) {
          groups.add(group);
        }
        return 0; // the labeller's best, as the filter's candidates are
      };
      AttributionFinder.englishNews(lexicon, stages.detector(), new ModelCueAttributor(
          stages.content(), stages.source(), ModelExtractor.DEFAULT_CONTENT_THRESHOLD,
          ModelCueAttributor.Check.keepAll(), recorder, ALTERNATIVES))
          .find(new Analysis(Article.of(g.id(), g.text()), NlpModels.get()));
    }
    return groups;
  }

  /** The Jaccard overlap of two token sets, 0 when both are empty. */
  private static double jaccard(BitSet a, BitSet b) {
    BitSet and = (BitSet) a.clone();
    and.and(b);
    int shared = and.cardinality();
    int union = a.cardinality() + b.cardinality() - shared;
    return union == 0 ? 0 : (double) shared / union;
  }

  /**
   * {@code filter} with a joint ranker ({@link FilterModel#ranks()}) trained listwise on the
   * lists of {@link #groups} (5 passes, rate 0.05, L2 0.001, cutoff 3); the filter alone when
   * there are none.
   */
  FilterModel withRanker(FilterModel filter, List<ListwiseTrainer.Group> groups) {
    if (groups.isEmpty()) {
      return filter;
    }
    return filter.withRanker(new ListwiseTrainer(JOINT_PASSES, JOINT_CUTOFF, JOINT_RATE, JOINT_L2)
        .train(groups, FilterModel.KEEP, FilterModel.DROP), FilterModel.KEEP);
  }

  /**
   * Trains the filter on labelled candidates.
   *
   * @throws TooFewExamplesException if the candidates are not both right and wrong ones
   */
  public FilterModel train(List<Event> events) {
    boolean keep = events.stream().anyMatch(e -> e.getOutcome().equals(FilterModel.KEEP));
    boolean drop = events.stream().anyMatch(e -> e.getOutcome().equals(FilterModel.DROP));
    if (!keep || !drop) {
      throw new TooFewExamplesException("the filter needs right and wrong candidates: "
          + events.size() + " candidates, " + (keep ? "all right" : "none right"));
    }
    return new FilterModel(train(events, "filter model"));
  }

  /** Whether the candidate's content shares a character with a gold attribution's content. */
  static boolean right(GoldArticle gold, QuoteCandidate c) {
    for (GoldAttribution ga : gold.attributions()) {
      for (Span x : ga.content()) {
        for (Span y : c.parts()) {
          if (x.overlaps(y)) {
            return true;
          }
        }
      }
    }
    return false;
  }
}
