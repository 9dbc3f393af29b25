package org.quotekit.internal;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import org.quotekit.Claim;
import org.quotekit.Extraction;
import org.quotekit.Quote;
import org.quotekit.Span;
import org.quotekit.spi.Extractor;
import org.quotekit.spi.QuoteCandidate;
import org.quotekit.spi.SpeakerResolver;

/**
 * Turns the candidates of all extractors into one {@link Extraction}: drops invalid candidates,
 * resolves overlaps by confidence, numbers quotes, attaches speakers and derives claims.
 * Stateless and thread-safe.
 */
public final class Pipeline {
  private Pipeline() {}

  private record Ranked(QuoteCandidate candidate, String extractor, int order) {}

  /**
   * Assembles the extraction of one analysed article; {@code resolver} attaches the speakers and
   * {@code failFast} decides whether its failure fails the extraction.
   */
  public static Extraction assemble(Analysis analysis, Map<Extractor, List<QuoteCandidate>> all,
      List<String> warnings, SpeakerResolver resolver, boolean failFast) {
    String text = analysis.text();
    List<String> notes = new ArrayList<>(warnings);
    List<Ranked> ranked = new ArrayList<>();
    int order = 0;
    for (Map.Entry<Extractor, List<QuoteCandidate>> e : all.entrySet()) {
      String name = e.getKey().name();
      for (QuoteCandidate c : e.getValue()) {
        String problem = c == null ? "null candidate" : invalid(c, text);
        if (problem != null) {
          notes.add("extractor " + name + " returned an invalid candidate on article "
              + analysis.article().id() + ": " + problem);
          continue;
        }
        ranked.add(new Ranked(c, name, order));
      }
      order++;
    }
    ranked.sort(Comparator.comparingDouble((Ranked r) -> -r.candidate().confidence())
        .thenComparingInt(Ranked::order)
        .thenComparingInt(r -> r.candidate().start())
        .thenComparingInt(r -> r.candidate().end()));
    List<Ranked> accepted = new ArrayList<>();
    for (Ranked r : ranked) {
      boolean clash = false;
      for (Ranked a : accepted) {
        if (overlaps(a.candidate().parts(), r.candidate().parts())) {
          clash = true;
          break;
        }
      }
      if (!clash) {
        accepted.add(r);
      }
    }
    accepted.sort(Comparator.comparingInt((Ranked r) -> r.candidate().start())
        .thenComparingInt(r -> r.candidate().end()));

    List<Quote> quotes = new ArrayList<>(accepted.size());
    for (int i = 0; i < accepted.size(); i++) {
      Ranked r = accepted.get(i);
      QuoteCandidate c = r.candidate();
      Span content = Span.of(text, c.start(), c.end());
      quotes.add(new Quote("q" + (i + 1), c.type(), content, c.parts(), c.cue(), c.source(),
          null, c.confidence(), r.extractor(), c.rule()));
    }
    Speakers.Result speakers = Speakers.attach(analysis, quotes, resolver, failFast, notes);
    List<Quote> withSpeakers = speakers.quotes();
    List<Claim> claims = org.quotekit.claims.ClaimExtractor.englishNews().extract(analysis,
        withSpeakers);
    return new Extraction(analysis.article().id(), withSpeakers, speakers.speakers(), claims,
        notes);
  }

  private static String invalid(QuoteCandidate c, String text) {
    int prevEnd = 0;
    for (Span p : c.parts()) {
      if (p.end() > text.length()) {
        return "part " + p.start() + "-" + p.end() + " lies outside the text of length "
            + text.length();
      }
      if (!text.regionMatches(p.start(), p.text(), 0, p.length())) {
        return "part " + p.start() + "-" + p.end() + " does not match the article text";
      }
      if (p.start() < prevEnd) {
        return "parts overlap or are out of order";
      }
      prevEnd = p.end();
    }
    for (Span s : new Span[] {c.source(), c.cue() == null ? null : c.cue().span()}) {
      if (s != null && (s.end() > text.length()
          || !text.regionMatches(s.start(), s.text(), 0, s.length()))) {
        return "span " + s.start() + "-" + s.end() + " does not match the article text";
      }
    }
    return null;
  }

  private static boolean overlaps(List<Span> a, List<Span> b) {
    for (Span x : a) {
      for (Span y : b) {
        if (x.overlaps(y)) {
          return true;
        }
      }
    }
    return false;
  }
}
