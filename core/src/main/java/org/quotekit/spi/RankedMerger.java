package org.quotekit.spi;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import org.quotekit.internal.DisjointSpans;

/**
 * The built-in merges: every proposal in one ranking, each accepted unless a part overlaps a
 * part already accepted; {@link CandidateMerger#byConfidence()} and {@link
 * CandidateMerger#byExtractorOrder()}. Immutable and thread-safe.
 */
final class RankedMerger implements CandidateMerger {
  private static final Comparator<Proposal> MORE_CONFIDENT =
      Comparator.comparingDouble((Proposal p) -> -p.candidate().confidence());
  private static final Comparator<Proposal> EARLIER_EXTRACTOR =
      Comparator.comparingInt(Proposal::extractorIndex);
  private static final Comparator<Proposal> EARLIER_AND_SHORTER =
      Comparator.comparingInt((Proposal p) -> p.candidate().start())
          .thenComparingInt(p -> p.candidate().end());

  /** The most confident first; ties: the earlier extractor, the earlier and shorter candidate. */
  static final RankedMerger BY_CONFIDENCE = new RankedMerger("confidence",
      MORE_CONFIDENT.thenComparing(EARLIER_EXTRACTOR).thenComparing(EARLIER_AND_SHORTER));

  /** The earlier extractor first, then the most confident, the earlier and shorter. */
  static final RankedMerger BY_EXTRACTOR_ORDER = new RankedMerger("extractor-order",
      EARLIER_EXTRACTOR.thenComparing(MORE_CONFIDENT).thenComparing(EARLIER_AND_SHORTER));

  private final String name;
  private final Comparator<Proposal> order;

  private RankedMerger(String name, Comparator<Proposal> order) {
    this.name = Objects.requireNonNull(name, "name");
    this.order = Objects.requireNonNull(order, "order");
  }

  @Override
  public String name() {
    return name;
  }

  @Override
  public List<Proposal> merge(AnalyzedArticle article, List<Proposal> proposals) {
    List<Proposal> ranked = new ArrayList<>(proposals);
    ranked.sort(order);
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
