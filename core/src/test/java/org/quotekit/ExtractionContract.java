package org.quotekit;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * The invariants every {@link Extraction} must keep whatever the input: spans inside the text and
 * equal to it, unique ids, speakers and quotes that references point to. Shared by the property,
 * fuzz and hostile-input tests. Stateless and thread-safe.
 */
final class ExtractionContract {
  private ExtractionContract() {}

  /**
   * Checks {@code x}, extracted from {@code text}.
   *
   * @throws AssertionError naming the first broken invariant
   */
  static void check(String text, Extraction x) {
    Set<String> quoteIds = new HashSet<>();
    Set<String> speakerIds = new HashSet<>();
    for (Speaker s : x.speakers()) {
      require(speakerIds.add(s.id()), "duplicate speaker id " + s.id());
      for (Span m : s.mentions()) {
        span(text, m, "mention of speaker " + s.id());
      }
    }
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

  private static void span(String text, Span s, String what) {
    require(s.start() >= 0 && s.start() <= s.end() && s.end() <= text.length(),
        what + " lies outside the text: " + s.start() + "-" + s.end() + " of " + text.length());
    require(text.substring(s.start(), s.end()).equals(s.text()),
        what + " does not match the text at " + s.start() + "-" + s.end());
  }

  private static void require(boolean ok, String message) {
    if (!ok) {
      throw new AssertionError(message);
    }
  }
}
