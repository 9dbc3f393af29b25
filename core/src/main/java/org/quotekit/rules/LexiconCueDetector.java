package org.quotekit.rules;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.quotekit.spi.AnalyzedArticle;
import org.quotekit.spi.Sentence;
import org.quotekit.spi.Token;

/**
 * Finds cues by looking tokens up in a {@link CueLexicon}, longest entry first; cheap, and needs
 * no part-of-speech tags. Immutable and thread-safe.
 */
public final class LexiconCueDetector implements CueDetector {
  private final CueLexicon lexicon;

  /** A detector over the given lexicon. */
  public LexiconCueDetector(CueLexicon lexicon) {
    this.lexicon = Objects.requireNonNull(lexicon, "lexicon");
  }

  @Override
  public List<CueMatch> detect(AnalyzedArticle article, Sentence sentence) {
    List<Token> toks = article.tokens(sentence);
    List<CueMatch> hits = List.of();
    for (int i = 0; i < toks.size(); i++) {
      CueLexicon.Entry e = entryAt(lexicon, toks, i);
      if (e == null || article.quoteAt(toks.get(i).start()).isPresent()) {
        continue;
      }
      if (hits.isEmpty()) {
        hits = new ArrayList<>();
      }
      hits.add(new CueMatch(i, i + e.words().size() - 1, e, 1.0));
      i += e.words().size() - 1;
    }
    return hits;
  }

  /** The longest lexicon entry whose words start at token {@code i}, or null. */
  static CueLexicon.Entry entryAt(CueLexicon lexicon, List<Token> toks, int i) {
    String w = toks.get(i).text();
    if (!Character.isLetter(w.charAt(0)) && !w.equals(":")) {
      return null;
    }
    for (CueLexicon.Entry e : lexicon.startingWith(w)) {
      List<String> words = e.words();
      if (i + words.size() > toks.size()) {
        continue;
      }
      boolean all = true;
      for (int k = 1; k < words.size() && all; k++) {
        all = RuleBasedExtractor.lower(toks.get(i + k).text()).equals(words.get(k));
      }
      if (all) {
        return e;
      }
    }
    return null;
  }
}
