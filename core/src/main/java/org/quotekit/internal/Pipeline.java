package org.quotekit.internal;

import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.quotekit.Claim;
import org.quotekit.Extraction;
import org.quotekit.Quote;
import org.quotekit.QuoteType;
import org.quotekit.Span;
import org.quotekit.spi.AnalyzedArticle;
import org.quotekit.spi.CandidateMerger;
import org.quotekit.spi.ClaimExtractor;
import org.quotekit.spi.Extractor;
import org.quotekit.spi.Proposal;
import org.quotekit.spi.QuoteCandidate;
import org.quotekit.spi.QuoteRegion;
import org.quotekit.spi.SpeakerResolver;

/**
 * Turns the candidates of all extractors into one {@link Extraction}: drops invalid candidates,
 * lets the configured {@link CandidateMerger} choose among them, numbers quotes, attaches speakers with the configured {@link
 * SpeakerResolver} and derives claims with the configured {@link ClaimExtractor}. Stateless and
 * thread-safe.
 */
public final class Pipeline {
  private Pipeline() {}

  /**
   * Assembles the extraction of one analysed article: {@code merger} chooses the quotes among the
   * candidates, {@code resolver} attaches the speakers, {@code claimExtractor} derives the
   * claims, and {@code failFast} decides whether a failure of any of them fails the extraction;
   * the merge, speakers and claims times go to {@code clock} (null: nothing is timed).
   */
  public static Extraction assemble(Analysis analysis, Map<Extractor, List<QuoteCandidate>> all,
      List<String> warnings, CandidateMerger merger, SpeakerResolver resolver,
      ClaimExtractor claimExtractor, boolean failFast, StageClock clock) {
    long mark = clock == null ? 0 : clock.mark();
    String text = analysis.text();
    String id = analysis.article().id();
    List<String> notes = new ArrayList<>(warnings);
    List<Proposal> proposals = new ArrayList<>();
    int order = 0;
    for (Map.Entry<Extractor, List<QuoteCandidate>> e : all.entrySet()) {
      String name = Guard.nameOf(e.getKey(), e.getKey()::name);
      for (QuoteCandidate c : e.getValue()) {
        String problem = c == null ? "null candidate" : invalid(c, text);
        if (problem != null) {
          Guard.dropped("extractor " + name + " returned an invalid candidate on article " + id
              + ": " + problem, failFast, notes);
          continue;
        }
        proposals.add(new Proposal(c, name, order));
      }
      order++;
    }
    List<Proposal> given = List.copyOf(proposals);
    String merging = "candidate merger " + Guard.nameOf(merger, merger::name);
    List<Proposal> accepted = Guard.call(merging, id,
            () -> {
              List<Proposal> chosen = merger.merge(analysis, given);
              return chosen == null ? null : new ArrayList<>(chosen);
            },
            chosen -> {
              String invalid = invalidChoice(chosen, given);
              return invalid == null ? null : "returned an invalid choice on article " + id + ": "
                  + invalid + "; the default merge is used instead";
            }, failFast, notes);
    if (accepted == null) {
      accepted = new ArrayList<>(CandidateMerger.byConfidence().merge(analysis, given));
    }
    accepted.sort(Comparator.comparingInt((Proposal r) -> r.candidate().start())
        .thenComparingInt(r -> r.candidate().end()));
    if (clock != null) {
      clock.merge(clock.since(mark));
    }

    DisjointSpans taken = new DisjointSpans(); // the parts of every accepted quote
    accepted.forEach(r -> taken.add(r.candidate().parts()));
    List<Quote> quotes = new ArrayList<>(accepted.size());
    for (int i = 0; i < accepted.size(); i++) {
      Proposal r = accepted.get(i);
      QuoteCandidate c = withOpeningMark(analysis, r.candidate(), taken);
      Span content = Span.of(text, c.start(), c.end());
      quotes.add(new Quote("q" + (i + 1), c.type(), content, c.parts(), c.cue(), c.source(),
          null, c.confidence(), r.extractor(), c.rule()));
    }
    mark = clock == null ? 0 : clock.mark();
    Speakers.Result speakers = Speakers.attach(analysis, quotes, resolver, failFast, notes);
    if (clock != null) {
      clock.speakers(clock.since(mark));
      mark = clock.mark();
    }
    List<Quote> withSpeakers = speakers.quotes();
    List<Claim> claims = Claims.derive(analysis, withSpeakers, speakers.speakers(),
        claimExtractor, failFast, notes);
    if (clock != null) {
      clock.claims(clock.since(mark));
    }
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
      if (PluginSpans.splitsAPair(text, p)) {
        return "part " + p.start() + "-" + p.end() + " splits a surrogate pair";
      }
      if (p.length() == 0) {
        return "part " + p.start() + "-" + p.end() + " is empty";
      }
      if (p.start() < prevEnd) {
        return "parts overlap or are out of order";
      }
      prevEnd = p.end();
    }
    for (Span s : new Span[] {c.source(), c.cue() == null ? null : c.cue().span()}) {
      if (s != null && !PluginSpans.matches(text, s)) {
        return "span " + s.start() + "-" + s.end() + " does not match the article text";
      }
      if (s != null && PluginSpans.splitsAPair(text, s)) {
        return "span " + s.start() + "-" + s.end() + " splits a surrogate pair";
      }
    }
    return null;
  }

  /**
   * The first way in which a merger's choice breaks its contract: a proposal it was not given,
   * one chosen twice, or parts that overlap; null when the choice is valid.
   */
  private static String invalidChoice(List<Proposal> chosen, List<Proposal> given) {
    Set<Proposal> offered = Collections.newSetFromMap(new IdentityHashMap<>());
    offered.addAll(given);
    Set<Proposal> seen = Collections.newSetFromMap(new IdentityHashMap<>());
    DisjointSpans taken = new DisjointSpans();
    for (Proposal p : chosen) {
      if (p == null || !offered.contains(p)) {
        return "a proposal it was not given: " + p;
      }
      if (!seen.add(p)) {
        return "the same proposal twice: " + p;
      }
      if (taken.overlaps(p.candidate().parts())) {
        return "candidates whose parts overlap, at " + p.candidate().start() + "-"
            + p.candidate().end();
      }
      taken.add(p.candidate().parts());
    }
    return null;
  }

  /**
   * The candidate with its content opening at the quotation mark its first word follows, when
   * that quotation closes inside the content ('acknowledged "legitimate concerns" about truck
   * traffic'): no content shows a closing mark without its opening one, and such a content is
   * mixed; when the quotation is all of it, its quoted words without the marks, direct, as a
   * direct quote's content always is. Any other candidate as it is, and so is one whose mark
   * holds words of another quote's ({@code taken}, the parts of every accepted quote): the two
   * would overlap.
   */
  static QuoteCandidate withOpeningMark(AnalyzedArticle analysis, QuoteCandidate c,
      DisjointSpans taken) {
    Span first = c.parts().get(0); // never empty: a candidate holds at least one part
    QuoteRegion q = analysis.quoteAt(first.start()).orElse(null);
    if (q == null || !q.closed() || q.inner().start() != first.start() || q.close() >= first.end()
        || q.open() >= first.start()) {
      return c;
    }
    if (c.parts().size() == 1 && q.outerEnd() == first.end()) {
      return new QuoteCandidate(QuoteType.DIRECT, List.of(q.inner()), c.cue(), c.source(),
          c.confidence(), c.rule()); // the quotation is all of it: its words, as rules give them
    }
    if (taken.overlaps(List.of(Span.of(analysis.text(), q.open(), first.start())))) {
      return c; // another quote's words stand on the opening mark
    }
    List<Span> parts = new ArrayList<>(c.parts());
    parts.set(0, Span.of(analysis.text(), q.open(), first.end()));
    return new QuoteCandidate(QuoteType.MIXED, parts, c.cue(), c.source(), c.confidence(),
        c.rule());
  }
}
