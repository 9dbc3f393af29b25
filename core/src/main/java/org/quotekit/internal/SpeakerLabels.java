package org.quotekit.internal;

import java.util.Locale;
import java.util.Set;

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

  /**
   * A paragraph's speaker label, offsets from the paragraph's start.
   *
   * @param open where the label starts, past opening quotation marks
   * @param colon where the colon after it stands
   * @param text the label
   */
  public record Label(int open, int colon, String text) {
    /** Whether the label is written in capitals ("WALLACE"), as a transcript writes a speaker. */
    public boolean capitals() {
      return text.equals(text.toUpperCase(Locale.ROOT));
    }
  }

  private SpeakerLabels() {}

  /**
   * The label a paragraph opens with: up to four capitalised words of letters (and . ' -),
   * past opening quotation marks, before a colon and white space within {@value #MAX_LABEL}
   * characters, that name no page furniture ("CORRECTION:", "The Latest:"); null otherwise.
   */
  public static Label of(String paragraph) {
    int open = 0;
    while (open < paragraph.length() && OPENING_QUOTES.indexOf(paragraph.charAt(open)) >= 0) {
      open++;
    }
    int colon = paragraph.indexOf(':');
    if (colon <= open || colon > open + MAX_LABEL || colon + 1 >= paragraph.length()
        || !Character.isWhitespace(paragraph.charAt(colon + 1))) {
      return null;
    }
    String label = paragraph.substring(open, colon);
    return isNameLabel(label) ? new Label(open, colon, label) : null;
  }

  /**
   * Labels of page furniture, never a speaker: "CORRECTION: An earlier version...",
   * "Contributing: ...", "Editor's Note: ...", "EMAIL: ..."; and the kickers that open a
   * headline ("The Latest: ...", "Interview: ...", "BREAKING: ...", "Revealed: ...").
   */
  private static final Set<String> FURNITURE = Set.of("byline", "clarification", "contributing",
      "correction", "corrections", "credit", "dateline", "editor's note", "editors' note",
      "editor\u2019s note", "editors\u2019 note", "email", "e-mail", "filed under", "follow",
      "image", "note", "paid notice", "photo", "photos", "posted", "published", "read more",
      "related", "see also", "source", "sources", "subscribe", "tags", "update", "updated",
      "video", "watch", "analysis", "bombshell", "boom", "breaking", "busted", "delegate update",
      "exclusive", "explainer", "factbox", "fix is in", "interview", "just leaked", "latest",
      "live", "look", "news guide", "opinion", "revealed", "the latest", "timeline",
      "transcript", "wow");

  private static boolean isNameLabel(String label) {
    if (FURNITURE.contains(label.strip().toLowerCase(Locale.ROOT))) {
      return false;
    }
    String[] words = label.strip().split(" ");
    if (words.length > 4 || words.length == 0) {
      return false;
    }
    for (String w : words) {
      if (w.isEmpty() || !Character.isUpperCase(w.charAt(0))) {
        return false;
      }
      for (int i = 0; i < w.length(); i++) {
        char c = w.charAt(i);
        if (!Character.isLetter(c) && ".'\u2019-".indexOf(c) < 0) {
          return false;
        }
      }
    }
    return Character.isLetter(label.charAt(label.length() - 1));
  }
}
