package org.quotekit.model;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.util.Objects;
import java.util.HashMap;
import java.util.Map;
import opennlp.tools.ml.maxent.GISModel;
import opennlp.tools.ml.model.AbstractModel;
import opennlp.tools.ml.model.Context;
import opennlp.tools.ml.model.MaxentModel;

/**
 * A trained content labeller: a maximum-entropy Markov model over the tokens of a cue's sentence,
 * read outwards from the cue on each side. Each token is {@link #BEFORE} the content (between the
 * cue and where the content starts), {@link #IN} it, or {@link #AFTER} it, given its {@link
 * ContentFeatures} and the label of the token before it, so each side holds at most one
 * contiguous run of content. Stored as a gzipped OpenNLP binary maximum-entropy model. Immutable
 * and thread-safe.
 */
public final class ContentModel {
  /** The label of a token between the cue and the content on its side (or of a side without). */
  public static final String BEFORE = "before";
  /** The label of a token inside the content. */
  public static final String IN = "in";
  /** The label of a token past the content on its side. */
  public static final String AFTER = "after";
  /** The labels, in the order of {@link #probabilities}. */
  public static final java.util.List<String> LABELS = java.util.List.of(BEFORE, IN, AFTER);
  /** Where the bundled English news model lives on the classpath. */
  public static final String BUNDLED = "/org/quotekit/model/content-en.bin.gz";

  private final MaxentModel model;
  private final int[] index = new int[3];
  private final boolean readsRules;
  private final int outcomes;
  private final Map<String, Context[]> links;
  private final Context[] previousContexts;

  /**
   * Wraps a trained OpenNLP model whose events are {@link ContentFeatures} contexts labelled
   * (with {@link ContentFeatures#withPrevious}) labelled {@link #BEFORE}, {@link #IN} or {@link
   * #AFTER}, as the trainer in {@code quotekit-eval} makes it.
   *
   * @throws IllegalArgumentException if the outcomes are not those three
   */
  public ContentModel(MaxentModel model) {
    this.model = Objects.requireNonNull(model, "model");
    for (int i = 0; i < 3; i++) {
      index[i] = model.getIndex(LABELS.get(i));
    }
    if (index[0] < 0 || index[1] < 0 || index[2] < 0 || model.getNumOutcomes() != 3) {
      throw new IllegalArgumentException("not a QuoteKit content model: outcomes must be "
          + LABELS);
    }
    this.readsRules = knows(model, ContentFeatures.RULE_PREFIX);
    this.outcomes = model.getNumOutcomes();
    this.links = links(model);
    this.previousContexts = new Context[3];
    if (links != null) {
      for (int i = 0; i < 3; i++) {
        Context[] row = links.get("prev=" + LABELS.get(i));
        previousContexts[i] = row == null ? null : row[0];
      }
    }
  }

  /** Whether the model has a weight for a context predicate starting with {@code prefix}. */
  private static boolean knows(MaxentModel model, String prefix) {
    if (!(model instanceof AbstractModel m)
        || !(m.getDataStructures()[1] instanceof java.util.Map<?, ?> map)) {
      return false;
    }
    for (Object key : map.keySet()) {
      if (key instanceof String k && k.startsWith(prefix)) {
        return true;
      }
    }
    return false;
  }

  /**
   * Whether the model was trained with the rule patterns' span as features (stacking), as the
   * trainer now does; a model file written by an earlier {@code quotekit train} was not, and with
   * it the rules' content is kept where a pattern fits.
   */
  public boolean readsRules() {
    return readsRules;
  }

  /**
   * Reads a model written by {@link #write(OutputStream)}, validated as {@link
   * CueModel#read(InputStream, String)} validates a cue model.
   *
   * @param in the gzipped model bytes; not closed
   * @param name names the model in error messages
   * @throws IOException naming the model and what is wrong with it
   */
  public static ContentModel read(InputStream in, String name) throws IOException {
    return BinaryModels.read(in, name, "content model", ContentModel::new);
  }

