package org.quotekit.model;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.quotekit.internal.SilentVerbs;
import org.quotekit.rules.CueDetector;
import org.quotekit.rules.CueLexicon;
import org.quotekit.rules.CueMatch;
import org.quotekit.spi.AnalyzedArticle;
import org.quotekit.spi.Sentence;
import org.quotekit.spi.Token;

/**
 * Finds cues with a {@link CueModel}: every candidate token outside quotations whose cue
 * probability reaches the threshold. A cue the lexicon knows keeps its lexicon entry (so
 * multi-word cues such as "according to" stay whole); others become one-word verb cues. An
 * entry the user added to the English news preset ({@link CueLexicon#withVerbs}, {@link
 * CueLexicon#with}) is a cue whatever the model says (confidence 1), as with the rule-based
 * extractor: the model never saw it. A reporting word the lexicon knows within three tokens of a
 * quotation is a cue too, at the threshold's confidence if the model gives it less. Immutable
 * and thread-safe.
 */
public final class ModelCueDetector implements CueDetector {
  private final CueModel model;
  private final CueLexicon lexicon;
  private final CueLexicon preset = CueLexicon.englishNews();
  private final CueFeatures features;
  private final double threshold;

  /**
   * A detector.
   *
   * @param threshold minimum cue probability, in {@code (0, 1)}
   */
  public ModelCueDetector(CueModel model, CueLexicon lexicon, double threshold) {
    this.model = Objects.requireNonNull(model, "model");
    this.lexicon = Objects.requireNonNull(lexicon, "lexicon");
    if (!(threshold > 0 && threshold < 1)) {
      throw new IllegalArgumentException("threshold must be in (0, 1): " + threshold);
    }
    this.threshold = threshold;
    this.features = new CueFeatures(lexicon);
  }

  @Override
  public List<CueMatch> detect(AnalyzedArticle article, Sentence sentence) {
    List<Token> toks = article.tokens(sentence);
    List<String> tags = null;
    List<CueMatch> out = List.of();
    int prev = -1;
    for (int i = 0; i < toks.size(); i++) {
      Token t = toks.get(i);
      CueLexicon.Entry phrase = lexicon.longestMatch(toks, i).orElse(null);
      if (phrase != null && phrase.kind() == CueLexicon.Kind.PREP
          && article.quoteAt(t.start()).isEmpty() && !lexicon.givenNameNotCue(toks, i)) {
        if (tags == null) {
          tags = article.tags(sentence);
        }
        int last = i + phrase.words().size() - 1;
        if (CueLexicon.prepositionBeforeSource(phrase.lemma(), toks, tags, last)) {
          out = add(out, new CueMatch(i, last, phrase, 1.0)); // not "per cent"
        }
        i = last;
        continue;
      }
      if (!Character.isLetter(t.text().charAt(0)) || article.quoteAt(t.start()).isPresent()
          || lexicon.endsNameBeforeCue(toks, i) || SilentVerbs.measurePoint(toks, i)) {
        continue; // "Mayor Lin Hope said": Hope is her name
      }
      if (phrase != null && preset.longestMatch(toks, i).isEmpty()) {
        out = add(out, new CueMatch(i, i + phrase.words().size() - 1, phrase, 1.0));
        i += phrase.words().size() - 1;
        continue;
      }
      if (tags == null) {
        tags = article.tags(sentence);
      }
      if (!features.isCandidate(toks, tags, i) || SilentVerbs.at(toks, i)
          || lexicon.titlesNameBeforeCue(toks, i)) {
        continue; // "who asked not to be named said ...", "recalling 1.2 million heaters";
      } // "advocate Ana Ruiz said": a title
      double p = model.readsHashes()
          ? model.probability(features.hashes(article, toks, tags, i, prev))
          : model.probability(features.features(article, toks, tags, i, prev));
      if (p < threshold && !(phrase != null && quotedNextTo(article, toks, i))) {
        continue;
      }
      p = Math.max(p, threshold);
      prev = i;
      CueLexicon.Entry e = phrase != null ? phrase : lexicon.verbEntry(t.text());
      out = add(out, new CueMatch(i, i + e.words().size() - 1, e, p));
      i += e.words().size() - 1;
    }
    return out;
  }

  /**
   * Whether a token within three of token {@code i} lies in a quotation: a reporting word the
   * lexicon knows next to a quotation ('"...," she joked') is a cue whatever the model says, as
   * it is for the rule patterns (the model, trained on news where such verbs are rare, gave some
   * of them too little probability and the direct quote was lost).
   */
  private static boolean quotedNextTo(AnalyzedArticle article, List<Token> toks, int i) {
    for (int k = Math.max(0, i - 3); k <= Math.min(toks.size() - 1, i + 3); k++) {
      if (k != i && article.quoteAt(toks.get(k).start()).isPresent()) {
        return true;
      }
    }
    return false;
  }

  private static List<CueMatch> add(List<CueMatch> list, CueMatch m) {
    List<CueMatch> l = list.isEmpty() ? new ArrayList<>() : list;
    l.add(m);
    return l;
  }
}
