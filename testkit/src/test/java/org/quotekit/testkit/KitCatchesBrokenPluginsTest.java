package org.quotekit.testkit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.catchThrowable;

import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.quotekit.Span;
import org.quotekit.Speaker;
import org.quotekit.spi.AnalyzedArticle;
import org.quotekit.spi.Extractor;
import org.quotekit.spi.QuoteCandidate;
import org.quotekit.spi.SpeakerResolution;
import org.quotekit.spi.SpeakerResolver;
import org.quotekit.testkit.TestPlugins.SentenceQuotes;
import org.quotekit.testkit.TestPlugins.SourceSpeakers;

/**
 * The kit fails plug-ins that break the contract, each in the check that covers what it breaks,
 * with the check, the article and the seed in the message; and it passes them in the checks of
 * what they do not break. Each broken plug-in is one of {@link TestPlugins} with one change.
 */
class KitCatchesBrokenPluginsTest {
  private static final AtomicInteger COUNTER = new AtomicInteger();

  /** One of the kit's checks, run on a kit. */
  interface Check {
    void run(ContractTestBase<?, ?> kit) throws Exception;
  }

  static final Check NAME = ContractTestBase::nameIsNotBlankAndStable;
  static final Check INVARIANTS = ContractTestBase::resultsKeepTheirInvariants;
  static final Check TWICE = ContractTestBase::sameArticleTwiceGivesEqualResults;
  static final Check FRESH = ContractTestBase::freshInstancesGiveEqualResults;
  static final Check THREADS = ContractTestBase::oneInstanceOnManyThreadsGivesTheSameResults;
  static final Check HOSTILE = ContractTestBase::hostileTextThrowsNothingAndFinishesInTime;
  static final Check EXTRACTIONS =
      ContractTestBase::extractionsThroughQuoteExtractorKeepTheirInvariants;
  static final Check SHARED_ID = ContractTestBase::articlesSharingAnIdGetTheirOwnResults;

