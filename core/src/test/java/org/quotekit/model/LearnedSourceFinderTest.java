package org.quotekit.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.quotekit.Article;
import org.quotekit.QuoteType;
import org.quotekit.Span;
import org.quotekit.internal.Analysis;
import org.quotekit.internal.NlpModels;
import org.quotekit.rules.CueLexicon;
import org.quotekit.spi.QuoteCandidate;

/**
 * The learned source stage takes the candidate its model scores highest, but a relative pronoun
 * gives way to the noun phrase it follows, so that "who" never becomes a speaker's name, and a
 * phrase naming a time ("last week", "in 1998") is passed over; a quantifier or reflexive that
 * floats after its noun phrase ("they have all", "the senator himself") gives way to the phrase.
 */
class LearnedSourceFinderTest {
  private static final CueLexicon LEXICON = CueLexicon.englishNews();
  /** A source model that is sure of relative pronouns and of nothing else. */
  private static final SourceModel LIKES_RELATIVES = new SourceModel(new FakeMaxent(
      SourceModel.SOURCE, SourceModel.OTHER,
      context -> Arrays.asList(context).contains("k=Lrel") ? 0.9 : 0.1));
  /** A source model that is sure of the phrase farthest to the left and of nothing else. */
  private static final SourceModel LIKES_THE_FARTHEST = new SourceModel(new FakeMaxent(
      SourceModel.SOURCE, SourceModel.OTHER,
      context -> Arrays.asList(context).contains("r=L4") ? 0.9 : 0.1));

  /** A source model that is sure of a phrase opening the sentence, then of the nearest. */
  private static final SourceModel LIKES_THE_FIRST = new SourceModel(new FakeMaxent(
      SourceModel.SOURCE, SourceModel.OTHER,
      context -> Arrays.asList(context).contains("start=Ltrue") ? 0.9
          : Arrays.asList(context).contains("r=L1") ? 0.5 : 0.1));

  /** A source model that is sure of the phrase nearest to the cue on its left. */
  private static final SourceModel LIKES_THE_NEAREST = new SourceModel(new FakeMaxent(
      SourceModel.SOURCE, SourceModel.OTHER,
      context -> Arrays.asList(context).contains("r=L1") ? 0.9
          : Arrays.asList(context).contains("r=L2") ? 0.5 : 0.1));

  @Test
  void aSourceIsWidenedToTheHyphenatedWordsItBeginsOrEndsInside() {
    String text = "A 50-state poll finds that the Self-Determination Initiative leads.";
    assertThat(LearnedSourceFinder.wholeWords(text, at(text, "state poll")))
        .map(Span::text).contains("50-state poll");
    assertThat(LearnedSourceFinder.wholeWords(text, at(text, "Determination Initiative")))
        .map(Span::text).contains("Self-Determination Initiative");
  }

  @Test
  void aSourceInsideAWordOrWidenedToNoLetterIsNone() {
    String text = "The council voted 7-2 to approve it; 47% said so; Abcdef spoke.";
    assertThat(LearnedSourceFinder.wholeWords(text, at(text, "2 "))).isEmpty();
    assertThat(LearnedSourceFinder.wholeWords(text, at(text, "cdef"))).isEmpty();
    // a share of the people asked stands for them
    assertThat(LearnedSourceFinder.wholeWords(text, at(text, "47%"))).map(Span::text)
        .contains("47%");
  }

  @Test
  void theModelExtractorGivesNoSourceThatBeginsInsideAWord() {
    String text = "The city council voted 7-2 on Tuesday to approve a new tram line linking the"
        + " harbour to the university district.";
    org.quotekit.Extraction x = org.quotekit.QuoteExtractor.builder().build().extract(text);
    assertThat(x.quotes()).isNotEmpty().allSatisfy(q -> q.source().ifPresent(s ->
        assertThat(LearnedSourceFinder.wholeWords(text, s)).as(s.text()).contains(s)));
  }

  private static Span at(String text, String words) {
    int k = text.indexOf(words.strip());
    return Span.of(text, k, k + words.strip().length());
  }

  @Test
  void aPhraseNamingATimeIsPassedOver() {
    assertThat(source(LIKES_THE_NEAREST,
        "The old senator, in 1998, opined that the plan had failed.", "the plan had failed"))
        .isEqualTo("The old senator");
    assertThat(source(LIKES_THE_NEAREST,
        "Senator Ada Brill on Monday night opined that the plan had failed.",
        "the plan had failed")).isEqualTo("Senator Ada Brill");
    assertThat(source(LIKES_THE_NEAREST,
        "Senator Ada Brill, in a presidential year, opined that the plan had failed.",
        "the plan had failed")).isEqualTo("Senator Ada Brill");
  }

