/**
 * The extension points: implement {@link org.quotekit.spi.Extractor} to add your own way of
 * finding quotes, and register it with the builder or through {@link java.util.ServiceLoader} via
 * an {@link org.quotekit.spi.ExtractorProvider}; implement
 * {@link org.quotekit.spi.CandidateMerger} to choose among the candidates of all extractors your
 * own way (default {@link org.quotekit.spi.CandidateMerger#byConfidence()}); implement
 * {@link org.quotekit.spi.SpeakerResolver} to group mentions into speakers your own way;
 * implement {@link org.quotekit.spi.ClaimExtractor} to derive claims from the quotes your own
 * way, or turn claims off with {@link org.quotekit.spi.ClaimExtractor#none()}. Each is guarded:
 * a failing plug-in costs only its own result and is listed in the extraction's warnings.
 */
package org.quotekit.spi;
