package org.quotekit.model;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import org.quotekit.Span;
import org.quotekit.internal.TimePhrases;
import org.quotekit.internal.WordClasses;
import org.quotekit.rules.AttributionContext;
import org.quotekit.rules.CueHit;
import org.quotekit.rules.SourceFinder;
import org.quotekit.spi.AnalyzedArticle;
import org.quotekit.spi.QuoteCandidate;
import org.quotekit.spi.Token;

/**
 * The candidate source mentions of a cue and their features for the source ranker ({@link
 * SourceModel}): every noun phrase of the cue's sentence within {@link #WINDOW} tokens of the cue
 * and outside its content (a run of determiners, adjectives, numbers, nouns and names; a personal
 * or relative pronoun stands alone, and so does a possessive one owning no noun before the cue,
 * "her" of "her vow"; a capitalised word the tagger read as an adjective or adverb is a name
 * before a verb, and with a possessive the tokenizer left on it), described by what it is (head
 * word and tag, pronoun kind, length), where it lies relative to the cue and the content (side,
 * distance, how many phrases lie between, commas, verbs, quotation marks, a passive "by" before
 * it, the tags on either side), whether a verb follows it as one follows a subject, how many such
 * subject-like phrases lie nearer the cue on its side (also by the cue's lemma) and whether it is
 * the first in reach (also with what the word before the cue opens: a comma before a participle,
 * "to"), the WordNet class of its head noun ({@link org.quotekit.internal.WordClasses}: a person,
 * a group, a document, an act; alone and with the rank and subject rank, so that a head word the
 * training articles never showed ranks like the words of its class), the kind of conjunction
 * between it and the cue ("and"/"or" or another: "The proposal drew fire, but the governor
 * said"), and whether it is the subject the English grammar reads ({@link SourceFinder#grammar()})
 * or the previous attribution's source (stacking: the ranker learns when to trust the grammar).
 * One definition shared by training and extraction. Public only so that the trainer in the {@code
 * quotekit-eval} module can use it; applications do not need it. Immutable and thread-safe.
 */
public final class SourceFeatures {
  /** How far from the cue, in tokens on each side, candidates are looked for. */
  public static final int WINDOW = 40;

  private static final Set<String> NP_TAGS = Set.of("DET", "ADJ", "NOUN", "PROPN", "NUM");
  private static final Set<String> POSSESSIVES = Set.of("his", "her", "their", "its", "our",
      "my", "your");
  /** Words that stand for people by themselves ("many fear ..."). */
  private static final Set<String> QUANTIFIERS = Set.of("some", "both", "all", "each", "several",
      "many", "few", "most", "others", "none");
  /** Quantifiers that may stand after their noun phrase ("they have all said"). */
  private static final Set<String> FLOATING = Set.of("all", "both", "each");
  private static final Set<String> RELATIVES = Set.of("who", "which", "that", "whom", "whose");

  /** The features (stateless: one instance serves every thread). */
  public SourceFeatures() {}

  /**
   * One candidate mention: tokens {@code start} (inclusive) to {@code end} (exclusive) of the
   * cue's sentence, and its features.
   *
   * @param start index of its first token
   * @param end index after its last token
   * @param features its context for the ranker
   */
  public record Candidate(int start, int end, String[] features) {
    /** Checks the range. */
    public Candidate {
      Objects.requireNonNull(features, "features");
      if (start < 0 || end <= start) {
        throw new IllegalArgumentException("token range must be non-empty: " + start + ".." + end);
      }
    }

    /** The candidate's span in the article's text. */
    public Span span(AnalyzedArticle article, List<Token> toks) {
      return Span.of(article.text(), toks.get(start).start(), toks.get(end - 1).end());
    }
  }

