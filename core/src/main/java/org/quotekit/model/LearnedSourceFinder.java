package org.quotekit.model;

import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.quotekit.Span;
import org.quotekit.internal.Datelines;
import org.quotekit.internal.PassiveHearers;
import org.quotekit.internal.SortedSpans;
import org.quotekit.internal.TimePhrases;
import org.quotekit.rules.AttributionContext;
import org.quotekit.rules.CueHit;
import org.quotekit.rules.SourceFinder;
import org.quotekit.spi.AnalyzedArticle;
import org.quotekit.spi.QuoteCandidate;
import org.quotekit.spi.Token;

/**
 * The learned source stage: the {@link SourceModel} scores every candidate mention of the cue's
 * sentence ({@link SourceFeatures}) and the most probable one is the source. When it is the
 * subject the grammar reads ({@link SourceFinder#grammar()}), the grammar's span is kept (it
 * holds the whole name: "Jeremy Bash" of "Jeremy Bash, who was ..."), unless the pick holds all
 * of it and more ("Obama the idealist", where the grammar reads "the idealist"); a relative
 * pronoun gives way to the noun phrase it follows, and so does a quantifier or reflexive pronoun
 * that floats after its phrase ("the senators have all", "the candidate himself"); a phrase
 * naming a time is passed over, and one ending the source is cut off; with no candidate in reach
 * the grammar decides. Immutable and thread-safe.
 */
public final class LearnedSourceFinder implements SourceFinder {
  /** A possessive or contracted verb ending a word, with any space before it. */
  private static final Pattern CLITIC = Pattern.compile(
      "(?<=\\p{L})\\s*['\u2019](?:s|m|re|ve|ll|d)$", Pattern.CASE_INSENSITIVE);
  /** Auxiliaries the tagger may read as main verbs ("have" of "they have all said"). */
  private static final Set<String> AUXILIARIES = Set.of("be", "is", "are", "was", "were", "been",
      "have", "has", "had", "do", "does", "did", "will", "would", "shall", "should", "can",
      "could", "may", "might", "must");
  /** Spelt numbers a share is made of ("one in five"), which the tagger may not read as such. */
  private static final Set<String> NUMBER_WORDS = Set.of("one", "two", "three", "four", "five",
      "six", "seven", "eight", "nine", "ten");
  private final SourceModel model;
  private final SourceFeatures features;

  /** A finder ranking with {@code model} over the candidates {@code features} gives. */
  public LearnedSourceFinder(SourceModel model, SourceFeatures features) {
    this.model = Objects.requireNonNull(model, "model");
    this.features = Objects.requireNonNull(features, "features");
  }

  @Override
  public Optional<Span> find(AttributionContext context, CueHit cue, QuoteCandidate attribution,
      Span previousSource) {
    AnalyzedArticle article = context.article();
    List<Token> toks = article.tokens(cue.sentence());
    List<String> tags = article.tags(cue.sentence());
    // "Workers were told by managers that ...": the agent spoke; "Asked whether ..., Lenz
    // said": Lenz was asked, and the asker is the agent or no one
    Span agent = PassiveHearers.agent(article.text(), toks, tags, cue.first(), cue.last());
    if (agent != null || PassiveHearers.participleClause(toks, tags, cue.first())) {
      return Optional.ofNullable(agent);
    }
    Span grammar = SourceFinder.grammar().find(context, cue, attribution, previousSource)
        .orElse(null);
    return pick(article, toks, features.candidates(context, cue, attribution, previousSource,
        grammar), grammar).flatMap(s -> wholeWords(article.text(), s));
  }

