package org.quotekit.rules;

import static org.quotekit.rules.EnglishGrammar.isQuoteMark;
import static org.quotekit.rules.RuleBasedExtractor.lower;

import java.util.List;
import java.util.Set;
import org.quotekit.Span;
import org.quotekit.spi.Token;

/**
 * {@link AttributionRule#PARTICIPLE}: a second cue that continues the attribution before it in the
 * same sentence, after a comma as a participle ({@code ..., adding that ...}) or after a
 * conjunction ({@code ... and accused ...}); it speaks for the earlier source, or for the
 * sentence's subject. Stateless.
 */
final class ParticipleRule {
  private ParticipleRule() {}

  /**
   * Whether the cue continues the previous attribution of its sentence, whose source is
   * {@code previousSource} (null when there is none).
   */
  static boolean continuesPrevious(CueSite site, Span previousSource) {
    if (previousSource == null) {
      return false;
    }
    int prev = tokenBefore(site);
    List<Token> toks = site.toks();
    if (prev >= 0 && toks.get(prev).text().equals(",") && subordinate(site, previousSource)) {
      return false; // "X sustained an objection when Y asked ..., saying": X's participle
    }
    return prev >= 0 && (toks.get(prev).text().equals(",")
        && lower(toks.get(site.first()).text()).endsWith("ing")
        || site.tags().get(prev).equals("CCONJ"));
  }

  /**
   * Whether the earlier source is the subject of a clause a subordinating conjunction opens after
   * the sentence's own subject ("Judge Ainsworth ruled when [Lutz] asked ..."): a participle
   * after a comma then speaks for the main clause.
   */
  private static boolean subordinate(CueSite site, Span previousSource) {
    List<Token> toks = site.toks();
    int k = NounPhrases.indexOfTokenAt(toks, previousSource.start());
    return k > 1 && k < site.first() && (site.tags().get(k - 1).equals("SCONJ")
        && !lower(toks.get(k - 1).text()).equals("that")
        || CLAUSE_OPENERS.contains(lower(toks.get(k - 1).text())));
  }

  /** Words that open a subordinate clause, whatever the tagger reads them as ("when": ADV). */
  private static final Set<String> CLAUSE_OPENERS = Set.of("when", "while",
      "after", "before", "as", "because", "since", "until", "although", "though", "if");

  /**
   * The subject that a cue after a conjunction shares with the verb before it ("Graham called it
   * crazy and said ..."), or null when no conjunction stands before the cue.
   */
  static Span sharedSubject(CueSite site) {
    int prev = tokenBefore(site);
    if (prev > 0 && site.tags().get(prev).equals("CCONJ")) {
      return site.grammar().phrases().sentenceSubject(site.toks(), site.tags(), prev);
    }
    return null;
  }

  /** Index of the token before the cue, quote marks skipped, or -1. */
  private static int tokenBefore(CueSite site) {
    int prev = site.first() - 1;
    while (prev >= 0 && isQuoteMark(site.toks().get(prev).text())) {
      prev--;
    }
    return prev;
  }
}
