package org.quotekit.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import opennlp.tools.util.Span;
import org.quotekit.Article;
import org.quotekit.spi.AnalyzedArticle;
import org.quotekit.spi.QuoteRegion;
import org.quotekit.spi.Sentence;
import org.quotekit.spi.Token;

/**
 * The default {@link AnalyzedArticle}: paragraphs and quote regions eagerly (one cheap pass each),
 * sentences on first use, tokens per sentence on first use, part-of-speech tags for every sentence
 * on the first call (a surname's tag is settled over the article: {@link SurnameTags}). Long
 * inputs are cut so that every later step costs time linear in the text: the sentence model reads
 * a paragraph in windows of at most {@link #MAX_MODEL_PARAGRAPH} characters that end after a
 * sentence where they can, sentences longer than {@link #MAX_SENTENCE} characters are split at
 * white space, and tokens longer than {@link #MAX_MODEL_TOKEN} characters bypass the statistical
 * tokenizer. Not thread-safe.
 */
public final class Analysis implements AnalyzedArticle {

  static final int MAX_SENTENCE = 2_000;
  static final int MAX_MODEL_TOKEN = 64;
  static final int MAX_MODEL_PARAGRAPH = 20_000;
  /** Marks that may close a sentence after its final period: quote marks and brackets. */
  private static final String CLOSERS = "\"'\u201D\u2019)]";

  private static final QuoteMarkScanner SCANNER = new QuoteMarkScanner();
  /** A thousands separator and the three digits after it (",000"). */
  private static final Pattern THOUSANDS = Pattern.compile(",\\d{3}");

  private final Article article;
  private final String text;
  private final NlpModels models;
  /** Where the lazy steps' time goes, or null when nothing is timed. */
  private final StageClock clock;
  private final List<org.quotekit.Span> paragraphs;
  private List<QuoteRegion> regions;
  private List<QuoteRegion> outermost;
  private List<Sentence> sentences;
  private List<Token>[] tokens;
  private List<String>[] tags;

  /** Analyses {@code article} with the shared models. */
  public Analysis(Article article, NlpModels models) {
    this(article, models, null);
  }

  /**
   * Analyses {@code article} with the shared models, adding the time of each step to {@code
   * clock} (null: nothing is timed).
   */
  public Analysis(Article article, NlpModels models, StageClock clock) {
    long t = clock == null ? 0 : System.nanoTime();
    this.article = article;
    this.text = article.text();
    this.models = models;
    this.clock = clock;
    this.paragraphs = findParagraphs(text);
    if (clock != null) {
      clock.analysis(t);
    }
  }

  @Override
  public Article article() {
    return article;
  }

  @Override
  public String text() {
    return text;
  }

  @Override
  public List<org.quotekit.Span> paragraphs() {
    return paragraphs;
  }

  @Override
  public List<QuoteRegion> quoteRegions() {
    if (regions == null) {
      long t = clock == null ? 0 : System.nanoTime();
      regions = List.copyOf(SCANNER.scan(text, paragraphs));
      if (clock != null) {
        clock.analysis(t);
      }
    }
    return regions;
  }

  @Override
  public Optional<QuoteRegion> quoteAt(int offset) {
    if (outermost == null) {
      outermost = quoteRegions().stream().filter(r -> r.depth() == 0).toList();
    }
    int k = SortedSpans.containing(outermost, QuoteRegion::open, QuoteRegion::outerEnd, offset);
    return k < 0 ? Optional.empty() : Optional.of(outermost.get(k));
  }

  @Override
  @SuppressWarnings("unchecked")
  public List<Sentence> sentences() {
    if (sentences == null) {
      long t = clock == null ? 0 : System.nanoTime();
      List<Sentence> out = new ArrayList<>();
      for (int p = 0; p < paragraphs.size(); p++) {
        org.quotekit.Span para = paragraphs.get(p);
        for (int[] range : splitSentences(para)) {
          addCapped(out, range[0], range[1], p);
        }
      }
      sentences = List.copyOf(out);
      tokens = new List[sentences.size()];
      tags = new List[sentences.size()];
      if (clock != null) {
        clock.analysis(t);
      }
    }
    return sentences;
  }

  private List<int[]> splitSentences(org.quotekit.Span para) {
    List<int[]> ranges = new ArrayList<>();
    if (para.length() > MAX_MODEL_PARAGRAPH) {
      // the sentence model reads at most MAX_MODEL_PARAGRAPH characters at a time, so a
      // paragraph of any length costs time linear in it; each window ends after a sentence's
      // end where one is in reach, so the windows split no sentence a reader would see
      for (int start = para.start(); start < para.end(); ) {
        int end = windowEnd(start, para.end());
        ranges.addAll(splitSentences(org.quotekit.Span.of(text, start, end)));
        start = end;
      }
      return ranges;
    }
    Span[] spans = models.sentenceDetector().sentPosDetect(para.text());
    for (Span s : spans) {
      int start = para.start() + s.getStart();
      int end = para.start() + s.getEnd();
      if (!ranges.isEmpty() && (endsWithAbbreviation(ranges.get(ranges.size() - 1))
          || endsWithComma(ranges.get(ranges.size() - 1)) || startsLowerCase(start, end))) {
        ranges.get(ranges.size() - 1)[1] = end; // "said Rep." | "G.K. Butterfield": one sentence
      } else {
        ranges.add(new int[] {start, end});
      }
    }
    if (ranges.isEmpty()) {
      ranges.add(new int[] {para.start(), para.end()});
    }
    return splitAfterClockTimes(splitAfterNumbers(ranges));
  }

  /**
   * A clock time's "a.m." or "p.m." (group 1), the capitalised word after it (group 2) and the
   * word in small letters after that, if any (group 3).
   */
  private static final Pattern CLOCK_THEN_WORD = Pattern.compile(
      "(?<=\\d[ \t]?)([ap]\\.m\\.)[ \t]+(\\p{Lu}\\p{Ll}*)\\b(?:[ \t]+(\\p{Ll}+)\\b)?");
  /**
   * A clock time's "a.m." or "p.m." (group 1) and an opening quotation mark with a capital letter
   * after it (group 2 the mark): a quotation that opens a sentence (around 8 a.m. "Folks were
   * patient," she said).
   */
  private static final Pattern CLOCK_THEN_QUOTATION = Pattern.compile(
      "(?<=\\d[ \t]?)([ap]\\.m\\.)[ \t]+([\"\u201C])\\p{Lu}");
  /**
   * Capitalised words besides days and months ({@link TimePhrases#namesDay}) that a clock time
   * runs on into: time zones and days said by name ("9 a.m. Eastern time", "9 a.m. Today").
   */
  private static final Set<String> CLOCK_RUNS_ON = Set.of("Eastern", "Pacific", "Central",
      "Mountain", "Atlantic", "Local", "Greenwich", "Today", "Tomorrow", "Tonight");
  /** Words that open a sentence and never follow a clock time within one ("at 2 p.m. She"). */
  private static final Set<String> SENTENCE_OPENERS = Set.of("He", "She", "It", "They", "We",
      "I", "You", "The", "A", "An", "This", "That", "These", "Those", "There", "His", "Her",
      "Its", "Their", "Our", "My", "But", "And", "When", "After", "Before", "By", "In", "At",
      "On", "If", "As");

