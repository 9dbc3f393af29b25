/**
 * Corpus evaluation: read gold attributions (PolNeAR brat standoff) with {@link
 * org.quotekit.eval.PolnearCorpus}, score an {@link org.quotekit.Extraction} against them with
 * {@link org.quotekit.eval.AttributionScorer}, or run a whole split with {@link
 * org.quotekit.eval.Evaluator}. The figures are exactly those defined in the project's
 * {@code EVALUATION.md}. Claims are scored against a claims gold ({@code testdata/claims}) with
 * {@link org.quotekit.eval.ClaimsEvaluation}, which gives a {@link
 * org.quotekit.eval.ClaimsReport}.
 */
package org.quotekit.eval;
