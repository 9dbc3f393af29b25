package org.quotekit.resolve;

import static org.quotekit.resolve.ArticleScan.lower;
import static org.quotekit.resolve.PronounResolver.agrees;
import static org.quotekit.resolve.Resolution.anchorIndex;
import static org.quotekit.resolve.Resolution.headline;
import static org.quotekit.resolve.Resolution.indefinite;
import static org.quotekit.resolve.Resolution.label;
import static org.quotekit.resolve.Resolution.quoted;
import static org.quotekit.resolve.Resolution.wordNetPerson;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.quotekit.Quote;
import org.quotekit.QuoteType;
import org.quotekit.Span;
import org.quotekit.SpeakerKind;
import org.quotekit.internal.Ages;
import org.quotekit.resolve.Resolution.Anchor;
import org.quotekit.resolve.Resolution.Backwards;
import org.quotekit.spi.AnalyzedArticle;
import org.quotekit.spi.Sentence;

/**
 * Whom a description that is a source mention stands for ("the senator", "the company's
 * spokesman", "a former aide", "the 66-year-old"): the person the text gave its role before, or
 * gives it within a few paragraphs, the one holder of its post, or the one a party tag gave the
 * state it names ("the Florida senator"); a person a description in the headline or lead
 * introduces before the text names them ("A lawmaker in the Philippines is calling for ..." above
 * "Joey Salceda said"); an unnamed speaker quoted just before whom the text described ("the
 * insider", "the 66-year-old"); else the person quoted last, the one its paragraph introduced, the
 * subject named last or the most salient person it fits ("Sanders was ready. The Vermont senator
 * emailed"); and for an organisation noun in the headline or lead, the organisation named just
 * after ("A think tank says ..." above "The Centre for Education and Work argues"). It reads the
 * run's names, source mentions and pronouns and keeps nothing of its own. Part of one {@link
 * Resolution}, whose description rules ask it and whose last speaker, cue, reasons and rules for
 * roles and bodies it uses. Not thread-safe; one instance per article.
 */
final class DescriptionAntecedents {

  /** Words after the head noun of an unnamed person's description ("A nurse at the clinic"). */
  static final Set<String> DESCRIPTION_ENDS =
      Set.of("of", "at", "in", "from", "who", "with", "for");
  /**
   * Words in small letters only, and a comma after them, between a name and the person named
   * after it by a post ("Kestrels captain Mia Rowntree", "the Kestrels captain, Mia Rowntree").
   */
  private static final Pattern POST_BETWEEN = Pattern.compile("(?:[ \\t]+\\p{Ll}[\\p{Ll}-]*)+"
      + ",?[ \\t]+");
  /** A capitalised possessor right before a name: "Chile's [Defense Ministry]". */
  private static final Pattern POSSESSOR_BEFORE = Pattern.compile(
      "(\\p{Lu}[\\p{L}.]*)(?:'s|\u2019s)[ \\t]+$");
  /** A place's possessive opening a description: "Argentina's central bank" (group 1). */
  private static final Pattern PLACE_OWNER = Pattern.compile(
      "(?:the\\s+)?(\\p{Lu}[\\p{L}.]*(?:\\s\\p{Lu}[\\p{L}.]*)?)(?:'s|\u2019s)\\s");
  /**
   * How much more salient than any other fitting person the one a description that fits no one
   * by its role stands for must be.
   */
  private static final double SALIENCE_MARGIN = 1;
  /** Nouns that say a person's age, and the ages each covers ("the teenager": 13 to 19). */
  private static final Map<String, int[]> AGE_NOUNS = Map.of("teenager", new int[] {13, 19},
      "teen", new int[] {13, 19}, "sexagenarian", new int[] {60, 69},
      "septuagenarian", new int[] {70, 79}, "octogenarian", new int[] {80, 89},
      "nonagenarian", new int[] {90, 99}, "centenarian", new int[] {100, 120});
  /** An age right after a name: ", 19," or " (84)" (group 1), no number of something else. */
  private static final Pattern AGE_AFTER_NAME = Pattern.compile(
      "(?:[ \\t]*,[ \\t]*|[ \\t]*\\([ \\t]*)(\\d{1,3})(?=[ \\t]*[,)])");
  /** An age in years written as words of a description: "52-year-old", "52 year old" (group 1). */
  private static final String YEARS_OLD = "(?<![\\d-])(\\d{1,3})[ -]year[ -]old";
  /** An age word right before a name: "96-year-old " (group 1). */
  private static final Pattern AGE_BEFORE_NAME = Pattern.compile(YEARS_OLD + "[ \\t]+$");
  /** A birthday that gives the age of the sentence's subject: "her 100th birthday" (group 1). */
  private static final Pattern BIRTHDAY = Pattern.compile(
      "\\b(?:his|her|their)[ \\t]+(\\d{1,3})(?:st|nd|rd|th)[ \\t]+birthday\\b");
  /** The age a description states: "the 52-year-old congressman" (group 1). */
  private static final Pattern DESCRIBED_AGE = Pattern.compile(YEARS_OLD + "\\b");
  /** A parent named by the number of children ({@link #parentOfNumber}). */
  private static final Pattern PARENT_OF_NUMBER = Pattern.compile("(?i)\\b(?:great-)?(?:grand)?"
      + "(?:mother|father|parent|mum|mom|dad)[- ]of[- ](?:\\d+|two|three|four|five|six|seven"
      + "|eight|nine|ten|eleven|twelve)\\b");
  /**
   * How many sentences after a description that introduces someone past the lead ("The deputy
   * head of China's delegation said ... Rear Admiral Guan Youfei told reporters") may name them.
   */
  private static final int LATER_INTRODUCTION = 2;

  /**
   * The run this belongs to: its last person speaker, cue, quote, reasons and the rules for roles
   * and bodies.
   */
  private final Resolution res;
  private final AnalyzedArticle article;
  private final String text;
  private final SpeakerLexicon lexicon;
  private final Entities entities;
  /** Who the pronouns stand for: their anchors and the features a candidate is scored by. */
  private final PronounResolver pronouns;
  /** The run's names, as anchors in text order. */
  private final List<Anchor> nameAnchors;
  /** The source mentions resolved so far, as anchors in text order. */
  private final List<Anchor> sourceAnchors;

