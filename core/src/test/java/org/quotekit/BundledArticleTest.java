package org.quotekit;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.quotekit.rules.RuleBasedExtractor;

/**
 * End to end on the article QuoteKit was first specified with: every attribution listed in the
 * team's hand annotation ({@code .expected.tsv} beside the article, written as the behaviour of
 * the rule-based extractor) is found by the {@code rules} extractor with its cue, source mention
 * and type, and nothing is found in the comment widget after the article.
 */
class BundledArticleTest {
  private static final Path DIR = Path.of("..", "testdata", "articles");
  private static final String NAME = "mawazine-iraq-coalition";
  /** The annotation is the behaviour of the rule-based extractor (its header says so). */
  private static final QuoteExtractor RULES =
      QuoteExtractor.builder().extractors(RuleBasedExtractor.NAME).build();

  record Expected(String cue, String source, QuoteType type, String contentStart) {}

  @Test
  void findsEveryAnnotatedAttribution() throws IOException {
    String text = Files.readString(DIR.resolve(NAME + ".txt"), StandardCharsets.UTF_8);
    Extraction result = RULES.extract(Article.of(NAME, text));
    List<Expected> expected = readExpected(DIR.resolve(NAME + ".expected.tsv"));
    List<Quote> remaining = new ArrayList<>(result.quotes());
    for (Expected e : expected) {
      Quote match = remaining.stream()
          .filter(q -> q.cue().map(c -> c.span().text()).orElse("").equals(e.cue()))
          .filter(q -> joined(q).startsWith(e.contentStart()))
          .findFirst().orElse(null);
      assertThat(match).as("quote with cue '%s' starting '%s' among %s", e.cue(),
          e.contentStart(), result.quotes()).isNotNull();
      assertThat(match.source().map(Span::text).orElse("")).as("source of %s", match)
          .isEqualTo(e.source());
      assertThat(match.type()).as("type of %s", match).isEqualTo(e.type());
      remaining.remove(match);
    }
    int comments = text.indexOf("No comments");
    assertThat(result.quotes()).allSatisfy(q -> assertThat(q.content().end())
        .isLessThanOrEqualTo(comments));
  }

  @Test
  void everyQuoteOfTheEnvoyEndsOnOneSpeakerAndNobodyElseIsMergedIntoHim() throws IOException {
    String text = Files.readString(DIR.resolve(NAME + ".txt"), StandardCharsets.UTF_8);
    Extraction result = RULES.extract(Article.of(NAME, text));
    List<String> envoySources = List.of("the American envoy to the international coalition",
        "Ian McCarry", "The American official", "Makari", "he");
    Set<String> envoyIds = result.quotes().stream()
        .filter(q -> envoySources.contains(q.source().map(Span::text).orElse("")))
        .map(q -> q.speakerId().orElse("none")).collect(Collectors.toSet());
    assertThat(envoyIds).as("speakers of the envoy's quotes").hasSize(1).doesNotContain("none");
    Speaker envoy = result.speaker(envoyIds.iterator().next()).orElseThrow();
    assertThat(envoy.name()).isEqualTo("Ian McCarry");
    assertThat(envoy.kind()).isEqualTo(SpeakerKind.PERSON);
    assertThat(envoy.aliases()).contains("Makari");
    assertThat(envoy.roles()).contains("the American envoy to the international coalition",
        "The American official");
    assertThat(result.quotes().stream().filter(q -> q.speakerId().orElse("").equals(envoy.id())))
        .hasSize(10);
    for (String other : List.of("Rasool", "Nujaba", "Washington", "Prime Minister")) {
      assertThat(envoy.mentions()).noneSatisfy(m -> assertThat(m.text()).contains(other));
      Speaker s = result.speakers().stream()
          .filter(x -> x.mentions().stream().anyMatch(m -> m.text().contains(other)))
          .findFirst().orElseThrow(() -> new AssertionError("no speaker for " + other));
      assertThat(s.id()).as(other).isNotEqualTo(envoy.id());
    }
  }

  private static String joined(Quote q) {
    return q.parts().stream().map(Span::text).collect(Collectors.joining(" "));
  }

  private static List<Expected> readExpected(Path file) throws IOException {
    List<Expected> out = new ArrayList<>();
    for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
      if (line.isBlank() || line.startsWith("#")) {
        continue;
      }
      String[] f = line.split("\t", -1);
      out.add(new Expected(f[0], f[1], QuoteType.valueOf(f[2]), f[3]));
    }
    return out;
  }
}
