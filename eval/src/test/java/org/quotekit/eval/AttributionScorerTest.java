package org.quotekit.eval;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.quotekit.Cue;
import org.quotekit.Extraction;
import org.quotekit.Quote;
import org.quotekit.QuoteType;
import org.quotekit.Span;
import org.quotekit.Speaker;
import org.quotekit.SpeakerKind;
import org.quotekit.eval.EvaluationReport.Counts;
import org.quotekit.eval.EvaluationReport.TypeCounts;

class AttributionScorerTest {
  private static final String TEXT = "Mayor Ada Quill said that the bridge would reopen in May. "
      + "\"We are nearly done,\" Quill told reporters. \"The last beam goes in on Friday.\" "
      + "Heavy traffic is expected, the memo warned.";

  /** The span of the {@code nth} (0-based) occurrence of {@code words} in {@link #TEXT}. */
  private static Span at(String words, int nth) {
    int i = -1;
    for (int k = 0; k <= nth; k++) {
      i = TEXT.indexOf(words, i + 1);
    }
    if (i < 0) {
      throw new IllegalArgumentException("not in text: " + words);
    }
    return Span.of(TEXT, i, i + words.length());
  }

  private static Span at(String words) {
    return at(words, 0);
  }

  private static GoldAttribution gold(String id, List<Span> content, String cue, Span source) {
    return new GoldAttribution(id, content, List.of(at(cue)),
        source == null ? List.of() : List.of(source));
  }

  private static GoldArticle article(GoldAttribution... attributions) {
    return new GoldArticle("a", TEXT, List.of(attributions));
  }

  private static Quote quote(String id, String cue, Span source, String speakerId, Span... parts) {
    Span content = Span.of(TEXT, parts[0].start(), parts[parts.length - 1].end());
    return new Quote(id, QuoteType.DIRECT, content, Arrays.asList(parts),
        cue == null ? null : new Cue(at(cue), "say"), source, speakerId, 1.0, "test", "test");
  }

  private static Extraction extraction(List<Speaker> speakers, Quote... quotes) {
    return new Extraction("a", List.of(quotes), speakers, List.of(), List.of());
  }

  private static Extraction extraction(Quote... quotes) {
    return extraction(List.of(), quotes);
  }

  private static final GoldAttribution BRIDGE = gold("E1",
      List.of(at("that the bridge would reopen in May")), "said", at("Mayor Ada Quill"));

  @Test
  void exactMatchCountsForEveryFigure() {
    EvaluationReport r = AttributionScorer.score(article(BRIDGE), extraction(
        quote("q1", "said", at("Mayor Ada Quill"), null, at("the bridge would reopen in May"))));

    for (Figure f : List.of(Figure.EXACT, Figure.OVERLAP, Figure.SOURCE, Figure.CUE)) {
      assertThat(r.counts(f)).as(f.label()).isEqualTo(new Counts(1, 1, 1));
    }
    assertThat(r.counts(Figure.TOKEN)).isEqualTo(new Counts(6, 6, 6));
  }

  @Test
  void partialOverlapIsPairedButNotExact() {
    EvaluationReport r = AttributionScorer.score(article(BRIDGE),
        extraction(quote("q1", "said", null, null, at("bridge would reopen"))));

    assertThat(r.counts(Figure.EXACT)).isEqualTo(new Counts(0, 1, 1));
    assertThat(r.counts(Figure.OVERLAP)).isEqualTo(new Counts(1, 1, 1));
    assertThat(r.counts(Figure.TOKEN)).isEqualTo(new Counts(3, 3, 6));
    assertThat(r.precision(Figure.TOKEN)).isEqualTo(1.0);
    assertThat(r.recall(Figure.TOKEN)).isEqualTo(0.5);
  }

