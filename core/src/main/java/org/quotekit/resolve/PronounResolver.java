package org.quotekit.resolve;

import static org.quotekit.resolve.ArticleScan.lower;
import static org.quotekit.resolve.Resolution.anchorIndex;
import static org.quotekit.resolve.Resolution.inside;
import static org.quotekit.resolve.Resolution.label;
import static org.quotekit.resolve.Resolution.quoted;
import static org.quotekit.resolve.Resolution.wordNetPerson;
import static org.quotekit.resolve.Resolution.wordNetSomeone;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.quotekit.Quote;
import org.quotekit.Span;
import org.quotekit.SpeakerKind;
import org.quotekit.internal.Anonymity;
import org.quotekit.internal.Datelines;
import org.quotekit.internal.SortedSpans;
import org.quotekit.internal.SpeakerLabels;
import org.quotekit.internal.WordClasses;
import org.quotekit.resolve.Resolution.Anchor;
import org.quotekit.resolve.Resolution.Backwards;
import org.quotekit.spi.AnalyzedArticle;
import org.quotekit.spi.Sentence;
import org.quotekit.spi.Token;

/**
 * Who a pronoun that is a source mention stands for ("he said", "she added", "they argued", "it
 * said", "I think", "we asked"). "I" and "we" are the speaker of the transcript turn they stand in
 * ("VANCE: I'd say"), else the one quoted last, else, outside quotations, the article's author.
 * "He", "she" or "they" is an unnamed speaker quoted just before ("A DHSC spokeswoman said ...
 * \"We are providing more,\" she said"); for "he" or "she", a person the sentence before
 * describes and keeps unnamed, the subject an aside or an opening clause is set beside ("In his
 * assessment of the plan, Calderon warned") or the subject of the sentence before; else, for
 * "they", a plural role noun no candidate was named after ("Members of the panel were
 * unimpressed. They said"); else the most salient candidate that agrees with it among the names,
 * sources and pronouns of the last few sentences ({@link PronounSalience}); else the last speaker
 * of the gender of "he" or "she", or for "it" a name not shown to be a person. It reads the
 * article's "he" and "she" once, each with the person it most likely stands for ({@link
 * #anchors()}), and scores candidates as a pronoun would for the description rules too ("the
 * Vermont senator": {@link #features}). Part of one {@link Resolution}, whose source mentions ask
 * it in text order and whose last speakers, reasons and rules for names and roles it uses. Not
 * thread-safe; one instance per article.
 */
final class PronounResolver {

  /** How many tokens before a pronoun the mark that opens its aside may stand. */
  private static final int MAX_ASIDE = 12;
  /** Words that open the description of an unnamed person ("a shopkeeper", "one resident"). */
  private static final Set<String> UNNAMED_DETERMINERS = Set.of("a", "an", "one", "another");
  /** Tags of the words between the determiner and the head of such a description. */
  private static final Set<String> DESCRIPTION_TAGS = Set.of("ADJ", "NOUN", "NUM");
  /** How many tokens an opening phrase before a sentence's subject may run ("In Ponneri,"). */
  private static final int MAX_OPENING_PHRASE = 6;
  /** How a capitalised description of an unnamed source opens ("A tenant", "One pharmacist"). */
  private static final Pattern DESCRIBED = Pattern.compile(
      "(?i)(?:a|an|one|another|the|this|that|some)\\b");
  /** Subject pronouns that keep a person in focus when they open a sentence. */
  private static final Set<String> PERSONAL_SUBJECTS = Set.of("he", "she", "they");
  /** The key of the article's writer, whom "I" outside quotations names. */
  private static final String AUTHOR = "author";
  /** How many sentences back "they" follows sentences that open with "they" to its group. */
  private static final int THEY_CHAIN = 3;
  /** Conjunctions that open a clause before the sentence's subject ("As X grew, officials"). */
  private static final Set<String> SUBORDINATORS = Set.of("as", "while", "when", "after",
      "before", "although", "though", "because", "since", "if", "once", "until", "whereas");
  /**
   * Prepositions that, like {@link #SUBORDINATORS}, open a phrase before the sentence's subject
   * ("In his view, X said"; "Despite her doubts, Y voted").
   */
  private static final Set<String> OPENING_PREPOSITIONS = Set.of("in", "despite", "following",
      "during", "unlike", "with", "without", "amid", "upon");
  /**
   * Capitalised words only (a title before a name), or nothing; not an article ("A Millfield
   * sixth-grader, ..." opens with a description, not a title).
   */
  private static final Pattern TITLE_WORDS = Pattern.compile(
      "(?:(?!(?:A|An|The)\\s)\\p{Lu}[\\p{L}.]*\\s+)*");
  /**
   * A description opening a sentence before the name a comma sets beside it ("Tracy's older
   * sister, ", "Her lawyer, ", "The victim's mother, ", "A Rosewood fifth-grader, 10-year-old").
   */
  private static final Pattern DESCRIBED_OPENING = Pattern.compile(
      "(?:(?:The|A|An|His|Her|Their)\\s+|\\p{Lu}[\\p{L}.-]*['\u2019]s\\s+)"
      + "(?:[\\p{Ll}-]+['\u2019]s\\s+)?(?:[\\p{L}-]+\\s+){0,3}[\\p{Ll}-]+,\\s+"
      + "(?:[\\p{N}\\p{Ll}-]+-(?:year|month)-old\\s+)?"); // "A fifth-grader, 10-year-old X,"
  /**
   * A question put to the subject opening a sentence before the subject's name, with any title
   * words ("Asked whether the force could be ready by next year, President "): the name is the
   * subject of the sentence, which reports how the question was met ("smiled").
   */
  private static final Pattern ASKED_OPENING = Pattern.compile(
      "(?:Asked|Pressed|Questioned)\\b[^\"\u201C\u201D,;.]{1,200},\\s+"
      + "(?:(?!(?:A|An|The)\\s)\\p{Lu}[\\p{L}.]*\\s+)*");
  /**
   * A short phrase of time or place opening a sentence before its subject's name ("By noon, ",
   * "On Sunday, ", "Later that night, "), with any title words after it.
   */
  private static final Pattern ADVERBIAL_OPENING = Pattern.compile(
      "(?:By|On|At|After|Before|Later|Earlier|Afterwards|Minutes|Hours|Moments|Days)\\b"
      + "[^\"\u201C\u201D,;.]{0,30},\\s+(?:(?!(?:A|An|The)\\s)\\p{Lu}[\\p{L}.]*\\s+)*");
  /**
   * An opening participle clause before a sentence's subject ("Reached by telephone at his home
   * in Queens, New York, ", "Speaking after the match, "): no prepositions in -ing ("During the
   * hearing").
   */
  private static final Pattern OPENING_PARTICIPLE = Pattern.compile(
      "(?!During|According|Including|Following|Regarding|Concerning|Notwithstanding)"
      + "\\p{Lu}\\p{Ll}+(?:ed|ing)\\b[^\"\u201C\u201D;:.!?]{0,100},[ \\t]+");
  /** What may stand between a quotation's words and the cue's subject: marks and a comma. */
  private static final Pattern CLOSING_MARKS = Pattern.compile(
      "[\\s,.!?\"'\u201D\u2019\u2014\u2013-]*");
  /** "by" after a cue: the cue's source asked ("Asked by a journalist whether she ..."). */
  private static final Pattern ASKED_BY = Pattern.compile("[ \t]+by\\b");
  /** A paragraph that is only a signature: an @handle, or two to four capitalised words. */
  private static final Pattern SIGNATURE = Pattern.compile(
      "\\s*(?:@\\w+|\\p{Lu}[\\p{L}'\u2019.-]*(?:\\s+\\p{Lu}[\\p{L}'\u2019.-]*){1,3})\\.?\\s*");
  /** Signature paragraphs an article needs before its posts are read as signed below them. */
  private static final int SIGNED_POSTS = 3;
  /** "her sister, " or "his son " ending just before a name: group 1 owns, group 2 relates. */
  private static final Pattern RELATIVE_BEFORE = Pattern.compile(
      "\\b(his|her|His|Her)\\s+(\\p{L}+)\\s*,?\\s*$");

