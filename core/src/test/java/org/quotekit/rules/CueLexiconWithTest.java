package org.quotekit.rules;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class CueLexiconWithTest {
  @Test
  void addsTheOtherLexiconsEntriesAndExclusionsToThePreset() {
    CueLexicon preset = CueLexicon.englishNews();
    CueLexicon mine = CueLexicon.parse("verb mumble\nverb say said\nnot mumble to\n", "mine.txt");
    CueLexicon both = preset.with(mine);
    assertThat(preset.lemmaOf("mumbled")).isEmpty();
    assertThat(both.lemmaOf("mumbled")).hasValue("mumble");
    assertThat(both.lemmaOf("said")).hasValue("say");
    assertThat(both.startingWith("said")).hasSameSizeAs(preset.startingWith("said"));
    assertThat(both.exclusions()).hasSize(preset.exclusions().size() + 1);
    assertThat(both.exclusions().get(both.exclusions().size() - 1).lemma()).isEqualTo("mumble");
  }
}
