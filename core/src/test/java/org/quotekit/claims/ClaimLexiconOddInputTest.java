package org.quotekit.claims;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Odd lexicon lines fail with an {@link IllegalArgumentException} naming the line. */
class ClaimLexiconOddInputTest {

  @ParameterizedTest
  @ValueSource(strings = {"unit _", "unit __", "unit per__cent", "hedge _may", "negation not _"})
  void entryWithAnEmptyWordFailsNamingTheLine(String line) {
    assertThatThrownBy(() -> ClaimLexicon.parse("# claims\n" + line, "claims.txt"))
        .isExactlyInstanceOf(IllegalArgumentException.class)
        .hasMessageStartingWith("claims.txt:2: an entry must be words joined by single _");
  }

  @ParameterizedTest
  @ValueSource(strings = {"_", "|", "unit", "| x"})
  void malformedLineFailsNamingIt(String line) {
    assertThatThrownBy(() -> ClaimLexicon.parse(line, "claims.txt"))
        .isExactlyInstanceOf(IllegalArgumentException.class)
        .hasMessageStartingWith("claims.txt:1: ");
  }
}
