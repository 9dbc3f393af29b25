/**
 * Model training: {@link org.quotekit.train.CueModelTrainer} trains the {@link
 * org.quotekit.model.CueModel} of the model-based extractor from gold attributions read with
 * {@link org.quotekit.eval.PolnearCorpus}. Not needed at run time, so not in {@code
 * quotekit-core}.
 */
package org.quotekit.train;
