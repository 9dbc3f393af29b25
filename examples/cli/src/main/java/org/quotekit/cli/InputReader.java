package org.quotekit.cli;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.io.SequenceInputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.text.ParseException;
import java.util.Arrays;
import java.util.Collections;
import java.util.Comparator;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.NoSuchElementException;
import java.util.Spliterator;
import java.util.Spliterators;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;
import org.quotekit.StrictUtf8;

/**
 * Turns the PATH operands of the command line into articles, in order, reading each input only
 * when the articles before it have been consumed. Not thread-safe: it reads standard input.
 *
 * <ul>
 *   <li>{@code -}: standard input as UTF-8, in the {@link StdinFormat} given: JSON Lines, one
 *       article with the id {@code stdin}, or (the default) JSON Lines if its first non-blank
 *       character is <code>{</code> and one article otherwise.
 *   <li>a folder: its {@code .txt} files (not those of subfolders, not hidden ones), sorted by
 *       file name.
 *   <li>a file whose name ends in {@code .jsonl}: one article per non-blank line, each a JSON
 *       object with {@code "id"} and {@code "text"} (see {@link JsonlReader}), read line by line.
 *   <li>any other file: one article whose id is the file name without its extension.
 * </ul>
 *
 * <p>Files must be UTF-8; a byte order mark at the start is dropped. An input that cannot be read
 * becomes an {@link Item} with an error instead of text, so that callers can report it in place.
 * Memory is bounded by the article length limit, not by the input: a text larger than the limit
 * allows and a JSON line longer than {@link #maxLineBytes} are reported without being kept.
 */
final class InputReader {

  /** How {@code -} is read: {@code --input-format} on the command line. */
  enum StdinFormat {
    /** JSON Lines if the first non-blank character is <code>{</code>, else one text. */
    GUESS,
    /** One article with the id {@code stdin}, whatever it starts with. */
    TEXT,
    /** JSON Lines, whatever it starts with. */
    JSONL
  }

  /**
   * One article, or the reason it could not be read. Immutable.
   *
   * @param id the article id, or {@code null} when the input gives none (a line without an id or
   *     that cannot be read, a {@code .jsonl} file or a folder that cannot be opened)
   * @param where the file (and line) it comes from, for messages and error records
   * @param text the article text, or {@code null} when {@code error} is set
   * @param error why the input could not be read, or {@code null}
   */
  record Item(String id, String where, String text, String error) {
    static Item failed(String id, String where, String error) {
      return new Item(id, where, null, error);
    }
  }

