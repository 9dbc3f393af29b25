package org.quotekit.rules;

import static org.quotekit.rules.EnglishGrammar.countWords;
import static org.quotekit.rules.EnglishGrammar.hasVerb;
import static org.quotekit.rules.RuleBasedExtractor.lower;

import java.util.List;
import java.util.Set;
import org.quotekit.Span;
import org.quotekit.spi.QuoteCandidate;
import org.quotekit.spi.QuoteRegion;
import org.quotekit.spi.Token;

/**
 * {@link AttributionRule#INDIRECT_CUE_AFTER}: reported speech before its attribution,
 * {@code The plan is dead, the minister said.} One per cue; not thread-safe.
 */
final class IndirectCueAfterRule extends RuleSupport {
  private IndirectCueAfterRule(AttributionContext ctx) {
    super(ctx);
  }

  /**
   * The clause before the cue's comma ("The plan is dead, he said."), or null when no clause
   * stands there or more than an adjunct follows the cue.
   *
   * @param source the cue's subject when it stands before the cue ("..., top officials said
   *     Friday"), or null to look for it after the cue ("..., said Tom Reid, an economist")
   */
  static QuoteCandidate match(CueSite site, Span source) {
    return new IndirectCueAfterRule(site.ctx()).apply(site.hit(), site.toks(), site.tags(),
        source);
  }

  /**
   * Whether a verb stands in tokens {@code [from, to)} outside a relative clause, which runs
   * from its pronoun to the next comma or through its own verb group: "The plan, which was
   * drafted in May, is dead" holds one ("is"), and so does "a crew who had been on duty for 13
   * hours combined to ..." ("combined"); "Another resident, a retired engineer who lives nearby"
   * none, a noun phrase. A verb after "to", "that", "not" or "be" in a relative clause is the
   * clause's ("who asked that his name not be used"), and so is any after a verb of speech ("who
   * said Clinton raped her").
   */
  private boolean verbOutsideRelative(List<Token> toks, List<String> tags, int from,
      int to) {
    boolean relative = false;
    boolean ownVerb = false; // the relative clause's verb group was seen
    boolean reports = false; // and it takes a clause: "who said Clinton raped her"
    boolean inGroup = false;
    for (int k = from; k < to; k++) {
      String w = lower(toks.get(k).text());
      boolean verb = tags.get(k).equals("VERB") || tags.get(k).equals("AUX");
      if (NounPhrases.RELATIVE.contains(w)) {
        relative = true;
        ownVerb = false;
        reports = false;
      } else if (w.equals(",")) {
        relative = false;
      } else if (verb && (!relative || ownVerb && !inGroup && !reports
          && !CLAUSE_LINKS.contains(lower(toks.get(k - 1).text())))) {
        return true;
      } else if (verb) {
        reports |= !ownVerb && ctx.lexicon().lemmaOf(w).isPresent();
        ownVerb = true;
      }
      inGroup = verb;
    }
    return false;
  }

  /** Words after which a verb in a relative clause is still the clause's. */
  private static final Set<String> CLAUSE_LINKS = Set.of("to", "that", "not", "be", "n't");
  /**
   * Cues that take an object, which a noun phrase after them is, not an inverted subject: "...,
   * denied the allegation", "rejected the claims", but "..., said the minister".
   */
  private static final Set<String> OBJECT_CUES = Set.of("deny", "reject", "dismiss", "dispute",
      "refute", "contest", "defend", "welcome", "criticise", "criticize", "condemn", "question",
      "challenge", "acknowledge", "admit", "slam", "blast");
  /** The words that open an object after such a cue ("the allegation", "his claims"). */
  private static final Set<String> OBJECT_OPENERS = Set.of("the", "this", "that", "these",
      "those", "its", "his", "her", "their", "any", "all", "such");

  private QuoteCandidate apply(CueHit hit, List<Token> toks, List<String> tags, Span source) {
    int f = hit.first();
    int comma;
    Span src = source;
    if (src != null) {
      int k = NounPhrases.indexOfTokenAt(toks, src.start());
      comma = k - 1;
    } else {
      comma = f - 1;
      if (lower(toks.get(f).text()).endsWith("ing")) {
        return null; // "..., adding pressure on negotiators": no participle's subject follows it
      }
      src = g.phrases().withNameApposition(toks, tags, g.rightSource(toks, tags, hit.last() + 1));
      if (src != null && OBJECT_CUES.contains(hit.lemma()) && hit.last() + 1 < toks.size()
          && OBJECT_OPENERS.contains(lower(toks.get(hit.last() + 1).text()))) {
        return null; // "X, the director, denied the allegation, saying": an object, no speaker
      }
    }
    if (comma < 1 || !toks.get(comma).text().equals(",")) {
      return null;
    }
    if (!g.onlyAdjunctAfter(toks, tags, hit.last() + 1, src)) {
      return null;
    }
    int start = g.clauseStart(toks, comma);
    if (countWords(toks, start, toks.get(comma).start()) < 3 || !hasVerb(toks, tags, start, comma)
        || !verbOutsideRelative(toks, tags, start, comma)) {
      return null; // "The day after the primary, Gov. Ducey called ...": no clause, no content;
      // "Another resident, a retired engineer who lives nearby, blamed ...": a subject
    }
    List<Span> parts = List.of(Span.of(text, toks.get(start).start(), toks.get(comma).start()));
    ctx.markUsed(parts.get(0).start(), parts.get(0).end());
    return new QuoteCandidate(RuleBasedExtractor.typeOf(parts, top), parts, hit.cue(), src, 0.75,
        AttributionRule.INDIRECT_CUE_AFTER.id());
  }
}
