package org.quotekit.cli;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.quotekit.Article;
import org.quotekit.Claim;
import org.quotekit.Cue;
import org.quotekit.Extraction;
import org.quotekit.Quote;
import org.quotekit.QuoteExtractor;
import org.quotekit.QuoteType;
import org.quotekit.Span;
import org.quotekit.Speaker;
import org.quotekit.SpeakerKind;
import org.quotekit.Stance;

class HtmlWriterTest {
  private static final String ARTICLE = "<article id=\"text\">";

  private static String article(String page) {
    return HtmlText.inner(page, ARTICLE);
  }

  private static int partCount(Extraction e) {
    return e.quotes().stream().mapToInt(q -> q.parts().size()).sum();
  }

  @Test
  void bundledArticleKeepsItsTextAndMarksEachPartOnce() throws IOException {
    String text = Files.readString(Path.of("../../testdata/articles/mawazine-iraq-coalition.txt"),
        UTF_8);
    Extraction e = QuoteExtractor.builder().build().extract(Article.of("mawazine", text));
    assertThat(e.quotes()).isNotEmpty();

    String page = HtmlWriter.page(text, e);

    assertThat(HtmlText.textContent(article(page))).isEqualTo(text);
    assertThat(HtmlText.startTags(article(page), "<mark ")).hasSize(partCount(e));
    HtmlText.assertNested(article(page));
    HtmlText.assertNested(page.substring(page.indexOf("<body>"), page.indexOf("</html>")));
    for (Speaker s : e.speakers()) {
      StringBuilder name = new StringBuilder();
      HtmlWriter.text(name, s.name());
      assertThat(page).contains("<bdi class=\"name\">" + name + "</bdi>");
    }
  }

  @Test
  void escapesHostileTextAndKeepsItExactly() {
    String text = "<script>alert('x & y')</script>\r\n\"Tom & Jerry\" <b>said</b> it.\r\n"
        + "\u202Eevil\u202C \uD83D\uDE00 &amp; </article> \u00A0 ]]> <!-- -->";
    Span part = Span.of(text, 0, 31);
    Quote q = new Quote("Q1", QuoteType.DIRECT, part, List.of(part),
        new Cue(Span.of(text, 47, 51), "say"), Span.of(text, 33, 44), "S1", 0.5, "rules",
        "r<&>\"'");
    Speaker s = new Speaker("S1", "\"><script>x()</script>", SpeakerKind.PERSON, List.of(),
        List.of(), List.of(Span.of(text, 33, 44)));
    Extraction e = new Extraction("a<b>&\"c", List.of(q), List.of(s), List.of(), List.of());

    String page = HtmlWriter.page(text, e);

    assertThat(HtmlText.textContent(article(page))).isEqualTo(text);
    assertThat(page).containsOnlyOnce("<script>").containsOnlyOnce("</script>");
    assertThat(page).doesNotContain("<b>said").doesNotContain("</article> ")
        .doesNotContain("\r");
    assertThat(page).contains("rule: r&lt;&amp;&gt;&quot;&#39;");
    assertThat(page).contains("&quot;&gt;&lt;script&gt;x()&lt;/script&gt;");
    HtmlText.assertNested(page.substring(page.indexOf("<body>"), page.indexOf("</html>")));
  }

  @Test
  void nestsCuesAndSourcesThatCrossQuoteParts() {
    String text = "\"We tried,\" said Ann Lee of Acme, \"and it failed.\" Done.";
    int second = text.indexOf("\"and");
    int done = text.indexOf("Done");
    Span p1 = Span.of(text, 0, text.indexOf(" said"));
    Span p2 = Span.of(text, second, done - 1);
    // A source from inside the first part to after the cue, and a cue inside the second part
    // that belongs to another quote.
    Quote q1 = new Quote("Q1", QuoteType.DIRECT, Span.of(text, 0, p2.end()), List.of(p1, p2),
        new Cue(Span.of(text, text.indexOf("said"), text.indexOf("said") + 4), "say"),
        Span.of(text, text.indexOf("tried"), text.indexOf(" of")), "S1", 0.9, "rules", "r1");
    Span fa = Span.of(text, text.indexOf("failed"), text.indexOf("failed") + 2);
    Quote q2 = new Quote("Q2", QuoteType.DIRECT, Span.of(text, done, done + 4),
        List.of(Span.of(text, done, done + 4)), new Cue(fa, "x"), null, null, 0.2, "tweets", "t");
    Speaker s = new Speaker("S1", "Ann Lee", SpeakerKind.PERSON, List.of(), List.of(),
        List.of(Span.of(text, text.indexOf("Ann"), text.indexOf(" of"))));
    Claim c = new Claim("c1", "It failed.", "Q1", "S1", "say", Stance.ASSERTS, false, List.of(),
        List.of(Span.of(text, text.indexOf("it"), text.indexOf("."))));
    Extraction e = new Extraction("t", List.of(q1, q2), List.of(s), List.of(c), List.of());

    String page = HtmlWriter.page(text, e);
    String article = article(page);

    assertThat(HtmlText.textContent(article)).isEqualTo(text);
    HtmlText.assertNested(article);
    assertThat(HtmlText.startTags(article, "<mark ")).hasSize(3);
    assertThat(HtmlText.startTags(article, "<mark class=\"quote c0\"")).hasSize(2);
    assertThat(HtmlText.startTags(article, "<mark class=\"quote cx\"")).hasSize(1);
    // The source is cut at the end of the first part and around the cue: four pieces.
    assertThat(HtmlText.startTags(article, "<u class=\"source\"")).hasSize(4);
    assertThat(article).contains("<mark class=\"quote c0\" id=\"quote-Q1\" data-quote=\"Q1\"");
    assertThat(article).contains("\"We <u class=\"source\" title=\"source of Q1\">tried,\"</u>"
        + "</mark><u class=\"source\" title=\"source of Q1\"> </u><u class=\"source\""
        + " title=\"source of Q1\"><b class=\"cue\" title=\"cue of Q1\">said</b></u>");
    assertThat(article).contains("and it <b class=\"cue\" title=\"cue of Q2\">fa</b>iled");
    assertThat(page).contains("It failed.</li>").contains("No speaker");
  }

  @Test
  void replacesWhatHtmlCannotCarry() {
    String text = "a\u0000b\uD800c";
    String page = HtmlWriter.page(text, Extraction.empty("t"));
    assertThat(HtmlText.textContent(article(page))).isEqualTo("a\uFFFDb\uFFFDc");
  }

  @Test
  void tooltipNamesTypeConfidenceRuleAndExtractor() {
    String text = "\"Yes,\" she said.";
    Extraction e = QuoteExtractor.builder().build().extract(Article.of("t", text));
    Quote q = e.quotes().get(0);
    assertThat(HtmlWriter.tooltip(q, e)).contains("direct quote", "confidence: ",
        "rule: " + q.rule(), "extractor: model");
  }
}
