package org.quotekit.model;

import java.util.List;
import java.util.Objects;
import org.quotekit.rules.AttributionFinder;
import org.quotekit.rules.CueLexicon;
import org.quotekit.rules.SourceFinder;
import org.quotekit.spi.AnalyzedArticle;
import org.quotekit.spi.Extractor;
import org.quotekit.spi.QuoteCandidate;

/**
 * The model-based extractor: cues come from a trained {@link CueModel} instead of the lexicon
 * alone, so reporting words the lexicon lacks ("endorsed", "seemed") are found and lexicon words
 * used in other senses are passed over. Content and source come from the same patterns as the
 * rule-based extractor where one fits, with a trained {@link ContentModel} (when the {@link
 * AttributionModel} has one) re-reading their content inside the cue's sentence; where none
 * fits, the content model labels the content and the source ranker ({@link SourceModel}, else
 * the grammar) picks the source ({@link ModelCueAttributor}). When the model has a {@link
 * FilterModel}, the filter keeps the candidate attributions it gives at least {@link
 * #DEFAULT_FILTER_THRESHOLD}; when the filter holds a joint ranker ({@link FilterModel#ranks()}),
 * the ranker instead chooses each cue's attribution among the labeller's {@link #ALTERNATIVES}
 * best contents (each with its source), or none ({@link ModelCueAttributor.Ranker#of}, with
 * {@link #DEFAULT_NONE_BIAS}). Made by {@link #builder(AttributionModel)}, which sets the lexicon
 * and every threshold. Immutable and thread-safe.
 */
public final class ModelExtractor implements Extractor {
  /** The name this extractor is registered and reported under. */
  public static final String NAME = "model";
  /**
   * Default minimum cue probability, chosen on the validation fifth of PolNeAR train (0.25 beat
   * 0.2 and 0.3 on the five F1 figures taken together).
   */
  public static final double DEFAULT_THRESHOLD = 0.25;

  private final AttributionFinder finder;

  /** Default minimum cue probability for content found by the content model. */
  public static final double DEFAULT_CONTENT_THRESHOLD = 0.3;

  /**
   * The least probability the filter must give a candidate attribution for it to be kept, chosen
   * on the validation fifth of PolNeAR train (0.4 beat 0.3, 0.35, 0.45 and 0.5 on the five F1
   * figures taken together).
   */
  public static final double DEFAULT_FILTER_THRESHOLD = 0.4;

  /**
   * What the joint ranker ({@link FilterModel#ranks()}) adds to the score of proposing no
   * attribution for a cue (lower proposes more), chosen on the validation fifth of PolNeAR
   * train: -1.25 and -1 tied on the five F1 figures taken together and beat -1.5 and -0.75;
   * -1.25 finds more (INDIRECT recall .668 against .655).
   */
  public static final double DEFAULT_NONE_BIAS = -1.25;

  /**
   * How many of the content labeller's best contents of a cue the joint ranker chooses among (3
   * did as well as 5 on the validation fifth of PolNeAR train, at less cost).
   */
  public static final int ALTERNATIVES = 3;

  /**
   * An extractor with a cue model alone (content and source from the rule patterns), the lexicon
   * its features use, and a threshold.
   *
   * @throws IllegalArgumentException if {@code threshold} is not in (0, 1)
   * @deprecated the builder sets every setting: use {@code ModelExtractor.builder(new
   *     AttributionModel(model, null)).lexicon(lexicon).cueThreshold(threshold).build()}
   */
  @Deprecated
  public ModelExtractor(CueModel model, CueLexicon lexicon, double threshold) {
    this(new AttributionModel(model, null), lexicon, threshold);
  }

  /**
   * An extractor with the given model, the lexicon its features use, and the minimum cue
   * probability; content the content model finds needs at least {@link
   * #DEFAULT_CONTENT_THRESHOLD}; a {@link FilterModel} in the model decides which candidates are
   * kept.
   *
   * @throws IllegalArgumentException if {@code threshold} is not in (0, 1)
   * @deprecated the builder sets every setting: use {@code
   *     ModelExtractor.builder(model).lexicon(lexicon).cueThreshold(threshold).build()}
   */
  @Deprecated
  public ModelExtractor(AttributionModel model, CueLexicon lexicon, double threshold) {
    this(model, lexicon, threshold, DEFAULT_FILTER_THRESHOLD);
  }

  /**
   * An extractor as {@link #ModelExtractor(AttributionModel, CueLexicon, double)}, whose filter
   * (when the model has one) keeps the candidate attributions it gives at least {@code
   * filterThreshold}: lower keeps more (0 keeps every candidate, as a model without a filter),
   * higher fewer and surer ones. A filter holding a joint ranker ({@link FilterModel#ranks()})
   * chooses instead, and {@code filterThreshold} is not read: {@link #builder} sets that
   * ranker's trade ({@link Builder#noneBias}).
   *
   * @throws IllegalArgumentException if {@code threshold} is not in (0, 1) or {@code
   *     filterThreshold} not in [0, 1]
   * @deprecated the builder sets every setting: use {@code
   *     ModelExtractor.builder(model).lexicon(lexicon).cueThreshold(threshold)
   *     .filterThreshold(filterThreshold).build()}
   */
  @Deprecated
  public ModelExtractor(AttributionModel model, CueLexicon lexicon, double threshold,
      double filterThreshold) {
    this(builder(model).lexicon(lexicon).cueThreshold(threshold).filterThreshold(filterThreshold));
  }

