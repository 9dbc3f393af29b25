package org.quotekit.model;

import java.lang.ref.WeakReference;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.IntFunction;
import org.quotekit.Span;
import org.quotekit.rules.AttributionContext;
import org.quotekit.rules.ContentFinder;
import org.quotekit.rules.CueHit;
import org.quotekit.rules.CueLexicon;
import org.quotekit.spi.AnalyzedArticle;
import org.quotekit.spi.QuoteCandidate;
import org.quotekit.spi.QuoteRegion;
import org.quotekit.spi.Sentence;
import org.quotekit.spi.Token;

/**
 * The learned content stage: reads the tokens of the cue's sentence outwards from the cue on each
 * side and labels them with a {@link ContentModel} (before the content, in it, after it), decoded
 * with the Viterbi algorithm under the constraint that a side holds at most one contiguous run of
 * content; so content before the cue, after it, or in two parts around it comes out whole.
 * Immutable and thread-safe.
 */
public final class LearnedContentFinder implements ContentFinder {
  /** The rule id of attributions whose content this stage found. */
  public static final String RULE = "model-content";

  private static final int BEFORE = 0;
  private static final int IN = 1;
  private static final int AFTER = 2;

  private final ContentModel model;
  private final ContentFeatures features;

  /** A finder with the given model and the features it was trained with. */
  public LearnedContentFinder(ContentModel model, ContentFeatures features) {
    this.model = Objects.requireNonNull(model, "model");
    this.features = Objects.requireNonNull(features, "features");
  }

  /**
   * Whether the model reads the rule patterns' span of a cue ({@link ContentModel#readsRules()}),
   * so that {@link #find(AttributionContext, CueHit, QuoteCandidate)} can improve on it.
   */
  public boolean readsRules() {
    return model.readsRules();
  }

  @Override
  public Optional<QuoteCandidate> find(AttributionContext context, CueHit cue) {
    return find(context, cue, null);
  }

  /**
   * The content of {@code cue} as {@link #find(AttributionContext, CueHit)} reads it, given what
   * the rule patterns make of the cue (the model reads their span as features).
   *
   * @param rule the rule patterns' candidate for the cue ({@link
   *     org.quotekit.rules.CueAttributor#rules()}), or null when no pattern fits it
   */
  public Optional<QuoteCandidate> find(AttributionContext context, CueHit cue,
      QuoteCandidate rule) {
    if (!Budget.take(context.article(), cue)) {
      return Optional.empty();
    }
    Content c = content(context.article(), cue.sentence(), cue.first(), cue.last(), cue.lemma(),
        rule);
    if (c.parts().isEmpty()) {
      return Optional.empty();
    }
    double confidence = Math.min(1, Math.max(c.probability() * cue.confidence(), 1e-3));
    return Optional.of(new QuoteCandidate(context.typeOf(c.parts()), c.parts(), cue.cue(), null,
        confidence, RULE));
  }

  /**
   * What the model reads as the content of a cue: its parts in text order (none, one on a side,
   * or two around the cue) and the mean probability of their tokens being content.
   *
   * @param parts the content parts, possibly empty
   * @param probability the mean probability of the parts' tokens, 0 when there are none
   */
  public record Content(List<Span> parts, double probability) {
    /** Copies the parts. */
    public Content {
      parts = List.copyOf(parts);
    }
  }