  /** A listener to the candidates a pronoun is resolved among. */
  interface PronounTrace {
    /**
     * The candidates of the pronoun at {@code pronoun} in article {@code article}: each anchor's
     * entity and features, walking back from the pronoun.
     */
    void candidates(String article, Span pronoun, List<Entity> entities, List<double[]> features);
  }

  /**
   * The run this belongs to: its quotes, lexicon, last speakers, reasons and the rules for names
   * and roles.
   */
  private final Resolution res;
  private final AnalyzedArticle article;
  private final String text;
  private final ArticleScan scan;
  private final Entities entities;
  /** The pronouns outside quotations with their persons ({@link #anchors()}); lazy. */
  private List<Anchor> anchors;
  /** The run's names, as anchors in text order. */
  private final List<Anchor> nameAnchors;
  /** The source mentions resolved so far, as anchors in text order. */
  private final List<Anchor> sourceAnchors;
  /**
   * Receives each pronoun's scored candidates (for training {@link PronounSalience}'s weights);
   * null, as it always is outside training. One run's own, so that a trace never sees another
   * thread's articles.
   */
  private final PronounTrace pronounTrace;
  /** Which paragraphs are only a signature ({@link #SIGNATURE}); null until read. */
  private boolean[] signatures;
  /** How many paragraphs are only a signature. */
  private int signed;

  PronounResolver(Resolution res, AnalyzedArticle article, ArticleScan scan, Entities entities,
      List<Anchor> nameAnchors, List<Anchor> sourceAnchors, PronounTrace pronounTrace) {
    this.res = res;
    this.article = article;
    this.scan = scan;
    this.entities = entities;
    this.nameAnchors = nameAnchors;
    this.text = article.text();
    this.sourceAnchors = sourceAnchors;
    this.pronounTrace = pronounTrace;
  }

  /**
   * The writer of paragraph {@code p} in an article of readers' posts or letters, each signed by
   * a paragraph that is only a name or an @handle ("I think it is time ..." then "@harbourfan."):
   * the article has at least {@link #SIGNED_POSTS} such paragraphs, {@code p} is none and the
   * next paragraph is one. The name's entity, or a new person of that name; null otherwise.
   */
  private Entity signatureAfter(int p) {
    List<Span> paragraphs = article.paragraphs();
    if (signatures == null) {
      signatures = new boolean[paragraphs.size()];
      for (int k = 0; k < signatures.length; k++) {
        signatures[k] = SIGNATURE.matcher(paragraphs.get(k).text()).matches();
        signed += signatures[k] ? 1 : 0;
      }
    }
    if (signed < SIGNED_POSTS || p + 1 >= signatures.length || signatures[p]
        || !signatures[p + 1]) {
      return null;
    }
    Span next = paragraphs.get(p + 1);
    String name = next.text().strip();
    name = name.endsWith(".") ? name.substring(0, name.length() - 1) : name;
    NameMention n = entities.nameAt(next.start() + next.text().indexOf(name.charAt(0)));
    if (n != null && n.entity != null) {
      return n.entity;
    }
    Entity e = entities.keyed("signature:" + name, SpeakerKind.PERSON);
    e.name(name);
    return e;
  }

  /**
   * For "he" or "she" that no entity agrees with for sure: the nearest name outside quotations
   * before it, in its sentence or the one before and in its paragraph, that is a subject and may
   * be a person of that gender (a person, or a full name of no kind yet: "When Corwin Moberly, the
   * campaign's manager, was asked ..., he laughed"); not a place, a group, a thing, an acronym or
   * a headline's name ("Water boss sorry" above "The chief executive of Tarn Water has told MPs
   * she"). Null when none.
   */
  private Entity nearSubject(Pronoun pc, Span at, Sentence s) {
    Backwards back = new Backwards(at.start(), nameAnchors);
    for (Anchor a = back.nextNear(s); a != null; a = back.nextNear(s)) {
      Entity e = a.entity();
      if (e == null || a.end() > at.start() || a.inQuote() || s.index() - a.sentence() > 1
          || a.paragraph() != s.paragraph()) {
        continue; // a headline's "Water boss sorry" names no one for the lead's "she"
      }
      if (a.subject() && mayBeOne(pc, e)
          && (e.kind == SpeakerKind.PERSON || e.kind == SpeakerKind.UNKNOWN && e.first != null)) {
        return e;
      }
    }
    return null;
  }

