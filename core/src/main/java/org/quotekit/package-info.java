/**
 * QuoteKit's public model and entry point: build a {@link org.quotekit.QuoteExtractor}, pass it
 * {@link org.quotekit.Article}s, read {@link org.quotekit.Quote}s, {@link org.quotekit.Speaker}s
 * and {@link org.quotekit.Claim}s from the {@link org.quotekit.Extraction}.
 */
package org.quotekit;
