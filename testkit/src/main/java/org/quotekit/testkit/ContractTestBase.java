package org.quotekit.testkit;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Random;
import java.util.concurrent.TimeoutException;
import java.util.function.Consumer;
import java.util.function.Function;
import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.api.Test;
import org.quotekit.Article;
import org.quotekit.Extraction;
import org.quotekit.QuoteExtractor;
import org.quotekit.internal.TextNormalizer;

/**
 * The contract tests that every plug-in of QuoteKit inherits, and the settings they share. Extend
 * {@link ExtractorContractTest} or {@link SpeakerResolverContractTest}, not this class.
 *
 * <p>Every test runs over {@link #articles()} (ordinary news text) and {@link #hostileArticles()}
 * (text built to hurt, generated from {@link #seed()}). A failure names the test, the article,
 * the start of its text and the seed; the same seed gives the same articles again. Set the seed
 * with {@code -Dquotekit.testkit.seed=N} (or {@code =random} for a new one each run), or override
 * {@link #seed()}.
 *
 * <p>JUnit creates one instance per test; an instance is not thread-safe.
 *
 * @param <S> the kind of plug-in under test
 * @param <R> what one run of a plug-in on one article gives
 */
public abstract class ContractTestBase<S, R> {
  /** The system property that sets the seed: a whole number, or {@code random}. */
  public static final String SEED_PROPERTY = "quotekit.testkit.seed";
  /** The seed when {@link #SEED_PROPERTY} is not set. */
  public static final long DEFAULT_SEED = 20261126L;

  private static final long RANDOM_SEED = new Random().nextLong();
  private static final int EXCERPT = 120;

  private final Function<S, String> nameOf;
  private List<Article> allArticles;

  /** Only the kit's own classes extend this one directly; {@code nameOf} gives a plug-in's name. */
  ContractTestBase(Function<S, String> nameOf) {
    this.nameOf = nameOf;
  }

  /**
   * The seed of every generated article: {@link #SEED_PROPERTY} when set ({@code random} picks one
   * per JVM), else {@link #DEFAULT_SEED}.
   *
   * @throws IllegalArgumentException if the property is neither a whole number nor
   *     {@code random}
   */
  protected long seed() {
    String value = System.getProperty(SEED_PROPERTY);
    if (value == null || value.isBlank()) {
      return DEFAULT_SEED;
    }
    if (value.strip().equals("random")) {
      return RANDOM_SEED;
    }
    try {
      return Long.decode(value.strip());
    } catch (NumberFormatException e) {
      throw new IllegalArgumentException(SEED_PROPERTY + " must be a whole number or random: "
          + value, e);
    }
  }

  /**
   * Ordinary articles, for which the plug-in should find something: by default
   * {@link SampleArticles#all()}. Override to add your own (keep the defaults with
   * {@code super.articles()}).
   */
  protected List<Article> articles() {
    return SampleArticles.all();
  }

  /**
   * Articles built to hurt: each {@link HostileShape} at {@link #hostileShapeLength()} characters,
   * then {@link #hostileArticleCount()} articles of {@link HostileText} generated from
   * {@link #seed()}.
   */
  protected List<Article> hostileArticles() {
    List<Article> out = new ArrayList<>();
    for (HostileShape shape : HostileShape.values()) {
      out.add(Article.of("shape-" + shape.name(), shape.text(hostileShapeLength())));
    }
    out.addAll(HostileText.articles(seed(), hostileArticleCount(), 150));
    return out;
  }

  /** How many generated hostile articles to run on: 40 by default. */
  protected int hostileArticleCount() {
    return 40;
  }

  /** The length of each {@link HostileShape} article: 2,000 characters by default. */
  protected int hostileShapeLength() {
    return 2_000;
  }

  /**
   * The length of each {@link HostileShape} article the time-limit test reads besides: 50,000
   * characters by default, where a plug-in whose time grows with the square or the cube of the
   * text (a loop over pairs of quote marks) passes the limit that short texts keep; 0 to leave
   * them out.
   */
  protected int longHostileShapeLength() {
    return 50_000;
  }

  /** How many threads share one instance in the thread-safety test: 4 by default. */
  protected int threads() {
    return 4;
  }

  /** How long one article may take: 10 seconds by default. */
  protected Duration timeLimitPerArticle() {
    return Duration.ofSeconds(10);
  }

  /** A new instance of the plug-in under test. */
  abstract S newSubject();

  /**
   * A builder of a {@link QuoteExtractor} that runs {@code subject} and hands what it gives for
   * each article to {@code recorder}.
   */
  abstract QuoteExtractor.Builder recording(S subject, Recorder<R> recorder);

  /** What a run gives on a blank article, which the pipeline does not hand to plug-ins. */
  abstract R blank();

  /** Checks what {@code subject} gave for {@code article}; throws an AssertionError if broken. */
  abstract void checkResult(Article article, R result);

  /**
   * The text plug-ins see for {@code article}: its text as the analysis normalises it (see
   * {@link QuoteExtractor#extract(Article)}), which their offsets point into.
   */
  static String analysedText(Article article) {
    TextNormalizer normalized = TextNormalizer.of(article.text());
    return normalized == null ? article.text() : normalized.text();
  }

