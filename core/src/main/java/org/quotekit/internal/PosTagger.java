package org.quotekit.internal;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.PriorityQueue;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import opennlp.tools.ml.model.MaxentModel;
import opennlp.tools.postag.DefaultPOSSequenceValidator;
import opennlp.tools.postag.POSContextGenerator;
import opennlp.tools.postag.POSModel;
import opennlp.tools.postag.POSTagFormat;
import opennlp.tools.postag.POSTagFormatMapper;
import opennlp.tools.postag.POSTaggerFactory;
import opennlp.tools.postag.POSTaggerME;
import opennlp.tools.util.SequenceValidator;

/**
 * Part-of-speech tagging with exactly the result of OpenNLP's {@code POSTaggerME.tag(String[])}
 * (UD tags), faster. For a maxent model {@code POSTaggerME} runs {@code BeamSearch}, which copies
 * every candidate's whole tag list at each token (quadratic in the sentence) and sorts each
 * token's full score array to find the beam's cut-off. This is the same search, decision for
 * decision: the same context generator, validator, model evaluation and beam size, candidates
 * with the same scores (same floating-point operations in the same order) in priority queues
 * with the same ordering, fed in the same order; only a candidate is a link to its parent instead
 * of a copied list, and the cut-off is the same order statistic found without a sort. The
 * context generator and validator see one tag array per sentence in which only a candidate's
 * last two tags are written (a copy of its whole history per candidate and token cost quadratic
 * time in the sentence's length): so the fast search is used only for models whose feature
 * generators read no tag before those two ({@link #READ_TWO_TAGS_AT_MOST}). With OpenNLP's
 * cached context generator every candidate of a token is scored with the first one's context, and
 * the beam then always follows its best candidate: for such models the search runs greedily on
 * the summed weights (no probability computed) and hands a sentence back to the beam where its
 * best two candidates come near a tie ({@code Beam.greedy}). Other models
 * (sequence-trained, tags not in UD form, other feature generators) go to {@code POSTaggerME}.
 * Not thread-safe: one instance per thread, as for {@code POSTaggerME}.
 */
abstract class PosTagger {

  /** The tags of {@code words}, one per word. */
  abstract String[] tag(String[] words);

  /** A tagger for {@code model}: the fast beam search when it applies, else OpenNLP's. */
  static PosTagger of(POSModel model) {
    // For a maxent model, POSModel.getPosSequenceModel() is a new BeamSearch(BeamSize, model).
    if (model.getArtifact("pos.model") instanceof MaxentModel
        && POSTagFormatMapper.guessFormat(model) == POSTagFormat.UD && readsTwoTagsAtMost(model)) {
      return new Beam(model);
    }
    POSTaggerME me = new POSTaggerME(model);
    return new PosTagger() {
      @Override
      String[] tag(String[] words) {
        return me.tag(words);
      }
    };
  }

  /**
   * OpenNLP's feature generators (factories, as a model's descriptor names them) that read at most
   * the two tags before the current token: {@code PosTaggerFeatureGenerator} reads those two, the
   * others none (a window passes the tags to generators that ignore them).
   */
  static final Set<String> READ_TWO_TAGS_AT_MOST = Stream.of("DefinitionFeatureGeneratorFactory",
      "SuffixFeatureGeneratorFactory", "PrefixFeatureGeneratorFactory",
      "WindowFeatureGeneratorFactory", "TokenFeatureGeneratorFactory",
      "SentenceFeatureGeneratorFactory", "TokenClassFeatureGeneratorFactory",
      "PosTaggerFeatureGeneratorFactory").map(c -> "opennlp.tools.util.featuregen." + c)
      .collect(Collectors.toUnmodifiableSet());
  private static final Pattern GENERATOR_CLASS = Pattern.compile("class=\"([^\"]*)\"");

  /** Whether the model's feature generators are all in {@link #READ_TWO_TAGS_AT_MOST}. */
  static boolean readsTwoTagsAtMost(POSModel model) {
    Object descriptor = model.getArtifact("generator.featuregen");
    if (!(descriptor instanceof byte[] bytes)) {
      return false;
    }
    Matcher m = GENERATOR_CLASS.matcher(new String(bytes, StandardCharsets.UTF_8));
    boolean any = false;
    while (m.find()) {
      if (!READ_TWO_TAGS_AT_MOST.contains(m.group(1))) {
        return false;
      }
      any = true;
    }
    return any;
  }

  /** A candidate tag sequence: its last tag, its parent, and its score (sum of log probs). */
  private static final class Node implements Comparable<Node> {
    final Node parent;
    final String tag;
    final double score;
    final int length;

    Node() {
      this.parent = null;
      this.tag = null;
      this.score = 0;
      this.length = 0;
    }

