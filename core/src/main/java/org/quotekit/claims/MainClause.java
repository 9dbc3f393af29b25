package org.quotekit.claims;

import java.util.List;
import java.util.Set;
import org.quotekit.Stance;
import org.quotekit.claims.ClaimLexicon.Words;
import org.quotekit.claims.QuantityFinder.Tagged;

/**
 * Reads the main clause of a statement from its tagged tokens: which tokens stand in it, whether
 * it has a finite verb, a negation or a hedge. A subordinate clause starts at a subordinator
 * ("if", "even if", "because", "unless", "though": the {@code subordinator} words of the
 * lexicon; "as" only at the start, {@code leading_subordinator}) and runs to the next comma, or,
 * at the start of the statement, to the verb after its own ("if elected he could ..."). A
 * relative clause starts at a relative pronoun ("who", "which", "that" after a noun or an
 * adjective) and runs to the next comma or to the verb after its own ("patients who may have
 * kidney problems | were not included"). Stateless and thread-safe.
 */
final class MainClause {
  private static final String CLAUSE_BREAKS = ",;:\u2013\u2014";
  /** What follows the apostrophe of a contracted verb: "'s", "'re", "'ll". */
  private static final Set<String> CONTRACTED_VERBS =
      Set.of("s", "re", "m", "ve", "ll", "d");

  /** Tags after "'s" that make it the verb "is": "Street's a", "Trump's not". */
  private static final Set<String> BEFORE_MODIFIER = Set.of("DET", "PART", "ADV", "ADJ", "ADP");
  /** Words after which a verb describes the noun that follows: "the proposed law". */
  private static final Set<String> ATTRIBUTIVE_BEFORE = Set.of("the", "a", "an", "every", "each",
      "its", "their", "our", "his", "my", "your");
  /** Tags that may open what follows a verb: "stole anything", "embodies the", "plans to". */
  private static final Set<String> COMPLEMENT_START =
      Set.of("DET", "PRON", "ADP", "NUM", "PART", "ADJ", "ADV", "SYM");

  private final ClaimLexicon lexicon;

  MainClause(ClaimLexicon lexicon) {
    this.lexicon = lexicon;
  }

  /**
   * Which of the tokens stand in the main clause. Only a finite verb group (not "to go", not
   * "going") ends a subordinate clause at the start or a relative clause, and a relative clause
   * inside a subordinate clause at the start holds its own verb ("as he appears set to veto a
   * bill that would allow suits" has no main clause).
   */
  boolean[] mask(List<Tagged> t) {
    boolean[] main = new boolean[t.size()];
    boolean adverbial = false;
    boolean relative = false;
    boolean ownVerb = false;
    boolean relativeVerb = false;
    boolean leading = false;
    for (int i = 0; i < t.size(); i++) {
      Tagged w = t.get(i);
      if (CLAUSE_BREAKS.contains(w.lower()) || w.lower().equals("--")) {
        adverbial = false;
        relative = false;
      } else if (!adverbial && !relative && (lexicon.is(Words.SUBORDINATOR, w.lower())
          || i == 0 && lexicon.is(Words.LEADING_SUBORDINATOR, w.lower()))) {
        adverbial = true;
        leading = i == 0;
        ownVerb = false;
      } else if (!relative && (!adverbial || leading) && opensRelative(t, i)) {
        relative = true;
        relativeVerb = false;
      } else if ((relative || adverbial && leading) && startsFiniteVerbGroup(t, i)) {
        if (relative && !relativeVerb) {
          relativeVerb = true;
        } else if (relative) {
          relative = false; // the verb after the relative clause's own is its clause's
        }
        if (!relative && adverbial) {
          adverbial = !ownVerb; // "if elected he could ..."
          ownVerb = true;
        }
      }
      main[i] = !adverbial && !relative;
    }
    return main;
  }

  /**
   * Whether the tokens may be one subordinate clause and nothing else: they open with a
   * subordinator ("as", "if", "although") and hold no clause break ("As the council met on
   * Friday"; not "As it stands, the system accounts for ...").
   */
  boolean mayBeSubordinateOnly(List<Tagged> t) {
    if (t.isEmpty() || !lexicon.is(Words.SUBORDINATOR, t.get(0).lower())
        && !lexicon.is(Words.LEADING_SUBORDINATOR, t.get(0).lower())) {
      return false;
    }
    for (Tagged w : t) {
      if (CLAUSE_BREAKS.contains(w.lower()) || w.lower().equals("--")) {
        return false;
      }
    }
    return true;
  }

