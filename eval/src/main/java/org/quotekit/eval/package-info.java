/**
 * Corpus evaluation: read gold attributions (PolNeAR brat standoff) with {@link
 * org.quotekit.eval.PolnearCorpus}, score an {@link org.quotekit.Extraction} against them with
 * {@link org.quotekit.eval.AttributionScorer}, or run a whole split with {@link
 * org.quotekit.eval.Evaluator}. The figures are exactly those defined in the project's
 * {@code EVALUATION.md}.
 */
package org.quotekit.eval;
