package org.quotekit.resolve;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.quotekit.Article;
import org.quotekit.Extraction;
import org.quotekit.Quote;
import org.quotekit.QuoteExtractor;
import org.quotekit.Span;

/**
 * Real article text, broken as copy gets broken: words dropped, a title, cue word, quotation
 * mark or bracket slipped in, a run of words from another article spliced in, a word set in
 * capitals. Every variant must go through every stage with no exception (the extractors fail
 * fast here, where a user's batch would log the error and lose that article's speakers), and
 * every span must lie inside the text with the text it claims. The variants come from the
 * trials' develop articles by a fixed seed, so a failure names a variant that can be rebuilt;
 * this found the crash of the fifty-sixth round (a cue read inside an apposition, which threw in
 * {@code Resolution.namedBeside}) on the code before its fix.
 */
class MutatedArticlesRobustnessTest {
  private static final Path TRIALS = Path.of("..", "testdata", "speakers", "trials");
  /** Words and marks slipped into the text: punctuation, titles, cue words, function words. */
  private static final String[] INSERTS = {"advocate", "said", "Dr", "Dr.", ",", "Mr", "the",
      "The", "according to", "told", "\"", "\u201c", "\u201d", "(", ")", "--", "\u2014", "who",
      "of", "Minister", "spokesman", "Inc.", "'s", "and", "said:", "UNO", ":", "Senior", "whose",
      "Asked", "claims", "known as", "\u2019s", ";", "Sen.", "Gov. Gen.", "X", "Instagram"};

  @ParameterizedTest(name = "{0}")
  @CsvSource({"rules, 56, 3000", "model, 57, 3000"})
  void everyVariantGoesThroughWithSpansInsideItsText(String name, long seed, int variants)
      throws IOException {
    List<String> texts = developTexts();
    assertThat(texts).as("the trials' develop articles").hasSizeGreaterThan(500);
    QuoteExtractor extractor = QuoteExtractor.builder().extractors(name)
        .failOnExtractorError(true).build();
    Random random = new Random(seed);
    List<String> failures = new ArrayList<>();
    for (int i = 0; i < variants; i++) {
      String text = mutate(texts, random);
      try {
        Extraction x = extractor.extract(Article.of("variant-" + i, text));
        for (Quote q : x.quotes()) {
          checkSpan(text, q.content(), failures, i);
          if (q.source().isPresent()) {
            checkSpan(text, q.source().get(), failures, i);
          }
        }
      } catch (RuntimeException e) {
        failures.add("variant " + i + " (seed " + seed + "): " + e);
      }
    }
    assertThat(failures).as("variants that failed, of %d", variants).isEmpty();
  }

  private static void checkSpan(String text, Span s, List<String> failures, int i) {
    if (s.start() < 0 || s.end() > text.length() || s.start() > s.end()
        || !text.substring(s.start(), s.end()).equals(s.text())) {
      failures.add("variant " + i + ": span " + s + " is not the text's");
    }
  }

  /** One to six edits to a randomly chosen article, by the generator's next draws. */
  static String mutate(List<String> texts, Random random) {
    List<String> words = new ArrayList<>(
        Arrays.asList(texts.get(random.nextInt(texts.size())).split(" ", -1)));
    int edits = 1 + random.nextInt(6);
    for (int e = 0; e < edits; e++) {
      int k = random.nextInt(words.size());
      switch (random.nextInt(4)) {
        case 0 -> words.add(k, INSERTS[random.nextInt(INSERTS.length)]);
        case 1 -> words.remove(k);
        case 2 -> {
          String[] other = texts.get(random.nextInt(texts.size())).split(" ");
          int from = random.nextInt(other.length);
          int run = 1 + random.nextInt(12);
          for (int z = 0; z < run && from + z < other.length; z++) {
            words.add(k + z, other[from + z]);
          }
        }
        default -> words.set(k, words.get(k).toUpperCase(Locale.ROOT));
      }
      if (words.isEmpty()) {
        words.add("x");
      }
    }
    return String.join(" ", words);
  }

  /** The texts of the trials' develop part, in the order of their names. */
  private static List<String> developTexts() throws IOException {
    Set<String> develop = new TreeSet<>();
    for (String[] row : SpeakerAttributionEvaluationTest.rows(TRIALS.resolve("speakers.tsv"), 5)) {
      if (row[1].equals("develop")) {
        develop.add(row[0]);
      }
    }
    List<String> texts = new ArrayList<>();
    for (String id : develop) {
      texts.add(Files.readString(TRIALS.resolve(id + ".txt")));
    }
    return texts;
  }
}
