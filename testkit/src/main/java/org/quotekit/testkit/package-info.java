/**
 * Contract tests that every {@link org.quotekit.spi.Extractor} and
 * {@link org.quotekit.spi.SpeakerResolver} must pass, for the built-in ones and for yours. Add
 * {@code quotekit-testkit} as a test dependency, extend {@link
 * org.quotekit.testkit.ExtractorContractTest} or {@link
 * org.quotekit.testkit.SpeakerResolverContractTest}, and say how to make your plug-in:
 *
 * <pre>{@code
 * class MyExtractorContractTest extends ExtractorContractTest {
 *   @Override
 *   protected Extractor newExtractor() {
 *     return new MyExtractor();
 *   }
 * }
 * }</pre>
 *
 * <p>JUnit then runs the inherited tests: spans inside the text and equal to it, determinism,
 * thread safety, hostile text without exceptions within a time limit, and valid extractions
 * through {@link org.quotekit.QuoteExtractor}. They take seconds. Override {@code articles()} to
 * add your own texts, and the other hooks of {@link org.quotekit.testkit.ContractTestBase} to
 * change the seed, sizes, threads or time limit. A failure names the check, the article and the
 * seed; rerun with {@code -Dquotekit.testkit.seed=N} to get the same articles again.
 *
 * <p>The pieces can be used alone too: {@link org.quotekit.testkit.Invariants} checks a result,
 * {@link org.quotekit.testkit.HostileText} and {@link org.quotekit.testkit.HostileShape} make
 * hostile text, and {@link org.quotekit.testkit.SampleArticles} gives ordinary news text.
 */
package org.quotekit.testkit;