  /**
   * The ranges, each cut after a clock time's "a.m." or "p.m." that a word opening a sentence
   * follows ("shelters would open at 2 p.m. She said ..."), or a capitalised word with a word in
   * small letters after it that is no day, month or time zone ("detected at 9 a.m. Police
   * arrived later"), or an opening quotation mark before a capital ({@link
   * #CLOCK_THEN_QUOTATION}): the sentence model reads the abbreviation's full stop as the
   * abbreviation's only.
   */
  private List<int[]> splitAfterClockTimes(List<int[]> ranges) {
    List<int[]> out = new ArrayList<>(ranges.size());
    for (int[] r : ranges) {
      List<int[]> cuts = new ArrayList<>(); // {where the sentence ends, where the next starts}
      Matcher m = CLOCK_THEN_WORD.matcher(text).region(r[0], r[1]);
      while (m.find()) {
        if (SENTENCE_OPENERS.contains(m.group(2))
            || m.group(3) != null && !CLOCK_RUNS_ON.contains(m.group(2))
                && !TimePhrases.english().namesDay(m.group(2))) {
          cuts.add(new int[] {m.end(1), m.start(2)});
        }
      }
      Matcher q = CLOCK_THEN_QUOTATION.matcher(text).region(r[0], r[1]);
      while (q.find()) {
        cuts.add(new int[] {q.end(1), q.start(2)});
      }
      cuts.sort((x, y) -> Integer.compare(x[0], y[0]));
      int start = r[0];
      for (int[] cut : cuts) {
        out.add(new int[] {start, cut[0]});
        start = cut[1];
      }
      out.add(new int[] {start, r[1]});
    }
    return out;
  }

  /** Whether the range ends with a comma: no sentence does ("by 10:20 a.m., | Const. X said"). */
  private boolean endsWithComma(int[] range) {
    int end = endWithoutSpace(range);
    return end > range[0] && text.charAt(end - 1) == ',';
  }

  /** Where the range ends without the white space that closes it. */
  private int endWithoutSpace(int[] range) {
    int end = range[1];
    while (end > range[0] && Character.isWhitespace(text.charAt(end - 1))) {
      end--;
    }
    return end;
  }

  /**
   * Where a window of at most {@link #MAX_MODEL_PARAGRAPH} characters from {@code start} ends:
   * {@code end} when that is in reach; else after the white space that follows the last
   * sentence-ending mark (".", "!" or "?", with any closing quote marks or brackets) in its
   * second half; else at its last white space; else at its limit (not between the two halves of
   * a surrogate pair).
   */
  private int windowEnd(int start, int end) {
    int limit = start + MAX_MODEL_PARAGRAPH;
    if (end <= limit) {
      return end;
    }
    int half = start + MAX_MODEL_PARAGRAPH / 2;
    int space = -1;
    for (int i = limit - 1; i > half; i--) { // i: a white space the window may end after
      if (!Character.isWhitespace(text.charAt(i))) {
        continue;
      }
      space = space < 0 ? i + 1 : space;
      int k = i - 1;
      while (k > half && CLOSERS.indexOf(text.charAt(k)) >= 0) {
        k--;
      }
      if (".!?".indexOf(text.charAt(k)) >= 0) {
        return i + 1;
      }
    }
    if (space > 0) {
      return space;
    }
    return Character.isHighSurrogate(text.charAt(limit - 1)) ? limit - 1 : limit;
  }

  /**
   * The ranges with each split after a number that ends a sentence before a capital ("traffic on
   * County Road 4. Helen Oduya, who chairs ..., said"; "The vote was 5 to 4. Mayor ..."), which
   * the sentence model reads as a list number; not where the number opens the range ("1.
   * Welfare", an item) or runs on as a decimal ("4.5").
   */
  private List<int[]> splitAfterNumbers(List<int[]> ranges) {
    List<int[]> out = new ArrayList<>(ranges.size());
    for (int[] r : ranges) {
      int start = r[0];
      for (int i = r[0] + 1; i + 2 < r[1]; i++) {
        if (text.charAt(i) != '.' || !Character.isDigit(text.charAt(i - 1))
            || !Character.isWhitespace(text.charAt(i + 1))) {
          continue;
        }
        int k = i + 1;
        while (k < r[1] && Character.isWhitespace(text.charAt(k))) {
          k++;
        }
        int letter = k < r[1] && "\"'\u201C\u2018".indexOf(text.charAt(k)) >= 0 ? k + 1 : k;
        if (letter >= r[1] || !Character.isUpperCase(text.charAt(letter))) {
          continue;
        }
        int n = i - 1; // back over the number: digits, and commas between digits
        while (n > start && (Character.isDigit(text.charAt(n - 1)) || text.charAt(n - 1) == ','
            && n - 2 >= start && Character.isDigit(text.charAt(n - 2)))) {
          n--;
        }
        int before = n;
        while (before > start && "$\u00A3\u20AC".indexOf(text.charAt(before - 1)) >= 0) {
          before--; // "$4."
        }
        if (before == start || text.charAt(before - 1) == '.'
            || !Character.isWhitespace(text.charAt(before - 1))
            && "-\u2013\u2014/(".indexOf(text.charAt(before - 1)) < 0) {
          continue; // a list number opening the range, a decimal, or part of a word
        }
        out.add(new int[] {start, i + 1});
        start = k;
      }
      out.add(new int[] {start, r[1]});
    }
    return out;
  }

  /** Whether the range starts with a lower-case letter: no sentence of news prose does. */
  private boolean startsLowerCase(int start, int end) {
    int i = start;
    while (i < end && !Character.isLetterOrDigit(text.charAt(i))) {
      i++;
    }
    return i < end && Character.isLowerCase(text.charAt(i));
  }

  /**
   * Whether the range ends with an abbreviation such as "Rep." or "G.K." rather than a full stop.
   */
  private boolean endsWithAbbreviation(int[] range) {
    int end = endWithoutSpace(range);
    int start = end;
    while (start > range[0] && !Character.isWhitespace(text.charAt(start - 1))) {
      start--;
    }
    return end - start >= 2 && text.charAt(end - 1) == '.'
        && (Abbreviations.isAbbreviation(text, start, end)
            && !(end - start == 4 && text.startsWith("U.S.", start)) // usually ends the sentence
            || Abbreviations.isNumberSign(text, start, end));
  }

  private void addCapped(List<Sentence> out, int start, int end, int paragraph) {
    while (start < end && Character.isWhitespace(text.charAt(start))) {
      start++;
    }
    while (end > start && Character.isWhitespace(text.charAt(end - 1))) {
      end--;
    }
    while (end - start > MAX_SENTENCE) {
      int cut = start + MAX_SENTENCE;
      int ws = cut;
      while (ws > start + MAX_SENTENCE / 2 && !Character.isWhitespace(text.charAt(ws))) {
        ws--;
      }
      if (Character.isWhitespace(text.charAt(ws))) {
        cut = ws;
      } else if (Character.isLowSurrogate(text.charAt(cut))) {
        cut--; // never split a surrogate pair
      }
      out.add(new Sentence(out.size(), org.quotekit.Span.of(text, start, cut), paragraph));
      start = cut;
      while (start < end && Character.isWhitespace(text.charAt(start))) {
        start++;
      }
    }
    if (end > start) {
      out.add(new Sentence(out.size(), org.quotekit.Span.of(text, start, end), paragraph));
    }
  }

  @Override
  public List<Token> tokens(Sentence sentence) {
    sentences();
    int i = sentence.index();
    if (tokens[i] == null) {
      long t = clock == null ? 0 : System.nanoTime();
      tokens[i] = tokenize(sentence);
      if (clock != null) {
        clock.analysis(t);
      }
    }
    return tokens[i];
  }

