package org.quotekit.cli;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.quotekit.cli.InputReader.Item;

class InputReaderTest {
  @TempDir Path dir;
  private final ByteArrayOutputStream err = new ByteArrayOutputStream();

  private List<Item> read(InputStream stdin, int maxChars, String... operands) {
    try (Stream<Item> items = new InputReader(stdin, new PrintStream(err, true, UTF_8), maxChars)
        .read(List.of(operands))) {
      return items.toList();
    }
  }

  private List<Item> read(String... operands) {
    return read(InputStream.nullInputStream(), 1000, operands);
  }

  private List<Item> stdin(byte[] bytes) {
    return read(new ByteArrayInputStream(bytes), 1000, "-");
  }

  @Test
  void textFileIdIsTheNameWithoutExtension() throws IOException {
    Files.writeString(dir.resolve("a.b.txt"), "Text.", UTF_8);

    assertThat(read(dir.resolve("a.b.txt").toString()))
        .containsExactly(new Item("a.b", dir.resolve("a.b.txt").toString(), "Text.", null));
  }

  @Test
  void folderGivesItsTextFilesSortedByNameWithoutSubfoldersOrHiddenFiles() throws IOException {
    Files.writeString(dir.resolve("b.txt"), "B", UTF_8);
    Files.writeString(dir.resolve("a.txt"), "A", UTF_8);
    Files.writeString(dir.resolve("C.TXT"), "C", UTF_8);
    Files.writeString(dir.resolve("notes.md"), "no", UTF_8);
    Files.writeString(dir.resolve(".hidden.txt"), "no", UTF_8);
    Files.createDirectory(dir.resolve("sub"));
    Files.writeString(dir.resolve("sub/d.txt"), "no", UTF_8);

    assertThat(read(dir.toString())).extracting(Item::id, Item::text)
        .containsExactly(tuple("C", "C"), tuple("a", "A"), tuple("b", "B"));
  }

  @Test
  void emptyFolderIsAWarning() {
    assertThat(read(dir.toString())).isEmpty();
    assertThat(err.toString(UTF_8)).contains("warning: " + dir + ": no .txt files");
  }

  @Test
  void jsonlFileGivesOneItemPerNonBlankLineAndAnErrorPerBrokenLine() throws IOException {
    Path file = dir.resolve("batch.jsonl");
    Files.write(file, ("{\"id\": \"x\", \"text\": \"One.\"}\r\n\n  \n{broken\n"
        + "{\"id\": \"y\"}\n{\"id\": \"z\", \"text\": \"caf\\u00e9\"}").getBytes(UTF_8));

    List<Item> items = read(file.toString());

    assertThat(items).extracting(Item::id, Item::text, Item::error).containsExactly(
        tuple("x", "One.", null),
        tuple(null, null, "malformed JSON at column 2: Unexpected character ('b' (code 98)):"
            + " was expecting double-quote to start field name"),
        tuple("y", null, "the object has no \"text\" member"),
        tuple("z", "café", null));
    assertThat(items.get(1).where()).isEqualTo(file + ":4");
  }

  @Test
  void jsonlLineThatIsNotUtf8IsAnErrorForThatLineOnlyNamingItsArticle() throws IOException {
    Path file = dir.resolve("mixed.jsonl");
    byte[] bad = {(byte) 0xC3, (byte) 0x28};
    Files.write(file, concat("{\"id\": \"a\", \"text\": \"\u00e9\"}\n{\"id\": \"b\", \"text\": \"",
        bad, "\"}\n{\"id\": \"c\", \"text\": \"ok\"}\n"));
    Path badId = dir.resolve("badid.jsonl");
    Files.write(badId, concat("{\"text\": \"ok\", \"id\": \"d", bad, "\"}\n"));

    assertThat(read(file.toString())).extracting(Item::id, Item::error).containsExactly(
        tuple("a", null),
        tuple("b", "not valid UTF-8: malformed byte sequence at byte offset 21"),
        tuple("c", null));
    // an id that is itself not UTF-8 is none the record can give
    assertThat(read(badId.toString())).extracting(Item::id, Item::error).containsExactly(
        tuple(null, "not valid UTF-8: malformed byte sequence at byte offset 23"));
  }

  @Test
  void stdinStartingWithABraceIsJsonLines() {
    List<Item> items = stdin(" \n\t{\"id\": \"s1\", \"text\": \"A.\"}\n{\"id\": \"s2\", \"text\": \"B.\"}"
        .getBytes(UTF_8));

    assertThat(items).extracting(Item::id, Item::text)
        .containsExactly(tuple("s1", "A."), tuple("s2", "B."));
  }

