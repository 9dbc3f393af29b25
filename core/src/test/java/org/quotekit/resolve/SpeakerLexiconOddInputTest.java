package org.quotekit.resolve;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Odd lexicon lines fail with an {@link IllegalArgumentException} naming the line. */
class SpeakerLexiconOddInputTest {

  @ParameterizedTest
  @ValueSource(strings = {"org _", "org __", "place new__york", "first _ f", "honorific _mr m"})
  void entryWithAnEmptyWordFailsNamingTheLine(String line) {
    assertThatThrownBy(() -> SpeakerLexicon.englishNews().withEntries("org bundestag", line))
        .isExactlyInstanceOf(IllegalArgumentException.class)
        .hasMessageStartingWith(
            "the added entries line 2: an entry must be words joined by single _");
  }

  @ParameterizedTest
  @ValueSource(strings = {"_", "|", "org", "org a|b c", "first kelly |"})
  void malformedLineFailsNamingIt(String line) {
    assertThatThrownBy(() -> SpeakerLexicon.englishNews().withEntries(line))
        .isExactlyInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("line 1");
  }
}
