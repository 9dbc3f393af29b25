package org.quotekit.train;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.function.Consumer;
import opennlp.tools.ml.model.Event;
import org.quotekit.Article;
import org.quotekit.Span;
import org.quotekit.QuoteExtractor;
import org.quotekit.eval.AttributionScorer;
import org.quotekit.eval.EvaluationReport;
import org.quotekit.eval.Evaluator;
import org.quotekit.eval.Figure;
import org.quotekit.eval.GoldArticle;
import org.quotekit.eval.GoldAttribution;
import org.quotekit.internal.Analysis;
import org.quotekit.internal.NlpModels;
import org.quotekit.model.AttributionModel;
import org.quotekit.model.ContentFeatures;
import org.quotekit.model.ContentModel;
import org.quotekit.model.CueModel;
import org.quotekit.model.LearnedContentFinder;
import org.quotekit.model.LearnedSourceFinder;
import org.quotekit.model.ModelCueDetector;
import org.quotekit.model.SourceFeatures;
import org.quotekit.model.ModelExtractor;
import org.quotekit.rules.CueLexicon;
import org.quotekit.rules.RuleBasedExtractor;
import org.quotekit.spi.CandidateMerger;
import org.quotekit.spi.Extractor;

/**
 * Trains every part of the model extractor, the {@link CueModel}, the {@link ContentModel}, the
 * {@link org.quotekit.model.SourceModel} and the {@link org.quotekit.model.FilterModel}, from gold
 * attributions, deterministically (GIS with fixed iterations and cutoffs; the same articles give
 * the same model). {@link #validate}
 * holds out every fifth article, trains on the rest and measures each part on the held-out
 * ones. Not thread-safe; use one per training run.
 */
public final class AttributionModelTrainer {
  /** One article in this many goes to the validation part ({@link #split}). */
  public static final int VALIDATION_EVERY = 5;

  private final CueLexicon lexicon;
  private final CueModelTrainer cue;
  private final ContentModelTrainer content;
  private final SourceModelTrainer source;
  private final FilterModelTrainer filter;
  private boolean withFilter = true;
  private boolean withJoint = true;

  /** A trainer whose features consult the given lexicon (normally the English news preset). */
  public AttributionModelTrainer(CueLexicon lexicon) {
    this.lexicon = Objects.requireNonNull(lexicon, "lexicon");
    this.cue = new CueModelTrainer(lexicon);
    this.content = new ContentModelTrainer(lexicon);
    this.source = new SourceModelTrainer(lexicon);
    this.filter = new FilterModelTrainer(lexicon);
  }

  /**
   * Whether to train the filter of candidate attributions (default true): it costs two more
   * trainings of the other parts, each on half the articles ({@link #train}).
   */
  public AttributionModelTrainer filter(boolean train) {
    this.withFilter = train;
    return this;
  }

  /**
   * Whether to train the joint ranker in the filter's file (default true; {@link
   * org.quotekit.model.FilterModel#ranks()}): on the same cross-fitted parts as the filter, one
   * more extraction of the articles and a listwise training. Without the filter there is none.
   */
  public AttributionModelTrainer joint(boolean train) {
    this.withJoint = train;
    return this;
  }

  /**
   * Whether the content model holds a conditional random field beside its Markov model (default
   * true; {@link ContentModel#hasField()}): exact F1 about .005 higher over five folds of PolNeAR
   * train, at the cost of a content file about twice the size and about 10% of the model
   * extractor's speed.
   */
  public AttributionModelTrainer contentField(boolean train) {
    content.fieldPasses(train ? ContentModelTrainer.FIELD_PASSES : 0);
    return this;
  }

  /**
   * Sets the GIS iterations of the cue model and the content model (default 100 each, as the
   * bundled model and {@code quotekit train} have them);
   * the source ranker is trained listwise with its own passes ({@link
   * SourceModelTrainer#passes}).
   *
   * @throws IllegalArgumentException if one is not positive
   */
  public AttributionModelTrainer iterations(int cueIterations, int contentIterations) {
    cue.iterations(cueIterations);
    content.iterations(contentIterations);
    return this;
  }

  /**
   * Sets how often a feature must occur to be kept, for every model (defaults 3 for the cue and
   * content models, 2 for the source model).
   *
   * @throws IllegalArgumentException if negative
   */
  public AttributionModelTrainer cutoff(int n) {
    cue.cutoff(n);
    content.cutoff(n);
    source.cutoff(n);
    filter.cutoff(n);
    return this;
  }

