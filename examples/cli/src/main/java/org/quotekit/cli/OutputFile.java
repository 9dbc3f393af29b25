package org.quotekit.cli;

import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.security.SecureRandom;
import java.util.List;

/**
 * A file the CLI writes ({@code extract}, {@code render} and {@code train} with {@code --output}),
 * written under a hidden temporary name in its folder ({@code .NAME.RANDOM.tmp}) and moved to its
 * name (atomically where the file system can) by {@link #commit()}, so that the file under the
 * final name is always either the one before the run or the complete new one. The new file gets
 * the old one's permissions, or the default ones for a new file. A name that exists and is not a
 * regular file (a pipe, {@code /dev/null}) is written directly. Not thread-safe.
 */
final class OutputFile implements AutoCloseable {
  private final Path target;
  private final Path temp;
  private final OutputStream stream;

  private OutputFile(Path target, Path temp, OutputStream stream) {
    this.target = target;
    this.temp = temp;
    this.stream = stream;
  }

  /**
   * Opens the temporary file for {@code output}; through a symbolic link, it is made beside the
   * file the link names.
   *
   * @throws IOException when the temporary file cannot be made, or the path is invalid
   */
  static OutputFile open(String output) throws IOException {
    Path target;
    try {
      target = Path.of(output);
    } catch (InvalidPathException e) {
      throw new IOException(Main.describe(e), e);
    }
    if (Files.exists(target) && !Files.isRegularFile(target)) {
      return new OutputFile(target, null, Files.newOutputStream(target));
    }
    target = Files.exists(target) ? target.toRealPath() : target.toAbsolutePath();
    Path temp = target.resolveSibling("." + target.getFileName() + "."
        + Long.toUnsignedString(new SecureRandom().nextLong(), 36) + ".tmp");
    return new OutputFile(target, temp, Files.newOutputStream(temp,
        StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE));
  }

  /** What {@link #write} writes. */
  interface Body {
    void writeTo(OutputStream out) throws IOException;
  }

  /**
   * Writes a file whole, or not at all: a failure deletes the temporary file, leaves {@code
   * output} as it was and is reported on {@code err}, naming {@code output}.
   *
   * @return 0 when the file was written, 1 otherwise
   */
  static int write(String output, Body body, PrintStream err) {
    OutputFile file;
    try {
      file = open(output);
    } catch (IOException e) {
      Main.error(err, output, Main.describe(e));
      return 1;
    }
    try {
      body.writeTo(file.stream());
      file.commit();
      return 0;
    } catch (IOException e) {
      file.discard();
      Main.error(err, output, Main.describe(e));
      return 1;
    }
  }

  /**
   * Which of {@code operands} reads {@code output}, if any (see {@link InputReader#readerOf}); an
   * invalid path reads nothing.
   *
   * @return the operand, or {@code null}
   */
  static String inputOf(String output, List<String> operands) {
    try {
      return InputReader.readerOf(Path.of(output), operands);
    } catch (InvalidPathException e) {
      return null;
    }
  }

  /** Where to write; closed by {@link #commit()} and {@link #close()}. */
  OutputStream stream() {
    return stream;
  }

  /** The temporary file, for a message about a run that stopped; {@code null} when direct. */
  Path temp() {
    return temp;
  }

  /** The hook {@link #reportWhenKilled} registered; null when none is. */
  private Thread killed;

  /**
   * Until the file is committed, closed or discarded, a run that is stopped by a signal (SIGTERM,
   * Ctrl-C: the JVM shuts down) says on {@code err} that {@code output} was left as it was and
   * which temporary file holds what was written. A direct write needs no such word.
   */
  void reportWhenKilled(String output, PrintStream err) {
    if (temp == null || killed != null) {
      return;
    }
    killed = new Thread(() -> err.println("quotekit: error: stopped; " + output + " was left as"
        + " it was; the lines written are in " + temp), "quotekit-stopped");
    Runtime.getRuntime().addShutdownHook(killed);
  }

  private void forgetHook() {
    if (killed != null) {
      try {
        Runtime.getRuntime().removeShutdownHook(killed);
      } catch (IllegalStateException e) {
        // the JVM is shutting down: the hook runs, and says where the lines are
      }
      killed = null;
    }
  }

  /** Closes the stream and moves the temporary file to the final name. */
  void commit() throws IOException {
    forgetHook();
    stream.close();
    if (temp == null) {
      return;
    }
    if (Files.exists(target)) {
      try {
        Files.setPosixFilePermissions(temp, Files.getPosixFilePermissions(target));
      } catch (UnsupportedOperationException e) {
        // not a POSIX file system: the new file gets the default permissions
      }
    }
    try {
      Files.move(temp, target, StandardCopyOption.ATOMIC_MOVE,
          StandardCopyOption.REPLACE_EXISTING);
    } catch (AtomicMoveNotSupportedException e) {
      Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING);
    }
  }

  /** Closes the stream, keeping the temporary file (if not committed) with what was written. */
  @Override
  public void close() throws IOException {
    forgetHook();
    stream.close();
  }

  /** Closes the stream and deletes the temporary file; for a file that is no use half-written. */
  void discard() {
    forgetHook();
    try (stream) {
      if (temp != null) {
        Files.deleteIfExists(temp);
      }
    } catch (IOException e) {
      // nothing more to do: the final name is untouched either way
    }
  }
}
