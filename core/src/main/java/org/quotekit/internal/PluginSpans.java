package org.quotekit.internal;

import org.quotekit.Span;

/**
 * Checks spans that come from plug-ins (extractors, speaker resolvers, claim extractors) against
 * the article text. Stateless and thread-safe.
 */
final class PluginSpans {
  private PluginSpans() {}

  /** Whether {@code s} lies inside {@code text} and its text is the text there. */
  static boolean matches(String text, Span s) {
    return s.end() <= text.length() && text.regionMatches(s.start(), s.text(), 0, s.length());
  }

  /**
   * Whether {@code s} starts or ends between the two halves of a surrogate pair of {@code text},
   * so that it would cut a character (an emoji, a mathematical letter) in two.
   */
  static boolean splitsAPair(String text, Span s) {
    return splits(text, s.start()) || splits(text, s.end());
  }

  /** Whether offset {@code i} of {@code text} lies between the halves of a surrogate pair. */
  static boolean splits(String text, int i) {
    return i > 0 && i < text.length() && Character.isHighSurrogate(text.charAt(i - 1))
        && Character.isLowSurrogate(text.charAt(i));
  }
}
