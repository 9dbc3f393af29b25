package org.quotekit.testkit;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.Example;
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

  /**
   * A sample this property once found (jqwik seed -5861911207009496375): a mixed quote whose
   * reporting frame is quotation marks without a word made the claim extractor cut an empty
   * completion.
   */
  @Example
  void aFrameWithoutWordsCompletesNoClaim() {
    String text = " \u062E\u0617\u0635\u0625\u0653\u0697\u06DF\u202B\u065F\u06CC(!\u300D\u300F"
        + "\u2014 Donald J. Trump (@realDonaldTrump) June 29, 2016\u2FA9\uB8D1\u6015\u800F"
        + "\u7610\u10D9\u4AF9\u46D2 \u300CTrump No. Friday told al-`` according to official"
        + "s.\u201A\u001Bshe\u001B\u00A0\u200B;\uDFEB\uDDCC\uDEC6\u201Btold \u00BBtold "
        + "\u201Ftold \u300Dtold 'told \u301Dtold \u201Btold \u201Etold \u201Atold \u201Eto"
        + "ld 'told \u201Etold \u201Btold \u301Dtold 'told ( \u2039told 'told \u2019told ''"
        + "told \u301Etold ( `told `told \u201Ctold \u00ABtold \u201Ftold \u300Ftold \u2039"
        + "told \u300Dtold 'told ``told \u301Ftold \"told ( \u201Dtold 'told \u300Etold"
        + " \u300Etold ( )\u300E\u300E'\u201D)\"\u301F``'\u300D\u2039\u300F\u201F\u00AB"
        + "\u201C``)\u301E''\u2019'\u2039)'\u301D\u201B\u201E'\u201E\u201A\u201E\u201B"
        + "\u301D'\u300D\u201F\u00BB\u201B";
    Extraction first = EXTRACTOR.extract(Article.of("p", text));
    Invariants.checkExtraction(text, first);
    assertThat(first.warnings()).isEmpty();
  }

  /**
   * The shape of a sample this property once found (CI, seed not kept): a pair of single marks
   * around nothing, after a character the analysis removes, became an empty first part of a
   * quote, which could not be mapped back inside the quote's content.
   */
  @Example
  void marksAroundNothingAfterAnInvisibleCharacterMakeNoEmptyPart() {
    String clean = "The hearing went on. \u2018\u2019, said Ann Lee. \u201EWe will win the vote."
        + "\n\nThe hearing went on. \u2018\u2019 \u2014 Donald J. Trump (@realDonaldTrump)"
        + " June 29, 2016";
    String text = clean.replace(" \u2018", " \u200B\u2018");
    Extraction seen = EXTRACTOR.extract(Article.of("p", text));

    Invariants.checkExtraction(text, seen);
    assertThat(seen.warnings()).isEmpty();
    assertThat(seen.quotes()).hasSameSizeAs(EXTRACTOR.extract(Article.of("p", clean)).quotes());
  }

  /**
   * The shape of a sample this property found (CI, 2026-12-04): an unnamed source that runs past
   * the end of the sentence it starts in (a line separator after "Mr.") made the speaker resolver
   * look for a name in the words between the source's end and that earlier sentence end.
   */
  @Example
  void aSourceRunningPastItsSentenceFailsNoResolver() {
    String text = "according\u300Dabc Mr.\u2028'source \u201Asource \u00ABsource President\n\n"
        + "AmericanU.S.\u00A0SMITH: \u201E\u202FRep.";
    Extraction seen = EXTRACTOR.extract(Article.of("p", text));

    Invariants.checkExtraction(text, seen);
    assertThat(seen.warnings()).isEmpty();
    assertThat(seen.quotes()).isNotEmpty();
  }

  /**
   * The shape of two samples a longer run of this property found (2026-12-06): a token that opens
   * with a comma (",2e") read as the source made the claim extractor look for a clause between
   * that comma and the attribution that starts at it.
   */
  @Example
  void anAttributionOpeningWithACommaCompletesNoClaim() {
    String text = "It is over..,2e said \"a";
    Extraction seen = EXTRACTOR.extract(Article.of("p", text));

    Invariants.checkExtraction(text, seen);
    assertThat(seen.warnings()).isEmpty();
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
