package org.quotekit.train;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import opennlp.tools.ml.model.Event;
import org.quotekit.Article;
import org.quotekit.eval.GoldArticle;
import org.quotekit.eval.GoldAttribution;
import org.quotekit.internal.Analysis;
import org.quotekit.internal.NlpModels;
import org.quotekit.model.CueFeatures;
import org.quotekit.model.CueModel;
import org.quotekit.model.ModelCueDetector;
import org.quotekit.rules.CueMatch;
import org.quotekit.rules.CueLexicon;
import org.quotekit.spi.Sentence;
import org.quotekit.spi.Token;

/**
 * Trains a {@link CueModel} from gold attributions (for instance the PolNeAR training split). A
 * token is a positive example when it lies in a gold cue and is its head: the first token tagged
 * as a verb, or the cue's first token when none is; the previous cue a token's features see is
 * the last gold cue head before it in its sentence (at extraction, the last cue found). Not
 * thread-safe; use one per training run. GIS defaults ({@link #iterations}, {@link #cutoff}): 100
 * iterations (as the bundled model was trained; 200 gave the same figures), cutoff 3, and a Gaussian prior of standard deviation 0.5 on the weights: with it
 * the many sparse context features (word and neighbour, stem, quotations in the sentence, the
 * previous cue) generalise instead of fitting the training articles.
 */
public final class CueModelTrainer extends GisTrainer<CueModelTrainer> {
  /** The standard deviation of the Gaussian prior on the weights. */
  static final double SIGMA = 0.5;

  private final CueLexicon lexicon;

  /** A trainer whose features consult the given lexicon (normally the English news preset). */
  public CueModelTrainer(CueLexicon lexicon) {
    super(100, 3);
    gaussianSigma(SIGMA);
    this.lexicon = Objects.requireNonNull(lexicon, "lexicon");
  }

  /**
   * Trains on the articles.
   *
   * @throws TooFewExamplesException if the articles hold no cue at all
   */
  public CueModel train(List<GoldArticle> articles) {
    List<Event> events = events(articles);
    if (events.stream().noneMatch(e -> e.getOutcome().equals(CueModel.CUE))) {
      throw new TooFewExamplesException("the " + TooFewExamplesException.articles(
          articles.size()) + " trained on hold no cue");
    }
    return new CueModel(train(events, "cue model"));
  }

  /** The training events of all candidate tokens outside quotations. */
  List<Event> events(List<GoldArticle> articles) {
    return events(articles, null);
  }

  /**
   * The events of all candidate tokens outside quotations, each seeing as its previous cue the
   * last gold cue head before it in its sentence, or, with a {@code detector}, the last cue the
   * detector found there (as at extraction: every cue but a preposition's, 'according to').
   */
  List<Event> events(List<GoldArticle> articles, ModelCueDetector detector) {
    CueFeatures features = new CueFeatures(lexicon);
    NlpModels models = NlpModels.get();
    List<Event> events = new ArrayList<>();
    for (GoldArticle gold : articles) {
      if (gold.text().isBlank()) {
        continue;
      }
      Analysis a = new Analysis(Article.of(gold.id(), gold.text()), models);
      boolean[] head = heads(a, gold);
      for (Sentence s : a.sentences()) {
        List<Token> toks = a.tokens(s);
        List<String> tags = null;
        boolean[] found = detector == null ? null : new boolean[toks.size()];
        if (detector != null) {
          for (CueMatch m : detector.detect(a, s)) {
            found[m.first()] = m.entry().kind() != CueLexicon.Kind.PREP;
          }
        }
        int prev = -1;
        for (int i = 0; i < toks.size(); i++) {
          if (a.quoteAt(toks.get(i).start()).isPresent()) {
            continue;
          }
          if (tags == null) {
            tags = a.tags(s);
          }
          if (!features.isCandidate(toks, tags, i)) {
            continue;
          }
          boolean cue = head[toks.get(i).start()];
          events.add(new Event(cue ? CueModel.CUE : CueModel.OTHER,
              features.features(a, toks, tags, i, prev)));
          if (found == null ? cue : found[i]) {
            prev = i;
          }
        }
      }
    }
    return events;
  }

  /** Marks, per character, the start of the head token of every gold cue. */
  private boolean[] heads(Analysis a, GoldArticle gold) {
    boolean[] head = new boolean[gold.text().length() + 1];
    for (GoldAttribution g : gold.attributions()) {
      GoldCue cue = GoldCue.locate(a, g, lexicon);
      if (cue == null) {
        continue;
      }
      head[a.tokens(cue.sentence()).get(cue.head()).start()] = true;
    }
    return head;
  }

  @Override
  CueModelTrainer self() {
    return this;
  }
}
