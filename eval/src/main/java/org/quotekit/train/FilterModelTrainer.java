package org.quotekit.train;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import opennlp.tools.ml.model.Event;
import org.quotekit.Article;
import org.quotekit.Span;
import org.quotekit.eval.GoldArticle;
import org.quotekit.eval.GoldAttribution;
import org.quotekit.internal.Analysis;
import org.quotekit.internal.NlpModels;
import org.quotekit.model.AttributionModel;
import org.quotekit.model.ContentFeatures;
import org.quotekit.model.FilterFeatures;
import org.quotekit.model.FilterModel;
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
    LearnedContentFinder content = new LearnedContentFinder(parts.content().orElseThrow(() ->
        new IllegalArgumentException("the filter needs a model with a content part")),
        new ContentFeatures(lexicon));
    SourceFinder source = parts.source().<SourceFinder>map(s -> new LearnedSourceFinder(s,
        new SourceFeatures())).orElseGet(SourceFinder::grammar);
    ModelCueDetector detector = new ModelCueDetector(parts.cue(), lexicon, cueThreshold);
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

  /**
   * Trains the filter on labelled candidates.
   *
   * @throws IllegalArgumentException if the candidates are not both right and wrong ones
   */
  public FilterModel train(List<Event> events) {
    boolean keep = events.stream().anyMatch(e -> e.getOutcome().equals(FilterModel.KEEP));
    boolean drop = events.stream().anyMatch(e -> e.getOutcome().equals(FilterModel.DROP));
    if (!keep || !drop) {
      throw new IllegalArgumentException("the filter needs right and wrong candidates: "
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
