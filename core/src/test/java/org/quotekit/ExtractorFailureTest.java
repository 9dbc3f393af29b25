package org.quotekit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.quotekit.spi.AnalyzedArticle;
import org.quotekit.spi.Extractor;
import org.quotekit.spi.QuoteCandidate;

/**
 * A user extractor that throws, returns null or returns spans that are not in the text never stops
 * the extraction: the failure is logged and reported in {@link Extraction#warnings()}, and the
 * other extractors' quotes are kept; with {@code failOnExtractorError(true)} it fails fast instead.
 */
class ExtractorFailureTest {
  private static final String TEXT = "\u201CWe won,\u201D she said.";

  static Extractor extractor(String name, Function<AnalyzedArticle, List<QuoteCandidate>> f) {
    return new Extractor() {
      @Override
      public String name() {
        return name;
      }

      @Override
      public List<QuoteCandidate> extract(AnalyzedArticle article) {
        return f.apply(article);
      }
    };
  }

  private static Extraction withRules(Extractor user) {
    return QuoteExtractor.builder().extractors("rules").extractor(user).build()
        .extract(Article.of("a1", TEXT));
  }

  private static int recurse(int n) {
    return recurse(n + 1) + 1;
  }

  @SuppressWarnings("unchecked")
  private static <E extends Throwable> void sneakyThrow(Throwable e) throws E {
    throw (E) e;
  }

  static List<Throwable> failures() {
    return List.of(new IllegalStateException("boom"), new AssertionError("boom"),
        new NoClassDefFoundError("boom"), new IOException("boom"), new ExceptionInInitializerError("boom"));
  }

  @ParameterizedTest
  @MethodSource("failures")
  void aThrowingExtractorIsReportedAndTheOthersStillRun(Throwable failure) {
    Extraction result = withRules(extractor("broken", a -> {
      sneakyThrow(failure);
      return List.of();
    }));

    assertThat(result.quotes()).singleElement().extracting(Quote::extractor).isEqualTo("rules");
    assertThat(result.warnings()).singleElement().asString()
        .contains("extractor broken failed on article a1", failure.toString());
  }

  @Test
  void aStackOverflowInAnExtractorIsReported() {
    Extraction result = withRules(extractor("deep", a -> List.of(new QuoteCandidate(
        QuoteType.DIRECT, List.of(Span.of(a.text(), 0, recurse(0))), null, null, 1, "x"))));

    assertThat(result.quotes()).hasSize(1);
    assertThat(result.warnings()).singleElement().asString()
        .contains("deep", "a1", "StackOverflowError");
  }

  @Test
  void outOfMemoryIsNotSwallowed() {
    Extractor greedy = extractor("greedy", a -> {
      throw new OutOfMemoryError("simulated");
    });
    assertThatThrownBy(() -> withRules(greedy)).isInstanceOf(OutOfMemoryError.class);
  }

  @Test
  void anExtractorReturningNullIsReported() {
    Extraction result = withRules(extractor("lazy", a -> null));

    assertThat(result.quotes()).hasSize(1);
    assertThat(result.warnings()).containsExactly(
        "extractor lazy returned null instead of a list on article a1");
  }

  @Test
  void aListThatFailsWhenReadIsTheExtractorsFailure() {
    List<QuoteCandidate> broken = new ArrayList<>() {
      @Override
      public Object[] toArray() {
        throw new IllegalStateException("closed");
      }
    };
    Extraction result = withRules(extractor("stream", a -> broken));

    assertThat(result.quotes()).hasSize(1);
    assertThat(result.warnings()).singleElement().asString().contains("stream", "closed");
  }

