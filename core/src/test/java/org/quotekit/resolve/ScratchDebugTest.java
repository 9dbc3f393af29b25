package org.quotekit.resolve;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.quotekit.QuoteExtractor;
import org.quotekit.spi.AnalyzedArticle;
import org.quotekit.spi.Extractor;
import org.quotekit.spi.QuoteCandidate;

class ScratchDebugTest {
  @Test
  void dump() throws Exception {
    String file = System.getProperty("scratch.file");
    if (file == null) {
      return;
    }
    String text = Files.readString(Path.of(file));
    Extractor x = new Extractor() {
      @Override
      public String name() {
        return "scratch";
      }

      @Override
      public List<QuoteCandidate> extract(AnalyzedArticle article) {
        for (var s : article.sentences()) {
          var toks = article.tokens(s);
          var tags = article.tags(s);
          StringBuilder b = new StringBuilder();
          for (int i = 0; i < toks.size(); i++) {
            b.append(toks.get(i).text()).append('/').append(tags.get(i)).append(' ');
          }
          System.out.println("TAGS " + b);
        }
        ArticleScan scan = new ArticleScan(article, SpeakerLexicon.englishNews()).run();
        for (NameMention m : scan.names) {
          System.out.println("NAME " + m + " subject=" + m.subject + " topic=" + m.topic);
        }
        return List.of();
      }
    };
    QuoteExtractor.builder().extractors().extractor(x).build().extract(text);
  }
}
