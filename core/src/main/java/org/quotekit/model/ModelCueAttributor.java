package org.quotekit.model;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.quotekit.Cue;
import org.quotekit.QuoteType;
import org.quotekit.Span;
import org.quotekit.internal.SortedSpans;
import org.quotekit.internal.TimePhrases;
import org.quotekit.rules.AttributionContext;
import org.quotekit.rules.CueAttributor;
import org.quotekit.rules.CueHit;
import org.quotekit.rules.SourceFinder;
import org.quotekit.spi.QuoteCandidate;
import org.quotekit.spi.Token;

/**
 * The model extractor's cue attributor. The rule patterns read every cue first. Where one fits
 * and its content lies in the cue's sentence, a content model that reads the rules' span ({@link
 * ContentModel#readsRules()}: trained with it as features, so it learned when to trust the rules'
 * boundary and where they end a span wrongly) gives the content instead, and the rule's source
 * stays; content the rules found beyond the cue's sentence (a quotation over several sentences,
 * the next paragraph) stays theirs. Where no pattern fits (cues the lexicon lacks, sentences the
 * patterns do not cover) the learned content of a {@link LearnedContentFinder} is proposed, for
 * cues at least {@code minCue} sure that none of the lexicon's negative patterns ({@link
 * org.quotekit.rules.CueLexicon#exclusions()}) excludes, unless the cue is an imperative opening
 * its sentence with nobody named ("Post a comment"). The source stage (a {@link
 * LearnedSourceFinder}, or the grammar: {@link SourceFinder#grammar()}) gives the source of that
 * content, and of rule content whose pattern names no source or only a time ("in the past"); a
 * time phrase or clitic ending a pattern's source is cut off as the source stage cuts its own
 * ("Khan on Tuesday", "Mr. Trump's"). A {@link Ranker} (a {@link FilterModel}'s joint ranker,
 * say) may choose each cue's learned content among the labeller's best contents, each with its
 * source, or none; a {@link Check} (a {@link FilterModel}, say) may then look at each candidate
 * whole, content and source included, and drop it. Immutable and thread-safe.
 */
public final class ModelCueAttributor implements CueAttributor {
  private final CueAttributor rules;
  private final LearnedContentFinder content;
  private final CueAttributor learned;
  private final double minCue;
  private final Check check;
  private final Ranker ranker;
  private final int alternatives;
  private final SourceFinder source;

  /**
   * Decides whether a candidate attribution of a cue is kept, having seen it whole. Must be
   * thread-safe.
   */
  @FunctionalInterface
  public interface Check {
    /**
     * Whether to keep {@code candidate}.
     *
     * @param context the article and the candidates found before this one
     * @param cue the candidate's cue
     * @param candidate the candidate, with its content and source
     * @param rule the id of the rule pattern that fitted the cue, or null when none did
     */
    boolean keep(AttributionContext context, CueHit cue, QuoteCandidate candidate, String rule);

    /** Keeps every candidate, as an attributor without a filter does. */
    static Check keepAll() {
      return (context, cue, candidate, rule) -> true;
    }

    /**
     * Keeps the candidates that {@code model} gives at least {@code threshold} probability of
     * being real ({@link FilterFeatures}).
     *
     * @throws IllegalArgumentException if {@code threshold} is not in [0, 1]
     */
    static Check of(FilterModel model, double threshold) {
      Objects.requireNonNull(model, "model");
      if (!(threshold >= 0 && threshold <= 1)) {
        throw new IllegalArgumentException("threshold must be in [0, 1]: " + threshold);
      }
      FilterFeatures features = new FilterFeatures();
      return (context, cue, candidate, rule) ->
          model.probability(features.features(context, cue, candidate, rule)) >= threshold;
    }
  }

  /**
   * Chooses a cue's attribution among its candidates: the same cue with each of the content
   * labeller's best contents ({@link LearnedContentFinder#alternatives}) and the source the
   * later stages give that content. Must be thread-safe.
   */
  @FunctionalInterface
  public interface Ranker {
    /**
     * The index of the chosen candidate in {@code choices}, or -1 to propose none for the cue.
     *
     * @param context the article and the candidates found before this one
     * @param cue the cue
     * @param choices the cue's candidates, at least one, best first by the labeller's score
     * @param rule the rule patterns' candidate for the cue, or null when no pattern fits it
     */
    int choose(AttributionContext context, CueHit cue, List<Choice> choices, QuoteCandidate rule);

