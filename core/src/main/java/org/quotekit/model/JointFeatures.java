package org.quotekit.model;

import java.util.List;
import java.util.Locale;
import org.quotekit.Span;
import org.quotekit.rules.AttributionContext;
import org.quotekit.rules.CueHit;
import org.quotekit.spi.QuoteCandidate;
import org.quotekit.spi.Token;

/**
 * The features a joint ranker reads of each candidate attribution of one cue ({@link
 * ModelCueAttributor.Choice}) and of proposing none: for a candidate, its {@link FilterFeatures}
 * and what the content labeller made of it (its rank and how far its score lies below the best,
 * the sides of the cue it holds, its length, the words at and just outside its edges, whether
 * it runs to the sentence's end, the commas, verbs and quotation marks in it, how it lies against
 * the rule patterns' content); for none, the cue's features alone. Stateless and thread-safe.
 */
public final class JointFeatures {
  /** How every joint feature's name starts. */
  public static final String PREFIX = "j:";

  private final FilterFeatures filter = new FilterFeatures();

  /** A feature extractor. */
  public JointFeatures() {}

  /**
   * The features of each candidate of {@code cue} and, last, of proposing none.
   *
   * @param context the article and the candidates found before
   * @param cue the cue
   * @param choices the cue's candidates, best first by the labeller's score
   * @param rule the rule patterns' candidate for the cue, or null when no pattern fits it
   * @return one array per candidate, in their order, then one for none
   */
  public String[][] features(AttributionContext context, CueHit cue,
      List<ModelCueAttributor.Choice> choices, QuoteCandidate rule) {
    FeatureSink.Strings sink = new FeatureSink.Strings();
    String[][] out = new String[choices.size() + 1][];
    put(sink, context, cue, choices, rule, i -> out[i] = sink.take());
    return out;
  }

  /**
   * The {@link FeatureSink#hash hashes} of the features {@link #features} gives, in the same
   * order, without making their strings.
   */
  long[][] hashes(AttributionContext context, CueHit cue, List<ModelCueAttributor.Choice> choices,
      QuoteCandidate rule) {
    FeatureSink.Hashes sink = new FeatureSink.Hashes();
    long[][] out = new long[choices.size() + 1][];
    put(sink, context, cue, choices, rule, i -> out[i] = sink.take());
    return out;
  }

  /** Puts each candidate's features and then none's into {@code f}, calling {@code done(i)}. */
  private void put(FeatureSink f, AttributionContext context, CueHit cue,
      List<ModelCueAttributor.Choice> choices, QuoteCandidate rule,
      java.util.function.IntConsumer done) {
    double best = Double.NEGATIVE_INFINITY;
    for (ModelCueAttributor.Choice c : choices) {
      if (c.alternative() != null) {
        best = Math.max(best, c.alternative().score());
      }
    }
    for (int i = 0; i < choices.size(); i++) {
      candidate(f, context, cue, choices.get(i), best, rule);
      done.accept(i);
    }
    String p = cue.confidence() >= 1 ? "1" : Integer.toString((int) (cue.confidence() * 20));
    String r = rule == null ? "none" : rule.rule();
    // proposing none: how sure the cue is, its rule pattern and lemma
    f.add(PREFIX + "none", "");
    f.add(PREFIX + "none|p=", p);
    f.add(PREFIX + "none|r=", r);
    f.add(PREFIX + "none|l=", cue.lemma());
    f.add(PREFIX + "none|p|r=", p, "|", r);
    done.accept(choices.size());
  }

