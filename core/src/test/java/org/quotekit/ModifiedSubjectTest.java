package org.quotekit;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * A subject before its cue keeps what bounds or modifies it: "at least" and "at most" before a
 * number, a participle and its complement after the noun ("Parents waiting outside the school
 * said", "Economists polled by the bank said"); the complement alone said nothing. A past verb
 * that is the sentence's own stays apart ("Analysts pointed to the minutes, which showed"). Under
 * both bundled extractors; texts written for this test.
 */
class ModifiedSubjectTest {
  private static Quote quoteSaying(Extraction x, String words) {
    return x.quotes().stream().filter(q -> q.content().text().contains(words)).findFirst()
        .orElseThrow(() -> new AssertionError("no quote holds '" + words + "': " + x.quotes()));
  }

  private static String sourceOf(Extraction x, String words) {
    return quoteSaying(x, words).source().map(Span::text).orElse("");
  }

  @ParameterizedTest
  @ValueSource(strings = {"model", "rules"})
  void aBoundOnTheNumberIsPartOfTheSubject(String extractor) {
    Extraction x = QuoteExtractor.builder().extractors(extractor).build().extract("""
        Mill Town Weighs Closing Its Library

        The town board met on Monday to discuss the library's budget.

        At least one board member said the library should stay open on weekends.

        At most two trustees said they had read the report.
        """);
    assertThat(sourceOf(x, "stay open")).isEqualTo("At least one board member");
    assertThat(sourceOf(x, "read the report")).isEqualTo("At most two trustees");
    assertThat(x.speakers()).extracting(Speaker::name)
        .noneMatch(n -> n.startsWith("least") || n.startsWith("most"));
  }

  @ParameterizedTest
  @ValueSource(strings = {"model", "rules"})
  void aParticiplesComplementIsNoSpeaker(String extractor) {
    Extraction x = QuoteExtractor.builder().extractors(extractor).build().extract("""
        School Gates Open Late Again

        Parents waiting outside the school said the gates had opened late.

        Economists polled by the central bank said growth would slow.
        """);
    assertThat(sourceOf(x, "gates had opened")).isEqualTo("Parents waiting outside the school");
    assertThat(sourceOf(x, "growth would slow"))
        .isEqualTo("Economists polled by the central bank");
    assertThat(x.speakerOf(quoteSaying(x, "gates had opened")).map(Speaker::name).orElse(""))
        .startsWith("Parents");
  }

  @ParameterizedTest
  @ValueSource(strings = {"model", "rules"})
  void aPastVerbOfTheSentenceIsNoModifier(String extractor) {
    Extraction x = QuoteExtractor.builder().extractors(extractor).build().extract("""
        Rates Hold

        The yen strengthened after a central bank board member said the case for a rate rise \
        was building.
        """);
    assertThat(sourceOf(x, "case for a rate rise")).isEqualTo("a central bank board member");
  }
}
