package org.quotekit.cli;

import static java.nio.charset.StandardCharsets.UTF_8;

import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.io.PrintStream;

/** Runs the CLI in-process with empty standard input and captures what it prints. */
final class CliRun {
  final ByteArrayOutputStream out = new ByteArrayOutputStream();
  final ByteArrayOutputStream err = new ByteArrayOutputStream();

  /** Runs {@code quotekit ARGS}; the output adds to what earlier runs printed. */
  int run(String... args) {
    return Main.run(args, InputStream.nullInputStream(), new PrintStream(out, true, UTF_8),
        new PrintStream(err, true, UTF_8));
  }

  String out() {
    return out.toString(UTF_8);
  }

  String err() {
    return err.toString(UTF_8);
  }
}
