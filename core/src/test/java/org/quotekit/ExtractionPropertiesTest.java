package org.quotekit;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.statistics.Statistics;

/**
 * Properties of {@link QuoteExtractor#extract(Article)} over generated hostile text (see
 * {@link HostileTexts}): it never throws, every result keeps the {@link ExtractionContract}, and
 * results are the same on every run and on any number of threads sharing one extractor. Tries and
 * sizes are kept small so that the suite stays fast; the fuzz test and the hostile inputs cover
 * size.
 */
class ExtractionPropertiesTest {
  private static final QuoteExtractor EXTRACTOR = QuoteExtractor.builder().build();
  private static final int THREADS = 8;

  @Provide
  Arbitrary<String> articles() {
    return HostileTexts.texts(120);
  }

  @Provide
  Arbitrary<List<String>> batches() {
    return HostileTexts.texts(80).list().ofMinSize(THREADS).ofMaxSize(2 * THREADS);
  }

  @Provide
  Arbitrary<String> blanks() {
    return Arbitraries.of(" ", "\n", "\r\n", "\t", "\u2029", "\u2028", "\u000B", "\f", "\u3000",
        "\u2003", "\u001C").list().ofMaxSize(50).map(l -> String.join("", l));
  }

  @Property(tries = 300)
  void everyExtractionKeepsTheContractAndRepeats(@ForAll("articles") String text) {
    Extraction first = EXTRACTOR.extract(Article.of("p", text));

    Statistics.label("quotes found").collect(first.quotes().isEmpty() ? "none" : "some");
    ExtractionContract.check(text, first);
    assertThat(first.warnings()).isEmpty();
    assertThat(EXTRACTOR.extract(Article.of("p", text))).isEqualTo(first);
  }

  @Property(tries = 100)
  void blankArticlesGiveAnEmptyExtraction(@ForAll("blanks") String text) {
    assertThat(EXTRACTOR.extract(Article.of("b", text))).isEqualTo(Extraction.empty("b"));
  }

  @Property(tries = 15)
  void eightThreadsSharingOneExtractorGiveTheSameResults(@ForAll("batches") List<String> texts)
      throws Exception {
    List<Extraction> expected = extractAll(texts, 0);
    ExecutorService pool = Executors.newFixedThreadPool(THREADS);
    try {
      CyclicBarrier start = new CyclicBarrier(THREADS);
      List<Future<List<Extraction>>> runs = new ArrayList<>();
      for (int t = 0; t < THREADS; t++) {
        int offset = t;
        runs.add(pool.submit(() -> {
          start.await();
          return extractAll(texts, offset);
        }));
      }
      for (Future<List<Extraction>> run : runs) {
        assertThat(run.get()).isEqualTo(expected);
      }
    } finally {
      pool.shutdownNow();
    }
  }

  /** Extracts every text, starting at {@code offset} so that threads work on different ones. */
  private static List<Extraction> extractAll(List<String> texts, int offset) {
    Extraction[] out = new Extraction[texts.size()];
    for (int k = 0; k < texts.size(); k++) {
      int i = (k + offset) % texts.size();
      out[i] = EXTRACTOR.extract(Article.of("t" + i, texts.get(i)));
    }
    return List.of(out);
  }
}