  /**
   * The span widened to the whole hyphenated words it begins or ends inside ("Determination
   * Initiative" of "the Self-Determination Initiative"); empty when it begins or ends inside a
   * word any other way, or when the words it was widened to hold no letter ("2" of "voted 7-2"):
   * such a span names no one. A share on its own ("47%") stays.
   */
  static Optional<Span> wholeWords(String text, Span span) {
    int s = span.start();
    int e = span.end();
    while (s > 1 && isHyphen(text.charAt(s - 1)) && Character.isLetterOrDigit(text.charAt(s - 2))) {
      s--;
      while (s > 0 && Character.isLetterOrDigit(text.charAt(s - 1))) {
        s--;
      }
    }
    while (e + 1 < text.length() && isHyphen(text.charAt(e))
        && Character.isLetterOrDigit(text.charAt(e + 1))) {
      e++;
      while (e < text.length() && Character.isLetterOrDigit(text.charAt(e))) {
        e++;
      }
    }
    Span whole = Span.of(text, s, e);
    boolean widened = s != span.start() || e != span.end();
    return insideWord(text, whole)
        || widened && whole.text().codePoints().noneMatch(Character::isLetter)
        ? Optional.empty() : Optional.of(whole);
  }

  /**
   * Whether {@code span} begins or ends inside a word: a letter or digit on both sides of an
   * edge ("2" of "72"). Punctuation at an edge ("Trump's", ", Mrs. Clinton") is no word's
   * inside.
   */
  static boolean insideWord(String text, Span span) {
    int s = span.start();
    int e = span.end();
    return s > 0 && s < e && Character.isLetterOrDigit(text.charAt(s - 1))
        && Character.isLetterOrDigit(text.charAt(s))
        || e < text.length() && e > s && Character.isLetterOrDigit(text.charAt(e - 1))
        && Character.isLetterOrDigit(text.charAt(e));
  }

  private static boolean isHyphen(char c) {
    return c == '-' || c == '\u2010' || c == '\u2011';
  }

  /**
   * The source among a cue's candidates, as {@link #find} chooses it: the most probable one
   * that does not name a time or stand in the sentence's dateline (for a relative pronoun, what
   * it stands for), the grammar's span
   * when that overlaps it and is not a part of it, the grammar's source when there is no
   * candidate; a time phrase that opens the span ("Last week Sheikh Omar"), and a time phrase
   * or a possessive or contracted verb ("'s", "'m") that ends it, are cut off ({@link
   * #trimmed}). A time ("last year", "on Monday", "at one point", "in 2008") never said
   * anything, though the ranker, which reads no such word list, sometimes ranks one first.
   *
   * @param article the analysed article
   * @param toks the tokens of the cue's sentence
   * @param all the cue's candidates ({@link SourceFeatures#candidates})
   * @param grammar the source the grammar reads, or null
   */
  public Optional<Span> pick(AnalyzedArticle article, List<Token> toks,
      List<SourceFeatures.Candidate> all, Span grammar) {
    List<String> tags = toks.isEmpty() ? List.of()
        : article.tags(article.sentenceAt(toks.get(0).start()));
    double[] p = new double[all.size()];
    for (int i = 0; i < p.length; i++) {
      p[i] = model.probability(all.get(i).features());
    }
    // a time is only looked for in a candidate that would win, not in every one; a dateline's
    // place or agency ("WASHINGTON --") says where the story was filed, not who spoke
    int dateline = Datelines.end(toks);
    Predicate<SourceFeatures.Candidate> notTime = c -> c.start() >= dateline
        && !TimePhrases.english().isTime(toks, tags, c.start(), c.end());
    SourceFeatures.Candidate best = best(all, p, notTime);
    if (best != null && isRelative(best, toks)) {
      best = antecedent(all, p, best, toks, notTime);
    }
    if (best != null && isFloating(best, toks)) {
      best = host(all, best, toks, tags, notTime);
    }
    if (best != null && best.end() - best.start() == 1 && isAge(toks, tags, best.start())) {
      best = aged(all, best, notTime);
    }
    if (best == null) {
      return Optional.ofNullable(grammar);
    }
    Span chosen = withPossessor(article, toks, best.span(article, toks));
    Span source = grammar != null && grammar.overlaps(chosen) && !chosen.contains(grammar)
        ? grammar : chosen;
    return Optional.of(withShare(article, toks, tags, withoutClitic(article,
        withoutLeadingTime(article, toks, tags, withoutTime(article, toks, tags, source,
            within(toks, source))))));
  }

