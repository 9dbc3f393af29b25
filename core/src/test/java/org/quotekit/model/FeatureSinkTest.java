package org.quotekit.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Both sinks make the same feature of the same parts: one joins them, the other hashes them. */
class FeatureSinkTest {
  @Test
  void hashingThePartsGivesTheHashOfTheirConcatenation() {
    FeatureSink.Strings strings = new FeatureSink.Strings();
    FeatureSink.Hashes hashes = new FeatureSink.Hashes();
    for (FeatureSink f : List.of(strings, hashes)) {
      f.add("w=", "Lsaid");
      f.add("td=", "R", "NOUN");
      f.add("relr=", "R", "first", "indirect-after-cue");
      f.add("cv=", "L", "2", ",", "1");
      f.add("", "");
    }
    String[] joined = strings.take();
    assertThat(joined).containsExactly("w=Lsaid", "td=RNOUN", "relr=Rfirstindirect-after-cue",
        "cv=L2,1", "");
    long[] expected = new long[joined.length];
    for (int i = 0; i < joined.length; i++) {
      expected[i] = FeatureSink.hash(joined[i]);
    }
    assertThat(hashes.take()).containsExactly(expected);
  }

  @Test
  void takingEmptiesTheSink() {
    FeatureSink.Hashes hashes = new FeatureSink.Hashes();
    for (int i = 0; i < 100; i++) {
      hashes.add("f", Integer.toString(i));
    }
    assertThat(hashes.take()).hasSize(100).doesNotHaveDuplicates();
    assertThat(hashes.take()).isEmpty();
  }

  @Test
  void differentFeaturesHashApart() {
    assertThat(FeatureSink.hash("w=Lsaid")).isNotEqualTo(FeatureSink.hash("w=Rsaid"))
        .isNotEqualTo(FeatureSink.hash("w=Lsai"));
  }
}