  /**
   * The content of the cue at tokens {@code first..last} of {@code sentence}, as the model labels
   * it.
   *
   * @param article the analysed article
   * @param sentence the cue's sentence
   * @param first index of the cue's first token in the sentence
   * @param last index of its last token
   * @param lemma the cue's lemma
   * @param rule the rule patterns' candidate for the cue, or null when no pattern fits it
   */
  public Content content(AnalyzedArticle article, Sentence sentence, int first, int last,
      String lemma, QuoteCandidate rule) {
    List<Token> toks = article.tokens(sentence);
    List<String> tags = article.tags(sentence);
    IntFunction<ContentModel.Linked> f;
    if (model.readsHashes()) {
      long[][] h = features.hashes(article, toks, tags, first, last, lemma, rule);
      f = k -> model.link(h[k]);
    } else {
      String[][] strings = features.features(article, toks, tags, first, last, lemma, rule);
      f = k -> model.link(strings[k]);
    }
    List<Span> parts = new ArrayList<>(2);
    double sumP = 0;
    int counted = 0;
    for (int side = 0; side < 2; side++) {
      int[] order = side == 0
          ? outwards(first - 1, Math.max(-1, first - 1 - ContentFeatures.WINDOW))
          : outwards(last + 1, Math.min(toks.size(), last + 1 + ContentFeatures.WINDOW));
      double[] inP = new double[order.length];
      int[] labels = decode(f, order, inP);
      int s = Integer.MAX_VALUE;
      int e = -1;
      for (int k = 0; k < order.length; k++) {
        if (labels[k] == IN) {
          s = Math.min(s, order[k]);
          e = Math.max(e, order[k] + 1);
          sumP += inP[k];
          counted++;
        }
      }
      if (side == 1 && s < e) {
        e = beforeParticipleCue(toks, tags, s, e);
      }
      while (s < e && !isWord(toks.get(s))) {
        s++;
      }
      if (side == 1 && s < e - 1 && toks.get(s).text().equalsIgnoreCase("that")) {
        // PolNeAR's content starts with the "that" after the cue (the scorer drops it); the
        // rules' content does not, and neither does this: "said that the rain ..." gives "the
        // rain ..."
        s++;
        while (s < e && !isWord(toks.get(s))) {
          s++;
        }
      }
      while (e > s && !isWord(toks.get(e - 1))) {
        e--;
      }
      if (s < e) {
        parts.add(Span.of(article.text(), toks.get(s).start(), end(article, toks, s, e)));
      }
    }
    return new Content(parts, counted == 0 ? 0 : sumP / counted);
  }

  /**
   * How many tokens the content model may read per sentence: four times the sentence's length
   * plus two windows. A news sentence with a few cues stays far below it; a sentence made of
   * thousands of cues ("said said said ...") is read for the first ones only, so extraction stays
   * linear in the length of the text. Kept per thread for the sentence being read (the cue stage
   * reads an article's sentences in order on one thread).
   */
  private static final class Budget {
    private static final ThreadLocal<Budget> CURRENT = ThreadLocal.withInitial(Budget::new);

    private WeakReference<AnalyzedArticle> article = new WeakReference<>(null);
    private int sentence = -1;
    private long used;

    /** Whether the cue may be read, taking its cost from its sentence's budget. */
    static boolean take(AnalyzedArticle article, CueHit cue) {
      Budget b = CURRENT.get();
      if (b.article.get() != article || b.sentence != cue.sentence().index()) {
        b.article = new WeakReference<>(article);
        b.sentence = cue.sentence().index();
        b.used = 0;
      }
      long length = article.tokens(cue.sentence()).size();
      long cost = Math.min(length, 2L * ContentFeatures.WINDOW + cue.last() - cue.first() + 1);
      if (b.used + cost > 4 * length + 2L * ContentFeatures.WINDOW) {
        return false;
      }
      b.used += cost;
      return true;
    }
  }

  /** Token indexes from {@code from} (inclusive) to {@code to} (exclusive), either way. */
  private static int[] outwards(int from, int to) {
    int n = Math.abs(to - from);
    int step = to > from ? 1 : -1;
    int[] order = new int[n];
    for (int k = 0; k < n; k++) {
      order[k] = from + k * step;
    }
    return order;
  }

