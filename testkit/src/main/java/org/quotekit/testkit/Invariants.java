package org.quotekit.testkit;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.quotekit.Claim;
import org.quotekit.Extraction;
import org.quotekit.Quote;
import org.quotekit.Span;
import org.quotekit.Speaker;
import org.quotekit.internal.TextNormalizer;
import org.quotekit.spi.QuoteCandidate;
import org.quotekit.spi.SpeakerResolution;

/**
 * What every result must keep whatever the input: spans inside the text and equal to it, never
 * starting or ending inside a surrogate pair, parts not empty, in order and not overlapping,
 * unique ids, and references that point to something. One method per kind of result: an
 * extractor's candidates, a resolver's resolution, and the assembled {@link Extraction}. Each throws an {@link AssertionError} naming the first broken invariant.
 * Stateless and thread-safe.
 */
public final class Invariants {
  private Invariants() {}

  /**
   * Checks the candidates an {@link org.quotekit.spi.Extractor} returned for {@code text}: a list
   * without nulls; each with a type and a rule, at least one part, parts not empty, inside the
   * text, equal to it, in order and not overlapping, cue and source spans inside the text and
   * equal to it, and a confidence in [0, 1]. Candidates may overlap each other.
   *
   * @throws AssertionError naming the first broken invariant
   */
  public static void checkCandidates(String text, List<QuoteCandidate> candidates) {
    require(candidates != null, "the extractor returned null instead of a list");
    for (int i = 0; i < candidates.size(); i++) {
      QuoteCandidate c = candidates.get(i);
      require(c != null, "candidate " + i + " is null");
      String what = "candidate " + i + " (rule " + c.rule() + ")";
      require(c.type() != null && c.rule() != null, what + " has no type or no rule");
      require(!c.parts().isEmpty(), what + " has no parts");
      int previousEnd = 0;
      for (Span p : c.parts()) {
        span(text, p, "a part of " + what);
        require(p.length() > 0, "a part of " + what + " is empty at " + p.start());
        require(p.start() >= previousEnd, "the parts of " + what
            + " overlap or are out of order at " + p.start() + "-" + p.end());
        previousEnd = p.end();
      }
      if (c.cue() != null) {
        span(text, c.cue().span(), "the cue of " + what);
      }
      if (c.source() != null) {
        span(text, c.source(), "the source of " + what);
      }
      require(c.confidence() >= 0 && c.confidence() <= 1, "the confidence of " + what
          + " is outside [0, 1]: " + c.confidence());
    }
  }

  /**
   * Checks what a {@link org.quotekit.spi.SpeakerResolver} returned for {@code quotes} of
   * {@code text}: speakers with unique, non-blank ids and names and mentions inside the text,
   * equal to it and in text order; every assignment from the id of one of {@code quotes} to the
   * id of one of the speakers.
   *
   * @throws AssertionError naming the first broken invariant
   */
  public static void checkResolution(String text, List<Quote> quotes,
      SpeakerResolution resolution) {
    require(resolution != null, "the resolver returned null instead of a resolution");
    Set<String> speakerIds = checkSpeakers(text, resolution.speakers());
    Set<String> quoteIds = new HashSet<>();
    quotes.forEach(q -> quoteIds.add(q.id()));
    for (Map.Entry<String, String> e : resolution.speakerIds().entrySet()) {
      require(quoteIds.contains(e.getKey()), "a speaker is given for a missing quote "
          + e.getKey());
      require(speakerIds.contains(e.getValue()), e.getKey() + " points to a missing speaker "
          + e.getValue());
    }
  }

