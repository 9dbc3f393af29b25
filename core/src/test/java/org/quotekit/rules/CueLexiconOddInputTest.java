package org.quotekit.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.quotekit.QuoteExtractor;

/**
 * Lexicon text is input: odd lines fail with an {@link IllegalArgumentException} naming the line
 * (or the lemma or pattern), never with an index exception.
 */
class CueLexiconOddInputTest {

  @ParameterizedTest
  @ValueSource(strings = {"verb _", "verb __", "verb _say", "verb say_", "verb point__out",
      "verb say _", "noun statement a__b", "prep according_to _"})
  void entryWithAnEmptyWordFailsNamingTheLine(String line) {
    assertThatThrownBy(() -> CueLexicon.parse("# cues\nverb say said\n" + line, "my.txt"))
        .isExactlyInstanceOf(IllegalArgumentException.class)
        .hasMessageStartingWith("my.txt:3: an entry must be words joined by single _");
  }

  @ParameterizedTest
  @ValueSource(strings = {"not say |", "not say a||b", "not say a|", "not * up except |",
      "not say up unless |of"})
  void negativePatternWithAnEmptyAlternativeFailsNamingTheLine(String line) {
    assertThatThrownBy(() -> CueLexicon.parse("verb say said\n" + line, "my.txt"))
        .isExactlyInstanceOf(IllegalArgumentException.class)
        .hasMessageStartingWith("my.txt:2: empty alternative in ");
  }

  @Test
  void anUnknownKindListsEveryKindALineMayHave() {
    assertThatThrownBy(() -> CueLexicon.parse("verb say said\nbogus x", "my.txt"))
        .isExactlyInstanceOf(IllegalArgumentException.class)
        .hasMessage("my.txt:2: unknown kind bogus; expected one of [VERB, TELL, NOUN, PREP] or"
            + " not");
  }

  @ParameterizedTest
  @ValueSource(strings = {"not", "not |", "not _ up", "not __ up", "not say up except"})
  void malformedNegativePatternFailsNamingTheLine(String line) {
    assertThatThrownBy(() -> CueLexicon.parse(line, "my.txt"))
        .isExactlyInstanceOf(IllegalArgumentException.class)
        .hasMessageStartingWith("my.txt:1: ");
  }

  @Test
  void repeatedAlternativeIsNotAnError() {
    CueLexicon l = CueLexicon.parse("verb say said\nnot say up|up", "my.txt");

    assertThat(l.exclusions()).singleElement()
        .satisfies(e -> assertThat(e.next()).containsExactly("up"));
  }

  @Test
  void veryLongLinesParseOrFailNamingTheLine() {
    String longWord = "a".repeat(100_000);
    assertThat(CueLexicon.parse("verb " + longWord, "my.txt").startingWith(longWord)).hasSize(1);
    assertThat(CueLexicon.parse("verb say " + "said ".repeat(20_000), "my.txt")
        .startingWith("said")).hasSize(1);
    assertThatThrownBy(() -> CueLexicon.parse("verb say " + "_".repeat(100_000), "my.txt"))
        .isExactlyInstanceOf(IllegalArgumentException.class)
        .hasMessageStartingWith("my.txt:1: an entry must be words joined by single _, not \"___")
        .hasMessageEndingWith("...\"");
  }

  @ParameterizedTest
  @ValueSource(strings = {"_", "__", "_grumble", "grumble_", "hit__back"})
  void oddReportingVerbFailsNamingTheLemma(String lemma) {
    assertThatThrownBy(() -> CueLexicon.englishNews().withVerbs(lemma))
        .isExactlyInstanceOf(IllegalArgumentException.class)
        .hasMessageStartingWith("verb lemma \"" + lemma + "\": an entry must be words joined");
    QuoteExtractor.Builder b = QuoteExtractor.builder().addReportingVerbs(lemma);
    assertThatThrownBy(b::build)
        .isExactlyInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("\"" + lemma + "\"");
  }

  @ParameterizedTest
  @ValueSource(strings = {"* up except |", "say a||b", "_ up", "|"})
  void oddExclusionFailsNamingThePattern(String pattern) {
    assertThatThrownBy(() -> CueLexicon.englishNews().withExclusions(pattern))
        .isExactlyInstanceOf(IllegalArgumentException.class)
        .hasMessageStartingWith("exclusion \"" + pattern + "\": ");
  }
}