  @Test
  void aDayAfterItsMonthOrATimeNounOpeningTheSentenceIsPassedOver() {
    assertThat(source(LIKES_THE_NEAREST,
        "The old senator, on Sept. 30, opined that the plan had failed.", "the plan had failed"))
        .isEqualTo("The old senator");
    assertThat(source(LIKES_THE_NEAREST,
        "Senator Ada Brill, since March 4, has opined that the plan had failed.",
        "the plan had failed")).isEqualTo("Senator Ada Brill");
    assertThat(source(LIKES_THE_FIRST,
        "Hours after the vote, Senator Ada Brill opined that the plan had failed.",
        "the plan had failed")).isEqualTo("Senator Ada Brill");
  }

  @Test
  void aTimePhraseOpeningTheSourceIsCutOff() {
    String text = "Last week Sheikh Omar Karim warned that the plan had failed.";
    Analysis a = new Analysis(Article.of("t", text), NlpModels.get());
    assertThat(LearnedSourceFinder.trimmed(a, Span.of(text, 0, text.indexOf(" warned"))))
        .map(Span::text).hasValue("Sheikh Omar Karim");
    String on = "On Monday, the old senator opined that the plan had failed.";
    Analysis b = new Analysis(Article.of("t", on), NlpModels.get());
    assertThat(LearnedSourceFinder.trimmed(b, Span.of(on, 0, on.indexOf(" opined"))))
        .map(Span::text).hasValue("the old senator");
  }

  @Test
  void aDatelinesPlaceIsPassedOver() {
    assertThat(source(LIKES_THE_FIRST,
        "TYNEFORD -- The budget office opined that the plan had failed.",
        "the plan had failed")).isEqualTo("The budget office");
    assertThat(source(LIKES_THE_FIRST,
        "TYNEFORD, Wessex (Reuters) \u2014 The budget office opined that the plan had failed.",
        "the plan had failed")).isEqualTo("The budget office");
    assertThat(source(LIKES_THE_FIRST,
        "TYNEFORD, March 3, 2026 (Wire) - The budget office opined that the plan had failed.",
        "the plan had failed")).isEqualTo("The budget office");
  }

  @Test
  void anAgeSetOffByCommasGivesWayToThePersonItFollows() {
    // the relative pronoun gives way to what it follows, an age, which gives way to the name
    assertThat(source(LIKES_RELATIVES, "Local resident Ada Brill, 67, who led the city, opined"
        + " that the plan had failed.", "the plan had failed"))
        .isEqualTo("Local resident Ada Brill");
    // as another stage's source too
    String text = "Local resident Ada Brill, 67, who led the city, opined that the plan failed.";
    Analysis a = new Analysis(Article.of("t", text), NlpModels.get());
    int at = text.indexOf("67");
    assertThat(LearnedSourceFinder.trimmed(a, Span.of(text, at, at + 2))).map(Span::text)
        .hasValue("Local resident Ada Brill");
    // a number that is no age stays: "In 2015, 64 percent opined"
    assertThat(source(LIKES_THE_NEAREST, "In 2015, 64 percent opined that the plan had failed.",
        "the plan had failed")).isEqualTo("64 percent");
  }

  @Test
  void theAgentOfAPassiveTellingIsTheSourceNotItsHearer() {
    // a ranker sure of the phrase opening the sentence would name the workers
    assertThat(source(LIKES_THE_FIRST, "Workers were told by managers that their jobs were"
        + " safe.", "their jobs were safe", "told")).isEqualTo("managers");
    assertThat(source(LIKES_THE_FIRST, "Workers told managers that their jobs were at risk.",
        "their jobs were at risk", "told")).isEqualTo("Workers");
    // any passive cue with an agent, after a phrase of the time
    assertThat(source(LIKES_THE_FIRST, "His resignation was announced on Friday by his lawyer.",
        "His resignation", "announced")).isEqualTo("his lawyer");
  }

  @Test
  void theOneAskedInAParticipleClauseIsNoSourceOfTheQuestion() {
    // a ranker sure of the nearest phrase would name the one asked
    assertThat(source(LIKES_THE_NEAREST, "Asked whether the captain would be dropped, Maria Lenz"
        + " said no decision had been made.", "whether the captain would be dropped", "Asked"))
        .isNull();
    assertThat(source(LIKES_THE_FIRST, "When asked if he would resign, the chairman smiled.",
        "if he would resign", "asked")).isNull();
    assertThat(source(LIKES_THE_NEAREST, "Lenz, asked on Monday whether the captain would play,"
        + " smiled.", "whether the captain would play", "asked")).isNull();
    // the asker after "by" is the source
    assertThat(source(LIKES_THE_FIRST, "Asked by a reporter whether the captain would be"
        + " dropped, Lenz smiled.", "whether the captain would be dropped", "Asked"))
        .isEqualTo("a reporter");
    // an active question keeps its asker, and so does an inverted attribution
    assertThat(source(LIKES_THE_FIRST, "The reporter asked whether the captain would be dropped.",
        "whether the captain would be dropped", "asked")).isEqualTo("The reporter");
    assertThat(source(LIKES_THE_NEAREST, "\"Will the captain be dropped?\" asked Tom Reeve.",
        "Will the captain be dropped?", "asked")).isEqualTo("Tom Reeve");
  }

