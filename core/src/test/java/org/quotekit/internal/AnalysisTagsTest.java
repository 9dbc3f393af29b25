package org.quotekit.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.quotekit.Article;
import org.quotekit.spi.Sentence;

/** The corrections {@link Analysis#tags} makes to the tagger's guesses. */
class AnalysisTagsTest {

  private static List<String> firstSentenceTags(String text) {
    Analysis a = new Analysis(Article.of("t", text), NlpModels.get());
    Sentence first = a.sentences().get(0);
    return a.tags(first);
  }

  @Test
  void anUnknownCapitalisedWordTaggedAsAFunctionWordIsAName() {
    // The tagger reads an unknown surname opening a sentence as a subordinating conjunction.
    assertThat(NlpModels.get().taggerKnows("haas")).isFalse();

    assertThat(firstSentenceTags("Haas promised to freeze rents for two years if elected."))
        .startsWith("PROPN", "VERB");
  }

  @Test
  void knownFunctionWordsKeepTheirTags() {
    assertThat(NlpModels.get().taggerKnows("if")).isTrue();

    assertThat(firstSentenceTags("If the vote fails, the council will meet again."))
        .startsWith("SCONJ");
    assertThat(firstSentenceTags("Because of the storm, the port closed.")).startsWith("ADP");
    assertThat(firstSentenceTags("They said the port closed.")).startsWith("PRON");
  }
}
