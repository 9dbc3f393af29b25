/**
 * Attribution of reported speech by the patterns of English news writing, as a composition of
 * named stages. An {@link org.quotekit.rules.AttributionFinder} runs
 * {@link org.quotekit.rules.AttributionStage}s in order over one per-article
 * {@link org.quotekit.rules.AttributionContext}: transcript lines, the cues of each sentence
 * (a {@link org.quotekit.rules.CueDetector} finds them, a
 * {@link org.quotekit.rules.CueAttributor} builds each one's content and source), dash
 * signatures, colon quotations, follow-on quotations and, last, transcript turns cut around the
 * attributions inside them. Every pattern has a stable id and its examples in
 * {@link org.quotekit.rules.AttributionRule} and a class of its own ({@code DirectCueAfterRule},
 * {@code IndirectAfterCueRule}, ...), over one shared English clause and noun-phrase grammar
 * ({@code EnglishGrammar}, {@code NounPhrases}). Cue words, their kinds and the places where they
 * are not speech are data in a {@link org.quotekit.rules.CueLexicon}.
 */
package org.quotekit.rules;
