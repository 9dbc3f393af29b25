package org.quotekit.model;

import java.util.List;
import java.util.Locale;
import java.util.Objects;
import org.quotekit.rules.CueLexicon;
import org.quotekit.spi.AnalyzedArticle;
import org.quotekit.spi.Token;

/**
 * The context features of a token for the cue classifier; one definition shared by training and
 * extraction so the two can never drift apart. Public only so that the trainer ({@code
 * CueModelTrainer}, in the {@code quotekit-eval} module) can use it; applications do not need it.
 * Immutable and thread-safe.
 */
public final class CueFeatures {
  private final CueLexicon lexicon;

  /**
   * Features that consult the given lexicon; training and extraction must use the same one (the
   * bundled model was trained with {@link CueLexicon#englishNews()}).
   */
  public CueFeatures(CueLexicon lexicon) {
    this.lexicon = Objects.requireNonNull(lexicon, "lexicon");
  }

  /**
   * Whether token {@code i} is worth classifying: a word starting with a letter and tagged as a
   * verb, auxiliary, noun or adjective (colons and dashes are not: transcript and signature cues
   * are found by patterns, not here).
   *
   * @param toks the tokens of a sentence
   * @param tags their part-of-speech tags, one per token
   * @param i the index of the token in {@code toks}
   */
  public static boolean isCandidate(List<Token> toks, List<String> tags, int i) {
    String t = tags.get(i);
    String w = toks.get(i).text();
    return (t.equals("VERB") || t.equals("NOUN") || t.equals("ADJ") || t.equals("AUX"))
        && Character.isLetter(w.charAt(0));
  }

  /**
   * The features of token {@code i} of a sentence, the event context the {@link CueModel} is
   * trained on and evaluated with.
   *
   * @param article the analysed article the sentence belongs to (for its quotations)
   * @param toks the tokens of the sentence
   * @param tags their part-of-speech tags, one per token
   * @param i the index of the token in {@code toks}
   */
  public String[] features(AnalyzedArticle article, List<Token> toks, List<String> tags, int i) {
    FeatureSink.Strings sink = new FeatureSink.Strings();
    put(article, toks, tags, i, sink);
    return sink.take();
  }

  /**
   * The {@link #features} of token {@code i} as {@link FeatureSink#hash hashes} of the feature
   * strings, for a {@link FeatureTable}: the same features, without building them.
   */
  long[] hashes(AnalyzedArticle article, List<Token> toks, List<String> tags, int i) {
    FeatureSink.Hashes sink = new FeatureSink.Hashes();
    put(article, toks, tags, i, sink);
    return sink.take();
  }

  private void put(AnalyzedArticle article, List<Token> toks, List<String> tags, int i,
      FeatureSink f) {
    String w = lower(toks.get(i).text());
    String t = tags.get(i);
    f.add("w=", w);
    f.add("t=", t);
    f.add("wt=", w, "/", t);
    f.add("suf=", w.length() > 3 ? w.substring(w.length() - 3) : w);
    List<CueLexicon.Entry> entries = lexicon.startingWith(w);
    String lemma = "-";
    for (CueLexicon.Entry e : entries) {
      if (e.words().size() == 1) {
        lemma = e.lemma();
        f.add("kind=", String.valueOf(e.kind()));
        break;
      }
    }
    f.add("lem=", lemma);
    f.add("lex=", String.valueOf(!lemma.equals("-")));
    String p1 = i > 0 ? lower(toks.get(i - 1).text()) : "<s>";
    String p1t = i > 0 ? tags.get(i - 1) : "<s>";
    String p2t = i > 1 ? tags.get(i - 2) : "<s>";
    String n1 = i + 1 < toks.size() ? lower(toks.get(i + 1).text()) : "</s>";
    String n1t = i + 1 < toks.size() ? tags.get(i + 1) : "</s>";
    String n2 = i + 2 < toks.size() ? lower(toks.get(i + 2).text()) : "</s>";
    String n2t = i + 2 < toks.size() ? tags.get(i + 2) : "</s>";
    f.add("p1=", shape(p1));
    f.add("p1t=", p1t);
    f.add("p2t=", p2t, ",", p1t);
    f.add("n1=", shape(n1));
    f.add("n1t=", n1t);
    f.add("n2=", shape(n2));
    f.add("n2t=", n1t, ",", n2t);
    f.add("lem+n1=", lemma, ",", shape(n1));
    f.add("lem+p1t=", lemma, ",", p1t);
    f.add("t+n1t=", t, ",", n1t);
    f.add("quoteBefore=", String.valueOf(quoteBefore(article, toks, i)));
    f.add("quoteAfter=", String.valueOf(quoteAfter(article, toks, i)));
    f.add("pos=", i == 0 ? "first" : i == toks.size() - 2 ? "last" : "mid");
    f.add("cap=", String.valueOf(Character.isUpperCase(toks.get(i).text().charAt(0))));
  }

  /** Function words keep their form; others are reduced to their shape class. */
  private static String shape(String w) {
    if (w.length() <= 4 || w.equals("that") || w.startsWith("<") || !Character.isLetter(w.charAt(0))) {
      return w;
    }
    return w.length() > 12 ? "long" : "word";
  }

  /** Whether a quotation closes within the three tokens before token {@code i}. */
  private static boolean quoteBefore(AnalyzedArticle article, List<Token> toks, int i) {
    for (int k = Math.max(0, i - 4); k < i; k++) {
      var r = article.quoteAt(toks.get(k).start());
      if (r.isPresent() && r.get().closed() && r.get().close() < toks.get(i).start()) {
        return true;
      }
    }
    return false;
  }

  /** Whether a quotation opens within the three tokens after token {@code i}. */
  private static boolean quoteAfter(AnalyzedArticle article, List<Token> toks, int i) {
    for (int k = i + 1; k < Math.min(toks.size(), i + 4); k++) {
      var r = article.quoteAt(toks.get(k).start());
      if (r.isPresent() && r.get().open() == toks.get(k).start()) {
        return true;
      }
    }
    return false;
  }

  private static String lower(String s) {
    return s.toLowerCase(Locale.ROOT);
  }
}