  /**
   * Checks an {@link Extraction} of {@code text}: unique ids; speakers as in
   * {@link #checkResolution}; quotes in text order, with content, parts, cue and source inside the
   * text and equal to it, parts inside the content, no two quotes overlapping, confidence in
   * [0, 1], speakers that exist; claims that point to existing quotes and speakers, with text and
   * spans inside the article.
   *
   * @throws AssertionError naming the first broken invariant
   */
  public static void checkExtraction(String text, Extraction x) {
    Set<String> quoteIds = new HashSet<>();
    Set<String> speakerIds = checkSpeakers(text, x.speakers());
    int previousStart = -1;
    for (Quote q : x.quotes()) {
      require(quoteIds.add(q.id()), "duplicate quote id " + q.id());
      span(text, q.content(), "content of " + q.id());
      require(q.content().start() >= previousStart, "quotes out of order at " + q.id());
      previousStart = q.content().start();
      List<Span> parts = q.parts();
      require(!parts.isEmpty(), "no parts in " + q.id());
      for (Span p : parts) {
        span(text, p, "part of " + q.id());
        require(p.length() > 0, "an empty part in " + q.id() + " at " + p.start());
        require(q.content().contains(p), "part outside the content of " + q.id());
      }
      q.cue().ifPresent(c -> span(text, c.span(), "cue of " + q.id()));
      q.source().ifPresent(s -> span(text, s, "source of " + q.id()));
      q.speakerId().ifPresent(id -> require(speakerIds.contains(id),
          q.id() + " points to a missing speaker " + id));
      require(q.confidence() >= 0 && q.confidence() <= 1, "confidence of " + q.id());
    }
    List<Span> allParts = new ArrayList<>();
    x.quotes().forEach(q -> allParts.addAll(q.parts()));
    allParts.sort(null);
    int end = 0;
    for (Span p : allParts) {
      if (p.length() > 0) {
        require(p.start() >= end, "quotes overlap at " + p.start() + "-" + p.end());
        end = p.end();
      }
    }
    Set<String> claimIds = new HashSet<>();
    for (Claim c : x.claims()) {
      require(claimIds.add(c.id()), "duplicate claim id " + c.id());
      require(quoteIds.contains(c.quoteId()), c.id() + " points to a missing quote "
          + c.quoteId());
      c.speakerId().ifPresent(id -> require(speakerIds.contains(id),
          c.id() + " points to a missing speaker " + id));
      require(!c.text().isBlank(), "blank claim " + c.id());
      for (Span s : c.spans()) {
        span(text, s, "span of " + c.id());
      }
    }
  }

  /** Checks speakers and returns their ids. */
  private static Set<String> checkSpeakers(String text, List<Speaker> speakers) {
    Set<String> ids = new HashSet<>();
    for (Speaker s : speakers) {
      require(s != null, "a speaker is null");
      require(TextNormalizer.hasVisibleCharacter(s.id()) && ids.add(s.id()),
          "blank, invisible or duplicate speaker id " + s.id());
      require(TextNormalizer.hasVisibleCharacter(s.name()), "speaker " + s.id()
          + " has a blank or invisible name");
      Span previous = null;
      for (Span m : s.mentions()) {
        span(text, m, "mention of speaker " + s.id());
        require(previous == null || previous.compareTo(m) <= 0, "mentions of speaker " + s.id()
            + " out of order at " + m.start() + "-" + m.end());
        previous = m;
      }
    }
    return ids;
  }

  private static void span(String text, Span s, String what) {
    require(s.start() >= 0 && s.start() <= s.end() && s.end() <= text.length(),
        what + " lies outside the text: " + s.start() + "-" + s.end() + " of " + text.length());
    require(text.substring(s.start(), s.end()).equals(s.text()),
        what + " does not match the text at " + s.start() + "-" + s.end());
    require(!splitsAPair(text, s.start()) && !splitsAPair(text, s.end()),
        what + " splits a surrogate pair at " + s.start() + "-" + s.end());
  }

  private static boolean splitsAPair(String text, int i) {
    return i > 0 && i < text.length() && Character.isHighSurrogate(text.charAt(i - 1))
        && Character.isLowSurrogate(text.charAt(i));
  }

  private static void require(boolean ok, String message) {
    if (!ok) {
      throw new AssertionError(message);
    }
  }
}
