package org.quotekit.model;

import java.lang.ref.WeakReference;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.IntFunction;
import java.util.function.IntPredicate;
import org.quotekit.Span;
import org.quotekit.internal.Datelines;
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
  /** Words that, opening a sentence, make the clause up to its first comma subordinate. */
  private static final Set<String> OPENERS = Set.of("when", "as", "after", "while",
      "although", "though", "because", "if", "since", "once", "until", "before", "whereas",
      "unless");
  /** Tags of the words a main clause's subject is made of ("the state's governor", "she"). */
  private static final Set<String> SUBJECT_TAGS = Set.of("PROPN", "PRON", "DET", "NOUN",
      "ADJ", "NUM", "PART");

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
    return c.parts().isEmpty() ? Optional.empty() : Optional.of(candidate(context, cue, c));
  }

  /**
   * The candidate of {@code cue} holding content {@code c} (which must have parts), without a
   * source: confident as the content's mean token probability times the cue's confidence.
   */
  QuoteCandidate candidate(AttributionContext context, CueHit cue, Content c) {
    double confidence = Math.min(1, Math.max(c.probability() * cue.confidence(), 1e-3));
    return new QuoteCandidate(context.typeOf(c.parts()), c.parts(), cue.cue(), null, confidence,
        RULE);
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
    Cue cue = cue(article, sentence, first, last, lemma, rule, 1, 1);
    return content(cue, cue.left()[0], cue.right()[0]);
  }

  /**
   * One candidate content of a cue among the labeller's best: its content, the labeller's log
   * probability of it, its rank by that, and the runs of tokens the labeller marked on each side
   * of the cue before they were trimmed as the content is ({@code leftStart..leftEnd-1} before
   * the cue, {@code rightStart..rightEnd-1} after it, indexes into the cue's sentence; a side
   * without content has start >= end).
   */
  public record Alternative(Content content, double score, int rank, int leftStart, int leftEnd,
      int rightStart, int rightEnd) {}

  /**
   * The {@code k} contents of {@code cue} the labeller scores best, best first (the first is the
   * content {@link #find(AttributionContext, CueHit, QuoteCandidate)} gives): the best pairs of a
   * run before the cue and one after it, each side's runs scored exactly by the model, each
   * content once (runs that differ only in the punctuation they are trimmed of give the same).
   * Empty when the cue's sentence has used up its budget, as {@code find} would be; the cue's
   * confidence is not read.
   *
   * @param rule the rule patterns' candidate for the cue, or null when no pattern fits it
   * @throws IllegalArgumentException if {@code k} is not positive
   */
  public List<Alternative> alternatives(AttributionContext context, CueHit cue,
      QuoteCandidate rule, int k) {
    if (k < 1) {
      throw new IllegalArgumentException("k must be positive: " + k);
    }
    if (!Budget.take(context.article(), cue)) {
      return List.of();
    }
    // twice as many runs after the cue: runs that differ only in punctuation at their edges
    // give the same content, which is offered once
    Cue c = cue(context.article(), cue.sentence(), cue.first(), cue.last(), cue.lemma(), rule,
        k, 2 * k);
    List<Run[]> pairs = new ArrayList<>();
    for (Run l : c.left()) {
      for (Run r : c.right()) {
        pairs.add(new Run[] {l, r});
      }
    }
    // best first; the sort is stable, so the labeller's best pair stays first among equals
    pairs.sort((a, b) -> Double.compare(b[0].score() + b[1].score(), a[0].score()
        + a[1].score()));
    List<Alternative> out = new ArrayList<>(k);
    for (int i = 0; i < pairs.size() && out.size() < k; i++) {
      Run[] p = pairs.get(i);
      Content content = content(c, p[0], p[1]);
      if (out.stream().noneMatch(a -> a.content().parts().equals(content.parts()))) {
        out.add(new Alternative(content, p[0].score() + p[1].score(), out.size(), p[0].s(),
            p[0].e(), p[1].s(), p[1].e()));
      }
    }
    return out;
  }

  /**
   * One run of content on a side: tokens {@code s..e-1} (none when s >= e), positions {@code
   * a..b-1} outwards from the cue, its score (its log probability, plus the random field's
   * potentials when the model has one), and each position's probability of IN
   * after BEFORE ({@code inAfterBefore}) and after IN ({@code inAfterIn}).
   */
  private record Run(int s, int e, double score, int a, int b, double[] inAfterBefore,
      double[] inAfterIn) {}

  /**
   * A cue as the labeller reads it: its best runs before and after it, best first; its last
   * token; and where the opening subordinate clause of its sentence ends ({@link
   * #openingClauseEnd}).
   */
  private record Cue(AnalyzedArticle article, List<Token> toks, List<String> tags, Run[] left,
      Run[] right, int first, int last, int openingEnd) {}

  /** The cue read by the labeller, with its {@code kl} best runs before and {@code kr} after. */
  private Cue cue(AnalyzedArticle article, Sentence sentence, int first, int last, String lemma,
      QuoteCandidate rule, int kl, int kr) {
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
    Run[] left = runs(f, outwards(first - 1, Math.max(-1, first - 1 - ContentFeatures.WINDOW)),
        kl);
    Run[] right = runs(f, outwards(last + 1,
        Math.min(toks.size(), last + 1 + ContentFeatures.WINDOW)), kr);
    return new Cue(article, toks, tags, left, right, first, last,
        openingClauseEnd(article, toks));
  }

  /** The content of a run before the cue and one after it, trimmed as the rules trim theirs. */
  private Content content(Cue cue, Run left, Run right) {
    Run[] runs = {left, right};
    List<Token> toks = cue.toks();
    List<Span> parts = new ArrayList<>(2);
    for (int side = 0; side < 2; side++) {
      int s = runs[side].s();
      int e = runs[side].e();
      if (side == 1 && s < e) {
        e = pastRelativeClause(toks, cue.tags(), s, e);
        e = beforeParticipleCue(toks, cue.tags(), s, e);
        e = beforeMainClause(cue.openingEnd(), toks, cue.tags(), s, e);
        e = beforeSecondPredicate(toks, cue.tags(), cue.last(), s, e);
      }
      if (side == 0 && s < e) {
        s = Math.max(s, Math.min(e, Datelines.end(toks))); // "PORT ALDEN — Jobs rose, X said"
        if (endsSentence(toks, cue.last()) // so a run after it holds no word, if any
            && isSubject(toks, cue.tags(), s, e, cue.first())) {
          continue;
        }
      }
      while (s < e && !isWord(toks.get(s))) {
        s++;
      }
      if (side == 1 && s < e - 1 && toks.get(s).text().equalsIgnoreCase("that")
          && !(s > 0 && ContentFeatures.isQuoteMark(toks.get(s - 1).text()))) {
        // PolNeAR's content starts with the "that" after the cue (the scorer drops it); the
        // rules' content does not, and neither does this: "said that the rain ..." gives "the
        // rain ..."; a quotation's first word stays ('he said, "That is for them to judge."')
        s++;
        while (s < e && !isWord(toks.get(s))) {
          s++;
        }
      }
      while (e > s && !isWord(toks.get(e - 1))) {
        e--;
      }
      if (s < e) {
        parts.add(Span.of(cue.article().text(), toks.get(s).start(),
            end(cue.article(), toks, s, e)));
      }
    }
    // the mean probability of IN over the content's tokens, before the cue then after it
    double sum = 0;
    int counted = 0;
    for (Run r : runs) {
      for (int j = r.a(); j < r.b(); j++) {
        sum += j == r.a() ? r.inAfterBefore()[j] : r.inAfterIn()[j];
        counted++;
      }
    }
    return new Content(parts, counted == 0 ? 0 : sum / counted);
  }

  /** The tags of the words between a subject and its verb ("was not", "has also"). */
  private static final Set<String> BEFORE_VERB_TAGS = Set.of("AUX", "PART", "ADV");
  /** The tags of a plain noun phrase's words. */
  private static final Set<String> NOMINAL_TAGS = Set.of("DET", "ADJ", "NOUN", "PROPN", "NUM");

  /** Whether nothing but punctuation follows token {@code last} in its sentence. */
  private static boolean endsSentence(List<Token> toks, int last) {
    for (int k = last + 1; k < toks.size(); k++) {
      if (isWord(toks.get(k))) {
        return false;
      }
    }
    return true;
  }

  /**
   * Whether tokens {@code s..e-1} before the cue at {@code first}, which ends its sentence, are
   * only its subject: a plain noun phrase of at most six words, with nothing but auxiliaries,
   * "not" and adverbs between it and the cue ("Councillor Viktors Kalnins was not convinced."),
   * and an aside in brackets of capitalised words after a name ("(Progressives)").
   * Said or thought content comes before a cue set off by a comma, a quotation mark or a dash,
   * never as its subject.
   */
  private static boolean isSubject(List<Token> toks, List<String> tags, int s, int e,
      int first) {
    if (first < e) {
      return false;
    }
    int words = 0;
    int depth = 0; // inside a bracketed aside: "Councillor X (Progressives) was not convinced."
    for (int k = s; k < first; k++) {
      String w = toks.get(k).text();
      if (w.equals("(") || w.equals(")")) {
        depth += w.equals("(") ? 1 : depth > 0 ? -1 : 0;
        continue;
      }
      boolean fits;
      if (depth > 0) {
        fits = w.length() == 1 || Character.isUpperCase(w.charAt(0)); // "(Progressives)"
      } else if (k < e) {
        fits = NOMINAL_TAGS.contains(tags.get(k)) && ++words <= 6; // the subject
      } else {
        fits = BEFORE_VERB_TAGS.contains(tags.get(k)); // "was not"
      }
      if (!fits) {
        return false;
      }
    }
    return true;
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
   * The {@code k} most probable runs of content among the tokens in {@code order} (outwards from
   * the cue), best first: the labels before the content, in it, after it, read outwards with
   * BEFORE -> BEFORE|IN, IN -> IN|AFTER, AFTER -> AFTER, so each run (or none) is one labelling,
   * scored exactly by the model (the sum of its labels' log probabilities given the previous
   * label, plus the random field's potentials of those labels when the model has one; past the
   * content every token is AFTER, as in every training sentence, so the model is not asked). The
   * first is the labelling the Viterbi algorithm finds.
   */
  private Run[] runs(IntFunction<ContentModel.Linked> f, int[] order, int k) {
    int n = order.length;
    // running sums of log P(BEFORE | BEFORE) and log P(IN | IN); log P(IN | BEFORE) and
    // log P(AFTER | IN) of each token
    double[] bb = new double[n + 1];
    double[] ib = new double[n];
    double[] ii = new double[n + 1];
    double[] ai = new double[n];
    double[] pib = new double[n];
    double[] pii = new double[n];
    double[] afterBefore = new double[3];
    double[] afterIn = new double[3];
    boolean field = model.hasField();
    double[] fieldBefore = new double[3];
    double[] fieldIn = new double[3];
    for (int j = 0; j < n; j++) {
      // both previous labels at once: the model sums the token's plain features once
      ContentModel.Linked token = f.apply(order[j]);
      if (field) {
        // both models' sums in two passes over the token's weights; without a field the
        // field's potentials stay 0
        model.scores(token, afterBefore, j == 0 ? null : afterIn, fieldBefore,
            j == 0 ? null : fieldIn);
      } else {
        model.probabilities(token, afterBefore, j == 0 ? null : afterIn);
      }
      bb[j + 1] = bb[j] + log(afterBefore[BEFORE]) + fieldBefore[BEFORE];
      ib[j] = log(afterBefore[IN]) + fieldBefore[IN];
      pib[j] = afterBefore[IN];
      ii[j + 1] = ii[j] + (j == 0 ? 0 : log(afterIn[IN]) + fieldIn[IN]);
      pii[j] = j == 0 ? 0 : afterIn[IN];
      ai[j] = j == 0 ? Double.NEGATIVE_INFINITY : log(afterIn[AFTER]) + fieldIn[AFTER];
    }
    // a run from position a to b scores head(a) + tail(b); the best tail at or after each b
    // lets a start whose best run cannot make the list be passed over whole
    double[] tail = new double[n + 1];
    double[] bestTail = new double[n + 2];
    bestTail[n + 1] = Double.NEGATIVE_INFINITY;
    for (int b = n; b >= 1; b--) {
      tail[b] = ii[b] + (b < n ? ai[b] : 0);
      bestTail[b] = Math.max(tail[b], bestTail[b + 1]);
    }
    Run[] best = new Run[k];
    int size = keep(best, 0, new Run(0, 0, bb[n], 0, 0, pib, pii));
    for (int a = 0; a < n; a++) {
      double head = bb[a] + ib[a] - ii[a + 1];
      if (size == k && head + bestTail[a + 1] <= best[size - 1].score()) {
        continue;
      }
      for (int b = a + 1; b <= n; b++) {
        double score = head + tail[b];
        if (size == k && score <= best[size - 1].score()) {
          continue;
        }
        int s = Math.min(order[a], order[b - 1]);
        int e = Math.max(order[a], order[b - 1]) + 1;
        size = keep(best, size, new Run(s, e, score, a, b, pib, pii));
      }
    }
    return java.util.Arrays.copyOf(best, size);
  }

  private static double log(double p) {
    return Math.log(Math.max(p, 1e-12));
  }

  /**
   * Puts {@code r} into {@code best} (sorted best first, {@code size} filled; a run scoring the
   * same as one already there goes after it) and returns the new size.
   */
  private static int keep(Run[] best, int size, Run r) {
    int at = size;
    while (at > 0 && best[at - 1].score() < r.score()) {
      at--;
    }
    if (at == best.length) {
      return size;
    }
    int moved = Math.min(size, best.length - 1) - at;
    System.arraycopy(best, at, best, at + 1, moved);
    best[at] = r;
    return Math.min(size + 1, best.length);
  }

  /**
   * The end of content {@code s..e-1} after the cue, cut before a comma that a reporting verb in
   * -ing follows ("said that A, noting that B"; a closing quotation mark may stand between):
   * PolNeAR makes that a second attribution and ends the first one's content at the comma (122
   * times on four fifths of train, against 6 that run on), and the model had read on through it.
   */
  private int beforeParticipleCue(List<Token> toks, List<String> tags, int s, int e) {
    return beforeCommaOpening(toks, s, e, j -> tags.get(j).equals("VERB")
        && isReportingParticiple(toks.get(j).text()));
  }

  /**
   * The first comma of content {@code s..e-1} (past its first token, before its last) where what
   * follows it and any closing quotation marks, from token {@code j} on, is {@code opens}; the
   * content's end {@code e} when there is none.
   */
  private static int beforeCommaOpening(List<Token> toks, int s, int e, IntPredicate opens) {
    for (int k = s + 1; k < e - 1; k++) {
      if (!toks.get(k).text().equals(",")) {
        continue;
      }
      int j = k + 1;
      while (j < e && ContentFeatures.isQuoteMark(toks.get(j).text())) {
        j++;
      }
      if (j < e && opens.test(j)) {
        return k;
      }
    }
    return e;
  }

  /** Pronouns that open a relative clause set off by commas. */
  private static final Set<String> RELATIVES = Set.of("which", "who", "whose", "whom");

  /**
   * The end of content {@code s..e-1} after a cue carried over a relative clause set off by
   * commas when the run opens with a subject and no verb before the clause ("announced that the
   * school, which opened in 1914, would close in December"; the labeller had ended at "the
   * school" or at the clause's closing comma): where an auxiliary, the subject's verb, follows
   * that comma, the content runs on to the sentence's end (the other cuts then apply). Unchanged
   * when no such clause follows the subject, the run read past it, or no auxiliary follows it
   * ("his plan, which involved cutting holes, putting up homes": the clause goes on).
   */
  private static int pastRelativeClause(List<Token> toks, List<String> tags, int s, int e) {
    int n = toks.size();
    int p = s;
    while (p <= e && p + 1 < n && !(toks.get(p).text().equals(",")
        && RELATIVES.contains(toks.get(p + 1).text().toLowerCase(Locale.ROOT)))) {
      if (tags.get(p).equals("VERB") || tags.get(p).equals("AUX")) {
        return e; // a clause of its own before the comma: "said the plan failed, which ..."
      }
      p++;
    }
    if (p > e || p + 1 >= n || p == s) {
      return e;
    }
    for (int k = p + 2; k + 1 < n; k++) {
      String w = toks.get(k).text();
      if (ContentFeatures.isQuoteMark(w) || w.equals(";") || w.equals(":")) {
        return e;
      }
      if (w.equals(",")) {
        int v = k + 1;
        while (v < n && tags.get(v).equals("ADV")) {
          v++; // "..., which opened in 1914, still would close"
        }
        if (k + 1 < e || v >= n || !tags.get(v).equals("AUX")) {
          return e; // the run read past the clause already, or no verb of the subject's follows
        }
        int end = n;
        while (end > v && !isWord(toks.get(end - 1))) {
          end--;
        }
        return Math.max(e, end);
      }
    }
    return e;
  }

  /**
   * The end of content {@code s..e-1} after a cue that stands in a sentence's opening subordinate
   * clause ("When Pell noted that A, Quist seized on it"): cut before the first comma after
   * which, past closing quotation marks, a subject and its verb open the main clause; a comma
   * written inside the closing mark ("noted that it was \u201Cfor everyone,\u201D Quist ...")
   * too. The rule patterns end such content there already; the model had read on (by five
   * folds of train: exact +8, overlap +3, cue +4, source +4).
   */
  private static int beforeMainClause(int openingEnd, List<Token> toks, List<String> tags,
      int s, int e) {
    if (openingEnd < s) {
      return e; // no opening clause, or the cue is in the main clause: "When X arrived, Y said"
    }
    return beforeCommaOpening(toks, s, e, j -> {
      int m = j;
      while (m < e && m - j < 6 && SUBJECT_TAGS.contains(tags.get(m))) {
        m++;
      }
      return m > j && m < e && (tags.get(m).equals("VERB") || tags.get(m).equals("AUX"));
    });
  }

  /**
   * The first comma outside quotations of a sentence that a subordinator opens ("When Pell
   * noted that A, Quist ..."), or the sentence's length when it has none; -1 when no subordinator
   * opens it (past opening quotation marks). Read once per cue, not once per candidate content.
   */
  private static int openingClauseEnd(AnalyzedArticle article, List<Token> toks) {
    int first = 0;
    while (first < toks.size() && ContentFeatures.isQuoteMark(toks.get(first).text())) {
      first++;
    }
    if (first >= toks.size()
        || !OPENERS.contains(toks.get(first).text().toLowerCase(Locale.ROOT))) {
      return -1;
    }
    for (int k = first + 1; k < toks.size(); k++) {
      if (toks.get(k).text().equals(",") && article.quoteAt(toks.get(k).start()).isEmpty()) {
        return k;
      }
    }
    return toks.size();
  }

  /**
   * The end of content {@code s..e-1} after a cue, cut before "and" or "but" and a verb of the
   * cue's own form whose form the content's verbs do not share: a second predicate of the
   * cue's subject ("argued that the council should wait and praised the engineers": a second
   * attribution, as PolNeAR reads it), not one of the content's ("argued the plan failed and
   * wasted millions"). By five folds of train: exact +29, cue +40, overlap +16, source +18.
   */
  private static int beforeSecondPredicate(List<Token> toks, List<String> tags, int cue, int s,
      int e) {
    String form = verbForm(toks.get(cue).text());
    if (form == null) {
      return e;
    }
    boolean sameBefore = false;
    for (int k = s + 1; k < e - 1; k++) {
      String w = toks.get(k).text().toLowerCase(Locale.ROOT);
      if (tags.get(k).equals("VERB") || tags.get(k).equals("AUX")) {
        sameBefore |= form.equals(verbForm(w));
      }
      if ((w.equals("and") || w.equals("but")) && tags.get(k + 1).equals("VERB")
          && form.equals(verbForm(toks.get(k + 1).text())) && !sameBefore) {
        int cut = k;
        while (cut > s && toks.get(cut - 1).text().equals(",")) {
          cut--;
        }
        return cut;
      }
    }
    return e;
  }

  /** A verb's form by its ending: "s" (says), "ed" (argued), or null for any other. */
  private static String verbForm(String w) {
    String l = w.toLowerCase(Locale.ROOT);
    if (l.length() > 3 && l.endsWith("ed")) {
      return "ed";
    }
    if (l.length() > 3 && l.endsWith("s") && !l.endsWith("ss")) {
      return "s";
    }
    return null;
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

  /**
   * Whether a token is a word a content may start or end with: a word or number, an amount with
   * its currency sign ("£2m"), or a per cent sign ("3%"), which the trimming had cut off.
   */
  private static boolean isWord(Token t) {
    String w = t.text();
    int c = w.codePointAt(0);
    return Character.isLetterOrDigit(c) || w.equals("%")
        || Character.getType(c) == Character.CURRENCY_SYMBOL && w.length() > 1
            && Character.isDigit(w.codePointAt(Character.charCount(c)));
  }
}
