package org.quotekit.rules;

/**
 * One step of an {@link AttributionFinder}: it reads the article and what earlier steps found
 * from the {@link AttributionContext}, and adds candidates and marks the quotations it attributes.
 * The rule-based steps are {@link #transcripts()}, {@link #cues(CueDetector, CueAttributor)},
 * {@link #dashes()}, {@link #colons()}, {@link #followOns()} and {@link #turns()}; a learned step
 * can stand in for any of them.
 * Implementations must be thread-safe (all per-article state lives in the context).
 */
public interface AttributionStage {

  /** A short stable name for logs and diagnostics ("cues", "follow-ons"). */
  String name();

  /** Runs the step on one article. */
  void run(AttributionContext context);

  /** Transcript lines: {@code NAME: words} at the start of a paragraph ({@code transcript}). */
  static AttributionStage transcripts() {
    return TranscriptRule.STAGE;
  }

  /**
   * The attributions of reporting cues: {@code detector} finds the cues of each sentence,
   * {@code attributor} builds each one's content and source.
   */
  static AttributionStage cues(CueDetector detector, CueAttributor attributor) {
    return new CueStage(detector, attributor);
  }

  /** Quotations signed with a dash: {@code "..." — Name} ({@code dash}). */
  static AttributionStage dashes() {
    return DashRule.STAGE;
  }

  /**
   * Quotations introduced by a name and a colon: {@code Name: "..."} ({@code colon}); and
   * soundbites on the line under a caption that names the speaker ({@code caption}).
   */
  static AttributionStage colons() {
    return ColonRule.STAGE;
  }

  /**
   * Quotations without a cue that continue an attributed quotation in the same or the next
   * paragraph ({@code follow-on}); runs last, on what the other steps left.
   */
  static AttributionStage followOns() {
    return FollowOnRule.STAGE;
  }

  /**
   * Transcript turns without the sentences that hold another attribution, so that a turn and the
   * speech it reports are both kept ({@code transcript}); runs after all other steps.
   */
  static AttributionStage turns() {
    return TranscriptRule.TURNS;
  }
}