  /**
   * The entity a pronoun refers to: among the entities mentioned in the last few sentences that
   * agree with it in number and gender, the best by recency, subject position, having spoken, and
   * not being mentioned inside a quotation; a new entity when none agrees.
   */
  Entity resolve(String word, Span at, Quote q) {
    Pronoun pc = Pronoun.of(word);
    Sentence s = article.sentenceAt(at.start());
    Entity turn = pc == Pronoun.FIRST || pc == Pronoun.FIRST_PLURAL ? turnSpeaker(at) : null;
    if (turn != null) {
      return res.because(turn, "pronoun", quoted(word) + " speaks in the transcript turn of "
          + label(turn) + ", whose label opens the paragraph");
    }
    Entity signed = pc == Pronoun.FIRST && !scan.inQuote(at.start())
        ? signatureAfter(s.paragraph()) : null;
    if (signed != null) { // readers' posts, each signed in the paragraph after it
      return res.because(signed, "pronoun", quoted(word) + " writes the post that "
          + label(signed) + " signs in the next paragraph");
    }
    if (pc == Pronoun.FIRST && res.lastPersonSpeaker != null
        && s.paragraph() - res.lastPersonParagraph <= 1
        || pc == Pronoun.FIRST_PLURAL && scan.inQuote(at.start()) && res.lastSpeaker != null) {
      // "I" in news text is the person being quoted (often in a quotation the marks missed).
      Entity e = pc == Pronoun.FIRST ? res.lastPersonSpeaker : res.lastSpeaker;
      return res.because(e, "pronoun", quoted(word) + " is the speaker quoted last, " + label(e));
    }
    Quote around = res.lastSpeakerQuote;
    if ((pc == Pronoun.FIRST || pc == Pronoun.FIRST_PLURAL) && res.lastSpeaker != null
        && around != null && around.content().start() < at.start()
        && res.lastSpeakerEnd > at.start()) {
      // an interview's answer without quotation marks: "Some, yes. We expect to cut ..."
      return res.because(res.lastSpeaker, "pronoun", quoted(word) + " speaks inside the words "
          + label(res.lastSpeaker) + " says around it");
    }
    if ((pc == Pronoun.FIRST || pc == Pronoun.FIRST_PLURAL) && !scan.inQuote(at.start())) {
      // "As I wrote last week", "we asked the campaign": the writer, outside any quotation
      Entity author = entities.keyed(AUTHOR, SpeakerKind.PERSON);
      author.name("the author");
      return res.because(author, "pronoun", quoted(word) + " outside quotations, with no one quoted"
          + " just before, is the article's author");
    }
    res.because(null, "pronoun", quoted(word) + " refers to no earlier speaker");
    switch (pc) {
      case FIRST -> {
        return entities.keyed("pronoun:i", SpeakerKind.PERSON);
      }
      case FIRST_PLURAL -> {
        Entity we = entities.keyed("pronoun:we", SpeakerKind.GROUP);
        we.plural = true;
        return we;
      }
      case SECOND -> {
        return entities.fresh(SpeakerKind.UNKNOWN, false);
      }
      default -> { }
    }
    Entity asker = askerBefore(at, s);
    Entity unnamed = unnamedLastSpeaker(pc, at, s, q);
    if (unnamed != null && unnamed != asker) {
      return res.because(unnamed, "pronoun", quoted(word) + " follows " + label(unnamed)
          + ", quoted just before it with no one named between, whom it stands for");
    }
    Entity kept = unnamedSubjectBefore(pc, at, q);
    if (kept != null) {
      return res.because(kept, "pronoun", quoted(word) + " follows " + label(kept)
          + ", the subject of the sentence before, who spoke on condition of not being named");
    }
    Entity aside = pc == Pronoun.MALE || pc == Pronoun.FEMALE ? asideSubject(pc, at, s) : null;
    if (aside != null) {
      return res.because(aside, "pronoun", quoted(word) + " stands in an aside set off after "
          + label(aside) + ", the subject it describes");
    }
    Entity ahead = pc == Pronoun.MALE || pc == Pronoun.FEMALE ? openingClauseSubject(pc, at, s)
        : null;
    if (ahead != null) {
      return res.because(ahead, "pronoun", quoted(word) + " opens its sentence's opening clause; "
          + label(ahead) + ", the subject after that clause, is who it stands for");
    }
    Entity topic = pc == Pronoun.MALE || pc == Pronoun.FEMALE ? describedSubjectBefore(pc, at, s)
        : null;
    if (topic != null) {
      return res.because(topic, "pronoun", quoted(word) + " opens its sentence after one about "
          + label(topic) + ", its subject, that quotes no one");
    }
    Entity role = pc == Pronoun.MALE || pc == Pronoun.FEMALE ? roleSubjectBefore(pc, at, s, true)
        : null;
    if (role != null) {
      return role;
    }
    Entity reported = pc == Pronoun.MALE || pc == Pronoun.FEMALE ? reportedSubject(pc, at, s)
        : null;
    if (reported != null) {
      return res.because(reported, "pronoun", quoted(word) + " opens its sentence after a report"
          + " by " + label(res.lastSpeaker) + ", no person, about what " + label(reported)
          + " did or said");
    }
    Entity best = null;
    double bestScore = Double.NEGATIVE_INFINITY;
    // "TANE KERR: ... he said, 'Mate, ...'": who speaks a turn calls no one there "he"
    Entity self = pc == Pronoun.MALE || pc == Pronoun.FEMALE ? turnSpeaker(at) : null;
    Backwards back = new Backwards(at.start(), nameAnchors, sourceAnchors, anchors());
    Anchor mainSubject = null; // the last subject named in a sentence, seen walking back
    PronounTrace trace = pronounTrace;
    List<Entity> traced = trace == null ? null : new ArrayList<>();
    List<double[]> tracedFeatures = trace == null ? null : new ArrayList<>();
    for (Anchor a = back.nextNear(s); a != null; a = back.nextNear(s)) {
      Entity e = a.entity();
      if (e == null || e == self || e == asker || a.end() > at.start() || !agrees(pc, e)
          || AUTHOR.equals(e.key)
          || a.sentence() == s.index() && relativeOfPronoun(a.start(), pc)) {
        continue; // the writer ("When I mentioned this, the chef ... he admitted") is no "he",
        // nor "Margaret" in "In a letter to her sister, Margaret, she wrote"
      }
      if (pc == Pronoun.NEUTER && e.place && !(a.subject() && s.index() - a.sentence() <= 1)) {
        continue; // a place is "it" as a subject of this sentence or the one before only
      }
      boolean namedSubject = !a.source() && a.subject() && !a.inQuote();
      boolean subordinate = mainSubject != null && mainSubject.sentence() == a.sentence()
          && mainSubject.entity() != e && !namedSubject && a.end() <= mainSubject.start();
      if (!subordinate && namedSubject) {
        mainSubject = afterComma(a.start()) ? a : null; // ", Ban demurred" ends an opening clause
      }
      double[] f = features(a, s, pc, a.inQuote() || inside(q, a.start()), subordinate);
      double score = PronounSalience.score(f);
      if (trace != null) {
        traced.add(e);
        tracedFeatures.add(f);
      }
      if (score > bestScore) {
        best = e;
        bestScore = score;
      }
    }
    if (trace != null) {
      trace.candidates(article.article().id(), at, traced, tracedFeatures);
    }
    Entity group = pc == Pronoun.PLURAL ? pluralNoun(at, best) : null;
    if (group != null) {
      return group;
    }
    if (best != null) {
      return res.because(best, "pronoun", quoted(word) + " agrees in number and gender with "
          + label(best) + ", the most salient candidate before it");
    }
    Entity near = pc == Pronoun.MALE || pc == Pronoun.FEMALE ? nearSubject(pc, at, s) : null;
    near = near == self || near == asker ? null : near; // the turn's speaker, the asker
    if (near != null) {
      return res.because(near, "pronoun", "no entity near " + quoted(word) + " agrees with it"
          + " for sure; " + label(near) + ", named as a subject just before and of no gender"
          + " or kind that disagrees, speaks");
    }
    Entity speaker = pc == Pronoun.MALE || pc == Pronoun.FEMALE
        ? lastSpeakerFor(pc, at.start()) : null;
    if (speaker != null && speaker != self) {
      return res.because(speaker, "pronoun", "no entity near " + quoted(word) + " agrees with it; "
          + label(speaker) + ", the last speaker it may stand for, speaks");
    }
    Entity unsure = pc == Pronoun.NEUTER ? res.unsureNameAsBody(at.start(), s.paragraph() - 1)
        : null;
    if (unsure != null) { // "Nabisco will cut 600 jobs ..., it said"
      return res.because(unsure, "pronoun", "no entity before " + quoted(word) + " agrees with it; "
          + label(unsure) + ", named last as a subject, which nothing showed to be a person,"
          + " is what it stands for");
    }
    Entity described = pc == Pronoun.MALE || pc == Pronoun.FEMALE
        ? roleSubjectBefore(pc, at, s, false) : null;
    if (described != null) {
      return described;
    }
    res.because(null, "pronoun", "no entity before " + quoted(word) + " agrees with it");
    return switch (pc) {
      case MALE, FEMALE -> {
        Entity e = entities.fresh(SpeakerKind.PERSON, false);
        e.declared = pc.gender();
        yield e;
      }
      case PLURAL -> entities.fresh(SpeakerKind.UNKNOWN, true);
      default -> entities.fresh(SpeakerKind.UNKNOWN, false);
    };
  }

  /**
   * The third-person singular pronouns outside quotations ("he", "her"), each with the person it
   * most likely stands for, read once per article in text order: a pronoun then weighs the chain
   * of pronouns before it as mentions of their person ("Carson ... he'd been offered a place at
   * West Point ... he said" is Carson's, not West Point's). Each goes to the best person by
   * recency and subject position among the names and pronouns of the last few sentences that
   * agree with it; a nominative pronoun ("he", "she") counts as a subject.
   */
  List<Anchor> anchors() {
    if (anchors != null) {
      return anchors;
    }
    anchors = new ArrayList<>();
    for (ArticleScan.Pronoun p : scan.pronouns) {
      Pronoun pc = p.gender() == Gender.MALE ? Pronoun.MALE : Pronoun.FEMALE;
      Sentence s = article.sentenceAt(p.start());
      Entity best = null;
      double bestScore = Double.NEGATIVE_INFINITY;
      Backwards back = new Backwards(p.start(), nameAnchors, anchors);
      for (Anchor a = back.nextNear(s); a != null; a = back.nextNear(s)) {
        Entity e = a.entity();
        if (e == null || !agrees(pc, e)) {
          continue;
        }
        double score = salience(a, s, pc, a.inQuote());
        if (score > bestScore) {
          best = e;
          bestScore = score;
        }
      }
      if (best != null) {
        int end = p.start();
        while (end < text.length() && Character.isLetter(text.charAt(end))) {
          end++;
        }
        String word = lower(text.substring(p.start(), end));
        anchors.add(new Anchor(p.start(), end, s.index(), s.paragraph(),
            word.equals("he") || word.equals("she"), false, false, best));
      }
    }
    return anchors;
  }

  /**
   * What every pronoun candidate's score holds ({@link PronounSalience}'s first five features):
   * how many sentences and paragraphs back it is, whether it is a subject, inside a quotation
   * ({@code quoted}), of the pronoun's known gender ({@code pc}, null for none).
   */
  private static double salience(Anchor a, Sentence s, Pronoun pc, boolean quoted) {
    return PronounSalience.score(salienceFeatures(a, s, pc, quoted));
  }

  private static double[] salienceFeatures(Anchor a, Sentence s, Pronoun pc, boolean quoted) {
    Gender g = a.entity().gender();
    double[] f = new double[PronounSalience.FEATURES.size()];
    f[PronounSalience.SENTENCES] = s.index() - a.sentence();
    f[PronounSalience.PARAGRAPHS] = s.paragraph() - a.paragraph();
    f[PronounSalience.SUBJECT] = a.subject() ? 1 : 0;
    f[PronounSalience.QUOTED] = quoted ? 1 : 0;
    f[PronounSalience.GENDER] = pc != null && g != Gender.UNKNOWN
        && (pc == Pronoun.MALE) == (g == Gender.MALE) ? 1 : 0;
    return f;
  }

