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
import java.util.function.Function;
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
 * {@code Resolution.namedBeside}) on the code before its fix. Hostile variants of the same
 * articles (one paragraph, repeated, odd characters, unbalanced quotation marks) must go through
 * too.
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
    List<String> failures = failures(name, seed, variants, "variant",
        random -> mutate(texts, random));
    assertThat(failures).as("variants that failed, of %d", variants).isEmpty();
  }

  /**
   * Odd characters slipped into hostile text: zero-width and direction marks, a byte order mark,
   * spaces of other widths, a combining accent, an emoji, a lone surrogate, other quotation
   * marks, controls, line and paragraph separators, Hebrew and Arabic letters, runs of marks.
   */
  private static final String[] ODD = {"\u200b", "\u200d", "\u202e", "\ufeff", "\u00a0",
      "\u0301", "\ud83d\ude00", "\ud800", "\uff02", "\u00ab", "\u00bb", "\u201e", "\u0000",
      "\u0007", "\r\n", "\t", "\u2028", "\u2029", "\u0085", "\u3000", "\u05d0\u05de\u05e8",
      "\u0627\u0644", "''''", "\"\"\"\"", "\u2026"};

  /**
   * Hostile text as users feed it (the reliability goal: no hang, no crash): the same articles
   * as one paragraph, repeated up to eight times, stripped of closing quotation marks, strewn
   * with odd characters, with non-breaking spaces for spaces, without punctuation, with a word
   * thousands of letters long or a run of hundreds of quotation marks, or with other line
   * endings; each variant must go through as the copy-edited ones do.
   */
  @ParameterizedTest(name = "{0}")
  @CsvSource({"rules, 58, 300", "model, 59, 300"})
  void everyHostileVariantGoesThroughWithSpansInsideItsText(String name, long seed,
      int variants) throws IOException {
    List<String> texts = developTexts();
    List<String> failures = failures(name, seed, variants, "hostile variant",
        random -> hostile(texts, random));
    assertThat(failures).as("hostile variants that failed, of %d", variants).isEmpty();
  }

  /**
   * Runs {@code variants} texts that {@code make} draws from a generator seeded with {@code
   * seed} through the named extractors, failing fast, and returns what failed: an exception, or
   * a span that is not its text's.
   */
  private static List<String> failures(String name, long seed, int variants, String kind,
      Function<Random, String> make) {
    QuoteExtractor extractor = QuoteExtractor.builder().extractors(name)
        .failOnExtractorError(true).build();
    Random random = new Random(seed);
    List<String> failures = new ArrayList<>();
    for (int i = 0; i < variants; i++) {
      String text = make.apply(random);
      try {
        Extraction x = extractor.extract(Article.of(kind.replace(' ', '-') + "-" + i, text));
        for (Quote q : x.quotes()) {
          checkSpan(text, q.content(), failures, i);
          if (q.source().isPresent()) {
            checkSpan(text, q.source().get(), failures, i);
          }
        }
      } catch (RuntimeException e) {
        failures.add(kind + " " + i + " (seed " + seed + "): " + e);
      }
    }
    return failures;
  }

  /** One to three hostile edits to a randomly chosen article, by the generator's next draws. */
  static String hostile(List<String> texts, Random random) {
    String t = texts.get(random.nextInt(texts.size()));
    int edits = 1 + random.nextInt(3);
    for (int e = 0; e < edits; e++) {
      int at = random.nextInt(t.length() + 1);
      int end = Math.min(t.length(), at + random.nextInt(2000));
      t = switch (random.nextInt(9)) {
        case 0 -> t.replace("\n\n", " ");
        case 1 -> (t + "\n\n").repeat(2 + random.nextInt(7));
        case 2 -> t.replace("\u201d", "").replace("\"", random.nextBoolean() ? "" : "\"\"");
        case 3 -> {
          StringBuilder b = new StringBuilder(t);
          for (int n = 1 + random.nextInt(40); n > 0; n--) {
            b.insert(random.nextInt(b.length() + 1), ODD[random.nextInt(ODD.length)]);
          }
          yield b.toString();
        }
        case 4 -> t.substring(0, at) + t.substring(at, end).replace(' ', '\u00a0')
            + t.substring(end);
        case 5 -> t.substring(0, at) + t.substring(at, end).replaceAll("[.,;:!?]", "")
            + t.substring(end);
        case 6 -> t.substring(0, at) + "x".repeat(1 + random.nextInt(6000)) + t.substring(at);
        case 7 -> t.substring(0, at) + (random.nextBoolean() ? "\"" : "\u201c")
            .repeat(1 + random.nextInt(300)) + t.substring(at);
        default -> t.replace("\n", random.nextBoolean() ? "\r\n" : "\r");
      };
    }
    return t;
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
