package org.quotekit.train;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.quotekit.Article;
import org.quotekit.Span;
import org.quotekit.eval.GoldArticle;
import org.quotekit.eval.GoldAttribution;
import org.quotekit.internal.Analysis;
import org.quotekit.internal.NlpModels;
import org.quotekit.rules.CueLexicon;
import org.quotekit.spi.QuoteCandidate;

/**
 * The rules' reading of each gold cue, the content trainer's stacking features: found at the
 * cue's head (its verb), also for a cue the lexicon lacks, and none where no pattern fits.
 */
class RuleOpinionsTest {
  private static final CueLexicon LEXICON = CueLexicon.englishNews();

  @Test
  void theRulesReadEachGoldCueAtItsVerb() {
    String text = "Ada Park has said that the budget was too small. Ben Ross opined that taxes "
        + "should fall. The door of the old house opened.";
    GoldAttribution said = attribution(text, "has said", "the budget was too small");
    GoldAttribution opined = attribution(text, "opined", "taxes should fall");
    GoldAttribution opened = attribution(text, "opened", "The door");
    Analysis a = new Analysis(Article.of("r", text), NlpModels.get());
    RuleOpinions rules = new RuleOpinions(a, new GoldArticle("r", text,
        List.of(said, opined, opened)), LEXICON);

    GoldCue saidCue = GoldCue.locate(a, said, LEXICON);
    assertThat(a.tokens(saidCue.sentence()).get(saidCue.head()).text()).isEqualTo("said");
    QuoteCandidate r = rules.at(saidCue.sentence(), saidCue.head());
    assertThat(r.parts()).extracting(Span::text).containsExactly("the budget was too small");
    assertThat(r.source().text()).isEqualTo("Ada Park");

    GoldCue opinedCue = GoldCue.locate(a, opined, LEXICON);
    assertThat(rules.at(opinedCue.sentence(), opinedCue.head()).parts()).extracting(Span::text)
        .containsExactly("taxes should fall");

    GoldCue openedCue = GoldCue.locate(a, opened, LEXICON);
    assertThat(rules.at(openedCue.sentence(), openedCue.head())).isNull();
  }

  private static GoldAttribution attribution(String text, String cue, String content) {
    int c = text.indexOf(cue);
    int s = text.indexOf(content);
    return new GoldAttribution("E" + c, List.of(Span.of(text, s, s + content.length())),
        List.of(Span.of(text, c, c + cue.length())), List.of());
  }
}
