package org.quotekit.train;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.quotekit.Article;
import org.quotekit.Span;
import org.quotekit.eval.GoldAttribution;
import org.quotekit.internal.Analysis;
import org.quotekit.internal.NlpModels;
import org.quotekit.rules.CueLexicon;
import org.quotekit.spi.Token;

/**
 * A gold cue is placed over every token of its spans, and as the cue detector would mark it:
 * from its head over the lexicon's entry, so that training sees the tokens the detector leaves
 * outside the cue.
 */
class GoldCueTest {
  private static final CueLexicon LEXICON = CueLexicon.englishNews();

  @Test
  void anAuxiliaryInTheGoldCueIsLeftOutOfTheDetectedCue() {
    String text = "Ada Park has blasted the plan for the new bridge.";
    Analysis a = new Analysis(Article.of("g", text), NlpModels.get());
    GoldCue located = GoldCue.locate(a, gold(text, "has blasted", "the plan for the new bridge"),
        LEXICON);
    List<Token> toks = a.tokens(located.sentence());
    assertThat(toks.get(located.first()).text()).isEqualTo("has");
    assertThat(toks.get(located.last()).text()).isEqualTo("blasted");

    GoldCue detected = located.detected(a, LEXICON);
    assertThat(toks.get(detected.first()).text()).isEqualTo("blasted");
    assertThat(detected.last()).isEqualTo(detected.first());
    assertThat(detected.lemma()).isEqualTo(LEXICON.verbEntry("blasted").lemma());
  }

  @Test
  void aMultiWordEntryOfTheLexiconStaysWhole() {
    String text = "According to the report, the bridge will reopen in May.";
    Analysis a = new Analysis(Article.of("g", text), NlpModels.get());
    GoldCue detected = GoldCue.locate(a, gold(text, "According to",
        "the bridge will reopen in May"), LEXICON).detected(a, LEXICON);
    List<Token> toks = a.tokens(detected.sentence());
    assertThat(toks.subList(detected.first(), detected.last() + 1)).extracting(Token::text)
        .containsExactly("According", "to");
  }

  private static GoldAttribution gold(String text, String cue, String content) {
    int c = text.indexOf(cue);
    int b = text.indexOf(content);
    return new GoldAttribution("E1", List.of(Span.of(text, b, b + content.length())),
        List.of(Span.of(text, c, c + cue.length())), List.of());
  }
}
