package org.quotekit.eval;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
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
