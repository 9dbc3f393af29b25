package org.quotekit.eval;

import java.util.List;
import java.util.Objects;
import org.quotekit.Span;

/**
 * One gold-annotated article: its text and every attribution annotated in it. Immutable and
 * thread-safe.
 *
 * @param id the article id (for PolNeAR, the file name without {@code .txt})
 * @param text the article text; all spans point into it
 * @param attributions the gold attributions in file order
 */
public record GoldArticle(String id, String text, List<GoldAttribution> attributions) {

  /**
   * Copies the list and checks that every span lies inside the text.
   *
   * @throws IllegalArgumentException naming the attribution when a span ends after the text
   */
  public GoldArticle {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(text, "text");
    attributions = List.copyOf(Objects.requireNonNull(attributions, "attributions"));
    for (GoldAttribution a : attributions) {
      for (List<Span> spans : List.of(a.content(), a.cue(), a.source())) {
        for (Span s : spans) {
          if (s.end() > text.length()) {
            throw new IllegalArgumentException("span ends after the text: article=" + id
                + ", attribution=" + a.id() + ", end=" + s.end() + ", text length="
                + text.length());
          }
        }
      }
    }
  }
}