  /** {@code result} in a form whose {@code equals} says whether two runs agree. */
  R comparable(R result) {
    return result;
  }

  /** A {@link QuoteExtractor} that runs {@code subject} as users would. */
  abstract QuoteExtractor quoteExtractorWith(S subject);

  /**
   * A function that runs {@code subject} on one article, with failures thrown, and returns what
   * it gave; safe to call on many threads at once when the subject is.
   */
  private Function<Article, R> runner(S subject) {
    Recorder<R> recorder = new Recorder<>();
    QuoteExtractor extractor = recording(subject, recorder).failOnExtractorError(true).build();
    R none = blank();
    return a -> recorder.during(extractor, a, none);
  }

  /**
   * Whether {@code subject} takes a name a built-in plug-in of its kind has, so that the two
   * cannot run together: never, here.
   */
  boolean takesABuiltInName(S subject, String name) {
    return false;
  }

  /**
   * The plug-in's name is not blank, is the same on every call and every instance, and is none
   * of the built-in ones' ({@link ExtractorContractTest}: {@code model}, {@code rules}).
   */
  @Test
  public void nameIsNotBlankAndStable() {
    S subject = newSubject();
    try {
      String name = nameOf.apply(subject);
      assertThat(name).as("name of %s", subject.getClass().getName()).isNotBlank();
      if (takesABuiltInName(subject, name)) {
        throw new AssertionError("the name " + name + " of " + subject.getClass().getName()
            + " is a built-in one's, so that the two cannot run together");
      }
      assertThat(nameOf.apply(subject)).as("name on a second call").isEqualTo(name);
      assertThat(nameOf.apply(newSubject())).as("name of a fresh instance").isEqualTo(name);
    } catch (AssertionError e) {
      throw failure("nameIsNotBlankAndStable", null, e);
    }
  }

  /** What the plug-in gives on every article keeps the invariants of {@link Invariants}. */
  @Test
  public void resultsKeepTheirInvariants() {
    Function<Article, R> run = runner(newSubject());
    eachArticle("resultsKeepTheirInvariants", allArticles(),
        a -> checkResult(a, run.apply(a)));
  }

  /** One instance gives equal results on the same article twice. */
  @Test
  public void sameArticleTwiceGivesEqualResults() {
    Function<Article, R> run = runner(newSubject());
    sameResults("sameArticleTwiceGivesEqualResults", run, run);
  }

  /** Two fresh instances give equal results on the same article. */
  @Test
  public void freshInstancesGiveEqualResults() {
    sameResults("freshInstancesGiveEqualResults", runner(newSubject()), runner(newSubject()));
  }

  /**
   * One fresh instance shared by {@link #threads()} threads, each over every article at once,
   * gives each thread the results that another instance gets on one thread. The threads make the
   * instance's first calls together, so that what it sets up on first use is set up under
   * contention too.
   */
  @Test
  public void oneInstanceOnManyThreadsGivesTheSameResults() throws InterruptedException {
    String check = "oneInstanceOnManyThreadsGivesTheSameResults";
    Function<Article, R> alone = runner(newSubject());
    Function<Article, R> run = runner(newSubject());
    List<Article> articles = allArticles();
    List<R> expected = new ArrayList<>();
    eachArticle(check, articles, a -> expected.add(comparable(alone.apply(a))));
    List<List<R>> perThread;
    Duration limit = timeLimitPerArticle().multipliedBy(articles.size());
    try {
      perThread = Concurrently.map(threads(), articles, a -> {
        List<R> one = new ArrayList<>(1);
        eachArticle(check, List.of(a), b -> one.add(comparable(run.apply(b))));
        return one.get(0);
      }, limit);
    } catch (TimeoutException e) {
      throw failure(check, null, new AssertionError(threads() + " threads did not finish "
          + articles.size() + " articles within " + limit));
    }
    for (int t = 0; t < perThread.size(); t++) {
      for (int i = 0; i < articles.size(); i++) {
        R got = perThread.get(t).get(i);
        if (!Objects.equals(got, expected.get(i))) {
          throw failure(check, articles.get(i), new AssertionError("thread " + (t + 1) + " of "
              + threads() + " got other results than one thread alone: "
              + difference(expected.get(i), got)));
        }
      }
    }
  }

  /**
   * One instance given every article under one id, in turn, gives each the results another
   * instance gets for it under its own id: nothing kept from an earlier article (a cache by id,
   * a last article remembered, an id seen before) reaches a later one with the same id, as
   * standard input's "stdin" or an archive's repeated ids do in use.
   */
  @Test
  public void articlesSharingAnIdGetTheirOwnResults() {
    String check = "articlesSharingAnIdGetTheirOwnResults";
    Function<Article, R> shared = runner(newSubject());
    Function<Article, R> fresh = runner(newSubject());
    List<R> inTurn = new ArrayList<>();
    List<Article> articles = allArticles();
    eachArticle(check, articles, a -> inTurn.add(comparable(shared.apply(sameId(a)))));
    for (int i = 0; i < articles.size(); i++) {
      Article a = articles.get(i);
      int at = i;
      eachArticle(check, List.of(a), b -> {
        R own = comparable(fresh.apply(b));
        if (!Objects.equals(own, inTurn.get(at))) {
          throw new AssertionError("after other articles with the id \"" + SHARED_ID
              + "\" it got other results than alone: " + difference(own, inTurn.get(at)));
        }
      });
    }
  }

