package org.quotekit.claims;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.quotekit.Claim;
import org.quotekit.Extraction;
import org.quotekit.Quote;
import org.quotekit.Span;
import org.quotekit.Speaker;

/**
 * What every claim of every article must satisfy, whatever the text: it points to an existing
 * quote and speaker, its spans and quantities lie in the right places and match the text, and its
 * statement is standalone. Stateless and thread-safe.
 */
public final class ClaimInvariants {
  private ClaimInvariants() {}

  /** Checks the claims of an extraction of {@code text}, their speakers included. */
  public static void check(String text, Extraction e) {
    Set<String> speakers = new HashSet<>();
    for (Speaker s : e.speakers()) {
      speakers.add(s.id());
    }
    for (Claim c : e.claims()) {
      c.speakerId().ifPresent(id -> assertThat(speakers).as("speaker of %s in %s", c,
          e.articleId()).contains(id));
    }
    check(text, e.quotes(), e.claims());
  }

  /** Checks claims against the quotes they were derived from. */
  public static void check(String text, List<Quote> quotes, List<Claim> claims) {
    Map<String, Quote> byId = new HashMap<>();
    for (Quote q : quotes) {
      byId.put(q.id(), q);
    }
    Set<String> ids = new HashSet<>();
    for (Claim c : claims) {
      assertThat(ids.add(c.id())).as("claim id %s is unique", c.id()).isTrue();
      Quote q = byId.get(c.quoteId());
      assertThat(q).as("quote of %s", c).isNotNull();
      assertThat(c.speakerId()).as("speaker of %s", c).isEqualTo(q.speakerId());
      String s = c.text();
      assertThat(s).as("text of %s", c).isNotBlank();
      char first = s.charAt(0);
      if (Character.isLetter(first)) {
        assertThat(Character.isLowerCase(first)).as("first letter of %s", c).isFalse();
      }
      assertThat(".!?").as("last character of %s", c).contains(s.substring(s.length() - 1));
      assertThat(ClaimText.isQuoteMark(first)).as("first character of %s", c).isFalse();
      for (Span span : c.spans()) {
        matchesText(text, span, c);
        assertThat(q.parts().stream().anyMatch(p -> p.contains(span)))
            .as("span %s of %s inside a part of %s", span, c, q).isTrue();
      }
      for (Span quantity : c.quantities()) {
        matchesText(text, quantity, c);
        assertThat(c.spans().stream().anyMatch(p -> p.contains(quantity)))
            .as("quantity %s of %s inside a span", quantity, c).isTrue();
      }
    }
  }

  private static void matchesText(String text, Span span, Claim c) {
    assertThat(span.start()).as("start of %s in %s", span, c).isNotNegative();
    assertThat(span.end()).as("end of %s in %s", span, c).isLessThanOrEqualTo(text.length());
    assertThat(text.substring(span.start(), span.end())).as("text of %s in %s", span, c)
        .isEqualTo(span.text());
  }
}
