package org.quotekit.rules;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import org.quotekit.Cue;
import org.quotekit.QuoteType;
import org.quotekit.Span;
import org.quotekit.spi.AnalyzedArticle;
import org.quotekit.spi.QuoteCandidate;
import org.quotekit.spi.QuoteRegion;
import org.quotekit.spi.Sentence;
import org.quotekit.spi.Token;

/**
 * {@link AttributionRule#COLON}: quotations introduced by a name and a colon, {@code Pew
 * Research: "..."} (round-ups, live blogs, "Bush: ..."), that no cue has taken. The words
 * right before the colon must be a name (the last tagged as a proper noun, capitalised words
 * before it, "and" or "&amp;" joining two): "Watch:" or "in 1987:" is no source; or the colon
 * ends a clause whose subject, a name or "he", "she" or "they" opening the sentence, a verb
 * follows ("Presenter Gemma Achterberg stepped in: "..."). The same stage reads {@link
 * AttributionRule#CAPTION}: a soundbite on the line under a caption that names its speaker, as
 * broadcasters' websites print them. One per article; not thread-safe.
 */
final class ColonRule extends RuleSupport {
  /** The stage, stateless. */
  static final AttributionStage STAGE =
      new SimpleStage("colons", context -> {
        ColonRule rule = new ColonRule(context);
        rule.colons();
        rule.captions();
      });

  /** Personal pronouns that may open a clause before a colon as its subject. */
  private static final Set<String> SUBJECT_PRONOUNS = Set.of("He", "She", "They");
  /** The copulas of a clause that says how someone spoke ("was blunt:"). */
  private static final Set<String> COPULAS = Set.of("was", "is", "were", "are", "remained",
      "sounded", "seemed", "appeared");
  /** Adjectives of the manner of speaking, after a copula before a colon and a quotation. */
  private static final Set<String> MANNER = Set.of("defiant", "blunt", "adamant", "emphatic",
      "unapologetic", "unrepentant", "direct", "candid", "frank", "firm", "categorical",
      "dismissive", "scathing", "succinct", "terse", "upbeat", "optimistic", "pessimistic",
      "cautious", "circumspect", "unequivocal", "forthright", "philosophical", "sanguine",
      "bullish", "gloomy", "effusive", "unmoved", "unimpressed", "unconvinced", "sceptical",
      "skeptical", "scornful", "furious", "livid", "apologetic", "contrite", "diplomatic",
      "undiplomatic", "defensive", "combative", "resolute", "insistent", "pragmatic",
      "downbeat", "unbowed", "undeterred", "withering", "curt", "brusque",
      "measured", "emotional", "tearful", "jubilant", "elated", "bitter");
  /** At most this many words make the name before the colon. */
  private static final int MAX_WORDS = 6;

  private ColonRule(AttributionContext ctx) {
    super(ctx);
  }

  /**
   * The end of the subject of a clause that runs to a colon before a quotation when that subject
   * is a name, capitalised words with a proper noun last ("Presenter Gemma Achterberg stepped
   * in:"), or a personal pronoun ("She added simply:"), opening the sentence, and a verb follows
   * it before the colon at token {@code last}; 0 otherwise ("The sign read:" names no one).
   */
  private static int clauseSubjectEnd(List<Token> toks, List<String> tags, int last) {
    int k = 0;
    if (tags.get(0).equals("PRON") && SUBJECT_PRONOUNS.contains(toks.get(0).text())) {
      k = 1;
    } else {
      while (k < last && Character.isUpperCase(toks.get(k).text().charAt(0))
          && (tags.get(k).equals("PROPN") || tags.get(k).equals("NOUN"))) {
        k++;
      }
      if (k == 0 || !tags.get(k - 1).equals("PROPN")) {
        return 0;
      }
    }
    for (int v = k; v <= last && v - k < MAX_WORDS; v++) {
      if (tags.get(v).equals("VERB")) {
        return k;
      }
      if (!tags.get(v).equals("ADV") && !tags.get(v).equals("AUX")) {
        return 0; // the verb must follow the subject, past an adverb or auxiliary at most
      }
    }
    return 0;
  }

