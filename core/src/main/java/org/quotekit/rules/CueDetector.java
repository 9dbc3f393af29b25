package org.quotekit.rules;

import java.util.List;
import org.quotekit.spi.AnalyzedArticle;
import org.quotekit.spi.Sentence;

/**
 * Finds the reporting cues of a sentence, for {@link AttributionFinder} to build attributions
 * around. Implementations must be thread-safe.
 */
public interface CueDetector {

  /**
   * The cues of one sentence, in token order, not overlapping; an empty list when there are none.
   * Cues inside quotations are not reported.
   */
  List<CueMatch> detect(AnalyzedArticle article, Sentence sentence);
}