    /**
     * Chooses with the joint ranker of {@code model} ({@link FilterModel#ranks()}): the
     * candidate whose {@link JointFeatures} score highest, or none when proposing none scores
     * higher still once {@code noneBias} is added to it (lower proposes more).
     *
     * @throws IllegalArgumentException if {@code model} holds no joint ranker or {@code
     *     noneBias} is not finite
     */
    static Ranker of(FilterModel model, double noneBias) {
      Objects.requireNonNull(model, "model");
      if (!model.ranks()) {
        throw new IllegalArgumentException("the filter model holds no joint ranker");
      }
      if (!Double.isFinite(noneBias)) {
        throw new IllegalArgumentException("noneBias must be finite: " + noneBias);
      }
      JointFeatures features = new JointFeatures();
      return (context, cue, choices, rule) -> {
        long[][] f = features.hashes(context, cue, choices, rule);
        int chosen = -1;
        double top = model.score(f[choices.size()]) + noneBias;
        for (int i = 0; i < choices.size(); i++) {
          double s = model.score(f[i]);
          if (s > top) {
            top = s;
            chosen = i;
          }
        }
        return chosen;
      };
    }
  }

  /**
   * One candidate attribution of a cue for a {@link Ranker}.
   *
   * @param candidate the candidate, with its content and source
   * @param alternative the labeller's content it holds, or null for the rule patterns' own
   *     candidate (where the labeller read no content)
   */
  public record Choice(QuoteCandidate candidate, LearnedContentFinder.Alternative alternative) {
    /** Checks that there is a candidate. */
    public Choice {
      Objects.requireNonNull(candidate, "candidate");
    }
  }

  /**
   * An attributor.
   *
   * @param content the learned content stage
   * @param minCue the least cue confidence for which learned content is proposed where no rule
   *     pattern fits, in [0, 1]
   */
  public ModelCueAttributor(LearnedContentFinder content, double minCue) {
    this(content, SourceFinder.grammar(), minCue);
  }

  /**
   * An attributor whose learned content gets its source from {@code source} (a {@link
   * LearnedSourceFinder}, say) instead of the grammar.
   *
   * @param content the learned content stage
   * @param source the source stage of the cues no rule pattern fits, and of those the patterns
   *     give no source
   * @param minCue the least cue confidence for which learned content is proposed where no rule
   *     pattern fits, in [0, 1]
   */
  public ModelCueAttributor(LearnedContentFinder content, SourceFinder source, double minCue) {
    this(content, source, minCue, Check.keepAll());
  }

  /**
   * An attributor whose candidates {@code check} keeps or drops.
   *
   * @param content the learned content stage
   * @param source the source stage of the cues no rule pattern fits, and of those the patterns
   *     give no source
   * @param minCue the least cue confidence for which learned content is proposed where no rule
   *     pattern fits, in [0, 1]
   * @param check decides which candidates are kept
   */
  public ModelCueAttributor(LearnedContentFinder content, SourceFinder source, double minCue,
      Check check) {
    this(content, source, minCue, check, null, 1);
  }

  /**
   * An attributor whose learned content is chosen by {@code ranker} among the labeller's {@code
   * alternatives} best contents of each cue, each with its source, and then kept or dropped by
   * {@code check}.
   *
   * @param content the learned content stage
   * @param source the source stage of the cues no rule pattern fits, and of those the patterns
   *     give no source
   * @param minCue the least cue confidence for which learned content is proposed where no rule
   *     pattern fits, in [0, 1]
   * @param check decides which chosen candidates are kept
   * @param ranker chooses among a cue's candidates, or null to take the labeller's best
   * @param alternatives how many of the labeller's best contents the ranker chooses among
   * @throws IllegalArgumentException if {@code alternatives} is not positive
   */
  public ModelCueAttributor(LearnedContentFinder content, SourceFinder source, double minCue,
      Check check, Ranker ranker, int alternatives) {
    if (alternatives < 1) {
      throw new IllegalArgumentException("alternatives must be positive: " + alternatives);
    }
    this.ranker = ranker;
    this.alternatives = alternatives;
    this.source = source;
    this.check = Objects.requireNonNull(check, "check");
    this.content = Objects.requireNonNull(content, "content");
    if (!(minCue >= 0 && minCue <= 1)) {
      throw new IllegalArgumentException("minCue must be in [0, 1]: " + minCue);
    }
    Objects.requireNonNull(source, "source");
    // the rules' source where their pattern names one, the source stage's where it names none
    // or only a time ("in the past"); a time or clitic ending the rule's source is cut off
    this.rules = CueAttributor.rules().withSource((context, cue, attribution, previousSource) ->
        Optional.ofNullable(attribution.source())
            .flatMap(s -> LearnedSourceFinder.trimmed(context.article(), s))
            .or(() -> source.find(context, cue, attribution, previousSource)));
    this.learned = CueAttributor.of(content, source);
    this.minCue = minCue;
  }

