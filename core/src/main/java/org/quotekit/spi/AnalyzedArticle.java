package org.quotekit.spi;

import java.util.List;
import org.quotekit.Article;

/**
 * An article with its linguistic analysis, computed once per extraction and shared by all
 * extractors. Deeper layers (tokens, part-of-speech tags) are computed lazily per sentence, so an
 * extractor pays only for what it asks for. Not thread-safe: an instance is confined to the
 * extraction of one article.
 */
public interface AnalyzedArticle {

  /**
   * The article being analysed, with its text normalised as {@link
   * org.quotekit.QuoteExtractor#extract(Article)} describes; the pipeline maps the offsets of
   * candidates into this text back to the caller's text.
   */
  Article article();

  /** Shorthand for {@code article().text()}. */
  default String text() {
    return article().text();
  }

  /** Paragraphs in text order, as spans without surrounding white space. */
  List<org.quotekit.Span> paragraphs();

  /** Sentences in text order. */
  List<Sentence> sentences();

  /** Quote-mark regions in order of their opening mark, nested regions included. */
  List<QuoteRegion> quoteRegions();

  /** The outermost quote region whose marks enclose {@code offset}, if any. */
  java.util.Optional<QuoteRegion> quoteAt(int offset);

  /** The tokens of a sentence of this article. */
  List<Token> tokens(Sentence sentence);

  /**
   * Universal Dependencies part-of-speech tags ({@code NOUN}, {@code PROPN}, {@code VERB}, ...) of
   * the tokens of a sentence, one per token; computed on first request.
   */
  List<String> tags(Sentence sentence);

  /** The sentence holding the character at {@code offset}, or the nearest one before it. */
  Sentence sentenceAt(int offset);
}
