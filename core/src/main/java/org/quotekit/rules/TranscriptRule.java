package org.quotekit.rules;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.quotekit.Cue;
import org.quotekit.QuoteType;
import org.quotekit.Span;
import org.quotekit.internal.IntervalIndex;
import org.quotekit.internal.SortedSpans;
import org.quotekit.internal.SpeakerLabels;
import org.quotekit.internal.WordClasses;
import org.quotekit.spi.QuoteCandidate;
import org.quotekit.spi.QuoteRegion;
import org.quotekit.spi.Sentence;
import org.quotekit.spi.Token;

/**
 * {@link AttributionRule#TRANSCRIPT}: transcript lines, {@code NAME: words} at the start of a
 * paragraph, also inside an opening quotation mark when the label is in capitals (a transcript
 * quoted paragraph by paragraph: {@code "WALLACE: words}), each a {@link QuoteType#DIRECT} quote:
 * a turn is its speaker's own words, marked by the label, not by quotation marks. Runs before the
 * cue stage; its second step ({@link #TURNS}) runs after all others and cuts out of each turn the
 * sentences that hold another attribution. One per article; not thread-safe.
 */
final class TranscriptRule extends RuleSupport {
  /** The stage, stateless. */
  static final AttributionStage STAGE =
      new SimpleStage("transcripts", context -> new TranscriptRule(context).transcriptLines());

  /** The step after all others that cuts reported speech out of transcript turns; stateless. */
  static final AttributionStage TURNS =
      new SimpleStage("turns", context -> new TranscriptRule(context).trimTurns());

  /** Marks that may close the last paragraph of a quoted transcript. */
  private static final String CLOSING_QUOTES = "\"\u201D";

  /** Words that open a headline before a colon to name the kind of piece, not a speaker. */
  private static final Set<String> KICKERS = Set.of("podcast", "excerpts", "excerpt",
      "transcript", "watch", "listen", "video", "audio", "analysis", "opinion", "explainer",
      "exclusive", "live", "breaking", "update", "editorial", "comment", "factbox", "timeline",
      "photos", "gallery", "quiz", "profile", "obituary", "review", "column");

  private TranscriptRule(AttributionContext ctx) {
    super(ctx);
  }

  /** Whether another paragraph than {@code k} opens with the same label ("TAPPER:" twice). */
  private static boolean relabelled(List<Span> paragraphs, List<SpeakerLabels.Label> labels,
      int k) {
    String name = labelName(paragraphs.get(k).text(), labels.get(k));
    for (int j = 0; j < labels.size(); j++) {
      if (j != k && labels.get(j) != null
          && labelName(paragraphs.get(j).text(), labels.get(j)).equals(name)) {
        return true;
      }
    }
    return false;
  }

  private static String labelName(String paragraph, SpeakerLabels.Label label) {
    return paragraph.substring(label.open(), label.colon()).strip();
  }

