package org.quotekit.resolve;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quotekit.resolve.DefaultSpeakerResolverTest.extractWith;
import static org.quotekit.resolve.DefaultSpeakerResolverTest.speakerSaying;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.quotekit.Extraction;

/**
 * An aside between dashes, a party and state tag and a capital letter are no speakers; a
 * participle after a quotation and "quoted by an outlet as saying" speak for the subject; an
 * office of a named body is no other office; an aged role fits the holder of that post, not a
 * deputy of another, under both bundled extractors.
 */
class AsidesTagsAndOfficesTest {
  /** "Sen. X (D-Vt.) — no relation — asked" is the senator's: the aside names no one. */
  @ParameterizedTest
  @ValueSource(strings = {"model", "rules"})
  void aDashAsideThatNamesNoOneIsNoSpeaker(String extractor) {
    Extraction x = extractWith(extractor, """
        The committee questioned Judge Arnold Pettibone for six hours on Wednesday.

        Rep. Miriam Pettibone (D-Ore.) \u2014 no relation \u2014 asked the judge whether he \
        would recuse himself from the water case.
        """);
    assertThat(speakerSaying(x, "recuse himself").name()).isEqualTo("Miriam Pettibone");
  }

  /**
   * In '... called the plan "reckless," saying the figures were wrong' what follows the
   * participle is said, by the subject of the verb before the quotation, and the noun after the
   * participle is no inverted subject.
   */
  @ParameterizedTest
  @ValueSource(strings = {"model", "rules"})
  void aParticipleAfterAQuotationSpeaksForTheSubject(String extractor) {
    Extraction x = extractWith(extractor, """
        Councillor Bram Oyelaran opposed the depot plan on Tuesday. Oyelaran called the plan \
        "reckless," saying the council used figures from 2011.
        """);
    assertThat(speakerSaying(x, "figures from 2011").name()).isEqualTo("Bram Oyelaran");
  }

  /** "X was quoted by Prenzal as saying that ..." is X's, not the agency's. */
  @ParameterizedTest
  @ValueSource(strings = {"model", "rules"})
  void quotedByAnOutletAsSayingIsTheOneQuoted(String extractor) {
    Extraction x = extractWith(extractor, """
        Marquesa recalled its ambassador on Sunday.

        Foreign Minister Tomas Ilvarde was quoted by Prenzal as saying that the decision was \
        "final and not open to discussion."
        """);
    assertThat(speakerSaying(x, "final and not open").name()).isEqualTo("Tomas Ilvarde");
  }

  /** "A spokesman for Speaker X, R-Ind., said" is the spokesman, no one called "R-Ind". */
  @ParameterizedTest
  @ValueSource(strings = {"model", "rules"})
  void aPartyAndStateTagNamesNoOne(String extractor) {
    Extraction x = extractWith(extractor, """
        The House adjourned on Thursday without a vote on the farm bill.

        A spokesman for House Majority Leader Curtis Bellweather, R-Ind., said in a statement \
        that the chamber would return to it in January.
        """);
    assertThat(speakerSaying(x, "return to it in January").name()).isNotEqualTo("R-Ind")
        .startsWith("A spokesman for");
  }

  /**
   * A word in the dictionary that only ever opens its sentence ("Rail" of "Rail drivers reject
   * ..." and "Rail drivers will strike"), which the tagger may read as a name, is a capital
   * letter, not a body that "the union" stands for.
   */
  @ParameterizedTest
  @ValueSource(strings = {"model", "rules"})
  void aCapitalisedNounThatOpensItsSentencesIsNoBody(String extractor) {
    Extraction x = extractWith(extractor, """
        Rail drivers reject 5% pay offer as minister warns 'the budget is spent'

        Rail drivers will strike next week, the union said.
        """);
    assertThat(speakerSaying(x, "will strike next week").name()).isNotEqualTo("Rail");
  }

  /**
   * "The office of the Ethics Commissioner" is not "Roy's office" quoted before: an office of a
   * body the phrase names is that one's.
   */
  @ParameterizedTest
  @ValueSource(strings = {"model", "rules"})
  void anOfficeOfANamedBodyIsNoOtherOffice(String extractor) {
    Extraction x = extractWith(extractor, """
        Senator Gilles Marchetti denied the report on Monday.

        Marchetti's office said in a statement that the claim was "categorically false."

        The office of the Integrity Commissioner confirmed it had received a complaint about \
        the contract.
        """);
    assertThat(speakerSaying(x, "received a complaint").name()).doesNotContain("Marchetti");
  }

  /**
   * "The 68-year-old former secretary" fits the former secretary named before, not the deputy
   * press secretary quoted between: an age tells no holders apart, and a deputy's post is not the
   * post itself.
   */
  @ParameterizedTest
  @ValueSource(strings = {"model", "rules"})
  void anAgedRoleFitsTheHolderOfThePostNotADeputy(String extractor) {
    Extraction x = extractWith(extractor, """
        Former Treasury Secretary Harold Brankstone has published a memoir about the crisis \
        years. The deputy press secretary, Lena Ostrowski, called the book fiction.

        The 68-year-old former secretary, reached at his farm in Vermont, said he had no \
        regrets about its timing.
        """);
    assertThat(speakerSaying(x, "no regrets").name()).isEqualTo("Harold Brankstone");
  }
}
