package org.quotekit.internal;

import java.util.HashMap;
import java.util.Map;
import java.util.function.Function;

/**
 * A memo of a pure function that keeps what was used recently, in bounded memory: two
 * generations of at most {@code capacity} entries each; a look-up that finds an entry in the old
 * generation moves it to the young one, and when the young generation is full it becomes the old
 * one (the old one is dropped). A key used once in a while stays; a word seen once goes. Not
 * thread-safe: one instance per thread.
 *
 * @param <K> the key, with {@code equals} and {@code hashCode}
 * @param <V> the value of the function for the key, never null
 */
final class RecentCache<K, V> {
  private final int capacity;
  private final Function<K, V> function;
  private Map<K, V> young = new HashMap<>();
  private Map<K, V> old = new HashMap<>();

  /**
   * A cache of {@code function}'s values.
   *
   * @param capacity entries per generation, at least 1
   * @throws IllegalArgumentException if {@code capacity} is under 1
   */
  RecentCache(int capacity, Function<K, V> function) {
    if (capacity < 1) {
      throw new IllegalArgumentException("capacity must be at least 1: " + capacity);
    }
    this.capacity = capacity;
    this.function = function;
  }

  /** The function's value for {@code key}, computed when not remembered. */
  V get(K key) {
    V v = young.get(key);
    if (v == null) {
      v = old.remove(key);
      if (v == null) {
        v = function.apply(key);
      }
      if (young.size() >= capacity) {
        old = young;
        young = new HashMap<>();
      }
      young.put(key, v);
    }
    return v;
  }
}