  private List<Token> tokenize(Sentence sentence) {
    String s = sentence.span().text();
    int base = sentence.start();
    List<Token> out = new ArrayList<>();
    int i = 0;
    int n = s.length();
    while (i < n) {
      while (i < n && Character.isWhitespace(s.charAt(i))) {
        i++;
      }
      int j = i;
      if (i < n && isDash(s.charAt(i))) {
        j = i + 1; // "Globe\u2014he": a dash written close between words stands apart
      } else {
        while (j < n && !Character.isWhitespace(s.charAt(j)) && !isDash(s.charAt(j))) {
          j++;
        }
      }
      int initial = gluedInitialEnd(s, i, j);
      if (initial > i) { // "B.Oyunchimeg", "Ts.Enkhbold": an initial written close to the name
        out.add(new Token(base + i, base + initial, slice(s, i, initial)));
        i = initial;
        continue;
      }
      if (j > i) {
        if (j - i > MAX_MODEL_TOKEN) {
          simpleTokens(s, i, j, base, out);
        } else if (j - i == 1 || isPlainWord(s, i, j)) {
          out.add(new Token(base + i, base + j, slice(s, i, j)));
        } else if (s.charAt(j - 1) == ':' && isPlainWord(s, i, j - 1)) {
          // "RAJ:", a speaker label: the model keeps some short capitalised words and their
          // colon together, which hides the name; a colon after a word is never part of it
          out.add(new Token(base + i, base + j - 1, slice(s, i, j - 1)));
          out.add(new Token(base + j - 1, base + j, slice(s, j - 1, j)));
        } else if (hyphenatedWordEnd(s, i, j) > i) {
          // "Shanklin-Hawkins," "tragedy-free": the model splits such words into "Shanklin" and
          // "-Hawkins", which hides names; one token, then any trailing punctuation.
          int w = hyphenatedWordEnd(s, i, j);
          out.add(new Token(base + i, base + w, slice(s, i, w)));
          for (int k = w; k < j; k++) {
            out.add(new Token(base + k, base + k + 1, slice(s, k, k + 1)));
          }
        } else if (!abbreviationTokens(s, i, j, base, out)) {
          String chunk = s.substring(i, j);
          // The model knows straight apostrophes and quotation marks only ("\u201EWe" and
          // "\u00ABWe" stayed one token, so a quotation lost its first word); each replacement
          // is one character for one, so every offset holds.
          String forModel = forTokenizer(chunk);
          Span[] spans = models.chunkTokenizer().tokenizePos(forModel);
          for (int k = 0; k < spans.length; k++) {
            int from = spans[k].getStart();
            int to = spans[k].getEnd();
            // the model may cut between the halves of a surrogate pair (after a lone low
            // surrogate, say); the pair stays in one token, as a span must never split one
            while (PluginSpans.splits(chunk, to)) {
              to = k + 1 < spans.length && spans[k + 1].getStart() == to
                  ? spans[++k].getEnd() : to + 1;
            }
            Token last = k > 0 && !out.isEmpty() ? out.get(out.size() - 1) : null;
            if (last != null && last.end() == base + i + from && (capitals(last.text())
                && capitals(chunk.substring(from, to))
                || thousands(last.text(), chunk.substring(from, to)))) {
              // "61,000," read as "61" and ",000": no number splits at a thousands separator
              // "(RCCD)," read as "RCC" and "D": no word in capitals splits between letters
              out.set(out.size() - 1, new Token(last.start(), base + i + to,
                  chunk.substring(last.start() - base - i, to)));
              continue;
            }
            String word = chunk.substring(from, to);
            char end = word.charAt(word.length() - 1);
            int bracket = to - from > 1 && (word.indexOf('(') < 0 && end == ')'
                || (end == '\u201D' || end == '"') && Character.isLetter(word.charAt(
                    word.length() - 2))) ? to - 1 : to;
            // "EJL)" of "(Eesti Jalgratturite Liit, EJL)": the model keeps a closing bracket
            // on some words in capitals, and a closing quotation mark on some names it does not
            // know ("harm to Ngāti Karearea\u201D."); neither belongs to the word it closes after
            out.add(new Token(base + i + from, base + i + bracket, chunk.substring(from, bracket)));
            if (bracket < to) {
              out.add(new Token(base + i + bracket, base + i + to, chunk.substring(bracket, to)));
            }
          }
        }
      }
      i = j;
    }
    splitFinalPeriod(out);
    return List.copyOf(out);
  }

  /**
   * Splits the full stop off the sentence's last word (closing marks aside) when the model kept
   * it on a word of letters that ends in a small one and is no abbreviation ("according to a
   * transcript." read as one token, which made the source "a transcript."; "defeating finance
   * critic Owen FitzIsaac.", whose surname then read as no name).
   */
  private static void splitFinalPeriod(List<Token> out) {
    int k = out.size() - 1;
    while (k > 0 && out.get(k).text().length() == 1
        && CLOSING_MARKS.indexOf(out.get(k).text().charAt(0)) >= 0) {
      k--;
    }
    Token t = k >= 0 ? out.get(k) : null;
    String w = t == null ? "" : t.text();
    int n = w.length();
    if (n < 3 || w.charAt(n - 1) != '.' || !Character.isLowerCase(w.charAt(n - 2))
        || !w.substring(0, n - 1).chars().allMatch(Character::isLetter)
        || Abbreviations.isAbbreviation(w, 0, n)) {
      return;
    }
    out.set(k, new Token(t.start(), t.end() - 1, w.substring(0, n - 1)));
    out.add(k + 1, new Token(t.end() - 1, t.end(), "."));
  }

  /** Closing quotation marks and brackets that may follow a sentence's full stop. */
  private static final String CLOSING_MARKS = "\"'\u201D\u2019)]";

  /** Whether a token is letters in capitals only ("RCC", "D"). */
  private static boolean capitals(String t) {
    return !t.isEmpty() && t.chars().allMatch(Character::isUpperCase);
  }

  /**
   * Whether {@code next} continues the number {@code last} ends with past a thousands separator
   * ("61" then ",000"): a comma and three digits, then none.
   */
  private static boolean thousands(String last, String next) {
    return !last.isEmpty() && Character.isDigit(last.charAt(last.length() - 1))
        && THOUSANDS.matcher(next).matches();
  }

  /** An em dash, en dash or horizontal bar: a mark between words, never part of one. */
  private static boolean isDash(char c) {
    return c == '\u2014' || c == '\u2013' || c == '\u2015';
  }

  /**
   * The end of an initial of one capital (and a small letter: "Ts.") and its full stop that opens
   * the chunk {@code from..to} right before a capitalised word ("B.Oyunchimeg", as Mongolian
   * names are written); {@code from} when there is none ("U.S.", "Ph.D." stay whole).
   */
  private static int gluedInitialEnd(String s, int from, int to) {
    int k = from;
    if (k >= to || !Character.isUpperCase(s.charAt(k))) {
      return from;
    }
    k++;
    if (k < to && Character.isLowerCase(s.charAt(k))) {
      k++;
    }
    if (k + 2 >= to || s.charAt(k) != '.' || !Character.isUpperCase(s.charAt(k + 1))
        || !Character.isLowerCase(s.charAt(k + 2))) {
      return from;
    }
    return k + 1;
  }

  /** Marks the tokenizer model never saw, and the ASCII marks it knows in their place. */
  private static final String UNSEEN_MARKS =
      "\u2018\u2019\u201A\u2039\u203A\u201E\u201F\u00AB\u00BB";
  private static final String SEEN_MARKS = "'''''\"\"\"\"";

  /** {@code chunk} with each mark the tokenizer never saw replaced by the one it knows. */
  static String forTokenizer(String chunk) {
    char[] cs = null;
    for (int k = 0; k < chunk.length(); k++) {
      int m = UNSEEN_MARKS.indexOf(chunk.charAt(k));
      if (m >= 0) {
        if (cs == null) {
          cs = chunk.toCharArray();
        }
        cs[k] = SEEN_MARKS.charAt(m);
      }
    }
    return cs == null ? chunk : new String(cs);
  }

