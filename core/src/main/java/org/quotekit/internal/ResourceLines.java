package org.quotekit.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * The lines of a bundled word list: UTF-8, one entry a line, blank lines and lines starting with
 * {@code #} skipped, each line stripped. Stateless and thread-safe.
 */
final class ResourceLines {
  private ResourceLines() {}

  /**
   * The entry lines of {@code resource}, looked up as {@link Class#getResourceAsStream} does
   * from {@code owner} (a name without a leading slash is relative to its package).
   *
   * @throws UncheckedIOException when the resource is missing or cannot be read
   */
  static List<String> of(Class<?> owner, String resource) {
    try (InputStream in = owner.getResourceAsStream(resource)) {
      if (in == null) {
        throw new IOException("resource not found: " + resource);
      }
      List<String> out = new ArrayList<>();
      for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
        String w = line.strip();
        if (!w.isEmpty() && !w.startsWith("#")) {
          out.add(w);
        }
      }
      return List.copyOf(out);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + resource, e);
    }
  }
}
