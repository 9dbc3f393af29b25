package org.quotekit.train;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.zip.GZIPInputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.quotekit.internal.WordClasses;
import org.quotekit.internal.WordClasses.Pos;

/** The table builder, on a few synsets written in the WordNet database format. */
class WordClassesBuilderTest {
  private static final String HEADER = "  1 This database is a test.  \n  2 Copyright notice"
      + " kept.  \n";

  @TempDir
  Path dir;

  private void write(String name, String... lines) throws IOException {
    Files.writeString(dir.resolve(name), HEADER + String.join("\n", lines) + "\n",
        StandardCharsets.ISO_8859_1);
  }

  private void writeDatabase() throws IOException {
    // "claim": a communication verb taking a that-clause, then a possession sense; "hope": a
    // to-infinitive; "run": four senses, of which only the first three count
    write("data.verb",
        "00000010 32 v 01 claim 0 001 @ 00000030 v 0000 01 + 26 00 | assert",
        "00000020 40 v 01 claim 0 000 01 + 08 00 | demand as due",
        "00000030 32 v 01 state 0 000 00 | express",
        "00000040 31 v 01 hope 0 000 02 + 28 00 + 02 00 | expect",
        "00000050 38 v 01 run 0 000 00 | move fast",
        "00000060 41 v 01 run 0 000 00 | stand as a candidate",
        "00000070 38 v 01 run 0 000 00 | flow",
        "00000080 32 v 01 run 0 000 01 + 26 00 | publish");
    write("index.verb",
        "claim v 2 1 @ 2 1 00000010 00000020",
        "hope v 1 0 1 1 00000040",
        "run v 4 0 4 2 00000050 00000060 00000070 00000080",
        "Claim_back v 1 0 1 0 00000020");
    write("verb.exc", "ran run", "hoped hope");
    write("data.noun", "00000100 18 n 02 coroner 0 official 0 000 | a public official",
        "00000110 14 n 01 company 0 000 | an institution");
    write("index.noun", "coroner n 1 0 1 0 00000100", "official n 1 0 1 0 00000100",
        "company n 1 0 1 1 00000110");
    write("noun.exc", "coroners coroner");
    write("data.adj", "00000200 00 a 01 bold 0 000 | fearless");
    write("index.adj", "bold a 1 0 1 0 00000200");
    write("adj.exc", "bolder bold");
  }

  @Test
  void eachLemmaGetsTheClassesAndFramesOfItsFirstThreeSenses() throws IOException {
    writeDatabase();
    List<String> lines = WordClassesBuilder.build(dir);
    assertThat(lines).contains("claim\tv\tverb.communication,verb.possession\tc",
        "hope\tv\tverb.cognition\tt", "run\tv\tverb.motion,verb.social\t",
        "coroner\tn\tnoun.person\t", "company\tn\tnoun.group\t", "bold\ta\tadj.all\t",
        "ran\tv=\trun", "coroners\tn=\tcoroner", "bolder\ta=\tbold");
    assertThat(lines).noneMatch(l -> l.startsWith("Claim_back") || l.startsWith("claim_back"));
    assertThat(lines.get(0)).isEqualTo("# This database is a test.");
    assertThat(lines.get(1)).isEqualTo("# Copyright notice kept.");
  }

  @Test
  void theWrittenTableReadsBackAndIsTheSameBytesEachTime() throws IOException {
    writeDatabase();
    ByteArrayOutputStream first = new ByteArrayOutputStream();
    WordClassesBuilder.write(dir, first);
    ByteArrayOutputStream second = new ByteArrayOutputStream();
    WordClassesBuilder.write(dir, second);
    assertThat(first.toByteArray()).isEqualTo(second.toByteArray());
    WordClasses table = WordClasses.read(new GZIPInputStream(
        new ByteArrayInputStream(first.toByteArray())), "built");
    assertThat(table.lookup("claimed", Pos.VERB).frames()).isEqualTo("c");
    assertThat(table.lookup("ran", Pos.VERB).first()).isEqualTo("verb.motion");
    assertThat(table.lookup("officials", Pos.NOUN).first()).isEqualTo("noun.person");
    assertThat(table.lookup("bolder", Pos.ADJECTIVE).lemma()).isEqualTo("bold");
  }

  @Test
  void theBundledTableCarriesWordNetsLicenseAndIsInTheBuildersFormat() throws IOException {
    // the resource's own header says where it came from; its lemmas are in the builder's format
    // (that it is the builder's output byte for byte is checked by hand: README, Training)
    try (var in = new GZIPInputStream(WordClasses.class.getResourceAsStream(
        WordClasses.RESOURCE))) {
      String text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
      assertThat(text).contains("WordNet 3.1 Copyright 2011 by Princeton University")
          .contains("# QuoteKit word classes, written by org.quotekit.train.WordClassesBuilder")
          .contains("\nsay\tv\tverb.communication")
          .contains("\nsaid\tv=\tsay\n");
    }
  }
}
