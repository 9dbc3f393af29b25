/**
 * The extension points: implement {@link org.quotekit.spi.Extractor} to add your own way of
 * finding quotes, and register it with the builder or through {@link java.util.ServiceLoader} via
 * an {@link org.quotekit.spi.ExtractorProvider}; implement {@link org.quotekit.spi.SpeakerResolver}
 * to group mentions into speakers your own way.
 */
package org.quotekit.spi;
