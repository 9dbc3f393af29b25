package org.quotekit.internal;

import opennlp.tools.tokenize.TokenizerME;
import opennlp.tools.util.Span;

/**
 * OpenNLP's statistical tokenizer over chunks of text without spaces, remembering the chunks
 * used recently ({@link RecentCache}, {@link #CACHE_CHUNKS} a generation by default):
 * {@code TokenizerME.tokenizePos} is a pure function of its input (its model, context generator
 * and options are fixed), and news text repeats its punctuated words ("said.", "Trump's",
 * "(D-Calif.)"), so a repeated chunk costs a map look-up instead of a model evaluation per
 * character. Not thread-safe: one instance per thread, as for {@code TokenizerME}.
 */
final class ChunkTokenizer {
  static final int CACHE_CHUNKS = 16_384;

  private final RecentCache<String, Span[]> chunks;

  ChunkTokenizer(TokenizerME tokenizer) {
    this(tokenizer, CACHE_CHUNKS);
  }

  /** A tokenizer that remembers at most {@code capacity} chunks a generation (tests). */
  ChunkTokenizer(TokenizerME tokenizer, int capacity) {
    this.chunks = new RecentCache<>(capacity, tokenizer::tokenizePos);
  }

  /** The tokenizer's spans in {@code chunk}; the array is shared and must not be changed. */
  Span[] tokenizePos(String chunk) {
    return chunks.get(chunk);
  }
}
