package org.quotekit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.quotekit.spi.StageTimes;

/** {@link QuoteExtractor.Builder#stageListener}: per-article stage times, same results. */
class StageTimesTest {
  private static final String TEXT = "\u201CWe will build the bridge,\u201D the mayor, Ann Lee,"
      + " told reporters on Friday.\n\nShe said the city would pay for it. \u201CIt is time,\u201D"
      + " Lee said.";

  @Test
  void everyArticleIsTimedOnceAndTheResultIsUnchanged() {
    List<Article> seen = new ArrayList<>();
    List<StageTimes> times = new ArrayList<>();
    QuoteExtractor timed = QuoteExtractor.builder().extractors("rules", "model")
        .stageListener((a, t) -> {
          seen.add(a);
          times.add(t);
        }).build();
    QuoteExtractor plain = QuoteExtractor.builder().extractors("rules", "model").build();
    Article article = Article.of("a1", TEXT);
    Article spaced = Article.of("a2", TEXT.replace(' ', '\u00A0'));

    assertThat(timed.extract(article)).isEqualTo(plain.extract(article));
    assertThat(timed.extract(spaced)).isEqualTo(plain.extract(spaced));

    assertThat(seen).containsExactly(article, spaced);
    for (StageTimes t : times) {
      assertThat(t.articles()).isEqualTo(1);
      assertThat(t.extractors().keySet()).containsExactly("rules", "model");
      assertThat(t.analysis()).isPositive();
      assertThat(t.tagging()).isPositive();
      assertThat(t.speakers()).isPositive();
      assertThat(t.normalization() + t.analysis() + t.tagging() + t.extraction() + t.merge()
          + t.speakers() + t.claims()).isLessThanOrEqualTo(t.total());
    }
  }

  @Test
  void aBlankArticleIsTimedWithNoStage() {
    List<StageTimes> times = new ArrayList<>();
    QuoteExtractor.builder().stageListener((a, t) -> times.add(t)).build()
        .extract(Article.of("blank", " \n "));
    assertThat(times).singleElement().satisfies(t -> {
      assertThat(t.articles()).isEqualTo(1);
      assertThat(t.analysis()).isZero();
      assertThat(t.extractors()).isEmpty();
    });
  }

  @Test
  void aFailingListenerFailsTheCallNamingTheArticle() {
    QuoteExtractor extractor = QuoteExtractor.builder()
        .stageListener((a, t) -> {
          throw new IllegalStateException("full");
        }).build();
    assertThatThrownBy(() -> extractor.extract(Article.of("a9", TEXT)))
        .isInstanceOf(ExtractionException.class).hasMessageContaining("a9")
        .hasMessageContaining("stage listener").hasRootCauseMessage("full");
  }

  /** An assertion a listener checks (an Error, not an Exception) fails the call the same way. */
  @Test
  void aListenersFailedAssertionFailsTheCallNamingTheArticle() {
    QuoteExtractor extractor = QuoteExtractor.builder()
        .stageListener((a, t) -> {
          throw new AssertionError("too slow");
        }).build();
    assertThatThrownBy(() -> extractor.extract(Article.of("a10", TEXT)))
        .isInstanceOf(ExtractionException.class).hasMessageContaining("a10")
        .hasRootCauseInstanceOf(AssertionError.class);
  }

  @Test
  void timesAddUpByStageAndExtractorName() {
    StageTimes a = new StageTimes(1, 100, 1, 20, 30, Map.of("rules", 10L), 2, 15, 5);
    StageTimes b = new StageTimes(1, 50, 0, 10, 10, Map.of("rules", 4L, "model", 6L), 1, 5, 2);
    StageTimes sum = StageTimes.NONE.plus(a).plus(b);
    assertThat(sum).isEqualTo(new StageTimes(2, 150, 1, 30, 40,
        Map.of("rules", 14L, "model", 6L), 3, 20, 7));
    assertThat(sum.extraction()).isEqualTo(20);
    assertThat(a.other()).isEqualTo(100 - 1 - 20 - 30 - 10 - 2 - 15 - 5);
  }

  @Test
  void negativeTimesAndANullListenerAreRefused() {
    assertThatThrownBy(() -> new StageTimes(1, 10, 0, -1, 0, Map.of(), 0, 0, 0))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("analysis=-1");
    assertThatThrownBy(() -> QuoteExtractor.builder().stageListener(null))
        .isInstanceOf(NullPointerException.class).hasMessageContaining("listener");
  }
}
