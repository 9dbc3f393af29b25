package org.quotekit.rules;

import java.util.List;
import java.util.Set;
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
 * follows ("Presenter Gemma Achterberg stepped in: "..."). One per article; not thread-safe.
 */
final class ColonRule extends RuleSupport {
  /** The stage, stateless. */
  static final AttributionStage STAGE =
      new SimpleStage("colons", context -> new ColonRule(context).colons());

  /** Personal pronouns that may open a clause before a colon as its subject. */
  private static final Set<String> SUBJECT_PRONOUNS = Set.of("He", "She", "They");
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

  /** Quotations opened right after {@code Name:}. */
  private void colons() {
    AnalyzedArticle a = ctx.article();
    for (int i = 0; i < top.size(); i++) {
      QuoteRegion r = top.get(i);
      if (ctx.isUsed(i) || !r.closed()) {
        continue;
      }
      int k = r.open() - 1;
      while (k >= 0 && (text.charAt(k) == ' ' || text.charAt(k) == '\u00A0')) {
        k--;
      }
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

  /** Attributes quotation {@code i} to {@code source}, with the colon at {@code colon} as cue. */
  private void attribute(int i, int colon, Span source, double confidence) {
    ctx.markUsed(i);
    ctx.add(new QuoteCandidate(QuoteType.DIRECT, List.of(top.get(i).inner()),
        new Cue(Span.of(text, colon, colon + 1), ":"), source, confidence,
        AttributionRule.COLON.id()));
  }
}