  /**
   * Transcript lines: {@code NAME: words} at the start of a paragraph. A label with a post or firm
   * after the name ("Marcus Feld, Chief Executive Officer:") counts only in a transcript, where
   * another paragraph opens with a label too: alone it may be a place ("Lake Placid, New York:");
   * so may a label in capitals that opens the first paragraph after the headline, a dateline
   * ("BEIRUT: ...") unless another paragraph opens with it, whatever the headline holds (a
   * headline's "Lynch: No outside influence on ..." is an attribution, as PolNeAR reads it), and
   * a label in any case there when no other paragraph opens with one ("Mumbai: ...") or when it
   * is one word that no other paragraph opens with ("Bengaluru: ... Edited excerpts:"). An article
   * given without its headline may open with such a dateline: a label in capitals that opens the
   * first paragraph, when no other paragraph opens with a label and the text after it reads as a
   * lede ({@link #readsAsLede}), is one too.
   */
  private void transcriptLines() {
    List<Span> paragraphs = ctx.article().paragraphs();
    List<SpeakerLabels.Label> labels = new ArrayList<>(paragraphs.size());
    int labelled = 0;
    int turns = 0; // the labelled turns read as quotes
    for (Span p : paragraphs) {
      SpeakerLabels.Label label = SpeakerLabels.of(text, p.start(), p.end());
      labels.add(label);
      labelled += label == null ? 0 : 1;
    }
    for (int k = 0; k < paragraphs.size(); k++) {
      Span p = paragraphs.get(k);
      String s = p.text();
      SpeakerLabels.Label label = labels.get(k);
      if (label == null || label.titled() && labelled < 2) {
        continue;
      }
      if (k == 1 && label.open() == 0 && (label.capitals() || labelled == 1
          || !label.text().strip().contains(" ")) && !relabelled(paragraphs, labels, k)) {
        continue; // "BEIRUT: Lebanese solar firm ... said", "Mumbai: Director ...": a dateline,
        // and so is one word before a transcript's labels ("Bengaluru: ... Edited excerpts:")
      }
      if (k == 0 && label.open() == 0
          && KICKERS.contains(labelName(s, label).toLowerCase(Locale.ROOT))) {
        continue; // a headline's kicker names the kind of piece: "Podcast: the mayor on
        // housing"; "Poll: ..." and "Report: ..." are sources, as PolNeAR reads them
      }
      if (k == 0 && labelled == 1 && label.open() == 0 && label.capitals()
          && readsAsLede(s, label.colon() + 1)) {
        continue; // an article given without its headline: "NEW DELHI: The government on ..."
      }
      int open = label.open();
      int colon = label.colon();
      boolean upper = label.capitals();
      if (open > 0 && !upper && !label.asker()) {
        continue; // inside quotation marks only a capital label is a speaker ("WALLACE:")
      }
      int start = colon + 1;
      while (start < s.length() && Character.isWhitespace(s.charAt(start))) {
        start++;
      }
      int end = s.length();
      if (open > 0 && end > start && CLOSING_QUOTES.indexOf(s.charAt(end - 1)) >= 0) {
        end--; // the mark that closes the quoted transcript
      }
      if (start >= end || s.substring(start, end).chars().noneMatch(Character::isLetter)) {
        continue; // "Clinton: 1,769." is a tally, not speech
      }
      int q = ctx.quotationOpeningAt(p.start() + start);
      QuoteRegion whole = q < 0 ? null : ctx.quotations().get(q);
      int after = whole == null ? -1 : whole.outerEnd() - p.start(); // a full stop may follow
      if (whole != null && whole.closed() && (after == end
          || after == end - 1 && ".,;!?".indexOf(s.charAt(after)) >= 0)
          && !whole.inner().text().isBlank()) { // 'Mayor Okonjo: "We will rebuild"': the words
        start = whole.inner().start() - p.start(); // a direct quote's content, not its marks
        end = whole.inner().end() - p.start();
      }
      Span content = Span.of(text, p.start() + start, p.start() + end);
      Span source = Span.of(text, p.start() + open,
          p.start() + (label.asker() ? label.nameEnd() : colon)); // "Q (Lena Varga, Firm):"
      Cue cue = new Cue(Span.of(text, p.start() + colon, p.start() + colon + 1), ":");
      List<Span> parts = List.of(content);
      ctx.markUsed(p.start(), content.end());
      ctx.add(new QuoteCandidate(QuoteType.DIRECT, parts, cue, source,
          open > 0 ? 0.97 : upper ? 0.8 : 0.6, AttributionRule.TRANSCRIPT.id()));
      turns++;
    }
    if (turns == 0) { // a dateline's colon ("BENGALURU: ...") is no label of a turn
      unlabelledAnswers(paragraphs);
      namedAccounts(paragraphs);
    }
  }

  /**
   * A heading line that names who speaks the paragraphs under it, in capitals, with what they
   * are after a comma ("MAUREEN DOYLE, spinner, 1962-1991"); group 1 is the name.
   */
  private static final Pattern ACCOUNT_HEADING = Pattern.compile(
      "\\s*(\\p{Lu}[\\p{Lu}'\u2019.-]+(?:[ \\t]+\\p{Lu}[\\p{Lu}'\u2019.-]+){1,3})"
      + "(?:[ \\t]*,[^\\n]{0,80})?\\s*");
  /** A word of the first person outside quotation marks: an account in the speaker's words. */
  private static final Pattern FIRST_PERSON = Pattern.compile(
      "\\b(?:I|[Ww]e|[Mm]y|[Oo]ur|me|us)\\b");
  /** Small words a section's heading holds and no person's name does. */
  private static final Set<String> HEADING_WORDS_OF_NO_NAME = Set.of("the", "a", "an", "of",
      "and", "for", "in", "on", "to", "what", "why", "how", "who", "with");
  /** Words a heading of an account holds at most. */
  private static final int HEADING_WORDS = 14;

