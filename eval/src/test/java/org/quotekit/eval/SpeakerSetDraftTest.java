package org.quotekit.eval;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.quotekit.Span;

/** How a new blind speaker set is drafted: which articles, which rows, which files. */
class SpeakerSetDraftTest {

  /**
   * An article of {@code sourced} attributions with a source and a cue, plus one without a source
   * and one without a cue, which are no rows.
   */
  private static GoldArticle article(String id, int sourced) {
    StringBuilder text = new StringBuilder();
    List<GoldAttribution> attributions = new ArrayList<>();
    for (int i = 0; i <= sourced + 1; i++) {
      int source = text.length();
      text.append("Ada Brill said the port was open. ");
      String t = text.toString();
      List<Span> who = i == sourced ? List.of() : List.of(Span.of(t, source, source + 9));
      List<Span> cue = i == sourced + 1 ? List.of() : List.of(Span.of(t, source + 10,
          source + 14));
      attributions.add(new GoldAttribution("E" + (sourced + 1 - i), List.of(Span.of(t,
          source + 15, source + 32)), cue, who));
    }
    return new GoldArticle(id, text.toString(), attributions);
  }

  @Test
  void rowsAreTheAttributionsWithASourceAndACueInTextOrder() {
    List<SpeakerSetDraft.Row> rows = SpeakerSetDraft.rows(article("nyt_a", 3));
    assertThat(rows).hasSize(3);
    assertThat(rows).extracting(r -> r.source().text()).containsOnly("Ada Brill");
    assertThat(rows).extracting(r -> r.content().start()).isSorted();
  }

  @Test
  void aSetTakesUnusedArticlesOfTheRightSizeOnePerPublisherFirst() {
    List<GoldArticle> articles = new ArrayList<>();
    for (String publisher : List.of("nyt", "politico", "breitbart")) {
      for (int k = 0; k < 4; k++) {
        articles.add(article(publisher + "_" + k, 12));
      }
    }
    articles.add(article("nyt_small", SpeakerSetDraft.MIN_ROWS - 1));
    articles.add(article("nyt_large", SpeakerSetDraft.MAX_ROWS + 1));

    List<String> chosen = SpeakerSetDraft.choose(articles, Set.of("nyt_0"), 7, 2);
    assertThat(chosen).hasSize(6).doesNotContain("nyt_0", "nyt_small", "nyt_large");
    assertThat(chosen.subList(0, 3)).extracting(id -> id.substring(0, id.indexOf('_')))
        .containsExactlyInAnyOrder("nyt", "politico", "breitbart");
    assertThat(chosen).filteredOn(id -> id.startsWith("nyt_")).hasSize(2);
    // the order is the MD5 order: the same every time, chosen by no one
    assertThat(SpeakerSetDraft.choose(articles, Set.of("nyt_0"), 7, 2)).isEqualTo(chosen);
    assertThatThrownBy(() -> SpeakerSetDraft.choose(articles, Set.of(), 0, 2))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void theDraftsDealTheArticlesToTheAnnotatorsInTurn(@TempDir Path dir) throws IOException {
    Path speakers = Files.createDirectory(dir.resolve("speakers"));
    Files.writeString(speakers.resolve("old.tsv"), "# a comment\nnyt_0\t1\t2\t3\t4\t5\t6\tname"
        + "\tdevelop\tAda Brill\n", StandardCharsets.UTF_8);
    assertThat(SpeakerSetDraft.used(speakers)).containsExactly("nyt_0");

    List<GoldArticle> articles = List.of(article("nyt_1", 10), article("wapo_1", 11),
        article("usa_1", 12));
    List<String> chosen = List.of("nyt_1", "wapo_1", "usa_1");
    SpeakerSetDraft.write(articles, chosen, 2, dir.resolve("out"));

    List<String> first = Files.readAllLines(dir.resolve("out/draft1.tsv"));
    List<String> second = Files.readAllLines(dir.resolve("out/draft2.tsv"));
    assertThat(first.get(0)).isEqualTo(SpeakerSetDraft.HEADER);
    assertThat(first).hasSize(1 + 10 + 12);
    assertThat(second).hasSize(1 + 11);
    assertThat(second.get(1).split("\t")).hasSize(10).startsWith("wapo_1")
        .contains("?", "develop");
    assertThat(Files.readString(dir.resolve("out/context2.txt"))).contains("<< Ada Brill >>");
  }
}