  /**
   * Whether the tokens are one infinitive phrase and nothing else: "to" and a verb, no clause
   * break, and no finite verb before a word that opens a clause of its own ("to say whether the
   * licence was at risk"; not "to be honest, we lost", nor the subject "to win it would be
   * great").
   */
  boolean infinitiveOnly(List<Tagged> t) {
    if (t.size() < 2 || !t.get(0).lower().equals("to") || !isVerb(t.get(1))) {
      return false;
    }
    boolean inClause = false;
    for (int i = 2; i < t.size(); i++) {
      String w = t.get(i).lower();
      if (CLAUSE_BREAKS.contains(w) || w.equals("--")) {
        return false;
      }
      inClause |= w.startsWith("wh") || w.equals("how") || w.equals("if")
          || lexicon.is(Words.RELATIVE, w) || lexicon.is(Words.SUBORDINATOR, w);
      if (!inClause && startsFiniteVerbGroup(t, i)) {
        return false;
      }
    }
    return true;
  }

  /**
   * Whether the tokens are a noun phrase with a relative clause and nothing else: the main clause
   * has no finite verb and a relative clause has one ("A new ad that urges voters to vote."); a
   * noun where a verb may stand, in the main clause or right after the relative clause, or a word
   * in "-ed" there, may be the main verb the tagger misread ("Giuliani, who backs Trump,
   * trashed/ADJ Comey"), and a personal pronoun in the main clause has a verb somewhere.
   */
  boolean relativeOnly(List<Tagged> t, boolean[] main) {
    if (hasFiniteVerb(t, main)) {
      return false;
    }
    boolean relative = false;
    for (int i = 1; i < t.size(); i++) {
      if (main[i] && (nounMayBeVerb(t, i) || t.get(i).tag().equals("PRON")
          && lexicon.is(Words.PERSONAL, t.get(i).lower()) && !t.get(i).lower().equals("it"))) {
        return false; // "words and actions amount to ...", "and we ought/ADV to respect ..."
      }
      if (main[i] && !main[i - 1] && relative) {
        int j = i;
        while (j < t.size() && t.get(j).tag().equals("PUNCT")) {
          j++;
        }
        if (j < t.size() && (t.get(j).tag().equals("NOUN") || isVerb(t.get(j))
            || t.get(j).lower().endsWith("ed"))) {
          return false; // "Mr. Trump, who is not taking donations, fits/NOUN that bill"
        }
      }
      relative |= main[i - 1] && !main[i] && opensRelative(t, i);
    }
    return relative;
  }

  /**
   * Whether the token at {@code i} is a relative pronoun after what it describes, or "what" after
   * a noun's preposition ("a rise in what ..."), which opens a clause of its own the same way.
   */
  private static boolean opensRelative(List<Tagged> t, int i) {
    String w = t.get(i).lower();
    if (i == 0) { // a fragment "who runs the port", not the question "Who runs it?"
      return Character.isLowerCase(t.get(i).token().text().charAt(0))
          && (w.equals("who") || w.equals("whom") || w.equals("whose") || w.equals("which"));
    }
    int b = i - 1;
    while (b > 0 && isQuoteMark(t.get(b))) {
      b--; // general “legal matters” that ...
    }
    String before = t.get(b).tag();
    if (w.equals("who") || w.equals("whom") || w.equals("whose") || w.equals("which")) {
      return true;
    }
    return w.equals("that") && (before.equals("NOUN") || before.equals("PROPN")
        || before.equals("ADJ") || before.equals("NUM"))
        || w.equals("what") && before.equals("ADP") && b > 0
        && t.get(b - 1).tag().equals("NOUN"); // "a rise in what its director called ..."
  }

  private static boolean isQuoteMark(Tagged w) {
    return w.lower().length() == 1 && ClaimText.isQuoteMark(w.lower().charAt(0));
  }

  private static boolean isVerb(Tagged w) {
    return w.tag().equals("VERB") || w.tag().equals("AUX");
  }

  /**
   * Whether token {@code i} is a verb that does not continue a verb group ("may | have"). An
   * auxiliary after a full verb starts one ("the pump that failed | is fixed"): auxiliaries come
   * first in their group.
   */
  private static boolean startsVerbGroup(List<Tagged> t, int i) {
    if (!isVerb(t.get(i))) {
      return false;
    }
    int j = i - 1;
    while (j >= 0 && (t.get(j).tag().equals("PART") || t.get(j).tag().equals("ADV"))) {
      j--;
    }
    return j < 0 || !isVerb(t.get(j))
        || t.get(i).tag().equals("AUX") && t.get(j).tag().equals("VERB");
  }

