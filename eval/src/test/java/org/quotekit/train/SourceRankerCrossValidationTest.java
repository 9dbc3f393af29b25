package org.quotekit.train;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.quotekit.Span;
import org.quotekit.eval.GoldArticle;
import org.quotekit.eval.PolnearCorpus;
import org.quotekit.eval.PolnearDev;
import org.quotekit.model.LearnedSourceFinder;
import org.quotekit.model.SourceFeatures;
import org.quotekit.model.SourceModel;
import org.quotekit.rules.CueLexicon;

/**
 * Measures the source ranker alone, as a round that changes {@link SourceFeatures} tunes it:
 * over five folds of PolNeAR train (article i, in name order, in fold i mod 5), a ranker trained
 * as {@link SourceModelTrainer} trains it on the other four folds picks the source of every gold
 * cue of the fold, given its gold content, and the pick is right when it overlaps the gold source
 * (PolNeAR's source figure). Prints one line a fold and the pooled count, and how many picks are
 * wrong where the gold source is no relative pronoun (the finder gives a relative pronoun's
 * antecedent on purpose, where PolNeAR marks "who"). Costs about a minute, so it runs only when
 * asked: {@code -Dquotekit.sourceCv=true}, or a file name to write every pick to (fold, right or
 * wrong, article, pick, gold, sentence; tab-separated), e.g. {@code mvn -pl eval -am test
 * -Dtest=SourceRankerCrossValidationTest -Dsurefire.failIfNoSpecifiedTests=false
 * -Dquotekit.sourceCv=/tmp/source-cv.tsv}.
 */
class SourceRankerCrossValidationTest {
  private static final int FOLDS = 5;
  private static final Set<String> RELATIVES = Set.of("who", "which", "that", "whose", "whom");

  @Test
  void crossValidatesTheSourceRankerOnTrain() throws IOException {
    String asked = System.getProperty("quotekit.sourceCv");
    assumeTrue(asked != null, "the source ranker's cross-validation runs with "
        + "-Dquotekit.sourceCv=true (or a file for the picks)");
    List<GoldArticle> all = new ArrayList<>(PolnearCorpus.read(
        PolnearDev.trainDir("the source ranker's cross-validation")));
    all.sort(Comparator.comparing(GoldArticle::id));
    CueLexicon lexicon = CueLexicon.englishNews();
    List<List<SourceModelTrainer.Cue>> folds = new ArrayList<>();
    for (int k = 0; k < FOLDS; k++) {
      folds.add(new ArrayList<>());
    }
    for (int i = 0; i < all.size(); i++) {
      SourceModelTrainer.cues(List.of(all.get(i)), lexicon, folds.get(i % FOLDS)::add);
    }
    int right = 0;
    int count = 0;
    int wrongNotRelative = 0;
    try (PrintWriter picks = asked.equals("true") ? null
        : new PrintWriter(Files.newBufferedWriter(Path.of(asked)))) {
      for (int k = 0; k < FOLDS; k++) {
        LearnedSourceFinder finder = new LearnedSourceFinder(trainedWithout(folds, k, lexicon),
            new SourceFeatures());
        int foldRight = 0;
        for (SourceModelTrainer.Cue c : folds.get(k)) {
          Span pick = finder.pick(c.article(), c.toks(), c.candidates(), c.grammar())
              .orElse(null);
          boolean ok = c.overlaps(pick);
          Span gold = c.gold().get(0);
          foldRight += ok ? 1 : 0;
          wrongNotRelative += ok || RELATIVES.contains(gold.text().toLowerCase(Locale.ROOT))
              ? 0 : 1;
          if (picks != null) {
            String text = c.article().text();
            picks.printf("%d\t%s\t%s\t%s\t%s\t%s%n", k, ok ? "right" : "wrong",
                c.article().article().id(), pick == null ? "-" : pick.text(), gold.text(),
                text.substring(c.toks().get(0).start(), c.toks().get(c.toks().size() - 1)
                    .end()).replace('\n', ' '));
          }
        }
        System.out.printf(Locale.ROOT, "source ranker, fold %d: right %d of %d%n", k,
            foldRight, folds.get(k).size());
        right += foldRight;
        count += folds.get(k).size();
      }
    }
    System.out.printf(Locale.ROOT, "source ranker, five folds of train: right %d of %d (%.4f); "
        + "wrong where the gold source is no relative pronoun: %d%n", right, count,
        (double) right / count, wrongNotRelative);
    assertThat(count).isPositive();
  }

  /** A ranker trained as {@link SourceModelTrainer} trains one, on every fold but {@code k}. */
  private static SourceModel trainedWithout(List<List<SourceModelTrainer.Cue>> folds, int k,
      CueLexicon lexicon) {
    List<ListwiseTrainer.Group> groups = new ArrayList<>();
    for (int j = 0; j < folds.size(); j++) {
      if (j == k) {
        continue;
      }
      folds.get(j).forEach(c -> groups.add(SourceModelTrainer.group(c)));
    }
    return new SourceModel(new SourceModelTrainer(lexicon).ranker(groups));
  }
}