  /**
   * A source span without a time phrase that opens it or a time phrase or clitic that ends it, as
   * {@link #pick} cuts its choice; for sources other stages give (a rule pattern's). Empty when the
   * whole span names a time ("the past", "2008") or is no whole words ({@link #wholeWords}): it
   * is then no source.
   *
   * @param article the analysed article
   * @param source a source span within one sentence of the article
   */
  static Optional<Span> trimmed(AnalyzedArticle article, Span source) {
    org.quotekit.spi.Sentence sentence = article.sentenceAt(source.start());
    List<Token> toks = article.tokens(sentence);
    List<String> tags = article.tags(sentence);
    int[] range = within(toks, source);
    if (range[1] - range[0] == 1) {
      Span person = agedPhrase(article, toks, tags, range[0]);
      if (person != null) {
        return Optional.of(person); // "Derek Ashcombe, 67, who spoke": not "67"
      }
    }
    if (range[0] < range[1] && TimePhrases.english().isTime(toks, tags, range[0], range[1])) {
      return Optional.empty();
    }
    Optional<Span> whole = wholeWords(article.text(), source);
    if (whole.isEmpty()) {
      return whole;
    }
    source = whole.get();
    range = within(toks, source);
    return Optional.of(withShare(article, toks, tags, withoutClitic(article,
        withoutLeadingTime(article, toks, tags, withoutTime(article, toks, tags, source,
            range)))));
  }

  /** A capitalised word with a possessive ending: "LSM's", "Riga\u2019s". */
  private static final Pattern POSSESSOR = Pattern.compile("\\p{Lu}[\\p{L}&.-]*['\u2019]s");

  /**
   * The span with the name that owns it, when that name stands right before it as one token
   * with its possessive ending ("LSM's Latvian-language service reported": the candidate left
   * out "LSM's", which the tagger read as a verb); else the span itself.
   */
  private static Span withPossessor(AnalyzedArticle article, List<Token> toks, Span span) {
    int first = within(toks, span)[0];
    if (first <= 0 || first >= toks.size()
        || !POSSESSOR.matcher(toks.get(first - 1).text()).matches()) {
      return span;
    }
    return Span.of(article.text(), toks.get(first - 1).start(), span.end());
  }

  /**
   * The span with the whole share it is part of: "Six in 10" for "10" or "Six" of "Six in 10
   * say", "one in five" for "five" (the noun phrases around the cue leave out the "in" between
   * the numbers, so each number alone is a candidate); the span itself when it is no such part.
   */
  private static Span withShare(AnalyzedArticle article, List<Token> toks, List<String> tags,
      Span span) {
    int[] range = within(toks, span);
    int first = range[0];
    int end = range[1];
    if (first >= end) {
      return span;
    }
    int start = first;
    if (first >= 2 && isNumber(toks, tags, first) && toks.get(first - 1).text().equals("in")
        && isNumber(toks, tags, first - 2)) {
      start = first - 2; // "Six in [10]"
    }
    int last = end - 1;
    if (end - first == 1 && last + 2 < toks.size() && isNumber(toks, tags, last)
        && toks.get(last + 1).text().equals("in") && isNumber(toks, tags, last + 2)) {
      last += 2; // "[Six] in 10"
    }
    return start == first && last == end - 1 ? span
        : Span.of(article.text(), toks.get(start).start(), Math.max(span.end(),
            toks.get(last).end()));
  }