  /** The features of one candidate; {@code best} is the best labeller score of the cue's. */
  private void candidate(FeatureSink f, AttributionContext context, CueHit cue,
      ModelCueAttributor.Choice choice, double best, QuoteCandidate rule) {
    QuoteCandidate c = choice.candidate();
    for (String s : filter.features(context, cue, c, rule == null ? null : rule.rule())) {
      f.add(PREFIX + "f:", s);
    }
    LearnedContentFinder.Alternative a = choice.alternative();
    if (a == null) {
      f.add(PREFIX + "rulecand", "");
      return;
    }
    List<Token> toks = context.article().tokens(cue.sentence());
    List<String> tags = context.article().tags(cue.sentence());
    double gap = best - a.score();
    String g = gap <= 0 ? "0" : gap < 0.5 ? "<.5" : gap < 1 ? "<1" : gap < 2 ? "<2" : gap < 4
        ? "<4" : "4+";
    boolean left = a.leftStart() < a.leftEnd();
    boolean right = a.rightStart() < a.rightEnd();
    String sides = (left ? "L" : "-") + (right ? "R" : "-");
    String rank = RANKS[Math.min(a.rank(), RANKS.length - 1)];
    f.add(PREFIX + "rank=", rank);
    f.add(PREFIX + "gap=", g);
    f.add(PREFIX + "sides=", sides);
    f.add(PREFIX + "sides|rank=", sides, "|", rank);
    f.add(PREFIX + "prob=", RANKS[Math.min((int) (a.content().probability() * 10), 9)]);
    if (right) {
      int s = a.rightStart();
      int e = a.rightEnd();
      String length = ContentFeatures.bucket(e - s);
      String last = word(toks, e - 1);
      String next = word(toks, e);
      f.add(PREFIX + "rl=", length);
      f.add(PREFIX + "rig=", ContentFeatures.bucket(s - cue.last() - 1));
      f.add(PREFIX + "rfirst=", word(toks, s));
      f.add(PREFIX + "rlast=", last);
      f.add(PREFIX + "rnext=", next);
      f.add(PREFIX + "rlast|next=", last, "|", next);
      f.add(PREFIX + "rnextTag=", e < tags.size() ? tags.get(e) : "$");
      f.add(PREFIX + "l|rnext=", cue.lemma(), "|", next);
      f.add(PREFIX + "rlastTag|next=", tags.get(e - 1), "|", next);
      f.add(PREFIX + "l|rl=", cue.lemma(), "|", length);
      f.add(PREFIX + "gap|rnext=", g, "|", next);
      int verbs = 0;
      int commas = 0;
      int marks = 0;
      for (int k = s; k < e; k++) {
        String w = toks.get(k).text();
        String t = tags.get(k);
        verbs += t.equals("VERB") || t.equals("AUX") ? 1 : 0;
        commas += w.equals(",") ? 1 : 0;
        marks += ContentFeatures.isQuoteMark(w) ? 1 : 0;
      }
      boolean end = true;
      for (int k = e; k < toks.size() && end; k++) {
        end = !Character.isLetterOrDigit(toks.get(k).text().codePointAt(0));
      }
      f.add(PREFIX + "rend=", end ? "true" : "false");
      f.add(PREFIX + "rv=", RANKS[Math.min(verbs, 3)]);
      f.add(PREFIX + "rc=", RANKS[Math.min(commas, 3)]);
      f.add(PREFIX + "rq=", marks == 0 ? "0" : marks % 2 == 1 ? "odd" : "even");
    }
    if (left) {
      int s = a.leftStart();
      int e = a.leftEnd();
      f.add(PREFIX + "ll=", ContentFeatures.bucket(e - s));
      f.add(PREFIX + "lig=", ContentFeatures.bucket(cue.first() - e));
      f.add(PREFIX + "lfirst=", word(toks, s));
      f.add(PREFIX + "lprev=", word(toks, s - 1));
      f.add(PREFIX + "llast=", word(toks, e - 1));
    }
    if (rule != null) {
      String rel = relation(c.parts(), rule.parts());
      f.add(PREFIX + "rule=", rel);
      f.add(PREFIX + "rule|gap=", rel, "|", g);
    }
    f.add(PREFIX + "gap|sides=", g, "|", sides);
  }

  /** Small numbers as text, for the features that cap them. */
  private static final String[] RANKS = {"0", "1", "2", "3", "4", "5", "6", "7", "8", "9"};

  private static String word(List<Token> toks, int k) {
    return k < 0 ? "^" : k >= toks.size() ? "$" : toks.get(k).text().toLowerCase(Locale.ROOT);
  }

  /** How a candidate's content lies against the rule patterns' content. */
  private static String relation(List<Span> a, List<Span> b) {
    if (a.equals(b)) {
      return "same";
    }
    int as = a.get(0).start();
    int ae = a.get(a.size() - 1).end();
    int bs = b.isEmpty() ? 0 : b.get(0).start();
    int be = b.isEmpty() ? 0 : b.get(b.size() - 1).end();
    if (as == bs) {
      return ae < be ? "sameStartShorter" : "sameStartLonger";
    }
    if (ae == be) {
      return as > bs ? "sameEndShorter" : "sameEndLonger";
    }
    if (as >= bs && ae <= be) {
      return "inside";
    }
    if (as <= bs && ae >= be) {
      return "holds";
    }
    return as < be && bs < ae ? "cross" : "apart";
  }
}
