/**
 * The model-based extractor: a maximum-entropy cue classifier (Apache OpenNLP) trained on
 * annotated news, feeding the same attribution patterns as the rule-based extractor.
 */
package org.quotekit.model;
