package org.quotekit.train;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import opennlp.tools.ml.model.MaxentModel;
import org.junit.jupiter.api.Test;

/**
 * The listwise trainer learns which candidate of each list is right from features that tell the
 * candidates of one list apart, even where a feature is common among wrong candidates overall,
 * and gives the same model for the same lists.
 */
class ListwiseTrainerTest {
  /**
   * Lists of three: the right candidate is the nearest ("near") in lists that hold a name and
   * the name otherwise; most wrong candidates are near ones, so counted over all candidates
   * "near" says little.
   */
  private static List<ListwiseTrainer.Group> lists() {
    List<ListwiseTrainer.Group> lists = new ArrayList<>();
    for (int i = 0; i < 40; i++) {
      if (i % 2 == 0) {
        lists.add(new ListwiseTrainer.Group(List.of(new String[] {"near", "noun"},
            new String[] {"far", "noun"}, new String[] {"far", "pron"}),
            new boolean[] {true, false, false}));
      } else {
        lists.add(new ListwiseTrainer.Group(List.of(new String[] {"near", "pron"},
            new String[] {"near", "noun"}, new String[] {"far", "name"}),
            new boolean[] {false, false, true}));
      }
    }
    return lists;
  }

  @Test
  void theRightCandidateOfEachListScoresHighest() {
    MaxentModel model = new ListwiseTrainer(10, 1, 0.1, 1e-4).train(lists(), "yes", "no");
    assertThat(p(model, "near", "noun")).isGreaterThan(p(model, "far", "noun"))
        .isGreaterThan(p(model, "far", "pron"));
    assertThat(p(model, "far", "name")).isGreaterThan(p(model, "near", "pron"));
    assertThat(p(model, "far", "name")).isGreaterThan(p(model, "near", "noun"));
  }

  @Test
  void theSameListsGiveTheSameModel() {
    MaxentModel a = new ListwiseTrainer(5, 1, 0.1, 1e-4).train(lists(), "yes", "no");
    MaxentModel b = new ListwiseTrainer(5, 1, 0.1, 1e-4).train(lists(), "yes", "no");
    for (String[] c : List.of(new String[] {"near", "noun"}, new String[] {"far", "name"})) {
      assertThat(a.eval(c)).containsExactly(b.eval(c));
    }
  }

  @Test
  void aFeatureBelowTheCutoffIsLeftOut() {
    List<ListwiseTrainer.Group> lists = new ArrayList<>(lists());
    lists.add(new ListwiseTrainer.Group(List.of(new String[] {"rare"}, new String[] {"far"}),
        new boolean[] {true, false}));
    MaxentModel kept = new ListwiseTrainer(10, 1, 0.1, 1e-4).train(lists, "yes", "no");
    MaxentModel cut = new ListwiseTrainer(10, 2, 0.1, 1e-4).train(lists, "yes", "no");
    assertThat(p(kept, "rare", "far")).isNotEqualTo(p(kept, "far"));
    assertThat(p(cut, "rare", "far")).isEqualTo(p(cut, "far"));
  }

  private static double p(MaxentModel model, String... features) {
    return model.eval(features)[model.getIndex("yes")];
  }
}
