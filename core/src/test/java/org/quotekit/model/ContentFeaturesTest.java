package org.quotekit.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.quotekit.Article;
import org.quotekit.QuoteType;
import org.quotekit.Span;
import org.quotekit.internal.Analysis;
import org.quotekit.internal.NlpModels;
import org.quotekit.rules.CueLexicon;
import org.quotekit.spi.QuoteCandidate;
import org.quotekit.spi.Sentence;
import org.quotekit.spi.Token;

/**
 * The content labeller's features read where the rule patterns' content lies relative to each
 * token, outwards from the cue (stacking), and say so when no pattern fits.
 */
class ContentFeaturesTest {
  private static final String TEXT = "Ada Park said the budget was too small, which angered Ben.";

  @Test
  void tokensKnowWhereTheRuleContentLies() {
    Analysis a = new Analysis(Article.of("f", TEXT), NlpModels.get());
    int start = TEXT.indexOf("the budget");
    int end = TEXT.indexOf(',');
    QuoteCandidate rule = new QuoteCandidate(QuoteType.INDIRECT,
        List.of(Span.of(TEXT, start, end)), null, null, 0.9, "indirect-after-cue");
    String[][] f = features(a, rule);
    List<Token> toks = a.tokens(a.sentences().get(0));
    assertThat(f[index(toks, "Park")]).contains("rel=Lempty");
    assertThat(f[index(toks, "the")]).contains("rel=Rfirst", "relr=Rfirstindirect-after-cue");
    assertThat(f[index(toks, "budget")]).contains("rel=Rin");
    assertThat(f[index(toks, "small")]).contains("rel=Rlast");
    assertThat(f[index(toks, ",")]).contains("rel=Rnext", "relw=Rnext,");
    assertThat(f[index(toks, "which")]).contains("rel=Rafter", "relw=Rafterwhich");
  }

  @Test
  void theBundledModelGivesTheSameNumbersLinkedAsFromItsContexts() throws Exception {
    ContentModel model = ContentModel.bundled();
    Analysis a = new Analysis(Article.of("f", TEXT), NlpModels.get());
    String[][] f = features(a, null);
    int compared = 0;
    for (String[] base : f) {
      if (base == null) {
        continue;
      }
      for (int prev = 0; prev < 3; prev++) {
        assertThat(model.probabilities(model.link(base), prev)).containsExactly(
            model.probabilities(ContentFeatures.withPrevious(base, ContentModel.LABELS.get(prev))));
        compared++;
      }
      // both previous labels side by side, and each alone, give the same numbers
      double[] afterBefore = new double[3];
      double[] afterIn = new double[3];
      model.probabilities(model.link(base), afterBefore, afterIn);
      assertThat(afterBefore).containsExactly(model.probabilities(model.link(base), 0));
      assertThat(afterIn).containsExactly(model.probabilities(model.link(base), 1));
      double[] alone = new double[3];
      model.probabilities(model.link(base), null, alone);
      assertThat(alone).containsExactly(afterIn);
      model.probabilities(model.link(base), alone, null);
      assertThat(alone).containsExactly(afterBefore);
    }
    assertThat(compared).isGreaterThan(30);
  }

  @Test
  void theMarkovModelAndTheFieldScoredTogetherGiveTheNumbersOfEachAlone() throws Exception {
    ContentModel model = ContentModel.bundled();
    assertThat(model.hasField()).as("the bundled model has a random field").isTrue();
    Analysis a = new Analysis(Article.of("f", TEXT), NlpModels.get());
    int compared = 0;
    for (String[] base : features(a, null)) {
      if (base == null) {
        continue;
      }
      ContentModel.Linked token = model.link(base);
      double[] afterBefore = new double[3];
      double[] afterIn = new double[3];
      model.probabilities(token, afterBefore, afterIn);
      double[] fieldBefore = new double[3];
      double[] fieldIn = new double[3];
      model.potentials(token, fieldBefore, fieldIn);
      double[][] together = new double[4][3];
      model.scores(token, together[0], together[1], together[2], together[3]);
      assertThat(together[0]).containsExactly(afterBefore);
      assertThat(together[1]).containsExactly(afterIn);
      assertThat(together[2]).containsExactly(fieldBefore);
      assertThat(together[3]).containsExactly(fieldIn);
      // after IN not wanted (the first token): the after-BEFORE numbers alone, the same
      double[][] first = new double[2][3];
      model.scores(token, first[0], null, first[1], null);
      assertThat(first[0]).containsExactly(afterBefore);
      assertThat(first[1]).containsExactly(fieldBefore);
      compared++;
    }
    assertThat(compared).isGreaterThan(10);
  }

