package org.quotekit.train;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.quotekit.Article;
import org.quotekit.Span;
import org.quotekit.eval.GoldArticle;
import org.quotekit.eval.GoldAttribution;
import org.quotekit.internal.Analysis;
import org.quotekit.internal.NlpModels;
import org.quotekit.model.AttributionModel;
import org.quotekit.model.ContentFeatures;
import org.quotekit.model.LearnedContentFinder;
import org.quotekit.model.LearnedSourceFinder;
import org.quotekit.model.OneCue;
import org.quotekit.model.SourceFeatures;
import org.quotekit.rules.CueAttributor;
import org.quotekit.rules.CueLexicon;
import org.quotekit.spi.QuoteCandidate;
import org.quotekit.spi.Sentence;
import org.quotekit.spi.Token;

/**
 * Trains a tiny attribution model from generated articles in which "opined" reports content after
 * it ("X opined that ...") or before it ("..., X opined to the press."), and checks
 * that the content model reads the content of held-back sentences on the right side, without the
 * cue, the source or "that", and that the source model picks the name among the noun phrases.
 */
class AttributionModelTrainerTest {
  static final String[] NAMES = {"Ada Park", "Ben Ross", "Cleo Diaz", "Dev Shah",
      "Eli Chen", "Fay Moss"};
  static final String[] CLAIMS = {"the budget was too small", "the bridge would reopen",
      "taxes should fall", "the vote was unfair", "the plan had failed", "prices kept rising"};
  private static final CueLexicon LEXICON = CueLexicon.englishNews();
  private static List<GoldArticle> articles;
  private static AttributionModel model;

  /** Writes the sentences of claim {@code c} by {@code name} and adds their gold attributions. */
  @FunctionalInterface
  interface Sentences {
    void write(StringBuilder text, List<GoldAttribution> gold, int n, int c, String name,
        String claim);
  }

  /** One article per name, each with a claim per claim, written by {@code sentences}. */
  static List<GoldArticle> generate(String prefix, Sentences sentences) {
    List<GoldArticle> out = new ArrayList<>();
    for (int n = 0; n < NAMES.length; n++) {
      StringBuilder text = new StringBuilder();
      List<GoldAttribution> gold = new ArrayList<>();
      for (int c = 0; c < CLAIMS.length; c++) {
        sentences.write(text, gold, n, c, NAMES[(n + c) % NAMES.length],
            CLAIMS[(n * 2 + c) % CLAIMS.length]);
      }
      out.add(new GoldArticle(prefix + n, text.toString(), gold));
    }
    return out;
  }

  @BeforeAll
  static void train() {
    articles = generate("a", (text, gold, n, c, name, claim) -> {
      int start = text.length();
      if (c % 2 == 0) {
        text.append(name).append(" opined that ").append(claim).append(". ");
        int cue = start + name.length() + 1;
        int content = cue + "opined that ".length();
        gold.add(attribution(text, c, content, content + claim.length(), cue, start,
            start + name.length()));
      } else {
        String first = Character.toUpperCase(claim.charAt(0)) + claim.substring(1);
        text.append(first).append(", ").append(name).append(" opined to the press. ");
        int source = start + claim.length() + 2;
        int cue = source + name.length() + 1;
        gold.add(attribution(text, c, start, start + claim.length(), cue, source,
            source + name.length()));
      }
      text.append(name).append(" opened the door of the old house. ");
    });
    model = new AttributionModelTrainer(LEXICON).iterations(40, 40).cutoff(0).train(articles);
  }

  static GoldAttribution attribution(CharSequence text, int id, int contentStart,
      int contentEnd, int cue, int sourceStart, int sourceEnd) {
    return new GoldAttribution("E" + id, List.of(Span.of(text, contentStart, contentEnd)),
        List.of(Span.of(text, cue, cue + "opined".length())),
        List.of(Span.of(text, sourceStart, sourceEnd)));
  }

  @Test
  void readsContentAfterTheCue() {
    assertThat(contentOfOpined("Gus Hall opined that the league needed new rules."))
        .containsExactly("the league needed new rules");
  }

  @Test
  void readsContentBeforeTheCue() {
    assertThat(contentOfOpined("The river was cleaner than ever, Ivy Lane opined."))
        .containsExactly("The river was cleaner than ever");
  }

