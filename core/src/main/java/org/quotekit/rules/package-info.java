/**
 * The rule-based extractor: quote-mark pairing, a reporting-cue lexicon and attribution patterns
 * of English news writing.
 */
package org.quotekit.rules;
