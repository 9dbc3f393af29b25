package org.quotekit.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.quotekit.Article;
import org.quotekit.spi.Sentence;

/** The sentences {@link Analysis} gives, where they differ from the sentence model's. */
class AnalysisSentencesTest {

  /**
   * A small number closing a sentence before a capital ends it, though the sentence model reads
   * it as a list number; a list item's number, a decimal and an abbreviation do not.
   */
  @Test
  void aNumberClosingASentenceBeforeACapitalEndsIt() {
    assertThat(sentences("Buses ran late on Route 7. Grace Adeyemi, who runs the depot, said"
        + " so. The tally was 6 to 3. Mayor Tom Reyes said it was final."))
        .containsExactly("Buses ran late on Route 7.",
            "Grace Adeyemi, who runs the depot, said so.", "The tally was 6 to 3.",
            "Mayor Tom Reyes said it was final.");
    assertThat(sentences("1. Welfare spending rose 4.5 percent. It cost $4. Nobody knew."))
        .containsExactly("1. Welfare spending rose 4.5 percent.", "It cost $4.",
            "Nobody knew.");
  }

  private static List<String> sentences(String text) {
    Analysis a = new Analysis(Article.of("t", text), NlpModels.get());
    return a.sentences().stream().map(Sentence::span).map(s -> s.text()).toList();
  }
}
