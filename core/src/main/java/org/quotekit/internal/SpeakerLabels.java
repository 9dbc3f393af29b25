package org.quotekit.internal;

import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The speaker label that opens a transcript paragraph ({@code VANCE: words}, {@code Jake Tapper:
 * words}, {@code "WALLACE: words} in a transcript quoted paragraph by paragraph): what the
 * transcript rule reads as a turn's source and the resolver as the turn's speaker. Stateless.
 */
public final class SpeakerLabels {
  /** Marks that may open a quoted transcript paragraph. */
  private static final String OPENING_QUOTES = "\"\u201C";
  /** The furthest a label's colon may stand from the paragraph's start, past opening marks. */
  private static final int MAX_LABEL = 40;
  /** The same for a label that gives the speaker's post or firm after the name. */
  private static final int MAX_TITLED_LABEL = 90;
  /** Small words a post or firm in a label may hold ("Vice President of Investor Relations"). */
  private static final Set<String> TITLE_LINKS = Set.of("of", "and", "&", "for", "the", "at");

  /**
   * A paragraph's speaker label, offsets from the paragraph's start.
   *
   * @param open where the label starts, past opening quotation marks
   * @param colon where the colon after it stands
   * @param text the speaker's name: the label, or its part before a post or firm set after a
   *     comma ("Dana Whitcomb" of "Dana Whitcomb, Vice President, Investor Relations")
   * @param asker whether the name stands in brackets after "Q", a questioner's ("Q (Lena Varga,
   *     Orrin Securities):"), so that {@code open} is where the name starts inside them
   */
  public record Label(int open, int colon, String text, boolean asker) {
    /** Where the speaker's name ends, from the paragraph's start. */
    public int nameEnd() {
      return open + text.length();
    }

    /** Whether a post or firm follows the name ("Marcus Feld, Chief Executive Officer:"). */
    public boolean titled() {
      return nameEnd() < colon;
    }

    /** Whether the label is written in capitals ("WALLACE"), as a transcript writes a speaker. */
    public boolean capitals() {
      return text.equals(text.toUpperCase(Locale.ROOT));
    }
  }

  private SpeakerLabels() {}

  /**
   * The label a paragraph opens with, past opening quotation marks, before a colon and white
   * space: up to four capitalised words of letters (and . ' -) within {@value #MAX_LABEL}
   * characters, that name no page furniture ("CORRECTION:", "The Latest:"); or, within
   * {@value #MAX_TITLED_LABEL} characters, a name of two to four such words and, after a comma,
   * the speaker's post or firm ({@link #postOrFirm}). Null otherwise.
   */
  public static Label of(String paragraph) {
    return of(paragraph, 0, paragraph.length());
  }

  /**
   * The label the paragraph {@code text[start, end)} opens with, as {@link #of(String)} finds it
   * in that paragraph, offsets from {@code start}: it reads only the paragraph's first
   * characters, so it costs no copy of a long paragraph.
   */
  public static Label of(String text, int start, int end) {
    int open = 0;
    while (start + open < end && OPENING_QUOTES.indexOf(text.charAt(start + open)) >= 0) {
      open++;
    }
    open += cueTag(text, start + open, end); // "[CLIP] MAYOR DENISE HARTLEY: We are going ..."
    Label dotted = dottedInterviewLabel(text, start, end, open);
    if (dotted != null) {
      return dotted; // "Q. Why does the city flood?", then "A. Because we built ..."
    }
    int colon = -1; // the paragraph's first colon, sought only as far as a label may reach
    for (int k = start, last = Math.min(end, start + open + MAX_TITLED_LABEL + 1); k < last; k++) {
      if (text.charAt(k) == ':') {
        colon = k - start;
        break;
      }
    }
    if (colon <= open || start + colon + 1 >= end
        || !Character.isWhitespace(text.charAt(start + colon + 1))) {
      return null;
    }
    String label = text.substring(start + open, start + colon);
    Label asker = askerLabel(label, open, colon);
    if (asker != null) {
      return asker;
    }
    Label bracketed = bracketedPostLabel(label, open, colon);
    if (bracketed != null) {
      return bracketed; // "Pat Moran (caller, Westport):", "Aine Moran (presenter):"
    }
    Label dashed = dashedPostLabel(label, open, colon);
    if (dashed != null) {
      return dashed; // "Daniel Cho -- Whitcombe Partners -- Analyst:", a results call's
    }
    int comma = label.indexOf(',');
    if (comma < 0) {
      return colon <= open + MAX_LABEL && isNameLabel(label) ? new Label(open, colon, label, false)
          : null;
    }
    // "Dana Whitcomb, Vice President, Investor Relations:", "Elliot Strand, Garrison Bailey:"
    String name = label.substring(0, comma);
    return fullNameLabel(name) && postOrFirm(label.substring(comma + 1))
        ? new Label(open, colon, name, false) : null;
  }

  /** A broadcast transcript's cue tag in capitals and brackets: "[CLIP]", "(SOUNDBITE)". */
  private static final Pattern CUE_TAG = Pattern.compile("[\\[(][A-Z][A-Z -]{1,18}[\\])] ");

  /**
   * The length of a broadcast transcript's cue tag ({@link #CUE_TAG}) at {@code text[at]}, before
   * a label, with the space after it; 0 when none stands there.
   */
  private static int cueTag(String text, int at, int end) {
    if (at >= end || text.charAt(at) != '[' && text.charAt(at) != '(') {
      return 0;
    }
    Matcher m = CUE_TAG.matcher(text).region(at, Math.min(end, at + 22));
    return m.lookingAt() ? m.end() - at : 0;
  }

  /**
   * Whether the words before a post or firm in a label are a person's full name: two to four
   * capitalised words ({@link #isNameLabel}), no space around them.
   */
  private static boolean fullNameLabel(String name) {
    return name.strip().split(" ").length >= 2 && name.equals(name.strip()) && isNameLabel(name);
  }

  /**
   * The questioner a results-call transcript names in brackets after "Q" ("Q (Lena Varga,
   * Orrin Securities): How many ...?"): the name, two to four capitalised words, and after a comma
   * the firm or post. Null for any other label.
   */
  private static Label askerLabel(String label, int open, int colon) {
    int bracket = label.indexOf(" (");
    if (bracket < 0 || !label.endsWith(")")
        || !Set.of("Q", "Question").contains(label.substring(0, bracket))) {
      return null;
    }
    String inside = label.substring(bracket + 2, label.length() - 1);
    int comma = inside.indexOf(',');
    String name = comma < 0 ? inside : inside.substring(0, comma);
    if (!fullNameLabel(name) || comma >= 0 && !postOrFirm(inside.substring(comma + 1))) {
      return null;
    }
    return new Label(open + bracket + 2, colon, name, true);
  }

  /** What sets a post or firm after the name in a results call's label: two hyphens, a dash. */
  private static final Pattern LABEL_DASH = Pattern.compile(" (?:--|\u2014|\u2013) ");

  /**
   * A name of two to four capitalised words with the speaker's firm and post set after it by
   * dashes, as results-call transcripts write them ("Daniel Cho -- Whitcombe Partners --
   * Analyst", "Angela Ruiz \u2014 Chief Financial Officer"): the parts after the name are posts
   * and firms ({@link #postOrFirm}). Null for any other label.
   */
  private static Label dashedPostLabel(String label, int open, int colon) {
    Matcher dash = LABEL_DASH.matcher(label);
    if (!dash.find()) {
      return null;
    }
    String name = label.substring(0, dash.start());
    return fullNameLabel(name)
        && postOrFirm(LABEL_DASH.matcher(label.substring(dash.end())).replaceAll(","))
        ? new Label(open, colon, name, false) : null;
  }

  /**
   * An interview's question or answer labelled with a full stop instead of a colon, as some
   * papers print an edited interview: "Q. " opening a paragraph that ends with a question mark,
   * or "A. " opening the paragraph right after one that opens with "Q. " ("A. Raghavan said"
   * elsewhere is a name). The label's {@code colon} is then the full stop. Null otherwise.
   */
  private static Label dottedInterviewLabel(String text, int start, int end, int open) {
    int at = start + open;
    if (at + 3 >= end || text.charAt(at + 1) != '.' || text.charAt(at + 2) != ' ') {
      return null;
    }
    char part = text.charAt(at);
    if (part == 'Q') {
      return endsInQuestion(text, at, end) ? new Label(open, open + 1, "Q", false) : null;
    }
    if (part != 'A') {
      return null;
    }
    int before = start - 1;
    while (before >= 0 && Character.isWhitespace(text.charAt(before))) {
      before--;
    }
    if (before < 0 || before == start - 1) {
      return null; // the first paragraph, or no line break before this one
    }
    int lineStart = text.lastIndexOf('\n', before) + 1;
    while (lineStart < before && OPENING_QUOTES.indexOf(text.charAt(lineStart)) >= 0) {
      lineStart++;
    }
    return text.startsWith("Q. ", lineStart) ? new Label(open, open + 1, "A", false) : null;
  }

  /** Marks a question may end in after its question mark: quotation marks of either side. */
  private static final String MARKS_AFTER_QUESTION = "\"'\u201C\u201D\u2019";

  /**
   * Whether the text from {@code start} to {@code end} (a sentence, a paragraph) asks a
   * question: its last character, past spaces and quotation marks, is a question mark.
   */
  public static boolean endsInQuestion(String text, int start, int end) {
    int k = end - 1;
    while (k > start && (Character.isWhitespace(text.charAt(k))
        || MARKS_AFTER_QUESTION.indexOf(text.charAt(k)) >= 0)) {
      k--;
    }
    return k >= start && text.charAt(k) == '?';
  }

  /**
   * Whether a line opens at {@code offset} with an interview's label and a full stop ("Q. Why
   * ...?", then "A. Because ..."), as {@link #of} reads such a paragraph.
   */
  public static boolean dottedLabelAt(String text, int offset) {
    if (offset > 0 && text.charAt(offset - 1) != '\n') {
      return false;
    }
    int end = text.indexOf('\n', offset);
    return dottedInterviewLabel(text, offset, end < 0 ? text.length() : end, 0) != null;
  }

  /** Labels that name a part of an interview, not a person ("Q (caller):"). */
  private static final Set<String> INTERVIEW_PARTS = Set.of("Q", "Question", "A", "Answer");

  /**
   * A name of one to four capitalised words with the speaker's post or place in brackets after it
   * ("Pat Moran (caller, Westport)", "Aine Moran (presenter)", "Sherrod Brown (D-Ohio)"): up to
   * six words of letters in the brackets, no digits. Null for any other label.
   */
  private static Label bracketedPostLabel(String label, int open, int colon) {
    int bracket = label.indexOf(" (");
    if (bracket <= 0 || !label.endsWith(")") || label.indexOf('(', bracket + 2) >= 0) {
      return null;
    }
    String name = label.substring(0, bracket);
    String inside = label.substring(bracket + 2, label.length() - 1).strip();
    if (name.length() > MAX_LABEL || !isNameLabel(name) || inside.isEmpty()
        || inside.split("[ ,]+").length > 6 || inside.chars().anyMatch(
            c -> !Character.isLetter(c) && " ,.'\u2019-".indexOf(c) < 0)
        || INTERVIEW_PARTS.contains(name)) {
      return null;
    }
    return new Label(open, colon, name, false);
  }

  /**
   * Whether the words after a speaker's name in a label are posts and firms: capitalised words
   * (and the small words of {@link #TITLE_LINKS}) in up to three parts between commas, eight
   * words at most, no digits.
   */
  private static boolean postOrFirm(String rest) {
    String[] parts = rest.split(",", -1);
    if (parts.length > 3) {
      return false;
    }
    int words = 0;
    for (String part : parts) {
      String p = part.strip();
      if (p.isEmpty()) {
        return false;
      }
      for (String w : p.split(" +")) {
        words++;
        if (TITLE_LINKS.contains(w)) {
          continue;
        }
        if (!Character.isUpperCase(w.charAt(0)) || w.chars().anyMatch(Character::isDigit)) {
          return false;
        }
      }
    }
    return words <= 8;
  }

  /**
   * Labels of page furniture, never a speaker: "CORRECTION: An earlier version...",
   * "Contributing: ...", "Editor's Note: ...", "EMAIL: ..."; the kickers that open a headline
   * ("The Latest: ...", "Interview: ...", "BREAKING: ...", "Revealed: ..."); and the rubrics of
   * ad watches and newsletters ("THE CLAIMS: ...", "WHAT IT SAYS: ...", "Why it matters: ...").
   */
  private static final Set<String> FURNITURE = Set.of("byline", "clarification", "contributing",
      "correction", "corrections", "credit", "dateline", "editor's note", "editors' note",
      "editor\u2019s note", "editors\u2019 note", "email", "e-mail", "filed under", "follow",
      "image", "note", "paid notice", "photo", "photos", "posted", "published", "read more",
      "related", "see also", "source", "sources", "subscribe", "tags", "update", "updated",
      "video", "watch", "analysis", "bombshell", "boom", "breaking", "busted", "delegate update",
      "exclusive", "explainer", "factbox", "fix is in", "interview", "just leaked", "latest",
      "live", "look", "news guide", "opinion", "revealed", "the latest", "timeline",
      "transcript", "wow", "the claim", "the claims", "the facts", "the context", "the spin",
      "the verdict", "the bottom line", "the big picture", "the backstory", "what it says",
      "what it shows", "what's true", "what's false", "what's next", "why it matters",
      "what they're saying", "what they\u2019re saying", "what they are saying", "by the numbers",
      "between the lines", "go deeper", "state of play", "driving the news", "zoom in",
      "zoom out", "the buzz");

  private static boolean isNameLabel(String label) {
    if (FURNITURE.contains(label.strip().toLowerCase(Locale.ROOT))) {
      return false;
    }
    String[] words = label.strip().split(" ");
    if (words.length > MAX_WORDS || words.length == 0) {
      return false;
    }
    for (String w : words) {
      if (!isLabelWord(w)) {
        return false;
      }
    }
    return Character.isLetter(label.charAt(label.length() - 1));
  }

  /** The most words a speaker label takes ("Jake Tapper", "LUKE HARTNETT"). */
  public static final int MAX_WORDS = 4;

  /**
   * Whether {@code w} may be a word of a speaker label: capitalised, of letters and {@code .}
   * {@code '} {@code -} only ("O'Neill", "Jr.", "Holm-Berg").
   */
  public static boolean isLabelWord(String w) {
    if (w.isEmpty() || !Character.isUpperCase(w.charAt(0))) {
      return false;
    }
    for (int i = 0; i < w.length(); i++) {
      char c = w.charAt(i);
      if (!Character.isLetter(c) && ".'\u2019-".indexOf(c) < 0) {
        return false;
      }
    }
    return true;
  }
}
