package org.quotekit.eval;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Assumptions;

/**
 * Where the tests find the PolNeAR splits: the {@code quotekit.polnear.dev} (or {@code
 * quotekit.polnear.train}) system property, else {@code ../shared/corpora/polnear/dev} (or
 * {@code train}) beside the repository (seen from the root or from a module). A test that needs
 * a split is skipped when it is absent, with a line on standard error naming the places tried
 * ("PolNeAR corpus not found at [...], skipped: ..."). Stateless.
 */
public final class PolnearDev {
  private PolnearDev() {}

  /**
   * The dev split's folder; skips the calling test when there is none.
   *
   * @param skipping what is skipped, for the message ("the speaker sample")
   */
  public static Path dir(String skipping) {
    return split("dev", skipping);
  }

  /**
   * The train split's folder; skips the calling test when there is none.
   *
   * @param skipping what is skipped, for the message ("the speaker attributions of train")
   */
  public static Path trainDir(String skipping) {
    return split("train", skipping);
  }

  private static Path split(String split, String skipping) {
    String key = "quotekit.polnear." + split;
    String property = System.getProperty(key);
    List<Path> candidates = property != null ? List.of(Path.of(property))
        : List.of(Path.of("../../shared/corpora/polnear", split),
            Path.of("../shared/corpora/polnear", split));
    return candidates.stream().filter(Files::isDirectory).findFirst().orElseGet(() -> {
      String message = "PolNeAR corpus not found at "
          + candidates.stream().map(p -> p.toAbsolutePath().normalize().toString()).toList()
          + ", skipped: " + skipping + " (set -D" + key + "=DIR to run it)";
      // Surefire reports an aborted class as "Tests run: 0" without the reason: say it here.
      System.err.println(message);
      Assumptions.assumeTrue(false, message);
      return null;
    });
  }
}
