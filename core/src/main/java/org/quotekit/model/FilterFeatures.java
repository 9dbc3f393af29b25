package org.quotekit.model;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import org.quotekit.Span;
import org.quotekit.rules.AttributionContext;
import org.quotekit.rules.CueHit;
import org.quotekit.spi.QuoteCandidate;
import org.quotekit.spi.Token;

/**
 * The features a {@link FilterModel} reads of one candidate attribution, seen whole: how sure
 * the cue detector was, the cue's lemma and tag, which rule pattern (if any) fitted it, the
 * content's kind, first word, length, side of the cue and sentence crossing, the content
 * stage's confidence, the source's kind and side, whether the cue lies inside an earlier
 * candidate's content (or the content holds an earlier cue; of the eight candidates before it),
 * whether the content holds a later cue of its sentence and whether that cue has a subject of
 * its own, and where the cue stands in its sentence and the article. A few strings per
 * candidate, no pass over the tokens or the article's candidates. Stateless and thread-safe.
 */
public final class FilterFeatures {
  private static final Set<String> PRONOUNS = Set.of("he", "she", "they", "it", "i", "we",
      "you", "who", "which", "that", "this", "those", "these", "one", "some", "others",
      "many", "both", "all");
  /** How many of the candidates before a candidate its nesting features look at. */
  private static final int NEARBY = 8;
  private static final Pattern SPACES = Pattern.compile("\\s+");
  private static final Set<String> OPENERS = Set.of("that", "to", "if", "whether", "how",
      "what", "why", "when", "the", "a", "an");

  /** A feature extractor. */
  public FilterFeatures() {}

  /**
   * The features of a candidate attribution.
   *
   * @param context the article and the candidates found before this one
   * @param cue the candidate's cue
   * @param candidate the candidate: its content and source as the later stages read them
   * @param rule the id of the rule pattern that fitted the cue, or null when none did
   */
  public String[] features(AttributionContext context, CueHit cue, QuoteCandidate candidate,
      String rule) {
    String text = context.text();
    Span cueSpan = cue.cue().span();
    Span sentence = cue.sentence().span();
    List<String> f = new ArrayList<>(32);
    String p = cue.confidence() >= 1 ? "1" : Integer.toString((int) (cue.confidence() * 20));
    String r = rule == null ? "none" : rule;
    String k = candidate.type().name();
    String w = opener(text, candidate.start());
    String src = sourceKind(candidate.source());
    f.add("bias");
    f.add("p=" + p);
    f.add("r=" + r);
    f.add("l=" + cue.lemma());
    List<String> tags = context.article().tags(cue.sentence());
    List<Token> toks = context.article().tokens(cue.sentence());
    f.add("t=" + tags.get(cue.first()));
    f.add("form=" + cueSpan.text().toLowerCase(Locale.ROOT));
    f.add("before=" + (cue.first() == 0 ? "^" : lower(toks.get(cue.first() - 1))));
    f.add("bt=" + (cue.first() == 0 ? "^" : tags.get(cue.first() - 1)));
    f.add("after=" + (cue.last() + 1 >= toks.size() ? "$" : lower(toks.get(cue.last() + 1))));
    String gap = gap(text, cueSpan, candidate);
    f.add("gap=" + gap);
    f.add("l|gap=" + cue.lemma() + "|" + gap);
    f.add("k=" + k);
    f.add("w=" + w);
    f.add("n=" + lengthBin(candidate));
    f.add("s=" + (candidate.end() <= cueSpan.start() ? "before"
        : candidate.start() >= cueSpan.end() ? "after" : "around"));
    if (candidate.start() < sentence.start() || candidate.end() > sentence.end()) {
      f.add("cross");
    }
    f.add("c=" + (int) (candidate.confidence() * 10));
    f.add("src=" + src);
    if (candidate.source() != null) {
      f.add("ss=" + (candidate.source().end() <= cueSpan.start() ? "before" : "after"));
    }
    // the candidates just before this one, a bounded number, so that an article of thousands
    // of cues costs no more per cue than a short one
    List<QuoteCandidate> earlier = context.candidates();
    boolean inside = false;
    boolean holds = false;
    int sameSentence = 0;
    for (int i = earlier.size() - 1; i >= Math.max(0, earlier.size() - NEARBY); i--) {
      QuoteCandidate e = earlier.get(i);
      if (e.cue() == null) {
        continue;
      }
      Span other = e.cue().span();
      inside |= anyContains(e.parts(), cueSpan);
      holds |= anyContains(candidate.parts(), other);
      if (other.start() >= sentence.start() && other.end() <= sentence.end()) {
        sameSentence++;
      }
    }
    if (inside) {
      f.add("inside");
    }
    if (holds) {
      f.add("holds");
    }
    // a later cue of the sentence inside the content: the content may have run on over
    // another attribution ("said the plan failed, and critics say it cost jobs")
    String later = laterCue(context, cue, candidate, tags);
    if (later != null) {
      f.add("hl");
      f.add("hl|" + later);
      f.add("hl|" + later + "|" + k);
    }
    f.add("prev=" + Math.min(sameSentence, 2));
    int paragraph = context.paragraphOf(cueSpan.start());
    f.add("para=" + Math.min(paragraph, 2));
    if (cue.first() == 0) {
      f.add("initial");
    }
    f.add("p|r=" + p + "|" + r);
    f.add("l|r=" + cue.lemma() + "|" + (rule == null));
    f.add("k|r=" + k + "|" + r);
    f.add("w|r=" + w + "|" + r);
    f.add("p|src=" + p + "|" + src);
    f.add("p|k=" + p + "|" + k);
    return f.toArray(String[]::new);
  }

