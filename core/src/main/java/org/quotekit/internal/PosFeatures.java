package org.quotekit.internal;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import opennlp.tools.ml.ArrayMath;
import opennlp.tools.ml.maxent.GISModel;
import opennlp.tools.ml.model.Context;
import opennlp.tools.ml.model.MaxentModel;
import opennlp.tools.postag.POSContextGenerator;
import opennlp.tools.util.StringUtil;
import opennlp.tools.util.featuregen.FeatureGeneratorUtil;

/**
 * The scores of OpenNLP's default POS feature set ({@code def}, suffixes and prefixes up to 4,
 * lower-cased words in a window of 2, sentence begin in that window, token class, the two
 * previous tags) without building a feature string per token: the model's parameters for the
 * features a word contributes are looked up once per word and kept while the word is in use
 * ({@link RecentCache}), and a token's context is assembled from its window's words. The
 * parameters are summed in the order of the generator's feature strings, from the same prior,
 * and normalised with the same operations as {@code GISModel.eval}, so the scores are bit for
 * bit those of {@code model.eval(context)}. Every context starts with {@code def} and the
 * token's own word features, so that part of the sum is made once per word and a token's sum
 * goes on from it (the same additions in the same order).
 * Only for a {@link GISModel} whose feature descriptor yields exactly this set; {@link #of}
 * checks that on a sample sentence against the model's own context generator and returns null
 * otherwise. Not thread-safe (its cache and score array): one instance per tagger.
 */
final class PosFeatures {
  /** Words a generation of the cache ({@link RecentCache}) keeps. */
  static final int CACHE_WORDS = 16_384;
  private static final String SENTENCE_BEGIN = "S=begin";
  /** The sample {@link #of} checks the assembled contexts on: every kind of token class. */
  private static final String[] SAMPLE = {"\"", "Ms.", "O'Neil", "said", "on", "Friday", ",",
      "U.S.", "jobs", "rose", "3.5", "%", "to", "1,200", "in", "1999", "--", "co-ops", "A1",
      "\u00E9t\u00E9", "AT&T", "x", "", "NASA", "12/31", "42", "."};

  private final Map<String, Context> pmap;
  private final double prior;
  private final Context definition;
  private final Context[] begin; // S=begin, p1S=begin, p2S=begin
  /** The features of the previous tag ({@code t=}), by tag; empty when the model has none. */
  private final Map<String, Optional<Context>> previousTag = new HashMap<>();
  /** The features of the two previous tags ({@code t2=}), by previous tag, then the one before. */
  private final Map<String, Map<String, Optional<Context>>> previousTwoTags = new HashMap<>();
  private final RecentCache<String, Word> words = new RecentCache<>(CACHE_WORDS, this::read);
  /** The words of the sentence being tagged ({@link #start}). */
  private Word[] sentence = new Word[0];
  private final Context[] context = new Context[32];
  private final double[] probs;
  private boolean firstCandidateOnly;

  /**
   * The model's parameters for the features one word contributes, unknown ones left out; and the
   * scores of a context that starts with {@code def} and the word's {@code own} features, summed
   * from the prior in the generator's order (the same additions in the same order as {@code
   * sumFeatures} makes, so a token's scores can start from them).
   */
  private record Word(Context[] own, double[] start, Context previous1, Context previous2,
      Context next1, Context next2, Context[] wordClass) {
  }

  @SuppressWarnings("unchecked")
  private PosFeatures(GISModel model) {
    this.pmap = (Map<String, Context>) model.getDataStructures()[1];
    this.prior = StrictMath.log(1.0 / model.getNumOutcomes()); // as UniformPrior
    this.definition = pmap.get("def");
    this.begin = new Context[] {pmap.get(SENTENCE_BEGIN), pmap.get("p1" + SENTENCE_BEGIN),
        pmap.get("p2" + SENTENCE_BEGIN)};
    this.probs = new double[model.getNumOutcomes()];
  }

  /**
   * The fast features for {@code model}, or null when they would not give exactly the scores of
   * {@code model.eval(generator.getContext(..))}: the model is not a {@link GISModel}, or the
   * contexts assembled for {@link #SAMPLE} differ from the generator's.
   */
  static PosFeatures of(MaxentModel model, POSContextGenerator generator, String[] outcomes) {
    if (!(model instanceof GISModel gis)) {
      return null;
    }
    PosFeatures features = new PosFeatures(gis);
    String[] tags = new String[SAMPLE.length];
    for (int i = 0; i < SAMPLE.length; i++) {
      // A new array each time: OpenNLP's generator caches a context per index of one array.
      String[] words = SAMPLE.clone();
      String[] expected = generator.getContext(i, words, tags, new Object[0]);
      String previous = i >= 1 ? tags[i - 1] : null;
      String beforePrevious = i >= 2 ? tags[i - 2] : null;
      Context[] want = features.contexts(expected);
      features.start(words);
      int n = features.assemble(i, previous, beforePrevious);
      boolean sameContext = Arrays.equals(features.context, 0, n, want, 0, want.length);
      Arrays.fill(features.context, null); // scores() expects it empty
      if (!sameContext || !Arrays.equals(features.scores(i, previous, beforePrevious),
              gis.eval(expected, new double[outcomes.length]))) {
        return null;
      }
      tags[i] = outcomes[i % outcomes.length];
    }
    // With cache="true" the generator returns, for each index of one array, the context of the
    // first call whatever the tags: the beam scores every candidate as its first one.
    String[] words = SAMPLE.clone();
    String[] first = generator.getContext(2, words, tags, new Object[0]);
    String[] otherTags = tags.clone();
    otherTags[0] = otherTags[1] = outcomes[outcomes.length - 1];
    features.firstCandidateOnly = Arrays.equals(first,
        generator.getContext(2, words, otherTags, new Object[0]));
    return features;
  }

