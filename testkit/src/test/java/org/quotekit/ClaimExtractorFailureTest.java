package org.quotekit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.function.BiFunction;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.quotekit.spi.AnalyzedArticle;
import org.quotekit.spi.ClaimExtractor;
import org.quotekit.testkit.Invariants;

/**
 * A user claim extractor that throws, returns null or returns claims that do not fit the article
 * never costs the quotes and speakers: the failure is logged and reported in {@link
 * Extraction#warnings()}, and the article has no claims; with {@code failOnExtractorError(true)}
 * it fails fast instead.
 */
class ClaimExtractorFailureTest {
  private static final String TEXT = "\u201CWe won the vote,\u201D Anna Berg said.";
  private static final Extraction REFERENCE = QuoteExtractor.builder().build()
      .extract(Article.of("a1", TEXT));

  static ClaimExtractor claimExtractor(String name,
      BiFunction<AnalyzedArticle, List<Quote>, List<Claim>> f) {
    return new ClaimExtractor() {
      @Override
      public String name() {
        return name;
      }

      @Override
      public List<Claim> extract(AnalyzedArticle article, List<Quote> quotes) {
        return f.apply(article, quotes);
      }
    };
  }

  private static Extraction with(ClaimExtractor claims) {
    return QuoteExtractor.builder().claimExtractor(claims).build()
        .extract(Article.of("a1", TEXT));
  }

  /** A claim of the first quote with the given ids and spans. */
  private static Claim claim(String id, String quoteId, String speakerId, List<Span> quantities,
      List<Span> spans) {
    return new Claim(id, "We won the vote.", quoteId, speakerId, "say", Stance.ASSERTS, false,
        quantities, spans);
  }

  private static Span firstPart(List<Quote> quotes) {
    return quotes.get(0).parts().get(0);
  }

  private static int recurse(int n) {
    return recurse(n + 1) + 1;
  }

  @SuppressWarnings("unchecked")
  private static <E extends Throwable> void sneakyThrow(Throwable e) throws E {
    throw (E) e;
  }

  /** The quotes and speakers are those of the default extraction; only the claims are gone. */
  private static void quotesAndSpeakersKept(Extraction result) {
    assertThat(REFERENCE.quotes()).hasSize(1);
    assertThat(REFERENCE.speakers()).isNotEmpty();
    assertThat(REFERENCE.claims()).isNotEmpty();
    assertThat(result.quotes()).isEqualTo(REFERENCE.quotes());
    assertThat(result.speakers()).isEqualTo(REFERENCE.speakers());
    assertThat(result.claims()).isEmpty();
    Invariants.checkExtraction(TEXT, result);
  }

  static List<Throwable> failures() {
    return List.of(new IllegalStateException("boom"), new AssertionError("boom"),
        new NoClassDefFoundError("boom"), new IOException("boom"),
        new ExtractionException("boom", null));
  }

  @ParameterizedTest
  @MethodSource("failures")
  void aThrowingClaimExtractorIsReportedAndTheQuotesAndSpeakersKept(Throwable failure) {
    Extraction result = with(claimExtractor("broken", (a, q) -> {
      sneakyThrow(failure);
      return List.of();
    }));

    quotesAndSpeakersKept(result);
    assertThat(result.warnings()).singleElement().asString()
        .contains("claim extractor broken failed on article a1", failure.toString());
  }

  @Test
  void aStackOverflowInAClaimExtractorIsReported() {
    Extraction result = with(claimExtractor("deep", (a, q) -> {
      recurse(0);
      return List.of();
    }));

    quotesAndSpeakersKept(result);
    assertThat(result.warnings()).singleElement().asString()
        .contains("claim extractor deep", "a1", "StackOverflowError");
  }

  @Test
  void outOfMemoryIsNotSwallowed() {
    ClaimExtractor greedy = claimExtractor("greedy", (a, q) -> {
      throw new OutOfMemoryError("simulated");
    });
    assertThatThrownBy(() -> with(greedy)).isInstanceOf(OutOfMemoryError.class);
  }

  @Test
  void aClaimExtractorReturningNullIsReported() {
    Extraction result = with(claimExtractor("lazy", (a, q) -> null));

    quotesAndSpeakersKept(result);
    assertThat(result.warnings()).containsExactly(
        "claim extractor lazy returned null instead of a list on article a1");
  }

  @Test
  void aListThatFailsWhenReadIsTheClaimExtractorsFailure() {
    List<Claim> broken = new ArrayList<>() {
      @Override
      public Object[] toArray() {
        throw new IllegalStateException("closed");
      }
    };
    Extraction result = with(claimExtractor("stream", (a, q) -> broken));

    quotesAndSpeakersKept(result);
    assertThat(result.warnings()).singleElement().asString()
        .contains("claim extractor stream failed on article a1", "closed");
  }

  private static Arguments bad(String what, BiFunction<List<Quote>, Integer, List<Claim>> f,
      String problem) {
    BiFunction<AnalyzedArticle, List<Quote>, List<Claim>> g = (a, q) -> f.apply(q,
        a.text().length());
    return Arguments.of(what, g, problem);
  }

  /** One claim of the first quote with the given speaker, on the quote's first part. */
  private static Claim ofSpeaker(List<Quote> q, String speakerId) {
    return claim("c1", q.get(0).id(), speakerId, List.of(), List.of(firstPart(q)));
  }

