package org.quotekit.train;

import java.util.List;
import java.util.Locale;
import org.quotekit.eval.GoldAttribution;
import org.quotekit.rules.CueLexicon;
import org.quotekit.spi.AnalyzedArticle;
import org.quotekit.spi.Sentence;
import org.quotekit.spi.Token;

/**
 * A gold cue placed in its sentence: the tokens of the sentence of its first span that overlap
 * any of its spans, the lemma of the first of them, and its head (the first verb among them, else
 * the first), the token a cue detector marks.
 */
record GoldCue(Sentence sentence, int first, int last, int head, String lemma) {

  /** The cue of {@code g} in the analysed article, or null when it has none or no token. */
  static GoldCue locate(AnalyzedArticle a, GoldAttribution g, CueLexicon lexicon) {
    if (g.cue().isEmpty()) {
      return null;
    }
    Sentence s = a.sentenceAt(g.cue().get(0).start());
    List<Token> toks = a.tokens(s);
    int first = -1;
    int last = -1;
    for (int i = 0; i < toks.size(); i++) {
      if (ContentModelTrainer.overlaps(toks.get(i), g.cue())) {
        first = first < 0 ? i : first;
        last = i;
      }
    }
    if (first < 0) {
      return null;
    }
    List<String> tags = a.tags(s);
    int head = first;
    for (int i = first; i <= last; i++) {
      if (tags.get(i).equals("VERB") && ContentModelTrainer.overlaps(toks.get(i), g.cue())) {
        head = i;
        break;
      }
    }
    String word = toks.get(first).text().toLowerCase(Locale.ROOT);
    return new GoldCue(s, first, last, head, lexicon.lemmaOf(word).orElse(word));
  }

  /**
   * This cue as a cue detector marks it at extraction time: from its head over the lexicon's
   * entry there (a multi-word cue such as "according to"), else the head alone as a one-word verb
   * cue, with that entry's lemma. Gold cues often hold more ("has blasted", "called for"): the
   * tokens outside this extent are then context the content model must learn to leave out, as
   * it must at extraction time.
   */
  GoldCue detected(AnalyzedArticle a, CueLexicon lexicon) {
    CueLexicon.Entry e = entry(a, lexicon);
    return new GoldCue(sentence, head, head + e.words().size() - 1, head, e.lemma());
  }

  /**
   * The lexicon entry a cue detector gives this cue at its head: the lexicon's (the longest
   * there), else a one-word verb entry ({@link CueLexicon#verbEntry}).
   */
  CueLexicon.Entry entry(AnalyzedArticle a, CueLexicon lexicon) {
    List<Token> toks = a.tokens(sentence);
    return lexicon.longestMatch(toks, head)
        .orElseGet(() -> lexicon.verbEntry(toks.get(head).text()));
  }
}
