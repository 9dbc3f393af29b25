package org.quotekit.train;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Consumer;
import opennlp.tools.ml.model.MaxentModel;
import org.quotekit.Article;
import org.quotekit.QuoteType;
import org.quotekit.Span;
import org.quotekit.eval.GoldArticle;
import org.quotekit.eval.GoldAttribution;
import org.quotekit.internal.Analysis;
import org.quotekit.internal.NlpModels;
import org.quotekit.model.SourceFeatures;
import org.quotekit.model.SourceModel;
import org.quotekit.rules.CueLexicon;
import org.quotekit.rules.SourceFinder;
import org.quotekit.spi.AnalyzedArticle;
import org.quotekit.spi.QuoteCandidate;
import org.quotekit.spi.Token;

/**
 * Trains a {@link SourceModel} from gold attributions: for every gold cue with a source, as the
 * cue stage reads the article ({@link RuleOpinions}), its candidate mentions ({@link
 * SourceFeatures}) given the gold content are one list, in which those that overlap the gold
 * source are right ({@link SourceModel#SOURCE}) and the others wrong ({@link SourceModel#OTHER}).
 * The ranker is trained listwise ({@link ListwiseTrainer}): each candidate competes with the
 * others of its cue, as at extraction, where the most probable one wins. Cues whose gold source no
 * candidate reaches (another sentence) teach nothing and are left out. Deterministic (fixed
 * passes, cutoff and order). Not thread-safe; use one per training run. Defaults ({@link
 * #passes}, {@link #cutoff}): 10 passes, cutoff 2.
 */
public final class SourceModelTrainer {
  private final CueLexicon lexicon;
  private int passes = 10;
  private int cutoff = 2;

  /** A trainer whose cue placement consults the given lexicon (normally the English preset). */
  public SourceModelTrainer(CueLexicon lexicon) {
    this.lexicon = Objects.requireNonNull(lexicon, "lexicon");
  }

  /**
   * Sets how many times training goes over every cue (default 10).
   *
   * @throws IllegalArgumentException if not positive
   */
  public SourceModelTrainer passes(int n) {
    if (n <= 0) {
      throw new IllegalArgumentException("passes must be positive: " + n);
    }
    this.passes = n;
    return this;
  }

  /**
   * Sets how often a feature must occur among the candidates to be kept (default 2).
   *
   * @throws IllegalArgumentException if negative
   */
  public SourceModelTrainer cutoff(int n) {
    if (n < 0) {
      throw new IllegalArgumentException("cutoff must not be negative: " + n);
    }
    this.cutoff = n;
    return this;
  }

  /**
   * Trains on the articles.
   *
   * @throws IllegalArgumentException if no gold source lies among its cue's candidates, or no
   *     other noun phrase does (nothing to rank: {@link #trainIfRankable} returns empty instead)
   */
  public SourceModel train(List<GoldArticle> articles) {
    List<ListwiseTrainer.Group> lists = lists(articles);
    if (lists.stream().noneMatch(l -> l.has(true))) {
      throw new IllegalArgumentException("the " + TooFewExamplesException.articles(
          articles.size()) + " trained on hold no cue whose source is in its sentence");
    }
    return rankable(lists).orElseThrow(() -> new IllegalArgumentException(
        "the training articles hold no noun phrase beside a cue that is not its source, so "
        + "there is nothing to rank: " + articles.size() + " articles"));
  }

  /**
   * A model trained on the articles, or empty when they give nothing to rank (no cue with its
   * source and another noun phrase in its sentence, as in a corpus of one-phrase sentences):
   * the grammar's source is all there is to go on then.
   */
  public Optional<SourceModel> trainIfRankable(List<GoldArticle> articles) {
    return rankable(lists(articles));
  }

  private Optional<SourceModel> rankable(List<ListwiseTrainer.Group> lists) {
    if (lists.stream().noneMatch(l -> l.has(true))
        || lists.stream().noneMatch(l -> l.has(false))) {
      return Optional.empty();
    }
    return Optional.of(new SourceModel(ranker(lists)));
  }

