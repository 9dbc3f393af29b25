package org.quotekit.claims;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.quotekit.Stance;
import org.quotekit.claims.ClaimLexicon.Words;

class ClaimLexiconTest {

  @Test
  void readsStancesAndWordListsWithCommentsAndMultiWordEntries() {
    ClaimLexicon l = ClaimLexicon.parse("""
        # a comment
        denies deny rebuff   # rebuffed
        asserts according_to
        unit per_cent %
        negation never
        """, "test.txt");

    assertThat(l.stanceOf("rebuff")).isEqualTo(Stance.DENIES);
    assertThat(l.stanceOf("According to")).isEqualTo(Stance.ASSERTS);
    assertThat(l.stanceOf("mumble")).isEqualTo(Stance.ASSERTS);
    assertThat(l.stanceOf(null)).isEqualTo(Stance.ASSERTS);
    assertThat(l.is(Words.NEGATION, "never")).isTrue();
    assertThat(l.is(Words.HEDGE, "never")).isFalse();
    assertThat(l.units()).containsExactly(List.of("per", "cent"), List.of("%"));
  }

  @Test
  void malformedLinesNameTheSourceAndLine() {
    assertThatThrownBy(() -> ClaimLexicon.parse("asserts say\nshouts yell\n", "x.txt"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("x.txt:2").hasMessageContaining("shouts");
    assertThatThrownBy(() -> ClaimLexicon.parse("hedge\n", "x.txt"))
        .hasMessageContaining("x.txt:1").hasMessageContaining("KIND WORD");
    assertThatThrownBy(() -> ClaimLexicon.parse("asserts deny\ndenies deny\n", "x.txt"))
        .hasMessageContaining("x.txt:2").hasMessageContaining("deny")
        .hasMessageContaining("ASSERTS");
  }

  @Test
  void theEnglishNewsLexiconCoversEveryStanceAndWordList() {
    ClaimLexicon l = ClaimLexicon.englishNews();
    assertThat(l.stanceOf("deny")).isEqualTo(Stance.DENIES);
    assertThat(l.stanceOf("speculate")).isEqualTo(Stance.HEDGES);
    assertThat(l.stanceOf("ask")).isEqualTo(Stance.ASKS);
    assertThat(l.stanceOf("pledge")).isEqualTo(Stance.PROMISES);
    assertThat(l.stanceOf("caution")).isEqualTo(Stance.WARNS);
    assertThat(l.stanceOf("point out")).isEqualTo(Stance.ASSERTS);
    assertThat(l.is(Words.HEDGE, "might")).isTrue();
    assertThat(l.hasNegativeSuffix("won’t")).isTrue();
    assertThat(l.hasNegativeSuffix("n't")).isFalse();
    assertThat(l.is(Words.STARTER, "the")).isTrue();
  }
}