  /**
   * What a pronoun's candidate anchor is scored by, in {@link PronounSalience}'s order: how many
   * sentences and paragraphs back it is, whether it is a subject, inside a quotation ({@code
   * quoted}), of the pronoun's known gender, in an opening clause before a named subject
   * ({@code subordinate}: "Asked whether ... Donald Trump, who ..., Ban demurred. He said"), a
   * source, the speaker quoted last, in a question outside quotations, an entity that has spoken,
   * one named first in the lead, the subject of the pronoun's own sentence.
   */
  double[] features(Anchor a, Sentence s, Pronoun pc, boolean quoted,
      boolean subordinate) {
    Entity e = a.entity();
    double[] f = salienceFeatures(a, s, pc, quoted);
    f[PronounSalience.SUBORDINATE] = subordinate ? 1 : 0;
    f[PronounSalience.SOURCE] = a.source() ? 1 : 0;
    f[PronounSalience.LAST_SPEAKER] = e == res.lastSpeaker ? 1 : 0;
    f[PronounSalience.SUBJECT_HERE] = a.sentence() == s.index() && a.subject() && !quoted
        && !subordinate ? 1 : 0; // "Clinton said she would": the subject of its own sentence
    boolean all = pronounTrace != null; // the features the weights leave at 0: for training only
    if (all || PronounSalience.weighs(PronounSalience.QUESTION)) {
      f[PronounSalience.QUESTION] = !quoted && question(a.sentence()) ? 1 : 0;
    }
    if (all || PronounSalience.weighs(PronounSalience.SPOKE)) {
      f[PronounSalience.SPOKE] = e.speaker ? 1 : 0;
    }
    if (all || PronounSalience.weighs(PronounSalience.LEAD)) {
      f[PronounSalience.LEAD] = article.sentenceAt(e.firstOffset()).paragraph()
          < Resolution.LEAD_PARAGRAPHS ? 1 : 0;
    }
    return f;
  }

  /**
   * The speaker quoted just before a pronoun when the text described and never named them ("A
   * DHSC spokeswoman said ... \"We are providing more,\" she said"): the last quote ends in the
   * sentence where the pronoun's quotation opens or the one before, in its paragraph or the one
   * before (wire copy gives a quotation a paragraph of its own); its source opens as a
   * description does ("A tenant", not a name the scan missed); its speaker is one person
   * described and unnamed ("A spokeswoman", "One pharmacist") whose gender does not conflict
   * ("they" only for one with a role of no gender: "A spokesperson"); and no one the pronoun
   * could stand for is named from the start of the last quote's sentence, or its source's, to
   * the pronoun, but inside that quote's source ("A ferry operator in Kilmore"). Null otherwise:
   * such a speaker is no candidate of the salience ranking, where an unnamed person mentioned in
   * passing would win too often.
   */
  private Entity unnamedLastSpeaker(Pronoun pc, Span at, Sentence s, Quote q) {
    return unnamedLastSpeaker(e -> switch (pc) {
      case MALE -> e.declared.compatible(Gender.MALE);
      case FEMALE -> e.declared.compatible(Gender.FEMALE);
      case PLURAL -> e.declared == Gender.UNKNOWN // "A spokesperson", "Another pal": "they"
          && (!e.roles.isEmpty()
              || Resolution.ONE_DESCRIBED.matcher(e.canonicalName()).lookingAt());
      default -> false;
    }, a -> agrees(pc, a.entity()), at, s, q);
  }

  /**
   * Whether one or two sentences stand between sentences {@code last} and {@code next}, each
   * opening on "he", "she" or "they" ("A nurse said ... She asked not to be named. '...,' she
   * said"): the speaker stays in focus through them.
   */
  private boolean pronounSubjectsBetween(Sentence last, Sentence next) {
    int gap = next.index() - last.index() - 1;
    if (gap < 1 || gap > 2) {
      return false;
    }
    for (int k = last.index() + 1; k < next.index(); k++) {
      List<Token> toks = article.tokens(article.sentences().get(k));
      if (toks.isEmpty() || !PERSONAL_SUBJECTS.contains(lower(toks.get(0).text()))) {
        return false;
      }
    }
    return true;
  }

  /**
   * As {@link #unnamedLastSpeaker(Pronoun, Span, Sentence, Quote)} for a mention that the last
   * speaker must {@code fit}, and that the entity of a name anchor since which {@code blocks}
   * may stand for instead.
   */
  Entity unnamedLastSpeaker(Predicate<Entity> fit, Predicate<Anchor> blocks, Span at,
      Sentence s, Quote q) {
    Entity e = res.lastSpeaker;
    if (e == null || e.kind != SpeakerKind.UNKNOWN || e.plural || e.thing
        || !e.names.isEmpty() || res.lastSpeakerEnd > at.start()) {
      return null;
    }
    Sentence last = article.sentenceAt(Math.max(0, res.lastSpeakerEnd - 1));
    Sentence opening = q == null ? s : quoteOpening(q, at);
    if (opening.index() - last.index() > 1 && !pronounSubjectsBetween(last, opening)
        || opening.paragraph() != s.paragraph() || s.paragraph() - res.lastSpeakerParagraph > 1) {
      return null; // a quotation may open the next paragraph, as wire copy sets one
    }
    if (!fit.test(e)) {
      return null;
    }
    Span source = res.lastSpeakerQuote.source().orElse(null);
    if (source != null && Character.isUpperCase(text.charAt(source.start()))
        && !DESCRIBED.matcher(source.text()).lookingAt()
        && !DESCRIBED.matcher(e.canonicalName()).lookingAt()) { // "A source close to [Chloe]"
      return null; // "In 't Veld sees ...": a name the scan missed, not someone described
    }
    int from = last.start();
    if (source != null) { // "..., said Cuban, who is also a host on ...": named there
      from = Math.min(from, article.sentenceAt(source.start()).start());
    }
    int describedEnd = describedEnd(res.lastSpeakerQuote);
    String[] words = Splits.SPACES.split(e.canonicalName().strip());
    // "A neighbour said he had helped Pete Vanderhoek. \"...,\" he said": a person described
    // (not "polls") goes on in a sentence of its own past the names in what they said
    boolean goesOn = s.index() > last.index()
        && wordNetPerson(words[DescriptionAntecedents.headIndex(words)]);
    Span said = res.lastSpeakerQuote.content();
    for (int k = anchorIndex(nameAnchors, from) + 1;
        k < nameAnchors.size() && nameAnchors.get(k).start() < at.start(); k++) {
      Anchor a = nameAnchors.get(k);
      boolean described = source != null && a.start() >= source.start()
          && a.end() <= describedEnd; // "A ferry operator in Kilmore ... he said"
      boolean reported = goesOn && a.start() >= said.start() && a.end() <= said.end();
      if (a.end() <= at.start() && !a.inQuote() && a.entity() != null && a.entity() != e
          && !described && !reported && blocks.test(a)) {
        return null;
      }
    }
    return e;
  }

