package org.quotekit.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import opennlp.tools.postag.POSModel;
import opennlp.tools.postag.POSTaggerME;
import opennlp.tools.sentdetect.SentenceDetectorME;
import opennlp.tools.sentdetect.SentenceModel;
import opennlp.tools.tokenize.TokenizerME;
import opennlp.tools.tokenize.TokenizerModel;

/**
 * The English OpenNLP models, loaded once per JVM from the classpath (the
 * {@code opennlp-models-*-en} artifacts) and shared. Models are thread-safe; the OpenNLP tools
 * built on them are not, so each thread gets its own through {@link ThreadLocal}s.
 */
public final class NlpModels {

  static final String SENTENCE_MODEL = "/opennlp-en-ud-ewt-sentence-1.3-2.5.4.bin";
  static final String TOKEN_MODEL = "/opennlp-en-ud-ewt-tokens-1.3-2.5.4.bin";
  static final String POS_MODEL = "/opennlp-en-ud-ewt-pos-1.3-2.5.4.bin";

  private static volatile NlpModels instance;

  private final ThreadLocal<SentenceDetectorME> sentenceDetector;
  private final ThreadLocal<TokenizerME> tokenizer;
  private final ThreadLocal<POSTaggerME> tagger;

  private NlpModels() {
    SentenceModel sentenceModel = load(SENTENCE_MODEL, SentenceModel::new);
    TokenizerModel tokenModel = load(TOKEN_MODEL, TokenizerModel::new);
    POSModel posModel = load(POS_MODEL, POSModel::new);
    sentenceDetector = ThreadLocal.withInitial(() -> new SentenceDetectorME(sentenceModel));
    tokenizer = ThreadLocal.withInitial(() -> new TokenizerME(tokenModel));
    tagger = ThreadLocal.withInitial(() -> new POSTaggerME(posModel));
  }

  /**
   * The shared models, loaded on first use.
   *
   * @throws UncheckedIOException naming the resource when a model is missing or corrupt
   */
  public static NlpModels get() {
    NlpModels m = instance;
    if (m == null) {
      synchronized (NlpModels.class) {
        m = instance;
        if (m == null) {
          m = new NlpModels();
          instance = m;
        }
      }
    }
    return m;
  }

  private interface ModelReader<T> {
    T read(InputStream in) throws IOException;
  }

  private static <T> T load(String resource, ModelReader<T> reader) {
    try (InputStream in = NlpModels.class.getResourceAsStream(resource)) {
      if (in == null) {
        throw new UncheckedIOException(new IOException("OpenNLP model not on the classpath: "
            + resource + " (is the matching org.apache.opennlp:opennlp-models-*-en artifact a "
            + "dependency?)"));
      }
      return reader.read(in);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read OpenNLP model " + resource + ": "
          + e.getMessage(), e);
    }
  }

  /** This thread's sentence detector. */
  public SentenceDetectorME sentenceDetector() {
    return sentenceDetector.get();
  }

  /** This thread's tokenizer. */
  public TokenizerME tokenizer() {
    return tokenizer.get();
  }

  /** This thread's part-of-speech tagger. */
  public POSTaggerME tagger() {
    return tagger.get();
  }
}