  /**
   * Tokenizes a chunk holding an abbreviation ("Rep.", "U.S.,", "(D.C.)") so that its period stays
   * on the word, as the tagger expects; returns false when the chunk holds none.
   */
  private static boolean abbreviationTokens(String s, int from, int to, int base,
      List<Token> out) {
    int a = from;
    while (a < to && "([{\"'\u201C\u2018\u201E\u00AB".indexOf(s.charAt(a)) >= 0) {
      a++;
    }
    int b = to;
    while (b > a && ",;:)]}\"'\u201D\u2019".indexOf(s.charAt(b - 1)) >= 0) {
      b--;
    }
    if (b - a < 2 || s.charAt(b - 1) != '.' || !Abbreviations.isAbbreviation(s, a, b)) {
      return false;
    }
    for (int k = from; k < a; k++) {
      out.add(new Token(base + k, base + k + 1, slice(s, k, k + 1)));
    }
    out.add(new Token(base + a, base + b, s.substring(a, b)));
    for (int k = b; k < to; k++) {
      out.add(new Token(base + k, base + k + 1, slice(s, k, k + 1)));
    }
    return true;
  }

  /** Shared strings for one-character tokens of Latin-1 and general punctuation. */
  private static final String[] ONE_CHAR = new String[0x2070];

  static {
    for (char c = 0; c < ONE_CHAR.length; c++) {
      if (c < 0x100 || c >= 0x2000) {
        ONE_CHAR[c] = String.valueOf(c);
      }
    }
  }

  /**
   * {@code s.substring(from, to)}, without a new string for a common one-character token: text
   * of punctuation alone (a megabyte of quote marks) is a token per character, and a string for
   * each made garbage collection the larger part of the cost, growing faster than the text.
   */
  private static String slice(String s, int from, int to) {
    if (to - from == 1) {
      char c = s.charAt(from);
      if (c < ONE_CHAR.length && ONE_CHAR[c] != null) {
        return ONE_CHAR[c];
      }
    }
    return s.substring(from, to);
  }

  /**
   * The end of a word of letters joined by single hyphens ("knock-on-wood"), or of an age
   * ("54-year-old"), that fills {@code [from, to)} but for trailing punctuation (".,;:!?"), or
   * {@code from} when there is none.
   */
  private static int hyphenatedWordEnd(String s, int from, int to) {
    int end = to;
    while (end > from && ".,;:!?".indexOf(s.charAt(end - 1)) >= 0) {
      end--;
    }
    int digits = from; // "54-year-old": an age may open with a number
    while (digits < end && Character.isDigit(s.charAt(digits))) {
      digits++;
    }
    if (digits > from && !Ages.isAge(s, from, end)) {
      return from; // "46-page", "30-minute": the tokenizer the models learnt from splits them
    }
    boolean hyphen = false;
    boolean letter = digits > from;
    for (int k = letter ? digits : from; k < end; k++) {
      char c = s.charAt(k);
      if (c == '-') {
        if (!letter || k + 1 >= end || !Character.isLetter(s.charAt(k + 1))) {
          return from;
        }
        hyphen = true;
        letter = false;
      } else if (Character.isLetter(c)) {
        letter = true;
      } else {
        return from;
      }
    }
    return hyphen && letter ? end : from;
  }

  private static boolean isPlainWord(String s, int from, int to) {
    for (int k = from; k < to; k++) {
      if (!Character.isLetterOrDigit(s.charAt(k))) {
        return false;
      }
    }
    return true;
  }

  /** Runs of letters and digits, and every other character alone. */
  private static void simpleTokens(String s, int from, int to, int base, List<Token> out) {
    int k = from;
    while (k < to) {
      int e = k;
      if (Character.isLetterOrDigit(s.charAt(k))) {
        while (e < to && Character.isLetterOrDigit(s.charAt(e))) {
          e++;
        }
      } else {
        // a pair stays whole; a lone high surrogate is a token of its own (it must not swallow
        // the high half of the pair after it)
        e = k + (Character.isHighSurrogate(s.charAt(k)) && k + 1 < to
            && Character.isLowSurrogate(s.charAt(k + 1)) ? 2 : 1);
      }
      out.add(new Token(base + k, base + e, slice(s, k, e)));
      k = e;
    }
  }

  /**
   * {@inheritDoc}
   *
   * <p>The first call tags every sentence: a surname's tag is settled over the whole article
   * ({@link SurnameTags}).
   */
  @Override
  public List<String> tags(Sentence sentence) {
    List<Sentence> all = sentences();
    if (!all.isEmpty() && tags[0] == null) {
      List<List<Token>> toks = new ArrayList<>(all.size());
      for (Sentence s : all) {
        toks.add(tokens(s)); // timed as analysis, apart from the tagging
      }
      long t = clock == null ? 0 : System.nanoTime();
      List<String[]> tagged = new ArrayList<>(all.size());
      for (List<Token> sentenceTokens : toks) {
        tagged.add(tagSentence(sentenceTokens));
      }
      Set<String> surnames = SurnameTags.surnames(toks, tagged);
      Set<String> acronyms = AcronymTags.defined(toks);
      for (int i = 0; i < tagged.size(); i++) {
        SurnameTags.retag(toks.get(i), tagged.get(i), surnames);
        AcronymTags.retag(toks.get(i), tagged.get(i), acronyms);
        tags[i] = List.of(tagged.get(i));
      }
      if (clock != null) {
        clock.tagging(t);
      }
    }
    return tags[sentence.index()];
  }

  /** Articles, always determiners whatever the tagger reads ("A" may be a letter: "Plan A"). */
  private static final Set<String> ARTICLES = Set.of("the", "The", "THE", "a", "an", "An");

  /** The tagger's tags for one sentence, with the corrections a sentence alone allows. */
  private String[] tagSentence(List<Token> toks) {
    String[] words = new String[toks.size()];
    for (int k = 0; k < words.length; k++) {
      words[k] = normaliseForTagger(toks.get(k).text());
    }
    String[] tagged = words.length == 0 ? new String[0] : models.tagger().tag(words);
    for (int k = 0; k < tagged.length; k++) {
      int plus = tagged[k].indexOf('+');
      if (plus > 0) {
        tagged[k] = tagged[k].substring(0, plus); // "couldn't" AUX+PART, "Powell's" PROPN+PART
      }
      String w = toks.get(k).text();
      if (ARTICLES.contains(w)) {
        tagged[k] = "DET"; // "the" read as a number after a quotation in single marks
      } else if (w.length() > 1 && w.endsWith(".") && Character.isUpperCase(w.charAt(0))
          && Abbreviations.isAbbreviation(w, 0, w.length())) {
        tagged[k] = "PROPN"; // titles and initials: Rep., Gen., G.K.
      } else if (tagged[k].equals("PUNCT") && w.length() > 2
          && Character.isLetter(w.charAt(0))) {
        // a word with a possessive ending the tagger never saw whole ("city's", "campaign's")
        tagged[k] = Character.isUpperCase(w.charAt(0)) ? "PROPN" : "NOUN";
      }
    }
    retagCapitalisedVerbs(toks, tagged);
    retagCapitalisedAuxiliaries(toks, tagged);
    retagPostParticiples(toks, tagged);
    retagNamePossessives(toks, tagged);
    SurnameTags.retagFirstNames(toks, tagged);
    retagUnknownFunctionWords(toks, tagged);
    retagUnknownNames(toks, tagged);
    retagNamesAfterHonorifics(toks, tagged);
    retagSaid(toks, tagged);
    retagVerbsAfterNames(toks, tagged);
    retagVerbsReadAsNouns(toks, tagged);
    retagMovementVerbs(toks, tagged);
    retagThinkTanks(toks, tagged);
    retagAcronymsReadAsInterjections(toks, tagged);
    retagContentWordsReadAsConjunctions(toks, tagged);
    retagPersonAdjectives(toks, tagged);
    retagPersonNounsReadAsVerbs(toks, tagged);
    retagPersonNounsReadAsAdverbs(toks, tagged);
    retagPersonNounsBeforeNames(toks, tagged);
    retagNounsReadAsPronouns(toks, tagged);
    retagNounsAfterPossessives(toks, tagged);
    retagAges(toks, tagged);
    return tagged;
  }

