package org.quotekit.rules;

import java.util.List;
import java.util.Objects;
import org.quotekit.spi.AnalyzedArticle;
import org.quotekit.spi.QuoteCandidate;

/**
 * Finds the attributions of an article by running {@link AttributionStage}s in order over one
 * shared {@link AttributionContext}. The English news composition ({@link #englishNews}) is:
 * transcript lines, the cues of each sentence (a {@link CueDetector} finds them, a
 * {@link CueAttributor} builds their content and source), dash signatures, quotations after a
 * name and a colon, follow-on quotations, and last the transcript turns cut around the
 * attributions inside them. The rule-based and the model-based extractor share it and differ in
 * their cue detector; any stage can be replaced by a learned one. Immutable and thread-safe.
 */
public final class AttributionFinder {
  private final CueLexicon lexicon;
  private final List<AttributionStage> stages;

  /**
   * A finder running {@code stages} in order.
   *
   * @param lexicon tells cue kinds and verbs apart where the stages need it (e.g. "..., adding")
   * @param stages the stages, run in this order
   * @throws IllegalArgumentException if {@code stages} is empty
   */
  public AttributionFinder(CueLexicon lexicon, List<AttributionStage> stages) {
    this.lexicon = Objects.requireNonNull(lexicon, "lexicon");
    this.stages = List.copyOf(Objects.requireNonNull(stages, "stages"));
    if (this.stages.isEmpty()) {
      throw new IllegalArgumentException("an attribution finder needs at least one stage");
    }
  }

  /**
   * The English news composition with the given cue detector and the rule-based attribution of
   * each cue.
   *
   * @param lexicon tells cue kinds and verbs apart where the patterns need it
   * @param detector finds the cues
   */
  public static AttributionFinder englishNews(CueLexicon lexicon, CueDetector detector) {
    return englishNews(lexicon, detector, CueAttributor.rules());
  }

  /**
   * The English news composition with the given cue detector and cue attributor.
   *
   * @param lexicon tells cue kinds and verbs apart where the patterns need it
   * @param detector finds the cues
   * @param attributor builds each cue's content and source
   */
  public static AttributionFinder englishNews(CueLexicon lexicon, CueDetector detector,
      CueAttributor attributor) {
    return new AttributionFinder(lexicon, List.of(AttributionStage.transcripts(),
        AttributionStage.cues(detector, attributor), AttributionStage.dashes(),
        AttributionStage.colons(), AttributionStage.followOns(), AttributionStage.turns()));
  }

  /** The stages, in the order they run. */
  public List<AttributionStage> stages() {
    return stages;
  }

  /**
   * The attributions of one article, in the order the stages found them; a quotation continued
   * over paragraphs is a part a paragraph ({@link ParagraphParts}).
   */
  public List<QuoteCandidate> find(AnalyzedArticle article) {
    AttributionContext context = new AttributionContext(article, lexicon);
    for (AttributionStage stage : stages) {
      stage.run(context);
    }
    return ParagraphParts.split(article, context.candidates());
  }
}
