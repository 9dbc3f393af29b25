package org.quotekit.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.quotekit.Article;
import org.quotekit.Cue;
import org.quotekit.QuoteType;
import org.quotekit.Span;
import org.quotekit.internal.Analysis;
import org.quotekit.internal.NlpModels;
import org.quotekit.spi.QuoteCandidate;

/**
 * {@link AttributionContext}'s index of the candidates with a cue by where their content ends,
 * which a clause's start reads instead of every candidate of the article: it follows {@link
 * AttributionContext#add} and {@link AttributionContext#replace}, and leaves out candidates
 * without a cue. Text written for the test.
 */
class AttributionContextTest {
  private static final String TEXT = "The mayor said the bridge would open. \"Soon,\" she added."
      + " Critics say it will not.";

  @Test
  void theCuedCandidatesAreFoundByWhereTheirContentEnds() {
    AttributionContext ctx = new AttributionContext(
        new Analysis(Article.of("ctx", TEXT), NlpModels.get()), CueLexicon.englishNews());
    QuoteCandidate said = candidate("the bridge would open", "said");
    QuoteCandidate soon = candidate("Soon,", null);
    QuoteCandidate say = candidate("it will not", "say");
    ctx.add(said);
    ctx.add(soon);
    ctx.add(say);
    int openEnd = said.end();

    assertThat(ctx.cuedEndingIn(0, openEnd)).containsExactly(said);
    assertThat(ctx.cuedEndingIn(openEnd, TEXT.length())).containsExactlyInAnyOrder(said, say);
    assertThat(ctx.cuedEndingIn(soon.end() - 1, soon.end() + 1)).isEmpty(); // no cue
    assertThat(ctx.cuedEndingIn(openEnd + 1, openEnd)).isEmpty();

    QuoteCandidate shorter = candidate("the bridge", "said");
    ctx.replace(said, shorter);
    assertThat(ctx.cuedEndingIn(0, openEnd)).containsExactly(shorter);
    assertThat(ctx.cuedEndingIn(openEnd, openEnd)).isEmpty();
  }

  private static QuoteCandidate candidate(String content, String cue) {
    int start = TEXT.indexOf(content);
    Cue c = null;
    if (cue != null) {
      int at = TEXT.indexOf(cue);
      c = new Cue(Span.of(TEXT, at, at + cue.length()), cue);
    }
    return new QuoteCandidate(QuoteType.INDIRECT,
        List.of(Span.of(TEXT, start, start + content.length())), c, null, 0.9, "test");
  }
}