  /**
   * An age word, which the tagger reads by no rule it learnt (PRON, VERB, NUM): an adjective
   * before a noun or adjective ("the bespectacled, 71-year-old diplomat"), else a noun ("the
   * 63-year-old said").
   */
  private static void retagAges(List<Token> toks, String[] tagged) {
    for (int k = 0; k < tagged.length; k++) {
      String w = toks.get(k).text();
      if (!Ages.isAge(w)) {
        continue;
      }
      boolean before = k + 1 < tagged.length && (tagged[k + 1].equals("NOUN")
          || tagged[k + 1].equals("ADJ") || tagged[k + 1].equals("PROPN"));
      tagged[k] = before && !w.endsWith("s") ? "ADJ" : "NOUN";
    }
  }

  /**
   * A word tagged as a verb that WordNet knows first as a person noun and not as a verb at all is
   * that noun: "said Greenvale chief executive Owen Price", where the tagger read "executive" as
   * a verb and the source ended at "chief".
   */
  private static void retagPersonNounsReadAsVerbs(List<Token> toks, String[] tagged) {
    for (int k = 1; k < tagged.length; k++) {
      if (!tagged[k].equals("VERB")) {
        continue;
      }
      String w = toks.get(k).text();
      if (!Character.isLowerCase(w.charAt(0))) {
        continue;
      }
      String lower = w.toLowerCase(Locale.ROOT);
      if (WordClasses.english().personNoun(lower)
          && WordClasses.english().lookup(lower, WordClasses.Pos.VERB) == null) {
        tagged[k] = "NOUN";
      }
    }
  }

  /** The pronouns of English, lower case: a word the tagger reads as a pronoun may be no other. */
  private static final Set<String> PRONOUNS = Set.of("i", "me", "you", "he", "him", "she",
      "her", "it", "we", "us", "they", "them", "my", "your", "his", "its", "our", "their",
      "mine", "yours", "hers", "ours", "theirs", "myself", "yourself", "himself", "herself",
      "itself", "ourselves", "yourselves", "themselves", "oneself", "this", "that", "these",
      "those", "who", "whom", "whose", "which", "what", "whoever", "whatever", "whichever",
      "one", "ones", "someone", "anyone", "everyone", "no-one", "nobody", "somebody", "anybody",
      "everybody", "something", "anything", "everything", "nothing", "none", "each", "both",
      "all", "some", "any", "few", "many", "several", "another", "other", "others", "such",
      "much", "more", "most", "less", "least", "there", "thee", "thou", "ye", "y'all", "'em",
      "em", "u");

  /**
   * A word in small letters tagged as a pronoun that is no pronoun but a noun WordNet knows is
   * that noun: "according to county extension educator Jamal Whitcomb", where the tagger read
   * "county" as a pronoun and the source was cut to it.
   */
  private static void retagNounsReadAsPronouns(List<Token> toks, String[] tagged) {
    for (int k = 0; k < tagged.length; k++) {
      String w = toks.get(k).text();
      if (tagged[k].equals("PRON") && Character.isLowerCase(w.charAt(0))
          && !PRONOUNS.contains(w) && w.chars().allMatch(Character::isLetter)
          && WordClasses.english().lookup(w, WordClasses.Pos.NOUN) != null) {
        tagged[k] = "NOUN";
      }
    }
  }

  /**
   * A word tagged as an adverb or a determiner right after a determiner, a number or a possessive
   * that WordNet knows as a noun with a person's sense is that noun: "An ally of the Chancellor
   * said", "Ferris's widow, Dorothy, said", where the tagger read "ally" and "widow" as adverbs
   * (or determiners) and the source became another person. No adverb names a person, and the
   * words of those tags that follow a determiner ("the only", "a very", "all the") are no such
   * nouns.
   */
  private static void retagPersonNounsReadAsAdverbs(List<Token> toks, String[] tagged) {
    for (int k = 1; k < tagged.length; k++) {
      String w = toks.get(k).text();
      if ((tagged[k].equals("ADV") || tagged[k].equals("DET"))
          && (tagged[k - 1].equals("DET") || tagged[k - 1].equals("NUM")
              || possessive(toks.get(k - 1).text()))
          && Character.isLowerCase(w.charAt(0)) && namesSomeone(w.toLowerCase(Locale.ROOT))) {
        tagged[k] = "NOUN";
      }
    }
  }

  /** Tags of closed classes the tagger gives an unknown word before a name now and then. */
  private static final Set<String> CLOSED_MISREADS = Set.of("ADP", "ADV", "SCONJ", "CCONJ");

  /**
   * A word in small letters right before a proper noun, tagged as a preposition, adverb or
   * conjunction, that WordNet knows first as a person noun is that noun: "said auctioneer Luke
   * Ferraro", where the tagger read "auctioneer" as a preposition and the source was lost.
   */
  private static void retagPersonNounsBeforeNames(List<Token> toks, String[] tagged) {
    for (int k = 0; k + 1 < tagged.length; k++) {
      String w = toks.get(k).text();
      if (!CLOSED_MISREADS.contains(tagged[k]) || !tagged[k + 1].equals("PROPN")
          || !Character.isLowerCase(w.charAt(0))) {
        continue;
      }
      if (WordClasses.english().personNoun(w.toLowerCase(Locale.ROOT))) {
        tagged[k] = "NOUN";
      }
    }
  }

  /** Whether WordNet knows a lower-cased word as a noun with a person's sense ("ally"). */
  private static boolean namesSomeone(String lower) {
    WordClasses.Entry e = WordClasses.english().lookup(lower, WordClasses.Pos.NOUN);
    return e != null && e.classes().contains("noun.person");
  }

  /** Tags of a word whose "'s" is "is" or "has" ("he's", "let's"), not a possessive. */
  private static final Set<String> CONTRACTED = Set.of("PRON", "VERB", "AUX", "DET", "SCONJ");
  /** Words whose "'s" is "is", "has" or "us" ("that's got", "let's go", "here's"). */
  private static final Set<String> NOT_OWNERS = Set.of("he", "she", "it", "that", "what",
      "who", "where", "there", "here", "let", "how", "when", "everyone", "nobody", "one");

  /**
   * A word tagged as a verb right after a noun's or name's possessive ("China's delegate",
   * "the mayor's pledges", "Lee's rally") is a noun when WordNet knows it as one and it has no
   * verb ending ("-ing", "-ed"), or ends in "-ing" before a noun it modifies ("the agency's
   * briefing documents"): no verb follows a possessive, while the "'s" of "he's got",
   * "let's go" or "it's like" is a verb, so pronouns before it keep their verbs.
   */
  private static void retagNounsAfterPossessives(List<Token> toks, String[] tagged) {
    for (int k = 1; k < tagged.length; k++) {
      if (!tagged[k].equals("VERB") || CONTRACTED.contains(tagged[k - 1])) {
        continue;
      }
      String before = toks.get(k - 1).text();
      String w = toks.get(k).text();
      boolean modifier = w.endsWith("ing") && k + 1 < tagged.length
          && tagged[k + 1].equals("NOUN"); // "the agency's briefing documents"
      if (!possessive(before) || !Character.isLowerCase(w.charAt(0))
          || w.endsWith("ing") && !modifier || w.endsWith("ed")
          || NOT_OWNERS.contains(lastWord(before))) {
        continue;
      }
      if (WordClasses.english().lookup(w.toLowerCase(Locale.ROOT), WordClasses.Pos.NOUN) != null) {
        tagged[k] = "NOUN";
      }
    }
  }


  /**
   * The letters before a token's final "'s" or "'", lower case, from the last character that is
   * no letter ("Nevada...Let's": "let").
   */
  private static String lastWord(String w) {
    int end = w.length() - (w.endsWith("s") ? 2 : 1);
    int start = end;
    while (start > 0 && Character.isLetter(w.charAt(start - 1))) {
      start--;
    }
    return w.substring(start, end).toLowerCase(Locale.ROOT);
  }

