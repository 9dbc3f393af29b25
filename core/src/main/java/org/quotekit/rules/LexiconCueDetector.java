package org.quotekit.rules;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.quotekit.internal.SilentVerbs;
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
      String w = toks.get(i).text();
      if (!Character.isLetter(w.charAt(0)) && !w.equals(":")) {
        continue;
      }
      CueLexicon.Entry e = lexicon.longestMatch(toks, i).orElse(null);
      if (e == null || article.quoteAt(toks.get(i).start()).isPresent()
          || SilentVerbs.measurePoint(toks, i)
          || e.words().size() == 1 && (SilentVerbs.at(toks, i)
              || lexicon.endsNameBeforeCue(toks, i) || lexicon.titlesNameBeforeCue(toks, i)
              || lexicon.givenNameNotCue(toks, i))) {
        continue; // "who asked not to be named said ...", "recalling 1.2 million heaters"
      }
      if (hits.isEmpty()) {
        hits = new ArrayList<>();
      }
      hits.add(new CueMatch(i, i + e.words().size() - 1, e, 1.0));
      i += e.words().size() - 1;
    }
    return hits;
  }
}
