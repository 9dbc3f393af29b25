package org.quotekit.resolve;

import static org.quotekit.resolve.ArticleScan.lower;
import static org.quotekit.resolve.Resolution.anchorIndex;
import static org.quotekit.resolve.Resolution.definedOrganisation;
import static org.quotekit.resolve.Resolution.label;
import static org.quotekit.resolve.Resolution.owned;
import static org.quotekit.resolve.Resolution.quoted;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.quotekit.Quote;
import org.quotekit.Span;
import org.quotekit.SpeakerKind;
import org.quotekit.internal.Datelines;
import org.quotekit.internal.SortedSpans;
import org.quotekit.internal.TimePhrases;
import org.quotekit.internal.WordClasses;
import org.quotekit.spi.AnalyzedArticle;
import org.quotekit.spi.Sentence;
import org.quotekit.spi.Token;

/**
 * Who issued a document that a source mention names as the speaker ("the report said", "a poll
 * found", "the statement added"): the name the mention gives ("a Reuters survey", "a statement
 * from the Trump campaign", "a CNN/ORC poll", "The IG report"), else the issuer the text names
 * for such a document outside any source mention ("a poll by the Public Policy Institute of
 * California", "the Holocaust Museum issued a statement"), before it or, for one in the headline
 * or lead, soon after; else the context ("said in a statement" then "the statement", "the
 * ruling" after a court, "X submitted a letter noting"). It keeps what the article has said of
 * documents so far, the issuer of the last one and the issuer named for each kind ("the poll"
 * after "a new Quinnipiac University poll"), so that a definite document later continues one
 * unless the text names another of its kind since ("another poll", "a new poll"). Part of one
 * {@link Resolution}, whose description rules ask it in their order and whose reasons it records.
 * Not thread-safe; one instance per article.
 */
final class DocumentIssuers {

