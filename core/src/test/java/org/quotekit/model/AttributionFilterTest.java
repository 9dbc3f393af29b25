package org.quotekit.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.quotekit.Article;
import org.quotekit.QuoteType;
import org.quotekit.Span;
import org.quotekit.internal.Analysis;
import org.quotekit.internal.NlpModels;
import org.quotekit.rules.AttributionContext;
import org.quotekit.rules.AttributionFinder;
import org.quotekit.rules.CueHit;
import org.quotekit.rules.CueLexicon;
import org.quotekit.spi.QuoteCandidate;

/**
 * The second stage of the model extractor's cue attributor ({@link ModelCueAttributor.Check},
 * {@link FilterModel}), on text written for the test: what the check sees, what it drops, and
 * that a model without a filter extracts as models did before filters existed.
 */
class AttributionFilterTest {
  private static final CueLexicon LEXICON = CueLexicon.englishNews();
  private static final String TEXT = "Mayor Ada Okafor said that the bridge would reopen in May. "
      + "The council seemed to believe the budget was short. \"We will manage,\" Ben Ross told "
      + "reporters.\n\nCritics argued the plan had failed, according to a survey.";

  @Test
  void theCheckSeesEachCandidateWithTheRuleThatFittedItsCue() throws IOException {
    AttributionModel m = AttributionModel.bundled();
    List<String> seen = new ArrayList<>();
    List<QuoteCandidate> found = finder(m, (context, cue, candidate, rule) -> {
      seen.add(cue.lemma() + ":" + (rule == null ? "none" : "rule"));
      return true;
    }).find(analysis());
    assertThat(seen).contains("say:rule").hasSizeGreaterThanOrEqualTo(3);
    assertThat(found).extracting(QuoteCandidate::cue).isNotEmpty();
  }

  /**
   * The check sees every cue of the candidate's sentence, those after its own cue too, and the
   * filter's features say whether the content runs over a later cue and whether that cue has a
   * subject of its own; once the cue stage is done the context holds no sentence's cues.
   */
  @Test
  void theFilterSeesTheLaterCuesOfTheSentenceThatTheContentHolds() throws IOException {
    String text = "Ada Okafor said the bridge had failed and engineers say it cost millions. "
        + "Ben Ross said the budget was short, adding that cuts would follow.";
    AttributionModel m = AttributionModel.bundled();
    FilterFeatures features = new FilterFeatures();
    List<List<String>> cuesSeen = new ArrayList<>();
    List<List<String>> wide = new ArrayList<>();
    List<List<String>> narrow = new ArrayList<>();
    List<AttributionContext> contexts = new ArrayList<>();
    finder(m, (context, cue, candidate, rule) -> {
      contexts.add(context);
      if (!context.sentenceCues().get(0).equals(cue)) {
        return true;
      }
      cuesSeen.add(context.sentenceCues().stream().map(CueHit::lemma).toList());
      Span sentence = cue.sentence().span();
      int from = cue.cue().span().end() + 1;
      int end = sentence.end() - 1; // before the full stop
      // before " and engineers say" and before ", adding": the later cue left out
      int before = Math.min(beforeOr(text.indexOf(" and ", from), end),
          beforeOr(text.indexOf(',', from), end));
      wide.add(hl(features.features(context, cue, content(text, candidate, from, end), rule)));
      narrow.add(hl(features.features(context, cue, content(text, candidate, from, before), rule)));
      return true;
    }).find(new Analysis(Article.of("later-cues", text), NlpModels.get()));

    assertThat(cuesSeen).containsExactly(List.of("say", "say"), List.of("say", "add"));
    // "engineers say" has its subject; ", adding that" has none
    assertThat(wide).containsExactly(List.of("hl", "hl|subj", "hl|subj|INDIRECT"),
        List.of("hl", "hl|bare", "hl|bare|INDIRECT"));
    assertThat(narrow).containsExactly(List.of(), List.of());
    assertThat(contexts).isNotEmpty().allSatisfy(c -> assertThat(c.sentenceCues()).isEmpty());
  }

