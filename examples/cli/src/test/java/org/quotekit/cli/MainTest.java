package org.quotekit.cli;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.quotekit.spi.Extractor;
import org.quotekit.spi.ExtractorProvider;

class MainTest {
  private static final String TWO_PARTS = "\"We tried,\" she said. \"It did not work.\"";
  private static final String MAYOR = "Mayor Lena Ortiz said the bridge would reopen in May.";

  @TempDir Path dir;

  /** Exit status, standard output and standard error of one run. */
  record Run(int status, byte[] stdout, String stderr) {
    String out() {
      return new String(stdout, UTF_8);
    }

    List<String> lines() {
      return out().lines().toList();
    }
  }

  private static Run runWithStdin(String stdin, String... args) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    int status = Main.run(args, new ByteArrayInputStream(stdin.getBytes(UTF_8)),
        new PrintStream(out, true, UTF_8), new PrintStream(err, true, UTF_8));
    return new Run(status, out.toByteArray(), err.toString(UTF_8));
  }

  private static Run run(String... args) {
    return runWithStdin("", args);
  }

  private static String withoutId(String line) {
    return line.substring(line.indexOf(", \"quotes\""));
  }

  private Path write(String name, String text) throws IOException {
    return Files.writeString(dir.resolve(name), text, UTF_8);
  }

  @Test
  void extractsATextFile() throws IOException {
    Run r = run("extract", write("mayor.txt", MAYOR).toString());

    assertThat(r.status()).isZero();
    assertThat(r.stderr()).isEmpty();
    assertThat(r.lines()).hasSize(1);
    assertThat(r.lines().get(0)).startsWith("{\"id\": \"mayor\", \"quotes\": [{\"id\": \"q1\"")
        .contains("\"text\": \"the bridge would reopen in May\"", "\"name\": \"Lena Ortiz\"",
            "\"roles\": [\"Mayor\"]");
    assertThat(r.out()).endsWith("}\n");
  }

  @Test
  void writesOneLinePerArticleInInputOrderAcrossKindsOfInput() throws IOException {
    Path folder = Files.createDirectory(dir.resolve("folder"));
    Files.writeString(folder.resolve("2-second.txt"), MAYOR, UTF_8);
    Files.writeString(folder.resolve("1-first.txt"), TWO_PARTS, UTF_8);
    Path jsonl = write("batch.jsonl", "{\"id\": \"j1\", \"text\": \"" + TWO_PARTS.replace("\"",
        "\\\"") + "\"}\n{\"id\": \"j2\", \"text\": \"Nobody spoke.\"}\n");

    Run r = runWithStdin(MAYOR, "extract", jsonl.toString(), folder.toString(), "-",
        write("last.txt", TWO_PARTS).toString());

    assertThat(r.status()).isZero();
    assertThat(r.lines()).extracting(l -> l.substring(0, l.indexOf("\", ") + 1)).containsExactly(
        "{\"id\": \"j1\"", "{\"id\": \"j2\"", "{\"id\": \"1-first\"", "{\"id\": \"2-second\"",
        "{\"id\": \"stdin\"", "{\"id\": \"last\"");
    assertThat(withoutId(r.lines().get(0))).isEqualTo(withoutId(r.lines().get(2)))
        .isEqualTo(withoutId(r.lines().get(5)));
  }

  @Test
  void stdinJsonLines() {
    Run r = runWithStdin("\n{\"id\": \"a\", \"text\": \"" + MAYOR + "\"}\n", "extract", "-");

    assertThat(r.status()).isZero();
    assertThat(r.lines()).singleElement().asString().startsWith("{\"id\": \"a\", \"quotes\": [{");
  }

  @Test
  void unreadableInputsGetAnErrorRecordAndTheOthersAreStillProcessed() throws IOException {
    Path bad = Files.write(dir.resolve("bad.txt"), new byte[] {'O', 'k', (byte) 0xFF, '.'});
    Path missing = dir.resolve("missing.txt");

    Run r = run("extract", write("a.txt", MAYOR).toString(), missing.toString(), bad.toString(),
        write("z.txt", TWO_PARTS).toString());

    assertThat(r.status()).isEqualTo(1);
    assertThat(r.lines()).hasSize(4);
    assertThat(r.lines().get(0)).startsWith("{\"id\": \"a\", \"quotes\": [{");
    assertThat(r.lines().get(1))
        .isEqualTo("{\"id\": \"missing\", \"error\": \"no such file or directory\", "
            + "\"source\": " + JsonWriter.escape(missing.toString()) + "}");
    assertThat(r.lines().get(2)).isEqualTo("{\"id\": \"bad\", \"error\": "
        + "\"not valid UTF-8: malformed byte sequence at byte offset 2\", \"source\": "
        + JsonWriter.escape(bad.toString()) + "}");
    assertThat(r.lines().get(3)).startsWith("{\"id\": \"z\", \"quotes\": [{");
    assertThat(r.stderr().lines()).containsExactly(
        "quotekit: error: " + missing + ": no such file or directory",
        "quotekit: error: " + bad + ": not valid UTF-8: malformed byte sequence at byte offset 2");
  }

  @Test
  void blankArticleGivesAnEmptyResultLine() throws IOException {
    Run r = run("extract", write("blank.txt", " \n\t\n").toString());

    assertThat(r.status()).isZero();
    assertThat(r.out())
        .isEqualTo("{\"id\": \"blank\", \"quotes\": [], \"speakers\": [], \"claims\": []}\n");
  }

  @Test
  void articlesAboveTheLengthLimitGetAnErrorLineSayingHowToRaiseIt() throws IOException {
    Path jsonl = write("batch.jsonl", "{\"id\": \"short\", \"text\": \"" + MAYOR + "\"}\n"
        + "{\"id\": \"long\", \"text\": \"" + MAYOR.repeat(3) + "\"}\n"
        + "{\"id\": \"again\", \"text\": \"" + MAYOR + "\"}\n");
    Path big = write("big.txt", MAYOR.repeat(10));
    int limit = MAYOR.length();

    Run r = run("extract", "--max-article-length", String.valueOf(limit), jsonl.toString(),
        big.toString());

    assertThat(r.status()).isEqualTo(1);
    assertThat(r.lines()).hasSize(4);
    assertThat(r.lines().get(0)).startsWith("{\"id\": \"short\", \"quotes\": [{");
    assertThat(r.lines().get(1)).isEqualTo("{\"id\": \"long\", \"error\": \"the article has "
        + 3 * limit + " characters, more than the limit of " + limit
        + " characters; raise it with --max-article-length N\", \"source\": "
        + JsonWriter.escape(jsonl + ":2") + "}");
    assertThat(r.lines().get(2)).startsWith("{\"id\": \"again\", \"quotes\": [{");
    assertThat(r.lines().get(3)).startsWith("{\"id\": \"big\", \"error\": \"too large: ")
        .endsWith("raise it with --max-article-length N\", \"source\": "
            + JsonWriter.escape(big.toString()) + "}");
    assertThat(r.stderr()).contains("--max-article-length");
    assertThat(run("extract", "--max-article-length=" + 3 * limit, jsonl.toString()).status())
        .isZero();
  }

  @Test
  void theLengthLimitMustBeAPositiveWholeNumber() {
    for (String bad : List.of("0", "-3", "ten", "1e6", "99999999999", "")) {
      Run r = run("extract", "--max-article-length", bad, "x.txt");
      assertThat(r.status()).as(bad).isEqualTo(2);
      assertThat(r.stderr()).as(bad).startsWith("quotekit: --max-article-length must be a whole "
          + "number of characters from 1 to 2147483647, not: " + bad + "\n");
    }
    assertThat(run("show", "--max-article-length", "0", "x.txt").status()).isEqualTo(2);
    assertThat(run("eval", "--gold", "x", "--max-article-length", "0").status()).isEqualTo(2);
  }

  @Test
  void outputOptionWritesTheFileAsUtf8() throws IOException {
    Path target = dir.resolve("out.jsonl");

    Run r = run("extract", "--output", target.toString(),
        write("accents.txt", "“Ça va,” said Zoë.").toString());

    assertThat(r.status()).isZero();
    assertThat(r.stdout()).isEmpty();
    assertThat(Files.readString(target, UTF_8)).startsWith("{\"id\": \"accents\", \"quotes\": [{")
        .contains("\"text\": \"Ça va,\"", "\"name\": \"Zoë\"").endsWith("}\n");
  }

  @Test
  void outputIsDeterministic() throws IOException {
    String[] args = {"extract", write("a.txt", TWO_PARTS + "\n" + MAYOR).toString(),
        Path.of("../../testdata/articles").toString()};

    Run first = run(args);
    Run second = run(args);

    assertThat(first.lines()).hasSize(2);
    assertThat(first.stdout()).isEqualTo(second.stdout());
  }

  @Test
  void modelAndAllUseTheBundledCueModel() throws IOException {
    String file = write("a.txt", TWO_PARTS).toString();

    Run model = run("extract", "--extractors", "model", file);
    Run all = run("extract", "--extractors=all", file);

    assertThat(model.status()).isZero();
    assertThat(model.stderr()).isEmpty();
    assertThat(model.stdout()).asString(java.nio.charset.StandardCharsets.UTF_8).contains("\"extractor\": \"model\"");
    assertThat(all.status()).isZero();
    assertThat(all.stdout()).asString(java.nio.charset.StandardCharsets.UTF_8).contains("\"quotes\": [{");
  }

  @Test
  void modelFileThatIsNotAModelFailsNamingIt() throws IOException {
    String file = write("a.txt", TWO_PARTS).toString();
    String bogus = write("bogus.bin", "not a model").toString();

    Run r = run("extract", "--extractors", "model", "--model", bogus, file);

    assertThat(r.status()).isEqualTo(1);
    assertThat(r.stderr()).contains(bogus);
  }

  @Test
  void usageErrorsExitWithTwo() {
    for (String[] args : List.of(new String[] {"extract", "--extractors", "magic", "x.txt"},
        new String[] {"extract", "--color", "x.txt"}, new String[] {"extract"},
        new String[] {"extract", "--output"}, new String[] {"extract", "-", "-"},
        new String[] {"show", "a.txt", "b.txt"}, new String[] {"eval"},
        new String[] {"frobnicate"})) {
      Run r = run(args);
      assertThat(r.status()).as(Arrays.toString(args)).isEqualTo(2);
      assertThat(r.stdout()).as(Arrays.toString(args)).isEmpty();
      assertThat(r.stderr()).as(Arrays.toString(args)).startsWith("quotekit: ")
          .contains("Usage: quotekit");
    }
    assertThat(run("extract", "--extractors", "magic", "x").stderr())
        .startsWith("quotekit: --extractors magic: unknown extractor: magic; available: [all, ");
  }

  @Test
  void aPluginThatCannotBeCreatedIsOneErrorLine() throws IOException {
    Path a = Files.writeString(dir.resolve("a.txt"), "The union said the strike would go on.");
    for (String command : List.of("extract", "bench")) {
      Run r = run(command, "--extractors", "uncreatable", a.toString());
      assertThat(r.status()).as(command).isEqualTo(1);
      assertThat(r.stderr()).as(command).startsWith("quotekit: error: extractor \"uncreatable\""
          + " could not be created: its provider " + UncreatableProvider.class.getName())
          .contains("no licence file").doesNotContain("\tat ");
    }
  }

  /** A plug-in, found by ServiceLoader, whose provider cannot create its extractor. */
  public static final class UncreatableProvider implements ExtractorProvider {
    @Override
    public String name() {
      return "uncreatable";
    }

    @Override
    public Extractor create() {
      throw new IllegalStateException("no licence file");
    }
  }

  @Test
  void helpAndNoArguments() {
    assertThat(run("--help").status()).isZero();
    assertThat(run("--help").out()).startsWith("Usage: quotekit");
    assertThat(run("extract", "--help").status()).isZero();
    Run none = run();
    assertThat(none.status()).isEqualTo(2);
    assertThat(none.out()).isEmpty();
    assertThat(none.stderr()).startsWith("Usage: quotekit");
  }

  @Test
  void showPrintsATableWithSpeakerCueAndJoinedParts() throws IOException {
    Run r = run("show", write("story.txt", "“Prices will fall,” said Ana Kovač. “Be patient.”\n"
        + MAYOR).toString());

    assertThat(r.status()).isZero();
    assertThat(r.out()).startsWith("story: 2 quotes, 2 speakers\n")
        .contains("Speakers:", "Lena Ortiz (person, 1 quote); also Mayor Lena Ortiz; Mayor");
    assertThat(r.lines()).anySatisfy(line -> assertThat(line).contains("Ana Kovač", "DIRECT",
        "said", "Prices will fall, … Be patient."));
    assertThat(r.lines()).anySatisfy(line -> assertThat(line).contains("Lena Ortiz",
        "INDIRECT", "said", "the bridge would reopen in May"));
    assertThat(r.lines()).allSatisfy(line -> assertThat(line.length()).isLessThanOrEqualTo(120));
  }

  /**
   * A .jsonl file of several articles is shown article by article, a blank line between; an
   * escape sequence in an id or a text is written as \\u escapes, not sent to the terminal.
   */
  @Test
  void showPrintsEachArticleSafelyForATerminal() throws IOException {
    Path file = write("two.jsonl", "{\"id\": \"\\u001b[2Jred\", \"text\": \"Al Bo said it"
        + " rained.\"}\n{\"id\": \"b\", \"text\": \"Cy Li said it \\u202Esnowed.\"}\n");

    Run r = run("show", file.toString());

    assertThat(r.status()).isZero();
    assertThat(r.out()).startsWith("\\u001b[2Jred: 1 quote, 1 speaker\n")
        .contains("\n\nb: 1 quote, 1 speaker\n", "\\u202esnowed")
        .doesNotContain("\u001b", "\u202E");
  }

  @Test
  void showListsTheClaimsWithSpeakerStanceAndNegation() throws IOException {
    Run r = run("show", write("claims.txt", "“Prices will not fall. Be patient,” said Ana Kovač.\n"
        + "Mayor Lena Ortiz denied that the bridge would close.\n").toString());

    assertThat(r.status()).isZero();
    assertThat(r.out()).contains("\nClaims:\n");
    List<String> claims = r.lines().subList(r.lines().indexOf("Claims:") + 1, r.lines().size());
    assertThat(claims.get(0)).contains("SPEAKER", "STANCE", "NEGATED", "CLAIM");
    assertThat(claims).anySatisfy(line -> assertThat(line).contains("Ana Kovač", "ASSERTS", "not",
        "Prices will not fall."));
    assertThat(claims).anySatisfy(line -> assertThat(line).contains("Ana Kovač", "ASSERTS",
        "Be patient.").doesNotContain("not"));
    assertThat(claims).anySatisfy(line -> assertThat(line).contains("Lena Ortiz", "DENIES",
        "The bridge would close."));
  }

  @Test
  void showExplainFollowsEachSpeakerWithItsMentionsAndWhyTheyWereLinked() throws IOException {
    String text = "Senator Ruth Adebayo said the bill would pass.\n\n\"It will be close,\" Adebayo"
        + " told reporters. She said the count was wrong.\n\nThe audit report found that two"
        + " ballot boxes were missing.\n";
    Path file = write("explain.txt", text);

    Run plain = run("show", file.toString());
    Run explained = run("show", "--explain", file.toString());

    assertThat(explained.status()).isZero();
    List<String> lines = explained.lines();
    int adebayo = indexOf(lines, "  s1  Ruth Adebayo (person, 3 quotes)");
    assertThat(lines.subList(adebayo + 1, adebayo + 4)).containsExactly(
        mention(text, "Senator Ruth Adebayo", 0)
            + "  first-mention: 'Ruth Adebayo' introduces the entity",
        mention(text, "Adebayo", text.indexOf("\" Adebayo") + 2)
            + "  surname: 'Adebayo' is the surname of 'Ruth Adebayo'",
        mention(text, "She", text.indexOf("She")) + "  pronoun: 'she' agrees in number and"
            + " gender with 'Ruth Adebayo', the most salient candidate before it");
    int report = indexOf(lines, "  s2  audit report (document, 1 quote)");
    assertThat(lines.get(report + 1)).isEqualTo(mention(text, "The audit report",
        text.indexOf("The audit")) + "  document: 'The audit report' speaks; the text names no"
        + " issuer");
    assertThat(lines.get(report + 2)).isEmpty();
    assertThat(lines.stream().filter(l -> !l.matches("    \\d+-\\d+ \".*"))
        .map(l -> l + "\n").reduce("", String::concat)).isEqualTo(plain.out());
  }

  /** The index of the line that starts with {@code prefix}. */
  private static int indexOf(List<String> lines, String prefix) {
    for (int i = 0; i < lines.size(); i++) {
      if (lines.get(i).startsWith(prefix)) {
        return i;
      }
    }
    throw new AssertionError("no line starting with '" + prefix + "' in " + lines);
  }

  /** How {@code show --explain} shows a mention: offsets and words, without the reason. */
  private static String mention(String text, String words, int start) {
    assertThat(text.substring(start, start + words.length())).isEqualTo(words);
    return "    " + start + "-" + (start + words.length()) + " \"" + words + "\"";
  }

  @Test
  void showWrapsLongQuotesAndReportsMissingFiles() throws IOException {
    String words = "we will keep building roads and schools across the whole province ".repeat(4);
    Run r = run("show", write("long.txt", "Governor Ada Lim said " + words.strip() + ".")
        .toString());

    assertThat(r.lines()).hasSizeGreaterThan(5)
        .allSatisfy(line -> assertThat(line.length()).isLessThanOrEqualTo(120));
    Run missing = run("show", dir.resolve("nope.txt").toString());
    assertThat(missing.status()).isEqualTo(1);
    assertThat(missing.stdout()).isEmpty();
    assertThat(missing.stderr()).contains("nope.txt: no such file or directory");
  }

  @Test
  void outputNamingAnInputIsRefusedBeforeAnythingIsWritten() throws IOException {
    Path article = write("x.txt", MAYOR);
    Path link = Files.createSymbolicLink(dir.resolve("link.out"), article);

    Run same = run("extract", "--output", dir.resolve(".").resolve("x.txt").toString(),
        article.toString());
    Run viaLinkAndFolder = run("extract", "--output", link.toString(), dir.toString());

    for (Run r : List.of(same, viaLinkAndFolder)) {
      assertThat(r.status()).isEqualTo(2);
      assertThat(r.stdout()).isEmpty();
      assertThat(r.stderr()).contains("is also an input", "refusing to overwrite it");
    }
    assertThat(same.stderr()).contains("--output " + dir.resolve(".").resolve("x.txt"),
        "(" + article + ")");
    assertThat(viaLinkAndFolder.stderr()).contains("--output " + link, "(" + dir + ")");
    assertThat(Files.readString(article, UTF_8)).isEqualTo(MAYOR);
    try (var files = Files.list(dir)) {
      assertThat(files.map(p -> p.getFileName().toString())).containsExactlyInAnyOrder("x.txt",
          "link.out");
    }
  }

  @Test
  void outputReplacesAnOldFileOnlyWhenTheRunEndsAndLeavesNoTemporaryFile() throws IOException {
    Path out = write("out.jsonl", "old\n");

    Run r = run("extract", "--output", out.toString(), write("a.txt", MAYOR).toString());

    assertThat(r.status()).isZero();
    assertThat(Files.readString(out, UTF_8)).startsWith("{\"id\": \"a\", \"quotes\": [{")
        .endsWith("}\n").hasLineCount(1);
    try (var files = Files.list(dir)) {
      assertThat(files.map(p -> p.getFileName().toString())).containsExactlyInAnyOrder("a.txt",
          "out.jsonl");
    }
  }

  @Test
  void duplicateIdsAreWarnedAboutAndBothRecordsKept() throws IOException {
    Path jsonl = write("batch.jsonl", "{\"id\": \"a\", \"text\": \"" + MAYOR + "\"}\n"
        + "{\"id\": \"b\", \"text\": \"B.\"}\n");
    Path text = write("a.txt", TWO_PARTS);

    Run r = run("extract", jsonl.toString(), text.toString());

    assertThat(r.status()).isZero();
    assertThat(r.lines()).extracting(line -> line.substring(0, line.indexOf(',')))
        .containsExactly("{\"id\": \"a\"", "{\"id\": \"b\"", "{\"id\": \"a\"");
    assertThat(r.stderr().lines()).containsExactly("quotekit: warning: duplicate article id \"a\""
        + " in " + jsonl + ":1 and " + text + "; both records are kept");
  }

  @Test
  void aLineThatGaveItsIdBeforeItsFaultKeepsTheIdInItsErrorRecord() throws IOException {
    Path jsonl = write("faults.jsonl", "{\"id\": \"numtext\", \"text\": 12345}\n"
        + "{\"id\": 7, \"text\": \"A.\"} garbage\n{\"text\": 1, \"id\": \"late\"}\n");

    Run r = run("extract", jsonl.toString());

    assertThat(r.status()).isEqualTo(1);
    assertThat(r.lines()).hasSize(3).allSatisfy(l -> assertThat(l).contains("\"error\""));
    assertThat(r.lines().get(0)).startsWith("{\"id\": \"numtext\", \"error\": \"malformed JSON");
    assertThat(r.lines().get(1)).startsWith("{\"id\": \"7\", \"error\": \"malformed JSON");
    // the fault comes before the id: the line names no article
    assertThat(r.lines().get(2)).startsWith("{\"id\": null, \"error\": ");
  }

  @Test
  void errorRecordsWithoutAnArticleIdHaveANullIdAndTheirSource() throws IOException {
    Path jsonl = write("mixed.jsonl", "{\"id\": \"mixed:2\", \"text\": \"A.\"}\n{broken\n");

    Run r = run("extract", jsonl.toString());

    assertThat(r.status()).isEqualTo(1);
    assertThat(r.lines().get(0)).startsWith("{\"id\": \"mixed:2\", \"quotes\": ");
    assertThat(r.lines().get(1)).isEqualTo("{\"id\": null, \"error\": \"malformed JSON at column"
        + " 2: Unexpected character ('b' (code 98)): was expecting double-quote to start field"
        + " name\", \"source\": " + JsonWriter.escape(jsonl + ":2") + "}");
  }

  @Test
  void anyNumberOfThreadsGivesTheSameBytesOnBothStreams() throws IOException {
    StringBuilder jsonl = new StringBuilder();
    for (int i = 0; i < 30; i++) {
      String text = i % 7 == 3 ? "x".repeat(300)
          : "\u201CBridge " + i + " opens in spring,\u201D the mayor said. Critics said bridge " + i
              + " would cost more.";
      jsonl.append("{\"id\": \"a").append(i % 11).append("\", \"text\": \"")
          .append(text.replace("\"", "\\\"")).append("\"}\n");
      if (i == 17) {
        jsonl.append("{broken\n");
      }
    }
    Path batch = write("batch.jsonl", jsonl.toString());

    Run one = run("extract", "--threads", "1", "--max-article-length", "200", batch.toString());
    assertThat(one.status()).isEqualTo(1); // the broken line and the long articles
    assertThat(one.lines()).hasSize(31);
    assertThat(one.stderr()).contains("duplicate article id").contains("more than the limit");
    for (String threads : new String[] {"2", "3", "8"}) {
      Run many = run("extract", "--threads", threads, "--max-article-length", "200",
          batch.toString());
      assertThat(many.status()).isEqualTo(one.status());
      assertThat(many.stdout()).as("--threads %s", threads).isEqualTo(one.stdout());
      assertThat(many.stderr()).as("--threads %s", threads).isEqualTo(one.stderr());
    }
  }

  @Test
  void aFoldersLinkThatLeadsNowhereIsAnErrorRecordNotSkipped() throws IOException {
    Path folder = Files.createDirectory(dir.resolve("in"));
    Files.writeString(folder.resolve("a.txt"), MAYOR, UTF_8);
    Files.createSymbolicLink(folder.resolve("dangling.txt"), dir.resolve("nowhere.txt"));
    Files.createSymbolicLink(folder.resolve("loop1.txt"), folder.resolve("loop2.txt"));
    Files.createSymbolicLink(folder.resolve("loop2.txt"), folder.resolve("loop1.txt"));
    Files.createDirectory(folder.resolve("sub.txt")); // a folder, whatever its name: not read

    Run r = run("extract", folder.toString());

    assertThat(r.status()).isEqualTo(1);
    assertThat(r.lines()).hasSize(4);
    assertThat(r.lines().get(0)).startsWith("{\"id\": \"a\"");
    assertThat(r.lines().subList(1, 4)).allSatisfy(line -> assertThat(line).contains("\"error\""));
    assertThat(r.lines().get(1)).startsWith("{\"id\": \"dangling\"");
  }

  @Test
  void showSaysWhenItsInputHoldsNoArticle() throws IOException {
    Run r = run("show", write("empty.jsonl", "\n\n").toString());

    assertThat(r.status()).isEqualTo(1);
    assertThat(r.stderr()).contains("no article to show");
  }

  @Test
  void showAndExtractReportAnOutputTheyCannotWrite() throws IOException {
    String file = write("mayor.txt", MAYOR).toString();
    for (String command : List.of("show", "extract")) {
      ByteArrayOutputStream err = new ByteArrayOutputStream();
      java.io.OutputStream full = new java.io.OutputStream() {
        @Override
        public void write(int b) throws IOException {
          throw new IOException("No space left on device");
        }
      };
      int status = Main.run(new String[] {command, file}, new ByteArrayInputStream(new byte[0]),
          new PrintStream(full, true, UTF_8), new PrintStream(err, true, UTF_8));
      assertThat(status).as(command).isEqualTo(1);
      assertThat(err.toString(UTF_8)).as(command).contains("cannot write output");
    }
  }

  @Test
  void threadsMustBeAPositiveNumberOfAtMostTheCap() {
    for (String threads : List.of("0", "-1", "4097", "2147483647", "99999999999")) {
      Run r = run("extract", "--threads", threads, "x.txt");
      assertThat(r.status()).as("--threads %s", threads).isEqualTo(2);
      assertThat(r.stderr()).as("--threads %s", threads).contains("--threads must be a whole"
          + " number of threads from 1 to 4096, not: " + threads).doesNotContain("Exception");
    }
    assertThat(run("bench", "--threads", "5000", "x.txt").stderr())
        .contains("--threads must be a whole number of threads from 1 to 4096, not: 5000");
  }
}
