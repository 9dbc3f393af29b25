package org.quotekit.examples.tweets;

import org.quotekit.spi.Extractor;
import org.quotekit.testkit.ExtractorContractTest;

/**
 * The test kit's contract on the tweet extractor: valid spans, determinism, thread safety and
 * hostile text, on the kit's articles (one of which embeds a tweet) and hostile text.
 */
class EmbeddedTweetExtractorContractTest extends ExtractorContractTest {
  @Override
  protected Extractor newExtractor() {
    return new EmbeddedTweetExtractor(EmbeddedTweetExtractor.DEFAULT_CONFIDENCE);
  }
}
