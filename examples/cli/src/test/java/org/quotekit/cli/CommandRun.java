package org.quotekit.cli;

import static java.nio.charset.StandardCharsets.UTF_8;

import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.io.PrintStream;

/**
 * Runs {@code quotekit} commands with empty standard input and keeps what they write to standard
 * output and standard error, across runs. Not thread-safe: one per test.
 */
final class CommandRun {
  private final ByteArrayOutputStream out = new ByteArrayOutputStream();
  private final ByteArrayOutputStream err = new ByteArrayOutputStream();

  /** Runs {@code quotekit args} and returns its exit status. */
  int run(String... args) {
    return Main.run(args, InputStream.nullInputStream(), new PrintStream(out, true, UTF_8),
        new PrintStream(err, true, UTF_8));
  }

  /** Standard output of every run so far, as UTF-8. */
  String out() {
    return out.toString(UTF_8);
  }

  /** Forgets what the runs so far wrote to standard output. */
  void resetOut() {
    out.reset();
  }

  /** Standard error of every run so far, as UTF-8. */
  String err() {
    return err.toString(UTF_8);
  }
}
