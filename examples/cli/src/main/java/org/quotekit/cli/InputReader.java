package org.quotekit.cli;

import java.io.BufferedInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.text.ParseException;
import java.util.Arrays;
import java.util.Comparator;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.NoSuchElementException;
import java.util.Spliterator;
import java.util.Spliterators;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;

/**
 * Turns the PATH operands of the command line into articles, in order. Not thread-safe: it reads
 * standard input.
 *
 * <ul>
 *   <li>{@code -}: standard input as UTF-8; JSON Lines if its first non-blank character is
 *       <code>{</code>, otherwise one article with the id {@code stdin}.
 *   <li>a folder: its {@code .txt} files (not those of subfolders, not hidden ones), sorted by
 *       file name.
 *   <li>a file whose name ends in {@code .jsonl}: one article per non-blank line, each a JSON
 *       object with {@code "id"} and {@code "text"} (see {@link JsonlReader}).
 *   <li>any other file: one article whose id is the file name without its extension.
 * </ul>
 *
 * <p>Files must be UTF-8; a byte order mark at the start is dropped. An input that cannot be read
 * becomes an {@link Item} with an error instead of text, so that callers can report it in place.
 */
final class InputReader {

  /**
   * One article, or the reason it could not be read. Immutable.
   *
   * @param id the article id, or for an unreadable input the best id available
   * @param where the file (and line) it comes from, for messages
   * @param text the article text, or {@code null} when {@code error} is set
   * @param error why the input could not be read, or {@code null}
   */
  record Item(String id, String where, String text, String error) {
    static Item failed(String id, String where, String error) {
      return new Item(id, where, null, error);
    }
  }