  /**
   * Whether the generator gives, at one index of one sentence, every beam candidate the
   * context of the first one asked for (its feature cache ignores the tags).
   */
  boolean firstCandidateOnly() {
    return firstCandidateOnly;
  }

  /** The model's parameters for {@code features}, in order, unknown features left out. */
  private Context[] contexts(String[] features) {
    Context[] out = new Context[features.length];
    int n = 0;
    for (String f : features) {
      Context c = pmap.get(f);
      if (c != null) {
        out[n++] = c;
      }
    }
    return n == out.length ? out : Arrays.copyOf(out, n);
  }

  /** Starts a sentence: {@link #scores} then reads the features of {@code tokens}. */
  void start(String[] tokens) {
    sentence = new Word[tokens.length];
    for (int i = 0; i < tokens.length; i++) {
      sentence[i] = words.get(tokens[i]);
    }
  }

  /**
   * The outcome probabilities at word {@code i} of the sentence given to {@link #start}, given
   * the two previous tags (null before the sentence): the array is reused by the next call.
   */
  double[] scores(int i, String previous, String beforePrevious) {
    return GisMath.normalise(sums(i, previous, beforePrevious));
  }

  /**
   * The per-outcome sums of weights that {@link #scores} normalises (the same numbers before
   * {@code exp} and division): their order is the order of the probabilities. The array is
   * reused by the next call.
   */
  double[] sums(int i, String previous, String beforePrevious) {
    int n = assembleAfterOwn(i, previous, beforePrevious, 0);
    System.arraycopy(sentence[i].start, 0, probs, 0, probs.length);
    // ArrayMath.sumFeatures(context, null, probs) without its multiplication by 1 and its walk
    // over the unused end of the array: the same additions in the same order
    for (int c = 0; c < n; c++) {
      int[] outcomes = context[c].getOutcomes();
      double[] parameters = context[c].getParameters();
      for (int k = 0; k < outcomes.length; k++) {
        probs[outcomes[k]] += parameters[k];
      }
      context[c] = null;
    }
    return probs;
  }

  /**
   * Writes the parameters of word {@code i}'s features into {@link #context} in the order of the
   * generator's strings; returns how many.
   */
  private int assemble(int i, String previous, String beforePrevious) {
    int n = 0;
    n = add(definition, n);
    for (Context c : sentence[i].own) {
      context[n++] = c;
    }
    return assembleAfterOwn(i, previous, beforePrevious, n);
  }

  /**
   * Writes the parameters of the features after word {@code i}'s own (window, sentence begin,
   * word class, tags) into {@link #context} from index {@code n}; returns the new length.
   */
  private int assembleAfterOwn(int i, String previous, String beforePrevious, int n) {
    Word w = sentence[i];
    if (i >= 1) {
      n = add(sentence[i - 1].previous1, n);
    }
    if (i >= 2) {
      n = add(sentence[i - 2].previous2, n);
    }
    if (i + 1 < sentence.length) {
      n = add(sentence[i + 1].next1, n);
    }
    if (i + 2 < sentence.length) {
      n = add(sentence[i + 2].next2, n);
    }
    if (i <= 2) {
      n = add(begin[i], n);
    }
    for (Context c : w.wordClass) {
      context[n++] = c;
    }
    if (previous != null) {
      n = add(previousTag.computeIfAbsent(previous,
          t -> Optional.ofNullable(pmap.get("t=" + t))).orElse(null), n);
    }
    if (beforePrevious != null) {
      n = add(previousTwoTags.computeIfAbsent(previous, t -> new HashMap<>())
          .computeIfAbsent(beforePrevious,
              t -> Optional.ofNullable(pmap.get("t2=" + t + "," + previous))).orElse(null), n);
    }
    return n;
  }

  private int add(Context c, int n) {
    if (c != null) {
      context[n++] = c;
    }
    return n;
  }

  /** What {@code token} contributes, as OpenNLP's generators spell it. */
  private Word read(String token) {
    List<String> own = new ArrayList<>();
    int affixes = Math.min(4, token.length());
    for (int k = 0; k < affixes; k++) {
      own.add("suf=" + token.substring(token.length() - k - 1));
    }
    for (int k = 0; k < affixes; k++) {
      own.add("pre=" + token.substring(0, k + 1));
    }
    String lower = StringUtil.toLowerCase(token);
    own.add("w=" + lower);
    String wordClass = FeatureGeneratorUtil.tokenFeature(token);
    Context[] ownContexts = contexts(own.toArray(String[]::new));
    Context[] prefix = new Context[ownContexts.length + 1];
    prefix[0] = definition;
    System.arraycopy(ownContexts, 0, prefix, 1, ownContexts.length);
    double[] start = new double[probs.length];
    Arrays.fill(start, prior);
    ArrayMath.sumFeatures(prefix, null, start);
    return new Word(ownContexts, start, pmap.get("p1w=" + lower),
        pmap.get("p2w=" + lower), pmap.get("n1w=" + lower), pmap.get("n2w=" + lower),
        contexts(new String[] {"wc=" + wordClass, "w&c=" + lower + "," + wordClass}));
  }
}
