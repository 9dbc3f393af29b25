package org.quotekit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.function.BiFunction;
import org.junit.jupiter.api.Test;
import org.quotekit.spi.AnalyzedArticle;
import org.quotekit.spi.CandidateMerger;
import org.quotekit.spi.Extractor;
import org.quotekit.spi.Proposal;
import org.quotekit.spi.QuoteCandidate;

/**
 * The merge stage is pluggable: a user merger chooses the quotes; one that fails or breaks its
 * contract costs nothing but a warning, the default merge taking over.
 */
class CandidateMergerTest {
  private static final String TEXT = "\u201CWe won the vote,\u201D Anna Berg said. The mayor "
      + "said the bridge would reopen next month.";

  /** A second extractor proposing the whole text as one low-confidence indirect quote. */
  private static final Extractor WHOLE = new Extractor() {
    @Override
    public String name() {
      return "whole";
    }

    @Override
    public List<QuoteCandidate> extract(AnalyzedArticle article) {
      Span all = Span.of(article.text(), 0, article.text().length());
      return List.of(new QuoteCandidate(QuoteType.INDIRECT, List.of(all), null, null, 0.1,
          "whole"));
    }
  };

  private static CandidateMerger merger(BiFunction<AnalyzedArticle, List<Proposal>,
      List<Proposal>> f) {
    return new CandidateMerger() {
      @Override
      public String name() {
        return "test";
      }

      @Override
      public List<Proposal> merge(AnalyzedArticle article, List<Proposal> proposals) {
        return f.apply(article, proposals);
      }
    };
  }

  private static QuoteExtractor.Builder twoExtractors() {
    return QuoteExtractor.builder().extractors("rules").extractor(WHOLE);
  }

  @Test
  void theDefaultTakesTheMostConfidentCandidates() {
    QuoteExtractor e = twoExtractors().build();
    assertThat(e.candidateMerger()).isSameAs(CandidateMerger.byConfidence());
    Extraction x = e.extract(TEXT);
    assertThat(x.quotes()).extracting(Quote::extractor).containsOnly("rules").hasSize(2);
    assertThat(x.warnings()).isEmpty();
  }

  @Test
  void theExtractorOrderMergeTakesTheFirstExtractorsCandidatesFirst() {
    // the whole text is the least confident candidate, yet its extractor comes first
    Extraction first = QuoteExtractor.builder().extractor(WHOLE).extractors("rules")
        .candidateMerger(CandidateMerger.byExtractorOrder()).build().extract(TEXT);
    assertThat(first.quotes()).extracting(Quote::extractor).containsExactly("whole");
    // second, it overlaps the first's quotes and adds nothing
    Extraction second = twoExtractors().candidateMerger(CandidateMerger.byExtractorOrder())
        .build().extract(TEXT);
    assertThat(second.quotes()).extracting(Quote::extractor).containsOnly("rules").hasSize(2);
    assertThat(CandidateMerger.byExtractorOrder().name()).isEqualTo("extractor-order");
  }

  @Test
  void aUserMergerChoosesTheQuotes() {
    CandidateMerger leastConfident = merger((a, ps) -> List.of(ps.stream()
        .min(Comparator.comparingDouble(p -> p.candidate().confidence())).orElseThrow()));
    Extraction x = twoExtractors().candidateMerger(leastConfident).build().extract(TEXT);
    assertThat(x.quotes()).extracting(Quote::extractor).containsExactly("whole");
    assertThat(x.warnings()).isEmpty();
  }

  @Test
  void theProposalsCarryTheirExtractorAndItsPosition() {
    List<Proposal> seen = new ArrayList<>();
    twoExtractors().candidateMerger(merger((a, ps) -> {
      seen.addAll(ps);
      return List.of();
    })).build().extract(TEXT);
    assertThat(seen).extracting(Proposal::extractor).containsExactly("rules", "rules", "whole");
    assertThat(seen).extracting(Proposal::extractorIndex).containsExactly(0, 0, 1);
  }

  @Test
  void aMergerThatBreaksItsContractIsReportedAndTheDefaultMergeIsUsed() {
    Extraction reference = twoExtractors().build().extract(TEXT);
    List<CandidateMerger> broken = List.of(
        merger((a, ps) -> {
          throw new IllegalStateException("boom");
        }),
        merger((a, ps) -> null),
        merger((a, ps) -> ps), // overlapping candidates
        merger((a, ps) -> List.of(ps.get(0), ps.get(0))),
        merger((a, ps) -> List.of(new Proposal(ps.get(0).candidate(), "forged", 0))));
    for (CandidateMerger m : broken) {
      Extraction x = twoExtractors().candidateMerger(m).build().extract(TEXT);
      assertThat(x.quotes()).isEqualTo(reference.quotes());
      assertThat(x.warnings()).singleElement().asString()
          .startsWith("candidate merger test ").contains("article text");
    }
  }

  @Test
  void failFastThrowsInstead() {
    QuoteExtractor e = twoExtractors().failOnExtractorError(true)
        .candidateMerger(merger((a, ps) -> ps)).build();
    assertThatThrownBy(() -> e.extract(TEXT)).isInstanceOf(ExtractionException.class)
        .hasMessageContaining("candidate merger test").hasMessageContaining("overlap");
  }

  @Test
  void nullIsRejectedByName() {
    assertThatThrownBy(() -> QuoteExtractor.builder().candidateMerger(null))
        .isInstanceOf(NullPointerException.class).hasMessageContaining("merger");
  }
}