  @Test
  void theSourceIsTheNameNotTheOtherNounPhrases() {
    assertThat(sourceOfOpined("The league needed new rules, Gus Hall opined to the crowd."))
        .isEqualTo("[The league needed new rules] Gus Hall");
  }

  @Test
  void withNothingToRankTheModelHasNoSourcePart() {
    List<GoldArticle> plain = new ArrayList<>();
    for (int n = 0; n < NAMES.length; n++) {
      StringBuilder text = new StringBuilder();
      List<GoldAttribution> gold = new ArrayList<>();
      for (int c = 0; c < CLAIMS.length; c++) {
        int start = text.length();
        text.append(NAMES[n]).append(" opined that ").append(CLAIMS[c]).append(". ");
        int cue = start + NAMES[n].length() + 1;
        int content = cue + "opined that ".length();
        gold.add(attribution(text, c, content, content + CLAIMS[c].length(), cue, start,
            start + NAMES[n].length()));
      }
      plain.add(new GoldArticle("p" + n, text.toString(), gold));
    }
    assertThat(new SourceModelTrainer(LEXICON).trainIfRankable(plain)).isEmpty();
    assertThatThrownBy(() -> new SourceModelTrainer(LEXICON).train(plain))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("nothing to rank");
    AttributionModel m = new AttributionModelTrainer(LEXICON).iterations(20, 20).cutoff(0)
        .train(plain);
    assertThat(m.source()).isEmpty();
    assertThat(m.content()).isPresent();
  }

  /**
   * The content model holds a random field beside its Markov model unless asked not to, and
   * either reads the held-back sentences' content.
   */
  @Test
  void theContentModelHoldsARandomFieldUnlessAskedNotTo() {
    assertThat(model.content().orElseThrow().hasField()).isTrue();
    AttributionModel markov = new AttributionModelTrainer(LEXICON).contentField(false)
        .filter(false).iterations(40, 40).cutoff(0).train(articles);
    assertThat(markov.content().orElseThrow().hasField()).isFalse();
    assertThat(contentOfOpined(markov, "Gus Hall opined that the league needed new rules."))
        .containsExactly("the league needed new rules");
  }

  @Test
  void theContentModelLearnsFromTheRulesReading() {
    assertThat(model.content().orElseThrow().readsRules()).isTrue();
  }

  @Test
  void modelWrittenAndReadBackReadsTheSame() throws IOException {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    model.write(bytes);
    AttributionModel copy = AttributionModel.read(new ByteArrayInputStream(bytes.toByteArray()),
        "copy");
    assertThat(copy.content()).isPresent();
    assertThat(copy.source()).isPresent();
    String text = "Kim Ode opined that the park should stay open.";
    assertThat(contentOfOpined(copy, text)).isEqualTo(contentOfOpined(model, text));
    ByteArrayOutputStream again = new ByteArrayOutputStream();
    copy.write(again);
    assertThat(again.toByteArray()).isEqualTo(bytes.toByteArray());
  }

  @Test
  void trainingTheSameArticlesGivesTheSameBytes() throws IOException {
    AttributionModel twice = new AttributionModelTrainer(LEXICON).iterations(40, 40).cutoff(0)
        .train(articles);
    ByteArrayOutputStream a = new ByteArrayOutputStream();
    ByteArrayOutputStream b = new ByteArrayOutputStream();
    model.write(a);
    twice.write(b);
    assertThat(b.toByteArray()).isEqualTo(a.toByteArray());
  }

  @Test
  void validationHoldsOutEveryFifthArticle() {
    AttributionModelTrainer.Split split = AttributionModelTrainer.split(articles);
    assertThat(split.validation()).containsExactly(articles.get(4));
    assertThat(split.train()).hasSize(articles.size() - 1).doesNotContain(articles.get(4));
  }

  @Test
  void validationMeasuresEveryPart() {
    AttributionModelTrainer.Validation v = new AttributionModelTrainer(LEXICON)
        .iterations(40, 40).cutoff(0).validate(articles);
    assertThat(v.contentCount()).isEqualTo(CLAIMS.length);
    assertThat(v.contentExact()).isGreaterThan(0.5);
    assertThat(v.cueRecall()).isGreaterThan(0.5);
    assertThat(v.configurations()).containsKeys("rules", "model", "all");
    assertThat(v.sourceCount()).isEqualTo(CLAIMS.length);
    assertThat(v.sourceRight()).isGreaterThan(0.5);
    assertThat(v.format()).contains("cue model", "content model", "source model",
        "extractors all");
  }

