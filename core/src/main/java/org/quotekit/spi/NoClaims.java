package org.quotekit.spi;

import java.util.List;
import java.util.Objects;
import org.quotekit.Claim;
import org.quotekit.Quote;

/** The {@link ClaimExtractor#none()} extractor: no claims for any article. Immutable. */
final class NoClaims implements ClaimExtractor {
  static final NoClaims INSTANCE = new NoClaims();

  private NoClaims() {}

  @Override
  public String name() {
    return "none";
  }

  @Override
  public List<Claim> extract(AnalyzedArticle article, List<Quote> quotes) {
    Objects.requireNonNull(article, "article");
    Objects.requireNonNull(quotes, "quotes");
    return List.of();
  }

  @Override
  public String toString() {
    return "ClaimExtractor.none()";
  }
}
