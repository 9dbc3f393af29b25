package org.quotekit;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.ServiceConfigurationError;
import java.util.ServiceLoader;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Consumer;
import java.util.stream.Collectors;
import org.quotekit.claims.DefaultClaimExtractor;
import org.quotekit.internal.Analysis;
import org.quotekit.internal.Batch;
import org.quotekit.internal.NlpModels;
import org.quotekit.internal.Guard;
import org.quotekit.internal.Pipeline;
import org.quotekit.internal.StageClock;
import org.quotekit.internal.TextNormalizer;
import org.quotekit.model.ModelExtractor;
import org.quotekit.model.ModelExtractorProvider;
import org.quotekit.resolve.DefaultSpeakerResolver;
import org.quotekit.rules.CueLexicon;
import org.quotekit.rules.RuleBasedExtractor;
import org.quotekit.spi.CandidateMerger;
import org.quotekit.spi.ClaimExtractor;
import org.quotekit.spi.Extractor;
import org.quotekit.spi.ExtractorProvider;
import org.quotekit.spi.QuoteCandidate;
import org.quotekit.spi.SpeakerResolver;
import org.quotekit.spi.StageListener;
import org.quotekit.spi.StageTimes;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Extracts quotes, speakers and claims from articles. Built once with {@link #builder()}, then
 * immutable and thread-safe: share one instance across threads and reuse it for every article.
 *
 * <pre>{@code
 * QuoteExtractor extractor = QuoteExtractor.builder().build();
 * Extraction result = extractor.extract(Article.of("a1", text));
 * for (Quote q : result.quotes()) {
 *   System.out.println(result.speakerOf(q).map(Speaker::name).orElse("?") + ": "
 *       + q.content().text());
 * }
 * }</pre>
 */
public final class QuoteExtractor {
  private static final Logger LOG = LoggerFactory.getLogger(QuoteExtractor.class);

  /** Default for {@link Builder#maxArticleLength(int)}: five million characters. */
  public static final int DEFAULT_MAX_ARTICLE_LENGTH = 5_000_000;

  private final List<Extractor> extractors;
  private final SpeakerResolver speakerResolver;
  private final ClaimExtractor claimExtractor;
  private final CandidateMerger candidateMerger;
  private final int maxArticleLength;
  private final boolean failFast;
  private final StageListener stageListener;
  private final NlpModels models;

  private QuoteExtractor(Builder b) {
    this.extractors = List.copyOf(b.resolveExtractors());
    this.speakerResolver = b.speakerResolver != null ? b.speakerResolver
        : new DefaultSpeakerResolver();
    this.claimExtractor = b.claimExtractor != null ? b.claimExtractor
        : DefaultClaimExtractor.englishNews();
    this.candidateMerger = b.candidateMerger != null ? b.candidateMerger
        : CandidateMerger.byConfidence();
    for (Extractor e : extractors) {
      String name = e.name();
      if (name == null || name.isBlank()) {
        throw new IllegalArgumentException("extractor name must not be null or blank: name="
            + (name == null ? "null" : "\"" + name + "\"") + ", class=" + e.getClass().getName());
      }
    }
    this.maxArticleLength = b.maxArticleLength;
    this.failFast = b.failFast;
    this.stageListener = b.stageListener;
    this.models = NlpModels.get();
  }

  /**
   * A builder with the defaults: the model extractor ({@code model}: the bundled cue, content and
   * source models over the rule patterns, with the English news cue lexicon; used only when no
   * extractor is chosen, see {@link Builder}), the {@link DefaultSpeakerResolver} and the {@link
   * DefaultClaimExtractor#englishNews()} claims.
   */
  public static Builder builder() {
    return new Builder();
  }

  /** The extractors in the order they run: the order in which they were chosen. */
  public List<Extractor> extractors() {
    return extractors;
  }

  /** The resolver that groups mentions into speakers. */
  public SpeakerResolver speakerResolver() {
    return speakerResolver;
  }

  /** The claim extractor that derives claims from the quotes. */
  public ClaimExtractor claimExtractor() {
    return claimExtractor;
  }

  /** The merge stage that chooses the quotes among the extractors' candidates. */
  public CandidateMerger candidateMerger() {
    return candidateMerger;
  }

  /**
   * Extracts from text with the id {@code "text"}.
   *
   * @throws NullPointerException if {@code text} is null
   */
  public Extraction extract(String text) {
    Objects.requireNonNull(text, "text");
    return extract(Article.of("text", text));
  }

  /**
   * Extracts quotes, speakers and claims from one article. A blank article gives an empty
   * extraction.
   *
   * <p>The analysis reads a normalised copy of the text: Unicode space separators (no-break, thin,
   * ideographic...) as spaces; line and paragraph separators, NEL, VT and FF as newlines; format
   * characters (zero-width spaces and joiners, directional marks and embeddings, the byte order
   * mark, soft hyphens), control characters other than tab, line feed and carriage return, and
   * non-spacing combining marks not at all. Every span of the result is mapped back to the
   * original text, so {@code span.text()} equals {@code text.substring(span.start(), span.end())};
   * a span neither starts nor ends on an ignored character. Extractors, the speaker resolver and
   * the claim extractor see the normalised text; strings the result derives from the text
   * (claim texts, speaker roles) are in that form, speaker names and aliases in the original
   * form when a mention holds them. A text with nothing to normalise is analysed as it is. An
   * article made only of white space, Unicode spaces and ignored characters is blank.
   *
   * <p>A failing extractor, speaker resolver or claim extractor is reported in {@link
   * Extraction#warnings()} unless the extractor was built with {@link
   * Builder#failOnExtractorError(boolean)}.
   *
   * @throws NullPointerException if {@code article} is null
   * @throws ArticleTooLargeException if the text is longer than the configured limit
   * @throws ExtractionException if an extractor, the speaker resolver or the claim extractor fails
   *     and fail-fast is configured
   */
  public Extraction extract(Article article) {
    Objects.requireNonNull(article, "article");
    String text = article.text();
    if (text.length() > maxArticleLength) {
      throw new ArticleTooLargeException(article.id(), text.length(), maxArticleLength);
    }
    if (stageListener == null) {
      return extract(article, null);
    }
    StageClock clock = new StageClock();
    Extraction result = extract(article, clock);
    try {
      stageListener.timed(article, clock.times());
    } catch (RuntimeException | AssertionError | LinkageError | StackOverflowError e) {
      throw new ExtractionException("stage listener failed on article " + article.id() + ": "
          + e, e);
    }
    return result;
  }

  /** Normalises, extracts and maps the result back, timing the steps on {@code clock}. */
  private Extraction extract(Article article, StageClock clock) {
    long mark = clock == null ? 0 : clock.mark();
    TextNormalizer normalized = TextNormalizer.of(article.text());
    if (clock != null) {
      clock.normalization(clock.since(mark));
    }
    if (normalized == null) {
      return extractNormalized(article, clock);
    }
    Article clean = Article.of(article.id(), normalized.text())
        .withTitle(article.title().orElse(null))
        .withPublished(article.published().orElse(null));
    Extraction found = extractNormalized(clean, clock);
    mark = clock == null ? 0 : clock.mark();
    Extraction restored = normalized.restore(found);
    if (clock != null) {
      clock.normalization(clock.since(mark));
    }
    return restored;
  }

  /** Extracts from an article whose text has nothing left to normalise. */
  private Extraction extractNormalized(Article article, StageClock clock) {
    if (article.text().isBlank()) {
      return Extraction.empty(article.id());
    }
    Analysis analysis = new Analysis(article, models, clock);
    List<String> warnings = new ArrayList<>();
    Map<Extractor, List<QuoteCandidate>> candidates = new LinkedHashMap<>();
    for (Extractor extractor : extractors) {
      // Copied inside the call, so that a list that fails while it is read counts as the
      // extractor's.
      long mark = clock == null ? 0 : clock.mark();
      String name = Guard.nameOf(extractor, extractor::name);
      List<QuoteCandidate> found = Guard.call("extractor " + name, article.id(),
          () -> {
            List<QuoteCandidate> list = extractor.extract(analysis);
            return list == null ? null : new ArrayList<>(list);
          }, list -> null, failFast, warnings);
      if (clock != null) {
        clock.extractor(name, clock.since(mark));
      }
      if (found != null) {
        candidates.put(extractor, found);
      }
    }
    return Pipeline.assemble(analysis, candidates, warnings, candidateMerger, speakerResolver,
        claimExtractor, failFast, clock);
  }

  /**
   * Extracts a batch of articles on {@code threads} threads and hands each result to
   * {@code sink}, in input order, on the calling thread. At most {@code 2 * threads} articles are
   * read ahead of the one handed to the sink, so a stream of millions of articles runs in bounded
   * memory. An article that fails (longer than the size limit, a fail-fast extractor error, out of
   * memory on that article) gets a failed {@link ArticleResult} and the batch goes on. Results
   * are the same as one {@link #extract(Article)} per article, whatever the number of threads.
   *
   * <pre>{@code
   * extractor.extractAll(articles, Runtime.getRuntime().availableProcessors(), r ->
   *     r.extraction().ifPresentOrElse(x -> save(x), () -> log(r.article().id(), r.error())));
   * }</pre>
   *
   * @param articles the articles, read once, in order; none may be null: a null article (or an
   *     exception from their iterator) ends the batch with that exception once every article
   *     before it has been handed to the sink, whatever the thread count
   * @param threads how many articles are extracted at once, at least 1 (1: on the calling thread)
   * @param sink receives each article's result; an exception it throws ends the batch
   * @throws IllegalArgumentException if {@code threads < 1}
   * @throws java.util.concurrent.CancellationException if the calling thread is interrupted
   */
  public void extractAll(Iterable<? extends Article> articles, int threads,
      Consumer<? super ArticleResult> sink) {
    Objects.requireNonNull(articles, "articles");
    Batch.run(articles.iterator(), threads, this::extract, sink);
  }

  /**
   * Configures a {@link QuoteExtractor}. Not thread-safe; each {@link #build()} returns an
   * independent extractor.
   *
   * <p>Which extractors run: {@link #extractors(String...)} (by name) and {@link
   * #extractor(Extractor)} (an instance) both add to one list of chosen extractors, which run in
   * the order they were added. Only when nothing was chosen does the builder use the default, the
   * model extractor ({@code model}); so {@code builder().extractor(x)} runs {@code x} alone, and
   * {@code builder().extractors("model").extractor(x)} runs the model extractor, then {@code x}.
   *
   * <p>{@link #cueLexicon(CueLexicon)} and {@link #addReportingVerbs(String...)} configure the
   * extractors that the builder makes itself and that read a cue lexicon: {@code rules} and
   * {@code model} (also as the default), chosen by name. An instance passed to {@link
   * #extractor(Extractor)} keeps its own configuration. {@link #build()} fails when these calls
   * would have no effect, rather than ignoring them.
   */
  public static final class Builder {
    /** The chosen extractors in order: each an {@link Extractor} or a name ({@code String}). */
    private final List<Object> chosen = new ArrayList<>();
    private final List<String> extraVerbs = new ArrayList<>();
    private CueLexicon lexicon;
    private SpeakerResolver speakerResolver;
    private ClaimExtractor claimExtractor;
    private CandidateMerger candidateMerger;
    private int maxArticleLength = DEFAULT_MAX_ARTICLE_LENGTH;
    private boolean failFast;
    private StageListener stageListener;

    private Builder() {}

    /**
     * Adds an extractor instance to the chosen extractors; it runs after those chosen before it,
     * by name or as instances. Choosing any extractor replaces the default: to keep the model
     * extractor, choose it too, e.g. {@code extractors("model").extractor(x)}.
     *
     * @throws NullPointerException if {@code extractor} is null
     */
    public Builder extractor(Extractor extractor) {
      chosen.add(Objects.requireNonNull(extractor, "extractor"));
      return this;
    }

    /**
     * Adds extractors by name to the chosen extractors, in the order given, after those chosen
     * before: {@code rules}, {@code model}, or the {@link ExtractorProvider#name()} of any provider
     * that {@link ServiceLoader} finds. Choosing any extractor replaces the default.
     *
     * @throws IllegalArgumentException if a name is unknown (the message lists the available
     *     names) or was already chosen
     */
    public Builder extractors(String... extractorNames) {
      Objects.requireNonNull(extractorNames, "extractorNames");
      Map<String, ExtractorProvider> available = providers();
      List<String> adding = new ArrayList<>();
      for (String name : extractorNames) {
        Objects.requireNonNull(name, "extractor name");
        if (!available.containsKey(name)) {
          throw new IllegalArgumentException("unknown extractor: " + name + "; available: "
              + available.keySet());
        }
        if (chosen.contains(name) || adding.contains(name)) {
          throw new IllegalArgumentException("extractor " + name + " was already chosen: "
              + describe(chosen) + (adding.isEmpty() ? "" : " then " + adding));
        }
        adding.add(name);
      }
      chosen.addAll(adding);
      return this;
    }

    /**
     * Replaces the cue lexicon of the {@code rules} and {@code model} extractors that the builder
     * makes (default {@link CueLexicon#englishNews()}), e.g. {@code
     * CueLexicon.englishNews().withVerbs("mumble")}; {@link #build()} fails when neither is
     * chosen nor the default.
     *
     * @throws NullPointerException if {@code cueLexicon} is null
     */
    public Builder cueLexicon(CueLexicon cueLexicon) {
      this.lexicon = Objects.requireNonNull(cueLexicon, "cueLexicon");
      return this;
    }

    /**
     * Adds reporting verbs (dictionary form, e.g. {@code mumble}) to the cue lexicon of the
     * {@code rules} and {@code model} extractors that the builder makes (the English news preset,
     * or the one given to {@link #cueLexicon(CueLexicon)}); their inflected forms are derived.
     * {@link #build()} fails when neither extractor is chosen nor the default.
     *
     * @throws NullPointerException if {@code lemmas} or one of them is null
     */
    public Builder addReportingVerbs(String... lemmas) {
      Objects.requireNonNull(lemmas, "lemmas");
      for (String lemma : lemmas) {
        extraVerbs.add(Objects.requireNonNull(lemma, "lemma"));
      }
      return this;
    }

    /**
     * Sets the longest article accepted, in characters.
     *
     * @throws IllegalArgumentException if {@code length} is not positive
     */
    public Builder maxArticleLength(int length) {
      if (length <= 0) {
        throw new IllegalArgumentException("maxArticleLength must be positive: " + length);
      }
      this.maxArticleLength = length;
      return this;
    }

    /**
     * Replaces the speaker resolver (default: {@link DefaultSpeakerResolver} with the English news
     * lexicon), e.g. to plug in another coreference engine.
     *
     * @throws NullPointerException if {@code resolver} is null
     */
    public Builder speakerResolver(SpeakerResolver resolver) {
      this.speakerResolver = Objects.requireNonNull(resolver, "resolver");
      return this;
    }

    /**
     * Replaces the claim extractor (default: {@link DefaultClaimExtractor#englishNews()}), e.g.
     * with your own, or with {@link ClaimExtractor#none()} to derive no claims at all.
     *
     * @throws NullPointerException if {@code claimExtractor} is null
     */
    public Builder claimExtractor(ClaimExtractor claimExtractor) {
      this.claimExtractor = Objects.requireNonNull(claimExtractor, "claimExtractor");
      return this;
    }

    /**
     * Replaces the merge stage that chooses the quotes among the candidates of all extractors
     * (default: {@link CandidateMerger#byConfidence()}), e.g. with a calibrated one. A merger that
     * fails or breaks its contract is reported and the default merge is used for that article.
     *
     * @throws NullPointerException if {@code merger} is null
     */
    public Builder candidateMerger(CandidateMerger merger) {
      this.candidateMerger = Objects.requireNonNull(merger, "merger");
      return this;
    }

    /**
     * Whether a failing extractor, speaker resolver or claim extractor (one that throws, returns
     * null or returns something that breaks its contract: a candidate or speaker mention whose
     * span is not in the text or cuts a surrogate pair, a speaker id no speaker has, an invalid
     * claim) fails the whole extraction with an {@link ExtractionException} (default: no, the
     * failure is logged through SLF4J, the invalid part dropped, and the failure reported in
     * {@link Extraction#warnings()}).
     */
    public Builder failOnExtractorError(boolean fail) {
      this.failFast = fail;
      return this;
    }

    /**
     * Times every article's stages and hands the {@link StageTimes} to {@code listener} (default:
     * none, and then nothing is timed at all). For benchmarks and monitoring; see {@link
     * StageListener} for the threads it is called on.
     *
     * @throws NullPointerException if {@code listener} is null
     */
    public Builder stageListener(StageListener listener) {
      this.stageListener = Objects.requireNonNull(listener, "listener");
      return this;
    }

    /**
     * Builds the extractor; loads the shared OpenNLP models on first use. The first build in a
     * JVM reads the models and classes (1.5 s on this project's 2-core machine; the CLI's
     * {@code bench} prints it as "load"), later builds reuse them (2 ms): build once and share the
     * extractor across threads.
     *
     * @throws java.io.UncheckedIOException naming the model file and the cause when a model is
     *     missing, corrupt, or not one this OpenNLP version reads
     * @throws IllegalArgumentException if an extractor's name is null or blank, if two chosen
     *     extractors have the same name, or if {@link #cueLexicon(CueLexicon)} or {@link
     *     #addReportingVerbs(String...)} was called and no {@code rules} or {@code model}
     *     extractor made by the builder would read the lexicon
     * @throws IllegalStateException naming the extractor and its provider's class when an
     *     {@link ExtractorProvider} chosen by name throws from {@code create()} or returns null
     *     (the provider's exception is the cause)
     */
    public QuoteExtractor build() {
      return new QuoteExtractor(this);
    }

    CueLexicon effectiveLexicon() {
      CueLexicon base = lexicon != null ? lexicon : CueLexicon.englishNews();
      return extraVerbs.isEmpty() ? base : base.withVerbs(extraVerbs.toArray(String[]::new));
    }

    private List<Extractor> resolveExtractors() {
      List<Object> choice = chosen.isEmpty() ? List.of(ModelExtractor.NAME) : chosen;
      boolean readsLexicon = choice.contains(RuleBasedExtractor.NAME)
          || choice.contains(ModelExtractor.NAME);
      if (!readsLexicon && (lexicon != null || !extraVerbs.isEmpty())) {
        String call = lexicon != null ? "cueLexicon(...)" : "addReportingVerbs(" + extraVerbs
            .stream().map(v -> "\"" + v + "\"").collect(Collectors.joining(", ")) + ")";
        throw new IllegalArgumentException(call + " has no effect: no rules or model extractor"
            + " chosen by name reads the cue lexicon; chosen: " + describe(choice)
            + "; add extractors(\"rules\") or configure the extractor instance itself");
      }
      List<Extractor> out = new ArrayList<>();
      Map<String, ExtractorProvider> available = choice.stream().anyMatch(c -> c instanceof String)
          ? providers() : Map.of();
      for (Object c : choice) {
        if (c instanceof Extractor e) {
          out.add(e);
        } else if (c.equals(RuleBasedExtractor.NAME)) {
          out.add(new RuleBasedExtractor(effectiveLexicon()));
        } else if (c.equals(ModelExtractor.NAME) && (lexicon != null || !extraVerbs.isEmpty())) {
          out.add(ModelExtractorProvider.create(effectiveLexicon()));
        } else {
          out.add(created((String) c, available.get((String) c)));
        }
      }
      Map<String, Extractor> byName = new LinkedHashMap<>();
      for (Extractor e : out) {
        String name = e.name();
        Extractor before = name == null ? null : byName.putIfAbsent(name, e);
        if (before != null) {
          throw new IllegalArgumentException("two chosen extractors are named \"" + name
              + "\": " + before.getClass().getName() + " and " + e.getClass().getName()
              + "; chosen: " + describe(choice));
        }
      }
      return out;
    }

    /**
     * The extractor a provider found by name creates; a provider that throws or gives none fails
     * the build with a message that names it, not with its own exception alone.
     */
    private static Extractor created(String name, ExtractorProvider provider) {
      String failed = "extractor \"" + name + "\" could not be created: its provider "
          + provider.getClass().getName();
      Extractor e;
      try {
        e = provider.create();
      } catch (RuntimeException | LinkageError failure) {
        throw new IllegalStateException(failed + " threw " + failure, failure);
      }
      if (e == null) {
        throw new IllegalStateException(failed + " returned null");
      }
      return e;
    }

    /** The chosen extractors for a message: names as they are, instances by name and class. */
    private static String describe(List<Object> choice) {
      return choice.stream().map(c -> c instanceof Extractor e
          ? e.name() + " (instance of " + e.getClass().getName() + ")" : (String) c).toList()
          .toString();
    }

    /** The providers that failed to load, by message, each reported once. */
    private static final Set<String> UNLOADABLE = ConcurrentHashMap.newKeySet();

    private static Map<String, ExtractorProvider> providers() {
      Map<String, ExtractorProvider> out = new LinkedHashMap<>();
      ServiceLoader<ExtractorProvider> loader = ServiceLoader.load(ExtractorProvider.class);
      var it = loader.iterator();
      while (true) {
        try {
          if (!it.hasNext()) {
            break;
          }
          ExtractorProvider p = it.next();
          out.putIfAbsent(p.name(), p);
        } catch (ServiceConfigurationError e) {
          if (UNLOADABLE.add(String.valueOf(e.getMessage()))) { // once a JVM, not each build
            LOG.warn("skipping an extractor provider that failed to load: {}", e.getMessage());
          }
        }
      }
      return out;
    }
  }
}
