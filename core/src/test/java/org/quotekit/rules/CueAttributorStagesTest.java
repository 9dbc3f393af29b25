package org.quotekit.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.quotekit.Extraction;
import org.quotekit.Quote;
import org.quotekit.QuoteExtractor;
import org.quotekit.QuoteType;
import org.quotekit.Span;
import org.quotekit.spi.AnalyzedArticle;
import org.quotekit.spi.Extractor;
import org.quotekit.spi.QuoteCandidate;
import org.quotekit.spi.Token;

/** The content and source stages of a cue attributor can be replaced one at a time. */
class CueAttributorStagesTest {
  private static final CueLexicon LEXICON = CueLexicon.englishNews();
  private static final String TEXT = "\u201CWe won the vote,\u201D Anna Berg said. The mayor "
      + "said the bridge would reopen next month.";

  /** An extractor over the English news stages with the given cue attributor. */
  private static Extraction extract(CueAttributor attributor, String text) {
    AttributionFinder finder = AttributionFinder.englishNews(LEXICON,
        new LexiconCueDetector(LEXICON), attributor);
    Extractor extractor = new Extractor() {
      @Override
      public String name() {
        return "staged";
      }

      @Override
      public List<QuoteCandidate> extract(AnalyzedArticle article) {
        return finder.find(article);
      }
    };
    return QuoteExtractor.builder().extractors().extractor(extractor).build().extract(text);
  }

  /** A source finder that names the first token of the cue's sentence. */
  private static final SourceFinder FIRST_WORD = (ctx, cue, attribution, previous) -> {
    Token first = ctx.article().tokens(cue.sentence()).get(0);
    return Optional.of(Span.of(ctx.text(), first.start(), first.end()));
  };

  @Test
  void theEnglishNewsCompositionIsTheRuleExtractor() {
    Extraction staged = extract(CueAttributor.rules(), TEXT);
    Extraction rules = QuoteExtractor.builder().extractors(RuleBasedExtractor.NAME).build()
        .extract(TEXT);
    assertThat(staged.quotes()).extracting(Quote::content)
        .isEqualTo(rules.quotes().stream().map(Quote::content).toList());
    assertThat(AttributionFinder.englishNews(LEXICON, new LexiconCueDetector(LEXICON)).stages())
        .extracting(AttributionStage::name)
        .containsExactly("transcripts", "cues", "dashes", "colons", "follow-ons", "turns");
  }

  @Test
  void withSourceKeepsTheRuleContentAndTakesTheFindersSource() {
    Extraction rules = extract(CueAttributor.rules(), TEXT);
    Extraction staged = extract(CueAttributor.rules().withSource(FIRST_WORD), TEXT);
    assertThat(staged.quotes()).extracting(Quote::content)
        .isEqualTo(rules.quotes().stream().map(Quote::content).toList());
    assertThat(rules.quotes()).extracting(q -> q.source().map(Span::text).orElse(null))
        .containsExactly("Anna Berg", "The mayor");
    assertThat(staged.quotes()).extracting(q -> q.source().map(Span::text).orElse(null))
        .containsExactly("\u201C", "The");
    Extraction none = extract(CueAttributor.rules()
        .withSource((ctx, cue, a, prev) -> Optional.empty()), TEXT);
    assertThat(none.quotes()).allSatisfy(q -> assertThat(q.source()).isEmpty());
  }

  @Test
  void ofCombinesAContentAndASourceStage() {
    // Content: the rest of the cue's sentence without its final stop.
    ContentFinder rest = (ctx, cue) -> {
      List<Token> toks = ctx.article().tokens(cue.sentence());
      int last = toks.size() - 1;
      if (toks.get(last).text().equals(".")) {
        last--;
      }
      if (cue.last() + 1 > last) {
        return Optional.empty();
      }
      Span content = Span.of(ctx.text(), toks.get(cue.last() + 1).start(),
          toks.get(last).end());
      return Optional.of(new QuoteCandidate(QuoteType.INDIRECT, List.of(content), null, null,
          0.5, "rest-of-sentence"));
    };
    Extraction x = extract(CueAttributor.of(rest, FIRST_WORD), TEXT);
    Quote mayor = x.quotes().stream().filter(q -> q.rule().equals("rest-of-sentence"))
        .findFirst().orElseThrow();
    assertThat(mayor.content().text()).isEqualTo("the bridge would reopen next month");
    assertThat(mayor.cue().map(c -> c.span().text())).contains("said");
    assertThat(mayor.source().map(Span::text)).contains("The");
  }
}
