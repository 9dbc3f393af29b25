package org.quotekit.internal;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.quotekit.Claim;
import org.quotekit.Quote;
import org.quotekit.Span;
import org.quotekit.Speaker;
import org.quotekit.spi.AnalyzedArticle;
import org.quotekit.spi.ClaimExtractor;

/**
 * Runs the configured {@link ClaimExtractor} on the final quotes, guarding against one that fails
 * or returns claims that do not fit the article. Stateless and thread-safe.
 */
final class Claims {
  private Claims() {}

  /**
   * The claims of {@code quotes}. When the claim extractor throws, returns null or returns an
   * invalid claim, the failure is logged and added to {@code notes} (or thrown as an
   * {@link org.quotekit.ExtractionException} when {@code failFast}) and the article has no
   * claims.
   */
  static List<Claim> derive(AnalyzedArticle article, List<Quote> quotes, List<Speaker> speakers,
      ClaimExtractor extractor, boolean failFast, List<String> notes) {
    String id = article.article().id();
    // Copied inside the call, so that a list that fails while it is read counts as the
    // extractor's.
    String who = "claim extractor " + Guard.nameOf(extractor, extractor::name);
    List<Claim> claims = Guard.call(who, id,
        () -> {
          List<Claim> found = extractor.extract(article, quotes);
          return found == null ? null : new ArrayList<>(found);
        },
        found -> {
          String invalid = invalid(found, article.text(), quotes, speakers);
          return invalid == null ? null
              : "returned an invalid claim on article " + id + ": " + invalid;
        }, failFast, notes);
    return claims == null ? List.of() : claims;
  }

  /** The first way in which {@code claims} break the contract of the SPI, or null if none. */
  private static String invalid(List<Claim> claims, String text, List<Quote> quotes,
      List<Speaker> speakers) {
    Map<String, Quote> byId = new HashMap<>();
    for (Quote q : quotes) {
      byId.put(q.id(), q);
    }
    Set<String> speakerIds = new HashSet<>();
    for (Speaker s : speakers) {
      speakerIds.add(s.id());
    }
    Set<String> ids = new HashSet<>();
    for (Claim c : claims) {
      if (c == null) {
        return "null claim";
      }
      if (!ids.add(c.id())) {
        return "claim id " + c.id() + " is used twice";
      }
      Quote q = byId.get(c.quoteId());
      if (q == null) {
        return c.id() + " points to unknown quote " + c.quoteId();
      }
      String speaker = c.speakerId().orElse(null);
      if (speaker != null && !speakerIds.contains(speaker)) {
        return c.id() + " points to unknown speaker " + speaker;
      }
      for (Span s : c.spans()) {
        if (!matches(text, s)) {
          return "span " + s.start() + "-" + s.end() + " of " + c.id()
              + " does not match the article text";
        }
        if (q.parts().stream().noneMatch(p -> p.contains(s))) {
          return "span " + s.start() + "-" + s.end() + " of " + c.id()
              + " lies outside the parts of quote " + q.id();
        }
      }
      String loose = unmatched("quantity", c.quantities(), text, c.id());
      if (loose == null) {
        loose = unmatched("completion", c.completions(), text, c.id());
      }
      if (loose != null) {
        return loose;
      }
    }
    return null;
  }

  /** A note on the first of {@code spans} that does not match the article text, or null. */
  private static String unmatched(String what, List<Span> spans, String text, String claimId) {
    for (Span s : spans) {
      if (!matches(text, s)) {
        return what + " " + s.start() + "-" + s.end() + " of " + claimId
            + " does not match the article text";
      }
    }
    return null;
  }

  private static boolean matches(String text, Span s) {
    return PluginSpans.matches(text, s) && !PluginSpans.splitsAPair(text, s);
  }
}
