package org.quotekit.model;

import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import java.util.function.IntConsumer;
import org.quotekit.Span;
import org.quotekit.rules.CueLexicon;
import org.quotekit.spi.AnalyzedArticle;
import org.quotekit.spi.QuoteCandidate;
import org.quotekit.spi.Token;

/**
 * The features of the tokens of a cue's sentence for the content labeller ({@link ContentModel}):
 * what a token is (word, part of speech, shape), where it lies relative to the cue (side,
 * distance), and what stands between it and the cue (commas, "that", clause breakers such as
 * "which" or "but", other verbs, other cues, quotation marks), what comes next on the way out
 * (the next complement opener such as "to" or "that", the next punctuation and whether a verb
 * comes before it), what lies just across the cue ("A, she said, B"), whether the cue's clause
 * is subordinate ("While X said A, B"), and where the content the rule patterns give the cue
 * lies relative to it (stacking: the model learns when to trust the rules' boundary and where
 * they end a span wrongly). One definition shared by training and extraction so the two never
 * drift apart. Public only so that the trainer in the {@code quotekit-eval} module can use it;
 * applications do not need it. Immutable and thread-safe.
 */
public final class ContentFeatures {
  /** Words that open a new clause or an aside, so content often ends (or starts) at them. */
  private static final Set<String> BREAKERS = Set.of("which", "who", "whom", "whose", "where",
      "when", "while", "but", "and", "or", "because", "although", "though", "as", "after",
      "before", "if", "since", "until", "unless", "despite", "amid", "according", "adding",
      "saying", "noting", ";", ":", "(", ")", "--", "\u2014", "\u2013", "-");

  /**
   * How the features that read the rule patterns' span start: a model with none of them was
   * trained without it ({@link ContentModel#readsRules()}).
   */
  static final String RULE_PREFIX = "rel=";

  /**
   * Words that open a complement or an adjunct: which of them comes next outwards from a token
   * tells the model whether the words up to it are the cue's object ("urged the judge to ...",
   * "praised Trump for ...") or already the content.
   */
  private static final Set<String> OPENERS = Set.of("that", "to", "for", "whether", "if",
      "about", "of", "on", "as", "in", "with", "by", "from", "against");

  /** Punctuation that may end a content or an aside; the next one outwards is a feature. */
  private static final Set<String> STOPS = Set.of(",", ":", ";", ".", "?", "!", "(", ")", "--",
      "\u2014", "\u2013", "-");

  /** Words that open a subordinate clause or an aside before the cue. */
  private static final Set<String> SUBORDINATORS = Set.of("while", "although", "though", "as",
      "when", "if", "since", "because", "after", "before", "whether", "who", "which", "asked",
      "unless", "until", "once", "whereas");

  /** Tokens at which the search for a subordinator stops: the cue's clause starts after them. */
  private static final Set<String> CLAUSE_ENDS = Set.of(",", ";", ":", "--", "\u2014", "(");

  /** Quotation marks, straight and curly. */
  private static final Set<String> QUOTE_MARKS = Set.of("\"", "''", "``", "\u201C", "\u201D",
      "\u201E", "'", "\u2018", "\u2019");

  private final CueLexicon lexicon;

  /**
   * Features that consult the given lexicon; training and extraction must use the same one (the
   * bundled model was trained with {@link CueLexicon#englishNews()}).
   */
  public ContentFeatures(CueLexicon lexicon) {
    this.lexicon = Objects.requireNonNull(lexicon, "lexicon");
  }

  /** The lexicon the features consult. */
  CueLexicon lexicon() {
    return lexicon;
  }

  /**
   * How far from the cue, in tokens on each side, content is looked for at extraction time:
   * beyond it no content is read, so that a cue costs a bounded amount in a sentence of any
   * length. News prose hardly reaches it: the output on PolNeAR dev and train is the same as
   * without the limit.
   */
  public static final int WINDOW = 120;