  private static final byte[] UTF8_BOM = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};
  private static final int CHUNK = 64 * 1024;

  private final InputStream stdin;
  private final StdinFormat stdinFormat;
  private final PrintStream err;
  private final int maxChars;
  private final long maxBytes;
  private final int maxLineBytes;

  /**
   * A reader for one command line.
   *
   * @param stdin what {@code -} reads
   * @param err where warnings go (a folder without text files)
   * @param maxChars the longest article the extractor accepts; a text with more than three
   *     bytes per allowed character is reported as too large without being read, a JSON line with
   *     more than six bytes (an escape) per allowed character and 64 KiB more for the other
   *     members is skipped up to its end
   */
  InputReader(InputStream stdin, PrintStream err, int maxChars) {
    this(stdin, StdinFormat.GUESS, err, maxChars);
  }

  /** A reader that reads {@code -} in the given format; see {@link #InputReader(InputStream,
   * PrintStream, int)}. */
  InputReader(InputStream stdin, StdinFormat stdinFormat, PrintStream err, int maxChars) {
    this.stdin = stdin;
    this.stdinFormat = stdinFormat;
    this.err = err;
    this.maxChars = maxChars;
    this.maxBytes = 3L * maxChars;
    this.maxLineBytes = (int) Math.min(Integer.MAX_VALUE - 16, 6L * maxChars + 65_536);
  }

  /** The longest JSON line kept, in bytes without its line terminator. */
  int maxLineBytes() {
    return maxLineBytes;
  }

  /**
   * The articles of all operands in order, read lazily while the stream is consumed: an input is
   * opened only when the articles before it have been taken, and a JSON Lines input gives each
   * article as soon as its line has arrived.
   */
  Stream<Item> read(List<String> operands) {
    // Not Stream.flatMap: its iterator pulls a whole inner stream into a buffer (JDK-8267359).
    Concatenation it = new Concatenation(operands.iterator());
    return stream(it).onClose(it::close);
  }

  /** The items of one operand after another, opening each when the last is used up. */
  private final class Concatenation implements Iterator<Item> {
    private final Iterator<String> operands;
    private Stream<Item> current;
    private Iterator<Item> items = Collections.emptyIterator();

    Concatenation(Iterator<String> operands) {
      this.operands = operands;
    }

    @Override
    public boolean hasNext() {
      while (!items.hasNext()) {
        close();
        if (!operands.hasNext()) {
          return false;
        }
        current = items(operands.next());
        items = current.iterator();
      }
      return true;
    }

    @Override
    public Item next() {
      if (!hasNext()) {
        throw new NoSuchElementException();
      }
      return items.next();
    }

    void close() {
      if (current != null) {
        current.close();
        current = null;
      }
    }
  }

  /**
   * Which operand reads {@code output}, if any: the operand itself, or a folder operand whose
   * {@code .txt} files include it. Paths are compared as files (symbolic links, {@code ./x} and
   * {@code x}, hard links), so a file that does not exist yet is nobody's input.
   *
   * @return the operand, or {@code null} when no operand reads {@code output}
   */
  static String readerOf(Path output, List<String> operands) {
    if (!Files.exists(output)) {
      return null;
    }
    for (String operand : operands) {
      if (operand.equals("-")) {
        continue;
      }
      try {
        Path path = Path.of(operand);
        if (Files.isDirectory(path)) {
          try (Stream<Path> files = textFiles(path)) {
            if (files.anyMatch(p -> sameFile(p, output))) {
              return operand;
            }
          }
        } else if (sameFile(path, output)) {
          return operand;
        }
      } catch (InvalidPathException | IOException | UncheckedIOException e) {
        // an operand that cannot be read is reported when it is read; it reads nothing
      }
    }
    return null;
  }

  private static boolean sameFile(Path a, Path b) {
    try {
      return Files.exists(a) && Files.isSameFile(a, b);
    } catch (IOException e) {
      return false;
    }
  }

  private Stream<Item> items(String operand) {
    if (operand.equals("-")) {
      return stdin();
    }
    Path path;
    try {
      path = Path.of(operand);
    } catch (InvalidPathException e) {
      return Stream.of(Item.failed(null, operand, "invalid path: " + e.getReason()));
    }
    if (Files.isDirectory(path)) {
      return folder(path);
    }
    if (path.toString().toLowerCase(Locale.ROOT).endsWith(".jsonl")) {
      try {
        InputStream in = Files.newInputStream(path);
        return lines(in, operand, 0).onClose(() -> closeQuietly(in));
      } catch (IOException e) {
        return Stream.of(Item.failed(null, operand, Main.describe(e)));
      }
    }
    return Stream.of(textFile(path, operand));
  }

  /**
   * The {@code .txt} files of a folder that it gives as articles, sorted by name: its regular
   * files, and its links that lead nowhere (a dangling link or a loop), which then fail as
   * articles with an error record rather than vanish; not folders, pipes or hidden files.
   */
  static Stream<Path> textFiles(Path dir) throws IOException {
    return Files.list(dir).filter(p -> {
      String name = p.getFileName().toString();
      return !name.startsWith(".") && name.toLowerCase(Locale.ROOT).endsWith(".txt")
          && (Files.isRegularFile(p) || Files.isSymbolicLink(p) && !Files.exists(p));
    }).sorted(Comparator.comparing(p -> p.getFileName().toString()));
  }

  private Stream<Item> folder(Path dir) {
    List<Path> files;
    try (Stream<Path> list = textFiles(dir)) {
      files = list.toList();
    } catch (IOException | UncheckedIOException e) {
      IOException cause = e instanceof UncheckedIOException u ? u.getCause() : (IOException) e;
      return Stream.of(Item.failed(null, dir.toString(), Main.describe(cause)));
    }
    if (files.isEmpty()) {
      err.println("quotekit: warning: " + dir + ": no .txt files in this folder");
    }
    return files.stream().map(p -> textFile(p, p.toString()));
  }

  private Item textFile(Path path, String where) {
    String id = baseName(path);
    // The size first, and a bounded read too: a file may grow, or be a pipe of unknown size.
    try (InputStream in = Files.newInputStream(path)) {
      byte[] start = in.readNBytes(UTF8_BOM.length);
      boolean bom = Arrays.equals(start, UTF8_BOM); // no character: its bytes do not count
      if (Files.size(path) - (bom ? start.length : 0) > maxBytes) {
        return Item.failed(id, where, tooLarge());
      }
      return text(id, where, pastBom(start, in).readNBytes(
          (int) Math.min(Integer.MAX_VALUE - 16, maxBytes + 1)));
    } catch (IOException e) {
      return Item.failed(id, where, Main.describe(e));
    } catch (OutOfMemoryError e) {
      return Item.failed(id, where, outOfMemory("reading the file"));
    }
  }

  /**
   * The input whose first bytes, {@code start}, were read off {@code rest}: past them when they
   * are a UTF-8 byte order mark, which is no character, else from them.
   */
  private static InputStream pastBom(byte[] start, InputStream rest) {
    return Arrays.equals(start, UTF8_BOM) ? rest
        : new SequenceInputStream(new ByteArrayInputStream(start), rest);
  }

  /** The article of a whole text, or an error when it is above the limit or not UTF-8. */
  private Item text(String id, String where, byte[] bytes) {
    if (bytes.length > maxBytes) {
      return Item.failed(id, where, tooLarge());
    }
    try {
      return new Item(id, where, decode(bytes, -1), null);
    } catch (IOException e) {
      return Item.failed(id, where, Main.describe(e));
    }
  }

  /**
   * Standard input. Its leading white space decides nothing and is not held beyond the limit: as
   * JSON Lines only the line count and the blank prefix of the first line matter; as one article,
   * more white space than the limit allows is already too large.
   */
  private Stream<Item> stdin() {
    String where = "<stdin>";
    try {
      InputStream in = pastBom(stdin.readNBytes(UTF8_BOM.length), stdin);
      ByteArrayOutputStream blank = new ByteArrayOutputStream();
      long blanks = 0;
      long newlines = 0;
      long column = 0;
      byte[] chunk = new byte[CHUNK];
      for (int n; (n = in.read(chunk)) >= 0; ) {
        int i = 0;
        while (i < n && " \t\r\n".indexOf(chunk[i]) >= 0) {
          newlines += chunk[i] == '\n' ? 1 : 0;
          column = chunk[i] == '\n' ? 0 : column + 1;
          i++;
        }
        blank.write(chunk, 0, (int) Math.max(0, Math.min(i, maxBytes + 1 - blanks)));
        blanks += i;
        if (i == n) {
          continue;
        }
        InputStream rest = new SequenceInputStream(
            new ByteArrayInputStream(chunk, i, n - i), in);
        if (stdinFormat == StdinFormat.JSONL
            || (chunk[i] == '{' && stdinFormat == StdinFormat.GUESS)) {
          // The blank start of the first line stands in as spaces: columns and length stay.
          byte[] indent = new byte[(int) Math.min(column, maxLineBytes + 1L)];
          Arrays.fill(indent, (byte) ' ');
          return lines(new SequenceInputStream(new ByteArrayInputStream(indent), rest), where,
              newlines);
        }
        if (blanks > maxBytes) {
          return Stream.of(Item.failed("stdin", where, tooLarge()));
        }
        blank.write(rest.readNBytes((int) Math.min(Integer.MAX_VALUE - 16,
            maxBytes + 1 - blanks)));
        return Stream.of(text("stdin", where, blank.toByteArray()));
      }
      if (stdinFormat == StdinFormat.JSONL) {
        return Stream.empty(); // blank lines only: no article
      }
      return Stream.of(blanks > maxBytes ? Item.failed("stdin", where, tooLarge())
          : text("stdin", where, blank.toByteArray()));
    } catch (IOException e) {
      return Stream.of(Item.failed("stdin", where, Main.describe(e)));
    } catch (OutOfMemoryError e) {
      return Stream.of(Item.failed("stdin", where, outOfMemory("reading standard input")));
    }
  }

  /**
   * One item per non-blank line of JSON Lines input, each given as soon as its line has been
   * read. A line longer than {@link #maxLineBytes} is skipped to its end without being kept, and
   * becomes an error item; so does a line that cannot be held in memory.
   *
   * @param skipped how many lines of the input were read before {@code input} starts
   */
  private Stream<Item> lines(InputStream input, String where, long skipped) {
    LineScanner scanner = new LineScanner(input, maxLineBytes);
    Iterator<Item> it = new Iterator<>() {
      private long number = skipped;
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
        String at = where + ":" + (number + 1);
        try {
          if (!scanner.next()) {
            done = true;
            return null;
          }
        } catch (IOException e) {
          done = true;
          return Item.failed(null, at, Main.describe(e));
        }
        number++;
        if (scanner.tooLong) {
          return Item.failed(null, at, Main.tooManyBytes("line too long", maxLineBytes,
              "6 a character at most, as a \\u escape, and 64 KiB for the rest", maxChars));
        }
        if (scanner.outOfMemory) {
          return Item.failed(null, at, outOfMemory("reading the line"));
        }
        try {
          byte[] bytes = scanner.line;
          int length = scanner.length;
          if (number == skipped + 1 && length >= 2 && utf16(bytes)) {
            // every later line is UTF-16 too: one error for the input, not one per line
            done = true;
            return Item.failed(null, at, UTF16 + "; no line of it was read");
          }
          int end = length > 0 && bytes[length - 1] == '\r' ? length - 1 : length;
          String json;
          try {
            json = decode(bytes, end);
          } catch (IOException notUtf8) {
            return Item.failed(idOf(bytes, end), at, notUtf8.getMessage());
          }
          if (json.isBlank()) {
            return null;
          }
          JsonlReader.Line parsed = JsonlReader.parse(json);
          String missing = parsed.id() == null ? "id" : parsed.text() == null ? "text" : null;
          if (missing != null) {
            return Item.failed(parsed.id(), at, "the object has no \"" + missing + "\" member");
          }
          return new Item(parsed.id(), at, parsed.text(), null);
        } catch (ParseException e) {
          return Item.failed(e instanceof JsonlReader.BadLine b ? b.id() : null, at,
              e.getMessage());
        } catch (OutOfMemoryError e) {
          return Item.failed(null, at, outOfMemory("reading the line"));
        } finally {
          scanner.release();
        }
      }
    };
    return stream(it);
  }

  private static Stream<Item> stream(Iterator<Item> it) {
    return StreamSupport.stream(Spliterators.spliteratorUnknownSize(it, Spliterator.ORDERED),
        false);
  }

  /**
   * Splits a stream into lines of bytes, keeping at most a given number of bytes of a line; a
   * longer line is read to its end but not kept. A line is returned as soon as its line break has
   * arrived. Not thread-safe.
   */
  static final class LineScanner {
    private static final int SMALL = 8 * 1024;

    private final InputStream in;
    private final int max;
    private final byte[] chunk = new byte[CHUNK];
    private int pos;
    private int end;
    private boolean eof;

    /** The bytes of the last line, without its {@code \n}, in {@code line[0..length)}. */
    byte[] line = new byte[SMALL];
    int length;
    /** Whether the last line was longer than the bound (then {@code length} is 0). */
    boolean tooLong;
    /** Whether the last line could not be held in memory (then {@code length} is 0). */
    boolean outOfMemory;

    LineScanner(InputStream in, int max) {
      this.in = in;
      this.max = max;
    }

    /** Reads the next line; {@code false} at the end of the input. */
    boolean next() throws IOException {
      length = 0;
      tooLong = false;
      outOfMemory = false;
      boolean any = false;
      while (true) {
        if (pos == end) {
          int n = eof ? -1 : in.read(chunk);
          if (n < 0) {
            eof = true;
            return any;
          }
          pos = 0;
          end = n;
        }
        any = true;
        int stop = pos;
        while (stop < end && chunk[stop] != '\n') {
          stop++;
        }
        keep(stop - pos);
        pos = stop < end ? stop + 1 : end;
        if (stop < end) {
          return true;
        }
      }
    }

    /** Drops a large line buffer once its line is done with. */
    void release() {
      if (line.length > SMALL) {
        line = new byte[SMALL];
      }
    }

    private void keep(int n) {
      if (tooLong || outOfMemory) {
        return;
      }
      if ((long) length + n > max) {
        tooLong = true;
      } else {
        try {
          if (length + n > line.length) {
            line = Arrays.copyOf(line, (int) Math.min(max, Math.max(length + n,
                2L * line.length)));
          }
          System.arraycopy(chunk, pos, line, length, n);
          length += n;
          return;
        } catch (OutOfMemoryError e) {
          outOfMemory = true;
        }
      }
      length = 0;
      line = new byte[SMALL];
    }
  }

  /**
   * Decodes strict UTF-8 and drops a leading byte order mark.
   *
   * @param length how many bytes to decode, or {@code -1} for all
   * @throws IOException naming the offset of the first byte that is not valid UTF-8
   */
  static String decode(byte[] bytes, int length) throws IOException {
    return StrictUtf8.withoutByteOrderMark(
        StrictUtf8.decode(bytes, length < 0 ? bytes.length : length));
  }


  /**
   * The article id of a JSON Lines line that is not valid UTF-8, read with each bad byte sequence
   * replaced, so that its error record still names the article; null when the line gives no id
   * before its fault or the id itself is not valid UTF-8.
   */
  static String idOf(byte[] bytes, int length) {
    String lenient = new String(bytes, 0, length, StandardCharsets.UTF_8);
    if (lenient.startsWith("\uFEFF")) {
      lenient = lenient.substring(1);
    }
    String id;
    try {
      id = JsonlReader.parse(lenient).id();
    } catch (JsonlReader.BadLine b) {
      id = b.id();
    } catch (ParseException | RuntimeException e) {
      return null;
    }
    return id == null || id.indexOf('\uFFFD') >= 0 ? null : id;
  }

  /** The error of an input that opens with a UTF-16 byte order mark. */
  static final String UTF16 = StrictUtf8.UTF16_MESSAGE;

  /** Whether {@code bytes} open with a UTF-16 byte order mark (FF FE or FE FF). */
  static boolean utf16(byte[] bytes) {
    return StrictUtf8.opensWithUtf16Mark(bytes, bytes.length);
  }


  private String outOfMemory(String what) {
    return "out of memory " + what + "; give Java more memory (-Xmx) or lower "
        + Main.MAX_LENGTH;
  }

  private String tooLarge() {
    return Main.tooManyBytes("too large", maxBytes, "3 a character at most", maxChars);
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
