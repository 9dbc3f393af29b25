package org.quotekit.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.quotekit.Extraction;
import org.quotekit.Quote;
import org.quotekit.QuoteExtractor;
import org.quotekit.Span;

/** Runs every example that the attribution rules carry. */
class AttributionRuleExamplesTest {
  private static final QuoteExtractor EXTRACTOR =
      QuoteExtractor.builder().extractors(RuleBasedExtractor.NAME).build();

  static Stream<Arguments> examples() {
    return Stream.of(AttributionRule.values()).flatMap(rule -> rule.examples().stream()
        .map(example -> Arguments.of(rule, example)));
  }

  @ParameterizedTest(name = "{0}: {1}")
  @MethodSource("examples")
  void ruleFindsWhatItsExampleSays(AttributionRule rule, AttributionRule.Example example) {
    Extraction result = EXTRACTOR.extract(example.text());
    List<Quote> byRule = result.quotes().stream().filter(q -> q.rule().equals(rule.id()))
        .toList();
    if (!example.positive()) {
      assertThat(byRule).as("quotes of rule %s", rule.id()).isEmpty();
      return;
    }
    assertThat(byRule).as("quotes of rule %s in %s (all: %s)", rule.id(), example.text(),
        result.quotes()).isNotEmpty();
    Quote q = byRule.get(0);
    String content = q.parts().stream().map(Span::text).collect(Collectors.joining(" | "));
    assertThat(content).isEqualTo(example.content());
    assertThat(q.source().map(Span::text).orElse(null)).isEqualTo(example.source());
    assertThat(q.cue().map(c -> c.span().text()).orElse(null)).isEqualTo(example.cue());
  }
}