  /**
   * Accounts in the speakers' own words under headings that name them, as oral histories and
   * "in their own words" pieces set them: after two or more headings in capitals that name a
   * person ({@link #ACCOUNT_HEADING}, a word of the name no dictionary word), each paragraph
   * under a heading that speaks in the first person, up to the next heading, is a {@link
   * QuoteType#DIRECT} quote of that name, without the quotations inside it (the words others
   * said, which are theirs).
   */
  private void namedAccounts(List<Span> paragraphs) {
    List<Integer> headings = new ArrayList<>();
    List<Span> names = new ArrayList<>();
    for (int k = 1; k < paragraphs.size(); k++) {
      Span p = paragraphs.get(k);
      Matcher m = ACCOUNT_HEADING.matcher(p.text());
      if (m.matches() && EnglishGrammar.countWords(p.text()) <= HEADING_WORDS
          && personName(m.group(1))) {
        headings.add(k);
        names.add(Span.of(text, p.start() + m.start(1), p.start() + m.end(1)));
      }
    }
    if (headings.size() < 2) {
      return;
    }
    for (int h = 0; h < headings.size(); h++) {
      int next = h + 1 < headings.size() ? headings.get(h + 1) : paragraphs.size();
      for (int k = headings.get(h) + 1; k < next; k++) {
        List<Span> parts = outsideQuotations(paragraphs.get(k));
        if (parts.stream().noneMatch(a -> FIRST_PERSON.matcher(a.text()).find())) {
          break; // the writer's own paragraph ends the account
        }
        parts.forEach(a -> ctx.markUsed(a.start(), a.end()));
        ctx.add(new QuoteCandidate(QuoteType.DIRECT, parts, null, names.get(h), 0.86,
            AttributionRule.TRANSCRIPT.id())); // no cue: the heading says who speaks
      }
    }
  }

  /** Whether a heading's name in capitals holds a word no dictionary knows: a person's name. */
  private static boolean personName(String name) {
    WordClasses words = WordClasses.english();
    for (String w : name.split("[ \\t]+")) {
      String lw = w.toLowerCase(Locale.ROOT).replaceAll("[.'\u2019]", "");
      if (HEADING_WORDS_OF_NO_NAME.contains(lw)) {
        return false; // "THE HOUSING MARKET", "A DAY IN COURT": a section's heading
      }
      if (lw.length() > 1 && !words.knows(lw, WordClasses.Pos.NOUN, WordClasses.Pos.ADJECTIVE,
          WordClasses.Pos.VERB)) {
        return true;
      }
    }
    return false;
  }

  /** The stretches of paragraph {@code p} outside the quotations that open in it, not blank. */
  private List<Span> outsideQuotations(Span p) {
    List<Span> out = new ArrayList<>();
    int from = p.start();
    for (int q = ctx.quotationFrom(p.start()); q < ctx.quotations().size()
        && ctx.quotations().get(q).open() < p.end(); q++) {
      QuoteRegion r = ctx.quotations().get(q);
      addTrimmed(out, from, r.open());
      from = Math.max(from, r.outerEnd());
    }
    addTrimmed(out, from, p.end());
    return out;
  }

  private void addTrimmed(List<Span> out, int from, int to) {
    while (from < to && Character.isWhitespace(text.charAt(from))) {
      from++;
    }
    while (to > from && Character.isWhitespace(text.charAt(to - 1))) {
      to--;
    }
    if (to > from && text.substring(from, to).chars().anyMatch(Character::isLetter)) {
      out.add(Span.of(text, from, to));
    }
  }

  /** A line that opens a question-and-answer piece ("Q&A: X on ...", "X answers questions"). */
  private static final Pattern QA_INTRO = Pattern.compile(
      "(?i)\\bQ\\s?(?:&|and)\\s?A\\b|\\bquestions\\b|\\bask the expert\\b"
      + "|\\b(?:conversation|interview|chat)\\b|\\bsat down with\\b");
  /** An introduction that names who answers after "with": "a conversation with X:". */
  private static final Pattern WITH = Pattern.compile(
      "(?i)\\b(?:conversation|interview|chat|sat down|spoke)\\s+with\\s");
  /** An explainer's own questions: "Q&A: What the ruling means", "Q&A: Why ...". */
  private static final Pattern EXPLAINER = Pattern.compile(
      "(?i)^\\s*Q\\s?(?:&|and)\\s?A\\s*:\\s*(?:what|why|how|who|where|when|will|is|are|can"
      + "|should|everything)\\b");
  /** Paragraphs before the first question an introduction may stand in. */
  private static final int INTRO_REACH = 3;
  /** Words a question paragraph holds at most. */
  private static final int QUESTION_WORDS = 40;