  /**
   * The subject, {@code [start, end)} in tokens, of a clause that says how someone spoke with a
   * copula and an adjective of manner right before the colon ("the president was defiant:",
   * "The mayor, Pedro Gil, was blunt:", "She was more direct:"): a noun phrase opening the
   * sentence or following a fronted clause and its comma ("Asked if he would resign, ..."); null
   * when there is none ("The sign was clear:" has no adjective of manner a sign may be).
   */
  private static int[] stanceSubject(List<Token> toks, List<String> tags, int last) {
    if (!MANNER.contains(toks.get(last).text().toLowerCase(Locale.ROOT))) {
      return null;
    }
    int copula = last - 1;
    while (copula > 0 && tags.get(copula).equals("ADV")) {
      copula--; // "was typically blunt"
    }
    if (copula < 1 || !COPULAS.contains(toks.get(copula).text().toLowerCase(Locale.ROOT))) {
      return null;
    }
    int start = 0;
    if (tags.get(0).equals("VERB") || tags.get(0).equals("SCONJ") || tags.get(0).equals("ADP")) {
      start = -1; // a fronted clause: the subject follows its comma
      for (int k = 1; k < copula && start < 0; k++) {
        if (toks.get(k).text().equals(",")) {
          start = k + 1;
        }
      }
    }
    int end = copula;
    if (start < 0 || end - start < 1 || end - start > 10) {
      return null;
    }
    String opening = tags.get(start);
    if (!opening.equals("DET") && !opening.equals("PROPN") && !opening.equals("PRON")) {
      return null;
    }
    for (int k = start; k < end; k++) {
      if (tags.get(k).equals("VERB") || tags.get(k).equals("AUX")) {
        return null; // "The man who wrote it was blunt:" is a clause of its own
      }
    }
    if (opening.equals("PRON") && !(end - start == 1
        && SUBJECT_PRONOUNS.contains(capitalised(toks.get(start).text())))) {
      return null;
    }
    if (toks.get(end - 1).text().equals(",")) { // "The mayor, Pedro Gil, was blunt:"
      boolean apposition = false;
      for (int k = start + 1; k < end - 2; k++) {
        apposition |= toks.get(k).text().equals(",");
      }
      return apposition ? new int[] {start, end - 1} : null;
    }
    return new int[] {start, end};
  }

  private static String capitalised(String w) {
    return w.isEmpty() ? w : Character.toUpperCase(w.charAt(0)) + w.substring(1);
  }

  /** Quotations opened right after {@code Name:}. */
  private void colons() {
    AnalyzedArticle a = ctx.article();
    for (int i = 0; i < top.size(); i++) {
      QuoteRegion r = top.get(i);
      int k = ctx.isUsed(i) || !r.closed() ? -1 : beforeOpening(r);
      if (k < 1 || text.charAt(k) != ':') {
        continue;
      }
      int colon = k;
      Sentence s = a.sentenceAt(colon);
      List<Token> toks = a.tokens(s);
      int last = NounPhrases.indexOfTokenAt(toks, colon - 1);
      if (toks.isEmpty() || toks.get(last).end() != colon) {
        continue;
      }
      List<String> tags = a.tags(s);
      int[] stance = stanceSubject(toks, tags, last);
      if (stance != null) { // "Asked if he would resign, the president was defiant: "...""
        attribute(i, colon, Span.of(text, toks.get(stance[0]).start(),
            toks.get(stance[1] - 1).end()), 0.6);
        continue;
      }
      if (!tags.get(last).equals("PROPN")) {
        int subjectEnd = clauseSubjectEnd(toks, tags, last);
        if (subjectEnd > 0) { // "Presenter Gemma Achterberg stepped in: "Let's keep it civil.""
          attribute(i, colon, Span.of(text, toks.get(0).start(), toks.get(subjectEnd - 1).end()),
              0.6);
        }
        continue;
      }
      int first = last;
      int words = 1;
      while (first > 0 && words < MAX_WORDS) {
        String w = toks.get(first - 1).text();
        boolean joins = (w.equals("and") || w.equals("&")) && first > 1
            && Character.isUpperCase(toks.get(first - 2).text().charAt(0));
        if (!Character.isUpperCase(w.charAt(0)) && !joins) {
          break;
        }
        first--;
        words++;
      }
      attribute(i, colon, Span.of(text, toks.get(first).start(), toks.get(last).end()), 0.75);
    }
  }

