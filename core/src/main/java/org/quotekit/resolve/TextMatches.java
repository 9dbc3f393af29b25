package org.quotekit.resolve;

import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.quotekit.internal.SortedSpans;

/**
 * What patterns match in one article's text, found once per pattern and kept, so that the
 * resolver's questions about the text before a mention ("did the text say 'sued' before?", "did
 * it introduce 'a diplomat' before?") do not each search the text from its start, which made
 * long articles quadratic. {@link #of} gives the matches of {@link Matcher#find()} over the whole
 * text, in order, so they do not overlap; {@link #before} searches only as far as it is asked.
 * Not thread-safe: one per resolution, as the resolution is.
 */
final class TextMatches {

  private final String text;
  private final Map<Pattern, Found> found = new HashMap<>();

  TextMatches(String text) {
    this.text = text;
  }

  /** Where the matches of one pattern start and end, in text order. */
  static final class Found {
    private final int[] starts;
    private final int[] ends;

    private Found(int[] starts, int[] ends) {
      this.starts = starts;
      this.ends = ends;
    }

    /** How many matches end at or before {@code offset}: they are the first so many. */
    int endingBy(int offset) {
      return SortedSpans.countAtMost(ends, offset);
    }

    int size() {
      return starts.length;
    }

    int start(int k) {
      return starts[k];
    }

    int end(int k) {
      return ends[k];
    }
  }

  /** The matches of {@code p} over the whole text. */
  Found of(Pattern p) {
    return found.computeIfAbsent(p, this::find);
  }

  /**
   * Whether {@code p} matches inside the text before {@code offset}, as a {@link Matcher} over
   * that region finds, for a pattern whose matches take at most {@link #LONGEST} characters and
   * start after a character that is no letter or digit, and an offset that cuts no word (a
   * mention's start: a region that ends inside "diplomats" would see "diplomat" end at a word
   * boundary, so what one such region held would not hold for the others). What one search
   * found or ruled out answers the later questions, and a search for a later offset starts
   * {@link #LONGEST} characters before where the last one stopped, at a word, instead of at the
   * text's start: asked at offsets in text order, as the resolver asks, each pattern's text is
   * searched about once.
   */
  boolean before(Pattern p, int offset) {
    Known k = known.computeIfAbsent(p, x -> new Known());
    if (offset >= k.matchBy) {
      return true;
    }
    if (offset <= k.clearTo) {
      return false;
    }
    int from = Math.max(0, k.clearTo - LONGEST);
    while (from > 0 && from < offset && Character.isLetterOrDigit(text.charAt(from - 1))) {
      from++; // a match starts at a word
    }
    Matcher m = p.matcher(text).region(from, offset);
    if (m.find()) {
      k.matchBy = m.end(); // any region that holds the match's end holds the match
      return true;
    }
    k.clearTo = offset;
    return false;
  }

  /** The most characters a match of a pattern asked through {@link #before} may take. */
  static final int LONGEST = 1_000;

  /** What the searches of one pattern before an offset found. */
  private static final class Known {
    /** Where a match is known to end: the text before any offset from here holds it. */
    int matchBy = Integer.MAX_VALUE;
    /** The greatest offset before which the pattern did not match; 0 at first. */
    int clearTo;
  }

  private final Map<Pattern, Known> known = new HashMap<>();

  private Found find(Pattern p) {
    int[] starts = new int[8];
    int[] ends = new int[8];
    int n = 0;
    Matcher m = p.matcher(text);
    while (m.find()) {
      if (n == starts.length) {
        starts = Arrays.copyOf(starts, 2 * n);
        ends = Arrays.copyOf(ends, 2 * n);
      }
      starts[n] = m.start();
      ends[n++] = m.end();
    }
    return new Found(Arrays.copyOf(starts, n), Arrays.copyOf(ends, n));
  }
}