  /**
   * The answers of a question-and-answer piece set without labels: after an introduction that
   * says so and names who answers ("Q&A: Fiona Carr on the survey", "Joanne Blake of PetSense
   * answers readers' questions.", "Excerpts from a conversation with ... Rohan Kapadia:"), or
   * after one that names no one ("This is an edited version of the conversation.") with the
   * person named just before it ({@link #answererNamed}), two or more questions, each a short
   * paragraph that ends with a question mark, each followed by its answer, a paragraph that asks
   * nothing. Each answer is a {@link QuoteType#DIRECT} quote whose source is that name; the
   * questions are the paper's. Not an explainer that asks its own questions ("Q&A: What the
   * ruling means"), and nothing in quotation marks.
   */
  private void unlabelledAnswers(List<Span> paragraphs) {
    int k = 0;
    while (k + 3 < paragraphs.size()) {
      int pairs = 0;
      while (k + 2 * pairs + 1 < paragraphs.size() && question(paragraphs.get(k + 2 * pairs))
          && answer(paragraphs.get(k + 2 * pairs + 1))) {
        pairs++;
      }
      if (pairs < 2) {
        k++;
        continue;
      }
      Span name = answererNamed(paragraphs, k);
      if (name == null) { // "Ask the expert: should I insure her?" heads the piece, and its
        // questions come later: try on from the next paragraph while an introduction is near
        k += introWithin(paragraphs, k + 1) ? 1 : 2 * pairs;
        continue;
      }
      for (int m = 0; m < pairs; m++) {
        Span a = paragraphs.get(k + 2 * m + 1);
        ctx.markUsed(a.start(), a.end());
        ctx.add(new QuoteCandidate(QuoteType.DIRECT, List.of(a), null, name, 0.6,
            AttributionRule.TRANSCRIPT.id())); // no cue: the layout says who answers
      }
      k += 2 * pairs;
    }
  }

  /** Whether an introduction may stand in the {@value #INTRO_REACH} paragraphs before {@code k}. */
  private static boolean introWithin(List<Span> paragraphs, int k) {
    for (int j = Math.max(0, k - INTRO_REACH); j < k && j < paragraphs.size(); j++) {
      if (QA_INTRO.matcher(paragraphs.get(j).text()).find()) {
        return true;
      }
    }
    return false;
  }

  /** Whether paragraph {@code p} is a question of an unlabelled interview. */
  private boolean question(Span p) {
    String s = p.text().strip();
    return s.endsWith("?") && s.split("\\s+").length <= QUESTION_WORDS && !quoted(s);
  }

  /**
   * Whether paragraph {@code p} is an answer: it asks nothing at its end and quotes no one (the
   * reading runs only in an article where no label opened a turn).
   */
  private boolean answer(Span p) {
    String s = p.text().strip();
    return !s.isEmpty() && !s.endsWith("?") && !quoted(s) && Character.isLetter(s.charAt(0));
  }

  private static boolean quoted(String s) {
    return s.indexOf('"') >= 0 || s.indexOf('\u201C') >= 0 || s.indexOf('\u201D') >= 0;
  }

  /**
   * The name of who answers, from the introduction in the {@value #INTRO_REACH} paragraphs
   * before the first question at {@code first}: in a paragraph that speaks of a Q&amp;A,
   * questions, a conversation or an interview and is no explainer's heading, the first run of
   * two or three words the tagger reads as a name, none in capitals only and none after "the"
   * (after "with": the last such run, or the one word right after it); when that paragraph
   * names no one and has no "with", the first such run of a paragraph before it within reach.
   * Null when there is none.
   */
  private Span answererNamed(List<Span> paragraphs, int first) {
    boolean intro = false;
    for (int k = first - 1; k >= Math.max(0, first - INTRO_REACH); k--) {
      Span p = paragraphs.get(k);
      boolean says = QA_INTRO.matcher(p.text()).find() && !EXPLAINER.matcher(p.text()).find();
      if (!says && !intro) {
        continue;
      }
      intro = true; // "This is an edited version of the conversation.": a name may come before
      Matcher with = says ? WITH.matcher(p.text()) : null;
      boolean named = with != null && with.find();
      int from = named ? p.start() + with.end() : p.start();
      List<Sentence> sentences = ctx.article().sentences();
      int i = Math.max(0, SortedSpans.startingAtOrBefore(sentences, Sentence::start,
          p.start()) - 1);
      for (; i < sentences.size() && sentences.get(i).start() < p.end(); i++) {
        Sentence s = sentences.get(i);
        if (s.start() < p.start() || s.end() <= from) {
          continue;
        }
        Span name = nameRun(s, from);
        if (name != null) {
          return name;
        }
      }
      if (named) {
        return null; // "We sat down with" no name: no one named before is surely the one
      }
    }
    return null;
  }

