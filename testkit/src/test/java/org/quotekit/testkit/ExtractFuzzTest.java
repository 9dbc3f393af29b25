package org.quotekit.testkit;

import com.code_intelligence.jazzer.junit.FuzzTest;
import java.nio.charset.StandardCharsets;
import org.quotekit.Article;
import org.quotekit.Extraction;
import org.quotekit.QuoteExtractor;

/**
 * Coverage-guided fuzzing of {@link QuoteExtractor#extract(Article)} with Jazzer, each result
 * checked with the kit's {@link Invariants}. Under {@code mvn verify} it runs in regression mode:
 * once per file of the committed seed corpus in {@code
 * src/test/resources/org/quotekit/testkit/ExtractFuzzTestInputs/extractKeepsTheContract/} (and
 * once on empty input). With {@code JAZZER_FUZZ=1} it fuzzes (see the README); inputs that fail
 * are written to that folder and then stay there as regression tests.
 *
 * <p>Input bytes are UTF-8 text, so that seeds can be read and written as text files; an input
 * whose first byte is 0 is UTF-16LE after that byte instead, which reaches every {@code char}
 * sequence, unpaired surrogates included.
 */
class ExtractFuzzTest {
  private static final QuoteExtractor EXTRACTOR = QuoteExtractor.builder().build();

  @FuzzTest(maxDuration = "10m")
  void extractKeepsTheContract(byte[] input) {
    String text = decode(input);
    Extraction x = EXTRACTOR.extract(Article.of("fuzz", text));
    Invariants.checkExtraction(text, x);
    if (!x.warnings().isEmpty()) {
      throw new AssertionError("the rules failed: " + x.warnings());
    }
  }

  /** UTF-8, or after a leading 0 byte raw UTF-16LE code units (no replacement of any unit). */
  static String decode(byte[] input) {
    if (input.length > 0 && input[0] == 0) {
      char[] units = new char[(input.length - 1) / 2];
      for (int i = 0; i < units.length; i++) {
        units[i] = (char) ((input[2 * i + 2] & 0xFF) << 8 | (input[2 * i + 1] & 0xFF));
      }
      return new String(units);
    }
    return new String(input, StandardCharsets.UTF_8);
  }
}
