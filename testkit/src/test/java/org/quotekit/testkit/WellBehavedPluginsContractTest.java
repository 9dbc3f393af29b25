package org.quotekit.testkit;

import org.junit.jupiter.api.Nested;
import org.quotekit.spi.Extractor;
import org.quotekit.spi.SpeakerResolver;

/** The kit passes plug-ins that keep the contract: it does not fail what it should not. */
class WellBehavedPluginsContractTest {

  @Nested
  class SentenceQuotes extends ExtractorContractTest {
    @Override
    protected Extractor newExtractor() {
      return new TestPlugins.SentenceQuotes();
    }
  }

  @Nested
  class SourceSpeakers extends SpeakerResolverContractTest {
    @Override
    protected SpeakerResolver newResolver() {
      return new TestPlugins.SourceSpeakers();
    }
  }
}