  DescriptionAntecedents(Resolution res, AnalyzedArticle article, SpeakerLexicon lexicon,
      Entities entities, PronounResolver pronouns, List<Anchor> nameAnchors,
      List<Anchor> sourceAnchors) {
    this.res = res;
    this.article = article;
    this.text = article.text();
    this.lexicon = lexicon;
    this.entities = entities;
    this.pronouns = pronouns;
    this.nameAnchors = nameAnchors;
    this.sourceAnchors = sourceAnchors;
  }

  /**
   * The place a description's modifiers, or its words after "from" or "of", name that a party and
   * state tag gave some person of the article ("the Florida senator", "the Republican from
   * Alabama"), lower case; null when none.
   */
  private String describedHome(SourceReading.Description d) {
    String after = lower(d.span().text());
    for (Entity e : entities.homed) {
      for (String home : e.homes) {
        if (d.modifiers().containsAll(Arrays.asList(Splits.SPACES.split(home)))
            || after.contains(" from " + home) || after.contains(" of " + home)) {
          return home; // "the Florida senator", "the Republican from Alabama"
        }
      }
    }
    return null;
  }

  /** The one person of a compatible gender a party and state tag gave this place; else null. */
  Entity onlyFromHome(String home, Gender g) {
    Entity only = null;
    for (Entity e : entities.homed) {
      if (e.kind == SpeakerKind.PERSON && e.homes.contains(home) && e.gender().compatible(g)) {
        if (only != null && only != e) {
          return null;
        }
        only = e;
      }
    }
    return only;
  }

  /** Whether party and state tags gave a person places, none of them {@code home}. */
  private static boolean otherHome(Entity e, String home) {
    return home != null && !e.homes.isEmpty() && !e.homes.contains(home);
  }

  /**
   * The named entity a definite description refers to: one the article has already described so
   * (or describes so within a few paragraphs), else the person who spoke last in this or the
   * previous paragraph, else the next person the article names that has no other role. One the
   * article described so may be unnamed ("An Israeli official said ... The official said"). A
   * description that names an owner ({@code owned}: "The Prime Minister's spokesman") does not
   * fall back on the person who spoke last, the subject named last or the most salient person:
   * it introduces someone of its own.
   */
  Entity antecedentOf(SourceReading.Description d, int paragraph, boolean owned) {
    Gender g = lexicon.genderOf(SpeakerLexicon.Kind.ROLE, d.head());
    String home = describedHome(d);
    Entity homed = home == null ? null : onlyFromHome(home, g);
    if (homed != null) { // "the Florida senator" for "Marco Rubio (R-Fla.)"
      return res.because(homed, "role", quoted(d.span().text()) + " names " + home + ", the state"
          + " the text's party tag gives " + label(homed) + " alone");
    }
    Entity before = null;
    int beforeStart = -1;
    Entity after = null;
    int afterStart = Integer.MAX_VALUE;
    int at = d.span().start();
    String of = d.complement();
    for (Entity e : entities.withRole(d.head())) {
      if (!e.gender().compatible(g) || e.kind != SpeakerKind.PERSON
          && !(e.kind == SpeakerKind.UNKNOWN && !e.thing) || otherHome(e, home)
          || e.otherComplement(d.head(), of, lexicon) // "the representative of Chad"
          || otherPostOwner(e, d)) {
        continue; // a person, or someone unnamed the text described so ("an official")
      }
      int b = e.fittingRole(d.head(), d.modifiers(), at, true, lexicon);
      if (b > beforeStart) {
        before = e;
        beforeStart = b;
      }
      int a = e.fittingRole(d.head(), d.modifiers(), at, false, lexicon);
      if (a >= 0 && a < afterStart
          && article.sentenceAt(a).paragraph() <= paragraph + Resolution.CATAPHORA_PARAGRAPHS) {
        after = e;
        afterStart = a;
      }
    }
    Entity last = res.lastPersonSpeaker;
    if (before != null && last != before && last != null && res.lastSpeaker == last
        && res.lastSpeakerQuote != null && article.sentenceAt(at).paragraph()
            == article.sentenceAt(res.lastSpeakerQuote.content().start()).paragraph()
        && last.gender().compatible(g) && last.fittingRole(d.head(), d.modifiers(), at, true,
            lexicon) >= 0) {
      return res.because(last, "role", quoted(d.span().text()) + " continues "
          + label(last) + ", who holds that role too and was quoted just before in the paragraph");
    }
    if (before != null) {
      return before;
    }
    Entity only = onlyHolder(d, at, g);
    if (only != null) {
      return only; // "the Vermont senator" when one senator is named: a role never flows on
    }
    Entity identified = postmodified(d) ? leadIdentified(d, paragraph, g) : null;
    if (identified != null) {
      return identified; // "The head of the union is worried ... Mary Kay Henry said"
    }
    Entity fronted = frontedSubject(d, g);
    if (fronted != null) {
      return fronted; // "X will skip the visit, the 28-year-old announced"
    }
    boolean anonymous = lexicon.is(SpeakerLexicon.Kind.ANONYMOUS, d.head()); // "the insider"
    Entity unnamed = d.definite() && !owned && anonymous ? pronouns.unnamedLastSpeaker(
        e -> e.declared.compatible(g), a -> a.subject() && (agrees(Pronoun.MALE, a.entity())
            || agrees(Pronoun.FEMALE, a.entity())), d.span(), article.sentenceAt(at), res.quote)
        : null;
    if (unnamed != null) { // "A source close to her told The Beacon ... \"...,\" the insider said"
      return res.because(unnamed, "role", quoted(d.span().text()) + " continues the speaker quoted"
          + " just before, whom the text described and never named");
    }
    Entity aged = d.definite() && !owned && (Ages.isAge(d.head()) || agedEpithet(d)
        || parentOfNumber(d) || plainPerson(d))
        ? pronouns.unnamedLastSpeaker(e -> e.declared.compatible(g) && describedPerson(e),
            a -> a.subject() && a.entity().person(), d.span(), article.sentenceAt(at), res.quote)
        : null;
    // "One longtime shopkeeper, who asked not to be named, said ... the 66-year-old said"; "A
    // resident, who asked not to be named, said ... \"...,\" the man said"
    if (aged != null) {
      return res.because(aged, "role", quoted(d.span().text()) + " continues the speaker quoted"
          + " just before, a person the text described and never named");
    }
    if (res.lastPersonSpeaker != null && paragraph - res.lastPersonParagraph <= 1 && !owned
        && res.lastPersonSpeaker.gender().compatible(g)
        && !res.lastPersonSpeaker.rolesContradict(d.head(), d.modifiers(), lexicon)
        && (of == null || !res.lastPersonSpeaker.otherComplement(d.head(), of, lexicon)
            && !otherRole(res.lastPersonSpeaker, d.head()))
        && !otherHome(res.lastPersonSpeaker, home)
        && !otherPersonSince(res.lastPersonSpeaker, d.span().start())
        && !(accordingTo(d) && res.lastPersonSpeaker.roles.stream()
            .noneMatch(r -> r.head().equals(d.head())))
        && !(KIN.contains(d.head()) && d.modifiers().isEmpty()
            && holdsPost(res.lastPersonSpeaker))) {
      return res.lastPersonSpeaker;
    }
    if (after != null) {
      return after;
    }
    Entity introduced = owned ? null : introducedInParagraph(d, paragraph, g);
    if (introduced != null) {
      return introduced;
    }
    Entity subject = owned ? null : recentSubject(d, paragraph, g);
    if (subject != null) {
      return subject;
    }
    Entity salient = owned ? null : salientPerson(d, g);
    if (salient != null) {
      return salient;
    }
    if (personNamedBefore(d.span().start(), paragraph - 1)) {
      return null; // a description after other people were named introduces someone new
    }
    if (headline(d) && !personNamedBefore(d.span().start(), 0)) {
      Entity office = officeNamedInLead(d, paragraph);
      if (office != null) {
        return office; // "Ombudsman orders insurer to pay" above "The Financial Services and
        // Pensions Ombudsman (FSPO) has directed": the office, not the complainant named next
      }
      Entity lead = leadSubject(d, paragraph, g);
      if (lead != null) {
        return lead;
      }
    }
    if (owningPost(d) != null) {
      return null; // "The prime minister's spokesperson said ... Caroline Dunne welcomed it":
      // the staff of someone the text names by a post, whom the name after does not introduce
    }
    for (int k = anchorIndex(nameAnchors, d.span().end()) + 1; k < nameAnchors.size(); k++) {
      Anchor a = nameAnchors.get(k);
      if (a.paragraph() > paragraph + Resolution.CATAPHORA_PARAGRAPHS) {
        break;
      }
      Entity e = a.entity();
      if (e != null && e.person() && !e.names.isEmpty()
          && e.names.get(0).span.start() == a.start() && e.gender().compatible(g)
          && !otherRole(e, d.head())) {
        return e;
      }
    }
    return null;
  }

