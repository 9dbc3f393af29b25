package org.quotekit.testkit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.lang.management.ManagementFactory;
import java.util.Arrays;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.quotekit.Article;
import org.quotekit.QuoteExtractor;

/**
 * How the work of an extraction grows with the length of the text, read without a clock: the
 * bytes the extracting thread allocates for each {@link HostileShape} at {@value #N} characters
 * and at four times that, under both bundled extractors. A step that is linear allocates about
 * four times as much for four times the text; one that copies or rebuilds what it read for each
 * item it meets allocates about sixteen times as much, and fails here.
 *
 * <p>Timed growth is measured in {@code benchmarks} ({@code GrowthReport}); that report is read
 * by hand, and a quadratic step once went unseen for a week. Allocation is deterministic enough
 * to assert: read twice, the same extraction allocates the same bytes to within a few percent.
 * It cannot see a step that only reads more and more (a loop over every mention for each
 * mention that allocates nothing); the benchmarks remain the measure of those.
 */
class AllocationGrowthTest {
  /** The shorter length read: long enough that a quadratic step outweighs fixed costs. */
  static final int N = 32_768;
  /** How many times as many bytes four times the text may allocate; linear is about 4. */
  static final double MAX_RATIO = 6.0;
  /** Bytes below which an extraction allocates too little to measure growth by. */
  private static final long SLACK = 1 << 20;

  private static final com.sun.management.ThreadMXBean THREADS =
      ManagementFactory.getThreadMXBean() instanceof com.sun.management.ThreadMXBean t ? t : null;

  static Stream<Arguments> shapes() {
    return Stream.of("model", "rules").flatMap(x -> Arrays.stream(HostileShape.values())
        .map(s -> Arguments.of(x, s)));
  }

  @ParameterizedTest(name = "{0}: {1}")
  @MethodSource("shapes")
  void allocationGrowsLinearlyWithLength(String extractors, HostileShape shape) {
    assumeTrue(THREADS != null && THREADS.isThreadAllocatedMemorySupported()
        && THREADS.isThreadAllocatedMemoryEnabled(),
        "this JVM cannot count the bytes a thread allocates; growth is left to the benchmarks");
    QuoteExtractor extractor = QuoteExtractor.builder().extractors(extractors).build();
    String shorter = shape.text(N);
    String longer = shape.text(4 * N);
    extractor.extract(Article.of("warm-up", shorter)); // classes loaded, models read, code compiled

    long small = allocated(extractor, shorter);
    long large = allocated(extractor, longer);

    assertThat(large).as("%s under %s allocated %,d bytes at %,d characters and %,d at %,d:"
        + " more than %.0f times as much for 4 times the text, so some step grows faster than"
        + " the text", shape, extractors, small, N, large, 4 * N, MAX_RATIO)
        .isLessThanOrEqualTo((long) (MAX_RATIO * small) + SLACK);
  }

  /** The bytes this thread allocates extracting {@code text}: the extraction runs on it. */
  private static long allocated(QuoteExtractor extractor, String text) {
    long before = THREADS.getCurrentThreadAllocatedBytes();
    extractor.extract(Article.of("measured", text));
    return THREADS.getCurrentThreadAllocatedBytes() - before;
  }
}
