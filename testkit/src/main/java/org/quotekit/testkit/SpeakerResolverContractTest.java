package org.quotekit.testkit;

import java.util.List;
import org.quotekit.Article;
import org.quotekit.Quote;
import org.quotekit.QuoteExtractor;
import org.quotekit.spi.AnalyzedArticle;
import org.quotekit.spi.SpeakerResolution;
import org.quotekit.spi.SpeakerResolver;

/**
 * The contract every {@link SpeakerResolver} must keep. Extend it in your tests and say how to
 * make your resolver; the quotes it resolves come from the extractors of {@link
 * #quoteExtractorBuilder()} ({@code model}, {@link QuoteExtractor#builder()}'s default, unless
 * you say otherwise). The inherited tests then check that:
 *
 * <ul>
 *   <li>its name is not blank and stable;
 *   <li>speakers have unique ids and names with a visible character, their mentions lie inside
 *       the text, equal it and come in text order, and every quote it assigns is one it was
 *       given and points to one of its speakers ({@link Invariants#checkResolution});
 *   <li>it is deterministic: the same article twice, and two fresh instances, give equal
 *       resolutions;
 *   <li>it is thread-safe: one fresh instance shared by {@link #threads()} threads, which make
 *       its first calls together, gives each the resolutions that one thread alone gets;
 *   <li>it keeps nothing from one article for the next: articles that share an id get the
 *       resolutions each gets alone; and it leaves the quotes it is given as they are (the
 *       pipeline hands it an unmodifiable list);
 *   <li>hostile text ({@link HostileShape}, {@link HostileText}) makes it throw nothing and take
 *       at most {@link #timeLimitPerArticle()} per article;
 *   <li>plugged into {@link QuoteExtractor.Builder#speakerResolver(SpeakerResolver)}, it gives
 *       extractions that keep their invariants, without warnings.
 * </ul>
 */
public abstract class SpeakerResolverContractTest
    extends ContractTestBase<SpeakerResolver, SpeakerResolverContractTest.Resolved> {

  /**
   * What one run of a resolver on one article gave. Immutable and thread-safe.
   *
   * @param quotes the quotes the resolver was given
   * @param resolution what it returned (null when it returned null)
   */
  public record Resolved(List<Quote> quotes, SpeakerResolution resolution) {}

  /** For subclasses. */
  protected SpeakerResolverContractTest() {
    super(SpeakerResolver::name);
  }

  /** A new instance of the resolver under test, configured as users would have it. */
  protected abstract SpeakerResolver newResolver();

  /**
   * A new builder whose extractors find the quotes to resolve: {@link QuoteExtractor#builder()}
   * by default. The kit sets the resolver on it; a new builder is needed for every call.
   */
  protected QuoteExtractor.Builder quoteExtractorBuilder() {
    return QuoteExtractor.builder();
  }

  @Override
  final SpeakerResolver newSubject() {
    return newResolver();
  }

  @Override
  final QuoteExtractor.Builder recording(SpeakerResolver resolver, Recorder<Resolved> recorder) {
    return quoteExtractorBuilder().speakerResolver(new SpeakerResolver() {
      @Override
      public String name() {
        return resolver.name();
      }

      @Override
      public SpeakerResolution resolve(AnalyzedArticle article, List<Quote> quotes) {
        List<Quote> given = List.copyOf(quotes); // as given: the resolver may not change them
        SpeakerResolution resolution = resolver.resolve(article, quotes);
        recorder.record(new Resolved(given, resolution));
        return resolution;
      }
    });
  }

  @Override
  final Resolved blank() {
    return new Resolved(List.of(), SpeakerResolution.none());
  }

  @Override
  final void checkResult(Article article, Resolved resolved) {
    Invariants.checkResolution(analysedText(article), resolved.quotes(), resolved.resolution());
  }

  @Override
  final QuoteExtractor quoteExtractorWith(SpeakerResolver resolver) {
    return quoteExtractorBuilder().speakerResolver(resolver).build();
  }
}
