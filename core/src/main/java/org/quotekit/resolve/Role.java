package org.quotekit.resolve;

import java.util.Collections;
import java.util.HashSet;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.quotekit.internal.Abbreviations;
import org.quotekit.internal.Ages;

/**
 * A description of an entity as the article gives it: a title ("Sen."), a modifier before a name
 * ("Clinton spokesman"), an apposition ("the US envoy to the coalition") or a resolved definite
 * description. Immutable.
 *
 * @param text the words as written, without a sentence's full stop that a closing acronym
 *     took ("of NFH." is "of NFH"; "Acme Inc." and "the A.F.L.-C.I.O." keep theirs)
 * @param head the role noun, lower case ("senator" for "Sen.", "envoy")
 * @param modifiers lower-case words before the head that tell descriptions apart ("american")
 * @param start offset of the description in the article
 */
record Role(String text, String head, Set<String> modifiers, int start) {
  /** Modifiers that make a post another one below it: a deputy governor is no governor. */
  private static final Set<String> RANKS_BELOW = Set.of("deputy", "vice", "assistant",
      "associate", "under", "sub", "junior");

  /**
   * The word after "chief" in a chief officer's post, and the acronym the post goes by ("chief
   * financial officer", "the CFO").
   */
  private static final Map<String, String> CHIEF_OFFICERS = Map.of("financial", "cfo",
      "operating", "coo", "technology", "cto", "information", "cio", "marketing", "cmo");

  /** A role noun, then what it is of, for or to, named in capitals ("representative of Chad"). */
  private static final Pattern COMPLEMENT = Pattern.compile(
      "([\\p{L}-]+)[ \\t]+(?:of|for|to)[ \\t]+(?:the[ \\t]+)?(\\p{Lu}[\\p{L}'\u2019-]*)");

  Role {
    if (text.endsWith(".")) { // the sentence's full stop, which a closing acronym took
      int word = text.lastIndexOf(' ') + 1;
      if (text.indexOf('.', word) == text.length() - 1
          && !Abbreviations.isAbbreviation(text, word, text.length())) {
        // "officer of NFH.", not "of Acme Inc." nor "of the A.F.L.-C.I.O."
        text = text.substring(0, text.length() - 1);
      }
    }
    Set<String> words = new HashSet<>(modifiers);
    head = postHead(head, words);
    modifiers = Set.copyOf(words);
  }

  /**
   * The head noun of a post whose last word only says it is an office: "executive" for "chief
   * executive officer", which is the chief executive ("CEO", "the chief executive"), the word
   * taken out of {@code modifiers}; the acronym of another chief officer's post ("cfo" for
   * "chief financial officer", which "the CFO" continues); else {@code head} itself.
   */
  static String postHead(String head, Set<String> modifiers) {
    if (!head.equals("officer") || !modifiers.contains("chief")) {
      return head;
    }
    if (modifiers.remove("executive")) {
      return "executive";
    }
    for (Map.Entry<String, String> e : CHIEF_OFFICERS.entrySet()) {
      if (modifiers.remove(e.getKey())) {
        return e.getValue(); // "chief financial officer" is the CFO
      }
    }
    return head;
  }

  /**
   * What a description or role with this head noun is of, for or to, when the text names it in
   * capitals after the head: the first word of that name, lower case ("dalmuri" for "the
   * representative of Dalmuri", "secretary-general" for "Special Representative of the
   * Secretary-General"); null when it names none, or only a time, a title, a role or a polity
   * noun ("nominee for the Nov. 8 election", "secretary of State").
   */
  static String complementOf(String text, String head, SpeakerLexicon lexicon) {
    Matcher m = COMPLEMENT.matcher(text);
    while (m.find()) {
      if (ArticleScan.roleWord(m.group(1).toLowerCase(Locale.ROOT)).equals(head)) {
        String w = m.group(2);
        return lexicon.is(SpeakerLexicon.Kind.TIME, w) || lexicon.is(SpeakerLexicon.Kind.TITLE, w)
            || lexicon.is(SpeakerLexicon.Kind.ROLE, w) || lexicon.is(SpeakerLexicon.Kind.POLITY, w)
            ? null : w.toLowerCase(Locale.ROOT);
      }
    }
    return null;
  }

