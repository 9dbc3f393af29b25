package org.quotekit.resolve;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.quotekit.Span;
import org.quotekit.eval.PolnearDev;
import org.quotekit.resolve.SpeakerAttributionEvaluationTest.Judged;

/**
 * Where the speaker errors of the {@code model} extractor arise, by stage: every annotated
 * PolNeAR attribution whose quote the extractor found with the wrong speaker is read again with
 * the resolver on its annotated spans ({@link SpeakerResolutionOnGoldSpansTest}). Wrong there too,
 * the resolver is at fault; right there, extraction is: the quote came with another source span
 * (or one overlapping the annotated one, or none), or with the annotated source text but among
 * other quotes than the annotated ones, which changes what the resolver reads around it. Prints
 * the counts of each part, develop and held out (figures only: no row of a held-out set is
 * printed); skipped when PolNeAR is absent.
 */
class SpeakerErrorStagesTest {
  /** The speaker sets of PolNeAR train and dev, by rows file; true for dev. */
  private static final Map<String, Boolean> SETS = new LinkedHashMap<>();

  static {
    for (String s : List.of("train", "train-develop2", "train-develop3", "train-develop4",
        "train-develop7", "train-develop8", "train-develop9", "train-develop11", "train-check",
        "train-heldout5", "train-heldout6", "train-heldout10", "train-heldout12",
        "train-heldout13", "train-heldout14")) {
      SETS.put("polnear-" + s + "-attributions.tsv", false);
    }
    SETS.put("polnear-dev-attributions.tsv", true);
  }

  /** The stages a found and wrong attribution is counted under, in print order. */
  private static final List<String> STAGES = List.of("resolver", "another source span",
      "an overlapping source span", "no source span", "the annotated source, other quotes");

  @Test
  void theSpeakerErrorsOfEachPartByStage() throws IOException {
    Path train = PolnearDev.trainDir("the speaker sets of PolNeAR train (issue 11)");
    Path dev = PolnearDev.dir("the speaker set of PolNeAR dev (issue 11)");
    Map<String, Map<String, Integer>> byPart = new LinkedHashMap<>();
    for (Map.Entry<String, Boolean> set : SETS.entrySet()) {
      Path dir = set.getValue() ? dev : train;
      List<Judged> extracted = SpeakerAttributionEvaluationTest.judgePolnear(dir, set.getKey(),
          SpeakerAttributionEvaluationTest.extractor("model"));
      List<Judged> onGold = SpeakerResolutionOnGoldSpansTest.judge(dir, set.getKey(),
          new ArrayList<>(), new ArrayList<>());
      Map<String, Judged> goldByRow = new HashMap<>();
      onGold.forEach(g -> goldByRow.put(g.row(), g));
      assertThat(goldByRow).as("rows of %s", set.getKey()).hasSameSizeAs(extracted);
      for (Judged j : extracted) {
        if (!j.found() || j.right()) {
          continue;
        }
        Judged g = goldByRow.get(j.row());
        assertThat(g).as("row %s on gold spans", j.row()).isNotNull();
        byPart.computeIfAbsent(j.part(), p -> new LinkedHashMap<>())
            .merge(stage(j, g), 1, Integer::sum);
      }
    }
    for (Map.Entry<String, Map<String, Integer>> part : byPart.entrySet()) {
      int wrong = part.getValue().values().stream().mapToInt(Integer::intValue).sum();
      StringBuilder line = new StringBuilder(String.format(Locale.ROOT,
          "Speaker errors by stage, model, PolNeAR %s parts: %d found with the wrong speaker;",
          part.getKey(), wrong));
      for (String stage : STAGES) {
        int n = part.getValue().getOrDefault(stage, 0);
        line.append(String.format(Locale.ROOT, " %s %d (%.2f),", stage, n, (double) n / wrong));
      }
      System.out.println(line.substring(0, line.length() - 1));
    }
    assertThat(byPart).as("parts with speaker errors").containsKeys("develop", "report");
  }

  /**
   * The stage of a found attribution with the wrong speaker: the resolver's when it is wrong on
   * the annotated spans too, else by the source span extraction gave its quote.
   */
  private static String stage(Judged extracted, Judged onGold) {
    if (!onGold.right()) {
      return "resolver";
    }
    String got = extracted.quote().source().map(Span::text).map(s -> s.replaceAll("\\s+", " "))
        .orElse("");
    String gold = extracted.source();
    if (got.isEmpty()) {
      return "no source span";
    }
    if (got.equals(gold)) {
      return "the annotated source, other quotes";
    }
    return got.contains(gold) || gold.contains(got) ? "an overlapping source span"
        : "another source span";
  }
}
