package org.quotekit.resolve;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quotekit.resolve.DefaultSpeakerResolverTest.extractWith;
import static org.quotekit.resolve.DefaultSpeakerResolverTest.speakerSaying;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.quotekit.Extraction;
import org.quotekit.Speaker;
import org.quotekit.SpeakerKind;

/**
 * Speakers in the shapes of trade copy: a company noun that fits only a company of its trade,
 * a law that no organisation noun stands for, company names that end in an insurer's or a
 * broker's word, a body's short name without its last word, a count's title, a surname of two
 * letters after a title and an affiliation, and a body's name set beside its description. Under
 * both bundled extractors.
 */
class TradesHonorificsAndShortSurnamesTest {

  /**
   * "The insurer" after an insurer and then a central bank is the insurer: a bank is no insurer,
   * though it was named last.
   */
  @ParameterizedTest
  @ValueSource(strings = {"model", "rules"})
  void theInsurerIsNoBankNamedAfterIt(String extractor) {
    Extraction x = extractWith(extractor, """
        Ombudsman upholds complaint over travel claim

        Corrib Valley Assurance said it would honour the award in full. The Central Bank of \
        Ireland said it was reviewing how travel claims were handled across the market. The \
        insurer said it would not appeal the decision.
        """);
    Speaker insurer = speakerSaying(x, "would not appeal");
    assertThat(insurer.name()).isEqualTo("Corrib Valley Assurance");
    assertThat(insurer.kind()).isEqualTo(SpeakerKind.ORGANIZATION);
  }

  /**
   * "The firm" after a broker and a law named in the sentence before is the broker: an
   * ordinance is no organisation a noun stands for.
   */
  @ParameterizedTest
  @ValueSource(strings = {"model", "rules"})
  void theFirmIsNoLawNamedBeforeIt(String extractor) {
    Extraction x = extractWith(extractor, """
        Agent banned for five years

        The Insurance Authority said the agent had breached the conduct rules set by the \
        Insurance Companies Ordinance. Kowloon Bay Brokers said it had dismissed him in March. \
        The firm said it had co-operated fully with the inquiry.
        """);
    assertThat(speakerSaying(x, "co-operated fully").name()).isEqualTo("Kowloon Bay Brokers");
  }

  /** "the collective" is the Collective the text named before. */
  @ParameterizedTest
  @ValueSource(strings = {"model", "rules"})
  void theCollectiveIsTheCollectiveNamedBefore(String extractor) {
    Extraction x = extractWith(extractor, """
        Growers ask banks for patience

        The Wairau Orchard Growers Collective warned that members faced a hard winter. In a \
        statement, the collective said it had asked lenders to defer repayments.
        """);
    assertThat(speakerSaying(x, "defer repayments").name())
        .isEqualTo("Wairau Orchard Growers Collective");
  }

  /**
   * "Prairie Shield Mutual" after "Prairie Shield Mutual Health" is that insurer, its name cut
   * after its business word, not a new one, and no person's name.
   */
  @ParameterizedTest
  @ValueSource(strings = {"model", "rules"})
  void aBodyNamedToItsBusinessWordIsTheBodyNamedInFull(String extractor) {
    Extraction x = extractWith(extractor, """
        Imaging denials under review

        Her insurer, Prairie Shield Mutual Health, is one of four companies the state is \
        examining.

        Prairie Shield Mutual said in a statement that it "follows published guidelines".
        """);
    Speaker insurer = speakerSaying(x, "follows published guidelines");
    assertThat(insurer.name()).isEqualTo("Prairie Shield Mutual Health");
    assertThat(insurer.kind()).isEqualTo(SpeakerKind.ORGANIZATION);
  }

  /** "Count Ottavio Serristori" is Ottavio Serristori, the count's title no part of his name. */
  @ParameterizedTest
  @ValueSource(strings = {"model", "rules"})
  void aCountsTitleIsNoPartOfHisName(String extractor) {
    Extraction x = extractWith(extractor, """
        Chianti estate sells its cellar

        Count Ottavio Serristori, whose family has owned the estate since 1720, said the sale \
        would pay for new vines. "We keep the land," he said.
        """);
    assertThat(speakerSaying(x, "pay for new vines").name()).isEqualTo("Ottavio Serristori");
    assertThat(speakerSaying(x, "We keep the land").name()).isEqualTo("Ottavio Serristori");
  }

