package org.quotekit.eval;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;

/**
 * The figures of a {@link ClaimsEvaluation}, one {@link Part} for each part of the gold
 * ({@code dev}, {@code report}), with the rows that went wrong. Immutable and thread-safe.
 *
 * @param parts the figures of each part, in the order dev, report (a part without rows is left
 *     out)
 * @param misses one line for each row that was not usable or had a wrong stance, polarity or
 *     quantity: part, where the row is, expected and found
 * @param notes what was not scored and why (PolNeAR rows without the corpus)
 */
public record ClaimsReport(List<Part> parts, List<String> misses, List<String> notes) {

  /** Copies the lists. */
  public ClaimsReport {
    parts = List.copyOf(parts);
    misses = List.copyOf(misses);
    notes = List.copyOf(notes);
  }

  /**
   * The counts of one part of the gold. Immutable and thread-safe.
   *
   * @param name {@code dev} or {@code report}
   * @param rows gold rows scored
   * @param usable rows whose claim (or absence of one) is as expected
   * @param judged rows that expect a claim and have one
   * @param missing rows that expect a claim and have none
   * @param stanceRight judged rows with the expected stance
   * @param negatedRight judged rows expected and found negated
   * @param negatedFound judged rows found negated
   * @param negatedExpected judged rows expected negated
   * @param quantitiesRight expected quantities of judged rows found with their value and unit
   * @param quantitiesFound quantities of judged rows found
   * @param quantitiesExpected quantities of judged rows expected
   * @param quantitySpansRight expected quantities of judged rows overlapped by a found one,
   *     whatever its value
   */
  public record Part(String name, int rows, int usable, int judged, int missing, int stanceRight,
      int negatedRight, int negatedFound, int negatedExpected, int quantitiesRight,
      int quantitiesFound, int quantitiesExpected, int quantitySpansRight) {

    /** Checks the name. */
    public Part {
      Objects.requireNonNull(name, "name");
    }

    /** Usable claim rate: usable over rows; 0 without rows. */
    public double usableRate() {
      return ratio(usable, rows);
    }

    /** Stance accuracy over the judged rows; 0 without any. */
    public double stanceAccuracy() {
      return ratio(stanceRight, judged);
    }

    /** F1 of "negated" over the judged rows; 1 when nothing is negated, expected or found. */
    public double negationF1() {
      return f1(negatedRight, negatedFound, negatedExpected);
    }

    /** F1 of quantities with their value and unit; 1 when none is expected or found. */
    public double quantityF1() {
      return f1(quantitiesRight, quantitiesFound, quantitiesExpected);
    }

    /** F1 of quantity spans whatever their value (overlap only). */
    public double quantitySpanF1() {
      return f1(quantitySpansRight, quantitiesFound, quantitiesExpected);
    }

    Part plus(Part o) {
      return new Part(name, rows + o.rows, usable + o.usable, judged + o.judged,
          missing + o.missing, stanceRight + o.stanceRight, negatedRight + o.negatedRight,
          negatedFound + o.negatedFound, negatedExpected + o.negatedExpected,
          quantitiesRight + o.quantitiesRight, quantitiesFound + o.quantitiesFound,
          quantitiesExpected + o.quantitiesExpected, quantitySpansRight + o.quantitySpansRight);
    }

    private static double ratio(int a, int b) {
      return b == 0 ? 0 : (double) a / b;
    }

    private static double f1(int right, int found, int expected) {
      if (found == 0 && expected == 0) {
        return 1;
      }
      return found + expected == 0 ? 0 : 2.0 * right / (found + expected);
    }
  }

  /** The part with this name, if the gold has rows for it. */
  public Optional<Part> part(String name) {
    return parts.stream().filter(p -> p.name().equals(name)).findFirst();
  }

  /**
   * The figures as a table, one line a part, then the notes: usable claim rate, stance accuracy,
   * negation F1, quantity F1 (and, in brackets, the quantity F1 of spans alone), and how many
   * rows were judged and missing.
   */
  public String format() {
    StringBuilder sb = new StringBuilder();
    sb.append(String.format(Locale.ROOT, "%-8s %5s %8s %8s %11s %11s %8s %7s %7s%n", "part",
        "rows", "usable", "stance", "negation F1", "quantity F1", "(spans)", "judged",
        "missing"));
    for (Part p : parts) {
      sb.append(String.format(Locale.ROOT, "%-8s %5d %8.3f %8.3f %11.3f %11.3f %8.3f %7d %7d%n",
          p.name(), p.rows(), p.usableRate(), p.stanceAccuracy(), p.negationF1(), p.quantityF1(),
          p.quantitySpanF1(), p.judged(), p.missing()));
    }
    for (String n : notes) {
      sb.append("note: ").append(n).append('\n');
    }
    return sb.toString();
  }

  /** {@link #format()} followed by the misses, one a line. */
  public String formatWithMisses() {
    List<String> lines = new ArrayList<>();
    lines.add(format());
    misses.forEach(m -> lines.add("  miss: " + m + "\n"));
    return String.join("", lines);
  }
}
