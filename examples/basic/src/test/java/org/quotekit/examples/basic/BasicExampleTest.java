package org.quotekit.examples.basic;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** The README's example prints who said what, and its added verb makes a difference. */
class BasicExampleTest {

  private static String run(String text) {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    BasicExample.print(text, new PrintStream(bytes, true, StandardCharsets.UTF_8));
    return bytes.toString(StandardCharsets.UTF_8);
  }

  @Test
  void printsEachQuoteWithItsSpeakerTypeAndOffsets() {
    String direct = "We will not raise taxes this year,";
    String indirect = "the budget would pass in May";
    String text = "\u201C" + direct + "\u201D Anna Berg said on Monday. Tom Reid mumbled that "
        + indirect + ".";
    int d = text.indexOf(direct);
    int i = text.indexOf(indirect);
    assertThat(run(text).lines()).containsExactly(
        "Anna Berg DIRECT [" + d + "," + (d + direct.length()) + "): " + direct,
        "Tom Reid INDIRECT [" + i + "," + (i + indirect.length()) + "): " + indirect);
  }

  @Test
  void aQuoteSplitAroundItsAttributionPrintsItsWordsWithoutTheAttribution() {
    String text = "\u201CThe vote was close,\u201D the mayor, Helen Ortiz, said on Tuesday."
        + " \u201CBut the tram line will be built.\u201D";
    assertThat(run(text).lines()).singleElement().satisfies(line -> assertThat(line)
        .endsWith("): The vote was close, ... But the tram line will be built.")
        .doesNotContain("said"));
  }

  @Test
  void withoutTheAddedVerbTheSecondSentenceIsNoQuote() {
    String text = "Tom Reid mumbled that the budget would pass in May.";
    assertThat(run(text).lines()).hasSize(1);
    // the rule patterns read only the lexicon; the model extractor learned "mumbled" anyway
    assertThat(org.quotekit.QuoteExtractor.builder().extractors("rules").build().extract(text)
        .quotes()).isEmpty();
  }

  @Test
  void runsOnTheBundledArticle() throws IOException {
    Path article = Path.of("../../testdata/articles/mawazine-iraq-coalition.txt");
    String out = run(Files.readString(article, StandardCharsets.UTF_8));
    assertThat(out.lines()).isNotEmpty().allSatisfy(line -> assertThat(line)
        .matches("\\S.* (DIRECT|INDIRECT|MIXED) \\[\\d+,\\d+\\): .+"));
  }
}
