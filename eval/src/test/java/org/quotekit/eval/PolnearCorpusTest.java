package org.quotekit.eval;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.quotekit.QuoteType;
import org.quotekit.Span;

class PolnearCorpusTest {

  private static Path fixture() throws URISyntaxException {
    return Path.of(PolnearCorpusTest.class.getResource("text").toURI()).getParent();
  }

  private static List<String> texts(List<Span> spans) {
    return spans.stream().map(Span::text).toList();
  }

  @Test
  void readsArticlesSortedByIdWithEveryRelationThatHasContent() throws Exception {
    List<GoldArticle> articles = PolnearCorpus.read(fixture());

    assertThat(articles).extracting(GoldArticle::id).containsExactly("alpha", "beta");
    GoldArticle alpha = articles.get(0);
    assertThat(alpha.text()).startsWith("Mayor Ada Quill said");
    // E4 has no Content argument and is skipped.
    assertThat(alpha.attributions()).extracting(GoldAttribution::id)
        .containsExactly("E1", "E2", "E3");
    GoldAttribution e1 = alpha.attributions().get(0);
    assertThat(texts(e1.content())).containsExactly("the bridge would reopen in May");
    assertThat(texts(e1.cue())).containsExactly("said");
    assertThat(texts(e1.source())).containsExactly("Mayor Ada Quill");
  }

  @Test
  void discontinuousContentBecomesSortedPieces() throws Exception {
    GoldAttribution e2 = PolnearCorpus.read(fixture()).get(0).attributions().get(1);

    assertThat(texts(e2.content()))
        .containsExactly("\"We are nearly done,\"", "\"The last beam goes in on Friday.\"");
    assertThat(e2.content().get(0).start()).isEqualTo(53);
    assertThat(texts(e2.source())).containsExactly("Quill");
    assertThat(e2.type()).isEqualTo(QuoteType.DIRECT);
  }

  @Test
  void relationWithoutSourceHasAnEmptySource() throws Exception {
    GoldAttribution e3 = PolnearCorpus.read(fixture()).get(0).attributions().get(2);

    assertThat(e3.hasSource()).isFalse();
    assertThat(e3.source()).isEmpty();
    assertThat(texts(e3.cue())).containsExactly("was reported");
    assertThat(texts(e3.content())).containsExactly("Heavy traffic is expected");
  }

  @Test
  void firstAnnotatorFileInSortedOrderWinsAndContent2JoinsTheContent() throws Exception {
    GoldArticle beta = PolnearCorpus.read(fixture()).get(1);

    // beta_0002.ann (two relations) is read, beta_0003.ann (one relation) is not.
    assertThat(beta.attributions()).hasSize(2);
    GoldAttribution e2 = beta.attributions().get(1);
    assertThat(texts(e2.content()))
        .containsExactly("that \"nobody will lose a job\"", "that taxes stay flat");
    assertThat(texts(e2.cue())).containsExactly("adding");
    assertThat(texts(e2.source())).containsExactly("the treasurer");
  }

  @Test
  void malformedLinesNameTheFileAndLine(@TempDir Path dir) throws IOException {
    String text = "Ann said yes.\n";
    assertThat(failure(dir, text, "T1\tCue 4 8\tsaid\nE1\tAttribution:T1 Content:T9\n"))
        .contains("a_0001.ann:2:").contains("no text-bound annotation T9");
    assertThat(failure(dir, text, "T1\tCue 4 80\tsaid\n"))
        .contains("a_0001.ann:1:").contains("not inside the text");
    assertThat(failure(dir, text, "T1\tCue four 8\tsaid\n"))
        .contains("a_0001.ann:1:").contains("expected T<n>");
    assertThat(failure(dir, text, "T1\tCue 4 8\tsaid\nE1\tAttribution:T1 Content=T1\n"))
        .contains("a_0001.ann:2:").contains("Content=T1");
    assertThat(failure(dir, text, "E1\tAttribution:T1\nstray words\n"))
        .contains("a_0001.ann:2:").contains("stray words");
  }

  @Test
  void textWithoutAnnotationFileIsAnError(@TempDir Path dir) throws IOException {
    Files.createDirectories(dir.resolve("attributions"));
    Files.createDirectories(dir.resolve("text"));
    Files.writeString(dir.resolve("text/lonely.txt"), "Nobody said anything.");

    assertThatThrownBy(() -> PolnearCorpus.read(dir)).isInstanceOf(IOException.class)
        .hasMessageContaining("lonely.txt has no annotation file");
  }

