package org.quotekit.internal;

import java.util.Arrays;
import java.util.function.Function;

/**
 * A text rewritten from another, with the way back: for each character of {@link #text}, the
 * range of characters of the text it was rewritten from that it stands for ({@code start[i]}
 * inclusive, {@code end[i]} exclusive). Ranges are in order and never overlap. Made by the
 * repairs {@link TextNormalizer} runs before it normalises ({@link CharacterReferences}, {@link
 * Mojibake}).
 */
record Rewrite(String text, int[] start, int[] end) {

  /** The rewrite of this one's text by {@code outer}, mapped to the text this one came from. */
  Rewrite then(Rewrite outer) {
    int m = outer.text().length();
    int[] s = new int[m];
    int[] e = new int[m];
    for (int k = 0; k < m; k++) {
      s[k] = start[outer.start()[k]];
      e[k] = end[outer.end()[k] - 1];
    }
    return new Rewrite(outer.text(), s, e);
  }

  /**
   * {@code s} rewritten by {@code layer} again and again while it changes something, at most
   * {@code max} times, with the way back to {@code s}; {@code null} when nothing changes.
   */
  static Rewrite repeated(String s, int max, Function<String, Rewrite> layer) {
    Rewrite total = null;
    for (int k = 0; k < max; k++) {
      Rewrite r = layer.apply(total == null ? s : total.text());
      if (r == null) {
        break;
      }
      total = total == null ? r : total.then(r);
    }
    return total;
  }

  /**
   * Collects a rewrite while a text is read from left to right: nothing is copied until the
   * first change, so a text left as it is costs no copy.
   */
  static final class Builder {
    private final String source;
    private StringBuilder out;
    private int[] start;
    private int[] end;

    Builder(String source) {
      this.source = source;
    }

    /** Keeps the character at {@code i} of the source as it is. */
    void keep(int i) {
      if (out != null) {
        put(source.charAt(i), i, i + 1);
      }
    }

    /** Writes code point {@code cp} for the source characters {@code from} to {@code to}. */
    void replace(int from, int to, int cp) {
      if (out == null) {
        int n = source.length();
        out = new StringBuilder(n);
        start = new int[n];
        end = new int[n];
        for (int k = 0; k < from; k++) {
          put(source.charAt(k), k, k + 1);
        }
      }
      for (char c : Character.toChars(cp)) {
        put(c, from, to);
      }
    }

    private void put(char c, int from, int to) {
      start[out.length()] = from;
      end[out.length()] = to;
      out.append(c);
    }

    /** The rewrite, or {@code null} when nothing was replaced. */
    Rewrite build() {
      if (out == null) {
        return null;
      }
      int m = out.length();
      return new Rewrite(out.toString(), Arrays.copyOf(start, m), Arrays.copyOf(end, m));
    }
  }
}
