package org.quotekit.rules;

import static org.quotekit.rules.EnglishGrammar.countWords;
import static org.quotekit.rules.EnglishGrammar.hasVerb;
import static org.quotekit.rules.EnglishGrammar.opensSentence;
import static org.quotekit.rules.RuleBasedExtractor.lower;

import java.util.List;
import java.util.Set;
import org.quotekit.Span;
import org.quotekit.spi.QuoteCandidate;
import org.quotekit.spi.QuoteRegion;
import org.quotekit.spi.Token;

/**
 * {@link AttributionRule#ACCORDING_TO}: a prepositional cue before its source,
 * {@code According to the report, the fund will run dry by 2030.}, with the content after the
 * phrase when it opens the sentence and before it otherwise; on both sides when commas set it
 * inside words that wait for their verb ({@code Both bills, according to the CBO, would cost
 * more}). One per cue; not thread-safe.
 */
final class AccordingToRule extends RuleSupport {
  private AccordingToRule(AttributionContext ctx) {
    super(ctx);
  }

  /**
   * The attribution of a prepositional cue ("according to the poll, ...", "..., per the
   * report"), or null when no source or no content stands beside it.
   */
  static QuoteCandidate match(AttributionContext ctx, CueHit hit) {
    return new AccordingToRule(ctx).apply(hit, ctx.article().tokens(hit.sentence()),
        ctx.article().tags(hit.sentence()));
  }

  /** Relative pronouns that open a clause on the source ("According to X, who heads Y, ..."). */
  private static final Set<String> RELATIVES = Set.of("who", "which", "whose", "whom", "where");

  /**
   * The comma that closes a relative clause on the source, when a comma at {@code k} and a
   * relative pronoun open one ("According to Dr. X, who heads the syndicate, ..."); else {@code
   * k}.
   */
  private int relativeClauseEnd(List<Token> toks, int k) {
    if (k + 1 >= toks.size() || !toks.get(k).text().equals(",")
        || !RELATIVES.contains(lower(toks.get(k + 1).text()))) {
      return k;
    }
    for (int m = k + 2; m < toks.size() && m - k < 25; m++) {
      if (toks.get(m).text().equals(",") && ctx.quotationAt(toks.get(m).start()) < 0) {
        return m;
      }
    }
    return k;
  }

  /**
   * Whether the words after the comma at {@code comma} up to the clause's verb join a list with
   * "and" or "or": the comma ends an item of the content, not an apposition on the source.
   */
  private static boolean listAfter(List<Token> toks, List<String> tags, int comma) {
    for (int k = comma + 1; k < toks.size(); k++) {
      String t = tags.get(k);
      if (t.equals("VERB") || t.equals("AUX")) {
        return false;
      }
      if (t.equals("CCONJ")) {
        return true;
      }
    }
    return false;
  }

  /**
   * The token where the content starts after the cue's phrase ending at {@code afterSource}: past
   * the last comma before the clause's verb ("According to interviews with more than a dozen of
   * his aides, he ...", and past a relative clause on the source: "According to X, who heads Y,
   * ..."), or {@code toks.size()}.
   */
  private int contentStart(List<Token> toks, List<String> tags, int afterSource) {
    int pos = afterSource;
    int from = relativeClauseEnd(toks, afterSource);
    int first = -1;
    for (int k = from; k < toks.size() && k - afterSource < 30; k++) {
      int apposed = k > 0 && k - 1 == pos && toks.get(pos).text().equals(",")
          ? participlePhraseEnd(toks, tags, k) : -1;
      if (apposed > 0) { // "According to the report, published on Tuesday, sales fell"
        k = apposed - 1;
        continue;
      }
      if (tags.get(k).equals("VERB") || tags.get(k).equals("AUX")) {
        break;
      }
      if (toks.get(k).text().equals(",") && ctx.quotationAt(toks.get(k).start()) < 0) {
        first = first < 0 ? k : first;
        pos = k;
      }
    }
    if (first >= 0 && first < pos && listAfter(toks, tags, pos)) {
      pos = first; // "According to Mokoena, an AK-47 rifle, two pistols and ... were": a list
    }
    if (pos < toks.size() && toks.get(pos).text().equals(",")) {
      pos++;
    }
    return pos;
  }

