package org.quotekit.resolve;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quotekit.resolve.DefaultSpeakerResolverTest.extractWith;
import static org.quotekit.resolve.DefaultSpeakerResolverTest.speakerSaying;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.quotekit.Extraction;
import org.quotekit.SpeakerKind;

/**
 * Initials written without their period ("R Srinivasan" and "S Srinivasan"), orders a body issued
 * ("according to an order", "the order said"), the titles "Ombud" and "Mzee" and the post-nominal
 * "BL", a body whose name lists its fields with a comma ("the Department of Trade, Industry and
 * Competition") and an acronym that leaves out the place short form opening a body's name ("the
 * CPSC" after "the U.S. Consumer Product Safety Commission"), a court's judges, a group named with
 * a body's acronym in brackets, a mission named as a body, a Canadian province's short form and a
 * place set beside "the capital", a name that owns a company's deal, "the sources" far from the one
 * unnamed source of that kind, a transcript's label with a title in capitals, a body's name whose
 * field follows "on" and holds a plural owner, and a court's bench, under both bundled extractors.
 */
class InitialsOrdersAndListedNamesTest {

  /** Two people who share a surname, each with an initial and no period, stay two people. */
  @ParameterizedTest
  @ValueSource(strings = {"model", "rules"})
  void anInitialWithoutItsPeriodKeepsNamesakesApart(String extractor) {
    Extraction x = extractWith(extractor, """
        Port dues to rise

        CHENNAI: Kaveri Port Trust managing director R Raghavan told reporters that the new \
        dues would fund dredging. S Raghavan, an analyst at Arthveda Securities, said the rise \
        would hurt small exporters.
        """);
    assertThat(speakerSaying(x, "fund dredging").name()).isEqualTo("R Raghavan");
    assertThat(speakerSaying(x, "hurt small exporters").name()).isEqualTo("S Raghavan");
  }

  /**
   * An order is the document of the body that imposed or ordered what it records, named before
   * it in its sentence or the one before, also when the body is named by its noun ("The
   * tribunal also ordered").
   */
  @ParameterizedTest
  @ValueSource(strings = {"model", "rules"})
  void anOrderIsTheDocumentOfTheBodyThatIssuedIt(String extractor) {
    Extraction x = extractWith(extractor, """
        Dyeing units fined

        The Tamil Nadu Pollution Control Board has imposed penalties on six dyeing units in \
        Tiruppur, according to an order issued on Monday.

        The order said the units had discharged untreated effluent into the Noyyal river.

        The Green Appeals Tribunal on Friday upheld the penalties. The tribunal also ordered \
        the units to fund a clean-up of the river bed, according to the order.
        """);
    assertThat(speakerSaying(x, "imposed penalties").name())
        .isEqualTo("Tamil Nadu Pollution Control Board");
    assertThat(speakerSaying(x, "untreated effluent").name())
        .isEqualTo("Tamil Nadu Pollution Control Board");
    assertThat(speakerSaying(x, "clean-up").name()).isEqualTo("Green Appeals Tribunal");
  }

  /** "Ombud" is a title before a name, and the elder's "Mzee" an honorific. */
  @ParameterizedTest
  @ValueSource(strings = {"model", "rules"})
  void ombudAndMzeeAreNoPartOfTheName(String extractor) {
    Extraction x = extractWith(extractor, """
        Complaints pile up

        Energy Ombud Naledi Mthembu said her office had received 400 complaints since March.

        Mzee Olekina Sankale, 81, said the herders had been promised water points. "We are \
        still waiting," he said.
        """);
    assertThat(speakerSaying(x, "400 complaints").name()).isEqualTo("Naledi Mthembu");
    assertThat(speakerSaying(x, "promised water points").name()).isEqualTo("Olekina Sankale");
    assertThat(speakerSaying(x, "still waiting").name()).isEqualTo("Olekina Sankale");
  }

  /** An Irish barrister's "BL" after the name is no part of it, as "KC" or "SC" is not. */
  @ParameterizedTest
  @ValueSource(strings = {"model", "rules"})
  void barristerAtLawIsNoPartOfTheName(String extractor) {
    Extraction x = extractWith(extractor, """
        Judicial review granted

        Aoife Brennock BL, for the residents, said the council had ignored its own plan.
        """);
    assertThat(speakerSaying(x, "ignored its own plan").name()).isEqualTo("Aoife Brennock");
  }

