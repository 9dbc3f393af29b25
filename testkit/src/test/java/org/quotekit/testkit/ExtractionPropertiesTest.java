package org.quotekit.testkit;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.statistics.Statistics;
import org.quotekit.Article;
import org.quotekit.Extraction;
import org.quotekit.Quote;
import org.quotekit.QuoteExtractor;
import org.quotekit.internal.TextNormalizer;

/**
 * Properties of {@link QuoteExtractor#extract(Article)} with the defaults over generated hostile
 * text ({@link HostileText}, which jqwik shrinks to fewer pieces): it never throws, every result
 * keeps the {@link Invariants}, Unicode spaces and invisible characters ({@link
 * HostileText#disguise(String, long)}) hide no quote, and results are the same on every run and on any number of
 * threads sharing one extractor. Tries and sizes are kept small so that the suite stays fast; the
 * fuzz test and the hostile inputs cover size.
 */
class ExtractionPropertiesTest {
  private static final QuoteExtractor EXTRACTOR = QuoteExtractor.builder().build();
  private static final int THREADS = 8;

  /** Texts of up to {@code maxPieces} pieces, shrinking to fewer pieces of the same seed. */
  private static Arbitrary<String> texts(int maxPieces) {
    return Combinators.combine(Arbitraries.longs(), Arbitraries.integers().between(0, maxPieces))
        .as(HostileText::text);
  }

  @Provide
  Arbitrary<String> articles() {
    return texts(120);
  }

  @Provide
  Arbitrary<List<String>> batches() {
    return texts(80).list().ofMinSize(THREADS).ofMaxSize(2 * THREADS);
  }

  @Provide
  Arbitrary<String> blanks() {
    return Arbitraries.of(" ", "\n", "\r\n", "\t", "\u2029", "\u2028", "\u000B", "\f", "\u3000",
        "\u2003", "\u001C", "\u00A0", "\u202F", "\u200B", "\uFEFF", "\u200E", "\u00AD",
        "\u0000", "\u0301").list().ofMaxSize(50).map(l -> String.join("", l));
  }

  @Property(tries = 300)
  void everyExtractionKeepsTheContractAndRepeats(@ForAll("articles") String text) {
    Extraction first = EXTRACTOR.extract(Article.of("p", text));

    Statistics.label("quotes found").collect(first.quotes().isEmpty() ? "none" : "some");
    Invariants.checkExtraction(text, first);
    assertThat(first.warnings()).isEmpty();
    assertThat(EXTRACTOR.extract(Article.of("p", text))).isEqualTo(first);
  }

  @Property(tries = 100)
  void unicodeSpacesAndInvisibleCharactersHideNoQuote(@ForAll("articles") String text,
      @ForAll long seed) {
    String disguised = HostileText.disguise(text, seed);
    Extraction clean = EXTRACTOR.extract(Article.of("p", text));
    Extraction seen = EXTRACTOR.extract(Article.of("p", disguised));

    Invariants.checkExtraction(disguised, seen);
    assertThat(seen.quotes()).hasSameSizeAs(clean.quotes());
    assertThat(seen.claims()).hasSameSizeAs(clean.claims());
    for (int i = 0; i < clean.quotes().size(); i++) {
      Quote q = seen.quotes().get(i);
      Quote c = clean.quotes().get(i);
      assertThat(q.rule()).isEqualTo(c.rule());
      assertThat(analysed(q.content().text())).isEqualTo(analysed(c.content().text()));
      assertThat(q.parts()).hasSameSizeAs(c.parts());
    }
  }

  /** The text as the analysis reads it. */
  private static String analysed(String s) {
    TextNormalizer n = TextNormalizer.of(s);
    return n == null ? s : n.text();
  }

  @Property(tries = 100)
  void blankArticlesGiveAnEmptyExtraction(@ForAll("blanks") String text) {
    assertThat(EXTRACTOR.extract(Article.of("b", text))).isEqualTo(Extraction.empty("b"));
  }

  @Property(tries = 15)
  void eightThreadsSharingOneExtractorGiveTheSameResults(@ForAll("batches") List<String> texts)
      throws Exception {
    List<Extraction> expected = Concurrently.inOrder(texts, 0, EXTRACTOR::extract);
    List<List<Extraction>> runs = Concurrently.map(THREADS, texts, EXTRACTOR::extract,
        Duration.ofMinutes(5));
    assertThat(runs).allSatisfy(run -> assertThat(run).isEqualTo(expected));
  }
}