  /**
   * The first run of two or three words from {@code from} the tagger reads as a name, or, after
   * "with" ({@code from} past the sentence's start), the last: "a conversation with Skyline
   * Crest managing director Rohan Kapadia".
   */
  private Span nameRun(Sentence s, int from) {
    List<Token> toks = ctx.article().tokens(s);
    List<String> tags = ctx.article().tags(s);
    Span last = null;
    for (int i = 0; i < toks.size(); i++) {
      if (toks.get(i).start() < from) {
        continue;
      }
      int j = i;
      while (j < toks.size() && j - i < 4 && tags.get(j).equals("PROPN")
          && Character.isUpperCase(toks.get(j).text().charAt(0))
          && !toks.get(j).text().equals(toks.get(j).text().toUpperCase(Locale.ROOT))) {
        j++;
      }
      boolean afterThe = i > 0 && toks.get(i - 1).text().equalsIgnoreCase("the");
      if (j - i == 1 && toks.get(i).start() == from && from > s.start()) {
        return Span.of(text, toks.get(i).start(), toks.get(i).end()); // "sat down with Mokoena"
      }
      if (j - i >= 2 && j - i <= 3 && !afterThe) {
        last = Span.of(text, toks.get(i).start(), toks.get(j - 1).end());
        if (from <= s.start()) {
          return last;
        }
      }
      i = Math.max(i, j);
    }
    return last;
  }

  /** How many words a first paragraph's text after a capital label has at least, to be a lede. */
  static final int LEDE_WORDS = 12;

  /**
   * Whether a first paragraph's text from {@code from} on reads as an article's opening sentence,
   * not a headline or a turn: {@value #LEDE_WORDS} words or more, most of those after the first
   * in small letters, and no question, which a lede does not ask. A headline's label names who
   * says it ("AP: Trump chair routed ...") or what kind of story it is ("BUSTED: Emails Reveal
   * ..."); a lede's is a dateline ("NEW DELHI: The government on Monday cut the tax on diesel
   * ..."), as some outlets write one.
   */
  static boolean readsAsLede(String paragraph, int from) {
    int words = 0;
    int capitalised = 0;
    int i = from;
    while (i < paragraph.length()) {
      if (!Character.isLetter(paragraph.charAt(i))) {
        i++;
        continue;
      }
      boolean upper = Character.isUpperCase(paragraph.charAt(i));
      while (i < paragraph.length() && (Character.isLetter(paragraph.charAt(i))
          || paragraph.charAt(i) == '\'' || paragraph.charAt(i) == '\u2019')) {
        i++;
      }
      capitalised += words > 0 && upper ? 1 : 0;
      words++;
    }
    return words >= LEDE_WORDS && 2 * capitalised < words - 1
        && paragraph.indexOf('?', from) < 0; // "MORAN: ... Is he right?": a turn, which may ask
  }

