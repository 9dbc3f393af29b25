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

  /**
   * "No." before a number is the number sign ("the No. 3 bus"), no sentence end; elsewhere the
   * word "No." may end one.
   */
  @Test
  void theNumberSignBeforeANumberEndsNoSentence() {
    assertThat(sentences("Rider Tasha Bell, who takes the No. 3 bus to work, said she wanted"
        + " buses on time. Asked if she would drive, she said No. Buses ran late."))
        .containsExactly("Rider Tasha Bell, who takes the No. 3 bus to work, said she wanted"
            + " buses on time.", "Asked if she would drive, she said No.", "Buses ran late.");
  }

  /**
   * A title in capitals, as a transcript labels its speakers ("MR. PRUITT:"), keeps its period
   * and ends no sentence.
   */
  @Test
  void aTitleInCapitalsEndsNoSentence() {
    assertThat(sentences("MR. PRUITT: I do, Your Honor. DR. OKAFOR: We agree."))
        .containsExactly("MR. PRUITT: I do, Your Honor.", "DR. OKAFOR: We agree.");
  }

  /**
   * A paragraph longer than the sentence model reads at once is read in windows that end after a
   * sentence: every sentence of it is a sentence, not a cut of {@code MAX_SENTENCE} characters
   * that holds dozens of them (whose cues then share one sentence's budget).
   */
  @Test
  void aParagraphLongerThanOneWindowKeepsItsSentences() {
    StringBuilder text = new StringBuilder();
    int n = 0;
    while (text.length() < 2 * Analysis.MAX_MODEL_PARAGRAPH + 5_000) {
      text.append("Ana Ruiz said, \u201CWe will finish road number ").append(n++)
          .append(" this year,\u201D on Tuesday. ");
    }
    List<String> sentences = sentences(text.toString().strip());
    assertThat(sentences).hasSize(n).allSatisfy(s -> assertThat(s)
        .startsWith("Ana Ruiz said").endsWith("on Tuesday."));
  }

  /** A paragraph with no sentence end is still read in windows, cut at white space. */
  @Test
  void aLongParagraphWithNoSentenceEndIsCutAtWhiteSpace() {
    String text = "word ".repeat(Analysis.MAX_MODEL_PARAGRAPH / 2) + "end";
    List<String> sentences = sentences(text);
    assertThat(String.join(" ", sentences)).isEqualTo(text);
    assertThat(sentences).allSatisfy(s -> assertThat(s).doesNotStartWith(" ")
        .matches("(word )*(word|end)"));
  }

  /**
   * A clock time's "p.m." before a word that opens a sentence ends one; before a day or a name
   * it does not. A comma never ends a sentence ("by 10:20 a.m., Const. Amrit Sandhu said").
   */
  @Test
  void aClockTimeBeforeASentenceOpenerEndsItAndACommaNever() {
    assertThat(sentences("Doors open at 2 p.m. She said the hall would be full. It shut at 9"
        + " p.m. Friday, Wendy Okafor said."))
        .containsExactly("Doors open at 2 p.m.", "She said the hall would be full.",
            "It shut at 9 p.m. Friday, Wendy Okafor said.");
    assertThat(sentences("Officers were at the school by 10:20 a.m., Const. Amrit Sandhu said."))
        .containsExactly("Officers were at the school by 10:20 a.m., Const. Amrit Sandhu said.");
  }

  /**
   * A clock time's "a.m." before an opening quotation mark and a capital ends its sentence, so
   * the quotation opens the next one and the words before it are no part of it; a quotation mark
   * before a small letter (a word quoted inside the sentence) ends none.
   */
  @Test
  void aClockTimeBeforeAQuotationThatOpensASentenceEndsIt() {
    assertThat(sentences("The ferry left at 7 a.m. \"We were lucky,\" a passenger said."))
        .containsExactly("The ferry left at 7 a.m.", "\"We were lucky,\" a passenger said.");
    assertThat(sentences("The ferry left at 7 a.m. \u201CWe were lucky,\u201D she said."))
        .containsExactly("The ferry left at 7 a.m.", "\u201CWe were lucky,\u201D she said.");
    assertThat(sentences("It left at 7 a.m. \"sharp\" and arrived late."))
        .containsExactly("It left at 7 a.m. \"sharp\" and arrived late.");
  }

  private static List<String> sentences(String text) {
    Analysis a = new Analysis(Article.of("t", text), NlpModels.get());
    return a.sentences().stream().map(Sentence::span).map(s -> s.text()).toList();
  }
}
