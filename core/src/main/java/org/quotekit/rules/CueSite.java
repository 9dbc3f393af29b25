package org.quotekit.rules;

import static org.quotekit.rules.RuleBasedExtractor.lower;

import java.util.List;
import org.quotekit.spi.Token;

/**
 * A verb cue read in its sentence, as the attribution rules see it: its tokens and tags, and where
 * its content can start once the addressee of a TELL cue, an adjunct between commas ("said, in an
 * interview, that"), "that", a colon or a comma are skipped. Immutable; one per cue.
 *
 * @param ctx the article's attribution context
 * @param hit the cue
 * @param toks the tokens of the cue's sentence
 * @param tags their part-of-speech tags
 * @param pos index of the first token after what follows the cue (may be {@code toks.size()})
 * @param that whether a complementiser "that" stands between the cue and {@code pos}
 * @param quoteFollows whether a quotation opens at {@code pos}
 */
record CueSite(AttributionContext ctx, CueHit hit, List<Token> toks, List<String> tags, int pos,
    boolean that, boolean quoteFollows) {

  /** Reads what follows the cue. */
  static CueSite read(AttributionContext ctx, CueHit hit, List<Token> toks, List<String> tags) {
    EnglishGrammar g = ctx.grammar();
    int pos = hit.last() + 1;
    if (hit.entry().kind() == CueLexicon.Kind.TELL) {
      pos = g.skipObject(toks, tags, pos);
    }
    pos = g.skipCommaAdjunct(toks, tags, pos);
    pos = EnglishGrammar.skipAdjunctBeforeThat(toks, tags, pos);
    boolean that = false;
    if (pos < toks.size() && lower(toks.get(pos).text()).equals("that")
        && !EnglishGrammar.isSubjectThat(tags, pos)) {
      that = true;
      pos++;
    }
    if (pos < toks.size() && (toks.get(pos).text().equals(":")
        || toks.get(pos).text().equals(","))) {
      pos++;
    }
    boolean quoteFollows = pos < toks.size()
        && ctx.quotationOpeningAt(toks.get(pos).start()) >= 0;
    return new CueSite(ctx, hit, toks, tags, pos, that, quoteFollows);
  }

  /** Index of the cue's first token. */
  int first() {
    return hit.first();
  }

  /** Index of the cue's last token. */
  int last() {
    return hit.last();
  }

  /** Offset of the cue's first character. */
  int cueStart() {
    return toks.get(hit.first()).start();
  }

  /** The shared grammar. */
  EnglishGrammar grammar() {
    return ctx.grammar();
  }

  /** The article text. */
  String text() {
    return ctx.text();
  }
}
