package org.quotekit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Iterator;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/** {@link QuoteExtractor#extractAll}: input order, same results, bounded read-ahead, failures. */
class BatchExtractionTest {
  private static final QuoteExtractor EXTRACTOR = QuoteExtractor.builder()
      .maxArticleLength(2_000).build();

  private static final String[] SPEAKERS = {"the mayor", "Anna Berg", "a union leader",
      "the minister", "Tom Reid"};

  /** Short articles written for the test, each with a quote or two. */
  private static List<Article> articles(int n) {
    List<Article> out = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      String who = SPEAKERS[i % SPEAKERS.length];
      String text = "\u201CWe will finish bridge number " + i + " by spring,\u201D " + who
          + " said on Monday. Critics said the plan for bridge " + i + " would cost more than "
          + (i * 3 + 2) + " million pounds." + (i % 3 == 0 ? " Nobody else spoke." : "");
      out.add(Article.of("a" + i, text));
    }
    return out;
  }

  private static List<ArticleResult> run(Iterable<Article> articles, int threads) {
    List<ArticleResult> results = new ArrayList<>();
    EXTRACTOR.extractAll(articles, threads, results::add);
    return results;
  }

  @Test
  void resultsComeInInputOrderAndEqualOneExtractionPerArticle() {
    List<Article> articles = articles(40);
    List<Extraction> expected = articles.stream().map(EXTRACTOR::extract).toList();
    for (int threads : new int[] {1, 2, 4}) {
      List<ArticleResult> results = run(articles, threads);
      assertThat(results).extracting(ArticleResult::article).containsExactlyElementsOf(articles);
      assertThat(results).allSatisfy(r -> assertThat(r.succeeded()).isTrue());
      assertThat(results).extracting(r -> r.extraction().orElseThrow())
          .as("threads=%d", threads).containsExactlyElementsOf(expected);
      assertThat(expected.get(0).quotes()).isNotEmpty();
    }
  }

  @Test
  void aFailingArticleGetsItsErrorAndTheBatchGoesOn() {
    List<Article> articles = new ArrayList<>(articles(6));
    articles.add(3, Article.of("huge", "x".repeat(5_000)));
    List<ArticleResult> results = run(articles, 3);
    assertThat(results).extracting(r -> r.article().id())
        .containsExactly("a0", "a1", "a2", "huge", "a3", "a4", "a5");
    ArticleResult huge = results.get(3);
    assertThat(huge.succeeded()).isFalse();
    assertThat(huge.extraction()).isEmpty();
    assertThat(huge.error()).get().isInstanceOf(ArticleTooLargeException.class);
    assertThat(results).filteredOn(ArticleResult::succeeded).hasSize(6);
  }

  @Test
  void theBatchReadsAtMostTwoArticlesPerThreadAhead() {
    List<Article> articles = articles(60);
    AtomicInteger pulled = new AtomicInteger();
    Iterable<Article> counting = () -> new Iterator<>() {
      private final Iterator<Article> it = articles.iterator();

      @Override
      public boolean hasNext() {
        return it.hasNext();
      }

      @Override
      public Article next() {
        pulled.incrementAndGet();
        return it.next();
      }
    };
    int threads = 3;
    List<Integer> aheadAtEachResult = new ArrayList<>();
    AtomicInteger delivered = new AtomicInteger();
    EXTRACTOR.extractAll(counting, threads, r -> {
      aheadAtEachResult.add(pulled.get() - delivered.incrementAndGet());
    });
    assertThat(delivered.get()).isEqualTo(60);
    assertThat(aheadAtEachResult).allSatisfy(ahead -> assertThat(ahead)
        .isLessThanOrEqualTo(2 * threads));
  }

  @Test
  void misuseIsRejectedByName() {
    assertThatThrownBy(() -> EXTRACTOR.extractAll(articles(1), 0, r -> { }))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("threads");
    assertThatThrownBy(() -> EXTRACTOR.extractAll(null, 2, r -> { }))
        .isInstanceOf(NullPointerException.class).hasMessageContaining("articles");
    List<Article> withNull = Arrays.asList(articles(1).get(0), null);
    assertThatThrownBy(() -> EXTRACTOR.extractAll(withNull, 2, r -> { }))
        .isInstanceOf(NullPointerException.class).hasMessageContaining("null");
  }

  @Test
  void aNullArticleEndsTheBatchAfterTheArticlesBeforeItWhateverTheThreads() {
    List<Article> five = articles(5);
    List<Article> withNull = Arrays.asList(five.get(0), five.get(1), five.get(2), null,
        five.get(3), five.get(4));
    for (int threads : new int[] {1, 2, 3, 8}) {
      List<String> handed = new ArrayList<>();
      assertThatThrownBy(() -> EXTRACTOR.extractAll(withNull, threads,
          r -> handed.add(r.article().id())))
          .isInstanceOf(NullPointerException.class).hasMessageContaining("article 3 ");
      assertThat(handed).as("%d threads", threads).containsExactly("a0", "a1", "a2");
    }
    // an iterator that fails is treated alike
    Iterator<Article> failing = new Iterator<>() {
      private int i;

      @Override
      public boolean hasNext() {
        if (i == 2) {
          throw new IllegalStateException("source closed");
        }
        return true;
      }

      @Override
      public Article next() {
        return five.get(i++);
      }
    };
    List<String> handed = new ArrayList<>();
    assertThatThrownBy(() -> EXTRACTOR.extractAll(() -> failing, 4,
        r -> handed.add(r.article().id()))).hasMessage("source closed");
    assertThat(handed).containsExactly("a0", "a1");
  }

  @Test
  void anExceptionFromTheSinkEndsTheBatchAndStopsItsThreads() throws InterruptedException {
    assertThatThrownBy(() -> EXTRACTOR.extractAll(articles(20), 2, r -> {
      throw new IllegalStateException("sink full");
    })).isInstanceOf(IllegalStateException.class).hasMessage("sink full");
    // shutdownNow() interrupts the workers; none of them is left extracting for long.
    long deadline = System.nanoTime() + 30_000_000_000L;
    while (batchThreadsAlive() && System.nanoTime() < deadline) {
      Thread.sleep(10);
    }
    assertThat(batchThreadsAlive()).isFalse();
  }

  private static boolean batchThreadsAlive() {
    return Thread.getAllStackTraces().keySet().stream()
        .anyMatch(t -> t.getName().startsWith("quotekit-batch-") && t.isAlive());
  }

  /**
   * An interrupt stops the batch with a {@link java.util.concurrent.CancellationException},
   * whatever the thread count, after the articles already handed over; the flag stays set.
   */
  @Test
  void anInterruptStopsTheBatchOnOneThreadAsOnMany() {
    for (int threads : new int[] {1, 2}) {
      List<ArticleResult> results = new ArrayList<>();
      try {
        assertThatThrownBy(() -> EXTRACTOR.extractAll(articles(6), threads, r -> {
          results.add(r);
          if (results.size() == 2) {
            Thread.currentThread().interrupt(); // the caller is asked to stop
          }
        })).as("%d threads", threads)
            .isInstanceOf(java.util.concurrent.CancellationException.class);
        assertThat(Thread.currentThread().isInterrupted()).as("%d threads", threads).isTrue();
        assertThat(results).as("%d threads", threads).hasSizeLessThan(6)
            .hasSizeGreaterThanOrEqualTo(2);
      } finally {
        Thread.interrupted(); // clear the flag for the next test
      }
    }
  }
}
