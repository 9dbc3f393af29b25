package org.quotekit.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import org.quotekit.Claim;
import org.quotekit.Quote;
import org.quotekit.Span;

/** Derives one normalised {@link Claim} per quote. Stateless and thread-safe. */
final class ClaimBuilder {
  // Compiled once: String.replaceAll compiled them for every claim.
  private static final Pattern DOUBLE_MARKS =
      Pattern.compile("[\"\u201C\u201D\u201E\u00AB\u00BB]");
  private static final Pattern SINGLE_MARKS =
      Pattern.compile("(^|\\s)[\u2018']|[\u2019'](?=\\s|$|[,.;:!?])");
  private static final Pattern SPACES = Pattern.compile("\\s+");

  private ClaimBuilder() {}

  static List<Claim> build(List<Quote> quotes) {
    List<Claim> out = new ArrayList<>();
    for (Quote q : quotes) {
      StringBuilder sb = new StringBuilder();
      for (Span p : q.parts()) {
        if (sb.length() > 0) {
          sb.append(' ');
        }
        sb.append(p.text());
      }
      String text = normalise(sb.toString());
      if (!text.isEmpty()) {
        out.add(new Claim("c" + (out.size() + 1), text, q.id(), q.speakerId().orElse(null),
            q.parts()));
      }
    }
    return out;
  }

  /** Removes quote marks, a leading "that" and trailing commas; capitalises; ends the sentence. */
  static String normalise(String raw) {
    String s = DOUBLE_MARKS.matcher(raw).replaceAll("");
    s = SINGLE_MARKS.matcher(s).replaceAll("$1");
    s = SPACES.matcher(s).replaceAll(" ").strip();
    if (s.toLowerCase(Locale.ROOT).startsWith("that ")) {
      s = s.substring(5).strip();
    }
    while (!s.isEmpty() && ",;:\u2014\u2013-".indexOf(s.charAt(s.length() - 1)) >= 0) {
      s = s.substring(0, s.length() - 1).strip();
    }
    if (s.isEmpty()) {
      return s;
    }
    s = s.substring(0, 1).toUpperCase(Locale.ROOT) + s.substring(1);
    char last = s.charAt(s.length() - 1);
    if (".!?".indexOf(last) < 0) {
      s = s + ".";
    }
    return s;
  }
}