  /**
   * Cuts out of each transcript turn the speech it reports ("OKONJO: It's an explanation. They
   * have known about it for years." where the cue stage read "known"; "The spokesman, Graham
   * Tait, said yesterday that [you were asleep]. Is he right?"), so that the turn and the speech
   * it reports are both kept: the merge keeps no two candidates that overlap. In a sentence that
   * holds a candidate as confident as the turn or more (one the merge may keep instead of it),
   * the parts of every other candidate leave the turn, which keeps its speaker's own words around
   * them: the frame "The spokesman, Graham Tait, said yesterday that" is the host's. A turn left
   * with no words is kept whole.
   */
  private void trimTurns() {
    List<QuoteCandidate> all = List.copyOf(ctx.candidates());
    String id = AttributionRule.TRANSCRIPT.id();
    Reports others = null;
    List<Sentence> sentences = ctx.article().sentences();
    for (QuoteCandidate turn : all) {
      if (!turn.rule().equals(id) || turn.parts().size() != 1) {
        continue;
      }
      if (others == null) {
        others = new Reports(all, id);
      }
      Span content = turn.parts().get(0);
      // what leaves the turn: {start, resume} of each reported part, in text order; after the
      // last one of a sentence the turn resumes past the sentence's closing mark
      List<int[]> cuts = new ArrayList<>();
      int first = Math.max(0,
          SortedSpans.startingAtOrBefore(sentences, Sentence::start, content.start()) - 1);
      for (int i = first; i < sentences.size(); i++) {
        Span span = sentences.get(i).span();
        if (span.start() >= content.end()) {
          break;
        }
        int start = Math.max(span.start(), content.start());
        int end = Math.min(span.end(), content.end());
        if (start >= end || !others.inside(turn, start, end)) {
          continue;
        }
        List<Span> reported = others.partsInside(start, end);
        for (int k = 0; k < reported.size(); k++) {
          Span r = reported.get(k);
          int resume = r.end();
          while (k == reported.size() - 1 && resume < content.end()
              && (Character.isWhitespace(text.charAt(resume))
                  || ".,;:!?".indexOf(text.charAt(resume)) >= 0)) {
            resume++; // the reported sentence's closing mark is no word of the turn
          }
          cuts.add(new int[] {r.start(), resume});
        }
      }
      // the turn keeps its own words around the reported speech: "The county's study, out in
      // January, found that [the bypass would cut commutes]. Is that worth it?"
      List<Span> kept = new ArrayList<>();
      int from = content.start();
      for (int[] c : cuts) {
        keep(kept, from, c[0]);
        from = c[1];
      }
      keep(kept, from, content.end());
      boolean cut = !cuts.isEmpty();
      if (cut && !kept.isEmpty()) {
        ctx.replace(turn, new QuoteCandidate(QuoteType.DIRECT, kept,
            turn.cue(), turn.source(), turn.confidence(), id));
      }
    }
  }

  /**
   * Adds the turn's words in {@code [from, to)} as a piece, up to its last word ("said yesterday
   * that |"), when they hold a letter.
   */
  private void keep(List<Span> kept, int from, int to) {
    if (from >= to) {
      return;
    }
    int end = to;
    while (end > from && Character.isWhitespace(text.charAt(end - 1))) {
      end--;
    }
    if (text.substring(from, end).chars().anyMatch(Character::isLetter)) {
      kept.add(Span.of(text, from, end));
    }
  }

  /**
   * The parts and cues of the candidates other than transcript turns, indexed by where they
   * stand: what a turn gives up in a sentence that reports speech.
   */
  private final class Reports {
    /** A part or cue of a candidate. */
    private record Piece(int start, int end, QuoteCandidate owner, boolean cue) {}

    private final List<Piece> pieces = new ArrayList<>();
    private final IntervalIndex index;

    Reports(List<QuoteCandidate> all, String turnRule) {
      for (QuoteCandidate c : all) {
        if (c.rule().equals(turnRule)) {
          continue;
        }
        for (Span p : c.parts()) {
          pieces.add(new Piece(p.start(), p.end(), c, false));
        }
        if (c.cue() != null) {
          pieces.add(new Piece(c.cue().span().start(), c.cue().span().end(), c, true));
        }
      }
      index = new IntervalIndex(pieces.stream().mapToInt(Piece::start).toArray(),
          pieces.stream().mapToInt(Piece::end).toArray());
    }

    /**
     * Whether a candidate as confident as {@code turn} or more (one the merge would keep in its
     * place) has a part or cue in the range.
     */
    boolean inside(QuoteCandidate turn, int start, int end) {
      return index.anyOverlapping(start, end,
          k -> pieces.get(k).owner().confidence() >= turn.confidence());
    }

    /**
     * The parts in the range, cut to it, in text order and merged where they touch, so that
     * whatever the merge may keep there stays clear of the turn.
     */
    List<Span> partsInside(int start, int end) {
      List<Span> parts = new ArrayList<>();
      index.forEachOverlapping(start, end, k -> {
        Piece p = pieces.get(k);
        int from = Math.max(start, p.start());
        int to = Math.min(end, p.end());
        if (!p.cue() && from < to) {
          parts.add(Span.of(text, from, to));
        }
      });
      parts.sort(java.util.Comparator.comparingInt(Span::start));
      List<Span> merged = new ArrayList<>();
      for (Span p : parts) {
        Span last = merged.isEmpty() ? null : merged.get(merged.size() - 1);
        if (last != null && p.start() <= last.end()) {
          merged.set(merged.size() - 1,
              Span.of(text, last.start(), Math.max(last.end(), p.end())));
        } else {
          merged.add(p);
        }
      }
      return merged;
    }
  }
}