  @Override
  public Optional<QuoteCandidate> attribute(AttributionContext context, CueHit cue,
      Span previousSource) {
    QuoteCandidate byRule = rules.attribute(context, cue, previousSource).orElse(null);
    String rule = byRule == null ? null : byRule.rule();
    return candidate(context, cue, previousSource, byRule)
        .map(c -> byRule != null && byRule.end() <= cue.cue().span().start()
            && onlyTimeAfter(context, cue, c) ? byRule : c)
        .map(c -> beforeCoordinatedReport(context, cue, c))
        .filter(c -> check.keep(context, cue, c, rule));
  }

  /**
   * Past tenses that report speech whatever follows them, so that "but" or "and" and one of them
   * starts a second report though no "that" follows ("said the study was sound but warned
   * against reading too much into it").
   */
  private static final Set<String> SPOKEN_AFTER = Set.of("added", "warned", "cautioned",
      "admitted", "conceded", "insisted", "noted", "stressed", "acknowledged", "argued", "urged",
      "vowed", "pledged", "denied", "said", "told", "predicted", "complained", "declined");

  /**
   * An indirect content cut before a reporting clause coordinated with the cue's ("said that
   * the plant was safe, and he insisted that no jobs would go", "denied that ..., but admitted
   * that ..."): "and" or "but", at most a pronoun or name, a reporting verb of the lexicon and
   * "that"; or "and" or "but" straight before a past tense that always reports speech ("but
   * warned against ...", {@link #SPOKEN_AFTER}). The labeller, reading the sentence from the cue
   * outwards, runs on through such a clause; the rule patterns stop there, and the second cue
   * gets its own quote. The candidate itself when its content holds no such clause.
   */
  static QuoteCandidate beforeCoordinatedReport(AttributionContext context, CueHit cue,
      QuoteCandidate c) {
    Span part = onePart(c);
    if (part == null) {
      return c;
    }
    List<Token> toks = context.article().tokens(cue.sentence());
    List<String> tags = context.article().tags(cue.sentence());
    for (int k = cue.last() + 1; k + 2 < toks.size(); k++) {
      Token t = toks.get(k);
      String w = t.text().toLowerCase(Locale.ROOT);
      if (t.start() <= part.start() || t.end() > part.end()
          || !w.equals("and") && !w.equals("but")) {
        continue;
      }
      int v = k + 1;
      if (tags.get(v).equals("PRON") || tags.get(v).equals("PROPN")) {
        v++;
      }
      String verb = toks.get(v).text().toLowerCase(Locale.ROOT);
      if (v + 1 < toks.size() && tags.get(v).equals("VERB")
          && (context.lexicon().lemmaOf(verb).isPresent()
              && toks.get(v + 1).text().equalsIgnoreCase("that")
              || v == k + 1 && SPOKEN_AFTER.contains(verb))) {
        int end = k - 1;
        while (end > 0 && tags.get(end).equals("PUNCT")) {
          end--; // the comma before "and"
        }
        if (toks.get(end).end() <= part.start()) {
          return c;
        }
        return endingAt(context, c, toks.get(end).end());
      }
    }
    return c;
  }

