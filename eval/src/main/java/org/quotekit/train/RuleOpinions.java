package org.quotekit.train;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.quotekit.Span;
import org.quotekit.eval.GoldArticle;
import org.quotekit.eval.GoldAttribution;
import org.quotekit.rules.AttributionContext;
import org.quotekit.rules.AttributionFinder;
import org.quotekit.rules.CueAttributor;
import org.quotekit.rules.CueDetector;
import org.quotekit.rules.CueHit;
import org.quotekit.rules.CueLexicon;
import org.quotekit.rules.CueMatch;
import org.quotekit.spi.AnalyzedArticle;
import org.quotekit.spi.QuoteCandidate;
import org.quotekit.spi.Sentence;

/**
 * What the rule patterns ({@link CueAttributor#rules()}) make of each gold cue of an article,
 * read as the model extractor reads them at extraction time: the article goes through the English
 * news stages with the gold cues (at their heads, with the lexicon's entry or a one-word verb
 * entry, as {@link org.quotekit.model.ModelCueDetector} makes them) in place of detected ones.
 * The rules are not trained, so their output on training articles is a fair feature of the
 * content model. Not thread-safe; one per article.
 */
final class RuleOpinions {
  private final Map<Long, QuoteCandidate> byHead = new HashMap<>();

  /**
   * What a cue stage sees of each gold cue as the article is read: the context, the cue and the
   * previous source in its sentence as the stage gets them, and the rules' candidate (or null).
   */
  @FunctionalInterface
  interface Observer {
    void cue(AttributionContext context, CueHit hit, Span previousSource, QuoteCandidate rule);
  }

  /** The rules' candidates for the gold cues of {@code gold}, analysed as {@code a}. */
  RuleOpinions(AnalyzedArticle a, GoldArticle gold, CueLexicon lexicon) {
    this(a, gold, lexicon, (context, hit, previousSource, rule) -> { });
  }

  /**
   * The rules' candidates for the gold cues of {@code gold}, analysed as {@code a}, telling
   * {@code observer} of each cue as it is read.
   */
  RuleOpinions(AnalyzedArticle a, GoldArticle gold, CueLexicon lexicon, Observer observer) {
    Map<Integer, List<CueMatch>> cues = new HashMap<>();
    for (GoldAttribution g : gold.attributions()) {
      GoldCue c = GoldCue.locate(a, g, lexicon);
      if (c == null || a.quoteAt(a.tokens(c.sentence()).get(c.head()).start()).isPresent()) {
        continue;
      }
      CueLexicon.Entry e = c.entry(a, lexicon);
      cues.computeIfAbsent(c.sentence().index(), k -> new ArrayList<>())
          .add(new CueMatch(c.head(), c.head() + e.words().size() - 1, e, 1.0));
    }
    CueDetector detector = (article, sentence) -> disjoint(cues.get(sentence.index()));
    CueAttributor recorder = (context, hit, previousSource) -> {
      Optional<QuoteCandidate> r = CueAttributor.rules().attribute(context, hit, previousSource);
      r.ifPresent(q -> byHead.put(key(hit.sentence(), hit.first()), q));
      observer.cue(context, hit, previousSource, r.orElse(null));
      return r;
    };
    AttributionFinder.englishNews(lexicon, detector, recorder).find(a);
  }

  /** The rules' candidate for the cue headed by token {@code head}, or null. */
  QuoteCandidate at(Sentence sentence, int head) {
    return byHead.get(key(sentence, head));
  }

  /** A cue's key: its sentence and head token. */
  static long key(Sentence s, int head) {
    return ((long) s.index() << 32) | head;
  }

  /** The matches in token order, without the ones overlapping an earlier one. */
  private static List<CueMatch> disjoint(List<CueMatch> matches) {
    if (matches == null) {
      return List.of();
    }
    List<CueMatch> sorted = new ArrayList<>(matches);
    sorted.sort(Comparator.comparingInt(CueMatch::first));
    List<CueMatch> out = new ArrayList<>();
    for (CueMatch m : sorted) {
      if (out.isEmpty() || m.first() > out.get(out.size() - 1).last()) {
        out.add(m);
      }
    }
    return out;
  }
}
