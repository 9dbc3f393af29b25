package org.quotekit.spi;

import java.util.List;

/**
 * The merge stage: chooses, among the candidates of all extractors, the ones that become quotes.
 * The chosen candidates' parts must not overlap; the pipeline then orders them by position,
 * numbers them and hands them to the {@link SpeakerResolver}. The default,
 * {@link #byConfidence()}, takes the most confident candidate first; a calibrated or learned
 * merge can take its place ({@code QuoteExtractor.builder().candidateMerger(..)}).
 *
 * <p>A merger that throws, returns null, or returns a proposal it was not given, the same one
 * twice, or candidates whose parts overlap, does not lose the article: the failure is listed in
 * {@code Extraction.warnings()} and the default merge is used instead (or, with
 * {@code failOnExtractorError(true)}, an {@code ExtractionException} is thrown).
 * Implementations must be thread-safe.
 */
public interface CandidateMerger {

  /** A short stable name for warnings ("confidence"). */
  String name();

  /**
   * The proposals that become quotes, in any order.
   *
   * @param article the analysed article
   * @param proposals every valid candidate of every extractor, in extractor order, then in the
   *     order each extractor returned them
   */
  List<Proposal> merge(AnalyzedArticle article, List<Proposal> proposals);

  /**
   * The default merge: the most confident candidate first (ties: the earlier extractor, then the
   * earlier and shorter candidate), each accepted unless a part overlaps a part already accepted.
   * Stateless and thread-safe.
   */
  static CandidateMerger byConfidence() {
    return RankedMerger.BY_CONFIDENCE;
  }

  /**
   * The earlier extractor first: every candidate of the first extractor that fits (the most
   * confident first, as {@link #byConfidence()}), then those of the next one where they overlap
   * nothing accepted, and so on. For extractors whose confidences do not compare, where the
   * first is the more trusted and a later one only adds what it missed: the CLI's {@code all}
   * is {@code model} then {@code rules} merged so, since the model already weighs the rule
   * patterns' opinion where they fire. Stateless and thread-safe.
   */
  static CandidateMerger byExtractorOrder() {
    return RankedMerger.BY_EXTRACTOR_ORDER;
  }
}