  /** "according to" and the spaces before a source set after it. */
  private static final Pattern ACCORDING_TO = Pattern.compile("(?i)according[ \\t]+to[ \\t]+$");

  /**
   * Whether the description follows "according to" ("..., according to the board clerk"): one
   * who speaks only so, whom no role the text gave names, is someone new, not the person quoted
   * last.
   */
  private boolean accordingTo(SourceReading.Description d) {
    int from = Math.max(0, d.span().start() - 16);
    return ACCORDING_TO.matcher(text).region(from, d.span().start()).find();
  }

  /** Nouns of kinship: what someone is to another person, never a post. */
  private static final Set<String> KIN = Set.of("son", "daughter", "mother", "father", "brother",
      "sister", "wife", "husband", "widow", "widower", "grandmother", "grandfather", "grandson",
      "granddaughter", "nephew", "niece", "uncle", "aunt", "cousin", "stepfather", "stepmother");

  /**
   * Whether the text gave a person a post, a role noun that is no person noun ("Senior Sergeant
   * Hamish Tipene"): "The son" who speaks next, unowned, is a relative of someone in the story,
   * not the officer quoted last.
   */
  private boolean holdsPost(Entity e) {
    return e.roles.stream().anyMatch(r -> lexicon.is(SpeakerLexicon.Kind.ROLE, r.head())
        && !lexicon.is(SpeakerLexicon.Kind.PERSON_NOUN, r.head()) && !KIN.contains(r.head()));
  }

  /**
   * Whether name anchor {@code k} introduces a person, outside quotations, by the first mention
   * of a full name, and not as the complement of a subject before it in its sentence ({@link
   * #afterSubject}): someone new whom a description after it may be about.
   */
  private boolean introducedAt(int k) {
    Anchor a = nameAnchors.get(k);
    Entity e = a.entity();
    return !a.inQuote() && e != null && e.person() && e.names.get(0).span.start() == a.start()
        && e.names.get(0).full() && !afterSubject(k);
  }

  /**
   * Whether a person named as a subject outside quotations stands before name anchor {@code k}
   * in its sentence: the name is that subject's complement ("Sudhir Rao received the award from
   * actor Naseem Qureshi"), and the subject stays in focus.
   */
  private boolean afterSubject(int k) {
    Anchor a = nameAnchors.get(k);
    for (int j = k - 1; j >= 0 && nameAnchors.get(j).sentence() == a.sentence(); j--) {
      Anchor b = nameAnchors.get(j);
      if (b.subject() && !b.inQuote() && b.entity() != null && b.entity().person()) {
        return true;
      }
    }
    return false;
  }

  /**
   * The person the description's paragraph introduced last before it, by a full name with a role
   * set beside it, outside quotations, whom the description may continue ({@link
   * #fitsDescription}): "For Len Braddock, chairman of the rail users group, the new operator was
   * welcome. '...,' said the retired engineer." Null when there is none.
   */
  private Entity introducedInParagraph(SourceReading.Description d, int paragraph, Gender g) {
    for (int k = anchorIndex(nameAnchors, d.span().start()); k >= 0; k--) {
      Anchor a = nameAnchors.get(k);
      if (a.paragraph() < paragraph) {
        return null;
      }
      Entity e = a.entity();
      if (a.end() > d.span().start() || !introducedAt(k) || e.roles.isEmpty()) {
        continue;
      }
      return fitsDescription(e, d, g) ? res.because(e, "role", quoted(d.span().text())
          + " continues " + label(e) + ", introduced with a role in its paragraph") : null;
    }
    return null;
  }

  /**
   * How many words may stand before the name that opens reported words as their subject ("Star
   * wide receiver X will"), where the tagger may not have read the name as one.
   */
  private static final int OPENING_WORDS = 4;

