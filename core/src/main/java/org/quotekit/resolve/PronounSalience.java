package org.quotekit.resolve;

import java.util.List;

/**
 * How salient a pronoun's candidate antecedent is: a weighted sum of the candidate's features
 * ({@link #FEATURES}), the best-scoring candidate being the antecedent. Immutable and
 * thread-safe.
 */
final class PronounSalience {
  static final int SENTENCES = 0;
  static final int PARAGRAPHS = 1;
  static final int SUBJECT = 2;
  static final int QUOTED = 3;
  static final int GENDER = 4;
  static final int SUBORDINATE = 5;
  static final int SOURCE = 6;
  static final int LAST_SPEAKER = 7;
  static final int QUESTION = 8;
  static final int SPOKE = 9;
  static final int LEAD = 10;
  static final int SUBJECT_HERE = 11;

  /** The features' names, by index. */
  static final List<String> FEATURES = List.of("sentences back", "paragraphs back", "subject",
      "quoted", "gender agrees", "subordinate", "source", "last speaker", "in a question",
      "has spoken", "named in the lead", "subject of the pronoun's sentence");

  /**
   * The hand weights: a point off a sentence back and half a point a paragraph back, a point for
   * a subject, two and a half off inside a quotation, half a point for a known gender that
   * matches, three off in an opening clause before a named subject, a point for a source, one
   * for the speaker quoted last (one and a half until the thirty-seventh round; one gains on
   * every develop line, a half or none lose on PolNeAR), one and a half more for the subject of
   * the pronoun's own sentence, unquoted and in no opening clause ("Clinton said she would", not
   * an earlier speaker; measured on the develop rows: bonuses from 1 to 2.5 give the same
   * result), and one and a half off in the writer's own question ("Doesn't Moberly risk more
   * than Brackley did? ... he said" is not Brackley).
   */
  static final double[] HAND = {-1, -0.5, 1, -2.5, 0.5, -3, 1, 1, -1.5, 0, 0, 1.5};

  private static final double[] WEIGHTS = HAND;

  private PronounSalience() {}

  /** Whether the resolver's weights give feature {@code k} any weight. */
  static boolean weighs(int k) {
    return WEIGHTS[k] != 0;
  }

  /** The score of a candidate's features under the resolver's weights. */
  static double score(double[] features) {
    return score(WEIGHTS, features);
  }

  /** The score of a candidate's features under {@code weights}. */
  static double score(double[] weights, double[] features) {
    double sum = 0;
    for (int k = 0; k < features.length; k++) {
      sum += weights[k] * features[k];
    }
    return sum;
  }
}
