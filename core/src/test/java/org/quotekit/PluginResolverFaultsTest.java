package org.quotekit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.quotekit.spi.AnalyzedArticle;
import org.quotekit.spi.Extractor;
import org.quotekit.spi.QuoteCandidate;
import org.quotekit.spi.SpeakerResolution;
import org.quotekit.spi.SpeakerResolver;

/**
 * What a plug-in's faults around speakers cost: a resolver that edits the quotes it is given
 * fails and the quotes stay; a speaker whose name or id has nothing visible is dropped; the
 * default resolver throws on no span a plug-in extractor may give. Texts written for this test.
 */
class PluginResolverFaultsTest {
  private static final String TWO_QUOTES =
      "\u201CWe won,\u201D she said. \u201CWe will win again,\u201D the coach said.";

  private static SpeakerResolver resolver(String name,
      java.util.function.BiFunction<AnalyzedArticle, List<Quote>, SpeakerResolution> body) {
    return new SpeakerResolver() {
      @Override
      public String name() {
        return name;
      }

      @Override
      public SpeakerResolution resolve(AnalyzedArticle article, List<Quote> quotes) {
        return body.apply(article, quotes);
      }
    };
  }

  @Test
  void aResolverThatClearsItsQuotesFailsAndTheQuotesStay() {
    SpeakerResolver clearing = resolver("clearing", (a, quotes) -> {
      quotes.clear();
      return SpeakerResolution.none();
    });
    Extraction x = QuoteExtractor.builder().speakerResolver(clearing).build()
        .extract(Article.of("c1", TWO_QUOTES));
    assertThat(x.quotes()).hasSize(2);
    assertThat(x.warnings()).singleElement().asString().contains("clearing").contains("c1");
    assertThatThrownBy(() -> QuoteExtractor.builder().speakerResolver(clearing)
        .failOnExtractorError(true).build().extract(Article.of("c2", TWO_QUOTES)))
        .isInstanceOf(ExtractionException.class).hasMessageContaining("c2");
  }

  @Test
  void aSpeakerWithNothingVisibleInItsNameOrIdIsDropped() {
    for (String[] idAndName : new String[][] {{"s1", "\u200B"}, {"\u00AD", "Ann Lee"},
        {"s1", " \u00A0\u2060"}}) {
      SpeakerResolver invisible = resolver("invisible", (a, quotes) -> new SpeakerResolution(
          List.of(new Speaker(idAndName[0], idAndName[1], SpeakerKind.PERSON, List.of(),
              List.of(), List.of())), Map.of(quotes.get(0).id(), idAndName[0])));
      Extraction x = QuoteExtractor.builder().speakerResolver(invisible).build()
          .extract(TWO_QUOTES);
      assertThat(x.speakers()).as("%s", List.of(idAndName)).isEmpty();
      assertThat(x.quotes()).allSatisfy(q -> assertThat(q.speakerId()).isEmpty());
      assertThat(x.warnings()).anySatisfy(w -> assertThat(w).contains("no visible character"));
    }
  }

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