  /**
   * A verb that sends a document before or at a cue ("emailed supporters, telling them",
   * "tweeted on Friday"): what "the email", "the tweet" means after it.
   */
  static final Pattern SENT_DOCUMENT = Pattern.compile("(?i)\\b(?:e-?mailed|tweeted)\\b");
  /**
   * "in a statement", "in a filing with ...", "in the ad": group 1 is the words after the
   * determiner, up to the document's head noun.
   */
  static final Pattern SPOKE_IN =
      Pattern.compile("\\b[Ii]n (?:a|an|its|his|her|their|the)((?: [\\p{L}\\d-]+){1,3})");
  /**
   * Documents a medium or a subject may stand before as well as an issuer ("TV and radio ads", "a
   * Trump tweet", "a Times article"): only the text saying so names their issuer ("a book by X",
   * "X released an ad").
   */
  private static final Set<String> WRITTEN_DOCUMENTS = Set.of("book", "ad", "email", "tweet",
      "op-ed", "column", "article", "editorial", "video", "spot", "commercial", "advertisement",
      "mailer");
  /**
   * The nouns a paid advertisement goes by ("a spot" then "The ad claimed"): one kind of
   * document, which its sponsor issues; unlike other {@link #WRITTEN_DOCUMENTS}, an
   * organisation's name before one is its sponsor ("an AFF spot").
   */
  private static final Set<String> AD_HEADS = Set.of("ad", "spot", "commercial",
      "advertisement");
  /** Where an ad runs, whose name before it is no sponsor ("a TV ad", "a Facebook spot"). */
  private static final Set<String> AD_MEDIA = Set.of("tv", "radio", "cable", "facebook",
      "youtube", "google", "instagram", "tiktok", "twitter", "x", "snapchat", "hulu", "spotify",
      "internet", "web", "super bowl");
  /** By ad noun, the heads an ad of its sponsor may have been named by: its own, then the rest. */
  private static final Map<String, List<String>> AD_NAMES = AD_HEADS.stream()
      .collect(Collectors.toMap(h -> h, h -> Stream.concat(Stream.of(h),
          AD_HEADS.stream().filter(o -> !o.equals(h)).sorted()).toList()));
  /**
   * Documents an issuer the text names issues ("a Quinnipiac University poll", "a book by X"):
   * an organisation, or a person who wrote or released it; {@link #WRITTEN_DOCUMENTS} among them.
   */
  private static final Set<String> ISSUED_DOCUMENTS = Stream.concat(WRITTEN_DOCUMENTS.stream(),
      Stream.of("poll", "survey", "study", "report", "statement", "analysis", "audit", "review",
          "release", "letter", "memo", "ruling", "filing", "complaint", "lawsuit",
          "investigation", "findings", "data", "results", "assessment", "evaluation",
          "bulletin", "advisory", "notice", "forecast", "estimate", "projection", "dossier",
          "memorandum", "summary", "communique", "communiqu\u00e9", "guidance", "petition",
          "minutes"))
      .collect(Collectors.toUnmodifiableSet());
  /**
   * What a study found ("the findings", "results"): it stands for the poll, survey or study the
   * text names as well as for a document of its own name.
   */
  static final Set<String> RESULT_NOUNS = Set.of("findings", "data", "results");
  /** The documents whose results {@link #RESULT_NOUNS} stand for. */
  private static final List<String> STUDIES = List.of("poll", "survey", "study", "report",
      "analysis");
  /** By result noun, the document heads it may stand for: its own, then {@link #STUDIES}. */
  private static final Map<String, List<String>> RESULT_HEADS = RESULT_NOUNS.stream()
      .collect(Collectors.toMap(r -> r, r -> Stream.concat(Stream.of(r), STUDIES.stream())
          .toList()));
  /**
   * How many paragraphs after a document in the headline or lead the text may name its issuer
   * ("Poll: ... leads" then "A Fox News poll shows ..."): news names the issuer soon after.
   */
  private static final int LEAD_ISSUER_PARAGRAPHS = 2;
  /**
   * How many paragraphs after a document in the headline ("Young voters upbeat, poll finds")
   * the text may name its issuer: a headline sums up the story, which may give its source only
   * after a few paragraphs of findings.
   */
  private static final int HEADLINE_ISSUER_PARAGRAPHS = 6;
  /** Before a document that is not the one spoken of before ("another poll by"). */
  private static final Pattern OTHER_DOCUMENT = Pattern.compile(
      "(?i)\\b(?:another|other|earlier|previous|second|separate)[ \\t]+(?:[\\p{L}-]+[ \\t]+)?$");
  /**
   * The nouns a party's court case goes by, each with the nouns it may be named with ("according
   * to a lawsuit" above "X alleges in the complaint"): one kind of document.
   */
  private static final Map<String, List<String>> LEGAL_HEADS = Map.of(
      "lawsuit", List.of("lawsuit", "complaint"), "complaint", List.of("complaint", "lawsuit"));
  /**
   * By document head noun, the words after an issuer's name that name its document ("University
   * poll", "issued a statement"; for a court case any verb before "in": "alleges in the
   * complaint"); compiled once, not per description.
   */
  private static final Map<String, Pattern> ISSUER_THEN_DOCUMENT = ISSUED_DOCUMENTS.stream()
      .collect(Collectors.toMap(head -> head, head -> Pattern.compile(
          (AD_HEADS.contains(head) ? "[ \\t]+(?i:" + head + ")s?\\b" // "an AFF spot"
              : WRITTEN_DOCUMENTS.contains(head) ? "(?!)"
              : "(?:[ \\t-]+[\\p{L}-]+){0,2}?[ \\t]+(?i:" + head + ")s?\\b")
          + "|(?<verb>(?:[ \\t]+\\(\\p{Lu}[\\p{L}&.-]{0,11}\\))?" // "X (SSI) published its report"
          + "(?:,[ \\t]+(?:which|who)[^,.;]{1,80},)?" // "X, which speaks for ..., released"
          + "(?:[ \\t]+(?:has|have|had))?" // "X (ONR) has served an improvement notice"
          + "[ \\t]+(?:issued|released|published|sent|sent out|put out|commissioned|served"
          + "|provided|filed|unveiled|launched|rolled out|debuted|aired" // "X unveiled an ad"
          + (WRITTEN_DOCUMENTS.contains(head) ? "|ran|paid[ \\t]+for|sponsored" : "")
          + "|(?:is|was|are|were|came)[ \\t]+out[ \\t]+with" // "X is out with a new ad"
          + (LEGAL_HEADS.containsKey(head) ? "|\\p{Ll}+[ \\t]+in" : "")
          + ")[ \\t]+(?:a|an|its|his|her|their|the)(?:[ \\t]+[\\p{L}-]+){0,2}?[ \\t]+" + head
          + "\\b)")));
  /**
   * "from" or "by", then an owner's capitalised name with a possessive and up to three words in
   * small letters, closing a source mention ("a report from the Harbour Board's inspector
   * general"): group 1 is the owner, group 2 the post, group 3 its last word.
   */
  private static final Pattern FROM_OWNED_POST = Pattern.compile("\\b(?:from|by)[ \\t]+"
      + "(?:[Tt]he[ \\t]+)?(\\p{Lu}[\\p{L}.&-]*(?:[ \\t]+\\p{Lu}[\\p{L}.&-]*){0,4})['\\u2019]s?"
      + "[ \\t]+((?:\\p{Ll}+[ \\t]+){0,2}(\\p{Ll}+))[ \\t]*$");
  /**
   * After an organisation's name, the verb that says it reported the news ("the Daily Courant
   * reported on Friday", "X first reported", "X has reported"): the organisation issued "the
   * report" and "Report: ..." that tell that news.
   */
  private static final Pattern REPORTED = Pattern.compile(
      "(?:[ \\t]+\\p{Ll}+ly)?[ \\t]+(?:has[ \\t]+|had[ \\t]+|first[ \\t]+)?reported\\b");
  /**
   * Documents a speaker issues of their own words ("a statement", "a release"), which "according
   * to" may credit after the words it relays; not a report, interview or article, which others
   * write about them.
   */
  private static final Set<String> OWN_DOCUMENTS = Set.of("statement", "release", "announcement",
      "communique", "communiqué", "notice", "filing", "post", "tweet", "letter", "message",
      "bulletin");
  /**
   * The documents a body issues of its own acts, which speak for the body that acted just before
   * ("raised its rate ..., according to a statement"): not a tweet, post or letter, which anyone
   * may send.
   */
  private static final Set<String> BODY_RECORDS = Set.of("statement", "release",
      "announcement", "communique", "communiqu\u00e9", "bulletin", "minutes");
  /** What may stand before a name that opens its sentence as the subject: space, "the". */
  private static final Pattern SUBJECT_OPENING = Pattern.compile("(?i)[ \t]*(?:the[ \t]+)?");
  /**
   * The members of a body that open a sentence before its name ("Leaders of the eight-nation",
   * "Ministers of the"): the body acts through them.
   */
  private static final Pattern MEMBERS_OF = Pattern.compile("[ \t]*(?:Leaders|Members|Ministers"
      + "|Heads[ \t]+of[ \t]+state|Delegates|Representatives)[ \t]+of[ \t]+(?:the[ \t]+)?"
      + "(?:\\p{Ll}[\\p{L}-]*[ \t]+)?");
  /** "..., according to a statement" or "..., according to its brief statement" before it. */
  private static final Pattern RELAY_BEFORE = Pattern.compile("(?i),[ \t]+according[ \t]+to"
      + "[ \t]+(?:(?:an?|the|its|their)[ \t]+)?(?:[\\p{L}-]+[ \t]+){0,2}$");
  /** A speech verb right after the subject that opens the relayed words: " said", " has told". */
  private static final Pattern SPOKE_AFTER = Pattern.compile("[ \t]+(?:has[ \t]+|had[ \t]+)?"
      + "(?:said|says|told|tells|announced|confirmed|stated|added|warned|insisted)\\b");
  /**
   * A verb form in -ing in small letters: after "by" it names a means, not an issuer ("studies
   * conducted by comparing counties").
   */
  private static final Pattern GERUND = Pattern.compile("\\p{Ll}[\\p{Ll}-]*ing\\b");
  /**
   * A verb of issuing right before a document that is its object ("submitted a letter", "is
   * launching a new ad", "releases a report").
   */
  private static final Pattern ISSUING_VERB_BEFORE = Pattern.compile("\\b(issued|released"
      + "|published|sent|sent out|put out|submitted|filed|lodged|posted|wrote|penned|produced"
      + "|presented|delivered|tabled|unveiled|launched|rolled out|debuted|aired"
      + "|(?:is|are) (?:releasing|publishing|launching|unveiling|airing|running|rolling out)"
      + "|releases|publishes|launches|unveils|airs|ran|runs)[ \t]+$");
  /**
   * By document head noun, the words before an issuer's name that name its document ("a poll by
   * the", "The report, commissioned by the", "a memo released Friday by", "a statement posted on
   * the website"); compiled once, not per description.
   */
  private static final Map<String, Pattern> DOCUMENT_THEN_ISSUER = ISSUED_DOCUMENTS.stream()
      .collect(Collectors.toMap(head -> head, head -> Pattern.compile(
          "\\b" + head + "s?(?:(?<participle>,?[ \\t]+(?:commissioned|published|released"
          + "|issued|conducted|written|prepared|produced|carried[ \\t]+out|posted|paid|sponsored"
          + "|funded|financed)"
          + "(?:[ \\t]+\\p{L}+){0,4})?"
          + "[ \\t]+(?<link>by|from)|,?[ \\t]+(?:posted|published)[ \\t]+(?:on|in)(?:[ \\t]+the)?"
          + "(?:[ \\t]+(?:website|site|page|blog|account|feed))?)[ \\t]+(?:the[ \\t]+)?"
          + "(?<described>(?-i:(?:[\\p{Ll}-]+[ \\t]+){0,3}?(?<role>\\p{Ll}+)[ \\t]+))?$",
          Pattern.CASE_INSENSITIVE)));
  /**
   * By document head noun (the lexicon's speech nouns, so bounded), a mention that names such a
   * document anew: an indefinite one ("a new poll") or a definite one with a complement ("the
   * inquiry into the blackout"); compiled on first use and shared by all articles.
   */
  private static final Map<String, Pattern> NAMED_DOCUMENT = new ConcurrentHashMap<>();
  /** How many names back a document looks for the issuer the text named (time stays linear). */
  private static final int ISSUER_NAMES = 200;
  /** A possessive right after a name ("X's campaign", "Sanders' office"). */
  private static final Pattern POSSESSIVE_AFTER = Pattern.compile("['\\u2019]");
  /** The words after a document that introduce its issuer ("a statement from the campaign"). */
  private static final Set<String> ISSUER_LINKS = Set.of("from", "by");
  /**
   * Capitalised words on one line, no possessive among them, as a regular expression; "of",
   * "for" and "the" may join them ("Rock the Vote").
   */
  private static final String CAPITALISED_WORDS = "\\p{Lu}[\\p{L}\\p{N}.&-]*(?:[ \\t]+"
      + "(?:(?:of|for|the|of[ \\t]+the|for[ \\t]+the)[ \\t]+)?\\p{Lu}[\\p{L}\\p{N}.&-]*)*";
  /** A preposition before a joint poll: the source is a phrase it hangs on ("20 percent of"). */
  private static final Pattern PREPOSITION =
      Pattern.compile("\\b(?:of|in|among|from|with|to|for|at|on)\\b");
  /**
   * Names joined by slashes before the word after them (group 2: "CNN/ORC poll", "NBC News/Wall
   * Street Journal survey", "Washington Post/ABC News polling"); group 1 is the joint name, whose
   * words have no possessive ("July's" is no part of it).
   */
  private static final Pattern JOINT_NAME = Pattern.compile(
      "(?<![\\p{L}\\p{N}'\u2019.&-])(?!(?:A|An|The|This|That)\\s)(" + CAPITALISED_WORDS
      + "(?:/" + CAPITALISED_WORDS + ")+)[ \\t]+(\\p{L}+)");
  /**
   * The word in small letters right before a name (group 2), "the" before it skipped, and the
   * word before that (group 1): what {@link #objectBefore} reads.
   */
  private static final Pattern WORDS_BEFORE = Pattern.compile(
      "(?:\\b(\\p{L}+)[ \\t]+)?\\b(\\p{Ll}+)[ \\t]+(?:the[ \\t]+)?$");
  /** Prepositions and particles whose object a name after them is ("taking down X"). */
  private static final Set<String> OBJECT_PREPOSITIONS = Set.of("against", "about", "by", "down",
      "up", "over", "on", "to", "toward", "towards", "than", "like", "versus");
  /** How far after a source cut inside a joint name its document noun may end. */
  private static final int JOINT_REACH = 60;
  /** A participle of issuing and the words before its "by" ("released on Wednesday night"). */
  private static final String ISSUED = "(?:written|issued|signed|"
      + "released|published|filed|sent|prepared|commissioned|authored|drafted|tabled|posted|"
      + "compiled|produced|submitted|lodged|presented|circulated|started|launched|kept|"
      + "maintained|collected|gathered|paid|sponsored|funded|financed)\\s+"
      + "(?:(?!(?:and|or|is|was|were|been)\\s)\\(?[\\p{L}\\d]+\\)?\\s+){0,8}?";
  /**
   * What follows a document and names its issuer: "by", or a passive apposition ("a new report by
   * Politico", "the memo, written by").
   */
  private static final Pattern ISSUED_BY = Pattern.compile("\\s*,?\\s*(?:" + ISSUED + ")?by\\s+");
  /** {@link #ISSUED_BY} with its participle: "released by", not "by nearly 9 points". */
  private static final Pattern PARTICIPLE_BY = Pattern.compile("\\s*,?\\s*" + ISSUED + "by\\s+");
  // "released on Wednesday night by", "filed in federal court in Greensboro by", "prepared for
  // the Transport Infrastructure Authority (TIA) by": the client before "by" issued nothing
  /** How far after a document its issuer's "by" may end (", filed in federal court in X by"). */
  private static final int ISSUED_BY_REACH = 96;
  /**
   * "from" (and "the") right after a document the source stage cut before it ("A poll from
   * Marquette Law School released Wednesday found"): a name after it may be the issuer.
   */
  private static final Pattern FROM_NAME = Pattern.compile("[ \\t]+from[ \\t]+(?:the[ \\t]+)?");
  /**
   * Documents a newspaper or journal publishes: "in" after one introduces the publisher ("an
   * editorial in The Des Moines Register"), when that is an organisation; after {@link #POSTED},
   * "in" or "on" does for any document ("a statement posted on the website X").
   */
  private static final Set<String> POSTED = Set.of("posted", "published");
  private static final Set<String> PUBLISHED_IN = Set.of("report", "reports", "editorial",
      "column", "op-ed", "analysis", "article", "articles", "story", "stories");
  /** After a document: "that" or nothing, a personal pronoun and a verb of writing or giving. */
  private static final Pattern AUTHOR_CLAUSE = Pattern.compile("[ \\t]+(?:that[ \\t]+)?"
      + "(he|she|it|they|He|She|It|They)[ \\t]+(?:had[ \\t]+|has[ \\t]+)?(gave|wrote|sent"
      + "|released|issued|made|posted|published|delivered|filed|signed|read|given|written"
      + "|sent out|put out)\\b");
  /** A sentence opening with "the" and a noun, as in "The council is ...". */
  private static final Pattern THE_NOUN_OPENING = Pattern.compile("(?:The|the)[ \\t]+(\\p{L}+)");
  /** The word after a space. */
  private static final Pattern NEXT_WORD = Pattern.compile("[ \t]+([\\p{L}-]+)");
  /**
   * Documents a person writes or signs, so that a person's name right before one is its author
   * ("a Fierro ad", "the Ubadike memo", "a Trump tweet"); not a study, poll or investigation,
   * which a name before it may only be the subject of ("the Clinton investigation").
   */
  private static final Set<String> AUTHORED = Set.of("statement", "tweet", "ad", "memo",
      "memorandum", "letter", "email", "e-mail", "book", "op-ed", "column", "editorial", "video",
      "release");
  /** How many words in small letters may stand between a document's issuer and its head. */
  private static final int MODIFIER_GAP = 2;
  /** Lexicon kinds of a capitalised word that names no document's issuer ("the Iowa poll"). */
  private static final List<SpeakerLexicon.Kind> NO_ISSUER_KINDS = List.of(
      SpeakerLexicon.Kind.PLACE, SpeakerLexicon.Kind.PARTY, SpeakerLexicon.Kind.GROUP,
      SpeakerLexicon.Kind.TIME, SpeakerLexicon.Kind.ROLE, SpeakerLexicon.Kind.TITLE,
      SpeakerLexicon.Kind.HONORIFIC, SpeakerLexicon.Kind.POLITY);
  /** Nouns for one body's published report, one kind of document ({@link #documentKind}). */
  private static final Set<String> REPORT_NOUNS = Set.of("report", "assessment", "review",
      "audit", "findings", "inquiry", "investigation", "probe");
  /** How far back "the study" looks for the document whose issuer the text named. */
  private static final int DOCUMENT_PARAGRAPHS = 1;