  /**
   * The content's opening: "q" for a quotation mark, the word when it is one that tells a
   * content's kind ("that", "to", "whether", ...), "other" otherwise.
   */
  private static String opener(String text, int start) {
    if (start >= text.length()) {
      return "other";
    }
    if (!Character.isLetterOrDigit(text.charAt(start))) {
      return "q";
    }
    int end = start;
    while (end < text.length() && end - start < 8 && Character.isLetter(text.charAt(end))) {
      end++;
    }
    String word = text.substring(start, end).toLowerCase(Locale.ROOT);
    return OPENERS.contains(word) ? word : "other";
  }

  /**
   * Whether the content holds a cue of the sentence after this one ({@link
   * AttributionContext#sentenceCues()}): null when it holds none, "subj" when one of them has a
   * subject of its own just before it (a pronoun or a noun, past adverbs and auxiliaries: "he has
   * also said"), "bare" otherwise.
   */
  private static String laterCue(AttributionContext context, CueHit cue, QuoteCandidate c,
      List<String> tags) {
    String found = null;
    for (CueHit h : context.sentenceCues()) {
      if (h.first() <= cue.last() || !anyContains(c.parts(), h.cue().span())) {
        continue;
      }
      int j = h.first() - 1;
      while (j > cue.last() && j > h.first() - 4
          && (tags.get(j).equals("ADV") || tags.get(j).equals("AUX"))) {
        j--;
      }
      String t = j > cue.last() ? tags.get(j) : "";
      if (t.equals("PRON") || t.equals("PROPN") || t.equals("NOUN")) {
        return "subj";
      }
      found = "bare";
    }
    return found;
  }

  private static boolean anyContains(List<Span> parts, Span span) {
    for (Span s : parts) {
      if (s.contains(span)) {
        return true;
      }
    }
    return false;
  }

  private static String lower(Token t) {
    return t.text().toLowerCase(Locale.ROOT);
  }

  /**
   * What stands between the cue and its content ("that", ",", ": \"", nothing), lower-cased;
   * "around" for content on both sides, "long" for more than a few characters.
   */
  private static String gap(String text, Span cue, QuoteCandidate c) {
    int from;
    int to;
    if (c.start() >= cue.end()) {
      from = cue.end();
      to = c.start();
    } else if (c.end() <= cue.start()) {
      from = c.end();
      to = cue.start();
    } else {
      return "around";
    }
    if (to - from > 12) {
      return "long";
    }
    return SPACES.matcher(text.substring(from, to).strip()).replaceAll(" ")
        .toLowerCase(Locale.ROOT);
  }

  /** The content's length in characters, binned. */
  private static String lengthBin(QuoteCandidate c) {
    int length = 0;
    for (Span s : c.parts()) {
      length += s.length();
    }
    return length < 15 ? "xs" : length < 40 ? "s" : length < 80 ? "m" : length < 160 ? "l"
        : length < 320 ? "xl" : "xxl";
  }

  /** "none", "pron" (a pronoun), "name" (capitalised) or "np" (any other noun phrase). */
  private static String sourceKind(Span source) {
    if (source == null) {
      return "none";
    }
    String s = source.text();
    if (PRONOUNS.contains(s.toLowerCase(Locale.ROOT))) {
      return "pron";
    }
    return !s.isEmpty() && Character.isUpperCase(s.charAt(0)) ? "name" : "np";
  }
}
