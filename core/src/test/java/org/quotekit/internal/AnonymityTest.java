package org.quotekit.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.quotekit.spi.Token;

/** Which verbs open the formula that keeps a source unnamed, on phrases written for the test. */
class AnonymityTest {

  @ParameterizedTest(name = "{0}")
  @CsvSource({
      "asked not to be named, asked, true",
      "declined to be identified, declined, true",
      "did not want to be quoted, want, true",
      "asked not to be named, named, true",
      "declined to give his full name, declined, true",
      "requested anonymity, requested, true",
      "spoke on condition of anonymity, spoke, true",
      "spoke on the condition of anonymity, spoke, true",
      "asked to be briefed, asked, false",
      "declined to comment, declined, false",
      "spoke on condition that talks go on, spoke, false",
      "was named chief executive, named, false"})
  void opensTheFormula(String phrase, String verb, boolean expected) {
    List<Token> toks = new ArrayList<>();
    int at = 0;
    for (String w : phrase.split(" ")) {
      toks.add(new Token(at, at + w.length(), w));
      at += w.length() + 1;
    }
    int i = toks.stream().map(Token::text).toList().indexOf(verb);
    assertThat(Anonymity.verbAt(toks, i)).isEqualTo(expected);
  }
}