  /**
   * The candidates of {@code cue} in token order.
   *
   * @param context the article and what the stages found so far
   * @param cue the cue
   * @param attribution the cue's content (its parts); its source is not read
   * @param previousSource the previous attribution's source in the sentence, or null
   * @param grammar the source {@link SourceFinder#grammar()} reads, or null
   */
  public List<Candidate> candidates(AttributionContext context, CueHit cue,
      QuoteCandidate attribution, Span previousSource, Span grammar) {
    AnalyzedArticle a = context.article();
    List<Token> toks = a.tokens(cue.sentence());
    List<String> tags = a.tags(cue.sentence());
    int n = toks.size();
    int lo = Math.max(0, cue.first() - WINDOW);
    int hi = Math.min(n, cue.last() + 1 + WINDOW);
    String[] lower = new String[n];
    boolean[] inContent = new boolean[n];
    // one token more on each side: the word before and after a candidate at the window's edge
    for (int k = Math.max(0, lo - 1); k < Math.min(n, hi + 1); k++) {
      lower[k] = toks.get(k).text().toLowerCase(Locale.ROOT);
      inContent[k] = ContentFeatures.overlaps(toks.get(k), attribution.parts());
    }
    int contentSide = contentSide(attribution, toks, cue);
    List<int[]> chunks = chunks(toks, lower, tags, inContent, lo, cue.first());
    int left = chunks.size();
    chunks.addAll(chunks(toks, lower, tags, inContent, cue.last() + 1, hi));
    String lem = cue.lemma().toLowerCase(Locale.ROOT);
    String form = form(lower[cue.first()]);
    int[] subjectRank = subjectRanks(tags, chunks, left);
    int firstSubject = 0; // the first chunk a verb follows (its rank is not 0), or none
    while (firstSubject < chunks.size() && subjectRank[firstSubject] == 0) {
      firstSubject++;
    }
    String opens = opens(cue.first() > 0 ? lower[cue.first() - 1] : "<s>");
    List<Candidate> out = new ArrayList<>(chunks.size());
    for (int i = 0; i < chunks.size(); i++) {
      int s = chunks.get(i)[0];
      int e = chunks.get(i)[1];
      boolean isLeft = i < left;
      String side = isLeft ? "L" : "R";
      int rank = isLeft ? left - i : i - left + 1;
      int d = isLeft ? cue.first() - e : s - cue.last() - 1;
      int head = head(tags, s, e);
      String hw = lower[head];
      String ht = tags.get(head);
      String kind = kind(lower, tags, s, e, nameBeforeVerb(toks, tags, e - 1));
      // what lies between the candidate and the cue
      int from = isLeft ? e : cue.last() + 1;
      int to = isLeft ? cue.first() : s;
      int commas = 0;
      int verbs = 0;
      boolean mark = false;
      boolean content = false;
      String conj = "-";
      for (int k = from; k < to; k++) {
        commas += lower[k].equals(",") ? 1 : 0;
        verbs += tags.get(k).equals("VERB") || tags.get(k).equals("AUX") ? 1 : 0;
        mark |= ContentFeatures.isQuoteMark(lower[k]);
        content |= inContent[k];
        String tk = tags.get(k);
        if (tk.equals("SCONJ") || tk.equals("CCONJ")) {
          conj = lower[k].equals("and") || lower[k].equals("or") ? "a" : "s";
        }
      }
      String before = s > 0 ? lower[s - 1] : "<s>";
      String after = e < n ? lower[e] : "</s>";
      int startOffset = toks.get(s).start();
      int endOffset = toks.get(e - 1).end();
      boolean byGrammar = overlaps(grammar, startOffset, endOffset);
      boolean previous = overlaps(previousSource, startOffset, endOffset);
      String db = ContentFeatures.bucket(d);
      String rk = Integer.toString(Math.min(rank, 4));
      List<String> f = new ArrayList<>(32);
      f.add("s=" + side);
      f.add("d=" + side + db);
      f.add("r=" + side + rk);
      f.add("hw=" + hw);
      f.add("ht=" + side + ht);
      f.add("fw=" + lower[s]);
      f.add("k=" + side + kind);
      f.add("kr=" + side + kind + rk);
      f.add("len=" + ContentFeatures.bucket(e - s));
      f.add("pw=" + side + before);
      f.add("nw=" + side + after);
      f.add("pwk=" + before + kind);
      f.add("c=" + side + Math.min(commas, 3));
      f.add("v=" + side + Math.min(verbs, 3));
      f.add("cv=" + side + Math.min(commas, 2) + "," + Math.min(verbs, 2) + "," + rk);
      f.add("m=" + side + mark);
      f.add("ic=" + side + content);
      f.add("cs=" + side + contentSide);
      f.add("g=" + byGrammar);
      f.add("gk=" + byGrammar + side + kind);
      f.add("p=" + previous);
      f.add("lem=" + side + lem);
      f.add("lemr=" + side + rk + lem);
      f.add("form=" + side + rk + form);
      f.add("start=" + side + (s == 0));
      f.add("cap=" + side + Character.isUpperCase(toks.get(head).text().charAt(0)));
      String pt = s > 0 ? tags.get(s - 1) : "<s>";
      String nt = e < n ? tags.get(e) : "</s>";
      String sr = Integer.toString(subjectRank[i]);
      f.add("pt=" + side + pt);
      f.add("nt=" + side + nt);
      f.add("sr=" + side + sr);
      f.add("sro=" + side + sr + opens + form);
      f.add("fs=" + side + (i == firstSubject) + opens);
      f.add("lsr=" + side + sr + lem);
      String wc = headClass(lower[head], ht);
      f.add("wc=" + side + wc);
      f.add("wcr=" + side + rk + wc);
      f.add("wcs=" + side + sr + wc);
      f.add("cj=" + side + conj + "," + Math.min(verbs, 2));
      f.add("cjs=" + side + conj + sr);
      out.add(new Candidate(s, e, f.toArray(String[]::new)));
    }
    return out;
  }

