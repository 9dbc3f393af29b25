package org.quotekit.testkit;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.BiFunction;
import org.quotekit.Quote;
import org.quotekit.QuoteType;
import org.quotekit.Span;
import org.quotekit.Speaker;
import org.quotekit.SpeakerKind;
import org.quotekit.spi.AnalyzedArticle;
import org.quotekit.spi.Extractor;
import org.quotekit.spi.QuoteCandidate;
import org.quotekit.spi.Sentence;
import org.quotekit.spi.SpeakerResolution;
import org.quotekit.spi.SpeakerResolver;

/**
 * Plug-ins that keep the contract, simple enough that a change to what they return breaks exactly
 * one thing: the tests of the kit pass a change to make a broken plug-in. Thread-safe when the
 * change is.
 */
final class TestPlugins {
  private TestPlugins() {}

  /** Proposes every sentence as an indirect quote, then applies a change to the list. */
  static class SentenceQuotes implements Extractor {
    private final BiFunction<AnalyzedArticle, List<QuoteCandidate>, List<QuoteCandidate>> change;

    /** Without a change: keeps the contract. */
    SentenceQuotes() {
      this((article, found) -> found);
    }

    SentenceQuotes(
        BiFunction<AnalyzedArticle, List<QuoteCandidate>, List<QuoteCandidate>> change) {
      this.change = change;
    }

    @Override
    public String name() {
      return "sentences";
    }

    @Override
    public List<QuoteCandidate> extract(AnalyzedArticle article) {
      List<QuoteCandidate> out = new ArrayList<>();
      for (Sentence s : article.sentences()) {
        out.add(candidate(s.span(), 0.5, "sentence"));
      }
      return change.apply(article, out);
    }

    static QuoteCandidate candidate(Span part, double confidence, String rule) {
      return new QuoteCandidate(QuoteType.INDIRECT, List.of(part), null, null, confidence, rule);
    }
  }

  /**
   * One speaker per distinct source text, in order of first appearance, then applies a change to
   * the resolution.
   */
  static class SourceSpeakers implements SpeakerResolver {
    private final BiFunction<AnalyzedArticle, SpeakerResolution, SpeakerResolution> change;

    /** Without a change: keeps the contract. */
    SourceSpeakers() {
      this((article, resolution) -> resolution);
    }

    SourceSpeakers(BiFunction<AnalyzedArticle, SpeakerResolution, SpeakerResolution> change) {
      this.change = change;
    }

    @Override
    public String name() {
      return "sources";
    }

    @Override
    public SpeakerResolution resolve(AnalyzedArticle article, List<Quote> quotes) {
      Map<String, List<Span>> mentions = new LinkedHashMap<>();
      Map<String, String> idOfName = new TreeMap<>();
      Map<String, String> speakerIds = new TreeMap<>();
      for (Quote q : quotes) {
        if (q.source().isEmpty() || q.source().get().text().isBlank()) {
          continue;
        }
        Span source = q.source().get();
        String id = idOfName.computeIfAbsent(source.text(), n -> "s" + (idOfName.size() + 1));
        mentions.computeIfAbsent(source.text(), n -> new ArrayList<>()).add(source);
        speakerIds.put(q.id(), id);
      }
      List<Speaker> speakers = new ArrayList<>();
      mentions.forEach((name, spans) -> {
        spans.sort(null);
        speakers.add(new Speaker(idOfName.get(name), name, SpeakerKind.UNKNOWN, List.of(),
            List.of(), spans));
      });
      return change.apply(article, new SpeakerResolution(speakers, speakerIds));
    }
  }
}
