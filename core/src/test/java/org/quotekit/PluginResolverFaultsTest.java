package org.quotekit;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.quotekit.spi.AnalyzedArticle;
import org.quotekit.spi.Extractor;
import org.quotekit.spi.QuoteCandidate;

/**
 * The default resolver throws on no span a plug-in extractor may give (a resolver's own faults
 * are {@code SpeakerResolverFailureTest}'s, in the test kit). Text written for this test.
 */
class PluginResolverFaultsTest {
  @Test
  void theDefaultResolverTakesASourceEndingOnTheLineBreakAfterItsSentence() {
    String text = "Library extends opening hours\n\nThe central library will open until 9 p.m.";
    Extractor oneWindow = new Extractor() {
      @Override
      public String name() {
        return "window";
      }

      @Override
      public List<QuoteCandidate> extract(AnalyzedArticle a) {
        Span s = Span.of(a.text(), 20, 30); // "ing hours\n": cue, source and content at once
        return List.of(new QuoteCandidate(QuoteType.INDIRECT, List.of(s), new Cue(s, "say"), s,
            0.9, "window"));
      }
    };
    Extraction x = QuoteExtractor.builder().extractor(oneWindow).build()
        .extract(Article.of("w1", text));
    assertThat(x.warnings()).isEmpty();
    assertThat(x.quotes()).singleElement()
        .satisfies(q -> assertThat(x.speakerOf(q)).isPresent());
  }
}
