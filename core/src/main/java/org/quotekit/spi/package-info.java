/**
 * The extension points: implement {@link org.quotekit.spi.Extractor} to add your own way of
 * finding quotes, and register it with the builder or through {@link java.util.ServiceLoader} via
 * an {@link org.quotekit.spi.ExtractorProvider}; implement {@link org.quotekit.spi.SpeakerResolver}
 * to group mentions into speakers your own way; implement {@link org.quotekit.spi.ClaimExtractor}
 * to derive claims from the quotes your own way, or turn claims off with
 * {@link org.quotekit.spi.ClaimExtractor#none()}.
 */
package org.quotekit.spi;
