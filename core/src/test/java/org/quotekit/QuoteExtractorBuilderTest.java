package org.quotekit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.quotekit.model.ModelExtractor;
import org.quotekit.rules.CueLexicon;
import org.quotekit.rules.RuleBasedExtractor;
import org.quotekit.spi.Extractor;
import org.quotekit.spi.ExtractorProvider;

/** Which extractors a builder makes, in which order, and where its lexicon calls apply. */
class QuoteExtractorBuilderTest {
  /** "mumble" is not in cues-en.txt: the rules find this quote only when it is added. */
  private static final String MUMBLED = "The senator mumbled that the budget would pass in May.";

  private static Extractor named(String name) {
    return ExtractorFailureTest.extractor(name, a -> List.of());
  }

  private static List<String> names(QuoteExtractor.Builder b) {
    return b.build().extractors().stream().map(Extractor::name).toList();
  }

  @Test
  void theModelRunsOnlyWhenNothingIsChosen() {
    assertThat(names(QuoteExtractor.builder())).containsExactly("model");
  }

  @Test
  void namesRunInTheOrderGiven() {
    assertThat(names(QuoteExtractor.builder().extractors("model", "rules")))
        .containsExactly("model", "rules");
    assertThat(names(QuoteExtractor.builder().extractors("model").extractors("rules")))
        .containsExactly("model", "rules");
  }

  @Test
  void anInstanceAloneReplacesTheDefault() {
    assertThat(names(QuoteExtractor.builder().extractor(named("mine")))).containsExactly("mine");
  }

  @Test
  void namesAndInstancesRunInCallOrder() {
    assertThat(names(QuoteExtractor.builder().extractors("rules").extractor(named("mine"))))
        .containsExactly("rules", "mine");
    assertThat(names(QuoteExtractor.builder().extractor(named("mine")).extractors("rules")))
        .containsExactly("mine", "rules");
    assertThat(names(QuoteExtractor.builder().extractor(named("a")).extractors("model")
        .extractor(named("b")).extractors("rules"))).containsExactly("a", "model", "b", "rules");
  }

  @Test
  void theReadmeVerbFindsAQuoteTheRulesMiss() {
    // the rule patterns read only the lexicon; the default model extractor learned "mumbled"
    assertThat(CueLexicon.englishNews().lemmaOf("mumbled")).isEmpty();
    assertThat(QuoteExtractor.builder().extractors("rules").build().extract(MUMBLED).quotes())
        .isEmpty();
    for (QuoteExtractor.Builder b : List.of(QuoteExtractor.builder().extractors("rules"),
        QuoteExtractor.builder())) {
      Extraction x = b.addReportingVerbs("mumble").build().extract(MUMBLED);
      assertThat(x.quotes()).singleElement().satisfies(q -> {
        assertThat(q.cue()).hasValueSatisfying(c -> assertThat(c.lemma()).isEqualTo("mumble"));
        assertThat(q.content().text()).contains("the budget would pass in May");
      });
    }
  }

  @Test
  void addedVerbsReachTheRulesChosenByNameBesideAnInstance() {
    for (QuoteExtractor.Builder b : List.of(
        QuoteExtractor.builder().extractors("rules").extractor(named("mine")),
        QuoteExtractor.builder().extractor(named("mine")).extractors("rules"))) {
      Extraction x = b.addReportingVerbs("mumble").build().extract(MUMBLED);
      assertThat(x.quotes()).singleElement()
          .satisfies(q -> assertThat(q.extractor()).isEqualTo(RuleBasedExtractor.NAME));
    }
  }

  @Test
  void addedVerbsReachTheModelChosenByName() {
    QuoteExtractor x = QuoteExtractor.builder().extractors("model").addReportingVerbs("mumble")
        .build();
    assertThat(x.extractors()).singleElement().isInstanceOf(ModelExtractor.class);
    assertThat(names(QuoteExtractor.builder().extractors("rules", "model")
        .cueLexicon(CueLexicon.englishNews()))).containsExactly("rules", "model");
  }

  @Test
  void lexiconCallsWithoutALexiconExtractorFailInBuild() {
    QuoteExtractor.Builder verbs = QuoteExtractor.builder().extractor(named("mine"))
        .addReportingVerbs("mumble");
    assertThatThrownBy(verbs::build).isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("addReportingVerbs(\"mumble\") has no effect")
        .hasMessageContaining("chosen: [mine (instance of org.quotekit.ExtractorFailureTest$")
        .hasMessageContaining("extractors(\"rules\")");
    QuoteExtractor.Builder lexicon = QuoteExtractor.builder()
        .extractor(new RuleBasedExtractor()).cueLexicon(CueLexicon.englishNews());
    assertThatThrownBy(lexicon::build).isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("cueLexicon(...) has no effect")
        .hasMessageContaining("[rules (instance of org.quotekit.rules.RuleBasedExtractor)]");
  }

  @Test
  void aNameChosenTwiceFailsNamingIt() {
    assertThatThrownBy(() -> QuoteExtractor.builder().extractors("rules", "rules"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("extractor rules was already chosen: [] then [rules]");
    assertThatThrownBy(() -> QuoteExtractor.builder().extractors("rules").extractors("rules"))
        .hasMessage("extractor rules was already chosen: [rules]");
  }

  @Test
  void twoExtractorsWithOneNameFailInBuild() {
    QuoteExtractor.Builder b = QuoteExtractor.builder().extractors("rules")
        .extractor(new RuleBasedExtractor());
    assertThatThrownBy(b::build).isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("two chosen extractors are named \"rules\"")
        .hasMessageContaining("chosen: [rules, rules (instance of "
            + "org.quotekit.rules.RuleBasedExtractor)]");
    assertThatThrownBy(QuoteExtractor.builder().extractor(named("x")).extractor(named("x"))::build)
        .hasMessageContaining("named \"x\"");
  }

  @Test
  void anUnknownNameListsTheAvailableOnes() {
    assertThatThrownBy(() -> QuoteExtractor.builder().extractors("tweets"))
        .hasMessage("unknown extractor: tweets; available: [uncreatable, rules, model]");
  }

  @Test
  void aProviderThatCannotCreateItsExtractorIsNamedInTheFailure() {
    QuoteExtractor.Builder b = QuoteExtractor.builder().extractors("uncreatable");
    assertThatThrownBy(b::build).isInstanceOf(IllegalStateException.class)
        .hasMessageStartingWith("extractor \"uncreatable\" could not be created: its provider "
            + UncreatableProvider.class.getName() + " threw")
        .hasMessageContaining("no licence file")
        .hasRootCauseInstanceOf(IllegalStateException.class);
  }

  /** A provider found by ServiceLoader (test resources) whose {@code create()} always throws. */
  public static final class UncreatableProvider implements ExtractorProvider {
    @Override
    public String name() {
      return "uncreatable";
    }

    @Override
    public Extractor create() {
      throw new IllegalStateException("no licence file");
    }
  }
}