  /** Whether token {@code k} is a number, in figures or spelt out ("10", "five", "Nine"). */
  private static boolean isNumber(List<Token> toks, List<String> tags, int k) {
    String w = toks.get(k).text();
    return tags.get(k).equals("NUM") || !w.isEmpty() && w.chars().allMatch(Character::isDigit)
        || NUMBER_WORDS.contains(w.toLowerCase(Locale.ROOT));
  }

  /**
   * The tokens wholly inside {@code span}, as {@code {first, end}} (end exclusive; {@code first
   * == end} when there are none).
   */
  private static int[] within(List<Token> toks, Span span) {
    int first = SortedSpans.firstStartingAtOrAfter(toks, Token::start, span.start());
    int end = first;
    while (end < toks.size() && toks.get(end).end() <= span.end()) {
      end++;
    }
    return new int[] {first, end};
  }

  /**
   * The span without a possessive or contracted verb that ends it: "Mr. Trump's" is Mr. Trump,
   * "She's" and "I'm" the pronouns (the tokenizer leaves some of them in one token, and a
   * speaker named "She's" was never resolved); the span itself when nothing would be left.
   */
  private static Span withoutClitic(AnalyzedArticle article, Span span) {
    Matcher m = CLITIC.matcher(span.text());
    return m.find() && m.start() > 0
        ? Span.of(article.text(), span.start(), span.start() + m.start()) : span;
  }

  /**
   * The span without a conjunction or a time phrase that opens it ("and the mayor", "Last week
   * Sheikh Omar", "On Monday the senator"), and the comma after the time; the span itself when
   * none does or nothing would be left.
   */
  private static Span withoutLeadingTime(AnalyzedArticle article, List<Token> toks,
      List<String> tags, Span span) {
    int[] range = within(toks, span);
    int first = range[0];
    int end = range[1];
    if (end - first > 1 && tags.get(first).equals("CCONJ")) {
      // "..., and the mayor, Ines Baptiste, said": the conjunction joins the clauses
      return withoutLeadingTime(article, toks, tags,
          Span.of(article.text(), toks.get(first + 1).start(), span.end()));
    }
    int from = first < end && tags.get(first).equals("ADP") ? first + 1 : first;
    for (int k = end - 1; k > from; k--) {
      if (TimePhrases.english().isTime(toks, tags, from, k)) {
        int rest = k;
        while (rest < end && tags.get(rest).equals("PUNCT")) {
          rest++;
        }
        return rest < end ? Span.of(article.text(), toks.get(rest).start(), span.end()) : span;
      }
    }
    return span;
  }

  /**
   * The span without a time phrase that ends it ("the senator last week", "the Department of
   * Veterans Affairs last month" are the senator and the department), the span itself when none
   * does or what is left would not end with a noun or name ("a presidential year").
   */
  private static Span withoutTime(AnalyzedArticle article, List<Token> toks, List<String> tags,
      Span span, int[] range) {
    int kept = TimePhrases.english().endBeforeClosingTime(toks, tags, range[0], range[1]);
    return kept == range[1] ? span
        : Span.of(article.text(), span.start(), toks.get(kept - 1).end());
  }

  /**
   * For a relative pronoun ("the senator, who ..."), the noun phrase it stands for when that
   * ends right before it (a comma at most between), else the most probable candidate that is not
   * a relative pronoun, else null (candidates naming a time left out): the mention then names the
   * speaker, where "who" alone would make a speaker of it.
   */
  private static SourceFeatures.Candidate antecedent(List<SourceFeatures.Candidate> all,
      double[] p, SourceFeatures.Candidate relative, List<Token> toks,
      Predicate<SourceFeatures.Candidate> notTime) {
    for (SourceFeatures.Candidate c : all) {
      int gap = relative.start() - c.end();
      if ((gap == 0 || gap == 1 && toks.get(c.end()).text().equals(",")) && notTime.test(c)) {
        return c;
      }
    }
    return best(all, p, c -> !isRelative(c, toks) && notTime.test(c));
  }

