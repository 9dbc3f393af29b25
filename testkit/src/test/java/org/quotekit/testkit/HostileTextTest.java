package org.quotekit.testkit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.quotekit.Article;
import org.quotekit.internal.Mojibake;
import org.quotekit.spi.Extractor;

/** The generators of hostile text are reproducible and give what they promise. */
class HostileTextTest {

  @Test
  void theSameSeedGivesTheSameTextAndFewerPiecesAPrefix() {
    String text = HostileText.text(42, 200);
    assertThat(HostileText.text(42, 200)).isEqualTo(text);
    assertThat(text).startsWith(HostileText.text(42, 120)).isNotEqualTo(HostileText.text(43, 200));
    assertThat(HostileText.text(42, 0)).isEmpty();
  }

  @Test
  void theSameSeedGivesTheSameArticles() {
    List<Article> articles = HostileText.articles(7, 30, 100);
    assertThat(articles).hasSize(30).isEqualTo(HostileText.articles(7, 30, 100))
        .isNotEqualTo(HostileText.articles(8, 30, 100));
    assertThat(articles).extracting(Article::id).startsWith("hostile-0", "hostile-1");
  }

  @Test
  void generatedTextHasWhatMakesItHostile() {
    String all = String.join("", HostileText.articles(ContractTestBase.DEFAULT_SEED, 40, 150)
        .stream().map(Article::text).toList());
    assertThat(all).contains("\u201C", "\u00AB", "\"", "said", "\u00A0").containsAnyOf("\u0000",
        "\u200B", "\u200F", "\u202E");
    assertThat(all.chars().anyMatch(c -> Character.isSurrogate((char) c))).isTrue();
  }

  @Test
  void disguiseOnlyInsertsInvisibleCharactersAndSwapsSpaces() {
    String text = "\u201CWe will win,\u201D he said. \uD83D\uDE00 x";
    String disguised = HostileText.disguise(text, 3);
    assertThat(HostileText.disguise(text, 3)).isEqualTo(disguised);
    assertThat(disguised).isNotEqualTo(text).contains("\uD83D\uDE00");
    String back = disguised;
    for (String c : HostileText.INVISIBLE) {
      back = back.replace(c, "");
    }
    for (String c : HostileText.UNICODE_SPACES) {
      back = back.replace(c, " ");
    }
    assertThat(back).isEqualTo(text);
  }

  @Test
  void disguiseMakesNoDamagedUtf8OfAccentedTextAndMarks() {
    // accented letters, marks and no-break spaces a soft hyphen, C1 control or combining mark
    // next to them could turn into a byte sequence the analysis would repair
    String text = "\u00AB\u00A0All\u00E9 e \u00BB, said Ol\u00E9 \u201CE \u0085x\u201D e"
        + " \u00A0\u00BB A  \u00BB Caf\u00E9 \u00A0 na\u00EFve \u00C3 t \u00C2 \u00A0.";
    assertThat(Mojibake.repair(text)).isSameAs(text);
    int changed = 0;
    for (long seed = 0; seed < 300; seed++) {
      String disguised = HostileText.disguise(text, seed);
      changed += disguised.chars().anyMatch(c -> c == '\u00AD' || c >= '\u0300' && c <= '\u036F')
          ? 1 : 0;
      assertThat(Mojibake.repair(disguised)).as("seed %d", seed).isEqualTo(disguised);
    }
    assertThat(changed).as("disguises with a soft hyphen or combining mark").isPositive();
  }

  @ParameterizedTest
  @EnumSource(HostileShape.class)
  void shapesHaveTheLengthAskedFor(HostileShape shape) {
    for (int n : new int[] {0, 1, 7, 2_000, 12_345}) {
      assertThat(shape.text(n)).hasSize(n);
    }
  }

  @Test
  void negativeSizesAreRefused() {
    assertThatThrownBy(() -> HostileShape.SAID.text(-1))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> HostileText.text(1, -1))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> HostileText.articles(1, -1, 3))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void theSeedComesFromTheSystemProperty() {
    ContractTestBase<?, ?> kit = new ExtractorContractTest() {
      @Override
      protected Extractor newExtractor() {
        return new TestPlugins.SentenceQuotes();
      }
    };
    String before = System.getProperty(ContractTestBase.SEED_PROPERTY);
    try {
      System.clearProperty(ContractTestBase.SEED_PROPERTY);
      assertThat(kit.seed()).isEqualTo(ContractTestBase.DEFAULT_SEED);
      System.setProperty(ContractTestBase.SEED_PROPERTY, "12345");
      assertThat(kit.seed()).isEqualTo(12345L);
      System.setProperty(ContractTestBase.SEED_PROPERTY, "random");
      assertThat(kit.seed()).isEqualTo(kit.seed());
      System.setProperty(ContractTestBase.SEED_PROPERTY, "twelve");
      assertThatThrownBy(kit::seed).isInstanceOf(IllegalArgumentException.class)
          .hasMessageContaining("twelve");
    } finally {
      if (before == null) {
        System.clearProperty(ContractTestBase.SEED_PROPERTY);
      } else {
        System.setProperty(ContractTestBase.SEED_PROPERTY, before);
      }
    }
  }

  @Test
  void excerptsEscapeWhatIsNotPrintable() {
    assertThat(ContractTestBase.excerpt("a\"b\n\u0000\u201C")).isEqualTo(
        "\"a\\\"b\\n\\u0000\\u201C\"");
    assertThat(ContractTestBase.excerpt("x".repeat(500))).endsWith("...").hasSize(125);
  }
}