  /** Broken plug-ins, the checks that must fail them, and words the failures must say. */
  static Stream<Arguments> brokenPlugins() {
    return Stream.of(
        extractor("a span past the end", () -> new SentenceQuotes((a, found) -> plus(found,
            new Span(0, a.text().length() + 1, a.text() + "x"))), List.of(INVARIANTS,
            EXTRACTIONS), "lies outside the text"),
        extractor("spans that do not match the text", () -> new SentenceQuotes((a, found) ->
            each(found, c -> SentenceQuotes.candidate(new Span(c.start(), c.end(),
                "#".repeat(c.end() - c.start())), 0.5, c.rule()))),
            List.of(INVARIANTS), "part 0-30 does not match the article text"),
        extractor("a part twice", () -> new SentenceQuotes((a, found) -> each(found,
            c -> new QuoteCandidate(c.type(), List.of(c.parts().get(0), c.parts().get(0)), null,
                null, 0.5, "twice"))), List.of(INVARIANTS), "overlap or are out of order"),
        extractor("a part that splits a surrogate pair", () -> new SentenceQuotes(
            (a, found) -> plusHalfAPair(a.text(), found)), List.of(INVARIANTS, EXTRACTIONS),
            "splits a surrogate pair"),
        extractor("null instead of a list", () -> new SentenceQuotes((a, found) -> null),
            List.of(INVARIANTS), "returned null"),
        extractor("a random confidence", KitCatchesBrokenPluginsTest::randomConfidence,
            List.of(TWICE, FRESH), "the second run got other"),
        extractor("a confidence per instance", KitCatchesBrokenPluginsTest::confidencePerInstance,
            List.of(FRESH), "the second run got other"),
        extractor("a field that threads share", KitCatchesBrokenPluginsTest::sharedExtractor,
            List.of(THREADS), "failed on article"),
        extractor("an exception on quote marks", () -> new SentenceQuotes(
            (a, found) -> failOnQuoteMarks(a, found)), List.of(HOSTILE), "shape-QUOTE_MARKS",
            "too many quote marks"),
        extractor("a hang on parentheses", () -> new SentenceQuotes((a, found) -> hang(a, found)),
            List.of(HOSTILE), "shape-NESTED_PARENTHESES", "took longer than PT2S"),
        extractor("a table built on first use, published before it is filled",
            KitCatchesBrokenPluginsTest::lazyTable, List.of(THREADS), "got other results"),
        extractor("a cache by article id", KitCatchesBrokenPluginsTest::cacheById,
            List.of(SHARED_ID), "articlesSharingAnIdGetTheirOwnResults", "stdin"),
        extractor("nothing for an id it has seen", KitCatchesBrokenPluginsTest::onceById,
            List.of(SHARED_ID), "got other results than alone"),
        extractor("a bundled extractor's name", () -> new SentenceQuotes() {
          @Override
          public String name() {
            return "model";
          }
        }, List.of(NAME), "is a built-in one's"),
        extractor("time that grows with the cube of the quote marks", () -> new SentenceQuotes(
            (a, found) -> cubic(a, found)), List.of(HOSTILE), "long-shape-QUOTE_MARKS",
            "took longer than PT2S"),
        extractor("a name that changes", () -> new SentenceQuotes() {
          private int calls;

          @Override
          public String name() {
            return "sentences-" + calls++;
          }
        }, List.of(NAME), "name on a second call"),
        resolver("a speaker it does not return", () -> new SourceSpeakers((a, r) ->
            new SpeakerResolution(r.speakers(), values(r.speakerIds(), "nobody"))),
            List.of(INVARIANTS, EXTRACTIONS), "speaker nobody"),
        resolver("a quote it was not given", () -> new SourceSpeakers((a, r) ->
            new SpeakerResolution(r.speakers(), plus(r.speakerIds(), "q-none", r.speakers()))),
            List.of(INVARIANTS), "speakers given for unknown quotes [q-none]"),
        resolver("mentions one character off", () -> new SourceSpeakers((a, r) -> speakers(r,
            s -> new Speaker(s.id(), s.name(), s.kind(), s.aliases(), s.roles(), s.mentions()
                .stream().map(m -> new Span(m.start() + 1, m.end() + 1, m.text())).toList()))),
            List.of(INVARIANTS), "mention 1-8 of s1 does not match"),
        resolver("names from a counter", KitCatchesBrokenPluginsTest::countedNames,
            List.of(TWICE, FRESH), "the second run got other"),
        resolver("a field that threads share", KitCatchesBrokenPluginsTest::sharedResolver,
            List.of(THREADS), "failed on article"),
        resolver("an AssertionError", () -> new SourceSpeakers((a, r) -> {
          throw new AssertionError("unexpected");
        }), List.of(INVARIANTS, EXTRACTIONS), "speaker resolver", "java.lang.AssertionError: "
            + "unexpected"),
        resolver("a NoClassDefFoundError", () -> new SourceSpeakers((a, r) -> {
          throw new NoClassDefFoundError("org/example/Coref");
        }), List.of(INVARIANTS, EXTRACTIONS), "speaker resolver", "NoClassDefFoundError"),
        resolver("a mention that splits a surrogate pair", () -> new SourceSpeakers((a, r) ->
            new SpeakerResolution(withHalfAPairMention(a.text(), r.speakers()), r.speakerIds())),
            List.of(INVARIANTS), "of s-half splits a surrogate pair"),
        resolver("a list of quotes it clears", KitCatchesBrokenPluginsTest::clearing,
            List.of(INVARIANTS, EXTRACTIONS), "UnsupportedOperationException"),
        resolver("a name of nothing visible", () -> new SourceSpeakers((a, r) -> speakers(r,
            s -> new Speaker(s.id(), "\u200B", s.kind(), s.aliases(), s.roles(),
                s.mentions()))), List.of(INVARIANTS, EXTRACTIONS), "visible"),
        resolver("an exception on quote marks", () -> new SourceSpeakers(
            (a, r) -> failOnQuoteMarks(a, r)), List.of(HOSTILE), "shape-QUOTE_MARKS",
            "too many quote marks"));
  }

