package org.quotekit.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import opennlp.tools.postag.POSModel;
import opennlp.tools.postag.POSTaggerME;
import org.junit.jupiter.api.Test;
import org.quotekit.Article;
import org.quotekit.spi.Sentence;
import org.quotekit.spi.Token;

/** {@link PosTagger} gives exactly the tags of OpenNLP's {@code POSTaggerME}. */
class PosTaggerTest {
  private static final POSModel MODEL = NlpModels.load(NlpModels.POS_MODEL, POSModel::new);
  private static final List<String> VOCABULARY = List.of("the", "The", "president", "said",
      "says", "that", "he", "she", "would", "not", "win", "Ann", "Lee", "told", "reporters",
      "on", "Friday", ",", ".", "\"", "'", "(", ")", "--", ":", ";", "?", "U.S.", "Rep.", "Gen.",
      "according", "to", "officials", "'s", "n't", "42", "3.5", "$", "run", "running", "ran",
      "charges", "Trump", "Clinton", "and", "or", "but", "who", "which", "said.", "x", "\u00E9t\u00E9",
      "\u05D0\u05DE\u05E8", "\uD800", "\u0000", "WWWWWWWWWWWWWWWWWWWWWWWWWWWWWW", "-", "\u2014");

  @Test
  void theBundledModelTakesTheFastPath() {
    assertThat(PosTagger.of(MODEL)).isInstanceOf(PosTagger.Beam.class);
    assertThat(((PosTagger.Beam) PosTagger.of(MODEL)).usesFeatureCache()).isTrue();
    assertThat(((PosTagger.Beam) PosTagger.of(MODEL)).decodesGreedily()).isTrue();
  }

  @Test
  void sameTagsAsPosTaggerMeOnArticleSentences() throws IOException {
    List<String[]> sentences = new ArrayList<>();
    try (var files = Files.list(Path.of("../testdata/articles"))) {
      for (Path p : files.filter(f -> f.toString().endsWith(".txt")).sorted().toList()) {
        Analysis a = new Analysis(Article.of("t", Files.readString(p, StandardCharsets.UTF_8)),
            NlpModels.get());
        for (Sentence s : a.sentences()) {
          sentences.add(a.tokens(s).stream().map(Token::text).toArray(String[]::new));
        }
      }
    }
    assertThat(sentences).hasSizeGreaterThan(10);
    assertSameTags(sentences);
  }

  @Test
  void sameTagsAsPosTaggerMeOnRandomSentences() {
    Random random = new Random(20261126);
    List<String[]> sentences = new ArrayList<>();
    for (int n = 0; n < 600; n++) {
      String[] words = new String[1 + random.nextInt(n % 10 == 0 ? 150 : 30)];
      for (int i = 0; i < words.length; i++) {
        words[i] = VOCABULARY.get(random.nextInt(VOCABULARY.size()));
      }
      sentences.add(words);
    }
    assertSameTags(sentences);
  }

  @Test
  void sameTagsAsPosTaggerMeOnLongRepetitiveSentences() {
    // Beams whose histories differ far back: only the last two tags may decide.
    List<String[]> sentences = new ArrayList<>();
    for (String unit : List.of("a.", "(", "said \"", "x \u201C y \u201D", "He said", "Smith ,")) {
      String[] words = (unit + " ").repeat(800 / unit.split(" ").length).trim().split(" ");
      sentences.add(words);
    }
    assertSameTags(sentences);
  }

  @Test
  void sameTagsAsPosTaggerMeWhenTheWordCacheFillsUp() {
    // More distinct words than PosFeatures keeps in its two generations: words are dropped.
    Random random = new Random(29);
    List<String[]> sentences = new ArrayList<>();
    int words = 0;
    while (words < 2 * PosFeatures.CACHE_WORDS + 2_000) {
      String[] sentence = new String[20];
      for (int i = 0; i < sentence.length; i++) {
        sentence[i] = i % 4 == 3 ? VOCABULARY.get(random.nextInt(VOCABULARY.size()))
            : (random.nextBoolean() ? "Zq" : "zq") + words++;
      }
      sentences.add(sentence);
    }
    assertSameTags(sentences);
  }

  @Test
  void aSentenceTooLongForTheGreedyPathGoesToTheBeam() {
    Random random = new Random(3);
    String[] words = new String[PosTagger.Beam.GREEDY_MAX_WORDS + 1];
    for (int i = 0; i < words.length; i++) {
      words[i] = VOCABULARY.get(random.nextInt(VOCABULARY.size()));
    }
    PosTagger.Beam tagger = (PosTagger.Beam) PosTagger.of(MODEL);
    String[] tags = tagger.tag(words);
    assertThat(tagger.handedBack()).isEqualTo(1);
    assertThat(tags).isEqualTo(((PosTagger.Beam) PosTagger.of(MODEL)).beam(words));
    String[] shorter = Arrays.copyOf(words, PosTagger.Beam.GREEDY_MAX_WORDS);
    assertThat(tagger.tag(shorter)).isEqualTo(tagger.beam(shorter));
  }

  @Test
  void kthLargestIsTheValueASortedCopyHoldsAtLengthMinusK() {
    Random random = new Random(7);
    for (int n = 0; n < 2_000; n++) {
      double[] values = new double[1 + random.nextInt(20)];
      for (int i = 0; i < values.length; i++) {
        values[i] = random.nextInt(4) == 0 ? 0.25 : random.nextInt(3) == 0 ? 0.0
            : random.nextDouble();
      }
      double[] sorted = values.clone();
      Arrays.sort(sorted);
      for (int k = 1; k <= values.length; k++) {
        assertThat(PosTagger.Beam.kthLargest(values, k)).isEqualTo(sorted[values.length - k]);
      }
    }
  }

  /**
   * Both of the fast tagger's searches (the greedy path, which hands a sentence back to the beam
   * on a tie, and the beam itself) give POSTaggerME's tags; the greedy path decides nearly all.
   */
  private static void assertSameTags(List<String[]> sentences) {
    POSTaggerME reference = new POSTaggerME(MODEL);
    PosTagger.Beam fast = (PosTagger.Beam) PosTagger.of(MODEL);
    PosTagger.Beam beam = (PosTagger.Beam) PosTagger.of(MODEL);
    for (String[] words : sentences) {
      String[] expected = reference.tag(words);
      assertThat(fast.tag(words)).as(String.join(" ", words)).isEqualTo(expected);
      assertThat(beam.beam(words)).as(String.join(" ", words)).isEqualTo(expected);
    }
    assertThat(fast.handedBack()).isLessThan(Math.max(1, sentences.size() / 20));
  }
}
