package org.quotekit.testkit;

import java.util.function.IntFunction;

/**
 * Kinds of text built to hurt an extractor, each at any length: huge runs of quote marks, text
 * without punctuation or white space, deep nesting, a line of nothing but "said", thousands of
 * quotations, odd Unicode. The contract tests use them at a few thousand characters; the
 * benchmarks and core's hostile-input tests use them at up to a megabyte to see how cost grows.
 * Immutable and thread-safe.
 */
public enum HostileShape {
  /** Straight double quote marks only. */
  QUOTE_MARKS(n -> "\"".repeat(n)),
  /** Every kind of quote mark, none of them pairing sensibly. */
  MIXED_QUOTE_MARKS(n -> fill("\u201C\u2018\u00AB\u201E\u300C\u2039\"'\u201D\u2019\u00BB", n)),
  /** Each quote mark the analysis knows, in opening and closing pairs and doubled ASCII marks. */
  EVERY_QUOTE_MARK(n -> fill("\u201C\u201D\u2018\u2019\u201E\u201A\u00AB\u00BB\u2039\u203A"
      + "\u300C\u300D\u300E\u300F\"'`'''``", n)),
  /** One sentence of words without any punctuation. */
  NO_PUNCTUATION(n -> fill("word ", n)),
  /** One word without any white space. */
  NO_WHITESPACE(n -> fill("abcdefghij", n)),
  /** Punctuation and dashes without white space or letters. */
  PUNCTUATION_ONLY(n -> fill(".,;:!?-\u2014", n)),
  /** Paragraphs that each open a quotation and never close it (10,000 at 280,000). */
  PARAGRAPHS_OPENING_QUOTES(n -> fill("\"Lorem ipsum dolor sit amet\n", n)),
  /** Parentheses nested n/2 deep. */
  NESTED_PARENTHESES(n -> "(".repeat(n / 2) + ")".repeat(n - n / 2)),
  /** Quotations nested n/2 deep, alternating double and single curly marks. */
  NESTED_QUOTATIONS(n -> fill("\u201C\u2018", n / 2) + fill("\u2019\u201D", n - n / 2)),
  /** A line of the reporting verb only: every token is a cue. */
  SAID(n -> fill("said ", n)),
  /** One cue, then thousands of quotations that continue it. */
  FOLLOW_ONS(n -> fill("Ann Lee said: \"a b c d e\" \"a b c d e\" \"a b c d e\" ", n)),
  /** Attributed quotations, one after another. */
  ATTRIBUTED_QUOTES(n -> fill("\u201CWe will win,\u201D he said. ", n)),
  /** Reported clauses before their cue. */
  CONTENT_BEFORE_CUE(n -> fill("The plan is dead, he said. ", n)),
  /** The same few speakers again and again, by name, title and pronoun. */
  REPEATED_SPEAKERS(n -> fill("\u201CYes,\u201D said Ann Lee. \u201CNo,\u201D Mr. Lee told "
      + "her. She said it. SMITH: Lee's aide, Gen. al-Smith Jr., said so.\n", n)),
  /**
   * One person named, then thousands of quotations attributed to "she" in the same paragraph:
   * every pronoun looks back for its person (the speaker stage copied the paragraph's text before
   * each source mention, 77 s at 800,000 characters).
   */
  PRONOUN_QUOTES(n -> ("Ann Lee spoke. " + fill("\u201CYes,\u201D she said. ", n)).substring(0, n)),
  /**
   * An interview transcript: an introduction naming both people, then thousands of turns under
   * speaker labels in capitals and as Q and A (the speaker stage read every sentence of the
   * article for each turn, 42 s at 400,000 characters).
   */
  TRANSCRIPT_TURNS(n -> ("Jo Park spoke with Ann Lee.\n" + fill("PARK: Will you win?\nLEE: Yes, I "
      + "will.\nQ: Why?\nA: I know it.\n", n)).substring(0, n)),
  /**
   * Thousands of persons sharing a surname, each named in full and then by the surname alone:
   * {@code "We will win," said Zyba Smith. Smith said that the plan is good.} with a new made-up
   * first name on each line (resolving the surnames was quadratic).
   */
  SHARED_SURNAME(n -> {
    StringBuilder sb = new StringBuilder(n + 100);
    for (int i = 0; sb.length() < n; i++) {
      sb.append("\"We will win,\" said ").append(madeUpName(i))
          .append(" Smith. Smith said that the plan is good.\n");
    }
    return sb.substring(0, n);
  }),
  /**
   * A quotation, then 9,980 {@code a.} without white space, in paragraphs just under the length
   * the sentence model still reads (its sentence splitting and the tagger were quadratic here).
   */
  FULL_STOP_RUNS(n -> fill("He said \"x\". " + "a.".repeat(9_980) + "\n", n)),
  /** Opening parentheses, then a cue and a quotation: the tagger reads every parenthesis. */
  PARENTHESES_THEN_CUE(n -> {
    String cue = "He said \"x\"";
    return n <= cue.length() ? cue.substring(0, n) : "(".repeat(n - cue.length()) + cue;
  }),
  /** Cues and quotations of mixed marks without any white space. */
  QUOTES_WITHOUT_SPACES(n -> fill("said\"x\u201Cy\u201D", n)),
  /** Newlines only: no paragraph has a character. */
  NEWLINES(n -> "\n".repeat(n)),
  /** High and low surrogates that never pair up. */
  UNPAIRED_SURROGATES(n -> fill("\uD800 \uDC00\uDBFF", n)),
  /** Abbreviations that never end a sentence. */
  ABBREVIATIONS(n -> fill("Rep. Gen. U.S. G.K. Dr. ", n)),
  /**
   * Words and quotations laced with no-break and zero-width spaces, right-to-left marks and
   * overrides, combining marks, surrogate pairs, NUL and other control characters.
   */
  ODD_UNICODE(n -> fill("\u201CWe\u00A0will\u200Bwin,\u201D\u200F said\u202E Ann\u0301 Le\u0308e"
      + "\u200D. \uD83D\uDE00\u0000\u00A0\u2067\u05D0\u05DE\u05E8 \u00AB\u05DB\u05DF\u00BB\u2069"
      + "\uFEFF\u0007 e\u0301\u0302\u0303 \u201E\u0645\u0631\u062D\u0628\u0627\u201C\u061C "
      + "\uD835\uDC00\uD835\uDC01 \u2028\u2029\u0085\r", n)),
  /**
   * Attributed quotations whose spaces are no-break, thin or ideographic spaces or carry
   * zero-width spaces, directional marks and byte order marks, with soft hyphens and combining
   * marks inside words: the analysis should find a quotation in each.
   */
  INVISIBLE_SPACING(n -> fill("\u201CWe\u00A0will\u2009win,\u201D\u200B said\u200E\u3000Ann"
      + "\u202FLe\u0301e\uFEFF. \u201CNo\u00AD\u00ADbody\u2002can stop\u205Fus,\u201D\u00A0she"
      + "\u00A0\u200Bad\u00ADded.\u2029", n)),
  /**
   * Attributed quotations and names as mojibake (UTF-8 read as Windows-1252 or Latin-1, once,
   * twice, decomposed, with bytes lost), runs of Latin-1 letters that decode to nothing, and
   * sequences cut short: the analysis should repair what it can and find a quotation in each.
   */
  MOJIBAKE(n -> fill("\u00E2\u20AC\u0153We will win,\u00E2\u20AC\uFFFD said"
      + " Jos\u00C3\u00A9 Pe\u00C3\u00B1a. \u00C3\u0083\u00C2\u00A1A\u0303\u0083A\u0302\u00A1"
      + " \u00C3\u00C3\u00C3\u00E2\u20AC"
      + " \u00C3 \u0308 \u00F0\u0178\u02DC\u20AC\u00F0\u0178 \u00C2\u00A0\u00E2\u20AC\u0153No,"
      + "\u00E2\u20AC she added.\n", n)),
  /**
   * Attributed quotations written with HTML character references (numeric, hexadecimal, named,
   * escaped twice), with broken references, and runs of ampersands with no semicolon near: the
   * analysis should decode what is valid and find a quotation in each.
   */
  CHARACTER_REFERENCES(n -> fill("&#8220;We will win,&#x201D; said Ana Mu&ntilde;oz. &amp;ldquo;No"
      + "&amp;rdquo;, she added &#55296; &#x110000; &nosuch; &#; &&&& &amp &lt&gt;\n", n));

  private final IntFunction<String> text;

  HostileShape(IntFunction<String> text) {
    this.text = text;
  }

  /**
   * The text of this shape, {@code length} characters long (a repeated unit is cut where the
   * length ends, even between the two halves of a surrogate pair).
   *
   * @throws IllegalArgumentException if {@code length} is negative
   */
  public String text(int length) {
    if (length < 0) {
      throw new IllegalArgumentException("length must not be negative: " + length);
    }
    return text.apply(length);
  }

  /**
   * A distinct made-up name for each {@code i}, of syllables after "Zy" so that none is an English
   * word ("To Smith" is not a name): "Zyba", "Zyda", ... "Zybada".
   */
  private static String madeUpName(int i) {
    String consonants = "bdfgklmnprstvz";
    String vowels = "aeiou";
    StringBuilder sb = new StringBuilder("Zy");
    int rest = i;
    do {
      sb.append(consonants.charAt(rest % consonants.length()))
          .append(vowels.charAt(rest / consonants.length() % vowels.length()));
      rest /= consonants.length() * vowels.length();
    } while (rest > 0);
    return sb.toString();
  }

  private static String fill(String unit, int length) {
    return unit.repeat(length / unit.length() + 1).substring(0, length);
  }
}
