package org.quotekit.internal;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.quotekit.Span;
import org.quotekit.spi.Token;

/**
 * Reads a cue in the passive, whose subject is the one spoken to or about, not the speaker:
 * "Workers were told by managers that their jobs were safe", "The plan was drafted by two
 * delegates", "She was jeered and heckled by the crowd", where the speaker is the agent
 * after "by". The auxiliary may stand inside the cue ("was jeered") or before it, and the
 * participle may be irregular ("is seen by", "was found ... by"); a few words of the occasion, an
 * object pronoun or a second participle may stand between it and "by" ("was explained to her
 * by", "was appointed to the panel in 2019 by"). A participle of feeling keeps its subject, who
 * felt it ("was surprised by the result"), and "by" naming a means or a time ("by phone", "by
 * Friday") names no agent. The rule patterns and the learned source stage take the agent as the
 * source. Without an agent ("Residents have been warned that the river may rise") they keep the
 * subject: the rule patterns keep an unquoted clause only with a source, and on PolNeAR train
 * dropping it there lost attributions (overlap F1 .743 -> .742 under `rules`). A participle
 * clause of its own ("Asked whether she would run, Lenz said") has the agent after "by" as its
 * source, or none: the main clause's subject is the one asked ({@link #participleClause}).
 * Stateless and thread-safe.
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
  /** How many words may stand between a passive cue and "by". */
  private static final int GAP = 6;
  /** The tags of a phrase of the time or the occasion ("on Monday", "last week"). */
  private static final Set<String> GAP_TAGS = Set.of("ADP", "DET", "ADJ", "NOUN", "PROPN",
      "NUM", "ADV");
  /** Past participles that do not end in "-ed" ("is seen by", "was written by"). */
  private static final Set<String> IRREGULAR_PARTICIPLES = Set.of("seen", "found", "written",
      "brought", "known", "shown", "given", "told", "heard", "taken", "held", "made", "thought",
      "drawn", "led", "sought", "done", "chosen", "spoken", "taught", "sent", "put", "set",
      "struck", "won", "beaten", "caught", "kept", "met", "paid", "sold", "understood",
      "forgotten", "sworn", "thrown", "withdrawn", "overheard", "overseen", "upheld", "read",
      "said", "cast", "shaken", "torn", "overtaken", "shot", "hit");
  /**
   * Participles of feeling, whose passive subject is the one who feels ("was surprised by the
   * result", "is worried by the polls"): the agent is the cause, not the speaker.
   */
  private static final Set<String> FEELINGS = Set.of("surprised", "worried", "concerned",
      "alarmed", "troubled", "disappointed", "encouraged", "heartened", "pleased", "delighted",
      "frustrated", "angered", "outraged", "shocked", "impressed", "offended", "saddened",
      "dismayed", "disturbed", "bothered", "annoyed", "amused", "confused", "puzzled", "baffled",
      "stunned", "excited", "thrilled", "moved", "inspired", "convinced", "persuaded",
      "intrigued", "irritated", "fascinated", "unimpressed", "embarrassed", "horrified",
      "appalled", "relieved", "satisfied", "struck", "frightened", "scared", "terrified",
      "infuriated", "incensed", "enraged", "disgusted", "insulted", "humiliated", "reassured",
      "comforted");
  /** Words opening an agent that the tagger may read as adverbs ("by most analysts"). */
  private static final Set<String> QUANTIFIERS = Set.of("most", "many", "some", "nearly",
      "almost", "about", "roughly", "only");
  /** Heads of a "by" phrase that name how a message came, not who sent it ("by phone"). */
  private static final Set<String> MEANS = Set.of("phone", "telephone", "cellphone", "email",
      "e-mail", "mail", "text", "fax", "video", "videoconference", "videolink", "skype", "zoom",
      "satellite", "teleconference", "letter", "post", "courier", "messenger", "hand", "radio",
      "telegram", "cable", "wire", "way");

  private PassiveHearers() {}

  /**
   * The agent that "by" names after a passive cue ("were told by [managers] that", "was jeered
   * and heckled by [the crowd]"): the noun phrase after "by" when the cue from token {@code
   * first} to {@code last} holds a participle after a form of "be" ("were also told", "has been
   * voiced loudly"), or is a telling's participle opening a clause of its own; null otherwise,
   * and for a participle of feeling or a "by" of means or time.
   *
   * @param text the article's text
   * @param toks the sentence's tokens
   * @param tags their tags
   * @param first the cue's first token
   * @param last the cue's last token
   */
  public static Span agent(String text, List<Token> toks, List<String> tags, int first,
      int last) {
    if (passiveTelling(toks, tags, first) || participleClause(toks, tags, first)
        || passiveParticiple(toks, tags, first, last) && !quotedAsSaying(toks, last)) {
      return byPhrase(text, toks, tags, last);
    }
    return null;
  }

  /**
   * Whether the cue is "quoted" or "cited" and its clause goes on with "as" and a participle
   * ("was quoted by Dravpress as saying", "was cited by the agency as having warned"): the one
   * quoted spoke, and the agent after "by" only passed the words on.
   */
  private static boolean quotedAsSaying(List<Token> toks, int last) {
    String cue = toks.get(last).text().toLowerCase(Locale.ROOT);
    if (!cue.equals("quoted") && !cue.equals("cited")) {
      return false;
    }
    for (int k = last + 1; k + 1 < toks.size() && k <= last + GAP + 4; k++) {
      String w = toks.get(k).text().toLowerCase(Locale.ROOT);
      if (w.equals("as")) {
        String next = toks.get(k + 1).text().toLowerCase(Locale.ROOT);
        return next.endsWith("ing") || next.equals("having");
      }
      if (w.equals(",") || "\"\u201c\u201d\u00ab\u00bb".indexOf(w.charAt(0)) >= 0) {
        return false;
      }
    }
    return false;
  }

  /**
   * Whether a token of the cue from {@code first} to {@code last} is a participle, not of
   * feeling, after a form of "be" in the cue or before it ("was jeered", "has been voiced").
   */
  private static boolean passiveParticiple(List<Token> toks, List<String> tags, int first,
      int last) {
    for (int k = first; k <= last; k++) {
      String w = toks.get(k).text().toLowerCase(Locale.ROOT);
      if (tags.get(k).equals("VERB") && isParticiple(w) && !FEELINGS.contains(w)
          && afterBe(toks, tags, k)) {
        return true;
      }
    }
    return false;
  }

  /** Whether the lower-case word has the form of a past participle. */
  private static boolean isParticiple(String w) {
    return w.length() > 3 && w.endsWith("ed") || IRREGULAR_PARTICIPLES.contains(w);
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
   * The noun phrase after a "by" right after token {@code last}, or after a few words between
   * ({@link #inGap}); null when there is none, or when it names a means or a time ("by phone",
   * "by Friday").
   */
  private static Span byPhrase(String text, List<Token> toks, List<String> tags, int last) {
    int k = last + 1;
    while (k < toks.size() && k <= last + GAP && !toks.get(k).text().equalsIgnoreCase("by")
        && inGap(toks, tags, k)) {
      k++;
    }
    if (k >= toks.size() || !toks.get(k).text().equalsIgnoreCase("by")) {
      return null;
    }
    int start = k + 1;
    // "by her son", "by most analysts" (the tagger reads "most" as an adverb)
    int end = start < toks.size()
        && (POSSESSIVES.contains(toks.get(start).text().toLowerCase(Locale.ROOT))
        || QUANTIFIERS.contains(toks.get(start).text().toLowerCase(Locale.ROOT))) ? start + 1
        : start;
    while (end < toks.size() && (AGENT_TAGS.contains(tags.get(end))
        && !TimePhrases.isTimeAdverb(toks.get(end).text().toLowerCase(Locale.ROOT))
        || toks.get(end).text().equals("'s") || toks.get(end).text().equals("\u2019s"))) {
      end++;
    }
    if (end == start || isMeans(toks.get(end - 1).text())
        || TimePhrases.english().isTime(toks, tags, start, end)) {
      return null;
    }
    return Span.of(text, toks.get(start).start(), toks.get(end - 1).end());
  }

  /**
   * Whether a "by" phrase's last word names a means ("by phone", "by post"); a capitalised one is
   * a name ("reported by The Post").
   */
  private static boolean isMeans(String head) {
    return Character.isLowerCase(head.charAt(0)) && MEANS.contains(head);
  }

  /**
   * Whether token {@code k} may stand between a passive cue and its "by": a word of a phrase of
   * the time or the occasion ("on Monday", "to the panel"), an object pronoun ("explained to
   * her"), or "and" or "or" with a second participle ("jeered and heckled").
   */
  private static boolean inGap(List<Token> toks, List<String> tags, int k) {
    String t = tags.get(k);
    if (GAP_TAGS.contains(t)) {
      return true;
    }
    if (t.equals("PRON")) {
      return !toks.get(k).text().equalsIgnoreCase("that");
    }
    if (t.equals("CCONJ")) {
      return k + 1 < toks.size() && isParticiple(toks.get(k + 1).text().toLowerCase(Locale.ROOT));
    }
    return t.equals("VERB") && tags.get(k - 1).equals("CCONJ")
        && isParticiple(toks.get(k).text().toLowerCase(Locale.ROOT));
  }
}
