package org.quotekit.train;

import java.util.ArrayList;
import java.util.List;
import java.util.function.ToDoubleFunction;
import opennlp.tools.ml.model.MaxentModel;

/** Test access to {@link ListwiseTrainer} from other packages. Not thread-safe. */
public final class ListwiseFit {
  private ListwiseFit() {}

  /**
   * Trains a listwise ranker and returns its score of a candidate's features.
   *
   * @param lists each list's candidates' features
   * @param gold each list's right candidates
   */
  public static ToDoubleFunction<String[]> train(List<List<String[]>> lists, List<boolean[]> gold,
      int passes, double l2) {
    List<ListwiseTrainer.Group> groups = new ArrayList<>();
    for (int i = 0; i < lists.size(); i++) {
      groups.add(new ListwiseTrainer.Group(lists.get(i), gold.get(i)));
    }
    MaxentModel m = new ListwiseTrainer(passes, 1, 0.1, l2).train(groups, "T", "F");
    int t = m.getIndex("T");
    return f -> m.eval(f)[t];
  }
}