  /**
   * The unnamed source a "he" or "she" quoted right after stands for when the sentence before
   * opens, past an opening phrase, on a person so described and kept unnamed, who did not speak
   * there ("In Ponneri, a shopkeeper who asked not to be identified was blunter. \"...,\" he
   * said"): a new entity named by the description. Null when that sentence holds a quote, opens
   * otherwise, its noun is no person's or of the other gender, or someone the pronoun could stand
   * for is named between the description and the pronoun.
   */
  private Entity unnamedSubjectBefore(Pronoun pc, Span at, Quote q) {
    if (pc != Pronoun.MALE && pc != Pronoun.FEMALE || q == null) {
      return null;
    }
    Sentence s = article.sentenceAt(at.start());
    Sentence opening = quoteOpening(q, at);
    if (opening.index() == 0 || opening.paragraph() != s.paragraph()) {
      return null;
    }
    Sentence before = article.sentences().get(opening.index() - 1);
    if (opening.paragraph() - before.paragraph() > 1) {
      return null;
    }
    if (res.quoteIndex.contentOverlaps(before.span())) {
      return null; // one who spoke there is the last speaker's business
    }
    List<Token> toks = article.tokens(before);
    List<String> tags = article.tags(before);
    int i = 0;
    if (!toks.isEmpty() && ArticleScan.base(tags.get(0)).equals("ADP")) {
      while (i < toks.size() && i < MAX_OPENING_PHRASE && !toks.get(i).text().equals(",")) {
        i++; // "In Ponneri,"
      }
      i++;
    }
    if (i >= toks.size() || !UNNAMED_DETERMINERS.contains(lower(toks.get(i).text()))) {
      return null;
    }
    int j = i + 1;
    while (j < toks.size() && Character.isLowerCase(toks.get(j).text().charAt(0))
        && DESCRIPTION_TAGS.contains(ArticleScan.base(tags.get(j)))) {
      j++;
    }
    String head = j > i + 1 ? lower(toks.get(j - 1).text()) : "";
    if (head.isEmpty() || !ArticleScan.base(tags.get(j - 1)).equals("NOUN")
        || !res.isRole(head) && !wordNetPerson(head) && !wordNetSomeone(head)) {
      return null;
    }
    boolean kept = false;
    for (int k = j; k < Math.min(toks.size(), j + 4) && !kept; k++) {
      kept = Anonymity.opensAt(toks, k); // "a shopkeeper who asked not to be identified"
    }
    Gender g = res.lexicon.genderOf(SpeakerLexicon.Kind.ROLE, head);
    if (!kept || !g.compatible(pc.gender())) {
      return null;
    }
    for (int k = anchorIndex(nameAnchors, toks.get(j - 1).end()) + 1;
        k < nameAnchors.size() && nameAnchors.get(k).start() < at.start(); k++) {
      Anchor a = nameAnchors.get(k);
      if (!a.inQuote() && a.entity() != null && agrees(pc, a.entity())) {
        return null;
      }
    }
    Span description = new Span(toks.get(i).start(), toks.get(j - 1).end(),
        text.substring(toks.get(i).start(), toks.get(j - 1).end()));
    Entity e = entities.keyed("unnamed-subject:" + description.start(), SpeakerKind.UNKNOWN);
    e.label(description);
    e.declared = g;
    return e;
  }

  /**
   * The sentence where the quotation of a pronoun at {@code at} opens, which may be sentences
   * before the pronoun ("I thought ... first. Then I saw ...," she said).
   */
  private Sentence quoteOpening(Quote q, Span at) {
    return article.sentenceAt(Math.min(Math.max(0, q.content().start()), at.start()));
  }

  /**
   * Where the description of a quote's speaker ends: at the cue when it follows the source in
   * its sentence past an apposition ("A patient in the trial, a retired bus driver from Leeds
   * ..., said"), else at the source's end; 0 for a quote with no source.
   */
  private int describedEnd(Quote q) {
    Span src = q.source().orElse(null);
    if (src == null) {
      return 0;
    }
    int cue = q.cue().map(c -> c.span().start()).orElse(-1);
    boolean apposition = cue > src.end() && text.startsWith(",", src.end())
        && article.sentenceAt(cue).index() == article.sentenceAt(src.start()).index();
    return apposition ? cue : src.end();
  }

  /** Whether sentence {@code index} asks a question: its last mark, past closing quotes, is '?'. */
  private boolean question(int index) {
    Span span = article.sentences().get(index).span();
    return SpeakerLabels.endsInQuestion(text, span.start(), span.end());
  }

  /**
   * Who asked the question quoted last when it stands in the pronoun's own sentence before it
   * ("Asked by a journalist whether she was relieved, she said"): the pronoun answers, so it is
   * someone else; null otherwise.
   */
  private Entity askerBefore(Span at, Sentence s) {
    Quote asked = res.lastSpeakerQuote;
    if (asked == null || res.lastSpeakerEnd > at.start() || asked.cue().isEmpty()
        || !asked.cue().get().lemma().equals("ask")) {
      return null;
    }
    Sentence question = article.sentenceAt(asked.content().start());
    if (question.index() == s.index() - 1 && question.paragraph() == s.paragraph()
        && res.lastSpeaker != null && res.lastSpeaker.names.isEmpty()
        && !scan.inQuote(asked.content().start()) && Resolution.QUESTION_AFTER.matcher(text)
            .region(asked.cue().get().span().end(), text.length()).lookingAt()) {
      return res.lastSpeaker; // "When a reporter asked why ..., the chief paused. '...,' he said"
    }
    if (question.index() != s.index()) {
      return null;
    }
    // passive only: "X ... asked listeners to give, which she said" may be X's own
    return ASKED_BY.matcher(text).region(asked.cue().get().span().end(), text.length())
        .lookingAt() ? res.lastSpeaker : null;
  }

  /**
   * Who speaks a transcript turn that holds a first-person pronoun outside quotation marks: the
   * turn's paragraph opens with a speaker label ({@link SpeakerLabels}: "VANCE: I'd say ...", "A:
   * We never ...", "Jake Tapper: I ...") naming a person named before it. In a transcript the
   * turn's speaker says "I", whoever was quoted last. Null when the paragraph opens with no such
   * label or the pronoun is quoted.
   */
  private Entity turnSpeaker(Span at) {
    if (scan.inQuote(at.start())) {
      return null;
    }
    Span paragraph = article.paragraphs().get(article.sentenceAt(at.start()).paragraph());
    SpeakerLabels.Label l = SpeakerLabels.of(text, paragraph.start(), paragraph.end());
    if (l == null || paragraph.start() + l.colon() > at.start()) {
      return null;
    }
    Span label = Span.of(text, paragraph.start() + l.open(), paragraph.start() + l.nameEnd());
    Entity e = res.interviewLabel(label);
    if (e == null) {
      NameMention n = entities.nameAt(label.start());
      e = n != null && n.span.end() == label.end() ? n.entity : null;
    }
    // a person named before the label ("Host Janelle Whitacre speaks with ..."), not a word in
    // capitals that merely opens a paragraph with a colon ("UPDATE: I ...")
    return e != null && e.kind == SpeakerKind.PERSON && e.firstOffset() < label.start() ? e
        : null;
  }

  /**
   * The person a "he" or "she" opening its sentence, or right after a quotation that opens it,
   * stands for when the sentence before it, in its paragraph, is about a person it names as its
   * subject and quotes no one ("Marsh, speaking after the match, was more measured. He said
   * ...", "Bassist Morven Kerr is blunt about the early years. \"We were skint,\" she says";
   * also a name set beside a description that opens the sentence: "Tracy's older sister, Dawn
   * Keller, stood beside the sheriff. She said"; also a lone surname nothing else showed to be a
   * person's: "Ellison dodged the question. ... he said"; also after a question put to it:
   * "Asked whether ..., President Mabanza smiled"): that subject, though someone else
   * spoke last;
   * null when that sentence holds a quote or opens with no agreeing named subject.
   */
  private Entity describedSubjectBefore(Pronoun pc, Span at, Sentence s) {
    Sentence before = sentenceBeforeOpening(at, s);
    if (before == null) {
      return null;
    }
    // "X, the chief negotiator, dismissed it." alone, then a paragraph that opens with a
    // quotation and "he told reporters"
    boolean lone = Resolution.sentenceBefore(article, s) == null;
    int k = anchorIndex(nameAnchors, before.start()) + 1;
    for (int end = Math.min(nameAnchors.size(), k + 2); k < end; k++) {
      Anchor a = nameAnchors.get(k);
      if (a.start() >= before.end()) {
        return null;
      }
      Entity e = a.entity();
      if (text.startsWith("'s", a.end()) || text.startsWith("\u2019s", a.end())) {
        continue; // "Tracy's older sister, Dawn Keller,": the owner is no subject
      }
      boolean opens = TITLE_WORDS.matcher(text).region(before.start(), a.start()).matches()
          || DESCRIBED_OPENING.matcher(text).region(before.start(), a.start()).matches()
          || ASKED_OPENING.matcher(text).region(before.start(), a.start()).matches()
          || ADVERBIAL_OPENING.matcher(text).region(before.start(), a.start()).matches();
      if (opens) { // "Marsh, speaking ...", "Tracy's older sister, Dawn Keller, stood ..."
        return a.subject() && !a.inQuote() && e != null && !unsureFullName(e)
            && (e.person() && agrees(pc, e) && (!lone || e.first != null || titled(a))
                || !lone && loneName(pc, e)) ? e : null;
      }
    }
    return null;
  }

