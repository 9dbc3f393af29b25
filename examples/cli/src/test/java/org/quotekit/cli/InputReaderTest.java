package org.quotekit.cli;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
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
        tuple("batch:4", null, "malformed JSON at column 2: expected a string"),
        tuple("y", null, "the object has no \"text\" member"),
        tuple("z", "café", null));
    assertThat(items.get(1).where()).isEqualTo(file + ":4");
  }

  @Test
  void jsonlLineThatIsNotUtf8IsAnErrorForThatLineOnly() throws IOException {
    Path file = dir.resolve("mixed.jsonl");
    Files.write(file, concat("{\"id\": \"a\", \"text\": \"\u00e9\"}\n{\"id\": \"b\", \"text\": \"",
        new byte[] {(byte) 0xC3, (byte) 0x28}, "\"}\n{\"id\": \"c\", \"text\": \"ok\"}\n"));

    assertThat(read(file.toString())).extracting(Item::id, Item::error).containsExactly(
        tuple("a", null),
        tuple("mixed:2", "not valid UTF-8: malformed byte sequence at byte offset 21"),
        tuple("c", null));
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
  void tooLargeFileIsAnErrorWithoutBeingRead() throws IOException {
    Files.writeString(dir.resolve("big.txt"), "x".repeat(31), UTF_8);
    Files.writeString(dir.resolve("ok.txt"), "x".repeat(30), UTF_8);

    List<Item> items = read(InputStream.nullInputStream(), 10, dir.toString());

    assertThat(items.get(0).error()).startsWith("too large: more than 30 bytes");
    assertThat(items.get(1).text()).hasSize(30);
  }

  @Test
  void missingPathIsAnError() {
    assertThat(read(dir.resolve("gone.txt").toString(), dir.resolve("gone.jsonl").toString()))
        .extracting(Item::id, Item::error)
        .containsExactly(tuple("gone", "no such file or directory"),
            tuple("gone", "no such file or directory"));
  }

  private static org.assertj.core.groups.Tuple tuple(Object... values) {
    return org.assertj.core.groups.Tuple.tuple(values);
  }

  private static byte[] concat(String before, byte[] middle, String after) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    out.writeBytes(before.getBytes(UTF_8));
    out.writeBytes(middle);
    out.writeBytes(after.getBytes(UTF_8));
    return out.toByteArray();
  }
}
