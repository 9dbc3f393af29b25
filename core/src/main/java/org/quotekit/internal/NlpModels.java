package org.quotekit.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URL;
import java.util.Map;
import opennlp.tools.ml.maxent.GISModel;
import opennlp.tools.postag.POSModel;
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
  private final ThreadLocal<ChunkTokenizer> chunkTokenizer;
  private final ThreadLocal<PosTagger> tagger;
  /** The tagger model's features by name; read-only after loading. */
  private final Map<?, ?> taggerFeatures;

  private NlpModels() {
    this(SENTENCE_MODEL, TOKEN_MODEL, POS_MODEL);
  }

  /**
   * Loads the three models from classpath resources; package-private so that tests can point it at
   * broken files.
   *
   * @throws UncheckedIOException naming the resource and the cause when a model is missing,
   *     corrupt, or not a model of the expected kind or OpenNLP version
   */
  NlpModels(String sentenceResource, String tokenResource, String posResource) {
    SentenceModel sentenceModel = load(sentenceResource, SentenceModel::new);
    TokenizerModel tokenModel = load(tokenResource, TokenizerModel::new);
    POSModel posModel = load(posResource, POSModel::new);
    sentenceDetector = ThreadLocal.withInitial(() -> SentenceDetectors.of(sentenceModel));
    tokenizer = ThreadLocal.withInitial(() -> new TokenizerME(tokenModel));
    chunkTokenizer = ThreadLocal.withInitial(() -> new ChunkTokenizer(tokenizer.get()));
    tagger = ThreadLocal.withInitial(() -> PosTagger.of(posModel));
    taggerFeatures = featuresOf(posModel);
  }

  /**
   * The tagger model's feature map, for {@link #taggerKnows}, or an empty map when the model is
   * not a GIS model (then no word counts as known).
   */
  private static Map<?, ?> featuresOf(POSModel model) {
    return model.getArtifact("pos.model") instanceof GISModel m
        && m.getDataStructures()[1] instanceof Map<?, ?> pmap ? pmap : Map.of();
  }

  /** Whether the tagger saw {@code lower} (a lower-cased word) as a word in its training data. */
  boolean taggerKnows(String lower) {
    return taggerFeatures.containsKey("w=" + lower); // OpenNLP's feature for the word itself
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

  /** Reads one kind of model from its serialised form. */
  interface ModelReader<T> {
    T read(InputStream in) throws IOException;
  }

  /**
   * Loads a model from a classpath resource.
   *
   * @param resource an absolute resource path, e.g. {@code /opennlp-en-ud-ewt-pos-1.3-2.5.4.bin}
   * @throws UncheckedIOException naming the resource (and where it was found) and the cause when
   *     the resource is missing or does not hold a model that {@code reader} accepts
   */
  static <T> T load(String resource, ModelReader<T> reader) {
    URL url = NlpModels.class.getResource(resource);
    if (url == null) {
      throw new UncheckedIOException(new IOException("OpenNLP model not on the classpath: "
          + resource + " (is the matching org.apache.opennlp:opennlp-models-*-en artifact a "
          + "dependency?)"));
    }
    return load(url, reader);
  }

  /**
   * Loads a model from a URL.
   *
   * @throws UncheckedIOException naming the URL and the cause when it cannot be read or does not
   *     hold a model that {@code reader} accepts
   */
  static <T> T load(URL url, ModelReader<T> reader) {
    try (InputStream in = url.openStream()) {
      return reader.read(in);
    } catch (IOException e) {
      throw new UncheckedIOException(message(url, e), e);
    } catch (RuntimeException e) {
      // OpenNLP reports some corrupt files with unchecked exceptions (bad numbers, bad sizes).
      throw new UncheckedIOException(message(url, e), new IOException(e.toString(), e));
    }
  }

  private static String message(URL url, Exception cause) {
    return "cannot load OpenNLP model " + url + ": it is corrupt, or not a model of this kind "
        + "for this OpenNLP version: " + cause;
  }

  /** This thread's sentence detector. */
  public SentenceDetectorME sentenceDetector() {
    return sentenceDetector.get();
  }

  /** This thread's tokenizer. */
  public TokenizerME tokenizer() {
    return tokenizer.get();
  }

  /** This thread's tokenizer for chunks without spaces, with its cache. */
  ChunkTokenizer chunkTokenizer() {
    return chunkTokenizer.get();
  }

  /** This thread's part-of-speech tagger (the same tags as OpenNLP's {@code POSTaggerME}). */
  PosTagger tagger() {
    return tagger.get();
  }
}