  /**
   * A spokesperson for a body whose name lists its fields with a comma is that unnamed person,
   * not the body: the source does not start at the comma.
   */
  @ParameterizedTest
  @ValueSource(strings = {"model", "rules"})
  void aSpokespersonForANameWithACommaIsThePerson(String extractor) {
    Extraction x = extractWith(extractor, """
        Stadium grant cut

        The Department of Sport, Arts and Culture will cut its grant to the stadium trust. A \
        spokesperson for the Department of Sport, Arts and Culture said the minister would \
        explain the decision next week.
        """);
    assertThat(speakerSaying(x, "explain the decision").name())
        .startsWith("A spokesperson for the Department of Sport, Arts and Culture");
  }

  /**
   * An acronym of a body's name past the place short form that opens it ("U.S.") stands for that
   * body, though the text never defines it in brackets.
   */
  @ParameterizedTest
  @ValueSource(strings = {"model", "rules"})
  void anAcronymPastAPlaceShortFormIsTheBody(String extractor) {
    Extraction x = extractWith(extractor, """
        Kettles recalled

        WASHINGTON — Brenford Home is recalling 300,000 electric kettles, the U.S. Household \
        Product Safety Commission said Thursday.

        "Consumers should unplug these kettles at once," the HPSC said in a statement.
        """);
    assertThat(speakerSaying(x, "unplug these kettles").name())
        .isEqualTo("U.S. Household Product Safety Commission");
    assertThat(speakerSaying(x, "unplug these kettles").kind())
        .isEqualTo(SpeakerKind.ORGANIZATION);
  }

  /**
   * "the judges" alone are the bench of the court named just before, also after a quotation in
   * single marks; "the judges'" owning what speaks is not.
   */
  @ParameterizedTest
  @ValueSource(strings = {"model", "rules"})
  void theJudgesAreTheCourtNamedJustBefore(String extractor) {
    Extraction x = extractWith(extractor, """
        Court rules against surveillance

        STRASBOURG — The Regional Court of Human Rights rejected the government's appeal on \
        Tuesday. 'Whether or not the applicants were the targets is immaterial,' the judges \
        wrote.
        """);
    assertThat(speakerSaying(x, "applicants were the targets").name())
        .isEqualTo("Regional Court of Human Rights");
  }

  /** A group named with a body whose acronym follows in brackets leaves the acronym out. */
  @ParameterizedTest
  @ValueSource(strings = {"model", "rules"})
  void aGroupNameLeavesOutTheAcronymInBrackets(String extractor) {
    Extraction x = extractWith(extractor, """
        Militia leader in court

        THE HAGUE — Prosecutors at the Pan-African Court of Justice (PACJ) told judges on \
        Monday that the accused had ordered the attacks.
        """);
    assertThat(speakerSaying(x, "ordered the attacks").name())
        .isEqualTo("Prosecutors at the Pan-African Court of Justice");
  }

  /** A mission is a body: its whole name, and "the mission" after it. */
  @ParameterizedTest
  @ValueSource(strings = {"model", "rules"})
  void aMissionIsABody(String extractor) {
    Extraction x = extractWith(extractor, """
        Siege report published

        GENEVA — The International Fact-Finding Mission on Kessaly said government forces had \
        starved civilians during the siege. The mission said it had interviewed 300 witnesses.
        """);
    assertThat(speakerSaying(x, "starved civilians").name())
        .isEqualTo("International Fact-Finding Mission on Kessaly");
    assertThat(speakerSaying(x, "starved civilians").kind()).isEqualTo(SpeakerKind.ORGANIZATION);
    assertThat(speakerSaying(x, "300 witnesses").name())
        .isEqualTo("International Fact-Finding Mission on Kessaly");
  }

  /**
   * A province's short form after a town ("in Yorkton, Sask.,") is a place, not the name of the
   * unnamed person described before it.
   */
  @ParameterizedTest
  @ValueSource(strings = {"model", "rules"})
  void aProvinceAfterATownIsNoOnesName(String extractor) {
    Extraction x = extractWith(extractor, """
        Mill to close

        A Prairie Pulp shift supervisor in Prince Albert, Sask., who did not want to be named, \
        said workers had been told on Monday.

        "Nobody saw this coming," the supervisor said.
        """);
    assertThat(speakerSaying(x, "workers had been told").name())
        .startsWith("A Prairie Pulp shift supervisor");
    assertThat(x.speakers()).noneMatch(sp -> sp.name().equals("Sask"));
    assertThat(speakerSaying(x, "Nobody saw this coming").name())
        .startsWith("A Prairie Pulp shift supervisor");
  }

  /** A name set beside "the capital" is the capital's, not the unnamed source's. */
  @ParameterizedTest
  @ValueSource(strings = {"model", "rules"})
  void aNameBesideTheCapitalIsAPlace(String extractor) {
    Extraction x = extractWith(extractor, """
        Inquiry stalls

        A spokesperson for the Interior Ministry, reached by telephone in the capital, Santa \
        Orsola, said the ministry would not comment on the inquiry.
        """);
    assertThat(speakerSaying(x, "would not comment").name())
        .startsWith("A spokesperson for the Interior Ministry");
  }

