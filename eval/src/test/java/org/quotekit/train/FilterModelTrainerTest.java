package org.quotekit.train;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.quotekit.Quote;
import org.quotekit.QuoteExtractor;
import org.quotekit.QuoteType;
import org.quotekit.Span;
import org.quotekit.eval.GoldArticle;
import org.quotekit.eval.GoldAttribution;
import org.quotekit.model.AttributionModel;
import org.quotekit.model.ModelExtractor;
import org.quotekit.rules.CueLexicon;
import org.quotekit.spi.QuoteCandidate;

/**
 * Trains a tiny model with a filter from generated articles in which "opined" reports content in
 * "X opined that ..." and reports nothing in "X opined about the old house" (a cue the user's
 * lexicon forces, so that both are candidates), and checks that the filter keeps the first and
 * drops the second on held-back text, where the same parts without the filter keep both.
 */
class FilterModelTrainerTest {
  private static final String[] THINGS = {"the old house", "a red car", "the garden gate",
      "the blue boat", "a new kitchen", "the long road"};
  private static final CueLexicon LEXICON = CueLexicon.englishNews().withVerbs("opined");
  private static final String HELD_BACK = "Gus Hall opined that the league needed new rules. "
      + "Gus Hall opined about the green door.";
  private static List<GoldArticle> articles;
  private static AttributionModel model;

  @BeforeAll
  static void train() {
    articles = AttributionModelTrainerTest.generate("f", (text, gold, n, c, name, claim) -> {
      int start = text.length();
      text.append(name).append(" opined that ").append(claim).append(". ");
      int cue = start + name.length() + 1;
      int content = cue + "opined that ".length();
      gold.add(AttributionModelTrainerTest.attribution(text, c, content,
          content + claim.length(), cue, start, start + name.length()));
      text.append(name).append(" opined about ").append(THINGS[(n + c) % THINGS.length])
          .append(". ");
    });
    model = new AttributionModelTrainer(LEXICON).iterations(40, 40).cutoff(0).train(articles);
  }

  @Test
  void theFilterKeepsTheAttributionAndDropsTheNonAttribution() {
    assertThat(model.filter()).isPresent();
    assertThat(contents(model)).containsExactly("the league needed new rules");
  }

  @Test
  void withoutTheFilterBothCandidatesAreKept() {
    assertThat(contents(model.withoutFilter()))
        .containsExactly("the league needed new rules", "the green door");
  }

  @Test
  void validationShowsWhatTheFilterDoes() {
    AttributionModelTrainer.Validation v = new AttributionModelTrainer(LEXICON)
        .iterations(40, 40).cutoff(0).validate(articles);
    assertThat(v.configurations()).containsOnlyKeys("rules", "model",
        AttributionModelTrainer.Validation.UNFILTERED, "all");
    // the filtered model predicts fewer attributions than the same parts without the filter
    assertThat(v.configurations().get("model").predictedAttributions())
        .isLessThan(v.configurations().get(AttributionModelTrainer.Validation.UNFILTERED)
            .predictedAttributions());
    assertThat(v.format()).contains("extractors " + AttributionModelTrainer.Validation.UNFILTERED);
  }

  @Test
  void theTrainerCanLeaveTheFilterOut() {
    AttributionModel plain = new AttributionModelTrainer(LEXICON).filter(false)
        .iterations(40, 40).cutoff(0).train(articles);
    assertThat(plain.filter()).isEmpty();
    assertThat(plain.content()).isPresent();
  }

  @Test
  void aCandidateIsRightWhenItsContentSharesACharacterWithAGoldContent() {
    GoldArticle gold = articles.get(0);
    GoldAttribution first = gold.attributions().get(0);
    Span content = first.content().get(0);
    String text = gold.text();
    assertThat(FilterModelTrainer.right(gold, candidate(Span.of(text, content.end() - 3,
        content.end() + 5)))).isTrue();
    assertThat(FilterModelTrainer.right(gold, candidate(Span.of(text, content.end() + 2,
        content.end() + 10)))).isFalse();
  }

  @Test
  void candidatesAllOfOneKindAreRefusedWithAReason() {
    assertThatThrownBy(() -> new FilterModelTrainer(LEXICON).train(List.of()))
        .isInstanceOf(TooFewExamplesException.class).hasMessageContaining("right and wrong");
    assertThatThrownBy(() -> new FilterModelTrainer(LEXICON).cueThreshold(1))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("threshold");
  }

  private static QuoteCandidate candidate(Span part) {
    return new QuoteCandidate(QuoteType.INDIRECT, List.of(part), null, null, 0.5, "test");
  }

  /** The contents the model extractor finds in the held-back text. */
  private static List<String> contents(AttributionModel m) {
    QuoteExtractor extractor = QuoteExtractor.builder()
        .extractor(ModelExtractor.builder(m).lexicon(LEXICON).build()).build();
    return extractor.extract(HELD_BACK).quotes().stream().map(Quote::content).map(Span::text)
        .toList();
  }
}
