package org.quotekit.examples.tweets;

import java.util.ArrayList;
import java.util.List;
import org.quotekit.Cue;
import org.quotekit.QuoteType;
import org.quotekit.Span;
import org.quotekit.spi.AnalyzedArticle;
import org.quotekit.spi.Extractor;
import org.quotekit.spi.QuoteCandidate;

/**
 * Finds tweets embedded in scraped news text. A page that embeds a tweet keeps its text followed
 * by the signature {@code — Display Name (@handle) Month D, YYYY}:
 *
 * <pre>
 * Iron Mike Tyson was not asked to speak at the Convention. — Donald J. Trump
 * (@realDonaldTrump) June 29, 2016
 * </pre>
 *
 * <p>The text before the signature, back to the start of its line, of a {@code <tweet ...>} tag
 * there, or the end of an earlier signature, is a direct quote of the display name. A picture
 * link ({@code pic.twitter.com/...}), which ends a tweet's text, and what follows it are left out,
 * and so are trailing short links ({@code https://t.co/...}). The rule-based extractor, which looks for reporting verbs and quote marks, finds
 * none of these. Immutable and thread-safe.
 */
public final class EmbeddedTweetExtractor implements Extractor {
  /** The name this extractor is registered and reported under. */
  public static final String NAME = "tweets";
  /** The rule id of its candidates. */
  public static final String RULE = "embedded-tweet";
  /**
   * The confidence the provider gives its candidates: above the rule-based extractor's for the
   * same words, so that where both find a tweet, this one's reading is kept.
   */
  public static final double DEFAULT_CONFIDENCE = 0.9;

  private static final String DASHES = "\u2014\u2013";
  private static final int MAX_NAME = 50;
  private static final int MAX_HANDLE = 15;
  private static final String[] MONTHS = {"January", "February", "March", "April", "May", "June",
      "July", "August", "September", "October", "November", "December"};
  private static final String PICTURE = "pic.twitter.com/";
  private static final String[] LINKS = {"https://t.co/", "http://t.co/"};

  /** Where a signature stands: its dash, the display name, and the offset after the date. */
  private record Signature(int dash, int nameStart, int nameEnd, int end) {}

  private final double confidence;

  /**
   * An extractor whose candidates have the given confidence; the pipeline keeps the more confident
   * of two overlapping candidates.
   *
   * @throws IllegalArgumentException if {@code confidence} is not in [0, 1]
   */
  public EmbeddedTweetExtractor(double confidence) {
    if (!(confidence >= 0 && confidence <= 1)) {
      throw new IllegalArgumentException("confidence must be in [0, 1]: " + confidence);
    }
    this.confidence = confidence;
  }

  @Override
  public String name() {
    return NAME;
  }

  @Override
  public List<QuoteCandidate> extract(AnalyzedArticle article) {
    String text = article.text();
    List<QuoteCandidate> out = new ArrayList<>();
    int floor = 0; // no content reaches back before the end of the previous signature
    for (int at = text.indexOf("(@"); at >= 0; at = text.indexOf("(@", at + 2)) {
      Signature sig = signatureAt(text, at);
      if (sig == null || sig.dash() < floor) {
        continue;
      }
      int start = contentStart(text, sig.dash(), floor);
      int end = contentEnd(text, start, sig.dash());
      if (end > start) {
        out.add(new QuoteCandidate(QuoteType.DIRECT, List.of(Span.of(text, start, end)),
            new Cue(Span.of(text, sig.dash(), sig.dash() + 1), "tweet"),
            Span.of(text, sig.nameStart(), sig.nameEnd()), confidence, RULE));
      }
      floor = sig.end();
    }
    return out;
  }

  /** The signature whose {@code (@handle)} opens at {@code at}, or null. */
  private static Signature signatureAt(String text, int at) {
    int k = at + 2;
    while (k < text.length() && k - at - 2 < MAX_HANDLE && isHandleChar(text.charAt(k))) {
      k++;
    }
    if (k == at + 2 || k >= text.length() || text.charAt(k) != ')') {
      return null;
    }
    int end = dateEnd(text, k + 1);
    if (end < 0) {
      return null;
    }
    int nameEnd = at;
    while (nameEnd > 0 && isSpace(text.charAt(nameEnd - 1))) {
      nameEnd--;
    }
    int dash = nameEnd - 1;
    while (dash >= 0 && nameEnd - dash <= MAX_NAME && DASHES.indexOf(text.charAt(dash)) < 0) {
      if ("\n()".indexOf(text.charAt(dash)) >= 0) {
        return null;
      }
      dash--;
    }
    if (dash < 0 || DASHES.indexOf(text.charAt(dash)) < 0) {
      return null;
    }
    int nameStart = dash + 1;
    while (nameStart < nameEnd && isSpace(text.charAt(nameStart))) {
      nameStart++;
    }
    return nameStart < nameEnd ? new Signature(dash, nameStart, nameEnd, end) : null;
  }

  /** The offset after a date {@code Month D, YYYY} that starts after spaces at {@code k}, or -1. */
  private static int dateEnd(String text, int k) {
    while (k < text.length() && isSpace(text.charAt(k))) {
      k++;
    }
    for (String month : MONTHS) {
      if (text.startsWith(month + " ", k)) {
        int d = digits(text, k + month.length() + 1, 2);
        if (d > 0 && text.startsWith(", ", d)) {
          int y = digits(text, d + 2, 4);
          return y == d + 6 ? y : -1;
        }
        return -1;
      }
    }
    return -1;
  }

  /** The offset after one to {@code max} ASCII digits at {@code k}, or -1 when there are none. */
  private static int digits(String text, int k, int max) {
    int i = k;
    while (i < text.length() && i - k < max && text.charAt(i) >= '0' && text.charAt(i) <= '9') {
      i++;
    }
    return i > k ? i : -1;
  }

  /** The start of the tweet's text: the start of the line, after a tag, after white space. */
  private static int contentStart(String text, int dash, int floor) {
    int start = dash;
    while (start > floor && text.charAt(start - 1) != '\n') {
      start--;
    }
    while (start < dash && Character.isWhitespace(text.charAt(start))) {
      start++;
    }
    if (text.startsWith("<tweet", start)) {
      int close = text.indexOf('>', start);
      if (close >= 0 && close < dash) {
        start = close + 1;
      }
    }
    while (start < dash && Character.isWhitespace(text.charAt(start))) {
      start++;
    }
    return start;
  }

  /** The end of the tweet's text: before the dash, a picture link, trailing space and links. */
  private static int contentEnd(String text, int start, int dash) {
    int end = trimEnd(text, start, dash);
    int picture = text.substring(start, end).indexOf(PICTURE);
    if (picture >= 0) {
      end = trimEnd(text, start, start + picture);
    }
    boolean cut = true;
    while (cut && end > start) {
      cut = false;
      int token = end;
      while (token > start && !Character.isWhitespace(text.charAt(token - 1))) {
        token--;
      }
      for (String link : LINKS) {
        int i = text.substring(token, end).indexOf(link);
        if (i >= 0) {
          end = trimEnd(text, start, token + i);
          cut = true;
          break;
        }
      }
    }
    return end;
  }

  private static int trimEnd(String text, int start, int end) {
    while (end > start && Character.isWhitespace(text.charAt(end - 1))) {
      end--;
    }
    return end;
  }

  private static boolean isHandleChar(char c) {
    return c == '_' || c < 128 && Character.isLetterOrDigit(c);
  }

  private static boolean isSpace(char c) {
    return c == ' ' || c == '\u00A0';
  }
}