  /** The run this belongs to: its cue, last speaker, reasons and the rules for a complement. */
  private final Resolution res;
  private final AnalyzedArticle article;
  private final String text;
  private final SpeakerLexicon lexicon;
  private final Entities entities;
  /** The run's names, as anchors in text order. */
  private final List<Resolution.Anchor> nameAnchors;

  /** The documents named with joint issuers ({@link #jointDocuments}); null until read. */
  private List<Issued> jointDocuments;
  /** The issuer of the last document the text named one for ("a Reuters survey"). */
  private Entity lastIssuer;
  private int lastIssuerParagraph;
  private int lastIssuerEnd;
  /**
   * The issuer a source mention named for each kind of document, by head noun ("poll"), with the
   * words that named it; absent when two issuers' documents share the head noun.
   */
  private final Map<String, Entity> issuerByDocument = new HashMap<>();
  private final Map<String, String> documentNamed = new HashMap<>();
  /** Where the document of {@link #issuerByDocument} was named, by head noun. */
  private final Map<String, Integer> documentEnd = new HashMap<>();
  /** The first issuer named for each kind of document, by head noun. */
  private final Map<String, Entity> firstIssuer = new HashMap<>();
  /**
   * The owner a name gave each document noun that spoke ("Wine Australia's latest survey"), by
   * head noun; {@link #NO_OWNER} when two owners did.
   */
  private final Map<String, Entity> ownerByDocument = new HashMap<>();
  private static final Entity NO_OWNER = new Entity(SpeakerKind.UNKNOWN);

  /** The document the last speaker spoke in ("said in a statement"), with its paragraph. */
  private record SpokenIn(String head, Entity speaker, Span mention, int paragraph,
      boolean sent) {}

  private SpokenIn spokenIn;

  DocumentIssuers(Resolution res, AnalyzedArticle article, SpeakerLexicon lexicon,
      Entities entities, List<Resolution.Anchor> nameAnchors) {
    this.res = res;
    this.article = article;
    this.text = article.text();
    this.lexicon = lexicon;
    this.entities = entities;
    this.nameAnchors = nameAnchors;
  }

  /**
   * The issuer the text names for a document that speaks, past a plain name in its source
   * mention: the mention's complement ({@link #complementIssuer}: "a statement from the Trump
   * campaign") or a capitalised modifier ({@link #modifierIssuer}: "a USA TODAY analysis"); for a
   * definite one ("the study"), the issuer of the document named just before, or the issuer
   * named for its kind ("the poll" after "a new Quinnipiac University poll") unless another body
   * acted in it just before ({@link #actingBody}: "The tribunal also ordered ..., according to
   * the order" after a board's order), or the one the text names outside source mentions
   * ({@link #textIssuer}); else the one named soon after a document in the headline or lead, or
   * a new one ({@link #leadIssuer}); else, for an indefinite one, the one the next sentences name
   * for it ({@link #issuerNamedNext}). Null when none. Records the reason.
   */
  Entity namedIssuer(SourceReading r, Span src, SourceReading.Description d) {
    String head = d.head();
    Entity issuer = complementIssuer(r, src, d);
    if (issuer == null) {
      issuer = modifierIssuer(r, d);
    }
    if (issuer == null) {
      issuer = bodyNounIssuer(r, d);
    }
    if (issuer != null) {
      return issuer;
    }
    int paragraph = article.sentenceAt(src.start()).paragraph();
    if (d.definite() && lastIssuer != null
        && paragraph - lastIssuerParagraph <= DOCUMENT_PARAGRAPHS
        && !otherDocumentSince(d, lastIssuerEnd)) {
      return res.because(lastIssuer, "document-issuer", quoted(d.span().text())
          + " is the document of " + label(lastIssuer) + " mentioned just before");
    }
    // the issuer first: the scan for another document since is only worth it with one
    String kind = documentKind(head);
    Entity earlier = d.definite() && !owned(r) ? issuerByDocument.get(kind) : null;
    Entity acting = earlier == null ? null : actingBody(d);
    if (acting != null && acting != earlier) {
      return acting; // "The tribunal also ordered ..., according to the order": another body's
    }
    if (earlier != null && !otherDocumentSince(d, documentEnd.getOrDefault(kind, 0))) {
      // "the poll" after "a new Quinnipiac University poll"
      return res.because(earlier, "document-issuer", quoted(d.span().text()) + " is the " + head
          + " of " + label(earlier) + " named before (" + documentNamed.get(kind) + ")");
    }
    Entity named = d.definite() && !documentNamed.containsKey(kind) ? textIssuer(d) : null;
    if (named != null) {
      return named;
    }
    Entity lead = leadIssuer(d);
    // "a confidential consultants' report ... The report, prepared for the TIA by Hartwell Keane
    // Associates, warns", past the lead too
    return lead != null || !d.indefinite() ? lead : issuerNamedNext(d);
  }

  /**
   * The issuer one of the two sentences right after an indefinite document names when it opens
   * with the document again and a participle and "by" after it ("according to a confidential
   * report. The report, prepared for the authority by Hartwell Keane Associates, warns"), or with
   * "It was written by"; null otherwise. Records the reason.
   */
  private Entity issuerNamedNext(SourceReading.Description d) {
    List<Sentence> sentences = article.sentences();
    int first = article.sentenceAt(d.span().start()).index() + 1;
    for (int k = first; k < sentences.size() && k <= first + 1; k++) {
      Sentence next = sentences.get(k);
      Matcher again = NEXT_DOCUMENT.matcher(text).region(next.start(), next.end());
      if (!again.lookingAt() || again.group(1) != null
          && !again.group(1).equalsIgnoreCase(d.head())) {
        continue;
      }
      Matcher by = (again.group(1) == null ? WAS_ISSUED_BY : PARTICIPLE_BY).matcher(text)
          .region(again.end(), Math.min(next.end(), again.end() + ISSUED_BY_REACH));
      if (by.lookingAt()) {
        return issuerIn(issuerPhrase(by.end()), d, false);
      }
    }
    return null;
  }

  /**
   * A sentence that opens with a definite document and a comma ("The report, prepared"), group 1
   * its head, or with "It" ("It was written by").
   */
  private static final Pattern NEXT_DOCUMENT = Pattern.compile(
      "(?:The|This)[ \\t]+(?:[\\p{L}'\u2019-]+[ \\t]+){0,2}?(\\p{Ll}+)(?=,)|It(?=[ \\t])");
  /** "was" and a participle of writing a document before "by": "It was written by". */
  private static final Pattern WAS_ISSUED_BY = Pattern.compile("[ \\t]+(?:was|had[ \\t]+been)"
      + "[ \\t]+(?:written|drafted|authored|prepared|compiled|signed|sent|issued)[ \\t]+by[ \\t]+");

  /**
   * The issuer the context gives a document that speaks when the text names none for it: for a
   * definite one, the body of the kind that issues it named last ("the ruling said" after "the
   * Northern Circuit Court of Appeal"), the organisation quoted just before, or the speaker who
   * spoke in a document of its kind just before ("said in a statement", "emailed supporters");
   * else the subject of a verb of issuing it is the object of ({@link #subjectIssuer}). {@code
   * org} tells that its head noun is also an organisation noun. Null when none. Records the
   * reason.
   */
  Entity contextIssuer(SourceReading r, Span src, SourceReading.Description d, boolean org) {
    String head = d.head();
    Entity plaintiff = d.definite() && documentKind(head).equals("lawsuit") ? plaintiff(d) : null;
    if (plaintiff != null) {
      return plaintiff; // "X sued Y ... the complaint says"
    }
    Entity acting = owned(r) ? null : actingBody(d);
    if (acting != null) {
      return acting; // "X fined Y after an investigation found", "according to the decision"
    }
    String issuerNoun = d.definite() && !org ? lexicon.issuerOf(head) : null;
    Entity issuing = issuerNoun == null ? null
        : entities.recentOrganisation(issuerNoun, src.start());
    if (issuing != null) { // "the ruling said" after "the Northern Circuit Court of Appeal"
      return res.because(issuing, "document-issuer", quoted(d.span().text()) + " is issued by a "
          + issuerNoun + ": " + label(issuing) + ", the " + issuerNoun + " named last");
    }
    Entity lastSpeaker = res.lastSpeaker;
    if (d.definite() && !org && !owned(r) && lastSpeaker != null // not "the charity's accounts"
        && lastSpeaker.kind == SpeakerKind.ORGANIZATION && !lastSpeaker.place
        && article.sentenceAt(src.start()).paragraph() - res.lastSpeakerParagraph
            <= DOCUMENT_PARAGRAPHS && !otherDocumentSince(d, res.lastSpeakerEnd)) {
      return res.because(lastSpeaker, "document-issuer", quoted(d.span().text())
          + " is a document of " + label(lastSpeaker) + ", the organisation quoted just before");
    }
    if (d.definite() && !owned(r) && spokenIn != null
        && spokenIn.head.equals(d.head())
        && article.sentenceAt(src.start()).paragraph() - spokenIn.paragraph
            <= DOCUMENT_PARAGRAPHS) {
      String mention = spokenIn.mention.text();
      return res.because(spokenIn.speaker, "document-issuer", quoted(d.span().text()) + " is "
          + (spokenIn.sent ? "what " + label(spokenIn.speaker) + " " + mention + " just before"
              : quoted(mention) + ", in which " + label(spokenIn.speaker) + " spoke just before"));
    }
    Entity sender = subjectIssuer(d);
    if (sender != null) { // "The X Partnership, a nonprofit, submitted a letter noting that"
      issued(head, sender, d.span(), d.definite());
      return sender;
    }
    Entity before = d.definite() && !owned(r) ? senderBefore(d) : null;
    return before != null || owned(r) ? before : openingBody(d);
  }

