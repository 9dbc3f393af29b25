/**
 * The model-based extractor: a maximum-entropy cue classifier and a maximum-entropy Markov content
 * labeller (Apache OpenNLP), trained on annotated news ({@link org.quotekit.model.AttributionModel}
 * holds both). Cues feed the rule-based extractor's attribution patterns; where no pattern fits,
 * the content labeller reads the content ({@link org.quotekit.model.ModelCueAttributor}).
 */
package org.quotekit.model;