  /**
   * The most probable labels of the tokens in {@code order} (outwards from the cue), starting
   * after the cue in BEFORE, with BEFORE -> BEFORE|IN, IN -> IN|AFTER, AFTER -> AFTER; fills
   * {@code inP} with each token's probability of IN given the chosen previous label.
   */
  private int[] decode(IntFunction<ContentModel.Linked> f, int[] order, double[] inP) {
    int n = order.length;
    if (n == 0) {
      return new int[0];
    }
    double[][] score = new double[n][3];
    int[][] back = new int[n][3];
    double[][][] probs = new double[n][3][];
    for (double[] row : score) {
      java.util.Arrays.fill(row, Double.NEGATIVE_INFINITY);
    }
    for (int k = 0; k < n; k++) {
      boolean afterBefore = k == 0 || score[k - 1][BEFORE] != Double.NEGATIVE_INFINITY;
      boolean afterIn = k > 0 && score[k - 1][IN] != Double.NEGATIVE_INFINITY;
      if (afterBefore || afterIn) {
        // both previous labels at once: the model sums the token's plain features once
        if (afterBefore) {
          probs[k][BEFORE] = new double[3];
        }
        if (afterIn) {
          probs[k][IN] = new double[3];
        }
        model.probabilities(f.apply(order[k]), probs[k][BEFORE], probs[k][IN]);
      }
      for (int prev = 0; prev < 3; prev++) {
        double base = k == 0 ? (prev == BEFORE ? 0 : Double.NEGATIVE_INFINITY)
            : score[k - 1][prev];
        if (base == Double.NEGATIVE_INFINITY) {
          continue;
        }
        if (prev == AFTER) {
          // past the content stays past it: every training token after an AFTER one is AFTER,
          // so the model gives it probability 1 and is not asked (a third of the evaluations)
          if (base > score[k][AFTER]) {
            score[k][AFTER] = base;
            back[k][AFTER] = AFTER;
          }
          continue;
        }
        double[] p = probs[k][prev];
        for (int cur = prev; cur <= Math.min(prev + 1, AFTER); cur++) {
          double sc = base + Math.log(Math.max(p[cur], 1e-12));
          if (sc > score[k][cur]) {
            score[k][cur] = sc;
            back[k][cur] = prev;
          }
        }
      }
    }
    int best = 0;
    for (int st = 1; st < 3; st++) {
      if (score[n - 1][st] > score[n - 1][best]) {
        best = st;
      }
    }
    int[] labels = new int[n];
    for (int k = n - 1; k >= 0; k--) {
      labels[k] = best;
      int prev = back[k][best];
      inP[k] = probs[k][prev] == null ? 0 : probs[k][prev][IN];
      best = prev;
    }
    return labels;
  }

  /**
   * The end of content {@code s..e-1} after the cue, cut before a comma that a reporting verb in
   * -ing follows ("said that A, noting that B"; a closing quotation mark may stand between):
   * PolNeAR makes that a second attribution and ends the first one's content at the comma (122
   * times on four fifths of train, against 6 that run on), and the model had read on through it.
   */
  private int beforeParticipleCue(List<Token> toks, List<String> tags, int s, int e) {
    for (int k = s + 1; k < e - 1; k++) {
      if (!toks.get(k).text().equals(",")) {
        continue;
      }
      int j = k + 1;
      while (j < e && ContentFeatures.isQuoteMark(toks.get(j).text())) {
        j++;
      }
      if (j < e && tags.get(j).equals("VERB") && isReportingParticiple(toks.get(j).text())) {
        return k;
      }
    }
    return e;
  }

  private boolean isReportingParticiple(String word) {
    if (!word.endsWith("ing")) {
      return false;
    }
    for (CueLexicon.Entry entry : features.lexicon().startingWith(word)) {
      if (entry.words().size() == 1 && entry.kind() != CueLexicon.Kind.NOUN) {
        return true;
      }
    }
    return false;
  }

  /**
   * Where content made of tokens {@code s..e-1} ends: after its last token, or, when only
   * punctuation stands between that token and the closing mark of the quotation it lies in, at
   * the end of the quotation: its text when the content lies inside it (a direct quote ends where
   * the quoted words do, as the rule patterns end it), after the closing mark when the content
   * opened it ("a timetable \u201Cfor a gradual reduction.\u201D" keeps its quotation whole, so
   * it reads as mixed). The scorer reads words only, so this changes no figure.
   */
  private static int end(AnalyzedArticle article, List<Token> toks, int s, int e) {
    int from = toks.get(s).start();
    int to = toks.get(e - 1).end();
    QuoteRegion q = article.quoteAt(toks.get(e - 1).start()).orElse(null);
    if (q == null || !q.closed() || q.close() < to) {
      return to;
    }
    for (int k = e; k < toks.size() && toks.get(k).start() <= q.close(); k++) {
      if (isWord(toks.get(k))) {
        return to;
      }
    }
    return q.open() < from ? Math.max(to, q.inner().end()) : q.outerEnd();
  }

  private static boolean isWord(Token t) {
    return Character.isLetterOrDigit(t.text().codePointAt(0));
  }
}
