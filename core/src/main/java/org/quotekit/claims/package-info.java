/**
 * Claims from quotes: {@link org.quotekit.claims.DefaultClaimExtractor}, the default {@link
 * org.quotekit.spi.ClaimExtractor}, cuts each quote into its sentences, normalises them into
 * standalone statements and reads their stance, polarity and quantities with the word lists of the
 * {@code claims-en.txt} resource.
 */
package org.quotekit.claims;
