package org.quotekit.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import opennlp.tools.sentdetect.SentenceDetectorFactory;
import opennlp.tools.sentdetect.SentenceDetectorME;
import opennlp.tools.sentdetect.SentenceModel;
import org.junit.jupiter.api.Test;

/** {@link SentenceDetectors} finds exactly the sentences of OpenNLP's {@code SentenceDetectorME}. */
class SentenceDetectorsTest {
  private static final SentenceModel MODEL =
      NlpModels.load(NlpModels.SENTENCE_MODEL, SentenceModel::new);
  private static final List<String> PIECES = List.of("a", "a.", ".", "?", "!", "U.S.", "Rep.",
      "\"", "\u201D", ")", "said", "He", "x.y.z", "...", "?!", " ", " ", " ", "\n", "\t", "\u00A0",
      "Ann", "Lee.", "e.g.", "1.5", "a.a.a.a.a.a.a.", "!!!");

  @Test
  void theBundledModelTakesTheLinearPath() {
    assertThat(MODEL.getFactory().getClass()).isEqualTo(SentenceDetectorFactory.class);
  }

  @Test
  void keepsOnlyTheLastPositionBeforeWhiteSpace() {
    String s = "a.b. c.d.e f. g";
    assertThat(SentenceDetectors.LastOfRun.lastOfRuns(s, List.of(1, 3, 6, 8, 12)))
        .containsExactly(3, 8, 12);
    assertThat(SentenceDetectors.LastOfRun.lastOfRuns(s, List.of())).isEmpty();
    assertThat(SentenceDetectors.LastOfRun.lastOfRuns("a.a.", List.of(1, 3))).containsExactly(3);
  }

  @Test
  void sameSentencesOnArticles() throws IOException {
    List<String> texts = new ArrayList<>();
    try (var files = Files.list(Path.of("../testdata/articles"))) {
      for (Path p : files.filter(f -> f.toString().endsWith(".txt")).sorted().toList()) {
        texts.add(Files.readString(p, StandardCharsets.UTF_8));
      }
    }
    assertThat(texts).isNotEmpty();
    assertSameSentences(texts);
  }

  @Test
  void sameSentencesOnRandomAndHostileText() {
    Random random = new Random(20261129);
    List<String> texts = new ArrayList<>();
    for (int n = 0; n < 2_000; n++) {
      StringBuilder sb = new StringBuilder();
      for (int i = random.nextInt(40); i >= 0; i--) {
        sb.append(PIECES.get(random.nextInt(PIECES.size())));
      }
      texts.add(sb.toString());
    }
    texts.add("He said \"x\". " + "a.".repeat(3_000));
    texts.add("a.".repeat(3_000) + " He said \"x\". " + "b?".repeat(500) + "c");
    texts.add("said\"x\u201Cy\u201D".repeat(500));
    assertSameSentences(texts);
  }

  private static void assertSameSentences(List<String> texts) {
    SentenceDetectorME reference = new SentenceDetectorME(MODEL);
    SentenceDetectorME linear = SentenceDetectors.of(MODEL);
    for (String s : texts) {
      assertThat(linear.sentPosDetect(s)).as(s).containsExactly(reference.sentPosDetect(s));
      assertThat(linear.getSentenceProbabilities()).as(s)
          .containsExactly(reference.getSentenceProbabilities());
    }
  }
}