  /** Whether a token ends in a possessive "'s", or is a plural's "s'" ("voters'"). */
  private static boolean possessive(String w) {
    return w.length() > 2 && (w.endsWith("'s") || w.endsWith("\u2019s") || w.endsWith("s'")
        || w.endsWith("s\u2019"));
  }

  /**
   * "said" after anything but a determiner ("the said agreement") is the verb it always is in
   * news, which the tagger, reading '"...," the chief executive said.' as one phrase, took for a
   * noun.
   */
  private static void retagSaid(List<Token> toks, String[] tagged) {
    for (int k = 1; k < tagged.length; k++) {
      if (toks.get(k).text().equals("said") && !tagged[k].equals("VERB")
          && !tagged[k - 1].equals("DET")) {
        tagged[k] = "VERB";
      }
    }
  }

  /**
   * A word in -ed tagged as an adjective between a name that opens the sentence and a
   * punctuation mark, which WordNet knows as a verb, is that verb: "Justice Felicity Grieve
   * dissented, saying ...", where the tagger read "dissented" as an adjective and the source took
   * it into the name. Not in a clause ("something that Trump mocked, ...").
   */
  private static void retagVerbsAfterNames(List<Token> toks, String[] tagged) {
    int k = 0;
    while (k < tagged.length && Character.isUpperCase(toks.get(k).text().charAt(0))) {
      k++; // the capitalised words opening the sentence
    }
    if (k > 0 && k + 1 < tagged.length) {
      String w = toks.get(k).text();
      if (tagged[k].equals("ADJ") && tagged[k - 1].equals("PROPN") && tagged[k + 1].equals("PUNCT")
          && verbInEd(w)) {
        tagged[k] = "VERB";
      }
    }
  }

  /**
   * A word in small letters ending in -ed, tagged as a noun, that WordNet knows as a verb and not
   * as a noun, is that verb: "The chief executive hesitated.", where the tagger read "hesitated"
   * as a noun (and "executive" as an adjective).
   */
  private static void retagVerbsReadAsNouns(List<Token> toks, String[] tagged) {
    for (int k = 1; k < tagged.length; k++) {
      String w = toks.get(k).text();
      if (tagged[k].equals("NOUN") && verbInEd(w)
          && WordClasses.english().lookup(w, WordClasses.Pos.NOUN) == null) {
        tagged[k] = "VERB";
      }
    }
  }

  /**
   * Verbs of a figure's movement that are nouns too ("rose", "fell", "rises", "falls"), which the
   * tagger reads as nouns or names after a noun: "prices rose by 4% in March".
   */
  private static final Set<String> MOVEMENT_VERBS = Set.of("rose", "fell", "rises", "falls");
  /** Words after which a movement verb moves a figure: "by 4%", "to 2%", "from", "sharply". */
  private static final Set<String> MOVEMENT_AFTER = Set.of("by", "to", "from", "sharply",
      "slightly", "steeply", "again", "for");

  /**
   * A movement verb in small letters ({@link #MOVEMENT_VERBS}) tagged as a noun, a name or an
   * adjective, after a noun and before a figure or a word that moves one, is that verb:
   * "residential completions in the borough fell by 31%", where the tagger read "fell" as a name
   * and a content finder looking for the clause's verb ran past it.
   */
  private static void retagMovementVerbs(List<Token> toks, String[] tagged) {
    for (int k = 1; k + 1 < tagged.length; k++) {
      String t = tagged[k];
      if (MOVEMENT_VERBS.contains(toks.get(k).text()) && !t.equals("VERB")
          && (t.equals("NOUN") || t.equals("PROPN") || t.equals("ADJ"))
          && (tagged[k - 1].equals("NOUN") || tagged[k - 1].equals("PROPN")
              || tagged[k - 1].equals("ADJ"))
          && (tagged[k + 1].equals("NUM") || MOVEMENT_AFTER.contains(toks.get(k + 1).text()))) {
        tagged[k] = "VERB";
      }
    }
  }

  /**
   * "think" before "tank" or "tanks" is a noun, however the tagger read it: "analyst Rohit Mehta
   * of the Bengaluru-based think tank Orbit Policy Forum said", where a verb "think" cut the
   * phrase and left "tank Orbit Policy Forum" the source.
   */
  private static void retagThinkTanks(List<Token> toks, String[] tagged) {
    for (int k = 0; k + 1 < tagged.length; k++) {
      String next = toks.get(k + 1).text();
      if (toks.get(k).text().equalsIgnoreCase("think")
          && (next.equalsIgnoreCase("tank") || next.equalsIgnoreCase("tanks"))) {
        tagged[k] = "NOUN";
        tagged[k + 1] = "NOUN";
      }
    }
  }

  /** Interjections written in capitals, which stay interjections ("OK", "NO", "WOW"). */
  private static final Set<String> CAPITAL_INTERJECTIONS = Set.of("OK", "NO", "YES", "OH", "AH",
      "HEY", "WOW", "UH", "UM", "HA", "OOPS", "OUCH", "YEAH", "NOPE", "ALAS", "HI", "BYE");

  /**
   * A word of two to eight capitals tagged an interjection is an acronym, a proper noun: "A
   * spokesman for the GRDB, who asked not to be named, said", where the tagger read "GRDB" as an
   * interjection and the source ended before it.
   */
  private static void retagAcronymsReadAsInterjections(List<Token> toks, String[] tagged) {
    for (int k = 0; k < tagged.length; k++) {
      String w = toks.get(k).text();
      if (tagged[k].equals("INTJ") && w.length() >= 2 && w.length() <= 8
          && w.chars().allMatch(c -> c >= 'A' && c <= 'Z') && !CAPITAL_INTERJECTIONS.contains(w)) {
        tagged[k] = "PROPN";
      }
    }
  }

  /** Words in small letters that join as conjunctions; any other the tagger so reads is none. */
  private static final Set<String> CONJUNCTIONS = Set.of("and", "or", "but", "nor", "yet", "so",
      "either", "neither", "both", "whether", "plus", "minus", "versus", "vs", "vs.", "times",
      "&", "n", "'n'", "and/or", "et", "not", "than", "as", "only", "then", "for", "because",
      "while", "though", "although", "if", "whereas", "till", "until");

  /**
   * A word in small letters the tagger read as a conjunction though it is none, and that WordNet
   * knows as an adjective or a noun, is that: "the Irdai annual report showed" ("annual" read as
   * CCONJ had cut the source to "report").
   */
  private static void retagContentWordsReadAsConjunctions(List<Token> toks, String[] tagged) {
    for (int k = 0; k < tagged.length; k++) {
      String w = toks.get(k).text();
      if (!tagged[k].equals("CCONJ") || w.isEmpty() || !Character.isLowerCase(w.charAt(0))
          || CONJUNCTIONS.contains(w)) {
        continue;
      }
      if (WordClasses.english().lookup(w, WordClasses.Pos.ADJECTIVE) != null) {
        tagged[k] = "ADJ";
      } else if (WordClasses.english().lookup(w, WordClasses.Pos.NOUN) != null) {
        tagged[k] = "NOUN";
      }
    }
  }

  /** Whether a word in small letters ends in -ed and WordNet knows it as a verb ("dissented"). */
  private static boolean verbInEd(String w) {
    return w.endsWith("ed") && Character.isLowerCase(w.charAt(0))
        && WordClasses.english().lookup(w, WordClasses.Pos.VERB) != null;
  }

  /** Tags after which a noun phrase has ended ("the chief executive said", "... of X"). */
  private static final Set<String> PHRASE_ENDERS = Set.of("VERB", "AUX", "PUNCT", "ADP",
      "CCONJ", "PART", "SCONJ");

