package org.quotekit.model;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Where a feature generator puts a token's features. A feature is the concatenation of a few
 * parts ({@code "w=" + side + word}); the generator hands over the parts and the sink decides
 * what to make of them. {@link Strings} joins them into the strings OpenNLP trains on; {@link
 * Hashes} reduces each to the 64-bit {@link #hash} of that string, which a {@link FeatureTable}
 * looks up, so extraction builds no strings and compares none. Both see the same parts in the
 * same order, so a model trained on the strings reads the hashes. Not thread-safe: one sink per
 * call.
 */
abstract class FeatureSink {
  private static final long BASIS = 0xcbf29ce484222325L;
  private static final long PRIME = 0x100000001b3L;

  /** Adds the feature {@code a + b}. */
  abstract void add(String a, String b);

  /** Adds the feature {@code a + b + c}. */
  abstract void add(String a, String b, String c);

  /** Adds the feature {@code a + b + c + d}. */
  abstract void add(String a, String b, String c, String d);

  /** Adds the feature that is the concatenation of {@code parts}. */
  abstract void add(String... parts);

  /**
   * The 64-bit FNV-1a hash of the UTF-16 units of {@code s}: what {@link Hashes} gives for a
   * feature whose parts concatenate to {@code s}.
   */
  static long hash(String s) {
    return mix(BASIS, s, 0);
  }

  /** The {@link #hash(String)} of each feature string, in order. */
  static long[] hashes(String[] features) {
    long[] out = new long[features.length];
    for (int i = 0; i < features.length; i++) {
      out[i] = hash(features[i]);
    }
    return out;
  }

  /** The {@link #hash(String)} of {@code s.substring(from)}, without making the substring. */
  static long hash(String s, int from) {
    return mix(BASIS, s, from);
  }

  private static long mix(long h, String s) {
    return mix(h, s, 0);
  }

  private static long mix(long h, String s, int from) {
    for (int i = from; i < s.length(); i++) {
      h ^= s.charAt(i);
      h *= PRIME;
    }
    return h;
  }

  /** Joins the parts into feature strings, for training and for OpenNLP's own evaluation. */
  static final class Strings extends FeatureSink {
    private final List<String> out = new ArrayList<>(32);

    @Override
    void add(String a, String b) {
      out.add(a.concat(b));
    }

    @Override
    void add(String a, String b, String c) {
      out.add(a + b + c);
    }

    @Override
    void add(String a, String b, String c, String d) {
      out.add(a + b + c + d);
    }

    @Override
    void add(String... parts) {
      out.add(String.join("", parts));
    }

    /** The features added since the last call, in order; the sink starts empty again. */
    String[] take() {
      String[] f = out.toArray(String[]::new);
      out.clear();
      return f;
    }
  }

  /** Hashes each feature without joining its parts: {@code hash(a + b) == } what it records. */
  static final class Hashes extends FeatureSink {
    private long[] out = new long[32];
    private int n;

    @Override
    void add(String a, String b) {
      put(mix(mix(BASIS, a), b));
    }

    @Override
    void add(String a, String b, String c) {
      put(mix(mix(mix(BASIS, a), b), c));
    }

    @Override
    void add(String a, String b, String c, String d) {
      put(mix(mix(mix(mix(BASIS, a), b), c), d));
    }

    @Override
    void add(String... parts) {
      long h = BASIS;
      for (String p : parts) {
        h = mix(h, p);
      }
      put(h);
    }

    private void put(long h) {
      if (n == out.length) {
        out = Arrays.copyOf(out, n * 2);
      }
      out[n++] = h;
    }

    /** The hashes added since the last call, in order; the sink starts empty again. */
    long[] take() {
      long[] f = Arrays.copyOf(out, n);
      n = 0;
      return f;
    }
  }
}
