package org.quotekit.cli;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/**
 * The JSON Lines of the bundled article, byte for byte: the golden file was written by the
 * hand-written JSON writer the CLI had before it moved to Jackson, so that a change of field
 * order, number format, escaping or line ending shows here. It is regenerated only on purpose,
 * checking by script that nothing but the intended change differs (last: the role "the Iraqi
 * Prime Minister" of the speaker "Iraqi Prime Minister" dropped, as it says no more than the
 * name; before that: speaker provenance, claim completions and quantity values added, three
 * fragment claims dropped). It is the
 * output of the rule-based extractor, named, so it stays the same whatever the default.
 */
class GoldenOutputTest {
  private static final Path ARTICLE =
      Path.of("../../testdata/articles/mawazine-iraq-coalition.txt");

  @Test
  void theBundledArticlesJsonIsTheGoldenFilesBytes() throws IOException {
    byte[] golden;
    try (InputStream in = GoldenOutputTest.class.getResourceAsStream(
        "/golden/mawazine-iraq-coalition.jsonl")) {
      assertThat(in).as("golden file").isNotNull();
      golden = in.readAllBytes();
    }
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ByteArrayOutputStream err = new ByteArrayOutputStream();

    int status = Main.run(new String[] {"extract", "--extractors", "rules", ARTICLE.toString()},
        new ByteArrayInputStream(new byte[0]), new PrintStream(out, true, UTF_8),
        new PrintStream(err, true, UTF_8));

    assertThat(status).isZero();
    assertThat(err.toString(UTF_8)).isEmpty();
    assertThat(out.toString(UTF_8)).isEqualTo(new String(golden, UTF_8));
    assertThat(out.toByteArray()).isEqualTo(golden);
  }
}