  /** Whether token {@code i} starts a verb group that is finite: not "to be", not "going". */
  private static boolean startsFiniteVerbGroup(List<Tagged> t, int i) {
    return startsVerbGroup(t, i) && !t.get(i).lower().endsWith("ing")
        && (i == 0 || !t.get(i - 1).lower().equals("to")) && !attributive(t, i)
        && !afterPreposition(t, i);
  }

  /**
   * Whether token {@code i} stands right after a preposition: a preposition takes a noun, so a
   * "verb" there is a noun the tagger misread ("over pay", "for work"), no finite verb.
   */
  private static boolean afterPreposition(List<Tagged> t, int i) {
    return i > 0 && t.get(i - 1).tag().equals("ADP")
        && PREPOSITIONS.contains(t.get(i - 1).token().text()); // as written: the tagger also
        // reads a noun that opens a sentence as one ("Attendance/ADP had doubled")
  }

  /** Prepositions that take a noun, never a finite verb, after them. */
  private static final Set<String> PREPOSITIONS = Set.of("over", "for", "of", "in", "on", "at",
      "by", "with", "about", "against", "from", "into", "without", "under", "during", "between",
      "among", "through", "across", "despite", "toward", "towards", "amid");

  /**
   * Whether verb {@code i} describes the noun after it, right after an article, "every", "each"
   * or a possessive ("every affected passenger", "the proposed law", "its revised plan").
   */
  private static boolean attributive(List<Tagged> t, int i) {
    if (i == 0 || i + 1 >= t.size() || !t.get(i + 1).tag().equals("NOUN")
        && !t.get(i + 1).tag().equals("ADJ")) {
      return false;
    }
    return ATTRIBUTIVE_BEFORE.contains(t.get(i - 1).lower());
  }

  /**
   * Whether the main clause has a finite verb group: one that starts neither after "to" ("to be
   * brought") nor with an "-ing" form. A plural-looking noun after a determiner and a noun and
   * before a determiner, number or preposition counts as the verb the tagger took for a noun
   * ("the port handles between ...", "it handles 1,200 boxes").
   */
  boolean hasFiniteVerb(List<Tagged> t, boolean[] main) {
    for (int i = 0; i < t.size(); i++) {
      if (!main[i]) {
        continue;
      }
      Tagged w = t.get(i);
      if (startsFiniteVerbGroup(t, i) || nounForVerb(t, i)
          || w.tag().equals("PRON") && isContracted(w.lower())) {
        return true;
      }
    }
    return false;
  }

  /**
   * Whether the tokens have nothing that may be a verb: no verb of any form, no contracted verb
   * ("isn't", "Street's a"), no noun the tagger may have taken for a verb (one after a noun or
   * pronoun and before a determiner, pronoun, preposition, number or modifier: "the clinic stole
   * anything", "Trump embodies the"); "The Donald.", "A real disgrace.", "Sometimes.". Words in
   * title case are never verbless, the tagger cannot read them ("Voters Abandon Party"), but one
   * word alone is no title.
   */
  boolean verbless(List<Tagged> t) {
    int capitalised = 0;
    int words = 0;
    for (int i = 0; i < t.size(); i++) {
      Tagged w = t.get(i);
      String text = w.token().text();
      if (Character.isLetter(text.charAt(0))) {
        words++;
        capitalised += Character.isUpperCase(text.charAt(0)) ? 1 : 0;
      }
      if (isVerb(w) && !afterPreposition(t, i) || lexicon.hasNegativeSuffix(w.lower())
          || contractedBeforeModifier(t, i)
          || nounMayBeVerb(t, i) || nounForVerb(t, i)
          || w.tag().equals("PRON") && isContracted(w.lower())) {
        return false;
      }
    }
    if (words == 1) {
      return true; // one word is no title however it is written: "Sometimes."
    }
    return words > 0 && capitalised * 2 <= words;
  }

  /** Whether token {@code i} ends with "'s" and a word that is no noun follows ("Street's a"). */
  private static boolean contractedBeforeModifier(List<Tagged> t, int i) {
    String w = t.get(i).lower();
    return (w.endsWith("'s") || w.endsWith("\u2019s")) && i + 1 < t.size()
        && BEFORE_MODIFIER.contains(t.get(i + 1).tag());
  }

