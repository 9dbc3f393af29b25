package org.quotekit.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.quotekit.Article;
import org.quotekit.spi.Sentence;
import org.quotekit.spi.Token;

/** The tokens {@link Analysis} gives: every one a whole number of characters of the text. */
class AnalysisTokensTest {

  @Test
  void noTokenEndsBetweenTheHalvesOfASurrogatePair() {
    // A lone low surrogate before a pair made the tokenizer model cut the pair in two, and the
    // speaker resolver then named a speaker by a span that split it (jqwik seed
    // 455397664535221717 of ExtractionPropertiesTest, under the model extractor).
    String text = "Smithsaid says\uDE6C\uD94E\uDEA1\"e.g. it rained, he said.";
    Analysis a = new Analysis(Article.of("t", text), NlpModels.get());

    int tokens = 0;
    for (Sentence s : a.sentences()) {
      for (Token t : a.tokens(s)) {
        tokens++;
        assertThat(splits(text, t.start()) || splits(text, t.end()))
            .as("token %d-%d", t.start(), t.end()).isFalse();
      }
    }
    assertThat(tokens).isGreaterThan(5);
  }

  @Test
  void aDashWrittenCloseBetweenWordsIsATokenOfItsOwn() {
    assertThat(words("He was endorsed by the Harbour Gazette\u2014he said so\u2013twice, in"
        + " 2010\u20132012.")).containsSubsequence("Gazette", "\u2014", "he", "said", "so",
            "\u2013", "twice").containsSubsequence("2010", "\u2013", "2012");
    assertThat(words("A well-known critic spoke.")).contains("well-known"); // a hyphen joins
  }

  /**
   * A number with thousands separators is one word wherever it stands: the tokenizer model cuts
   * some of them before a comma or full stop ("61" and ",000"), which ended a quote's content at
   * "61" in "totaled 61,000, the bureau said".
   */
  @Test
  void aNumberWithThousandsSeparatorsIsOneWord() {
    assertThat(words("Revisions totaled 61,000, the bureau said. Sales rose to 61,500."))
        .contains("61,000", "61,500").doesNotContain("61", ",000", ",500");
    assertThat(words("Prices rose 4, 5 and 6 per cent.")).contains("4", ",", "5");
  }

  /**
   * A quotation mark the tokenizer model never saw ("\u201E", guillemets) is a token of its own,
   * as a straight one is, and a closing bracket is never part of the word before it: "\u201EWe"
   * was one token, and a quotation lost its first word.
   */
  @Test
  void everyQuotationMarkAndAClosingBracketStandApart() {
    assertThat(words("\u201EWe stay,\u201D she said. \u00ABWe go,\u00BB he said."))
        .containsSubsequence("\u201E", "We", "stay").containsSubsequence("\u00AB", "We", "go",
            ",", "\u00BB");
    assertThat(words("The union (Tilsyn Forbund, TF) said so.")).containsSubsequence("TF", ")")
        .doesNotContain("TF)");
  }

  /** An age is one word; other words opening with a number are left to the tokenizer model. */
  @Test
  void anAgeIsOneWord() {
    assertThat(words("\"We will see,\" the 54-year-old said. An 18-month-old slept."))
        .contains("54-year-old", "18-month-old");
    // the tokenizer model splits "30-minute", as it did for the text the models learnt from
    assertThat(words("They took 30-minute drives.")).doesNotContain("30-minute")
        .contains("minute");
  }

  /** A speaker label's colon is a token of its own, whatever the word before it. */
  @Test
  void aColonAfterAWordIsATokenOfItsOwn() {
    assertThat(words("RAJ: Thanks for having me.\n\nMEI: It was a pleasure, Raj."))
        .containsSubsequence("RAJ", ":", "Thanks").containsSubsequence("MEI", ":", "It");
    assertThat(words("The meeting starts at 10:30 sharp.")).contains("10:30");
  }

  private static List<String> words(String text) {
    Analysis a = new Analysis(Article.of("t", text), NlpModels.get());
    List<String> words = new ArrayList<>();
    for (Sentence s : a.sentences()) {
      a.tokens(s).forEach(t -> words.add(t.text()));
    }
    return words;
  }

  private static boolean splits(String text, int i) {
    return i > 0 && i < text.length() && Character.isHighSurrogate(text.charAt(i - 1))
        && Character.isLowSurrogate(text.charAt(i));
  }
}
