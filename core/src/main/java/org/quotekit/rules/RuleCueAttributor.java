package org.quotekit.rules;

import static org.quotekit.rules.EnglishGrammar.QUOTE_OPENERS;
import static org.quotekit.rules.RuleBasedExtractor.lower;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.quotekit.Span;
import org.quotekit.internal.PassiveHearers;
import org.quotekit.spi.QuoteCandidate;
import org.quotekit.spi.Token;

/**
 * The rule-based {@link CueAttributor}: tries the attribution patterns of {@link AttributionRule}
 * on a cue in the order that makes them agree. A quotation just before the cue
 * ({@link DirectCueAfterRule}) wins; then an inverted cue takes the clause before it
 * ({@link IndirectCueAfterRule}); then a quotation after the cue ({@link DirectCueBeforeRule});
 * then the reported clause after it ({@link IndirectAfterCueRule}, {@link ParticipleRule}).
 * Prepositional cues are {@link AccordingToRule}'s. Stateless and thread-safe.
 */
final class RuleCueAttributor implements CueAttributor {
  static final RuleCueAttributor INSTANCE = new RuleCueAttributor();

  private static final Set<String> LEADING_PREPOSITIONS = Set.of("of", "about", "on", "for",
      "against", "over", "with");

  /** Prepositions that before a number say how many, no topic ("over 70 per cent"). */
  private static final Set<String> APPROXIMATORS = Set.of("about", "over");

  private RuleCueAttributor() {}

  @Override
  public Optional<QuoteCandidate> attribute(AttributionContext ctx, CueHit hit,
      Span previousSource) {
    return Optional.ofNullable(switch (hit.entry().kind()) {
      case VERB, TELL -> verbCue(ctx, hit, previousSource);
      case PREP -> AccordingToRule.match(ctx, hit);
      case NOUN -> null;
    });
  }

  private static QuoteCandidate verbCue(AttributionContext ctx, CueHit hit, Span lastSource) {
    EnglishGrammar g = ctx.grammar();
    List<Token> toks = ctx.article().tokens(hit.sentence());
    List<String> tags = ctx.article().tags(hit.sentence());
    int f = hit.first();
    int l = hit.last();
    int cueStart = toks.get(f).start();
    if (EnglishGrammar.isNounUse(toks, tags, f) && !(l + 1 < toks.size()
        && (lower(toks.get(l + 1).text()).equals("that")
            || QUOTE_OPENERS.contains(toks.get(l + 1).text())
            || toks.get(l + 1).text().equals(":") && l + 2 < toks.size()
            && QUOTE_OPENERS.contains(toks.get(l + 2).text())))) {
      // "Editor's note:", "the pledged delegates": the cue word is a noun or adjective here
      // (but "Trump's claim that ..." and "this finding: \"...\"" report what was said).
      return null;
    }
    if (ctx.lexicon().excludes(hit.lemma(), toks, l, true)) {
      return null; // the lexicon's negative patterns: "showed up", "is seen as", "known as"
    }
    if (!g.isVerbLike(toks, tags, f, l) && g.regionBefore(cueStart, toks, tags) < 0) {
      return null; // a mistagged cue right after a quotation still counts: "...?" a man asks.
    }
    CueSite site = CueSite.read(ctx, hit, toks, tags);

    // 1. A quotation closes just before the attribution: "...," X said / "...," said X.
    QuoteCandidate direct = DirectCueAfterRule.match(site);
    if (direct != null) {
      return direct;
    }
    if (ctx.lexicon().excludes(hit.lemma(), toks, l, false)) {
      // The lexicon's "unquoted" negative patterns: "continues to run the best campaign" is
      // aspect, not speech; "spoke in Phoenix on Wednesday" says where, not what.
      return null;
    }
    boolean participle = ParticipleRule.continuesPrevious(site, lastSource);
    if (l + 1 < toks.size() && lower(toks.get(l + 1).text()).equals("by")
        && lower(toks.get(f).text()).endsWith("ed")) {
      return null; // "mentioned by the moderators", "signed by Brazile": a passive, no speaker
    }
    boolean reduced = EnglishGrammar.reducedPassive(toks, tags, f, l + 1);
    if (!participle && !site.that() && !site.quoteFollows() && !reduced
        && g.isInverted(toks, tags, f, l)) {
      return IndirectCueAfterRule.match(site, null); // "..., said Tom Reid, an economist."
    }
    Span source = participle ? lastSource : subject(site);
    Span agent = participle ? null : PassiveHearers.agent(ctx.text(), toks, tags, f, l);
    if (agent != null) {
      source = agent; // "Workers were told by managers that ...": the subject only heard it
    }
    if (source == null) {
      source = ParticipleRule.sharedSubject(site); // "Graham called it crazy and said ..."
      participle = source != null;
    }

    // 2. A quotation or reported clause follows the cue.
    int pos = site.pos();
    // Cue and a few words ending the paragraph with a colon ("X said:", "X said on Monday:"):
    // the speech opens the next paragraph.
    QuoteCandidate next = DirectCueBeforeRule.nextParagraph(site, source);
    if (next != null) {
      return next;
    }
    if (pos >= toks.size()) {
      return IndirectCueAfterRule.match(site, source);
    }
    if (pos + 1 < toks.size() && tags.get(pos).equals("ADP")
        && LEADING_PREPOSITIONS.contains(lower(toks.get(pos).text()))
        && !(APPROXIMATORS.contains(lower(toks.get(pos).text()))
            && (tags.get(pos + 1).equals("NUM")
                || Character.isDigit(toks.get(pos + 1).text().charAt(0))))) {
      pos++; // "spoke about the plan": the content is what follows the preposition; but "said
      // over 70 per cent of clothes were imported" keeps the word that says how many
    }
    QuoteCandidate quoted = DirectCueBeforeRule.match(site, pos, source);
    if (quoted != null) {
      return quoted;
    }
    if (source == null && f > 0 && toks.get(f - 1).text().equals(",")) {
      // "..., said the spokesman." with the content before.
      return IndirectCueAfterRule.match(site, null);
    }
    if (!site.that() && source != null && !participle
        && EnglishGrammar.followsComma(toks, source)
        && (!EnglishGrammar.hasVerbBeforeComma(toks, tags, pos)
        || pos > 0 && toks.get(pos - 1).text().equals(",") && g.isCueVerbAt(toks, tags, pos))) {
      // "..., top officials said Friday, as ..." : the content stands before the source; so it
      // does before "..., Okafor said, adding that ...", where the next cue has its own.
      QuoteCandidate earlier = IndirectCueAfterRule.match(site, source);
      if (earlier != null) {
        return earlier;
      }
    }
    return IndirectAfterCueRule.match(site, pos, source, participle, reduced);
  }

  /**
   * The subject of the cue: the noun phrase before it; for a gerund after the main verb
   * ("Trump unleashed a series of tweets saying that ..."), the sentence's subject, since the
   * object does not speak.
   */
  private static Span subject(CueSite site) {
    List<Token> toks = site.toks();
    List<String> tags = site.tags();
    int f = site.first();
    EnglishGrammar g = site.grammar();
    Span source = g.leftSubject(toks, tags, f);
    if (lower(toks.get(f).text()).endsWith("ing") && tags.get(f).equals("VERB")
        && !EnglishGrammar.withSubject(toks, source)
        && EnglishGrammar.hasVerbBefore(toks, tags,
            source != null ? source.start() : site.cueStart())) {
      Span subject = g.phrases().sentenceSubject(toks, tags, f);
      if (subject != null) {
        source = subject;
      }
    }
    return source;
  }
}
