package org.quotekit.internal;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.quotekit.Span;
import org.quotekit.spi.Token;

/**
 * Reads a cue in the passive whose subject is the one spoken to, not the speaker: "Workers were
 * told by managers that their jobs were safe", where the speaker is the agent after "by". The
 * rule patterns and the learned source stage take the agent as the source. Without an agent
 * ("Residents have been warned that the river may rise") they keep the subject: the rule
 * patterns keep an unquoted clause only with a source, and on PolNeAR train dropping it there
 * lost attributions (overlap F1 .743 -> .742 under `rules`). A participle clause of its own
 * ("Asked whether she would run, Lenz said") has the agent after "by" as its source, or none:
 * the main clause's subject is the one asked ({@link #participleClause}). Stateless and
 * thread-safe.
 */
public final class PassiveHearers {
  /** Participles of verbs whose object is the hearer (or the one asked). */
  private static final Set<String> HEARER_VERBS = Set.of("told", "informed", "assured",
      "reassured", "warned", "advised", "reminded", "notified", "briefed", "asked", "questioned",
      "pressed");
  /** Conjunctions that may open a participle clause ("When asked about ..."). */
  private static final Set<String> CLAUSE_OPENERS = Set.of("when", "if", "once", "after",
      "before", "while", "as", "until", "unless", "though", "although");
  /**
   * What follows the participle of a clause of its own: a question word, "to" or "about", or a
   * preposition of the occasion ("Asked on Fox News who leads", "asked by a reporter whether").
   * After an inverted attribution a name follows instead ('"Why now?" asked Smith').
   */
  private static final Set<String> CLAUSE_CONTINUATIONS = Set.of("whether", "if", "what", "who",
      "whom", "how", "why", "when", "where", "which", "about", "to", "for", "by", "on", "during",
      "at", "in", "after", "again", "repeatedly", "later", "specifically");
  private static final Set<String> BE = Set.of("is", "are", "was", "were", "be", "been",
      "being");
  private static final Set<String> AGENT_TAGS = Set.of("DET", "ADJ", "NOUN", "PROPN", "NUM");
  private static final Set<String> POSSESSIVES = Set.of("his", "her", "its", "their", "our",
      "my", "your");
  /** How many words of a phrase may stand between a passive cue and "by". */
  private static final int GAP = 4;
  /** The tags of a phrase of the time or the occasion ("on Monday", "last week"). */
  private static final Set<String> GAP_TAGS = Set.of("ADP", "DET", "ADJ", "NOUN", "PROPN",
      "NUM", "ADV");

  private PassiveHearers() {}

  /**
   * The agent that "by" names right after a passive telling ("were told by [managers] that"): the
   * noun phrase after "by" when the cue from token {@code first} to {@code last} is such a
   * participle after a form of "be" ("were also told"); null otherwise.
   *
   * @param text the article's text
   * @param toks the sentence's tokens
   * @param tags their tags
   * @param first the cue's first token
   * @param last the cue's last token
   */
  public static Span agent(String text, List<Token> toks, List<String> tags, int first,
      int last) {
    if (passiveTelling(toks, tags, first) || participleClause(toks, tags, first)) {
      return byPhrase(text, toks, tags, last);
    }
    return afterBe(toks, tags, first) && tags.get(first).equals("VERB")
        && toks.get(first).text().endsWith("ed") ? byPhrase(text, toks, tags, last) : null;
  }

  /**
   * Whether the cue at token {@code f} is the participle of a clause of its own, whose hearer is
   * the subject of the sentence's main clause: "Asked whether she would run, Lenz said ...",
   * "When asked about the injury, ...", "Lenz, asked if ..., said". The one asked did not ask;
   * the asker is the agent after "by" ({@link #agent}) or no one the sentence names (PolNeAR
   * gives such a question no source). Not an inverted attribution ('"Why?" asked Smith'), where a
   * name follows the participle.
   */
  public static boolean participleClause(List<Token> toks, List<String> tags, int f) {
    if (!HEARER_VERBS.contains(toks.get(f).text().toLowerCase(Locale.ROOT))) {
      return false;
    }
    int next = f + 1;
    if (next >= toks.size()
        || !CLAUSE_CONTINUATIONS.contains(toks.get(next).text().toLowerCase(Locale.ROOT))) {
      return false;
    }
    int k = f - 1;
    while (k >= 0 && tags.get(k).equals("ADV")
        && !CLAUSE_OPENERS.contains(toks.get(k).text().toLowerCase(Locale.ROOT))) {
      k--;
    }
    if (k < 0) {
      return true;
    }
    String before = toks.get(k).text();
    return before.equals(",") || before.equals("(") || before.equals("\u2014")
        || CLAUSE_OPENERS.contains(before.toLowerCase(Locale.ROOT)) && (k == 0
            || tags.get(k - 1).equals("PUNCT") || tags.get(k - 1).equals("CCONJ"));
  }

  /** Whether token {@code f} is a hearer verb's participle after a form of "be". */
  private static boolean passiveTelling(List<Token> toks, List<String> tags, int f) {
    return HEARER_VERBS.contains(toks.get(f).text().toLowerCase(Locale.ROOT))
        && afterBe(toks, tags, f);
  }

  /** Whether a form of "be" stands before token {@code f}, adverbs aside ("was also told"). */
  private static boolean afterBe(List<Token> toks, List<String> tags, int f) {
    int k = f - 1;
    while (k >= 0 && tags.get(k).equals("ADV")) {
      k--;
    }
    return k >= 0 && BE.contains(toks.get(k).text().toLowerCase(Locale.ROOT));
  }

  /**
   * The noun phrase after a "by" right after token {@code last}, or after a short phrase of the
   * time or the occasion ("announced on Monday by her son"); null when there is none.
   */
  private static Span byPhrase(String text, List<Token> toks, List<String> tags, int last) {
    int k = last + 1;
    while (k < toks.size() && k <= last + GAP && !toks.get(k).text().equalsIgnoreCase("by")
        && GAP_TAGS.contains(tags.get(k))) {
      k++;
    }
    if (k >= toks.size() || !toks.get(k).text().equalsIgnoreCase("by")) {
      return null;
    }
    int start = k + 1;
    int end = start < toks.size()
        && POSSESSIVES.contains(toks.get(start).text().toLowerCase(Locale.ROOT)) ? start + 1
        : start; // "by her son"
    while (end < toks.size() && (AGENT_TAGS.contains(tags.get(end))
        || toks.get(end).text().equals("'s") || toks.get(end).text().equals("\u2019s"))) {
      end++;
    }
    return end > start ? Span.of(text, toks.get(start).start(), toks.get(end - 1).end()) : null;
  }
}