  /**
   * A line brat would refuse is an error wherever it stands, after a text-bound annotation too:
   * an id with spaces for its tab, a mistyped id, an id given twice. A line of a covered text
   * that holds a line break is read over, and only as many as it holds.
   */
  @Test
  void aLineBratWouldRefuseIsAnErrorAfterATextBoundToo(@TempDir Path dir) throws IOException {
    String text = "Ann said yes.\nBen said no.\n";
    String t1 = "T1\tCue 4 8\tsaid\n";
    assertThat(failure(dir, text, t1 + "E1 Attribution:T1 Content:T1\n"))
        .contains("a_0001.ann:2:").contains("expected an annotation id");
    assertThat(failure(dir, text, t1 + "W7\tContent 0 3\tAnn\n")).contains("a_0001.ann:2:");
    assertThat(failure(dir, text, t1 + "T1\tCue 18 22\tsaid\n"))
        .contains("a_0001.ann:2:").contains("T1 is given twice (first on line 1)");
    assertThat(failure(dir, text, t1 + "E1\tAttribution:T1 Content:T1\n"
        + "E1\tAttribution:T1 Content:T1\n")).contains("a_0001.ann:3:").contains("E1 is given");
    // T2 covers "yes.\nBen": its covered text runs on one line, and one line only
    String wrapped = t1 + "T2\tContent 9 17\tyes.\nBen\nE1\tAttribution:T1 Content:T2\n";
    assertThat(read(dir, text, wrapped, new ArrayList<>())).singleElement()
        .satisfies(a -> assertThat(texts(a.content())).containsExactly("yes.\nBen"));
    assertThat(failure(dir, text, t1 + "T2\tContent 9 17\tyes.\nBen\nstray\n"))
        .contains("a_0001.ann:4:").contains("stray");
  }

  @Test
  void relationsNotScoredAreNamedAndABomOrBratsOwnNameIsRead(@TempDir Path dir)
      throws IOException {
    String text = "Ann said yes.\n";
    List<String> notes = new ArrayList<>();
    List<GoldAttribution> gold = read(dir, text, "\uFEFFT1\tCue 4 8\tsaid\nT2\tContent 9 12\tyes"
        + "\nE1\tAttribution:T1 Cue:T1\nE2\tAttribution:T1 content:T2\n"
        + "E3\tAttribution:T1 Content:T2\n", notes);
    assertThat(gold).extracting(GoldAttribution::id).containsExactly("E3");
    assertThat(notes).containsExactly(
        dir.resolve("attributions/a_0001.ann") + ":3: E1 has no Content argument; not scored",
        dir.resolve("attributions/a_0001.ann") + ":4: the role content is not read; roles are "
            + "written Content, Cue and Source",
        dir.resolve("attributions/a_0001.ann") + ":4: E2 has no Content argument; not scored");
    notes.clear();
    read(dir, text, "T1\tCue 4 8\tsaid\n", notes);
    assertThat(notes).singleElement().asString().contains("1 text-bound annotations and no E");
    Files.delete(dir.resolve("attributions/a_0001.ann"));
    Files.writeString(dir.resolve("attributions/a.ann"), "T1\tCue 4 8\tsaid\nT2\tContent 9 12"
        + "\tyes\nE1\tAttribution:T1 Content:T2\n");
    assertThat(PolnearCorpus.read(dir)).singleElement()
        .satisfies(a -> assertThat(a.attributions()).hasSize(1));
  }

  @Test
  void aFileThatIsNotUtf8IsNamed(@TempDir Path dir) throws IOException {
    Files.createDirectories(dir.resolve("text"));
    Files.createDirectories(dir.resolve("attributions"));
    Files.write(dir.resolve("text/a.txt"), "Jos\u00e9 said yes.".getBytes(
        StandardCharsets.ISO_8859_1));
    Files.writeString(dir.resolve("attributions/a_0001.ann"), "");
    assertThatThrownBy(() -> PolnearCorpus.read(dir))
        .hasMessage(dir.resolve("text/a.txt") + ": not valid UTF-8");
    Files.write(dir.resolve("text/a.txt"), "\uFEFFBen said no.".getBytes(
        StandardCharsets.UTF_16LE));
    assertThatThrownBy(() -> PolnearCorpus.read(dir)).hasMessageContaining("a.txt")
        .hasMessageContaining("UTF-16").hasMessageContaining("iconv");
  }

  private static List<GoldAttribution> read(Path dir, String text, String ann,
      List<String> notes) throws IOException {
    Files.createDirectories(dir.resolve("text"));
    Files.createDirectories(dir.resolve("attributions"));
    Files.writeString(dir.resolve("text/a.txt"), text, StandardCharsets.UTF_8);
    Files.writeString(dir.resolve("attributions/a_0001.ann"), ann, StandardCharsets.UTF_8);
    return PolnearCorpus.read(dir, notes::add).get(0).attributions();
  }

  private static String failure(Path dir, String text, String ann) throws IOException {
    Files.createDirectories(dir.resolve("text"));
    Files.createDirectories(dir.resolve("attributions"));
    Files.writeString(dir.resolve("text/a.txt"), text, StandardCharsets.UTF_8);
    Files.writeString(dir.resolve("attributions/a_0001.ann"), ann, StandardCharsets.UTF_8);
    try {
      PolnearCorpus.read(dir);
    } catch (IOException e) {
      return e.getMessage();
    }
    throw new AssertionError("no exception for " + ann);
  }
}