  private static final byte[] UTF8_BOM = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};

  private final InputStream stdin;
  private final PrintStream err;
  private final long maxBytes;

  /**
   * A reader for one command line.
   *
   * @param stdin what {@code -} reads
   * @param err where warnings go (a folder without text files)
   * @param maxChars the longest article the extractor accepts; a text file with more than three
   *     bytes per allowed character is reported as too large without being read
   */
  InputReader(InputStream stdin, PrintStream err, int maxChars) {
    this.stdin = stdin;
    this.err = err;
    this.maxBytes = 3L * maxChars;
  }

  /** The articles of all operands in order, read lazily while the stream is consumed. */
  Stream<Item> read(List<String> operands) {
    return operands.stream().flatMap(this::items);
  }

  private Stream<Item> items(String operand) {
    if (operand.equals("-")) {
      return stdin();
    }
    Path path;
    try {
      path = Path.of(operand);
    } catch (InvalidPathException e) {
      return Stream.of(Item.failed(operand, operand, "invalid path: " + e.getReason()));
    }
    if (Files.isDirectory(path)) {
      return folder(path);
    }
    String id = baseName(path);
    if (path.toString().toLowerCase(Locale.ROOT).endsWith(".jsonl")) {
      try {
        InputStream in = Files.newInputStream(path);
        return lines(in, operand, id).onClose(() -> closeQuietly(in));
      } catch (IOException e) {
        return Stream.of(Item.failed(id, operand, Main.describe(e)));
      }
    }
    return Stream.of(textFile(path, operand));
  }

  private Stream<Item> folder(Path dir) {
    List<Path> files;
    try (Stream<Path> list = Files.list(dir)) {
      files = list.filter(p -> {
        String name = p.getFileName().toString();
        return !name.startsWith(".") && name.toLowerCase(Locale.ROOT).endsWith(".txt")
            && Files.isRegularFile(p);
      }).sorted(Comparator.comparing(p -> p.getFileName().toString())).toList();
    } catch (IOException | UncheckedIOException e) {
      IOException cause = e instanceof UncheckedIOException u ? u.getCause() : (IOException) e;
      return Stream.of(Item.failed(baseName(dir), dir.toString(), Main.describe(cause)));
    }
    if (files.isEmpty()) {
      err.println("quotekit: warning: " + dir + ": no .txt files in this folder");
    }
    return files.stream().map(p -> textFile(p, p.toString()));
  }

  private Item textFile(Path path, String where) {
    String id = baseName(path);
    try {
      long size = Files.size(path);
      if (size > maxBytes) {
        return Item.failed(id, where, tooLarge());
      }
      return new Item(id, where, decode(Files.readAllBytes(path), -1), null);
    } catch (IOException e) {
      return Item.failed(id, where, Main.describe(e));
    }
  }

  private Stream<Item> stdin() {
    String where = "<stdin>";
    try {
      BufferedInputStream in = new BufferedInputStream(stdin);
      in.mark(3);
      if (!Arrays.equals(in.readNBytes(3), UTF8_BOM)) {
        in.reset();
      }
      in.mark(Integer.MAX_VALUE);
      int b;
      do {
        b = in.read();
      } while (b != -1 && " \t\r\n".indexOf(b) >= 0);
      in.reset();
      if (b == '{') {
        return lines(in, where, "stdin");
      }
      byte[] bytes = in.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, maxBytes + 1));
      if (bytes.length > maxBytes) {
        return Stream.of(Item.failed("stdin", where, tooLarge()));
      }
      return Stream.of(new Item("stdin", where, decode(bytes, -1), null));
    } catch (IOException e) {
      return Stream.of(Item.failed("stdin", where, Main.describe(e)));
    }
  }

  /** One item per non-blank line of JSON Lines input; ids of broken lines are {@code id:line}. */
  private static Stream<Item> lines(InputStream input, String where, String id) {
    InputStream in = new BufferedInputStream(input);
    Iterator<Item> it = new Iterator<>() {
      private final ByteArrayOutputStream line = new ByteArrayOutputStream();
      private int number;
      private boolean done;
      private Item next;

      @Override
      public boolean hasNext() {
        while (next == null && !done) {
          next = readLine();
        }
        return next != null;
      }

      @Override
      public Item next() {
        if (!hasNext()) {
          throw new NoSuchElementException();
        }
        Item item = next;
        next = null;
        return item;
      }

      /** The item of the next line, {@code null} for a blank line or at the end. */
      private Item readLine() {
        line.reset();
        number++;
        String at = where + ":" + number;
        String lineId = id + ":" + number;
        try {
          int b;
          while ((b = in.read()) != -1 && b != '\n') {
            line.write(b);
          }
          done = b == -1;
        } catch (IOException e) {
          done = true;
          return Item.failed(lineId, at, Main.describe(e));
        }
        byte[] bytes = line.toByteArray();
        try {
          String json = decode(bytes, bytes.length > 0 && bytes[bytes.length - 1] == '\r'
              ? bytes.length - 1 : bytes.length);
          if (json.isBlank()) {
            return null;
          }
          JsonlReader.Line parsed = JsonlReader.parse(json);
          String missing = parsed.id() == null ? "id" : parsed.text() == null ? "text" : null;
          if (missing != null) {
            return Item.failed(parsed.id() != null ? parsed.id() : lineId, at,
                "the object has no \"" + missing + "\" member");
          }
          return new Item(parsed.id(), at, parsed.text(), null);
        } catch (IOException | ParseException e) {
          return Item.failed(lineId, at, e.getMessage());
        }
      }
    };
    return StreamSupport.stream(Spliterators.spliteratorUnknownSize(it, Spliterator.ORDERED),
        false);
  }

  /**
   * Decodes strict UTF-8 and drops a leading byte order mark.
   *
   * @param length how many bytes to decode, or {@code -1} for all
   * @throws IOException naming the offset of the first byte that is not valid UTF-8
   */
  static String decode(byte[] bytes, int length) throws IOException {
    ByteBuffer in = ByteBuffer.wrap(bytes, 0, length < 0 ? bytes.length : length);
    CharBuffer out = CharBuffer.allocate(in.remaining());
    CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
        .onMalformedInput(CodingErrorAction.REPORT)
        .onUnmappableCharacter(CodingErrorAction.REPORT);
    CoderResult result = decoder.decode(in, out, true);
    if (!result.isError()) {
      result = decoder.flush(out);
    }
    if (result.isError()) {
      throw new IOException("not valid UTF-8: malformed byte sequence at byte offset "
          + in.position());
    }
    out.flip();
    if (out.hasRemaining() && out.get(0) == '\uFEFF') {
      out.position(1);
    }
    return out.toString();
  }

  private String tooLarge() {
    return Main.tooLarge("too large: more than " + maxBytes + " bytes, which cannot fit",
        (int) (maxBytes / 3));
  }

  /** The file name without its extension ({@code a.b.txt} gives {@code a.b}). */
  private static String baseName(Path path) {
    Path file = path.getFileName();
    String name = file == null ? path.toString() : file.toString();
    int dot = name.lastIndexOf('.');
    return dot > 0 ? name.substring(0, dot) : name;
  }

  private static void closeQuietly(InputStream in) {
    try {
      in.close();
    } catch (IOException ignored) {
      // nothing was written; a failing close loses nothing
    }
  }
}