  /**
   * Trains every part on the articles.
   *
   * Without a cue whose source shares its sentence with another noun phrase there is nothing to
   * rank, and the model has no source part (the grammar's source is used). The filter (and its
   * joint ranker, {@link #joint}) is trained on the candidates that the parts trained on the
   * odd-numbered articles make of the even-numbered ones, and the reverse; when the articles are
   * too few for that (a half without cue or content, candidates all right or all wrong) the model
   * has no filter.
   *
   * @throws TooFewExamplesException if the articles hold no cue, or no content around one
   */
  public AttributionModel train(List<GoldArticle> articles) {
    AttributionModel parts = parts(articles);
    if (!withFilter) {
      return parts;
    }
    // cross-fitted: the parts trained on one half make the candidates of the other, so that the
    // filter sees cue probabilities and contents as they are on unseen text
    List<List<GoldArticle>> halves = List.of(new ArrayList<>(), new ArrayList<>());
    for (int i = 0; i < articles.size(); i++) {
      halves.get(i % 2).add(articles.get(i));
    }
    try {
      List<Event> events = new ArrayList<>();
      List<ListwiseTrainer.Group> groups = new ArrayList<>();
      for (int h = 0; h < 2; h++) {
        AttributionModel half = parts(halves.get(h));
        events.addAll(filter.events(halves.get(1 - h), half));
        if (withJoint) {
          groups.addAll(filter.groups(halves.get(1 - h), half));
        }
      }
      return new AttributionModel(parts.cue(), parts.content().orElseThrow(),
          parts.source().orElse(null), filter.withRanker(filter.train(events), groups));
    } catch (TooFewExamplesException tooFew) {
      return parts;
    }
  }

  /** The cue, content and source parts trained on the articles. */
  private AttributionModel parts(List<GoldArticle> articles) {
    return new AttributionModel(cue.train(articles), content.train(articles),
        source.trainIfRankable(articles).orElse(null));
  }

  /**
   * A deterministic split: every {@link #VALIDATION_EVERY}th article (in the given order, the
   * 5th, 10th, ...) is for validation, the others for training.
   *
   * @param train the articles to train on
   * @param validation the held-out articles
   */
  public record Split(List<GoldArticle> train, List<GoldArticle> validation) {
    /** Copies the lists. */
    public Split {
      train = List.copyOf(train);
      validation = List.copyOf(validation);
    }
  }

  /** Splits the articles as {@link Split} says. */
  public static Split split(List<GoldArticle> articles) {
    return fold(articles, VALIDATION_EVERY - 1, VALIDATION_EVERY);
  }

  /**
   * The figures of a model trained on the training part, measured on the validation part.
   *
   * @param cuePrecision share of the tokens the cue model marks (at {@link
   *     ModelExtractor#DEFAULT_THRESHOLD}) that head a gold cue, each token seeing as its
   *     previous cue the one the detector found before it, as at extraction
   * @param cueRecall share of gold cue heads it marks
   * @param contentExact share of gold attributions whose content the content model, given the
   *     gold cue, reads exactly (same word tokens, as {@code EVALUATION.md} counts)
   * @param contentCount how many gold attributions that share counts
   * @param sourceRight share of gold attributions whose source the source model, given the gold
   *     cue and content, picks (a mention overlapping the gold source), of those whose source lies
   *     among the candidates (the grammar's share when the model has no source part)
   * @param grammarRight the same share for the source the grammar reads, the baseline
   * @param sourceCount how many gold attributions those shares count
   * @param configurations the figures ({@code EVALUATION.md}) of the extractor configurations
   *     {@code rules}, {@code model} (with the model trained here), {@link #UNFILTERED} (the
   *     same without its filter, when it has one: what the filter part does) and {@code all}
   *     (both extractors), in that order
   */
  public record Validation(double cuePrecision, double cueRecall, double contentExact,
      int contentCount, double sourceRight, double grammarRight, int sourceCount,
      Map<String, EvaluationReport> configurations) {
    /** The configuration of the model trained here without its filter part. */
    public static final String UNFILTERED = "model without its filter";

    /** Copies the map, keeping its order. */
    public Validation {
      configurations = Collections.unmodifiableMap(new LinkedHashMap<>(configurations));
    }

    /** The cue model's F1. */
    public double cueF1() {
      double sum = cuePrecision + cueRecall;
      return sum == 0 ? 0 : 2 * cuePrecision * cueRecall / sum;
    }

    /** The figures as text, a line per part and then a table per configuration. */
    public String format() {
      StringBuilder out = new StringBuilder(String.format(Locale.ROOT, "cue model      precision "
          + "%.3f  recall %.3f  f1 %.3f%ncontent model  exact %.3f of %d gold attributions, "
          + "given the gold cue%nsource model   right %.3f (grammar %.3f) of %d gold "
          + "attributions, given the gold cue and content%n", cuePrecision, cueRecall, cueF1(),
          contentExact, contentCount, sourceRight, grammarRight, sourceCount));
      configurations.forEach((name, report) -> out.append("extractors ").append(name)
          .append(" on the validation part:").append(System.lineSeparator())
          .append(report.format()));
      return out.toString();
    }
  }

