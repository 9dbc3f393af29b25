package org.quotekit;

import java.util.Locale;
import java.util.Objects;

/**
 * A quantity a {@link Claim} mentions, with its normalised value and unit: "60 to 75 cents a
 * share" is {@code 0.6..0.75 USD/share}, "$4.5 billion" is {@code 4.5E9 USD}, "2,500 American
 * soldiers" is {@code 2500 soldiers}, "half of voters" is {@code 50 %}. Immutable and
 * thread-safe.
 *
 * @param span where the quantity stands in the article, one of {@link Claim#quantities()}
 * @param value the number, or the low end of a range; scale words multiplied out, cents given in
 *     the currency's unit, a fraction of a group in percent
 * @param upper the high end of a range; equal to {@code value} for a single number
 * @param unit an ISO currency code ({@code USD}, {@code EUR}, {@code GBP}, {@code JPY}),
 *     {@code %}, or the noun that is counted as written ("soldiers"), followed by {@code /} and
 *     the noun of a rate ("a day": {@code /day}); empty when nothing is counted
 */
public record Quantity(Span span, double value, double upper, String unit) {

  /**
   * Checks the parts.
   *
   * @throws NullPointerException if span or unit is null
   * @throws IllegalArgumentException if a value is not finite or upper is less than value
   */
  public Quantity {
    Objects.requireNonNull(span, "span");
    Objects.requireNonNull(unit, "unit");
    if (!Double.isFinite(value) || !Double.isFinite(upper) || upper < value) {
      throw new IllegalArgumentException("value and upper must be finite with value <= upper:"
          + " value=" + value + ", upper=" + upper + ", span=" + span.start() + "-" + span.end());
    }
  }

  /** Whether the quantity is a range ("60 to 75 cents"), not a single number. */
  public boolean isRange() {
    return upper != value;
  }

  /** The value as written by {@link #toString()}: {@code 0.6..0.75 USD/share}, {@code 2500 soldiers}. */
  @Override
  public String toString() {
    String v = number(value) + (isRange() ? ".." + number(upper) : "");
    return unit.isEmpty() ? v : v + " " + unit;
  }

  private static String number(double d) {
    return d == Math.rint(d) && Math.abs(d) < 1e15 ? Long.toString((long) d)
        : String.format(Locale.ROOT, "%s", d);
  }
}
