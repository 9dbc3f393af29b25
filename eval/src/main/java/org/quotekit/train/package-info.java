/**
 * Model training: {@link org.quotekit.train.AttributionModelTrainer} trains every part of the
 * model-based extractor's {@link org.quotekit.model.AttributionModel} ({@link
 * org.quotekit.train.CueModelTrainer} the cue model, {@link
 * org.quotekit.train.ContentModelTrainer} the content model) from gold attributions read with
 * {@link org.quotekit.eval.PolnearCorpus}, and validates them on a held-out part. Not needed at
 * run time, so not in {@code quotekit-core}.
 */
package org.quotekit.train;
