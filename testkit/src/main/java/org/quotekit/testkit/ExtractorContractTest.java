package org.quotekit.testkit;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.quotekit.Article;
import org.quotekit.Quote;
import org.quotekit.QuoteExtractor;
import org.quotekit.spi.AnalyzedArticle;
import org.quotekit.spi.Extractor;
import org.quotekit.spi.QuoteCandidate;
import org.quotekit.spi.SpeakerResolution;
import org.quotekit.spi.SpeakerResolver;

/**
 * The contract every {@link Extractor} must keep. Extend it in your tests and say how to make
 * your extractor; the inherited tests then check that:
 *
 * <ul>
 *   <li>its name is not blank, stable and none of the bundled extractors' ({@code model},
 *       {@code rules});
 *   <li>every candidate's parts, cue and source lie inside the text and equal it, parts are in
 *       order and do not overlap, and confidence is in [0, 1] ({@link
 *       Invariants#checkCandidates});
 *   <li>it is deterministic: the same article twice, and two fresh instances, give equal
 *       candidates (as a set: the order of candidates is free);
 *   <li>it is thread-safe: one fresh instance shared by {@link #threads()} threads, which make
 *       its first calls together, gives each the candidates that one thread alone gets;
 *   <li>it keeps nothing from one article for the next: articles that share an id get the
 *       candidates each gets alone;
 *   <li>hostile text ({@link HostileShape}, {@link HostileText}) makes it throw nothing and take
 *       at most {@link #timeLimitPerArticle()} per article;
 *   <li>plugged into {@link QuoteExtractor#builder()}, it gives extractions that keep their
 *       invariants, without warnings.
 * </ul>
 *
 * <p>The extractor runs inside a {@link QuoteExtractor}, as it does for users, with failures
 * thrown ({@link QuoteExtractor.Builder#failOnExtractorError(boolean)}) and what it returns
 * recorded before the pipeline sees it. See the {@linkplain org.quotekit.testkit package} for an
 * example.
 */
public abstract class ExtractorContractTest
    extends ContractTestBase<Extractor, List<QuoteCandidate>> {

  private static final Comparator<QuoteCandidate> ORDER = Comparator.nullsFirst(
      Comparator.comparingInt(QuoteCandidate::start).thenComparingInt(QuoteCandidate::end)
          .thenComparing(QuoteCandidate::toString));

  /** For subclasses. */
  protected ExtractorContractTest() {
    super(Extractor::name);
  }

  /** A new instance of the extractor under test, configured as users would have it. */
  protected abstract Extractor newExtractor();

  @Override
  final Extractor newSubject() {
    return newExtractor();
  }

  @Override
  final QuoteExtractor.Builder recording(Extractor extractor,
      Recorder<List<QuoteCandidate>> recorder) {
    Recording recording = new Recording(extractor, recorder);
    return QuoteExtractor.builder().extractor(recording).speakerResolver(recording);
  }

  /** The bundled extractors' names, which a plug-in beside them cannot take. */
  private static final List<String> BUNDLED = List.of("model", "rules");

  @Override
  final boolean takesABuiltInName(Extractor extractor, String name) {
    String pkg = extractor.getClass().getPackageName();
    return BUNDLED.contains(name) && !pkg.equals("org.quotekit.model")
        && !pkg.equals("org.quotekit.rules");
  }

  @Override
  final List<QuoteCandidate> blank() {
    return List.of();
  }

  @Override
  final void checkResult(Article article, List<QuoteCandidate> candidates) {
    Invariants.checkCandidates(analysedText(article), candidates);
  }

  @Override
  final List<QuoteCandidate> comparable(List<QuoteCandidate> candidates) {
    List<QuoteCandidate> sorted = new ArrayList<>(candidates);
    sorted.sort(ORDER);
    return sorted;
  }

  @Override
  final QuoteExtractor quoteExtractorWith(Extractor extractor) {
    return QuoteExtractor.builder().extractor(extractor).build();
  }

  /**
   * Runs the extractor under test and records a copy of what it returns. As the resolver, it
   * gives no speakers, so that a resolver's failure cannot count against the extractor.
   */
  private static final class Recording implements Extractor, SpeakerResolver {
    private final Extractor extractor;
    private final Recorder<List<QuoteCandidate>> recorder;

    Recording(Extractor extractor, Recorder<List<QuoteCandidate>> recorder) {
      this.extractor = extractor;
      this.recorder = recorder;
    }

    @Override
    public String name() {
      return extractor.name();
    }

    @Override
    public List<QuoteCandidate> extract(AnalyzedArticle article) {
      List<QuoteCandidate> found = extractor.extract(article);
      recorder.record(found == null ? null : new ArrayList<>(found));
      return found;
    }

    @Override
    public SpeakerResolution resolve(AnalyzedArticle article, List<Quote> quotes) {
      return SpeakerResolution.none();
    }
  }
}