  /**
   * A name that owns a deal or shares ("Lakeshore Health's planned $2.3 billion acquisition") is
   * a company's: "the company" after it is that name, not the other company named before.
   */
  @ParameterizedTest
  @ValueSource(strings = {"model", "rules"})
  void aNameThatOwnsADealIsACompany(String extractor) {
    Extraction x = extractWith(extractor, """
        Hospital merger challenged

        The Federal Trade Commission sued on Tuesday to block Brookmere Health's planned $1.8 \
        billion acquisition of Sandusky Valley Clinics.

        Brookmere said it would fight the lawsuit.

        "We are disappointed by the agency's decision," the company said in a statement.
        """);
    assertThat(speakerSaying(x, "disappointed by the agency").name())
        .isEqualTo("Brookmere Health");
  }

  /**
   * "the sources" paragraphs after the one unnamed plural source of that head continue it, though
   * nothing named them for several paragraphs.
   */
  @ParameterizedTest
  @ValueSource(strings = {"model", "rules"})
  void theSourcesFarOnContinueTheOnlySourcesOfThatKind(String extractor) {
    Extraction x = extractWith(extractor, """
        Cable makers raided

        TOKYO -- Sources close to the matter said the Japan Fair Trade Commission had raided \
        three cable makers on suspicion of rigging bids for railway contracts.

        The commission said it would not comment on individual cases.

        Osaka Densen, one of the companies, said it was cooperating fully with the inquiry.

        Shares of Osaka Densen fell 4 percent in Tokyo trading on Wednesday.

        Analysts at Hikari Securities said the fines could exceed 2 billion yen.

        The commission could order the firms to pay surcharges next year, the sources said.
        """);
    assertThat(speakerSaying(x, "pay surcharges").name())
        .isEqualTo(speakerSaying(x, "rigging bids").name()).contains("Sources close");
  }

  /**
   * A transcript's label with a title in capitals ("MR. HOLLOWAY:") names the person: the line
   * it opens is no title-case headline that would leave "MR." a name of its own, which "the
   * government" after it would then stand for.
   */
  @ParameterizedTest
  @ValueSource(strings = {"model", "rules"})
  void aLabelWithATitleInCapitalsNamesThePerson(String extractor) {
    Extraction x = extractWith(extractor, """
        Contractor sentenced

        Judge Miriam Osei sentenced Carl Holloway to two years in prison on Friday.

        THE COURT: Mr. Holloway, is there anything you would like to say?
        MR. HOLLOWAY: Yes, Your Honor. I knew it was wrong.
        THE COURT: Do you understand that the court has taken your cooperation into account?
        MR. HOLLOWAY: I do, Your Honor.

        In a sentencing memorandum, the government argued that Mr. Holloway had rigged the bids.
        """);
    assertThat(speakerSaying(x, "I knew it was wrong").name()).isEqualTo("Carl Holloway");
    assertThat(speakerSaying(x, "rigged the bids").name()).doesNotStartWith("MR");
  }

  /**
   * A body's name keeps its field after "on", also with a plural owner after "and" ("on Human
   * and Peoples' Rights") or "for" ("for Workers' Rights"), though the tagger reads its last
   * word as a common noun: "the Court" later is that whole name.
   */
  @ParameterizedTest
  @ValueSource(strings = {"model", "rules"})
  void aFieldAfterOnWithAPluralOwnerStaysInTheName(String extractor) {
    Extraction x = extractWith(extractor, """
        Court orders land returned

        ARUSHA. The Regional Court on Human and Peoples' Rights yesterday ordered the \
        Government of Zamboru to return grazing land to the Lemoru community.

        In its judgment, the Court found that the State had failed to consult the community.

        The Centre for Workers' Rights said the ruling would help other communities.
        """);
    assertThat(speakerSaying(x, "failed to consult").name())
        .isEqualTo("Regional Court on Human and Peoples' Rights");
    assertThat(speakerSaying(x, "help other communities").name())
        .isEqualTo("Centre for Workers' Rights");
  }

  /** A court's bench named with the court ("The Dharwad bench of the X High Court") is it. */
  @ParameterizedTest
  @ValueSource(strings = {"model", "rules"})
  void aCourtsBenchIsTheCourt(String extractor) {
    Extraction x = extractWith(extractor, """
        Eviction order quashed

        The Dharwad bench of the Karnataka High Court (KHC) on Monday set aside the eviction \
        order, saying the tenants had not been heard.
        """);
    assertThat(speakerSaying(x, "tenants had not").name()).isEqualTo("Karnataka High Court");
  }
}