  @Test
  void theHashesAreThoseOfTheFeatureStringsInTheSameOrder() {
    Analysis a = new Analysis(Article.of("f", TEXT), NlpModels.get());
    int start = TEXT.indexOf("the budget");
    QuoteCandidate rule = new QuoteCandidate(QuoteType.INDIRECT,
        List.of(Span.of(TEXT, start, TEXT.indexOf(','))), null, null, 0.9, "indirect-after-cue");
    Sentence s = a.sentences().get(0);
    List<Token> toks = a.tokens(s);
    int cue = index(toks, "said");
    String[][] f = features(a, rule);
    long[][] h = new ContentFeatures(CueLexicon.englishNews()).hashes(a, toks, a.tags(s), cue,
        cue, "say", rule);
    assertThat(h.length).isEqualTo(f.length);
    for (int k = 0; k < f.length; k++) {
      if (f[k] == null) {
        assertThat(h[k]).as("token %d", k).isNull();
        continue;
      }
      long[] expected = new long[f[k].length];
      for (int i = 0; i < expected.length; i++) {
        expected[i] = FeatureSink.hash(f[k][i]);
      }
      assertThat(h[k]).as("token %d", k).containsExactly(expected);
    }
  }

  @Test
  void withoutARuleEveryTokenSaysNone() {
    Analysis a = new Analysis(Article.of("f", TEXT), NlpModels.get());
    String[][] f = features(a, null);
    List<Token> toks = a.tokens(a.sentences().get(0));
    assertThat(f[index(toks, "Ada")]).contains("rel=Lnone");
    assertThat(f[index(toks, "budget")]).contains("rel=Rnone");
  }

  @Test
  void tokensBeforeTheCueSeeWhatFollowsIt() {
    // "A, she said, B": the comma after the cue tells the tokens before it that content may lie
    // on both sides; "she said "B."" puts a quotation after it
    String text = "The plan, she said, was too small.";
    assertThat(featuresOf(text, "plan")).contains("x=L,AUX", "xc=L,AUX1");
    assertThat(featuresOf(text, "small")).contains("x=Rshe,");
    assertThat(featuresOf("Then she said, \"It is small.\"", "Then")).contains("x=L,\"");
  }

  @Test
  void aSubordinateCueClauseIsAFeatureOfTheTokensAfterIt() {
    assertThat(featuresOf("While Ada said the plan failed, Ben left.", "Ben"))
        .contains("sub=Rwhile1");
    assertThat(featuresOf("Ada said the plan failed, and Ben left.", "plan"))
        .contains("sub=R-0");
  }

  @Test
  void tokensSeeTheNextOpenerAndStopOutwards() {
    // "urged the judge to act": the "to" ahead tells "the judge" it is the cue's object
    String text = "Ada said the judge to act on Monday, Ben said.";
    assertThat(featuresOf(text, "the")).contains("nxo=Rto2", "nxol=Rtosay");
    assertThat(featuresOf(text, "act")).contains("nxo=Ron1", "nxs=R,3-");
    assertThat(featuresOf(text, "judge")).contains("nxs=R,4-6v");
  }

  /** The features of the first token {@code word} of {@code text}, for its first "said". */
  private static String[] featuresOf(String text, String word) {
    Analysis a = new Analysis(Article.of("f", text), NlpModels.get());
    return features(a, null)[index(a.tokens(a.sentences().get(0)), word)];
  }

  private static String[][] features(Analysis a, QuoteCandidate rule) {
    Sentence s = a.sentences().get(0);
    List<Token> toks = a.tokens(s);
    int cue = index(toks, "said");
    return new ContentFeatures(CueLexicon.englishNews()).features(a, toks, a.tags(s), cue, cue,
        "say", rule);
  }

  private static int index(List<Token> toks, String word) {
    for (int i = 0; i < toks.size(); i++) {
      if (toks.get(i).text().equals(word)) {
        return i;
      }
    }
    throw new AssertionError("no token " + word);
  }
}