  static Stream<Arguments> invalidClaims() {
    int n = TEXT.length();
    return Stream.of(
        bad("a span beyond the text", (q, len) -> List.of(claim("c1", q.get(0).id(), null,
            List.of(), List.of(new Span(len - 2, len + 3, "x".repeat(5))))),
            "span " + (n - 2) + "-" + (n + 3) + " of c1 does not match the article text"),
        bad("a span not matching the text", (q, len) -> List.of(claim("c1", q.get(0).id(), null,
            List.of(), List.of(new Span(1, 4, "abc")))),
            "span 1-4 of c1 does not match the article text"),
        bad("a quantity not matching the text", (q, len) -> List.of(claim("c1", q.get(0).id(),
            null, List.of(new Span(1, 3, "42")), List.of(firstPart(q)))),
            "quantity 1-3 of c1 does not match the article text"),
        bad("a span outside the quote", (q, len) -> List.of(claim("c1", q.get(0).id(), null,
            List.of(), List.of(Span.of(TEXT, len - 5, len)))),
            "span " + (n - 5) + "-" + n + " of c1 lies outside the parts of quote q1"),
        bad("an unknown quote", (q, len) -> List.of(claim("c1", "q99", null, List.of(),
            List.of(firstPart(q)))), "c1 points to unknown quote q99"),
        bad("an unknown speaker", (q, len) -> List.of(ofSpeaker(q, "s99")),
            "c1 points to unknown speaker s99"),
        bad("an id used twice", (q, len) -> List.of(ofSpeaker(q, null), ofSpeaker(q, null)),
            "claim id c1 is used twice"),
        bad("a null claim", (q, len) -> {
          List<Claim> out = new ArrayList<>();
          out.add(ofSpeaker(q, null));
          out.add(null);
          return out;
        }, "null claim"));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("invalidClaims")
  void invalidClaimsAreReportedAndNoClaimsKept(String what,
      BiFunction<AnalyzedArticle, List<Quote>, List<Claim>> f, String problem) {
    Extraction result = with(claimExtractor("sloppy", f));

    quotesAndSpeakersKept(result);
    assertThat(result.warnings()).containsExactly(
        "claim extractor sloppy returned an invalid claim on article a1: " + problem);

    QuoteExtractor strict = QuoteExtractor.builder().claimExtractor(claimExtractor("sloppy", f))
        .failOnExtractorError(true).build();
    assertThatThrownBy(() -> strict.extract(Article.of("a7", TEXT)))
        .isInstanceOf(ExtractionException.class)
        .hasMessage("claim extractor sloppy returned an invalid claim on article a7: " + problem);
  }

  @Test
  void validUserClaimsAreKept() {
    Extraction result = with(claimExtractor("mine", (a, q) -> List.of(claim("x1", q.get(0).id(),
        q.get(0).speakerId().orElse(null), List.of(), List.of(firstPart(q))))));

    assertThat(result.warnings()).isEmpty();
    assertThat(result.quotes()).isEqualTo(REFERENCE.quotes());
    assertThat(result.claims()).singleElement().satisfies(c -> {
      assertThat(c.id()).isEqualTo("x1");
      assertThat(c.quoteId()).isEqualTo("q1");
      assertThat(c.speakerId()).isEqualTo(REFERENCE.quotes().get(0).speakerId());
    });
    Invariants.checkExtraction(TEXT, result);
  }

  @Test
  void failFastThrowsWithTheArticleTheClaimExtractorAndTheCause() {
    IllegalStateException boom = new IllegalStateException("boom");
    QuoteExtractor strict = QuoteExtractor.builder().failOnExtractorError(true)
        .claimExtractor(claimExtractor("broken", (a, q) -> {
          throw boom;
        })).build();
    assertThatThrownBy(() -> strict.extract(Article.of("a8", TEXT)))
        .isInstanceOf(ExtractionException.class).hasMessageContaining("a8")
        .hasMessageContaining("claim extractor broken").hasCause(boom);

    QuoteExtractor strictNull = QuoteExtractor.builder().failOnExtractorError(true)
        .claimExtractor(claimExtractor("lazy", (a, q) -> null)).build();
    assertThatThrownBy(() -> strictNull.extract(Article.of("a9", TEXT)))
        .isInstanceOf(ExtractionException.class).hasMessageContaining("a9")
        .hasMessageContaining("claim extractor lazy");
  }

  @Test
  void failuresAreLogged() {
    PrintStream saved = System.err;
    ByteArrayOutputStream captured = new ByteArrayOutputStream();
    System.setErr(new PrintStream(captured, true, StandardCharsets.UTF_8));
    try {
      with(claimExtractor("noisy", (a, q) -> {
        throw new IllegalStateException("logged boom");
      }));
      with(claimExtractor("noisy-invalid", (a, q) -> List.of(claim("c1", "q99", null,
          List.of(), List.of(firstPart(q))))));
    } finally {
      System.setErr(saved);
    }
    assertThat(captured.toString(StandardCharsets.UTF_8))
        .contains("WARN", "claim extractor noisy failed on article a1", "logged boom",
            "claim extractor noisy-invalid returned an invalid claim on article a1");
  }
}