  /**
   * The noun phrases among tokens {@code from..to} (exclusive) outside the content: runs of
   * {@link #NP_TAGS} (a possessive pronoun may open one, "'s" may join two), personal or
   * relative pronouns alone, a possessive pronoun alone when no noun follows it before the cue or
   * the content, and names the tagger missed ({@link #nameBeforeVerb}, {@link #genitiveName}).
   */
  private static List<int[]> chunks(List<Token> toks, String[] lower, List<String> tags,
      boolean[] inContent, int from, int to) {
    List<int[]> out = new ArrayList<>();
    int k = from;
    while (k < to) {
      if (inContent[k]) {
        k++;
        continue;
      }
      String t = tags.get(k);
      if (t.equals("PRON") && !POSSESSIVES.contains(lower[k])) {
        out.add(new int[] {k, k + 1});
        k++;
        continue;
      }
      if (t.equals("ADV") && nameBeforeVerb(toks, tags, k)) {
        out.add(new int[] {k, k + 1});
        k++;
        continue;
      }
      if (!NP_TAGS.contains(t) && !(t.equals("PRON") && POSSESSIVES.contains(lower[k]))
          || TimePhrases.isTimeAdverb(lower[k])) {
        k++;
        continue;
      }
      int s = k;
      k++;
      while (k < to && !inContent[k] && !TimePhrases.isTimeAdverb(lower[k])
          && (NP_TAGS.contains(tags.get(k)) || isGenitive(lower[k])
          && k + 1 < to && NP_TAGS.contains(tags.get(k + 1)))) {
        k++;
      }
      if (hasNominal(tags, s, k) || k - s == 1 && QUANTIFIERS.contains(lower[s])
          || nameBeforeVerb(toks, tags, k - 1) || genitiveName(toks, lower, s)) {
        out.add(new int[] {s, k});
      } else if (POSSESSIVES.contains(lower[s])) {
        out.add(new int[] {s, s + 1}); // the owner of what follows: "her vow", "his recent call"
      }
    }
    return out;
  }

  /**
   * For each chunk, 0 when no verb follows it (an adverb may stand between), else how many such
   * subject-like chunks lie between it and the cue on its side, plus one, at most 3.
   */
  private static int[] subjectRanks(List<String> tags, List<int[]> chunks, int left) {
    int[] out = new int[chunks.size()];
    int seen = 0;
    for (int i = left - 1; i >= 0; i--) {
      if (verbFollows(tags, chunks.get(i)[1])) {
        out[i] = Math.min(++seen, 3);
      }
    }
    seen = 0;
    for (int i = left; i < chunks.size(); i++) {
      if (verbFollows(tags, chunks.get(i)[1])) {
        out[i] = Math.min(++seen, 3);
      }
    }
    return out;
  }

  /** Whether {@code span} (possibly null) overlaps offsets {@code start..end}, making no span. */
  private static boolean overlaps(Span span, int start, int end) {
    return span != null && span.start() < end && start < span.end();
  }

  /** What the word before the cue says of its clause: a comma or "to" opens a dependent one. */
  private static String opens(String before) {
    return before.equals(",") || before.equals("to") ? before : "-";
  }

