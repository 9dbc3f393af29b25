package org.quotekit.resolve;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quotekit.resolve.DefaultSpeakerResolverTest.extractWith;
import static org.quotekit.resolve.DefaultSpeakerResolverTest.speakerSaying;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.quotekit.Extraction;
import org.quotekit.Quote;
import org.quotekit.SpeakerKind;

/**
 * The one who "agreed to answer questions" answers a Q&A, names set beside an indefinite role or
 * a description with a relative clause, a title before a name that a cue word spells, offices
 * named after a post, an agency past a company named before a post, a surname shared by a firm
 * and a person with a suffix, and "Her Honour", under both bundled extractors.
 */
class AnswersAppositionsAndOfficesTest {
  /**
   * The person who "agreed to answer questions", past a relative clause on the name, answers
   * the Q&A that follows, not the person the article quoted first.
   */
  @ParameterizedTest
  @ValueSource(strings = {"model", "rules"})
  void theOneWhoAgreedToAnswerQuestionsAnswers(String extractor) {
    Extraction x = extractWith(extractor, """
        Panel under fire

        "It felt like being called a cheat," Rebecca Holloway said of the hearing.

        Professor Martin Greaves, who chairs the conduct board, agreed to answer questions from \
        the Courier.

        Q: How many cases has the board heard this year?

        A: Forty-one so far, and most were resolved quickly.
        """);
    assertThat(speakerSaying(x, "Forty-one so far").name()).isEqualTo("Martin Greaves");
  }

  /**
   * "A losing bidder, Forks Crossing Group, said": an organisation set beside an indefinite role
   * is the speaker; but in "A representative for the landlord, Carver Street Holdings, said" the
   * company is the landlord, and the representative speaks.
   */
  @ParameterizedTest
  @ValueSource(strings = {"model", "rules"})
  void anOrganisationSetBesideAnIndefiniteRoleSpeaks(String extractor) {
    Extraction x = extractWith(extractor, """
        Bridge contract awarded

        The council awarded the bridge contract to Tallis Kerr on Monday. A losing bidder, \
        Forks Crossing Group, said in a statement it was reviewing the debrief.

        Tenants say repairs are overdue. A representative for the landlord, Carver Street \
        Holdings, said the work would be finished by March.
        """);
    assertThat(speakerSaying(x, "reviewing the debrief").name())
        .isEqualTo("Forks Crossing Group");
    assertThat(speakerSaying(x, "finished by March").name())
        .isNotEqualTo("Carver Street Holdings");
  }

  /**
   * "The academic who reported the essay, Dr Simon Achebe of the Department of Politics, said":
   * the name set beside the description, past its relative clause, speaks.
   */
  @ParameterizedTest
  @ValueSource(strings = {"model", "rules"})
  void aNameBesideADescriptionWithARelativeClauseSpeaks(String extractor) {
    Extraction x = extractWith(extractor, """
        Essay case

        The student was cleared on Friday. The academic who reported the essay, Dr Simon Achebe \
        of the Department of Politics, said in an email that he had followed procedure.
        """);
    assertThat(speakerSaying(x, "followed procedure").name()).isEqualTo("Simon Achebe");
  }

  /**
   * "Tenants' advocate Maria Kostas said": the word before the name is her title, not the cue,
   * so the quote is what she said and she says it; so past an aside after the name, where the
   * possessive before the title is no speaker either.
   */
  @ParameterizedTest
  @ValueSource(strings = {"model", "rules"})
  void aTitleBeforeANameIsNoCue(String extractor) {
    Extraction x = extractWith(extractor, """
        Rents rise again

        Landlords raised rents by nine per cent this year. Tenants' advocate Maria Kostas said \
        students were often reluctant to complain. Consumer advocate Jon Reyes said the rise was \
        unfair.

        Renters' advocate Ines Alvarado, from the Geelport Renters' Network, said the waiting \
        lists had doubled.
        """);
    Quote q = x.quotes().stream().filter(c -> c.content().text().contains("reluctant to complain"))
        .findFirst().orElseThrow();
    assertThat(q.content().text()).startsWith("students were often");
    assertThat(speakerSaying(x, "reluctant to complain").name()).isEqualTo("Maria Kostas");
    assertThat(speakerSaying(x, "the rise was unfair").name()).isEqualTo("Jon Reyes");
    assertThat(speakerSaying(x, "waiting lists had doubled").name()).isEqualTo("Ines Alvarado");
  }

  /** "The Office of the Dean of Students" is an office, named whole, not a person "of Students". */
  @ParameterizedTest
  @ValueSource(strings = {"model", "rules"})
  void anOfficeNamedAfterAPostIsAnOrganisation(String extractor) {
    Extraction x = extractWith(extractor, """
        Election voided

        The Office of the Dean of Students said in a statement that it would not intervene.
        """);
    assertThat(speakerSaying(x, "would not intervene").name())
        .isEqualTo("Office of the Dean of Students");
    assertThat(speakerSaying(x, "would not intervene").kind())
        .isEqualTo(SpeakerKind.ORGANIZATION);
  }

  /**
   * "Pruitt" after the firm "Brightmoor Pruitt" and "Theodore Pruitt III" is the man: a name with
   * no given name does not win over a suffixed one as "Trump" wins over "Donald Trump Jr." does.
   */
  @ParameterizedTest
  @ValueSource(strings = {"model", "rules"})
  void aSurnameGoesToTheSuffixedPersonOverAFirm(String extractor) {
    Extraction x = extractWith(extractor, """
        Firms merge

        The combination of Dwyer Haskell and Brightmoor Pruitt closed on Monday. Its vice chair \
        is Theodore Pruitt III.

        "We merged to get better, not bigger," Pruitt said.
        """);
    assertThat(speakerSaying(x, "We merged to get better").name())
        .isEqualTo("Theodore Pruitt III");
  }

  /**
   * "The agency" again, after a company named only before its president's name, is the agency it
   * was before, not the company.
   */
  @ParameterizedTest
  @ValueSource(strings = {"model", "rules"})
  void aBodyNamedOnlyBeforeAPostIsNoAgencyNamedLast(String extractor) {
    Extraction x = extractWith(extractor, """
        Recall widens

        A Listeria recall at Maplecrest Fine Foods has expanded to 40 products, the Canadian \
        Food Safety Directorate (CFSD) said Wednesday.

        The agency first issued a recall notice on Sept. 3 for two lots of smoked turkey.

        Maplecrest president Gordon Lau said the company had shut down the affected line.

        "We are deeply sorry," Lau said in a statement.

        The agency said no illnesses had been reported in connection with the products.
        """);
    assertThat(speakerSaying(x, "no illnesses had been reported").name())
        .isEqualTo("Canadian Food Safety Directorate");
  }

  /** "Her Honour" is the judge the article named before. */
  @ParameterizedTest
  @ValueSource(strings = {"model", "rules"})
  void herHonourIsTheJudge(String extractor) {
    Extraction x = extractWith(extractor, """
        Builder must pay

        Justice Miranda Carvalho delivered the judgment on Tuesday. Lawyers for the builder \
        said they would study it. Her Honour said the expert evidence was careful and \
        consistent.
        """);
    assertThat(speakerSaying(x, "expert evidence was careful").name())
        .isEqualTo("Miranda Carvalho");
  }
}
