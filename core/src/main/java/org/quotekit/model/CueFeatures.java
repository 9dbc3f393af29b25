package org.quotekit.model;

import java.util.List;
import java.util.Locale;
import java.util.Objects;
import org.quotekit.internal.SortedSpans;
import org.quotekit.internal.WordClasses;
import org.quotekit.rules.CueLexicon;
import org.quotekit.spi.AnalyzedArticle;
import org.quotekit.spi.QuoteRegion;
import org.quotekit.spi.Token;

/**
 * The context features of a token for the cue classifier; one definition shared by training and
 * extraction so the two can never drift apart. Besides the word, its neighbours, the lexicon's
 * entry, quotations and the previous cue, a token is described by its {@link WordClasses}: the
 * WordNet classes of its lemma (verb.communication, verb.cognition, ...) and the frames its verb
 * senses take (a that-clause, a to-infinitive), so that a reporting or attitude word the
 * training articles showed rarely is read like the common words of its class. Public only so
 * that the trainer ({@code CueModelTrainer}, in the {@code quotekit-eval} module) can use it;
 * applications do not need it. Immutable and thread-safe.
 */
public final class CueFeatures {
  private static final String[] SMALL = {"0", "1", "2"};
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
   * verb, auxiliary, noun or adjective, or a proper noun that is a one-word cue of the lexicon
   * written with a capital (a headline's 'Trump Says ...'). Colons and dashes are not: transcript
   * and signature cues are found by patterns, not here.
   *
   * @param toks the tokens of a sentence
   * @param tags their part-of-speech tags, one per token
   * @param i the index of the token in {@code toks}
   */
  public boolean isCandidate(List<Token> toks, List<String> tags, int i) {
    String t = tags.get(i);
    String w = toks.get(i).text();
    if (!Character.isLetter(w.charAt(0))) {
      return false;
    }
    if (t.equals("PROPN")) {
      return oneWordCue(lower(w)) != null || headline(toks);
    }
    return t.equals("VERB") || t.equals("NOUN") || t.equals("ADJ") || t.equals("AUX");
  }

  /**
   * Whether a sentence is written as a headline, in title case or capitals ('Wisconsin Elects A
   * Supreme Court Justice', 'NEW YORK ENDS TAMPON TAX'): at least four of its first 16 tokens
   * are words, and at most one in five of those starts with a small letter. The tagger reads
   * every word of such a sentence as a proper noun, the verb too. (The resolver's {@code
   * ArticleScan.headline} reads the whole sentence and counts capitals; the cue model was
   * trained with this one, so a change to either is a retrain, not a merge.)
   */
  static boolean headline(List<Token> toks) {
    int words = 0;
    int small = 0;
    for (int k = 0; k < toks.size() && k < 16; k++) {
      char c = toks.get(k).text().charAt(0);
      if (Character.isLetter(c)) {
        words++;
        small += Character.isLowerCase(c) ? 1 : 0;
      }
    }
    return words >= 4 && small * 5 <= words;
  }

  /** The lexicon's one-word entry for a lower-cased word, or null. */
  private CueLexicon.Entry oneWordCue(String w) {
    for (CueLexicon.Entry e : lexicon.startingWith(w)) {
      if (e.words().size() == 1) {
        return e;
      }
    }
    return null;
  }

  /**
   * The features of token {@code i} of a sentence, the event context the {@link CueModel} is
   * trained on and evaluated with.
   *
   * @param article the analysed article the sentence belongs to (for its quotations)
   * @param toks the tokens of the sentence
   * @param tags their part-of-speech tags, one per token
   * @param i the index of the token in {@code toks}
   * @param previous the index of the last cue before token {@code i} in the sentence, or -1 when
   *     there is none: at extraction the cues the detector found, left to right; in training the
   *     gold cue heads
   */
  public String[] features(AnalyzedArticle article, List<Token> toks, List<String> tags, int i,
      int previous) {
    FeatureSink.Strings sink = new FeatureSink.Strings();
    put(article, toks, tags, i, previous, sink);
    return sink.take();
  }

  /**
   * The {@link #features} of token {@code i} as {@link FeatureSink#hash hashes} of the feature
   * strings, for a {@link FeatureTable}: the same features, without building them.
   */
  long[] hashes(AnalyzedArticle article, List<Token> toks, List<String> tags, int i,
      int previous) {
    FeatureSink.Hashes sink = new FeatureSink.Hashes();
    put(article, toks, tags, i, previous, sink);
    return sink.take();
  }

  private void put(AnalyzedArticle article, List<Token> toks, List<String> tags, int i,
      int previous, FeatureSink f) {
    String w = lower(toks.get(i).text());
    String t = tags.get(i);
    f.add("w=", w);
    f.add("t=", t);
    f.add("wt=", w, "/", t);
    f.add("suf=", w.length() > 3 ? w.substring(w.length() - 3) : w);
    CueLexicon.Entry entry = oneWordCue(w);
    String lemma = "-";
    if (entry != null) {
      lemma = entry.lemma();
      f.add("kind=", String.valueOf(entry.kind()));
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
    // the word with its neighbours ('eager to', 'has praised') and the function word after it
    f.add("wn1=", w, ",", shape(n1));
    f.add("p1w=", shape(p1), ",", w);
    String n1x = closedClass(n1t) ? n1 : n1t;
    f.add("n1x=", n1x);
    f.add("stem=", stem(w));
    String right = right(toks, tags, i);
    f.add("rt=", right);
    f.add("wrt=", w, ",", right);
    String quotes = quotesInSentence(article, toks, i);
    f.add("sq=", quotes);
    f.add("lemsq=", lemma, ",", quotes);
    int after = toks.size() - 1 - i;
    f.add("spos=", i < 2 ? SMALL[i] : i < 4 ? "2-3" : i < 8 ? "4-7" : "8+", ",",
        after < 3 ? SMALL[after] : after < 6 ? "3-5" : "6+");
    String before = previous < 0 ? "none" : i - previous <= 3 ? "near"
        : i - previous <= 8 ? "mid" : "far";
    f.add("pc=", before);
    f.add("pct=", before, ",", t);
    // what lies between ('said that he believes', 'said, adding'), alone, with how far back the
    // previous cue lies and with the lexicon's lemma
    String between = between(toks, previous, i);
    f.add("pcb=", between);
    f.add("pcbd=", between, ",", before);
    f.add("pcbl=", between, ",", lemma);
    // the word's WordNet classes and frames, alone and with what follows it: a reporting or
    // attitude word the training articles showed rarely shares them with the common ones
    WordClasses.Entry c = WordClasses.english().lookup(w, t.equals("NOUN") || t.equals("PROPN")
        ? WordClasses.Pos.NOUN : t.equals("ADJ") ? WordClasses.Pos.ADJECTIVE
        : WordClasses.Pos.VERB);
    if (c == null) {
      f.add("wn1=", "none");
    } else {
      f.add("wn1=", c.first());
      for (String k : c.classes()) {
        f.add("wns=", k);
      }
      f.add("wnf=", c.frames());
      f.add("wnfrt=", c.frames(), ",", right);
      f.add("wn1rt=", c.first(), ",", right);
    }
  }

  /**
   * What lies between the previous cue and token {@code i}: a quotation mark, else 'that', else
   * a comma, else nothing of these ('plain'); 'none' without a previous cue, 'far' when it lies
   * more than 12 tokens back. PolNeAR leaves a cue inside another's content unannotated ('X said
   * that Y believes ...'), while 'X said, adding ...' is a cue of its own.
   */
  private static String between(List<Token> toks, int previous, int i) {
    if (previous < 0) {
      return "none";
    }
    if (i - previous > 12) {
      return "far";
    }
    boolean that = false;
    boolean comma = false;
    for (int k = previous + 1; k < i; k++) {
      String w = toks.get(k).text();
      char c = w.charAt(0);
      if (c == '"' || c == '\u201C' || c == '\u201D' || w.equals("''") || w.equals("``")) {
        return "quote";
      }
      that |= w.equalsIgnoreCase("that");
      comma |= w.equals(",");
    }
    return that ? "that" : comma ? "comma" : "plain";
  }

  /**
   * What follows token {@code i} once adverbs and particles are skipped (at most five tokens
   * on): an open-class tag, else the word ('that', 'to', ':', a quotation mark).
   */
  private static String right(List<Token> toks, List<String> tags, int i) {
    for (int k = i + 1; k < toks.size() && k <= i + 5; k++) {
      String tk = tags.get(k);
      if (tk.equals("ADV") || tk.equals("PART")) {
        continue;
      }
      return tk.equals("NOUN") || tk.equals("PROPN") || tk.equals("VERB") || tk.equals("ADJ")
          ? tk : lower(toks.get(k).text());
    }
    return "</s>";
  }

  /**
   * Whether a quotation opens in the sentence before token {@code i}, and whether one opens
   * after it: two binary searches over the article's quotations.
   */
  private static String quotesInSentence(AnalyzedArticle article, List<Token> toks, int i) {
    List<QuoteRegion> regions = article.quoteRegions();
    int at = toks.get(i).start();
    int k = SortedSpans.firstStartingAtOrAfter(regions, QuoteRegion::open, toks.get(0).start());
    boolean before = k < regions.size() && regions.get(k).open() < at;
    k = SortedSpans.startingAtOrBefore(regions, QuoteRegion::open, at);
    boolean after = k < regions.size() && regions.get(k).open() < toks.get(toks.size() - 1).end();
    return before ? after ? "truetrue" : "truefalse" : after ? "falsetrue" : "falsefalse";
  }

  /** Whether a tag is of a closed word class, whose words are features of their own. */
  private static boolean closedClass(String tag) {
    return tag.equals("ADP") || tag.equals("SCONJ") || tag.equals("PART") || tag.equals("DET")
        || tag.equals("PRON") || tag.equals("CCONJ") || tag.equals("AUX");
  }

  /**
   * A crude stem, so that the forms of a word the lexicon does not know share a feature
   * ('underscores', 'underscored'): an ending -ing, -ed, -es, -s or -e cut off.
   */
  static String stem(String w) {
    int n = w.length();
    if (n > 5 && w.endsWith("ing")) {
      return w.substring(0, n - 3);
    }
    if (n > 4 && w.endsWith("ed")) {
      return w.substring(0, n - (w.endsWith("ied") ? 3 : 2));
    }
    if (n > 4 && w.endsWith("es")) {
      return w.substring(0, n - 2);
    }
    if (n > 3 && w.endsWith("s") && !w.endsWith("ss")) {
      return w.substring(0, n - 1);
    }
    if (n > 3 && w.endsWith("e")) {
      return w.substring(0, n - 1);
    }
    return w;
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
