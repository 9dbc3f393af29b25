package org.quotekit.testkit;

import java.util.List;
import org.quotekit.Article;
import org.quotekit.resolve.DefaultSpeakerResolver;
import org.quotekit.spi.SpeakerResolver;

/**
 * The default resolver keeps the resolver contract on the quotes of the rule-based extractor:
 * on the kit's articles, the bundled real ones (long, with many speakers) and more generated
 * hostile text than the default (name-heavy word salad is where coreference goes wrong).
 */
class DefaultSpeakerResolverContractTest extends SpeakerResolverContractTest {
  @Override
  protected SpeakerResolver newResolver() {
    return new DefaultSpeakerResolver();
  }

  @Override
  protected List<Article> articles() {
    return BundledArticles.after(super.articles());
  }

  @Override
  protected int hostileArticleCount() {
    return 100;
  }
}
