package org.quotekit.eval;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.quotekit.Article;
import org.quotekit.Extraction;
import org.quotekit.Quote;
import org.quotekit.QuoteExtractor;
import org.quotekit.claims.ClaimInvariants;

/**
 * Checks the claim invariants ({@link ClaimInvariants}) on every article of PolNeAR dev, read as
 * {@link PolnearDevEvaluationTest} reads it, and that quotes keep their claims: all but 5% of the
 * quotes that start with a capital, and 80% of all; skipped when the corpus is absent.
 */
class PolnearDevClaimsTest {

  @Test
  void everyClaimOnDevKeepsTheInvariants() throws IOException {
    List<GoldArticle> gold = PolnearCorpus.read(PolnearDev.dir("the claim invariants"));
    QuoteExtractor extractor = QuoteExtractor.builder().extractors("rules").build();
    int claims = 0;
    int quotesWithClaims = 0;
    int quotes = 0;
    int statements = 0;
    int statementsWithClaims = 0;
    for (GoldArticle a : gold) {
      Extraction e = extractor.extract(Article.of(a.id(), a.text()));
      ClaimInvariants.check(a.text(), e);
      claims += e.claims().size();
      for (Quote q : e.quotes()) {
        boolean claimed = e.claims().stream().anyMatch(c -> c.quoteId().equals(q.id()));
        boolean statement = startsAStatement(q.content().text());
        quotes++;
        quotesWithClaims += claimed ? 1 : 0;
        statements += statement ? 1 : 0;
        statementsWithClaims += statement && claimed ? 1 : 0;
      }
    }
    System.out.printf("PolNeAR dev: %d articles, %d quotes, %d claims, %d quotes without a claim"
        + " (%d of the %d that start with a capital)%n", gold.size(), quotes, claims,
        quotes - quotesWithClaims, statements - statementsWithClaims, statements);
    assertThat(claims).isGreaterThanOrEqualTo(quotesWithClaims);
    // A quote that starts a statement with a capital keeps its claim; a fragment without a finite
    // verb ("using divisive rhetoric", "to fight in the war") is no claim since issue 15, which
    // on dev leaves about 19% of the (mostly mistaken) quotes without one. Courtesies, a lone
    // subordinate clause and words without a verb ("The Donald.", "A real disgrace.", headlines
    // such as "Clinton's lead eroding") are no claim even with a capital: 23 of 720 on dev; since
    // the third round also one word alone ("Absolutely."), requests ("Lock her up!") and a noun
    // phrase whose only verb is in its relative clause: 33 of 720.
    assertThat(statementsWithClaims).as("quotes starting with a capital with a claim")
        .isGreaterThanOrEqualTo(statements * 95 / 100);
    assertThat(quotesWithClaims).as("quotes with at least one claim")
        .isGreaterThanOrEqualTo(quotes * 4 / 5);
  }

  /** Whether the text's first letter, after quote marks and punctuation, is upper case. */
  private static boolean startsAStatement(String text) {
    for (int i = 0; i < text.length(); i++) {
      if (Character.isLetterOrDigit(text.charAt(i))) {
        return Character.isUpperCase(text.charAt(i)) || Character.isDigit(text.charAt(i));
      }
    }
    return false;
  }
}