    Node(Node parent, String tag, double prob) {
      this.parent = parent;
      this.tag = tag;
      this.score = parent.score + StrictMath.log(prob); // as opennlp.tools.util.Sequence
      this.length = parent.length + 1;
    }

    String[] tags() {
      String[] out = new String[length];
      Node n = this;
      for (int i = length - 1; i >= 0; i--) {
        out[i] = n.tag;
        n = n.parent;
      }
      return out;
    }

    /** Best score first, as {@code Sequence.compareTo}. */
    @Override
    public int compareTo(Node o) {
      return Double.compare(o.score, score);
    }
  }

  /** OpenNLP's beam search for a maxent model, without its copying and sorting. */
  static final class Beam extends PosTagger {
    /** {@code BeamSearch}'s floor for a sequence's score. */
    private static final double MIN_SEQUENCE_SCORE = -100000;

    private final MaxentModel model;
    private final POSContextGenerator contexts;
    private final SequenceValidator<String> validator;
    private final int size;
    private final double[] probs;
    private final String[] outcomes;
    /** The model's scores without feature strings, or null to use {@link #contexts}. */
    private final PosFeatures features;
    /**
     * Whether {@link #greedy} may decode: the model's scores without feature strings, every
     * tag valid for every word (the factory's validator with no tag dictionary), a beam and a
     * tag set within bounds. Fixed by the model.
     */
    private final boolean greedyDecodes;
    /** Sentences {@link #greedy} handed back to the beam (tests). */
    private long handedBack;
    /** The last context evaluated, its scores (in {@link #probs}) and their beam cut-off. */
    private String[] lastContext;
    private double[] lastScores;
    private double lastMin;

    Beam(POSModel posModel) {
      // The same parts, and the same beam size, that POSTaggerME(model, UD) uses.
      POSTaggerFactory factory = posModel.getFactory();
      String beamSize = posModel.getManifestProperty("BeamSize");
      this.size = beamSize == null ? 3 : Integer.parseInt(beamSize);
      this.contexts = factory.getPOSContextGenerator(size);
      this.validator = factory.getSequenceValidator();
      this.model = posModel.getArtifact("pos.model");
      this.probs = new double[model.getNumOutcomes()];
      this.outcomes = new String[model.getNumOutcomes()];
      for (int i = 0; i < outcomes.length; i++) {
        outcomes[i] = model.getOutcome(i);
      }
      this.features = PosFeatures.of(model, factory.getPOSContextGenerator(size), outcomes);
      this.greedyDecodes = features != null && features.firstCandidateOnly()
          && validator instanceof DefaultPOSSequenceValidator
          && factory.getTagDictionary() == null && size >= 2 && outcomes.length >= 2
          && outcomes.length <= 100;
    }

    /** Whether {@link #tag} takes the greedy path ({@link #greedy}) for this model (tests). */
    boolean decodesGreedily() {
      return greedyDecodes;
    }

    /** How many sentences the greedy path handed back to the beam search so far (tests). */
    long handedBack() {
      return handedBack;
    }

    /** Whether this tagger scores with {@link PosFeatures} (tests). */
    boolean usesFeatureCache() {
      return features != null;
    }

    @Override
    String[] tag(String[] words) {
      if (decodesGreedily()) {
        String[] tags = greedy(words);
        if (tags != null) {
          return tags;
        }
        handedBack++;
      }
      return beam(words);
    }

    /**
     * The beam search's result without the beam, or null when it cannot be sure of it. When every
     * candidate of a token is scored with the first candidate's context ({@link
     * PosFeatures#firstCandidateOnly}) and every tag is valid, all candidates extend with the same
     * probabilities, so the best candidate after a token is the best one before it with the most
     * probable tag: the beam's winner is the greedy path, as long as the best candidate stays
     * strictly ahead of the second. The lead of the best over the second is, after each token, the
     * smaller of its lead before and of the log-probability margin of the token's two most
     * probable tags, which is the margin of their summed weights (the normaliser cancels): so no
     * probability needs computing. A lead within {@link #tieMargin} of zero (where the beam's
     * rounding could make a tie) or a sentence so long that the beam could drop its best
     * candidate ({@link #MIN_SEQUENCE_SCORE}) gives null: the caller runs the beam.
     */
    private String[] greedy(String[] words) {
      if (words.length > GREEDY_MAX_WORDS) {
        return null;
      }
      double margin = tieMargin(words.length);
      String[] tags = new String[words.length];
      features.start(words);
      for (int i = 0; i < words.length; i++) {
        double[] s = features.sums(i, i >= 1 ? tags[i - 1] : null, i >= 2 ? tags[i - 2] : null);
        int best = s[0] >= s[1] ? 0 : 1;
        int next = 1 - best;
        for (int o = 2; o < s.length; o++) {
          if (s[o] > s[best]) {
            next = best;
            best = o;
          } else if (s[o] > s[next]) {
            next = o;
          }
        }
        if (!(s[best] - s[next] > margin) || s[best] > MAX_EXP_ARGUMENT) {
          return null; // a near tie, or sums whose exp overflows in the beam's numbers
        }
        tags[i] = outcomes[best];
      }
      return tags;
    }

