package org.quotekit.examples.tweets;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.quotekit.Extraction;
import org.quotekit.Quote;
import org.quotekit.QuoteExtractor;
import org.quotekit.QuoteType;
import org.quotekit.Span;

/** What the tweet extractor finds, alone and next to the rule-based extractor. */
class EmbeddedTweetExtractorTest {
  static final String ARTICLE = """
      The mayor answered her critics on Twitter within the hour.

      The new bus lanes will save riders ten minutes a day. The numbers are clear. \
      pic.twitter.com/Xy12Ab \u2014 Ana Ortiz (@MayorOrtiz) March 4, 2025

      <tweet id="1" author="@greghall">Ten minutes? Ask the shop owners on Elm.https://t.co/q9 \
      \u2014 Greg Hall (@greghall) March 4, 2025</tweet>

      A reader wrote to us (@ the newsroom) on May 5, 2025 \u2014 not a tweet.
      """;

  private static final QuoteExtractor TWEETS = QuoteExtractor.builder().extractors("tweets")
      .build();

  @Test
  void findsEachTweetWithItsAuthorAndWithoutLinksOrTags() {
    Extraction x = TWEETS.extract(ARTICLE);

    assertThat(x.quotes()).extracting(q -> q.content().text()).containsExactly(
        "The new bus lanes will save riders ten minutes a day. The numbers are clear.",
        "Ten minutes? Ask the shop owners on Elm.");
    assertThat(x.quotes()).extracting(q -> q.source().map(Span::text).orElse(null))
        .containsExactly("Ana Ortiz", "Greg Hall");
    assertThat(x.quotes()).allSatisfy(q -> {
      assertThat(q.type()).isEqualTo(QuoteType.DIRECT);
      assertThat(q.extractor()).isEqualTo(EmbeddedTweetExtractor.NAME);
      assertThat(q.rule()).isEqualTo(EmbeddedTweetExtractor.RULE);
      assertThat(q.cue()).hasValueSatisfying(c -> assertThat(c.lemma()).isEqualTo("tweet"));
    });
    assertThat(x.speakers()).extracting(s -> s.name()).contains("Ana Ortiz", "Greg Hall");
  }

  @Test
  void anAtSignWithoutHandleOrDateIsNotASignature() {
    assertThat(TWEETS.extract("Write to us \u2014 Desk (@desk) any time.").quotes()).isEmpty();
    assertThat(TWEETS.extract("Hi \u2014 Desk (@) May 1, 2020").quotes()).isEmpty();
    assertThat(TWEETS.extract("Hi \u2014 Desk (@a_handle_far_too_long) May 1, 2020").quotes())
        .isEmpty();
    assertThat(TWEETS.extract("No dash here. Desk (@desk) May 1, 2020").quotes()).isEmpty();
  }

  @Test
  void signaturesWithoutTextGiveNoQuote() {
    assertThat(TWEETS.extract("\u2014 A (@a) May 1, 2020 \u2014 B (@b) May 2, 2020").quotes())
        .isEmpty();
    assertThat(TWEETS.extract("\u2014 A (@a) May 1, 2020\nText after it.").quotes()).isEmpty();
  }

  @Test
  void runsNextToTheRuleBasedExtractorThroughServiceLoader() {
    QuoteExtractor both = QuoteExtractor.builder().extractors("rules", "tweets").build();
    String text = "\u201CWe will not stop,\u201D the mayor said.\n\n" + ARTICLE;

    List<Quote> quotes = both.extract(text).quotes();

    assertThat(quotes).extracting(Quote::extractor).contains("rules", "tweets");
    assertThat(quotes).filteredOn(q -> q.extractor().equals("tweets")).hasSize(2);
  }
}