  /**
   * A word tagged as an adjective that ends a noun phrase after a determiner or adjective, and
   * that WordNet knows first as a person noun, is that noun: "the chief executive said", "The
   * official added", "the Republican, who", where the tagger read "executive", "official" and
   * "Republican" as adjectives and left the phrase without a noun (and so without a speaker).
   * Before a noun it stays an adjective: "the executive order", "a Republican senator".
   */
  private static void retagPersonAdjectives(List<Token> toks, String[] tagged) {
    for (int k = 1; k < tagged.length; k++) {
      if (!tagged[k].equals("ADJ") || !(tagged[k - 1].equals("DET")
          || tagged[k - 1].equals("ADJ"))
          || k + 1 < tagged.length && !PHRASE_ENDERS.contains(tagged[k + 1])) {
        continue;
      }
      if (WordClasses.english().personNoun(toks.get(k).text().toLowerCase(Locale.ROOT))) {
        tagged[k] = "NOUN";
      }
    }
  }

  /**
   * A capitalised word tagged as a verb is a name unless it starts its sentence (or a quotation
   * or clause within it) as an imperative: "But Trump claims", "Trump charges that" (a verb
   * follows), but not "Look at this".
   */
  private static void retagCapitalisedVerbs(List<Token> toks, String[] tagged) {
    for (int k = 0; k < tagged.length; k++) {
      if (!tagged[k].equals("VERB") || !Character.isUpperCase(toks.get(k).text().charAt(0))) {
        continue;
      }
      boolean initial = k == 0 || tagged[k - 1].equals("CCONJ") && k == 1
          || tagged[k - 1].equals("PUNCT");
      if (!initial) {
        tagged[k] = "PROPN";
        continue;
      }
      int next = k + 1;
      while (next < tagged.length - 1 && tagged[next].equals("ADV")) {
        next++;
      }
      if (next < tagged.length && (tagged[next].equals("VERB") || tagged[next].equals("NOUN")
          || tagged[next].equals("AUX"))) {
        tagged[k] = "PROPN";
      }
    }
  }

  /** Participles in "-ing" that qualify a post before its noun ("acting", "managing"). */
  private static final Set<String> POST_PARTICIPLES = Set.of("acting", "managing", "presiding",
      "outgoing", "incoming", "founding", "governing", "ruling", "reigning", "sitting",
      "serving", "retiring", "commanding", "supervising", "investigating", "arresting",
      "treating", "consulting", "visiting", "attending", "leading", "ranking");
  /** Determiners and possessive pronouns before a post ("its", "the"). */
  private static final Set<String> POST_DETERMINERS = Set.of("the", "a", "an", "its", "his",
      "her", "their", "our", "my", "your");

  /**
   * Tags ADJ a participle that qualifies a post between a determiner or owner and the post's
   * noun ("its acting rector", "the company's managing director", "His acting deputy"), where
   * the tagger read it as a verb or a noun: the post then reads as one noun phrase.
   */
  private static void retagPostParticiples(List<Token> toks, String[] tagged) {
    for (int k = 1; k + 1 < tagged.length; k++) {
      String w = toks.get(k).text().toLowerCase(Locale.ROOT);
      String before = toks.get(k - 1).text();
      if (tagged[k].equals("ADJ") || !POST_PARTICIPLES.contains(w)
          || !tagged[k + 1].equals("NOUN")) {
        continue;
      }
      String b = before.toLowerCase(Locale.ROOT).replace('\u2019', '\'');
      if (POST_DETERMINERS.contains(b) || b.endsWith("'s") || b.endsWith("s'")) {
        tagged[k] = "ADJ";
      }
    }
  }

  /** Tags a capitalised possessive may wrongly get: none is a noun's or a name's. */
  private static final Set<String> NOT_NAME_TAGS = Set.of("ADP", "ADV", "AUX", "VERB", "PRON",
      "SCONJ", "CCONJ", "PART", "DET", "X", "NUM");

  /**
   * Tags PROPN a capitalised possessive inside a sentence that the tagger read as a preposition,
   * adverb or verb ("The Conservative Party's health spokesperson", "VKF's chairman"): a
   * capitalised word that owns something is a name's, unless "'s" shortens a pronoun ("It's"),
   * the line is in capitals (a headline: "WHAT'S NEXT") or the word is also an adjective
   * ("Fernleigh First's candidate": a name's last word, but one the name scan would then read
   * as a person's).
   */
  private static void retagNamePossessives(List<Token> toks, String[] tagged) {
    for (int k = 1; k < tagged.length; k++) {
      String w = toks.get(k).text().replace('\u2019', '\'');
      if (!NOT_NAME_TAGS.contains(tagged[k]) || w.length() < 4 || !w.endsWith("'s")
          || !Character.isUpperCase(w.charAt(0))) {
        continue;
      }
      String bare = w.substring(0, w.length() - 2);
      if (!bare.chars().allMatch(Character::isLetter)
          || NOT_OWNERS.contains(bare.toLowerCase(Locale.ROOT))
          || WordClasses.english().knows(bare.toLowerCase(Locale.ROOT),
              WordClasses.Pos.ADJECTIVE)
          || AcronymTags.capitalsWord(toks.get(k - 1).text())
          || k + 1 < tagged.length && AcronymTags.capitalsWord(toks.get(k + 1).text())) {
        continue;
      }
      tagged[k] = "PROPN";
    }
  }

  /** Past tenses without "-ed" that a reporting sentence puts after its subject. */
  private static final Set<String> IRREGULAR_PAST = Set.of("said", "told", "wrote", "spoke",
      "thought", "knew", "felt", "gave", "took", "made", "saw", "met", "led", "won", "lost",
      "held", "kept", "left", "sent", "stood", "came", "went", "became", "began", "got", "put");

  /**
   * A capitalised auxiliary after a name, mid-sentence, is the name's last word when what
   * follows cannot follow an auxiliary: a verb in "-ed", "-s" or an irregular past, a comma or a
   * possessive ending ("Prime Minister Theresa May said", "Coach Ana Will, who ...", "Theresa
   * May's government"); "Trump may say" and a headline's "Trump May Win" keep theirs.
   */
  private static void retagCapitalisedAuxiliaries(List<Token> toks, String[] tagged) {
    for (int k = 1; k + 1 < tagged.length; k++) {
      String w = toks.get(k).text();
      if (!(tagged[k].equals("AUX") || tagged[k].equals("VERB"))
          || !Character.isUpperCase(w.charAt(0)) || !tagged[k - 1].equals("PROPN")
          || !AUXILIARY_NAMES.contains(w.toLowerCase(Locale.ROOT))) {
        continue;
      }
      String next = toks.get(k + 1).text();
      boolean finite = tagged[k + 1].equals("VERB") && Character.isLowerCase(next.charAt(0))
          && (next.endsWith("ed") || next.endsWith("s") || IRREGULAR_PAST.contains(next));
      if (finite || next.equals(",") || next.equals("'s") || next.equals("\u2019s")) {
        tagged[k] = "PROPN";
      }
    }
  }

  /** Auxiliaries that are also names: "May", "Will", "Do", "Can", "Must", "Might". */
  private static final Set<String> AUXILIARY_NAMES = Set.of("may", "will", "do", "can",
      "must", "might");

  /** Closed word classes: every member is frequent, so the tagger knows them all. */
  static final Set<String> CLOSED_CLASSES = Set.of("ADP", "SCONJ", "CCONJ", "DET",
      "PRON", "AUX", "PART");

  /**
   * A capitalised word tagged as a function word (a closed class: preposition, conjunction,
   * determiner, pronoun, auxiliary, particle) that the tagger never saw as a word is a name: the
   * tagger guessed from its position and shape ("Haas promised to ..." gave Haas SCONJ at the
   * start of a sentence). Every member of a closed class is frequent, so a word the tagger does
   * not know is none of them.
   */
  private void retagUnknownFunctionWords(List<Token> toks, String[] tagged) {
    for (int k = 0; k < tagged.length; k++) {
      String w = toks.get(k).text();
      if (CLOSED_CLASSES.contains(tagged[k]) && Character.isUpperCase(w.charAt(0))
          && w.chars().allMatch(Character::isLetter)
          && !models.taggerKnows(w.toLowerCase(Locale.ROOT))) {
        tagged[k] = "PROPN";
      }
    }
  }