    /**
     * Sentences longer than this go to the beam: a most probable tag has probability at least one
     * over the number of tags, so up to here the best candidate's score (a sum of logs) stays
     * above {@link #MIN_SEQUENCE_SCORE} for any model of up to 100 tags.
     */
    static final int GREEDY_MAX_WORDS = 20_000;
    /** Above this a sum's {@code exp} is infinite, and the beam's probabilities are not numbers. */
    private static final double MAX_EXP_ARGUMENT = 700;

    /**
     * A bound on how far the beam's rounding (an exp, a division, a log and an addition per
     * token, on scores that grow with the sentence) can move the lead of its best candidate over
     * the second in a sentence of {@code n} words, with a wide safety factor: a lead above it is
     * a lead in the beam's own numbers too.
     */
    static double tieMargin(int n) {
      return 1e-9 + 1e-14 * n * (double) n;
    }

    /** OpenNLP's beam search, candidate for candidate (also for tests). */
    String[] beam(String[] words) {
      lastContext = null;
      PriorityQueue<Node> prev = new PriorityQueue<>(size);
      PriorityQueue<Node> next = new PriorityQueue<>(size);
      prev.add(new Node());
      Object[] none = new Object[0];
      String[] tags = new String[words.length];
      if (features != null) {
        features.start(words);
      }
      for (int i = 0; i < words.length; i++) {
        int sz = Math.min(size, prev.size());
        for (int sc = 0; !prev.isEmpty() && sc < sz; sc++) {
          Node top = prev.remove();
          showLastTwo(top, tags);
          if (features != null) {
            if (sc == 0 || !features.firstCandidateOnly()) {
              lastScores = features.scores(i, i >= 1 ? tags[i - 1] : null,
                  i >= 2 ? tags[i - 2] : null);
              lastMin = kthLargest(lastScores, Math.min(size, lastScores.length));
            }
          } else {
            String[] context = contexts.getContext(i, words, tags, none);
            if (!Arrays.equals(context, lastContext)) {
              // Beam candidates often share their context (their last tags agree, or OpenNLP's
              // context cache hands out the first one); evaluation is a pure function of it.
              lastContext = context;
              lastScores = model.eval(context, probs);
              lastMin = kthLargest(lastScores, Math.min(size, lastScores.length));
            }
          }
          double[] scores = lastScores;
          double min = lastMin;
          for (int p = 0; p < scores.length; p++) {
            if (scores[p] >= min) {
              extend(next, top, i, words, tags, p, scores[p]);
            }
          }
          if (next.isEmpty()) { // no candidate advanced: advance every valid one
            for (int p = 0; p < scores.length; p++) {
              extend(next, top, i, words, tags, p, scores[p]);
            }
          }
        }
        prev.clear();
        PriorityQueue<Node> swap = prev;
        prev = next;
        next = swap;
      }
      return prev.isEmpty() ? new String[0] : prev.remove().tags();
    }

    /** Writes the last two tags of {@code n} in their places in {@code tags}. */
    private static void showLastTwo(Node n, String[] tags) {
      for (int k = 0; k < 2 && n.length > 0; k++, n = n.parent) {
        tags[n.length - 1] = n.tag;
      }
    }

    private void extend(PriorityQueue<Node> next, Node top, int i, String[] words,
        String[] tags, int p, double score) {
      if (validator.validSequence(i, words, tags, outcomes[p])) {
        Node n = new Node(top, outcomes[p], score);
        if (n.score > MIN_SEQUENCE_SCORE) {
          next.add(n);
        }
      }
    }

    /**
     * The {@code k}-th largest value counting repeats, {@code 1 <= k <= values.length}: what
     * {@code BeamSearch} reads at index {@code length - k} of a sorted copy, in the order of
     * {@code Arrays.sort} ({@link Double#compare}).
     */
    static double kthLargest(double[] values, int k) {
      double[] best = new double[k]; // descending
      int n = 0;
      for (double v : values) {
        if (n < k) {
          int j = n++;
          while (j > 0 && Double.compare(best[j - 1], v) < 0) {
            best[j] = best[j - 1];
            j--;
          }
          best[j] = v;
        } else if (Double.compare(v, best[k - 1]) > 0) {
          int j = k - 1;
          while (j > 0 && Double.compare(best[j - 1], v) < 0) {
            best[j] = best[j - 1];
            j--;
          }
          best[j] = v;
        }
      }
      return best[k - 1];
    }
  }
}
