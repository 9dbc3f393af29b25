package org.quotekit;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.quotekit.spi.AnalyzedArticle;
import org.quotekit.spi.Extractor;
import org.quotekit.spi.QuoteCandidate;
import org.quotekit.spi.SpeakerResolution;
import org.quotekit.testkit.Invariants;

/**
 * A span from a plug-in that starts or ends between the two halves of a surrogate pair would cut
 * a character in two: the pipeline rejects it as invalid, like a span that does not match the
 * text, whether it comes from an extractor, a speaker resolver or a claim extractor.
 */
class SurrogatePairSpansTest {
  /** "😀" at 11-13: a high surrogate at 11, a low one at 12. */
  private static final String TEXT = "\u201CWe won it \uD83D\uDE00,\u201D Anna Berg said.";
  private static final Span CONTENT = Span.of(TEXT, 1, 14);

  private static Extractor extractor(Span part) {
    return new Extractor() {
      @Override
      public String name() {
        return "halves";
      }

      @Override
      public List<QuoteCandidate> extract(AnalyzedArticle article) {
        return List.of(new QuoteCandidate(QuoteType.DIRECT, List.of(part), null, null, 0.9,
            "halves"));
      }
    };
  }

  private static Extraction only(Extractor e) {
    return QuoteExtractor.builder().extractor(e).build().extract(Article.of("a1", TEXT));
  }

  /**
   * A lone high surrogate just before a pair (found by the property test with seed
   * -2405788326986957093): the tokenizer took the lone half and the pair's high half as one
   * character, so the pair's low half became a token of its own and a rule's span started inside
   * the pair.
   */
  @Test
  void aLoneHighSurrogateBeforeAPairSplitsNoSpanOfTheBuiltInExtractors() {
    String text = " \ud8a6\udb6c\ude35said\"x\u201cy\u201dsaid\"x\u201cy\u201dsaid\"x"
        + "\u201cy\u201dsaid\"x\u201cy\u201dsaid\"x\u201cy\u201dsaid\"x\u201cy"
        + "\u201dsaid\"x\u201cy\u201dsaid\"x\u201cy\u201dsaid\"x\u201cy\u201dsaid"
        + "\"x\u201cy\u201dsaid\"x\u201cy\u201dsaid\"x\u201cy\u201dsaid\"x\u201cy"
        + "\u201dsaid\"x\u201cy\u201dsaid\"x\u201cy\u201dsaid\"x\u201cy\u201dsaid"
        + "\"x\u201cy\u201dsaid\"x\u201cy\u201dsaid\"x\u201cy\u201dsaid\"x\u201cy"
        + "\u201dsaid\"x\u201cy\u201dsaid\"x\u201cy\u201dsa";
    for (String extractors : List.of("rules", "model")) {
      Extraction x = QuoteExtractor.builder().extractors(extractors).build()
          .extract(Article.of("p", text));
      assertThat(x.warnings()).as(extractors).isEmpty();
      Invariants.checkExtraction(text, x);
    }
  }

  @Test
  void textHasThePairWhereTheTestsSayItIs() {
    assertThat(Character.isHighSurrogate(TEXT.charAt(11))).isTrue();
    assertThat(Character.isLowSurrogate(TEXT.charAt(12))).isTrue();
    assertThat(only(extractor(CONTENT)).quotes()).hasSize(1);
  }

  @Test
  void candidateEndingInsideAPairIsRejected() {
    Extraction x = only(extractor(Span.of(TEXT, 1, 12)));

    assertThat(x.quotes()).isEmpty();
    assertThat(x.warnings()).containsExactly("extractor halves returned an invalid candidate on "
        + "article a1: part 1-12 splits a surrogate pair");
  }

  @Test
  void candidateStartingInsideAPairIsRejected() {
    Extraction x = only(extractor(Span.of(TEXT, 12, 14)));

    assertThat(x.quotes()).isEmpty();
    assertThat(x.warnings()).containsExactly("extractor halves returned an invalid candidate on "
        + "article a1: part 12-14 splits a surrogate pair");
  }

  @Test
  void speakerMentionInsideAPairIsDropped() {
    Speaker half = new Speaker("s1", "Half", SpeakerKind.PERSON, List.of(), List.of(),
        List.of(Span.of(TEXT, 12, 13)));
    Extraction x = QuoteExtractor.builder().extractor(extractor(CONTENT))
        .speakerResolver(SpeakerResolverFailureTest.resolver("halves", (a, q) ->
            new SpeakerResolution(List.of(half), java.util.Map.of(q.get(0).id(), "s1"))))
        .build().extract(Article.of("a1", TEXT));

    assertThat(x.speakers()).isEmpty();
    assertThat(x.warnings()).contains("speaker resolver halves on article a1: dropped an invalid "
        + "speaker: mention 12-13 of s1 splits a surrogate pair");
    Invariants.checkExtraction(TEXT, x);
  }

  @Test
  void claimSpanInsideAPairIsRejected() {
    Extraction x = QuoteExtractor.builder().extractor(extractor(CONTENT))
        .claimExtractor(ClaimExtractorFailureTest.claimExtractor("halves", (a, q) -> {
          List<Claim> out = new ArrayList<>();
          out.add(new Claim("c1", "We won it.", q.get(0).id(), null, "say", Stance.ASSERTS,
              false, List.of(), List.of(Span.of(TEXT, 1, 12))));
          return out;
        })).build().extract(Article.of("a1", TEXT));

    assertThat(x.quotes()).hasSize(1);
    assertThat(x.claims()).isEmpty();
    assertThat(x.warnings()).containsExactly("claim extractor halves returned an invalid claim on "
        + "article a1: span 1-12 of c1 does not match the article text");
  }

  /** Fail-fast covers an invalid result as it covers a throw, for extractors and resolvers. */
  @Test
  void anInvalidSpanFailsFastWhenAsked() {
    QuoteExtractor strict = QuoteExtractor.builder().extractor(extractor(Span.of(TEXT, 1, 12)))
        .failOnExtractorError(true).build();
    org.assertj.core.api.Assertions.assertThatThrownBy(() -> strict.extract(Article.of("a1",
        TEXT))).isExactlyInstanceOf(ExtractionException.class).hasMessage("extractor halves "
        + "returned an invalid candidate on article a1: part 1-12 splits a surrogate pair");

    Speaker half = new Speaker("s1", "Half", SpeakerKind.PERSON, List.of(), List.of(),
        List.of(Span.of(TEXT, 12, 13)));
    QuoteExtractor strictSpeakers = QuoteExtractor.builder().extractor(extractor(CONTENT))
        .speakerResolver(SpeakerResolverFailureTest.resolver("halves", (a, q) ->
            new SpeakerResolution(List.of(half), java.util.Map.of(q.get(0).id(), "s1"))))
        .failOnExtractorError(true).build();
    org.assertj.core.api.Assertions.assertThatThrownBy(() -> strictSpeakers.extract(
        Article.of("a1", TEXT))).isExactlyInstanceOf(ExtractionException.class)
        .hasMessageContaining("dropped an invalid speaker: mention 12-13 of s1 splits");
  }
}
