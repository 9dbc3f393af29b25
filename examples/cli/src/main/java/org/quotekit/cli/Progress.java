package org.quotekit.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.function.LongSupplier;
import java.util.stream.Stream;

/**
 * A progress line on the error stream for {@code extract}: articles done (of how many, when the
 * inputs are text files and folders whose articles can be counted first), the rate, and the time
 * left; redrawn in place at most every quarter second, cleared before any other message and at
 * the end. {@link #NONE} prints nothing. Not thread-safe: the batch writer calls it.
 */
class Progress {
  /** No progress line. */
  static final Progress NONE = new Progress();

  private static final long REDRAW_NANOS = 250_000_000L;

  private final PrintStream err;
  private final long total;
  private final LongSupplier clock;
  private final long start;
  private long done;
  private long lastDraw;
  private int shown;

  private Progress() {
    this.err = null;
    this.total = -1;
    this.clock = () -> 0;
    this.start = 0;
  }

  /**
   * A progress line.
   *
   * @param err where it is drawn
   * @param total how many articles there are, or -1 when unknown
   * @param clock nanoseconds, as {@link System#nanoTime()}
   */
  Progress(PrintStream err, long total, LongSupplier clock) {
    this.err = err;
    this.total = total;
    this.clock = clock;
    this.start = clock.getAsLong();
    this.lastDraw = start - REDRAW_NANOS;
  }

  /**
   * Whether standard error is a terminal: on Linux, file descriptor 2 is a terminal device;
   * elsewhere, whether the JVM has a console.
   */
  static boolean stderrIsTerminal() {
    try {
      String target = Files.readSymbolicLink(Path.of("/proc/self/fd/2")).toString();
      return target.startsWith("/dev/pts/") || target.startsWith("/dev/tty");
    } catch (IOException | UnsupportedOperationException | SecurityException e) {
      return System.console() != null;
    }
  }

  /**
   * How many articles {@code operands} give, when each is a {@code .txt} file or a folder (its
   * {@code .txt} files); -1 when one is standard input or JSON Lines, or cannot be listed.
   */
  static long count(List<String> operands) {
    long n = 0;
    for (String operand : operands) {
      if (operand.equals("-")) {
        return -1;
      }
      Path p = Path.of(operand);
      if (Files.isDirectory(p)) {
        try (Stream<Path> files = InputReader.textFiles(p)) {
          n += files.count();
        } catch (IOException | RuntimeException e) {
          return -1;
        }
      } else if (operand.toLowerCase(Locale.ROOT).endsWith(".jsonl")) {
        return -1;
      } else {
        n++;
      }
    }
    return n;
  }

  /** One more article is done; redraws the line when it is due. */
  void advance() {
    if (err == null) {
      return;
    }
    done++;
    long now = clock.getAsLong();
    if (now - lastDraw >= REDRAW_NANOS || done == total) {
      lastDraw = now;
      draw(line(now));
    }
  }

  /** Removes the line, so that another message starts at the left margin. */
  void clear() {
    if (err != null && shown > 0) {
      err.print("\r" + " ".repeat(shown) + "\r");
      err.flush();
      shown = 0;
    }
  }

  /** The line for the time {@code now}. */
  String line(long now) {
    double seconds = (now - start) / 1e9;
    double rate = seconds > 0 ? done / seconds : 0;
    StringBuilder s = new StringBuilder("quotekit: ");
    if (total >= 0) {
      s.append(String.format(Locale.ROOT, "%,d/%,d articles (%d%%)", done, total,
          total == 0 ? 100 : done * 100 / total));
    } else {
      s.append(String.format(Locale.ROOT, "%,d articles", done));
    }
    s.append(String.format(Locale.ROOT, ", %.1f/s", rate));
    if (total > done && rate > 0) {
      s.append(", ").append(duration((total - done) / rate)).append(" left");
    }
    return s.toString();
  }

  private static String duration(double seconds) {
    long s = Math.round(seconds);
    return s < 60 ? s + " s" : s < 3600 ? s / 60 + " min " + s % 60 + " s"
        : s / 3600 + " h " + s % 3600 / 60 + " min";
  }

  private void draw(String line) {
    int pad = Math.max(0, shown - line.length());
    err.print("\r" + line + " ".repeat(pad));
    err.flush();
    shown = line.length();
  }
}
