package org.quotekit.model;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.util.Objects;
import opennlp.tools.ml.model.AbstractModel;
import opennlp.tools.ml.model.MaxentModel;
import org.quotekit.internal.GisMath;

/**
 * A trained content labeller: a maximum-entropy Markov model over the tokens of a cue's sentence,
 * read outwards from the cue on each side. Each token is {@link #BEFORE} the content (between the
 * cue and where the content starts), {@link #IN} it, or {@link #AFTER} it, given its {@link
 * ContentFeatures} and the label of the token before it, so each side holds at most one
 * contiguous run of content. A model may also hold a conditional random field over the same
 * features ({@link #hasField()}): a labelling of a side is then scored by the Markov model's log
 * probability plus the field's potentials, two models trained differently whose errors differ.
 * Stored as a gzipped OpenNLP binary maximum-entropy model (the field's weights under {@link
 * #FIELD_PREFIX}). Immutable and thread-safe.
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
  /**
   * The prefix of the names of the conditional random field's weights in a model file that holds
   * one ({@link #hasField()}); the Markov model's names never start with it.
   */
  public static final String FIELD_PREFIX = "crf:";
  /** Where the bundled English news model lives on the classpath. */
  public static final String BUNDLED = "/org/quotekit/model/content-en.bin.gz";

  private final MaxentModel model;
  private final int[] index = new int[3];
  private final boolean readsRules;
  private final FeatureTable table;
  /** The first block of the random field's weights in the table's rows; -1 without a field. */
  private final int field;
  private final int[] previousRows;

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
    this.table = FeatureTable.of(model, LABELS, FIELD_PREFIX);
    this.previousRows = new int[3];
    for (int i = 0; i < 3 && table != null; i++) {
      previousRows[i] = table.row(FeatureSink.hash("prev=" + LABELS.get(i)));
    }
    this.field = table == null ? -1 : table.second();
    if (table == null && knows(model, FIELD_PREFIX)) {
      throw new IllegalArgumentException("not a QuoteKit content model: its random field's "
          + "weights cannot be read");
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
   * Whether the model holds a conditional random field besides the Markov model: a labelling of a
   * side of the cue is then scored by the sum of the Markov model's log probabilities and the
   * field's potentials ({@link #potentials}).
   */
  public boolean hasField() {
    return field >= 0;
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
   * Whether the model reads a token's features as the {@link FeatureSink#hash hashes} of {@link
   * ContentFeatures#hashes} ({@link #link(long[])}); otherwise as strings ({@link
   * #link(String[])}). A GIS model (every model {@link #read} returns) reads hashes.
   */
  boolean readsHashes() {
    return table != null;
  }

  /**
   * A token's features, as strings, looked up once for {@link #probabilities(Linked, int)} under
   * each previous label.
   */
  Linked link(String[] base) {
    if (table == null) {
      return new Linked(base, null);
    }
    return link(FeatureSink.hashes(base));
  }

  /**
   * A token's features, as the hashes of their strings, looked up once for {@link
   * #probabilities(Linked, int)} under each previous label; only when {@link #readsHashes()}.
   */
  Linked link(long[] hashes) {
    return new Linked(null, table.rows(hashes));
  }

  /**
   * The probabilities of the three labels, as {@link #probabilities(String[])} gives them for
   * {@code ContentFeatures.withPrevious(base, LABELS.get(previous))}, summed in the same order
   * (the previous label, every plain feature, every feature conjoined with the previous label) so
   * the numbers are the same to the last bit, without building and looking up the conjoined
   * features for every label.
   */
  double[] probabilities(Linked token, int previous) {
    if (token.rows() == null) {
      return probabilities(ContentFeatures.withPrevious(token.base(), LABELS.get(previous)));
    }
    double[] sums = table.prior();
    table.add(sums, previousRows[previous], 0);
    table.add(sums, token.rows(), 0);
    table.add(sums, token.rows(), 1 + previous);
    double[] out = new double[3];
    finish(sums, out);
    return out;
  }

  /**
   * The probabilities of the three labels (in the order of {@link #LABELS}) after a token
   * labelled {@link #BEFORE} into {@code afterBefore} and after one labelled {@link #IN} into
   * {@code afterIn}, each the same as {@link #probabilities(Linked, int)} gives; either may be
   * null when not wanted. For both, the two sums are made side by side: each weight row is read
   * once for both, and the two chains of additions overlap.
   */
  void probabilities(Linked token, double[] afterBefore, double[] afterIn) {
    if (afterBefore == null || afterIn == null || token.rows() == null) {
      if (afterBefore != null) {
        System.arraycopy(probabilities(token, 0), 0, afterBefore, 0, 3);
      }
      if (afterIn != null) {
        System.arraycopy(probabilities(token, 1), 0, afterIn, 0, 3);
      }
      return;
    }
    double[] before = table.prior();
    double[] in = table.prior();
    table.add(before, previousRows[0], 0);
    table.add(in, previousRows[1], 0);
    table.addSideBySide(before, 0, in, 0, token.rows());
    table.addSideBySide(before, 1, in, 2, token.rows());
    finish(before, afterBefore);
    finish(in, afterIn);
  }

  /**
   * The random field's potentials of the three labels (in the order of {@link #LABELS}) after a
   * token labelled {@link #BEFORE} into {@code afterBefore} and after one labelled {@link #IN}
   * into {@code afterIn} (either may be null): the sums of its weights for the token, not
   * normalised; only when the model {@link #hasField()}.
   */
  void potentials(Linked token, double[] afterBefore, double[] afterIn) {
    potentials(token, 0, afterBefore);
    potentials(token, 1, afterIn);
  }

  /**
   * {@link #probabilities(Linked, double[], double[])} and {@link #potentials} of a token after
   * {@link #BEFORE} and after {@link #IN} at once, the same numbers to the last bit: the four
   * sums get their additions in the same order, in two passes over the token's weight rows
   * instead of six. Each output array takes the three labels in the order of {@link #LABELS};
   * when one is null or the model has no field, this is those two calls.
   */
  void scores(Linked token, double[] afterBefore, double[] afterIn, double[] fieldBefore,
      double[] fieldIn) {
    if (afterBefore == null || afterIn == null || fieldBefore == null || fieldIn == null
        || token.rows() == null || field < 0) {
      probabilities(token, afterBefore, afterIn);
      if (field >= 0) {
        potentials(token, fieldBefore, fieldIn);
      }
      return;
    }
    double[] before = table.prior();
    double[] in = table.prior();
    double[] fb = new double[3];
    double[] fi = new double[3];
    table.add(before, previousRows[0], 0);
    table.add(in, previousRows[1], 0);
    table.add(fb, previousRows[0], field);
    table.add(fi, previousRows[1], field);
    int[] rows = token.rows();
    table.addSideBySide(before, 0, in, 0, fb, field, fi, field, rows);
    table.addSideBySide(before, 1, in, 2, fb, field + 1, fi, field + 2, rows);
    finish(before, afterBefore);
    finish(in, afterIn);
    for (int i = 0; i < 3; i++) {
      fieldBefore[i] = fb[index[i]];
      fieldIn[i] = fi[index[i]];
    }
  }

  /** The field's potentials of the labels after label {@code previous} into {@code out}. */
  private void potentials(Linked token, int previous, double[] out) {
    if (out == null) {
      return;
    }
    double[] sums = new double[3];
    table.add(sums, previousRows[previous], field);
    table.add(sums, token.rows(), field);
    table.add(sums, token.rows(), field + 1 + previous);
    for (int i = 0; i < 3; i++) {
      out[i] = sums[index[i]];
    }
  }

  /** Normalises {@code sums} (in the model's outcome order) into {@code out}, in LABELS order. */
  private void finish(double[] sums, double[] out) {
    GisMath.normalise(sums);
    for (int i = 0; i < 3; i++) {
      out[i] = sums[index[i]];
    }
  }

  /** A token's features (when the model reads strings) or their rows in the model's table. */
  record Linked(String[] base, int[] rows) {}
}