  /**
   * The comma that closes a phrase a past participle opens at {@code k} after the source's comma
   * ("According to the BFC's annual report, published on Tuesday, ..."): a reduced relative on
   * the source, up to eight tokens with no other verb; -1 when there is none.
   */
  private static int participlePhraseEnd(List<Token> toks, List<String> tags, int k) {
    String w = lower(toks.get(k).text());
    if (!tags.get(k).equals("VERB") || !(w.endsWith("ed") || PARTICIPLES.contains(w))) {
      return -1;
    }
    for (int m = k + 1; m < toks.size() && m - k <= 8; m++) {
      if (toks.get(m).text().equals(",")) {
        return m;
      }
      if (tags.get(m).equals("VERB") || tags.get(m).equals("AUX")) {
        return -1;
      }
    }
    return -1;
  }

  /** Irregular past participles that open a phrase on a document ("seen by Reuters"). */
  private static final Set<String> PARTICIPLES = Set.of("seen", "written", "given", "taken",
      "made", "shown", "drawn", "sent");

  /**
   * The rest of the content after a phrase set off by commas inside it, when the words before the
   * phrase have no verb ("Both bills, according to the budget office, would have raised it";
   * "At the heart of it, according to X, a former envoy, was a decision ..."), or null: the
   * words before are a subject or an opening phrase waiting for their clause.
   */
  private Span predicateAfter(List<Token> toks, List<String> tags, int afterSource) {
    if (afterSource >= toks.size() || !toks.get(afterSource).text().equals(",")) {
      return null;
    }
    int pos = contentStart(toks, tags, afterSource);
    if (pos >= toks.size()) {
      return null;
    }
    int end = g.clauseEnd(toks, tags, pos);
    int last = NounPhrases.indexOfTokenAt(toks, end - 1);
    if (countWords(toks, pos, end) < 2 || !hasVerb(toks, tags, pos, last + 1)) {
      return null;
    }
    return Span.of(text, toks.get(pos).start(), end);
  }

  private QuoteCandidate apply(CueHit hit, List<Token> toks, List<String> tags) {
    int f = hit.first();
    int l = hit.last();
    if (!CueLexicon.prepositionBeforeSource(hit.cue().lemma(), toks, tags, l)) {
      return null; // "per cent"
    }
    Span source = g.phrases().rightNp(toks, tags, l + 1);
    if (source == null) {
      return null;
    }
    int afterSource = NounPhrases.indexOfTokenAt(toks, source.end() - 1) + 1;
    List<Span> parts;
    if (opensSentence(toks, tags, f)) {
      int pos = contentStart(toks, tags, afterSource);
      if (pos >= toks.size()) {
        return null;
      }
      int end = g.clauseEnd(toks, tags, pos);
      if (countWords(toks, pos, end) < 2) {
        return null;
      }
      parts = List.of(Span.of(text, toks.get(pos).start(), end));
    } else {
      int stop = toks.get(f - 1).text().equals(",") ? f - 1 : f;
      int start = g.clauseStart(toks, stop);
      Span rest = stop == f - 1 && !hasVerb(toks, tags, start, stop)
          ? predicateAfter(toks, tags, afterSource) : null;
      if (countWords(toks, start, toks.get(stop).start()) < (rest == null ? 2 : 1)) {
        return null;
      }
      Span before = Span.of(text, toks.get(start).start(), toks.get(stop).start());
      parts = rest == null ? List.of(before) : List.of(before, rest);
    }
    parts.forEach(p -> ctx.markUsed(p.start(), p.end()));
    return new QuoteCandidate(RuleBasedExtractor.typeOf(parts, top), parts, hit.cue(), source,
        0.8, AttributionRule.ACCORDING_TO.id());
  }
}
