package org.quotekit.cli;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.quotekit.Cue;
import org.quotekit.QuoteType;
import org.quotekit.Span;
import org.quotekit.spi.Extractor;
import org.quotekit.spi.ExtractorProvider;
import org.quotekit.spi.QuoteCandidate;

/**
 * A user's extractor as the CLI tests see it, registered by ServiceLoader under {@code chants}:
 * the words after "chanted:" up to the end of the sentence are a direct quote. Thread-safe.
 */
public final class ChantExtractorProvider implements ExtractorProvider {
  private static final Pattern CHANT = Pattern.compile("(chanted):\\s*([^.]+)");

  @Override
  public String name() {
    return "chants";
  }

  @Override
  public Extractor create() {
    return new Extractor() {
      @Override
      public String name() {
        return "chants";
      }

      @Override
      public List<QuoteCandidate> extract(org.quotekit.spi.AnalyzedArticle article) {
        String text = article.text();
        List<QuoteCandidate> out = new ArrayList<>();
        Matcher m = CHANT.matcher(text);
        while (m.find()) {
          out.add(new QuoteCandidate(QuoteType.DIRECT, List.of(Span.of(text, m.start(2),
              m.end(2))), new Cue(Span.of(text, m.start(1), m.end(1)), "chant"), null, 0.9,
              "chants.colon"));
        }
        return out;
      }
    };
  }
}
