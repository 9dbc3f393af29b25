package org.quotekit.testkit;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.quotekit.Article;

/** The real articles in the repository's {@code testdata/articles}, for the built-in plug-ins. */
final class BundledArticles {
  private BundledArticles() {}

  /** {@code first}, then every bundled article, each with its file name as id. */
  static List<Article> after(List<Article> first) {
    List<Article> out = new ArrayList<>(first);
    try (Stream<Path> files = Files.list(Path.of("..", "testdata", "articles"))) {
      for (Path p : files.filter(f -> f.toString().endsWith(".txt")).sorted().toList()) {
        out.add(Article.of(p.getFileName().toString(), Files.readString(p,
            StandardCharsets.UTF_8)));
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out;
  }
}
