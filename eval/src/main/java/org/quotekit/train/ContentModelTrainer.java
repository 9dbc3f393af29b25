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
import org.quotekit.model.ContentFeatures;
import org.quotekit.model.ContentModel;
import org.quotekit.rules.CueLexicon;
import org.quotekit.spi.Token;

/**
 * Trains a {@link ContentModel} from gold attributions: for every gold cue, the tokens of the
 * cue's sentence on each side, read outwards from the cue, are labelled {@link
 * ContentModel#BEFORE} until the first token of the gold content on that side, {@link
 * ContentModel#IN} up to its last, {@link ContentModel#AFTER} beyond; each up to the first
 * AFTER one is an event with the gold label of the token before it (past the content the decoder
 * asks nothing), and with what the rule patterns make of the cue ({@link RuleOpinions}).
 * Deterministic (GIS, fixed iterations and cutoff). Not thread-safe; use one per training run.
 * GIS defaults ({@link #iterations}, {@link #cutoff}, {@link #gaussianSigma}): 100 iterations,
 * cutoff 3, a Gaussian prior of standard deviation 1 on the weights (it lets the many sparse
 * conjoined features help instead of overfitting: content exact given the gold cue on a held-out fifth of
 * train .529 -> .534 with the same features).
 */
public final class ContentModelTrainer extends GisTrainer<ContentModelTrainer> {
  private final CueLexicon lexicon;

  /** A trainer whose features consult the given lexicon (normally the English news preset). */
  public ContentModelTrainer(CueLexicon lexicon) {
    super(100, 3);
    gaussianSigma(1);
    this.lexicon = Objects.requireNonNull(lexicon, "lexicon");
  }

  /**
   * Trains on the articles.
   *
   * @throws TooFewExamplesException if the articles hold no attribution with a cue and content
   */
  public ContentModel train(List<GoldArticle> articles) {
    List<Event> events = events(articles);
    if (!ContentModel.LABELS.stream().allMatch(label -> events.stream()
        .anyMatch(e -> e.getOutcome().equals(label)))) {
      throw new TooFewExamplesException("the training articles hold no cue with content and "
          + "words outside it: " + articles.size() + " articles");
    }
    return new ContentModel(train(events, "content model"));
  }

  /** The training events: the tokens of each gold cue's sentence, labelled outwards. */
  List<Event> events(List<GoldArticle> articles) {
    ContentFeatures features = new ContentFeatures(lexicon);
    NlpModels models = NlpModels.get();
    List<Event> events = new ArrayList<>();
    for (GoldArticle gold : articles) {
      if (gold.text().isBlank()) {
        continue;
      }
      Analysis a = new Analysis(Article.of(gold.id(), gold.text()), models);
      RuleOpinions rules = new RuleOpinions(a, gold, lexicon);
      for (GoldAttribution g : gold.attributions()) {
        GoldCue located = GoldCue.locate(a, g, lexicon);
        if (located == null || g.content().isEmpty()) {
          continue;
        }
        GoldCue cue = located.detected(a, lexicon);
        List<Token> toks = a.tokens(cue.sentence());
        int first = cue.first();
        int last = cue.last();
        String[][] f = features.features(a, toks, a.tags(cue.sentence()), first, last,
            cue.lemma(), toks.size(), rules.at(cue.sentence(), cue.head()));
        addSide(events, f, toks, g.content(), first - 1, -1);
        addSide(events, f, toks, g.content(), last + 1, toks.size());
      }
    }
    return events;
  }

  /** The events of one side, tokens {@code from} to {@code to} (exclusive), either way. */
  private static void addSide(List<Event> events, String[][] f, List<Token> toks,
      List<Span> content, int from, int to) {
    int step = to > from ? 1 : -1;
    int lastIn = -1;
    for (int k = from; k != to; k += step) {
      if (overlaps(toks.get(k), content)) {
        lastIn = k;
      }
    }
    String previous = ContentModel.BEFORE;
    boolean seen = false;
    for (int k = from; k != to; k += step) {
      seen |= overlaps(toks.get(k), content);
      String label = !seen ? ContentModel.BEFORE
          : (k - lastIn) * step <= 0 ? ContentModel.IN : ContentModel.AFTER;
      if (previous.equals(ContentModel.AFTER)) {
        break; // past the content stays past it: the decoder asks the model nothing there
      }
      events.add(new Event(label, ContentFeatures.withPrevious(f[k], previous)));
      previous = label;
    }
  }

  static boolean overlaps(Token t, List<Span> spans) {
    for (Span c : spans) {
      if (c.start() < t.end() && t.start() < c.end()) {
        return true;
      }
    }
    return false;
  }

  @Override
  ContentModelTrainer self() {
    return this;
  }
}
