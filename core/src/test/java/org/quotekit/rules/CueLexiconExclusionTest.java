package org.quotekit.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.quotekit.Extraction;
import org.quotekit.Quote;
import org.quotekit.QuoteExtractor;

/** The negative patterns of a cue lexicon: parsed from data, extended by users, applied. */
class CueLexiconExclusionTest {

  @Test
  void theEnglishPresetCarriesItsExclusionsAsData() {
    List<CueLexicon.Exclusion> ex = CueLexicon.englishNews().exclusions();
    assertThat(ex).extracting(CueLexicon.Exclusion::lemma)
        .contains("*", "see", "know", "continue", "speak");
    CueLexicon.Exclusion up = ex.stream().filter(e -> e.lemma().equals("*")).findFirst()
        .orElseThrow();
    assertThat(up.next()).containsExactly("up");
    assertThat(up.except()).containsExactly("speak");
    assertThat(up.unquotedOnly()).isFalse();
  }

  @Test
  void parsesEveryPartOfAPattern() {
    CueLexicon l = CueLexicon.parse("verb grumble\nnot grumble in|at unless of|about unquoted\n",
        "test");
    CueLexicon.Exclusion e = l.exclusions().get(0);
    assertThat(e.lemma()).isEqualTo("grumble");
    assertThat(e.next()).containsExactlyInAnyOrder("in", "at");
    assertThat(e.unless()).containsExactlyInAnyOrder("of", "about");
    assertThat(e.except()).isEmpty();
    assertThat(e.unquotedOnly()).isTrue();
  }

  @Test
  void malformedPatternsNameTheirLine() {
    assertThatThrownBy(() -> CueLexicon.parse("verb say\nnot say\n", "mine.txt"))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("mine.txt:2");
    assertThatThrownBy(() -> CueLexicon.parse("not say up whenever down\n", "mine.txt"))
        .hasMessageContaining("mine.txt:1").hasMessageContaining("whenever");
    assertThatThrownBy(() -> CueLexicon.parse("not say up except tell\n", "mine.txt"))
        .hasMessageContaining("except needs the lemma *");
    assertThatThrownBy(() -> CueLexicon.englishNews().withExclusions("say"))
        .hasMessageContaining("exclusion \"say\"");
  }

  @Test
  void excludedCueGivesNoQuoteAndAUserPatternExtendsThePreset() {
    String text = "The governor wrote off the plan as a failure that would cost the state.";
    QuoteExtractor plain = QuoteExtractor.builder().extractors(RuleBasedExtractor.NAME).build();
    assertThat(rules(plain.extract(text))).isNotEmpty();
    QuoteExtractor extended = QuoteExtractor.builder().extractors(RuleBasedExtractor.NAME)
        .cueLexicon(CueLexicon.englishNews().withExclusions("write off")).build();
    assertThat(rules(extended.extract(text))).isEmpty();
  }

  @Test
  void theUnlessWordsKeepTheCue() {
    QuoteExtractor extractor =
        QuoteExtractor.builder().extractors(RuleBasedExtractor.NAME).build();
    assertThat(rules(extractor.extract(
        "The senator spoke in Ohio on Monday, and the crowd cheered."))).isEmpty();
    assertThat(rules(extractor.extract(
        "The senator spoke in Ohio of the need to rebuild the bridges before winter.")))
        .isNotEmpty();
  }

  @Test
  void speakingOnConditionOfAnonymityOrKnownByANameReportsNothing() {
    QuoteExtractor model = QuoteExtractor.builder().build();
    assertThat(model.extract("A Kenyan diplomat, speaking on condition of anonymity because the"
        + " ceasefire terms were still secret, said the envoys would land on Thursday.")
        .quotes()).extracting(q -> q.cue().orElseThrow().span().text()).containsExactly("said");
    assertThat(model.extract("The province's bus operator, known by its Portuguese acronym TPLM,"
        + " said that fares would not change.").quotes()).extracting(q -> q.cue().orElseThrow()
        .span().text()).containsExactly("said");
  }

  @Test
  void anUnquotedPatternSparesACueWhoseQuotationStandsBeforeIt() {
    QuoteExtractor extractor = QuoteExtractor.builder().extractors(RuleBasedExtractor.NAME)
        .cueLexicon(CueLexicon.englishNews().withExclusions("say to unquoted")).build();
    assertThat(rules(extractor.extract(
        "The minister said to the assembled crowd that taxes would fall next year."))).isEmpty();
    assertThat(rules(extractor.extract(
        "\u201CTaxes will fall next year,\u201D the minister said to the crowd.")))
        .extracting(Quote::rule).containsExactly(AttributionRule.DIRECT_CUE_AFTER.id());
  }

  private static List<Quote> rules(Extraction e) {
    return e.quotes().stream().filter(q -> q.extractor().equals(RuleBasedExtractor.NAME))
        .toList();
  }
}