  /**
   * The person named as the subject that opens the reported words before a definite
   * description in its sentence ("Star receiver X will not join his teammates, the 28-year-old
   * announced"): news reports a person's plans in their own name, then says who said so by a
   * description of them. Null when the words are quoted or follow the description, open with no
   * person's name, or the person does not fit it. Records the reason.
   */
  private Entity frontedSubject(SourceReading.Description d, Gender g) {
    Quote q = res.quote;
    if (q == null || !d.definite() || q.type() != QuoteType.INDIRECT
        || q.content().end() > d.span().start()
        || article.sentenceAt(q.content().start()) != article.sentenceAt(d.span().start())) {
      return null;
    }
    Anchor first = null;
    for (int k = anchorIndex(nameAnchors, d.span().start()); k >= 0; k--) {
      Anchor a = nameAnchors.get(k);
      if (a.start() < q.content().start()) {
        break;
      }
      first = a.end() <= d.span().start() && !a.inQuote() ? a : first;
    }
    if (first == null) {
      return null;
    }
    String opening = text.substring(q.content().start(), first.start()); // "Star wide receiver"
    if (!first.subject() && (opening.contains(",")
        || Splits.SPACES.split(opening.strip()).length > OPENING_WORDS)) {
      return null; // no subject the tagger saw, and too far into the words to be one
    }
    Entity e = first.entity();
    return e != null && e.kind == SpeakerKind.PERSON && fitsDescription(e, d, g)
        ? res.because(e, "role", quoted(d.span().text()) + " continues " + label(e)
            + ", the subject of the words it reports before it") : null;
  }

  /**
   * The person a definite description fitting no one by its role stands for as a pronoun would
   * ("Yet it was unclear whether Sanders was ready. The Vermont senator emailed ..."): the most
   * salient person mentioned in the last few sentences that the description may continue (no
   * other role, none contradicting it, no one else given its head); null when none. News names
   * a person first and varies the reference after, so an unmatched definite description is far
   * more often the person in focus than someone new.
   */
  private Entity salientPerson(SourceReading.Description d, Gender g) {
    if (!d.definite() || lexicon.is(SpeakerLexicon.Kind.ANONYMOUS, d.head())
        || lexicon.is(SpeakerLexicon.Kind.PERSON_NOUN, d.head()) && !parentOfNumber(d)
        || introducedUnnamed(d) || postmodified(d) && !parentOfNumber(d)) {
      return null; // "the head of the union" names its person itself
    }
    Sentence s = article.sentenceAt(d.span().start());
    Pronoun pc = g == Gender.FEMALE ? Pronoun.FEMALE : g == Gender.MALE ? Pronoun.MALE : null;
    Map<Entity, Double> scores = new HashMap<>();
    Map<Entity, Anchor> where = new HashMap<>();
    Backwards back = new Backwards(d.span().start(), nameAnchors, sourceAnchors,
        pronouns.anchors());
    for (Anchor a = back.nextNear(s); a != null; a = back.nextNear(s)) {
      Entity e = a.entity();
      if (e == null || a.sentence() == s.index() || !fitsDescription(e, d, g)) {
        continue; // "In an interview with X, the economist warned": not X
      }
      double score = PronounSalience.score(pronouns.features(a, s, pc, a.inQuote(), false));
      if (score > scores.getOrDefault(e, Double.NEGATIVE_INFINITY)) {
        scores.put(e, score);
        where.put(e, a);
      }
    }
    Entity best = null;
    double first = Double.NEGATIVE_INFINITY;
    double second = Double.NEGATIVE_INFINITY;
    for (Map.Entry<Entity, Double> c : scores.entrySet()) {
      if (c.getValue() > first) {
        second = first;
        first = c.getValue();
        best = c.getKey();
      } else if (c.getValue() > second) {
        second = c.getValue();
      }
    }
    // "X and Y toured the yard. The former mayor said": no one stands out, so no one is meant
    return best == null || first - second < SALIENCE_MARGIN
        || otherSubjectBeside(where.get(best)) ? null : res.because(best, "role",
        quoted(d.span().text()) + " fits no one by its role; " + label(best)
            + " is the most salient person before it");
  }

  /**
   * Whether another person is named as a subject outside quotations in the sentence of a subject
   * anchor ("X and Y toured the yard"): then either may be the one a description continues.
   */
  private boolean otherSubjectBeside(Anchor a) {
    if (!a.subject()) {
      return false;
    }
    int at = anchorIndex(nameAnchors, a.start());
    int to = Math.min(nameAnchors.size(),
        at + 1 + Resolution.PRONOUN_CANDIDATES); // capped both ways
    for (int k = Math.max(0, at - Resolution.PRONOUN_CANDIDATES); k < to; k++) {
      Anchor b = nameAnchors.get(k);
      if (b.sentence() == a.sentence() && b.subject() && !b.inQuote() && b.entity() != null
          && b.entity() != a.entity() && b.entity().kind == SpeakerKind.PERSON) {
        return true;
      }
    }
    return false;
  }

  /**
   * The person a description introduces before the text names them: in the headline or the lead
   * before anyone is named as a subject ("Philippine lawmaker wants ...", "A lawmaker in the
   * Philippines is calling for ..." above "..., Joey Salceda said"; "The head of the union is
   * worried ..." above "Mary Kay Henry said"), the first person named as a subject after its
   * sentence that the text gives that role ("A coroner has found" above "Coroner Helen Pattison
   * said"), else the first person named as a subject after its
   * sentence in the next few paragraphs; elsewhere ("The deputy head of China's delegation said
   * ... Rear Admiral Guan Youfei told reporters"), one named so in the next sentences, known to
   * be of a definite description's gender when it has one ("The mother of four"). That
   * person must not be named before the description, must agree in gender and have no other
   * role than the title of its name. Only for a description that opens its sentence; null for an
   * anonymous or plural one, for an indefinite one after someone was named as a subject ("A
   * spokeswoman for the company said ...", a source the text keeps unnamed), or when none is
   * found.
   */
  Entity leadIdentified(SourceReading.Description d, int paragraph, Gender g) {
    boolean lead = paragraph <= 1 && !subjectNamedBefore(d.span().start());
    if (d.plural() || lexicon.is(SpeakerLexicon.Kind.ANONYMOUS, d.head())
        || !res.opensSentence(d.span()) && !(lead && d.indefinite() && closesSentence(d.span()))) {
      return null; // "Poor staffing led to the death, a coroner has ruled" may be a lead's
    }
    if (d.indefinite() && subjectNamedInBodyBefore(d.span().start())) {
      return null; // "A council spokeswoman said ..." after others spoke: a source kept unnamed
    }
    if (Resolution.UNNAMED_AFTER.matcher(text).region(d.span().end(), text.length())
        .lookingAt()) {
      return null; // "A resident who asked not to be named said": no one the text names later
    }
    int sentence = article.sentenceAt(d.span().start()).index();
    List<Anchor> after = new ArrayList<>();
    for (Anchor a : subjectsAfter(d, paragraph)) {
      if (!lead && a.sentence() > sentence + LATER_INTRODUCTION) {
        break; // past the lead, only the next sentences name the one a description introduced
      }
      Entity e = a.entity();
      if (!(e.person() || e.first != null) || e.plural || e.names.isEmpty()
          || e.names.get(0).span.start() < d.span().start() || !e.gender().compatible(g)
          || !lead && d.definite() && g != Gender.UNKNOWN && e.gender() != g) {
        continue; // a full name not yet sure to be a person's may be; one named before is not;
        // past the lead, "The mother of four said" after a woman spoke is no one of unknown
        // gender named next ("A woman who has accused ..." may be)
      }
      if (e.fittingRole(d.head(), d.modifiers(), d.span().end(), false, lexicon) >= 0) {
        return res.because(e, "role", quoted(d.span().text()) + " introduces someone before the"
            + " text names them; " + label(e) + ", named after it, has that role");
      }
      after.add(a); // "A coroner has found ..." above "Aroha Ngata died ... Coroner Helen X said"
    }
    for (Anchor a : after) {
      Entity e = a.entity();
      if (!otherRole(e, d.head(), e.names.get(0).span)
          && !e.rolesContradict(d.head(), d.modifiers(), lexicon)) {
        return res.because(e, "role", quoted(d.span().text()) + " introduces someone before the"
            + " text names them; " + label(e) + " is the first person named as a subject after"
            + " it");
      }
    }
    return null;
  }

