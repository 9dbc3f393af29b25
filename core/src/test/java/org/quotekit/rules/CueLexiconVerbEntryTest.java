package org.quotekit.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class CueLexiconVerbEntryTest {
  @Test
  void aOneWordVerbEntryTakesTheLexiconsLemmaOrTheWordItself() {
    CueLexicon lexicon = CueLexicon.englishNews();

    assertThat(lexicon.verbEntry("Said")).isEqualTo(
        new CueLexicon.Entry(List.of("said"), "say", CueLexicon.Kind.VERB));
    assertThat(lexicon.verbEntry("Mumbled")).isEqualTo(
        new CueLexicon.Entry(List.of("mumbled"), "mumbled", CueLexicon.Kind.VERB));
  }
}
