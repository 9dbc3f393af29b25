package org.quotekit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;
import java.util.function.BiFunction;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.quotekit.spi.AnalyzedArticle;
import org.quotekit.spi.SpeakerResolution;
import org.quotekit.spi.SpeakerResolver;
import org.quotekit.testkit.Invariants;

/**
 * A speaker resolver is guarded exactly as extractors are: whatever it throws (but out of memory)
 * is logged and reported in {@link Extraction#warnings()} and the quotes are kept without
 * speakers; with {@code failOnExtractorError(true)} it is an {@link ExtractionException}. One that
 * edits the quotes it is given fails so too, and a speaker whose name or id shows nothing is
 * dropped.
 */
class SpeakerResolverFailureTest {
  private static final String TEXT = "\u201CWe won the vote,\u201D Anna Berg said.";
  private static final String TWO_QUOTES =
      "\u201CWe won,\u201D she said. \u201CWe will win again,\u201D the coach said.";

  static SpeakerResolver resolver(String name,
      BiFunction<AnalyzedArticle, List<Quote>, SpeakerResolution> f) {
    return new SpeakerResolver() {
      @Override
      public String name() {
        return name;
      }

      @Override
      public SpeakerResolution resolve(AnalyzedArticle article, List<Quote> quotes) {
        return f.apply(article, quotes);
      }
    };
  }

  @SuppressWarnings("unchecked")
  private static <E extends Throwable> void sneakyThrow(Throwable e) throws E {
    throw (E) e;
  }

  private static SpeakerResolver throwing(Throwable failure) {
    return resolver("broken", (a, q) -> {
      sneakyThrow(failure);
      return null;
    });
  }

  static List<Throwable> failures() {
    return ClaimExtractorFailureTest.failures();
  }

  @ParameterizedTest
  @MethodSource("failures")
  void aThrowingResolverIsReportedAndTheQuotesKeptWithoutSpeakers(Throwable failure) {
    Extraction result = QuoteExtractor.builder().speakerResolver(throwing(failure)).build()
        .extract(Article.of("a1", TEXT));

    assertThat(result.quotes()).singleElement()
        .satisfies(q -> assertThat(q.speakerId()).isEmpty());
    assertThat(result.speakers()).isEmpty();
    assertThat(result.warnings()).singleElement().asString()
        .isEqualTo("speaker resolver broken failed on article a1: " + failure);
    Invariants.checkExtraction(TEXT, result);
  }

  @ParameterizedTest
  @MethodSource("failures")
  void aThrowingResolverFailsFastWhenAsked(Throwable failure) {
    QuoteExtractor strict = QuoteExtractor.builder().speakerResolver(throwing(failure))
        .failOnExtractorError(true).build();

    assertThatThrownBy(() -> strict.extract(Article.of("a2", TEXT)))
        .isExactlyInstanceOf(ExtractionException.class)
        .hasMessage("speaker resolver broken failed on article a2: " + failure)
        .hasCause(failure);
  }

  @Test
  void outOfMemoryIsNotSwallowed() {
    QuoteExtractor extractor = QuoteExtractor.builder()
        .speakerResolver(throwing(new OutOfMemoryError("simulated"))).build();

    assertThatThrownBy(() -> extractor.extract(Article.of("a3", TEXT)))
        .isInstanceOf(OutOfMemoryError.class);
  }

  @Test
  void aResolverReturningNullIsReported() {
    Extraction result = QuoteExtractor.builder().speakerResolver(resolver("lazy", (a, q) -> null))
        .build().extract(Article.of("a4", TEXT));

    assertThat(result.quotes()).hasSize(1);
    assertThat(result.warnings()).containsExactly("speaker resolver lazy failed on article a4: "
        + "java.lang.IllegalStateException: resolver returned null");
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
}