  @Test
  void otherStdinIsOneArticleKeepingLeadingWhitespace() {
    assertThat(stdin("\n  He said {so}.".getBytes(UTF_8)))
        .containsExactly(new Item("stdin", "<stdin>", "\n  He said {so}.", null));
    assertThat(stdin(new byte[0])).containsExactly(new Item("stdin", "<stdin>", "", null));
  }

  @Test
  void byteOrderMarkIsDropped() throws IOException {
    byte[] bom = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};
    Files.write(dir.resolve("bom.txt"), concat("", bom, "Text."));

    assertThat(read(dir.resolve("bom.txt").toString()).get(0).text()).isEqualTo("Text.");
    assertThat(stdin(concat("", bom, "{\"id\": \"j\", \"text\": \"t\"}"))).extracting(Item::id)
        .containsExactly("j");
  }

  @Test
  void invalidUtf8IsAnErrorNamingTheOffset() throws IOException {
    Files.write(dir.resolve("latin1.txt"), "caf\u00e9 au lait".getBytes(
        java.nio.charset.StandardCharsets.ISO_8859_1));

    assertThat(read(dir.resolve("latin1.txt").toString())).extracting(Item::id, Item::error)
        .containsExactly(tuple("latin1", "not valid UTF-8: malformed byte sequence at byte offset 3"));
    assertThatThrownBy(() -> InputReader.decode(new byte[] {'a', (byte) 0xED, (byte) 0xA0,
        (byte) 0x80}, -1)).hasMessageContaining("offset 1");
  }

  @Test
  void utf16InputIsOneErrorSayingSoWhateverItsByteOrder() throws IOException {
    String jsonl = "{\"id\": \"a\", \"text\": \"One.\"}\n{\"id\": \"b\", \"text\": \"T.\"}\n";
    // UTF_16 writes FE FF and big-endian; little-endian after FF FE is what Windows tools write
    for (boolean little : List.of(false, true)) {
      Path lines = dir.resolve("wide.jsonl");
      Path text = dir.resolve("wide.txt");
      Files.write(lines, little ? littleEndian(jsonl)
          : jsonl.getBytes(java.nio.charset.StandardCharsets.UTF_16));
      Files.write(text, little ? littleEndian("He said so.")
          : "He said so.".getBytes(java.nio.charset.StandardCharsets.UTF_16));

      List<Item> items = read(lines.toString());
      assertThat(items).extracting(Item::id, Item::where).containsExactly(
          tuple(null, lines + ":1"));
      assertThat(items.get(0).error()).startsWith("not valid UTF-8: the input is UTF-16")
          .contains("iconv -f UTF-16 -t UTF-8").endsWith("no line of it was read");
      assertThat(read(text.toString())).extracting(Item::error)
          .containsExactly(InputReader.UTF16);
    }
  }

  @Test
  void tooLargeFileIsAnErrorWithoutBeingRead() throws IOException {
    Files.writeString(dir.resolve("big.txt"), "x".repeat(31), UTF_8);
    Files.writeString(dir.resolve("ok.txt"), "x".repeat(30), UTF_8);

    List<Item> items = read(InputStream.nullInputStream(), 10, dir.toString());

    assertThat(items.get(0).error()).isEqualTo("too large: more than 30 bytes (3 a character at"
        + " most), so more than the limit of 10 characters; raise it with --max-article-length N");
    assertThat(items.get(1).text()).hasSize(30);
  }

  @Test
  void aByteOrderMarkDoesNotCountAgainstTheLimit() throws IOException {
    // ten characters of three bytes each: 30 bytes, the most ten characters may take
    byte[] text = "\u4E2D".repeat(10).getBytes(UTF_8);
    byte[] marked = new byte[text.length + 3];
    marked[0] = (byte) 0xEF;
    marked[1] = (byte) 0xBB;
    marked[2] = (byte) 0xBF;
    System.arraycopy(text, 0, marked, 3, text.length);
    Files.write(dir.resolve("a.txt"), marked);
    Files.write(dir.resolve("b.txt"), Arrays.copyOf(marked, marked.length + 1)); // one more byte

    List<Item> items = read(InputStream.nullInputStream(), 10, dir.toString());

    assertThat(items.get(0).error()).isNull();
    assertThat(items.get(0).text()).isEqualTo("\u4E2D".repeat(10));
    assertThat(items.get(1).error()).startsWith("too large: more than 30 bytes");
  }

  @Test
  void missingPathIsAnError() {
    assertThat(read(dir.resolve("gone.txt").toString(), dir.resolve("gone.jsonl").toString()))
        .extracting(Item::id, Item::error)
        .containsExactly(tuple("gone", "no such file or directory"),
            tuple(null, "no such file or directory"));
  }

  @Test
  void lineLongerThanTheLimitAllowsIsAnErrorInPlaceAndTheLinesAroundItAreKept()
      throws IOException {
    int maxChars = 10;
    InputReader reader = new InputReader(InputStream.nullInputStream(), System.err, maxChars);
    Path file = dir.resolve("long.jsonl");
    Files.writeString(file, "{\"id\": \"a\", \"text\": \"A.\"}\n{\"id\": \"huge\", \"text\": \""
        + "y".repeat(reader.maxLineBytes()) + "\"}\n{\"id\": \"b\", \"text\": \"B.\"}\n", UTF_8);

    List<Item> items = read(InputStream.nullInputStream(), maxChars, file.toString());

    assertThat(items).extracting(Item::id, Item::where, Item::text).containsExactly(
        tuple("a", file + ":1", "A."), tuple(null, file + ":2", null), tuple("b", file + ":3", "B."));
    assertThat(items.get(1).error()).startsWith("line too long: more than "
        + reader.maxLineBytes() + " bytes (6 a character at most, as a \\u escape,")
        .endsWith("raise it with --max-article-length N");
  }

  @Test
  void aLineIsGivenBeforeTheNextOneArrives() throws Exception {
    Path fifo = dir.resolve("live.jsonl");
    Process mkfifo;
    try {
      mkfifo = new ProcessBuilder("mkfifo", fifo.toString()).start();
    } catch (IOException e) {
      Assumptions.abort("mkfifo is not available here: " + e.getMessage());
      return;
    }
    Assumptions.assumeTrue(mkfifo.waitFor() == 0, "mkfifo failed; no named pipes here");
    CountDownLatch firstRead = new CountDownLatch(1);
    AtomicBoolean secondWaited = new AtomicBoolean();
    Thread writer = new Thread(() -> {
      try (OutputStream out = Files.newOutputStream(fifo)) {
        out.write("{\"id\": \"1\", \"text\": \"One.\"}\n".getBytes(UTF_8));
        out.flush();
        // The second line is written only once the first has come out (or after a long wait).
        secondWaited.set(firstRead.await(60, TimeUnit.SECONDS));
        out.write("{\"id\": \"2\", \"text\": \"Two.\"}\n".getBytes(UTF_8));
      } catch (IOException | InterruptedException e) {
        throw new IllegalStateException(e);
      }
    });
    writer.start();
    List<String> ids = new ArrayList<>();
    try (Stream<Item> items = new InputReader(InputStream.nullInputStream(),
        new PrintStream(err, true, UTF_8), 1000).read(List.of(fifo.toString()))) {
      items.forEach(item -> {
        ids.add(item.id());
        firstRead.countDown();
      });
    }
    writer.join();

    assertThat(ids).containsExactly("1", "2");
    assertThat(secondWaited).as("the first line came out before the second was written").isTrue();
  }

  @Test
  void stdinWithMoreLeadingWhiteSpaceThanTheLimitIsTooLargeAsText() {
    List<Item> items = read(new ByteArrayInputStream((" ".repeat(31) + "He said so.")
        .getBytes(UTF_8)), 10, "-");

    assertThat(items).extracting(Item::id).containsExactly("stdin");
    assertThat(items.get(0).error()).startsWith("too large: more than 30 bytes");
    assertThat(read(new ByteArrayInputStream((" ".repeat(30)).getBytes(UTF_8)), 10, "-"))
        .extracting(Item::text).containsExactly(" ".repeat(30));
  }

  @Test
  void stdinJsonLinesAfterBlankLinesKeepTheirLineNumbersAndColumns() {
    List<Item> items = stdin("\n \n\t{broken\n{\"id\": \"ok\", \"text\": \"A.\"}".getBytes(UTF_8));

    assertThat(items).extracting(Item::id, Item::where, Item::error).containsExactly(
        tuple(null, "<stdin>:3", "malformed JSON at column 3: Unexpected character ('b'"
            + " (code 98)): was expecting double-quote to start field name"),
        tuple("ok", "<stdin>:4", null));
  }

  private static org.assertj.core.groups.Tuple tuple(Object... values) {
    return org.assertj.core.groups.Tuple.tuple(values);
  }

  /** {@code text} in UTF-16 little-endian after the mark FF FE, as Windows tools write it. */
  private static byte[] littleEndian(String text) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    out.write(0xFF);
    out.write(0xFE);
    out.writeBytes(text.getBytes(java.nio.charset.StandardCharsets.UTF_16LE));
    return out.toByteArray();
  }

  private static byte[] concat(String before, byte[] middle, String after) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    out.writeBytes(before.getBytes(UTF_8));
    out.writeBytes(middle);
    out.writeBytes(after.getBytes(UTF_8));
    return out.toByteArray();
  }
}