  /**
   * The mentions by name of persons (sure or not yet) as subjects outside quotations after a
   * description, past its own sentence ("Lawmaker wants Trump banned": not Trump) and within the
   * next few paragraphs and the next {@link Resolution#PRONOUN_CANDIDATES} names, in text order.
   */
  private List<Anchor> subjectsAfter(SourceReading.Description d, int paragraph) {
    int sentence = article.sentenceAt(d.span().start()).index();
    List<Anchor> out = new ArrayList<>();
    int first = anchorIndex(nameAnchors, d.span().end()) + 1;
    int to = Math.min(nameAnchors.size(),
        first + Resolution.PRONOUN_CANDIDATES); // linear in a long one
    for (int k = first; k < to; k++) {
      Anchor a = nameAnchors.get(k);
      if (a.paragraph() > paragraph + Resolution.CATAPHORA_PARAGRAPHS) {
        break;
      }
      if (a.subject() && !a.inQuote() && a.sentence() != sentence && a.entity() != null
          && a.entity().kind == SpeakerKind.PERSON) {
        out.add(a);
      }
    }
    return out;
  }

  /**
   * Whether a source mention stands after the content and a comma, before the cue that closes
   * its sentence ("..., a coroner has ruled."): then it is the sentence's subject, as one
   * that opens it is.
   */
  private boolean closesSentence(Span mention) {
    int k = res.lastNonSpace(mention.start(), 0);
    return k >= 0 && text.charAt(k) == ',' && res.cueStart >= mention.end()
        && article.sentenceAt(res.cueStart).index() == article.sentenceAt(mention.start()).index();
  }

  /**
   * Whether a person was named as a subject outside quotations before {@code offset}, among the
   * last {@link Resolution#PRONOUN_CANDIDATES} names; past them the lead is long gone, so yes.
   */
  private boolean subjectNamedBefore(int offset) {
    int last = anchorIndex(nameAnchors, offset);
    if (last >= Resolution.PRONOUN_CANDIDATES) {
      return true;
    }
    for (int k = last; k >= 0; k--) {
      Anchor a = nameAnchors.get(k);
      if (a.subject() && !a.inQuote() && a.entity() != null && a.entity().person()) {
        return true;
      }
    }
    return false;
  }

  /**
   * Whether words follow a description's head noun inside it ("the head of the union", "a
   * lawmaker in the Philippines"): such a description identifies its person by itself.
   */
  private boolean postmodified(SourceReading.Description d) {
    Matcher head = Resolution.headWord(d.head()).matcher(text)
        .region(d.span().start(), d.span().end());
    if (!head.find()) {
      return false;
    }
    for (int k = head.end(); k < d.span().end(); k++) {
      if (Character.isLetter(text.charAt(k))) {
        return true;
      }
    }
    return false;
  }

  /** Whether a description's owner is a place ("Argentina's central bank"), no body or person. */
  boolean placeOwner(SourceReading.Description d) {
    Matcher m = PLACE_OWNER.matcher(d.span().text());
    return m.lookingAt() && lexicon.is(SpeakerLexicon.Kind.PLACE, m.group(1));
  }

  /**
   * The organisation an organisation noun in the headline or lead stands for before the text
   * names any ("A think tank says ..." above "The Centre for Education and Work argues", "the
   * central bank said" above "Norges Bank, which manages the fund, said"): the first organisation
   * named after it in the next few paragraphs that fits the noun ({@link Entities#fitsNoun});
   * null when one is named before it, or the noun has words after it ("a group of parents") or
   * an owner other than a place ("Donald Trump's campaign", but "Argentina's central bank").
   */
  Entity leadOrganisation(SourceReading.Description d, Span src) {
    int paragraph = article.sentenceAt(src.start()).paragraph();
    String words = lower(d.span().text().strip());
    if (paragraph >= Resolution.LEAD_PARAGRAPHS || !words.endsWith(d.head())
        || entities.recentNamedOrganisation(src.start(), 0, d.head()) != null) {
      return null;
    }
    Entity next = entities.nextNamedOrganisation(src.end(),
        paragraph + Resolution.CATAPHORA_PARAGRAPHS, d.head());
    Matcher owner = PLACE_OWNER.matcher(d.span().text());
    if (next != null && owner.lookingAt() && ownedByOtherPlace(next, owner.group(1))) {
      return null; // "Peru's interior ministry" is not "Chile's Defense Ministry" named after it
    }
    return next == null ? null : res.because(res.asBody(next), "organisation-noun",
        quoted(d.span().text()) + " in the lead, with none named before, is " + label(next)
        + ", named just after");
  }

  /**
   * Whether the text writes a name of {@code e} after the possessive of a place other than
   * {@code place}, or with it ("Chile's Defense Ministry" for "Peru").
   */
  private boolean ownedByOtherPlace(Entity e, String place) {
    for (NameMention n : e.names) {
      Matcher m = POSSESSOR_BEFORE.matcher(text).region(Math.max(0, n.span.start() - 40),
          n.span.start());
      Matcher opening = PLACE_OWNER.matcher(n.span.text());
      if (m.find() && !m.group(1).equals(place)
          || opening.lookingAt() && !opening.group(1).equals(place)) {
        return true;
      }
    }
    return false;
  }

