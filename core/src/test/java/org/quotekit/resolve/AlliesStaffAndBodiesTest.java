package org.quotekit.resolve;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quotekit.resolve.DefaultSpeakerResolverTest.extractWith;
import static org.quotekit.resolve.DefaultSpeakerResolverTest.speakerSaying;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.quotekit.Extraction;

/**
 * Speakers named by whom they stand by or serve ("an ally of the minister", "the premier's
 * spokesman"), and bodies named again in other words, under both bundled extractors.
 */
class AlliesStaffAndBodiesTest {
  /** "An ally of X said": the ally speaks, not X, though the tagger reads "ally" as an adverb. */
  @ParameterizedTest
  @ValueSource(strings = {"model", "rules"})
  void anAllyOfAPersonIsSomeoneElse(String extractor) {
    Extraction x = extractWith(extractor, """
        Reshuffle fallout

        Dorothy Kettering was moved to the backbenches on Tuesday. An ally of Ms Kettering \
        said: "She was let down by the whips."

        Gareth Pryce, the Treasury minister, is weighing a new levy. One ally of the minister \
        said he was "alive to the risks for small firms".
        """);
    assertThat(speakerSaying(x, "She was let down by the whips").name())
        .isEqualTo("An ally of Ms Kettering");
    assertThat(speakerSaying(x, "alive to the risks").name())
        .isEqualTo("One ally of the minister");
  }

  /**
   * "The premier's spokesman" serves the premier: not the person named after him, nor a
   * spokesman the text gave to a charity before.
   */
  @ParameterizedTest
  @ValueSource(strings = {"model", "rules"})
  void thePostHoldersSpokesmanIsNoOneElsesStaff(String extractor) {
    Extraction x = extractWith(extractor, """
        Bus passes kept

        The government kept free bus passes on Thursday. The premier's spokesman said the \
        cabinet had "heard the concerns". Winifred Osei, director of the Age Link charity, \
        welcomed the move.

        A spokesman for the charity Open Roads said the decision was "a relief for rural \
        pensioners". The premier's chief spokesman said: "The scheme is affordable."
        """);
    assertThat(speakerSaying(x, "had \"heard the concerns\"").name())
        .isNotEqualTo("Winifred Osei").contains("spokesman");
    assertThat(speakerSaying(x, "The scheme is affordable").name())
        .doesNotContain("Open Roads").contains("spokesman");
  }

  /** "Police said" opening a sentence is the police force named before, not a new body. */
  @ParameterizedTest
  @ValueSource(strings = {"model", "rules"})
  void policeOpeningASentenceIsTheForceNamedBefore(String extractor) {
    Extraction x = extractWith(extractor, """
        Van stolen

        A delivery van was taken from a depot on Friday, according to the Lakemont Police \
        Service. Police said a 19-year-old has been arrested.
        """);
    assertThat(speakerSaying(x, "a 19-year-old has been arrested").name())
        .isEqualTo("Lakemont Police Service");
  }

  /**
   * Drug and device makers named "X Bio", "X Medical" or "X Oncology" are organisations: "the
   * company" and "the biotech" after a content they open stand for them, while a post written
   * in capitals with "Medical" in it stays a person's.
   */
  @ParameterizedTest
  @ValueSource(strings = {"model", "rules"})
  void biotechAndDeviceMakersAreOrganisations(String extractor) {
    Extraction x = extractWith(extractor, """
        Layoffs and recalls

        Calderon Bio will cut about 60 jobs, the biotech said on Monday.

        Quorvane Medical said the fault affected older monitors. The company said replacements \
        would ship in June.

        Dr. Helen Ashby was appointed on Friday. The Chief Medical Officer said the wards were \
        safe.
        """);
    assertThat(speakerSaying(x, "will cut about 60 jobs").name()).isEqualTo("Calderon Bio");
    assertThat(speakerSaying(x, "replacements would ship").name()).isEqualTo("Quorvane Medical");
    assertThat(speakerSaying(x, "the wards were safe").kind()).isNotEqualTo(
        org.quotekit.SpeakerKind.ORGANIZATION);
  }

  /** "The man whose bike was stolen" is someone new, not the officer quoted just before. */
  @ParameterizedTest
  @ValueSource(strings = {"model", "rules"})
  void aPersonNounWithARelativeClauseIsSomeoneNew(String extractor) {
    Extraction x = extractWith(extractor, """
        Bike thefts

        Sergeant Mark Dobbin said six bikes had been taken this month. The man whose bike was \
        stolen on Tuesday said he had locked it outside the library.
        """);
    assertThat(speakerSaying(x, "he had locked it").name()).isNotEqualTo("Mark Dobbin");
  }

  /**
   * Capitalised common words after an organisation noun are the body's name ("research firm
   * Lantern Metrics", "environmental group Blue Wake"), and a trade opening the sentence is no
   * part of the name after it ("Operator Kestrel Coast Railway").
   */
  @ParameterizedTest
  @ValueSource(strings = {"model", "rules"})
  void capitalisedWordsAfterAnOrganisationNounNameTheBody(String extractor) {
    Extraction x = extractWith(extractor, """
        Commuters quit

        The survey by research firm Lantern Metrics said a fifth of riders had quit. Lantern \
        Metrics said fares were the main reason.

        Environmental group Blue Wake said the spill was worse than reported.

        Operator Kestrel Coast Railway said services would resume on Monday.
        """);
    assertThat(speakerSaying(x, "a fifth of riders").name()).isEqualTo("Lantern Metrics");
    assertThat(speakerSaying(x, "the spill was worse").name()).isEqualTo("Blue Wake");
    assertThat(speakerSaying(x, "services would resume").name())
        .isEqualTo("Kestrel Coast Railway");
  }

  /**
   * "The agency" is the public body named before, not the company or the university named
   * since: an agency's name says it is one ("Administration", "Authority").
   */
  @ParameterizedTest
  @ValueSource(strings = {"model", "rules"})
  void theAgencyIsThePublicBodyNotTheCompanyNamedSince(String extractor) {
    Extraction x = extractWith(extractor, """
        Panel rejects drug

        Advisers to the Medicines Review Administration voted 8 to 3 on Thursday that \
        Quarrow Biologics had failed to show its drug works.

        "The benefit is too small," said Dr. Helen Marsh, a cardiologist at the University of \
        Leeds who chaired the panel.

        The agency's briefing documents said the result did not hold up.
        """);
    assertThat(speakerSaying(x, "the result did not hold up").name())
        .isEqualTo("Medicines Review Administration");
  }

  /**
   * "The company" is not the news agency of the dateline's credit or the one a source "told":
   * "BOSTON (Reuters) - ... told Reuters ... the company said" is the drugmaker's.
   */
  @ParameterizedTest
  @ValueSource(strings = {"model", "rules"})
  void theCompanyIsNoNewsAgencyThatWasTold(String extractor) {
    Extraction x = extractWith(extractor, """
        Pill cuts hospital stays

        BOSTON, Oct 3 (Reuters) - Tarrant Biosciences said on Tuesday its heart pill cut \
        hospital stays by a fifth in a late-stage trial.

        The study enrolled 4,100 patients in nine countries.

        "This is the result we waited a decade for," Tarrant's medical chief Ines Maro told \
        Reuters in an interview.

        Maro said full data would be shown in Madrid.

        The pill was generally well tolerated, the company said.
        """);
    assertThat(speakerSaying(x, "generally well tolerated").name())
        .isEqualTo("Tarrant Biosciences");
  }
}