  /**
   * The issuer of a document of a body's own words that names none ("The Bank of Japan raised its
   * rate. The decision was made by an 8-1 vote, according to a statement"; "the minutes
   * showed"): the organisation that opens, as its subject (past a dateline), the document's
   * sentence or the one right before it in its paragraph, or, when the document's sentence opens
   * its paragraph, the paragraph before's first sentence (a lead, then "The decision ..., according
   * to a statement"). Null otherwise. Records the reason.
   */
  private Entity openingBody(SourceReading.Description d) {
    if (!BODY_RECORDS.contains(d.head())) {
      return null;
    }
    Sentence s = article.sentenceAt(d.span().start());
    if (s.paragraph() == 0) {
      return null; // the headline names no acting body
    }
    List<Sentence> sentences = article.sentences();
    Sentence before = s.index() == 0 ? null : sentences.get(s.index() - 1);
    if (before != null && before.paragraph() != s.paragraph()) { // the document opens its
      int first = before.index(); // paragraph: the first sentence of the one before, a lead
      while (first > 0 && sentences.get(first - 1).paragraph() == before.paragraph()) {
        first--;
      }
      before = before.paragraph() == s.paragraph() - 1 && before.paragraph() > 0
          ? sentences.get(first) : null;
    }
    for (Sentence at : before == null ? List.of(s) : List.of(s, before)) {
      Entity e = subjectBodyOpening(at, d.span().start());
      if (e != null) {
        return res.because(e, "document-issuer", quoted(d.span().text()) + " is a " + d.head()
            + " of " + label(e) + ", the body that opens "
            + (at == s ? "its sentence" : "the sentence before")
            + (at.paragraph() == s.paragraph() ? "" : " in the paragraph before"));
      }
    }
    return null;
  }

  /**
   * The organisation that opens sentence {@code at} as its subject, past a dateline and "the",
   * named before {@code before} outside quotations; null when none does.
   */
  private Entity subjectBodyOpening(Sentence at, int before) {
    List<Token> toks = article.tokens(at);
    int open = Datelines.end(toks);
    int from = open < toks.size() ? toks.get(open).start() : at.start();
    Matcher members = MEMBERS_OF.matcher(text).region(from, at.end());
    if (members.lookingAt()) {
      from = members.end(); // "Leaders of the eight-nation Council of Lake States pledged"
    }
    int i = anchorIndex(nameAnchors, from) + 1;
    Resolution.Anchor a = i < nameAnchors.size() ? nameAnchors.get(i) : null;
    return a != null && a.entity() != null && !a.inQuote() && a.start() < before
        && a.sentence() == at.index() && a.entity().kind == SpeakerKind.ORGANIZATION
        && !a.entity().place
        && SUBJECT_OPENING.matcher(text).region(from, a.start()).matches() ? a.entity() : null;
  }

  /**
   * The issuer of a document of one's own words that "according to" credits after words it
   * relays ("The Rowing Federation said its umpires would review the race, according to a
   * statement issued on Saturday"): the subject named at the opening of the sentence, right before
   * its speech verb. Null otherwise, and for a report or interview, which others may write.
   */
  Entity relayIssuer(SourceReading.Description d) {
    if (!OWN_DOCUMENTS.contains(d.head())) {
      return null;
    }
    Sentence s = article.sentenceAt(d.span().start());
    if (!RELAY_BEFORE.matcher(text).region(s.start(), d.span().start()).find()) {
      return null;
    }
    int k = anchorIndex(nameAnchors, s.start()) + 1;
    Resolution.Anchor a = k < nameAnchors.size() ? nameAnchors.get(k) : null;
    if (a == null || a.entity() == null || a.inQuote() || a.start() >= d.span().start()
        || !SUBJECT_OPENING.matcher(text).region(s.start(), a.start()).matches()
        || !SPOKE_AFTER.matcher(text).region(a.end(), s.end()).lookingAt()) {
      return null;
    }
    return res.because(a.entity(), "document-issuer", quoted(d.span().text()) + " relays what "
        + label(a.entity()) + " said at the opening of the sentence: its own");
  }

  /**
   * The plaintiff of a lawsuit the text spoke of before a definite legal document ("the
   * complaint", "the suit"): the name right before the last "sued" or "filed a lawsuit" before
   * it, as the subject of that verb; null when there is none.
   */
  private Entity plaintiff(SourceReading.Description d) {
    TextMatches.Found sued = res.textMatches.of(SUED);
    int last = sued.endingBy(d.span().start()) - 1;
    if (last < 0) {
      return null;
    }
    int at = sued.start(last);
    int k = anchorIndex(nameAnchors, at);
    Resolution.Anchor a = k < 0 ? null : nameAnchors.get(k);
    if (a == null || a.entity() == null || a.inQuote() || a.entity().place
        || !VERB_SUBJECT_GAP.matcher(text).region(a.end(), at).matches()) {
      return null;
    }
    return res.because(a.entity(), "document-issuer", quoted(d.span().text()) + " is the "
        + "lawsuit " + label(a.entity()) + " brought, as the text said before");
  }

  /** The verb of bringing a lawsuit: "sued", "filed a lawsuit", "filed suit against". */
  private static final Pattern SUED = Pattern.compile("\\b(?:sued|(?:filed|brought)[ \t]+(?:a[ \t]+"
      + "|an[ \t]+)?(?:lawsuit|suit|complaint|claim|case))\\b");

  /**
   * The issuer of a definite document ("the message read") that the sentence right before (its
   * quotation's first), in its paragraph or closing the one before, had someone issue as an
   * indefinite one of its head noun ("... Florence Hartley had sent a message"): the person or
   * organisation named right before that verb as its subject, outside quotations; else the
   * subject of that sentence when it holds such a document after "in" ({@link
   * #subjectInDocument}). Null otherwise.
   */
  private Entity senderBefore(SourceReading.Description d) {
    Sentence at = article.sentenceAt(d.span().start());
    Quote q = res.quote;
    if (q != null && q.content().start() < at.start() && q.content().end() <= d.span().start()
        && article.sentenceAt(q.content().start()).paragraph() == at.paragraph()) {
      at = article.sentenceAt(q.content().start()); // "\"... . I thank ...,\" the post read"
    }
    if (at.index() == 0) {
      return null;
    }
    Sentence before = article.sentences().get(at.index() - 1);
    if (before.paragraph() < at.paragraph() - 1 || before.paragraph() == 0) {
      return null; // the sentence right before, in its paragraph or closing the one before
    }
    Matcher v = ISSUED_ONE.computeIfAbsent(d.head(), h -> Pattern.compile(
        ISSUING_VERB_BEFORE.pattern().replace("[ \t]+$", "")
        + "[ \t]+an?[ \t]+(?:[\\p{L}-]+[ \t]+){0,2}" + Pattern.quote(h) + "\\b"))
        .matcher(text).region(before.start(), before.end());
    if (!v.find()) {
      v = LETTER_HEADS.contains(d.head())
          ? WROTE_TO.matcher(text).region(before.start(), before.end()) : null;
      if (v == null || !v.find()) {
        return subjectInDocument(d, before); // nor "X wrote to the council. The letter says"
      }
    }
    int k = anchorIndex(nameAnchors, v.start());
    Resolution.Anchor a = k < 0 ? null : nameAnchors.get(k);
    Entity e = a == null || !VERB_SUBJECT_GAP.matcher(text).region(a.end(), v.start()).matches()
        ? null : namedBefore(v.start(), before.index(), false);
    String verb = v.group(1).equals("written") ? "wrote" : v.group(1); // "had written to"
    return e == null ? null : res.because(e, "document-issuer", quoted(d.span().text())
        + " is what " + label(e) + " " + verb + " just before");
  }

  /**
   * The subject of sentence {@code before}, which holds an indefinite document of {@code d}'s
   * head noun after "in" ("X welcomed the vote in a post on his Facebook page. ... the post
   * read"): the person or organisation named first in that sentence, as its subject, outside
   * quotations and before the document, when no verb of saying sets the document (the cue
   * names its speaker). Null otherwise. Records the reason.
   */
  private Entity subjectInDocument(SourceReading.Description d, Sentence before) {
    Matcher in = IN_ONE.computeIfAbsent(d.head(), h -> Pattern.compile(
        "\\bin[ \t]+an?[ \t]+(?:[\\p{L}-]+[ \t]+){0,2}" + Pattern.quote(h) + "\\b"))
        .matcher(text).region(before.start(), before.end());
    if (!in.find() || SAID_IN.matcher(text).region(before.start(), in.start()).find()) {
      return null; // "X said in a report": the report is the speaker's, whom the cue names
    }
    int k = anchorIndex(nameAnchors, before.start()) + 1;
    Resolution.Anchor a = k < nameAnchors.size() ? nameAnchors.get(k) : null;
    Entity e = a == null ? null : a.entity();
    if (e == null || a.sentence() != before.index() || !a.subject() || a.inQuote()
        || a.end() > in.start() || e.place
        || e.kind != SpeakerKind.PERSON && e.kind != SpeakerKind.ORGANIZATION) {
      return null;
    }
    return res.because(e, "document-issuer", quoted(d.span().text()) + " is the " + d.head()
        + " in which " + label(e) + ", the subject of the sentence before, spoke");
  }

  /** A verb of saying right before "in a report": the cue names who spoke in it. */
  private static final Pattern SAID_IN = Pattern.compile("\\b(?:said|says|wrote|writes|added"
      + "|stated|announced|warned|argued|noted|claimed|explained|told[ \t]+\\p{L}+)[ \t]+$");

  /** By document noun, one such document after "in": "in a post". */
  private static final Map<String, Pattern> IN_ONE = new ConcurrentHashMap<>();

  /** Documents one writes to someone: "X wrote to the council. The letter said". */
  private static final Set<String> LETTER_HEADS = Set.of("letter", "note", "email", "e-mail");
  /** Writing to someone, which a letter after it was: "wrote to", "had written to". */
  private static final Pattern WROTE_TO = Pattern.compile("\\b(wrote|written)[ \t]+to\\b");

  /** By document noun, a verb of issuing and one such document: "had sent a note". */
  private static final Map<String, Pattern> ISSUED_ONE = new ConcurrentHashMap<>();

  /**
   * What may stand between a name and the verb it is the subject of: an auxiliary or an adverb
   * of time ("X [had] sent", "X [then] issued"), not a noun ("The Tarran [campaign] sent").
   */
  private static final Pattern VERB_SUBJECT_GAP = Pattern.compile(
      "[ \t]+(?:(?:had|has|have|also|then|later|earlier|once)[ \t]+){0,2}");

  /**
   * Records an indefinite document that speaks and names no issuer ("a new poll found"): "the
   * poll" after it may be this one, so the issuer named before for its kind no longer tells.
   */
  void recordNoIssuer(SourceReading.Description d) {
    String head = d.head();
    documentNamed.putIfAbsent(documentKind(head), quoted(d.span().text()));
    issuerByDocument.remove(documentKind(head)); // another poll: "the poll" may be either
  }

  /**
   * Whether a source mention named a document of the kind of head noun {@code head} before:
   * "in the release" after it speaks in that one, whoever issued it.
   */
  boolean documentNamed(String head) {
    return documentNamed.containsKey(documentKind(head));
  }

