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
import org.quotekit.Extraction;
import org.quotekit.Quote;
import org.quotekit.QuoteExtractor;
import org.quotekit.Span;
import org.quotekit.eval.GoldArticle;
import org.quotekit.eval.GoldAttribution;
import org.quotekit.model.AttributionModel;
import org.quotekit.model.CueModel;
import org.quotekit.model.ModelExtractor;
import org.quotekit.rules.CueLexicon;

/**
 * Trains a tiny cue model from generated sentences in which "opined" (a word the lexicon lacks)
 * reports speech and "opened" does not, and checks what the model extractor learns from them.
 */
class CueModelTrainerTest {
  private static final String[] NAMES = {"Ada Park", "Ben Ross", "Cleo Diaz", "Dev Shah",
      "Eli Chen", "Fay Moss"};
  private static final String[] CLAIMS = {"the budget was too small", "the bridge would reopen",
      "taxes should fall", "the vote was unfair", "the plan had failed", "prices kept rising"};
  private static CueModel model;

  @BeforeAll
  static void train() {
    List<GoldArticle> articles = new ArrayList<>();
    for (int n = 0; n < NAMES.length; n++) {
      StringBuilder text = new StringBuilder();
      List<GoldAttribution> gold = new ArrayList<>();
      for (int c = 0; c < CLAIMS.length; c++) {
        String name = NAMES[(n + c) % NAMES.length];
        int start = text.length();
        text.append(name).append(" opined that ").append(CLAIMS[c]).append(". ");
        int cue = start + name.length() + 1;
        int content = cue + "opined ".length();
        int end = text.length() - 2;
        gold.add(new GoldAttribution("E" + c, List.of(Span.of(text, content, end)),
            List.of(Span.of(text, cue, cue + "opined".length())),
            List.of(Span.of(text, start, start + name.length()))));
        text.append(name).append(" opened the door of the old house. ");
      }
      articles.add(new GoldArticle("a" + n, text.toString(), gold));
    }
    model = new CueModelTrainer(CueLexicon.englishNews()).iterations(50).cutoff(0)
        .train(articles);
  }

  @Test
  void learnsACueTheLexiconLacks() {
    QuoteExtractor rules = QuoteExtractor.builder().extractors("rules").build();
    QuoteExtractor learnt = extractor(model);
    String text = "Gus Hall opined that the league needed new rules. Gus Hall opened a window.";

    assertThat(rules.extract(text).quotes()).isEmpty();
    Extraction result = learnt.extract(text);
    assertThat(result.quotes()).singleElement().satisfies(q -> {
      assertThat(q.cue().orElseThrow().span().text()).isEqualTo("opined");
      assertThat(q.source().map(Span::text)).hasValue("Gus Hall");
      assertThat(q.content().text()).isEqualTo("the league needed new rules");
      assertThat(q.extractor()).isEqualTo(ModelExtractor.NAME);
    });
  }

  @Test
  void writtenModelReadsBackWithTheSameDecisions() throws IOException {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    model.write(bytes);
    CueModel copy = CueModel.read(new ByteArrayInputStream(bytes.toByteArray()), "copy");
    String text = "Ivy Lane opined that the river was clean. Ivy Lane opened the gate.";
    List<Quote> a = extractor(model).extract(text).quotes();
    List<Quote> b = extractor(copy).extract(text).quotes();
    assertThat(b).isEqualTo(a).isNotEmpty();
  }

  @Test
  void trainingWithoutCuesIsRefused() {
    GoldArticle none = new GoldArticle("x", "Nothing is reported here at all.", List.of());
    assertThatThrownBy(() -> new CueModelTrainer(CueLexicon.englishNews()).train(List.of(none)))
        .isInstanceOf(TooFewExamplesException.class).hasMessageContaining("no cue");
  }

  /** A quote extractor with the model extractor over {@code cues} alone, cue threshold 0.5. */
  private static QuoteExtractor extractor(CueModel cues) {
    return QuoteExtractor.builder().extractor(ModelExtractor.builder(
        new AttributionModel(cues, null)).lexicon(CueLexicon.englishNews()).cueThreshold(0.5)
        .build()).build();
  }
}
