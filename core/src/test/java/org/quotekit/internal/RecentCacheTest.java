package org.quotekit.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class RecentCacheTest {
  private final List<String> computed = new ArrayList<>();
  private final RecentCache<String, String> cache = new RecentCache<>(2, k -> {
    computed.add(k);
    return k.toUpperCase(java.util.Locale.ROOT);
  });

  @Test
  void aRepeatedKeyIsComputedOnce() {
    assertThat(cache.get("a")).isEqualTo("A");
    assertThat(cache.get("a")).isEqualTo("A");
    assertThat(computed).containsExactly("a");
  }

  @Test
  void aKeyUsedWithinTwoGenerationsStaysAndAnUnusedOneGoes() {
    for (String k : List.of("a", "b", "c", "a", "d", "e", "f", "a", "b")) {
      assertThat(cache.get(k)).isEqualTo(k.toUpperCase(java.util.Locale.ROOT));
    }
    // young {a,b} full at c: old {a,b}, young {c}; a moves up: young {c,a}; d: old {c,a},
    // young {d}; e: young {d,e}; f: old {d,e}, young {f}; a and b are gone by then.
    assertThat(computed).containsExactly("a", "b", "c", "d", "e", "f", "a", "b");
  }

  @Test
  void aCapacityUnderOneIsRefused() {
    assertThatThrownBy(() -> new RecentCache<String, String>(0, k -> k))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("capacity")
        .hasMessageContaining("0");
  }
}