  /**
   * An indirect content before its cue cut before the subject it ran into: "Prices will rise,
   * the company's chief executive, Tom Reeve, said", "The port will grow, Agnieszka Nowak, an
   * analyst, said", where the labeller read the name and its apposition as content and left the
   * cue without a subject. The content must reach the cue (only a comma between) or stop inside
   * a name that does; its tail after a comma, at most two phrases without a verb opening with a
   * name or a determiner, one of them holding a name, is cut off when what stays has a verb.
   * "Growth slowed in Spain, Italy and Greece, Nowak said" keeps its content: it ends before the
   * comma and the subject. The candidate itself otherwise.
   */
  static QuoteCandidate beforeSwallowedSubject(AttributionContext context, CueHit cue,
      QuoteCandidate c) {
    Span part = onePart(c);
    if (part == null) {
      return c;
    }
    List<Token> toks = context.article().tokens(cue.sentence());
    int after = SortedSpans.firstStartingAtOrAfter(toks, Token::start, part.end());
    if (after > cue.first() || after == 0) {
      return c;
    }
    List<String> tags = context.article().tags(cue.sentence());
    boolean comma = after < cue.first() && toks.get(after).text().equals(",");
    boolean name = false;
    for (int j = comma ? after + 1 : after; j < cue.first(); j++) {
      boolean last = j == cue.first() - 1 && toks.get(j).text().equals(",");
      if (comma || !last && !tags.get(j).equals("PROPN")) {
        return c; // a subject of its own stands between ("..., Nowak said")
      }
      name |= tags.get(j).equals("PROPN");
    }
    int first = SortedSpans.firstStartingAtOrAfter(toks, Token::start, part.start());
    int cut = -1;
    int commas = 0;
    for (int j = after - 1; j > first && commas < 2; j--) {
      String tag = tags.get(j);
      if (tag.equals("VERB") || tag.equals("AUX")) {
        break;
      }
      name |= tag.equals("PROPN");
      if (toks.get(j).text().equals(",") && j + 1 < after) {
        commas++;
        String opens = tags.get(j + 1);
        if (opens.equals("PROPN") || opens.equals("DET")) {
          cut = j;
        }
      }
    }
    if (cut < 0 || !name || !hasVerb(tags, first, cut)) {
      return c;
    }
    return endingAt(context, c, toks.get(cut - 1).end());
  }

  /**
   * Whether a candidate's content is only a time after its cue, with the preposition before it
   * ("..., the state-owned utility said on Tuesday": "on Tuesday"): no one reports a time alone,
   * so the rule patterns' content stands instead where it is the words before the cue.
   */
  static boolean onlyTimeAfter(AttributionContext context, CueHit cue, QuoteCandidate c) {
    Span part = onePart(c);
    if (part == null) {
      return false;
    }
    List<Token> toks = context.article().tokens(cue.sentence());
    int from = SortedSpans.firstStartingAtOrAfter(toks, Token::start, part.start());
    int to = SortedSpans.firstStartingAtOrAfter(toks, Token::start, part.end());
    if (from <= cue.last() || from >= to) {
      return false;
    }
    List<String> tags = context.article().tags(cue.sentence());
    if (tags.get(from).equals("ADP") && from + 1 < to) {
      from++;
    }
    return TimePhrases.english().isTime(toks, tags, from, to);
  }

  /** The one part of an indirect candidate that has one, or null. */
  private static Span onePart(QuoteCandidate c) {
    return c.type() == QuoteType.INDIRECT && c.parts().size() == 1 ? c.parts().get(0) : null;
  }

  /** {@code c}, of one part, with that part ending at {@code end}. */
  private static QuoteCandidate endingAt(AttributionContext context, QuoteCandidate c, int end) {
    Span cut = Span.of(context.text(), c.parts().get(0).start(), end);
    return new QuoteCandidate(c.type(), List.of(cut), c.cue(), c.source(), c.confidence(),
        c.rule());
  }

  private static boolean hasVerb(List<String> tags, int from, int to) {
    for (int j = from; j < to; j++) {
      if (tags.get(j).equals("VERB") || tags.get(j).equals("AUX")) {
        return true;
      }
    }
    return false;
  }

  /** The candidate of a cue, before the check; {@code r} is the rule patterns' or null. */
  private Optional<QuoteCandidate> candidate(AttributionContext context, CueHit cue,
      Span previousSource, QuoteCandidate r) {
    if (r != null && (!content.readsRules() || !within(r, cue.sentence().span()))) {
      return Optional.of(r);
    }
    if (r == null && (cue.confidence() < minCue || context.lexicon().excludes(cue.lemma(),
        context.article().tokens(cue.sentence()), cue.last(), false))) {
      // the lexicon's negative patterns ("showed up", "known as", a user's "not" lines) hold for
      // the learned content as they do for the rule patterns
      return Optional.empty();
    }
    if (ranker != null) {
      return ranked(context, cue, previousSource, r);
    }
    if (r != null) {
      return Optional.of(content.find(context, cue, r).map(c -> {
        context.markUsed(c.start(), c.end());
        return withCue(c, r.cue(), r.source());
      }).orElse(r));
    }
    return learned.attribute(context, cue, previousSource)
        .filter(c -> c.source() != null || !imperative(context, cue));
  }