  @Test
  void aNumberOfAShareGrowsToTheWholeShare() {
    // the noun phrases leave out the "in" between the numbers: each number is a candidate
    assertThat(source(LIKES_THE_NEAREST, "Six in 10 opined that the plan had failed.",
        "the plan had failed")).isEqualTo("Six in 10");
    assertThat(source(LIKES_THE_FIRST, "One in five opined that the plan had failed.",
        "the plan had failed")).isEqualTo("One in five");
    // a number with no share around it stays as it is
    assertThat(source(LIKES_THE_NEAREST, "In 2015, 64 percent opined that the plan had failed.",
        "the plan had failed")).isEqualTo("64 percent");
  }

  @Test
  void aTimePhraseEndingTheSourceIsCutOff() {
    assertThat(source(LIKES_THE_NEAREST,
        "The old senator last week opined that the plan had failed.", "the plan had failed"))
        .isEqualTo("The old senator");
  }

  @Test
  void aPossessiveOrContractedVerbEndingTheSourceIsCutOff() {
    assertThat(source(LIKES_THE_NEAREST,
        "In the hall, she\u2019s opined that the plan had failed.", "the plan had failed"))
        .isEqualTo("she");
    assertThat(source(LIKES_THE_NEAREST,
        "In the hall, Senator Brill's opined that the plan had failed.", "the plan had failed"))
        .isEqualTo("Senator Brill");
  }

  @Test
  void anotherStagesSourceIsCutAsThePickIsOrDroppedWhenItIsATime() {
    String text = "Ada Khan on Tuesday said that in the past week the plan failed.";
    Analysis a = new Analysis(Article.of("t", text), NlpModels.get());
    assertThat(LearnedSourceFinder.trimmed(a, Span.of(text, 0, text.indexOf(" said"))))
        .map(Span::text).hasValue("Ada Khan");
    int past = text.indexOf("the past week");
    assertThat(LearnedSourceFinder.trimmed(a, Span.of(text, past, past + 13))).isEmpty();
  }

  @Test
  void aNameOrANounBeforeATimeWordKeepsThePhraseASource() {
    assertThat(source(LIKES_THE_NEAREST,
        "At the hearing, Senator Ada June opined that the plan had failed.",
        "the plan had failed")).isEqualTo("Senator Ada June");
    assertThat(source(LIKES_THE_NEAREST,
        "At the hearing, Time opined that the plan had failed.", "the plan had failed"))
        .isEqualTo("Time");
  }

  @Test
  void aRelativePronounGivesWayToTheNounPhraseBeforeIt() {
    assertThat(source(LIKES_RELATIVES,
        "In the hall, the old senator, who led the inquiry, opined that the plan had failed.",
        "the plan had failed")).isEqualTo("the old senator");
  }

  @Test
  void aQuantifierOrReflexiveAfterItsPhraseGivesWayToThePhraseButNotOneStandingAlone() {
    Map<String, String> sources = Map.of(
        "In the hall, the two senators have all opined that", "the two senators",
        "In the hall, the old senator himself opined that", "the old senator",
        "In the hall, all opined that", "all",
        "The senators met, and all opined that", "all");
    sources.forEach((opening, source) -> assertThat(source(LIKES_THE_NEAREST,
        opening + " the plan had failed.", "the plan had failed")).as(opening).isEqualTo(source));
  }

  @Test
  void theGrammarsSpanGivesWayToAPickThatHoldsIt() {
    assertThat(source(LIKES_THE_NEAREST,
        "In the hall, Obama the idealist opined that the plan had failed.",
        "the plan had failed")).isEqualTo("Obama the idealist");
  }

  @Test
  void otherwiseTheMostProbableCandidateIsTheSource() {
    assertThat(source(LIKES_THE_FARTHEST,
        "In the hall, the old senator, who led the inquiry, opined that the plan had failed.",
        "the plan had failed")).isEqualTo("the hall");
  }

  private static String source(SourceModel model, String text, String content) {
    return source(model, text, content, "opined");
  }

  /** The source {@code model} picks for the cue {@code cueWord} with this content. */
  private static String source(SourceModel model, String text, String content, String cueWord) {
    Analysis a = new Analysis(Article.of("s", text), NlpModels.get());
    int start = text.indexOf(content);
    QuoteCandidate attribution = new QuoteCandidate(QuoteType.INDIRECT,
        List.of(Span.of(text, start, start + content.length())), null, null, 1.0, "test");
    LearnedSourceFinder finder = new LearnedSourceFinder(model, new SourceFeatures());
    String[] found = new String[1];
    OneCue.attribute(a, cueWord, LEXICON, (context, hit, previousSource) -> {
      found[0] = finder.find(context, hit, attribution, previousSource).map(Span::text)
          .orElse(null);
      return Optional.empty();
    });
    return found[0];
  }
}
