package org.quotekit.resolve;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.quotekit.Cue;
import org.quotekit.Quote;
import org.quotekit.QuoteType;
import org.quotekit.Span;

class QuoteIndexTest {

  private static final String TEXT = "x".repeat(300);

  /** Random quotes of one or two pieces, most with a cue, some overlapping or nested. */
  private static List<Quote> quotes(Random random) {
    List<Quote> quotes = new ArrayList<>();
    for (int k = random.nextInt(25); k > 0; k--) {
      int start = random.nextInt(250);
      int end = start + 1 + random.nextInt(random.nextInt(8) == 0 ? 45 : 12);
      List<Span> parts = random.nextBoolean() || end - start < 3
          ? List.of(Span.of(TEXT, start, end))
          : List.of(Span.of(TEXT, start, start + 1), Span.of(TEXT, end - 1, end));
      int cueAt = random.nextInt(295);
      Cue cue = random.nextInt(4) == 0 ? null : new Cue(Span.of(TEXT, cueAt, cueAt + 4), "say");
      quotes.add(new Quote("q" + k, QuoteType.DIRECT, Span.of(TEXT, start, end), parts, cue,
          null, null, 0.5, "test", "test"));
    }
    return quotes;
  }

  @Test
  void answersAsReadingEveryQuoteWould() {
    Random random = new Random(49);
    for (int round = 0; round < 300; round++) {
      List<Quote> quotes = quotes(random);
      QuoteIndex index = new QuoteIndex(quotes);
      for (int q = 0; q < 40; q++) {
        int start = random.nextInt(290);
        Span span = Span.of(TEXT, start, start + random.nextInt(10));
        assertThat(index.contentOverlaps(span))
            .isEqualTo(quotes.stream().anyMatch(x -> x.content().overlaps(span)));
        assertThat(index.cueStartsIn(span)).isEqualTo(quotes.stream().anyMatch(x -> x.cue()
            .map(c -> c.span().start() >= span.start() && c.span().start() < span.end())
            .orElse(false)));
        int from = random.nextInt(290);
        int to = from + random.nextInt(4);
        assertThat(index.firstPartStartingIn(from, to)).containsExactlyElementsOf(quotes.stream()
            .filter(x -> x.parts().get(0).start() >= from && x.parts().get(0).start() <= to)
            .sorted(java.util.Comparator.comparingInt(x -> x.parts().get(0).start()))
            .toList());
      }
    }
  }
}
