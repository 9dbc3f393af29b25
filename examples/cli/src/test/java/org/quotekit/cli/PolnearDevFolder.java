package org.quotekit.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Assumptions;

/**
 * The PolNeAR dev split for the CLI tests, found as the evaluation tests find it ({@code
 * PolnearDev} in quotekit-eval): the {@code quotekit.polnear.dev} property, else {@code
 * ../shared/corpora/polnear/dev} beside the repository. Stateless.
 */
final class PolnearDevFolder {
  private PolnearDevFolder() {}

  /**
   * The split's folder; skips the calling test, with a line on standard error saying where the
   * corpus was looked for, when there is none.
   *
   * @param skipped what the test does, for the message ("validating ... against the schema")
   */
  static Path orSkip(String skipped) {
    String property = System.getProperty("quotekit.polnear.dev");
    List<Path> candidates = property != null ? List.of(Path.of(property))
        : List.of(Path.of("../../../shared/corpora/polnear/dev"),
            Path.of("../shared/corpora/polnear/dev"));
    return candidates.stream().filter(Files::isDirectory).findFirst().orElseGet(() -> {
      String message = "PolNeAR corpus not found at "
          + candidates.stream().map(p -> p.toAbsolutePath().normalize().toString()).toList()
          + ", skipped: " + skipped + " (set -Dquotekit.polnear.dev=DIR to run it)";
      System.err.println(message);
      Assumptions.assumeTrue(false, message);
      return null;
    });
  }
}
