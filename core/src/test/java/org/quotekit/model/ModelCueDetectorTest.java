package org.quotekit.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.quotekit.Article;
import org.quotekit.internal.Analysis;
import org.quotekit.internal.NlpModels;
import org.quotekit.rules.CueLexicon;
import org.quotekit.rules.CueMatch;

/**
 * A reporting word the lexicon knows is a cue next to a quotation even when the cue model gives
 * it little probability; elsewhere the model decides.
 */
class ModelCueDetectorTest {
  private static final CueLexicon LEXICON = CueLexicon.englishNews();
  /** A cue model that finds every token unlikely to be a cue. */
  private static final CueModel DOUBTFUL = new CueModel(new FakeMaxent(CueModel.CUE,
      CueModel.OTHER, context -> 0.01));

  @Test
  void aLexiconVerbNextToAQuotationIsACue() {
    assertThat(cues("\"We will win the vote,\" the senator joked.")).containsExactly("joked");
    assertThat(cues("The senator joked, \"We will win the vote.\"")).containsExactly("joked");
  }

  @Test
  void awayFromAQuotationTheModelDecides() {
    assertThat(cues("The senator joked about the weather before the vote.")).isEmpty();
  }

  private static List<String> cues(String text) {
    Analysis a = new Analysis(Article.of("c", text), NlpModels.get());
    ModelCueDetector detector = new ModelCueDetector(DOUBTFUL, LEXICON, 0.2);
    return a.sentences().stream().flatMap(s -> detector.detect(a, s).stream()
        .map((CueMatch m) -> a.tokens(s).get(m.first()).text())).toList();
  }
}