  /** Whether the name at an anchor has a title written with it ("President Mabanza"). */
  private boolean titled(Anchor a) {
    NameMention n = entities.nameAt(a.start());
    return n != null && n.titled;
  }

  /**
   * The sentence a "he" or "she" goes on from when it opens sentence {@code s} or follows a
   * quotation that opens it or its paragraph: the sentence before in its paragraph, else the
   * paragraph before when that is one sentence; null when the pronoun opens nothing, there is no
   * such sentence, or it reports speech other than a question put to its subject.
   */
  private Sentence sentenceBeforeOpening(Span at, Sentence s) {
    List<Token> toks = article.tokens(s);
    Sentence opened = toks.isEmpty() ? null : quotationOpeningEarlierSentence(at, s);
    if (opened != null) {
      s = opened; // "\"If the money comes, yes. If not, ...,\" he said" opens its paragraph
    } else if (toks.isEmpty() || toks.get(0).start() != at.start()
        && !afterOpeningQuotation(at, s)
        && !OPENING_PARTICIPLE.matcher(text).region(s.start(), at.start()).matches()) {
      return null;
    }
    Sentence before = Resolution.sentenceBefore(article, s);
    if (before == null) {
      before = loneSentenceBefore(s);
    }
    return before == null || reportedIn(before.span())
        && !ASKED_OPENING.matcher(text).region(before.start(), before.end()).lookingAt()
        ? null : before; // the question put to someone ("Asked whether ..., X smiled") is no
    // one's speech that the pronoun could go on from
  }

  /**
   * The unnamed person a "he" or "she" stands for when no one before it agrees with it, and it
   * opens its sentence or follows a quotation that opens it: the description whose head, a role
   * noun in the singular, opens the sentence before ({@link #sentenceBeforeOpening}) as its
   * subject ("The director of education met the union on Friday. He said ...", "A police officer
   * was hurt when ... She said"), resolved as that description would be as a source, and a
   * mention of it. Null otherwise. Tried last; {@link #unnamedSubjectBefore}, tried first, reads
   * only a source the text keeps anonymous ("a shopkeeper who asked not to be identified").
   * When {@code named}, only a description that stands for a person the text named ("The chief
   * executive hesitated.", after "X, the chief executive of Y"), in a sentence that names no
   * one: then it is tried before the most salient person, who may be someone quoted since.
   */
  private Entity roleSubjectBefore(Pronoun pc, Span at, Sentence s, boolean named) {
    Sentence before = sentenceBeforeOpening(at, s);
    if (before == null) {
      return null;
    }
    Span subject = roleSubject(before);
    if (subject == null || named && namesIn(before)) {
      return null; // "The administrator is Denise Roth": the name, not the role, is read first
    }
    Entity e = named ? roleHolder(subject)
        : res.described(new SourceReading(article, subject, entities, res.lexicon), subject);
    String[] words = Splits.SPACES.split(subject.text().strip());
    if (e == null && named && words.length == 2) { // "His father did not disagree."
      e = res.kinBySurname(words[1].toLowerCase(Locale.ROOT),
          words[0].toLowerCase(Locale.ROOT), subject.start());
    }
    if (e == null || e.plural
        || e.kind != SpeakerKind.PERSON // "A nurse" is a person unknown
        && !(e.kind == SpeakerKind.UNKNOWN && !e.thing && e.names.isEmpty())
        || !e.gender().compatible(pc.gender())) {
      return null;
    }
    e.label(subject);
    e.addOther(subject, "subject", quoted(subject.text()) + " is the subject of its sentence");
    return res.because(e, "pronoun", quoted(at.text()) + " opens its sentence after one about "
        + quoted(subject.text()) + ", its subject, "
        + (named ? "which stands for " + label(e) : "and no one named before agrees with it"));
  }

  /**
   * The one named person the text gave, before the description, the role that description heads
   * ("The chief executive" after "Dermot Quill, the chief executive of ..."); null when it gave
   * it no one or more than one. Read off the roles as they stand, so that a description no one
   * holds links nothing.
   */
  private Entity roleHolder(Span description) {
    String text = description.text().strip();
    String head = res.lexicon.roleHead(text.substring(text.lastIndexOf(' ') + 1)
        .toLowerCase(Locale.ROOT));
    Entity only = null;
    for (Entity c : entities.withRole(head)) {
      boolean given = c.kind == SpeakerKind.PERSON && !c.names.isEmpty() && c.roles.stream()
          .anyMatch(r -> r.start() < description.start()
              && res.lexicon.roleHead(r.head()).equals(head));
      if (given && only != null) {
        return null;
      }
      only = given ? c : only;
    }
    return only;
  }

  /** Whether sentence {@code s} names someone. */
  private boolean namesIn(Sentence s) {
    int k = anchorIndex(nameAnchors, s.start()) + 1;
    return k < nameAnchors.size() && nameAnchors.get(k).start() < s.end();
  }

  /**
   * The description that opens sentence {@code s} as its subject, when it is an unnamed person:
   * a determiner or an owner first ("The", "A", "The town's", or a possessive pronoun before a
   * relation: "His father"), words in small letters up to a role noun in the singular, then a
   * verb, or a complement ("of education", "at the clinic") and a verb within a few words. Null
   * otherwise: a name, a plural, a pronoun, a quotation.
   */
  private Span roleSubject(Sentence s) {
    List<Token> toks = article.tokens(s);
    List<String> tags = article.tags(s);
    boolean owned = toks.size() > 1 && Resolution.OWNERS.contains(lower(toks.get(0).text()))
        && Resolution.RELATIONS.contains(lower(toks.get(1).text())); // "His father"
    if (toks.size() < 3 || !ArticleScan.base(tags.get(0)).equals("DET") && !owned
        || scan.inQuote(toks.get(0).start())) {
      return null;
    }
    int head = -1;
    int k = 1;
    for (; k < toks.size() && k <= MAX_SUBJECT_WORDS; k++) {
      String tag = ArticleScan.base(tags.get(k));
      String w = toks.get(k).text();
      if (tag.equals("VERB") || tag.equals("AUX")
          || DescriptionAntecedents.DESCRIPTION_ENDS.contains(w)) {
        break;
      }
      if (!w.equals("'s") && !w.equals("\u2019s") && !tag.equals("ADJ") && !tag.equals("NOUN")) {
        return null; // a name ("The Rev. Ann Cole"), a number, a comma: not a plain description
      }
      head = tag.equals("NOUN") && !w.equals("'s") && !w.equals("\u2019s") ? k : -1;
    }
    if (head < 0 || k >= toks.size() || k > MAX_SUBJECT_WORDS) {
      return null;
    }
    String noun = toks.get(head).text();
    if (!res.isRole(noun) && !Resolution.wordNetPerson(noun)) {
      return null;
    }
    int end = head;
    if (!ArticleScan.base(tags.get(k)).equals("VERB") && !ArticleScan.base(tags.get(k))
        .equals("AUX")) { // "of education", "at the clinic": up to the verb
      int verb = k + 1;
      while (verb < toks.size() && verb - k <= MAX_SUBJECT_WORDS
          && !ArticleScan.base(tags.get(verb)).equals("VERB")
          && !ArticleScan.base(tags.get(verb)).equals("AUX")
          && !toks.get(verb).text().equals(",")) {
        verb++;
      }
      if (verb >= toks.size() || verb - k > MAX_SUBJECT_WORDS || toks.get(verb).text().equals(",")
          || !ArticleScan.base(tags.get(verb - 1)).equals("NOUN")) {
        return null;
      }
      end = verb - 1;
    }
    return Span.of(text, toks.get(0).start(), toks.get(end).end());
  }

  /** How many words an unnamed subject's description, and its complement, run at most. */
  private static final int MAX_SUBJECT_WORDS = 6;

  /**
   * The sentence before {@code s}, which opens its paragraph, when it is the whole of the
   * paragraph before, or a short one closing it ("Bellamy laughed."); null otherwise.
   */
  private Sentence loneSentenceBefore(Sentence s) {
    List<Sentence> all = article.sentences();
    if (s.index() == 0 || all.get(s.index() - 1).paragraph() != s.paragraph() - 1) {
      return null;
    }
    Sentence before = all.get(s.index() - 1);
    return before.index() == 0 || all.get(before.index() - 1).paragraph() != before.paragraph()
        || article.tokens(before).size() <= SHORT_BEAT_TOKENS ? before : null;
  }