  /**
   * Fold {@code k} of {@code folds}: the articles whose index (in the given order) leaves
   * remainder {@code k} when divided by {@code folds} are for validation, the others for
   * training; fold 4 of 5 is {@link #split}.
   *
   * @throws IllegalArgumentException if {@code folds < 2} or {@code k} is not in [0, folds)
   */
  public static Split fold(List<GoldArticle> articles, int k, int folds) {
    if (folds < 2 || k < 0 || k >= folds) {
      throw new IllegalArgumentException("fold " + k + " of " + folds + ": need 0 <= k < folds"
          + " and folds >= 2");
    }
    List<GoldArticle> train = new ArrayList<>();
    List<GoldArticle> validation = new ArrayList<>();
    for (int i = 0; i < articles.size(); i++) {
      (i % folds == k ? validation : train).add(articles.get(i));
    }
    return new Split(train, validation);
  }

  /**
   * The figures of {@link #validate(Split)} on every fold of a cross-validation: each fold's
   * articles measured with a model trained on the other folds.
   *
   * @param folds each fold's figures, in fold order
   */
  public record CrossValidation(List<Validation> folds) {
    /**
     * Copies the list.
     *
     * @throws IllegalArgumentException if it is empty
     */
    public CrossValidation {
      folds = List.copyOf(folds);
      if (folds.isEmpty()) {
        throw new IllegalArgumentException("a cross-validation has at least one fold");
      }
    }

    /**
     * Each configuration's figures pooled over the folds: the counts summed, so every article
     * weighs the same, in the configurations' order of the first fold (one a fold lacks, such as
     * {@link Validation#UNFILTERED} where a fold's model has no filter, pools the folds that
     * have it).
     */
    public Map<String, EvaluationReport> pooled() {
      Map<String, List<EvaluationReport>> byName = new LinkedHashMap<>();
      for (Validation v : folds) {
        v.configurations().forEach((name, report) ->
            byName.computeIfAbsent(name, n -> new ArrayList<>()).add(report));
      }
      Map<String, EvaluationReport> out = new LinkedHashMap<>();
      byName.forEach((name, reports) -> out.put(name, EvaluationReport.combine(reports)));
      return Collections.unmodifiableMap(out);
    }

    /**
     * The figures as text: a line of part figures per fold (cue precision, recall and F1;
     * content exact given the gold cue; source right given the gold cue and content), then a
     * table per configuration pooled over the folds, then each configuration's F1 figures per
     * fold, so their spread shows.
     */
    public String format() {
      StringBuilder out = new StringBuilder();
      String nl = System.lineSeparator();
      out.append(String.format(Locale.ROOT, "cross-validation over %d folds (article i in fold i "
          + "mod %d)%n", folds.size(), folds.size()));
      for (int k = 0; k < folds.size(); k++) {
        Validation v = folds.get(k);
        out.append(String.format(Locale.ROOT, "fold %d: cue model p %.3f r %.3f f1 %.3f, "
            + "content exact %.3f of %d, source right %.3f of %d%n", k, v.cuePrecision(),
            v.cueRecall(), v.cueF1(), v.contentExact(), v.contentCount(), v.sourceRight(),
            v.sourceCount()));
      }
      pooled().forEach((name, report) -> {
        out.append("extractors ").append(name).append(", pooled over the folds:").append(nl)
            .append(report.format());
        out.append("  per fold, F1 exact/overlap/token/source/cue:");
        for (Validation v : folds) {
          EvaluationReport r = v.configurations().get(name);
          out.append(r == null ? " -" : String.format(Locale.ROOT, " %.3f/%.3f/%.3f/%.3f/%.3f",
              r.f1(Figure.EXACT), r.f1(Figure.OVERLAP), r.f1(Figure.TOKEN),
              r.f1(Figure.SOURCE), r.f1(Figure.CUE)));
        }
        out.append(nl);
      });
      return out.toString();
    }
  }

