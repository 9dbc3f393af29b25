package org.quotekit.spi;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.quotekit.internal.DisjointSpans;

/** {@link CandidateMerger#byConfidence()}. Stateless and thread-safe. */
final class ConfidenceMerger implements CandidateMerger {
  static final ConfidenceMerger INSTANCE = new ConfidenceMerger();

  private static final Comparator<Proposal> ORDER =
      Comparator.comparingDouble((Proposal p) -> -p.candidate().confidence())
          .thenComparingInt(Proposal::extractorIndex)
          .thenComparingInt(p -> p.candidate().start())
          .thenComparingInt(p -> p.candidate().end());

  private ConfidenceMerger() {}

  @Override
  public String name() {
    return "confidence";
  }

  @Override
  public List<Proposal> merge(AnalyzedArticle article, List<Proposal> proposals) {
    List<Proposal> ranked = new ArrayList<>(proposals);
    ranked.sort(ORDER);
    List<Proposal> accepted = new ArrayList<>();
    DisjointSpans taken = new DisjointSpans();
    for (Proposal p : ranked) {
      if (!taken.overlaps(p.candidate().parts())) {
        accepted.add(p);
        taken.add(p.candidate().parts());
      }
    }
    return accepted;
  }
}