  /** The ranker trained on the lists with this trainer's passes and cutoff. */
  MaxentModel ranker(List<ListwiseTrainer.Group> lists) {
    return new ListwiseTrainer(passes, cutoff, RATE, L2).train(lists, SourceModel.SOURCE,
        SourceModel.OTHER);
  }

  /** The AdaGrad learning rate and L2 weight (chosen on the validation fifth of train). */
  private static final double RATE = 0.05;
  private static final double L2 = 1e-4;

  /** The training lists: the candidates of every gold cue with a reachable source. */
  private List<ListwiseTrainer.Group> lists(List<GoldArticle> articles) {
    List<ListwiseTrainer.Group> lists = new ArrayList<>();
    cues(articles, lexicon, cue -> lists.add(group(cue)));
    return lists;
  }

  /** A cue's training list: its candidates' features, right where they overlap the gold source. */
  static ListwiseTrainer.Group group(Cue cue) {
    List<SourceFeatures.Candidate> candidates = cue.candidates();
    boolean[] right = new boolean[candidates.size()];
    for (int i = 0; i < right.length; i++) {
      right[i] = cue.isGold(candidates.get(i));
    }
    return new ListwiseTrainer.Group(
        candidates.stream().map(SourceFeatures.Candidate::features).toList(), right);
  }

  /**
   * One gold cue as the source stage sees it: its candidates, the grammar's source and the gold
   * source.
   *
   * @param article the analysed article
   * @param toks the tokens of the cue's sentence
   * @param candidates the candidate mentions
   * @param grammar the source the grammar reads, or null
   * @param gold the gold source spans
   */
  record Cue(AnalyzedArticle article, List<Token> toks,
      List<SourceFeatures.Candidate> candidates, Span grammar, List<Span> gold) {
    /** Whether the candidate overlaps the gold source. */
    boolean isGold(SourceFeatures.Candidate c) {
      return overlaps(c.span(article, toks));
    }

    /** Whether a mention overlaps the gold source. */
    boolean overlaps(Span mention) {
      return mention != null && gold.stream().anyMatch(mention::overlaps);
    }
  }

  /**
   * Tells {@code sink} of every gold cue with a source that some candidate reaches, with the
   * gold content as the attribution's.
   */
  static void cues(List<GoldArticle> articles, CueLexicon lexicon, Consumer<Cue> sink) {
    NlpModels models = NlpModels.get();
    for (GoldArticle gold : articles) {
      if (!gold.text().isBlank()) {
        Analysis a = new Analysis(Article.of(gold.id(), gold.text()), models);
        new RuleOpinions(a, gold, lexicon, observer(a, gold, lexicon, sink));
      }
    }
  }

  /**
   * What {@link #cues} does for one analysed article, as an observer of the cue stage that
   * {@link RuleOpinions} runs (so that a caller reading the rules' opinions too analyses and
   * reads the article once).
   */
  static RuleOpinions.Observer observer(AnalyzedArticle a, GoldArticle gold, CueLexicon lexicon,
      Consumer<Cue> sink) {
    SourceFeatures features = new SourceFeatures();
    Map<Long, List<GoldAttribution>> byHead = new HashMap<>();
    for (GoldAttribution g : gold.attributions()) {
      GoldCue c = GoldCue.locate(a, g, lexicon);
      if (c != null && g.hasSource() && !g.content().isEmpty()) {
        byHead.computeIfAbsent(RuleOpinions.key(c.sentence(), c.head()),
            k -> new ArrayList<>()).add(g);
      }
    }
    return (context, hit, previousSource, rule) -> {
      for (GoldAttribution g : byHead.getOrDefault(RuleOpinions.key(hit.sentence(), hit.first()),
          List.of())) {
        QuoteCandidate attribution = new QuoteCandidate(QuoteType.INDIRECT, g.content(),
            hit.cue(), null, 1.0, "gold");
        Span grammar = SourceFinder.grammar().find(context, hit, attribution, previousSource)
            .orElse(null);
        Cue cue = new Cue(a, a.tokens(hit.sentence()), features.candidates(context, hit,
            attribution, previousSource, grammar), grammar, g.source());
        if (cue.candidates().stream().anyMatch(cue::isGold)) {
          sink.accept(cue);
        }
      }
    };
  }
}