  /** Whether a verb or auxiliary opens token {@code k} on, after any adverbs. */
  private static boolean verbFollows(List<String> tags, int k) {
    while (k < tags.size() && tags.get(k).equals("ADV")) {
      k++;
    }
    return k < tags.size() && (tags.get(k).equals("VERB") || tags.get(k).equals("AUX"));
  }

  /**
   * Whether token {@code k} is a capitalised word the tagger read as an adjective or adverb right
   * before a verb: a name in subject position ("Trump said", "Schlafly then discussed").
   */
  private static boolean nameBeforeVerb(List<Token> toks, List<String> tags, int k) {
    String t = tags.get(k);
    return (t.equals("ADJ") || t.equals("ADV"))
        && Character.isUpperCase(toks.get(k).text().charAt(0)) && verbFollows(tags, k + 1);
  }

  /**
   * Whether token {@code k} is a capitalised word the tokenizer left its possessive on
   * ("Trump’s", which the tagger reads as a determiner): a name owning what follows.
   */
  private static boolean genitiveName(List<Token> toks, String[] lower, int k) {
    String w = lower[k];
    return (w.endsWith("'s") || w.endsWith("’s")) && w.length() > 2
        && Character.isUpperCase(toks.get(k).text().charAt(0));
  }

  private static boolean isGenitive(String w) {
    return w.equals("'s") || w.equals("\u2019s") || w.equals("'") || w.equals("\u2019");
  }

  private static boolean hasNominal(List<String> tags, int s, int e) {
    for (int k = s; k < e; k++) {
      String t = tags.get(k);
      if (t.equals("NOUN") || t.equals("PROPN") || t.equals("NUM")) {
        return true;
      }
    }
    return false;
  }

  /** The last noun or name of the phrase, else its last token. */
  private static int head(List<String> tags, int s, int e) {
    for (int k = e - 1; k >= s; k--) {
      String t = tags.get(k);
      if (t.equals("NOUN") || t.equals("PROPN") || t.equals("PRON")) {
        return k;
      }
    }
    return e - 1;
  }

  /**
   * Whether the word is a quantifier or a reflexive pronoun, which may float after the noun
   * phrase it belongs to ("they were all", "the candidate himself").
   */
  static boolean isFloating(String word) {
    String w = word.toLowerCase(Locale.ROOT);
    return FLOATING.contains(w) || w.endsWith("self") || w.endsWith("selves");
  }

  /** Whether the word is a relative pronoun ("who", "which", "that", ...). */
  static boolean isRelative(String word) {
    return RELATIVES.contains(word.toLowerCase(java.util.Locale.ROOT));
  }

  /**
   * What kind of mention the phrase is: a pronoun (personal or relative), a name, a noun; {@code
   * name} when its last word is a name the tagger missed.
   */
  private static String kind(String[] lower, List<String> tags, int s, int e, boolean name) {
    if (e - s == 1 && tags.get(s).equals("PRON")) {
      return RELATIVES.contains(lower[s]) ? "rel" : "pron";
    }
    for (int k = s; k < e; k++) {
      name |= tags.get(k).equals("PROPN");
    }
    return name ? "name" : "noun";
  }

  /** The WordNet class of a head word's first sense as a noun; its tag for a name or pronoun. */
  private static String headClass(String word, String tag) {
    if (!tag.equals("NOUN")) {
      return tag; // a name's WordNet sense is seldom the one meant ("Sanders": a sander)
    }
    WordClasses.Entry e = WordClasses.english().lookup(word, WordClasses.Pos.NOUN);
    return e == null ? "NOUN?" : e.first();
  }

  /** Where the content lies: left of the cue, right of it, both sides, or nowhere in reach. */
  private static int contentSide(QuoteCandidate attribution, List<Token> toks, CueHit cue) {
    int start = toks.get(cue.first()).start();
    int end = toks.get(cue.last()).end();
    int side = 0;
    for (Span p : attribution.parts()) {
      side |= p.end() <= start ? 1 : 0;
      side |= p.start() >= end ? 2 : 0;
    }
    return side;
  }

  /** The cue word's inflection, as far as its ending shows it. */
  private static String form(String w) {
    if (w.endsWith("ing")) {
      return "ing";
    }
    if (w.endsWith("ed")) {
      return "ed";
    }
    return w.endsWith("s") ? "s" : "-";
  }
}
