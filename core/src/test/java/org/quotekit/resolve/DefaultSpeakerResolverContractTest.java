package org.quotekit.resolve;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.quotekit.Article;
import org.quotekit.Extraction;
import org.quotekit.Quote;
import org.quotekit.QuoteExtractor;
import org.quotekit.Span;
import org.quotekit.Speaker;

/**
 * What any extraction must satisfy whatever the text: speakers with unique ids and mentions that
 * are spans of the text, quotes that point to existing speakers, the same result every time and
 * on every thread.
 */
class DefaultSpeakerResolverContractTest {
  private static final QuoteExtractor EXTRACTOR = QuoteExtractor.builder().build();
  private static final String[] WORDS = {"he", "she", "they", "it", "His", "said", "told",
      "that", "the", "official", "spokesman", "Mr.", "Ms.", "Gen.", "Sen.", "Smith", "SMITH:",
      "Makari", "McCarry", "Jr.", "al-", "bin", "of", "Department", "Washington", "\u201C",
      "\u201D", "\"", ",", ".", "--", "(", ")", "'s", "\u2019s", "Trump", "Donald", "J.",
      "a", "source", "officials", "Democrats", "campaign", "statement", "-", "\n", "\n\n", ":",
      "I", "we", "Monday", "New", "York", "Times", "PENCE", "envoy", "American", "Obama"};

  @Test
  void randomAndHostileTextsGiveConsistentSpeakers() {
    Random random = new Random(20240611L);
    for (int n = 0; n < 200; n++) {
      StringBuilder sb = new StringBuilder();
      int length = 1 + random.nextInt(120);
      for (int k = 0; k < length; k++) {
        sb.append(WORDS[random.nextInt(WORDS.length)]).append(random.nextInt(4) == 0 ? "" : " ");
      }
      String text = sb.toString();
      Extraction x = EXTRACTOR.extract(Article.of("r" + n, text));
      checkConsistent(x, text);
      assertThat(x.warnings()).as("warnings on %s", text).isEmpty();
      assertThat(EXTRACTOR.extract(Article.of("r" + n, text))).isEqualTo(x);
    }
  }

  @Test
  void theSameArticleGivesTheSameSpeakersOnManyThreads() throws Exception {
    String text = Files.readString(Path.of("..", "testdata", "articles",
        "mawazine-iraq-coalition.txt"), StandardCharsets.UTF_8);
    Extraction expected = EXTRACTOR.extract(Article.of("m", text));
    checkConsistent(expected, text);
    ExecutorService pool = Executors.newFixedThreadPool(4);
    try {
      List<Future<Extraction>> runs = new ArrayList<>();
      for (int i = 0; i < 16; i++) {
        runs.add(pool.submit(() -> EXTRACTOR.extract(Article.of("m", text))));
      }
      for (Future<Extraction> run : runs) {
        assertThat(run.get()).isEqualTo(expected);
      }
    } finally {
      pool.shutdownNow();
    }
  }

  private static void checkConsistent(Extraction x, String text) {
    Set<String> ids = new HashSet<>();
    for (Speaker s : x.speakers()) {
      assertThat(ids.add(s.id())).as("unique id %s", s.id()).isTrue();
      assertThat(s.name()).isNotBlank();
      for (Span m : s.mentions()) {
        assertThat(text.substring(m.start(), m.end())).isEqualTo(m.text());
      }
      assertThat(s.mentions()).isSorted();
    }
    for (Quote q : x.quotes()) {
      q.speakerId().ifPresent(id -> assertThat(ids).contains(id));
    }
  }
}
