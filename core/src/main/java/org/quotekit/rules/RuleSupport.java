package org.quotekit.rules;

import java.util.List;
import java.util.function.Consumer;
import org.quotekit.spi.QuoteRegion;

/**
 * What every attribution rule class works with on one article: the context, the shared grammar,
 * the text and the outermost quotations. Not thread-safe: one instance per article or cue.
 */
abstract class RuleSupport {
  final AttributionContext ctx;
  final EnglishGrammar g;
  final String text;
  final List<QuoteRegion> top;

  RuleSupport(AttributionContext ctx) {
    this.ctx = ctx;
    this.g = ctx.grammar();
    this.text = ctx.text();
    this.top = ctx.quotations();
  }

  /** A named stage that runs a rule over the whole article. Immutable and thread-safe. */
  record SimpleStage(String name, Consumer<AttributionContext> body) implements AttributionStage {
    @Override
    public void run(AttributionContext context) {
      body.accept(context);
    }
  }
}
