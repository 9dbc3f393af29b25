package org.quotekit.train;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Consumer;
import opennlp.tools.ml.model.Event;
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
 * cue stage reads the article ({@link RuleOpinions}), each candidate mention ({@link
 * SourceFeatures}) given the gold content is an event, {@link SourceModel#SOURCE} when it
 * overlaps the gold source and {@link SourceModel#OTHER} otherwise. Cues whose gold source no
 * candidate reaches (another sentence) teach nothing and are left out. Deterministic (GIS, fixed
 * iterations and cutoff). Not thread-safe; use one per training run.
 * GIS defaults ({@link #iterations}, {@link #cutoff}): 100 iterations, cutoff 2.
 */
public final class SourceModelTrainer extends GisTrainer<SourceModelTrainer> {
  private final CueLexicon lexicon;

  /** A trainer whose cue placement consults the given lexicon (normally the English preset). */
  public SourceModelTrainer(CueLexicon lexicon) {
    super(100, 2);
    this.lexicon = Objects.requireNonNull(lexicon, "lexicon");
  }

  /**
   * Trains on the articles.
   *
   * @throws IllegalArgumentException if no gold source lies among its cue's candidates, or no
   *     other noun phrase does (nothing to rank: {@link #trainIfRankable} returns empty instead)
   */
  public SourceModel train(List<GoldArticle> articles) {
    List<Event> events = events(articles);
    if (events.stream().noneMatch(e -> e.getOutcome().equals(SourceModel.SOURCE))) {
      throw new IllegalArgumentException("the training articles hold no cue whose source is in "
          + "its sentence: " + articles.size() + " articles");
    }
    return rankable(events).orElseThrow(() -> new IllegalArgumentException(
        "the training articles hold no noun phrase beside a cue that is not its source, so "
        + "there is nothing to rank: " + articles.size() + " articles"));
  }

  /**
   * A model trained on the articles, or empty when they give nothing to rank (no cue with its
   * source and another noun phrase in its sentence, as in a corpus of one-phrase sentences):
   * the grammar's source is all there is to go on then.
   */
  public Optional<SourceModel> trainIfRankable(List<GoldArticle> articles) {
    return rankable(events(articles));
  }

  private Optional<SourceModel> rankable(List<Event> events) {
    if (events.stream().noneMatch(e -> e.getOutcome().equals(SourceModel.SOURCE))
        || events.stream().noneMatch(e -> e.getOutcome().equals(SourceModel.OTHER))) {
      return Optional.empty();
    }
    return Optional.of(new SourceModel(train(events, "source model")));
  }

  /** The training events: every candidate of every gold cue with a reachable source. */
  private List<Event> events(List<GoldArticle> articles) {
    List<Event> events = new ArrayList<>();
    cues(articles, lexicon, cue -> {
      for (SourceFeatures.Candidate c : cue.candidates()) {
        events.add(new Event(cue.isGold(c) ? SourceModel.SOURCE : SourceModel.OTHER,
            c.features()));
      }
    });
    return events;
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

  @Override
  SourceModelTrainer self() {
    return this;
  }
}