  private ModelExtractor(Builder b) {
    AttributionModel model = b.model;
    CueLexicon lexicon = b.lexicon;
    ModelCueDetector detector = new ModelCueDetector(model.cue(), lexicon, b.cueThreshold);
    FilterModel filter = model.filter().orElse(null);
    boolean joint = filter != null && filter.ranks();
    ModelCueAttributor.Check check = filter == null || joint ? ModelCueAttributor.Check.keepAll()
        : ModelCueAttributor.Check.of(filter, b.filterThreshold);
    ModelCueAttributor.Ranker ranker = joint
        ? ModelCueAttributor.Ranker.of(filter, b.noneBias) : null;
    this.finder = model.content()
        .map(c -> AttributionFinder.englishNews(lexicon, detector, new ModelCueAttributor(
            new LearnedContentFinder(c, new ContentFeatures(lexicon)),
            model.source().<SourceFinder>map(s -> new LearnedSourceFinder(s,
                new SourceFeatures())).orElseGet(SourceFinder::grammar),
            DEFAULT_CONTENT_THRESHOLD, check, ranker, joint ? ALTERNATIVES : 1)))
        .orElseGet(() -> AttributionFinder.englishNews(lexicon, detector));
  }

  /**
   * A builder of an extractor over the given model, with the English news lexicon and every
   * threshold at its default; set what you want to move, then {@link Builder#build()}.
   *
   * @throws NullPointerException if {@code model} is null
   */
  public static Builder builder(AttributionModel model) {
    return new Builder(Objects.requireNonNull(model, "model"));
  }

  /**
   * Configures a {@link ModelExtractor}: the lexicon its features read and the trade of each
   * decision between finding more and finding surer ones. Each setter checks its value at once
   * and names it when refused. Not thread-safe; the extractor it builds is immutable and
   * thread-safe, and the builder can build again.
   */
  public static final class Builder {
    private final AttributionModel model;
    private CueLexicon lexicon = CueLexicon.englishNews();
    private double cueThreshold = DEFAULT_THRESHOLD;
    private double filterThreshold = DEFAULT_FILTER_THRESHOLD;
    private double noneBias = DEFAULT_NONE_BIAS;

    private Builder(AttributionModel model) {
      this.model = model;
    }

    /**
     * The lexicon the features consult (default {@link CueLexicon#englishNews()}, the one the
     * bundled model was trained with; a user's additions to it are cues whatever the model says).
     *
     * @throws NullPointerException if {@code lexicon} is null
     */
    public Builder lexicon(CueLexicon lexicon) {
      this.lexicon = Objects.requireNonNull(lexicon, "lexicon");
      return this;
    }

    /**
     * The least cue probability (default {@link #DEFAULT_THRESHOLD}): lower proposes more cues.
     *
     * @throws IllegalArgumentException if not in (0, 1)
     */
    public Builder cueThreshold(double threshold) {
      if (!(threshold > 0 && threshold < 1)) {
        throw new IllegalArgumentException("cueThreshold must be in (0, 1): " + threshold);
      }
      this.cueThreshold = threshold;
      return this;
    }

    /**
     * The least probability a filter without a joint ranker must give a candidate attribution
     * for it to be kept (default {@link #DEFAULT_FILTER_THRESHOLD}; 0 keeps every candidate).
     * Not read when the model has no filter or its filter holds a joint ranker ({@link
     * #noneBias} moves that one).
     *
     * @throws IllegalArgumentException if not in [0, 1]
     */
    public Builder filterThreshold(double threshold) {
      if (!(threshold >= 0 && threshold <= 1)) {
        throw new IllegalArgumentException("filterThreshold must be in [0, 1]: " + threshold);
      }
      this.filterThreshold = threshold;
      return this;
    }

    /**
     * What the joint ranker adds to the score of proposing no attribution for a cue (default
     * {@link #DEFAULT_NONE_BIAS}): lower keeps more attributions (more recall, less precision),
     * higher fewer and surer ones. Not read when the model's filter holds no joint ranker.
     *
     * @throws IllegalArgumentException if not finite
     */
    public Builder noneBias(double bias) {
      if (!Double.isFinite(bias)) {
        throw new IllegalArgumentException("noneBias must be finite: " + bias);
      }
      this.noneBias = bias;
      return this;
    }

    /** The extractor, as configured. */
    public ModelExtractor build() {
      return new ModelExtractor(this);
    }
  }

  @Override
  public String name() {
    return NAME;
  }

  @Override
  public List<QuoteCandidate> extract(AnalyzedArticle article) {
    return finder.find(article);
  }
}