  /** The id every article gets in {@link #articlesSharingAnIdGetTheirOwnResults()}. */
  private static final String SHARED_ID = "stdin";

  private static Article sameId(Article a) {
    return Article.of(SHARED_ID, a.text());
  }

  /**
   * Every hostile article, and every {@link HostileShape} at {@link #longHostileShapeLength()}
   * characters, is done without an exception within {@link #timeLimitPerArticle()}.
   */
  @Test
  public void hostileTextThrowsNothingAndFinishesInTime() {
    Function<Article, R> run = runner(newSubject());
    Duration limit = timeLimitPerArticle();
    List<Article> articles = new ArrayList<>(hostileArticles());
    if (longHostileShapeLength() > 0) {
      for (HostileShape shape : HostileShape.values()) {
        articles.add(Article.of("long-shape-" + shape.name(),
            shape.text(longHostileShapeLength())));
      }
    }
    eachArticle("hostileTextThrowsNothingAndFinishesInTime", articles,
        a -> Assertions.assertTimeoutPreemptively(limit, () -> {
          run.apply(a);
        }, () -> "took longer than " + limit));
  }

  /**
   * With the plug-in in a {@link QuoteExtractor}, every extraction keeps the invariants of
   * {@link Invariants#checkExtraction} and has no warnings (a warning means that the pipeline
   * dropped an invalid result or caught an exception).
   */
  @Test
  public void extractionsThroughQuoteExtractorKeepTheirInvariants() {
    QuoteExtractor extractor = quoteExtractorWith(newSubject());
    eachArticle("extractionsThroughQuoteExtractorKeepTheirInvariants", allArticles(), a -> {
      Extraction x = extractor.extract(a);
      Invariants.checkExtraction(a.text(), x);
      if (!x.warnings().isEmpty()) {
        throw new AssertionError("the extraction has warnings: " + x.warnings());
      }
    });
  }

  /** {@link #articles()} and then {@link #hostileArticles()}, made once per test. */
  final List<Article> allArticles() {
    if (allArticles == null) {
      List<Article> all = new ArrayList<>(articles());
      all.addAll(hostileArticles());
      allArticles = List.copyOf(all);
    }
    return allArticles;
  }

  private void sameResults(String check, Function<Article, R> first,
      Function<Article, R> second) {
    eachArticle(check, allArticles(), a -> {
      R one = comparable(first.apply(a));
      R two = comparable(second.apply(a));
      if (!Objects.equals(one, two)) {
        throw new AssertionError("the second run got other results: " + difference(one, two));
      }
    });
  }

  /** Runs {@code check} on every article; a failure names the check, the article and the seed. */
  final void eachArticle(String check, List<Article> articles, Consumer<Article> body) {
    for (Article a : articles) {
      try {
        body.accept(a);
      } catch (VirtualMachineError e) {
        if (!(e instanceof StackOverflowError)) {
          throw e;
        }
        throw failure(check, a, e);
      } catch (RuntimeException | Error e) {
        throw failure(check, a, e);
      }
    }
  }

  private AssertionError failure(String check, Article article, Throwable cause) {
    long seed = seed();
    String where = article == null ? "" : " on article " + article.id() + " ("
        + article.text().length() + " characters: " + excerpt(article.text()) + ")";
    String why = cause instanceof AssertionError ? cause.getMessage() : cause.toString();
    return new AssertionError(check + " failed" + where + ": " + why + "\n  seed " + seed
        + ": rerun with -D" + SEED_PROPERTY + "=" + seed, cause);
  }

  /** The start of {@code text} in Java string syntax, characters outside ASCII escaped. */
  static String excerpt(String text) {
    StringBuilder sb = new StringBuilder("\"");
    int n = Math.min(text.length(), EXCERPT);
    for (int i = 0; i < n; i++) {
      char c = text.charAt(i);
      if (c == '\n') {
        sb.append("\\n");
      } else if (c == '"' || c == '\\') {
        sb.append('\\').append(c);
      } else if (c < 0x20 || c > 0x7E) {
        sb.append(String.format("\\u%04X", (int) c));
      } else {
        sb.append(c);
      }
    }
    return sb.append(text.length() > n ? "\"..." : "\"").toString();
  }

  /** Where two results differ: the first element that differs, for lists. */
  static String difference(Object expected, Object got) {
    if (expected instanceof List<?> a && got instanceof List<?> b) {
      for (int i = 0; i < Math.min(a.size(), b.size()); i++) {
        if (!Objects.equals(a.get(i), b.get(i))) {
          return "element " + i + " was " + a.get(i) + " and is " + b.get(i);
        }
      }
      return a.size() + " elements before, " + b.size() + " now";
    }
    return "was " + expected + ", is " + got;
  }
}
