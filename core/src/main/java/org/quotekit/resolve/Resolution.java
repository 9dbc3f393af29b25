package org.quotekit.resolve;

import static org.quotekit.resolve.ArticleScan.isPossessiveMarker;
import static org.quotekit.resolve.ArticleScan.lower;
import static org.quotekit.resolve.ArticleScan.nameKey;
import static org.quotekit.resolve.ArticleScan.possessive;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.quotekit.Cue;
import org.quotekit.Quote;
import org.quotekit.Span;
import org.quotekit.Speaker;
import org.quotekit.SpeakerKind;
import org.quotekit.internal.SpeakerLabels;
import org.quotekit.internal.Ages;
import org.quotekit.internal.Datelines;
import org.quotekit.internal.SortedSpans;
import org.quotekit.internal.TimePhrases;
import org.quotekit.internal.WordClasses;
import org.quotekit.resolve.PronounResolver.PronounTrace;
import org.quotekit.spi.AnalyzedArticle;
import org.quotekit.spi.Sentence;
import org.quotekit.spi.SpeakerResolution;
import org.quotekit.spi.Token;

/**
 * The speaker resolution of one article, in three steps: (1) {@link ArticleScan} finds every name
 * with its roles; (2) {@link Entities} groups the names into entities and learns their genders;
 * (3) each quote's source mention is read ({@link SourceReading}) as a pronoun, a name, a
 * description, an organisation, a group or an anonymous source, and resolved in text order, so
 * that pronouns and descriptions can refer back to the speakers before them; a document that
 * speaks ("the report said", "a poll found") is given its issuer by {@link DocumentIssuers},
 * a pronoun ("he said", "they argued") the one it stands for by {@link PronounResolver}, and a
 * description ("the senator", "the company's spokesman", "a former aide") the one it stands for
 * by {@link DescriptionAntecedents}. Not thread-safe; one instance per article.
 */
final class Resolution {

  /** A place where an entity is mentioned, as a candidate antecedent of a pronoun. */
  record Anchor(int start, int end, int sentence, int paragraph, boolean subject,
      boolean inQuote, boolean source, Entity entity) {}

  /**
   * Walks the anchors of several lists, each sorted by start, backwards from an offset as one
   * list: the anchor that starts last first, of equals the one of the earlier list.
   */
  static final class Backwards {
    private final List<List<Anchor>> lists;
    private final int[] next;
    private int list = -1;
    private int index = -1;
    private int seen;

    @SafeVarargs
    Backwards(int offset, List<Anchor>... lists) {
      this.lists = List.of(lists);
      next = new int[lists.length];
      for (int i = 0; i < lists.length; i++) {
        next[i] = anchorIndex(lists[i], offset);
      }
    }

    boolean hasNext() {
      for (int i : next) {
        if (i >= 0) {
          return true;
        }
      }
      return false;
    }

    /** The next anchor back; call only when {@link #hasNext} says there is one. */
    Anchor next() {
      list = -1;
      for (int i = 0; i < next.length; i++) {
        if (next[i] >= 0 && (list < 0
            || lists.get(i).get(next[i]).start() > lists.get(list).get(next[list]).start())) {
          list = i;
        }
      }
      index = next[list]--;
      return lists.get(list).get(index);
    }

    /**
     * The next anchor back within a pronoun's reach of sentence {@code s}, the last few sentences
     * and paragraphs, and its cap of candidates; null past them.
     */
    Anchor nextNear(Sentence s) {
      if (!hasNext() || ++seen > PRONOUN_CANDIDATES) {
        return null;
      }
      Anchor a = next();
      return a.paragraph() < s.paragraph() - PRONOUN_PARAGRAPHS
          || a.sentence() < s.index() - PRONOUN_SENTENCES ? null : a;
    }

    /** Which list, by its place among the constructor's, the last anchor came from. */
    int list() {
      return list;
    }

    /** The last anchor's index in its list. */
    int index() {
      return index;
    }
  }

  /** A relative pronoun after the source, then the words before the cue, without a comma. */
  private static final Pattern RELATIVE_SUBJECT =
      Pattern.compile("\\s*,?\\s*(who|which|that)\\b[^,;.!?\"\u201C\u201D]*");
  private static final int MAX_RELATIVE_GAP = 60;
  /** Relative pronouns that may be a whole source mention ("the 1 percent who said"). */
  private static final Set<String> RELATIVES = Set.of("who", "whom", "which", "that");
  /** A share a source stage may cut from "two of whom", "each of which". */
  private static final Pattern QUANTIFIER = Pattern.compile("\\d+|one|two|three|four|five|six"
      + "|seven|eight|nine|ten|each|all|some|many|most|both|several|few|none|half");
  private static final Pattern OF_RELATIVE = Pattern.compile("\\s+of\\s+(?:whom|which)\\b");
  /** Marks between a noun phrase and the relative pronoun after it. */
  private static final Set<String> GAP_MARKS = Set.of(",", "\u2014", "\u2013", "-", "--");
  /** Word classes that end a noun phrase, and those that may stand in one. */
  private static final Set<String> NOUN_TAGS = Set.of("NOUN", "PROPN", "NUM");
  private static final Set<String> PHRASE_TAGS = Set.of("NOUN", "PROPN", "NUM", "ADJ", "DET");
  /** The most words a noun phrase before a relative pronoun is read back over. */
  private static final int MAX_PHRASE_WORDS = 8;
  /** Between a name and a relative pronoun that stands for it: a comma, after brackets. */
  private static final Pattern RELATIVE_GAP =
      Pattern.compile("\\s*(?:\\([^()\\n]{0,40}\\)\\s*)?,\\s*");
  /**
   * Prefixes of a hyphenated post whose last part is a role ("vice-captain"); not "co-", which
   * may make a relation of it ("Vale's co-star").
   */
  private static final Set<String> RANK_PREFIXES = Set.of("vice", "deputy", "assistant",
      "acting", "sub", "under");
  /** How a description of one unnamed person opens ("A neighbour", "Another pal"). */
  static final Pattern ONE_DESCRIBED = Pattern.compile("(?i)(?:a|an|one|another)\\s");

  /**
   * Between a name and a relative pronoun: a comma and a description in apposition, closed by a
   * comma or not ("Harlan Crow, a Texas real estate developer, who"; "Robert Mercer, a longtime
   * donor who"); group 1 is the description's last word, its head.
   */
  private static final Pattern DESCRIBED_GAP = Pattern.compile(
      ",[ \t]+(?:a|an|the)[ \t](?:[^,;:.!?()\"\u201C\u201D\n]{0,80}[ \t])?([a-z-]+),?[ \t]+");
  /** How far before a relative pronoun the name of {@link #DESCRIBED_GAP} may end. */
  private static final int MAX_DESCRIBED_GAP = 100;
  /** A relative pronoun after a description: it closes an apposition ("a super PAC that"). */
  private static final Pattern RELATIVE_AFTER = Pattern.compile("\\s+(?:that|which|who)\\b");
  /** A contracted verb on a pronoun ("He's", "they'd"). */
  private static final Pattern CONTRACTION = Pattern.compile("['\u2019](?:s|re|ll|d|ve|m)$");
  /** Capital letters, with or without periods, as an acronym is written ("U.N.", "FBI"). */
  static final Pattern ACRONYM = Pattern.compile("(?:\\p{Lu}\\.?){2,6}");
  /**
   * The first conjunct of an apposition whose second one the source mention is ("Ruth Ambler, a
   * shipping-supplies manufacturer and [conservative activist], who"): a comma, a determiner,
   * words with no punctuation, then "and" just before the mention.
   */
  private static final Pattern FIRST_CONJUNCT =
      Pattern.compile(",[ \t]+(?:a|an|the)[ \t][^,;:.!?()\"\u201C\u201D\n]*?[ \t]and[ \t]+$");
  /**
   * A present participle, as a cue right after a description opens a reduced relative clause
   * ("Xavier Becerra, a California Democrat supporting Clinton"), not a finite verb.
   */
  private static final Pattern PARTICIPLE = Pattern.compile("\\p{L}{2,}ing\\b");
  /** How far before the source mention {@link #FIRST_CONJUNCT} may start. */
  private static final int CONJUNCT_REACH = 80;
  /** How far into a quotation the comma after a name it opens by addressing may stand. */
  private static final int VOCATIVE_REACH = 40;
  /** "who" straight after a description, no comma between: a restrictive relative clause. */
  private static final Pattern RESTRICTIVE_WHO = Pattern.compile("[ \t]+who[ \t]");
  /**
   * A relative clause with no comma ("The woman whose car was taken said", "the man who found
   * it"): it says which one of many a plain person noun is, someone new.
   */
  private static final Pattern WHICH_ONE = Pattern.compile("[ \t]+(?:who|whose)[ \t]");
  /** A possessive straight before a name ("Saracens' Owen Farrell", "Labour's Jo Reed"). */
  private static final Pattern OWNER_BEFORE_NAME = Pattern.compile("['\u2019]s?[ \t]+");
  /** Up to three words in small letters, the last a post, after a place ("arable farmer "). */
  private static final Pattern PLACED_POST =
      Pattern.compile("(?:[ \t]+\\p{Ll}[\\p{L}-]*){1,3}[ \t]+(?=\\p{Lu})");
  /** Bodies that hear evidence: "the inquest heard from X" is X's. */
  private static final Set<String> HEARINGS = Set.of("inquest", "court", "tribunal", "hearing",
      "jury", "inquiry", "committee", "trial", "panel", "commission");
  /** After "heard": "(evidence) from " before the witness's name. */
  private static final Pattern HEARD_FROM = Pattern.compile(
      "[ \t]+(?:(?:evidence|testimony|submissions?)[ \t]+)?from[ \t]+(?:the[ \t]+)?");
  /** A person's description ending in "at", "of" or "from" right before a body's name. */
  private static final Pattern AFFILIATION_BEFORE = Pattern.compile(
      ",[ \t]+(?:an?|the)[ \t]+((?:[\\p{L}'\u2019-]+[ \t]+){0,3}?\\p{Ll}[\\p{L}-]*)[ \t]+"
      + "(?:at|of|from|with)[ \t]+(?:the[ \t]+)?$");
  /** "and", then up to three words, the last a post in small letters ("and Ngati woman "). */
  private static final Pattern AND_POST =
      Pattern.compile("[ \t]+and(?:[ \t]+[\\p{L}-]+){0,2}[ \t]+\\p{Ll}[\\p{L}-]*[ \t]+"
          + "(?=\\p{Lu})");
  /** A relative pronoun right after a source span, after a comma or not: ", who says". */
  private static final Pattern RELATIVE_NEXT =
      Pattern.compile(",?[ \t]+(?:who|whose|which|that)\\b", Pattern.CASE_INSENSITIVE);
  /** A post that names whose it is: "an attorney for X", "the X's lawyer". */
  private static final Pattern OWNED_POST =
      Pattern.compile("[ \t](?:for|of)[ \t]+(?:the[ \t]+)?\\p{Lu}|\\p{L}['\u2019]s?[ \t]");
  /** ", who is " and its kin before a post, ending where the post starts. */
  private static final Pattern WHO_IS_BEFORE = Pattern.compile(",[ \t]+(who[ \t]+(?:is|was"
      + "|has[ \t]+been|had[ \t]+been|serves[ \t]+as|served[ \t]+as)(?:[ \t]+also)?)[ \t]+$");
  /** A possessive and up to four words in small letters after an owner ("'s chief executive"). */
  private static final Pattern OWNED_ROLE =
      Pattern.compile("['\u2019]s?(?:[ \t]+\\p{Ll}[\\p{L}-]*){1,4}(?=,)");
  /**
   * A post whose holder speaks for an organisation ("spokeswoman", "official", "analyst"), or a
   * part of one ("members", "unit").
   */
  private static final Pattern SPEAKING_FOR = Pattern.compile("(?i)\\b(?:spokes(?:man|woman"
      + "|person|people|men|women)|officials?|representatives?|aides?|staffers?|employees?|"
      + "executives?|lawyers?|attorneys?|analysts?|economists?|sources?|members?|units?|"
      + "researchers?|scientists?|"
      + "teams?|staff|divisions?)\\b");
  /**
   * "A council spokesperson", "a spokesperson for the agency": an organisation noun before a
   * speaking post (group 1) or after it past "for the" (group 2).
   */
  private static final Pattern NOUN_SPEAKING_FOR = Pattern.compile("(?i)(?:an?|the)\\s+(?:"
      + "(\\p{L}+)\\s+spokes(?:man|woman|person)\\b|spokes(?:man|woman|person)\\s+for\\s+the"
      + "\\s+(\\p{L}+)\\s*$)");
  /** How far before a name a speaking post for it may start ("A senior spokesperson for the "). */
  private static final int POST_FOR_REACH = 60;
  /**
   * A speaking post for the body named right after it, with its determiner ("A spokesperson for
   * the", "an official of"), which the source stage cut off with the name's first words.
   */
  private static final Pattern POST_FOR = Pattern.compile("(?i)\\b(?:an?|one|the)\\s+(?:[\\p{Ll}-]+"
      + "\\s+){0,2}(?:spokes(?:man|woman|person)|officials?|representatives?)\\s+(?:for|of|at)"
      + "\\s+(?:the\\s+)?$");
  /**
   * The opening of a reported question right after its cue, no one named to answer it ("asked
   * whether", "asked why"); not "asked that her name be withheld".
   */
  static final Pattern QUESTION_AFTER = Pattern.compile("\\s+(?:whether|if|why|how|what|when)"
      + "\\b");
  /** What joins an organisation to a speaking post after it ("for the", "at"). */
  private static final Pattern AFFILIATION_LINK =
      Pattern.compile("\\s+(?:for|at|of|with|from)\\s+(?:the\\s+)?[\\p{Lu}\\d]");
  /**
   * The comma before a name set beside a description, past up to nine words in small letters
   * that end the description or a relative clause on it, with or without a comma before it ("One
   * engineer who was let go, X,", "One driver, who gave only his first name, X,", "Another
   * rider, a man who gave only his first name, X,"), and past a phrase in small letters set off
   * before that clause ("A man waiting at the stop, who gave only his first name, X,").
   */
  private static final Pattern APPOSITION_COMMA = Pattern.compile(",?(?:[ \t]+\\p{Ll}[\\p{L}-]*)"
      + "{0,9}(?:,(?:[ \t]+\\p{Ll}[\\p{L}-]*){1,9})?,[ \t]+");
  /**
   * The comma before a name set beside a description that a complement with a name in it ends
   * ("Counsel to Ilado community, Barrister Chinedu Okafor,", "A lawyer for Sen. Ana Ruiz, X,",
   * "the union's chairman in Esbjerg, X,").
   */
  private static final Pattern APPOSITION_COMPLEMENT = Pattern.compile(
      "[ \t]+(?:to|of|for|at|in|with|from)(?:[ \t]+[\\p{L}\\d][\\p{L}\\d.'\u2019-]*){1,6},[ \t]+");
  /**
   * A relative clause that gives the name a description goes by, up to the name, past up to three
   * words after the description: ", who only gave her surname as ", ", who gave his name as ",
   * ", who identified himself as ".
   */
  private static final Pattern NAME_GIVEN_AS = Pattern.compile(
      "(?:[ \t]+\\p{Ll}[\\p{L}-]*){0,3},[ \t]+who[ \t]+(?:only[ \t]+)?"
      + "(?:gave|give|gives|identified)[ \t]+(?:only[ \t]+)?(?:his|her|their|him|them)"
      + "(?:self|selves)?[ \t]+(?:(?:first|given|family|last)[ \t]+name|surname|name)?"
      + "[ \t]*(?:only[ \t]+)?as[ \t]+");
  /**
   * "The" before a styled name in an apposition, with the word of a clergy style that opens it
   * ("the Very Revd", "the Most Revd", "the Right Reverend").
   */
  private static final Pattern STYLED = Pattern.compile("the[ \t]+(?:(?:Very|Most|Right)[ \t]+)?");
  /** A dash set off by spaces after a name, opening an aside ("Neil Ashworth \u2013 who"). */
  private static final Pattern DASH_AFTER = Pattern.compile("[ \t]+(?:\u2013|\u2014|--?)[ \t]");
  /** How a description opens with the indefinite article ("a group", "an official"). */
  private static final Pattern ARTICLE_OPENING = Pattern.compile("(?i)an?[ \t]");
  /**
   * A preposition (and "the") right before a name: the name is its object, which no apposition
   * after it describes as a source ("At the Kagiso clinic, a nurse said"); "by", which names an
   * agent ("filed by X, a super PAC that ..."), is no such preposition.
   */
  private static final Pattern PREPOSITION_BEFORE = Pattern.compile(
      "(?i)\\b(?:at|in|on|from|of|for|with|near|outside|inside|to)[ \t]+(?:the[ \t]+)?$");
  /** "and" or "or" and a capitalised word after a description: it opens a list of names. */
  private static final Pattern LIST_AFTER = Pattern.compile("[ \t]+(?:and|or)[ \t]+\\p{Lu}");
  /** Words that join a name to something other than the description before it. */
  private static final Set<String> NOT_DESCRIBING = Set.of("like", "unlike", "with", "without",
      "for", "of", "to", "from", "by", "at", "and", "or", "but", "not", "against", "than", "as");
  /** The body a name belongs to, after it: " of the Labour Alliance", " from Acme Bank". */
  private static final Pattern BODY_AFTER = Pattern.compile("[ \t]+(?:of|from|at)[ \t]+"
      + "(?:the[ \t]+)?\\p{Lu}[\\p{L}'&.-]*(?:[ \t]+(?:\\p{Lu}[\\p{L}'&.-]*|of|for|and|the)){0,6}");
  /** The name in its own script or a short note in brackets after a name: " (\u6797)". */
  private static final Pattern GLOSS_AFTER = Pattern.compile("[ \t]*\\([^()]{1,12}\\)");
  /** A clause saying the name after it is someone's given name ("who gave only his first name"). */
  private static final Pattern GAVE_NAME =
      Pattern.compile("\\b(?:first|given|Christian|family|last) name\\b|\\bsurname\\b"
          + "|\\bname (?:only )?as\\b");
  /**
   * A source that is only a share or a quantity of a group ("64 percent", "Six in 10", "half",
   * "Less than a third", "33%", "others").
   */
  private static final Pattern SHARE = Pattern.compile("(?i)(?:(?:about|nearly|almost|roughly"
      + "|just|only|more than|less than|fewer than|over|under)\\s+)?(?:(?:\\d+(?:\\.\\d+)?"
      + "|[a-z]+(?:-[a-z]+)?)(?:\\s*%|\\s+percent|\\s+per\\s+cent)|(?:\\d+|one|two|three|four|five"
      + "|six|seven|eight|nine)\\s+(?:in|out\\s+of)\\s+(?:\\d+|ten)|half|most|a\\s+(?:third|quarter"
      + "|fifth|majority|minority)|(?:two|three)[- ](?:thirds|quarters)|others|yet\\s+others)");
  /** The share "others" of {@link #SHARE}: the rest of a group. */
  private static final Pattern OTHERS = Pattern.compile("(?i)(?:yet\\s+)?others");
  /**
   * Where a text names the group a share speaks for: after a share ("percent of Democratic
   * voters", group 1), after a quantifier ("Some men", group 2), or as a capitalised plural
   * opening a sentence or following a comma ("Republicans are divided", "That said, Millennials
   * say", group 3).
   */
  private static final Pattern GROUP_OF_SHARE = Pattern.compile(
      "(?:(?:%|\\bpercent|\\bper cent|\\bin (?:10|ten)|\\bhalf|\\bmost|\\bmajority"
      + "|\\bthird|\\bquarter)\\s+of\\s+(?:the\\s+|all\\s+|those\\s+)?"
      + "((?:[\\p{L}-]+\\s+){0,3}?\\p{Ll}+s)\\b"
      + "|\\b(?:Some|Many|Most)\\s+((?:\\p{Ll}[\\p{L}-]*\\s+){0,2}?"
      + "(?:\\p{Ll}*men|\\p{Ll}+s|people))\\b"
      + "|(?:^|(?<=[.!?]\\s)|(?<=\\n)|(?<=,\\s))(\\p{Lu}\\p{Ll}+s)\\s+"
      + "(?:are|were|have|had|say|said)\\b)");
  /**
   * One to three words in small letters before a name, after at most one capitalised word
   * ("retired engineer ", "Navy veteran ").
   */
  private static final Pattern DESCRIBING_WORDS = Pattern.compile(
      "(?:\\p{Lu}\\p{Ll}+[ \t]+)?(?:\\p{Ll}[\\p{L}-]*[ \t]+){1,3}(?=\\p{Lu})");
  /** A question or answer label: group 1 is set for a question. */
  private static final Pattern INTERVIEW_LABEL = Pattern.compile("(Q|Question)|A|Answer");
  private static final Pattern FIRST_INTERVIEW_LABEL =
      Pattern.compile("(?m)^[\\s\"\u201C]*(Q|Question)(?::|\\. )");
  /**
   * The verb of an introduction's sentence that says who spoke with whom, up to the word before
   * the other party ("spoke with", "talked briefly to", "sat down with", "interviewed"); not a
   * passive ("was interviewed by").
   */
  private static final Pattern INTERVIEW_VERB = Pattern.compile("\\b(?:(?:spoke|speaks|talked"
      + "|talks|chatted|sat[ \\t]+down)[ \\t]+(?:\\p{Ll}+[ \\t]+)?(?:with|to)"
      + "|(?<!(?:was|were|been|being)[ \\t])interviewed)[ \\t]");
  /** A title's name after an interview verb: "the" and a capitalised word ("the Chronicle"). */
  private static final Pattern OUTLET_AFTER = Pattern.compile("the[ \\t]+\\p{Lu}");
  /** "He" or "she" just before a verb. */
  private static final Pattern HE_OR_SHE_BEFORE = Pattern.compile("(?i)\\b(?:he|she)[ \\t]+$");
  /** After an interviewer's name. */
  private static final Pattern INTERVIEWS = Pattern.compile("(?:'s|\u2019s)?,?[^.,;]{0,12}?\\b"
      + "(spoke|speaks|talked|talks|asked|asks|interviewed|interviews|sat down|put questions)\\b");
  /**
   * A journalist or outlet left unnamed ("our reporter", "us", "this newspaper", "reporters",
   * "the media").
   */
  private static final String THE_PRESS = "(?:us\\b|(?:reporters|journalists|media)\\b"
      + "|(?:our|this|the|a)\\s+(?:\\w+\\s+)?(?:reporters?|correspondents?|writers?|editors?"
      + "|journalists?|newspaper|paper|magazine|programme|program|show|podcast|press|media)\\b)";
  /**
   * After "spoke", "talked" or "sat down": {@link #THE_PRESS} ("talked to our reporter", "spoke
   * with us", "sat down with this newspaper", "spoke to reporters"), so the person named before
   * the verb is the one interviewed.
   */
  private static final Pattern TO_THE_PRESS = Pattern.compile(
      "(?i)\\s+(?:down\\s+)?(?:to|with)\\s+" + THE_PRESS);
  /** {@link #THE_PRESS} right after an introduction's verb ("spoke to | reporters after"). */
  private static final Pattern PRESS_AFTER_VERB = Pattern.compile("(?i)" + THE_PRESS);
  /**
   * After a person's name: they answer the questions ("took a few questions from reporters",
   * "fielded questions", "answered readers' questions", "agreed to answer questions"), past a
   * relative clause set off by commas ("X, who chairs the board, agreed to answer questions"), so
   * they are the person interviewed.
   */
  private static final Pattern TAKES_QUESTIONS = Pattern.compile("(?:'s|\u2019s)?"
      + "(?:,[ \\t]+(?:who|whose)\\b[^.;:]{1,80}?)?,?[^.,;]{0,12}?"
      + "\\b(?:(?:agreed|agrees|offered|offers)\\s+to\\s+(?:take|answer|field|face)"
      + "|took|takes|answered|answers|fielded|fields|faced|faces)\\s+"
      + "(?:[\\w'\u2019]+\\s+){0,2}questions\\b");
  /** An age set off by commas after a name, up to its second comma: ", 17". */
  private static final Pattern AGE_BEFORE_COMMA = Pattern.compile(",[ \\t]*\\d{1,3}[ \\t]*$");
  /**
   * The paper as the subject of a verb whose object answers the questions after it ("We asked X
   * for his advice", "This newspaper spoke to X"; not "She spoke to X", the interviewer).
   */
  private static final Pattern ASKED_BEFORE = Pattern.compile("(?i)\\b(?:we|i|this (?:newspaper"
      + "|paper|publication|magazine|website|programme|program|station)|our (?:reporter"
      + "|correspondent|\\p{L}+ editor))[ \\t]+(?:\\p{Ll}+[ \\t]+)?(?:asked|spoke to"
      + "|spoke with|talked to|talked with|interviewed|put (?:our|these|your|some) questions to"
      + "|turned to)\\b");
  /** Before a questioner's name, with the title words between: "under questioning by DA X". */
  private static final Pattern QUESTIONED_BY = Pattern.compile("(?i)\\b(?:questioning|questioned|"
      + "cross-examination|cross-examined|examination|examined)\\s+by\\s+(?:the\\s+)?"
      + "(?:[A-Z][\\w.'\u2019-]*\\s+|[a-z]+\\s+){0,5}$");
  /** How far before a name {@link #QUESTIONED_BY} may start. */
  private static final int QUESTIONED_BY_REACH = 60;
  /** Before an interviewer's name. */
  private static final Pattern INTERVIEWER = Pattern.compile("(?i)\\b(reporter|host|anchor|"
      + "correspondent|writer|editor|interviewer|journalist|presenter),?\\s*$"); // "editor, X"

  /** The paragraphs that summarise a story before it names its sources: headline and lead. */
  static final int LEAD_PARAGRAPHS = 2;
  /**
   * By anonymous role noun (the lexicon's, so bounded), an indefinite mention of someone by it
   * ("a Western diplomat"); compiled on first use and shared by all articles.
   */
  private static final Map<String, Pattern> INDEFINITE_ROLE = new ConcurrentHashMap<>();
  /** By head noun, the noun as a word, singular or plural ({@link #headWord}); compiled once. */
  private static final Map<String, Pattern> HEAD_WORD = new ConcurrentHashMap<>();

  /**
   * A description's head noun as a word, singular or plural, any case ("statements" of
   * "statement"); compiled once per noun and shared by all articles.
   */
  static Pattern headWord(String head) {
    return HEAD_WORD.computeIfAbsent(head, h -> Pattern.compile(
        "(?i)\\b" + Pattern.quote(h) + "s?\\b"));
  }

  /**
   * A speech verb just before a name, with no quotation mark but the closing one or sentence
   * end between the quotation and it (", said Steve Elmendorf"); group 1 is the verb.
   */
  private static final Pattern INVERTED_VERB = Pattern.compile(
      "^[\"\u201D\u2019']?[^\"\u201C\u201D.!?;]*\\b(said|says|added|adds|asked|wrote|writes"
      + "|explained|noted)[ \\t]+$");
  /** How far after a quotation the name of an inverted attribution may start. */
  private static final int INVERTED_REACH = 100;
  /** Agent nouns, which may name a person the lexicon does not list ("heckler", "cameraman"). */
  private static final Pattern AGENT_NOUN =
      Pattern.compile("[a-z-]{2,}(?:er|or|ist|ian|ee|man|woman|wife|ess)s?");
  /** "The tribunal's three-member panel": the owner's noun, then what it owns. */
  private static final Pattern OWNER_NOUN_PART = Pattern.compile(
      "(?i)the[ \\t]+(\\p{L}+)(?:'|\u2019)s[ \\t]+(?:[\\p{L}\\d-]+[ \\t]+)?\\p{L}+");
  /** The parts of a body that speak for it ("the court's panel"). */
  private static final Set<String> BODY_PARTS = Set.of("panel", "committee", "bench",
      "tribunal", "board", "chamber");
  /** A body's part and "of" before the body's name: "The three-member panel of the ". */
  private static final Pattern PART_OF = Pattern.compile(
      "(?i)^(?:the|a|an)[ \t]+(?:[\\p{L}\\d-]+[ \t]+){0,2}?(\\p{L}+)[ \t]+of[ \t]+(?:the[ \t]+)?");
  /**
   * A relative clause that says the person is not named: "who did not want to be named", "who
   * asked not to be identified", "who declined to give her name", "who spoke on condition of
   * anonymity", "who was not authorised to speak"; after a short modifier too ("The owner of a
   * cattle station bordering the range, who did not want to be named").
   */
  static final Pattern UNNAMED_AFTER = Pattern.compile("(?i)(?:[ \\t]+[^,.;:\"()\u201c\u201d]"
      + "{1,60}?)?[ \\t]*,?[ \\t]*who[ \\t]+(?:did[ \\t]+not|didn['\u2019]t|asked|declined|requested"
      + "|preferred|spoke|wished|would[ \\t]+not|wouldn['\u2019]t|was[ \\t]+not|were[ \\t]+not"
      + "|wanted)[^,.;]{0,40}?(?:named|identified|name|anonymity|authori[sz]ed)\\b");
  /** An adjective of a nation or a people in capitals ("Polish", "Japanese", "Hungarian"). */
  private static final Pattern NATIONAL_ADJECTIVE = Pattern.compile(
      "\\p{Lu}\\p{Ll}+(?:ish|ese|ian)");
  /** Words that pick one or some of a group before "of" ("One of the firms, X,"). */
  private static final Set<String> ONE_OF = Set.of("one", "another", "two", "some", "several");
  /** Determiners that ask, and open no description ("What 74-year-old grandfather ..."). */
  private static final Set<String> QUESTION_WORDS = Set.of("what", "which", "whose", "whatever");
  /** Words that join names: after one, a relative pronoun stands for the whole coordination. */
  private static final Set<String> COORDINATORS = Set.of("and", "or", "nor", "&");
  /**
   * Prepositions of place: a full name after one may be a place that looks like a person's ("in
   * Ho Chi Minh City, a young woman"), so a description after it is no apposition of it.
   */
  private static final Set<String> PLACE_PREPOSITIONS = Set.of("in", "at", "on", "near", "into",
      "across", "outside", "inside", "around", "throughout", "within", "toward", "towards");
  private static final Set<String> VERB_TAGS = Set.of("VERB", "AUX");
  /** The most words a prepositional phrase opening a sentence may have before its comma. */
  private static final int OPENING_PHRASE_WORDS = 12;
  /** Prepositions after which a name is a place or a body ("Sanders of Vermont, who"). */
  private static final Set<String> OF_IN = Set.of("of", "in");

  /** After a possessive: a role noun, a comma, then where a name may stand ("his aide, X"). */
  private static final Pattern POSSESSED_ROLE =
      Pattern.compile("[ \t]+(?:[a-z-]+[ \t]+){0,2}([a-z-]+),?[ \t]+");
  /**
   * Words after an unnamed source that give its name: "named X", "called X", "who gave her name
   * (only) as X", "identified only as X", "identified only by her surname, X", "who wanted to be
   * known only as X"; group 1 opens the name.
   */
  private static final Pattern GIVEN_NAME = Pattern.compile("(?:[^.;:\"\u201C\u201D]{0,60}?\\b"
      + "(?:named|called|(?:gave|give|gives|giving) (?:his|her|their) (?:first )?name"
      + "(?: only)? as"
      + "|(?:to be |being )(?:known|referred to) (?:only |simply )?as"
      + "|(?:known|referred to) (?:only|simply) as)" // not "The agency, known as"
      + "|[^.;:\"\u201C\u201D]{0,90}?\\bidentified (?:(?:only |herself |himself )?as|(?:only )?by"
      + " (?:his|her|their) (?:first name|given name|surname|family name|last name),?))"
      + "\\s+(\\p{Lu})"); // "identified": also after a second "who"
  /**
   * A comma and a determiner: a noun phrase of its own opens between a source after its cue and
   * the name the words after it give, so the name is that phrase's, not the source's.
   */
  private static final Pattern NEW_NOUN_PHRASE = Pattern.compile(
      ",\\s+(?:the|a|an|his|her|their|its)\\s", Pattern.CASE_INSENSITIVE);
  /** A modifier that counts members: "three-member", "12-strong", "five-judge". */
  private static final Pattern SIZE_MODIFIER = Pattern.compile("(?:\\d+|one|two|three|four|five"
      + "|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty)-(?:member|judge|person|man"
      + "|woman|strong|seat|nation|country|state)");
  /** The fewest letters of a stem that ties a plural noun to a body ({@link #memberBody}). */
  private static final int MEMBER_STEM = 5;
  /** Company nouns of wire copy beside {@link Entities#COMPANY_NOUNS} and "-maker" words. */
  private static final Set<String> COMPANY_EPITHETS = Set.of("group", "giant", "miner",
      "producer", "supplier", "operator", "developer", "exporter", "refiner", "utility",
      "startup", "start-up", "conglomerate", "brand", "owner", "automaker");
  /** Words before "group" that make it a body of members ("the trade group", "the lobby group"). */
  private static final Set<String> LOBBY_KINDS = Set.of("trade", "lobby", "industry", "advocacy",
      "pressure", "business", "campaign", "consumer", "employers", "umbrella", "membership");
  /** Words that make a name after them the one who put out a document ("signed by X"). */
  private static final Pattern SIGNED_BY = Pattern.compile(
      "\\b(?:signed|issued|released|sent|posted|written|read out)\\s+by\\b");
  /** Company epithets that name a person at least as often ("the owner said"). */
  private static final Set<String> PERSON_EPITHETS = Set.of("owner");
  /** A whole source that picks someone out of a group named before: "One said". */
  private static final Set<String> ONE_OF_THEM = Set.of("one", "another");
  /** How many sentences back a group "One" picks from may be named. */
  private static final int GROUP_SENTENCES = 3;
  /** The articles a document said in opens with when its owner is the cue's subject. */
  private static final Set<String> ARTICLES = Set.of("a", "an", "the");
  /** "in" after a cue, before the document the words were said in ("said in a statement"). */
  private static final Pattern IN_DOCUMENT = Pattern.compile("[ \\t]+in[ \\t]+");
  /** The relative "who", with a comma before it or not: what it follows is someone. */
  private static final Pattern WHO_AFTER = Pattern.compile(",?[ \\t]+who\\b");
  /** A comma and an optional "the" before a name set beside a noun ("the venue, the Arena"). */
  private static final Pattern APPOSED_NAME = Pattern.compile(",[ \t]+(?:the[ \t]+)?");
  /**
   * A modifier after an organisation noun, then a comma and an optional "the" before a name set
   * beside them ("The union representing rank-and-file officers, the Phoenix Police Officers
   * Association, said"): no comma, full stop or quotation mark in the modifier.
   */
  private static final Pattern MODIFIED_THEN_APPOSED = Pattern.compile("[ \t]+(?:representing"
      + "|that|which|for|of|in|at|from|with|based|behind|led|set)\\b[^,;.:\"\u201C\u201D]{1,80},"
      + "[ \t]+(?:the[ \t]+)?");
  /** What may stand between an apposition and the cue: a relative clause, then a comma. */
  private static final Pattern APPOSITION_CLOSES = Pattern.compile(
      "(?:\\s+(?:who|whose)\\b[^\"\u201C\u201D]*)?\\s*,\\s*");
  /**
   * A participle or a word of nearness and its complement after a source, up to the cue ("
   * briefed on the talks", " not involved in the study", " close to the club"): group 1.
   */
  private static final Pattern KNOWING_PHRASE = Pattern.compile("\\s+((?:not\\s+)?"
      + "(?:\\p{Ll}+ed|close|closer|familiar|knowledgeable|privy)\\s+"
      + "(?:to|with|on|in|about|of|at|by|for)\\s+[^,;:()\"\u201C\u201D]{1,60}?)\\s*,?\\s*");
  /** ", a nurse from Walsall" after "One": group 1 is the description, before any clause. */
  private static final Pattern APPOSED_DESCRIPTION = Pattern.compile("\\s*,\\s*((?:a|an)\\s+"
      + "(?:(?!\\s(?:who|whose|which|that)\\b)[^,;:()\"\u201C\u201D\u2014\u2013])+)");
  /** Plural role nouns that do not end in "s", by their singular ("women": "woman"). */
  static final Map<String, String> IRREGULAR_PLURALS = Map.of("women", "woman", "men",
      "man", "people", "person", "children", "child", "businessmen", "businessman",
      "businesswomen", "businesswoman", "congressmen", "congressman", "spokesmen", "spokesman");
  /** What a person's staff works in: "his office" speaks for the person who holds it. */
  static final Set<String> OFFICES = Set.of("office", "offices", "chambers");
  /** Bodies a person owns besides an office, named by their owner ("Felix Okonjo's campaign"). */
  private static final Set<String> OWNED_BODIES = Set.of("campaign");
  /** Nouns for a part of a document ("excerpts of his speech"): its owner speaks in it. */
  private static final Set<String> PARTITIVES = Set.of("excerpt", "excerpts", "part", "parts",
      "portion", "portions", "passage", "passages", "text", "transcript", "copy", "extracts",
      "extract");
  /** Possessive pronouns whose owner speaks for a thing they own ("his assumption"). */
  static final Set<String> OWNERS = Set.of("his", "her", "its", "their");
  /**
   * Prepositions of place or manner that put a phrase after a cue ("said in an interview", "said
   * at the meeting", "told reporters on Monday"); not "by", which names a passive's agent.
   */
  private static final Set<String> CIRCUMSTANCE = Set.of("in", "during", "at", "on");
  /** Persons named by their relation to the owner, who are not the owner ("his colleague"). */
  static final Set<String> RELATIONS = Set.of("colleague", "wife", "husband", "son",
      "daughter", "mother", "father", "brother", "sister", "friend", "partner", "ally", "boss",
      "rival", "opponent", "family", "child", "children", "relative", "neighbor", "neighbour",
      "successor", "predecessor", "deputy", "assistant", "boyfriend", "girlfriend", "fiancee",
      "cousin", "uncle", "aunt", "nephew", "niece", "grandson", "granddaughter", "colleagues",
      "friends", "allies", "rivals", "opponents", "relatives", "neighbors", "sons", "daughters");

  /**
   * The trace {@link #traced} was given, for the {@link PronounResolver} that {@link #run}
   * makes; null, as it always is outside training.
   */
  private PronounTrace pronounTrace;

  /**
   * Receives each source mention's candidate entities and their features (for training {@link
   * SpeakerLinker}); null, as it always is outside training. One run's own.
   */
  private LinkTrace linkTrace;

  /** A listener to the candidates each source mention's speaker is chosen among. */
  interface LinkTrace {
    /**
     * The candidates of the source mention {@code source} of {@code quote}: the entity the rules
     * picked first, then the others, each with its features ({@link SpeakerLinker}).
     */
    void candidates(Quote quote, Span source, List<Entity> entities, List<String[]> features);
  }

  /** A verb of finding or saying right after a body's name ("a panel found", "ruled"). */
  private static final Pattern FINDING_VERB = Pattern.compile("[ \\t]+(?:had[ \\t]+|has[ \\t]+)?"
      + "(?:found|ruled|concluded|decided|said|says|reported|recommended|warned)\\b");
  /** The articles that, alone as a source mention, open the noun phrase after them. */
  private static final Set<String> LONE_ARTICLES = Set.of("the", "a", "an");
  /** How many words after a lone article {@link #determinerPhrase} reads at most. */
  private static final int DETERMINER_PHRASE_WORDS = 8;
  /** How far back a pronoun looks for its antecedent. */
  private static final int PRONOUN_SENTENCES = 6;
  private static final int PRONOUN_PARAGRAPHS = 2;
  /**
   * How many earlier mentions a pronoun weighs at most, so that a sentence of thousands of names
   * or pronouns stays linear.
   */
  static final int PRONOUN_CANDIDATES = 200;
  /** How far ahead a description looks for the name it introduces. */
  static final int CATAPHORA_PARAGRAPHS = 3;
  /** How far back "the company" looks for the organisation it stands for. */
  private static final int ORGANISATION_PARAGRAPHS = 3;

  private final AnalyzedArticle article;
  private final String text;
  final SpeakerLexicon lexicon;
  final List<Quote> quotes;
  /** {@link #quotes}, indexed by where their contents, first pieces and cues start. */
  final QuoteIndex quoteIndex;
  /** The matches over the whole text of the patterns the resolver looks back for. */
  final TextMatches textMatches;
  private ArticleScan scan;
  private Entities entities;
  /** See {@link #namesAfterWords()}. */
  private NamesAfterWords namesAfterWords;
  private final List<Anchor> nameAnchors = new ArrayList<>();
  /** Acronyms that descriptions in small letters defined in brackets, and their bodies. */
  private final Map<String, Entity> bracketAcronyms = new HashMap<>();
  /** Who the pronouns stand for ("he said", "they argued"); made in {@link #run}. */
  private PronounResolver pronouns;
  /** Who issued the documents that speak ("the report", "a poll"); made in {@link #run}. */
  private DocumentIssuers issuers;
  /** Whom the descriptions stand for ("the senator", "a former aide"); made in {@link #run}. */
  private DescriptionAntecedents antecedents;
  private final List<Anchor> sourceAnchors = new ArrayList<>();
  /** How many quotes each entity has been given so far; kept only when traced. */
  private final Map<Entity, Integer> spoken = new HashMap<>();
  Entity lastSpeaker;
  int lastSpeakerParagraph = Integer.MIN_VALUE / 2;
  int lastSpeakerEnd;
  /** The last quote given a speaker; null before the first. */
  Quote lastSpeakerQuote;
  /** The person who spoke before {@link #lastPersonSpeaker}, another one; null before that. */
  private Entity priorPersonSpeaker;
  /** Where each possessive of a transcript label ("NDTV's ") ends, read once (outletLabel). */
  private final Map<String, int[]> possessiveEnds = new HashMap<>();
  /** Why the source mention being resolved is linked to its entity: rule id and evidence. */
  private String rule;
  private String evidence;
  Entity lastPersonSpeaker;
  int lastPersonParagraph = Integer.MIN_VALUE / 2;
  /** The interviewer and the person interviewed, read once when a Q: or A: label is met. */
  private boolean interviewRead;
  /** The named organisation each bare organisation noun last stood for ("the union"). */
  private final Map<String, Entity> bodyByNoun = new HashMap<>();
  /**
   * By the noun that opened it ("bench" of "A Bench of Justices X and Y", "councillors" of "The
   * two councillors, X and Y"), lower case, the group of persons a source named together.
   */
  private final Map<String, Entity> jointByNoun = new HashMap<>();
  /** Whether the text writes a name as a town ({@link #writtenAsTown}), by name. */
  private final Map<String, Boolean> townForm = new HashMap<>();
  private Entity interviewer;
  private Entity interviewee;
  /** Whether the first question addressed {@link #interviewee} by name ("Q: Alan, ..."). */
  private boolean intervieweeAddressed;

  /** The phrase the source mention being resolved hangs on, or null ({@link #resolveSource}). */
  private Span governing;
  /** Why the source mention is read as {@link #governing}, for its provenance. */
  private String governed;
  /** The verb and name {@link #invertedSpeaker} found after a quotation ("said Tom Reyes"). */
  private Span nameAfter;
  /** Where the cue of the quote being resolved starts, or -1. */
  int cueStart = -1;
  /** The quote whose source mention is being resolved. */
  Quote quote;

  Resolution(AnalyzedArticle article, List<Quote> quotes, SpeakerLexicon lexicon) {
    this.article = article;
    this.text = article.text();
    this.quotes = quotes;
    this.quoteIndex = new QuoteIndex(quotes);
    this.textMatches = new TextMatches(text);
    this.lexicon = lexicon;
  }

  /**
   * Makes this run tell {@code trace} of each pronoun's candidates and their features, the ones
   * the weights leave at 0 included (for training {@link PronounSalience}); call before {@link
   * #run}. Returns this run.
   */
  Resolution traced(PronounTrace trace) {
    this.pronounTrace = trace;
    return this;
  }

  /**
   * Makes this run tell {@code trace} of each source mention's candidates and their features
   * (for training {@link SpeakerLinker}); call before {@link #run}. Returns this run.
   */
  Resolution linkTraced(LinkTrace trace) {
    this.linkTrace = trace;
    return this;
  }

  /** Every entity the run made, speakers or not (for measuring the resolver); empty before. */
  List<Entity> entities() {
    return entities == null ? List.of() : entities.all;
  }

  SpeakerResolution run() {
    if (quotes.isEmpty()) {
      return SpeakerResolution.none();
    }
    scan = new ArticleScan(article, lexicon).run();
    entities = new Entities(scan, lexicon);
    entities.groupNames();
    issuers = new DocumentIssuers(this, article, lexicon, entities, nameAnchors);
    pronouns = new PronounResolver(this, article, scan, entities, nameAnchors, sourceAnchors,
        pronounTrace);
    antecedents = new DescriptionAntecedents(this, article, lexicon, entities, pronouns,
        nameAnchors, sourceAnchors);
    for (NameMention m : scan.names) {
      nameAnchors.add(new Anchor(m.span.start(), m.span.end(), m.sentence, m.paragraph,
          m.subject || m.topic, m.inQuote, false, m.entity)); // a subject's owner counts as one
    }
    Entity[] speakerOf = new Entity[quotes.size()];
    Map<Span, Entity> bySource = new HashMap<>(); // the first speaker read from each source
    Entity previous = null;
    int previousParagraph = Integer.MIN_VALUE / 2;
    for (int i = 0; i < quotes.size(); i++) {
      Quote q = quotes.get(i);
      Span source = q.source().orElse(null);
      int paragraph = article.sentenceAt(q.content().start()).paragraph();
      Entity e = null;
      if (source != null) {
        e = resolveSource(q, source);
        affiliate(e, source);
        Entity before = bySource.putIfAbsent(source, e);
        if (before != null && e != null && e != before && e.names.isEmpty()
            && before.names.isEmpty() && e.kind == before.kind) {
          e = before; // two unnamed ones of one mention: "A spokeswoman said ... and urged"
        }
        if (linkTrace != null && e != null) {
          traceLink(q, source, e);
        }
      } else if (q.cue().isEmpty() && (e = invertedSpeaker(q)) != null) {
        e = mention(e, nameAfter);
      } else if (q.cue().isEmpty() && (e = subjectBeforeColon(q)) != null) {
        e = because(e, "subject-before", label(e) + " is the subject of the clause the colon"
            + " before the quotation ends");
      } else if (q.cue().isEmpty() && (e = subjectJustBefore(q, previous)) != null) {
        e = because(e, "subject-before", label(e) + " is the subject of the sentence just before"
            + " the quotation, which quotes no one");
      } else if (q.cue().isEmpty() && previous != null && paragraph - previousParagraph <= 1) {
        e = previous; // a follow-on quotation continues the previous speaker
      } else if (q.cue().isPresent()) {
        e = anchored(cueSubject(q, false)); // a cue whose source the extractor did not find
      }
      if (e != null) {
        spokeIn(q, e);
        e.speaker = true;
        previous = e;
        previousParagraph = paragraph;
        lastSpeaker = e;
        lastSpeakerParagraph = paragraph;
        lastSpeakerEnd = q.content().end();
        lastSpeakerQuote = q;
        if (linkTrace != null) {
          spoken.merge(e, 1, Integer::sum);
        }
        if (e.kind == SpeakerKind.PERSON) {
          if (e != lastPersonSpeaker) {
            priorPersonSpeaker = lastPersonSpeaker;
          }
          lastPersonSpeaker = e;
          lastPersonParagraph = paragraph;
        }
      }
      speakerOf[i] = e;
    }
    return build(speakerOf);
  }

  // ---------------------------------------------------------------------------------------------
  // Source mentions

  /**
   * Resolves a source mention, read from the start of the noun phrase it hangs on when the source
   * stage picked a complement inside a longer one ({@link GoverningPhrase}).
   */
  private Entity resolveSource(Quote q, Span given) {
    Span source = bannerBody(given);
    quote = q;
    cueStart = cueStart(q);
    Span namer = namerInWhatClause(q, source);
    if (namer != null) {
      governing = namer;
      governed = "; the source " + quoted(source.text()) + " is the subject of the sentence, and "
          + quoted(namer.text()) + " that of \"what\" and the cue";
      Entity e = resolveMention(q, namer);
      governing = null;
      governed = null;
      return e;
    }
    Entity credited = bracketCredit(source);
    if (credited != null) {
      return mention(credited, source); // a digest's "HEADLINE ... [Outlet.]"
    }
    Entity joint = jointSpeakers(source);
    if (joint != null) { // "Ana Ruiz and Ben Cole, who said": the relative stands for both
      relativePronoun(source).ifPresent(p -> joint.addOther(p, "relative-pronoun",
          quoted(p.text()) + " after the source " + quoted(source.text())));
      return mention(joint, source);
    }
    Entity named = ownerWithNamedRole(source);
    if (named != null) {
      return mention(named, source);
    }
    Entity nation = headlinePolity(source);
    if (nation != null) {
      return mention(nation, source);
    }
    Entity group = oneAnaphora(source);
    if (group == null) {
      group = dashedApposition(source);
    }
    if (group == null) {
      group = capitalisedShare(source);
    }
    if (group != null) {
      return mention(group, source);
    }
    Entity post = whosePost(source);
    if (post != null) {
      return mention(post, source);
    }
    if (dottedLabel(source)) {
      return resolveMention(q, source); // "A. Because we ...": an answer's label, no article
    }
    Span word = wordStart(source);
    Span src = withoutReflexive(determinerPhrase(word));
    Span joined = joinedNameStart(src);
    String cut = joined == null ? null : "; the source " + quoted(src.text())
        + " starts inside the name " + quoted(entities.nameAt(src.start()).span.text());
    src = joined == null ? src : joined;
    Span repaired = nameBeforeVerb(src);
    String why = repaired == null ? null : "; the source " + quoted(src.text())
        + " runs on past the name into a verb";
    if (repaired == null) {
      repaired = withPersonNoun(src);
      why = repaired == null ? null : "; the source " + quoted(src.text())
          + " stops before its head, " + quoted(text.substring(src.end(), repaired.end()));
    }
    if (repaired == null) {
      repaired = withNamedPerson(src);
      why = repaired == null ? null : "; the source " + quoted(src.text())
          + " stops before the name it describes, " + quoted(
              text.substring(src.end(), repaired.end()).strip());
    }
    if (repaired != null) {
      governing = repaired;
      governed = why;
      Entity e = resolveMention(q, repaired);
      governing = null;
      governed = null;
      return e;
    }
    Span phrase = GoverningPhrase.of(article, src, entities, lexicon);
    if (phrase.equals(source)) {
      return resolveMention(q, source);
    }
    governing = phrase;
    governed = cut != null && phrase.equals(src) ? cut
        : phrase.equals(src) && !src.equals(word) ? "; the source " + quoted(source.text())
        + " is a lone determiner that opens " + quoted(src.text())
        : phrase.equals(src) ? "; the source " + quoted(source.text())
        + " starts inside a word of " + quoted(src.text())
        : "; the source " + quoted(src.text()) + " is a complement in "
            + quoted(phrase.text()) + ", whose head speaks";
    Entity e = resolveMention(q, phrase);
    governing = null;
    governed = null;
    return e;
  }

  /**
   * What may stand before the first of the persons a source names together: nothing, a
   * description set off by a comma ("The two dissenters, "), or a bench or panel "of" them ("A
   * Division Bench of "); titles follow ("Justices", "Governors").
   */
  private static final Pattern JOINT_OPENING = Pattern.compile("(?:(?:[Aa]n?|[Tt]he)[ \\t]"
      + "[^,]{0,60},[ \\t]*|(?:[Aa]|[Tt]he)[ \\t]+(?:[\\p{L}-]+[ \\t]+){0,2}(?:[Bb]ench|[Pp]anel)"
      + "[ \\t]+of[ \\t]+)?");
  /**
   * The noun of what opens the persons a source names together, which may stand for them later:
   * "Bench" of "A Division Bench of", "councillors" of "The two councillors, ", "owners" of
   * "Bakery owners ".
   */
  private static final Pattern JOINT_NOUN = Pattern.compile(
      "([\\p{L}-]+)(?:[ \\t]+of|,)?[ \\t]+(?:\\p{Lu}[\\p{L}.]*[ \\t]+)*$");
  /** A source that may stand for persons named together before: "the Bench", "both owners". */
  private static final Pattern JOINT_BACK = Pattern.compile(
      "(?i)(?:the|both|the[ \\t]+two|the[ \\t]+three)[ \\t]+([\\p{L}-]+)");

  /**
   * The group of persons a source named together before ({@link #jointSpeakers}) that a source
   * made of "the" and the noun that opened them stands for ("the Bench" after "A Bench of
   * Justices Arvind Kulkarni and Meenakshi Rao"); null otherwise.
   */
  private Entity jointBack(Span src) {
    if (jointByNoun.isEmpty()) {
      return null;
    }
    Matcher m = JOINT_BACK.matcher(src.text().strip());
    Entity group = m.matches() ? jointByNoun.get(lower(m.group(1))) : null;
    return group == null ? null : because(group, "joint", quoted(src.text()) + " stands for "
        + group.canonicalName() + ", named together after " + quoted(m.group(1)) + " before");
  }

  /** What joins the persons a source names together: a comma, or "and" or "&" last. */
  private static final Pattern JOINT_SEPARATOR = Pattern.compile(
      ",[ \\t]*|,?[ \\t]+(and|&)[ \\t]+");

  /**
   * The speakers a source names together ("Tom Reed and Ann Lee", "A Bench of Justices Arvind
   * Kulkarni and Meenakshi Rao", "The two dissenters, Governors Ana Ruiz and Ben Cole"): one
   * speaker, a group of those persons named by their full names joined, when the source holds
   * the full names of two or more persons, set after {@link #JOINT_OPENING} and ending the
   * source, with titles and {@link #JOINT_SEPARATOR}s only between them and "and" (or "&")
   * before the last. Null otherwise ("A lawyer for Tom Reed and Ann Lee" is the lawyer).
   */
  private Entity jointSpeakers(Span source) {
    List<NameMention> names = scan.names;
    int k = SortedSpans.firstStartingAtOrAfter(names, n -> n.span.start(), source.start());
    List<NameMention> joined = new ArrayList<>();
    int from = source.start();
    boolean and = false;
    for (; k < names.size() && names.get(k).span.end() <= source.end(); k++) {
      NameMention n = names.get(k);
      if (joined.isEmpty() && !n.full() && n.form != NameMention.Form.PERSON) {
        continue; // "A [Bench] of Justices ...": a word of the opening
      }
      String between = text.substring(from, n.span.start());
      String gap = between.substring(0, titlesEnd(between)); // "and Justices ": "and "
      Matcher sep = JOINT_SEPARATOR.matcher(gap);
      boolean joins = joined.isEmpty()
          ? JOINT_OPENING.matcher(gap).matches() || pluralPost(gap) : sep.matches();
      if (!joins || !n.full() || n.entity == null || n.entity.kind != SpeakerKind.PERSON
          || n.inQuote || postLast(n)) {
        return null;
      }
      and = !joined.isEmpty() && sep.group(1) != null;
      joined.add(n);
      from = n.span.end();
    }
    if (joined.size() < 2 || !and || from != source.end()) {
      return null;
    }
    // a source that opens with the names may have been cut short: "Ana Ruiz, [Ben Cole and Chen
    // Wei]"; the persons named before it in the list, comma by comma, join too
    for (int at = joined.get(0).span.start(); at <= source.start(); ) {
      int comma = at;
      while (comma > 0 && Character.isWhitespace(text.charAt(comma - 1))) {
        comma--;
      }
      NameMention n = comma > 0 && text.charAt(comma - 1) == ',' ? nameEndingAt(comma - 1) : null;
      if (n == null || !n.full() || n.entity == null || n.entity.kind != SpeakerKind.PERSON
          || n.inQuote) {
        break;
      }
      joined.add(0, n);
      at = n.span.start();
    }
    List<Entity> members = new ArrayList<>();
    for (NameMention n : joined) {
      Entity e = confirmed(n);
      if (members.contains(e)) {
        return null; // "Ann Lee and Lee": one person
      }
      members.add(e);
    }
    Entity group = jointGroup(members);
    String name = group.canonicalName();
    int first = joined.get(0).span.start(); // before the source when it was cut short
    String opening = first > source.start() ? text.substring(source.start(), first) : "";
    Matcher noun = JOINT_NOUN.matcher(opening);
    if (noun.find()) {
      jointByNoun.putIfAbsent(lower(noun.group(1)), group);
    }
    return because(group, "joint", quoted(source.text()) + " names " + name + " together");
  }

  /**
   * The one group of {@code members}, speakers named together, in order: named by their names
   * joined ("Ana Ruiz, Ben Cole and Chen Wei").
   */
  private Entity jointGroup(List<Entity> members) {
    StringBuilder key = new StringBuilder("joint:");
    StringBuilder name = new StringBuilder();
    for (int j = 0; j < members.size(); j++) {
      Entity e = members.get(j);
      key.append(e.seq).append(',');
      name.append(j == 0 ? "" : j == members.size() - 1 ? " and " : ", ")
          .append(e.canonicalName());
    }
    Entity group = entities.keyed(key.toString(), SpeakerKind.GROUP);
    group.name(name.toString());
    group.plural = true;
    return group;
  }

  /**
   * Whether a name ends in a title or a post ("Rocky Ridge President" of "Rocky Ridge President
   * and CEO Janet Kowalczyk"): no person's name, but a post joined to the next.
   */
  private boolean postLast(NameMention n) {
    String last = lastWord(n.name.text());
    return lexicon.is(SpeakerLexicon.Kind.TITLE, last) || isRole(lower(last));
  }

  /**
   * Whether {@code words} are a post in the plural, of one to three words ending in a role or
   * person noun in small letters ("Bakery owners ", "first-home buyers "), as a post is set before
   * the names of those who hold it.
   */
  private boolean pluralPost(String words) {
    if (words.isBlank()) {
      return false;
    }
    String[] w = Splits.SPACES.split(words.strip());
    String last = w[w.length - 1];
    if (w.length > 3 || !Character.isWhitespace(words.charAt(words.length() - 1))
        || !Character.isLowerCase(last.charAt(0)) || !last.endsWith("s") || words.contains(",")) {
      return false;
    }
    String one = last.substring(0, last.length() - 1);
    return isRole(one) || wordNetPerson(one);
  }

  /**
   * Where the title words at the end of {@code gap} start ("Justices " in ", Justices "), or the
   * length of the gap when it ends in none.
   */
  private int titlesEnd(String gap) {
    int end = gap.length();
    while (true) {
      int k = end;
      while (k > 0 && Character.isWhitespace(gap.charAt(k - 1))) {
        k--;
      }
      int w = k;
      while (w > 0 && !Character.isWhitespace(gap.charAt(w - 1)) && gap.charAt(w - 1) != ',') {
        w--;
      }
      String word = gap.substring(w, k);
      if (w == k || !Character.isUpperCase(word.charAt(0))
          || !lexicon.is(SpeakerLexicon.Kind.TITLE, word)
          && !lexicon.is(SpeakerLexicon.Kind.HONORIFIC, word)) {
        return end;
      }
      end = w;
    }
  }

  /** The last word of a phrase ("Otters" of "the Otters"), past any white space. */
  private static String lastWord(String phrase) {
    String t = phrase.strip();
    int k = t.length();
    while (k > 0 && !Character.isWhitespace(t.charAt(k - 1))) {
      k--;
    }
    return t.substring(k);
  }

  /** Kin nouns a relative is written by ("his son", "Her father, 68"). */
  private static final String KIN = "(" + Entities.SHARING_KIN
      + "|grandfather|grandmother|widow|widower)";

  /** By kin noun, that noun after its owner right before a name ({@link #namedRelative}). */
  private static final Map<String, Pattern> KIN_BEFORE_NAME = new ConcurrentHashMap<>();

  /** A source that is a relative: an owner, a kin noun, an age at most after it. */
  private static final Pattern OWNED_KIN = Pattern.compile("(?i)(his|her|their"
      + "|\\p{Lu}[\\p{L}.-]*['\u2019]s?)[ \t]+(?:(?:late|younger|older|elder|eldest"
      + "|youngest|only)[ \t]+)?" + KIN + "(?:,[ \t]*\\d{1,3})?");

  /**
   * The person a relative source stands for ("Her father, 68, said", "his son said"): the one the
   * text named right after the same kin noun before ("took over the store from her father, Stan
   * Kowalczyk"; "He is survived by a son, Marcus"), the nearest such. Null otherwise.
   */
  private Entity namedRelative(Span src) {
    Matcher m = OWNED_KIN.matcher(src.text().strip());
    if (!m.matches()) {
      return null;
    }
    String owner = OWNERS.contains(lower(m.group(1))) ? null : m.group(1);
    String kin = m.group(2).toLowerCase(Locale.ROOT);
    Pattern before = KIN_BEFORE_NAME.computeIfAbsent(kin, k -> Pattern.compile(
        "(?i)\\b(his|her|their|an?|\\p{Lu}[\\p{L}.-]*['\u2019]s?)[ \t]+(?:\\p{Ll}+[ \t]+){0,2}"
        + k + ",?[ \t]+$"));
    List<NameMention> names = scan.names;
    for (int k = SortedSpans.startingBefore(names, x -> x.span.start(), src.start()) - 1;
        k >= 0; k--) {
      NameMention n = names.get(k);
      if (n.entity == null || n.entity.kind != SpeakerKind.PERSON || n.inQuote || !n.full()
          && n.sharedSurname == null && !lexicon.is(SpeakerLexicon.Kind.FIRST, n.last)) {
        continue; // a full name or a first name: not "Says" of "Trump's Son Says"
      }
      Matcher b = before.matcher(text).region(Math.max(0, n.span.start() - 50),
          n.span.start());
      if (b.find() && (owner == null || b.group(1).equalsIgnoreCase(owner)
          || OWNERS.contains(lower(b.group(1))))) { // "Jones's wife" is no wife of Smith's
        return because(n.entity, "relative", quoted(src.text()) + " is "
            + quoted(n.span.text()) + ", named after the same \"" + kin + "\" before");
      }
    }
    return null;
  }

  /**
   * The source widened to the start of the name it starts inside, when the source stage cut that
   * name at its "and", "&" or a comma ("A Department of Health and [Social Care spokesperson]
   * said", "the Department of Trade, [Industry and Competition]"), and to the speaking post
   * before the name ("A spokesperson for the Western and [Central Pacific Fisheries Commission]
   * said"); null otherwise.
   */
  private Span joinedNameStart(Span src) {
    NameMention n = entities.nameAt(src.start());
    if (n == null || n.span.start() >= src.start() || n.span.end() > src.end()) {
      return null;
    }
    String before = text.substring(n.span.start(), src.start());
    if (!before.endsWith(" and ") && !before.endsWith(" & ") && !before.endsWith(", ")) {
      return null;
    }
    Matcher post = POST_FOR.matcher(text).region(Math.max(0, n.span.start() - POST_FOR_REACH),
        n.span.start());
    return Span.of(text, post.find() ? post.start() : n.span.start(), src.end());
  }

  /** A passive auxiliary right before a cue: "was [asked] by". */
  private static final Pattern PASSIVE_BEFORE =
      Pattern.compile("\\b(?:was|were|been|being|is|are)[ \t]+$");

  /**
   * The person a question quoted just before was put to, named right after its cue ("Presenter
   * Ed Pannell asked Dave Kearney whether ..."), or the subject of a passive one ("X was asked by
   * Y whether ..."), or, with no one named there ("asked whether"),
   * the person who spoke before the asker; when the question is in the sentence before {@code
   * s} or in {@code s}; null otherwise, or when that is {@code asker}.
   */
  private Entity askedPerson(Quote q, Entity asker, Sentence s) {
    if (q == null || q.cue().isEmpty() || !q.cue().get().lemma().equals("ask")
        || s.index() - article.sentenceAt(q.cue().get().span().start()).index() > 1) {
      return null;
    }
    int k = q.cue().get().span().end();
    while (k < text.length() && text.charAt(k) == ' ') {
      k++;
    }
    NameMention n = entities.nameAt(k);
    if (n != null && n.span.start() == k && n.entity != null && n.entity != asker
        && n.entity.kind == SpeakerKind.PERSON) {
      return n.entity;
    }
    int cue = q.cue().get().span().start();
    Sentence asked = article.sentenceAt(cue);
    if (text.startsWith("by ", k) && PASSIVE_BEFORE.matcher(text).region(asked.start(), cue)
        .find()) { // "X was asked by Y whether ...": put to the subject, X
      List<NameMention> names = scan.names;
      for (int j = SortedSpans.startingBefore(names, x -> x.span.start(), asked.start());
          j < names.size() && names.get(j).span.end() <= cue; j++) {
        NameMention m = names.get(j);
        if (m.entity != null && m.entity != asker && m.entity.kind == SpeakerKind.PERSON
            && !m.inQuote) {
          return m.entity;
        }
      }
    }
    // "Her co-presenter, X, asked whether ...": put to the person who spoke before the asker
    return QUESTION_AFTER.matcher(text).region(q.cue().get().span().end(), text.length())
        .lookingAt()
        && priorPersonSpeaker != null && priorPersonSpeaker != asker ? priorPersonSpeaker : null;
  }

  /**
   * The name a source mention opens with, when the source stage ran on past it into the verb
   * after it, which the tagger took for a plural noun ("[Voskuil incites anger], suggesting",
   * "[Mr. Voskuil consumes] attention, using"): the word after the name is in small letters, ends
   * in "s" and is a verb the dictionary does not know as a noun, and no relative pronoun follows
   * the span ("[Voskuil endorses Tarrow], who says" stays as it is); null otherwise.
   */
  private Span nameBeforeVerb(Span src) {
    Sentence s = article.sentenceAt(src.start());
    List<Token> toks = article.tokens(s);
    int k = SortedSpans.firstStartingAtOrAfter(toks, Token::start, src.start());
    for (k++; k < toks.size() && toks.get(k).end() <= src.end(); k++) {
      String w = toks.get(k).text();
      if (!Character.isLowerCase(w.charAt(0))) {
        continue;
      }
      if (!w.endsWith("s") || w.endsWith("ss")
          || WordClasses.english().lookup(w, WordClasses.Pos.VERB) == null
          || WordClasses.english().lookup(w, WordClasses.Pos.NOUN) != null) {
        return null;
      }
      if (RELATIVE_NEXT.matcher(text).region(src.end(), text.length()).lookingAt()) {
        return null; // "[Voskuil endorses Tarrow], who says": the object speaks
      }
      NameMention n = nameEndingAt(toks.get(k - 1).end());
      return n == null || n.entity == null || n.span.start() < src.start()
          || n.entity.kind != SpeakerKind.PERSON && n.entity.kind != SpeakerKind.ORGANIZATION
          ? null : Span.of(text, src.start(), n.span.end());
    }
    return null;
  }

  /** Prepositions that open a complement after a post's noun ("manager at a company"). */
  private static final Set<String> COMPLEMENT_OPENERS = Set.of("at", "with", "for", "from",
      "of", "in");

  /**
   * A source mention the source stage ended before the person noun that heads it ("[The Orland
   * Valley] employee told", "[China]'s delegate echoed", "[his] representative told"), with that
   * noun: the source ends in a noun (or is a possessive pronoun, the cue right after the noun),
   * the next word is a role noun or a person noun that is no verb ("have"), in small letters,
   * and the cue or a comma follows it; or, past "and" and a noun joined to the last one ("[A
   * senior environmental health] and safety manager at a chemical company"), a preposition too;
   * null otherwise.
   */
  private Span withPersonNoun(Span src) {
    Sentence s = article.sentenceAt(src.start());
    List<Token> toks = article.tokens(s);
    int k = SortedSpans.firstStartingAtOrAfter(toks, Token::start, src.end());
    if (k + 1 >= toks.size() || toks.get(k).start() == cueStart) {
      return null;
    }
    String tag = k > 0 ? ArticleScan.base(article.tags(s).get(k - 1)) : "";
    boolean joined = k + 3 < toks.size() && (toks.get(k).text().equals("and")
        || toks.get(k).text().equals("&")) && tag.equals("NOUN")
        && Character.isLowerCase(toks.get(k + 1).text().charAt(0))
        && ArticleScan.base(article.tags(s).get(k + 1)).equals("NOUN");
    if (joined) {
      k += 2; // "[A senior environmental health] and safety manager at a chemical company,"
    }
    Token head = toks.get(k);
    String w = head.text();
    boolean owner = OWNERS.contains(lower(src.text().strip())); // "[his] aide said"
    if (!Character.isLowerCase(w.charAt(0))
        || !owner && !tag.equals("NOUN") && !tag.equals("PROPN")
        || !isRole(w) && (!wordNetPerson(w)
            || WordClasses.english().lookup(w, WordClasses.Pos.VERB) != null)) {
      return null; // "[doctors] have", "[his] populist": no head of a noun phrase
    }
    Token next = toks.get(k + 1);
    return next.start() == cueStart || !owner && next.text().equals(",") // not "his populist,
        || joined && COMPLEMENT_OPENERS.contains(next.text()) // anti-corporate message"
        ? Span.of(text, src.start(), head.end()) : null;
  }

  /**
   * The holder of a post owned through "whose" ("power utility Energia Belmora, whose spokesman
   * said"): the source is one role or person noun in small letters after ", whose", and a name
   * ends at the comma; the post holder is someone the text does not name, who speaks for the
   * owner when it is an organisation. Null otherwise.
   */
  private Entity whosePost(Span src) {
    String w = src.text().strip();
    int k = lastNonSpace(src.start(), 0);
    if (w.isEmpty() || !Character.isLowerCase(w.charAt(0)) || w.indexOf(' ') >= 0
        || !isRole(w) && !wordNetPerson(w) || k < 6
        || !text.regionMatches(true, k - 4, "whose", 0, 5)) {
      return null;
    }
    int comma = lastNonSpace(k - 4, 0);
    NameMention n = comma > 0 && text.charAt(comma) == ',' ? nameEndingAt(lastNonSpace(comma, 0)
        + 1) : null;
    if (n == null || n.entity == null) {
      return null;
    }
    String owner = n.entity.canonicalName();
    Entity e = entities.keyed("post:" + owner + ":" + lower(w), SpeakerKind.PERSON);
    e.name(owner + "'s " + lower(w));
    if (n.entity.kind == SpeakerKind.ORGANIZATION && e.affiliation == null) {
      e.affiliation = n.entity;
    }
    return because(e, "description", quoted("whose " + w) + " is the " + lower(w) + " of "
        + label(n.entity) + ", named before it, whom the text does not name");
  }

  /**
   * A source mention the source stage ended inside the description before a person's name
   * ("[Consumer] advocate Carla Mendes, of ..., said", the tagger reading "advocate" as a verb),
   * with the name: up to three words in small letters, the last a role or person noun, follow
   * the source ("Third-year [nursing student]"), then a person's full name that the cue or a
   * comma follows, or the last a media noun and any name ("The [business] daily Kommersant,
   * citing"); null otherwise.
   */
  private Span withNamedPerson(Span src) {
    Sentence s = article.sentenceAt(src.start());
    List<Token> toks = article.tokens(s);
    int k = SortedSpans.firstStartingAtOrAfter(toks, Token::start, src.end());
    int j = k;
    while (j >= 0 && j < toks.size() && j - k < 3 && toks.get(j).start() != cueStart
        && Character.isLowerCase(toks.get(j).text().charAt(0))
        && Character.isLetter(toks.get(j).text().charAt(0))) {
      j++; // "Third-year [nursing student] Kayla Brennan": the noun before the name a person's
    }
    boolean outlet = j > k && Entities.MEDIA_NOUNS.contains(lower(toks.get(j - 1).text()));
    if (j == k || j >= toks.size() || !outlet
        && !isRole(toks.get(j - 1).text()) && !wordNetPerson(toks.get(j - 1).text())) {
      return null;
    }
    NameMention n = nameStartingAt(toks.get(j).start());
    if (n == null || !outlet && (n.form != NameMention.Form.PERSON || !n.full())) {
      return null; // "The [business] daily Kommersant, citing": an outlet of any name
    }
    int after = SortedSpans.firstStartingAtOrAfter(toks, Token::start, n.span.end());
    return after >= 0 && after < toks.size() && (toks.get(after).start() == cueStart
        || toks.get(after).text().equals(",")) ? Span.of(text, src.start(), n.span.end()) : null;
  }

  /** "the Durham Democrat", "the Pueblo West Republican": a place, then a party's member. */
  private static final Pattern PLACE_PARTY_MEMBER = Pattern.compile(
      "(?:the|The)[ \\t]+(\\p{Lu}\\p{Ll}+(?:[ \\t]\\p{Lu}\\p{Ll}+)?)[ \\t]+"
      + "(?:Democrat|Republican|Independent)");

  /**
   * The one person whose party tag gave the place a source names before a party's member ("Sen.
   * Ana Whitley, D-Durham, ... the Durham Democrat replied"), which capitals would otherwise make
   * a name of its own; null when no one's tag, or more than one person's, gave it.
   */
  private Entity homedMember(Span src) {
    Matcher m = PLACE_PARTY_MEMBER.matcher(src.text().strip());
    if (!m.matches()) {
      return null;
    }
    Entity only = antecedents.onlyFromHome(m.group(1).toLowerCase(Locale.ROOT), Gender.UNKNOWN);
    return only == null ? null : because(only, "role", quoted(src.text()) + " names "
        + m.group(1) + ", the place the text's party tag gives " + label(only) + " alone");
  }

  /**
   * The person before a party and district tag the source stage picked ("Sen. Patricia Vance,
   * [D-Rockford], who chairs ..."): the tag, after a comma or an opening bracket, follows a
   * person's name; null otherwise.
   */
  private Entity partyTagged(Span src) {
    if (!ArticleScan.PARTY_TAG.matcher(src.text()).matches()) {
      return null;
    }
    int k = lastNonSpace(src.start(), 0);
    if (k <= 0 || text.charAt(k) != ',' && text.charAt(k) != '(') {
      return null;
    }
    NameMention n = nameEndingAt(lastNonSpace(k, 0) + 1);
    if (n == null || n.entity == null || n.entity.kind != SpeakerKind.PERSON) {
      return null;
    }
    return because(confirmed(n), "party-tag", quoted(src.text()) + " is the party and district"
        + " of " + quoted(n.span.text()) + " before it");
  }

  /**
   * The person the cue belongs to when the source stage picked an owner or an earlier subject
   * instead: the person named beside a role of the source's owner ("[Labour]'s agriculture
   * spokesperson, Anahera Potae, said" is Anahera Potae: the possessive and up to four words in
   * small letters, then the name set beside them), the person named right after the owner's
   * possessive ({@link #ownersPerson}) or a name set off just before the cue ({@link
   * #appositionClosingBeforeCue}); null otherwise, when the source speaks.
   */
  private Entity ownerWithNamedRole(Span source) {
    Entity witness = heardFrom(source);
    if (witness != null) {
      return witness;
    }
    Entity member = ownersPerson(source);
    if (member != null) {
      return member;
    }
    Entity subject = subjectBeforeDocument(source);
    if (subject != null) {
      return subject;
    }
    Entity closing = appositionClosingBeforeCue(source);
    if (closing != null) {
      return closing;
    }
    Entity holder = namedBeforePost(source);
    if (holder != null) {
      return holder;
    }
    Matcher m = OWNED_ROLE.matcher(text).region(source.end(), text.length());
    if (!m.lookingAt() || cueStart >= 0 && cueStart < m.end()) {
      return null;
    }
    Span owned = Span.of(text, source.start(), m.end());
    String[] words = Splits.SPACES.split(m.group().strip());
    String head = words[words.length - 1];
    if (!isRole(head) && !wordNetPerson(head)) {
      return null;
    }
    Set<String> modifiers = new HashSet<>();
    for (int k = 1; k < words.length - 1; k++) {
      modifiers.add(words[k]);
    }
    Span described = Span.of(text, source.end() + m.group().indexOf(words[1]), m.end());
    return namedBeside(owned, new Role(described.text(), head, modifiers, described.start()),
        owned.text());
  }

  /**
   * The witness a hearing "heard (evidence) from" when the source stage picked the hearing ("The
   * inquest heard evidence from Rhona Keel, a night nurse, who accepted that ..."): the cue is
   * "heard", the source's last word a body that hears evidence, and a person's full name follows
   * "from"; null otherwise.
   */
  private Entity heardFrom(Span source) {
    if (cueStart < 0 || !quote.cue().get().span().text().equalsIgnoreCase("heard")) {
      return null;
    }
    String[] words = Splits.SPACES.split(source.text().strip().toLowerCase(Locale.ROOT));
    if (!HEARINGS.contains(words[words.length - 1])) {
      return null;
    }
    Matcher m = HEARD_FROM.matcher(text).region(quote.cue().get().span().end(), text.length());
    NameMention n = m.lookingAt() ? nameStartingAt(m.end()) : null;
    if (n == null || !n.full() || n.entity == null || n.entity.kind != SpeakerKind.PERSON) {
      return null;
    }
    return because(confirmed(n), "witness", quoted(source.text()) + " heard from "
        + quoted(n.span.text()) + ", who speaks");
  }

  /**
   * The person whose full name follows the source mention's possessive before the cue, when the
   * source stage picked the owner ("[Saracens]' Owen Farrell, making his 100th appearance,
   * said"); null otherwise.
   */
  private Entity ownersPerson(Span source) {
    Matcher m = OWNER_BEFORE_NAME.matcher(text).region(source.end(), text.length());
    if (!m.lookingAt()) {
      return placedPerson(source);
    }
    NameMention n = nameStartingAt(m.end());
    if (n == null || !n.full() || n.entity == null || n.entity.kind != SpeakerKind.PERSON
        || cueStart >= 0 && cueStart < n.span.end()) {
      return null;
    }
    return because(confirmed(n), "owner-name", quoted(n.span.text()) + " follows "
        + quoted(source.text() + m.group().strip()) + ", the source's possessive");
  }

  /**
   * The person whose full name follows the source mention, a place or body in capitals, and a
   * post in small letters, when the source stage picked that first word ("[Insch] arable
   * farmer Moira Tait - no relation - said", "[Obama] adviser Ada Reed said"); null otherwise.
   * The source must be one name, no person's full name, and the person's name must end before
   * the cue.
   */
  private Entity placedPerson(Span source) {
    Entity joined = jointPostPerson(source);
    if (joined != null) {
      return joined;
    }
    Matcher m = PLACED_POST.matcher(text).region(source.end(), text.length());
    if (!m.lookingAt()) {
      return null;
    }
    String[] sourceWords = Splits.SPACES.split(source.text().strip());
    String last = sourceWords[sourceWords.length - 1];
    // "[Harbour Lines chief] operating officer Ada Reed - no relation -": a post cut short
    boolean cutPost = sourceWords.length > 1 && Character.isLowerCase(last.charAt(0))
        && isRole(last);
    NameMention at = cutPost ? null : entities.nameAt(source.start());
    if (!cutPost && (at == null || at.entity == null || at.span.end() != source.end()
        || at.form == NameMention.Form.PERSON)) {
      return null;
    }
    NameMention n = personAfterPost(m, false);
    return n == null ? null : because(confirmed(n), "placed-name", quoted(n.span.text())
        + " follows " + quoted(source.text() + " " + m.group().strip())
        + (cutPost ? ", a post the source stage cut short" : ", the source and a post"));
  }

  /**
   * The full name of a person that follows a post matched by {@code m}, whose last word is a role
   * or person noun, and ends before the cue; when {@code cueMayPrecede}, a cue before the post
   * ("according to [X] and historian Y") does not count. Null otherwise.
   */
  private NameMention personAfterPost(Matcher m, boolean cueMayPrecede) {
    String[] words = Splits.SPACES.split(m.group().strip());
    String head = words[words.length - 1];
    if (!isRole(head) && !wordNetPerson(head)) {
      return null;
    }
    NameMention n = nameStartingAt(m.end());
    // "Citing ..., [Lee] later accused X": only a joint post may follow its cue
    boolean cueBefore = cueMayPrecede && cueStart >= 0 && cueStart < m.regionStart();
    return n == null || !n.full() || n.entity == null || n.entity.kind != SpeakerKind.PERSON
        || cueStart < n.span.end() && !cueBefore || quote.content().overlaps(n.span) ? null : n;
  }

  /**
   * The person named before ", who is" when the source stage picked the post after it ("Rowan
   * Tarrow, who is [chairman of the fund], said"; also "who was", "who has been", "who serves
   * as"): the source opens with its head, a role or person noun in small letters (after "the",
   * "a" or "an"), ending it or followed by a preposition, and a person's full name ends at the
   * comma; null otherwise.
   */
  private Entity namedBeforePost(Span source) {
    Matcher m = WHO_IS_BEFORE.matcher(text).region(Math.max(0, source.start() - 40),
        source.start());
    if (!m.find()) {
      return null;
    }
    String[] words = Splits.SPACES.split(source.text().strip());
    int k = ARTICLES.contains(lower(words[0])) ? 1 : 0;
    while (k + 1 < words.length
        && !DescriptionAntecedents.DESCRIPTION_ENDS.contains(words[k + 1])) {
      k++;
    }
    String head = k < words.length ? words[k] : "";
    if (head.isEmpty() || !Character.isLowerCase(head.charAt(0))
        || !isRole(head) && !wordNetPerson(head)) {
      return null;
    }
    NameMention n = nameEndingAt(m.start());
    if (n == null || !n.full() || n.entity == null || n.entity.kind != SpeakerKind.PERSON
        || n.inQuote) {
      return null;
    }
    return because(confirmed(n), "apposition", quoted(source.text()) + " is the post of "
        + quoted(n.span.text()) + ", named before ', " + m.group(1) + "'");
  }

  /**
   * The person whose full name follows two posts joined by "and" when the source stage picked the
   * first post alone ("[Surveyor] and Ngati woman Aroha Tane, who ..., said"; "according to
   * [Herald contributor] and economic historian Nadia Ostrow"): the source ends in a role or person
   * noun, after capitalised words or an article only, and names no person; the second post's
   * last word is a role or person noun in small letters; and the name ends before a cue that
   * follows the source, outside the quote's content; null otherwise.
   */
  private Entity jointPostPerson(Span source) {
    String[] words = Splits.SPACES.split(source.text().strip());
    String last = words.length == 1 ? lower(words[0]) : words[words.length - 1]; // "[Nurse] and"
    if (!Character.isLowerCase(last.charAt(0)) || !isRole(last) && !wordNetPerson(last)) {
      return null;
    }
    for (int k = 0; k < words.length - 1; k++) { // "[Herald contributor] and historian X"
      if (!Character.isUpperCase(words[k].charAt(0)) && !ARTICLES.contains(lower(words[k]))) {
        return null;
      }
    }
    NameMention at = words.length > 1 ? entities.nameAt(source.start()) : null;
    if (at != null && at.entity != null && at.entity.kind == SpeakerKind.PERSON) {
      return null; // "[Mayor Ann Lee's aide] and ..." names its own person
    }
    Matcher m = AND_POST.matcher(text).region(source.end(), text.length());
    NameMention n = m.lookingAt() ? personAfterPost(m, true) : null;
    if (n == null) {
      return null;
    }
    return because(confirmed(n), "joint-post-name", quoted(n.span.text()) + " follows "
        + quoted(source.text() + m.group().stripTrailing()) + ", the source and a second post");
  }

  /**
   * The speaker named just before the cue when the source stage picked the document the cue
   * says the words were said in ("Eastway Rail's chief operating officer, Priya Malhotra, said in a
   * statement"): the source follows the cue and "in", is a document noun, and a person's full
   * name or an organisation's name ends right before the cue, or before a comma there; null
   * otherwise.
   */
  private Entity subjectBeforeDocument(Span source) {
    if (cueStart < 0 || source.start() <= cueStart) {
      return null;
    }
    int cueEnd = quote.cue().get().span().end();
    Matcher in = IN_DOCUMENT.matcher(text).region(cueEnd, source.start());
    String[] words = Splits.SPACES.split(source.text().strip());
    String head = words[words.length - 1].toLowerCase(Locale.ROOT);
    if (!in.matches() || !lexicon.is(SpeakerLexicon.Kind.SPEECH, head)
        || !ARTICLES.contains(words[0].toLowerCase(Locale.ROOT))) {
      return null; // "cited in Trump's tweet": a document that names its owner
    }
    int k = lastNonSpace(cueStart, 0);
    NameMention n = k >= 0 && text.charAt(k) == ',' ? nameEndingAt(k) : nameEndingAt(k + 1);
    if (n == null || n.entity == null || n.inQuote || !(n.full() && n.entity.kind
        == SpeakerKind.PERSON || n.entity.kind == SpeakerKind.ORGANIZATION && !n.entity.place)
        || article.sentenceAt(n.span.start()).index() != article.sentenceAt(cueStart).index()) {
      return null;
    }
    Entity e = confirmed(n);
    issuers.issued(head, e, source, words[0].equalsIgnoreCase("the"));
    return because(e, "document-speaker", quoted(n.span.text()) + " stands just"
        + " before the cue; " + quoted(source.text()) + " is what the words were said in");
  }

  /**
   * The person whose full name, set off by commas, stands straight before the cue after the
   * source mention, when the source stage picked an earlier subject: "The row comes after the
   * party's treasurer, Sal Brinton, warned that" is Sal Brinton's. The name must open after a
   * comma in the cue's sentence and close with a comma just before the cue, and the source must
   * name no one itself (no person's name, pronoun, role or person noun), nor a place noun before
   * the name ("reached in the capital, Puerto Lerma, said": the place's name); null otherwise.
   */
  private Entity appositionClosingBeforeCue(Span source) {
    int cue = cueStart;
    if (cue <= source.end()) {
      return null;
    }
    int k = lastNonSpace(cue, source.end());
    if (text.charAt(k) != ',') {
      return null;
    }
    NameMention n = nameEndingAt(k);
    if (n == null || n.span.start() <= source.end() || !n.full()
        || n.entity == null || n.entity.kind != SpeakerKind.PERSON
        || article.sentenceAt(n.span.start()).index() != article.sentenceAt(cue).index()) {
      return null;
    }
    int b = lastNonSpace(n.span.start(), source.end());
    NameMention named = entities.nameAt(source.start());
    String[] words = Splits.SPACES.split(source.text().strip());
    String last = words[words.length - 1].toLowerCase(Locale.ROOT);
    if (text.charAt(b) != ',' || b == source.end() // set beside the source itself: its own rule
        || PLACE_NOUN_BEFORE.matcher(text).region(source.end(), b).find() // "in the capital, X,"
        || organisationNamed(source)
            && SIGNED_BY.matcher(text).region(source.end(), n.span.start()).find()
        || named != null && named.entity != null && named.entity.kind == SpeakerKind.PERSON
        || Pronoun.of(last) != null || isRole(last) || wordNetPerson(last)) {
      // "Giovanni Maria Vian, the editor of L'Osservatore Romano, said" is his own; so is "He,
      // flanked by his deputy, Jo Reed, said": only a source that names no one gives way; and
      // "The NPMC, in a statement signed by its spokesperson, Aisha Bello, said" is the NPMC's
      // ("The letter, signed by X, said" is X's: a document gives way)
      return null;
    }
    return because(confirmed(n), "apposition", quoted(n.span.text()) + ", set off by commas,"
        + " stands just before the cue; the source " + quoted(source.text()) + " is further");
  }

  /** "in the capital", "in the port city": a place noun the name after it is set beside. */
  private static final Pattern PLACE_NOUN_BEFORE = Pattern.compile("\\bin[ \\t]+the[ \\t]+"
      + "(?:[\\p{Ll}-]+[ \\t]+)?(?:capital|city|town|village|province|region|district|county"
      + "|port|island|state)[ \\t]*$");

  /**
   * Whether a segment opens with one word in small letters for a person, right before the name
   * ("resident Delores Farquharson", "vendor Ann Lee").
   */
  private boolean personNounBefore(SourceReading r, int[] seg, NameMention name) {
    int start = r.toks.get(seg[0]).token().start();
    String before = text.substring(start, Math.max(start, name.span.start())).strip();
    return !before.isEmpty() && before.chars().allMatch(Character::isLowerCase)
        && (isRole(before) || wordNetPerson(before));
  }

  /**
   * Whether a one-word name is all the text says of its entity: no first name, no other mention,
   * no title ("Akure" set off after a body's name).
   */
  private static boolean loneWord(NameMention m) {
    return m.form == NameMention.Form.SINGLE && !m.titled && m.entity != null
        && m.entity.first == null && m.entity.names.size() == 1;
  }

  /**
   * Whether a description is a government body named "Executive" ("The Health Service Executive",
   * "the Scottish Executive"): the head capitalised after capitalised words only, none of them a
   * post ("the Chief Executive" is a person's).
   */
  private boolean executiveBody(SourceReading.Description d) {
    if (!d.head().equals("executive")) {
      return false;
    }
    String[] words = Splits.SPACES.split(Entity.withoutArticle(d.span().text()).strip());
    if (words.length < 2) {
      return false;
    }
    for (int k = 0; k < words.length; k++) {
      String w = words[k];
      if (!Character.isUpperCase(w.charAt(0))
          || k < words.length - 1 && isRole(w.toLowerCase(Locale.ROOT))) {
        return false;
      }
    }
    return true;
  }

  /** Whether a source mention ends in an organisation's name ("The NPMC"). */
  private boolean organisationNamed(Span source) {
    NameMention m = nameEndingAt(source.end());
    return m != null && m.entity != null && m.entity.kind == SpeakerKind.ORGANIZATION;
  }

  static int cueStart(Quote q) {
    return q.cue().map(c -> c.span().start()).orElse(-1);
  }

  /**
   * The noun phrase a source mention that is a lone article opens ("the" of "According to the
   * returning officer, Ama Osei, the count", as a source stage may stop at a word it reads as a
   * verb), or a lone "One" or "Another" before a noun ("One shopkeeper, who ..., said"): the words
   * after it up to a comma, the cue, a quotation mark or the sentence's end, at most {@link
   * #DETERMINER_PHRASE_WORDS}; else {@code src}.
   */
  private Span determinerPhrase(Span src) {
    String word = lower(src.text().strip());
    boolean one = ONE_OF_THEM.contains(word);
    if (!LONE_ARTICLES.contains(word) && !one) {
      return src;
    }
    Sentence s = article.sentenceAt(src.start());
    List<Token> toks = article.tokens(s);
    int k = SortedSpans.firstStartingAtOrAfter(toks, Token::start, src.end());
    if (one && (k >= toks.size() || !ArticleScan.base(article.tags(s).get(k)).equals("NOUN")
        || !Character.isLowerCase(toks.get(k).text().charAt(0)))) {
      return src; // "One, a nurse, said", "One of them said": read as they are
    }
    int end = src.end();
    for (int n = 0; k < toks.size() && n < DETERMINER_PHRASE_WORDS; k++, n++) {
      Token t = toks.get(k);
      String w = t.text();
      if (t.start() == cueStart || !Character.isLetterOrDigit(w.charAt(0))
          || n > 0 && k + 1 < toks.size() && toks.get(k + 1).text().equals("by")
              && ArticleScan.base(article.tags(s).get(k)).equals("VERB")) {
        break; // "a tally kept by the research firm X": the participle's agent is no part of it
      }
      end = t.end();
    }
    return end == src.end() ? src : Span.of(text, src.start(), end);
  }

  /** The reflexive pronouns of the third person, as alternatives of a regular expression. */
  private static final String REFLEXIVES = "himself|herself|themselves|itself";
  /** A reflexive pronoun of the third person, alone. */
  private static final Pattern REFLEXIVE = Pattern.compile("(?i)" + REFLEXIVES);
  /** A reflexive pronoun closing a source mention, for emphasis ("Morrow herself"). */
  private static final Pattern CLOSING_REFLEXIVE =
      Pattern.compile("(?i)[ \\t]+(?:" + REFLEXIVES + ")$");

  /**
   * A source mention without the reflexive pronoun that stresses it ("The congresswoman herself",
   * "Morrow herself": the congresswoman, Morrow), or the name just before a source that is such a
   * pronoun alone; the mention itself otherwise.
   */
  private Span withoutReflexive(Span src) {
    Matcher m = CLOSING_REFLEXIVE.matcher(src.text());
    if (m.find() && m.start() > 0) {
      return Span.of(text, src.start(), src.start() + m.start());
    }
    int before = src.start() - 1; // "Morrow herself said" with the source "herself" alone
    if (!REFLEXIVE.matcher(src.text()).matches() || before < 1 || text.charAt(before) != ' ') {
      return src;
    }
    NameMention n = entities.nameAt(before - 1);
    return n != null && n.span.end() == before && !n.inQuote ? n.span : src;
  }

  /**
   * A source mention that starts inside a hyphenated word ("71-year-[old diplomat]", as a
   * tokenizer may split it) or with an age ("71-year-old diplomat"), from the start of that word
   * and the determiner and adjectives before it ("the bespectacled, 71-year-old diplomat"), so
   * that it reads as the description it is; else {@code src}.
   */
  private Span wordStart(Span src) {
    int at = src.start();
    boolean age = Ages.opens(text, at, src.end());
    if (!age && (at < 2 || text.charAt(at - 1) != '-'
        || !Character.isLetterOrDigit(text.charAt(at - 2)))) {
      return src;
    }
    while (at > 0 && (Character.isLetterOrDigit(text.charAt(at - 1))
        || text.charAt(at - 1) == '-' || text.charAt(at - 1) == ',' && at > 1
            && Character.isDigit(text.charAt(at - 2)) && Character.isDigit(text.charAt(at)))) {
      at--; // "8,000-word"
    }
    Sentence s = article.sentenceAt(src.start());
    List<Token> toks = article.tokens(s);
    List<String> tags = article.tags(s);
    int k = SortedSpans.firstStartingAtOrAfter(toks, Token::start, at);
    int first = k;
    for (k--; k >= 0; k--) {
      String tag = ArticleScan.base(tags.get(k));
      boolean det = tag.equals("DET") && !QUESTION_WORDS.contains(lower(toks.get(k).text()));
      if (det || tag.equals("ADJ")) {
        first = k;
        if (det) {
          break;
        }
      } else if (!toks.get(k).text().equals(",") || k == 0
          || !ArticleScan.base(tags.get(k - 1)).equals("ADJ")) {
        break;
      }
    }
    int start = Math.min(at, first < toks.size() ? toks.get(first).start() : at);
    return Span.of(text, start, src.end());
  }

  /** "One of " just before a source mention: the mention names the group, not the speaker. */
  private static final Pattern MEMBER_OF_BEFORE =
      Pattern.compile("(?i)\\b(?:one|either|neither|each) of\\s+$");

  /** Pronouns that stand for a group after "one of" ("one of them"). */
  private static final Set<String> GROUP_PRONOUNS = Set.of("them", "us", "you", "those", "these");
  /** Plural nouns for people that end in no "s" ("one of the people"). */
  private static final Set<String> PEOPLE_PLURALS = Set.of("people", "men", "women", "children");

  /**
   * The one unnamed member a source mention of a group stands for when "one of" comes just
   * before it ("One of the officials said", "one of them told"): someone new, shown by the whole
   * phrase, not the group; null when no "one of" stands there, or when the mention is no group
   * of people: an owner ("one of her ads" is hers, "One of Trump's" his) or documents.
   */
  private Entity oneOfGroup(Span src) {
    Matcher m = MEMBER_OF_BEFORE.matcher(text).region(Math.max(0, src.start() - 16), src.start());
    if (!m.find()) {
      return null;
    }
    String mention = src.text().strip();
    String last = lastWord(mention).toLowerCase(Locale.ROOT);
    boolean plural = last.length() > 3 && last.endsWith("s") && !last.endsWith("ss")
        && !ArticleScan.possessive(last);
    boolean group = GROUP_PRONOUNS.contains(mention.toLowerCase(Locale.ROOT))
        || PEOPLE_PLURALS.contains(last) || plural && !lexicon.is(SpeakerLexicon.Kind.SPEECH, last)
        && !lexicon.is(SpeakerLexicon.Kind.SPEECH, last.substring(0, last.length() - 1));
    if (!group) {
      return null;
    }
    Entity e = entities.fresh(SpeakerKind.UNKNOWN, false);
    Span phrase = Span.of(text, m.start(), src.end());
    String noun = GROUP_PRONOUNS.contains(mention.toLowerCase(Locale.ROOT))
        && phrase.text().regionMatches(true, 0, "one ", 0, 4) ? groupNoun(src) : null;
    if (noun != null) { // "according to two employees ... One of them said": one employee
      e.name(phrase.text().substring(0, 3) + " " + noun);
      if (isRole(noun)) {
        entities.addRole(e, new Role(noun, noun, Set.of(), src.start()));
      }
      return because(e, "partitive", quoted(phrase.text()) + " is one of the " + noun
          + "s the text names just before");
    }
    e.label(phrase);
    return because(e, "partitive", quoted(phrase.text()) + " is one of the group "
        + quoted(src.text()) + ", not the group");
  }

  /**
   * A noun that a source names a body through ("the banner of", "the aegis of", "the auspices
   * of"): the body after it is who speaks.
   */
  private static final String BANNER = "(?:banner|aegis|auspices)[ \t]+of[ \t]+";
  /** A source that opens with such a noun: "the banner of ". */
  private static final Pattern UNDER_BANNER = Pattern.compile("(?i)(?:the[ \t]+)?" + BANNER);
  /** The same after a source: " under the banner of (the) ". */
  private static final Pattern BANNER_AFTER = Pattern.compile("[ \t]+under[ \t]+the[ \t]+"
      + BANNER + "(?:the[ \t]+)?");

  /**
   * The body a source names through a banner ("the banner of the X Manch"), or that follows
   * "under the banner of" right after it ("Farmers under the banner of the X Manch blocked"): the
   * body speaks. The source itself otherwise.
   */
  private Span bannerBody(Span given) {
    Matcher banner = UNDER_BANNER.matcher(given.text());
    if (banner.lookingAt() && banner.end() < given.length()) {
      return Span.of(text, given.start() + banner.end(), given.end());
    }
    Matcher after = BANNER_AFTER.matcher(text).region(given.end(), text.length());
    NameMention body = after.lookingAt() ? entities.nameAt(after.end()) : null;
    return body != null && body.span.start() == after.end() && body.entity != null
        && body.entity.kind == SpeakerKind.ORGANIZATION ? body.span : given;
  }

  /** The label a hearing's transcript gives the judge: "THE COURT", "COURT". */
  private static final Pattern COURT_LABEL = Pattern.compile("(?:THE[ \t]+)?COURT");
  /** Role nouns of the one who presides in court. */
  private static final List<String> JUDGES = List.of("judge", "justice", "magistrate");
  /**
   * What may open a source mention before the one it means, whom a verb before it aimed at: a
   * day (and part of it) and "at" or "against" ("Wednesday night at columnist X, who wrote").
   */
  private static final Pattern TARGET_BEFORE = Pattern.compile("(?:(?:Mon|Tues|Wednes|Thurs"
      + "|Fri|Satur|Sun)day(?:[ \\t]+(?:night|morning|afternoon|evening))?[ \\t]+)?"
      + "(?:at|against)[ \\t]+");

  private Entity resolveMention(Quote q, Span src) {
    Matcher target = TARGET_BEFORE.matcher(src.text());
    if (target.lookingAt() && target.end() < src.length()) { // "hit back Wednesday at
      // columnist X, who wrote": X, whom the verb before aimed at
      return resolveMention(q, Span.of(text, src.start() + target.end(), src.end()));
    }
    NameMention lettered = nameBeforeLetters(src);
    if (lettered != null) { // "..., Prime Minister Janelle Thornhill, SC, MP, has announced"
      return mention(because(confirmed(lettered), "source", quoted(src.text())
          + " are the letters after " + quoted(lettered.span.text())), src);
    }
    quote = q;
    cueStart = cueStart(q);
    SourceReading r = new SourceReading(article, src, entities, lexicon);
    List<SourceReading.Tok> toks = r.toks;
    Entity interview = interviewLabel(src);
    if (toks.isEmpty() && interview == null) {
      return null; // "Q. Why ...": the tokenizer reads "Q." as one word, the label as none
    }
    if (interview == null) {
      interview = outletLabel(src);
    }
    if (interview == null) {
      interview = courtLabel(src);
    }
    if (interview == null) {
      interview = honourJudge(src);
    }
    if (interview != null) {
      return mention(interview, src);
    }
    Entity joint = jointBack(src);
    if (joint != null) {
      return mention(joint, src);
    }
    Entity member = oneOfGroup(src);
    if (member != null) {
      return mention(member, src);
    }
    Span kin = relationBeforeDescription(src);
    Entity relative = kin == null ? null : resolveMention(q, kin);
    if (relative != null && relative.kind == SpeakerKind.PERSON) {
      return mention(because(relative, "relative", quoted(src.text()) + " is "
          + quoted(kin.text()) + ", described after a comma"), src);
    }
    Entity post = postOfOwner(src);
    if (post != null) {
      return mention(post, src);
    }
    Entity resident = personBeforeTown(src);
    if (resident != null) {
      return mention(resident, src);
    }
    SourceReading.Tok first = toks.get(0);
    Entity antecedent = toks.size() == 1 ? relativeAntecedent(first.lower(), src) : null;
    if (antecedent == null && toks.size() == 1 && first.lower().equals("who")) {
      antecedent = pluralBeforeWho(src);
    }
    if (antecedent != null) {
      return mention(antecedent, src);
    }
    Matcher partitive = toks.size() == 1 && QUANTIFIER.matcher(first.lower()).matches()
        ? OF_RELATIVE.matcher(text).region(src.end(), text.length()) : null;
    Span phrase = partitive != null && partitive.lookingAt() // "two" cut from "two of whom"
        ? relativeNounPhrase(new SourceReading(article, Span.of(text, src.start(),
            partitive.end()), entities, lexicon), src)
        : relativeNounPhrase(r, src);
    if (phrase != null) { // "the 1 percent who preferred him", "the group, whose members said"
      Entity e = resolveMention(q, phrase);
      if (e != null) {
        return mention(because(e, "relative-pronoun", quoted(src.text()) + " stands for "
            + quoted(phrase.text()) + " before it"), src);
      }
    }
    Entity named = toks.size() == 1 && OWNERS.contains(first.lower()) ? possessedRole(src) : null;
    if (named != null) {
      return mention(named, src);
    }
    String word = toks.size() == 1 ? CONTRACTION.matcher(first.lower()).replaceFirst("") : "";
    Entity spoke = word.equals("it") ? thingThatSpokeBefore(src) : null;
    if (spoke != null) { // "The letter accuses X of bias. It also accused Y"
      return mention(because(spoke, "pronoun", quoted(src.text()) + " continues "
          + quoted(lastSpeakerQuote.source().get().text()) + ", the thing that spoke in the"
          + " sentence before it"), src);
    }
    Span thing = word.equals("it") ? thingBefore(src) : null;
    if (thing != null) { // "Her campaign released a statement. It accused ..."
      Entity e = resolveMention(q, thing);
      if (e != null) {
        return mention(because(e, "pronoun", quoted(src.text()) + " continues "
            + quoted(thing.text()) + ", the thing the sentence before it is about"), src);
      }
    }
    if (Pronoun.of(word) != null) { // "He's" as one token: "he"
      return mention(pronouns.resolve(word, src, q), src);
    }
    Entity called = first.lower().equals("a") || first.lower().equals("an") ? calledName(src)
        : null;
    if (called != null) { // "A group called Stadium Watch Port Maitland ... said"
      return mention(called, src);
    }
    Entity handle = toks.size() == 1 ? entities.nicknamedPerson(first.text()) : null;
    if (handle != null) { // "kiko said" after Rafael "kiko" Moreira
      return mention(because(handle, "nickname", quoted(src.text())
          + " is the nickname in quotation marks of " + label(handle)), src);
    }
    Entity e = namedRelative(src);
    if (e == null) {
      e = oneOfThem(r, src);
    }
    if (e == null) {
      e = partyTagged(src);
    }
    if (e == null) {
      e = homedMember(src);
    }
    if (e == null) {
      e = issuers.jointIssuer(src);
    }
    if (e == null) {
      e = speechOwner(r, q);
    }
    if (e == null) {
      e = issuers.issuedByAfter(r, src); // "the State of the Industry survey released by X"
    }
    if (e == null) {
      e = named(r, src);
    }
    if (e == null) {
      e = appositionName(r, src);
    }
    if (e == null) {
      e = givenName(src);
    }
    if (e == null) {
      e = nameBefore(r, src);
    }
    if (e == null) {
      e = described(r, src);
      Span further = e == null || !e.names.isEmpty() || e.mentioned() ? null
          : describedFurther(r, src);
      if (further != null) { // "One customer, a retired postman from Wrexford who ..., said"
        e.label(further);
        because(e, "description", quoted(src.text()) + " is described further as "
            + quoted(further.text()));
      }
    }
    if (e == null) {
      return null;
    }
    if (e.thing && e.kind == SpeakerKind.UNKNOWN && toks.size() >= 2
        && OWNERS.contains(first.lower()) && !RELATIONS.contains(ArticleScan.roleWord(
            toks.get(toks.size() - 1).lower())) && !personHead(r)) { // "His assumption was"
      Span owner = first.token().span();
      e = because(mention(pronouns.resolve(first.lower(), owner, q), owner), "possessive",
          quoted(src.text()) + " is no speaker; " + quoted(first.text()) + " owns it and speaks");
    }
    Entity owner = e.thing && e.kind == SpeakerKind.UNKNOWN || e.kind == SpeakerKind.DOCUMENT
        && e.names.isEmpty() ? namedOwner(r, src, e.kind == SpeakerKind.DOCUMENT) : null;
    if (owner != null) { // "Trump's new disclosure form stated", "Francis' message is"
      e = owner;
    } else if (q.cue().isPresent() && circumstance(q, src, e)) {
      Anchor subject = cueSubject(q, true);
      if (subject == null) {
        subject = personAfterQuotation(q); // "'...,' X, 30, who was polled, said in"
      }
      if (subject != null && subject.entity() != e) { // "X said in [a follow-up interview]"
        e = because(subject.entity(), "circumstance", quoted(src.text()) + " says where or how"
            + " it was said; " + quoted(text.substring(subject.start(), subject.end()))
            + ", named before the cue, speaks");
      }
    } else if (q.cue().isPresent() && implausible(e, r, src)) {
      Anchor subject = cueSubject(q, true);
      if (subject != null) { // "Trump never missed [an opportunity] to remind the audience"
        e = because(subject.entity(), "implausible-source", quoted(src.text()) + " names no one"
            + " who speaks; " + quoted(text.substring(subject.start(), subject.end()))
            + ", the subject before the cue, speaks");
      }
    }
    Entity speaker = e;
    relativePronoun(src).ifPresent(p -> speaker.addOther(p, "relative-pronoun",
        quoted(p.text()) + " after the source " + quoted(src.text())));
    return mention(speaker, src);
  }

  /**
   * Whether a source span stands behind a preposition of place or manner, after its cue ("said in
   * [a follow-up interview]", "said at [a packed public meeting]") or, a thing no one named, before
   * it ("X, in [a radio interview], said"): it says where or how the words were said, not who said
   * them.
   */
  private boolean circumstance(Quote q, Span src, Entity e) {
    Span cue = q.cue().get().span();
    boolean before = src.end() <= cue.start();
    boolean thing = (e.thing || e.kind == SpeakerKind.DOCUMENT) && e.names.isEmpty();
    if (before ? !thing : src.start() < cue.end()) {
      return false; // before the cue only a thing: not "faith in [Obama]'s word"
    }
    Sentence s = article.sentenceAt(src.start());
    List<Token> words = article.tokens(s);
    int k = SortedSpans.firstStartingAtOrAfter(words, Token::start, src.start()) - 1;
    return k >= 0 && (before || words.get(k).start() >= cue.end())
        && CIRCUMSTANCE.contains(lower(words.get(k).text()));
  }

  /**
   * The person named first between a quotation and its cue in the cue's sentence ("'...,' Mara
   * Lind, 41, who was surveyed, said"), outside quotations; null when none is.
   */
  private Anchor personAfterQuotation(Quote q) {
    int cue = q.cue().get().span().start();
    int from = q.content().end();
    if (from > cue
        || article.sentenceAt(cue).index() != article.sentenceAt(Math.max(0, from - 1)).index()) {
      return null;
    }
    for (int k = anchorIndex(nameAnchors, from) + 1;
        k < nameAnchors.size() && nameAnchors.get(k).start() < cue; k++) {
      Anchor a = nameAnchors.get(k);
      if (a.start() >= from && !a.inQuote() && a.entity() != null && a.entity().person()) {
        return a;
      }
    }
    return null;
  }

  /**
   * Someone unnamed that a bare "One" or "Another", the whole source, stands for: the description
   * a comma sets after it ("One, a nurse from Walsall who did not give her name, said"), else one
   * of the people a plural person noun just before it names ("Fans rallied round. One wrote",
   * "Some vice-chancellors agree. One, who runs a university, said"), named "One fan". Null when
   * the source is no such word or neither is there.
   */
  private Entity oneOfThem(SourceReading r, Span src) {
    if (r.toks.size() != 1 || !ONE_OF_THEM.contains(r.toks.get(0).lower())) {
      return null;
    }
    String word = r.toks.get(0).text();
    Matcher m = APPOSED_DESCRIPTION.matcher(text).region(src.end(),
        cueStart > src.end() ? cueStart : text.length());
    SourceReading.Description d = m.lookingAt() ? onePerson(m) : null;
    if (d != null) {
      Entity e = entities.fresh(SpeakerKind.UNKNOWN, false);
      e.name(d.span().text().strip());
      if (isRole(d.head())) {
        entities.addRole(e, d.role());
      }
      return because(e, "description", quoted(word) + " is " + quoted(d.span().text())
          + ", the description a comma sets after it");
    }
    String noun = groupNoun(src);
    if (noun == null) {
      return null;
    }
    Entity e = entities.fresh(SpeakerKind.UNKNOWN, false);
    e.name(word + " " + noun);
    if (isRole(noun)) {
      entities.addRole(e, new Role(noun, noun, Set.of(), src.start()));
    }
    return because(e, "description", quoted(word) + " is one of the " + noun
        + "s the text names just before");
  }

  /**
   * The longer description of an unnamed source that the source stage cut short, from the
   * source's start: a description of one person a comma sets after it, before any relative
   * clause ("One customer, a retired postman from Wrexford who would not give his name,
   * said"), or a participle or a word of nearness with its complement, up to the cue or else the
   * clause's end ("A diplomat briefed on the talks said", "According to two delegates briefed on
   * the talks, ..."), for a description of people; null otherwise.
   */
  private Span describedFurther(SourceReading r, Span src) {
    if (cueStart < 0 || cueStart > src.start() && cueStart <= src.end()
        || r.segments.size() != 1) {
      return null;
    }
    SourceReading.Description d = r.describe(r.segments.get(0));
    if (d == null && !ONE_OF_THEM.contains(r.toks.get(0).lower())) {
      return null; // "One of those queuing" is no description but opens one
    }
    int apposed = apposedPersonEnd(src);
    if (apposed >= 0) {
      return Span.of(text, src.start(), apposed);
    }
    Matcher k = KNOWING_PHRASE.matcher(text).region(src.end(), cueStart > src.end() ? cueStart
        : clauseEnd(src.end())); // "According to two delegates briefed on the talks, the"
    return k.matches() && d != null && (personNoun(d.head()) || pluralRole(d.head())
        || GoverningPhrase.peopleNoun(d.head(), lexicon))
        ? Span.of(text, src.start(), k.end(1)) : null;
  }

  /**
   * Where the clause that goes on at {@code from} ends: its next comma or its sentence's end;
   * {@code from} itself when that sentence ends before it (a plug-in's source may end past its
   * sentence, on the line break after it).
   */
  private int clauseEnd(int from) {
    int end = Math.max(from, article.sentenceAt(from).end());
    for (int k = from; k < end; k++) {
      if (text.charAt(k) == ',') {
        return k;
      }
    }
    return end;
  }

  /**
   * Where the description of one person ends that a comma sets after {@code src} before the cue,
   * up to any relative clause (", a retired postman from Wrexford who would not give his name,
   * said"), or -1 when none does.
   */
  private int apposedPersonEnd(Span src) {
    if (cueStart <= src.end()) {
      return -1;
    }
    Matcher m = APPOSED_DESCRIPTION.matcher(text).region(src.end(), cueStart);
    return m.lookingAt() && APPOSITION_CLOSES.matcher(text).region(m.end(), cueStart).matches()
        && onePerson(m) != null ? m.end(1) : -1;
  }

  /**
   * The description {@link #APPOSED_DESCRIPTION} matched in {@code m} (group 1) when it describes
   * one person ("a nurse from Walsall"), else null.
   */
  private SourceReading.Description onePerson(Matcher m) {
    SourceReading apposed = new SourceReading(article, Span.of(text, m.start(1), m.end(1)),
        entities, lexicon);
    SourceReading.Description d = apposed.segments.isEmpty() ? null
        : apposed.describe(apposed.segments.get(0));
    return d != null && !d.plural() && (personNoun(d.head()) || Ages.isAge(d.head())) ? d : null;
  }

  /** Whether a noun names a person: a role the lexicon lists, or a person noun WordNet knows. */
  private boolean personNoun(String head) {
    return isRole(head) || wordNetPerson(head) || wordNetSomeone(head)
        || head.indexOf('-') > 0 && wordNetPerson(head.replace("-", "")); // "passer-by"
  }

  /**
   * The singular of the last plural person noun outside quotations before {@code src} (or opening
   * a sentence: "Fans"): in its sentence, else in the three sentences before it within its
   * paragraph and the one before; null when there is none.
   */
  private String groupNoun(Span src) {
    Sentence here = article.sentenceAt(src.start());
    for (int i = here.index(); i >= Math.max(0, here.index() - GROUP_SENTENCES); i--) {
      Sentence s = article.sentences().get(i);
      if (here.paragraph() - s.paragraph() > 1) {
        return null;
      }
      List<Token> toks = article.tokens(s);
      List<String> tags = article.tags(s);
      for (int k = toks.size() - 1; k >= 0; k--) {
        Token t = toks.get(k);
        String tag = ArticleScan.base(tags.get(k));
        if (t.end() > src.start() || !(tag.equals("NOUN") || k == 0 && tag.equals("PROPN"))
            || scan.inQuote(t.start())) {
          continue;
        }
        String w = lower(t.text());
        String one = IRREGULAR_PLURALS.getOrDefault(w, withoutPluralS(w));
        if (one != null && personNoun(one)) {
          return one;
        }
      }
    }
    return null;
  }

  /** A town and a comma before a region that a relative "who" follows: "in Columbus, ". */
  private static final Pattern TOWN_THEN_REGION = Pattern.compile(
      "[ \t](?:in|from|of|near)[ \t]+\\p{Lu}[\\p{L}.'-]*(?:[ \t]+\\p{Lu}[\\p{L}.'-]*){0,2}"
      + ",[ \t]*$");
  /** A description set after a name, up to its town: ", a 34-year-old teacher". */
  private static final Pattern DESCRIBED_UP_TO_TOWN = Pattern.compile(
      ",[ \t]+(?:a|an|the)[ \t][^,;:.!?()\"\u201C\u201D\n]{1,80}$");

  /**
   * The person a region the source stage took for the source stands for when "who" follows it
   * and a description with a town sets it after the person's name ("Brianna Soto, a teacher in
   * Columbus, Ohio, who said"): the person, as the relative pronoun is theirs; null otherwise.
   */
  private Entity personBeforeTown(Span src) {
    if (!text.startsWith(", who ", src.end()) || !knownRegion(src.text().strip())) {
      return null;
    }
    Matcher town = TOWN_THEN_REGION.matcher(text).region(Math.max(0, src.start() - 60),
        src.start());
    if (!town.find()) {
      return null;
    }
    int k = anchorIndex(nameAnchors, town.start());
    for (; k >= 0 && town.start() - nameAnchors.get(k).end() <= MAX_DESCRIBED_GAP; k--) {
      Anchor b = nameAnchors.get(k);
      if (b.end() > town.start() || b.entity() == null || b.entity().place) {
        continue;
      }
      if (!DESCRIBED_UP_TO_TOWN.matcher(text).region(b.end(), town.start()).matches()
          || !b.entity().person()) {
        return null;
      }
      return because(b.entity(), "relative-pronoun", "'who' after " + quoted(src.text())
          + " follows " + quoted(text.substring(b.start(), b.end()))
          + ", the description set beside it and its town");
    }
    return null;
  }

  /**
   * The name a relative pronoun that is the whole source mention stands for ("Sen. Lindsey
   * Graham, who's called for", "Richard Blumenthal (D-Conn.), who"): the name just before it and
   * a comma, a person or group for "who", an organisation for "which"; null when the words
   * before are no such name ("superdelegates who've", "the only candidate who's"), or the name
   * is one of several ("Jeb Bush and Chris Christie, who say") or the complement of a role noun
   * ("an adviser to Trump, who").
   */
  private Entity relativeAntecedent(String word, Span src) {
    boolean who = word.equals("who");
    if (!who && !word.equals("which")) {
      return null;
    }
    int k = anchorIndex(nameAnchors, src.start());
    int close = bracketThenComma(src.start());
    int open = close < 0 ? -1 : text.lastIndexOf('(', close);
    boolean bracketed = open >= 0 && close - open <= 40;
    while (bracketed && k >= 0 && nameAnchors.get(k).start() > open) {
      k--; // a name inside brackets after the antecedent: "Sen. Ada Brill (D-Ore.), who"
    }
    if (k < 0) {
      return null;
    }
    Anchor a = nameAnchors.get(k);
    boolean described = false;
    if (!bracketed && a.end() <= src.start()
        && !RELATIVE_GAP.matcher(text).region(a.end(), src.start()).matches()) {
      // "William Oberndorf, a California investor who", "Harlan Crow, a Texas developer, who":
      // the name before a description set beside it, past names inside the description
      for (int j = k; j >= 0 && src.start() - nameAnchors.get(j).end() <= MAX_DESCRIBED_GAP;
          j--) {
        Anchor b = nameAnchors.get(j);
        Matcher d = DESCRIBED_GAP.matcher(text).region(b.end(), src.start());
        if (b.end() <= src.start() && d.matches() && (isRole(d.group(1))
            || AGENT_NOUN.matcher(d.group(1)).matches())) {
          a = b;
          described = true;
          break;
        }
      }
    }
    Entity e = a.entity();
    if (e == null || e.place || a.end() > src.start()
        || !described && !RELATIVE_GAP.matcher(text).region(a.end(), src.start()).matches()
        || (who ? !e.person() && e.kind != SpeakerKind.GROUP
            : e.kind != SpeakerKind.ORGANIZATION)) {
      return null;
    }
    Sentence s = article.sentenceAt(a.start());
    List<Token> words = article.tokens(s);
    int i = SortedSpans.firstStartingAtOrAfter(words, Token::start, a.start());
    String before = i > 0 ? lower(words.get(i - 1).text()) : "";
    if (COORDINATORS.contains(before) // "Jeb Bush and Chris Christie, who say"
        || i > 1 && (before.equals("to") || ArticleScan.base(article.tags(s).get(i - 1))
            .equals("ADP"))
            && isRole(ArticleScan.roleWord(lower(words.get(i - 2).text())))
        || OF_IN.contains(before) && text.indexOf(' ', a.start()) >= a.end()) {
      return null; // "a longtime adviser to Trump, who", "Sen. Bernie Sanders of Vermont, who"
    }
    return because(e, "relative-pronoun", quoted(src.text()) + " follows "
        + quoted(text.substring(a.start(), a.end())) + (described
            ? " and the description set beside it" : " after a comma"));
  }

  /**
   * The noun phrase a relative source mention hangs on, when no name rule above found it: the
   * words just before "who", "whom", "which" or "that" alone, "whose members" or "two of whom",
   * past a comma or dash ("the 1 percent who", "the Latino community, which", "five
   * superdelegates, two of whom", "super PACs that"): a determiner, adjectives, numbers and nouns
   * ending in a noun, within the sentence. When that phrase is a noun's complement, "who" and
   * "whom" stay on it (a person or group: "a rebuttal to the candidate who", "a rise from the 1
   * percent who"), as "which" and "that" do after "of" ("a conglomerate of super PACs that"); after
   * another preposition they go to the noun it completes ("a flaw in the system that"), unless
   * that noun names a time ("replaced on Friday morning by a message that"). A time phrase before
   * the pronoun is passed over to the noun before it ("a notice Monday afternoon that", "two
   * reports published in March that"). Null
   * when the mention is no relative one, no noun stands before it, a name does before a comma
   * (the name rules take or refuse it), or the phrase is a conjunct ("X and the group, which").
   */
  private Span relativeNounPhrase(SourceReading r, Span src) {
    List<SourceReading.Tok> toks = r.toks;
    String first = toks.get(0).lower();
    String last = toks.get(toks.size() - 1).lower();
    boolean relative = toks.size() == 1 && RELATIVES.contains(first)
        || toks.size() == 2 && first.equals("whose")
        || toks.size() == 3 && toks.get(1).lower().equals("of")
            && (last.equals("whom") || last.equals("which"));
    if (!relative) {
      return null;
    }
    Sentence s = article.sentenceAt(src.start());
    List<Token> words = article.tokens(s);
    List<String> tags = article.tags(s);
    int end = SortedSpans.firstStartingAtOrAfter(words, Token::start, src.start()) - 1;
    boolean comma = false;
    boolean dash = false;
    while (end >= 0 && GAP_MARKS.contains(words.get(end).text())) {
      comma |= words.get(end).text().equals(",");
      dash |= !words.get(end).text().equals(",");
      end--; // "the group, whose members"; "Ted Cruz—who"
    }
    if (end < 0 || !nounEnd(words, tags, end)
        || comma && !dash && ArticleScan.base(tags.get(end)).equals("PROPN")) {
      return null; // a name before a comma is the name rules' to take or refuse
    }
    int start = phraseStart(words, tags, end);
    int[] pastTime = beforeTime(words, tags, start, end);
    if (pastTime != null) {
      start = pastTime[0];
      end = pastTime[1];
    }
    String before = start > 0 ? lower(words.get(start - 1).text()) : "";
    if (COORDINATORS.contains(before)) {
      return null; // "X and [the group], which": either may be meant
    }
    boolean preposition = before.equals("to")
        || start > 0 && ArticleScan.base(tags.get(start - 1)).equals("ADP");
    boolean person = first.startsWith("who") || toks.size() == 3 && last.equals("whom");
    if (preposition && !person && !before.equals("of") && start > 1 && pastTime == null
        && nounEnd(words, tags, start - 2)) { // "a flaw in the system that": the flaw
      int flawStart = phraseStart(words, tags, start - 2);
      if (!TimePhrases.english().isTime(words, tags, flawStart, start - 1)) {
        end = start - 2; // not "replaced at noon by a message that": the message
        start = flawStart;
      }
    }
    return Span.of(text, words.get(start).start(), words.get(end).end());
  }

  /**
   * The noun phrase before a time phrase that ends the phrase at {@code [start, end]} (inclusive
   * token indices): the words before the time ("a notice" of "a notice Monday afternoon"), or the
   * phrase before the time's own words ("a listing on X.com Thursday"), or, past a preposition and
   * a participle, the noun they follow ("two reports published in March"); {@code {start, end}}
   * unchanged when the time has no such noun before it, null when no time ends the phrase.
   */
  private static int[] beforeTime(List<Token> words, List<String> tags, int start, int end) {
    int time = start;
    while (time <= end && !TimePhrases.english().isTime(words, tags, time, end + 1)) {
      time++;
    }
    if (time > end) {
      return null;
    }
    if (time > 0 && nounEnd(words, tags, time - 1)) {
      return new int[] {time > start ? start : phraseStart(words, tags, time - 1), time - 1};
    }
    if (time == start && start > 1 && ArticleScan.base(tags.get(start - 1)).equals("ADP")) {
      int k = start - 2;
      if (k > 0 && ArticleScan.base(tags.get(k)).equals("VERB")
          && lower(words.get(k).text()).endsWith("ed")) {
        k--;
      }
      if (nounEnd(words, tags, k)) {
        return new int[] {phraseStart(words, tags, k), k};
      }
    }
    return new int[] {start, end};
  }

  /** Whether word {@code k} may end a noun phrase: a noun, a name, a number or "%". */
  private static boolean nounEnd(List<Token> words, List<String> tags, int k) {
    return NOUN_TAGS.contains(ArticleScan.base(tags.get(k))) || words.get(k).text().equals("%");
  }

  /**
   * Where the noun phrase ending at word {@code end} starts, reading back over determiners,
   * adjectives, numbers, nouns and possessives, a determiner at most and {@link
   * #MAX_PHRASE_WORDS} words.
   */
  private static int phraseStart(List<Token> words, List<String> tags, int end) {
    int start = end;
    while (start > 0 && end - start < MAX_PHRASE_WORDS) {
      String tag = ArticleScan.base(tags.get(start - 1));
      if (!PHRASE_TAGS.contains(tag) && !ArticleScan.possessive(words.get(start - 1).text())) {
        break;
      }
      start--;
      if (tag.equals("DET")) {
        break;
      }
    }
    return start;
  }

  /**
   * The group "who" stands for right after a plural noun or "those" ("superdelegates who",
   * "those who say"): a group named by that word; null when another word stands before it.
   */
  private Entity pluralBeforeWho(Span src) {
    Sentence s = article.sentenceAt(src.start());
    List<Token> words = article.tokens(s);
    int i = SortedSpans.firstStartingAtOrAfter(words, Token::start, src.start()) - 1;
    if (i < 0 || words.get(i).end() > src.start()) {
      return null;
    }
    Token t = words.get(i);
    String w = lower(t.text());
    boolean plural = ArticleScan.base(article.tags(s).get(i)).equals("NOUN") && w.length() > 3
        && w.endsWith("s") && !w.endsWith("ss") && Character.isLowerCase(t.text().charAt(0));
    if (!plural && !w.equals("those")) {
      return null;
    }
    Entity e = entities.keyed("group:" + w, SpeakerKind.GROUP);
    e.plural = true;
    e.label(t.span());
    return because(e, "relative-pronoun", quoted(src.text()) + " follows " + quoted(t.text())
        + ", a group");
  }

  /**
   * The name that opens a source mention, or stands just before it, and owns the thing it names
   * ("Ada Brill's new disclosure form", "Francis' message"): a person, or any owner of a {@code
   * document}; null
   * when the mention opens with no name and possessive, the name is a place, another name follows
   * ("MSNBC's Chris Matthews") or the thing is a person related to it ("Brill's lawyer").
   */
  private Entity namedOwner(SourceReading r, Span src, boolean document) {
    List<SourceReading.Tok> toks = r.toks;
    NameMention n = entities.nameAt(toks.get(0).token().start());
    if (n != null && n.span.start() < src.start()) {
      return null; // the mention starts inside a name
    }
    if (n == null && !r.owner.isEmpty()) { // "Trump's" just before "new PFD form"
      toks = new ArrayList<>(r.owner);
      toks.addAll(r.toks);
      n = entities.nameAt(toks.get(0).token().start());
    }
    if (n == null || n.entity == null || n.entity.place || !document && !n.entity.person()
        || RELATIONS.contains(ArticleScan.roleWord(toks.get(toks.size() - 1).lower()))) {
      return null;
    }
    for (SourceReading.Tok t : toks) {
      NameMention other = entities.nameAt(t.token().start());
      if (other != null && other != n) {
        return null; // "MSNBC's Chris Matthews": the name after the owner
      }
    }
    int after = SourceReading.indexAfter(toks, n.span.end());
    boolean owns = after < toks.size() - 1 && isPossessiveMarker(toks.get(after).text())
        || after > 0 && after < toks.size() && (possessive(toks.get(after - 1).text())
            || ArticleScan.pluralPossessive(toks.get(after - 1).text()));
    if (!owns) {
      return null;
    }
    return because(confirmed(n), "possessive", quoted(src.text())
        + " is no speaker; " + quoted(n.span.text()) + " owns it and speaks");
  }

  /**
   * The speaker of a quote with a cue and no source: the person named first as a subject of the
   * cue's sentence, before the cue and outside quotations, not as a modifier or owner ("Clinton
   * campaign officials", "Trump's"): "Michael Mulgrew, president of the United Federation of
   * Teachers, ..., said he hopes ..."; with {@code organisations} also an organisation that is
   * no place and stands in no brackets; the name's anchor, or null when there is none.
   */
  private Anchor cueSubject(Quote q, boolean organisations) {
    int cue = q.cue().get().span().start();
    Sentence s = article.sentenceAt(cue);
    List<Token> toks = article.tokens(s);
    List<String> tags = article.tags(s);
    int k = anchorIndex(nameAnchors, s.start()) + 1;
    for (; k < nameAnchors.size() && nameAnchors.get(k).start() < cue; k++) {
      Anchor a = nameAnchors.get(k);
      if (!a.subject() || a.inQuote() || inside(q, a.start()) || a.entity() == null
          || !a.entity().person() && !(organisations && organisation(a.entity())
              && !bracketed(a))) {
        continue;
      }
      int next = SortedSpans.firstStartingAtOrAfter(toks, Token::start, a.end());
      String tag = next < toks.size() ? ArticleScan.base(tags.get(next)) : "";
      return tag.equals("NOUN") || tag.equals("PROPN") ? null : a;
    }
    return null;
  }

  private static Entity anchored(Anchor a) {
    return a == null ? null : a.entity();
  }

  /** Whether brackets enclose the name ("Philadelphia (AFP) -", a dateline's agency). */
  private boolean bracketed(Anchor a) {
    return a.start() > 0 && text.charAt(a.start() - 1) == '(' && a.end() < text.length()
        && text.charAt(a.end()) == ')';
  }

  private static boolean organisation(Entity e) {
    return e.kind == SpeakerKind.ORGANIZATION && !e.place;
  }

  /**
   * Whether the entity a source mention was read as is no plausible speaker: a thing that is no
   * document, role or name ("an opportunity", "the overall sense of a lull"), as a source stage
   * may pick the object of the cue's clause; not when its head noun may name a person the
   * lexicon does not list (an agent noun: "a heckler", "the speechwriter"; a relation: "his
   * colleague"), it names a person or it holds an acronym.
   */
  private boolean implausible(Entity e, SourceReading r, Span src) {
    if (!e.thing || e.kind != SpeakerKind.UNKNOWN || !e.names.isEmpty()
        || r.segments.isEmpty()) {
      return false;
    }
    if (r.describe(r.segments.get(0)) == null || personHead(r)) {
      return false; // "the former speechwriter", "a caller", "his colleague": unlisted people
    }
    for (SourceReading.Tok t : r.toks) {
      if (ACRONYM.matcher(t.text()).matches()) {
        return false; // a name the tagger did not read as one ("the SVP")
      }
    }
    for (int k = anchorIndex(nameAnchors, src.start()) + 1;
        k < nameAnchors.size() && nameAnchors.get(k).start() < src.end(); k++) {
      Entity named = nameAnchors.get(k).entity();
      if (named != null && named.person()) {
        return false; // a person named in it ("Former Clinton Senior Adviser Sidney Blumenthal")
      }
    }
    return true;
  }

  /**
   * Whether the head noun of a source's first phrase may name a person or a body the lexicon does
   * not list: a person noun (of the lexicon, or first a person's in WordNet: "her neighbour"), an
   * agent noun ("a heckler", "her publisher") or a relation ("his colleague").
   */
  private boolean personHead(SourceReading r) {
    if (r.segments.isEmpty()) {
      return false;
    }
    SourceReading.Description d = r.describe(r.segments.get(0));
    if (d == null) {
      return false;
    }
    return GoverningPhrase.peopleNoun(d.head(), lexicon) || AGENT_NOUN.matcher(d.head()).matches()
        || RELATIONS.contains(ArticleScan.roleWord(d.head()))
        || WordClasses.english().personNoun(d.head()); // "her neighbour"
  }

  /**
   * The person named just after a speech verb that follows a quotation with no cue in its
   * sentence ("'...' that Sanders can catch Clinton, said Steve Elmendorf, ..."), as an extractor
   * may leave the inverted attribution unread; the verb and the name are kept in {@link
   * #nameAfter}, the mention that records why. Null when there is none: then the quotation
   * continues the previous speaker.
   */
  private Entity invertedSpeaker(Quote q) {
    int end = q.content().end();
    Sentence s = article.sentenceAt(Math.max(0, end - 1));
    int k = anchorIndex(nameAnchors, end) + 1;
    for (; k < nameAnchors.size() && nameAnchors.get(k).start() < s.end(); k++) {
      Anchor a = nameAnchors.get(k);
      if (a.start() - end > INVERTED_REACH) {
        return null;
      }
      if (a.inQuote() || a.entity() == null || !a.entity().person()) {
        continue;
      }
      Matcher m = INVERTED_VERB.matcher(text).region(end, a.start());
      if (!m.find()) {
        continue; // a person named before the verb: "that Brill can win, said Tom Reyes"
      }
      nameAfter = Span.of(text, m.start(1), a.end()); // the verb and the name
      return because(a.entity(), "inverted-cue", quoted(text.substring(a.start(), a.end()))
          + " follows " + quoted(m.group(1)) + " after the quotation");
    }
    return null;
  }

  /**
   * The group a source that is only a share or a quantity speaks for ("64 percent", "Six in 10",
   * "half", "most", "a third", "33%", "others"): the group the text named just before, in the same
   * or the previous paragraph, after a share ("74 percent of Democratic registered voters"), a
   * quantifier ("Some men") or as the plural subject opening the sentence ("Republicans are
   * divided, although most say"); a new group named so ("64 percent of Democratic registered
   * voters", "other men"). A share the text gives no group keeps its words, "%" spelt "percent".
   * Null for any other source.
   */
  private Entity shareOfGroup(Span src) {
    String words = src.text().strip();
    if (!SHARE.matcher(words).matches()) {
      return null;
    }
    Matcher m = GROUP_OF_SHARE.matcher(text).region(
        previousParagraphStart(article.sentenceAt(src.start())), src.start());
    String group = null;
    while (m.find()) {
      group = m.group(1) != null ? m.group(1) : m.group(2) != null ? m.group(2) : m.group(3);
    }
    Entity e = entities.fresh(SpeakerKind.GROUP, true);
    String spelt = words.replace("%", " percent");
    boolean others = OTHERS.matcher(words).matches();
    e.name(group == null ? spelt : others ? "other " + group : spelt + " of " + group);
    return because(e, "share", quoted(words) + (group == null ? " is a share of no group the"
        + " text named" : " is a share of the " + group + " the text named just before"));
  }

  /** Where the paragraph before sentence {@code s}'s begins, or its own when it is the first. */
  private int previousParagraphStart(Sentence s) {
    int from = s.index();
    while (from > 0 && article.sentences().get(from - 1).paragraph() >= s.paragraph() - 1) {
      from--;
    }
    return article.sentences().get(from).start();
  }

  /**
   * The person a description is set beside when the source mention stops before the
   * apposition: "The state auditor, Patrick Oyelaran, a former prosecutor who ..., said" with the
   * source "The state auditor", or an indefinite role or WordNet person noun: "Another partner,
   * David Handler, said", "One plaintiff, Rosa Delacruz, 64, said". The name may follow the
   * description's last words or a relative clause on it, after a comma, before the cue, and must
   * be closed by a comma or end the sentence ({@link #namedBeside}). Gives the person the role.
   * An organisation named so is the speaker too ("The developer, Carrowmore Homes Ltd, said"; "A
   * losing bidder, Forks Crossing Group, said"). Null when there is no such name.
   */
  private Entity appositionName(SourceReading r, Span src) {
    if (r.segments.size() != 1) {
      return null;
    }
    int[] seg = r.segments.get(0);
    boolean oneOf = seg[1] - seg[0] > 2 && r.toks.get(seg[0]).lower().equals("one")
        && r.toks.get(seg[0] + 1).lower().equals("of"); // "One of those students, the X,"
    SourceReading.Description d = r.describe(oneOf ? new int[] {seg[0] + 2, seg[1]} : seg);
    if (d == null || d.plural() && !oneOf || lexicon.is(SpeakerLexicon.Kind.SPEECH, d.head())) {
      return null;
    }
    Entity body = d.definite() ? namedBeside(src, null, d.span().text()) : null;
    if (body != null) {
      return body; // "The developer, Carrowmore Homes Ltd, said"
    }
    if (!d.definite() && !isRole(d.head()) && !wordNetPerson(d.head()) // "One pastor, X,"
        || lexicon.is(SpeakerLexicon.Kind.ORG, d.head())) {
      return null;
    }
    Entity person = namedBeside(src, d.role(), d.span().text());
    return person != null || !bareRole(r, oneOf ? new int[] {seg[0] + 2, seg[1]} : seg, d) ? person
        : namedBeside(src, null, d.span().text()); // "A losing bidder, Forks Crossing Group,"
  }

  /**
   * The person whose full name (or lone first name: "who gave only his first name, Oleksandr,")
   * a comma sets beside a description ending at {@code src}'s end, past words that end it or a
   * relative clause on it ({@link #APPOSITION_COMMA}; not when that clause ends in a role: "who
   * lives next to the mayor, X," is the mayor) and past words describing the person ("retired
   * engineer X"), closed by a comma or ending the sentence, given the description's role; with
   * no role, the organisation named so; null when none is.
   */
  private Entity namedBeside(Span src, Role role, String description) {
    // between the description and its cue: "The senator told reporters, X," sets no one beside
    int until = cueStart > src.end() ? cueStart : text.length();
    Matcher m = NAME_GIVEN_AS.matcher(text).region(src.end(), until); // "A shopkeeper
    if (!m.lookingAt()) { // nearby, who only gave her surname as Cheung, said"
      m = APPOSITION_COMMA.matcher(text).region(src.end(), until);
    }
    if (!m.lookingAt()) {
      m = APPOSITION_COMPLEMENT.matcher(text).region(src.end(), until);
      if (!m.lookingAt()) {
        return null;
      }
    }
    String[] before = Splits.SPACES.split(m.group().replace(",", " ").strip());
    String last = before.length == 0 ? "" : before[before.length - 1];
    if (m.group().startsWith(",") && before.length > 1 && (isRole(last) || wordNetPerson(last))) {
      return null; // ", who lives next to the mayor, Jan de Vries,": the mayor's name
    }
    if (PLACE_NOUN_BEFORE.matcher(m.group().replaceFirst(",[ \\t]*$", "")).find()) {
      return null; // ", reached by telephone in the capital, Puerto Lerma,": the place's name
    }
    NameMention n = nameStartingAt(m.end());
    Matcher style = n == null ? STYLED.matcher(text).region(m.end(), until) : null;
    if (style != null && style.lookingAt()) { // "The Moderator, the Very Revd X,"
      NameMention styled = nameStartingAt(style.end());
      n = styled != null && styled.titled && styled.name.start() > styled.span.start()
          ? styled : null;
    }
    if (role != null && (n == null || n.entity == null || n.entity.kind != SpeakerKind.PERSON)) {
      NameMention described = nameAfterDescribingRole(m.end());
      n = described != null ? described : n; // "One neighbour, retired engineer Hans Bakker,"
    } // and "..., Navy veteran Dana Kettleby,", where "Navy" is a name of its own
    if (n != null && n.span.end() > until) {
      n = null; // "For the civic body, advocate Priya Nair said": a cue read inside the apposition
    }
    int end = n == null ? 0 : n.span.end();
    Matcher gloss = n == null ? null : GLOSS_AFTER.matcher(text).region(end, until);
    if (gloss != null && gloss.lookingAt()) {
      end = gloss.end(); // "who gave only his surname, Lin (\u6797), said"
    }
    Matcher body = n == null ? null : BODY_AFTER.matcher(text).region(end, until);
    if (body != null && body.lookingAt() && body.end() < until && text.charAt(body.end()) == ',') {
      end = body.end(); // "The third candidate, Mr Tunde Adeyemi of the Labour Alliance, who"
    }
    boolean given = GAVE_NAME.matcher(m.group()).find(); // "who gave only his first name,"
    boolean fits = role == null ? n != null && n.entity != null && !n.entity.place
        && n.entity.kind == SpeakerKind.ORGANIZATION
        : n != null && (n.full() || n.form == NameMention.Form.SINGLE // "his first name, Oleksandr"
            && (given || lexicon.is(SpeakerLexicon.Kind.FIRST, n.last)))
            && n.entity != null && (n.entity.kind == SpeakerKind.PERSON
                || given && n.entity.kind == SpeakerKind.UNKNOWN && !n.entity.place);
    if (!fits || end >= text.length()
        || text.charAt(end) != ',' && !(text.charAt(end) == '.' && (end + 1 == text.length()
            || Character.isWhitespace(text.charAt(end + 1))))
            && !DASH_AFTER.matcher(text).region(end, text.length()).lookingAt()) {
      return null; // closed by a comma, a dash ("X \u2013 who is not related \u2013 said"), or
      // ending the sentence ("by her son, Kevin Doyle.")
    }
    Entity e = role == null ? n.entity : confirmed(n);
    if (role != null) {
      e.kind = SpeakerKind.PERSON; // "who gave only his first name, Lemayian,": a person's name
      entities.addRole(e, role);
    }
    return because(e, "apposition", quoted(n.span.text()) + " is set beside "
        + quoted(description) + " after a comma");
  }

  /**
   * The name after one to three words in small letters ending in a role or person noun, or made
   * only of modifiers such as "former" (before a title), from {@code at} ("retired engineer Hans
   * Bakker", "retired Det. Frank Ostrowski"); null when there is none.
   */
  private NameMention nameAfterDescribingRole(int at) {
    Matcher w = DESCRIBING_WORDS.matcher(text).region(at, text.length());
    if (!w.lookingAt()) {
      return null;
    }
    String[] words = Splits.SPACES.split(w.group().strip());
    for (String word : words) {
      if (word.endsWith("ing") || NOT_DESCRIBING.contains(word)) {
        return null; // "citing analyst Mary Chen", "unlike party leader Jane Doe"
      }
    }
    String head = words[words.length - 1];
    boolean modifiersOnly = true; // "retired Det. Frank Ostrowski", "former Sen. Jo Hale"
    for (String word : words) {
      modifiersOnly &= lexicon.is(SpeakerLexicon.Kind.MODIFIER, word);
    }
    return modifiersOnly || isRole(head) || wordNetPerson(head) ? nameStartingAt(w.end()) : null;
  }

  /**
   * Records the document a speaker spoke in ("said in a statement", "In a filing with the stock
   * exchange, Castellan said"), outside the quote, in the cue's sentence: "the statement" in this
   * or the next paragraph is that speaker's, unless another document was spoken in since. Only a
   * speaker with a name, an organisation or a body the text described ("the district") issues
   * it: "a spokeswoman said in a statement" names no issuer; a person speaking for an
   * organisation the source names issues it for that organisation. A speaker who
   * "emailed" or "tweeted" before the cue sent "the email" or "the tweet".
   */
  private void spokeIn(Quote q, Entity e) {
    if (e.kind == SpeakerKind.DOCUMENT || e.names.isEmpty() && e.kind != SpeakerKind.ORGANIZATION
        && !e.thing || q.cue().isEmpty()) {
      return; // a document spoken in by "a spokeswoman" names no issuer; "the district" does
    }
    Sentence s = article.sentenceAt(q.cue().get().span().start());
    Matcher m = DocumentIssuers.SPOKE_IN.matcher(text).region(s.start(), s.end());
    while (m.find()) {
      String[] words = m.group(1).strip().split(" ");
      int end = m.start(1);
      String head = null;
      int at = end;
      for (String w : words) {
        at = text.indexOf(w, at) + w.length();
        if (lexicon.is(SpeakerLexicon.Kind.SPEECH, w)) {
          head = w.toLowerCase(Locale.ROOT); // the last: "In a brief statement", not "brief"
          end = at;
        }
      }
      boolean the = m.group().regionMatches(true, 0, "in the ", 0, 7);
      if (head != null && (!inside(q, m.start()) || atCue(q, m.start()))
          && !(the && issuers.documentNamed(head))) { // "the release" the company issued
        Span doc = Span.of(text, m.start() + 3, end);
        Entity employer = e.kind == SpeakerKind.PERSON && q.source().isPresent()
            ? employerIn(q.source().get()) : null;
        Entity speaker = employer != null ? employer : e;
        issuers.spokeIn(head, speaker, doc, s.paragraph(), false);
        if (employer == null && (e.kind == SpeakerKind.ORGANIZATION
            || e.kind == SpeakerKind.PERSON && DocumentIssuers.work(head))) {
          // "In its annual assessment, X said"; "X says in the ad": the ad is X's
          issuers.recordIssuer(head, speaker, doc, false);
        }
      }
    }
    int cue = q.cue().get().span().end();
    Matcher sent = DocumentIssuers.SENT_DOCUMENT.matcher(text).region(s.start(), cue);
    while (sent.find()) { // "X emailed supporters, telling them" then "The email goes on"
      if (!inside(q, sent.start())) {
        String head = Character.toLowerCase(sent.group().charAt(0)) == 'e' ? "email" : "tweet";
        issuers.spokeIn(head, e, Span.of(text, sent.start(), sent.end()), s.paragraph(),
            true);
      }
    }
  }

  /**
   * Records the organisation an unnamed speaker speaks for when its source mention names one
   * ("A DHSC spokeswoman", "a spokesman for Bristol City Council", "an analyst at Jefferies", "A
   * Boots spokesman", a name nothing else showed to be a body's) or its noun ("A council
   * spokesperson" after "Calderdale Council", "a spokesperson for the agency" after the agency
   * named last):
   * {@link Entity#affiliation}. The organisation must stand before a speaking post ({@link
   * #SPEAKING_FOR}) or right after it past "for", "at", "of", "with" or "from"; "a longtime
   * critic of the NRA" speaks for no one.
   */
  private void affiliate(Entity e, Span source) {
    if (e == null || e.affiliation != null || !e.names.isEmpty()
        || e.kind == SpeakerKind.ORGANIZATION || e.kind == SpeakerKind.DOCUMENT) {
      return;
    }
    Entity o = employerIn(source);
    boolean unsure = o == null;
    if (unsure) {
      o = unsureEmployerIn(source); // "A Boots spokesman": a name no one showed to be a body
    }
    Matcher noun = o == null ? NOUN_SPEAKING_FOR.matcher(source.text()) : null;
    String body = noun != null && noun.lookingAt()
        ? lower(noun.group(1) != null ? noun.group(1) : noun.group(2)) : null;
    if (body != null && lexicon.is(SpeakerLexicon.Kind.ORG, body)) {
      o = entities.recentOrganisation(body, source.start());
      if (o == null) {
        o = entities.recentNamedOrganisation(source.start(),
            article.sentenceAt(source.start()).paragraph() - ORGANISATION_PARAGRAPHS, body);
      }
      if (o != null) { // "A council spokesperson" after "Calderdale Council"
        e.affiliation = o;
        return;
      }
    }
    if (o == null || o == e) {
      return;
    }
    int org = o.lastMentionBefore(source.end()) - source.start(); // where it stands in the source
    Matcher head = SPEAKING_FOR.matcher(source.text());
    while (head.find()) {
      String after = source.text().substring(head.end());
      boolean before = org >= 0 && org < head.start();
      if (before || AFFILIATION_LINK.matcher(after).lookingAt() && org >= head.end()) {
        e.affiliation = o; // "A DHSC spokeswoman", "a spokesman for Bristol City Council"
        if (unsure) {
          o.kind = SpeakerKind.ORGANIZATION; // a speaking post speaks for a body
        }
        return;
      }
    }
  }

  /**
   * The organisation a source mention names beside its person ("Anna Berg, a spokeswoman for
   * Lorvan Biotech AG"), for whom the person speaks; null when it names none.
   */
  private Entity employerIn(Span src) {
    return firstNameIn(src, o -> o.kind == SpeakerKind.ORGANIZATION && !o.place);
  }

  /**
   * The first name in a source mention that nothing showed to be a person's ({@link
   * Entity#nothingShown}): the body a speaking post beside it speaks for ("A Boots spokesman", "a
   * spokesperson for An Garda Síochána"); null when there is none.
   */
  private Entity unsureEmployerIn(Span src) {
    return firstNameIn(src, o -> o.nothingShown()
        && (o.kind == SpeakerKind.PERSON || o.kind == SpeakerKind.UNKNOWN));
  }

  /** The entity of the first name inside {@code src} that {@code fits}; null when none does. */
  private Entity firstNameIn(Span src, Predicate<Entity> fits) {
    for (int k = anchorIndex(nameAnchors, src.start()) + 1;
        k < nameAnchors.size() && nameAnchors.get(k).start() < src.end(); k++) {
      Entity o = nameAnchors.get(k).entity();
      if (nameAnchors.get(k).start() >= src.start() && o != null && fits.test(o)) {
        return o;
      }
    }
    return null;
  }

  /**
   * Where the ")" stands that only a comma and spaces part from {@code at} ("(D-Ore.), who"), or
   * -1.
   */
  private int bracketThenComma(int at) {
    int k = at - 1;
    while (k >= 0 && Character.isWhitespace(text.charAt(k))) {
      k--;
    }
    if (k < 0 || text.charAt(k) != ',') {
      return -1;
    }
    k--;
    while (k >= 0 && Character.isWhitespace(text.charAt(k))) {
      k--;
    }
    return k >= 0 && text.charAt(k) == ')' ? k : -1;
  }

  /**
   * The relative pronoun that stands for the source as the cue's subject ("an architect who
   * said", "the agency, which has long argued"): another mention of the speaker.
   */
  private Optional<Span> relativePronoun(Span src) {
    if (cueStart <= src.end() || cueStart - src.end() > MAX_RELATIVE_GAP) {
      return Optional.empty();
    }
    Matcher m = RELATIVE_SUBJECT.matcher(text).region(src.end(), cueStart);
    return m.matches() ? Optional.of(Span.of(text, m.start(1), m.end(1)))
        : Optional.empty();
  }

  /**
   * A share of the documents a possessive pronoun owns: "one of her letters", "some of his [early]
   * letters" (up to two words before the noun).
   */
  private static final Pattern SHARE_OF_OWNED = Pattern.compile("(?i)(?:one|some|many|several"
      + "|two|three|each|any|all|another)[ \\t]+of[ \\t]+(his|her)[ \\t]+(?:[\\p{L}-]+[ \\t]+){0,2}"
      + "([\\p{L}-]+)");

  /**
   * The author of a share of documents a person writes or signs, owned by a possessive pronoun
   * ("Roe wrote to the traders; one of her letters warns ..."): the person the pronoun
   * stands for. Null when the mention is no such share ("one of her aides" is no document) or
   * the pronoun finds no person.
   */
  private Entity shareOfOwnedDocuments(Span src) {
    Matcher m = SHARE_OF_OWNED.matcher(src.text());
    if (!m.matches() || !DocumentIssuers.authored(lower(m.group(2)))) {
      return null;
    }
    Span pronoun = Span.of(text, src.start() + m.start(1), src.start() + m.end(1));
    Entity e = pronounPerson(pronoun);
    return e == null ? null : because(e, "document-issuer", quoted(src.text())
        + ": documents of " + label(e));
  }

  /** A credit in square brackets that closes a paragraph ("... [Daily Courant.]"). */
  private static final Pattern BRACKET_CREDIT =
      Pattern.compile("\\[(\\p{Lu}[^\\[\\]\\n]{0,40}?)\\.?\\][ \\t]*$");

  /**
   * The outlet a digest credits for an item: a source that is a headline in capitals opening its
   * paragraph (two words or more, four letters or more, none in small letters), in a paragraph
   * that closes with a credit in square brackets ("MARKETS SLIDE ON RATE FEARS Stocks fell for a
   * third day. [Daily Courant.]"): the credited name, the article's name when one covers it
   * exactly. Null otherwise (no closing credit, or a headline not in capitals).
   */
  private Entity bracketCredit(Span source) {
    int ps = source.start(); // the source opens its paragraph: only white space before it
    while (ps > 0 && text.charAt(ps - 1) != '\n') {
      if (!Character.isWhitespace(text.charAt(--ps))) {
        return null;
      }
    }
    String st = source.text();
    if (!st.equals(st.toUpperCase(Locale.ROOT)) || st.codePoints().filter(Character::isLetter)
        .count() < 4 || Splits.SPACES.split(st.strip()).length < 2) {
      return null;
    }
    int pe = text.indexOf('\n', source.end());
    Matcher m = BRACKET_CREDIT.matcher(text).region(source.end(), pe < 0 ? text.length() : pe);
    if (!m.find()) {
      return null;
    }
    Span credit = Span.of(text, m.start(1), m.end(1));
    NameMention n = entities.nameAt(credit.start());
    Entity e;
    if (n != null && n.entity != null && n.span.start() == credit.start()
        && n.span.end() == credit.end()) {
      e = confirmed(n);
    } else { // a name the tagger missed, or took a part of ("Daily" of "Daily Courant")
      e = entities.keyed("org:" + lower(credit.text()), n == null ? SpeakerKind.ORGANIZATION
          : SpeakerKind.UNKNOWN);
      e.label(credit);
    }
    return because(e, "bracket-credit", quoted(credit.text()) + " is credited in brackets at"
        + " the end of the headline's paragraph");
  }

  /** Nouns for a law a legislature passes. */
  private static final Set<String> LAW_NOUNS = Set.of("law", "laws", "legislation", "bill",
      "bills", "statute", "measure");
  /** A place's name right before a law noun ("Ohio legislation", "a new Utah law"). */
  private static final Pattern PLACE_LAW = Pattern.compile("\\b(\\p{Lu}[\\p{L}.-]*(?:[ \\t]+"
      + "\\p{Lu}[\\p{L}.-]*){0,2})[ \\t]+(?:law|laws|legislation|bill|statute)\\b");

  /**
   * The place whose law a definite "the law", "the legislation" or "the measure" is, when the
   * text named a place's law in this or the previous paragraph ("a challenge to Ohio legislation
   * that closed clinics. The law requires two visits"): that place, the last so named. Null
   * otherwise ("Ohio lawmakers" names no law).
   */
  private Entity lawOfPlace(SourceReading r, Span src) {
    if (r.segments.isEmpty()) {
      return null;
    }
    SourceReading.Description d = r.describe(r.segments.get(0));
    if (d == null || !d.definite() || !LAW_NOUNS.contains(d.head())) {
      return null;
    }
    Matcher m = PLACE_LAW.matcher(text).region(
        previousParagraphStart(article.sentenceAt(src.start())), src.start());
    Entity found = null;
    while (m.find()) {
      NameMention n = entities.nameAt(m.start(1));
      if (n != null && n.entity != null && n.entity.place && n.span.end() == m.end(1)) {
        found = n.entity;
      }
    }
    return found == null ? null : because(found, "place-noun", quoted(src.text())
        + " is the law of " + label(found) + ", named with a law just before");
  }

  /**
   * A document owned by a noun in small letters, with words in small letters before its noun
   * ("The board's final report", "the agency's inspection notice"): group 1 is its noun.
   */
  private static final Pattern OWNED_DOCUMENT = Pattern.compile(
      "(?:[Tt]he[ \t]+)?\\p{Ll}+['\u2019]s(?:[ \t]+\\p{Ll}[\\p{Ll}-]*){0,2}?[ \t]+(\\p{Ll}+)");

  /** Records why the next source mention is linked; returns {@code e}. */
  Entity because(Entity e, String rule, String evidence) {
    this.rule = rule;
    this.evidence = evidence;
    return e;
  }

  static String quoted(String s) {
    return "'" + s.strip() + "'";
  }

  static String label(Entity e) {
    return quoted(e.canonicalName());
  }

  private Entity mention(Entity e, Span src) {
    Matcher owned = OWNED_DOCUMENT.matcher(src.text());
    if ((e.kind == SpeakerKind.ORGANIZATION || e.kind == SpeakerKind.PERSON) && !e.place
        && owned.matches() && lexicon.is(SpeakerLexicon.Kind.SPEECH, owned.group(1))) {
      issuers.ownedBy(owned.group(1), e); // "The board's final report found", then "the report"
    }
    e.addOther(src, rule == null ? "source" : rule, (rule == null ? "the source mention "
        + quoted(src.text()) : evidence) + (src.equals(governing) ? governed : ""));
    rule = null;
    evidence = null;
    Sentence s = article.sentenceAt(src.start());
    sourceAnchors.add(new Anchor(src.start(), src.end(), s.index(), s.paragraph(), true,
        scan.inQuote(src.start()), true, e));
    return e;
  }

  /**
   * The person named beside a role a possessive source owns ("According to his aide, Ustaz Hakim
   * Jaafar, the sheikh ...", as a source stage may pick "his" alone): the aide speaks, and the
   * name set after the role noun, with a comma or without ("His co-star Kavya Menon, who ...,
   * said"), past words describing the person ("Their spokesman, retired engineer Hans Bakker,"),
   * is the aide. Null unless a role or person noun (with at most two words before it) follows
   * the possessive and a person's name follows it.
   */
  private Entity possessedRole(Span src) {
    Matcher m = POSSESSED_ROLE.matcher(text).region(src.end(), Math.min(text.length(),
        src.end() + 60));
    if (!m.lookingAt()) {
      return null;
    }
    String role = ArticleScan.roleWord(lower(m.group(1)));
    if (!isRole(role) && !wordNetPerson(role)) {
      return null; // "his aide", "His co-star"
    }
    NameMention n = nameStartingAt(m.end());
    if (n == null) {
      n = nameAfterDescribingRole(m.end()); // "Their spokesman, retired engineer Hans Bakker,"
    }
    if (n == null || n.entity == null || n.entity.kind != SpeakerKind.PERSON) {
      return null;
    }
    return because(confirmed(n), "apposition", quoted(n.span.text()) + " is set beside "
        + quoted(text.substring(src.start(), m.end(1))) + " after a comma");
  }

  /**
   * The noun phrase a source "it" opening its sentence continues: the subject of the sentence
   * before in the same paragraph when that is a common noun phrase ("The result doesn't ... It
   * signals"), or, when that subject is a person, a document in its predicate ("Vell will unveil
   * her second ad. It will focus on ..."). A prepositional phrase opening that sentence up to its
   * comma is passed over. Null when the subject is a name or a pronoun (the name and pronoun rules
   * weigh those) or nothing fits.
   */
  private Span thingBefore(Span it) {
    Sentence before = sentenceBeforeOpening(it);
    if (before == null || quotesSomeone(before)) {
      return null; // "..., the IMF said. It edged up": the speaker rules weigh the speaker
    }
    List<Token> toks = article.tokens(before);
    List<String> tags = article.tags(before);
    int open = openingPhraseEnd(toks, tags);
    int verb = open;
    while (verb < toks.size() && !VERB_TAGS.contains(ArticleScan.base(tags.get(verb)))) {
      verb++;
    }
    if (verb == open || verb == toks.size()) {
      return null;
    }
    int head = verb - 1;
    String headTag = ArticleScan.base(tags.get(head));
    if (headTag.equals("PROPN")) { // "Trump will unveil [his second ad]"
      NameMention subject = entities.nameAt(toks.get(head).start());
      return subject != null && subject.entity != null && subject.entity.person()
          ? documentObject(toks, tags, verb) : null;
    }
    if (!headTag.equals("NOUN") || scan.inQuote(toks.get(head).start())) {
      return null;
    }
    int start = GoverningPhrase.phraseStart(toks, tags, head, lexicon);
    if (start > 0 && !toks.get(start - 1).text().equals(",")) {
      return null; // "slower growth in [developed nations] is": not the subject's head
    }
    if (namedBetween(tags, start, head)) {
      return null; // "The Harwick Institute report": the name rules read it
    }
    if (GoverningPhrase.peopleNoun(ArticleScan.key(toks.get(head).text()), lexicon)) {
      return null; // "The officials ...": people, not a thing
    }
    return Span.of(text, toks.get(start).start(), toks.get(head).end());
  }

  /**
   * The last speaker when a source "it" opens its sentence and the sentence before, in the same
   * paragraph, holds the last quote's source, a thing a determiner or possessive opens ("The
   * letter accuses ... It also accused"); null otherwise, or when that source heads on a people
   * noun ("The officials said") or a name.
   */
  private Entity thingThatSpokeBefore(Span it) {
    Span last = lastSpeakerQuote == null ? null : lastSpeakerQuote.source().orElse(null);
    Sentence before = last == null ? null : sentenceBeforeOpening(it);
    if (before == null || last.start() < before.start() || last.end() > before.end()) {
      return null;
    }
    List<Token> toks = article.tokens(before);
    List<String> tags = article.tags(before);
    int first = SortedSpans.firstStartingAtOrAfter(toks, Token::start, last.start());
    int head = first;
    while (head + 1 < toks.size() && toks.get(head + 1).end() <= last.end()) {
      head++;
    }
    if (first >= toks.size() || toks.get(head).end() > last.end()
        || !ArticleScan.base(tags.get(head)).equals("NOUN")
        || !ArticleScan.base(tags.get(first)).equals("DET")
            && !OWNERS.contains(lower(toks.get(first).text()))
        || GoverningPhrase.peopleNoun(ArticleScan.key(toks.get(head).text()), lexicon)) {
      return null;
    }
    return namedBetween(tags, first, head) ? null : lastSpeaker;
  }

  /**
   * The sentence before the one {@code it} opens, when both lie in one paragraph; null when
   * {@code it} does not open its sentence, or that sentence opens its paragraph.
   */
  private Sentence sentenceBeforeOpening(Span it) {
    Sentence s = article.sentenceAt(it.start());
    List<Token> own = article.tokens(s);
    if (own.isEmpty() || own.get(0).start() != it.start()) {
      return null;
    }
    return sentenceBefore(article, s);
  }

  /** The sentence before {@code s} in its paragraph, or null when {@code s} opens one. */
  static Sentence sentenceBefore(AnalyzedArticle article, Sentence s) {
    if (s.index() == 0) {
      return null;
    }
    Sentence before = article.sentences().get(s.index() - 1);
    return before.paragraph() == s.paragraph() ? before : null;
  }

  /**
   * Whether a name's tag stands among tokens {@code from} to {@code to} ("The Harwick Institute
   * report": the name rules read it).
   */
  private static boolean namedBetween(List<String> tags, int from, int to) {
    for (int k = from; k <= to; k++) {
      if (ArticleScan.base(tags.get(k)).equals("PROPN")) {
        return true;
      }
    }
    return false;
  }

  /** Whether a source of a quote resolved so far lies in sentence {@code s}. */
  private boolean quotesSomeone(Sentence s) {
    for (int k = anchorIndex(sourceAnchors, s.end()); k >= 0; k--) {
      Anchor a = sourceAnchors.get(k);
      if (a.start() < s.start()) {
        return false;
      }
      if (a.end() <= s.end()) {
        return true;
      }
    }
    return false;
  }

  /**
   * The index of the first token after a prepositional phrase that opens a sentence and ends at a
   * comma ("In his bill, [Vell] cited a memorandum"), or 0 when the sentence opens otherwise.
   */
  private static int openingPhraseEnd(List<Token> toks, List<String> tags) {
    if (toks.isEmpty() || !ArticleScan.base(tags.get(0)).equals("ADP")) {
      return 0;
    }
    for (int k = 1; k < toks.size() && k <= OPENING_PHRASE_WORDS; k++) {
      if (toks.get(k).text().equals(",")) {
        return k + 1;
      }
    }
    return 0;
  }

  /**
   * The document in a person's predicate, from its verb to the first comma: the phrase a speech
   * noun heads ("unveil [his second ad]", "is expected to unveil on Monday [his second ad] of
   * the campaign"), or null.
   */
  private Span documentObject(List<Token> toks, List<String> tags, int verb) {
    for (int k = verb; k < toks.size() && !toks.get(k).text().equals(","); k++) {
      if (!ArticleScan.base(tags.get(k)).equals("NOUN")
          || !lexicon.is(SpeakerLexicon.Kind.SPEECH, ArticleScan.key(toks.get(k).text()))
          || k + 1 < toks.size() && ArticleScan.base(tags.get(k + 1)).equals("NOUN")) {
        continue;
      }
      int start = k;
      while (start > verb && (PHRASE_TAGS.contains(ArticleScan.base(tags.get(start - 1)))
          || OWNERS.contains(lower(toks.get(start - 1).text())))) {
        start--;
        if (OWNERS.contains(lower(toks.get(start).text()))
            || ArticleScan.base(tags.get(start)).equals("DET")) {
          break; // "his", "a": the phrase opens here
        }
      }
      return Span.of(text, toks.get(start).start(), toks.get(k).end());
    }
    return null;
  }

  /** The person a source mention's possessive names ("Ryan’s" of "Ryan’s office"), or null. */
  private Entity ownerPerson(SourceReading r) {
    SourceReading.Tok opening = r.toks.get(0);
    if (ownedByPronoun(r)) { // "His office said"
      return pronounPerson(Span.of(text, opening.token().start(), opening.token().end()));
    }
    for (SourceReading.Tok t : r.toks) {
      if (ArticleScan.possessive(t.text()) || ArticleScan.isPossessiveMarker(t.text())) {
        NameMention n = entities.nameAt(t.token().start());
        if (n == null && ArticleScan.isPossessiveMarker(t.text()) && t.token().start() > 0) {
          n = entities.nameAt(t.token().start() - 1);
        }
        return n != null && n.entity != null && n.entity.person() ? n.entity : null;
      }
    }
    return null;
  }

  /**
   * Whether the source mention is "their" and one noun ("..., their union says" in a lead: the
   * union of the people the lead is about, named after it).
   */
  private static boolean ownedByThem(SourceReading r) {
    return r.toks.size() == 2 && r.toks.get(0).lower().equals("their");
  }

  /** Whether the source mention opens with "his" or "her" ("His office said"). */
  private static boolean ownedByPronoun(SourceReading r) {
    Pronoun owner = Pronoun.of(r.toks.get(0).lower());
    return owner == Pronoun.MALE || owner == Pronoun.FEMALE;
  }

  /**
   * The two organisations a definite plural of an organisation noun stands for ("the banks",
   * "the two companies") when its sentence names exactly two before it, or else the sentence
   * before does: one group, named by their names joined. Null otherwise, or when a modifier
   * other than "two" or "both" tells them apart.
   */
  private Entity bodiesNamedTogether(SourceReading.Description d, Span src) {
    String head = d.head();
    String one = head.endsWith("ies") ? head.substring(0, head.length() - 3) + "y"
        : withoutPluralS(head);
    if (one == null || !lexicon.is(SpeakerLexicon.Kind.ORG, one)
        || !PAIR_WORDS.containsAll(d.modifiers())) {
      return null;
    }
    Sentence here = article.sentenceAt(src.start());
    for (int i = here.index(); i >= Math.max(0, here.index() - 1); i--) {
      Sentence s = article.sentences().get(i);
      List<NameMention> found = new ArrayList<>();
      Set<Entity> bodies = new HashSet<>();
      for (int k = SortedSpans.firstStartingAtOrAfter(scan.names, n -> n.span.start(),
          s.start()); k < scan.names.size(); k++) {
        NameMention n = scan.names.get(k);
        if (n.span.start() >= Math.min(s.end(), src.start())) {
          break;
        }
        if (n.entity != null && n.entity.kind == SpeakerKind.ORGANIZATION && !n.entity.place
            && !n.inQuote && bodies.add(n.entity)) {
          found.add(n);
        }
      }
      if (found.size() == 2) {
        Entity a = found.get(0).entity;
        Entity b = found.get(1).entity;
        return because(jointGroup(List.of(a, b)), "joint", quoted(d.span().text())
            + " stands for " + label(a) + " and " + label(b) + ", the two named just before");
      }
      if (!found.isEmpty()) {
        return null;
      }
    }
    return null;
  }

  /** Modifiers of a plural that say there are two: "the two banks", "both companies". */
  private static final Set<String> PAIR_WORDS = Set.of("two", "both");

  /**
   * The one an indefinite source is named right after it with "called", "calling itself",
   * "named" or "known as" ("A group called Stadium Watch, which gathered 6,200 signatures,
   * said", "A criminal group calling itself Vortex Locker has claimed"); null when no name
   * follows so.
   */
  private Entity calledName(Span src) {
    Matcher m = CALLED.matcher(text).region(src.end(), text.length());
    NameMention n = m.lookingAt() ? entities.nameAt(m.end()) : null;
    if (n == null || n.entity == null || n.span.start() != m.end() || n.inQuote) {
      return null;
    }
    if (n.entity.kind == SpeakerKind.PERSON && n.entity.tentative
        && lexicon.is(SpeakerLexicon.Kind.ORG, lower(lastWord(src.text())))) {
      entities.makeOrganisation(n.entity); // "A criminal group calling itself Vortex Locker"
    }
    return because(confirmed(n), "apposition", quoted(src.text()) + " is "
        + quoted(n.span.text()) + ", the name the text says it goes by");
  }

  /** What names an indefinite source right after it: " called ", " calling itself the ". */
  private static final Pattern CALLED = Pattern.compile("[ \\t]+(?:called|named|dubbed|known[ \\t]"
      + "+as|calling[ \\t]+(?:itself|themselves))[ \\t]+(?:the[ \\t]+)?");

  /**
   * The organisation that opens the words a quote reports, as their subject, when the words open
   * their sentence and come before the cue: its name, or "The" and an organisation noun ("The
   * publisher, which is based in Bellevue, reported a net loss, according to its annual
   * filing"); null otherwise.
   */
  private Entity reportedSubject(Quote q) {
    Span content = q.parts().get(0);
    Sentence s = article.sentenceAt(content.start());
    List<Token> toks = article.tokens(s);
    if (toks.isEmpty() || toks.get(0).start() != content.start() || cueStart < content.end()) {
      return null;
    }
    NameMention n = entities.nameAt(content.start());
    if (n != null && n.entity != null && n.span.start() == content.start()) {
      return n.entity.kind == SpeakerKind.ORGANIZATION && !n.entity.place ? confirmed(n) : null;
    }
    if (toks.size() < 3 || !toks.get(0).text().equals("The")
        || !lexicon.is(SpeakerLexicon.Kind.ORG, toks.get(1).text())
        || !ArticleScan.base(article.tags(s).get(2)).matches("PUNCT|VERB|AUX")) {
      return null;
    }
    Entity e = resolveMention(q, Span.of(text, toks.get(0).start(), toks.get(1).end()));
    return e != null && e.kind == SpeakerKind.ORGANIZATION && !e.place ? e : null;
  }

  /**
   * "his statement", "Trump's remarks": the speaker is the owner of the statement; also of a part
   * of it ("excerpts of his speech released by the White House").
   */
  private Entity speechOwner(SourceReading r, Quote q) {
    List<SourceReading.Tok> toks = partOf(r.toks);
    SourceReading.Tok last = toks.get(toks.size() - 1);
    if (!lexicon.is(SpeakerLexicon.Kind.SPEECH, last.lower())
        || Character.isUpperCase(last.text().charAt(0))
            && entities.nameAt(last.token().start()) != null) {
      return null; // "Their label, Northlight Records, says": a name's word is no document
    }
    if (toks.size() == 1 && !r.owner.isEmpty()) {
      toks = new ArrayList<>(r.owner); // "His statement said" with "statement" as the source
      toks.add(last);
    }
    if (toks.size() < 2) {
      return null;
    }
    SourceReading.Tok first = toks.get(0);
    Pronoun c = Pronoun.of(first.lower());
    Entity subject = first.lower().equals("its") ? reportedSubject(q) : null;
    if (subject != null) { // "The publisher reported a loss, according to its annual filing"
      Span owner = first.token().span();
      return mention(because(subject, "possessive", quoted(first.text()) + " stands for "
          + label(subject) + ", the organisation the words it reports are about"), owner);
    }
    if (c != null) {
      Span owner = first.token().span();
      return mention(pronouns.resolve(first.lower(), owner, q), owner);
    }
    NameMention owner = entities.nameAt(first.token().start());
    if (owner != null && owner.entity != null && owner.span.end() < last.token().start()) {
      int after = SourceReading.indexAfter(toks, owner.span.end());
      if (after < toks.size() && (isPossessiveMarker(toks.get(after).text())
          || possessive(toks.get(after - 1).text()))) {
        Entity e = confirmed(owner); // "Wine Australia's latest survey", then "The survey found"
        issuers.ownedBy(last.lower(), e);
        return because(e, "possessive", quoted(owner.span.text())
            + " owns " + quoted(last.text()) + ": the owner speaks");
      }
    }
    return null;
  }

  /**
   * The owned document a part of it names ("excerpts of his speech released by ...": "his
   * speech"): the words after a partitive noun and "of" up to the first speech noun, when the
   * mention opens with them; else the mention's words as they are.
   */
  private List<SourceReading.Tok> partOf(List<SourceReading.Tok> toks) {
    int k = !toks.isEmpty() && SourceReading.DEFINITE.contains(toks.get(0).lower()) ? 1 : 0;
    if (k + 2 >= toks.size() || !PARTITIVES.contains(toks.get(k).lower())
        || !toks.get(k + 1).lower().equals("of")) {
      return toks;
    }
    for (int j = k + 3; j < toks.size() && j <= k + 5; j++) {
      if (lexicon.is(SpeakerLexicon.Kind.SPEECH, toks.get(j).lower())) {
        return toks.subList(k + 2, j + 1);
      }
    }
    return toks;
  }

  /**
   * The person whose post an acronym spells ("the CFO" after "Chief Financial Officer Rajesh
   * Menon", "the GMD" after "Group Managing Director, Mrs. Adaeze Okonkwo-Bello"): the one
   * person given, before it, a role whose capitalised words' initials are the acronym; null when
   * none or several are.
   */
  Entity postHolder(String acronym, int offset) {
    if (!ArticleScan.acronymShape(acronym) || !acronym.equals(acronym.toUpperCase(Locale.ROOT))) {
      return null;
    }
    Entity found = null;
    for (Entity e : entities.all) {
      if (e.kind != SpeakerKind.PERSON) {
        continue;
      }
      for (Role r : e.roles) {
        if (r.start() < offset && (acronym.equals(capitalInitials(r.text()))
            || acronym.equals(lastInitials(r.text(), acronym.length())))) {
          if (found != null && found != e) {
            return null;
          }
          found = e;
        }
      }
    }
    if (found != null) {
      return found;
    }
    Entity small = smallPostHolder(acronym);
    return small != null ? small : capitalPostHolder(acronym);
  }

  /**
   * The one person whose name follows, anywhere in the article, a post in capitals whose initials
   * an acronym spells, past small linking words and a short note in brackets between post and
   * name ("Deputy Commissioner of Police (Zone 2) Navnath Sawant" for "the DCP"), where the note
   * kept the post from being read as the person's title; null when none or several are.
   */
  private Entity capitalPostHolder(String acronym) {
    if (acronym.length() < 2) {
      return null;
    }
    StringBuilder post = new StringBuilder("\\b");
    for (int k = 0; k < acronym.length(); k++) {
      post.append(k == 0 ? "" : "[ \\t]+(?:(?:of|for|the|and|in|on)[ \\t]+)*")
          .append(acronym.charAt(k)).append("\\p{Ll}+");
    }
    post.append("[ \\t]+\\([^()\\n]{1,24}\\),?[ \\t]+");
    return onlyPersonNamedRightAfter(post.toString(), namesAfterWords().after(""));
  }

  /**
   * The body an acronym spells when its capitals are those of the body a person's post names
   * after a post in small letters ("president of the Camera della Moda Milanese": "the CMM" is
   * that body, not its president); null when no post given before {@code offset} is so.
   */
  private Entity bodyInPost(String acronym, int offset) {
    if (!ArticleScan.acronymShape(acronym) || !acronym.equals(acronym.toUpperCase(Locale.ROOT))) {
      return null;
    }
    for (Entity e : entities.all) {
      for (Role r : e.kind == SpeakerKind.PERSON ? e.roles : List.<Role>of()) {
        Matcher m = BODY_IN_POST.matcher(r.text());
        if (r.start() < offset && m.matches() && acronym.equals(capitalInitials(m.group(1)))) {
          String name = m.group(1).strip();
          Entity body = entities.organisation(name.toLowerCase(Locale.ROOT));
          body.name(name);
          return because(body, "acronym", quoted(acronym) + " spells " + quoted(name)
              + ", the body named in the post of " + label(e));
        }
      }
    }
    return null;
  }

  /**
   * A post in small letters and the body it is held at, group 1, in capitals ("president of the
   * Camera della Moda Milanese", "chief executive at Lumen Models").
   */
  private static final Pattern BODY_IN_POST = Pattern.compile(
      "\\p{Ll}[\\p{Ll} -]*\\s(?:of|at|for)\\s+(?:the\\s+)?(\\p{Lu}.*)");

  /**
   * The one person whose name follows, anywhere in the article, a post in small letters whose
   * initials an acronym spells ("the IG review" and "the agency inspector general, Ann Roe,
   * said"): news may name the holder of a post only after the document; null when none or
   * several are.
   */
  private Entity smallPostHolder(String acronym) {
    StringBuilder post = new StringBuilder("\\b");
    for (int k = 0; k < acronym.length(); k++) {
      post.append(k == 0 ? "" : "[ \\t]+")
          .append(Character.toLowerCase(acronym.charAt(k))).append("\\p{Ll}+");
    }
    return onlyPersonNamedRightAfter(post.append(",?[ \\t]+").toString(),
        namesAfterWords().afterWordStarting(acronym.charAt(acronym.length() - 1)));
  }

  /**
   * The one person of {@code names} whose name starts right where a match of the post pattern
   * {@code post} ends ({@link #personsNamedRightAfter}); null when none or several are.
   */
  private Entity onlyPersonNamedRightAfter(String post, List<NameMention> names) {
    Set<Entity> found = new HashSet<>();
    personsNamedRightAfter(Pattern.compile(post), names, POST_LENGTH, found);
    return found.size() == 1 ? found.iterator().next() : null;
  }

  /**
   * Adds to {@code found} every person of {@code names} (those after the last word {@code p} can
   * match, from {@link #namesAfterWords}) whose name starts right where a match of {@code p}
   * ends, the match at most {@code length} characters long.
   */
  private void personsNamedRightAfter(Pattern p, List<NameMention> names, int length,
      Set<Entity> found) {
    for (NameMention n : names) {
      if (n.entity == null || n.entity.kind != SpeakerKind.PERSON || found.contains(n.entity)) {
        continue;
      }
      int at = n.span.start();
      Matcher m = p.matcher(text).region(Math.max(0, at - length), at)
          .useTransparentBounds(true).useAnchoringBounds(false);
      while (m.find()) {
        if (m.end() == at) {
          found.add(n.entity);
          break;
        }
      }
    }
  }

  /**
   * The most characters a post in small letters before a name may take, with the spaces after it
   * ("inspector general, "), or that the spaces in a post's words may add to its length.
   */
  private static final int POST_LENGTH = 300;

  /** The article's names by the word before them, built when first asked for. */
  private NamesAfterWords namesAfterWords() {
    if (namesAfterWords == null) {
      namesAfterWords = new NamesAfterWords(text, scan.names);
    }
    return namesAfterWords;
  }

  /**
   * The one person the article gives a post with its owner, anywhere ("the Harbour Board's
   * inspector general" and "the Harbour Board inspector general, Ann Roe"): a person with a
   * role that holds the owner's words and ends with the post's, or whose name follows the owner
   * and the post in the text; null when none or several are.
   */
  Entity postHolderNamed(String owner, String post) {
    String o = " " + words(owner) + " ";
    String p = " " + words(post);
    Set<Entity> found = new HashSet<>();
    for (Entity e : entities.all) {
      for (Role r : e.kind == SpeakerKind.PERSON ? e.roles : List.<Role>of()) {
        String t = " " + words(POSSESSIVE_S.matcher(r.text()).replaceAll(""));
        if (t.endsWith(p) && (t + " ").contains(o)) {
          found.add(e);
        }
      }
    }
    String[] postWords = Splits.SPACES.split(post.strip());
    personsNamedRightAfter(Pattern.compile("(?i)\\b" + wordsPattern(owner)
        + "(?:['\\u2019]s)?[ \\t]+" + wordsPattern(post) + ",?[ \\t]+"),
        namesAfterWords().after(postWords[postWords.length - 1]),
        owner.length() + post.length() + POST_LENGTH, found);
    return found.size() == 1 ? found.iterator().next() : null;
  }

  /** A possessive ending ("Board's"). */
  private static final Pattern POSSESSIVE_S = Pattern.compile("['\u2019]s\\b");

  /** A phrase's words in small letters, one space between. */
  private static String words(String phrase) {
    return String.join(" ", Splits.SPACES.split(phrase.strip())).toLowerCase(Locale.ROOT);
  }

  /** A phrase's words as a regular expression, any spaces or tabs between. */
  private static String wordsPattern(String phrase) {
    StringBuilder b = new StringBuilder();
    for (String w : Splits.SPACES.split(phrase.strip())) {
      b.append(b.length() == 0 ? "" : "[ \\t]+").append(Pattern.quote(w));
    }
    return b.toString();
  }

  /** Whether a name's entity is an organisation the text also named in full ("IMF"). */
  static boolean definedOrganisation(NameMention m) {
    return m.entity != null && m.entity.kind == SpeakerKind.ORGANIZATION && m.entity.names
        .stream().anyMatch(n -> !n.name.text().equals(m.name.text()));
  }

  /**
   * The initials of a phrase's capitalised words but an article and an owner ("CFO" of "Chief
   * Financial Officer", "GMD" of "The lender's Group Managing Director").
   */
  private static String capitalInitials(String phrase) {
    StringBuilder b = new StringBuilder();
    for (String w : Splits.SPACES_OR_HYPHENS.split(phrase)) {
      if (!w.isEmpty() && Character.isUpperCase(w.charAt(0)) && !ArticleScan.possessive(w)
          && !SourceReading.DEFINITE.contains(w.toLowerCase(Locale.ROOT))
          && !w.equalsIgnoreCase("a") && !w.equalsIgnoreCase("an")) {
        b.append(w.charAt(0));
      }
    }
    return b.toString();
  }

  /**
   * The capital initials of a phrase's last {@code n} words when they are all words of small
   * letters, a post written in small letters ("IG" of "the agency inspector general";
   * {@link #capitalInitials} reads one in capitals), else "".
   */
  private static String lastInitials(String phrase, int n) {
    String[] words = Splits.SPACES_OR_HYPHENS.split(phrase.strip());
    if (words.length < n) {
      return "";
    }
    StringBuilder b = new StringBuilder();
    for (int k = words.length - n; k < words.length; k++) {
      String w = words[k];
      if (w.isEmpty() || !w.chars().allMatch(Character::isLowerCase)) {
        return "";
      }
      b.append(Character.toUpperCase(w.charAt(0)));
    }
    return b.toString();
  }

  /**
   * Whether the sentence before {@code s}, in its paragraph, introduces person {@code e} as its
   * subject, outside quotations, at the first mention of them (or the first by their full name,
   * after a headline's surname), and names no other person.
   */
  private boolean introducedJustBefore(Entity e, Sentence s) {
    if (e == null) {
      return false;
    }
    boolean introduced = false;
    for (Anchor a : nameAnchors) {
      if (a.sentence() != s.index() - 1 || a.paragraph() != s.paragraph()) {
        continue;
      }
      if (a.entity() != e && a.entity() != null && a.entity().person()) {
        return false; // "in east Greensboro": a name nothing showed to be a person's is none
      }
      introduced |= a.entity() == e && a.subject() && !a.inQuote()
          && (a.start() == e.firstOffset() || a.start() == e.firstFullName);
    }
    return introduced;
  }

  /**
   * The sentence where the quote being resolved opens when it opens an earlier sentence of the
   * paragraph of {@code s}, its source's sentence ("\"That's on us. We'll own it,\" the owner
   * said"); else {@code s}.
   */
  private Sentence openedBy(Sentence s) {
    if (quote == null || quote.content().start() >= s.start()) {
      return s;
    }
    Sentence opening = article.sentenceAt(quote.content().start());
    return opening.paragraph() == s.paragraph()
        && quote.content().start() <= opening.start() + 2 ? opening : s;
  }

  /** An acronym in brackets closing a description: "the regional health agency (ARS)". */
  private static final Pattern BRACKETED_ACRONYM = Pattern.compile(
      "\\([ \\t]*(\\p{Lu}[\\p{L}.]{1,7})[ \\t]*\\)[ \\t]*$");

  /** The acronym in brackets that closes a source mention (group 1), or null. */
  private static Matcher definedAcronym(Span src) {
    Matcher m = BRACKETED_ACRONYM.matcher(src.text());
    return m.find() && ArticleScan.acronymShape(ArticleScan.acronymKey(m.group(1))) ? m : null;
  }

  /**
   * The entity of the acronym a description of an organisation ends with in brackets, when the
   * scan read it as a name ("The Tasmanian rural water authority (RWA)"), made an organisation;
   * null when there is none or it names a person.
   */
  private Entity acronymNamed(Span src) {
    Matcher m = definedAcronym(src);
    if (m == null) {
      return null;
    }
    NameMention n = entities.nameAt(src.start() + m.start(1));
    if (n == null || n.entity == null || n.entity.person() || n.entity.place) {
      return null;
    }
    if (n.entity.kind != SpeakerKind.ORGANIZATION) {
      entities.makeOrganisation(n.entity);
    }
    return n.entity;
  }

  /**
   * Records the acronym a description of an organisation in small letters defines in brackets
   * at its end ("The Paris regional health agency (ARS)") as a name of {@code body}, which the
   * text then uses alone ("The ARS urged").
   */
  private void bracketedAcronym(Span src, Entity body) {
    Matcher m = definedAcronym(src);
    if (m != null) {
      bracketAcronyms.putIfAbsent(m.group(1), body);
      body.bracketAcronyms.add(m.group(1));
      body.name(Entity.withoutArticle(src.text().substring(0, m.start()))); // no brackets
    }
  }

  /**
   * A participle by which someone asked the people a source mention opens on, and "by" with up
   * to three words before a name: "experts consulted by the national daily [El País]".
   */
  private static final Pattern ASKED_BY = Pattern.compile("\\b(?:consulted|interviewed|surveyed"
      + "|polled|contacted|questioned|reached)[ \\t]+by[ \\t]+(?:\\S+[ \\t]+){0,3}$");

  /**
   * Whether a name in a source mention, after words that open it, only asked the ones the
   * mention describes ("Legal experts consulted by the daily El País"): not who spoke.
   */
  private boolean askedBy(NameMention m, Span src) {
    return m.span.start() > src.start() && ASKED_BY.matcher(text)
        .region(src.start(), m.span.start()).find();
  }

  /** A capitalised word, a comma and white space just before a region ("Sarasota, "). */
  private static final Pattern TOWN_BEFORE = Pattern.compile("\\p{Lu}[\\p{L}.'\u2019-]*,[ \\t]+$");

  /**
   * Whether a name inside a source mention, after its first word, is a town or its region as a
   * dateline or an address writes them, "Town, Region" with a region or place the lexicon knows
   * ("A 74-year-old retiree in Sarasota, Fla., who asked ...": neither Sarasota nor Fla spoke).
   */
  private boolean townAndRegion(NameMention m, Span src) {
    if (m.span.start() <= src.start() || m.inQuote) {
      return false;
    }
    Matcher region = NAME_THEN_REGION.matcher(text).region(m.span.end(), text.length());
    if (region.lookingAt() && knownRegion(region.group(1))
        && !(m.form == NameMention.Form.PERSON && m.first != null
            && lexicon.is(SpeakerLexicon.Kind.POSTNOMINAL, region.group(1)))) {
      return true; // the town; not "Gerard Ramsaran, SC,", a Senior Counsel's letters
    }
    String w = m.span.text().strip();
    int end = m.span.end() < text.length() && text.charAt(m.span.end()) == '.'
        ? m.span.end() + 1 : m.span.end();
    return knownRegion(w) && (end >= text.length() || text.charAt(end) == ','
        || text.charAt(end) == '.' || Character.isWhitespace(text.charAt(end)))
        && TOWN_BEFORE.matcher(text).region(Math.max(src.start(), m.span.start() - 40),
            m.span.start()).find();
  }

  /** Whether a word is a region or a place the lexicon knows ("Fla.", "Ohio", "New Mexico"). */
  private boolean knownRegion(String word) {
    String w = word.replace(' ', '_');
    return lexicon.regionOf(w) != null || lexicon.regionName(w)
        || lexicon.is(SpeakerLexicon.Kind.PLACE, w);
  }

  /**
   * Whether a name mention is a post written in capitals: words of the dictionary, no first
   * name among them, the last a title or a person noun ("Parliamentary Secretary", "Chief
   * Meteorologist").
   */
  private boolean postInCapitals(NameMention m) {
    String[] words = Splits.SPACES.split(m.span.text().strip());
    for (String w : words) {
      if (!Character.isUpperCase(w.charAt(0)) || lexicon.is(SpeakerLexicon.Kind.FIRST, w)
          || !ArticleScan.inDictionary(w.toLowerCase(Locale.ROOT), WordClasses.Pos.NOUN,
              WordClasses.Pos.ADJECTIVE)) {
        return false;
      }
    }
    String last = words[words.length - 1].toLowerCase(Locale.ROOT);
    return lexicon.is(SpeakerLexicon.Kind.TITLE, last) || isRole(last) || wordNetPerson(last);
  }

  /** Whether a name is written as an owner: "The Pengellys' [son]", "Hale's [office]". */
  private boolean owner(NameMention m) {
    int end = m.span.end();
    return text.startsWith("'", end) || text.startsWith("\u2019", end)
        || ArticleScan.possessive(m.span.text());
  }

  /** The named entity a source mention is about: a person's name first, else any name. */
  Entity named(SourceReading r, Span src) {
    Entity titled = headlinePerson(r);
    if (titled != null) {
      return titled;
    }
    List<int[]> segments = r.segments;
    NameMention head = null;
    int headSegment = -1;
    for (int s = 0; s < segments.size(); s++) {
      NameMention m = r.headName(segments.get(s));
      if (m == null || askedBy(m, src)
          || ArticleScan.PARTY_TAG.matcher(m.span.text()).matches() || townAndRegion(m, src)) {
        continue; // "Legal experts consulted by the national daily El País said": the experts;
        // "A spokesman for Speaker Ron Delacroix, R-Ind.,": a party tag names no one; "A
        // retiree in Sarasota, Fla., who ...": a place
      }
      boolean personal = m.form == NameMention.Form.PERSON
          || m.form == NameMention.Form.SINGLE && m.entity.kind == SpeakerKind.PERSON;
      boolean afterOwner = head != null && head.form == NameMention.Form.GROUP
          && m.form == NameMention.Form.SINGLE && owner(head); // "The Pengellys' son, Jory"
      if (personal || afterOwner || head == null && (s == 0 || organisationNoun(r, m))) {
        head = m;
        headSegment = s;
        if (personal) {
          break;
        }
      }
    }
    if (head == null) {
      return transcriptLabel(src);
    }
    boolean post = postInCapitals(head);
    for (int s = headSegment + 1; post && s < segments.size(); s++) {
      NameMention full = r.headName(segments.get(s));
      if (full != null && full.form == NameMention.Form.PERSON && full.first != null) {
        head = full; // "Parliamentary Secretary in the Ministry of Agriculture, Senator Kemar
        headSegment = s; // Brathwaite, said": the post in capitals, then the one who holds it
        post = false;
      }
    }
    for (int s = headSegment + 1; head.form == NameMention.Form.SINGLE && s < segments.size();
        s++) {
      // "Another Dorsey, the campaign's field director, Karen Dorsey"; "The Vice-Chancellor of
      // the Federal University of Technology, Akure, Prof. Aliyu Musa Danjuma": a word the text
      // names nothing else by is the body's town, and the full name after it speaks
      NameMention full = r.headName(segments.get(s));
      if (full != null && full.form == NameMention.Form.PERSON && full.last != null
          && (full.last.equals(head.last) || loneWord(head)
              || full.first != null && personNounBefore(r, segments.get(s), full))) {
        // "In Matthew Town, Inagua, resident Delores Farquharson, 67, said": the town, then
        // the one who lives there
        head = full;
        headSegment = s;
      }
    }
    Entity company = head.form == NameMention.Form.SINGLE && !head.titled
        ? companyOfFounderName(head, src) : null;
    if (company != null) {
      return company; // "Harwick said it would buy back its shares": Harwick Systems Inc
    }
    Entity kin = head.form == NameMention.Form.SINGLE ? sameSurnameSpeaker(head, src) : null;
    if (kin != null) {
      return kin;
    }
    Entity inPost = head.form == NameMention.Form.SINGLE && !definedOrganisation(head)
        ? bodyInPost(head.name.text(), head.span.start()) : null;
    if (inPost != null) {
      return inPost; // "X, president of the Camera della Moda Milanese (CMM), ... The CMM said"
    }
    boolean orgWordAlone = head.form == NameMention.Form.ORGANIZATION // "the AG": no company
        && lexicon.is(SpeakerLexicon.Kind.ORG, head.name.text()); // form, an attorney general
    Entity holder = (head.form == NameMention.Form.SINGLE || orgWordAlone)
        && !definedOrganisation(head) ? postHolder(head.name.text(), head.span.start()) : null;
    if (holder != null) {
      return because(holder, "role", quoted(head.name.text()) + " spells the post "
          + label(holder) + " was given");
    }
    Entity e = because(confirmed(head), "source", "the source names "
        + quoted(head.span.text()));
    for (int s = 0; s < segments.size(); s++) {
      if (s != headSegment) {
        SourceReading.Description d = r.describe(segments.get(s));
        if (d != null && (isRole(d.head()) || wordNetPerson(d.head())) && !d.plural()) {
          entities.addRole(e, d.role()); // "Luis Ibarra, the club's top striker": "the striker"
        }
      }
    }
    return e;
  }

  /**
   * The organisation a bare name stands for that is both a person's surname and the first word
   * of an organisation's name named before ("Ben Harwick founded Harwick Systems Inc"), when the
   * words it said speak of it as a thing: they open with "it" or "its" ("Harwick said it would
   * buy back its shares"); null otherwise.
   */
  private Entity companyOfFounderName(NameMention head, Span src) {
    Entity named = head.entity;
    if (named == null || named.kind != SpeakerKind.PERSON || quote == null
        || !ITS_CONTENT.matcher(quote.content().text()).lookingAt()
        || !OWNED_BY_IT.matcher(quote.content().text()).find()) {
      return null;
    }
    String word = head.name.text().strip();
    Entity found = null;
    for (Entity e : entities.all) {
      if (e.kind == SpeakerKind.ORGANIZATION && !e.place && e.names.size() > 0
          && e.names.get(0).span.start() < src.start()) {
        String[] words = Splits.SPACES.split(Entity.withoutArticle(e.canonicalName()));
        if (words.length >= 2 && words[0].equals(word)) {
          if (found != null && found != e) {
            return null; // two bodies of that name: which one is unclear
          }
          found = e;
        }
      }
    }
    return found == null ? null : because(found, "organisation-name", quoted(word)
        + " opens the name of " + label(found) + ", and the words it said call it \"it\"");
  }

  /** Reported words that open by calling their speaker a thing: "it would", "its shares". */
  private static final Pattern ITS_CONTENT = Pattern.compile("(?i)(?:that[ \t]+)?its?\\b");
  /** "its" in reported words: what the speaker owns ("its shares"), not a dummy "it was". */
  private static final Pattern OWNED_BY_IT = Pattern.compile("(?i)\\bits\\b");

  /**
   * The person quoted just before, in the same paragraph, when a bare surname {@code head} the
   * names gave to another person of that surname stands for the one quoted ("The mayor said ...
   * "...," Leyva said": the mayor, Oscar Leyva, though Karla Leyva was named last): that other
   * person has no mention since that quote. Null otherwise.
   */
  private Entity sameSurnameSpeaker(NameMention head, Span src) {
    Entity named = head.entity;
    Entity last = lastPersonSpeaker;
    if (named == null || last == null || last == named || named.kind != SpeakerKind.PERSON
        || !head.last.equals(named.last) // "Tom" of "Tom and Ben Ashby" is no bare surname
        || text.substring(src.start(), Math.max(src.start(), head.span.start()))
            .chars().anyMatch(Character::isLowerCase) // "the younger Moreno" says which one
        || last.last == null || !last.last.equals(named.last) || lastSpeakerQuote == null) {
      return null;
    }
    int before = lastSpeakerQuote.content().start();
    if (article.sentenceAt(before).paragraph() != article.sentenceAt(src.start()).paragraph()
        || named.lastMentionBefore(src.start()) > before) {
      return null;
    }
    return because(last, "surname", quoted(head.span.text()) + " is the surname of "
        + label(last) + ", quoted just before in this paragraph, as well as of " + label(named));
  }

  /**
   * Whether {@code m}, a name after the first segment of a source mention, is an organisation set
   * beside an organisation noun that opens the mention ("His company, Sinar Palm Industries"), or
   * beside any definite or owned description, an indefinite role alone ({@link #bareRole}) or a
   * plural of a role noun, when its name says it is one ("The developer, Carrowmore Homes Ltd",
   * "Their label, Northlight Records", "One rival, Forks Crossing Group", "Attorneys for the
   * plaintiffs, Feldman & Osei LLP").
   */
  private boolean organisationNoun(SourceReading r, NameMention m) {
    int[] first = r.segments.get(0);
    if (m.form == NameMention.Form.ORGANIZATION && m.entity.kind == SpeakerKind.ORGANIZATION
        && first[1] - first[0] >= 3 && ONE_OF.contains(r.toks.get(first[0]).lower())
        && r.toks.get(first[0] + 1).lower().equals("of")) {
      return true; // "One of the fined firms, Cobalt Lending Holdings, said"
    }
    SourceReading.Description d = r.describe(first);
    boolean owned = OWNERS.contains(r.toks.get(first[0]).lower()); // "Their label"
    return m.entity.kind == SpeakerKind.ORGANIZATION && d != null && (!d.plural()
        && (lexicon.is(SpeakerLexicon.Kind.ORG, d.head())
            || (d.definite() || owned || bareRole(r, first, d))
                && m.form == NameMention.Form.ORGANIZATION)
        || pluralRole(d.head()) && m.form == NameMention.Form.ORGANIZATION);
  }

  /**
   * Whether a description is an indefinite role or person noun with nothing after it ("One
   * rival", "A losing bidder"), which a name set beside it names: not "A representative for the
   * landlord, X", where X is the landlord, nor "A Fox News poll, conducted with X".
   */
  private boolean bareRole(SourceReading r, int[] segment, SourceReading.Description d) {
    return d.indefinite() && (isRole(d.head()) || wordNetPerson(d.head()))
        && r.toks.get(segment[1] - 1).lower().equals(d.head());
  }

  /**
   * The person a role description in apposition follows, when the source mention is the
   * description alone ("an economist at Maybank" in "Farah Aziz, an economist at Maybank, said",
   * as a source ranker may pick it): the name must end just before the comma that opens the
   * description, and punctuation must close it, or a comma come before the cue; after a
   * preposition only a person's full name, not after a preposition of place, and only with
   * punctuation or a relative pronoun just after the description ("from Ines Falk, a Denver
   * investor who"). A participle cue right after the description closes it too ("Rep. Xavier
   * Becerra, a California Democrat supporting Clinton"). An age may stand between the name and
   * the description ("Meera Joshi, 17, the priest's niece, who said"), and the description may
   * be a relation ("the imam's daughter"). The description may be the second of two joined by
   * "and" ("Ruth Ambler, a manufacturer and conservative activist, who"). Null when there is
   * none.
   */
  private Entity nameBefore(SourceReading r, Span src) {
    SourceReading.Description d = r.segments.size() == 1 ? r.describe(r.segments.get(0)) : null;
    boolean org = d != null && lexicon.is(SpeakerLexicon.Kind.ORG, d.head()) && d.indefinite();
    if (d == null || d.plural() || !(isRole(d.head()) || givenToPerson(d.head()) || org
        || RELATIONS.contains(d.head()))) { // "Fatima Haddad, the imam's daughter, who said"
      return null;
    }
    Matcher conjunct = FIRST_CONJUNCT.matcher(text)
        .region(Math.max(0, src.start() - CONJUNCT_REACH), src.start());
    int comma = (conjunct.find() ? conjunct.start() + 1 : src.start()) - 1;
    while (comma > 0 && text.charAt(comma) == ' ') {
      comma--;
    }
    Matcher age = comma > 0 && text.charAt(comma) == ','
        ? AGE_BEFORE_COMMA.matcher(text).region(Math.max(0, comma - 6), comma) : null;
    if (age != null && age.find()) {
      comma = age.start(); // "Meera Joshi, 17, the priest's niece, who said": past the age
    }
    boolean tight = src.end() >= text.length() || ",.;)".indexOf(text.charAt(src.end())) >= 0
        || RELATIVE_AFTER.matcher(text).region(src.end(), text.length()).lookingAt();
    boolean closed = tight
        || cueStart > src.end() && (text.substring(src.end(), cueStart).contains(",")
            || text.substring(src.end(), cueStart).isBlank() && PARTICIPLE.matcher(text)
                .region(cueStart, text.length()).lookingAt());
    if (comma <= 0 || text.charAt(comma) != ',' || !closed) {
      return null; // "with Mika Brzezinski, the Democratic presidential candidate stated"
    }
    NameMention n = entities.nameAt(comma - 1);
    if (n == null || n.span.end() != comma || n.entity == null || n.entity.place
        || n.entity.kind != (org ? SpeakerKind.ORGANIZATION : SpeakerKind.PERSON)
            && !(org && n.entity.tentative) || !org && afterPreposition(n)
                && (!n.full() || !tight || PLACE_PREPOSITIONS.contains(wordBefore(n)))) {
      // "of Concord, N.H., a resident": a place after a preposition; "As reported by Western
      // Journalism, the former secretary of state was": a description that a verb follows
      return null;
    }
    Entity e = confirmed(n);
    if (org) {
      e.kind = SpeakerKind.ORGANIZATION; // "Judicial Watch, a conservative group" was tentative
    } else {
      entities.addRole(e, d.role());
    }
    return because(e, "apposition", quoted(d.span().text()) + " is set beside "
        + quoted(n.span.text()) + " after a comma");
  }

  /**
   * The person a source mention in a title-case line opens with ("Clinton Wades In", "Clinton
   * Says Russians Hacked DNC"): every word is capitalised there, so the name that ends the
   * mention is no better guide than its first word; that word must name a person the article
   * names in full, and no other person be named in the mention nor a role noun end it. Null
   * elsewhere.
   */
  private Entity headlinePerson(SourceReading r) {
    if (r.toks.size() < 2) {
      return null;
    }
    Sentence s = article.sentenceAt(r.toks.get(0).token().start());
    NameMention n = entities.nameAt(r.toks.get(0).token().start());
    if (n == null || n.entity == null || n.span.start() != r.toks.get(0).token().start()
        || !n.entity.person() || n.entity.tentative || n.entity.names.stream()
            .noneMatch(NameMention::full) || !ArticleScan.headline(article.tokens(s))
        || isRole(ArticleScan.roleWord(r.toks.get(r.toks.size() - 1).lower()))) {
      return null; // "Jeb Bush Super PAC Chief" is the chief
    }
    for (SourceReading.Tok t : r.toks) {
      if (ArticleScan.base(t.tag()).equals("ADP")) {
        break; // "Biden Aims Insult At Trump": an object
      }
      NameMention other = entities.nameAt(t.token().start());
      if (other != null && other != n && owner(other)) {
        break; // "Halvorsen Rips Gov. Whitcomb's Sanctuary Order": the object's owner
      }
      if (other != null && other != n && other.entity != null && other.entity.person()
          && !other.entity.tentative) {
        return null; // "McCain Challenger Kelli Ward", "Bolton and Gorka"
      }
    }
    return because(confirmed(n), "source", "the source opens a title-case line with "
        + quoted(n.span.text()));
  }

  /** The word before a name, lower case; empty at the start of its sentence. */
  private String wordBefore(NameMention n) {
    Sentence s = article.sentenceAt(n.span.start());
    int k = tokenBefore(s, n);
    return k >= 0 ? lower(article.tokens(s).get(k).text()) : "";
  }

  /** Whether the word before a name is a preposition ("of Concord, N.H."). */
  private boolean afterPreposition(NameMention n) {
    Sentence s = article.sentenceAt(n.span.start());
    int k = tokenBefore(s, n);
    return k >= 0 && ArticleScan.base(article.tags(s).get(k)).equals("ADP");
  }

  /** The index of the token before a name in its sentence {@code s}, or -1 at its start. */
  private int tokenBefore(Sentence s, NameMention n) {
    return SortedSpans.firstStartingAtOrAfter(article.tokens(s), Token::start, n.span.start()) - 1;
  }

  /**
   * The person a question or answer label stands for ("Q:" the interviewer, "A:" the person
   * interviewed), as the introduction before the first label names them: the interviewer is a
   * person named just before "spoke with", "asked", "interviewed" or after a word such as
   * "reporter" or "host"; the person interviewed is the first other person named, or the one who
   * "talked to our reporter" (then the interviewer is the name set beside "our reporter", if
   * any). A first question that addresses someone by a given name ("Q: Alan, what did you make
   * of it?") names the person interviewed over that reading, who then asks nothing. A question
   * label whose interviewer the introduction does not name is one unnamed reporter (a briefing's
   * questions), and an answer label whose interviewee it does not name one unnamed interviewee.
   * Null when the mention is no such label.
   */
  Entity interviewLabel(Span src) {
    Matcher label = INTERVIEW_LABEL.matcher(src.text());
    if (!label.matches() || src.end() >= text.length()
        || text.charAt(src.end()) != ':' && !dottedLabel(src)) {
      return null; // "Q:", or "Q. " as some papers print an edited interview
    }
    if (interviewer == null && !interviewRead) {
      readInterview();
      Entity addressed = addressedInFirstQuestion();
      if (addressed != null) {
        interviewee = addressed; // "Q: Alan, what did you make of it?": Alan answers, and
        intervieweeAddressed = true; // no one asks a question of themselves
        interviewer = interviewer == addressed ? null : interviewer;
      }
    }
    boolean question = label.group(1) != null;
    Entity e = question ? interviewer : interviewee;
    if (e == null && question) {
      // a briefing's or an interview's questions whose asker the text never names: one unnamed
      // reporter, not a person called "Q"
      Entity asker = entities.keyed("transcript:questioner", SpeakerKind.UNKNOWN);
      asker.name("reporter");
      return because(asker, "transcript-label", quoted(src.text())
          + " asks the questions, a reporter the introduction does not name");
    }
    if (e == null) { // the answers of one the introduction does not name: not a person "A"
      Entity answerer = entities.keyed("transcript:answerer", SpeakerKind.UNKNOWN);
      answerer.name("interviewee");
      return because(answerer, "transcript-label", quoted(src.text())
          + " answers the questions, one the introduction does not name");
    }
    return because(e, "transcript-label", quoted(src.text()) + " is "
        + (question ? "the interviewer" : "the person interviewed") + ", " + label(e)
        + (!question && intervieweeAddressed ? ", whom the first question addresses by name"
            : ", as the introduction says"));
  }

  /** Whether a source is the label that opens "Q. Why ...?" or "A. Because ...". */
  private boolean dottedLabel(Span src) {
    return src.length() == 1 && SpeakerLabels.dottedLabelAt(text, src.start());
  }

  /**
   * The person who asks for an outlet whose name is a transcript label ("NDTV:" after "spoke to
   * NDTV's Meghna Rao"): the person named first after the outlet's possessive before the label;
   * null when the label is no such outlet.
   */
  private Entity outletLabel(Span src) {
    String label = src.text().strip();
    if (src.end() >= text.length() || text.charAt(src.end()) != ':' || label.isEmpty()
        || label.contains(" ")) {
      return null;
    }
    int[] owned = possessiveEnds.computeIfAbsent(label, this::possessiveEnds);
    for (int k = 0; k < owned.length && owned[k] <= src.start(); k++) {
      NameMention n = entities.nameAt(owned[k]);
      if (n != null && n.span.start() == owned[k] && n.entity != null
          && n.entity.kind == SpeakerKind.PERSON) {
        return because(n.entity, "transcript-label", quoted(label) + " is the outlet of "
            + label(n.entity) + ", who asks for it, as the introduction says");
      }
    }
    return null;
  }

  /**
   * Where the possessives of a word ("NDTV's " or "NDTV’s ", past the spaces after them) end in
   * the text, in order: the matches of a search for them, found by looking up the word's two
   * possessive forms instead of running the pattern over the text.
   */
  private int[] possessiveEnds(String word) {
    Pattern p = Pattern.compile("\\b" + Pattern.quote(word) + "(?:'s|\u2019s)\\s+");
    List<Integer> ends = new ArrayList<>();
    for (String form : List.of(word + "'s", word + "\u2019s")) {
      for (int at = text.indexOf(form); at >= 0; at = text.indexOf(form, at + 1)) {
        Matcher m = p.matcher(text).region(at, text.length()).useTransparentBounds(true);
        if (m.lookingAt()) {
          ends.add(m.end());
        }
      }
    }
    return ends.stream().mapToInt(Integer::intValue).sorted().toArray(); // matches never overlap
  }

  /**
   * The judge who speaks as "THE COURT:" in a hearing's transcript: the person the text named
   * last before the label as a judge, justice or magistrate ("U.S. District Judge Helena
   * Marchetti"); null when the mention is no such label or the text names no judge.
   */
  private Entity courtLabel(Span src) {
    if (!COURT_LABEL.matcher(src.text().strip()).matches() || src.end() >= text.length()
        || text.charAt(src.end()) != ':') {
      return null;
    }
    Entity judge = judgeNamedBefore(src.start());
    return judge == null ? null : because(judge, "transcript-label", quoted(src.text())
        + " is the judge, " + label(judge) + ", as the text named them before");
  }

  /** How a court's judge is referred to: "Her Honour", "His Honor". */
  private static final Pattern HONOUR = Pattern.compile("(?i)(?:his|her|their)[ \t]+honou?r");

  /**
   * The judge "Her Honour" or "His Honor" stands for: the person the text named last before the
   * mention as a judge, justice or magistrate ("Justice Miranda Carvalho"); null when the
   * mention is no such phrase or the text names no judge.
   */
  private Entity honourJudge(Span src) {
    if (!HONOUR.matcher(src.text().strip()).matches()) {
      return null;
    }
    Entity judge = judgeNamedBefore(src.start());
    return judge == null ? null : because(judge, "role", quoted(src.text())
        + " is the judge, " + label(judge) + ", as the text named them before");
  }

  /** The person last named before {@code offset} as a judge, justice or magistrate, or null. */
  private Entity judgeNamedBefore(int offset) {
    Entity judge = null;
    int last = -1;
    for (String role : JUDGES) {
      for (Entity e : entities.withRole(role)) {
        for (NameMention m : e.kind == SpeakerKind.PERSON ? e.names : List.<NameMention>of()) {
          if (m.span.start() < offset && m.span.start() > last) {
            judge = e;
            last = m.span.start();
          }
        }
      }
    }
    return judge;
  }

  /** A given name addressed before a comma after a question label: "Alan, what did you ...". */
  private static final Pattern ADDRESSED = Pattern.compile(
      "[ \t]*(\\p{Lu}[\\p{L}'\u2019-]+)[ \t]*,");

  /**
   * The person the first question of an interview addresses by a given name ("Q: Alan, what did
   * you make of the disallowed goal?"): the one person named before it with that first name;
   * null when the question addresses no one so, or the name fits no one or more than one.
   */
  private Entity addressedInFirstQuestion() {
    Matcher first = FIRST_INTERVIEW_LABEL.matcher(text);
    if (!first.find()) {
      return null;
    }
    Matcher q = ADDRESSED.matcher(text).region(first.end(), text.length());
    if (!q.lookingAt()) {
      return null;
    }
    String given = nameKey(q.group(1));
    Entity found = null;
    for (NameMention m : scan.names) {
      if (m.span.start() >= first.start()) {
        break;
      }
      if (m.entity != null && m.entity.kind == SpeakerKind.PERSON && given.equals(m.first)) {
        if (found != null && found != m.entity) {
          return null; // two persons of that given name: the question does not say which
        }
        found = m.entity;
      }
    }
    return found;
  }

  /** Finds the interviewer and the person interviewed in the text before the first label. */
  private void readInterview() {
    interviewRead = true;
    Matcher first = FIRST_INTERVIEW_LABEL.matcher(text);
    int end = first.find() ? first.start() : 0;
    List<NameMention> persons = new ArrayList<>();
    for (NameMention m : scan.names) {
      if (m.span.start() >= end) {
        break;
      }
      if (m.entity != null && m.entity.kind == SpeakerKind.PERSON
          && (m.entity.person() || m.full())) {
        persons.add(m);
      }
    }
    if (readInterviewSentence(end)) {
      return;
    }
    for (NameMention m : persons) {
      String after = text.substring(m.span.end(), Math.min(end, m.span.end() + 80));
      String before = text.substring(Math.max(0, m.span.start() - 30), m.span.start());
      if (TAKES_QUESTIONS.matcher(after).lookingAt()) {
        interviewee = m.entity; // "coach X took a few questions from reporters:" he answers
        return;
      }
      Matcher verb = INTERVIEWS.matcher(after);
      Matcher press = TO_THE_PRESS.matcher(after);
      if (verb.lookingAt() && press.region(verb.end(), after.length()).lookingAt()) {
        interviewee = m.entity; // "Maria Lopez talked to our reporter": she answers
        Matcher pronoun = HE_OR_SHE_BEFORE.matcher(after).region(0, verb.start(1));
        if (pronoun.find()) { // "... to her deputy, Tom Ash, she talked to us": "she" answers
          interviewee = firstAgreeing(persons, pronoun.group().strip());
        }
        int at = m.span.end() + press.end();
        for (NameMention n : persons) { // "... to our books editor, Michael Grant": he asks
          if (n.span.start() > at && n.span.start() <= at + 2
              && text.substring(at, n.span.start()).strip().equals(",")) {
            interviewer = n.entity;
          }
        }
        return;
      }
      String wider = text.substring(Math.max(0, m.span.start() - QUESTIONED_BY_REACH),
          m.span.start());
      if (verb.lookingAt() || INTERVIEWER.matcher(before).find()
          || QUESTIONED_BY.matcher(wider).find()) { // "Under questioning by prosecutor X,"
        interviewer = m.entity;
        break;
      }
    }
    // the person the paragraph just before the first label says the paper asked ("We asked
    // adviser X, of Y, for his advice.") answers; else, without an interviewer named, the person
    // interviewed is the first person the introduction names, and the questions have no asker
    int labels = article.sentenceAt(Math.max(0, end - 1)).paragraph();
    for (int k = persons.size() - 1; k >= 0; k--) {
      NameMention asked = persons.get(k);
      Sentence s = article.sentenceAt(asked.span.start());
      if (s.paragraph() + 1 < labels) {
        break;
      }
      Matcher verb = ASKED_BEFORE.matcher(text).region(s.start(), asked.span.start());
      if (verb.find() && (k == 0 || persons.get(k - 1).span.start() < verb.end())
          && asked.entity != interviewer) {
        interviewee = asked.entity; // the first person named after the verb
        return;
      }
    }
    for (NameMention m : persons) {
      if (m.entity != interviewer) {
        interviewee = m.entity;
        break;
      }
    }
  }

  /**
   * The person a pronoun that opens an introduction's "she talked to us" stands for: the first
   * person the introduction names whose gender does not conflict with it, the one it is about
   * ("Jane Roe runs an agency. As she hands it to her deputy, Tom Ash, she talked to us").
   */
  private static Entity firstAgreeing(List<NameMention> persons, String pronoun) {
    Gender gender = pronoun.equalsIgnoreCase("she") ? Gender.FEMALE : Gender.MALE;
    for (NameMention m : persons) {
      if (m.entity.gender().compatible(gender)) {
        return m.entity;
      }
    }
    return persons.get(0).entity;
  }

  /**
   * Reads the interview from the introduction's sentence that says who spoke with whom, the last
   * one in the paragraph before the first label or the one before it: a person named after
   * "spoke with", "talked to" or "interviewed" answers, and the person or outlet named before
   * the verb asks ("The News Tribune spoke with General Manager Victor Salas"), unless a word
   * such as "correspondent" sets the person after the verb as the journalist ("X spoke to our
   * health correspondent, Y"); with no person after the verb but an outlet, the person named
   * before it answers and the outlet asks ("Friesen spoke with CBC's Information Radio").
   * Whether the last sentence with such a verb was read so ("She spoke to X", "Y talked to our
   * reporter" are left to the older reading).
   */
  private boolean readInterviewSentence(int end) {
    int labels = article.sentenceAt(Math.max(0, end - 1)).paragraph();
    for (int i = article.sentenceAt(Math.max(0, end - 1)).index(); i >= 0; i--) {
      Sentence s = article.sentences().get(i);
      if (s.paragraph() + 1 < labels) {
        return false;
      }
      if (s.start() >= end) {
        continue; // a label before the first sentence: no introduction to read
      }
      Matcher verb = INTERVIEW_VERB.matcher(text).region(s.start(), Math.min(s.end(), end));
      if (!verb.find()) {
        continue;
      }
      if (PRESS_AFTER_VERB.matcher(text).region(verb.end(), s.end()).lookingAt()) {
        return false; // "X spoke to reporters after the defeat to Perth Glory": X answers
      }
      NameMention asker = null;
      NameMention askerBody = null;
      NameMention answerer = null;
      NameMention body = null;
      for (NameMention m : scan.names) {
        if (m.span.start() >= Math.min(s.end(), end)) {
          break;
        }
        if (m.span.start() < s.start() || m.entity == null) {
          continue;
        }
        boolean person = m.entity.kind == SpeakerKind.PERSON && (m.entity.person() || m.full());
        if (m.span.end() <= verb.start()) {
          asker = person ? m : asker;
          askerBody = person ? askerBody : m;
        } else if (m.span.start() >= verb.end()) {
          if (person && answerer == null) {
            answerer = m;
          } else if (!person && body == null && m.entity.kind == SpeakerKind.ORGANIZATION) {
            body = m;
          }
        }
      }
      String between = answerer == null ? "" : text.substring(verb.end(), answerer.span.start());
      if (answerer != null && asker != null && INTERVIEWER.matcher(between).find()) {
        interviewee = asker.entity; // "X spoke to our health correspondent, Y": Y asks
        interviewer = answerer.entity;
        return true;
      }
      if (answerer != null && asker == null && HE_OR_SHE_BEFORE.matcher(text)
          .region(s.start(), verb.start()).find()) {
        return false; // "She spoke to Lucas Meyer for a magazine": read as before
      }
      if (answerer != null) {
        interviewee = answerer.entity;
        interviewer = asker != null ? asker.entity
            : askerBody != null && askerBody.entity.kind == SpeakerKind.ORGANIZATION
                ? askerBody.entity : null;
        return true;
      }
      if (asker != null && body != null) {
        interviewee = asker.entity;
        interviewer = body.entity;
        return true;
      }
      if (asker != null && answerer == null && OUTLET_AFTER.matcher(text)
          .region(verb.end(), s.end()).lookingAt()) {
        interviewee = asker.entity; // "Ms Benady spoke to the Chronicle at her office": a
        return true; // paper's name the scan took for no organisation; the paper asks
      }
      return false; // "Maria Lopez talked to our reporter": read as before
    }
    return false;
  }

  /** A source mention that is an all-capital transcript label the scan did not take as a name. */
  private Entity transcriptLabel(Span src) {
    if (!src.text().equals(src.text().toUpperCase(Locale.ROOT))
        || src.end() >= text.length() || text.charAt(src.end()) != ':') {
      return null;
    }
    String[] words = Splits.SPACES.split(src.text().strip());
    String last = nameKey(words[words.length - 1]);
    if (lexicon.is(SpeakerLexicon.Kind.ROLE, last) || lexicon.is(SpeakerLexicon.Kind.TITLE, last)) {
      return null; // "MODERATOR:" is a description
    }
    Sentence s = article.sentenceAt(src.start());
    NameMention m = new NameMention(src, src, words.length >= 2 ? NameMention.Form.PERSON
        : NameMention.Form.SINGLE, words.length >= 2 ? nameKey(words[0]) : null, last, null,
        Gender.UNKNOWN, false, s.index(), s.paragraph(), false);
    // a surname, first name or middle name of a person the introduction named ("QUINTERO:")
    Entity e = m.full() ? entities.fullName(m) : entities.personBySurname(m);
    entities.link(m, e);
    return because(e, "transcript-label", quoted(src.text()) + ": a speaker label");
  }

  /**
   * The entity of a name that heads a source mention; a single unknown word becomes a person (or
   * an organisation when it is a short all-capital word outside a transcript label).
   */
  private Entity confirmed(NameMention m) {
    Entity e = m.entity;
    if (e.tentative) {
      e.tentative = false;
      entities.rerank(e);
      String word = m.name.text();
      boolean label = m.span.end() < text.length() && text.charAt(m.span.end()) == ':';
      if (word.length() <= 5 && word.equals(word.toUpperCase(Locale.ROOT)) && !label) {
        e.kind = SpeakerKind.ORGANIZATION; // an acronym
      } else if (e.male + e.female == 0 && e.declared == Gender.UNKNOWN && !label
          && e.names.stream().noneMatch(NameMention::full)) {
        e.kind = SpeakerKind.UNKNOWN; // a word the article never shows to be a person
        String lower = word.toLowerCase(Locale.ROOT);
        if (lower.length() > 3 && lower.endsWith("s") && (isRole(lower)
            || isRole(lower.substring(0, lower.length() - 1)))) {
          e.kind = SpeakerKind.GROUP; // "Residents who packed the room said": "they" later
          e.plural = true;
        }
      }
    }
    return e;
  }

  // ---------------------------------------------------------------------------------------------
  // Descriptions

  /** A comma and "which" or "who" after a description: a relative clause of what it describes. */
  private static final Pattern REPORTING_RELATIVE_AFTER =
      Pattern.compile(",[ \t]+(?:which|who)\\b");

  /**
   * The person or organisation named right before a definite description set off by commas and
   * followed by a relative clause that reports ("a recommendation from Institutional Voting
   * Services, the proxy adviser, which said"): the description describes the name, also when a
   * preposition governs it; null when no name ends at the comma before the description.
   */
  private Entity nameBeforeRelativeApposition(Span description) {
    int comma = commaBefore(description.start(), 0);
    if (comma < 0 || comma == description.start() - 1 || !REPORTING_RELATIVE_AFTER.matcher(text)
        .region(description.end(), text.length()).lookingAt()) {
      return null;
    }
    NameMention n = nameEndingAtComma(comma);
    return n == null ? null : because(confirmed(n), "apposition", quoted(description.text())
        + " is set beside " + quoted(n.span.text()) + " between commas, before a relative clause");
  }

  /**
   * The name of a person or organisation, outside quotations and no place, that ends right at the
   * comma at {@code comma}, before an apposition; null when there is none.
   */
  private NameMention nameEndingAtComma(int comma) {
    NameMention n = entities.nameAt(comma - 1);
    return n == null || n.span.end() != comma || n.entity == null || n.entity.place
        || n.inQuote || n.entity.kind != SpeakerKind.PERSON
            && n.entity.kind != SpeakerKind.ORGANIZATION ? null : n;
  }

  /**
   * The person or organisation named right before an indefinite description set beside it by a
   * comma, its apposition ("Our Principles PAC, a group set up to highlight ..., took in";
   * "Conservative Solutions, a super PAC that backed Mr. Rubio"); null when no name ends there,
   * or it names a place or a preposition's object ("At the Kagiso clinic, a nurse said"), or the
   * description, which must open with "a" or "an", opens a list ("Smith, a lawyer and Jones").
   */
  private Entity nameBeforeApposition(Span description) {
    int comma = commaBefore(description.start(), 0);
    if (comma < 0 || comma == description.start() - 1
        || !ARTICLE_OPENING.matcher(description.text()).lookingAt()) {
      return null;
    }
    if (quote != null && quote.content().start() < comma && quote.content().end() <= comma
        && quote.content().end() >= comma - 2) {
      return null; // "... to a PAC backing Hillary Clinton, a USA TODAY analysis shows": the
    } // description closes the reported words, no apposition to the name that ends them
    NameMention n = nameEndingAtComma(comma);
    if (n == null) {
      return null;
    }
    if (LIST_AFTER.matcher(text).region(description.end(), text.length()).lookingAt()
        || PREPOSITION_BEFORE.matcher(text).region(Math.max(0, n.span.start() - 20),
            n.span.start()).find()) {
      return null; // "Smith, a lawyer and Jones"; "At the X clinic, a nurse said": no apposition
    }
    return because(confirmed(n), "apposition", quoted(description.text()) + " is set beside "
        + quoted(n.span.text()) + " after a comma");
  }

  /**
   * The offset of the comma that only spaces or tabs part from {@code offset}, after {@code
   * floor}; -1 when the text before is no comma ("Conservative Solutions, [a super PAC]").
   */
  private int commaBefore(int offset, int floor) {
    int k = offset - 1;
    while (k > floor && (text.charAt(k) == ' ' || text.charAt(k) == '\t')) {
      k--;
    }
    return k > floor && text.charAt(k) == ',' ? k : -1;
  }

  /** How many paragraphs back "the people said" may find the people it continues. */
  private static final int PLURAL_SOURCE_PARAGRAPHS = 2;

  /**
   * The unnamed plural source "the people", "the aides" or "the two officials" continues: the
   * last source mention before it, within {@value #PLURAL_SOURCE_PARAGRAPHS} paragraphs, that
   * holds its head noun, an anonymous source's plural ("according to people familiar with the
   * talks", "Two aides to the senator said"), whose speaker has no name; past them, the one such
   * source the text quoted, when it quoted only one ("the sources said" at the end of a wire
   * story that opened with "sources close to the matter said"). Null when the description is no
   * such definite plural, or no such source was quoted.
   */
  private Entity samePluralSource(SourceReading.Description d, Span src) {
    String head = d.head();
    if (!d.definite() || !d.plural() || !lexicon.is(SpeakerLexicon.Kind.ANONYMOUS, head)
        || !d.modifiers().stream().allMatch(ArticleScan::numberWord)) {
      return null;
    }
    int paragraph = article.sentenceAt(src.start()).paragraph();
    Pattern word = headWord(head);
    Entity only = null; // past the window: the one unnamed source of that head the text quoted
    for (int k = sourceAnchors.size() - 1; k >= 0; k--) {
      Anchor a = sourceAnchors.get(k);
      if (a.start() >= src.start()) {
        continue;
      }
      Entity e = a.entity();
      boolean fits = e != null && e.names.isEmpty() && e.kind != SpeakerKind.PERSON
          && word.matcher(text).region(a.start(), a.end()).find();
      if (paragraph - a.paragraph() > PLURAL_SOURCE_PARAGRAPHS) {
        if (fits && only != null && only != e) {
          return null; // two sources of that head: the window decides, and it named neither
        }
        only = fits ? e : only;
        continue;
      }
      if (fits) {
        return because(e, "description", quoted(d.span().text()) + " continues "
            + quoted(text.substring(a.start(), a.end())) + ", the unnamed source quoted before");
      }
    }
    return only == null ? null : because(only, "description", quoted(d.span().text())
        + " continues " + label(only) + ", the one unnamed source of its kind quoted before");
  }

  Entity described(SourceReading r, Span src) {
    Entity shareAuthor = shareOfOwnedDocuments(src);
    if (shareAuthor != null) {
      return shareAuthor; // "one of her letters"
    }
    Entity lawPlace = lawOfPlace(r, src);
    if (lawPlace != null) {
      return lawPlace; // "The law requires" after "a challenge to Ohio legislation"
    }
    if (r.segments.isEmpty()) {
      return null;
    }
    Entity share = shareOfGroup(src);
    if (share != null) {
      return share; // "64 percent", "Six in 10", "half", "others": of the group named before
    }
    SourceReading.Description d = r.describe(r.segments.get(0));
    if (d == null) {
      return entities.fresh(SpeakerKind.UNKNOWN, false);
    }
    Entity same = samePluralSource(d, src);
    if (same != null) {
      return same; // "the people said" after "according to people familiar with the talks"
    }
    Entity apposed = d.indefinite() ? nameBeforeApposition(d.span())
        : d.definite() ? nameBeforeRelativeApposition(d.span()) : null;
    if (apposed != null) {
      return apposed; // "Our Principles PAC, a group set up to ..., took in"
    }
    String head = d.head();
    String phrase = d.phrase();
    Entity spelled = d.definite() ? bracketAcronyms.get(Entity.withoutArticle(d.span().text()))
        : null;
    if (spelled != null) { // "The ARS urged" after "The Paris regional health agency (ARS)"
      return because(spelled, "acronym", quoted(d.span().text()) + " is the acronym "
          + label(spelled) + " defined in brackets");
    }
    Entity body = d.definite() ? namedBodyBeforeNoun(d) : null;
    if (body != null) {
      return body; // "The GMB union", "the Students for Accountability coalition"
    }
    Entity parent = bodyOfBranch(src);
    if (parent != null) {
      return parent; // "The state chapter of the Christian Association of Nigeria (CAN)"
    }
    Entity club = d.definite() && d.capitalised() && d.modifiers().isEmpty()
        ? entities.clubByWord(lastWord(d.span().text()), src.start()) : null;
    if (club != null) { // "the Otters said", a plural the tagger read as a common noun
      return because(club, "short-name", quoted(d.span().text()) + " is a word of "
          + label(club) + ", the one organisation named before that holds it");
    }
    boolean speech = lexicon.is(SpeakerLexicon.Kind.SPEECH, head);
    boolean org = lexicon.is(SpeakerLexicon.Kind.ORG, head) || !speech && namesLastWord(d, src)
        || executiveBody(d) || d.definite() && !d.plural() && entities.givenKind(head);
    Entity author = speech ? issuers.relativeAuthor(d) : null;
    if (author != null) {
      return author;
    }
    Entity relative = sameRelation(r, d);
    if (relative != null) {
      return relative; // "her son said" after "Her son, Peter Marlow, said"
    }
    Entity members = speech ? null : memberBody(r, d, src);
    if (members == null && !speech) {
      members = benchCourt(r, d, src);
    }
    if (members != null) {
      return members; // "Investigators said" after "the Air Accidents Investigation Branch"
    }
    Entity post = speech ? issuers.postIssuer(r, d) : null;
    if (post == null && speech) {
      post = issuers.ownedPostIssuer(src, d); // "a report from the X Board's inspector general"
    }
    if (post != null) {
      issuers.issued(head, post, d.span(), d.definite());
      return post;
    }
    if (speech || isRole(head) && (d.plural() || d.capitalised() && head.endsWith("s"))) {
      NameMention n = issuerOrEmployer(r, src, speech, head);
      if (n != null) {
        Entity e = confirmed(n);
        if (speech) {
          issuers.issued(head, e, d.span(), d.definite());
        }
        return because(e, speech ? "document-issuer" : "organisation-member",
            quoted(n.span.text()) + (speech ? " issued " : " employs ") + quoted(d.span().text()));
      }
      Entity owner = speech ? issuers.ownerBefore(d) : null;
      if (owner != null) {
        return owner;
      }
      Entity issuer = speech ? issuers.namedIssuer(r, src, d) : null;
      if (issuer != null) {
        issuers.recordIssuer(head, issuer, d.span(), d.definite());
        return issuer;
      }
    }
    if (d.capitalised() && !d.definite() && !d.indefinite()) {
      boolean people = pluralRole(head);
      if (people && !lexicon.is(SpeakerLexicon.Kind.ANONYMOUS, head)) {
        // "Residents who packed the hall said", "Researchers at the World Health Organization
        // said": people, not a name, opening a sentence ("Officials said" stays anonymous)
        return entities.fresh(SpeakerKind.GROUP, true);
      }
      if (!people && !org && !isRole(head) && !lexicon.is(SpeakerLexicon.Kind.SPEECH, head)
          && !d.plural() && !ArticleScan.numberWord(head)) { // "Nine in 10 voters": a share
        return capitalisedName(d); // a name the tagger did not take for one
      }
    }
    Entity owner = speech ? possessiveOrganisation(r) : null;
    if (owner != null) {
      return owner;
    }
    Entity relayed = speech ? issuers.relayIssuer(d) : null;
    if (relayed != null) {
      issuers.recordIssuer(head, relayed, d.span(), d.definite());
      return relayed; // "X said ..., according to a statement issued on Saturday"
    }
    Entity context = speech ? issuers.contextIssuer(r, src, d, org) : null;
    if (context != null) {
      issuers.recordIssuer(head, context, d.span(), d.definite()); // "the complaint" after
      return context; // the one resolved so, whoever speaks between
    }
    Entity modifierBody = speech ? bodyOfModifier(d) : null;
    if (modifierBody != null) {
      issuers.recordIssuer(head, modifierBody, d.span(), d.definite());
      return modifierBody; // "a district news release" after the water district was named
    }
    if (speech && !(org && d.capitalised())) {
      if (d.indefinite()) {
        issuers.recordNoIssuer(d);
      }
      return because(thing(d.definite() ? entities.keyed("description:" + phrase,
          SpeakerKind.DOCUMENT) : entities.fresh(SpeakerKind.DOCUMENT, false)), "document",
          quoted(d.span().text()) + " speaks; the text names no issuer");
    }
    boolean townNoun = TOWN_NOUNS.contains(head);
    if ((townNoun || lexicon.is(SpeakerLexicon.Kind.POLITY, head)) && d.definite()
        && d.modifiers().isEmpty() && !d.plural()) {
      Entity place = entities.recentPlace(src.start(),
          article.sentenceAt(src.start()).paragraph() - ORGANISATION_PARAGRAPHS);
      if (place != null && NATION_NOUNS.contains(head)
          && lexicon.regionName(place.canonicalName())) {
        place = null; // "Voters in Ohio ... the country's attention": no state of it is the country
      }
      Entity town = townNoun ? townNamedLast(src.start()) : null;
      if (town != null && (place == null || town.lastMentionBefore(src.start())
          > place.lastMentionBefore(src.start()))) {
        town.place = true;
        if (town.tentative) {
          town.kind = SpeakerKind.ORGANIZATION; // a bare surname guess, now shown to be a town
        }
        place = town; // "Dunmore, Ohio, had no thefts. The town said": Dunmore, a town
      }
      if (place != null) {
        return because(place, "place-noun", quoted(d.span().text()) + " stands for "
            + label(place) + ", the place named last");
      }
    }
    Entity part = org && d.definite() ? bodyOfOwnerNoun(d) : null;
    if (part != null) {
      return part; // "the tribunal's three-member panel said": the tribunal
    }
    Entity firm = !org && d.definite() && !d.modifiers().isEmpty() && !owned(r)
        && COMPANY_EPITHETS.contains(head) ? describedCompany(r, d, src) : null;
    if (firm != null) {
      return firm; // "Tarn Metals bid for ... The ASX-listed miner said": no person
    }
    Entity together = d.plural() && d.definite() && !owned(r) ? bodiesNamedTogether(d, src)
        : null;
    if (together != null) { // "Harbor National's deal for Pinewood Financial, the banks said"
      return together;
    }
    // "The office of the Ethics Commissioner" is that one's, not the last body of its kind
    boolean namesItsBody = ofNamed(head, d.span());
    if (org) {
      return describedBody(r, d, src, namesItsBody);
    }
    if (d.plural()) {
      if (lexicon.is(SpeakerLexicon.Kind.ANONYMOUS, head)) {
        return entities.fresh(SpeakerKind.UNKNOWN, true);
      }
      if (d.indefinite() || !d.definite() && lexicon.is(SpeakerLexicon.Kind.COLLECTIVE, head)) {
        return entities.fresh(SpeakerKind.GROUP, true); // "half of GOP voters": another half
      }
      Entity g = entities.keyed("group:" + phrase, SpeakerKind.GROUP);
      g.plural = true;
      return g;
    }
    if (!d.definite()) {
      // a post or any person noun: "A Galway hotelier has issued proceedings" above "Declan
      // Brophy (58), who owns the hotel, ..."
      Entity lead = personNoun(head) && (d.indefinite() || headline(d))
          ? antecedents.leadIdentified(d, article.sentenceAt(src.start()).paragraph(),
              lexicon.genderOf(SpeakerLexicon.Kind.ROLE, head)) : null;
      if (lead != null) {
        return lead; // "A lawmaker in the Philippines is calling for ... Joey Salceda said"
      }
      Entity anonymous = entities.fresh(SpeakerKind.UNKNOWN, false); // "a source", "an architect"
      anonymous.thing = !personNoun(head) // "One pharmacist" is someone; so is "a medic who"
          && !WHO_AFTER.matcher(text).region(d.span().end(), text.length()).lookingAt();
      if (isRole(head) || !anonymous.thing) {
        entities.addRole(anonymous, d.role()); // "An Israeli official ... The official said",
        // "One London underwriter, who spoke on condition of anonymity, ... the underwriter said"
      }
      return anonymous;
    }
    Entity aged = owned(r) ? null : antecedents.ageNounAntecedent(d);
    if (aged != null) {
      return aged; // "Fast bowler Nikolai Bynoe, 19, ..." then "the teenager said"
    }
    int describedAfter = d.definite() && personNoun(head) && !owned(r)
        && entities.withRole(head).isEmpty() ? apposedPersonEnd(src) : -1;
    boolean whichOne = lexicon.is(SpeakerLexicon.Kind.PERSON_NOUN, head) && !owned(r)
        && entities.withRole(head).isEmpty() && WHICH_ONE.matcher(text)
            .region(d.span().end(), text.length()).lookingAt(); // "The woman whose car ..."
    boolean unnamedAfter = UNNAMED_AFTER.matcher(text).region(d.span().end(), text.length())
        .lookingAt();
    Entity sameUnnamed = unnamedAfter ? unnamedSpeakerJustBefore(d, src) : null;
    if (sameUnnamed != null) {
      return because(sameUnnamed, "description", quoted(d.span().text()) + " is "
          + label(sameUnnamed) + ", the unnamed source quoted just before");
    }
    if (d.definite() && personNoun(head) && (describedAfter >= 0 || whichOne || unnamedAfter)) {
      // "The sister of one of the crew, who would not be named, said", "The first
      // witness, a ferry mechanic aged 31, told": someone new, whom no role the text gave fits
      Entity unnamed = because(entities.keyed("unnamed:" + d.span().start(), SpeakerKind.PERSON),
          "description", quoted(d.span().text()) + " is someone the text does not name"
          + (describedAfter < 0 ? "" : ", described after it"));
      if (describedAfter >= 0) {
        unnamed.label(Span.of(text, src.start(), describedAfter));
      }
      entities.addRole(unnamed, d.role());
      return unnamed;
    }
    boolean age = Ages.isAge(head) // "the 54-year-old", one word or split
        || head.equals("year") && text.startsWith("-old", d.span().end())
        || antecedents.agedEpithet(d)
        || DescriptionAntecedents.parentOfNumber(d); // "the grandmother of six" too
    boolean occupation = !d.plural() && wordNetPerson(head) // "the egg producer"; "the
        && !d.modifiers().isEmpty() // treasurer" alone may be another's post
        && !lexicon.is(SpeakerLexicon.Kind.PERSON_NOUN, head) && !isRole(head)
        && !givenToPerson(head) && !antecedents.introducedUnnamed(d) && !d.capitalised();
    Entity company = d.definite() && !owned(r) && COMPANY_EPITHETS.contains(head)
        && !PERSON_EPITHETS.contains(head) && d.modifiers().isEmpty() && !age
        && !givenToPerson(head) && entities.withRole(head).isEmpty()
        ? subjectCompanyBefore(r, d, src) : null;
    if (company != null) { // "Harcourt Land Securities has won consent ... the developer said",
      return company; // where no person was called the developer
    }
    Entity given = d.definite() && !owned(r) && d.modifiers().isEmpty() && !age && isRole(head)
        && !givenToPerson(head) ? lastGivenRole(head, Set.of(), src.start(), false) : null;
    if (given != null) { // "BlueLine Esports, the tournament organiser, said ... the organiser"
      return because(given, "role", quoted(d.span().text()) + " is " + label(given)
          + ", the organisation the text gave that role; no person has it");
    }
    if (isRole(head) || givenToPerson(head) || age || occupation || givenToUnnamed(head)) {
      return describedPerson(r, d, src, age, occupation);
    }
    String[] words = Splits.SPACES.split(d.span().text().strip());
    Entity inPost = d.definite() ? bodyInPost(words[words.length - 1], src.start()) : null;
    if (inPost != null) { // "X, president of the Camera della Moda Milanese (CMM), ... The CMM"
      return inPost;
    }
    Entity holder = d.definite() ? postHolder(words[words.length - 1], src.start()) : null;
    if (holder != null) { // "The CFO said"
      return because(holder, "role", quoted(d.span().text()) + " spells the post "
          + label(holder) + " was given");
    }
    return thing(entities.keyed("description:" + phrase, SpeakerKind.UNKNOWN));
  }

  /**
   * The one person the sentence right after the source {@code src} gives the role {@code head}
   * (a noun in apposition to the name: "Ian Docherty, partner at Brantwood and the scheme
   * actuary,"), when no one had it before; null otherwise.
   */
  private Entity roleGivenJustAfter(String head, Span src) {
    int next = article.sentenceAt(src.end()).index() + 1;
    if (next >= article.sentences().size()) {
      return null;
    }
    Sentence s = article.sentences().get(next);
    Entity found = null;
    for (Entity x : entities.all) { // any person: a second post is indexed under the first's
      for (Role given : x.roles) {
        if (!given.head().equals(head)
            && !given.text().toLowerCase(Locale.ROOT).endsWith(" " + head)) {
          continue; // "partner at Brantwood and the scheme actuary": its second post too
        }
        if (given.start() < src.start()) {
          return null; // the role was given before: the usual reading holds
        }
        if (x.kind == SpeakerKind.PERSON && s.span().start() <= given.start()
            && given.start() < s.span().end() && x.names.stream().anyMatch(n // apposed after
                -> n.span.start() >= s.span().start() && n.span.end() <= given.start())) {
          if (found != null && found != x) {
            return null;
          }
          found = x;
        }
      }
    }
    return found;
  }

  /**
   * The person a role, an age or an occupation describes ("the minister", "the 54-year-old",
   * "the egg producer"), for {@link #described}: the one the text gave it or quoted last, or
   * someone the text does not name. {@code age} when the description is an age, {@code
   * occupation} when it is an occupation the lexicon does not know as a post. A method of its
   * own, as the compilers take a method this size whole.
   */
  private Entity describedPerson(SourceReading r, SourceReading.Description d, Span src,
      boolean age, boolean occupation) {
    String head = d.head();
    Sentence s = article.sentenceAt(src.start());
    String end = d.span().text().strip();
    boolean ownsIt = end.endsWith("'s") || end.endsWith("\u2019s") || end.endsWith("'")
        || end.endsWith("\u2019"); // "the Nevada Democrat's": the description is the owner
    // "The inspector who assessed the appeal": a relative clause with no comma says which one
    // holder of a post; "the political novice who is challenging her" may be anyone's epithet
    boolean restricted = !lexicon.is(SpeakerLexicon.Kind.EPITHET, head)
        && RESTRICTIVE_WHO.matcher(text).region(d.span().end(), text.length()).lookingAt();
    Entity e = antecedents.antecedentOf(d, s.paragraph(), (owned(r) || restricted) && !ownsIt);
    if (e != null && !holdsGeneralPost(e, d)) {
      e = null; // "the inspector general" is no one the text made only a "Gen."
    }
    if (e != null && !age && e.roles.stream().noneMatch(given -> given.head().equals(head))
        && antecedents.introducedUnnamedJustBefore(d)) {
      e = null; // "detectives pressured a witness. The witness said": that witness
    }
    if (e != null && speaksTurnOf(e, src)) {
      e = null; // "HARRIS: The director said that?": no one in a turn calls its speaker so
    }
    if (e != null && labelOfTurn(src) && labelledByName(e)) {
      e = null; // "HOST:" is no one who speaks in turns labelled by their name ("REID:")
    }
    if (e != null && labelOfTurn(src)
        && e.roles.stream().noneMatch(given -> given.head().equals(head))) {
      e = null; // "JOURNALIST:" is no one the text did not give that role, whoever spoke last
    }
    if (occupation && !age && e != lastPersonSpeaker && !introducedJustBefore(e, openedBy(s))) {
      e = null; // a noun the lexicon does not know as a post continues only the last speaker,
      // or the one person the sentence before introduced ("X, 74, has lived ... The retired
      // schoolteacher said")
    }
    Entity asked = e != null && e == lastPersonSpeaker
        && e.roles.stream().noneMatch(given -> given.head().equals(head))
        ? askedPerson(lastSpeakerQuote, e, s) : null;
    if (asked != null) {
      e = because(asked, "role", quoted(d.span().text()) + " answers the question "
          + label(e) + " asked " + label(asked) + " just before");
    }
    Entity after = e != null && !age && d.definite() && !owned(r)
        && e.roles.stream().noneMatch(given -> given.head().equals(head))
        ? roleGivenJustAfter(head, src) : null;
    if (after != null) { // "..., the scheme actuary said. Ian Docherty, ... and the scheme
      // actuary, said": the one the next sentence gives the role, not the person quoted last
      e = because(after, "role", quoted(d.span().text()) + " is " + label(after)
          + ", whom the next sentence gives that role");
    }
    if (e == null) {
      String of = d.complement(); // "the representative of Chad": not of Peru
      e = because(entities.keyed("description:" + d.phrase() + (of == null ? "" : " of " + of),
          SpeakerKind.PERSON), "description",
          quoted(d.span().text()) + " fits no named person");
    } else if (rule == null) {
      because(e, "role", quoted(d.span().text()) + " fits " + label(e)
          + " (a role the text gave, or the person quoted last)");
    }
    if (!age) {
      entities.addRole(e, d.role());
    }
    return e;
  }

  /**
   * Each paragraph's transcript label ({@link SpeakerLabels#of}), null where it opens with none;
   * read once per article, when a rule first asks.
   */
  private SpeakerLabels.Label[] turnLabels;

  /** The transcript label paragraph {@code p} opens with, or null. */
  private SpeakerLabels.Label turnLabel(int p) {
    if (turnLabels == null) {
      List<Span> paragraphs = article.paragraphs();
      turnLabels = new SpeakerLabels.Label[paragraphs.size()];
      for (int k = 0; k < turnLabels.length; k++) {
        Span para = paragraphs.get(k);
        turnLabels[k] = SpeakerLabels.of(text, para.start(), para.end());
      }
    }
    return turnLabels[p];
  }

  /** Whether {@code src} is the label that opens its paragraph's transcript turn ("HOST:"). */
  private boolean labelOfTurn(Span src) {
    int p = article.sentenceAt(src.start()).paragraph();
    SpeakerLabels.Label l = turnLabel(p);
    int from = article.paragraphs().get(p).start();
    return l != null && src.start() >= from + l.open() && src.end() <= from + l.colon();
  }

  /**
   * Whether a turn of the transcript is labelled by {@code e}'s name or its last word ("REID:"
   * for Tom Reid).
   */
  private boolean labelledByName(Entity e) {
    for (int p = 0; p < article.paragraphs().size(); p++) {
      if (namesIn(turnLabel(p), e)) {
        return true;
      }
    }
    return false;
  }

  /** Whether a turn's label (or none) is {@code e}'s name or its last word ("REID:"). */
  private static boolean namesIn(SpeakerLabels.Label l, Entity e) {
    if (l == null) {
      return false;
    }
    String label = l.text().strip();
    String name = e.canonicalName();
    return label.equalsIgnoreCase(name)
        || label.equalsIgnoreCase(name.substring(name.lastIndexOf(' ') + 1));
  }

  /**
   * Whether {@code src} stands in a transcript turn, past its label's colon, whose label is the
   * name of {@code e} or its last word ("HARRIS:" for Harris, "TAPPER:" for Jake Tapper).
   */
  private boolean speaksTurnOf(Entity e, Span src) {
    int p = article.sentenceAt(src.start()).paragraph();
    SpeakerLabels.Label l = turnLabel(p);
    return l != null && article.paragraphs().get(p).start() + l.colon() <= src.start()
        && namesIn(l, e);
  }

  /**
   * The body an organisation noun stands for ("the commission", "police", "the company", "The
   * space agency"), for {@link #described}: one named beside it or before it, or a new one.
   * {@code namesItsBody} when the description names its own ("The office of the X
   * Commissioner"). A method of its own, as the compilers take a method this size whole.
   */
  private Entity describedBody(SourceReading r, SourceReading.Description d, Span src,
      boolean namesItsBody) {
    String head = d.head();
    String placeOwned = !d.capitalised() && ArticleScan.GOVERNMENT_BODIES.contains(head)
        ? antecedents.placeOwnedName(d) : null;
    if (placeOwned != null) { // "Mexico's economy ministry": one per country, named with it
      Entity body = entities.organisation(placeOwned.toLowerCase(Locale.ROOT));
      body.name(placeOwned);
      return body;
    }
    Entity beside = d.definite() ? apposedOrganisation(head, d.span()) : null;
    if (beside != null) {
      return beside;
    }
    Entity unnamed = d.modifiers().isEmpty() && d.definite()
        && entities.recentOrganisation(head, src.start()) == null
        && reporterBefore(head, src.start()) == null
        ? unnamedBody(d) : null; // "denied a newspaper report. Folha reported ..."
    if (unnamed != null) {
      return unnamed; // "a state ballot commission ... the commission": not the Board named
    }
    if ((d.modifiers().isEmpty() || sizeOnly(d)) && d.definite() && !namesItsBody) {
      // also "the three-member panel"; the organisation named beside it was looked for above
      Entity recent = unapposedOrganisationFor(head, d.span());
      if (recent != null) {
        return recent;
      }
    } else if (!d.capitalised() || d.indefinite()) {
      Entity shared = sharingOrganisation(d, src);
      if (shared != null) {
        return shared;
      }
      boolean ownerless = !ownedBeforeComma(r); // not "the world's" of an apposition
      Entity described = d.definite() && ownerless ? bodyWithApposedNoun(head, d.modifiers(),
          src.start()) : null;
      if (described != null) {
        return because(described, "organisation-noun", quoted(d.span().text()) + " is "
            + label(described) + ", which the text called so beside its name");
      }
      described = d.definite() && ownerless ? describedCompany(r, d, src) : null;
      if (described == null && d.definite() && ownerless) {
        described = subjectCompanyBefore(r, d, src);
      }
      if (described != null) {
        return described;
      }
      Entity body = d.definite() && !owned(r) ? jurisdictionBody(d, src) : null;
      if (body != null) {
        return body;
      }
    }
    Entity lobby = d.definite() && !owned(r) && head.equals("group") && !d.modifiers().isEmpty()
        && LOBBY_KINDS.containsAll(d.modifiers()) && !d.capitalised()
        ? entities.recentMembershipBody(src.start(),
            article.sentenceAt(src.start()).paragraph() - ORGANISATION_PARAGRAPHS) : null;
    if (lobby != null) { // "the trade group said" after "the Mortgage Lenders Association"
      return because(lobby, "organisation-noun", quoted(d.span().text())
          + " is the membership body named last, " + label(lobby));
    }
    Entity agency = d.definite() && !owned(r) && Entities.UNNAMED_BODIES.contains(head)
        && (!d.modifiers().isEmpty() || !d.capitalised() && !namesItsBody)
        && onlyPlacesCapitalised(d.span())
        ? entities.recentNamedOrganisation(src.start(),
            article.sentenceAt(src.start()).paragraph() - ORGANISATION_PARAGRAPHS, head)
        : null;
    if (agency != null) { // "The space agency said" after "the Orbital Research Organisation"
      return because(agency, "organisation-noun", quoted(d.span().text())
          + " is the " + head + " named last, " + label(agency)
          + ", though no name shares its words");
    }
    boolean bare = !d.capitalised() || !d.span().text().contains(" ") && opensSentence(d.span());
    if (d.modifiers().isEmpty() && !d.indefinite() && bare && !namesItsBody) {
      // "Police said" opening a sentence is the noun, capitalised there only
      Entity recent = entities.recentOrganisation(head, src.start());
      if (recent != null) { // "police said" after "Greater Tyneford Police"
        return because(recent, "organisation-noun", quoted(d.span().text())
            + " is the head noun of " + label(recent));
      }
    }
    if (d.modifiers().isEmpty() && d.definite()) {
      Entity unsure = unsureNameAsBody(src.start(),
          article.sentenceAt(src.start()).paragraph() - ORGANISATION_PARAGRAPHS);
      if (unsure != null) { // "Nabisco began laying off workers ... The company says"
        return because(unsure, "organisation-noun", quoted(d.span().text()) + " stands for "
            + label(unsure) + ", named last as a subject, which nothing showed to be a person");
      }
    }
    boolean ownerless = !owned(r) && !d.span().text().contains("'")
        && !d.span().text().contains("\u2019");
    Entity lead = (d.indefinite() || d.definite() || headline(d)
        || article.sentenceAt(src.start()).paragraph() == 0) // "..., union says" in a headline
        && (ownerless || antecedents.placeOwner(d)) || ownedByThem(r)
        ? antecedents.leadOrganisation(d, src) : null;
    if (lead != null) {
      return lead;
    }
    if (d.indefinite()) {
      return entities.fresh(SpeakerKind.ORGANIZATION, false);
    }
    Entity body = acronymNamed(src); // "(RWA)" read as a name: the body the name stands for
    Entity holder = OFFICES.contains(head) || OWNED_BODIES.contains(head) ? ownerPerson(r) : null;
    String ownedName = holder == null ? null : holder.canonicalName() + "'s " + head;
    if (body == null && ownedName != null) {
      // one body per owner: "Okonjo's campaign" and "his campaign" are Felix Okonjo's, and
      // another candidate's campaign is another body
      body = entities.organisation(ownedName.toLowerCase(Locale.ROOT));
    }
    body = body != null ? body : entities.organisation(d.phrase());
    bracketedAcronym(src, body);
    if (ownedName != null && (OFFICES.contains(head) || ownedByPronoun(r))) {
      body.name(ownedName); // "Paul Ryan's office", not "Ryan's"; "his campaign" is the owner's
    } else if (ownedName != null) {
      body.name(Entity.withoutArticle(d.span().text())); // "Okonjo's campaign", as written
    }
    return body;
  }

  /** Nouns for a country as a whole, which no state or province of it is. */
  private static final Set<String> NATION_NOUNS = Set.of("country", "nation");

  /** Nouns for a town as a body that speaks ("the town said"), which a name may stand for. */
  private static final Set<String> TOWN_NOUNS = Set.of("town", "village", "city");

  /**
   * A name followed by a comma and a word that may name a region or place, then a comma or a
   * full stop ("Dunmore, Ohio," and "Dunmore, Ohio."); group 1 is that word (and a second
   * capitalised word: "New Mexico").
   */
  private static final Pattern NAME_THEN_REGION =
      Pattern.compile(",\\s+(\\p{Lu}[\\p{L}.]*(?: \\p{Lu}\\p{L}+)?)[,.]");

  /**
   * The entity that "the town", "the city" or "the village" at {@code offset} stands for: the
   * one named last outside quotations, within the organisation window, that the text writes at
   * least once as a town is written, "Name, Region" ("Dunmore, Ohio, had no thefts last year.
   * The town said it was proud"); null when a place proper is named nearer, or none is. The
   * tagger may read such a name as a surname, so the form of the text decides, not its kind.
   */
  private Entity townNamedLast(int offset) {
    int from = article.sentenceAt(offset).paragraph() - ORGANISATION_PARAGRAPHS;
    for (int k = anchorIndex(nameAnchors, offset); k >= 0; k--) {
      Anchor a = nameAnchors.get(k);
      if (a.start() >= offset || a.entity() == null || a.inQuote()) {
        continue;
      }
      if (a.paragraph() < from || a.entity().place) {
        return null;
      }
      if (writtenAsTown(a.entity().canonicalName())) {
        return a.entity();
      }
    }
    return null;
  }

  /**
   * Whether the text writes {@code name} at least once as a town is written, followed by a
   * comma and a region or place the lexicon knows ("Dunmore, Ohio,"). Read once per name and
   * kept: a text with many "the town" sources and many names is scanned once a name, not once a
   * name and source.
   */
  private boolean writtenAsTown(String name) {
    if (name.isEmpty()) {
      return false;
    }
    return townForm.computeIfAbsent(name, n -> {
      Matcher m = NAME_THEN_REGION.matcher(text);
      for (int at = text.indexOf(n); at >= 0; at = text.indexOf(n, at + 1)) {
        m.region(at + n.length(), text.length());
        if (m.lookingAt() && knownRegion(m.group(1))) {
          return true;
        }
      }
      return false;
    });
  }

  /**
   * The place a lone capitalised polity noun stands for when it opens a line of the headline
   * block, as a sub-headline writes it without an article ("Talvania to reopen talks." then
   * "Nation names new envoy"): the place named last; null otherwise. Such a word is no name.
   */
  private Entity headlinePolity(Span source) {
    String t = source.text().strip();
    if (t.isEmpty() || !Character.isUpperCase(t.charAt(0))
        || !lexicon.is(SpeakerLexicon.Kind.POLITY, t)
        || article.sentenceAt(source.start()).paragraph() > 2) {
      return null;
    }
    int before = lastNonSpace(source.start(), 0);
    if (source.start() > 0 && text.charAt(before) != '.'
        && text.charAt(source.start() - 1) != '\n') {
      return null;
    }
    Entity place = entities.recentPlace(source.start(), 0);
    return place == null ? null : because(place, "place-noun", quoted(source.text())
        + " opens a headline line and stands for " + label(place) + ", the place named last");
  }

  /**
   * A post whose last word is "general" ("the inspector general", "the attorney general"); group
   * 1 is the word before it.
   */
  private static final Pattern GENERAL_POST = Pattern.compile("(?i).*\\b(attorney|inspector"
      + "|surgeon|secretary|solicitor|postmaster|adjutant|accountant|consul|governor)"
      + "[- ]general\\b.*");

  /**
   * Whether an entity may be what a description says: any may unless the description, headed by
   * "general", names a civil post ("the inspector general"), which only one the text gave that
   * post holds, not one it calls "Gen." or "General": "Gen. Mark Quarle spoke first. The
   * inspector general said the audit was late" is not Quarle.
   */
  private static boolean holdsGeneralPost(Entity e, SourceReading.Description d) {
    Matcher m = GENERAL_POST.matcher(d.span().text());
    if (!d.head().equals("general") || !m.matches()) {
      return true;
    }
    String post = m.group(1).toLowerCase(Locale.ROOT);
    for (Role role : e.roles) {
      if (role.head().equals("general") && role.modifiers().contains(post)) {
        return true; // "Attorney General Odile Tessor ... the attorney general"
      }
    }
    return false;
  }

  /** "the young ones": one-anaphora; group 1 is the adjective. */
  private static final Pattern ADJECTIVE_ONES = Pattern.compile("(?i)the\\s+(\\p{L}+)\\s+ones");

  /** How far back "the ADJ ones" looks for "ADJ NOUNs". */
  private static final int ONES_REACH = 3000;

  /**
   * The group "the ADJ ones" stands for (one-anaphora: "ones" takes its noun from an earlier
   * phrase with the same adjective): "We asked which candidate appeals to older farmers. Most
   * said the older ones want lower costs" is the older farmers, a group named by those words;
   * null when no "ADJ NOUNs" stands within {@link #ONES_REACH} characters before it.
   */
  private Entity oneAnaphora(Span source) {
    String t = source.text().strip();
    Matcher ones = ADJECTIVE_ONES.matcher(t);
    if (!ones.matches()) {
      return null;
    }
    String adjective = ones.group(1);
    Matcher m = Pattern.compile("(?i)\\b" + Pattern.quote(adjective) + "\\s+(\\p{Ll}+s)\\b")
        .matcher(text).region(Math.max(0, source.start() - ONES_REACH), source.start());
    Span named = null;
    String noun = null;
    while (m.find()) {
      if (!m.group(1).equals("ones")) {
        named = Span.of(text, m.start(), m.end());
        noun = m.group(1);
      }
    }
    if (named == null) {
      return null;
    }
    Entity g = entities.keyed("group:" + adjective.toLowerCase(Locale.ROOT) + " " + noun,
        SpeakerKind.GROUP);
    g.plural = true;
    g.label(named);
    return because(g, "description", quoted(t) + " takes its noun from " + quoted(named.text()));
  }

  /** A plural noun in small letters right before an opening dash; group 1 is the noun. */
  private static final Pattern PLURAL_BEFORE_DASH = Pattern.compile(
      "\\b(\\p{Ll}{3,}s)\\s*(?:--|\u2014|\u2013)\\s*$");

  /** The rest of a clause up to a closing dash, with no sentence or clause break before it. */
  private static final Pattern TO_CLOSING_DASH = Pattern.compile(
      "[^.;:!?\\n]*?\\s(?:--|\u2014|\u2013)\\s");

  /**
   * The group a source in small letters set between dashes right after a plural noun stands
   * for, an apposition that describes the noun: "When delegates -- party officials free to vote
   * as they like -- are counted" is the delegates; null otherwise. A capitalised source
   * ("Hale -- a party official -- said") or one with no closing dash ("the delegates -- and
   * party officials said") is no such apposition.
   */
  private Entity dashedApposition(Span source) {
    String t = source.text().strip();
    if (t.isEmpty() || Character.isUpperCase(t.charAt(0))) {
      return null;
    }
    Matcher before = PLURAL_BEFORE_DASH.matcher(text).region(Math.max(0, source.start() - 40),
        source.start());
    if (!before.find()
        || !TO_CLOSING_DASH.matcher(text).region(source.end(), text.length()).lookingAt()) {
      return null;
    }
    Entity g = entities.keyed("group:" + before.group(1), SpeakerKind.GROUP);
    g.plural = true;
    g.label(Span.of(text, before.start(1), before.end(1)));
    return because(g, "apposition", quoted(t) + " is set between dashes after "
        + quoted(before.group(1)));
  }

  /** "Less than a third", "More than 40", "Fewer than half": a share, by its first words. */
  private static final Pattern SHARE_THAN = Pattern.compile(
      "(?i)(?:less|more|fewer)\\s+than\\s+(?:a|an|one|two|three|half|\\d[\\d.,]*)\\b.*");

  /**
   * A new group for a source that opens a sentence with a share ("Fewer than half agreed with
   * the mayor"): the capital letter makes "Fewer" look like a name, which it never is; null for
   * any other source ("Lessing agreed").
   */
  private Entity capitalisedShare(Span source) {
    String t = source.text().strip();
    if (t.isEmpty() || !Character.isUpperCase(t.charAt(0)) || !SHARE_THAN.matcher(t).matches()) {
      return null;
    }
    Entity g = entities.fresh(SpeakerKind.GROUP, true);
    g.label(source);
    return because(g, "share", quoted(t) + " is a share of a group");
  }

  private static Entity thing(Entity e) {
    e.thing = true;
    return e;
  }

  /**
   * Whether the article gave a person a role with this head noun, one the lexicon does not know
   * ("The state auditor, Patrick Oyelaran, ..." before "the auditor").
   */
  private boolean givenToPerson(String head) {
    return entities.withRole(head).stream().anyMatch(e -> e.kind == SpeakerKind.PERSON);
  }


  /** Whether a person noun is what an unnamed source was called ("One London underwriter"). */
  private boolean givenToUnnamed(String head) {
    return entities.withRole(head).stream()
        .anyMatch(e -> e.kind == SpeakerKind.UNKNOWN && !e.thing && e.names.isEmpty());
  }

  /**
   * Whether an agent noun is a person's in any sense WordNet knows ("operator", first the
   * mathematician's symbol, is also someone who runs a business; not "tool"): an unnamed source
   * so headed who speaks is someone, not a thing.
   */
  static boolean wordNetSomeone(String head) {
    if (!AGENT_NOUN.matcher(head).matches()) {
      return false;
    }
    WordClasses.Entry e = WordClasses.english().lookup(head, WordClasses.Pos.NOUN);
    return e != null && e.classes().contains("noun.person");
  }

  /**
   * Whether WordNet knows a lower-case noun first as a person's ("striker", "forecaster"): a
   * role once the text gives it to someone, though the lexicon does not list it.
   */
  static boolean wordNetPerson(String head) {
    return !head.isEmpty() && Character.isLowerCase(head.charAt(0))
        && WordClasses.english().personNoun(head);
  }

  /** Whether a word is the plural of a role noun the lexicon lists in the singular. */
  private boolean pluralRole(String head) {
    String one = withoutPluralS(head);
    return one != null && isRole(one);
  }

  /** A lower-case word without its plural "s" ("fans": "fan"); null when it ends in none. */
  private static String withoutPluralS(String w) {
    return w.length() > 3 && w.endsWith("s") && !w.endsWith("ss")
        ? w.substring(0, w.length() - 1) : null;
  }

  boolean isRole(String head) {
    int hyphen = head.lastIndexOf('-');
    return lexicon.is(SpeakerLexicon.Kind.ROLE, head)
        || lexicon.is(SpeakerLexicon.Kind.ANONYMOUS, head)
        || lexicon.is(SpeakerLexicon.Kind.NATIONALITY, head) // "the Scot"
        || hyphen > 0 && RANK_PREFIXES.contains(head.substring(0, hyphen)) // "vice-captain"
            && lexicon.is(SpeakerLexicon.Kind.ROLE, head.substring(hyphen + 1));
  }

  /** Whether {@code offset} lies inside the content of a quote of the article. */
  private boolean reported(int offset) {
    for (Quote q : quotes) {
      if (inside(q, offset)) {
        return true;
      }
    }
    return false;
  }

  /**
   * The unnamed organisation a bare definite organisation noun continues when the same or the
   * previous paragraph introduced one by that noun ("a state ballot commission ruled ... the
   * commission said"), not as an apposition to a name ("Orvane, a company based in Ohio"); null
   * when there is none.
   */
  private Entity unnamedBody(SourceReading.Description d) {
    List<Sentence> sentences = article.sentences();
    int k = article.sentenceAt(d.span().start()).index();
    int paragraph = sentences.get(k).paragraph();
    while (k > 0 && sentences.get(k - 1).paragraph() >= paragraph - 1) {
      k--;
    }
    Matcher m = indefinite(d.head()).matcher(text).region(sentences.get(k).start(),
        d.span().start());
    Entity found = null;
    int at = -1;
    while (m.find()) {
      if (reported(m.start()) && !FINDING_VERB.matcher(text).region(m.end(), text.length())
          .lookingAt()) {
        continue; // "... said employees needed a union": no union the story has met; but "...
        // after an independent panel found" has met one
      }
      int b = m.start() - 1;
      while (b >= 0 && text.charAt(b) == ' ') {
        b--;
      }
      found = b >= 0 && (text.charAt(b) == ',' || text.charAt(b) == '(') ? null
          : entities.keyed("body:" + d.head() + "@" + m.start(), SpeakerKind.ORGANIZATION);
      Entity apposed = found == null ? null : bodyApposedAfter(m.end());
      found = apposed != null ? apposed : found; // "A civil society group, the X Forum,"
      at = m.end();
    }
    Entity named = found == null ? null : entities.organisationFirstNamedBetween(
        article.sentenceAt(at).span().end(), d.span().start(), d.head());
    if (named != null) { // "a watchdog group reported ... by the nonprofit Center for
      // Accountable Media ... The group said": the body named since is the one introduced
      return because(named, "organisation-noun", quoted(d.span().text()) + " is "
          + label(named) + ", named just after the text introduced a " + d.head() + " unnamed");
    }
    return found == null ? null : because(found, "organisation-noun", quoted(d.span().text())
        + " continues the " + d.head() + " the text introduced "
        + (found.kind == SpeakerKind.ORGANIZATION && found.names.isEmpty() ? "unnamed" : "as "
            + label(found)) + " just before");
  }

  /** A comma after a description, past up to four words in small letters, and "the". */
  private static final Pattern APPOSED_BODY = Pattern.compile(
      "(?:[ \t]+\\p{Ll}[\\p{L}-]*){0,4},[ \t]+(?:the[ \t]+)?");

  /**
   * The organisation named in apposition right after an indefinite description that ends at
   * {@code end} ("A civil society group, the Imo Transparency Forum,"); null when none is.
   */
  private Entity bodyApposedAfter(int end) {
    Matcher m = APPOSED_BODY.matcher(text).region(end, text.length());
    NameMention n = m.lookingAt() ? entities.nameAt(m.end()) : null;
    return n != null && n.span.start() == m.end() && n.entity != null && !n.inQuote
        && n.entity.kind == SpeakerKind.ORGANIZATION && !n.entity.place ? confirmed(n) : null;
  }

  /**
   * The name a neuter mention that finds no organisation ("it said", "the company says") stands
   * for: the last name before {@code offset}, from paragraph {@code fromParagraph} on, named as a
   * subject outside quotations that nothing has shown to be a person's (no title, first name,
   * gender, role, full name or quote of its own: "Nabisco began laying off workers") or given no
   * kind at all ({@link #namedOfNoKind}), and named twice, in two words or more, or as a speaker;
   * it becomes an organisation. Null when there is none.
   */
  Entity unsureNameAsBody(int offset, int fromParagraph) {
    for (int k = anchorIndex(nameAnchors, offset); k >= 0; k--) {
      Anchor a = nameAnchors.get(k);
      if (a.paragraph() < fromParagraph) {
        return null;
      }
      Entity e = a.entity();
      if (a.subject() && !a.inQuote() && (unsurePerson(e) || namedOfNoKind(e))
          && (e.names.size() > 1 || e.names.get(0).name.text().contains(" ") || e.speaker)
          && !capitalisedNounOnly(e)) {
        e.kind = SpeakerKind.ORGANIZATION; // named once in one word it may be a heading: "FULL"
        return e;
      }
    }
    return null;
  }

  /**
   * Whether every mention of an entity is one word the dictionary knows as a noun that opens its
   * sentence before a noun in small letters that is no verb: "Rail" of "Rail workers reject ..."
   * and "Rail workers will strike" is a capital letter on a noun's modifier, not a name, and no
   * "the union" stands for it (but "Tallow, the budgeting app," is a name).
   */
  private boolean capitalisedNounOnly(Entity e) {
    for (NameMention m : e.names) {
      String w = m.span.text();
      Matcher next = NEXT_WORD.matcher(text).region(m.span.end(), text.length());
      if (w.contains(" ") || !opensSentence(m.span)
          || !ArticleScan.inDictionary(w.toLowerCase(Locale.ROOT), WordClasses.Pos.NOUN)
          || !next.lookingAt()
          || !ArticleScan.inDictionary(next.group(1), WordClasses.Pos.NOUN)
          || ArticleScan.inDictionary(next.group(1), WordClasses.Pos.VERB)) {
        return false;
      }
    }
    return true;
  }

  /** The next word, in small letters, after a space. */
  private static final Pattern NEXT_WORD = Pattern.compile("[ \\t]+(\\p{Ll}+)\\b");

  /**
   * An entity an organisation noun stood for, made an organisation when the text gave its name no
   * kind ({@link Entity#namedOfNoKind}: "FreshMart announced ... The retailer said") or nothing
   * showed it to be a person's ({@link Entity#unsurePerson}); null stays null.
   */
  Entity asBody(Entity e) {
    if (e != null && (e.kind == SpeakerKind.UNKNOWN || e.unsurePerson())) {
      entities.makeOrganisation(e);
    }
    return e;
  }

  private static boolean namedOfNoKind(Entity e) {
    return e != null && e.namedOfNoKind();
  }

  /**
   * Whether an entity is a name the scan took for a person's though nothing showed it to be one:
   * no title, first name, gender, role, full name or quote of its own ("Nabisco").
   */
  private static boolean unsurePerson(Entity e) {
    return e != null && e.unsurePerson();
  }

  /**
   * The unnamed person quoted last, in this paragraph, that a definite person noun after its cue
   * refers back to ("One worker, a tractor driver, said ... \"...,\" said the man, who asked not
   * to be named"): only for "the" and a noun that names a person and no post, after the cue;
   * null otherwise.
   */
  private Entity unnamedSpeakerJustBefore(SourceReading.Description d, Span src) {
    Entity before = lastSpeaker;
    if (before == null || !d.definite() || d.plural() || !d.modifiers().isEmpty()
        || !lexicon.is(SpeakerLexicon.Kind.PERSON_NOUN, d.head())
        || before.kind != SpeakerKind.UNKNOWN || before.thing || !before.names.isEmpty()
        || article.sentenceAt(src.start()).paragraph() != lastSpeakerParagraph
        || !cueBefore(src)) {
      return null;
    }
    return before;
  }

  /**
   * Public bodies' head nouns that, before a document's head, name who issued it ("a district
   * news release", "a council report"); not "campaign finance records" or "business records".
   */
  private static final Set<String> ISSUING_BODY_MODIFIERS = Set.of("agency", "ministry",
      "department", "authority", "commission", "council", "district", "division", "board");

  /**
   * The organisation a document's modifier names by its head noun ("a district news release"
   * after the Harmon Valley Municipal Water District): the one with that head noun named last
   * before it; null when no modifier is a public body's noun ({@link #ISSUING_BODY_MODIFIERS})
   * that heads one named so.
   */
  private Entity bodyOfModifier(SourceReading.Description d) {
    for (String m : d.modifiers()) {
      Entity e = ISSUING_BODY_MODIFIERS.contains(m)
          ? entities.recentOrganisation(m, d.span().start()) : null;
      if (e != null && e.kind == SpeakerKind.ORGANIZATION) {
        return because(e, "document-issuer", quoted(d.span().text()) + " is by the " + m
            + " named last, " + label(e));
      }
    }
    return null;
  }

  /** Whether the words right before a source end with a speech verb: "..., said the man". */
  private boolean cueBefore(Span src) {
    return SAID_BEFORE.matcher(text).region(Math.max(0, src.start() - 12), src.start()).find();
  }

  /** "said" or "says" and a space at the end of a region: a cue set before its source. */
  private static final Pattern SAID_BEFORE = Pattern.compile("\\b(?:said|says)[ \t]+$");

  /**
   * The organisation a bare organisation noun stands for ("the company" at {@code noun}): one
   * whose name has that head noun, else the fitting organisation named last in the last few
   * paragraphs, else the one the same noun stood for before ({@link #bodyByNoun}), else, in the
   * lead, the fitting organisation named just after it; null when there is none. Records the
   * reason.
   */
  private Entity organisationFor(String head, Span noun) {
    Entity named = apposedOrganisation(head, noun);
    return named != null ? named : unapposedOrganisationFor(head, noun);
  }

  /**
   * The organisation a panel, committee or board is named a part of in its own phrase ("The
   * panel of the Sports Integrity Tribunal said", "the board of Harwick Systems"); null when the
   * phrase names none after "of".
   */
  private Entity partOfNamedBody(String head, Span noun) {
    Matcher of = PART_OF.matcher(noun.text());
    if (!of.find() || !of.group(1).equalsIgnoreCase(head)) {
      return null;
    }
    NameMention n = entities.nameAt(noun.start() + of.end());
    if (n == null || n.entity == null || n.entity.kind != SpeakerKind.ORGANIZATION
        || n.entity.place || n.span.start() != noun.start() + of.end()
        || n.span.end() != noun.end()) {
      return null;
    }
    return because(n.entity, "organisation-noun", quoted(noun.text()) + " is a " + head
        + " of " + label(n.entity) + ", named in it");
  }

  /**
   * Whether the noun phrase names after "of" whose {@code head} it is ("The office of the Ethics
   * Commissioner"): it is that one's, not the last body of its kind ("Roy's office").
   */
  private static boolean ofNamed(String head, Span noun) {
    String t = noun.text();
    Matcher of = PART_OF.matcher(t);
    return of.find() && of.group(1).equalsIgnoreCase(head) && of.end() < t.length()
        && Character.isUpperCase(t.charAt(of.end())) && t.indexOf("'s", of.end()) < 0
        && t.indexOf("\u2019s", of.end()) < 0; // not "The Bank of Caledor's report"
  }

  /** {@link #organisationFor} past the organisation named beside the noun. */
  private Entity unapposedOrganisationFor(String head, Span noun) {
    Matcher seat = GOVERNMENT_IN.matcher(noun.text());
    NameMention place = seat.matches() && seat.group(1).equalsIgnoreCase(head)
        ? entities.nameAt(noun.start() + seat.start(2)) : null;
    if (place != null && place.entity != null && place.entity.place
        && place.span.end() == noun.end()) {
      return because(place.entity, "organisation-noun", quoted(noun.text()) + " is the "
          + head + " of " + label(place.entity) + ", named in it");
    }
    Entity placed = placedBodyBefore(head, noun);
    if (placed != null) {
      return placed;
    }
    Entity subject = reportSubject(head, noun);
    if (subject != null) {
      return because(subject, "organisation-noun", quoted(noun.text()) + " closes a report"
          + " whose subject is " + label(subject) + ", not a body named after it");
    }
    Entity recent = entities.recentOrganisation(head, noun.start());
    int paragraph = article.sentenceAt(noun.start()).paragraph();
    Entity later = recent != null && Entities.COMPANY_NOUNS.contains(head)
        ? laterCompanySubject(recent, head, noun.start(), paragraph) : null;
    if (later != null) {
      return because(later, "organisation-noun", quoted(noun.text()) + " refers to "
          + label(later) + ", a subject named after " + label(recent));
    }
    Entity spoke = recent != null && !recent.speaker && affiliationOnly(recent, noun.start())
        ? entities.recentSpeakingOrganisation(head, noun.start(), recent) : null;
    if (spoke != null) {
      return because(spoke, "organisation-noun", quoted(noun.text()) + " is " + label(spoke)
          + ", which spoke before; " + label(recent) + " is named only as where someone works");
    }
    if (recent != null) {
      return because(recent, "organisation-noun", quoted(noun.text()) + " is the head noun of "
          + label(recent));
    }
    Entity described = bodyWithApposedNoun(head, Set.of(), noun.start());
    if (described != null) {
      bodyByNoun.put(head, described);
      return because(described, "organisation-noun", quoted(noun.text()) + " is "
          + label(described) + ", which the text called a " + head + " beside its name");
    }
    Entity reporter = reporterBefore(head, noun.start());
    if (reporter != null) { // "Folha de S.Paulo reported ... The newspaper said"
      if (reporter.kind != SpeakerKind.ORGANIZATION) {
        entities.makeOrganisation(reporter);
      }
      bodyByNoun.put(head, reporter);
      return because(reporter, "organisation-noun", quoted(noun.text()) + " is "
          + label(reporter) + ", which reported before it");
    }
    recent = entities.recentNamedOrganisation(noun.start(), paragraph - ORGANISATION_PARAGRAPHS,
        head);
    Entity past = recent != null && PUBLIC_BODY_NOUNS.contains(head)
        && postOwnerOnly(recent, noun.start())
        ? entities.recentNamedOrganisation(noun.start(), head,
            e -> postOwnerOnly(e, noun.start())) : null;
    if (past != null) { // "The agency said" after "Maplecrest president Gordon Lau said"
      bodyByNoun.put(head, asBody(past));
      return because(past, "organisation-noun", quoted(noun.text()) + " refers to the"
          + " organisation named last, " + label(past) + ", past " + label(recent)
          + ", named only before a post");
    }
    if (recent != null) {
      bodyByNoun.put(head, asBody(recent));
      return because(recent, "organisation-noun", quoted(noun.text())
          + " refers to the organisation named last, " + label(recent));
    }
    Entity before = bodyByNoun.get(head);
    if (before != null) {
      return because(before, "organisation-noun", quoted(noun.text()) + " is "
          + label(before) + ", which the text called so before");
    }
    Entity only = asBody(entities.onlyNamedOfKind(head, noun.start()));
    if (only != null) {
      bodyByNoun.put(head, only);
      return because(only, "organisation-noun", quoted(noun.text()) + " is " + label(only)
          + ", the only " + head + " the text named before");
    }
    Entity next = paragraph < LEAD_PARAGRAPHS ? asBody(entities.nextNamedOrganisation(noun.end(),
        paragraph + CATAPHORA_PARAGRAPHS, head)) : null;
    if (next != null) {
      bodyByNoun.put(head, next);
    }
    return next == null ? null : because(next, "organisation-noun", quoted(noun.text())
        + " in the lead, with none named before, is " + label(next) + ", named just after");
  }

  /**
   * The body the text gave an organisation noun beside its name before {@code offset}, however
   * long before, with all of {@code modifiers} ("Santé Capitale-Nord, the regional
   * health authority, runs three hospitals. The health authority said"), made an organisation:
   * the one whose description came last; null when none has one. No place, and no person the
   * text confirmed.
   */
  private Entity bodyWithApposedNoun(String head, Set<String> modifiers, int offset) {
    Entity best = lastGivenRole(head, modifiers, offset, true);
    if (best != null && best.kind != SpeakerKind.ORGANIZATION) {
      entities.makeOrganisation(best);
    }
    return best;
  }

  /**
   * The entity the text gave the role {@code head}, with all of {@code modifiers}, last before
   * {@code offset}: no place, document, group or person sure to be one; an organisation only
   * unless {@code unsure}, which admits an entity of no kind yet and a person not yet sure to be
   * one. Null when none.
   */
  private Entity lastGivenRole(String head, Set<String> modifiers, int offset, boolean unsure) {
    Entity best = null;
    int bestStart = -1;
    for (Entity e : entities.withRole(head)) {
      if (e.place || e.kind == SpeakerKind.DOCUMENT || e.kind == SpeakerKind.GROUP
          || e.kind == SpeakerKind.PERSON && !e.tentative
          || !unsure && e.kind != SpeakerKind.ORGANIZATION) {
        continue;
      }
      for (Role r : e.roles) {
        if (r.start() < offset && r.start() > bestStart && lexicon.roleHead(r.head())
            .equals(lexicon.roleHead(head)) && r.modifiers().containsAll(modifiers)) {
          best = e;
          bestStart = r.start();
        }
      }
    }
    return best;
  }


  /**
   * The name a definite description at {@code noun} is set beside after a comma, the
   * apposition closed by a comma after it ("Payzo, the payments app, which said"); null when
   * none is.
   */
  private NameMention nameBeforeDefinite(Span noun) {
    int comma = commaBefore(noun.start(), 0);
    if (comma < 0 || noun.end() >= text.length() || text.charAt(noun.end()) != ','
        || !lower(noun.text()).startsWith("the ")) {
      return null;
    }
    NameMention m = entities.nameAt(comma - 1);
    return m != null && m.span.end() == comma && !m.inQuote ? m : null;
  }

  /**
   * The organisation named beside an organisation noun at {@code noun} that fits it ("the venue,
   * the Arena"), also past a modifier of the noun ("The union representing rank-and-file
   * officers, the Phoenix Police Officers Association, said"); null when none is. Records the
   * reason.
   */
  private Entity apposedOrganisation(String head, Span noun) {
    Matcher apposed = APPOSED_NAME.matcher(text).region(noun.end(), text.length());
    NameMention beside = apposed.lookingAt() ? nameStartingAt(apposed.end()) : null;
    Matcher modified = MODIFIED_THEN_APPOSED.matcher(text).region(noun.end(), text.length());
    if (beside == null && modified.lookingAt()) {
      beside = nameStartingAt(modified.end());
      beside = beside != null && beside.span.end() < text.length()
          && text.charAt(beside.span.end()) == ',' ? beside : null; // the apposition closes
    }
    if (beside == null) {
      beside = nameBeforeDefinite(noun);
    }
    if (beside != null && beside.entity != null && beside.entity.unsurePerson()
        && beside.span.start() > noun.end() && !beside.full()
        && (beside.span.end() == text.length() || ",.;)".indexOf(text.charAt(beside.span.end()))
            >= 0)) { // closed, not "According to the authority, the Kinneret stood at"
      entities.makeOrganisation(beside.entity); // "the Italian statistics agency, Istat.": a
      // name set beside an organisation noun, nothing shown a person's, names that body
    }
    if (beside != null && beside.entity != null && beside.entity.kind == SpeakerKind.ORGANIZATION
        && !beside.entity.place
        && Entities.fitsNoun(head, beside.entity.canonicalName().toLowerCase(Locale.ROOT))) {
      return because(beside.entity, "organisation-noun", quoted(noun.text()) + " is "
          + label(beside.entity) + ", named beside it");
    }
    return null;
  }

  /**
   * Nouns for a public body, which a company named only before its officer's post is not ("the
   * agency"; but "Halcyon team principal X ... the team" is Halcyon). Nouns a description heads,
   * unlike the name words of {@code Entities.PUBLIC_BODIES}.
   */
  private static final Set<String> PUBLIC_BODY_NOUNS = Set.of("agency", "regulator", "watchdog",
      "ministry", "department", "authority", "commission", "directorate", "administration",
      "bureau", "inspectorate", "tribunal", "court", "council");

  /** Words in small letters after a name up to a capitalised word ("president Gordon"). */
  private static final Pattern POST_AND_NAME_AFTER = Pattern.compile(
      "[ \\t]+((?:\\p{Ll}[\\p{L}-]*[ \\t]+){1,3})\\p{Lu}");

  /**
   * Whether every mention by name of an organisation before {@code offset} comes just before a
   * post and a name ("Maplecrest president Gordon Lau"): where someone works, not a body the
   * text has spoken of.
   */
  private boolean postOwnerOnly(Entity org, int offset) {
    return everyNameBefore(org, offset, n -> {
      Matcher m = POST_AND_NAME_AFTER.matcher(text).region(n.span.end(), text.length());
      return m.lookingAt() && isRole(lastWord(m.group(1)).toLowerCase(Locale.ROOT));
    });
  }

  /**
   * Whether every mention by name of an organisation before {@code offset} follows "at", "of" or
   * "from" (and "the") after a person's description ("Dr Ana Kell, a researcher at Halden
   * University, said"): it is where someone works, which the text has not made a speaker.
   */
  private boolean affiliationOnly(Entity org, int offset) {
    return everyNameBefore(org, offset, n -> {
      Matcher m = AFFILIATION_BEFORE.matcher(text).region(Math.max(0, n.span.start() - 60),
          n.span.start());
      if (!m.find()) {
        return false;
      }
      String noun = lastWord(m.group(1)).toLowerCase(Locale.ROOT);
      return isRole(noun) || wordNetPerson(noun);
    });
  }

  /** Whether an organisation has a name before {@code offset} and every such name passes. */
  private static boolean everyNameBefore(Entity org, int offset, Predicate<NameMention> test) {
    boolean any = false;
    for (NameMention n : org.names) {
      if (n.span.start() < offset) {
        if (!test.test(n)) {
          return false;
        }
        any = true;
      }
    }
    return any;
  }

  /**
   * A company named as a subject after the last mention of {@code typed}, the organisation the
   * text gave the company noun {@code head}, and before {@code offset}, in the last few
   * paragraphs: "Hartwell Motors unveiled ... The company said" is Hartwell Motors, though a
   * studio named paragraphs before was called a company. Null when there is none.
   */
  private Entity laterCompanySubject(Entity typed, String head, int offset, int paragraph) {
    Entity later = entities.recentNamedOrganisation(offset,
        paragraph - ORGANISATION_PARAGRAPHS, head);
    if (later == null || later == typed) {
      return null;
    }
    int at = later.lastMentionBefore(offset);
    NameMention m = entities.nameAt(at);
    return at > typed.lastMentionBefore(offset) && m != null && m.subject && !m.inQuote
        && !entities.complement(m)
        ? asBody(later) : null;
  }

  /**
   * The organisation a bare noun set after what it reports stands for when the report opens on
   * a named organisation as its subject and names another after it ("VertiLeaf has raised $42
   * million in a round led by Kaizen Growth Partners, the company said"): the subject, when the
   * noun fits it ({@link Entities#fitsNoun}) or nothing showed it to be a person's ({@link
   * #unsurePerson}), and the sentence names no fitting organisation as a subject later. Null
   * otherwise.
   */
  private Entity reportSubject(String head, Span noun) {
    Sentence s = article.sentenceAt(noun.start());
    int comma = commaBefore(noun.start(), s.start());
    if (comma < 0) {
      return null; // "..., the company said": the noun follows its report
    }
    Entity subject = null;
    boolean other = false;
    for (int k = anchorIndex(nameAnchors, s.start()) + 1;
        k < nameAnchors.size() && nameAnchors.get(k).start() < comma; k++) {
      Anchor a = nameAnchors.get(k);
      Entity e = a.entity();
      boolean unsure = subject == null && a.subject() && unsurePerson(e) // "VertiLeaf has ..."
          && !openingCommonNoun(a.start(), a.end()); // not "Revenue rose ..."
      if (!unsure && (e == null || e.kind != SpeakerKind.ORGANIZATION || e.place || a.inQuote()
          || !Entities.fitsNoun(head, e.canonicalName().toLowerCase(Locale.ROOT)))) {
        continue;
      }
      if (subject == null) {
        if (!a.subject()) {
          return null; // the first body it names is no subject: "led by X, ..."
        }
        subject = e;
      } else if (e != subject) {
        if (a.subject()) {
          return null; // two subjects: which one the noun closes is unclear
        }
        other = true;
      }
    }
    if (!other && !(subject != null && subject.kind != SpeakerKind.ORGANIZATION
        && Entities.COMPANY_NOUNS.contains(head))) {
      return null; // an organisation alone is found as the one named last; an unsure person
    } // alone is not: "Velmora is recalling ..., the company said" names the company
    subject.kind = SpeakerKind.ORGANIZATION;
    return subject;
  }

  /**
   * The body a panel, committee or bench of a body named by its noun belongs to ("the tribunal's
   * three-member panel said", "the court's panel"): the organisation that noun stands for, as
   * "the tribunal" alone would; null when the description is no such part or none is named.
   */
  private Entity bodyOfOwnerNoun(SourceReading.Description d) {
    Entity named = BODY_PARTS.contains(d.head()) ? partOfNamedBody(d.head(), d.span()) : null;
    if (named == null) {
      named = sittingOfNamedBody(d);
    }
    if (named != null) {
      return named;
    }
    Matcher m = OWNER_NOUN_PART.matcher(d.span().text().strip());
    if (!m.matches() || !lexicon.is(SpeakerLexicon.Kind.ORG, m.group(1).toLowerCase(Locale.ROOT))
        || !BODY_PARTS.contains(d.head())) {
      return null;
    }
    String owner = m.group(1).toLowerCase(Locale.ROOT);
    Entity e = organisationFor(owner, d.span());
    return e == null ? null : because(e, "organisation-noun", quoted(d.span().text()) + " is a "
        + d.head() + " of the " + owner + ", " + label(e));
  }

  /**
   * The organisation whose name (or acronym) stands right before "panel" or "bench" in a
   * description ("The ISAT panel ruled"): a court or tribunal sitting, which speaks as the body;
   * null when no organisation's name stands there.
   */
  private Entity sittingOfNamedBody(SourceReading.Description d) {
    if (!d.head().equals("panel") && !d.head().equals("bench")) {
      return null;
    }
    int end = d.span().end();
    int k = text.lastIndexOf(' ', end - 1);
    while (k > d.span().start() && text.charAt(k - 1) == ' ') {
      k--;
    }
    NameMention n = k > d.span().start() ? entities.nameAt(k - 1) : null;
    if (n == null || n.entity == null || n.entity.kind != SpeakerKind.ORGANIZATION
        || n.span.end() != k) {
      return null;
    }
    return because(n.entity, "organisation-noun", quoted(d.span().text()) + " is "
        + label(n.entity) + " sitting as a " + d.head());
  }

  /**
   * Whether a description's modifiers only count its members ("the three-member panel", "the
   * five-judge bench"): no modifier that tells one body from another.
   */
  private static boolean sizeOnly(SourceReading.Description d) {
    return d.modifiers().stream().allMatch(m -> SIZE_MODIFIER.matcher(m).matches());
  }

  /**
   * The public body a definite public-body noun with only words of jurisdiction stands for ("the
   * state agency" after "the Ohio Department of Health", "the federal regulator"): the named
   * public body mentioned last in the last few paragraphs; null when none is.
   */
  private Entity jurisdictionBody(SourceReading.Description d, Span src) {
    if (!Entities.genericModifiers(d.modifiers())) {
      return null;
    }
    Entity placed = placedBodyBefore(d.head(), d.span());
    if (placed != null) {
      return placed; // "the city government" after "The Tallinn city government"
    }
    Entity e = entities.recentPublicBody(src.start(),
        article.sentenceAt(src.start()).paragraph() - ORGANISATION_PARAGRAPHS, d.head());
    return e == null ? null : because(e, "organisation-noun", quoted(d.span().text())
        + " is a public body of a jurisdiction: " + label(e) + ", the public body named last");
  }

  /**
   * The company a definite company noun with describing words stands for, as wire copy writes it
   * after the name ("Veltra Motors will close its plant, the Czech carmaker said", "the German
   * chemicals group", "The Riga-based shipping company said"): the company that is the subject
   * of the report it closes, or, opening its sentence, of the sentence before, when that subject
   * is the first name there. Describing words are lower-case words, adjectives ("Czech") and
   * places; a capitalised noun ("the Ford plant") names something else. Null otherwise.
   */
  private Entity describedCompany(SourceReading r, SourceReading.Description d, Span src) {
    if (!Entities.COMPANY_NOUNS.contains(d.head()) && !d.head().endsWith("maker")
        && !COMPANY_EPITHETS.contains(d.head())) {
      return null;
    }
    if (!describingWordsOnly(r, d)) {
      return null;
    }
    Sentence s = article.sentenceAt(src.start());
    int comma = commaBefore(src.start(), s.start());
    Sentence from = comma >= 0 ? s : s.index() > 0 ? article.sentences().get(s.index() - 1) : null;
    int end = comma >= 0 ? comma : src.start();
    for (int k = from == null ? nameAnchors.size() : anchorIndex(nameAnchors, from.start()) + 1;
        k < nameAnchors.size() && nameAnchors.get(k).start() < end; k++) {
      Anchor a = nameAnchors.get(k);
      Entity e = a.entity();
      if (e == null || a.inQuote()) {
        continue;
      }
      boolean company = e.kind == SpeakerKind.ORGANIZATION && !e.place
          && Entities.fitsNoun("company", e.canonicalName().toLowerCase(Locale.ROOT));
      boolean unsure = e.kind == SpeakerKind.PERSON && e.nothingShown() || namedOfNoKind(e);
      if (!a.subject() || !company && !unsure) { // "Halden Chemie": a full name, no one's
        return null; // the first name is no subject, or no company: "Brno" of "in Brno"
      }
      e.kind = SpeakerKind.ORGANIZATION;
      return because(e, "organisation-noun", quoted(d.span().text()) + " describes " + label(e)
          + ", the subject of the report it closes or of the sentence before");
    }
    return null;
  }

  /**
   * Whether the words of a company description before its head only describe: lower-case words,
   * adjectives ("Czech"), places and nationalities ("Hungarian", "Polish", which the tagger may
   * read as proper nouns), hyphenated words ("Oslo-listed"); a capitalised noun ("the Ford
   * plant") names something else.
   */
  private boolean describingWordsOnly(SourceReading r, SourceReading.Description d) {
    for (SourceReading.Tok t : r.toks) {
      int at = t.token().start();
      if (at > d.span().start() && at < d.span().end() && !lower(t.text()).equals(d.head())
          && Character.isUpperCase(t.text().charAt(0)) && t.text().indexOf('-') < 0
          && !ArticleScan.base(t.tag()).equals("ADJ")
          && !lexicon.is(SpeakerLexicon.Kind.PLACE, t.text())
          && !lexicon.is(SpeakerLexicon.Kind.NATIONALITY, t.text())
          && !NATIONAL_ADJECTIVE.matcher(t.text()).matches() && !placeLike(at)) {
        return false;
      }
    }
    return true;
  }

  /**
   * Whether the word at {@code offset} lies in a name read as a person's that no known first name
   * opens and the text writes only there ("the South San Francisco biotech", "the Palo Alto
   * startup"): a place the lexicon does not list, which says where a company is.
   */
  private boolean placeLike(int offset) {
    NameMention n = entities.nameAt(offset);
    return n != null && n.entity != null && n.form == NameMention.Form.PERSON
        && n.entity.names.size() == 1 && (n.first == null
            || !lexicon.is(SpeakerLexicon.Kind.FIRST, n.first));
  }

  /** By "modifier noun", the spans of "Place modifier noun" in the article, in order. */
  private final Map<String, List<Span>> placedBodies = new HashMap<>();

  /** "the" and one word in small letters before a body's noun: "the city government". */
  private static final Pattern MODIFIED_BODY = Pattern.compile(
      "(?i:the)[ \t]+(\\p{Ll}+)[ \t]+(\\p{Ll}+)");

  /**
   * The body a definite "the MODIFIER NOUN" stands for when the text wrote the same words after a
   * place's name (or a lone capitalised name the lexicon does not know) before it, outside
   * quotations ("The Tallinn city government will cut 14
   * routes", then "according to the city government"): a body of its own, named by the place
   * and the words, not the body of that kind named last. Null when no such words stand before.
   * Records the reason.
   */
  private Entity placedBodyBefore(String head, Span noun) {
    Matcher d = MODIFIED_BODY.matcher(noun.text());
    if (!d.matches() || !d.group(2).equals(head)) {
      return null;
    }
    List<Span> placed = placedBodies.computeIfAbsent(d.group(1) + " " + head, k -> {
      Pattern before = Pattern.compile("(\\p{Lu}[\\p{L}-]+)[ \t]+" + Pattern.quote(d.group(1))
          + "[ \t]+" + Pattern.quote(head) + "\\b"); // once per article and pair of words
      List<Span> out = new ArrayList<>();
      for (Matcher m = before.matcher(text); m.find(); ) {
        NameMention n = entities.nameAt(m.start(1));
        if (n != null && n.entity != null && n.span.end() == m.end(1) && !scan.inQuote(m.start())
            && (n.entity.place || n.form == NameMention.Form.SINGLE && n.first == null)) {
          out.add(Span.of(text, m.start(1), m.end()));
        }
      }
      return out;
    });
    int k = SortedSpans.lastStartingAtOrBefore(placed, Span::start, noun.start() - 1);
    Span found = k < 0 ? null : placed.get(k);
    if (found == null || found.end() > noun.start()) {
      return null;
    }
    Entity e = entities.organisation(lower(found.text()));
    e.label(found);
    return because(e, "organisation-noun", quoted(noun.text()) + " is " + quoted(found.text())
        + ", named with its place before");
  }

  /**
   * A government named by its seat: "the government in Beijing", "the regime in Tehran", "the
   * administration of Ohio" (group 1 the noun, group 2 the place).
   */
  private static final Pattern GOVERNMENT_IN = Pattern.compile("(?i:the)[ \t]+"
      + "(government|regime|administration|authorities)[ \t]+(?:in|of)[ \t]+(\\p{Lu}.*)");

  /**
   * The one company named as a subject outside quotations in the last few paragraphs, for a
   * definite company noun with describing words that {@link #describedCompany} found no subject
   * for in the sentence before ("Halvard Lines reported ... Its chief executive said ... The
   * Oslo-listed carrier, the third-largest by fleet, said"), or for a bare company epithet no
   * person was called ("the developer"): null when none, when two such companies were named, or
   * when the noun names what it is of ("The operator of Keflavik International Airport").
   */
  private Entity subjectCompanyBefore(SourceReading r, SourceReading.Description d, Span src) {
    if (!Entities.COMPANY_NOUNS.contains(d.head()) && !d.head().endsWith("maker")
        && !COMPANY_EPITHETS.contains(d.head())) {
      return null;
    }
    if (!describingWordsOnly(r, d) || ofNamed(d.head(), d.span())) {
      return null; // "The operator of Keflavik International Airport": the named thing's
    }
    int floor = article.sentenceAt(src.start()).paragraph() - ORGANISATION_PARAGRAPHS;
    Entity only = null;
    for (int k = anchorIndex(nameAnchors, src.start()); k >= 0; k--) {
      Anchor a = nameAnchors.get(k);
      if (a.paragraph() < floor) {
        break;
      }
      Entity e = a.entity();
      if (e == null || a.inQuote() || !a.subject() || a.end() > src.start()
          || e.kind != SpeakerKind.ORGANIZATION || e.place
          || headlineSentence(a.sentence()) // "Broadcaster sees record ad haul": the body names
          // the company
          || !Entities.fitsNoun("company", e.canonicalName().toLowerCase(Locale.ROOT))) {
        continue;
      }
      if (only != null && only != e) {
        return null;
      }
      only = e;
    }
    return only == null ? null : because(only, "organisation-noun", quoted(d.span().text())
        + " describes " + label(only) + ", the one company named as a subject before it");
  }

  /**
   * The named organisation an organisation noun with modifiers describes: one named before it
   * in the last few paragraphs, else (a headline or lead that names it later) one named in the
   * next paragraphs; null when none shares the head noun and modifiers. Records the reason.
   */
  private Entity sharingOrganisation(SourceReading.Description d, Span src) {
    Set<String> capitalised = new java.util.HashSet<>();
    String[] words = Splits.NOT_LETTERS.split(d.span().text());
    for (int k = 0; k < words.length; k++) {
      String w = words[k];
      if (!w.isEmpty() && Character.isUpperCase(w.charAt(0))
          && d.modifiers().contains(w.toLowerCase(Locale.ROOT)) && !entities.personSurname(w)
          && !lexicon.is(SpeakerLexicon.Kind.PLACE, w)
          && !lexicon.is(SpeakerLexicon.Kind.NATIONALITY, w)
          && !lexicon.is(SpeakerLexicon.Kind.POLITY, lower(w))
          && !(k + 1 < words.length && lexicon.is(SpeakerLexicon.Kind.POLITY, lower(words[k + 1]))
              && Character.isUpperCase(words[k + 1].charAt(0)))) {
        // a person's name, a place or a nationality tells no organisation apart: "the Clinton
        // campaign" is no part of "the Clinton Foundation", nor "China's foreign ministry" of
        // "South China Sea", nor "the Peruvian government" of "the Peruvian Embassy", nor "the
        // Brenton County district attorney's office" of "the Brenton Police Officers' Association"
        capitalised.add(w.toLowerCase(Locale.ROOT));
      }
    }
    int paragraph = article.sentenceAt(src.start()).paragraph();
    Entity e = entities.organisationSharing(d.head(), d.modifiers(), capitalised, src.start(),
        false, paragraph - ORGANISATION_PARAGRAPHS);
    if (e != null) {
      return because(e, "organisation-noun", quoted(d.span().text()) + " shares its words with "
          + label(e) + ", named before");
    }
    e = entities.organisationSharing(d.head(), d.modifiers(), capitalised, src.end(), true,
        paragraph + CATAPHORA_PARAGRAPHS);
    if (e != null) {
      return because(e, "organisation-noun", quoted(d.span().text()) + " shares its words with "
          + label(e) + ", named just after");
    }
    e = d.definite() && !d.modifiers().isEmpty() ? entities.organisationSharing(d.head(),
        d.modifiers(), Set.of(), src.start(), false, Integer.MIN_VALUE) : null;
    return e == null ? null : because(e, "organisation-noun", quoted(d.span().text())
        + " shares its words with " + label(e) + ", named before"); // "the budget office"
  }

  /**
   * The organisation whose members a bare plural role noun names by the stem of a word of its
   * name ("Investigators said" after "the Air Accidents Investigation Branch", "Auditors" after
   * "the Westshire Audit Office", "inspectors found" in a lead above "the Schools Standards
   * Inspectorate"): the one named last before it within {@value #ORGANISATION_PARAGRAPHS}
   * paragraphs, else, in the lead, the one named first after it. The source is the noun alone
   * or after "the", and its stem (the noun without "ors" or "ers") has at least five letters;
   * after "the", a plural's stem without its "s" ties it too ("the bishops" after "the Catholic
   * Bishops' Conference"). Null when none is named.
   */
  private Entity memberBody(SourceReading r, SourceReading.Description d, Span src) {
    String head = d.head();
    boolean agent = head.endsWith("ors") || head.endsWith("ers");
    boolean plural = d.definite() && d.plural() && head.endsWith("s") && !head.endsWith("ss");
    if (!d.plural() && !d.capitalised() || !d.modifiers().isEmpty() || d.complement() != null
        || owned(r) || !agent && !plural || r.toks.size() > (d.definite() ? 2 : 1)) {
      return null;
    }
    String stem = head.substring(0, head.length() - (agent ? 3 : 1));
    if (stem.length() < MEMBER_STEM) {
      return null;
    }
    int paragraph = article.sentenceAt(src.start()).paragraph();
    Entity e = entities.bodyWithWordOpening(stem, src.start(),
        paragraph - ORGANISATION_PARAGRAPHS, paragraph < LEAD_PARAGRAPHS
            ? paragraph + CATAPHORA_PARAGRAPHS : -1);
    return e == null ? null : because(e, "organisation-member", quoted(d.span().text())
        + " are members of " + label(e) + ", whose name holds '" + stem + "'");
  }

  /** A court's judges as its bench: "the judges wrote", "the justices said". */
  private static final Set<String> BENCH_NOUNS = Set.of("judges", "justices");
  /** The bodies whose judges {@link #BENCH_NOUNS} are, by their head noun. */
  private static final List<String> BENCH_BODIES = List.of("court", "tribunal");

  /**
   * The court whose judgment its judges speak in ("the judges wrote" after "The European Court
   * of Human Rights rejected that argument"): for "the judges" or "the justices" alone, the court
   * or tribunal named last within {@value #ORGANISATION_PARAGRAPHS} paragraphs before it. Null
   * otherwise. Records the reason.
   */
  private Entity benchCourt(SourceReading r, SourceReading.Description d, Span src) {
    String word = lastWord(src.text());
    if (!d.definite() || !BENCH_NOUNS.contains(d.head()) || !d.modifiers().isEmpty()
        || d.complement() != null || owned(r) || r.toks.size() > 2
        || possessive(word) || ArticleScan.pluralPossessive(word)) {
      return null; // "the judges' ruling" speaks for the judges' words, as news names them
    }
    int paragraph = article.sentenceAt(src.start()).paragraph();
    for (String body : BENCH_BODIES) {
      Entity court = entities.recentOrganisation(body, src.start());
      int last = court == null ? -1 : court.lastMentionBefore(src.start());
      if (last >= 0 && paragraph - article.sentenceAt(last).paragraph()
          <= ORGANISATION_PARAGRAPHS) {
        return because(court, "organisation-member", quoted(d.span().text())
            + " are the bench of " + label(court) + ", the " + body + " named last");
      }
    }
    return null;
  }

  /** A branch of a body, up to three words before it, then "of" and the body's name. */
  private static final Pattern BRANCH_OF = Pattern.compile("(?i:the|a|an|its)[ \\t]+"
      + "(?:[\\p{L}'\u2019-]+[ \\t]+){0,3}(?:chapter|branch|station|affiliate|chapters|branches"
      + "|stations|affiliates|bench|chamber)[ \\t]+of[ \\t]+(?:the[ \\t]+)?(?=\\p{Lu})");

  /**
   * The organisation a source that is one of its branches names ("The state chapter of the
   * Christian Association of Nigeria (CAN)", "the Padstow station of the Maritime Rescue
   * Volunteers", a court's "Rawalpindi bench of the Lahore High Court"): a branch speaks for its
   * body, which news names by the body's name; null when the source is no such branch or the
   * name after "of" is no organisation's.
   */
  private Entity bodyOfBranch(Span src) {
    Matcher m = BRANCH_OF.matcher(text).region(src.start(), src.end());
    if (!m.lookingAt()) {
      return null;
    }
    NameMention n = nameStartingAt(m.end());
    if (n == null || n.entity == null || n.entity.kind != SpeakerKind.ORGANIZATION
        || n.entity.place || n.span.end() > src.end()) {
      return null;
    }
    return because(confirmed(n), "organisation-branch", quoted(src.text()) + " is a branch of "
        + label(n.entity) + ", which speaks through it");
  }

  /** "The", a body's name, small words, then its noun: "The GMB union", "the X lobby group". */
  private static final Pattern NAME_BEFORE_NOUN = Pattern.compile("(?i:the)[ \\t]+"
      + "(\\p{Lu}[\\p{L}.'\u2019&-]*(?:[ \\t]+(?:(?:for|of|and|the|to)[ \\t]+)?"
      + "\\p{Lu}[\\p{L}.'\u2019&-]*)*)((?:[ \\t]+\\p{Ll}+)+)");
  /**
   * Nouns of a government's or a body's units, which a name before them owns rather than names
   * ("the Union environment ministry", "the Obama administration").
   */
  private static final Set<String> UNIT_NOUNS = Set.of("ministry", "department", "office",
      "government", "administration", "committee", "bureau", "division", "unit", "branch");
  /** A word ending in a possessive inside a name ("Commission's"). */
  private static final Pattern POSSESSIVE_WORD = Pattern.compile("['\u2019]s?\\b");
  /** Small words that join a body's name ("Students for Accountability"). */
  private static final Set<String> NAME_LINKS = Set.of("for", "of", "and");
  /** Kinds of a capitalised word that names no body of its own ("the Labour government"). */
  private static final List<SpeakerLexicon.Kind> NO_BODY_KINDS = List.of(
      SpeakerLexicon.Kind.PLACE, SpeakerLexicon.Kind.PARTY, SpeakerLexicon.Kind.NATIONALITY,
      SpeakerLexicon.Kind.FIRST, SpeakerLexicon.Kind.POLITY, SpeakerLexicon.Kind.TITLE,
      SpeakerLexicon.Kind.ROLE);

  /**
   * The organisation a definite description names before its organisation noun ("The GMB
   * union", "the Students for Accountability coalition", "The Carabineros police"): "the", a
   * name in capitals (small link words inside), then words in small letters only, the last of
   * them the head noun. The name is a body the text named, or one of its own; not a person ("the
   * Trump campaign"), a place, party, nationality, polity, title or role ("the Labour
   * government", "the Irish Government"), nor a name the sentence opens with alone. Null
   * otherwise. Records the reason.
   */
  private Entity namedBodyBeforeNoun(SourceReading.Description d) {
    if (!lexicon.is(SpeakerLexicon.Kind.ORG, d.head())
        || lexicon.is(SpeakerLexicon.Kind.ROLE, d.head()) || UNIT_NOUNS.contains(d.head())) {
      return null;
    }
    Matcher m = NAME_BEFORE_NOUN.matcher(d.span().text());
    if (!m.matches() || !lower(m.group(2).strip()).endsWith(d.head())
        || POSSESSIVE_WORD.matcher(m.group(1)).find()) {
      return null; // "The Human Rights Commission's Western Cape office": its office, no name
    }
    String[] words = Splits.SPACES.split(m.group(1));
    for (String w : words) {
      for (SpeakerLexicon.Kind k : NO_BODY_KINDS) {
        if (Character.isUpperCase(w.charAt(0)) && lexicon.is(k, w)) {
          return null;
        }
      }
    }
    int start = d.span().start() + m.start(1);
    Span name = Span.of(text, start, d.span().start() + m.end(1));
    NameMention n = entities.nameAt(start);
    Entity e = n == null || n.entity == null || n.span.start() != start ? null : n.entity;
    if (e != null && (e.kind == SpeakerKind.PERSON && !e.tentative || e.place)) {
      return null; // "the Trump campaign": a person's, no body's own name
    }
    boolean linked = words.length >= 3 && (NAME_LINKS.contains(words[1])
        || NAME_LINKS.contains(words[words.length - 2]));
    boolean acronym = words.length <= 2 && Arrays.stream(words)
        .allMatch(w -> ArticleScan.capitals(w) && w.length() > 1); // "The IG BCE union"
    if (!(e != null && e.kind == SpeakerKind.ORGANIZATION) && !linked && !acronym) {
      return null; // "the Scottish government", "the Houston-based company", "the Obama
      // administration": a word before the noun that names no body of its own
    }
    if (e == null || e.kind != SpeakerKind.ORGANIZATION) {
      e = entities.organisation(lower(name.text()).replace(".", "")); // found or made
      e.label(name);
    }
    return because(e, "organisation-noun", quoted(d.span().text()) + " is " + label(e)
        + ", named before its noun");
  }

  /** "Her husband" of "Her husband, a retired truck driver,": a relation described after it. */
  private static final Pattern RELATION_DESCRIBED = Pattern.compile(
      "(?i)(?:his|her|their)\\s+(\\p{L}+),\\s+(?:a|an)\\s");

  /**
   * The possessive pronoun and relation noun ({@link #RELATIONS}) that open the source {@code
   * src} when an indefinite description follows them after a comma ("Her husband, a retired
   * long-haul truck driver"); null otherwise.
   */
  private Span relationBeforeDescription(Span src) {
    Matcher m = RELATION_DESCRIBED.matcher(src.text());
    if (!m.lookingAt() || !RELATIONS.contains(lower(m.group(1)))) {
      return null;
    }
    return Span.of(text, src.start(), src.start() + m.end(1));
  }

  /**
   * The one person the text named with the same relation to the same possessive pronoun ("her
   * son" after "Her son, Peter Marlow, said"): the source is the pronoun and a relation noun
   * alone ({@link #RELATIONS}), and exactly one person has a role of those two words; else the
   * one person the text gave that relation in other words, before or after ("Eric Lane, son of
   * the senator,", "the senator's son"), when no other entity has it and no role gives it with
   * another possessive pronoun. A post ("his attorney") counts the same way when that one
   * holder's post names whose it is by a name the pronoun may stand for ({@link #ownerAgrees}:
   * "an attorney for Bryce Olander", not "for the Harbour Trust"). Null otherwise.
   */
  private Entity sameRelation(SourceReading r, SourceReading.Description d) {
    boolean relation = RELATIONS.contains(d.head());
    if (r.toks.size() != 2 || !OWNERS.contains(r.toks.get(0).lower())
        || !relation && !isRole(d.head()) || d.plural()) {
      return null;
    }
    String words = r.toks.get(0).lower() + " " + d.head();
    Entity found = null;
    for (Entity e : entities.withRole(d.head())) {
      boolean same = e.kind == SpeakerKind.PERSON && e.roles.stream()
          .anyMatch(role -> lower(role.text().strip()).equals(words));
      if (same && found != null && found != e) {
        return null;
      }
      found = same ? e : found;
    }
    if (found != null) {
      return because(found, "role", quoted(d.span().text()) + " is " + label(found)
          + ", whom the text called so before");
    }
    Entity spouse = spouseBySurname(d.head(), r.toks.get(0).lower(), d.span().start());
    if (spouse == null) {
      spouse = kinBySurname(d.head(), r.toks.get(0).lower(), d.span().start());
    }
    if (spouse != null) {
      return spouse;
    }
    Role only = null;
    for (Entity e : entities.withRole(d.head())) { // "Eric Lane, son of the senator,"
      for (Role role : e.roles) {
        if (!role.head().equals(d.head())) {
          continue;
        }
        if (!relation && !ownerAgrees(role, Pronoun.of(r.toks.get(0).lower()))) {
          return null; // "his attorney" is no attorney for a company, nor one for no one named
        }
        if (e.kind != SpeakerKind.PERSON || found != null && found != e
            || OWNERS.contains(lower(Splits.SPACES.split(role.text().strip())[0]))) {
          return null; // two of them, or "her son" when the source says "his son"
        }
        found = e;
        only = role;
      }
    }
    return found == null ? null : because(found, "role", quoted(d.span().text()) + " is "
        + label(found) + ", the one person the text calls " + quoted(only.text()));
  }

  /**
   * The spouse "her husband" or "his wife" stands for when the text named, before {@code
   * offset}, exactly one other person whose gender may be the spouse's (a given name that says
   * none counts) who shares a surname with a person of the owner's ("Colin Harker, whose wife,
   * Janet Harker, ..." then "Her husband said"); null otherwise. Records the reason.
   */
  private Entity spouseBySurname(String head, String owner, int offset) {
    Gender spouse = head.equals("husband") ? Gender.MALE : head.equals("wife") ? Gender.FEMALE
        : null;
    Pronoun of = Pronoun.of(owner);
    Gender owned = of == null ? Gender.UNKNOWN : of.gender();
    if (spouse == null || owned == Gender.UNKNOWN || spouse == owned) {
      return null;
    }
    Map<String, Entity> owners = new HashMap<>(); // by surname, persons of the owner's gender
    for (Entity o : entities.all) {
      if (o.kind == SpeakerKind.PERSON && o.last != null && o.first != null
          && o.gender() == owned && o.firstOffset() < offset) {
        owners.putIfAbsent(o.last, o);
      }
    }
    Entity found = null;
    Entity partner = null;
    for (Entity e : entities.all) {
      Entity o = e.kind != SpeakerKind.PERSON || e.last == null || e.first == null
          || !e.gender().compatible(spouse) || e.firstOffset() >= offset ? null
          : owners.get(e.last); // "Harjit Sandhu", whose given name says no gender
      if (o == null || o == e) {
        continue;
      }
      if (found != null && found != e) {
        return null; // two couples: which one the pronoun means is unclear
      }
      found = e;
      partner = o;
    }
    return found == null ? null : because(found, "role", quoted(head) + " of " + quoted(owner)
        + " is " + label(found) + ", who shares a surname with " + label(partner));
  }

  /** Kin nouns of one gender, not spouses: the relative shares the family's surname. */
  private static final Set<String> BLOOD_KIN = Set.of("father", "mother", "son", "daughter",
      "brother", "sister");

  /**
   * The relative "his father" or "her son" stands for at {@code offset}: the owner is the person
   * of the pronoun's gender mentioned last before it, and the relative the one other person
   * named before it with that owner's surname whose gender may be the kin noun's ("Matthias
   * Schulz said ..." then "His father did not disagree" is Karl Schulz); null when the text
   * names no such person, or two. Records the reason.
   */
  Entity kinBySurname(String head, String owner, int offset) {
    Gender kin = BLOOD_KIN.contains(head) ? lexicon.genderOf(SpeakerLexicon.Kind.ROLE, head)
        : Gender.UNKNOWN;
    Pronoun of = Pronoun.of(owner);
    if (kin == Gender.UNKNOWN || of == null || of.gender() == Gender.UNKNOWN) {
      return null;
    }
    Entity ownerEntity = null;
    int last = -1;
    for (Entity o : entities.all) {
      int at = o.kind == SpeakerKind.PERSON && o.gender().compatible(of.gender())
          ? o.lastMentionBefore(offset) : -1;
      if (at > last) {
        last = at;
        ownerEntity = o;
      }
    }
    if (ownerEntity == null || ownerEntity.last == null) {
      return null;
    }
    Entity found = null;
    for (Entity e : entities.all) {
      if (e != ownerEntity && e.kind == SpeakerKind.PERSON && ownerEntity.last.equals(e.last)
          && e.first != null && e.gender().compatible(kin) && e.firstOffset() < offset) {
        if (found != null) {
          return null; // two relatives of that surname: which one is meant is unclear
        }
        found = e;
      }
    }
    return found == null ? null : because(found, "role", quoted(head) + " of " + quoted(owner)
        + " is " + label(found) + ", who shares a surname with " + label(ownerEntity)
        + ", the one the pronoun stands for");
  }

  /**
   * Whether a post names whose it is ("an attorney for Bryce Olander", "the Olander family's
   * lawyer") by a name that the possessive pronoun {@code owner} may stand for: a person of a
   * compatible gender for "his" and "her", an organisation for "its", a group or organisation
   * for "their".
   */
  private boolean ownerAgrees(Role role, Pronoun owner) {
    Matcher m = OWNED_POST.matcher(role.text());
    if (owner == null || !m.find()) {
      return false;
    }
    int at = role.start() + (m.group().endsWith(" ") || m.group().endsWith("\t")
        ? m.start() : m.end() - 1);
    NameMention n = at < text.length() ? entities.nameAt(at) : null;
    Entity e = n == null ? null : n.entity;
    if (e == null) {
      return false;
    }
    return switch (owner) {
      case MALE, FEMALE -> e.kind == SpeakerKind.PERSON
          && e.gender().compatible(owner.gender());
      case NEUTER -> e.kind == SpeakerKind.ORGANIZATION;
      case PLURAL -> e.kind == SpeakerKind.ORGANIZATION || e.kind == SpeakerKind.GROUP;
      default -> false;
    };
  }

  /** Whether a source mention names an owner ("the company's statement", "his report"). */
  static boolean owned(SourceReading r) {
    if (!r.toks.isEmpty() && r.toks.get(0).lower().equals("its")) {
      return true; // "its chief executive": the post of an organisation
    }
    for (SourceReading.Tok t : r.toks) {
      if (isPossessiveMarker(t.text()) || possessive(t.text())) {
        return true;
      }
    }
    return !r.owner.isEmpty();
  }

  /**
   * As {@link #owned} for the words before the first comma: "The Oslo-listed carrier, the
   * world's third-largest," is nobody's carrier.
   */
  private static boolean ownedBeforeComma(SourceReading r) {
    for (SourceReading.Tok t : r.toks) {
      if (t.text().equals(",")) {
        break;
      }
      if (isPossessiveMarker(t.text()) || possessive(t.text())) {
        return true;
      }
    }
    return !r.owner.isEmpty();
  }

  /**
   * The owner of "the company's statement" or "the judges' citation": an organisation noun
   * before "'s", the organisation it stands for or, with none named, a body by that noun ("the
   * committee's report": the committee); a plural role noun after "the", a group by that noun.
   */
  private Entity possessiveOrganisation(SourceReading r) {
    List<SourceReading.Tok> toks = r.toks;
    for (int k = 0; k + 1 < toks.size(); k++) {
      SourceReading.Tok t = toks.get(k);
      String word = ArticleScan.stripPossessive(t.lower()); // "judges’" as one token too
      String next = toks.get(k + 1).text();
      boolean apostrophe = ArticleScan.pluralPossessive(t.text())
          || next.length() == 1 && isPossessiveMarker(next);
      if (!apostrophe && !isPossessiveMarker(next) && !possessive(t.text())) {
        continue;
      }
      boolean definite = k == 1 && toks.get(0).lower().equals("the")
          && Character.isLowerCase(t.text().charAt(0));
      if (lexicon.is(SpeakerLexicon.Kind.ORG, word)) {
        Entity named = organisationFor(word, t.token().span());
        if (named != null || !definite) {
          return named;
        }
        Entity body = entities.organisation(word);
        body.name(word); // "The committee's report": the committee, which the text never names
        return because(body, "document-issuer", "'the " + word + "' issued the document it owns");
      }
      if (definite && apostrophe && pluralRole(word)) {
        Entity people = entities.keyed("description:" + word, SpeakerKind.GROUP);
        people.name(word); // "The judges' citation": the judges
        return because(people, "document-issuer", "'the " + word + "' issued the document"
            + " they own");
      }
    }
    return null;
  }

  /**
   * The name that issued a document ("a Reuters survey", "a study by Justin Levitt": a name
   * before the head noun or after "by"; a person's name right before a document people write:
   * "a Fierro ad"; an organisation after "of" for what a study found: "the results of the
   * latest Harwell Research poll") or that employs a group ("officials at the
   * Ministry of Transport": an organisation after "at", "from", "of" or "with"); null when none.
   */
  private NameMention issuerOrEmployer(SourceReading r, Span src, boolean document,
      String head) {
    String before = "";
    boolean afterOf = false;
    boolean afterFrom = false;
    for (SourceReading.Tok t : r.toks) {
      NameMention n = entities.nameAt(t.token().start());
      if (n != null && n.span.start() == t.token().start() && n.entity != null
          && n.span.end() <= src.end() && !n.entity.place) {
        boolean organisation = n.entity.kind == SpeakerKind.ORGANIZATION;
        boolean modifier = n.span.end() < src.end() // "a Pew Research survey" is no person's
            && (!n.full() || document && n.entity.tentative && !DocumentIssuers.linked(r))
            && !Set.of("of", "about", "on", "into", "for").contains(before); // "for Oxfam":
        // the client of "a report for Oxfam ... by E3G", which E3G wrote
        // "the results of the latest Harwell Research poll", cut after the name by the source
        boolean resultOf = document && DocumentIssuers.RESULT_NOUNS.contains(head) && afterOf
            && (organisation || n.entity.tentative);
        modifier |= resultOf;
        if (document && modifier && n.entity.tentative && opensSentence(n.span)
            && n.span.text().indexOf(' ') < 0 && !scan.capitalisedInside(n.span.text())) {
          modifier = false; // "Polling averages show": capitalised only for standing first
        }
        if (document && modifier && n.entity.tentative) {
          entities.makeOrganisation(n.entity); // "a Kestrel Analytics survey"
          organisation = true;
        }
        // "a study of 61 Dutch companies" names what it studied, "an analysis of Crowdpac
        // data" who issued the data
        boolean studied = afterOf && !resultOf && !issuers.documentAfter(n.span);
        // "a Fierro ad", "the Ubadike memo": a person's name right before what people write
        boolean author = document && n.entity.kind == SpeakerKind.PERSON && !n.entity.tentative
            && n.span.end() < src.end() && !afterOf && DocumentIssuers.authored(head)
            && issuers.headAfter(n.span, head);
        if (document ? before.equals("by") || organisation && modifier && !studied || author
            : organisation && Set.of("at", "from", "of", "with").contains(before)) {
          NameMention titled = document && organisation
              && (before.equals("by") || afterFrom)
              ? personAfterRole(r, n, src) : null;
          return titled != null ? titled : n; // "a study by Loyola Law School professor X",
          // "a complaint from state House candidate Wes Pardue"
        }
      }
      if (t.lower().equals("of") && SourceReading.COLLECTIONS.contains(before)) {
        before = ""; // "a batch of Treasury emails": the emails, not a study of the Treasury
      } else if (!SourceReading.DEFINITE.contains(t.lower()) && !t.lower().equals("a")) {
        before = t.lower();
      }
      afterOf |= before.equals("of");
      afterFrom |= before.equals("from");
    }
    return null;
  }

  /**
   * The person a he/she pronoun inside a source mention stands for ("she" of "an account she
   * gave", "his" of "his office"), with the pronoun recorded as a mention of it; null when it
   * stands for no person.
   */
  Entity pronounPerson(Span pronoun) {
    Entity e = pronouns.resolve(lower(pronoun.text()), pronoun, quote);
    if (e.kind != SpeakerKind.PERSON) {
      return null;
    }
    e.addOther(pronoun, rule, evidence); // the reason pronouns.resolve gave
    return e;
  }

  /**
   * The speaker a pronoun in a relative clause after a document noun stands for ("she" of "an
   * account she gave", "it" of "a statement it released"): a person for he or she, an
   * organisation or group for it or they, with the pronoun recorded as a mention of it; null
   * otherwise.
   */
  Entity pronounIssuer(Span pronoun) {
    String word = lower(pronoun.text());
    if (word.equals("he") || word.equals("she")) {
      return pronounPerson(pronoun);
    }
    Entity e = pronouns.resolve(word, pronoun, quote);
    if (e.place || e.kind != SpeakerKind.ORGANIZATION && (e.kind != SpeakerKind.GROUP
        || word.equals("it"))) {
      because(null, null, null); // the pronoun's reason is not the source mention's
      return null;
    }
    e.addOther(pronoun, rule, evidence); // the reason pronouns.resolve gave
    return e;
  }

  /**
   * The person named after an organisation and a role noun in a source mention ("Loyola Law
   * School professor Justin Levitt"): a person's full name right after the role noun that
   * follows the organisation's name; null when there is none.
   */
  private NameMention personAfterRole(SourceReading r, NameMention org, Span src) {
    boolean role = false;
    for (SourceReading.Tok t : r.toks) {
      if (t.token().start() < org.span.end()) {
        continue;
      }
      NameMention n = entities.nameAt(t.token().start());
      if (role && n != null && n.span.start() == t.token().start() && n.span.end() <= src.end()
          && n.entity != null && n.entity.kind == SpeakerKind.PERSON && n.full()) {
        return n;
      }
      role = isRole(ArticleScan.roleWord(t.lower()));
      if (!role && n == null) {
        return null; // other words: no role between the names
      }
    }
    return null;
  }

  /** Capitalised words the tagger took for common nouns ("Hope Hicks"): looked up as a name. */
  private Entity capitalisedName(SourceReading.Description d) {
    String[] words = Splits.SPACES.split(d.span().text().strip());
    Entity body = words.length >= 2 ? entities.namedOrganisation(
        ArticleScan.key(String.join(" ", words))) : null;
    if (body != null) { // "Pennine Northern" after "Pennine Northern Trains"
      return because(body, "organisation-name", quoted(d.span().text()) + " is a form of "
          + quoted(body.canonicalName()));
    }
    String last = nameKey(words[words.length - 1]);
    String first = words.length >= 2 ? nameKey(words[0]) : null;
    Sentence s = article.sentenceAt(d.span().start());
    NameMention m = new NameMention(d.span(), d.span(), words.length >= 2
        ? NameMention.Form.PERSON : NameMention.Form.SINGLE, first, last, null, Gender.UNKNOWN,
        false, s.index(), s.paragraph(), scan.inQuote(d.span().start()));
    Entity e = m.full() ? entities.fullName(m) : entities.personBySurname(m);
    entities.link(m, e);
    return confirmed(m);
  }

  /**
   * Whether every capitalised word of a description past its first word is a place or a
   * nationality ("The UK competition watchdog", "the US space agency"): it names no body.
   */
  private boolean onlyPlacesCapitalised(Span description) {
    String[] words = Splits.SPACES.split(description.text());
    for (int k = 1; k < words.length; k++) {
      String w = words[k];
      if (!w.isEmpty() && Character.isUpperCase(w.charAt(0))
          && !lexicon.is(SpeakerLexicon.Kind.PLACE, w) && !scan.nationalityAdjective(w)) {
        return false;
      }
    }
    return true;
  }

  /**
   * Whether the words from {@code start} to {@code end} are one common noun of the dictionary
   * that opens its sentence and is never capitalised inside one ("Revenue rose 18%"): no name.
   */
  private boolean openingCommonNoun(int start, int end) {
    String w = text.substring(start, end);
    return w.chars().allMatch(Character::isLetter) && !scan.capitalisedInside(w)
        && opensSentence(new Span(start, end, w))
        && ArticleScan.inDictionary(w.toLowerCase(Locale.ROOT), WordClasses.Pos.NOUN);
  }

  /** Whether a mention opens its sentence, past quotation marks and a dateline's dash. */
  boolean opensSentence(Span mention) {
    Sentence s = article.sentenceAt(mention.start());
    List<Token> toks = article.tokens(s);
    int body = Datelines.end(toks);
    int from = body > 0 ? toks.get(body).start() : s.start();
    for (int k = from; k < mention.start(); k++) {
      if (Character.isLetterOrDigit(text.charAt(k))) {
        return false;
      }
    }
    return true;
  }

  /**
   * Whether sentence {@code index} is a headline: the first, alone in the first paragraph, with no
   * full stop at its end.
   */
  private boolean headlineSentence(int index) {
    List<Sentence> sentences = article.sentences();
    if (index != 0 || sentences.size() < 2 || sentences.get(1).paragraph() == 0) {
      return false;
    }
    String t = sentences.get(0).span().text().strip();
    return !t.isEmpty() && ".!?".indexOf(t.charAt(t.length() - 1)) < 0;
  }

  /**
   * Whether a description is written as a headline writes one: a capitalised role noun with no
   * article or owner ("Lawmaker urges ...", "Member of House panel says ...").
   */
  static boolean headline(SourceReading.Description d) {
    String first = Splits.SPACES.split(d.span().text(), 2)[0];
    return Character.isUpperCase(first.charAt(0))
        && !SourceReading.DEFINITE.contains(first.toLowerCase(Locale.ROOT))
        && !ArticleScan.possessive(first) && !ArticleScan.pluralPossessive(first);
  }

  /**
   * Whether a bare definite description in small letters is the last word of an organisation
   * named before it, a word the lexicon does not know as an organisation's ("the Westmark
   * Teachers' Pension Plan ... the plan said"); no role, person noun or plural. A media noun
   * ("the paper") after an outlet that reported or wrote ({@link Entities#recentReporter}) names
   * it too.
   */
  private boolean namesLastWord(SourceReading.Description d, Span src) {
    if (!d.definite() || d.capitalised() || d.plural() || !d.modifiers().isEmpty()
        || isRole(d.head()) || personNoun(d.head())) {
      return false;
    }
    Entity e = entities.recentOrganisation(d.head(), src.start());
    return e != null && e.kind == SpeakerKind.ORGANIZATION && !e.place
        || reporterBefore(d.head(), src.start()) != null;
  }

  /**
   * For a media noun ("the newspaper", "the paper"), the outlet that reported or wrote before
   * {@code offset} in the last few paragraphs ({@link Entities#recentReporter}); null for any
   * other noun or when there is none.
   */
  private Entity reporterBefore(String head, int offset) {
    return Entities.MEDIA_NOUNS.contains(head) ? entities.recentReporter(offset,
        article.sentenceAt(offset).paragraph() - ORGANISATION_PARAGRAPHS) : null;
  }

  /** "a", "an", "another" or "one", up to three words, then {@code head}: one introduced. */
  static Pattern indefinite(String head) {
    return INDEFINITE_ROLE.computeIfAbsent(head, h -> Pattern.compile(
        "(?i)\\b(?:a|an|another|one)[ \\t](?:[\\p{L},'\u2019-]+[ \\t]){0,3}" + Pattern.quote(h)
            + "\\b"));
  }

  // ---------------------------------------------------------------------------------------------
  // Helpers (the pronoun rules are in PronounResolver, the description antecedents in
  // DescriptionAntecedents)

  /**
   * Where the last character before {@code offset} that is no space stands, walking back no
   * further than {@code floor} (which is returned when only spaces lie between); -1 at offset 0.
   */
  int lastNonSpace(int offset, int floor) {
    int k = offset - 1;
    while (k > floor && text.charAt(k) == ' ') {
      k--;
    }
    return k;
  }

  /** Lemmas of verbs that name a thing, whose subject after "what" speaks ("what X called"). */
  private static final Set<String> NAMING_CUES = Set.of("call", "describe", "term", "dub",
      "label", "characterize", "characterise", "brand");
  /** Words that end the subject of a "what" clause before its verb ("what X has called"). */
  private static final Set<String> SUBJECT_ENDS = Set.of(",", "has", "had", "have", "was",
      "were", "is", "are", "once", "later", "recently", "previously", "also");

  /**
   * The subject of a "what" clause whose verb of naming is the quote's cue, when the source
   * stage gave the sentence's subject before it ("Firefighters are preparing for what the
   * commissioner, Rob Maitland, has called ..."): the last name of a person or body between
   * "what" and the cue, else the words after "what" up to a comma or an auxiliary when they open
   * with a determiner; null otherwise.
   */
  private Span namerInWhatClause(Quote q, Span src) {
    String lemma = q.cue().map(Cue::lemma).orElse("");
    if (cueStart <= src.end() || !NAMING_CUES.contains(lemma)) {
      return null;
    }
    Sentence s = article.sentenceAt(cueStart);
    if (src.start() < s.start()) {
      return null;
    }
    List<Token> toks = article.tokens(s);
    int c = SortedSpans.firstStartingAtOrAfter(toks, Token::start, cueStart);
    int what = -1;
    for (int k = c - 1; k >= 0 && toks.get(k).start() >= src.end(); k--) {
      if (lower(toks.get(k).text()).equals("what")) {
        what = k;
        break;
      }
    }
    if (what < 0 || what + 1 >= c) {
      return null;
    }
    NameMention last = null;
    for (int k = what + 1; k < c; k++) {
      NameMention n = entities.nameAt(toks.get(k).start());
      if (n != null && n.span.start() == toks.get(k).start() && n.span.end() <= cueStart
          && n.entity != null && (n.entity.kind == SpeakerKind.PERSON
              || n.entity.kind == SpeakerKind.ORGANIZATION)) {
        last = n;
      }
    }
    if (last != null) {
      return last.span;
    }
    int end = what + 1;
    while (end < c && !SUBJECT_ENDS.contains(lower(toks.get(end).text()))) {
      end++;
    }
    String first = lower(toks.get(what + 1).text());
    return end > what + 1 && (first.equals("the") || first.equals("a") || first.equals("an"))
        ? Span.of(text, toks.get(what + 1).start(), toks.get(end - 1).end()) : null;
  }

  /**
   * The person named right before a source made only of post-nominal letters set off by commas
   * ("Janelle Thornhill, [SC, MP], has announced": the letters are hers); null otherwise.
   */
  private NameMention nameBeforeLetters(Span src) {
    for (String w : src.text().split(",")) {
      String letters = w.strip();
      if (letters.isEmpty() || !letters.chars().allMatch(Character::isUpperCase)
          || !lexicon.is(SpeakerLexicon.Kind.POSTNOMINAL, letters)) {
        return null;
      }
    }
    int comma = lastNonSpace(src.start(), -1);
    NameMention n = comma >= 0 && text.charAt(comma) == ',' ? nameEndingAtComma(comma) : null;
    return n != null && n.entity.kind == SpeakerKind.PERSON ? n : null;
  }

  /** The name mention that ends exactly at {@code end}, or null. */
  private NameMention nameEndingAt(int end) {
    NameMention n = end > 0 ? entities.nameAt(end - 1) : null;
    return n != null && n.span.end() == end ? n : null;
  }

  /**
   * The person an unnamed source names in the words after it, before its cue ("A server named
   * Priya", "A mother in Cibatu district who gave her name only as Euis said", "Another trader,
   * who simply gave her name as Iya Bose, said"); null when those words give no name.
   */
  private Entity givenName(Span src) {
    // the source can run past the end of the sentence it starts in (a split inside a long
    // token); then no words follow it there
    int until = cueStart > src.end() ? cueStart
        : Math.max(src.end(), article.sentenceAt(src.start()).span().end());
    Matcher m = GIVEN_NAME.matcher(text).region(src.end(), until);
    if (!m.lookingAt() || cueStart >= 0 && cueStart < src.start() && NEW_NOUN_PHRASE.matcher(
        text.substring(src.end(), m.start(1))).find()) { // "According to police, the owner,
      // identified as X, is absconding": after its cue, the words after a source are what it
      // said
      return null;
    }
    NameMention n = nameStartingAt(m.start(1));
    if (n == null || n.entity == null || n.entity.kind == SpeakerKind.ORGANIZATION
        || n.entity.place) {
      return null;
    }
    Entity e = confirmed(n);
    e.kind = SpeakerKind.PERSON;
    return because(e, "apposition", quoted(src.text()) + " gives the name "
        + quoted(n.span.text()) + " in the words after it");
  }

  /**
   * A possessive, one to three words in small letters ending in a role or person noun, then
   * where a name may start: "Tenants' advocate Maria Kostas".
   */
  private static final Pattern OWNER_POST = Pattern.compile("(?:'s|\u2019s|'|\u2019)[ \\t]+"
      + "((?:\\p{Ll}[\\p{L}-]*[ \\t]+){1,3})");

  /**
   * The person whose post a possessive source opens ("Tenants' advocate Maria Kostas, from the
   * Renters' Network, said", where the source stage kept only "Tenants"): the person's full name
   * right after the post; null when the source is no such possessive or no full name follows.
   */
  private Entity postOfOwner(Span src) {
    Matcher m = OWNER_POST.matcher(text).region(src.end(), text.length());
    if (!m.lookingAt()) {
      return null;
    }
    String[] words = Splits.SPACES.split(m.group(1).strip());
    String post = words[words.length - 1].toLowerCase(Locale.ROOT);
    NameMention n = isRole(post) || wordNetPerson(post) ? nameStartingAt(m.end()) : null;
    if (n == null || !n.full() || n.entity == null || n.entity.kind != SpeakerKind.PERSON
        || cueStart > src.end() && n.span.end() > cueStart) {
      return null;
    }
    return because(confirmed(n), "source", quoted(text.substring(src.start(), n.span.end()))
        + " names the " + post + " " + label(n.entity) + " after the possessive source");
  }

  /** The name mention that starts exactly at {@code start}, or null. */
  private NameMention nameStartingAt(int start) {
    NameMention n = entities.nameAt(start);
    return n != null && n.span.start() == start ? n : null;
  }

  /**
   * The person named as the subject of the clause that a colon ends right before a quotation
   * without a cue, in the quotation's sentence ("His manager, Sean Keogh, was more cautious:
   * \"It is a long season.\""): the one who speaks, not the speaker before. Null when the
   * quotation follows no colon, or that clause names no person as its subject, or more than one
   * person, or holds another quote.
   */
  private Entity subjectBeforeColon(Quote q) {
    int open = q.content().start();
    while (open > 0 && QUOTE_OPENERS.indexOf(text.charAt(open - 1)) >= 0) {
      open--;
    }
    int colon = open;
    while (colon > 0 && Character.isWhitespace(text.charAt(colon - 1))) {
      colon--;
    }
    if (colon == 0 || text.charAt(colon - 1) != ':' || colon == open) {
      return null;
    }
    return onlyPersonSubject(article.sentenceAt(colon - 1).start(), colon);
  }

  /**
   * The one person named in {@code [from, to)}, outside quotations, as a subject: null when the
   * range holds a quote's content, names no person, or names a person first who is no subject,
   * or two persons.
   */
  private Entity onlyPersonSubject(int from, int to) {
    if (quoteIndex.contentOverlaps(Span.of(text, from, to))) {
      return null;
    }
    Entity subject = null;
    for (int k = anchorIndex(nameAnchors, from) + 1;
        k < nameAnchors.size() && nameAnchors.get(k).start() < to; k++) {
      Anchor a = nameAnchors.get(k);
      if (a.end() > to || a.inQuote()) {
        continue;
      }
      Entity e = a.entity();
      if (e == null || e.kind != SpeakerKind.PERSON) {
        continue;
      }
      if (subject != null && subject != e || !a.subject() && subject == null) {
        return null; // two people, or a person not the subject
      }
      subject = e;
    }
    return subject;
  }

  /** Marks that may open a quotation right after a colon. */
  private static final String QUOTE_OPENERS = "\"'\u201C\u2018\u00AB\u201E";

  /**
   * The person named as the subject of the sentence just before a quotation without a cue, in
   * its paragraph, when that sentence holds no quote and names no other person ("Ortiz cut him
   * off. \"Mr. Haines, did the budget go down or not?\""): the one who speaks next, not the
   * speaker before. Not a person the quotation opens by addressing ("Mr. Haines, ..."); null
   * when there is none, or it is {@code previous}.
   */
  private Entity subjectJustBefore(Quote q, Entity previous) {
    Sentence before = sentenceBefore(article, article.sentenceAt(q.content().start()));
    if (before == null) {
      return null;
    }
    Entity subject = onlyPersonSubject(before.start(), before.end());
    if (subject == null || subject == previous) {
      return null;
    }
    String opening = q.content().text();
    int comma = opening.indexOf(',');
    if (comma > 0 && comma <= VOCATIVE_REACH && subject.last != null) {
      for (String w : Splits.NOT_LETTERS.split(opening.substring(0, comma))) {
        if (!w.isEmpty() && nameKey(w).equals(subject.last)) {
          return null; // "Mr. Haines, did the budget go down?": the person addressed
        }
      }
    }
    return subject;
  }

  /**
   * Whether {@code offset} lies inside a quote's cue or right after it, with only spaces between
   * ("says in the ad", where the content span may run over the words after the cue).
   */
  private boolean atCue(Quote q, int offset) {
    Span cue = q.cue().get().span();
    return cue.start() < offset && offset < cue.end()
        || cue.end() <= offset && text.substring(cue.end(), offset).isBlank();
  }

  static boolean inside(Quote q, int offset) {
    for (Span p : q.parts()) {
      if (p.start() <= offset && offset < p.end()) {
        return true;
      }
    }
    return false;
  }

  /** Index of the last anchor starting before {@code offset}, or -1. */
  static int anchorIndex(List<Anchor> anchors, int offset) {
    return SortedSpans.startingBefore(anchors, Anchor::start, offset) - 1;
  }

  // ---------------------------------------------------------------------------------------------
  // Link candidates

  /** How many sentences before a source mention a candidate entity's mentions are looked for. */
  private static final int LINK_SENTENCES_BEFORE = 8;
  /** How many sentences after a source mention a candidate entity's mentions are looked for. */
  private static final int LINK_SENTENCES_AFTER = 2;

  private void traceLink(Quote q, Span source, Entity picked) {
    Sentence s = article.sentenceAt(source.start());
    List<Entity> candidates = new ArrayList<>();
    candidates.add(picked);
    Set<Entity> seen = Collections.newSetFromMap(new IdentityHashMap<>());
    seen.add(picked);
    Map<Entity, SpeakerLinker.Evidence> found = new IdentityHashMap<>();
    for (List<Anchor> list : List.of(nameAnchors, sourceAnchors)) {
      for (Anchor a : list) {
        if (a.entity() == null || a.sentence() < s.index() - LINK_SENTENCES_BEFORE
            || a.sentence() > s.index() + LINK_SENTENCES_AFTER) {
          continue;
        }
        boolean inSource = a.start() >= source.start() && a.end() <= source.end();
        if (a.source() && inSource) {
          continue; // the mention just made for this source
        }
        Entity c = a.entity();
        if (seen.add(c)) {
          candidates.add(c);
        }
        SpeakerLinker.Evidence ev = found.computeIfAbsent(c, k -> new SpeakerLinker.Evidence());
        if (inSource) {
          ev.inSource = true;
        } else if (a.end() <= source.start()) {
          int back = s.index() - a.sentence();
          if (back < ev.sentencesBack) {
            ev.sentencesBack = back;
            ev.paragraphsBack = s.paragraph() - a.paragraph();
            ev.subject = a.subject();
            ev.quoted = a.inQuote();
            ev.asSource = a.source();
          } else if (back == ev.sentencesBack) {
            ev.subject |= a.subject();
            ev.quoted &= a.inQuote();
            ev.asSource |= a.source();
          }
        } else {
          int ahead = a.sentence() - s.index();
          ev.sentencesAhead = Math.min(ev.sentencesAhead, ahead);
        }
      }
    }
    String rule = picked.ruleAt(source);
    int paragraph = s.paragraph();
    List<String[]> features = new ArrayList<>();
    for (Entity c : candidates) {
      SpeakerLinker.Evidence ev = found.computeIfAbsent(c, k -> new SpeakerLinker.Evidence());
      ev.picked = c == picked;
      ev.rule = rule;
      ev.spoken = spoken.getOrDefault(c, 0);
      ev.lastSpeaker = c == lastSpeaker && paragraph - lastSpeakerParagraph <= 1;
      ev.lastPerson = c == lastPersonSpeaker && paragraph - lastPersonParagraph <= 1;
      features.add(SpeakerLinker.features(source, c, ev, lexicon));
    }
    linkTrace.candidates(q, source, candidates, features);
  }

  // ---------------------------------------------------------------------------------------------
  // Output

  private SpeakerResolution build(Entity[] speakerOf) {
    Set<Entity> distinct = new LinkedHashSet<>();
    for (Entity e : speakerOf) {
      if (e != null) {
        distinct.add(e);
      }
    }
    List<Entity> speaking = new ArrayList<>(distinct);
    speaking.sort(Comparator.comparingInt(Entity::firstOffset));
    Map<Entity, String> ids = new HashMap<>();
    List<Speaker> speakers = new ArrayList<>();
    for (Entity e : speaking) {
      String id = "s" + (speakers.size() + 1);
      ids.put(e, id);
      speakers.add(e.toSpeaker(id));
    }
    Map<String, String> byQuote = new LinkedHashMap<>();
    for (int i = 0; i < speakerOf.length; i++) {
      if (speakerOf[i] != null) {
        byQuote.put(quotes.get(i).id(), ids.get(speakerOf[i]));
      }
    }
    return new SpeakerResolution(speakers, byQuote);
  }
}
