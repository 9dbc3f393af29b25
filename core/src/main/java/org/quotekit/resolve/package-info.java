/**
 * Speaker resolution: the {@link org.quotekit.resolve.DefaultSpeakerResolver} groups the mentions
 * of an article (names, titles, descriptions, pronouns, organisations, anonymous sources) into one
 * {@link org.quotekit.Speaker} per entity, with the word lists of a
 * {@link org.quotekit.resolve.SpeakerLexicon}.
 */
package org.quotekit.resolve;