  /**
   * The name of a government body a place's possessive owns, written just before the
   * description or opening it ("Mexico's economy ministry"), with that possessive as written;
   * null when no place of the lexicon owns it.
   */
  String placeOwnedName(SourceReading.Description d) {
    Span span = d.span();
    Matcher m = POSSESSOR_BEFORE.matcher(text).region(Math.max(0, span.start() - 40),
        span.start());
    if (m.find()) {
      return lexicon.is(SpeakerLexicon.Kind.PLACE, m.group(1))
          ? text.substring(m.start(1), m.end()).strip() + " "
              + Entity.withoutArticle(span.text()) : null;
    }
    m = PLACE_OWNER.matcher(span.text());
    return m.lookingAt() && lexicon.is(SpeakerLexicon.Kind.PLACE, m.group(1))
        ? span.text().substring(m.start(1), m.end()).strip() + " "
            + span.text().substring(m.end()) : null;
  }

  /**
   * The organisation named in the next few paragraphs whose name ends in the headline's role noun
   * ("Ombudsman" above "the Financial Services and Pensions Ombudsman"): a post that names an
   * office; null when none is.
   */
  private Entity officeNamedInLead(SourceReading.Description d, int paragraph) {
    String head = d.head();
    Entity e = entities.nextName(d.span().end(), paragraph + Resolution.CATAPHORA_PARAGRAPHS,
        n -> n.entity != null && n.entity.kind == SpeakerKind.ORGANIZATION && !n.entity.place
            && !n.inQuote && lower(n.entity.canonicalName()).endsWith(" " + head));
    return e == null ? null : res.because(e, "organisation-noun", quoted(d.span().text())
        + " heads the article; " + label(e) + ", named just after, is the office it names");
  }

  /**
   * The person a headline's description stands for when it opens the article before anyone is
   * named ("Lawmaker urges retaliation" above "Rep. Adam Schiff, the top Democrat on ..., called
   * on"): the first person named as a subject outside quotations in the next few paragraphs,
   * past the description's own sentence, whatever other role the article gives it, unless the
   * roles contradict or the gender disagrees. Null when there is none.
   */
  private Entity leadSubject(SourceReading.Description d, int paragraph, Gender g) {
    for (Anchor a : subjectsAfter(d, paragraph)) {
      Entity e = a.entity();
      if (e.person()) {
        return e.gender().compatible(g) && !e.rolesContradict(d.head(), d.modifiers(), lexicon)
            ? res.because(e, "role", quoted(d.span().text()) + " heads the article before anyone is"
                + " named; " + label(e) + " is the first person named as a subject after it")
            : null;
      }
    }
    return null;
  }

  /**
   * The person a definite description continues as the subject ("Sanders was ready ... The
   * Vermont senator emailed supporters"; "the veteran diplomat", unless the text introduced "a
   * diplomat" unnamed before): the last person named as a subject outside quotations
   * in this or the previous paragraph, alone as a subject in its sentence, when it agrees in
   * gender, has no other role, no role of it contradicts the description and no other person has
   * a role with its head. Null when there is none.
   */
  private Entity recentSubject(SourceReading.Description d, int paragraph, Gender g) {
    if (lexicon.is(SpeakerLexicon.Kind.ANONYMOUS, d.head())
        && (!lexicon.is(SpeakerLexicon.Kind.ROLE, d.head()) || introducedUnnamed(d))) {
      return null; // "the source" is nobody named; "the diplomat" after "a diplomat" is that one
    }
    Backwards back = new Backwards(d.span().start(), nameAnchors, pronouns.anchors());
    while (back.hasNext()) {
      Anchor a = back.next();
      if (a.paragraph() < paragraph - 1) {
        return null;
      }
      if (back.list() == 1) { // a pronoun: "he made climate change his focus ... the diplomat"
        if (a.subject()) {
          return fitsDescription(a.entity(), d, g) ? res.because(a.entity(), "role",
              quoted(d.span().text()) + " continues " + label(a.entity()) + ", the subject"
                  + " a pronoun stood for last") : null;
        }
        continue;
      }
      int k = back.index();
      Entity e = a.entity();
      if (a.inQuote() || !a.subject() || e == null || e.kind != SpeakerKind.PERSON) {
        continue;
      }
      boolean fits = fitsDescription(e, d, g);
      for (int j = k - 1; fits && j >= 0 && nameAnchors.get(j).sentence() == a.sentence(); j--) {
        Anchor b = nameAnchors.get(j);
        fits = !b.subject() || b.inQuote() || b.entity() == e || b.entity() == null
            || b.entity().kind != SpeakerKind.PERSON // "X and Y met": either may be meant
            || POST_BETWEEN.matcher(text).region(b.end(), a.start()).matches(); // "Kestrels
        // captain Mia Rowntree": the team before the post is no other subject
      }
      fits &= !otherPersonSince(e, d.span().start()); // someone introduced after the subject
      return fits ? res.because(e, "role", quoted(d.span().text()) + " continues "
          + label(e) + ", the subject named last") : null;
    }
    return null;
  }

  /**
   * The person a definite description by an age noun ("the teenager", "the octogenarian") or an
   * age ("the 52-year-old congressman") stands for: the one named last before it, outside
   * quotations and agreeing with its role's gender, whose age the text gave ({@link #statedAge})
   * within the noun's range or equal to the age; null when the description gives no age or no
   * such person was named. Records the reason.
   */
  Entity ageNounAntecedent(SourceReading.Description d) {
    int[] range = d.definite() && !d.plural() ? AGE_NOUNS.get(d.head()) : null;
    Matcher said = DESCRIBED_AGE.matcher(d.span().text());
    if (range == null && d.definite() && !d.plural() && said.find()) {
      int stated = Integer.parseInt(said.group(1)); // "the 52-year-old congressman"
      range = new int[] {stated, stated};
    }
    if (range == null) {
      return null;
    }
    Gender g = res.isRole(d.head())
        ? lexicon.genderOf(SpeakerLexicon.Kind.ROLE, d.head()) : Gender.UNKNOWN;
    for (int k = anchorIndex(nameAnchors, d.span().start()); k >= 0; k--) {
      Anchor a = nameAnchors.get(k);
      Entity e = a.entity();
      if (a.end() > d.span().start() || a.inQuote() || e == null // tentative: aged, a person
          || e.kind != SpeakerKind.PERSON || !e.gender().compatible(g)) {
        continue;
      }
      int age = statedAge(a);
      if (age >= range[0] && age <= range[1]) {
        return res.because(e, "role", quoted(d.span().text()) + " fits " + label(e)
            + ", whose age the text gave as " + age);
      }
    }
    return null;
  }