  /**
   * The contexts of the tokens of a sentence for a cue spanning tokens {@code first..last}: one
   * array per token within {@link #WINDOW} tokens of the cue, {@code null} for the cue's own
   * tokens (they are never content) and for tokens beyond the window.
   *
   * @param article the analysed article (for its quotations)
   * @param toks the tokens of the cue's sentence
   * @param tags their part-of-speech tags
   * @param first index of the cue's first token
   * @param last index of the cue's last token
   * @param lemma the cue's lemma
   * @param rule what the rule patterns make of the cue ({@link
   *     org.quotekit.rules.CueAttributor#rules()}), or null when no pattern fits it
   */
  public String[][] features(AnalyzedArticle article, List<Token> toks, List<String> tags,
      int first, int last, String lemma, QuoteCandidate rule) {
    return features(article, toks, tags, first, last, lemma, WINDOW, rule);
  }

  /**
   * The contexts as {@link #features(AnalyzedArticle, List, List, int, int, String,
   * QuoteCandidate)} gives them, within {@code window} tokens of the cue on each side; the
   * trainer passes the sentence length (it learns from whole sentences).
   *
   * @param window how many tokens on each side get a context, at least 0
   */
  public String[][] features(AnalyzedArticle article, List<Token> toks, List<String> tags,
      int first, int last, String lemma, int window, QuoteCandidate rule) {
    String[][] out = new String[toks.size()][];
    FeatureSink.Strings sink = new FeatureSink.Strings();
    scan(article, toks, tags, first, last, lemma, window, rule, sink, k -> out[k] = sink.take());
    return out;
  }

  /**
   * The contexts of {@link #features(AnalyzedArticle, List, List, int, int, String,
   * QuoteCandidate)} as {@link FeatureSink#hash hashes} of the feature strings, for a {@link
   * FeatureTable}: the same features, without building them.
   */
  long[][] hashes(AnalyzedArticle article, List<Token> toks, List<String> tags, int first,
      int last, String lemma, QuoteCandidate rule) {
    long[][] out = new long[toks.size()][];
    FeatureSink.Hashes sink = new FeatureSink.Hashes();
    scan(article, toks, tags, first, last, lemma, WINDOW, rule, sink, k -> out[k] = sink.take());
    return out;
  }

