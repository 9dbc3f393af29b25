package org.quotekit.model;

import java.util.List;
import org.quotekit.internal.Analysis;
import org.quotekit.rules.AttributionFinder;
import org.quotekit.rules.CueAttributor;
import org.quotekit.rules.CueLexicon;
import org.quotekit.rules.CueMatch;
import org.quotekit.spi.QuoteCandidate;
import org.quotekit.spi.Token;

/**
 * Test helper (also for {@code quotekit-eval}'s tests): runs the English news stages over an
 * analysed one-sentence text with a single cue, the last token spelt {@code word}, read as a
 * one-word verb cue, so a test can watch or replace how that cue is attributed.
 */
public final class OneCue {
  private OneCue() {}

  /**
   * The candidates {@code attributor} makes of the cue {@code word} in the first sentence of
   * {@code a}.
   *
   * @throws IllegalArgumentException if the sentence has no such word
   */
  public static List<QuoteCandidate> attribute(Analysis a, String word, CueLexicon lexicon,
      CueAttributor attributor) {
    List<Token> toks = a.tokens(a.sentences().get(0));
    int cue = -1;
    for (int i = 0; i < toks.size(); i++) {
      cue = toks.get(i).text().equals(word) ? i : cue;
    }
    if (cue < 0) {
      throw new IllegalArgumentException("no '" + word + "' in the first sentence");
    }
    CueMatch match = new CueMatch(cue, cue, lexicon.verbEntry(word), 1.0);
    return AttributionFinder.englishNews(lexicon, (article, sentence) -> List.of(match),
        attributor).find(a);
  }
}