  /**
   * Records that {@code speaker} spoke in the document {@code mention} ("said in a statement"),
   * or sent it when {@code sent} ("emailed supporters"), in paragraph {@code paragraph}: "the
   * statement" or "the email" soon after is the speaker's ({@link #contextIssuer}).
   */
  void spokeIn(String head, Entity speaker, Span mention, int paragraph, boolean sent) {
    spokenIn = new SpokenIn(head, speaker, mention, paragraph, sent);
  }

  /**
   * The sponsors of a joint poll or survey, one organisation named as the text names them ("a
   * new CNN/ORC poll", "the NBC News/Wall Street Journal survey", also when the source stops
   * inside the name: "July's Washington Post" of "July's Washington Post/ABC News polling"): the
   * names joined by slashes just before a document noun, which the source must start before and
   * which must end before the cue, and no preposition stand between the source's start and the
   * names ("20 percent of people in a CNN/ORC poll" are people). Null when the source names no
   * such document.
   */
  Entity jointIssuer(Span src) {
    if (src.text().indexOf('/') < 0 && (src.end() >= text.length()
        || text.charAt(src.end()) != '/')) {
      return null; // no slash in the source or just after it
    }
    int limit = res.cueStart > src.end() ? res.cueStart
        : Math.min(text.length(), src.end() + JOINT_REACH);
    Matcher m = JOINT_NAME.matcher(text).region(src.start(), limit);
    while (m.find()) {
      int[] j = jointParts(m);
      String noun = j == null ? "" : lower(text.substring(j[2], j[3]));
      if (j != null && j[0] < src.end() && !PREPOSITION.matcher(text).region(src.start(), j[0])
          .find() && (j[3] <= src.end() || j[1] >= src.end())) {
        Span joint = Span.of(text, j[0], j[1]);
        Entity e = entities.keyed("org:" + lower(joint.text()), SpeakerKind.ORGANIZATION);
        e.label(joint);
        issued(noun, e, Span.of(text, j[0], j[3]), afterThe(j[0]));
        return res.because(e, "document-issuer", quoted(joint.text()) + ", names joined by a slash,"
            + " issued the " + noun);
      }
    }
    return null;
  }

  /**
   * Where a {@link #JOINT_NAME} match puts the joint name and the document noun after it, as
   * {@code {nameStart, nameEnd, nounStart, nounEnd}}: the word after the names when it is a
   * speech noun ("CNN/ORC poll"), else the names' own last word when it is one and the names
   * before it still hold a slash ("USA TODAY/Rock the Vote Poll of 18-to-34-year-olds"); null
   * when neither is.
   */
  private int[] jointParts(Matcher m) {
    String noun = lower(m.group(2));
    if (lexicon.is(SpeakerLexicon.Kind.SPEECH, noun) || noun.equals("polling")) {
      return new int[] {m.start(1), m.end(1), m.start(2), m.end(2)};
    }
    String names = m.group(1);
    int space = Math.max(names.lastIndexOf(' '), names.lastIndexOf('\t'));
    int slash = names.indexOf('/');
    if (space > slash && slash >= 0
        && lexicon.is(SpeakerLexicon.Kind.SPEECH, lower(names.substring(space + 1)))) {
      int end = m.start(1) + space;
      while (end > m.start(1) && Character.isWhitespace(text.charAt(end - 1))) {
        end--;
      }
      return new int[] {m.start(1), end, m.start(1) + space + 1, m.end(1)};
    }
    return null;
  }

  /**
   * The person who holds the post a document's source mention ends with, an owner's post ("a
   * report from the Harbour Board's inspector general"), when the article gives that post with
   * that owner to one person anywhere ("the Harbour Board inspector general, Ann Roe, said"):
   * who issued it, rather than the owner named inside the mention. Null when the mention ends
   * with no such post, or none or several people hold it. Records the reason.
   */
  Entity ownedPostIssuer(Span src, SourceReading.Description d) {
    Matcher m = FROM_OWNED_POST.matcher(src.text());
    if (!m.find() || !res.isRole(lower(m.group(3)))) {
      return null;
    }
    Entity holder = res.postHolderNamed(m.group(1), m.group(2));
    return holder == null ? null : res.because(holder, "document-issuer", quoted(m.group())
        + " issued " + quoted(d.span().text()) + "; the article names the holder of that post, "
        + label(holder));
  }

  /**
   * The person whose post an acronym in a document's words spells ("The IG report" after "the
   * agency inspector general, Dana Quillfeather"): who issued it; null when none does.
   */
  Entity postIssuer(SourceReading r, SourceReading.Description d) {
    for (SourceReading.Tok t : r.toks) {
      NameMention n = entities.nameAt(t.token().start());
      if (n != null && n.form == NameMention.Form.SINGLE && n.span.end() < d.span().end()
          && !definedOrganisation(n)) {
        Entity holder = res.postHolder(n.name.text(), n.span.start());
        if (holder != null) {
          return res.because(holder, "document-issuer", quoted(n.name.text()) + " spells the post "
              + label(holder) + " was given, and issued " + quoted(d.span().text()));
        }
      }
    }
    return null;
  }

  /**
   * The author a relative clause without "that" gives a document right after its head noun ("an
   * account she gave to the Free Beacon", "the letter he wrote in May", "a statement it released
   * Monday"): the pronoun's person or body, resolved as a pronoun; null when no such clause
   * follows the description.
   */
  Entity relativeAuthor(SourceReading.Description d) {
    Matcher head = Resolution.headWord(d.head()).matcher(text)
        .region(d.span().start(), d.span().end());
    int after = head.find() ? head.end() : d.span().end();
    Matcher m = AUTHOR_CLAUSE.matcher(text).region(after,
        Math.min(text.length(), after + 40));
    if (!m.lookingAt()) {
      return null;
    }
    Span pronoun = Span.of(text, m.start(1), m.end(1));
    Entity e = bodyOpening(pronoun);
    if (e == null) {
      e = res.pronounIssuer(pronoun);
    }
    return e == null ? null : res.because(e, "document-issuer", quoted(text.substring(
        d.span().start(), m.end(2))) + ": the author of the document, " + label(e));
  }

  /**
   * The organisation "it" or "they" of an author clause stands for when its sentence opens with
   * "the" and an organisation noun ("The council is ..., according to a statement it released"):
   * the organisation of that head noun mentioned last before the sentence, with the pronoun
   * recorded as a mention of it; null otherwise.
   */
  private Entity bodyOpening(Span pronoun) {
    String word = lower(pronoun.text());
    if (!word.equals("it") && !word.equals("they")) {
      return null;
    }
    Sentence s = article.sentenceAt(pronoun.start());
    Matcher m = THE_NOUN_OPENING.matcher(text).region(s.start(), pronoun.start());
    if (!m.lookingAt() || !lexicon.is(SpeakerLexicon.Kind.ORG, lower(m.group(1)))) {
      return null;
    }
    Entity e = entities.recentOrganisation(lower(m.group(1)), s.start());
    if (e == null || e.place) {
      return null;
    }
    e.addOther(pronoun, "pronoun", quoted(pronoun.text()) + " stands for " + quoted(m.group())
        + ", the subject its sentence opens with: " + label(e));
    return e;
  }

  /** Whether a document noun follows a name straight away ("Crowdpac data"). */
  boolean documentAfter(Span name) {
    return lexicon.is(SpeakerLexicon.Kind.SPEECH, wordAfter(name));
  }

  /** Whether a document of head noun {@code head} (singular or plural) is one a person writes. */
  static boolean authored(String head) {
    return AUTHORED.contains(head) || head.endsWith("s")
        && AUTHORED.contains(head.substring(0, head.length() - 1));
  }

  /**
   * Whether a document of head noun {@code head} is a work a person authors and keeps ("the ad",
   * "the book", "the letter"), not a statement or release a person speaks in for the moment.
   */
  static boolean work(String head) {
    return authored(head) && !head.startsWith("statement") && !head.startsWith("release");
  }

  /** Whether the head noun {@code head} follows a name straight away ("Fierro ad"). */
  boolean headAfter(Span name, String head) {
    return wordAfter(name).equals(head);
  }

  /** The word right after a name, in small letters; "" when a word does not follow it. */
  private String wordAfter(Span name) {
    Matcher m = NEXT_WORD.matcher(text).region(name.end(), text.length());
    return m.lookingAt() ? lower(m.group(1)) : "";
  }

  /** Whether a source mention holds "by" or "from": its complement names the issuer. */
  static boolean linked(SourceReading r) {
    return r.toks.stream().anyMatch(t -> ISSUER_LINKS.contains(t.lower()));
  }

  /**
   * The organisation a capitalised modifier of a document names when the tagger took it for no
   * name ("the RealClearPolitics average of polls", "a USA TODAY analysis", "the Real Clear
   * Politics polling average"): the run of capitalised words before the head noun, with at most
   * {@value #MODIFIER_GAP} words in small letters between, not opening the sentence, nouns, none
   * of them a name the article knows (the name rules take those), a place, party, group, time,
   * role, title or honorific ("the new Iowa poll" is no Iowa's); issued by that organisation. Null
   * when the description has no such run, or an owner before it issued it ("the bank's Monetary
   * Policy Report"). Records the reason.
   */
  private Entity modifierIssuer(SourceReading r, SourceReading.Description d) {
    int head = headIndex(r, d);
    int end = head - 1;
    while (end >= 0 && head - 1 - end < MODIFIER_GAP && isSmall(r.toks.get(end).text())) {
      end--;
    }
    int start = end + 1;
    while (start > 0 && capitalisedModifier(r.toks.get(start - 1))) {
      start--;
    }
    if (start > end || r.toks.get(start).token().start() < d.span().start()
        || res.opensSentence(r.toks.get(start).token().span())) {
      return null; // "Polling averages show": capitalised for standing first
    }
    for (int k = 0; k < start; k++) {
      String w = r.toks.get(k).text();
      if (ArticleScan.isPossessiveMarker(w) || ArticleScan.possessive(w)) {
        return null; // "the bank's Monetary Policy Report": the owner issued it
      }
    }
    Span run = Span.of(text, r.toks.get(start).token().start(), r.toks.get(end).token().end());
    Entity e = entities.keyed("org:" + lower(run.text()), SpeakerKind.ORGANIZATION);
    e.label(run);
    e.addOther(run, "document-issuer", quoted(run.text()) + " issued " + quoted(d.span().text()));
    return res.because(e, "document-issuer", quoted(run.text()) + ", a name before it, issued "
        + quoted(d.span().text()));
  }

