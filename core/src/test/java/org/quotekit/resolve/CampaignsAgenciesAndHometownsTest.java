package org.quotekit.resolve;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quotekit.resolve.DefaultSpeakerResolverTest.extractWith;
import static org.quotekit.resolve.DefaultSpeakerResolverTest.speakerSaying;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.quotekit.Extraction;
import org.quotekit.SpeakerKind;

/**
 * A campaign or party is no news outlet, an agency may be named an administration or an
 * organisation, people are called by the state they come from, a town people come from is no
 * person, and a document keeps its words when a participle and a time follow it, under both
 * bundled extractors.
 */
class CampaignsAgenciesAndHometownsTest {
  /**
   * "The campaign" and "a spokeswoman for the party" after an outlet that interviewed someone
   * ("told Fox News", "told the Tampa Bay Times") are not that outlet.
   */
  @ParameterizedTest
  @ValueSource(strings = {"model", "rules"})
  void aCampaignOrPartyIsNoNewsOutlet(String extractor) {
    Extraction x = extractWith(extractor, """
        Strategist Nora Quill told Fox News on Sunday that the staff changes meant nothing.

        The campaign said it raised $9.8 million in the second quarter.

        A spokeswoman for the party said the candidate was taking nothing for granted.
        """);
    assertThat(speakerSaying(x, "raised $9.8 million").name()).doesNotContain("Fox");
    assertThat(speakerSaying(x, "taking nothing for granted").mentions())
        .noneMatch(m -> m.text().contains("Fox"));
  }

  /**
   * "The agency" or "the space agency" is the public body named just before whose name says
   * administration or organisation rather than agency.
   */
  @ParameterizedTest
  @ValueSource(strings = {"model", "rules"})
  void anAgencyMayBeNamedAnAdministrationOrOrganisation(String extractor) {
    Extraction x = extractWith(extractor, """
        The Ardenne Space Research Organisation (ASRO) on Friday launched its third lunar probe. \
        The space agency said in a statement that 90 local firms had built parts.

        The Harbour Safety Administration on Monday closed the northern channel to tankers. The \
        agency said the closure would last at least a week.
        """);
    assertThat(speakerSaying(x, "90 local firms").name())
        .isEqualTo("Ardenne Space Research Organisation");
    assertThat(speakerSaying(x, "closure would last").name())
        .isEqualTo("Harbour Safety Administration");
  }

  /**
   * "The space agency" is the agency named last even where no name holds "space": not a centre
   * named since whose name does.
   */
  @ParameterizedTest
  @ValueSource(strings = {"model", "rules"})
  void anAgencyIsTheAgencyNamedLastThoughNoNameSharesItsWords(String extractor) {
    Extraction x = extractWith(extractor, """
        The Veltran Orbital Research Organisation (VORO) on Friday launched its first sample \
        mission.

        The craft lifted off from the Kessel Space Centre at 2.35 p.m.

        According to VORO, the capsule will return in October.

        The space agency said in a statement that 80 local firms had supplied parts.
        """);
    assertThat(speakerSaying(x, "80 local firms").name())
        .isEqualTo("Veltran Orbital Research Organisation");
  }

  /**
   * A document after a name that "for", "of" or "and" runs through ("A leaked Ministry for Rural
   * Affairs memo", "an Office of Water Statistics report") is that body's: the name is no head of
   * the mention.
   */
  @ParameterizedTest
  @ValueSource(strings = {"model", "rules"})
  void aDocumentAfterANameWithForOrOfIsItsIssuers(String extractor) {
    Extraction x = extractWith(extractor, """
        A leaked Ministry for Rural Affairs memo warned that the grant cuts would close farms.

        An Office of Water Statistics report found that river levels fell by a fifth in August.
        """);
    assertThat(speakerSaying(x, "grant cuts would close").name())
        .isEqualTo("Ministry for Rural Affairs");
    assertThat(speakerSaying(x, "river levels fell").name())
        .isEqualTo("Office of Water Statistics");
  }

  /**
   * "X's likely opponent, Navy veteran Dana Kettleby, ..." is Kettleby: a description may stand
   * before the apposed name with a capitalised word ("Navy veteran", "Harvard economist").
   */
  @ParameterizedTest
  @ValueSource(strings = {"model", "rules"})
  void aNameAfterACapitalisedDescriberIsTheApposedPerson(String extractor) {
    Extraction x = extractWith(extractor, """
        Rep. Colt Marsh defended the farm bill on Monday.

        Marsh's likely Democratic opponent, Navy veteran Dana Kettleby, has already seized on \
        it, tweeting: "Families here deserve better."
        """);
    assertThat(speakerSaying(x, "Families here deserve better").name())
        .isEqualTo("Dana Kettleby");
  }

  /** "The Kentuckian" or "the Ohioan" continues the person the sentence before spoke of. */
  @ParameterizedTest
  @ValueSource(strings = {"model", "rules"})
  void aStatesPeopleNounContinuesThePersonInFocus(String extractor) {
    Extraction x = extractWith(extractor, """
        Former Rep. Cole Danvers said he would call both sides into one room. Pressed for \
        details, the Kentuckian acknowledged that he had not spoken to any foreign leaders.
        """);
    assertThat(speakerSaying(x, "not spoken to any foreign leaders").name())
        .isEqualTo("Cole Danvers");
  }

  /**
   * A lone capitalised word after a person noun and "from" ("a retired teacher from Corvington") is
   * a town, also where the text wrote it before ("between Corvington and Ellsby"): no person for
   * "the woman" to continue; and the drivers on a road between two towns are who say it.
   */
  @ParameterizedTest
  @ValueSource(strings = {"model", "rules"})
  void aTownPeopleComeFromIsNoPerson(String extractor) {
    Extraction x = extractWith(extractor, """
        Drivers on the A40 between Corvington and Ellsby say the surface has been ruined by frost.

        A retired teacher from Corvington who asked not to be named said she had given up driving \
        at night. "It is a disgrace," the woman said.
        """);
    assertThat(speakerSaying(x, "surface has been ruined").name()).startsWith("Drivers");
    assertThat(x.speakers()).noneMatch(s -> s.name().equals("Corvington")
        && s.kind() == SpeakerKind.PERSON);
    assertThat(speakerSaying(x, "It is a disgrace").name()).isNotEqualTo("Corvington");
  }

  /**
   * "..., a report published on Wednesday said, adding pressure on ..." is the report's: the
   * participle and time after the document's noun are no end of the speaker, and "adding
   * pressure" names no one.
   */
  @ParameterizedTest
  @ValueSource(strings = {"model", "rules"})
  void aDocumentWithAParticipleAndATimeKeepsItsWords(String extractor) {
    Extraction x = extractWith(extractor, """
        The deficit will double by 2030, a budget office study released on Monday said.
        """);
    Extraction y = extractWith(extractor, """
        Emissions climbed to a record high last year, a report said on Wednesday, adding \
        pressure on negotiators.
        """);
    assertThat(speakerSaying(x, "deficit will double").kind()).isEqualTo(SpeakerKind.DOCUMENT);
    assertThat(speakerSaying(y, "Emissions climbed").kind()).isEqualTo(SpeakerKind.DOCUMENT);
  }
}