  /**
   * For a quantifier or reflexive pronoun that floats after its noun phrase ("the senator and his
   * aides have all used", "the candidate himself"), that phrase when only auxiliaries and adverbs
   * (or auxiliaries the tagger read as verbs) stand between them, else the word itself.
   */
  private static SourceFeatures.Candidate host(List<SourceFeatures.Candidate> all,
      SourceFeatures.Candidate floating, List<Token> toks, List<String> tags,
      Predicate<SourceFeatures.Candidate> notTime) {
    SourceFeatures.Candidate before = null;
    for (SourceFeatures.Candidate c : all) {
      if (c.end() <= floating.start()) {
        before = c;
      }
    }
    if (before == null || !notTime.test(before)) {
      return floating;
    }
    for (int k = before.end(); k < floating.start(); k++) {
      if (!tags.get(k).equals("AUX") && !tags.get(k).equals("ADV")
          && !AUXILIARIES.contains(toks.get(k).text().toLowerCase(Locale.ROOT))) {
        return floating;
      }
    }
    return before;
  }

  /**
   * Whether token {@code k} is a number in figures set off by commas after a phrase, as an age is
   * ("Derek Ashcombe, 67, who spoke"): the phrase before it is who speaks.
   */
  private static boolean isAge(List<Token> toks, List<String> tags, int k) {
    return k >= 2 && k + 1 < toks.size() && tags.get(k).equals("NUM")
        && toks.get(k).text().chars().allMatch(Character::isDigit)
        && toks.get(k - 1).text().equals(",") && toks.get(k + 1).text().equals(",");
  }

  /** Tags of the noun phrase an age follows. */
  private static final Set<String> AGED_PHRASE_TAGS = Set.of("DET", "ADJ", "NOUN", "PROPN");

  /**
   * For token {@code k}, an age ({@link #isAge}), the noun phrase that ends right before its
   * comma (determiners, adjectives, nouns and names, with a noun or name among them); else null.
   */
  private static Span agedPhrase(AnalyzedArticle article, List<Token> toks, List<String> tags,
      int k) {
    if (!isAge(toks, tags, k)) {
      return null;
    }
    int end = k - 1;
    int start = end;
    boolean nominal = false;
    while (start > 0 && AGED_PHRASE_TAGS.contains(tags.get(start - 1))) {
      start--;
      nominal |= tags.get(start).equals("NOUN") || tags.get(start).equals("PROPN");
    }
    return nominal ? Span.of(article.text(), toks.get(start).start(), toks.get(end - 1).end())
        : null;
  }

  /** For an age, the candidate that ends right before its comma; else the age itself. */
  private static SourceFeatures.Candidate aged(List<SourceFeatures.Candidate> all,
      SourceFeatures.Candidate age, Predicate<SourceFeatures.Candidate> notTime) {
    for (SourceFeatures.Candidate c : all) {
      if (c.end() == age.start() - 1 && notTime.test(c)) {
        return c;
      }
    }
    return age;
  }

  private static boolean isFloating(SourceFeatures.Candidate c, List<Token> toks) {
    return c.end() - c.start() == 1 && SourceFeatures.isFloating(toks.get(c.start()).text());
  }

  private static boolean isRelative(SourceFeatures.Candidate c, List<Token> toks) {
    return c.end() - c.start() == 1 && SourceFeatures.isRelative(toks.get(c.start()).text());
  }

  /**
   * The candidate of probability {@code p} (by index) the model finds most probably the source
   * among those {@code allowed}, or null when there is none; the first of equals wins.
   */
  private static SourceFeatures.Candidate best(List<SourceFeatures.Candidate> all, double[] p,
      Predicate<SourceFeatures.Candidate> allowed) {
    SourceFeatures.Candidate best = null;
    double bestP = -1;
    for (int i = 0; i < p.length; i++) {
      if (p[i] > bestP && allowed.test(all.get(i))) {
        bestP = p[i];
        best = all.get(i);
      }
    }
    return best;
  }
}