  /** Honorifics written before a name, with and without a period. */
  private static final Set<String> HONORIFICS = Set.of("Mr", "Mrs", "Ms", "Dr", "Prof", "Mr.",
      "Mrs.", "Ms.", "Dr.", "Prof.");

  /**
   * A capitalised word between an honorific and a name is the name's first word, whatever the
   * tagger read it as: "Dr Nor Azlina Hashim" (Nor ADP), "Mr Will Barrow" (AUX); the honorific
   * too is part of the name ("Dr" NOUN).
   */
  private static void retagNamesAfterHonorifics(List<Token> toks, String[] tagged) {
    for (int k = 0; k + 2 < tagged.length; k++) {
      String w = toks.get(k + 1).text();
      if (HONORIFICS.contains(toks.get(k).text()) && !tagged[k + 1].equals("PROPN")
          && w.length() > 1 && Character.isUpperCase(w.charAt(0))
          && Character.isLowerCase(w.charAt(1)) && tagged[k + 2].equals("PROPN")) {
        tagged[k] = "PROPN";
        tagged[k + 1] = "PROPN";
      }
    }
  }

  /**
   * A capitalised word that neither the tagger nor WordNet knows, before another capitalised
   * word, or inside a sentence before a comma or a verb, is a name, whatever the tagger guessed
   * from its shape: "Clemens Fuest, president of the Ifo Institute, said" (VERB ADJ), where the
   * source stage then passed over the name for "the Ifo Institute".
   */
  private void retagUnknownNames(List<Token> toks, String[] tagged) {
    for (int k = 0; k + 1 < tagged.length; k++) {
      String w = toks.get(k).text();
      if (tagged[k].equals("PROPN") || w.length() < 2 || !Character.isUpperCase(w.charAt(0))
          || !Character.isLowerCase(w.charAt(w.length() - 1))
          || !w.chars().allMatch(c -> Character.isLetter(c) || c == '-')) {
        continue;
      }
      String next = toks.get(k + 1).text();
      boolean pair = Character.isUpperCase(next.charAt(0));
      boolean before = pair || k > 0 && (next.equals(",") || tagged[k + 1].equals("VERB")
          || tagged[k + 1].equals("AUX")) // "Naturally, she" opens a sentence with no name
          || k == 0 && Ages.betweenCommas(toks, k + 1); // "Tahere, 29, whose ... said"
      String lower = w.toLowerCase(Locale.ROOT);
      boolean opensRun = k == 0 || !Character.isUpperCase(toks.get(k - 1).text().charAt(0));
      if (before && !models.taggerKnows(lower) && !inWordNet(lower, pair && opensRun)) {
        tagged[k] = "PROPN";
      }
    }
  }

  /**
   * Whether WordNet knows a word as a common word; opening a run of capitalised words ({@code
   * pair}), not as a noun whose first sense is a person's or a place's, as its proper names are
   * ("clemens", Samuel Clemens; but "Officeholders said", "Republican Officeholders Who").
   */
  private static boolean inWordNet(String lower, boolean pair) {
    for (WordClasses.Pos p : WordClasses.Pos.values()) {
      WordClasses.Entry e = WordClasses.english().lookup(lower, p);
      if (e != null && !(pair && p == WordClasses.Pos.NOUN && (e.first().equals("noun.person")
          || e.first().equals("noun.location")))) {
        return true;
      }
    }
    return false;
  }

  /**
   * The tagger was trained on straight ASCII quotes and apostrophes, and on American spelling: a
   * British spelling it never saw is given in the American form it knows ({@link
   * #americanSpelling}).
   */
  private String normaliseForTagger(String word) {
    if (word.indexOf('\u2019') >= 0 || word.indexOf('\u2018') >= 0) {
      word = word.replace('\u2019', '\'').replace('\u2018', '\'');
    }
    // the tagger learnt from English text: it read many accented names as common nouns
    // ("retired teacher Erzs\u00E9bet T\u00F3th" had no name in it) but tags the same names
    // without accents as names
    word = Accents.fold(word);
    if (word.length() == 1 && "\u201C\u201D\u00AB\u00BB\u201E".indexOf(word.charAt(0)) >= 0) {
      return "\"";
    }
    return americanSpelling(word);
  }

  /**
   * British endings and their American forms, tried in this order: a stem, the endings that may
   * follow it at the end of the word ("" for none), and what the stem becomes ("colour",
   * "colours", "coloured" and "colourful" are "color"...). No ending holds its own stem, so a
   * word ends in at most one stem-and-ending of a rule, and the rule reads as a suffix test.
   */
  private static final String[][] BRITISH = {
      {"our", "", "s", "ed", "ing", "ite", "ites", "able", "ful"},
      {"is", "e", "ed", "es", "ing", "ation", "ations"},
      {"ys", "e", "ed", "es", "ing"}, {"tre", "", "s"}, {"ence", "", "s"},
      {"ll", "ed", "ing", "er", "ers"}, {"ogue", "", "s"}};
  private static final String[] AMERICAN = {"or", "iz", "yz", "ter", "ense", "l", "og"};

  /**
   * A word the tagger never saw in the American spelling it knows: "neighbour" (which it tagged
   * a verb, so that "Her neighbour, Steve Jones, said" had "Her" for its speaker), "behaviour",
   * "organised", "travelled"; the word itself when it knows it or no form is known.
   */
  String americanSpelling(String word) {
    if (word.length() < 5 || !Character.isLowerCase(word.charAt(word.length() - 1))) {
      return word;
    }
    String[] us = new String[BRITISH.length];
    boolean any = false;
    for (int i = 0; i < BRITISH.length; i++) {
      us[i] = american(word, BRITISH[i], AMERICAN[i]);
      any |= us[i] != null;
    }
    // most words end in no British ending: they need no look-up in the tagger's dictionary
    if (!any || models.taggerKnows(word.toLowerCase(Locale.ROOT))) {
      return word;
    }
    for (String form : us) {
      if (form != null && models.taggerKnows(form.toLowerCase(Locale.ROOT))) {
        return form;
      }
    }
    return word;
  }

  /**
   * {@code word} with the stem of {@code rule} (its first string) replaced by {@code american}
   * when the word ends in the stem and one of the rule's endings; null when it does not.
   */
  private static String american(String word, String[] rule, String american) {
    String stem = rule[0];
    for (int k = 1; k < rule.length; k++) {
      String ending = rule[k];
      int at = word.length() - ending.length() - stem.length();
      if (at >= 0 && word.startsWith(stem, at) && word.endsWith(ending)) {
        return word.substring(0, at) + american + ending;
      }
    }
    return null;
  }

  @Override
  public Sentence sentenceAt(int offset) {
    List<Sentence> all = sentences();
    int k = SortedSpans.lastStartingAtOrBefore(all, Sentence::start, offset);
    return all.get(Math.max(0, k));
  }

  /** Paragraphs are the non-blank lines of the text, trimmed. */
  static List<org.quotekit.Span> findParagraphs(String text) {
    List<org.quotekit.Span> out = new ArrayList<>();
    int n = text.length();
    int i = 0;
    while (i < n) {
      int lineEnd = i;
      while (lineEnd < n && text.charAt(lineEnd) != '\n' && text.charAt(lineEnd) != '\r'
          && text.charAt(lineEnd) != '\u2029') {
        lineEnd++;
      }
      int s = i;
      int e = lineEnd;
      while (s < e && Character.isWhitespace(text.charAt(s))) {
        s++;
      }
      while (e > s && Character.isWhitespace(text.charAt(e - 1))) {
        e--;
      }
      if (e > s) {
        out.add(org.quotekit.Span.of(text, s, e));
      }
      i = lineEnd + 1;
    }
    return List.copyOf(out);
  }
}