  @Test
  void candidatesOutsideTheTextOrNotMatchingItAreDroppedWithAWarning() {
    int n = TEXT.length();
    Span beyond = new Span(n - 2, n + 3, "x".repeat(5));
    Span wrongText = new Span(0, 3, "abc");
    Span ok = Span.of(TEXT, 1, 7);
    List<QuoteCandidate> bad = new ArrayList<>();
    bad.add(new QuoteCandidate(QuoteType.DIRECT, List.of(beyond), null, null, 1, "beyond"));
    bad.add(new QuoteCandidate(QuoteType.DIRECT, List.of(wrongText), null, null, 1, "text"));
    bad.add(new QuoteCandidate(QuoteType.DIRECT, List.of(ok), new Cue(beyond, "say"), null, 1,
        "cue"));
    bad.add(new QuoteCandidate(QuoteType.DIRECT, List.of(ok), null, new Span(n, n + 1, "s"), 1,
        "source"));
    bad.add(new QuoteCandidate(QuoteType.DIRECT, List.of(ok, ok), null, null, 1, "overlap"));
    bad.add(new QuoteCandidate(QuoteType.DIRECT, List.of(Span.of(TEXT, 0, 0), ok), null, null, 1,
        "empty"));
    bad.add(null);

    Extraction result = withRules(extractor("sloppy", a -> bad));

    assertThat(result.quotes()).singleElement().extracting(Quote::extractor).isEqualTo("rules");
    assertThat(result.warnings()).hasSize(7).anySatisfy(w -> assertThat(w).endsWith("is empty"))
        .allSatisfy(w -> assertThat(w).startsWith("extractor sloppy returned an invalid "
            + "candidate on article a1: "));
    Span kept = result.quotes().get(0).content();
    assertThat(TEXT.substring(kept.start(), kept.end())).isEqualTo(kept.text());
  }

  @Test
  void failFastThrowsWithTheArticleTheExtractorAndTheCause() {
    IllegalStateException boom = new IllegalStateException("boom");
    QuoteExtractor strict = QuoteExtractor.builder().failOnExtractorError(true)
        .extractor(extractor("broken", a -> {
          throw boom;
        })).build();
    assertThatThrownBy(() -> strict.extract(Article.of("a8", TEXT)))
        .isInstanceOf(ExtractionException.class).hasMessageContaining("a8")
        .hasMessageContaining("broken").hasCause(boom);

    QuoteExtractor strictNull = QuoteExtractor.builder().failOnExtractorError(true)
        .extractor(extractor("lazy", a -> null)).build();
    assertThatThrownBy(() -> strictNull.extract(Article.of("a9", TEXT)))
        .isInstanceOf(ExtractionException.class).hasMessageContaining("a9")
        .hasMessageContaining("lazy");
  }

  @Test
  void failuresAreLogged() {
    PrintStream saved = System.err;
    ByteArrayOutputStream captured = new ByteArrayOutputStream();
    System.setErr(new PrintStream(captured, true, StandardCharsets.UTF_8));
    try {
      withRules(extractor("noisy", a -> {
        throw new IllegalStateException("logged boom");
      }));
    } finally {
      System.setErr(saved);
    }
    assertThat(captured.toString(StandardCharsets.UTF_8))
        .contains("WARN", "extractor noisy failed on article a1", "logged boom");
  }

  @Test
  void anExtractorWithoutANameIsRejectedAtBuildTime() {
    assertThatThrownBy(() -> QuoteExtractor.builder().extractor(extractor(null, a -> List.of()))
        .build()).isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("extractor name").hasMessageContaining("null");
    assertThatThrownBy(() -> QuoteExtractor.builder().extractor(extractor(" ", a -> List.of()))
        .build()).isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("\" \"");
  }

  /**
   * An extractor whose {@code name()} worked when the extractor was built and throws later costs
   * no article: its result is still read, and its failures are named by its class.
   */
  @Test
  void aNameThatThrowsLaterIsReadThroughTheGuard() {
    AtomicInteger calls = new AtomicInteger();
    Extractor fickle = new Extractor() {
      @Override
      public String name() {
        if (calls.incrementAndGet() > 2) { // once to check it, once to tell it from the others
          throw new IllegalStateException("no name today");
        }
        return "fickle";
      }

      @Override
      public List<QuoteCandidate> extract(AnalyzedArticle article) {
        throw new IllegalStateException("boom");
      }
    };
    QuoteExtractor extractor = QuoteExtractor.builder().extractors("rules").extractor(fickle)
        .build();
    calls.set(2);

    Extraction x = extractor.extract(Article.of("a1", TEXT));

    assertThat(x.quotes()).isNotEmpty(); // the rules' quote is kept
    assertThat(x.warnings()).singleElement().asString()
        .contains(fickle.getClass().getName(), "name() threw", "no name today", "boom");
  }
}
