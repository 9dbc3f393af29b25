package org.quotekit.cli;

import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.function.DoublePredicate;
import java.util.stream.Collectors;
import org.quotekit.cli.BatchExtractor.Format;
import org.quotekit.cli.InputReader.StdinFormat;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.TypeConversionException;

/**
 * The typed option values of the command line: picocli converters whose message says what the
 * value must be ({@code Main} adds the option and the value: "--threads must be a positive whole
 * number, not: 0"), and the names of the choices for help and shell completion. Stateless and
 * thread-safe.
 */
final class Values {
  private Values() {}

  /** A whole number from 1 to {@link Integer#MAX_VALUE}. */
  static final class PositiveInt implements ITypeConverter<Integer> {
    @Override
    public Integer convert(String value) {
      return positive(value, "a positive whole number");
    }
  }

  /**
   * How many threads to run at once, from 1 to {@link #MAX_THREADS}: more cannot run at once on
   * any machine this is written for, and each thread's place in the read-ahead queue costs memory
   * up front, so a mistyped huge number would fail with an error about memory.
   */
  static final class ThreadCount implements ITypeConverter<Integer> {
    @Override
    public Integer convert(String value) {
      String what = "a whole number of threads from 1 to " + MAX_THREADS;
      int n = positive(value, what);
      if (n > MAX_THREADS) {
        throw new TypeConversionException(what);
      }
      return n;
    }
  }

  /** The most threads {@code --threads} takes. */
  static final int MAX_THREADS = 4_096;

  /** A number of characters from 1 to {@link Integer#MAX_VALUE}. */
  static final class ArticleLength implements ITypeConverter<Integer> {
    @Override
    public Integer convert(String value) {
      return positive(value, "a whole number of characters from 1 to " + Integer.MAX_VALUE);
    }
  }

  /** A cue probability strictly between 0 and 1. */
  static final class CueThreshold implements ITypeConverter<Double> {
    @Override
    public Double convert(String value) {
      return number(value, p -> p > 0 && p < 1, "a probability between 0 and 1 (both excluded)");
    }
  }

  /** A finite number, negative or not. */
  static final class FiniteNumber implements ITypeConverter<Double> {
    @Override
    public Double convert(String value) {
      return number(value, Double::isFinite, "a finite number, such as -1.25");
    }
  }

  private static double number(String value, DoublePredicate ok, String what) {
    try {
      double x = Double.parseDouble(value);
      if (ok.test(x)) {
        return x;
      }
    } catch (NumberFormatException e) {
      // not a number: the same message
    }
    throw new TypeConversionException(what);
  }

  private static int positive(String value, String what) {
    try {
      int n = Integer.parseInt(value);
      if (n > 0) {
        return n;
      }
    } catch (NumberFormatException e) {
      // not a number, or too large: the same message
    }
    throw new TypeConversionException(what);
  }

  /**
   * One of some constants, by its lower-case name; iterable over the names, which picocli offers
   * for completion and lists in help as {@code ${COMPLETION-CANDIDATES}}.
   */
  private abstract static class Names<E extends Enum<E>>
      implements ITypeConverter<E>, Iterable<String> {
    private final List<E> values;

    Names(List<E> values) {
      this.values = values;
    }

    @Override
    public E convert(String value) {
      for (E e : values) {
        if (name(e).equals(value)) {
          return e;
        }
      }
      List<String> names = values.stream().map(Names::name).toList();
      throw new TypeConversionException(String.join(", ", names.subList(0, names.size() - 1))
          + " or " + names.get(names.size() - 1));
    }

    @Override
    public Iterator<String> iterator() {
      return values.stream().map(Names::name).collect(Collectors.toList()).iterator();
    }

    private static String name(Enum<?> e) {
      return e.name().toLowerCase(Locale.ROOT);
    }
  }

  /** What {@code extract} writes: {@code jsonl}, {@code csv} or {@code brat}. */
  static final class FormatName extends Names<Format> {
    FormatName() {
      super(List.of(Format.values()));
    }
  }

  /** How standard input is read: {@code text} or {@code jsonl}. */
  static final class StdinFormatName extends Names<StdinFormat> {
    StdinFormatName() {
      super(List.of(StdinFormat.TEXT, StdinFormat.JSONL));
    }
  }
}