  /**
   * The candidate of a cue the ranker chooses among the labeller's best contents, each with its
   * source (the rules' where a pattern fits), or none.
   */
  private Optional<QuoteCandidate> ranked(AttributionContext context, CueHit cue,
      Span previousSource, QuoteCandidate r) {
    List<Choice> choices = new ArrayList<>(alternatives + 1);
    boolean ruleAdded = false;
    for (LearnedContentFinder.Alternative a : content.alternatives(context, cue, r,
        alternatives)) {
      if (a.content().parts().isEmpty()) {
        if (r != null && !ruleAdded) {
          choices.add(new Choice(r, null)); // where the labeller reads none, the rules' stays
          ruleAdded = true;
        }
        continue;
      }
      QuoteCandidate q = content.candidate(context, cue, a.content());
      if (r != null) {
        choices.add(new Choice(withCue(q, r.cue(), r.source()), a));
        continue;
      }
      q = beforeSwallowedSubject(context, cue, q);
      Span s = source.find(context, cue, q, previousSource).orElse(null);
      if (s == null && imperative(context, cue) || apposition(context, cue, q, s)) {
        continue;
      }
      choices.add(new Choice(withCue(q, q.cue(), s), a));
    }
    if (choices.isEmpty()) {
      return Optional.empty();
    }
    int chosen = ranker.choose(context, cue, List.copyOf(choices), r);
    if (chosen < 0) {
      return Optional.empty();
    }
    Choice c = choices.get(chosen);
    if (c.alternative() != null) {
      context.markUsed(c.candidate().start(), c.candidate().end());
    }
    return Optional.of(c.candidate());
  }

  /** {@code c} with the given cue and source, its content, confidence and rule kept. */
  private static QuoteCandidate withCue(QuoteCandidate c, Cue cue, Span source) {
    return new QuoteCandidate(c.type(), c.parts(), cue, source, c.confidence(), c.rule());
  }

  /**
   * Whether the cue opens its sentence in its base form ("Post a comment", "Share this story",
   * "Read more"): an imperative, which reports no speech when nobody is named as its source.
   */
  private static boolean imperative(AttributionContext context, CueHit cue) {
    if (cue.first() != 0) {
      return false;
    }
    String word = context.article().tokens(cue.sentence()).get(0).text();
    return word.toLowerCase(Locale.ROOT).equals(cue.lemma());
  }

  /**
   * Whether a content is one of two noun phrases set off by commas before a cue that has nothing
   * to report, the other its source: the name and its apposition ("Agnieszka Nowak, an analyst,
   * agreed.", read either way round). No verb in the content, a comma between the two and a
   * comma before the cue; "The port will grow, Nowak, an analyst, said" has a verb. PolNeAR
   * train has no content there; the labeller, given a cue with nothing after it, reads one.
   */
  private static boolean apposition(AttributionContext context, CueHit cue, QuoteCandidate q,
      Span source) {
    if (source == null || q.type() != QuoteType.INDIRECT || q.parts().size() != 1) {
      return false;
    }
    List<Token> toks = context.article().tokens(cue.sentence());
    List<String> tags = context.article().tags(cue.sentence());
    int cueStart = toks.get(cue.first()).start();
    Span first = source.start() < q.start() ? source : q.parts().get(0);
    Span second = first == source ? q.parts().get(0) : source;
    String text = context.text();
    if (first.end() > second.start() || second.end() > cueStart
        || !text.substring(first.end(), second.start()).strip().equals(",")
        || !text.substring(second.end(), cueStart).strip().equals(",")) {
      return false;
    }
    for (int k = 0; k < toks.size(); k++) {
      if (toks.get(k).start() >= q.start() && toks.get(k).end() <= q.end()
          && (tags.get(k).equals("VERB") || tags.get(k).equals("AUX"))) {
        return false;
      }
    }
    return true;
  }

  private static boolean within(QuoteCandidate c, Span sentence) {
    return c.start() >= sentence.start() && c.end() <= sentence.end();
  }
}