  /**
   * "Associate Professor Lawrence Ma of the Harbour Business School said": a surname of two
   * letters after a first name names him, though the tagger read both as common nouns after
   * "Associate", and "he" after it is him, not the woman quoted first.
   */
  @ParameterizedTest
  @ValueSource(strings = {"model", "rules"})
  void aSurnameOfTwoLettersAfterATitleNamesThePerson(String extractor) {
    Extraction x = extractWith(extractor, """
        Fines become the regulator's tool of choice

        Association president Chua Li Ping said members would review their sales practices. \
        Associate Professor Lawrence Ma of the Harbour Business School said fines had become the \
        regulator's preferred tool. "They settle cases quickly," he said.
        """);
    assertThat(speakerSaying(x, "preferred tool").name()).isEqualTo("Lawrence Ma");
    assertThat(speakerSaying(x, "They settle cases quickly").name()).isEqualTo("Lawrence Ma");
  }

  /**
   * "according to the Portuguese statistics agency, Estatis.": the one name set beside the
   * description and closing the sentence is the body that reported.
   */
  @ParameterizedTest
  @ValueSource(strings = {"model", "rules"})
  void aNameSetBesideAnOrganisationNounIsThatBody(String extractor) {
    Extraction x = extractWith(extractor, """
        Cork exports rise

        Exports of natural cork rose 6% by value last year, according to the Portuguese \
        statistics agency, Estatis.
        """);
    Speaker agency = speakerSaying(x, "Exports of natural cork");
    assertThat(agency.name()).isEqualTo("Estatis");
    assertThat(agency.kind()).isEqualTo(SpeakerKind.ORGANIZATION);
  }

  /**
   * "According to Orchard Tasmania's latest export survey, ... The survey found": the survey is
   * the one its owner spoke in, though nothing showed the owner to be an organisation.
   */
  @ParameterizedTest
  @ValueSource(strings = {"model", "rules"})
  void theSurveyIsTheOneItsOwnerSpokeIn(String extractor) {
    Extraction x = extractWith(extractor, """
        Apple exports slow

        According to Orchard Tasmania's latest export survey, shipments to Asia fell 12 per \
        cent. The survey found that fruit in cold storage had reached a record.
        """);
    assertThat(speakerSaying(x, "shipments to Asia").name()).isEqualTo("Orchard Tasmania");
    assertThat(speakerSaying(x, "fruit in cold storage").name()).isEqualTo("Orchard Tasmania");
  }

  /** "the circular said" after a regulator quoted just before is the regulator's circular. */
  @ParameterizedTest
  @ValueSource(strings = {"model", "rules"})
  void theCircularIsTheRegulatorsQuotedBefore(String extractor) {
    Extraction x = extractWith(extractor, """
        Brokers given a day to report trades

        The Securities Board of Lanark (SBL) said brokers must report trades within a day. \
        Firms that miss the deadline will be fined, the circular said.
        """);
    assertThat(speakerSaying(x, "miss the deadline").name())
        .isEqualTo("Securities Board of Lanark");
  }

  /**
   * "the Prak annual report showed": the body named before the document's noun issued it, though
   * the tagger read "annual" as a conjunction.
   */
  @ParameterizedTest
  @ValueSource(strings = {"model", "rules"})
  void aBodyNamedBeforeAnAnnualReportIssuedIt(String extractor) {
    Extraction x = extractWith(extractor, """
        Pension costs to be published

        The Pensions Regulatory Authority of Kenya (Prak) has told schemes to publish their \
        costs. Payouts rose 9% last year, the Prak annual report showed.
        """);
    assertThat(speakerSaying(x, "Payouts rose").name())
        .isEqualTo("Pensions Regulatory Authority of Kenya");
  }

  /**
   * "A retired teacher who bought the policy through an agent, and who asked to be identified
   * only by her surname, Okafor, said": the name given after a second relative clause is the
   * source's, and "she" after it is the same person.
   */
  @ParameterizedTest
  @ValueSource(strings = {"model", "rules"})
  void aSurnameGivenAfterASecondRelativeClauseNamesTheSource(String extractor) {
    Extraction x = extractWith(extractor, """
        Agent struck off

        A retired teacher who bought the policy through a cousin, and who asked to be \
        identified only by her surname, Okafor, said she had never been shown the terms. "He \
        told me it was a savings account," she said.
        """);
    assertThat(speakerSaying(x, "never been shown the terms").name()).isEqualTo("Okafor");
    assertThat(speakerSaying(x, "savings account").name()).isEqualTo("Okafor");
  }

  /**
   * "One picker, a seasonal worker, said ... \"...,\" said the man, who asked not to be named":
   * the definite noun after the cue is the unnamed source quoted just before, not someone new.
   */
  @ParameterizedTest
  @ValueSource(strings = {"model", "rules"})
  void theManAfterTheCueIsTheUnnamedSourceJustQuoted(String extractor) {
    Extraction x = extractWith(extractor, """
        Orchard pickers return to work

        Union organiser Lerato Dube said the deal was the best on offer.

        One picker, a seasonal worker from Ceres, said he was glad to be back. "We only want \
        a fair wage," said the man, who asked not to be named.
        """);
    Speaker picker = speakerSaying(x, "glad to be back");
    assertThat(speakerSaying(x, "a fair wage")).isEqualTo(picker);
    assertThat(picker.name()).doesNotContain("Dube");
  }

