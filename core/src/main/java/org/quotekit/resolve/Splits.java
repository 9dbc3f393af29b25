package org.quotekit.resolve;

import java.util.regex.Pattern;

/**
 * The patterns the resolver splits names and descriptions with, compiled once: {@code
 * String.split} and {@code replaceAll} compile theirs on every call, and the resolver makes such
 * calls for every name and source of every article.
 */
final class Splits {
  private Splits() {}

  /** Runs of white space. */
  static final Pattern SPACES = Pattern.compile("\\s+");
  /** Runs of white space or hyphens. */
  static final Pattern SPACES_OR_HYPHENS = Pattern.compile("[\\s-]+");
  /** Runs of characters that are no letters. */
  static final Pattern NOT_LETTERS = Pattern.compile("[^\\p{L}]+");
  /** One character that is no capital A to Z. */
  static final Pattern NOT_A_CAPITAL = Pattern.compile("[^A-Z]");
}