  /**
   * Puts the features of each token within {@code window} of the cue into {@code sink}, reading
   * outwards from the cue on each side, and calls {@code done} with the token's index after each
   * token's features.
   */
  private void scan(AnalyzedArticle article, List<Token> toks, List<String> tags, int first,
      int last, String lemma, int window, QuoteCandidate rule, FeatureSink f, IntConsumer done) {
    int n = toks.size();
    int lo = Math.max(0, first - window - 1);
    int hi = (int) Math.min(n, (long) last + window + 2);
    String[] lower = new String[n];
    boolean[] quoted = new boolean[n];
    boolean[] ruled = new boolean[n];
    for (int k = lo; k < hi; k++) {
      lower[k] = toks.get(k).text().toLowerCase(Locale.ROOT);
      quoted[k] = article.quoteAt(toks.get(k).start()).isPresent();
      ruled[k] = rule != null && overlaps(toks.get(k), rule.parts());
    }
    String lem = lemma.toLowerCase(Locale.ROOT);
    // whether the tokens next to the cue are quoted, the same for every token
    String nextToCue = String.valueOf(first > 0 && quoted[first - 1])
        + (last + 1 < n && quoted[last + 1]);
    String ruleId = rule == null ? "-" : rule.rule();
    // the token just across the cue from each side ("A, he said, B": the comma after the cue
    // tells the tokens before it that the content may lie on both sides)
    String[] across = {across(lower, tags, last + 1, n), across(lower, tags, first - 1, n)};
    String[] across2 = {across(lower, tags, last + 2, n), across(lower, tags, first - 2, n)};
    // the word that makes the cue's clause subordinate ("While X said A, B": the content ends at
    // the comma before the main clause), found before the cue within its clause
    String sub = "-";
    for (int k = first - 1; k >= lo && !CLAUSE_ENDS.contains(lower[k]); k--) {
      if (SUBORDINATORS.contains(lower[k])) {
        sub = lower[k];
        break;
      }
    }
    // what comes next outwards from each token (filled per side below; the two sides' tokens
    // do not overlap, so one set of arrays serves both)
    String[] opener = new String[n];
    String[] openerD = new String[n];
    String[] stop = new String[n];
    String[] stopD = new String[n];
    boolean[] verbAhead = new boolean[n];
    // scan outwards from the cue on each side, carrying what lies between
    for (int side = 0; side < 2; side++) {
      boolean right = side == 1;
      String s = right ? "R" : "L";
      int commas = 0;
      int verbs = 0;
      int cues = 0;
      boolean that = false;
      boolean mark = false;
      String breaker = "-";
      String between = between(commas, verbs, breaker);
      int start = right ? last + 1 : first - 1;
      int step = right ? 1 : -1;
      int end = right ? (int) Math.min(n, (long) last + 1 + window)
          : Math.max(-1, first - 1 - window);
      // the rule's content on this side, as positions outwards: innermost and outermost token
      int ruleIn = -1;
      int ruleOut = -1;
      for (int k = start; k != end && k >= 0 && k < n; k += step) {
        if (ruled[k]) {
          ruleIn = ruleIn < 0 ? k : ruleIn;
          ruleOut = k;
        }
      }
      // what comes next outwards from each token: the next opener and stop, and whether a verb
      // comes before that stop; read inwards from the window's edge in one pass
      String nextOpener = "-";
      String nextStop = "</s>";
      int openerAt = -1;
      int stopAt = -1;
      boolean verb = false;
      for (int k = right ? hi - 1 : lo; right ? k > last : k < first; k -= step) {
        opener[k] = nextOpener;
        openerD[k] = openerAt < 0 ? "-" : bucket(Math.abs(openerAt - k));
        stop[k] = nextStop;
        stopD[k] = stopAt < 0 ? "-" : bucket(Math.abs(stopAt - k));
        verbAhead[k] = verb;
        String w = lower[k];
        if (OPENERS.contains(w)) {
          nextOpener = w;
          openerAt = k;
        }
        boolean quoteMark = isQuoteMark(w);
        if (quoteMark || STOPS.contains(w)) {
          nextStop = quoteMark ? "q" : w;
          stopAt = k;
          verb = false;
        } else if (tags.get(k).equals("VERB") || tags.get(k).equals("AUX")) {
          verb = true;
        }
      }
      for (int k = start; k != end && k >= 0 && k < n; k += step) {
        int d = right ? k - last : first - k;
        String w = lower[k];
        String t = tags.get(k);
        String db = bucket(d);
        f.add("s=", s);
        f.add("sd=", s, db);
        f.add("w=", s, w);
        f.add("t=", s, t);
        f.add("td=", s, t, db);
        f.add("pw=", s, k > 0 ? lower[k - 1] : "<s>");
        f.add("pt=", s, k > 0 ? tags.get(k - 1) : "<s>");
        f.add("nw=", s, k + 1 < n ? lower[k + 1] : "</s>");
        f.add("nt=", s, k + 1 < n ? tags.get(k + 1) : "</s>");
        f.add("lem=", s, lem);
        f.add("lemd=", s, lem, db);
        f.add("c=", s, SMALL[Math.min(commas, 3)]);
        f.add("v=", s, SMALL[Math.min(verbs, 3)]);
        f.add("cues=", s, SMALL[Math.min(cues, 2)]);
        f.add("that=", s, String.valueOf(that));
        f.add("brk=", s, breaker);
        f.add("mark=", s, String.valueOf(mark));
        f.add("q=", s, String.valueOf(quoted[k]));
        f.add("qc=", s, String.valueOf(quoted[k]), nextToCue);
        f.add("end=", s, String.valueOf(k == n - 1), String.valueOf(k == 0));
        f.add("cv=", s, between);
        String rel = relation(rule != null, k, ruleIn, ruleOut, step);
        f.add(RULE_PREFIX, s, rel);
        f.add("relr=", s, rel, ruleId);
        f.add("relw=", s, rel, w);
        f.add("relt=", s, rel, t);
        f.add("x=", s, across[side], across2[side]);
        f.add("xc=", s, across[side], across2[side], SMALL[Math.min(commas, 3)]);
        f.add("xd=", s, across[side], db);
        f.add("sub=", s, sub, SMALL[Math.min(commas, 3)]);
        f.add("nxo=", s, opener[k], openerD[k]);
        f.add("nxol=", s, opener[k], lem);
        f.add("nxs=", s, stop[k], stopD[k], verbAhead[k] ? "v" : "-");
        done.accept(k);
        // what lies between the cue and the next token outwards
        boolean changed = false;
        if (w.equals(",")) {
          commas++;
          changed = true;
        } else if (w.equals("that")) {
          that = true;
        }
        if (isQuoteMark(w)) {
          mark = true;
        }
        if (t.equals("VERB") || t.equals("AUX")) {
          verbs++;
          changed = true;
          if (!lexicon.startingWith(w).isEmpty()) {
            cues++;
          }
        }
        if (breaker.equals("-") && BREAKERS.contains(w)) {
          breaker = w;
          changed = true;
        }
        if (changed) {
          between = between(commas, verbs, breaker);
        }
      }
    }
  }

