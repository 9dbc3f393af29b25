package org.quotekit.cli;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.ByteBuffer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.GZIPInputStream;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.quotekit.model.CueModel;

/**
 * {@code --model FILE} with a corrupt cue model fails before any article with exit status 1 and
 * a message naming the file and what is wrong (it was an uncaught {@code OutOfMemoryError}, or
 * exit 0 with a warning and no quotes on every article).
 */
class CorruptModelFileTest {
  @TempDir Path dir;

  /** The bundled model with one big-endian value written at {@code offset} of its bytes. */
  private Path patched(String name, int offset, ByteBuffer value) throws IOException {
    byte[] plain;
    try (InputStream in = new GZIPInputStream(CueModel.class.getResourceAsStream(
        CueModel.BUNDLED))) {
      plain = in.readAllBytes();
    }
    ByteBuffer.wrap(plain).put(offset < 0 ? plain.length + offset : offset, value.array());
    Path file = dir.resolve(name);
    try (OutputStream out = new GZIPOutputStream(Files.newOutputStream(file))) {
      out.write(plain);
    }
    return file;
  }

  private static String run(Path model, Path article, int[] status) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    status[0] = Main.run(new String[] {"extract", "--extractors", "model", "--model",
        model.toString(), article.toString()}, new ByteArrayInputStream(new byte[0]),
        new PrintStream(out, true, UTF_8), new PrintStream(err, true, UTF_8));
    assertThat(out.toByteArray()).isEmpty();
    return err.toString(UTF_8);
  }

  @Test
  void hugeOutcomeCountAndNaNWeightFailNamingTheFile() throws IOException {
    Path article = Files.writeString(dir.resolve("a.txt"), "\"We won,\" she said.", UTF_8);
    Path huge = patched("huge.bin.gz", 17, ByteBuffer.allocate(4).putInt(Integer.MAX_VALUE));
    Path nan = patched("nan.bin.gz", -8, ByteBuffer.allocate(8).putDouble(Double.NaN));
    int[] status = new int[1];

    assertThat(run(huge, article, status)).startsWith("quotekit: error: cannot read cue model " + huge + ": ")
        .contains("outcome count 2147483647 does not fit the");
    assertThat(status[0]).isEqualTo(1);
    assertThat(run(nan, article, status)).startsWith("quotekit: error: cannot read cue model " + nan + ": ")
        .contains("weight NaN of predicate");
    assertThat(status[0]).isEqualTo(1);
  }
}
