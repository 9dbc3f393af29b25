package org.quotekit.train;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.quotekit.Article;
import org.quotekit.Quote;
import org.quotekit.QuoteExtractor;
import org.quotekit.Span;
import org.quotekit.eval.GoldArticle;
import org.quotekit.internal.Analysis;
import org.quotekit.internal.NlpModels;
import org.quotekit.model.AttributionModel;
import org.quotekit.model.ContentFeatures;
import org.quotekit.model.FilterModel;
import org.quotekit.model.LearnedContentFinder;
import org.quotekit.model.ModelCueAttributor;
import org.quotekit.model.ModelCueDetector;
import org.quotekit.model.ModelExtractor;
import org.quotekit.rules.AttributionFinder;
import org.quotekit.rules.CueLexicon;
import org.quotekit.rules.SourceFinder;
import org.quotekit.spi.QuoteCandidate;

/**
 * Trains the parts of a tiny model on generated articles whose contents mostly end at a comma ("X
 * opined that A, and then B." with content A), and a filter with a joint ranker on the
 * candidates those parts make of articles written the same way whose contents run on to the end
 * of the clause (A, and then B): on held-back text the labeller alone cuts the content at the
 * comma, the ranker picks the whole clause among the labeller's best contents and proposes
 * nothing for "X opined about ...".
 */
class JointRankerTest {
  private static final CueLexicon LEXICON = CueLexicon.englishNews().withVerbs("opined");
  private static final String[] TAILS = {"and then it rained", "and so the talks ended",
      "and later the mayor left", "and soon the shops closed"};
  private static final String HELD_BACK = "Gus Hall opined that the league needed new rules, "
      + "and then the season began. Gus Hall opined about the green door.";
  private static AttributionModel parts;
  private static AttributionModel joint;
  private static FilterModel alone;

  @BeforeAll
  static void train() {
    List<GoldArticle> cut = articles("c", false);
    List<GoldArticle> whole = articles("w", true);
    // the labeller learns mostly from contents cut at the comma, so that the whole clause is
    // among its best contents but not the best
    List<GoldArticle> mostlyCut = new java.util.ArrayList<>(cut);
    mostlyCut.addAll(whole.subList(0, 2));
    // the Markov labeller alone: the random field beside it reads these few articles sharply
    // enough to prefer the whole clause, and the ranker is what is tested here
    parts = new AttributionModelTrainer(LEXICON).filter(false).contentField(false)
        .iterations(40, 40).cutoff(0).train(mostlyCut);
    FilterModelTrainer trainer = new FilterModelTrainer(LEXICON);
    trainer.cutoff(0);
    alone = trainer.train(trainer.events(whole, parts));
    FilterModel filter = trainer.withRanker(alone, trainer.groups(whole, parts));
    joint = withFilter(filter);
  }

  /** Articles of "X opined that A, TAIL." (content A, or A and the tail when {@code whole}). */
  private static List<GoldArticle> articles(String prefix, boolean whole) {
    return AttributionModelTrainerTest.generate(prefix, (text, gold, n, c, name, claim) -> {
      int start = text.length();
      String tail = TAILS[(n + c) % TAILS.length];
      text.append(name).append(" opined that ").append(claim).append(", ").append(tail)
          .append(". ");
      int cue = start + name.length() + 1;
      int content = cue + "opined that ".length();
      int end = content + claim.length() + (whole ? 2 + tail.length() : 0);
      gold.add(AttributionModelTrainerTest.attribution(text, c, content, end, cue, start,
          start + name.length()));
      text.append(name).append(" opined about the old house. ");
    });
  }

  @Test
  void theTrainedFilterHoldsAJointRanker() {
    assertThat(joint.filter().orElseThrow().ranks()).isTrue();
  }

  @Test
  void theLabellerAloneCutsTheClauseAtTheComma() {
    assertThat(contents(parts)).first().isEqualTo("the league needed new rules");
  }

  @Test
  void theJointRankerPicksTheWholeClauseAndDropsTheNonAttribution() {
    assertThat(contents(joint))
        .containsExactly("the league needed new rules, and then the season began");
  }

  @Test
  void theRankerIsWrittenAndReadBackWithTheFilter() throws java.io.IOException {
    java.io.ByteArrayOutputStream bytes = new java.io.ByteArrayOutputStream();
    joint.write(bytes);
    AttributionModel read = AttributionModel.read(
        new java.io.ByteArrayInputStream(bytes.toByteArray()), "joint");
    assertThat(read.filter().orElseThrow().ranks()).isTrue();
    assertThat(contents(read)).isEqualTo(contents(joint));
  }

  @Test
  void withoutItsRankerTheFilterKeepsOrDropsTheLabellersBestAsBefore() {
    FilterModel without = joint.filter().orElseThrow().withoutRanker();
    assertThat(without.ranks()).isFalse();
    assertThat(alone.ranks()).isFalse();
    assertThat(contents(withFilter(without))).isEqualTo(contents(withFilter(alone)))
        .containsExactly("the league needed new rules");
    assertThatThrownBy(() -> ModelCueAttributor.Ranker.of(alone, -1))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("no joint ranker");
  }

  private static AttributionModel withFilter(FilterModel filter) {
    return new AttributionModel(parts.cue(), parts.content().orElseThrow(),
        parts.source().orElse(null), filter);
  }

  @Test
  void theLabellersFirstAlternativeIsItsContent() {
    ModelCueAttributor.Check keep = ModelCueAttributor.Check.keepAll();
    LearnedContentFinder content = new LearnedContentFinder(parts.content().orElseThrow(),
        new ContentFeatures(LEXICON));
    ModelCueAttributor plain = new ModelCueAttributor(content, SourceFinder.grammar(), 0.3);
    ModelCueAttributor first = new ModelCueAttributor(content, SourceFinder.grammar(), 0.3, keep,
        (context, cue, choices, rule) -> 0, 3);
    assertThat(find(first)).isEqualTo(find(plain)).isNotEmpty();
  }

  private static List<QuoteCandidate> find(ModelCueAttributor attributor) {
    return AttributionFinder.englishNews(LEXICON,
        new ModelCueDetector(parts.cue(), LEXICON, ModelExtractor.DEFAULT_THRESHOLD), attributor)
        .find(new Analysis(Article.of("held-back", HELD_BACK), NlpModels.get()));
  }

  /** The contents the model extractor finds in the held-back text. */
  private static List<String> contents(AttributionModel m) {
    QuoteExtractor extractor = QuoteExtractor.builder()
        .extractor(ModelExtractor.builder(m).lexicon(LEXICON).build()).build();
    return extractor.extract(HELD_BACK).quotes().stream().map(Quote::content).map(Span::text)
        .toList();
  }
}