  /**
   * Whether token {@code i} is a noun after a noun or pronoun (or an "-s" noun after an adjective)
   * and before a verb's complement.
   */
  private static boolean nounMayBeVerb(List<Tagged> t, int i) {
    if (i == 0 || i + 1 >= t.size() || !t.get(i).tag().equals("NOUN")) {
      return false;
    }
    String before = t.get(i - 1).tag();
    String after = t.get(i + 1).tag();
    boolean subject = before.equals("NOUN") || before.equals("PROPN") || before.equals("PRON")
        || before.equals("ADJ") && t.get(i).lower().endsWith("s"); // "the ferry/ADJ leaves"
    return subject
        && COMPLEMENT_START.contains(after);
  }

  /** Whether a pronoun holds a contracted verb, as the tokenizer keeps it: "there's", "we're". */
  private static boolean isContracted(String w) {
    int mark = Math.max(w.lastIndexOf('\''), w.lastIndexOf('\u2019'));
    return mark > 0 && CONTRACTED_VERBS.contains(w.substring(mark + 1));
  }

  /**
   * Whether token {@code i} is a finite verb the tagger took for a noun: a plural-looking noun
   * after a personal pronoun or "the" and a noun, before an object or preposition ("the board
   * meets the"), or a past tense that is a noun too, there, or before an adverb or the end ("the
   * debt rose in March"). Not before "to": "the campaign's efforts to ..." is a noun phrase.
   */
  private boolean nounForVerb(List<Tagged> t, int i) {
    if (i == 0 || i >= t.size() || !t.get(i).tag().equals("NOUN")) {
      return false;
    }
    String word = t.get(i).lower();
    boolean past = PAST_FORMS.contains(word);
    if (!past && (!word.endsWith("s") || word.endsWith("ss"))) {
      return false;
    }
    if (i + 1 == t.size()) { // the clause ends on it: "the revenue rose", not "a middle ground"
      return CLOSING_PAST_FORMS.contains(word) && subjectBefore(t, i, true);
    }
    int a = i + 1;
    while (a + 1 < t.size() && isQuoteMark(t.get(a))) {
      a++; // the U.S. needs \u201creal reform\u201d
    }
    String after = t.get(a).tag();
    boolean amount = after.equals("NOUN") && Character.isDigit(t.get(a).token().text().charAt(0));
    return subjectBefore(t, i, past) && (after.equals("DET") || after.equals("NUM") || amount
        || after.equals("ADP") || after.equals("PRON")
        || past && (after.equals("ADV") || after.equals("PUNCT") && a == t.size() - 1));
  }

  /**
   * Whether the words before token {@code i} may be its subject: a personal pronoun, or a noun
   * or name after a determiner ("the debt"), or, before a {@code past} tense, in a noun phrase
   * without one that opens the clause ("prices rose", "oil prices fell"; a plural there is
   * more often a noun phrase's head: "golf courses as wasted space").
   */
  private boolean subjectBefore(List<Tagged> t, int i, boolean past) {
    String before = t.get(i - 1).tag();
    return before.equals("PRON") && lexicon.is(Words.PERSONAL, t.get(i - 1).lower())
        || (before.equals("NOUN") || before.equals("PROPN")) && (i >= 2
            && t.get(i - 2).tag().equals("DET") && !afterNonFiniteVerb(t, i - 2)
            || past && bareNounPhraseBefore(t, i));
  }

  /**
   * Whether the words before token {@code i} are a noun phrase without a determiner that opens
   * the clause: nouns, names, adjectives and numbers only ("prices", "oil prices", "quarterly
   * sales"), the subject of a past tense the tagger took for a noun ("prices rose sharply").
   */
  private static boolean bareNounPhraseBefore(List<Tagged> t, int i) {
    for (int k = 0; k < i; k++) {
      String tag = t.get(k).tag();
      if (!tag.equals("NOUN") && !tag.equals("PROPN") && !tag.equals("ADJ")
          && !tag.equals("NUM")) {
        return false;
      }
    }
    return true;
  }

  /** Past tenses of {@link #PAST_FORMS} that end a clause more often than the noun does. */
  private static final Set<String> CLOSING_PAST_FORMS = Set.of("rose", "fell", "won", "lost");