  /**
   * The age the text gives a person at a mention of their name: right after it (", 19,", " (84)"),
   * right before it ("96-year-old Harbans Singh Gill") or, for the subject of a sentence, by a
   * birthday later in it ("X had one request for her 100th birthday"); -1 when none.
   */
  private int statedAge(Anchor a) {
    Matcher after = AGE_AFTER_NAME.matcher(text).region(a.end(),
        Math.min(text.length(), a.end() + 12));
    if (after.lookingAt()) {
      return Integer.parseInt(after.group(1));
    }
    Matcher before = AGE_BEFORE_NAME.matcher(text).region(Math.max(0, a.start() - 16), a.start());
    if (before.find()) {
      return Integer.parseInt(before.group(1));
    }
    NameMention n = entities.nameAt(a.start());
    int nameStart = n != null && n.span.start() == a.start() ? n.name.start() : a.start();
    int spelled = Ages.spelledBefore(text, Math.max(0, nameStart - 30), nameStart);
    if (spelled >= 0) { // "Nineteen-year-old Shanique Ricketts": the name's run may hold it
      return spelled;
    }
    Sentence s = article.sentences().get(a.sentence());
    Matcher birthday = BIRTHDAY.matcher(text).region(a.end(), s.end());
    return a.subject() && birthday.find() ? Integer.parseInt(birthday.group(1)) : -1;
  }

  /**
   * Whether a description names a parent by the number of children ("the grandmother of six",
   * "the father-of-three"): like an age, it describes the person in focus, not someone new.
   */
  static boolean parentOfNumber(SourceReading.Description d) {
    return PARENT_OF_NUMBER.matcher(d.span().text()).find();
  }

  /**
   * Whether a description gives an age before a noun that is no post ("the 27-year-old brunette
   * bombshell", "the 34-year-old father of two") or a post the text gave no one ("the
   * 39-year-old teacher" after a candidate was named): like an age alone, it describes a person.
   */
  boolean agedEpithet(SourceReading.Description d) {
    return (!res.isRole(d.head()) || entities.withRole(d.head()).isEmpty())
        && d.modifiers().stream().anyMatch(Ages::isAge);
  }

  /**
   * Whether a person may be the one a definite description continues: agreeing in gender, with
   * no other role, none that contradicts the description, and no other person given its head;
   * an age ("the 47-year-old") fits any person who agrees in gender, whatever their role.
   */
  private boolean fitsDescription(Entity e, SourceReading.Description d, Gender g) {
    // a post held once ("the retired engineer") may describe someone who holds another now
    if (Ages.isAge(d.head()) || agedEpithet(d) || parentOfNumber(d)) {
      return e.person() && e.gender().compatible(g); // "the 47-year-old" fits a "boss" too
    }
    boolean past = d.modifiers().contains("retired") || d.modifiers().contains("former");
    return e.person() && e.gender().compatible(g) && (past || !otherRole(e, d.head()))
        && !e.rolesContradict(d.head(), d.modifiers(), lexicon)
        && !e.otherComplement(d.head(), d.complement(), lexicon)
        && entities.withRole(d.head()).stream().allMatch(o -> o == e);
  }

  /** What may follow a noun that ends a noun phrase: a space or punctuation. */
  private static final Pattern UNNAMED_OBJECT_END = Pattern.compile("[\\s\\p{P}]");
  /**
   * A capitalised word (the noun opens a name: "a Republican Study Committee") or a speech verb
   * (the one introduced spoke: "a detective said") after the noun.
   */
  private static final Pattern NAMED_OR_SPEAKING = Pattern.compile("[ \t]+(?:\\p{Lu}|(?:said|says"
      + "|told|tells|added|warned|stated)\\b)");

  /**
   * Whether the text introduced someone unnamed by the description's head noun before it ("a
   * Western diplomat said ..." before "the diplomat"): the definite description then continues
   * that one.
   */
  boolean introducedUnnamed(SourceReading.Description d) {
    return res.textMatches.before(indefinite(d.head()), d.span().start());
  }

  /**
   * Whether the sentence before the description, or its own sentence before it, introduced
   * someone unnamed by its head noun ("detectives pressured a witness. The witness, now 33,
   * recanted"): the definite description continues that one, no one named before it.
   */
  boolean introducedUnnamedJustBefore(SourceReading.Description d) {
    Sentence s = article.sentenceAt(d.span().start());
    int from = s.index() > 0 ? article.sentences().get(s.index() - 1).start() : s.start();
    Matcher m = indefinite(d.head()).matcher(text).region(from, d.span().start());
    while (m.find()) {
      Matcher after = UNNAMED_OBJECT_END.matcher(text).region(m.end(), text.length());
      if (after.lookingAt() && !NAMED_OR_SPEAKING.matcher(text).region(m.end(), text.length())
          .lookingAt()) {
        return true; // not "a Republican Study Committee budget", not "a detective said"
      }
    }
    return false;
  }

  /**
   * The one person the article gives a role with the description's head before {@code offset},
   * whatever its modifiers unless they contradict the description's; null when none or several
   * have it.
   */
  private Entity onlyHolder(SourceReading.Description d, int offset, Gender g) {
    Entity only = null;
    for (Entity e : entities.withRole(d.head())) {
      if (e.kind == SpeakerKind.PERSON && e.gender().compatible(g)
          && e.hasUncontradictedRoleBefore(d.head(), d.modifiers(), offset, lexicon)
          && !e.otherComplement(d.head(), d.complement(), lexicon)) {
        if (only != null && only != e) {
          return null;
        }
        only = e;
      }
    }
    return only;
  }

  /**
   * Whether a person other than {@code e} is named as a subject outside quotations between the
   * last mention of {@code e} and {@code offset}, or introduced by a full name there in the
   * paragraph of {@code offset} ({@link #introducedAt}: "For Len Braddock, chairman of the rail
   * users group, the new operator was welcome"); a person named again as an object ("hatred of
   * Clinton") does not take a role description away from the speaker.
   */
  private boolean otherPersonSince(Entity e, int offset) {
    int since = e.lastMentionBefore(offset);
    int paragraph = article.sentenceAt(offset).paragraph();
    for (int k = anchorIndex(nameAnchors, offset); k >= 0; k--) {
      Anchor a = nameAnchors.get(k);
      if (a.start() <= since || a.entity() == e) {
        return false;
      }
      if (!a.inQuote() && a.entity() != null && a.entity().person() && a.subject()
          || a.paragraph() == paragraph && introducedAt(k)) {
        return true;
      }
    }
    return false;
  }