  /** How many tokens, its final stop too, a short sentence closing a paragraph has at most. */
  private static final int SHORT_BEAT_TOKENS = 6;

  /** How far into reported words the person they are about may be named. */
  private static final int REPORTED_SUBJECT_REACH = 40;

  /**
   * The person a "he" or "she" opening its sentence stands for when the sentence before reports,
   * through a speaker that is no person (an outlet, a body, a document), what that person did or
   * said: the first person named, not as an owner, at the start of the reported words ("The
   * Daily Mail reported that Ridley's mother, Sharon Ridley, had urged him to seek help. She
   * told the newspaper"). Null otherwise.
   */
  private Entity reportedSubject(Pronoun pc, Span at, Sentence s) {
    Quote q = res.lastSpeakerQuote;
    Entity by = res.lastSpeaker;
    List<Token> toks = article.tokens(s);
    if (q == null || by == null || by.kind == SpeakerKind.PERSON
        || by.kind == SpeakerKind.UNKNOWN && !by.thing && by.names.isEmpty() // "A spokesman"
        || s.index() == 0
        || toks.isEmpty() || toks.get(0).start() != at.start()
        || article.sentenceAt(q.content().start()).index() != s.index() - 1) {
      return null;
    }
    Span c = q.content();
    for (int k = anchorIndex(nameAnchors, c.start()) + 1; k < nameAnchors.size(); k++) {
      Anchor a = nameAnchors.get(k);
      if (a.start() >= Math.min(c.end(), c.start() + REPORTED_SUBJECT_REACH)) {
        return null;
      }
      if (text.startsWith("'s", a.end()) || text.startsWith("\u2019s", a.end())
          || a.start() < c.start()) {
        continue; // "Ridley's mother, Sharon Ridley": the owner is not who is reported on
      }
      Entity e = a.entity();
      return e != null && e.person() && agrees(pc, e) ? e : null;
    }
    return null;
  }

  /**
   * Whether a person's full name may be a place's or a team's ("Harbour City", "Kettering
   * Vale"): no title, a first word the lexicon lists as no first name, and a word of it the
   * dictionary knows as a noun.
   */
  private boolean unsureFullName(Entity e) {
    NameMention full = e.fullest();
    return full != null && full.first != null && !full.titled
        && !res.lexicon.is(SpeakerLexicon.Kind.FIRST, full.first)
        && (ArticleScan.inDictionary(full.first, WordClasses.Pos.NOUN)
            || ArticleScan.inDictionary(full.last, WordClasses.Pos.NOUN));
  }

  /**
   * Whether an entity is a lone name that may be a person of the pronoun's gender, though
   * nothing yet showed it to be one: a single surname the article never gave in full
   * ("Ellison dodged the question. ... he said"), no place, thing, group or acronym.
   */
  private static boolean loneName(Pronoun pc, Entity e) {
    return e.kind == SpeakerKind.PERSON && e.tentative && mayBeOne(pc, e);
  }

  /**
   * Whether an entity may be the one person "he" or "she" ({@code pc}) stands for, whatever its
   * kind: no place, group, thing or acronym, and no gender that disagrees.
   */
  private static boolean mayBeOne(Pronoun pc, Entity e) {
    return !e.place && !e.plural && !e.thing
        && e.gender().compatible(pc.gender())
        && !acronym(e);
  }

  /**
   * Whether the words before {@code at} in its sentence are a quotation that opens it, closed by
   * a comma and its marks ("\"We were skint,\" she says").
   */
  private boolean afterOpeningQuotation(Span at, Sentence s) {
    return quotationBefore(at, s, -1);
  }

  /**
   * Whether a quotation opens sentence {@code opening} and ends after offset {@code endsAfter},
   * right before {@code at} but for a comma and its marks.
   */
  private boolean quotationBefore(Span at, Sentence opening, int endsAfter) {
    for (Quote q : res.quoteIndex.firstPartStartingIn(opening.start(), opening.start() + 2)) {
      Span c = q.parts().get(0); // a split quote's first piece: "...," he said. "Try harder."
      if (c.end() <= at.start() && c.end() > endsAfter
          && CLOSING_MARKS.matcher(text.substring(c.end(), at.start())).matches()) {
        return true;
      }
    }
    return false;
  }

  /**
   * The first sentence of a quotation of several sentences that opens a sentence of the paragraph
   * of {@code s} and ends right before the pronoun ("\"If the money comes, yes. If not, we will
   * wait,\" he said", also after a sentence that names who speaks: "X was less diplomatic. \"It's
   * a disgrace. ...,\" he told reporters"); null when there is none. Where it opens is the
   * scan's reading ({@link ArticleScan#quotationOpeningSentence}), which the surname rules read
   * too; a quote that opens that sentence must end there.
   */
  private Sentence quotationOpeningEarlierSentence(Span at, Sentence s) {
    Sentence opening = article.sentences().get(scan.quotationOpeningSentence(s.index(),
        at.start()));
    return opening.index() < s.index() && opening.paragraph() == s.paragraph()
        && quotationBefore(at, opening, s.start()) ? opening : null;
  }

  /** Whether a quote of the article has its content or its cue inside {@code span}. */
  private boolean reportedIn(Span span) {
    return res.quoteIndex.contentOverlaps(span) || res.quoteIndex.cueStartsIn(span);
  }

  /**
   * The person a pronoun in a sentence's opening clause stands for when the main clause after it
   * opens with that person's name as its subject ("In his assessment of the plan, Calderon
   * warned", "After she left the room, Senator Ada Brill said"): the clause is set before its
   * subject, so the pronoun points ahead. Null when the sentence opens no such clause, the
   * pronoun lies past its comma, or no agreeing person named outside quotations opens the main
   * clause.
   */
  private Entity openingClauseSubject(Pronoun pc, Span at, Sentence s) {
    int from = s.start();
    List<Token> toks = article.tokens(s);
    String opener = toks.isEmpty() ? "" : lower(toks.get(0).text());
    if (toks.isEmpty() || toks.get(0).start() >= at.start()
        || !SUBORDINATORS.contains(opener) && !OPENING_PREPOSITIONS.contains(opener)
        || text.substring(from, at.start()).indexOf(',') >= 0) {
      return null;
    }
    int comma = text.indexOf(',', at.end());
    if (comma < 0 || comma >= s.end()) {
      return null;
    }
    int after = comma + 1;
    while (after < s.end() && (text.charAt(after) == ' ' || isQuoteChar(text.charAt(after)))) {
      after++;
    }
    for (int k = Math.max(0, anchorIndex(nameAnchors, after - 1)); k < nameAnchors.size(); k++) {
      Anchor a = nameAnchors.get(k);
      if (a.start() < after) {
        continue;
      }
      Entity e = a.entity();
      boolean titleOnly = TITLE_WORDS.matcher(text).region(after, a.start()).matches();
      return titleOnly && a.sentence() == s.index() && a.subject() && !a.inQuote() && e != null
          && e.person() && agrees(pc, e) ? e : null;
    }
    return null;
  }

  /**
   * The person a pronoun in an aside stands for when the aside is set off by a dash or comma
   * right after that person's name, the subject of the sentence ("Rovers boss Mark Doyle - no
   * relation to the scorer, as he was quick to point out - was delighted"); null otherwise.
   */
  private Entity asideSubject(Pronoun pc, Span at, Sentence s) {
    List<Token> toks = article.tokens(s);
    int p = SortedSpans.firstStartingAtOrAfter(toks, Token::start, at.start());
    for (int k = p - 1; k >= 0 && k >= p - MAX_ASIDE; k--) {
      String w = toks.get(k).text();
      if (k == 0 || !Datelines.isDash(w) && !w.equals(",")) {
        continue;
      }
      int nameEnd = toks.get(k - 1).end();
      for (int j = anchorIndex(nameAnchors, nameEnd); j >= 0; j--) {
        Anchor a = nameAnchors.get(j);
        if (a.end() == nameEnd && a.sentence() == s.index() && a.subject() && !a.inQuote()
            && a.entity() != null && a.entity().person() && agrees(pc, a.entity())) {
          return Datelines.isDash(w) || k == firstComma(toks) ? a.entity() : null;
        }
        if (a.end() < nameEnd) {
          break;
        }
      }
    }
    return null;
  }

