package org.quotekit.eval;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.quotekit.Article;
import org.quotekit.Extraction;
import org.quotekit.QuoteExtractor;
import org.quotekit.claims.ClaimInvariants;

/**
 * Checks the claim invariants ({@link ClaimInvariants}) on every article of PolNeAR dev, read as
 * {@link PolnearDevEvaluationTest} reads it; skipped when the corpus is absent.
 */
class PolnearDevClaimsTest {

  @Test
  void everyClaimOnDevKeepsTheInvariants() throws IOException {
    List<GoldArticle> gold = PolnearCorpus.read(PolnearDev.dir("the claim invariants"));
    QuoteExtractor extractor = QuoteExtractor.builder().build();
    int claims = 0;
    int quotesWithClaims = 0;
    int quotes = 0;
    for (GoldArticle a : gold) {
      Extraction e = extractor.extract(Article.of(a.id(), a.text()));
      ClaimInvariants.check(a.text(), e);
      claims += e.claims().size();
      quotes += e.quotes().size();
      quotesWithClaims += (int) e.quotes().stream()
          .filter(q -> e.claims().stream().anyMatch(c -> c.quoteId().equals(q.id()))).count();
    }
    System.out.printf("PolNeAR dev: %d articles, %d quotes, %d claims, %d quotes without a claim%n",
        gold.size(), quotes, claims, quotes - quotesWithClaims);
    assertThat(claims).isGreaterThanOrEqualTo(quotesWithClaims);
    assertThat(quotesWithClaims).as("quotes with at least one claim")
        .isGreaterThanOrEqualTo(quotes * 9 / 10);
  }
}