  /**
   * The model bundled with QuoteKit, trained on the PolNeAR training split.
   *
   * @throws IOException when the resource is missing or corrupt
   */
  public static ContentModel bundled() throws IOException {
    return BinaryModels.bundled(BUNDLED, ContentModel::read);
  }

  /** Writes the model, gzipped, to {@code out} (which is finished but not closed). */
  public void write(OutputStream out) throws IOException {
    BinaryModels.write(model, out);
  }

  /**
   * The probabilities of {@link #BEFORE}, {@link #IN} and {@link #AFTER}, in that order, for a
   * token with this context.
   */
  public double[] probabilities(String[] context) {
    double[] p = model.eval(context);
    return new double[] {p[index[0]], p[index[1]], p[index[2]]};
  }

  /**
   * A token's features looked up once in the model, for {@link #probabilities(Linked, int)}
   * under each previous label: the same numbers as {@link #probabilities(String[])} of {@link
   * ContentFeatures#withPrevious}, without building and looking up the conjoined features again
   * for every label.
   */
  Linked link(String[] base) {
    if (links == null) {
      return new Linked(base, null);
    }
    Context[][] rows = new Context[base.length][];
    for (int i = 0; i < base.length; i++) {
      rows[i] = links.get(base[i]);
    }
    return new Linked(base, rows);
  }

  /**
   * The probabilities of the three labels, as {@link #probabilities(String[])} gives them for
   * {@code ContentFeatures.withPrevious(base, LABELS.get(previous))}, summed in the same order
   * so the numbers are the same to the last bit.
   */
  double[] probabilities(Linked token, int previous) {
    if (token.rows() == null) {
      return probabilities(ContentFeatures.withPrevious(token.base(), LABELS.get(previous)));
    }
    double[] sums = new double[outcomes];
    java.util.Arrays.fill(sums, Math.log(1.0 / outcomes));
    add(sums, previousContexts[previous]);
    for (Context[] row : token.rows()) {
      if (row != null) {
        add(sums, row[0]);
      }
    }
    for (Context[] row : token.rows()) {
      if (row != null) {
        add(sums, row[1 + previous]);
      }
    }
    double normal = 0;
    for (int o = 0; o < outcomes; o++) {
      sums[o] = StrictMath.exp(sums[o]);
      normal += sums[o];
    }
    return new double[] {sums[index[0]] / normal, sums[index[1]] / normal,
        sums[index[2]] / normal};
  }

  private static void add(double[] sums, Context c) {
    if (c == null) {
      return;
    }
    int[] o = c.getOutcomes();
    double[] w = c.getParameters();
    for (int i = 0; i < o.length; i++) {
      sums[o[i]] += w[i] * 1;
    }
  }

  /** A token's features and, when the model is a GIS model, their parameters. */
  record Linked(String[] base, Context[][] rows) {}

  /**
   * For a GIS model: each base feature's parameters and those of the feature conjoined with each
   * previous label ({@link ContentFeatures#withPrevious}); null for other models.
   */
  private static Map<String, Context[]> links(MaxentModel model) {
    if (!(model instanceof GISModel m) || !(m.getDataStructures()[1] instanceof Map<?, ?> pmap)) {
      return null;
    }
    Map<String, Context[]> out = new HashMap<>();
    for (Map.Entry<?, ?> e : pmap.entrySet()) {
      if (!(e.getKey() instanceof String name) || !(e.getValue() instanceof Context c)) {
        return null;
      }
      int bar = name.indexOf('|');
      int label = bar < 0 ? -1 : LABELS.indexOf(name.substring(0, bar));
      String base = label < 0 ? name : name.substring(bar + 1);
      out.computeIfAbsent(base, k -> new Context[4])[label + 1] = c;
    }
    return out;
  }
}