  /**
   * The organisation an organisation noun in small letters just before a document's head noun
   * stands for ("a union survey", "commission figures", "council minutes"): the body of that kind
   * the text named last before the document, as a bare "the union" would be; for nouns in small
   * letters that are no organisation noun, the body whose name holds them ({@link
   * #nameWordsIssuer}). Null when the text named no such body. Records the reason.
   */
  private Entity bodyNounIssuer(SourceReading r, SourceReading.Description d) {
    int head = headIndex(r, d);
    String noun = head < 1 ? "" : r.toks.get(head - 1).text();
    if (!isSmall(noun) || r.toks.get(head - 1).token().start() < d.span().start()) {
      return null;
    }
    if (!lexicon.is(SpeakerLexicon.Kind.ORG, noun)) {
      return nameWordsIssuer(r, d, head);
    }
    Entity body = entities.recentOrganisation(noun, d.span().start());
    if (body == null || body.place) {
      return null;
    }
    issued(d.head(), body, d.span(), d.definite());
    return res.because(body, "document-issuer", quoted(d.span().text()) + " is a " + noun
        + "'s, " + label(body) + ", the " + noun + " named last");
  }

  /**
   * The organisation whose name holds the nouns in small letters before a document's head noun
   * ("an inspector general report" and "the Commerce Department's Office of Inspector General"),
   * named in the document's paragraph, the one before it or the next one; null when none or
   * several are, or when no noun stands there. Records the reason.
   */
  private Entity nameWordsIssuer(SourceReading r, SourceReading.Description d, int head) {
    int start = head;
    boolean noun = false;
    while (start > 0 && head - start < 3 && isSmall(r.toks.get(start - 1).text())
        && r.toks.get(start - 1).token().start() >= d.span().start()
        && (r.toks.get(start - 1).tag().equals("NOUN")
            || r.toks.get(start - 1).tag().equals("ADJ"))) {
      start--;
      noun |= r.toks.get(start).tag().equals("NOUN") || ArticleScan.inDictionary(
          r.toks.get(start).lower(), WordClasses.Pos.NOUN); // "inspector", tagged ADJ there
    }
    if (!noun) {
      return null;
    }
    List<String> words = new ArrayList<>();
    for (int k = start; k < head; k++) {
      words.add(r.toks.get(k).lower());
    }
    int paragraph = article.sentenceAt(d.span().start()).paragraph();
    Entity body = entities.organisationWithWords(words, paragraph - 1, paragraph + 1);
    if (body == null) {
      return null;
    }
    issued(d.head(), body, d.span(), d.definite());
    return res.because(body, "document-issuer", quoted(d.span().text()) + " is a document of "
        + label(body) + ", whose name holds '" + String.join(" ", words) + "'");
  }

  /** The index among the source's tokens of the description's head noun, or -1. */
  private static int headIndex(SourceReading r, SourceReading.Description d) {
    for (int k = 0; k < r.toks.size(); k++) {
      SourceReading.Tok t = r.toks.get(k);
      if (t.token().start() >= d.span().start() && t.lower().equals(d.head())) {
        return k;
      }
    }
    return -1;
  }

  /** Whether a word is written in small letters ("polling" of "the X polling average"). */
  private static boolean isSmall(String w) {
    return !w.isEmpty() && Character.isLowerCase(w.charAt(0)) && w.chars().allMatch(
        c -> Character.isLetter(c) || c == '-');
  }

  /**
   * Whether a word of a document's modifiers may be part of its issuer's name: capitalised, no
   * name the article knows, a noun (not "A", not "Turkish"), and none of the lexicon's places,
   * parties, groups, times, roles, titles or honorifics.
   */
  private boolean capitalisedModifier(SourceReading.Tok t) {
    String w = t.text();
    String tag = ArticleScan.base(t.tag());
    if (w.isEmpty() || !Character.isUpperCase(w.charAt(0)) || ArticleScan.possessive(w)
        || !tag.equals("PROPN") && !tag.equals("NOUN") // "A", "Turkish news reports"
        || !w.chars().allMatch(c -> Character.isLetterOrDigit(c) || c == '-' || c == '.')
        || entities.nameAt(t.token().start()) != null) {
      return false;
    }
    for (SpeakerLexicon.Kind k : NO_ISSUER_KINDS) {
      if (lexicon.is(k, w)) {
        return false;
      }
    }
    return true;
  }

  /** "and" and a second participle, which ends an issuer's phrase ("... and seen by"). */
  private static final Pattern SECOND_PARTICIPLE =
      Pattern.compile(" (?:and|or) [a-z]+(?:ed|en|wn) (?:by|to|in)\\b");

  /**
   * The words from {@code start} up to a comma, semicolon or dash, "and" and a second
   * participle, the sentence's end, or the cue of the quote being resolved ("by the Harwick
   * Institute said" ends before "said"), in that sentence; null when there are none.
   */
  private Span issuerPhrase(int start) {
    Sentence s = article.sentenceAt(start);
    int end = start;
    int stop = res.cueStart > start ? Math.min(res.cueStart, s.end()) : s.end();
    // a full stop inside the sentence is an abbreviation's ("Dr. Ada Brill", "U.S. officials")
    Matcher second = SECOND_PARTICIPLE.matcher(text);
    while (end < stop && ",;\u2014".indexOf(text.charAt(end)) < 0
        && !(text.charAt(end) == ' ' && second.region(end, stop).lookingAt())) {
      end++; // "drafted by the ethics committee and seen by EL PAÍS": one issuer, to "and"
    }
    while (end > start && Character.isWhitespace(text.charAt(end - 1))) {
      end--;
    }
    if (end > start && text.charAt(end - 1) == '.' && text.substring(end, s.end()).isBlank()) {
      end--; // the sentence's own full stop
    }
    end = beforeTime(s, start, end);
    return end > start ? Span.of(text, start, end) : null;
  }

  /**
   * Where an issuer's phrase {@code [start, end)} ends once a time phrase that closes it is left
   * out ("a report by the state auditor last year found": the auditor, not "the state auditor
   * last year"), with the preposition before it ("on Monday"); {@code end} when none closes it or
   * nothing would be left.
   */
  private int beforeTime(Sentence s, int start, int end) {
    List<Token> toks = article.tokens(s);
    int first = SortedSpans.firstStartingAtOrAfter(toks, Token::start, start);
    int last = first;
    while (last < toks.size() && toks.get(last).end() <= end) {
      last++;
    }
    int kept = TimePhrases.english().endBeforeClosingTime(toks, article.tags(s), first, last);
    return kept == last ? end : toks.get(kept - 1).end();
  }

  /**
   * The issuer a document's complement names when it is no plain name: "a statement from the
   * Trump campaign", "a report from the company", "a statement posted on the website X", or "by"
   * or a passive apposition after the
   * mention ("a new report by Politico", "the memo, written by the committee's chairman,"), or
   * "from" and a name right after it ({@link #fromNameAfter}). The complement is read as a
   * source mention of its own; null when there is none or it names nobody, or when a verb in
   * -ing follows "by" (a means: "studies conducted by comparing counties"). Records the reason.
   */
  private Entity complementIssuer(SourceReading r, Span src, SourceReading.Description d) {
    Span complement = null;
    boolean published = PUBLISHED_IN.contains(d.head());
    boolean publisher = false;
    for (int k = 1; k + 1 < r.toks.size(); k++) {
      SourceReading.Tok t = r.toks.get(k);
      boolean posted = POSTED.contains(r.toks.get(k - 1).lower()); // "posted on the website X"
      publisher = (published || posted) && t.lower().equals("in")
          || posted && t.lower().equals("on");
      if (ISSUER_LINKS.contains(t.lower())
          && GERUND.matcher(r.toks.get(k + 1).text()).matches()) {
        break; // "conducted by comparing counties": a means, no issuer
      }
      if (ISSUER_LINKS.contains(t.lower()) || publisher) {
        complement = Span.of(text, r.toks.get(k + 1).token().start(), src.end());
        break;
      }
    }
    if (complement == null) {
      Matcher m = ISSUED_BY.matcher(text).region(src.end(), Math.min(text.length(),
          src.end() + ISSUED_BY_REACH));
      if (m.lookingAt()) {
        complement = issuerPhrase(m.end());
      } else {
        return fromNameAfter(src, d);
      }
    }
    return issuerIn(complement, d, publisher);
  }

  /**
   * The issuer a phrase names for document {@code d} ("by the Trump campaign", "from his
   * office"), read as a source mention of its own, {@code publisher} when it names where the
   * document was published; null when it names nobody. Records the reason.
   */
  private Entity issuerIn(Span complement, SourceReading.Description d, boolean publisher) {
    if (complement == null || complement.text().isBlank()) {
      return null;
    }
    SourceReading c = new SourceReading(article, complement, entities, lexicon);
    if (c.toks.isEmpty() || c.segments.isEmpty()) {
      return null;
    }
    Pronoun holder = c.toks.size() == 2 && Resolution.OFFICES.contains(c.toks.get(1).lower())
        ? Pronoun.of(c.toks.get(0).lower()) : null;
    if (holder == Pronoun.MALE || holder == Pronoun.FEMALE) { // "a statement from his office"
      Entity e = res.pronounPerson(c.toks.get(0).token().span());
      if (e != null) {
        issued(d.head(), e, d.span(), d.definite());
        return res.because(e, "document-issuer", quoted(complement.text()) + " issued "
            + quoted(d.span().text()) + "; an office speaks for its holder, " + label(e));
      }
    }
    Entity e = res.named(c, complement);
    if (publisher) { // a named organisation publishes ("in The Des Moines Register"), no person
      boolean the = c.toks.get(0).lower().equals("the");
      if (e == null || e.place || e.kind == SpeakerKind.DOCUMENT
          || e.kind == SpeakerKind.PERSON && !the) {
        return null;
      }
      e.kind = SpeakerKind.ORGANIZATION;
    } else if (e == null) {
      SourceReading.Description cd = c.describe(c.segments.get(0));
      if (cd == null || lexicon.is(SpeakerLexicon.Kind.SPEECH, cd.head())) {
        return null;
      }
      e = res.described(c, complement);
    }
    if (e == null || e.kind == SpeakerKind.DOCUMENT) {
      return null;
    }
    issued(d.head(), e, d.span(), d.definite());
    String evidence = quoted(complement.text()) + " issued " + quoted(d.span().text());
    e.addOther(complement, "document-issuer", evidence);
    e.label(complement);
    return res.because(e, "document-issuer", evidence);
  }

