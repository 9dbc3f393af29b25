/**
 * An example of a user extractor: {@link org.quotekit.examples.tweets.EmbeddedTweetExtractor}
 * finds tweets embedded in news text, and {@link
 * org.quotekit.examples.tweets.EmbeddedTweetExtractorProvider} makes it available by name.
 */
package org.quotekit.examples.tweets;