  private static int firstComma(List<Token> toks) {
    for (int k = 0; k < toks.size(); k++) {
      if (toks.get(k).text().equals(",")) {
        return k;
      }
    }
    return -1;
  }

  private static boolean isQuoteChar(char c) {
    return c == '"' || c == '\u201D' || c == '\u2019' || c == '\'';
  }

  /**
   * The last speaker before {@code offset} that "he" or "she" with no agreeing antecedent nearby
   * may stand for, however far back: a person known to have the pronoun's gender (a first name,
   * an honorific or pronouns before); null when there is none.
   */
  private Entity lastSpeakerFor(Pronoun pc, int offset) {
    for (int k = anchorIndex(sourceAnchors, offset); k >= 0; k--) {
      Entity e = sourceAnchors.get(k).entity();
      if (e == null || sourceAnchors.get(k).end() > offset) {
        continue;
      }
      if (e.kind == SpeakerKind.PERSON && !e.plural && !acronym(e)
          && e.gender() == pc.gender()) {
        return e;
      }
    }
    return null;
  }

  /**
   * The group a plural pronoun refers to when it is a plural role noun outside quotations with
   * no agreeing mention between it and the pronoun: the nearest before the pronoun in its
   * sentence ("tens of thousands of voters ... because they did not respond"), else the head of
   * the previous sentence's first words ("Members of the panel were unimpressed. They said");
   * null when there is none, or {@code best}, the best other candidate, was mentioned after it or
   * is a group mentioned in the noun's sentence (the phrase around the noun names it better).
   */
  private Entity pluralNoun(Span at, Entity best) {
    Sentence s = article.sentenceAt(at.start());
    Span noun = pluralRoleNoun(s, at.start(), false);
    // "Black women sat together. They watched ... They applauded": a sentence that opens with
    // "they" continues the group of the one before it
    boolean chained = false;
    for (int k = s.index() - 1; noun == null && k >= 0 && s.index() - k <= THEY_CHAIN; k--) {
      Sentence previous = article.sentences().get(k);
      noun = pluralRoleNoun(previous, at.start(), true);
      if (noun != null || !opensWithThey(previous)) {
        break;
      }
      chained = true;
    }
    if (chained && noun != null && best != null && best.lastMentionBefore(at.start()) < s.start()) {
      // "Her aides are wary. They have studied him, asking those who know him. They doubt": the
      // chain keeps its group over a candidate named inside it but not in the pronoun's sentence
      best = null;
    }
    if (noun == null && s.index() > 0 && (best == null
        || best.lastMentionBefore(at.start())
            < article.sentences().get(s.index() - 1).start())) {
      // with no one nearer it may stand for, "they" continues the people the sentence before
      // ended on ("a contested point among Democratic insiders. They were divided")
      noun = pluralRoleNoun(article.sentences().get(s.index() - 1), at.start(), false);
      if (noun != null) {
        best = null;
      }
    }
    if (noun == null || best != null && best.lastMentionBefore(at.start()) > noun.start()) {
      return null;
    }
    boolean group = best != null && (best.kind == SpeakerKind.GROUP
        || best.kind == SpeakerKind.UNKNOWN && best.plural);
    if (group && best.lastMentionBefore(noun.end())
        >= article.sentenceAt(noun.start()).start()) {
      return null; // the group named by the phrase around the noun ("several GOP leaders")
    }
    String head = noun.text().toLowerCase(Locale.ROOT);
    Entity e = entities.keyed("group:" + head, SpeakerKind.GROUP);
    e.plural = true;
    e.label(noun);
    e.addOther(noun, "plural-noun", quoted(noun.text()) + " is a group of people");
    return res.because(e, "pronoun", quoted(at.text()) + " refers to " + quoted(noun.text())
        + ", the plural role noun just before it");
  }

  private boolean opensWithThey(Sentence s) {
    List<Token> toks = article.tokens(s);
    return !toks.isEmpty() && lower(toks.get(0).text()).equals("they");
  }

  /**
   * A plural role noun ("voters", "Members", "women") in sentence {@code s} before {@code
   * before} and outside quotations: the last one, or with {@code first} only the head of the
   * sentence's first words (before its first verb); null when there is none.
   */
  private Span pluralRoleNoun(Sentence s, int before, boolean first) {
    List<Token> toks = article.tokens(s);
    List<String> tags = article.tags(s);
    Span found = null;
    int from = 0;
    if (first && toks.size() > 2 && (lower(toks.get(0).text()).equals("according")
        || SUBORDINATORS.contains(lower(toks.get(0).text())))) {
      while (from < toks.size() && !toks.get(from).text().equals(",")) {
        from++; // "According to the Post, Bush campaign officials looked into ...", "As ..., X"
      }
      from++;
    }
    for (int k = from; k < toks.size() && toks.get(k).end() <= before; k++) {
      String tag = ArticleScan.base(tags.get(k));
      if (first && (tag.equals("VERB") || tag.equals("AUX"))) {
        break;
      }
      String w = toks.get(k).text().toLowerCase(Locale.ROOT);
      boolean capital = Character.isUpperCase(toks.get(k).text().charAt(0));
      String singular = Resolution.IRREGULAR_PLURALS.getOrDefault(w,
          w.length() > 4 && w.endsWith("ies") ? w.substring(0, w.length() - 3) + "y"
              : w.length() > 4 && w.endsWith("s") ? w.substring(0, w.length() - 1) : "");
      boolean role = (tag.equals("NOUN") || k == from && capital) && (k == from || !capital)
          && (res.isRole(singular)
              || res.lexicon.is(SpeakerLexicon.Kind.ANONYMOUS, w)); // "insiders", "officials"
      boolean people = capital // "thousands of Germans", "Democrats"
          ? res.lexicon.is(SpeakerLexicon.Kind.NATIONALITY, singular)
              || res.lexicon.is(SpeakerLexicon.Kind.GROUP, w)
          : tag.equals("NOUN") && res.lexicon.is(SpeakerLexicon.Kind.ORG, singular); // "agencies"
      if (!singular.isEmpty() && (role || people) && !scan.inQuote(toks.get(k).start())) {
        found = toks.get(k).span();
        if (first) {
          break;
        }
      }
    }
    return found;
  }

  /**
   * Whether the name at {@code start} is set beside a relation of a possessive of the pronoun's
   * gender ("her sister, Margaret", "his son John"): that possessive stands for someone else, whom
   * a pronoun of its gender in the same sentence is more likely to be than the relative.
   */
  private boolean relativeOfPronoun(int start, Pronoun pc) {
    if (pc != Pronoun.MALE && pc != Pronoun.FEMALE) {
      return false;
    }
    Matcher m = RELATIVE_BEFORE.matcher(text).region(Math.max(0, start - 40), start);
    return m.find() && Resolution.RELATIONS.contains(lower(m.group(2)))
        && lower(m.group(1)).equals(pc == Pronoun.MALE ? "his" : "her");
  }

  static boolean agrees(Pronoun pc, Entity e) {
    return switch (pc) {
      case MALE, FEMALE -> e.kind == SpeakerKind.PERSON
          && (!e.nothingShown() || e.speaker) // a role shows a person: "chief executive X"
          && e.gender().compatible(pc.gender())
          && !acronym(e); // a regular expression per name: asked last
      case PLURAL -> e.kind == SpeakerKind.GROUP
          || e.kind == SpeakerKind.ORGANIZATION && !e.place && e.speaker
          || e.kind == SpeakerKind.UNKNOWN && e.plural;
      case NEUTER -> e.kind == SpeakerKind.ORGANIZATION || e.thing;
      default -> false;
    };
  }

  /**
   * Whether every name of an entity is written as an acronym ("U.N.", "FBI"): no person, though
   * "he" may follow it ("Ban's term as U.N. chief expires. He said").
   */
  private static boolean acronym(Entity e) {
    for (NameMention n : e.names) {
      if (!Resolution.ACRONYM.matcher(n.name.text()).matches()) {
        return false;
      }
    }
    return !e.names.isEmpty();
  }

  /** Whether a comma, then spaces, stand just before {@code offset}. */
  private boolean afterComma(int offset) {
    int k = res.lastNonSpace(offset, 0);
    return k >= 0 && text.charAt(k) == ',';
  }
}