  /** At most this many characters make a caption line. */
  private static final int MAX_CAPTION = 100;
  /** A caption's first part: capitalised words, a particle or an honorific among them. */
  private static final Pattern CAPTION_NAME = Pattern.compile(
      "\\p{Lu}[\\p{L}.'\u2019-]*(?:[ \t]+(?:\\p{Lu}[\\p{L}.'\u2019-]*|de|da|del|van|von|bin"
      + "|binti|al|el|la|le|\\([\\p{L} ]{1,30}\\))){0,5}");

  /**
   * Soundbites under a caption, as broadcasters' websites print them: a line that names the
   * speaker ("Delmira Cus-Tzib, President, BNTU", "Hon. Rosalind Cadle-Meighan, Minister of
   * Education"), then, on the next line of the same paragraph, a quotation that ends it. The
   * caption's first part, before any comma, is the source; there is no cue. A caption is short,
   * ends in no stop, colon or quotation mark, and is no article's first line.
   */
  private void captions() {
    for (int i = 0; i < top.size(); i++) {
      QuoteRegion r = top.get(i);
      int k = ctx.isUsed(i) || !r.closed() ? -1 : beforeOpening(r);
      if (k < 1 || text.charAt(k) != '\n' || text.charAt(k - 1) == '\n') {
        continue; // the quotation opens a line, right under another
      }
      int lineEnd = k;
      int lineStart = text.lastIndexOf('\n', lineEnd - 1) + 1;
      if (lineStart == 0 || lineEnd - lineStart > MAX_CAPTION || !endsParagraph(r.outerEnd())) {
        continue;
      }
      String line = text.substring(lineStart, lineEnd).strip();
      int comma = line.indexOf(',');
      String name = (comma < 0 ? line : line.substring(0, comma)).strip();
      if (line.isEmpty() || ".!?:;\"\u201C\u201D".indexOf(line.charAt(line.length() - 1)) >= 0
          || line.indexOf('"') >= 0 || line.indexOf('\u201C') >= 0
          || !CAPTION_NAME.matcher(name).matches()) {
        continue;
      }
      int from = text.indexOf(name, lineStart);
      ctx.markUsed(i);
      ctx.add(new QuoteCandidate(QuoteType.DIRECT, List.of(r.inner()), null,
          Span.of(text, from, from + name.length()), 0.7, AttributionRule.CAPTION.id()));
    }
  }

  /**
   * The offset of the last character before quotation {@code r}'s opening mark that is no space
   * (a colon, a line break), or -1 when only spaces stand before it.
   */
  private int beforeOpening(QuoteRegion r) {
    int k = r.open() - 1;
    while (k >= 0 && (text.charAt(k) == ' ' || text.charAt(k) == '\u00A0')) {
      k--;
    }
    return k;
  }

  /** Whether only spaces stand between {@code end} and the end of its paragraph or text. */
  private boolean endsParagraph(int end) {
    for (int k = end; k < text.length(); k++) {
      char c = text.charAt(k);
      if (c == '\n') {
        return k + 1 >= text.length() || text.charAt(k + 1) == '\n';
      }
      if (!Character.isWhitespace(c)) {
        return false;
      }
    }
    return true;
  }

  /** Attributes quotation {@code i} to {@code source}, with the colon at {@code colon} as cue. */
  private void attribute(int i, int colon, Span source, double confidence) {
    ctx.markUsed(i);
    ctx.add(new QuoteCandidate(QuoteType.DIRECT, List.of(top.get(i).inner()),
        new Cue(Span.of(text, colon, colon + 1), ":"), source, confidence,
        AttributionRule.COLON.id()));
  }
}