  @Test
  void noSharedTokenMeansNoPair() {
    EvaluationReport r = AttributionScorer.score(article(BRIDGE), extraction(
        quote("q1", "said", at("Mayor Ada Quill"), null, at("Heavy traffic is expected"))));

    assertThat(r.counts(Figure.OVERLAP)).isEqualTo(new Counts(0, 1, 1));
    assertThat(r.counts(Figure.SOURCE)).isEqualTo(new Counts(0, 1, 1));
    assertThat(r.counts(Figure.CUE)).isEqualTo(new Counts(0, 1, 1));
    assertThat(r.counts(Figure.TOKEN)).isEqualTo(new Counts(0, 4, 6));
  }

  @Test
  void leadingThatIsDroppedOnBothSides() {
    // Gold has "that", the first prediction not; the second prediction has it and gold not.
    GoldAttribution withoutThat = gold("E1", List.of(at("the bridge would reopen in May")),
        "said", null);
    Quote plain = quote("q1", "said", null, null, at("the bridge would reopen in May"));
    Quote withThat = quote("q1", "said", null, null, at("that the bridge would reopen in May"));

    assertThat(AttributionScorer.score(article(BRIDGE), extraction(plain)).counts(Figure.EXACT))
        .isEqualTo(new Counts(1, 1, 1));
    assertThat(AttributionScorer.score(article(withoutThat), extraction(withThat))
        .counts(Figure.TOKEN)).isEqualTo(new Counts(6, 6, 6));
  }

  @Test
  void quotesSharingACueAreMergedAndPartsAreUsedNotContent() {
    GoldAttribution interrupted = gold("E2", List.of(at("\"We are nearly done,\""),
        at("\"The last beam goes in on Friday.\"")), "told", at("Quill", 1));
    Quote first = quote("q1", "told", at("Quill", 1), null, at("We are nearly done"));
    Quote second = quote("q2", "told", null, null, at("The last beam goes in on Friday"));
    // One quote in two parts: its content() includes "Quill told reporters".
    Quote inParts = quote("q1", "told", null, null, at("We are nearly done"),
        at("The last beam goes in on Friday"));

    EvaluationReport merged = AttributionScorer.score(article(interrupted),
        extraction(first, second));
    assertThat(merged.predictedAttributions()).isEqualTo(1);
    assertThat(merged.counts(Figure.EXACT)).isEqualTo(new Counts(1, 1, 1));
    assertThat(merged.counts(Figure.SOURCE)).isEqualTo(new Counts(1, 1, 1));
    assertThat(AttributionScorer.score(article(interrupted), extraction(inParts))
        .counts(Figure.EXACT)).isEqualTo(new Counts(1, 1, 1));
  }

  @Test
  void quotesWithoutCueAreNeverMerged() {
    EvaluationReport r = AttributionScorer.score(article(BRIDGE), extraction(
        quote("q1", null, null, null, at("We are nearly done")),
        quote("q2", null, null, null, at("The last beam goes in on Friday"))));

    assertThat(r.predictedAttributions()).isEqualTo(2);
    assertThat(r.counts(Figure.CUE)).isEqualTo(new Counts(0, 2, 1));
  }

  @Test
  void sourceIsCreditedThroughAnyMentionOfThePredictedSpeaker() {
    Speaker quill = new Speaker("s1", "Ada Quill", SpeakerKind.PERSON, List.of("Quill"),
        List.of("mayor"), List.of(at("Mayor Ada Quill"), at("Quill", 1)));
    Speaker memo = new Speaker("s2", "the memo", SpeakerKind.UNKNOWN, List.of(), List.of(),
        List.of(at("the memo")));
    Quote viaSpeaker = quote("q1", "said", null, "s1", at("the bridge would reopen in May"));
    Quote wrongSpeaker = quote("q1", "said", null, "s2", at("the bridge would reopen in May"));

    assertThat(AttributionScorer.score(article(BRIDGE),
        extraction(List.of(quill, memo), viaSpeaker)).counts(Figure.SOURCE))
        .isEqualTo(new Counts(1, 1, 1));
    assertThat(AttributionScorer.score(article(BRIDGE),
        extraction(List.of(quill, memo), wrongSpeaker)).counts(Figure.SOURCE))
        .isEqualTo(new Counts(0, 1, 1));
  }