  /** Broken plug-ins with checks of what they do not break, which must pass them. */
  static Stream<Arguments> pluginsThatKeepAPart() {
    return Stream.of(
        extractor("a confidence per instance", KitCatchesBrokenPluginsTest::confidencePerInstance,
            List.of(TWICE)),
        extractor("a field that threads share", KitCatchesBrokenPluginsTest::sharedExtractor,
            List.of(INVARIANTS, TWICE)),
        extractor("a table built on first use, published before it is filled",
            KitCatchesBrokenPluginsTest::lazyTable, List.of(INVARIANTS, TWICE, SHARED_ID)),
        extractor("a cache by article id", KitCatchesBrokenPluginsTest::cacheById,
            List.of(INVARIANTS, TWICE, FRESH, THREADS)),
        resolver("names from a counter", KitCatchesBrokenPluginsTest::countedNames,
            List.of(INVARIANTS, EXTRACTIONS)),
        resolver("a field that threads share", KitCatchesBrokenPluginsTest::sharedResolver,
            List.of(TWICE, FRESH)));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("brokenPlugins")
  void failsThePlugin(String name, ContractTestBase<?, ?> kit, List<Check> checks,
      String[] words) {
    for (Check check : checks) {
      assertThat(catchThrowable(() -> check.run(kit))).isInstanceOf(AssertionError.class)
          .hasMessageContainingAll(words)
          .hasMessageContaining("rerun with -Dquotekit.testkit.seed="
              + ContractTestBase.DEFAULT_SEED);
    }
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("pluginsThatKeepAPart")
  void passesWhatThePluginKeeps(String name, ContractTestBase<?, ?> kit, List<Check> checks,
      String[] words) {
    for (Check check : checks) {
      assertThatCode(() -> check.run(kit)).doesNotThrowAnyException();
    }
  }

  private static Arguments extractor(String name, Supplier<Extractor> make, List<Check> checks,
      String... words) {
    ContractTestBase<?, ?> kit = new ExtractorContractTest() {
      @Override
      protected Extractor newExtractor() {
        return make.get();
      }

      @Override
      protected Duration timeLimitPerArticle() {
        return Duration.ofSeconds(2);
      }
    };
    return Arguments.of("extractor with " + name, kit, checks, words);
  }

  private static Arguments resolver(String name, Supplier<SpeakerResolver> make,
      List<Check> checks, String... words) {
    ContractTestBase<?, ?> kit = new SpeakerResolverContractTest() {
      @Override
      protected SpeakerResolver newResolver() {
        return make.get();
      }
    };
    return Arguments.of("resolver with " + name, kit, checks, words);
  }

  private static Extractor randomConfidence() {
    Random random = new Random();
    return new SentenceQuotes((a, found) -> each(found,
        c -> SentenceQuotes.candidate(c.parts().get(0), random.nextDouble(), c.rule())));
  }

  private static Extractor confidencePerInstance() {
    double confidence = new Random().nextDouble();
    return new SentenceQuotes((a, found) -> each(found,
        c -> SentenceQuotes.candidate(c.parts().get(0), confidence, c.rule())));
  }

  /** Keeps the article in a field and, a moment later, names the rule after it. */
  private static Extractor sharedExtractor() {
    String[] current = new String[1];
    return new SentenceQuotes((a, found) -> {
      current[0] = a.article().id();
      pause();
      return each(found, c -> SentenceQuotes.candidate(c.parts().get(0), 0.5, current[0]));
    });
  }

  /**
   * Builds its table of rules on first use and publishes it before filling it: a thread that
   * comes meanwhile finds it empty and proposes nothing.
   */
  private static Extractor lazyTable() {
    return new SentenceQuotes() {
      private List<String> rules;

      @Override
      public List<QuoteCandidate> extract(AnalyzedArticle article) {
        if (rules == null) {
          rules = new ArrayList<>();
          try {
            Thread.sleep(100); // long enough for the other threads' first calls to come
          } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
          }
          rules.add("sentence");
        }
        return rules.isEmpty() ? List.of() : super.extract(article);
      }
    };
  }

  /** Keeps what it found for each article id and gives it again for a later text of that id. */
  private static Extractor cacheById() {
    Map<String, List<QuoteCandidate>> cache = new java.util.concurrent.ConcurrentHashMap<>();
    return new SentenceQuotes() {
      @Override
      public List<QuoteCandidate> extract(AnalyzedArticle article) {
        return cache.computeIfAbsent(article.article().id(), id -> super.extract(article));
      }
    };
  }

  /** Proposes nothing for an article whose id it has seen: valid, but another text's fate. */
  private static Extractor onceById() {
    Set<String> seen = java.util.concurrent.ConcurrentHashMap.newKeySet();
    return new SentenceQuotes() {
      @Override
      public List<QuoteCandidate> extract(AnalyzedArticle article) {
        return seen.add(article.article().id()) ? super.extract(article) : List.of();
      }
    };
  }

  /** Clears the list of quotes it is given, and gives no speakers. */
  private static SpeakerResolver clearing() {
    return new SourceSpeakers() {
      @Override
      public SpeakerResolution resolve(AnalyzedArticle article, List<org.quotekit.Quote> quotes) {
        quotes.clear();
        return SpeakerResolution.none();
      }
    };
  }

  /** Numbers speakers' names from a counter that every instance shares and never resets. */
  private static SpeakerResolver countedNames() {
    return new SourceSpeakers((a, r) -> speakers(r, s -> new Speaker(s.id(),
        s.name() + " #" + COUNTER.incrementAndGet(), s.kind(), s.aliases(), s.roles(),
        s.mentions())));
  }

  /** Keeps the article in a field and, a moment later, names the speakers after it. */
  private static SpeakerResolver sharedResolver() {
    String[] current = new String[1];
    return new SourceSpeakers((a, r) -> {
      current[0] = a.article().id();
      pause();
      return speakers(r, s -> new Speaker(s.id(), s.name() + " in " + current[0], s.kind(),
          s.aliases(), s.roles(), s.mentions()));
    });
  }

  private static <T> T failOnQuoteMarks(AnalyzedArticle article, T result) {
    if (article.text().contains("\"\"\"")) {
      throw new IllegalStateException("too many quote marks");
    }
    return result;
  }

  /** Spins until interrupted on deeply nested parentheses. */
  private static <T> T hang(AnalyzedArticle article, T result) {
    if (article.text().contains("((((((((")) {
      while (!Thread.currentThread().isInterrupted()) {
        Thread.onSpinWait();
      }
    }
    return result;
  }

  /**
   * Compares every triple of quote marks, a thousandth of them in full: at once on 2,000
   * characters, for hours on 50,000 (stops when interrupted).
   */
  private static <T> T cubic(AnalyzedArticle article, T result) {
    String text = article.text();
    int marks = (int) text.chars().filter(c -> c == '"').count();
    long work = 0;
    for (int i = 0; i < marks && !Thread.currentThread().isInterrupted(); i++) {
      for (int j = 0; j < marks / 10; j++) {
        for (int k = 0; k < marks / 100; k++) {
          work += (i ^ j ^ k) & 1;
        }
      }
    }
    return work < 0 ? null : result;
  }

  /** Sleeps long enough for other threads to run meanwhile. */
  private static void pause() {
    try {
      Thread.sleep(2);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  private static List<QuoteCandidate> plus(List<QuoteCandidate> found, Span part) {
    List<QuoteCandidate> out = new ArrayList<>(found);
    out.add(SentenceQuotes.candidate(part, 0.5, "beyond"));
    return out;
  }

  /** The low half of the text's first surrogate pair, or null when it has none. */
  private static Span halfAPair(String text) {
    for (int i = 1; i < text.length(); i++) {
      if (Character.isHighSurrogate(text.charAt(i - 1))
          && Character.isLowSurrogate(text.charAt(i))) {
        return Span.of(text, i, i + 1);
      }
    }
    return null;
  }

  /** Adds a candidate of the low half of the first surrogate pair, if there is one. */
  private static List<QuoteCandidate> plusHalfAPair(String text, List<QuoteCandidate> found) {
    Span half = halfAPair(text);
    return half == null ? found : plus(found, half);
  }

  /** Adds the low half of the first surrogate pair as a mention of a new speaker. */
  private static List<Speaker> withHalfAPairMention(String text, List<Speaker> speakers) {
    Span half = halfAPair(text);
    if (half == null) {
      return speakers;
    }
    List<Speaker> out = new ArrayList<>(speakers);
    out.add(new Speaker("s-half", "Half", org.quotekit.SpeakerKind.PERSON, List.of(), List.of(),
        List.of(half)));
    return out;
  }

  private static List<QuoteCandidate> each(List<QuoteCandidate> found,
      UnaryOperator<QuoteCandidate> change) {
    return found.stream().map(change).toList();
  }

  private static SpeakerResolution speakers(SpeakerResolution r, UnaryOperator<Speaker> change) {
    return new SpeakerResolution(r.speakers().stream().map(change).toList(), r.speakerIds());
  }

  private static Map<String, String> values(Map<String, String> ids, String value) {
    Map<String, String> out = new HashMap<>();
    ids.keySet().forEach(k -> out.put(k, value));
    return out;
  }

  private static Map<String, String> plus(Map<String, String> ids, String quoteId,
      List<Speaker> speakers) {
    Map<String, String> out = new HashMap<>(ids);
    speakers.forEach(s -> out.put(quoteId, s.id()));
    return out;
  }
}
