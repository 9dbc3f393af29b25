package org.quotekit.cli;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.quotekit.QuoteExtractor;
import org.quotekit.eval.ClaimsEvaluation;
import org.quotekit.eval.ClaimsReport;

/** {@code quotekit eval-claims} on the repository's claims gold and on golds written here. */
class EvalClaimsCommandTest {
  private static final Path GOLD = Path.of("../../testdata/claims");
  private static final String HEADER = "part      rows   usable   stance negation F1 quantity F1"
      + "  (spans)  judged missing";

  @TempDir Path dir;
  private final CommandRun quotekit = new CommandRun();

  private int run(String... args) {
    return quotekit.run(args);
  }

  @Test
  void withoutPolnearItScoresTheOwnArticlesAndSaysWhichRowsItSkipped() throws IOException {
    ClaimsReport expected = ClaimsEvaluation.evaluate(GOLD, null,
        QuoteExtractor.builder().build());

    assertThat(run("eval-claims", "--gold", GOLD.toString())).isZero();

    String table = quotekit.out();
    assertThat(table).isEqualTo(expected.format());
    assertThat(table.lines().toList()).first().isEqualTo(HEADER);
    assertThat(table.lines().filter(l -> l.startsWith("dev ") || l.startsWith("report ")))
        .hasSize(2);
    assertThat(table).containsPattern("\nnote: \\d+ PolNeAR rows not scored: no PolNeAR dev"
        + " folder given\n$");
    assertThat(quotekit.err()).isEmpty();
  }

  @Test
  void missesFollowTheTable() throws IOException {
    ClaimsReport expected = ClaimsEvaluation.evaluate(GOLD, null,
        QuoteExtractor.builder().build());

    assertThat(run("eval-claims", "--misses", "--gold", GOLD.toString())).isZero();

    assertThat(quotekit.out()).isEqualTo(expected.formatWithMisses())
        .startsWith(expected.format());
    assertThat(expected.misses()).isNotEmpty();
  }

  @Test
  void withPolnearItScoresThePolnearRowsToo() throws IOException {
    Path polnear = PolnearDevFolder.orSkip("eval-claims on the PolNeAR rows of testdata/claims");
    ClaimsReport own = ClaimsEvaluation.evaluate(GOLD, null, QuoteExtractor.builder().build());

    assertThat(run("eval-claims", "--gold", GOLD.toString(), "--polnear", polnear.toString()))
        .isZero();

    String table = quotekit.out();
    assertThat(table).startsWith(HEADER + "\n").doesNotContain("note:");
    int rows = table.lines().skip(1).mapToInt(l -> Integer.parseInt(l.split(" +")[1])).sum();
    assertThat(rows).isGreaterThan(own.parts().stream().mapToInt(ClaimsReport.Part::rows).sum());
  }

  @Test
  void takesTheExtractorOptionsOfEval() throws IOException {
    // "mumble" is not in cues-en.txt: the rules find the claim only with --cues
    Path gold = writeGold("dev\tmayor\tthe bridge would reopen\tThe bridge would reopen in May."
        + "\tASSERTS\tfalse\t-\n");
    Path cues = Files.writeString(dir.resolve("cues.txt"), "verb mumble\n", UTF_8);

    assertThat(run("eval-claims", "--gold", gold.toString(), "--extractors", "rules")).isZero();
    assertThat(run("eval-claims", "--gold", gold.toString(), "--extractors", "all", "--cues",
        cues.toString())).isZero();
    assertThat(quotekit.out().lines().filter(l -> l.startsWith("dev "))).containsExactly(
        "dev          1    0.000    0.000       1.000       1.000    1.000       0       1",
        "dev          1    1.000    1.000       1.000       1.000    1.000       1       0");
    assertThat(run("eval-claims", "--gold", gold.toString(), "--extractors", "nope"))
        .isEqualTo(2);
    assertThat(quotekit.err()).startsWith("quotekit: --extractors nope: ");
  }

  @Test
  void unreadableGoldOrCorpusIsAnErrorNamingIt() throws IOException {
    Path missing = dir.resolve("nope");
    Path empty = Files.createDirectory(dir.resolve("empty"));
    Path malformed = writeGold("dev\tmayor\tthe bridge\n");

    assertThat(run("eval-claims", "--gold", missing.toString())).isEqualTo(1);
    assertThat(run("eval-claims", "--gold", empty.toString())).isEqualTo(1);
    assertThat(run("eval-claims", "--gold", malformed.toString())).isEqualTo(1);
    assertThat(run("eval-claims", "--gold", GOLD.toString(), "--polnear", missing.toString()))
        .isEqualTo(1);
    assertThat(run("eval-claims")).isEqualTo(2);

    assertThat(quotekit.out()).isEmpty();
    List<String> lines = quotekit.err().lines().toList();
    assertThat(lines.subList(0, 4)).satisfiesExactly(
        l -> assertThat(l).isEqualTo("quotekit: error: " + missing
            + ": no such file or directory"),
        l -> assertThat(l).isEqualTo("quotekit: error: " + empty
            + ": no claims gold rows (expected .tsv files)"),
        l -> assertThat(l).startsWith("quotekit: error: " + malformed + ": ")
            .contains("gold.tsv").contains(":1"),
        l -> assertThat(l).isEqualTo("quotekit: error: " + missing + ": no such folder"));
    assertThat(lines.get(4)).isEqualTo("quotekit: Missing required option: '--gold=DIR'");
  }

  /**
   * A PolNeAR row whose article the given corpus lacks (a misspelt name) is an error naming the
   * file, as a missing own article is; a gold of PolNeAR rows alone, without the corpus, says
   * that no row could be scored, and why.
   */
  @Test
  void aPolnearRowThatCannotBeScoredIsSaidWhy() throws IOException {
    Path gold = writeGold("dev\tpolnear:no-such-article\t@0-5\t@0-5\tASSERTS\tfalse\t-\n");
    Path corpus = Files.createDirectories(dir.resolve("corpus/text"));

    assertThat(run("eval-claims", "--gold", gold.toString(), "--polnear",
        corpus.getParent().toString())).isEqualTo(1);
    assertThat(quotekit.err()).contains(corpus.resolve("no-such-article.txt").toString())
        .contains("no such file or directory");
    assertThat(run("eval-claims", "--gold", gold.toString())).isEqualTo(1);
    assertThat(quotekit.err()).contains("no row could be scored: 1 PolNeAR rows not scored: no "
        + "PolNeAR dev folder given");
  }

  /** A claims gold folder with one article, {@code mayor}, and {@code rows} as its gold.tsv. */
  private Path writeGold(String rows) throws IOException {
    Path gold = Files.createDirectories(dir.resolve("gold"));
    Files.createDirectories(gold.resolve("articles"));
    Files.writeString(gold.resolve("articles/mayor.txt"),
        "Mayor Lena Ortiz mumbled that the bridge would reopen in May.\n", UTF_8);
    return Files.writeString(gold.resolve("gold.tsv"), rows, UTF_8);
  }
}
