package org.quotekit.model;

import static org.assertj.core.api.Assertions.assertThat;

import opennlp.tools.ml.maxent.GISModel;
import opennlp.tools.ml.model.Context;
import org.junit.jupiter.api.Test;

/**
 * A content model tells whether it was trained with the rule patterns' span as features: only
 * then does the model extractor let it replace the rules' content.
 */
class ContentModelTest {

  private static ContentModel model(String... predicates) {
    return new ContentModel(new GISModel(new Context[] {
        new Context(new int[] {0, 1, 2}, new double[] {-1, 1, 0}),
        new Context(new int[] {0, 1, 2}, new double[] {0.5, -0.5, 0})}, predicates,
        ContentModel.LABELS.toArray(String[]::new)));
  }

  @Test
  void aModelWithRuleFeaturesReadsTheRules() {
    assertThat(model("w=Rsaid", ContentFeatures.RULE_PREFIX + "Rin").readsRules()).isTrue();
  }

  @Test
  void aModelWithoutThemDoesNot() {
    assertThat(model("w=Rsaid", "relw=Rthe").readsRules()).isFalse();
  }
}
