package org.quotekit.cli;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.quotekit.Article;
import org.quotekit.QuoteExtractor;

/** The same input and configuration give byte-identical JSON on one thread or on eight. */
class JsonDeterminismTest {
  private static final int THREADS = 8;

  @Test
  void eightThreadsSharingOneExtractorWriteTheSameBytes() throws Exception {
    List<String> texts = texts();
    QuoteExtractor extractor = QuoteExtractor.builder().build();
    List<String> expected = json(extractor, texts, 0);
    assertThat(String.join("", expected)).contains("\"quotes\": [{");

    ExecutorService pool = Executors.newFixedThreadPool(THREADS);
    try {
      CyclicBarrier start = new CyclicBarrier(THREADS);
      List<Future<List<String>>> runs = new ArrayList<>();
      for (int t = 0; t < THREADS; t++) {
        int offset = t;
        runs.add(pool.submit(() -> {
          start.await();
          List<String> all = new ArrayList<>();
          for (int round = 0; round < 3; round++) {
            all.addAll(json(extractor, texts, offset + round));
          }
          return all;
        }));
      }
      List<String> thrice = new ArrayList<>();
      for (int round = 0; round < 3; round++) {
        thrice.addAll(expected);
      }
      for (Future<List<String>> run : runs) {
        assertThat(run.get()).isEqualTo(thrice);
      }
    } finally {
      pool.shutdownNow();
    }
    // A new extractor (a new JVM would do the same) writes the same bytes as well.
    assertThat(json(QuoteExtractor.builder().build(), texts, 0)).isEqualTo(expected);
  }

  /** JSON of every text, in input order, computed starting at {@code offset}. */
  private static List<String> json(QuoteExtractor extractor, List<String> texts, int offset) {
    String[] out = new String[texts.size()];
    for (int k = 0; k < texts.size(); k++) {
      int i = (k + offset) % texts.size();
      out[i] = JsonWriter.toJson(extractor.extract(Article.of("t" + i, texts.get(i))));
    }
    return List.of(out);
  }

  private static List<String> texts() throws IOException {
    List<String> texts = new ArrayList<>();
    try (Stream<Path> files = Files.list(Path.of("../../testdata/articles"))) {
      for (Path p : files.filter(f -> f.toString().endsWith(".txt")).sorted().toList()) {
        texts.add(Files.readString(p, UTF_8));
      }
    }
    texts.add("\u201CWe tried,\u201D she said. \u201CIt did not work.\u201D\nLee added that the"
        + " team would try again in May, according to a statement.");
    texts.add("Mayor Lena Ortiz said the bridge would reopen in May. \u00ABOui\u00BB, dit-il.");
    texts.add("\"Unclosed \u2018nested \u201Cquote\nSMITH: We will.\n\uD800 said that \u202Eit"
        + " is.");
    return texts;
  }
}