  @Test
  void goldWithoutSourceCountsAsCorrectSourceWhenPaired() {
    GoldAttribution noSource = gold("E3", List.of(at("Heavy traffic is expected")), "warned",
        null);
    Quote found = quote("q1", "warned", at("the memo"), null, at("Heavy traffic is expected"));
    Quote elsewhere = quote("q1", "warned", at("the memo"), null, at("We are nearly done"));

    assertThat(AttributionScorer.score(article(noSource), extraction(found))
        .counts(Figure.SOURCE)).isEqualTo(new Counts(1, 1, 1));
    assertThat(AttributionScorer.score(article(noSource), extraction(elsewhere))
        .counts(Figure.SOURCE)).isEqualTo(new Counts(0, 1, 1));
  }

  @Test
  void cueMustOverlapTheGoldCue() {
    Quote wrongCue = quote("q1", "told", null, null, at("the bridge would reopen in May"));

    assertThat(AttributionScorer.score(article(BRIDGE), extraction(wrongCue))
        .counts(Figure.CUE)).isEqualTo(new Counts(0, 1, 1));
  }

  @Test
  void greedyPairingTakesTheHighestJaccardFirst() {
    GoldAttribution bridge = gold("E1", List.of(at("the bridge would reopen in May")), "said",
        null);
    GoldAttribution done = gold("E2", List.of(at("We are nearly done")), "told", null);
    // wide: Jaccard 5/7 with bridge, 1/9 with done; exact: 1 with bridge. Pairing each
    // prediction in order with its best gold would give wide-bridge and leave two unpaired.
    Quote wide = quote("q1", "told", null, null, at("bridge would reopen in May. \"We"));
    Quote exact = quote("q2", "said", null, null, at("the bridge would reopen in May"));

    EvaluationReport r = AttributionScorer.score(article(bridge, done), extraction(wide, exact));
    assertThat(r.counts(Figure.OVERLAP)).isEqualTo(new Counts(2, 2, 2));
    assertThat(r.counts(Figure.EXACT)).isEqualTo(new Counts(1, 2, 2));
    assertThat(r.counts(Figure.CUE)).isEqualTo(new Counts(2, 2, 2));
    assertThat(r.counts(Figure.TOKEN)).isEqualTo(new Counts(7, 12, 10));
  }

  @Test
  void equalJaccardTiesGoToTheLowerGoldIndex() {
    GoldAttribution byMayor = gold("E1", List.of(at("the bridge would reopen in May")), "said",
        at("Mayor Ada Quill"));
    GoldAttribution byMemo = gold("E2", List.of(at("the bridge would reopen in May")), "said",
        at("the memo"));
    Quote q = quote("q1", "said", at("the memo"), null, at("the bridge would reopen in May"));

    assertThat(AttributionScorer.score(article(byMayor, byMemo), extraction(q))
        .counts(Figure.SOURCE)).isEqualTo(new Counts(0, 1, 2));
    assertThat(AttributionScorer.score(article(byMemo, byMayor), extraction(q))
        .counts(Figure.SOURCE)).isEqualTo(new Counts(1, 1, 2));
  }

  @Test
  void recallByGoldTypeCountsPairedAndExactGold() {
    GoldAttribution direct = gold("E2", List.of(at("\"We are nearly done,\"")), "told", null);
    GoldAttribution indirect = gold("E3", List.of(at("Heavy traffic is expected")), "warned",
        null);
    EvaluationReport r = AttributionScorer.score(article(BRIDGE, direct, indirect), extraction(
        quote("q1", "said", null, null, at("bridge would reopen")),
        quote("q2", "told", null, null, at("We are nearly done"))));

    assertThat(r.goldType(QuoteType.DIRECT)).isEqualTo(new TypeCounts(1, 1, 1));
    assertThat(r.goldType(QuoteType.INDIRECT)).isEqualTo(new TypeCounts(2, 1, 0));
    assertThat(r.goldType(QuoteType.MIXED)).isEqualTo(new TypeCounts(0, 0, 0));
  }