  /**
   * Token {@code k} as the tokens on the other side of the cue see it: punctuation and a few
   * function words as they are, other words by their tag; {@code "<s>"} past the sentence's edge.
   */
  private static String across(String[] lower, List<String> tags, int k, int n) {
    if (k < 0 || k >= n) {
      return "<s>";
    }
    String w = lower[k];
    if (w == null) {
      return "-"; // beyond a window narrower than two tokens
    }
    return Character.isLetterOrDigit(w.codePointAt(0)) && !ACROSS_WORDS.contains(w)
        ? tags.get(k) : w;
  }

  /** Words {@link #across} keeps as they are. */
  private static final Set<String> ACROSS_WORDS = Set.of("that", "to", "on", "in", "of", "for",
      "about", "the", "a", "he", "she", "they", "it", "i", "we");

  /** The counts 0-3 as text, for the features that cap them. */
  private static final String[] SMALL = {"0", "1", "2", "3"};

  /** Commas, verbs and the first clause breaker between a token and the cue, as one value. */
  private static String between(int commas, int verbs, String breaker) {
    return commas + "," + verbs + "," + breaker;
  }

  /**
   * A token's context for the sequence labeller: its {@link #features} and the same features
   * conjoined with the label of the token before it on the way out from the cue, so the model
   * learns where content starts and where it stops.
   *
   * @param base the token's features
   * @param previous the label of the previous token outwards ({@link ContentModel#BEFORE} for the
   *     token next to the cue)
   */
  public static String[] withPrevious(String[] base, String previous) {
    String[] out = new String[base.length * 2 + 1];
    out[0] = "prev=" + previous;
    for (int i = 0; i < base.length; i++) {
      out[1 + i] = base[i];
      out[1 + base.length + i] = previous + "|" + base[i];
    }
    return out;
  }

  /**
   * Where token {@code k} lies relative to the rule's content on its side, read outwards: no
   * rule fits the cue, the rule has no content on this side, before it, its first token, inside
   * it, its last token, the token just past it, or further out.
   */
  private static String relation(boolean fired, int k, int ruleIn, int ruleOut, int step) {
    if (!fired) {
      return "none";
    }
    if (ruleIn < 0) {
      return "empty";
    }
    int pos = (k - ruleIn) * step;
    int end = (ruleOut - ruleIn) * step;
    if (pos < 0) {
      return "before";
    }
    if (pos == end) {
      return "last";
    }
    if (pos == 0) {
      return "first";
    }
    if (pos < end) {
      return "in";
    }
    return pos == end + 1 ? "next" : "after";
  }

  /** Whether the token overlaps one of the spans. */
  static boolean overlaps(Token t, List<Span> spans) {
    for (Span c : spans) {
      if (c.start() < t.end() && t.start() < c.end()) {
        return true;
      }
    }
    return false;
  }

  /** A distance in tokens, bucketed: 0-3 as they are, then 4-6, 7-12, 13-25, 26+. */
  static String bucket(int d) {
    if (d <= 3) {
      return Integer.toString(d);
    }
    if (d <= 6) {
      return "4-6";
    }
    if (d <= 12) {
      return "7-12";
    }
    return d <= 25 ? "13-25" : "26+";
  }

  /** Whether the word is a quotation mark, straight or curly. */
  static boolean isQuoteMark(String w) {
    return QUOTE_MARKS.contains(w);
  }
}
