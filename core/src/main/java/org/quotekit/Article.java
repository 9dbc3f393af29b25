package org.quotekit;

import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;

/**
 * One news article to extract quotes from: an id, the text, and optional metadata. Immutable and
 * thread-safe.
 */
public final class Article {
  private final String id;
  private final String text;
  private final String title;
  private final LocalDate published;

  private Article(String id, String text, String title, LocalDate published) {
    this.id = Objects.requireNonNull(id, "id");
    this.text = Objects.requireNonNull(text, "text");
    this.title = title;
    this.published = published;
  }

  /**
   * An article with an id and text and no metadata.
   *
   * @param id a caller-chosen identifier, echoed in results and error messages; not null
   * @param text the article text; not null, may be empty
   */
  public static Article of(String id, String text) {
    return new Article(id, text, null, null);
  }

  /** A copy of this article with the given title ({@code null} removes it). */
  public Article withTitle(String newTitle) {
    return new Article(id, text, newTitle, published);
  }

  /** A copy of this article with the given publication date ({@code null} removes it). */
  public Article withPublished(LocalDate date) {
    return new Article(id, text, title, date);
  }

  /** The caller-chosen identifier. */
  public String id() {
    return id;
  }

  /** The full text; all offsets in results point into it. */
  public String text() {
    return text;
  }

  /** The title, when known. */
  public Optional<String> title() {
    return Optional.ofNullable(title);
  }

  /** The publication date, when known. */
  public Optional<LocalDate> published() {
    return Optional.ofNullable(published);
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof Article a && id.equals(a.id) && text.equals(a.text)
        && Objects.equals(title, a.title) && Objects.equals(published, a.published);
  }

  @Override
  public int hashCode() {
    return Objects.hash(id, text, title, published);
  }

  @Override
  public String toString() {
    return "Article[id=" + id + ", length=" + text.length() + "]";
  }
}