  /** {@code i} when it is found and before {@code end}, else {@code end}. */
  private static int beforeOr(int i, int end) {
    return i >= 0 && i < end ? i : end;
  }

  /** {@code c} as an indirect candidate whose one part is {@code [from, to)}. */
  private static QuoteCandidate content(String text, QuoteCandidate c, int from, int to) {
    return new QuoteCandidate(QuoteType.INDIRECT, List.of(Span.of(text, from, to)), c.cue(),
        c.source(), c.confidence(), c.rule());
  }

  /** The features about later cues among {@code features}. */
  private static List<String> hl(String[] features) {
    return java.util.Arrays.stream(features).filter(f -> f.startsWith("hl")).toList();
  }

  @Test
  void whatTheCheckRefusesIsDropped() throws IOException {
    AttributionModel m = AttributionModel.bundled();
    List<QuoteCandidate> all = finder(m, (context, cue, candidate, rule) -> true)
        .find(analysis());
    List<QuoteCandidate> none = finder(m, (context, cue, candidate, rule) -> false)
        .find(analysis());
    assertThat(all.stream().filter(c -> c.cue() != null && c.cue().lemma().equals("say")))
        .isNotEmpty();
    assertThat(none.stream().filter(c -> c.cue() != null && c.cue().lemma().equals("say")))
        .isEmpty();
  }

  @Test
  void aModelWithoutAFilterExtractsAsBefore() throws IOException {
    AttributionModel bundled = AttributionModel.bundled();
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    new AttributionModel(bundled.cue(), bundled.content().orElseThrow(),
        bundled.source().orElseThrow()).write(bytes);
    AttributionModel read = AttributionModel.read(new ByteArrayInputStream(bytes.toByteArray()),
        "no-filter.zip");
    assertThat(read.filter()).isEmpty();
    // as the extractor was built before the filter: the three-argument attributor, no check
    List<QuoteCandidate> before = AttributionFinder.englishNews(LEXICON,
        new ModelCueDetector(read.cue(), LEXICON, ModelExtractor.DEFAULT_THRESHOLD),
        new ModelCueAttributor(new LearnedContentFinder(read.content().orElseThrow(),
            new ContentFeatures(LEXICON)), new LearnedSourceFinder(read.source().orElseThrow(),
            new SourceFeatures()), ModelExtractor.DEFAULT_CONTENT_THRESHOLD)).find(analysis());
    List<QuoteCandidate> now = ModelExtractor.builder(read).build().extract(analysis());
    assertThat(now).isNotEmpty().isEqualTo(before);
  }

  @Test
  void theBundledModelHasAFilterThatWritesAndReadsBack() throws IOException {
    AttributionModel bundled = AttributionModel.bundled();
    assertThat(bundled.filter()).isPresent();
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    bundled.write(bytes);
    AttributionModel read = AttributionModel.read(new ByteArrayInputStream(bytes.toByteArray()),
        "copy.zip");
    assertThat(read.filter()).isPresent();
    assertThat(ModelExtractor.builder(read).build().extract(analysis()))
        .isEqualTo(ModelExtractor.builder(bundled).build().extract(analysis()));
  }