  /**
   * "Ibarra" after "Lucía Ibarra Montes" and then her father "Tomás Ibarra", with "she said" next
   * in the paragraph and no one named between, is her: the first of her two surnames.
   */
  @ParameterizedTest
  @ValueSource(strings = {"model", "rules"})
  void aSharedSurnameIsThePersonThePronounAfterItFits(String extractor) {
    Extraction x = extractWith(extractor, """
        Growers count the cost of the fires

        Growers' association president Lucía Ibarra Montes said the family vineyard had lost \
        40 hectares. Her father, Tomás Ibarra, said he had stayed to cut firebreaks.

        Ibarra said the association would list the wineries still open. "Visitors should keep \
        coming," she said.
        """);
    assertThat(speakerSaying(x, "list the wineries").name()).isEqualTo("Lucía Ibarra Montes");
    assertThat(speakerSaying(x, "cut firebreaks").name()).isEqualTo("Tomás Ibarra");
  }

  /**
   * "..., the fund actuary said. Mei Lin Ashford, a partner at Corran Actuarial and the fund
   * actuary, said": the role noun is the person the next sentence gives it in apposition, not
   * the person quoted last.
   */
  @ParameterizedTest
  @ValueSource(strings = {"model", "rules"})
  void aRoleGivenInTheNextSentenceNamesItsHolder(String extractor) {
    Extraction x = extractWith(extractor, """
        Rail pension fund closes its deficit

        Chair of trustees Gordon Pryce said: "Every member's pension is now secure."

        The fund was 78% funded four years ago, the fund actuary said. Mei Lin Ashford, a \
        partner at Corran Actuarial and the fund actuary, said that higher yields had closed \
        the gap.
        """);
    assertThat(speakerSaying(x, "78% funded").name()).isEqualTo("Mei Lin Ashford");
    assertThat(speakerSaying(x, "Every member").name()).isEqualTo("Gordon Pryce");
  }

  /**
   * "Harrowgate Foods plc said": a legal form in small letters ends the company's name, which is
   * no description whose head noun is "plc" and so no other company named after it.
   */
  @ParameterizedTest
  @ValueSource(strings = {"model", "rules"})
  void aLegalFormInSmallLettersEndsTheName(String extractor) {
    Extraction x = extractWith(extractor, """
        Results round-up

        Harrowgate Foods plc said profits rose by a tenth. Corrib Valley Assurance dac said it \
        would pay a dividend.
        """);
    assertThat(speakerSaying(x, "profits rose").name()).isEqualTo("Harrowgate Foods plc");
    assertThat(speakerSaying(x, "pay a dividend").name())
        .isEqualTo("Corrib Valley Assurance dac");
  }

  /**
   * "Corrib Valley" is the insurer "Corrib Valley Assurance dac", and "the insurer" paragraphs
   * later is the one company the text named whose name says it insures, not the law firm named
   * since.
   */
  @ParameterizedTest
  @ValueSource(strings = {"model", "rules"})
  void theInsurerIsTheOneCompanyWhoseNameSaysItInsures(String extractor) {
    Extraction x = extractWith(extractor, """
        Nurse wins income protection complaint

        The ombudsman found that Corrib Valley Assurance dac had read the policy too narrowly.

        Corrib Valley said it accepted the decision and would pay the award.

        The complainant, Orla Keane (44), said she was relieved.

        Her solicitor, Fintan Mulvey of Mulvey Considine, said the case showed how hard such \
        claims were to win.

        The ruling found that the policy did not require her to be bedridden.

        The insurer said it would not appeal to the High Court.
        """);
    assertThat(speakerSaying(x, "accepted the decision").name())
        .isEqualTo("Corrib Valley Assurance dac");
    assertThat(speakerSaying(x, "would not appeal to").name())
        .isEqualTo("Corrib Valley Assurance dac");
  }

  /**
   * A headline's "Ombudsman" above "The Consumer Services Ombudsman (CSO) has directed" is
   * that office, not the complainant the article names first as a subject after it (the model
   * extractor reads the headline's verb as a cue; the rules do not).
   */
  @Test
  void aHeadlinePostIsTheOfficeTheLeadNames() {
    Extraction x = extractWith("model", """
        Ombudsman orders insurer to pay €24,000 to teacher refused cover

        The Consumer Services Ombudsman (CSO) has directed an insurer to pay €24,000 to a \
        Sligo teacher.

        The complainant, Ciara Duggan (52), from Strandhill, said she was relieved.
        """);
    assertThat(speakerSaying(x, "relieved").name()).isEqualTo("Ciara Duggan");
    assertThat(speakerSaying(x, "insurer to pay").name()).isEqualTo("Consumer Services Ombudsman");
  }
}
