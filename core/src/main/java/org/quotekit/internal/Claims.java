package org.quotekit.internal;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.quotekit.Claim;
import org.quotekit.ExtractionException;
import org.quotekit.Quote;
import org.quotekit.Span;
import org.quotekit.Speaker;
import org.quotekit.spi.AnalyzedArticle;
import org.quotekit.spi.ClaimExtractor;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Runs the configured {@link ClaimExtractor} on the final quotes, guarding against one that fails
 * or returns claims that do not fit the article. Stateless and thread-safe.
 */
final class Claims {
  private static final Logger LOG = LoggerFactory.getLogger(Claims.class);

  private Claims() {}

  /**
   * The claims of {@code quotes}. When the claim extractor throws, returns null or returns an
   * invalid claim, the failure is logged and added to {@code notes} (or thrown as an {@link
   * ExtractionException} when {@code failFast}) and the article has no claims.
   */
  static List<Claim> derive(AnalyzedArticle article, List<Quote> quotes, List<Speaker> speakers,
      ClaimExtractor extractor, boolean failFast, List<String> notes) {
    String id = article.article().id();
    String problem;
    Throwable cause = null;
    try {
      List<Claim> found = extractor.extract(article, quotes);
      if (found != null) {
        // Copied here, so that a list that fails while it is read counts as the extractor's.
        List<Claim> claims = new ArrayList<>(found);
        String invalid = invalid(claims, article.text(), quotes, speakers);
        if (invalid == null) {
          return claims;
        }
        problem = "returned an invalid claim on article " + id + ": " + invalid;
      } else {
        problem = "returned null instead of a list on article " + id;
      }
    } catch (VirtualMachineError e) {
      if (!(e instanceof StackOverflowError)) {
        throw e; // out of memory and internal errors: the JVM is in no state to go on
      }
      problem = "failed on article " + id + ": " + e; // recursed too deep
      cause = e;
    } catch (Throwable e) {
      // Checked exceptions thrown sneakily, LinkageErrors and AssertionErrors too.
      if (e instanceof InterruptedException) {
        Thread.currentThread().interrupt();
      }
      problem = "failed on article " + id + ": " + e;
      cause = e;
    }
    String message = "claim extractor " + extractor.name() + " " + problem;
    if (failFast) {
      throw new ExtractionException(message, cause);
    }
    LOG.warn(message, cause);
    notes.add(message);
    return List.of();
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
      for (Span s : c.quantities()) {
        if (!matches(text, s)) {
          return "quantity " + s.start() + "-" + s.end() + " of " + c.id()
              + " does not match the article text";
        }
      }
    }
    return null;
  }

  private static boolean matches(String text, Span s) {
    return s.end() <= text.length() && text.regionMatches(s.start(), s.text(), 0, s.length());
  }
}