  @Test
  void aFilterThresholdOfZeroKeepsWhatAModelWithoutAFilterFinds() throws IOException {
    AttributionModel bundled = filterAlone(); // the threshold is read where no ranker chooses
    List<QuoteCandidate> none = ModelExtractor.builder(bundled.withoutFilter()).build()
        .extract(analysis());
    assertThat(ModelExtractor.builder(bundled).filterThreshold(0).build().extract(analysis()))
        .isNotEmpty().isEqualTo(none);
    // and the threshold is the one given: at 1 no candidate is sure enough
    assertThat(ModelExtractor.builder(bundled).filterThreshold(1).build().extract(analysis()))
        .hasSizeLessThan(none.size());
    assertThatThrownBy(() -> ModelExtractor.builder(bundled).filterThreshold(-0.1))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void aFilterThresholdOutsideZeroToOneIsRefused() throws IOException {
    FilterModel filter = AttributionModel.bundled().filter().orElseThrow();
    assertThatThrownBy(() -> ModelCueAttributor.Check.of(filter, 1.5))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("1.5");
  }

  /** The deprecated constructors go on building what the builder builds. */
  @Test
  @SuppressWarnings("deprecation")
  void theBuilderWithItsDefaultsBuildsTheExtractorTheConstructorsBuild() throws IOException {
    AttributionModel bundled = AttributionModel.bundled();
    assertThat(ModelExtractor.builder(bundled).build().extract(analysis()))
        .isNotEmpty()
        .isEqualTo(new ModelExtractor(bundled, LEXICON, ModelExtractor.DEFAULT_THRESHOLD)
            .extract(analysis()));
    AttributionModel alone = filterAlone();
    assertThat(ModelExtractor.builder(alone).filterThreshold(0).build().extract(analysis()))
        .isEqualTo(new ModelExtractor(alone, LEXICON, ModelExtractor.DEFAULT_THRESHOLD, 0)
            .extract(analysis()));
    AttributionModel cues = new AttributionModel(bundled.cue(), null);
    assertThat(ModelExtractor.builder(cues).cueThreshold(0.5).build().extract(analysis()))
        .isNotEmpty()
        .isEqualTo(new ModelExtractor(bundled.cue(), LEXICON, 0.5).extract(analysis()));
  }

  @Test
  void theNoneBiasMovesTheJointRankersTrade() throws IOException {
    AttributionModel bundled = AttributionModel.bundled();
    assertThat(bundled.filter().orElseThrow().ranks()).isTrue();
    List<QuoteCandidate> usual = ModelExtractor.builder(bundled).build().extract(analysis());
    // proposing none always wins at a high bias, never at a low one
    List<QuoteCandidate> sure = ModelExtractor.builder(bundled).noneBias(50).build()
        .extract(analysis());
    List<QuoteCandidate> eager = ModelExtractor.builder(bundled).noneBias(-50).build()
        .extract(analysis());
    assertThat(sure.size()).isLessThan(usual.size());
    assertThat(eager.size()).isGreaterThanOrEqualTo(usual.size());
  }

  @Test
  void theBuilderRefusesAValueAndNamesIt() throws IOException {
    ModelExtractor.Builder b = ModelExtractor.builder(AttributionModel.bundled());
    assertThatThrownBy(() -> b.cueThreshold(1)).isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("cueThreshold").hasMessageContaining("1.0");
    assertThatThrownBy(() -> b.filterThreshold(-0.5))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("filterThreshold");
    assertThatThrownBy(() -> b.noneBias(Double.NaN))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("noneBias");
    assertThatThrownBy(() -> b.lexicon(null)).isInstanceOf(NullPointerException.class)
        .hasMessageContaining("lexicon");
    assertThatThrownBy(() -> ModelExtractor.builder(null))
        .isInstanceOf(NullPointerException.class).hasMessageContaining("model");
  }

  /** The bundled model with its filter, without the filter's joint ranker. */
  private static AttributionModel filterAlone() throws IOException {
    AttributionModel bundled = AttributionModel.bundled();
    return new AttributionModel(bundled.cue(), bundled.content().orElseThrow(),
        bundled.source().orElseThrow(), bundled.filter().orElseThrow().withoutRanker());
  }

  private static AttributionFinder finder(AttributionModel m, ModelCueAttributor.Check check) {
    return AttributionFinder.englishNews(LEXICON,
        new ModelCueDetector(m.cue(), LEXICON, ModelExtractor.DEFAULT_THRESHOLD),
        new ModelCueAttributor(new LearnedContentFinder(m.content().orElseThrow(),
            new ContentFeatures(LEXICON)), new LearnedSourceFinder(m.source().orElseThrow(),
            new SourceFeatures()), ModelExtractor.DEFAULT_CONTENT_THRESHOLD, check));
  }

  private static Analysis analysis() {
    return new Analysis(Article.of("filter-test", TEXT), NlpModels.get());
  }
}