  @Test
  void theFoldsPartitionTheArticlesAndTheLastOfFiveIsTheValidationFifth() {
    List<GoldArticle> seen = new ArrayList<>();
    for (int k = 0; k < 3; k++) {
      AttributionModelTrainer.Split fold = AttributionModelTrainer.fold(articles, k, 3);
      assertThat(fold.train()).doesNotContainAnyElementsOf(fold.validation())
          .hasSize(articles.size() - fold.validation().size());
      seen.addAll(fold.validation());
    }
    assertThat(seen).containsExactlyInAnyOrderElementsOf(articles);
    assertThat(AttributionModelTrainer.fold(articles, 4, 5))
        .isEqualTo(AttributionModelTrainer.split(articles));
    assertThatThrownBy(() -> AttributionModelTrainer.fold(articles, 2, 2))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("fold 2 of 2");
    assertThatThrownBy(() -> AttributionModelTrainer.fold(articles, 0, 1))
        .isInstanceOf(IllegalArgumentException.class);
  }

  /**
   * Cross-validation measures every article once: the pooled reports count every gold
   * attribution of the articles, each fold's its own fold's, and the text shows each fold.
   */
  @Test
  void crossValidationMeasuresEveryArticleOnce() {
    AttributionModelTrainer.CrossValidation cv = new AttributionModelTrainer(LEXICON)
        .iterations(40, 40).cutoff(0).crossValidate(articles, 2);
    assertThat(cv.folds()).hasSize(2);
    int gold = articles.stream().mapToInt(a -> a.attributions().size()).sum();
    assertThat(cv.pooled()).containsKeys("rules", "model", "all");
    assertThat(cv.pooled().get("model").goldAttributions()).isEqualTo(gold);
    assertThat(cv.folds().get(0).configurations().get("model").goldAttributions())
        .isEqualTo(gold / 2);
    assertThat(cv.folds().get(0).contentCount() + cv.folds().get(1).contentCount())
        .isEqualTo(gold);
    assertThat(cv.format()).contains("cross-validation over 2 folds", "fold 0:", "fold 1:",
        "extractors model, pooled over the folds:", "per fold, F1");
  }

  @Test
  void articlesWithoutAttributionsAreRefusedWithAReason() {
    GoldArticle empty = new GoldArticle("e", "Nothing was said here at all.", List.of());
    assertThatThrownBy(() -> new AttributionModelTrainer(LEXICON).train(List.of(empty)))
        .isInstanceOf(TooFewExamplesException.class).hasMessageContaining("no cue");
  }

  /**
   * The content and source the learned stages give the cue "opined" of a held-back sentence, as
   * "[content parts] source".
   */
  private static String sourceOfOpined(String text) {
    Analysis a = new Analysis(Article.of("held-back", text), NlpModels.get());
    CueAttributor learned = CueAttributor.of(new LearnedContentFinder(
        model.content().orElseThrow(), new ContentFeatures(LEXICON)),
        new LearnedSourceFinder(model.source().orElseThrow(), new SourceFeatures()));
    List<QuoteCandidate> found = OneCue.attribute(a, "opined", LEXICON, learned);
    assertThat(found).hasSize(1);
    return found.get(0).parts().stream().map(Span::text).toList() + " " + found.get(0).source()
        .text();
  }

  private static List<String> contentOfOpined(String text) {
    return contentOfOpined(model, text);
  }

  private static List<String> contentOfOpined(AttributionModel m, String text) {
    Analysis a = new Analysis(Article.of("held-back", text), NlpModels.get());
    Sentence s = a.sentences().get(0);
    List<Token> toks = a.tokens(s);
    int cue = -1;
    for (int i = 0; i < toks.size(); i++) {
      if (toks.get(i).text().equals("opined")) {
        cue = i;
      }
    }
    LearnedContentFinder finder = new LearnedContentFinder(m.content().orElseThrow(),
        new ContentFeatures(LEXICON));
    return finder.content(a, s, cue, cue, "opine", null).parts().stream().map(Span::text).toList();
  }
}