  /**
   * Cross-validates: for each of {@code folds} folds ({@link #fold}), trains on the others and
   * measures each part on it, as {@link #validate(Split)} does. Costs {@code folds} trainings.
   *
   * @throws IllegalArgumentException if {@code folds < 2} or a fold's training part holds no cue
   *     or no content
   */
  public CrossValidation crossValidate(List<GoldArticle> articles, int folds) {
    List<Validation> out = new ArrayList<>();
    for (int k = 0; k < folds; k++) {
      out.add(validate(fold(articles, k, folds)));
    }
    return new CrossValidation(out);
  }

  /**
   * Trains on the training part of {@link #split} and measures each part on the validation part.
   *
   * @throws IllegalArgumentException if the training part holds no cue or no content
   */
  public Validation validate(List<GoldArticle> articles) {
    return validate(split(articles));
  }

  /**
   * Trains on the split's training part and measures each part on its validation part.
   *
   * @throws IllegalArgumentException if the training part holds no cue or no content
   */
  public Validation validate(Split split) {
    AttributionModel model = train(split.train());
    int tp = 0;
    int marked = 0;
    int heads = 0;
    // the previous cue each token sees is the one the detector found, as at extraction
    ModelCueDetector detector = new ModelCueDetector(model.cue(), lexicon,
        ModelExtractor.DEFAULT_THRESHOLD);
    for (Event e : cue.events(split.validation(), detector)) {
      boolean gold = e.getOutcome().equals(CueModel.CUE);
      boolean hit = model.cue().probability(e.getContext()) >= ModelExtractor.DEFAULT_THRESHOLD;
      heads += gold ? 1 : 0;
      marked += hit ? 1 : 0;
      tp += gold && hit ? 1 : 0;
    }
    LearnedContentFinder finder = new LearnedContentFinder(model.content().orElseThrow(),
        new ContentFeatures(lexicon));
    LearnedSourceFinder ranker = model.source().map(s -> new LearnedSourceFinder(s,
        new SourceFeatures())).orElse(null);
    int[] sources = new int[3];
    Consumer<SourceModelTrainer.Cue> sourceCue = c -> {
      Span chosen = ranker == null ? c.grammar()
          : ranker.pick(c.article(), c.toks(), c.candidates(), c.grammar()).orElse(null);
      sources[0] += c.overlaps(chosen) ? 1 : 0;
      sources[1] += c.overlaps(c.grammar()) ? 1 : 0;
      sources[2]++;
    };
    int exact = 0;
    int counted = 0;
    for (GoldArticle g : split.validation()) {
      if (g.text().isBlank()) {
        continue;
      }
      Analysis a = new Analysis(Article.of(g.id(), g.text()), NlpModels.get());
      RuleOpinions rules = new RuleOpinions(a, g, lexicon,
          SourceModelTrainer.observer(a, g, lexicon, sourceCue));
      for (GoldAttribution ga : g.attributions()) {
        GoldCue located = GoldCue.locate(a, ga, lexicon);
        if (located == null || ga.content().isEmpty()) {
          continue;
        }
        GoldCue c = located.detected(a, lexicon);
        counted++;
        LearnedContentFinder.Content read = finder.content(a, c.sentence(), c.first(), c.last(),
            c.lemma(), rules.at(c.sentence(), c.head()));
        exact += AttributionScorer.sameContent(g.text(), ga.content(), read.parts()) ? 1 : 0;
      }
    }
    Extractor rules = new RuleBasedExtractor(lexicon);
    Extractor learned = ModelExtractor.builder(model).lexicon(lexicon).build();
    Map<String, EvaluationReport> configurations = new LinkedHashMap<>();
    configurations.put("rules", Evaluator.evaluate(split.validation(),
        QuoteExtractor.builder().extractor(rules).build()));
    configurations.put("model", Evaluator.evaluate(split.validation(),
        QuoteExtractor.builder().extractor(learned).build()));
    if (model.filter().isPresent()) {
      configurations.put(Validation.UNFILTERED, Evaluator.evaluate(split.validation(),
          QuoteExtractor.builder().extractor(ModelExtractor.builder(model.withoutFilter())
              .lexicon(lexicon).build()).build()));
    }
    configurations.put("all", Evaluator.evaluate(split.validation(), QuoteExtractor.builder()
        .extractor(learned).extractor(rules).candidateMerger(CandidateMerger.byExtractorOrder())
        .build())); // as the CLI's all
    return new Validation(ratio(tp, marked), ratio(tp, heads), ratio(exact, counted), counted,
        ratio(sources[0], sources[2]), ratio(sources[1], sources[2]), sources[2],
        configurations);
  }

  private static double ratio(int a, int b) {
    return b == 0 ? 0 : (double) a / b;
  }
}