  @Test
  void emptyExtractionScoresZeroWithoutDividingByZero() {
    EvaluationReport r = AttributionScorer.score(article(BRIDGE), Extraction.empty("a"));

    assertThat(r.counts(Figure.OVERLAP)).isEqualTo(new Counts(0, 0, 1));
    assertThat(r.precision(Figure.OVERLAP)).isZero();
    assertThat(r.f1(Figure.OVERLAP)).isZero();
    assertThat(new ArrayList<>(r.figures().keySet())).containsExactlyInAnyOrder(Figure.values());
  }

  private static final GoldAttribution MEMO = gold("E2",
      List.of(at("Heavy traffic is expected")), "warned", at("the memo"));

  @Test
  void errorsSayWhereEachAttributionWentWrong() {
    // BRIDGE: right cue, content cut short; MEMO: never found; one prediction matches nothing.
    ErrorBreakdown e = AttributionScorer.errors(article(BRIDGE, MEMO), extraction(
        quote("q1", "said", at("Mayor Ada Quill"), null, at("the bridge would reopen")),
        quote("q2", "told", at("Quill", 1), null, at("We are nearly done"))));

    assertThat(e.count(ErrorClass.CONTENT_BOUNDARY)).isEqualTo(1);
    assertThat(e.count(ErrorClass.CUE_NOT_FOUND)).isEqualTo(1);
    assertThat(e.count(ErrorClass.SPURIOUS)).isEqualTo(1);
    assertThat(e.right()).isZero();
    assertThat(e.gold()).isEqualTo(2);
    assertThat(e.predicted()).isEqualTo(2);
  }

  @Test
  void aRightAttributionIsNoErrorAndAWrongSourceIsOne() {
    Quote right = quote("q1", "said", at("Mayor Ada Quill"), null,
        at("the bridge would reopen in May"));
    Quote wrongSource = quote("q2", "warned", at("Heavy traffic"), null,
        at("Heavy traffic is expected"));

    ErrorBreakdown e = AttributionScorer.errors(article(BRIDGE, MEMO),
        extraction(right, wrongSource));

    assertThat(e.right()).isEqualTo(1);
    assertThat(e.count(ErrorClass.SOURCE_WRONG)).isEqualTo(1);
    assertThat(e.counts().values().stream().mapToInt(Integer::intValue).sum()).isEqualTo(1);
  }

  @Test
  void aQuoteOfAnotherCueOrAFoundCueWithItsContentElsewhereAreTold() {
    // The content of BRIDGE predicted under the cue "told"; the cue "warned" found with content
    // that shares no token with MEMO's.
    ErrorBreakdown e = AttributionScorer.errors(article(BRIDGE, MEMO), extraction(
        quote("q1", "told", null, null, at("the bridge would reopen in May")),
        quote("q2", "warned", null, null, at("We are nearly done"))));

    assertThat(e.count(ErrorClass.OTHER_CUE)).isEqualTo(1);
    assertThat(e.count(ErrorClass.CUE_FOUND_CONTENT_MISSED)).isEqualTo(1);
    assertThat(e.count(ErrorClass.SPURIOUS)).isEqualTo(1);
  }

  @Test
  void breakdownsAddUpAndPrintLargestFirst() {
    ErrorBreakdown one = AttributionScorer.errors(article(BRIDGE, MEMO), extraction());
    ErrorBreakdown two = one.plus(one);

    assertThat(two.count(ErrorClass.CUE_NOT_FOUND)).isEqualTo(4);
    assertThat(two.articles()).isEqualTo(2);
    assertThat(two.format().lines().skip(1).findFirst().orElseThrow())
        .startsWith("cue_not_found").contains(" 4 ");
  }
}