  /**
   * The issuer a participle and "by" right after a source that ends in a document noun name ("the
   * annual State of the Industry survey released by the Carton Institute"), looked for before
   * the names inside the source, which title the document rather than issue it; null when no
   * such phrase follows, it names nobody, or the source names an organisation or a person.
   * Records the reason.
   */
  Entity issuedByAfter(SourceReading r, Span src) {
    if (r.segments.size() != 1 || r.toks.size() < 2 || !lexicon.is(SpeakerLexicon.Kind.SPEECH,
        r.toks.get(r.toks.size() - 1).lower())
        || !PARTICIPLE_BY.matcher(text).region(src.end(), Math.min(text.length(),
            src.end() + ISSUED_BY_REACH)).lookingAt()) {
      return null;
    }
    for (SourceReading.Tok t : r.toks) {
      NameMention n = entities.nameAt(t.token().start());
      if (n != null && n.entity != null && (n.entity.kind == SpeakerKind.ORGANIZATION
          || n.entity.kind == SpeakerKind.PERSON && !n.entity.tentative)) {
        return null; // "a New Jersey Watchdog report released by the governor's office": the
      } // body that wrote it, named in it, issues it
    }
    SourceReading.Description d = r.describe(r.segments.get(0));
    // the document noun ends the source, whatever the title before it ("State of the Industry")
    String head = r.toks.get(r.toks.size() - 1).lower();
    return d == null ? null : complementIssuer(r, src, new SourceReading.Description(d.span(),
        head, d.modifiers(), d.definite(), d.indefinite(), d.plural(), false, null));
  }

  /**
   * The issuer "from" and a name right after a document the source stage cut before them give it
   * ("A poll from Marquette Law School released Wednesday found"): a person or organisation the
   * article names there, no place ("a report from Iraq"); null otherwise. Records the reason.
   */
  private Entity fromNameAfter(Span src, SourceReading.Description d) {
    Matcher from = FROM_NAME.matcher(text).region(src.end(), text.length());
    if (!ISSUED_DOCUMENTS.contains(d.head()) || !from.lookingAt()) {
      return null;
    }
    NameMention n = entities.nameAt(from.end());
    Entity e = n == null || n.span.start() != from.end() ? null : n.entity;
    if (e == null || e.place || e.kind != SpeakerKind.ORGANIZATION
        && e.kind != SpeakerKind.PERSON) {
      return null;
    }
    issued(d.head(), e, d.span(), d.definite());
    return res.because(e, "document-issuer", quoted(d.span().text() + " from "
        + n.span.text()) + ": " + label(e) + " issued it");
  }

  /**
   * The organisation the text named as the issuer of a definite document with the head noun of
   * {@code d} before it, outside any source mention: "a Quinnipiac University poll", "a poll by
   * the Public Policy Institute of California", "the Holocaust Museum issued a statement". The one
   * named last; null when none, or when the noun is no document an organisation issues. "The
   * findings" and "the results" may be those of a poll, survey or study the text names. Records
   * the reason.
   */
  private Entity textIssuer(SourceReading.Description d) {
    String head = d.head();
    if (!ISSUED_DOCUMENTS.contains(head)) {
      return null;
    }
    int offset = d.span().start();
    int last = anchorIndex(nameAnchors, offset);
    Issued found = null;
    for (int k = last; k >= 0 && k > last - ISSUER_NAMES && found == null; k--) {
      Resolution.Anchor a = nameAnchors.get(k);
      found = a.end() > offset ? null : issuerAt(a, head, offset, false);
    }
    for (Issued j : jointDocuments()) {
      if (j.to() <= offset && documentHeads(head).contains(j.head())
          && (found == null || j.from() > found.from())) {
        found = j;
      }
    }
    return issuer(found, d, "before");
  }

  /**
   * The issuer of a document that is the object of a verb of issuing in its own sentence ("The
   * Westbury Housing Partnership, a nonprofit advocacy group, submitted a letter of support
   * noting that ..."): the person or organisation named last as that sentence's subject before
   * the verb, outside quotations. Null when the verb before the document is no such verb or no
   * such subject is named.
   */
  private Entity subjectIssuer(SourceReading.Description d) {
    Sentence s = article.sentenceAt(d.span().start());
    Matcher v = ISSUING_VERB_BEFORE.matcher(text).region(s.start(), d.span().start());
    if (!v.find()) {
      return null;
    }
    Entity e = namedBefore(v.start(), s.index(), true);
    return e == null ? null : res.because(e, "document-issuer", label(e) + ", the subject of "
        + quoted(v.group(1)) + ", issued " + quoted(d.span().text()));
  }

  /** Documents that record what a body did: its inquiry, its decision. */
  private static final Set<String> ACTED_DOCUMENTS = Set.of("investigation", "inquiry",
      "probe", "decision", "ruling", "determination", "notice", "order");
  /** Verbs of a body that sanctions or decides, whose inquiry or decision a document is. */
  private static final Pattern SANCTIONING_VERB = Pattern.compile("\\b(fined|imposed"
      + "|suspended|banned|censured|sanctioned|reprimanded|penalised|penalized|revoked"
      + "|disqualified|struck off|ordered)\\b");

  /**
   * A sentence's opening up to its verb that is a body's noun ("The tribunal also", "The
   * regulator has"): group 1 is the noun.
   */
  private static final Pattern BODY_NOUN_SUBJECT = Pattern.compile(
      "[ \\t]*[Tt]he[ \\t]+(\\p{Ll}+)[ \\t]+(?:(?:also|has|had|then|later|subsequently)[ \\t]+)?");

  /**
   * The organisation whose inquiry or decision a document is ({@link #ACTED_DOCUMENTS}) when the
   * text names none for it: the subject of a verb of sanctioning ({@link #SANCTIONING_VERB})
   * before it in its sentence ("The Gambling Commission has fined X after an investigation
   * found"), or, for a definite one, in the sentence before ("..., according to the decision");
   * a subject that is a body's noun ("The tribunal also ordered") is the body of that noun named
   * last. Null otherwise. Records the reason.
   */
  private Entity actingBody(SourceReading.Description d) {
    if (!ACTED_DOCUMENTS.contains(d.head())) {
      return null;
    }
    Sentence s = article.sentenceAt(d.span().start());
    for (int k = s.index(); k >= 0 && k >= s.index() - (d.definite() ? 1 : 0); k--) {
      Sentence at = article.sentences().get(k);
      Matcher v = SANCTIONING_VERB.matcher(text).region(at.start(),
          k == s.index() ? d.span().start() : at.end());
      Entity e = null;
      while (e == null && v.find()) {
        e = namedBefore(v.start(), k, true);
        if (e == null) { // "The tribunal also ordered X": the body its noun stands for
          Matcher noun = BODY_NOUN_SUBJECT.matcher(text).region(at.start(), v.start());
          e = noun.matches() && lexicon.is(SpeakerLexicon.Kind.ORG, noun.group(1))
              ? entities.recentOrganisation(noun.group(1), v.start()) : null;
        }
      }
      if (e != null && e.kind == SpeakerKind.ORGANIZATION) {
        return res.because(e, "document-issuer", quoted(d.span().text()) + " is the "
            + d.head() + " of " + label(e) + ", the subject of " + quoted(v.group(1)));
      }
    }
    return null;
  }

  /**
   * The person or organisation named last before {@code offset} in sentence {@code sentence},
   * outside quotations, as that sentence's subject when {@code subject}; null when none is.
   */
  private Entity namedBefore(int offset, int sentence, boolean subject) {
    for (int k = anchorIndex(nameAnchors, offset); k >= 0; k--) {
      Resolution.Anchor a = nameAnchors.get(k);
      if (a.sentence() != sentence) {
        break;
      }
      Entity e = a.entity();
      if ((a.subject() || !subject) && !a.inQuote() && e != null && !e.place
          && (e.kind == SpeakerKind.ORGANIZATION || e.kind == SpeakerKind.PERSON)) {
        return e;
      }
    }
    return null;
  }

  /**
   * The issuer a document in the headline or lead that names none ("Poll: ... leads", "a poll
   * shows ...") gets from the text soon after it: news summarises first and names its sources
   * next ("A Fox News poll, conducted ..."). The first document of its kind named with an issuer
   * within {@value #LEAD_ISSUER_PARAGRAPHS} paragraphs ({@value #HEADLINE_ISSUER_PARAGRAPHS}
   * from the headline), unless the text calls it another one
   * ("another poll by ..."); past the lead, for a new document ("a new poll suggests ...") only,
   * within the next paragraph, and only a definite one ("The X poll found", not "A X poll").
   * Null when none. Records the reason.
   */
  private Entity leadIssuer(SourceReading.Description d) {
    String head = d.head();
    int offset = d.span().end();
    int paragraph = article.sentenceAt(d.span().start()).paragraph();
    // in the lead, within a few paragraphs; elsewhere a new one ("a new poll"), within the next
    boolean lead = paragraph < Resolution.LEAD_PARAGRAPHS;
    int reach = paragraph == 0 ? HEADLINE_ISSUER_PARAGRAPHS
        : lead ? LEAD_ISSUER_PARAGRAPHS : d.indefinite() ? 1 : -1;
    if (!ISSUED_DOCUMENTS.contains(head) || reach < 0) {
      return null;
    }
    Issued found = null;
    for (int k = anchorIndex(nameAnchors, offset) + 1; k < nameAnchors.size() && found == null;
        k++) {
      Resolution.Anchor a = nameAnchors.get(k);
      if (a.paragraph() > paragraph + reach) {
        break;
      }
      found = a.start() >= offset && (lead || afterThe(a.start()))
          ? issuerAt(a, head, text.length(), true) : null;
    }
    for (Issued j : jointDocuments()) {
      if (j.from() >= offset && documentHeads(head).contains(j.head()) && (lead
          || afterThe(j.from()))
          && article.sentenceAt(j.from()).paragraph() <= paragraph + reach
          && !otherDocument(j.from()) && (found == null || j.from() < found.from())) {
        found = j;
      }
    }
    return issuer(found, d, "after");
  }

  /**
   * Whether the word before {@code offset} is "the": "The Riverside University poll" goes on
   * with a poll named before, where "A Harwick College poll" is another one.
   */
  private boolean afterThe(int offset) {
    int k = offset;
    while (k > 0 && Character.isWhitespace(text.charAt(k - 1))) {
      k--;
    }
    return k >= 3 && text.regionMatches(true, k - 3, "the", 0, 3)
        && (k == 3 || !Character.isLetter(text.charAt(k - 4)));
  }