  /**
   * Whether someone spoke, or a person is named as a subject outside quotations, before {@code
   * offset} below the headline: the story has begun with someone, so an indefinite source after
   * it is someone else.
   */
  private boolean subjectNamedInBodyBefore(int offset) {
    for (int k = anchorIndex(sourceAnchors, offset); k >= 0; k--) {
      if (sourceAnchors.get(k).paragraph() >= 1) {
        return true; // someone spoke below the headline
      }
    }
    for (int k = anchorIndex(nameAnchors, offset); k >= 0; k--) {
      Anchor a = nameAnchors.get(k);
      if (a.paragraph() < 1) {
        return false;
      }
      if (!a.inQuote() && a.subject() && a.entity() != null && a.entity().person()) {
        return true;
      }
    }
    return false;
  }

  /** Whether a person is named before {@code offset} in paragraph {@code from} or later. */
  private boolean personNamedBefore(int offset, int from) {
    for (int k = anchorIndex(nameAnchors, offset); k >= 0; k--) {
      Anchor a = nameAnchors.get(k);
      if (a.paragraph() < from) {
        return false;
      }
      if (a.entity() != null && a.entity().person()) {
        return true;
      }
    }
    return false;
  }

  /** Nouns for whoever leads a body, whatever their post's name ("the head of the authority"). */
  private static final Set<String> HEADS_OF = Set.of("head", "chief", "leader", "boss");
  /** A post that owns a description, "the prime minister's ...": the post's last word (group 1). */
  private static final Pattern POST_OWNER = Pattern.compile(
      "(?i)(?:the\\s+)?(?:[\\p{L}-]+\\s+)?([\\p{L}-]+)(?:'s|\u2019s)\\s");
  /** Words of a role that say whom its holder serves: "for", "of", a possessive. */
  private static final Pattern SERVES = Pattern.compile("\\s(?:for|of)\\s|'s\\s|\u2019s\\s");

  /**
   * Whether a description owned by a post ("the prime minister's spokesperson") and the entity's
   * roles with its head name different owners: every such role says whom it serves ("A
   * spokesperson for the charity Equal Lives UK") and none names that post.
   */
  private boolean otherPostOwner(Entity e, SourceReading.Description d) {
    String post = owningPost(d);
    if (post == null) {
      return false;
    }
    boolean other = false;
    for (Role r : e.roles) {
      if (!r.head().equals(d.head())) {
        continue;
      }
      String t = lower(r.text());
      if (t.contains(post)) {
        return false;
      }
      if (!SERVES.matcher(t).find()) {
        return false; // "the spokesperson" alone may serve anyone
      }
      other = true;
    }
    return other;
  }

  /**
   * The last word, lower case, of the post that owns a description ("minister" for "the prime
   * minister's spokesperson"); null when no post owns it ("the firm's chief executive").
   */
  private String owningPost(SourceReading.Description d) {
    Matcher m = POST_OWNER.matcher(d.span().text());
    return m.lookingAt() && lexicon.is(SpeakerLexicon.Kind.ROLE, lower(m.group(1)))
        ? lower(m.group(1)) : null;
  }

  /** Whether the entity already has a specific role other than {@code head}. */
  private boolean otherRole(Entity e, String head) {
    return otherRole(e, head, null);
  }

  /**
   * Whether the entity already has a specific role other than {@code head}, leaving out a role
   * written inside {@code title}, the first name of it with its title ("Rear Admiral Guan Youfei"
   * may be "the deputy head of the delegation"; "the army spokesman, Colonel Omar Haddad," is no
   * envoy).
   */
  private boolean otherRole(Entity e, String head, Span title) {
    if (lexicon.is(SpeakerLexicon.Kind.ANONYMOUS, head)
        || lexicon.is(SpeakerLexicon.Kind.EPITHET, head) || HEADS_OF.contains(head)) {
      return false; // "the businessman" may be the candidate; "the head of X" its chief executive
    }
    for (Role r : e.roles) {
      boolean titled = title != null && r.start() < title.end()
          && r.start() + r.text().length() >= title.start(); // "Rear [Admiral Tor Lindqvist]"
      if (!titled && !r.head().equals(head)
          && !lexicon.is(SpeakerLexicon.Kind.ANONYMOUS, r.head())
          && !lexicon.is(SpeakerLexicon.Kind.EPITHET, r.head())
          && lexicon.is(SpeakerLexicon.Kind.ROLE, r.head())) {
        return true;
      }
    }
    return false;
  }

  /** Nouns for a person that say nothing but their sex: "the man", "the woman". */
  private static final Set<String> PLAIN_PERSONS = Set.of("man", "woman");

  /** Whether a description is only a noun for a person of one sex ("the man", "the woman"). */
  private static boolean plainPerson(SourceReading.Description d) {
    return d.modifiers().isEmpty() && PLAIN_PERSONS.contains(d.head());
  }

  /**
   * Whether an unnamed entity is one person described by a person noun ("One retired dairy
   * farmer", "A nurse at the clinic"): its name opens on "a", "an", "one" or "another" and its
   * head, the last word before any "of", "at", "in", "from" or "who", is a role or person noun.
   */
  private boolean describedPerson(Entity e) {
    String name = e.canonicalName();
    if (!Resolution.ONE_DESCRIBED.matcher(name).lookingAt()) {
      return false;
    }
    String[] words = Splits.SPACES.split(name.toLowerCase(Locale.ROOT));
    String head = words[Math.max(1, headIndex(words))].replaceAll("[^\\p{L}-]", "");
    return res.isRole(head) || wordNetPerson(head);
  }

  /**
   * The index of a description's head among its words: the last word before the first of
   * {@link #DESCRIPTION_ENDS} after the opening one ("neighbour" of "A longtime neighbour of the
   * Ashbys"), else the last word.
   */
  static int headIndex(String[] words) {
    for (int k = 1; k < words.length; k++) {
      if (DESCRIPTION_ENDS.contains(lower(words[k]))) {
        return k - 1;
      }
    }
    return words.length - 1;
  }
}
