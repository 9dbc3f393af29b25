package org.quotekit.train;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Map;
import opennlp.tools.ml.maxent.GISModel;
import opennlp.tools.ml.model.Context;
import opennlp.tools.ml.model.Event;
import opennlp.tools.ml.model.MaxentModel;
import org.quotekit.Article;
import org.quotekit.Span;
import org.quotekit.eval.GoldArticle;
import org.quotekit.eval.GoldAttribution;
import org.quotekit.internal.Analysis;
import org.quotekit.internal.NlpModels;
import org.quotekit.model.ContentFeatures;
import org.quotekit.model.ContentModel;
import org.quotekit.rules.CueLexicon;
import org.quotekit.spi.QuoteCandidate;
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
 * train .529 -> .534 with the same features). Beside the Markov model it trains a conditional
 * random field over the same features ({@link ContentCrf}: {@value #FIELD_PASSES} AdaGrad passes,
 * cutoff 10, rate 0.01), whose potentials the labeller adds to the Markov model's log
 * probabilities ({@link ContentModel#hasField()}): two models trained differently, whose errors
 * differ (content exact given the gold cue on the validation fifth: Markov model .545, field
 * alone .546, both .557).
 */
public final class ContentModelTrainer extends GisTrainer<ContentModelTrainer> {
  /** The default passes of the random field part ({@link #fieldPasses}). */
  public static final int FIELD_PASSES = 50;
  /**
   * How often a feature must occur to get a weight in the random field by default. Content exact
   * given the gold cue on the validation fifth, and the content file trained on four fifths:
   * cutoff 3 .557 (9.2 MB), 5 .557 (7.4 MB), 10 .561 (5.7 MB), 20 .556 (4.5 MB).
   */
  private static final int FIELD_CUTOFF = 10;
  /** The field's AdaGrad learning rate: lower rates did better on held-out articles. */
  private static final double FIELD_RATE = 0.01;

  private final CueLexicon lexicon;
  private int fieldPasses = FIELD_PASSES;
  private int fieldCutoff = FIELD_CUTOFF;

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
    List<Event> events = new ArrayList<>();
    List<ContentCrf.Side> sides = new ArrayList<>();
    collect(articles, events, fieldPasses == 0 ? null : sides);
    if (!ContentModel.LABELS.stream().allMatch(label -> events.stream()
        .anyMatch(e -> e.getOutcome().equals(label)))) {
      throw new TooFewExamplesException("the " + TooFewExamplesException.articles(
          articles.size()) + " trained on hold no cue with content and words outside it");
    }
    MaxentModel markov = train(events, "content model");
    if (fieldPasses == 0) {
      return new ContentModel(markov);
    }
    Map<String, Context> field = new ContentCrf(fieldPasses, fieldCutoff, FIELD_RATE)
        .train(sides);
    return new ContentModel(withField((GISModel) markov, field));
  }

  /**
   * Sets how often a feature must occur to be kept, for the Markov model and the random field
   * alike (defaults 3 and 10).
   *
   * @throws IllegalArgumentException if negative
   */
  @Override
  public ContentModelTrainer cutoff(int n) {
    super.cutoff(n);
    this.fieldCutoff = n;
    return this;
  }

  /**
   * How many passes the random field part is trained for (default {@value #FIELD_PASSES}); 0
   * trains the Markov model alone.
   *
   * @throws IllegalArgumentException if negative
   */
  public ContentModelTrainer fieldPasses(int passes) {
    if (passes < 0) {
      throw new IllegalArgumentException("passes must not be negative: " + passes);
    }
    this.fieldPasses = passes;
    return this;
  }

  /**
   * The Markov model with the field's weights added under their names, each outcome index of
   * the field ({@link ContentModel#LABELS}) mapped to the model's.
   */
  static GISModel withField(GISModel markov, Map<String, Context> field) {
    Object[] data = markov.getDataStructures();
    @SuppressWarnings("unchecked")
    Map<String, Context> pmap = (Map<String, Context>) data[1];
    List<String> names = new ArrayList<>(pmap.size() + field.size());
    List<Context> contexts = new ArrayList<>(pmap.size() + field.size());
    pmap.forEach((name, c) -> {
      names.add(name);
      contexts.add(c);
    });
    int[] outcome = new int[ContentModel.LABELS.size()];
    for (int i = 0; i < outcome.length; i++) {
      outcome[i] = markov.getIndex(ContentModel.LABELS.get(i));
    }
    field.forEach((name, c) -> {
      int[] o = c.getOutcomes().clone();
      for (int i = 0; i < o.length; i++) {
        o[i] = outcome[o[i]];
      }
      names.add(name);
      contexts.add(new Context(o, c.getParameters()));
    });
    String[] outcomes = new String[markov.getNumOutcomes()];
    for (int i = 0; i < outcomes.length; i++) {
      outcomes[i] = markov.getOutcome(i);
    }
    return new GISModel(contexts.toArray(Context[]::new), names.toArray(String[]::new),
        outcomes);
  }

  /**
   * Reads every gold cue with content once and adds the Markov model's events of its sentence
   * to {@code events} (labelled outwards) and the random field's two sides to {@code sides}
   * (null when no field is trained). The events read the whole sentence, the sides the
   * extractor's window; the two feature arrays are the same when the sentence ends within the
   * window on both sides, and are then computed once.
   */
  private void collect(List<GoldArticle> articles, List<Event> events,
      List<ContentCrf.Side> sides) {
    ContentFeatures features = new ContentFeatures(lexicon);
    NlpModels models = NlpModels.get();
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
        List<String> tags = a.tags(cue.sentence());
        QuoteCandidate rule = rules.at(cue.sentence(), cue.head());
        int first = cue.first();
        int last = cue.last();
        int n = toks.size();
        String[][] whole = features.features(a, toks, tags, first, last, cue.lemma(), n, rule);
        addSide(events, whole, toks, g.content(), first - 1, -1);
        addSide(events, whole, toks, g.content(), last + 1, n);
        if (sides != null) {
          int w = ContentFeatures.WINDOW;
          String[][] f = first <= w && n - 1 - last <= w ? whole
              : features.features(a, toks, tags, first, last, cue.lemma(), rule);
          sides.add(side(f, toks, g.content(), first - 1, Math.max(-1, first - 1 - w)));
          sides.add(side(f, toks, g.content(), last + 1, Math.min(n, last + 1 + w)));
        }
      }
    }
  }

  /** One side, tokens {@code from} to {@code to} (exclusive), either way. */
  private static ContentCrf.Side side(String[][] f, List<Token> toks, List<Span> content,
      int from, int to) {
    int step = to > from ? 1 : -1;
    int n = Math.abs(to - from);
    String[][] out = new String[n][];
    int start = -1;
    int end = -1;
    for (int j = 0; j < n; j++) {
      int k = from + j * step;
      out[j] = f[k];
      if (overlaps(toks.get(k), content)) {
        start = start < 0 ? j : start;
        end = j + 1;
      }
    }
    return start < 0 ? new ContentCrf.Side(out, 0, 0) : new ContentCrf.Side(out, start, end);
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
