package org.quotekit.internal;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.quotekit.Claim;
import org.quotekit.Extraction;
import org.quotekit.Quote;
import org.quotekit.Span;
import org.quotekit.spi.ClaimExtractor;
import org.quotekit.spi.Extractor;
import org.quotekit.spi.QuoteCandidate;
import org.quotekit.spi.SpeakerResolver;

/**
 * Turns the candidates of all extractors into one {@link Extraction}: drops invalid candidates,
 * resolves overlaps by confidence, numbers quotes, attaches speakers with the configured {@link
 * SpeakerResolver} and derives claims with the configured {@link ClaimExtractor}. Stateless and
 * thread-safe.
 */
public final class Pipeline {
  private Pipeline() {}

  private record Ranked(QuoteCandidate candidate, String extractor, int order) {}

  /**
   * Assembles the extraction of one analysed article; {@code resolver} attaches the speakers,
   * {@code claimExtractor} derives the claims, and {@code failFast} decides whether a failure of
   * either fails the extraction.
   */
  public static Extraction assemble(Analysis analysis, Map<Extractor, List<QuoteCandidate>> all,
      List<String> warnings, SpeakerResolver resolver, ClaimExtractor claimExtractor,
      boolean failFast) {
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
    // The parts of accepted candidates never overlap, so they form a set of disjoint intervals:
    // start -> end. A candidate clashes when one of its parts overlaps one of them. The map keeps
    // the check logarithmic; a list scan made articles with many quotes quadratic.
    TreeMap<Integer, Integer> taken = new TreeMap<>();
    for (Ranked r : ranked) {
      if (!overlapsAny(taken, r.candidate().parts())) {
        accepted.add(r);
        for (Span p : r.candidate().parts()) {
          if (p.length() > 0) {
            taken.put(p.start(), p.end());
          }
        }
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
    List<Claim> claims = Claims.derive(analysis, withSpeakers, speakers.speakers(),
        claimExtractor, failFast, notes);
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

  /** Whether a non-empty part overlaps one of the disjoint intervals in {@code taken}. */
  private static boolean overlapsAny(TreeMap<Integer, Integer> taken, List<Span> parts) {
    for (Span p : parts) {
      if (p.length() == 0) {
        continue; // an empty span overlaps nothing (Span.overlaps)
      }
      // Among disjoint intervals, the one starting last before p ends also ends last.
      Map.Entry<Integer, Integer> before = taken.lowerEntry(p.end());
      if (before != null && before.getValue() > p.start()) {
        return true;
      }
    }
    return false;
  }
}
