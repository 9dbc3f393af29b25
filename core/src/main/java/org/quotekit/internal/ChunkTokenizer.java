package org.quotekit.internal;

import java.util.HashMap;
import java.util.Map;
import opennlp.tools.tokenize.TokenizerME;
import opennlp.tools.util.Span;

/**
 * OpenNLP's statistical tokenizer over chunks of text without spaces, remembering each chunk's
 * result: {@code TokenizerME.tokenizePos} is a pure function of its input (its model, context
 * generator and options are fixed), and news text repeats its punctuated words ("said.",
 * "Trump's", "(D-Calif.)"), so a repeated chunk costs a map look-up instead of a model
 * evaluation per character. The cache is emptied when full ({@link #CACHE_CHUNKS} chunks by default).
 * Not thread-safe: one instance per thread, as for {@code TokenizerME}.
 */
final class ChunkTokenizer {
  static final int CACHE_CHUNKS = 16_384;

  private final TokenizerME tokenizer;
  private final int capacity;
  private final Map<String, Span[]> chunks = new HashMap<>();

  ChunkTokenizer(TokenizerME tokenizer) {
    this(tokenizer, CACHE_CHUNKS);
  }

  /** A tokenizer whose cache holds at most {@code capacity} chunks (tests). */
  ChunkTokenizer(TokenizerME tokenizer, int capacity) {
    this.tokenizer = tokenizer;
    this.capacity = capacity;
  }

  /** The tokenizer's spans in {@code chunk}; the array is shared and must not be changed. */
  Span[] tokenizePos(String chunk) {
    Span[] spans = chunks.get(chunk);
    if (spans == null) {
      if (chunks.size() >= capacity) {
        chunks.clear();
      }
      spans = tokenizer.tokenizePos(chunk);
      chunks.put(chunk, spans);
    }
    return spans;
  }
}