  /** An issuer the text names for a document: where the words that say so start and end. */
  private record Issued(Entity entity, int from, int to, String head) {}

  /** The issuer found, with the reason recorded; null when none was. */
  private Entity issuer(Issued found, SourceReading.Description d, String where) {
    return found == null ? null : res.because(found.entity(), "document-issuer",
        quoted(d.span().text()) + " is the " + found.head() + " of " + label(found.entity())
            + " named " + where + " (" + quoted(text.substring(found.from(), found.to())) + ")");
  }

  /**
   * The documents a result noun ("the findings") may stand for: its own kind, or a study; and a
   * court case's noun its other name ("a lawsuit", "the complaint").
   */
  private static List<String> documentHeads(String head) {
    return RESULT_HEADS.getOrDefault(head, LEGAL_HEADS.getOrDefault(head,
        AD_NAMES.getOrDefault(head, List.of(head))));
  }

  /** Whether the text calls the document named at {@code from} another one ("another poll"). */
  private boolean otherDocument(int from) {
    return OTHER_DOCUMENT.matcher(text).region(Math.max(0, from - 30), from).find();
  }

  /**
   * The documents the text names with joint issuers anywhere ("a national USA TODAY/Suffolk
   * University Poll", "the CNN/ORC survey"), each issued by one organisation named as the text
   * names them; read once per article.
   */
  private List<Issued> jointDocuments() {
    if (jointDocuments == null) {
      jointDocuments = new ArrayList<>();
      Matcher m = JOINT_NAME.matcher(text);
      while (m.find()) {
        int[] j = jointParts(m);
        String noun = j == null ? "" : lower(text.substring(j[2], j[3]));
        String head = noun.endsWith("s") && ISSUED_DOCUMENTS.contains(noun.substring(0,
            noun.length() - 1)) ? noun.substring(0, noun.length() - 1) : noun;
        if (ISSUED_DOCUMENTS.contains(head)) {
          Span joint = Span.of(text, j[0], j[1]);
          Entity e = entities.keyed("org:" + lower(joint.text()), SpeakerKind.ORGANIZATION);
          e.label(joint);
          jointDocuments.add(new Issued(e, j[0], j[3], head));
        }
      }
    }
    return jointDocuments;
  }

  /**
   * Whether a name stands in apposition between commas: a comma and a space before it and a
   * comma right after it ("The GOP super PAC, American Frontier Fund, ran").
   */
  private boolean apposedName(Resolution.Anchor a) {
    return a.start() >= 2 && a.end() < text.length() && text.charAt(a.end()) == ','
        && text.charAt(a.start() - 1) == ' ' && text.charAt(a.start() - 2) == ',';
  }

  /**
   * The issuer the text names at a name anchor for a document with head noun {@code head} (or,
   * for a result noun, for a study) that ends before {@code limit}; null otherwise. A person
   * issues what the text says the person released ("X issued a") or wrote ("a book by X", "a
   * letter from political journalist X": role words may stand between, but no possessive after:
   * "a statement from X's campaign"). An organisation also issues the report of news it
   * reported ({@link #REPORTED}). Named after the document, the document must not be called
   * another one ("another poll by").
   */
  private Issued issuerAt(Resolution.Anchor a, String head, int limit, boolean after) {
    Entity e = a.entity();
    boolean person = e != null && e.kind == SpeakerKind.PERSON && !a.inQuote();
    if (e == null || !person && e.kind != SpeakerKind.ORGANIZATION || e.place) {
      return null;
    }
    // "The GOP super PAC, American Frontier Fund, ran a spot": past the comma closing the name
    int end = apposedName(a) ? a.end() + 1 : a.end();
    for (String h : documentHeads(head)) {
      Matcher m = ISSUER_THEN_DOCUMENT.get(h).matcher(text)
          .region(end, Math.max(end, Math.min(limit, a.end() + 80)));
      Matcher by = DOCUMENT_THEN_ISSUER.get(h).matcher(text)
          .region(Math.max(0, a.start() - 80), a.start());
      Matcher reported = !person && h.equals("report") ? REPORTED.matcher(text)
          .region(a.end(), Math.min(limit, a.end() + 40)) : null;
      int from = -1;
      int to = -1;
      if (m.lookingAt() && (!person && end == a.end() || m.group("verb") != null)
          && !(m.group("verb") != null && objectBefore(a.start()))
          && !(m.group("verb") == null && AD_MEDIA.contains(lower(a.entity().canonicalName())))) {
        from = a.start(); // "X issued a report", "a Harwick College poll"
        to = m.end();
      } else if (reported != null && reported.lookingAt()) {
        from = a.start(); // "the Daily Courant reported": a person who reports is a witness
        to = reported.end();
      } else if (by.find() && authored(by, person, a)) {
        from = by.start(); // "a poll by the X", "a new book by political journalist X"
        to = a.end();
      }
      if (from >= 0 && !(after && otherDocument(from))) {
        return new Issued(e, from, to, h);
      }
    }
    return null;
  }

  /**
   * Whether the name at {@code start} is the object of the words before it, so not the subject of
   * a verb of issuing after it ("A super PAC aimed at taking down Ann Rowe is out with a new ad",
   * "a group backed by X released an ad"): right after a verb in -ing that no determiner makes an
   * adjective ("the ruling party") or after a preposition that takes an object.
   */
  private boolean objectBefore(int start) {
    Matcher m = WORDS_BEFORE.matcher(text).region(Math.max(0, start - 40), start);
    if (!m.find()) {
      return false;
    }
    String w = m.group(2);
    return OBJECT_PREPOSITIONS.contains(w) || w.endsWith("ing") && w.length() > 5
        && (m.group(1) == null || !Set.of("the", "a", "an").contains(lower(m.group(1))));
  }

  /**
   * Whether the words {@code by} found before the name at {@code a} make it the document's
   * issuer: an organisation after "by" or "from" with or without a participle ("The report,
   * commissioned by the"), a person after "by" or "from" alone and with no possessive after
   * ("a book by X", not "its letter, written by X" nor "from X's campaign"); role words may stand
   * before a person's name ("a new book by political journalist X").
   */
  private boolean authored(Matcher by, boolean person, Resolution.Anchor a) {
    if (by.group("described") != null && !(person && res.isRole(by.group("role")))) {
      return false;
    }
    return !person || by.group("link") != null && by.group("participle") == null
        && !POSSESSIVE_AFTER.matcher(text).region(a.end(), text.length()).lookingAt();
  }

  /** Records that a name owned a document of head noun {@code head} that spoke. */
  void ownedBy(String head, Entity owner) {
    ownerByDocument.merge(head, owner, (a, b) -> a == b ? a : NO_OWNER);
  }

  /**
   * The owner of a bare definite document ("The survey found" after "According to Wine
   * Australia's latest vintage survey"): the one name that owned a document of its head noun that
   * spoke before; null otherwise. Records the reason.
   */
  Entity ownerBefore(SourceReading.Description d) {
    Entity e = d.definite() && d.modifiers().isEmpty() ? ownerByDocument.get(d.head()) : null;
    return e == null || e == NO_OWNER ? null : res.because(e, "document-issuer",
        quoted(d.span().text()) + " is the " + d.head() + " of " + label(e)
            + ", who owned one that spoke before");
  }

  /**
   * Records that a source mention named {@code e} as the issuer of the document {@code doc} with
   * head noun {@code head}: the document of "the study" in the next paragraph, and of "the HEAD"
   * anywhere after unless another issuer's document has that head noun too. A definite document
   * ("The poll, released by X") continues one of its kind that named no issuer ("a new poll has
   * found"): the HEAD is then X's, unless another issuer's document had that head noun before.
   */
  void issued(String noun, Entity e, Span doc, boolean definite) {
    lastIssuer = e;
    lastIssuerParagraph = article.sentenceAt(doc.start()).paragraph();
    lastIssuerEnd = doc.end();
    recordIssuer(noun, e, doc, definite);
  }

  /**
   * As {@link #issued}, for "the HEAD" anywhere after only, not for a document of another kind
   * just after: a speaker who spoke in a document ("In its annual assessment, the panel said").
   */
  void recordIssuer(String noun, Entity e, Span doc, boolean definite) {
    String head = documentKind(noun);
    Entity before = firstIssuer.putIfAbsent(head, e);
    if (!documentNamed.containsKey(head)
        || definite && !issuerByDocument.containsKey(head) && (before == null || before == e)) {
      // the first of its kind, or "The poll, released by X" after "a new poll" that named none
      issuerByDocument.put(head, e);
      documentNamed.put(head, quoted(doc.text()));
      documentEnd.put(head, doc.end());
    } else if (issuerByDocument.get(head) != e) {
      issuerByDocument.remove(head); // two issuers' polls: "the poll" tells neither
    } else {
      documentEnd.put(head, doc.end()); // "a new poll" of the same issuer: no other one since
    }
  }

  /**
   * The kind of document a head noun names, under which its issuer is recorded: "report" for the
   * nouns news uses for one body's published report ("its annual assessment" then "the report");
   * "lawsuit" for a court case, "ad" for an advertisement ({@link #AD_HEADS}); the noun itself
   * otherwise.
   */
  private static String documentKind(String head) {
    return REPORT_NOUNS.contains(head) ? "report" : LEGAL_HEADS.containsKey(head) ? "lawsuit"
        : AD_HEADS.contains(head) ? "ad" : head;
  }

  /**
   * Whether a bare definite document ("the email") follows another document with its head noun
   * named since {@code from}: an indefinite one ("an email fundraising appeal" between "a
   * fundraising email sent out by Sanders" and "the email"), or a definite one that a complement
   * introduces ("The findings of the inquiry into the blackout were released. The inquiry
   * concluded": not the inquiry of the body quoted before): it is that one. A modifier may tell
   * the documents apart ("the new poll" after "a CNN poll conducted last month").
   */
  private boolean otherDocumentSince(SourceReading.Description d, int from) {
    String head = d.head();
    int to = d.span().start();
    if (!d.modifiers().isEmpty() || from >= to) {
      return false;
    }
    Pattern named = NAMED_DOCUMENT.computeIfAbsent(head, h -> Pattern.compile(
        "\\b(?:(?:a|an|another)(?:[ \\t]+[\\p{L}\\d-]+){0,2}?[ \\t]+" + Pattern.quote(h)
        + "|the[ \\t]+" + Pattern.quote(h) + "[ \\t]+(?:into|by|from))\\b",
        Pattern.CASE_INSENSITIVE));
    return named.matcher(text).region(from, to).find();
  }
}