  /**
   * Past tenses that are nouns too, which the tagger reads as nouns after a subject ("the debt
   * rose in March", "shares fell sharply", "the deal fell through").
   */
  private static final Set<String> PAST_FORMS = Set.of("rose", "fell", "saw", "felt", "left",
      "found", "won", "lost", "led", "wound", "ground", "shot");

  /**
   * Whether token {@code i} follows an infinitive or an "-ing" form (a verb, or a noun the tagger
   * took for one), whose object it then opens ("to publish | the inspection reports of ...",
   * "of raising | the port fees by ..."), so that it opens no subject.
   */
  private static boolean afterNonFiniteVerb(List<Tagged> t, int i) {
    if (i == 0) {
      return false;
    }
    Tagged before = t.get(i - 1);
    return before.lower().endsWith("ing") && (isVerb(before) || before.tag().equals("NOUN"))
        || isVerb(before) && i >= 2 && t.get(i - 2).lower().equals("to");
  }

  /**
   * Whether the main clause holds a negation ("not", "no", "never", "didn't"); "No. 2" and a
   * contrast after a comma (", not by an attack") are none.
   */
  boolean negated(List<Tagged> t, boolean[] main) {
    for (int i = 0; i < t.size(); i++) {
      String w = t.get(i).lower();
      if (main[i] && (lexicon.is(Words.NEGATION, w) || lexicon.hasNegativeSuffix(w)
          || w.equals("n't") || w.equals("n\u2019t")) && !isNumberSign(t, i)
          && !contrastive(t, main, i)) {
        return true;
      }
    }
    return false;
  }

  /**
   * Whether the "not" at {@code i} opens a phrase set against the predicate before it, after a
   * comma or dash ("caused by a fault, not by an attack", "safe -- not dangerous"), which it does
   * not negate; "If elected, not a single family will pay" has its verb after the "not".
   */
  private static boolean contrastive(List<Tagged> t, boolean[] main, int i) {
    if (i == 0 || !t.get(i).lower().equals("not")) {
      return false;
    }
    String before = t.get(i - 1).lower();
    if (!before.equals(",") && !before.equals("--") && !before.equals("\u2013")
        && !before.equals("\u2014")) {
      return false;
    }
    for (int j = 0; j < i; j++) {
      if (main[j] && startsFiniteVerbGroup(t, j)) {
        return true;
      }
    }
    return false;
  }

  /** Whether token {@code i} is the "No." of "No. 2". */
  private static boolean isNumberSign(List<Tagged> t, int i) {
    String w = t.get(i).lower();
    int next = w.equals("no.") ? i + 1 : w.equals("no") && i + 1 < t.size()
        && t.get(i + 1).lower().equals(".") ? i + 2 : -1;
    return next > 0 && next < t.size() && Character.isDigit(t.get(next).lower().charAt(0));
  }

  /**
   * Whether the main clause is hedged: a hedge word ("may", "probably"; not a capitalised word
   * inside the statement, which is a name such as "May"), or a personal pronoun opening a clause
   * whose verb is a hedging cue ("I think", "we do believe", "I don't think", "they expect",
   * "she believed").
   */
  boolean hedged(List<Tagged> t, boolean[] main) {
    for (int i = 0; i < t.size(); i++) {
      if (!main[i]) {
        continue;
      }
      Tagged w = t.get(i);
      if (lexicon.is(Words.HEDGE, w.lower())
          && !(i > 0 && Character.isUpperCase(w.token().text().charAt(0)))) {
        return true;
      }
      if (w.tag().equals("PRON") && lexicon.is(Words.PERSONAL, w.lower()) && opensClause(t, i)) {
        int j = i + 1;
        while (j < t.size() && (t.get(j).tag().equals("AUX") || t.get(j).tag().equals("PART"))
            && j - i <= 2) {
          j++;
        }
        if (j < t.size() && hedgingVerb(t.get(j).lower())) {
          return true;
        }
      }
    }
    return false;
  }

  /**
   * Whether token {@code i} opens a clause: it starts the statement or follows punctuation, a
   * conjunction or an adverb ("but I think", "frankly, I think"; not "what he believed").
   */
  private static boolean opensClause(List<Tagged> t, int i) {
    if (i == 0) {
      return true;
    }
    String before = t.get(i - 1).tag();
    return before.equals("PUNCT") || before.equals("CCONJ") || before.equals("ADV");
  }

  /** Whether {@code w} is a form of a hedging cue: "think", "thinks", "believed", "expected". */
  private boolean hedgingVerb(String w) {
    return lexicon.stanceOfForm(w) == Stance.HEDGES;
  }
}
