package org.quotekit.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.quotekit.Article;
import org.quotekit.internal.Analysis;
import org.quotekit.internal.NlpModels;
import org.quotekit.rules.CueLexicon;
import org.quotekit.spi.Sentence;
import org.quotekit.spi.Token;

/** The context features of the cue classifier. */
class CueFeaturesTest {
  private final CueFeatures features = new CueFeatures(CueLexicon.englishNews());

  @Test
  void formsOfAWordShareAStem() {
    assertThat(CueFeatures.stem("underscores")).isEqualTo(CueFeatures.stem("underscored"))
        .isEqualTo("underscor");
    assertThat(CueFeatures.stem("warning")).isEqualTo(CueFeatures.stem("warns"))
        .isEqualTo("warn");
    assertThat(CueFeatures.stem("insisted")).isEqualTo(CueFeatures.stem("insist"));
    assertThat(CueFeatures.stem("says")).isEqualTo("say");
    assertThat(CueFeatures.stem("press")).isEqualTo("press");
    assertThat(CueFeatures.stem("is")).isEqualTo("is");
  }

  @Test
  void aRareReportingVerbSharesItsWordNetClassAndFrameWithTheCommonOnes() {
    Analysis a = analyse("The mayor underscored that the budget was balanced, and the river "
        + "flooded the fields.");
    assertThat(features(a, "underscored", -1)).contains("wn1=verb.communication", "wnf=c",
        "wnfrt=c,that");
    assertThat(features(a, "flooded", -1)).doesNotContain("wn1=verb.communication",
        "wnf=c");
    assertThat(features(a, "budget", -1)).contains("wn1=noun.possession");
  }

  @Test
  void aQuotationInTheSentenceIsSeenOnItsSide() {
    Analysis a = analyse("Ada Park said on Monday that her team was \"ready to go\" and would win.");
    assertThat(features(a, "said", -1)).contains("sq=falsetrue");
    assertThat(features(a, "win", -1)).contains("sq=truefalse");
  }

  @Test
  void theDistanceToThePreviousCueIsAFeature() {
    Analysis a = analyse("Officials said the mayor believes voters will agree with the new plan.");
    int said = index(a, "said");
    assertThat(features(a, "believes", -1)).contains("pc=none");
    assertThat(features(a, "believes", said)).contains("pc=near").doesNotContain("pc=none");
    assertThat(features(a, "agree", said)).contains("pc=mid");
  }

  @Test
  void whatLiesBetweenThePreviousCueAndTheWordIsAFeature() {
    Analysis a = analyse("Rita Moss said that the mayor believes the vote was fair, adding that "
        + "critics \"will complain\" and argue about it for a year or two at most.");
    int said = index(a, "said");
    assertThat(features(a, "believes", said)).contains("pcb=that", "pcbd=that,mid",
        "pcbl=that,believe");
    assertThat(features(a, "adding", index(a, "believes"))).contains("pcb=comma",
        "pcbd=comma,mid");
    assertThat(features(a, "argue", index(a, "adding"))).contains("pcb=quote");
    assertThat(features(a, "mayor", said)).contains("pcb=that");
    assertThat(features(a, "believes", -1)).contains("pcb=none", "pcbl=none,believe");
    assertThat(features(a, "vote", said)).contains("pcb=that");
    assertThat(features(a, "year", said)).contains("pcb=far");
    Analysis b = analyse("Rita Moss said the mayor believes it.");
    assertThat(features(b, "believes", index(b, "said"))).contains("pcb=plain");
  }

  @Test
  void everyProperNounOfAHeadlineIsACandidate() {
    Analysis headline = analyse("Harbor Council Approves New Ferry Schedule For Winter Months");
    Analysis capitals = analyse("HARBOR COUNCIL APPROVES NEW FERRY SCHEDULE");
    Analysis sentence = analyse("Ada Park approved the ferry schedule in Portmouth last week.");
    assertThat(CueFeatures.headline(tokens(headline))).isTrue();
    assertThat(CueFeatures.headline(tokens(capitals))).isTrue();
    assertThat(CueFeatures.headline(tokens(sentence))).isFalse();
    assertThat(CueFeatures.headline(tokens(analyse("Ada Park left.")))).isFalse();
    for (Analysis a : List.of(headline, capitals)) {
      List<String> tags = a.tags(a.sentences().get(0));
      int checked = 0;
      for (int i = 0; i < tags.size(); i++) {
        if (tags.get(i).equals("PROPN")) {
          assertThat(features.isCandidate(tokens(a), tags, i)).as(tokens(a).get(i).text())
              .isTrue();
          checked++;
        }
      }
      // the tagger reads most words of a headline as proper nouns: the loop checked some
      assertThat(checked).as("proper nouns in %s", tokens(a)).isGreaterThan(2);
    }
    List<String> tags = sentence.tags(sentence.sentences().get(0));
    int portmouth = index(sentence, "Portmouth");
    assertThat(tags.get(portmouth)).isEqualTo("PROPN");
    assertThat(features.isCandidate(tokens(sentence), tags, portmouth)).isFalse();
  }

  @Test
  void theFunctionWordAfterTheWordIsAFeature() {
    assertThat(features(analyse("Critics raised questions about the deal."), "questions", -1))
        .contains("n1x=about", "wn1=questions,word", "stem=question");
  }

  private static Analysis analyse(String text) {
    return new Analysis(Article.of("f", text), NlpModels.get());
  }

  /** The features of a word of the article's first sentence, given the previous cue's index. */
  private List<String> features(Analysis a, String word, int previous) {
    Sentence s = a.sentences().get(0);
    return List.of(features.features(a, a.tokens(s), a.tags(s), index(a, word), previous));
  }

  private static List<Token> tokens(Analysis a) {
    return a.tokens(a.sentences().get(0));
  }

  private static int index(Analysis a, String word) {
    List<Token> toks = a.tokens(a.sentences().get(0));
    for (int i = 0; i < toks.size(); i++) {
      if (toks.get(i).text().equals(word)) {
        return i;
      }
    }
    throw new AssertionError("no token " + word);
  }
}
