package org.quotekit;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * A live blog opens each entry with the time of day ("14:02 Police say ..."): the time says when
 * the entry was filed, as a dateline says where, and is no part of a source or a content, under
 * either built-in extractor.
 */
class LiveBlogTimeTest {

  @ParameterizedTest
  @ValueSource(strings = {"model", "rules"})
  void theTimeOpeningAnEntryIsNoPartOfItsSourceOrContent(String extractors) {
    String text = """
        Storm live: roads reopen

        14:02 Police say the coast road is now open again.

        14:10 "Traffic is moving slowly," a police spokesman said.

        9.45am Mayor Hana Ito said the city would review the junction.

        10:05 GMT: Rescuers said two people were found on the beach.
        """;
    List<Quote> quotes = QuoteExtractor.builder().extractors(extractors).build()
        .extract(Article.of("live", text)).quotes();

    assertThat(quotes).extracting(q -> q.source().map(Span::text).orElse(""))
        .containsExactly("Police", "a police spokesman", "Mayor Hana Ito", "Rescuers");
    assertThat(quotes).extracting(q -> q.content().text()).containsExactly(
        "the coast road is now open again", "Traffic is moving slowly,",
        "the city would review the junction", "two people were found on the beach");
    assertThat(quotes.get(1).type()).isEqualTo(QuoteType.DIRECT);
  }
}