  /**
   * Whether a definite description with this head and these modifiers may refer to the entity this
   * role describes: same head or a synonym ("lawyer", "attorney"), and either every distinguishing
   * modifier of the description is among this role's modifiers ("the Democratic nominee" for
   * "Democratic presidential nominee Hillary Clinton"), or this role has no distinguishing modifier
   * at all, places aside ("the Democratic senator" for "Massachusetts Sen. Elizabeth Warren"),
   * unless both name places and none the same ("the England captain" is not "India captain X").
   * Generic modifiers such as "former" never distinguish; a rank below the post ("deputy",
   * "vice") always does.
   */
  boolean fits(String otherHead, Set<String> otherModifiers, SpeakerLexicon lexicon) {
    if (!lexicon.roleHead(head).equals(lexicon.roleHead(otherHead))) {
      return false;
    }
    if (rankBelowMissingFrom(otherModifiers)) {
      return false; // "the governor" is not "Deputy Governor Tess Dizon"
    }
    if (otherPlace(otherModifiers, lexicon)) {
      return false; // "the England captain" is not "India captain Vikram Sethi"
    }
    int distinguishing = 0;
    for (String m : modifiers) {
      if (distinguishes(m, lexicon) && !lexicon.is(SpeakerLexicon.Kind.PLACE, m)) {
        distinguishing++;
      }
    }
    if (distinguishing == 0) {
      return true;
    }
    for (String m : otherModifiers) {
      if (!modifiers.contains(m) && distinguishes(m, lexicon)) {
        return false;
      }
    }
    return true;
  }

  /**
   * Whether a description with this head and these modifiers contradicts this role: both name a
   * party and the description's is not this role's ("the Republican nominee" for "Democratic
   * presidential nominee Hillary Clinton"), or a relation's words and the role's have none in
   * common ("Pereira's mother" for "Sandhu's mother, Gurmeet Kaur"), or both name places and none
   * the same ("the England captain" for "India captain X"). Other modifiers contradict
   * nothing: the article may not have given them ("the Massachusetts senator" for "Democratic
   * Sen. Elizabeth Warren").
   */
  boolean contradicts(String otherHead, Set<String> otherModifiers, SpeakerLexicon lexicon) {
    if (!head.equals(otherHead)) {
      return false;
    }
    if (Resolution.RELATIONS.contains(head)) { // "Pereira's mother" is not "Sandhu's mother"
      Set<String> mine = new HashSet<>(modifiers);
      mine.removeIf(m -> !distinguishes(m, lexicon));
      Set<String> theirs = new HashSet<>(otherModifiers);
      theirs.removeIf(m -> !distinguishes(m, lexicon));
      if (!mine.isEmpty() && !theirs.isEmpty() && Collections.disjoint(mine, theirs)) {
        return true;
      }
    }
    if (rankBelowMissingFrom(otherModifiers)) {
      return true; // "the former secretary" is not "the deputy press secretary"
    }
    if (otherPlace(otherModifiers, lexicon)) {
      return true; // "the England captain" is not "India captain Vikram Sethi"
    }
    if (modifiers.stream().noneMatch(m -> party(m, lexicon))) {
      return false;
    }
    return otherModifiers.stream().anyMatch(m -> party(m, lexicon) && !modifiers.contains(m));
  }

  /**
   * Whether this role holds a rank below the post ("deputy", "vice") that the other modifiers
   * lack: a deputy's post is not the post.
   */
  private boolean rankBelowMissingFrom(Set<String> otherModifiers) {
    for (String m : modifiers) {
      if (RANKS_BELOW.contains(m) && !otherModifiers.contains(m)) {
        return true;
      }
    }
    return false;
  }

  /**
   * Whether this role and the other modifiers both name a place and share none: a post of one
   * country, state or city is not the same post of another.
   */
  private boolean otherPlace(Set<String> otherModifiers, SpeakerLexicon lexicon) {
    boolean mine = false;
    for (String m : modifiers) {
      if (lexicon.is(SpeakerLexicon.Kind.PLACE, m)) {
        if (otherModifiers.contains(m)) {
          return false;
        }
        mine = true;
      }
    }
    return mine && otherModifiers.stream().anyMatch(m -> lexicon.is(SpeakerLexicon.Kind.PLACE, m));
  }

  private static boolean party(String modifier, SpeakerLexicon lexicon) {
    return lexicon.is(SpeakerLexicon.Kind.PARTY, modifier);
  }

  /** Whether a modifier tells holders of a post apart: not a generic one, nor an age. */
  private static boolean distinguishes(String modifier, SpeakerLexicon lexicon) {
    return !lexicon.is(SpeakerLexicon.Kind.MODIFIER, modifier) && !Ages.isAge(modifier);
  }
}
