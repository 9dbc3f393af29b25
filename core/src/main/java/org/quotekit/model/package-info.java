/**
 * The model-based extractor: a maximum-entropy cue classifier and a maximum-entropy Markov content
 * labeller (Apache OpenNLP), trained on annotated news ({@link org.quotekit.model.AttributionModel}
 * holds both). Cues feed the rule-based extractor's attribution patterns; the content labeller,
 * which reads the patterns' span as features, re-reads their content inside the cue's sentence
 * and reads it alone where no pattern fits ({@link org.quotekit.model.ModelCueAttributor}).
 */
package org.quotekit.model;
