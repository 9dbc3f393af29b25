package org.quotekit.resolve;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.quotekit.Extraction;
import org.quotekit.Quote;
import org.quotekit.QuoteExtractor;
import org.quotekit.Span;
import org.quotekit.Speaker;
import org.quotekit.SpeakerKind;
import org.quotekit.SpeakerMention;

/**
 * The resolver rules of issue 11 (organisations and acronyms, organisation nouns and members,
 * documents and their issuers, interview labels, nicknames and honorifics) on short texts written
 * for them, each checked with the reason the resolver records on the linked mention.
 */
class SpeakerProvenanceTest {
  private static final QuoteExtractor EXTRACTOR = QuoteExtractor.builder().extractors("rules")
      .build();

  @Test
  void anAcronymInBracketsAndTheCompanyAreTheOrganisation() {
    Extraction x = EXTRACTOR.extract("""
        Harlow Glassworks Holdings (HGH) will close two plants, the company said on Friday.
        The closures will cost 300 jobs at HGH.
        """);
    Speaker hgh = named(x, "the company", "Harlow Glassworks Holdings");
    assertThat(hgh.kind()).isEqualTo(SpeakerKind.ORGANIZATION);
    assertThat(hgh.mentions()).extracting(Span::text).contains("HGH");
    assertThat(rules(hgh)).contains("first-mention", "acronym", "organisation-noun");
    assertThat(reason(hgh, "the company")).contains("Harlow Glassworks Holdings");
  }

  @Test
  void anAcronymInBracketsSpellsANameWithLinkingWordsAndIsItsSpeaker() {
    Extraction x = EXTRACTOR.extract("The Alliance to Save Our Rural Schools (ASORS) said on"
        + " Thursday that parents had rallied. ASORS said it would hold another rally in May.");
    assertThat(x.quotes()).hasSize(2);
    Speaker alliance = x.speakerOf(x.quotes().get(0)).orElseThrow();
    assertThat(alliance.name()).isEqualTo("Alliance to Save Our Rural Schools");
    assertThat(alliance.kind()).isEqualTo(SpeakerKind.ORGANIZATION);
    assertThat(x.speakerOf(x.quotes().get(1))).containsSame(alliance);
    assertThat(reason(alliance, "ASORS")).startsWith("acronym:");
  }

  @Test
  void anAcronymInBracketsSpellsANameInAnyLanguageOrWithLowerCaseLetters() {
    Extraction x = EXTRACTOR.extract("""
        Lucía Paredes, director of the Fondo Andino para los Bosques (FAB), said the fund would \
        help. The FAB said it had set aside 25 million soles.

        Erik Solberg, an analyst at the Norwegian Agency for Fisheries and Coastal Management \
        (NoAF), spoke first. NoAF said the catch limits would be cut.
        """);
    Speaker fund = speakerOf(x, "The FAB");
    assertThat(fund.name()).isEqualTo("Fondo Andino para los Bosques");
    assertThat(fund.kind()).isEqualTo(SpeakerKind.ORGANIZATION);
    assertThat(reason(fund, "FAB")).startsWith("acronym:");
    assertThat(speakerOf(x, "NoAF").name())
        .isEqualTo("Norwegian Agency for Fisheries and Coastal Management");
  }

  @Test
  void anOrganisationNounTheTextGaveANameStandsForThatOrganisation() {
    // a noun before the name, an apposition after it, a sports post after it
    Extraction x = EXTRACTOR.extract("""
        Bribery trial opens

        Prosecutors say the contract went to the firm Edilizia Piemontese Costruzioni. \
        Lorenzo Bianchi of the Turin Heritage Trust said he had warned the council. The \
        company said it had done nothing wrong.

        The city backed the scheme by Woonvereniging Het Anker, a cooperative whose residents are \
        to manage the block. Pieter de Graaf of Eindhoven University of Technology said the model \
        was sound. The cooperative said work would begin in June.

        A poll by the institute DataOpinião showed Teixeira ahead. Marina Souza of the Green \
        Party said the poll was wrong. The institute said its margin of error was two points.

        Real Costa Levante coach Xavier Ballester refused to concede the title. Rubén Oliveira \
        of Rayo Norte said the race was over. The club said tickets had sold out.
        """);
    assertThat(speakerOf(x, "The company").name()).isEqualTo("Edilizia Piemontese Costruzioni");
    assertThat(speakerOf(x, "The cooperative").name()).isEqualTo("Woonvereniging Het Anker");
    assertThat(speakerOf(x, "The institute").name()).isEqualTo("DataOpinião");
    assertThat(speakerOf(x, "The club").name()).isEqualTo("Real Costa Levante");
    assertThat(reason(speakerOf(x, "The cooperative"), "The cooperative"))
        .startsWith("organisation-noun:");
  }

  /**
   * A comma that closes a prepositional phrase opening the sentence sets no apposition: "In
   * downtown Tarran, a group dressed in white marched" makes Tarran no group, so "the group"
   * later is not the city.
   */
  @Test
  void aNameClosingAnOpeningPhraseGetsNoKindFromTheSubjectAfterIt() {
    Extraction x = EXTRACTOR.extract("""
        Marchers remember victims

        In downtown Tarran, a group dressed in white marched in silence on Sunday. Police         closed the main road for an hour.

        Later, the group said that the march had been peaceful.
        """);
    assertThat(speakerOf(x, "the group").name()).isNotEqualTo("Tarran");
  }

  @Test
  void aCompanyIsWhatItsLegalFormSaysEvenWhereAHeadlineDropsIt() {
    Extraction x = EXTRACTOR.extract("""
        Brenner Maschinenbau sales slip

        MUNICH - Brenner Maschinenbau AG reported lower sales on Tuesday.

        Tobias Kellner of the private bank Bankhaus Steiger said the figures were weaker than \
        hoped.

        Shares in Brenner dropped 3 percent. The company said demand for its new hydrogen \
        compressor, the Brenner H2, had beaten forecasts.
        """);
    Speaker company = speakerOf(x, "The company");
    assertThat(company.name()).isEqualTo("Brenner Maschinenbau AG");
    assertThat(company.aliases()).contains("Brenner Maschinenbau", "Brenner");
  }

  @Test
  void anOrganisationNounOfAnotherKindDoesNotStandForATypedOrganisation() {
    Extraction housing = EXTRACTOR.extract("""
        Housing plan approved

        The council said it had approved the scheme by Woonvereniging Het Anker, a cooperative \
        whose residents are to manage the block.
        """);
    assertThat(speakerOf(housing, "The council").name()).isNotEqualTo("Woonvereniging Het Anker");

    Extraction rates = EXTRACTOR.extract("""
        Rates rise again

        Economy minister Gabriela Sosa spoke after the Banco Central de la República Argentina \
        raised its rate. The ministry said inflation would fall.
        """);
    assertThat(speakerOf(rates, "The ministry").name())
        .isNotEqualTo("Banco Central de la República Argentina");
  }

  @Test
  void aNameAPostAtAnEmployerPrecedesIsAnOrganisationAndTheUnitedStatesAPlace() {
    Extraction x = EXTRACTOR.extract("""
        "We built it for them," said Ana Ferreira, co-founder and CEO of Ledgerleaf. Ledgerleaf \
        will open an office in Manchester, its first outside the United States. The company said \
        it had 40,000 customers.
        """);
    Speaker company = speakerOf(x, "The company");
    assertThat(company.name()).isEqualTo("Ledgerleaf");
    assertThat(company.kind()).isEqualTo(SpeakerKind.ORGANIZATION);
  }

  @Test
  void aUnionNamedInAnotherLanguageIsWhatTheUnionSays() {
    Extraction x = EXTRACTOR.extract("""
        "The walkout goes on," said Mathieu Girard, general secretary of the Syndicat Unifié \
        des Postiers. The union said members would vote again on Friday.
        """);
    assertThat(speakerOf(x, "The union").name()).isEqualTo("Syndicat Unifié des Postiers");
  }

  @Test
  void theOnlyUnionTheTextNamedIsWhatTheUnionSaysHoweverFarBack() {
    Extraction x = EXTRACTOR.extract("""
        Postal strike enters second week

        "The walkout goes on," said Mathieu Girard of the Syndicat Unifié des \
        Postiers.

        The postal service said one round in two would be delivered.

        Shopkeepers were frustrated. "My parcels are stuck," said Julien Moreau.

        Others shrugged. "It happens every year," said Claire Fabre.

        Sophie Lambert, an economist at the Observatoire Régional du Commerce de Nantes, said \
        each week cost 40 million euros.

        The union said members would vote again on Friday.
        """);
    Speaker union = speakerOf(x, "The union");
    assertThat(union.name()).isEqualTo("Syndicat Unifié des Postiers");
    assertThat(reason(union, "The union")).contains("the only union the text named before");
  }

  @Test
  void aNameSetBesideAnOrganisationNounIsTheOrganisationsNotTheSpokespersons() {
    Extraction x = EXTRACTOR.extract("""
        A spokesperson for the national energy commission, Conener, said the grid was strained.
        """);
    Speaker s = x.speakerOf(x.quotes().get(0)).orElseThrow();
    assertThat(s.name()).isNotEqualTo("Conener").contains("spokesperson");
  }

  @Test
  void anUnnamedSpokespersonSpeaksForTheOrganisationItsSourceNames() {
    Extraction x = EXTRACTOR.extract("""
        The Department for Rural Transport and Roads (DRTR) said repairs would speed up. A DRTR \
        spokeswoman said the potholes would be filled by August.

        A spokesman for Bristol City Council said the libraries would stay open. A spokesman \
        said the pool would close.
        """);
    Speaker drtr = speakerOf(x, "A DRTR spokeswoman");
    assertThat(drtr.name()).isEqualTo("A DRTR spokeswoman");
    assertThat(drtr.affiliation()).isEqualTo("Department for Rural Transport and Roads");
    assertThat(speakerOf(x, "A spokesman for Bristol City Council").affiliation())
        .isEqualTo("Bristol City Council");
    assertThat(speakerOf(x, "A spokesman").affiliation()).isEmpty(); // names no one
    assertThat(x.speakerOf(x.quotes().get(0)).orElseThrow().affiliation())
        .isEmpty();
  }

  @Test
  void organisationKindsTheTextGivesLeaveGenericNounsAndPersonsAlone() {
    // a generic noun still finds a company with a legal form
    Extraction cars = EXTRACTOR.extract("Volkswagen AG reported a loss on Friday. The carmaker"
        + " said it would cut 3,000 jobs.");
    assertThat(speakerOf(cars, "The carmaker").name()).isEqualTo("Volkswagen AG");
    // a name in brackets is no acronym of a person's name, nor a noun's object a body's name
    Extraction green = EXTRACTOR.extract("\"The lead is real,\" said Mark Green (McGill). Green"
        + " said the poll was small.");
    assertThat(speakerOf(green, "Green").kind()).isEqualTo(SpeakerKind.PERSON);
    Extraction court = EXTRACTOR.extract("A defence lawyer told the court Dlamini had acted in"
        + " self-defence. Dlamini said he was afraid.");
    assertThat(speakerOf(court, "Dlamini").kind()).isEqualTo(SpeakerKind.PERSON);
  }

  /**
   * A name before a speaking post, or after it past "for", speaks for a body though nothing
   * else showed the name to be one ("A Boots spokesman"); an organisation noun there is the body
   * of that noun named before ("A council spokesperson" after "Calderdale Council").
   */
  @Test
  void aSpokespersonSpeaksForTheBodyItsNameOrNounGives() {
    Extraction x = EXTRACTOR.extract("""
        A Boots spokesman said stock would return next week.

        Calderdale Council said it would review the plans. A council spokesperson said the         review would take a month.
        """);
    assertThat(speakerOf(x, "A Boots spokesman").affiliation()).isEqualTo("Boots");
    assertThat(speakerOf(x, "A council spokesperson").affiliation())
        .isEqualTo("Calderdale Council");
  }

  @Test
  void onlyAPostThatSpeaksForAnOrganisationGivesAnAffiliation() {
    Extraction x = EXTRACTOR.extract("""
        A longtime critic of the National Rifle Association said the bill would fail. An \
        analyst at Jefferies said sales would recover.
        """);
    assertThat(speakerOf(x, "A longtime critic of the National Rifle Association")
        .affiliation()).isEmpty();
    assertThat(speakerOf(x, "An analyst at Jefferies").affiliation()).isEqualTo("Jefferies");
  }

  @Test
  void anOrganisationNameMayJoinTwoPartsWithAnd() {
    Extraction x = EXTRACTOR.extract("""
        A Senate panel said on Tuesday that the fishing quota would be cut.

        The Senate Agriculture and Fisheries Committee voted 9-4 to send the bill to the full \
        Senate.
        """);
    named(x, "A Senate panel", "Senate Agriculture and Fisheries Committee");
  }

  @Test
  void anOrganisationWhoseNameRepeatsAWordIsStillMatchedByItsNoun() {
    Extraction x = EXTRACTOR.extract("""
        The Bank of Commerce of Western Ohio raised its rates on Monday.

        A regional bank said the increase would hold until March.
        """);
    assertThat(x.warnings()).isEmpty();
    assertThat(speakerOf(x, "A regional bank").kind()).isEqualTo(SpeakerKind.ORGANIZATION);
  }

  @Test
  void anOrganisationNounWithModifiersIsTheOrganisationWhoseNameSharesThem() {
    Extraction x = EXTRACTOR.extract("""
        Appeals court voids pipeline permit

        A regional appeals court ruled on Tuesday that the pipeline permit was void.

        A divided bench of the State Court of Appeals for the Fourth District reversed a lower \
        court. The appeals court said the regulator had misread the statute.
        """);
    Speaker court = speakerOf(x, "A regional appeals court");
    assertThat(court.name()).isEqualTo("State Court of Appeals for the Fourth District");
    assertThat(speakerOf(x, "The appeals court")).isSameAs(court);
    assertThat(reason(court, "A regional appeals court")).endsWith("named just after");
    assertThat(reason(court, "The appeals court")).endsWith("named before");
  }

  @Test
  void theCompanysStatementIsTheCompanysNotThePublicBodysNamedLast() {
    Extraction x = EXTRACTOR.extract("Harlow Glassworks Holdings (HGH) will close two plants."
        + " The Tyneford Port Authority said in a statement that it was reviewing the plan."
        + " HGH expects the work to end in May, the company's statement said.");
    named(x, "the company's statement", "Harlow Glassworks Holdings");
    named(x, "The Tyneford Port Authority", "Tyneford Port Authority");
  }

  @Test
  void officialsAtANamedOrganisationSpeakForIt() {
    Extraction x = EXTRACTOR.extract("Officials at the Ministry of Fisheries said the quota"
        + " would fall. The ministry said the cut was temporary.");
    Speaker ministry = named(x, "Officials at the Ministry of Fisheries", "Ministry of Fisheries");
    assertThat(speakerOf(x, "The ministry")).isSameAs(ministry);
    assertThat(rules(ministry)).contains("organisation-member", "organisation-noun");
  }

  @Test
  void aDocumentIsItsIssuerWhenTheTextNamesOneElseItselfSpeaks() {
    Extraction x = EXTRACTOR.extract("""
        Journeys got longer in the suburbs, according to a new Bloomberg survey of commuters. \
        The study said that trips into the centre got shorter.

        Fares went up again in April.

        The report said that pay rises lagged behind.
        """);
    Speaker bloomberg = named(x, "a new Bloomberg survey of commuters", "Bloomberg");
    assertThat(bloomberg.kind()).isEqualTo(SpeakerKind.ORGANIZATION);
    assertThat(reason(bloomberg, "a new Bloomberg survey of commuters")).isEqualTo(
        "document-issuer: 'Bloomberg' issued 'a new Bloomberg survey of commuters'");
    assertThat(speakerOf(x, "The study")).isSameAs(bloomberg);
    Speaker report = speakerOf(x, "The report");
    assertThat(report).isNotSameAs(bloomberg);
    assertThat(rules(report)).containsExactly("document");
  }

  @Test
  void aDocumentFromOrByADescribedIssuerIsThatIssuers() {
    Extraction x = EXTRACTOR.extract("""
        A report from the Tyneford Port Authority said that traffic fell by a tenth.

        Rain fell all week.

        A statement from the Skerry Ferry campaign said that fares would rise.

        Rain fell all week.

        The study, written by Senator Anna Kohl, said that the fund was short.
        """);
    Speaker authority = named(x, "A report from the Tyneford Port Authority",
        "Tyneford Port Authority");
    assertThat(reason(authority, "A report from the Tyneford Port Authority")).isEqualTo(
        "document-issuer: 'the Tyneford Port Authority' issued"
        + " 'A report from the Tyneford Port Authority'");
    Speaker campaign = named(x, "A statement from the Skerry Ferry campaign",
        "Skerry Ferry campaign");
    assertThat(campaign.kind()).isEqualTo(SpeakerKind.ORGANIZATION);
    Speaker kohl = named(x, "The study", "Anna Kohl");
    assertThat(reason(kohl, "The study"))
        .isEqualTo("document-issuer: 'Senator Anna Kohl' issued 'The study'");
  }

  @Test
  void byOrAPassiveAppositionAfterADocumentNamesItsIssuer() {
    Extraction x = EXTRACTOR.extract("""
        Ferries Run Late On Island Routes.

        According to a new report by Kestrel Analytics, most island ferries ran late in May.

        Rain fell.

        The survey, published by the harbour board, said that fares rose.
        """);
    Speaker kestrel = named(x, "a new report", "Kestrel Analytics");
    assertThat(reason(kestrel, "a new report"))
        .isEqualTo("document-issuer: 'Kestrel Analytics' issued 'a new report'");
    Speaker board = named(x, "The survey", "harbour board");
    assertThat(rules(board)).containsOnly("document-issuer");
  }

  @Test
  void aDocumentWithoutANamedIssuerIsOfKindDocumentAndANamedIssuerKeepsItsKind() {
    Extraction x = EXTRACTOR.extract("""
        A press release said that the ferry service would end in October.

        The inspection report found that two of the hulls were unsafe.

        The Skerry Ferry Company said in a statement that it would appeal. According to an \
        Orkney Travel Council survey of islanders, most passengers use the ferry every week.
        """);
    for (String document : java.util.List.of("A press release", "The inspection report")) {
      Speaker s = speakerOf(x, document);
      assertThat(s.kind()).as(document).isEqualTo(SpeakerKind.DOCUMENT);
      assertThat(rules(s)).as(document).containsExactly("document");
    }
    assertThat(speakerOf(x, "A press release"))
        .isNotSameAs(speakerOf(x, "The inspection report"));
    assertThat(speakerOf(x, "The Skerry Ferry Company").kind()).isEqualTo(SpeakerKind.ORGANIZATION);
    Speaker council = named(x, "an Orkney Travel Council survey of islanders",
        "Orkney Travel Council");
    assertThat(council.kind()).isEqualTo(SpeakerKind.ORGANIZATION);
    assertThat(rules(council)).contains("document-issuer");
  }

  @Test
  void aDefiniteDocumentJustAfterAnOrganisationSpokeIsThatOrganisations() {
    Extraction x = EXTRACTOR.extract("""
        The Tyneford Harbour Board ruled on Tuesday that the east quay would close for repairs.

        The work will take a year, according to the ruling.

        Harbour master Colin Reeve said that the boats would move to the west quay.

        The report said that fishing would go on as before.
        """);
    Speaker board = named(x, "the ruling", "Tyneford Harbour Board");
    assertThat(reason(board, "the ruling")).isEqualTo("document-issuer: 'the ruling' is a"
        + " document of 'Tyneford Harbour Board', the organisation quoted just before");
    Speaker report = speakerOf(x, "The report");
    assertThat(report.kind()).isEqualTo(SpeakerKind.DOCUMENT);
    assertThat(rules(report)).containsExactly("document");
  }

  @Test
  void thePlaceNounStandsForThePlaceNamedLast() {
    linkedOnlyWhereTheRuleApplies("""
        Floods closed roads across Ohio and Florida on Monday. The state said that schools \
        would reopen on Wednesday.
        """, "The state", "Florida",
        "place-noun: 'The state' stands for 'Florida', the place named last",
        "Floods closed roads on Monday. The state said that schools would reopen on Wednesday.");
  }

  @Test
  void questionAndAnswerLabelsAreTheInterviewerAndThePersonInterviewed() {
    Extraction x = EXTRACTOR.extract("""
        Interview: the coach on the final

        Sports writer Nadia Frey spoke with coach Tomas Brandt of the Harbour Lions on Friday.

        Q: How is the team feeling?

        A: Tired but proud. I told them to rest this weekend.
        """);
    Speaker q = speakerOf(x, "Q");
    Speaker a = speakerOf(x, "A");
    assertThat(q.name()).isEqualTo("Nadia Frey");
    assertThat(a.name()).isEqualTo("Tomas Brandt");
    assertThat(reason(a, "A")).startsWith("transcript-label: 'A' is the person interviewed");
  }

  @Test
  void anInterviewerNamedAfterTheirJobAndACommaAsksTheQuestions() {
    Extraction x = EXTRACTOR.extract("""
        An interview with the sculptor

        Dolores Quint spoke to our arts editor, Simon Hale, at her workshop in Cardiff.

        Q: What are you making these days?

        A: A bronze of two swimmers.
        """);
    assertThat(speakerOf(x, "Q").name()).isEqualTo("Simon Hale");
    assertThat(speakerOf(x, "A").name()).isEqualTo("Dolores Quint");
  }

  @Test
  void aPersonAnOutletSpokeWithAnswersNotThePersonNamedFirst() {
    Extraction x = EXTRACTOR.extract("""
        Council backs new ferry

        "It is the right boat for the crossing," council leader Hana Ostrowski said before the \
        vote.

        The Harbour Courier spoke with port manager Emil Vartan after the vote.

        Q: Why this design?

        A: It carries twice the cars on the same fuel.
        """);
    Speaker a = speakerOf(x, "A");
    assertThat(a.name()).isEqualTo("Emil Vartan");
    assertThat(reason(a, "A")).startsWith("transcript-label: 'A' is the person interviewed");
    assertThat(speakerOf(x, "Q").name()).isNotEqualTo("Hana Ostrowski")
        .isNotEqualTo("Emil Vartan");
  }

  @Test
  void aPersonWhoSpokeWithAnOutletAnswersAndTheOutletAsks() {
    Extraction x = EXTRACTOR.extract("""
        Orchard faces a dry summer

        Pablo Meirinho grows pears outside Evora. His neighbour Rui Salgado keeps bees.

        "The wells are lower than I have ever seen them," Meirinho said.

        Meirinho spoke with Radio Vale on Thursday morning.

        Q: Will you lose the harvest?

        A: Part of it. We water the youngest trees first.
        """);
    assertThat(speakerOf(x, "A").name()).isEqualTo("Pablo Meirinho");
    assertThat(speakerOf(x, "Q").name()).isNotEqualTo("Pablo Meirinho")
        .isNotEqualTo("Rui Salgado");
  }

  @Test
  void aPersonWhoTalkedToOurReporterAnswersTheQuestions() {
    Extraction x = EXTRACTOR.extract("""
        The painter on her first show

        The painter Ilse Marten talked to our reporter about her first show and her family.

        Q: When did you start painting?

        A: At twelve. My mother gave me a box of paints and I never stopped.
        """);
    Speaker a = speakerOf(x, "A");
    assertThat(a.name()).isEqualTo("Ilse Marten");
    assertThat(reason(a, "A")).startsWith("transcript-label: 'A' is the person interviewed");
    assertThat(x.quotes()).filteredOn(q -> q.source().map(s -> s.text().equals("Q")).orElse(false))
        .isNotEmpty()
        .allSatisfy(q -> assertThat(x.speakerOf(q).map(Speaker::name).orElse(""))
            .isNotEqualTo("Ilse Marten"));
  }

  @Test
  void withNoInterviewerNamedTheFirstPersonNamedAnswers() {
    Extraction x = EXTRACTOR.extract("""
        Ilse Marten on her first show

        The painter Ilse Marten opens her first show in Lisbon on Friday.

        Q: When did you start painting?

        A: At twelve. My mother gave me a box of paints and I never stopped.
        """);
    assertThat(speakerOf(x, "A").name()).isEqualTo("Ilse Marten");
  }

  @Test
  void aQuestionLabelWithNoInterviewerNamedIsAnUnnamedReporterNotAPersonCalledQ() {
    Extraction x = EXTRACTOR.extract("""
        Fire chief briefs reporters on the warehouse blaze

        Fire Chief Odile Brandvold took questions outside the depot on Tuesday evening.

        Q: Was anyone inside the building?

        BRANDVOLD: Two night guards. Both walked out on their own.

        Q: Do you know how it started?

        BRANDVOLD: Not yet. Our investigators will be here all week.
        """);
    List<Quote> questions = x.quotes().stream()
        .filter(q -> q.source().map(s -> s.text().equals("Q")).orElse(false)).toList();
    assertThat(questions).hasSize(2);
    Speaker asker = x.speakerOf(questions.get(0)).orElseThrow();
    assertThat(x.speakerOf(questions.get(1))).containsSame(asker);
    assertThat(asker.kind()).isEqualTo(SpeakerKind.UNKNOWN);
    assertThat(asker.name()).isEqualTo("reporter");
    assertThat(reason(asker, "Q")).startsWith("transcript-label: 'Q' asks the questions");
    assertThat(speakerOf(x, "BRANDVOLD").name()).isEqualTo("Odile Brandvold");
  }

  @Test
  void aNicknameAndItsFullFirstNameAreOnePersonNamedInFull() {
    Extraction x = EXTRACTOR.extract("""
        Water Minister Robert Ellacott said the dam would be finished by June.
        "We are on budget," Bob Ellacott told reporters.
        """);
    Speaker ellacott = speakerOf(x, "Bob Ellacott");
    assertThat(speakerOf(x, "Water Minister Robert Ellacott")).isSameAs(ellacott);
    assertThat(ellacott.name()).isEqualTo("Robert Ellacott");
    assertThat(rules(ellacott)).contains("nickname");
  }

  @Test
  void aNicknameUsersAddLinksTheirNames() {
    String text = "Alexander Oakes, the club's chairman, said the club would move. \"We have no"
        + " choice,\" Sasha Oakes said.";
    Speaker without = speakerOf(EXTRACTOR.extract(text), "Sasha Oakes");
    assertThat(without.name()).isEqualTo("Sasha Oakes");
    QuoteExtractor extended = QuoteExtractor.builder().speakerResolver(new DefaultSpeakerResolver(
        SpeakerLexicon.englishNews().withEntries("nickname sasha alexander"))).build();
    Speaker with = speakerOf(extended.extract(text), "Sasha Oakes");
    assertThat(with.name()).isEqualTo("Alexander Oakes");
  }

  @Test
  void twoWordHonorificsAreNoPartOfTheName() {
    Extraction x = EXTRACTOR.extract("""
        Tan Sri Rahman Yusof said the port would reopen. "Ships are waiting," Rahman Yusof said.
        """);
    Speaker yusof = named(x, "Tan Sri Rahman Yusof", "Rahman Yusof");
    assertThat(speakerOf(x, "Rahman Yusof")).isSameAs(yusof);
  }

  @Test
  void aTimeWordAfterAFirstNameIsASurname() {
    Extraction x = EXTRACTOR.extract("Prime Minister Theresa May said the talks would resume.");
    assertThat(x.speakerOf(x.quotes().get(0)).map(Speaker::name)).hasValue("Theresa May");
  }

  @Test
  void everyMentionHasAReasonAndPronounsSayWhichEntityTheyAgreeWith() {
    Extraction x = EXTRACTOR.extract("Senator Ruth Adebayo said the bill would pass. She said"
        + " the vote would be close.");
    Speaker adebayo = speakerOf(x, "Senator Ruth Adebayo");
    assertThat(adebayo.provenance()).hasSameSizeAs(adebayo.mentions());
    assertThat(adebayo.provenance()).extracting(SpeakerMention::rule)
        .doesNotContain(SpeakerMention.UNEXPLAINED);
    assertThat(reason(adebayo, "She")).isEqualTo("pronoun: 'she' agrees in number and gender"
        + " with 'Ruth Adebayo', the most salient candidate before it");
  }

  @Test
  void aReportingVerbAfterANameInATitleCaseLineIsNoPartOfTheName() {
    Extraction x = EXTRACTOR.extract("""
        ‘The Levy Will Pay for the Breakwater,’ Kerry Russell Says.

        Councillor Kerry Russell said on Monday that the levy would pay for the new breakwater.
        """);
    Speaker russell = named(x, "Kerry Russell", "Kerry Russell");
    assertThat(speakerOf(x, "Councillor Kerry Russell")).isSameAs(russell);
    assertThat(russell.aliases()).noneMatch(a -> a.contains("Says"));
  }

  @Test
  void aNameFollowedByWhoIsAPersonAPronounMayReferTo() {
    Extraction x = EXTRACTOR.extract("""
        Marisol Quennevais, who runs the town's food bank, toured the new warehouse on Friday. \
        Quennevais met Tobias Wren afterwards. She said the warehouse would double the bank's \
        storage.
        """);
    Speaker quennevais = speakerOf(x, "She");
    assertThat(quennevais.name()).isEqualTo("Marisol Quennevais");
    assertThat(reason(quennevais, "She")).startsWith("pronoun: 'she' ");
  }

  @Test
  void aPluralPossessiveInsideAnOrganisationNameIsPartOfIt() {
    Extraction x = EXTRACTOR.extract("""
        The Ashby Women's Institute said its members would march on Monday. They \
        warned that the march could close the high street.
        """);
    Speaker federation = named(x, "The Ashby Women's Institute", "Ashby Women's Institute");
    assertThat(federation.kind()).isEqualTo(SpeakerKind.ORGANIZATION);
    assertThat(speakerOf(x, "They")).isSameAs(federation);

    Extraction person = EXTRACTOR.extract("Trevor Grant's Hospital visit was short, an aide"
        + " said. Grant said the ward was well run.");
    assertThat(speakerOf(person, "Grant").name()).isEqualTo("Trevor Grant");
  }

  @Test
  void aRoleInAnAppositionEndsAtItsRelativeClause() {
    Extraction x = EXTRACTOR.extract("""
        Rep. Nadia Whitcombe and Sen. Carl Espinosa spoke at the fair on Saturday.

        Whitcombe, a Republican who has represented the valley since 2012, said the dam must \
        be rebuilt. "We cannot wait," said Espinosa's spokeswoman, Ruth Tamblyn.

        The Oregon Republican later said the state would share the cost.
        """);
    Speaker whitcombe = named(x, "The Oregon Republican", "Nadia Whitcombe");
    assertThat(whitcombe.roles()).contains("a Republican");
  }

  @Test
  void aCourtDocumentWithNoIssuerNamedIsTheCourtNamedLast() {
    Extraction x = EXTRACTOR.extract("""
        The Western District Court of Appeal on Monday lifted a ban on night flights.

        The airport's owner, Skyline Holdings, welcomed the decision. "We have always met our \
        permit," said Owen Draycott, its chief executive.

        The ruling said the county could still limit the number of flights.
        """);
    linked(x, "The ruling", "Western District Court of Appeal", SpeakerKind.ORGANIZATION,
        "document-issuer: 'The ruling' is issued by a court: 'Western District Court of Appeal',"
            + " the court named last");

    Extraction none = EXTRACTOR.extract("Skyline Holdings welcomed the decision. \"We have"
        + " always met our permit,\" said Owen Draycott.\n\nThe ruling said the county could"
        + " still limit the number of flights.");
    assertThat(speakerOf(none, "The ruling").kind()).isEqualTo(SpeakerKind.DOCUMENT);
  }

  @Test
  void ofAPlaceAfterANameIsNoPartOfItEvenWhenThePlaceIsAFirstName() {
    Extraction x = EXTRACTOR.extract("""
        Sen. Tomas Reyes of Virginia said on Monday that the rail bill would pass. Secretary of \
        State John Kerry said the treaty would be signed in May.

        The Virginia senator said the vote would come before the recess.
        """);
    Speaker reyes = named(x, "Sen. Tomas Reyes of Virginia", "Tomas Reyes");
    assertThat(speakerOf(x, "The Virginia senator")).isSameAs(reyes);
    named(x, "Secretary of State John Kerry", "John Kerry");
  }

  @Test
  void theAdministratorIsThePersonGivenThatRole() {
    Extraction x = EXTRACTOR.extract("""
        The agency's administrator, Gordon Pellew, said in a statement that the office would \
        move. The administrator said the move would save money.
        """);
    Speaker pellew = named(x, "The administrator", "Gordon Pellew");
    assertThat(reason(pellew, "The administrator")).startsWith("role:");
  }

  @Test
  void aNicknameInQuotationMarksInsideAFullNameIsNoPartOfIt() {
    Extraction x = EXTRACTOR.extract("""
        The guests included Margaret "Peggy" Thornbury, who chairs the Ashby Rotary Club. Peggy \
        Thornbury said the club would fund two scholarships.
        """);
    Speaker thornbury = named(x, "Peggy Thornbury", "Margaret Thornbury");
    assertThat(reason(thornbury, "Peggy Thornbury")).startsWith("nickname:");
  }

  @Test
  void aWordBetweenTheFirstAndLastNameOfOnePersonIsThatPerson() {
    linkedOnlyWhereTheRuleApplies("""
        The opposition leader, Tan Sri Mohamad Faizal Rahim, criticised the budget. Faizal said \
        his party would vote against it.
        """, "Faizal", "Mohamad Faizal Rahim",
        "middle-name: 'Faizal' is a middle name of 'Mohamad Faizal Rahim'",
        "Mohamad Faizal Rahim and Ahmad Faizal Osman met on Monday. Faizal said the talks had"
            + " gone well.");
  }

  @Test
  void aDescriptionContinuesThePersonNamedLastAsTheSubject() {
    Extraction x = EXTRACTOR.extract("""
        Critics have asked Martin Oyelowo to step aside before the vote.

        Oyelowo spent the morning at a shipyard in Hull. The former mayor told workers \
        that the yard would stay open.
        """);
    Speaker oyelowo = named(x, "The former mayor", "Martin Oyelowo");
    assertThat(reason(oyelowo, "The former mayor")).isEqualTo("role: 'The former"
        + " mayor' continues 'Martin Oyelowo', the subject named last");

    Extraction two = EXTRACTOR.extract("""
        Martin Oyelowo and Camille Hartigan toured a shipyard in Hull on Monday. The former \
        mayor told workers that the yard would stay open.
        """);
    assertThat(speakerOf(two, "The former mayor").name()).isNotIn("Martin Oyelowo",
        "Camille Hartigan");
  }

  @Test
  void anAnonymousRoleNounContinuesTheSubjectUnlessTheTextIntroducedSomeoneUnnamedByIt() {
    String named = "Daniel Marsh flew to Geneva on Monday. The veteran diplomat told reporters that"
        + " the talks would resume.\n";
    linkedOnlyWhereTheRuleApplies(named, "The veteran diplomat", "Daniel Marsh", "role: 'The"
        + " veteran diplomat' continues 'Daniel Marsh', the subject named last",
        "A Western diplomat warned of delays.\n\n" + named);
  }

  @Test
  void aDescriptionFittingNoOneByItsRoleIsThePersonInFocus() {
    // Michael Brandt is named inside a clause ("whether Brandt was"), so he is no subject named
    // last; the description still varies the reference to him, as a pronoun would.
    Extraction x = EXTRACTOR.extract("""
        Party leaders will meet Michael Brandt on Thursday, aides said.

        It was unclear whether Brandt was ready to concede. The Lyon deputy told supporters \
        that the struggle would go on.
        """);
    Speaker brandt = named(x, "The Lyon deputy", "Michael Brandt");
    assertThat(reason(brandt, "The Lyon deputy")).isEqualTo("role: 'The Lyon deputy' fits no"
        + " one by its role; 'Michael Brandt' is the most salient person before it");

    // A noun for what someone is, not a post, may be someone new: "the boy" is not Brandt.
    Extraction boy = EXTRACTOR.extract("""
        Party leaders will meet Michael Brandt on Thursday, aides said.

        It was unclear whether Brandt was ready to concede. The boy told reporters that he had \
        waited since dawn.
        """);
    assertThat(speakerOf(boy, "The boy").name()).isNotEqualTo("Michael Brandt");
  }

  @Test
  void aPersonsNameOrAPlaceInADescriptionTellsNoOrganisationApart() {
    Extraction x = EXTRACTOR.extract("""
        Donors gave $2 million to the Hartigan Foundation last year, filings show.

        Camille Hartigan founded the charity in 2009. The Hartigan campaign said in a statement \
        that the gifts were lawful.
        """);
    assertThat(speakerOf(x, "The Hartigan campaign").name()).isNotEqualTo("Hartigan Foundation");

    // Where no person has the name, it names the organisation that has it.
    Extraction nobody = EXTRACTOR.extract("""
        Donors gave $2 million to the Hartigan Foundation last year, filings show.

        The charity was founded in 2009. The Hartigan campaign said in a statement that the \
        gifts were lawful.
        """);
    assertThat(speakerOf(nobody, "The Hartigan campaign").name())
        .isEqualTo("Hartigan Foundation");

    // nor does a place: France's ministry is no part of the France Maritime Forum
    Extraction place = EXTRACTOR.extract("""
        Delegates met at the France Maritime Forum in Brest on Monday.

        France's foreign ministry said in a statement that the talks had been useful.
        """);
    assertThat(speakerOf(place, "France's foreign ministry").name())
        .isNotEqualTo("France Maritime Forum");
  }

  @Test
  void aWebAddressNamesAnOrganisation() {
    Extraction x = EXTRACTOR.extract("A notice posted on the website Tradeloft.com said that"
        + " listings are written by users. The company said it would remove the listing.");
    Speaker site = named(x, "The company", "Tradeloft.com");
    assertThat(site.kind()).isEqualTo(SpeakerKind.ORGANIZATION);
    assertThat(reason(site, "The company")).isEqualTo("organisation-noun: 'The company' refers"
        + " to the organisation named last, 'Tradeloft.com'");
  }

  @Test
  void anOrganisationsNameMayListItsFieldsAndBeShortenedBeforeOf() {
    Extraction x = EXTRACTOR.extract("""
        A report released in May by the Northern Academies of Law, Trade and Shipping said \
        that the port was losing business.

        Ports are slow to change, according to the Northern Academies report.
        """);
    Speaker academies = named(x, "the Northern Academies report",
        "Northern Academies of Law, Trade and Shipping");
    assertThat(academies.kind()).isEqualTo(SpeakerKind.ORGANIZATION);
    assertThat(reason(academies, "Northern Academies")).isEqualTo("organisation-name:"
        + " 'Northern Academies' is a form of 'Northern Academies of Law, Trade and Shipping'");
  }

  @Test
  void aDescriptionOpeningTheLeadIsThePersonTheTextNamesNext() {
    String body = """

        A councillor in Tyneford says the harbour must be closed to tankers before winter.

        "The risk is too great," Imogen Thackeray said in a motion filed on Monday.
        """;
    Extraction x = EXTRACTOR.extract("Tyneford councillor says harbour must shut." + body);
    Speaker thackeray = named(x, "A councillor in Tyneford", "Imogen Thackeray");
    assertThat(reason(thackeray, "A councillor in Tyneford")).isEqualTo("role: 'A councillor"
        + " in Tyneford' introduces someone before the text names them; 'Imogen Thackeray' is"
        + " the first person named as a subject after it");
    assertThat(speakerOf(x, "Tyneford councillor").name()).isEqualTo("Imogen Thackeray");

    // Someone named before the description is no one it introduces.
    Extraction named = EXTRACTOR.extract("Harbour row grows." + body.replace("A councillor in"
        + " Tyneford says", "Imogen Thackeray chairs the port board. A councillor in Tyneford"
        + " says"));
    assertThat(speakerOf(named, "A councillor in Tyneford").name())
        .isNotEqualTo("Imogen Thackeray");
  }

  @Test
  void aPronounNearAWordNamedAsAnObjectGivesThatWordNoGender() {
    Extraction x = EXTRACTOR.extract("""
        Senator Ruth Ambler has held office since 2009. The race is close. Polls open in May.

        Critics point to Kandahar and the use of her private server. She said on Monday that \
        the server was secure.
        """);
    assertThat(speakerOf(x, "She").name()).isEqualTo("Ruth Ambler");
  }

  @Test
  void aDescriptionIntroducingSomeoneLaterIsThePersonNamedInTheNextSentences() {
    Extraction x = EXTRACTOR.extract("""
        Defence Minister Ines Falk opened the forum on Monday. "We want calm seas," she said.

        The deputy head of Norway's delegation to the forum said the patrols should stop.

        "This is a time for talks," Rear Admiral Tor Lindqvist told reporters.
        """);
    Speaker lindqvist = named(x, "The deputy head of Norway's delegation to the forum",
        "Tor Lindqvist");
    assertThat(reason(lindqvist, "The deputy head of Norway's delegation to the forum"))
        .contains("introduces someone before the text names them");
  }

  @Test
  void aPronounWeighsThePronounsBeforeItAsMentionsOfTheirPerson() {
    Extraction x = EXTRACTOR.extract("Ben Okafor spoke at the rally on Monday. The crowd was"
        + " large. He had once been offered a place on the team by a coach, Victor Hale. He"
        + " said the offer had been real.");
    Speaker okafor = named(x, "He", "Ben Okafor");
    assertThat(reason(okafor, "He")).isEqualTo("pronoun: 'he' agrees in number and gender with"
        + " 'Ben Okafor', the most salient candidate before it");
  }

  @Test
  void aDescriptionContinuesThePersonAPronounStoodForAsTheSubject() {
    String opening = "The term of Martin Oyelowo ends in May.\n\n"; // "Oyelowo's term": the topic
    String quote = " \"The harbour came first,\" the veteran diplomat said.\n";
    linkedOnlyWhereTheRuleApplies(opening + "When he took office in 2009, he made the harbour"
        + " his first concern." + quote, "the veteran diplomat", "Martin Oyelowo", "role: 'the"
        + " veteran diplomat' continues 'Martin Oyelowo', the subject a pronoun stood for last",
        opening + "When the office opened in 2009, the harbour was the first concern." + quote);
  }

  @Test
  void aCueWithNoSourceIsSpokenByThePersonNamedAsTheSubjectOfItsSentence() {
    Extraction x = EXTRACTOR.extract("Tomas Reyes, president of the Harbour Pilots Guild, which"
        + " represents 300 pilots, said he hopes the strike sends a message that \u201Cthe port"
        + " cannot run without us.\u201D");
    Quote q = x.quotes().stream().filter(c -> c.source().isEmpty()).findFirst().orElseThrow();
    assertThat(x.speakerOf(q).map(Speaker::name)).contains("Tomas Reyes");

    Extraction modifier = EXTRACTOR.extract("Senior Reyes campaign officials, who spoke on"
        + " Monday, said they hope the strike sends a message that \u201Cthe port cannot run"
        + " without us.\u201D Tomas Reyes was not there.");
    Quote officials = modifier.quotes().stream().filter(c -> c.source().isEmpty()).findFirst()
        .orElseThrow();
    assertThat(modifier.speakerOf(officials).map(Speaker::name).orElse("")).isNotEqualTo(
        "Tomas Reyes");
  }

  @Test
  void affidavitsPetitionsAndEmailsAreDocuments() {
    Extraction x = EXTRACTOR.extract("The affidavit said the shipment left Rotterdam in March."
        + " The emails said the buyer had paid in cash.");
    assertThat(speakerOf(x, "The affidavit").kind()).isEqualTo(SpeakerKind.DOCUMENT);
    assertThat(speakerOf(x, "The emails").kind()).isEqualTo(SpeakerKind.DOCUMENT);
  }

  @Test
  void theDocumentOfAnIssuerNamedBeforeIsItsAnywhereUnlessTwoIssuedOne() {
    String later = """

        Mayor Ines Cortland said on Monday that the levy would pass.

        Councillor Abel Straker said the vote would be close.

        The poll found that support was highest among young voters.
        """;
    String first = "Most voters back the harbour levy, according to a new Harwick College poll.";
    linkedOnlyWhereTheRuleApplies(first + later, "The poll", "Harwick College",
        "document-issuer: 'The poll' is the poll of 'Harwick College' named before ('a new"
            + " Harwick College poll')",
        first + " Most oppose it, according to a Tarran Research poll." + later);
  }

  @Test
  void aDocumentThatNamesItsIssuerGoesOnWithTheOneOfItsKindThatNamedNone() {
    String text = """
        Ardent leads in Ohio.

        Senator Maya Ardent is narrowly ahead in Ohio, a fresh poll of likely voters suggests.

        The poll, published late on Sunday by the Harwick Policy Institute, showed her ahead.

        Ms. Ardent spent Friday in Toledo, where she toured a steel mill.

        Her opponent has focused on the rural counties.

        The new poll showed that either candidate would defeat the independent.
        """;
    linkedOnlyWhereTheRuleApplies(text, "The new poll", "Harwick Policy Institute",
        "document-issuer: 'The new poll' is the poll of 'Harwick Policy Institute' named before"
            + " ('a fresh poll of likely voters')",
        text.replace("The poll, published", "Another poll, published"));
  }

  /**
   * A group that unveils, launches or "is out with" an ad issues it: "the ad" after it is the
   * group's, as after "released a new ad".
   */
  @Test
  void aGroupThatUnveilsOrIsOutWithAnAdIssuesIt() {
    String text = """
        The Quarndon Transit Union is out with a new radio ad. Mayor Ivo Vessany called it unfair.

        The ad claims that the mayor cut 40 bus routes.
        """;
    linkedOnlyWhereTheRuleApplies(text, "The ad", "Quarndon Transit Union",
        "document-issuer: 'The ad' is the ad of 'Quarndon Transit Union' named before ('Quarndon"
            + " Transit Union is out with a new radio ad')",
        text.replace("is out with", "is angry about"));
    Speaker unveiled = speakerOf(EXTRACTOR.extract(text.replace("is out with",
        "unveiled")), "The ad");
    assertThat(unveiled.name()).isEqualTo("Quarndon Transit Union");
  }

  @Test
  void aDocumentByAPersonTheTextDescribesIsThatPersons() {
    String text = """
        The Ledger also quoted from a recent book by veteran reporter Anne Castellan.

        The governor spent six years as a county judge before he entered politics.

        The book says that the agency buried two audits of the dam.
        """;
    linkedOnlyWhereTheRuleApplies(text, "The book", "Anne Castellan",
        "document-issuer: 'The book' is the book of 'Anne Castellan' named before ('book by"
            + " veteran reporter Anne Castellan')",
        text.replace("book by veteran reporter", "book about veteran reporter"));
    Speaker campaign = speakerOf(EXTRACTOR.extract(text.replace("by veteran reporter Anne"
        + " Castellan", "from Anne Castellan's campaign")), "The book");
    assertThat(campaign.name()).isNotEqualTo("Anne Castellan");
    // a person a participle names wrote the document for its owner, who issues it
    Speaker written = speakerOf(EXTRACTOR.extract(text.replace("a recent book by veteran"
        + " reporter Anne Castellan", "a book, written by veteran reporter Anne Castellan")),
        "The book");
    assertThat(written.name()).isNotEqualTo("Anne Castellan");
  }

  @Test
  void aCapitalisedModifierTheTaggerTookForNoNameIssuesTheDocument() {
    String text = """
        Senator leads in Iowa.

        The senator spoke at a rally in Des Moines on Monday.

        In Iowa, the Pollwatch average of polls shows her ahead by four points.
        """;
    Speaker s = named(EXTRACTOR.extract(text), "the Pollwatch average of polls",
        "Pollwatch");
    assertThat(reason(s, "the Pollwatch average of polls")).isEqualTo("document-issuer:"
        + " 'Pollwatch', a name before it, issued 'the Pollwatch average of"
        + " polls'");
    Speaker adjective = speakerOf(EXTRACTOR.extract(text.replace("Pollwatch",
        "Turkish")), "the Turkish average of polls"); // an adjective names no issuer
    assertThat(rules(adjective)).doesNotContain("document-issuer");
  }

  @Test
  void aWordCapitalisedOnlyWhereItOpensASentenceIssuesNoDocument() {
    Extraction x = EXTRACTOR.extract("""
        Senator leads in Iowa.

        The senator spoke at a rally in Des Moines on Monday.

        Polling averages show the senator ahead by four points.
        """);
    Speaker s = speakerOf(x, "Polling averages");
    assertThat(s.kind()).isEqualTo(SpeakerKind.DOCUMENT);
    assertThat(rules(s)).doesNotContain("document-issuer");
  }

  @Test
  void aMediumBeforeAWrittenDocumentIsNoIssuer() {
    Extraction x = EXTRACTOR.extract("""
        The committee has so far poured more than $2 million into TV and radio ads in Nevada.

        The ad says that the governor misled voters.
        """);
    assertThat(speakerOf(x, "The ad").kind()).isEqualTo(SpeakerKind.DOCUMENT);
  }

  @Test
  void theEmailOrTweetASpeakerSentBeforeTheCueIsThatSpeakers() {
    String text = """
        Rosa Quarrington, deputy manager of the Ardent campaign, emailed volunteers late on\
         Thursday, telling them, "Every door counts now."

        The email said that turnout would decide the race.
        """;
    linkedOnlyWhereTheRuleApplies(text, "The email", "Rosa Quarrington",
        "document-issuer: 'The email' is what 'Rosa Quarrington' emailed just before",
        text.replace("emailed", "called"));
  }

  @Test
  void aDocumentInTheLeadIsTheOneTheTextNamesAnIssuerForJustAfterUnlessAnother() {
    String lead = "A poll shows that most voters back the harbour levy.\n\n";
    String named = " Harwick College poll, taken last week, put support at 52 percent.\n";
    linkedOnlyWhereTheRuleApplies(lead + "A" + named, "A poll", "Harwick College",
        "document-issuer: 'A poll' is the poll of 'Harwick College' named after ('Harwick"
            + " College poll')", lead + "Another" + named);
  }

  @Test
  void aDocumentCommissionedOrPublishedByAnOrganisationIsItsIssuers() {
    String lead = "A report found that waits for surgery rose last year.\n\n";
    linkedOnlyWhereTheRuleApplies(lead + "The report, commissioned by the Harwick Health Board,"
        + " was published on Thursday.\n", "A report", "Harwick Health Board",
        "document-issuer: 'A report' is the report of 'Harwick Health Board' named after"
            + " ('report, commissioned by the Harwick Health Board')",
        lead + "The report, welcomed by the Harwick Health Board, was published on Thursday.\n");
  }

  @Test
  void aDocumentAfterTheLeadLooksForNoIssuerNamedAfterIt() {
    String text = """
        The harbour levy was debated on Monday.

        Councillors argued for six hours.

        A poll shows that most voters back the levy.

        A Harwick College poll put support at 52 percent.
        """;
    assertThat(rules(speakerOf(EXTRACTOR.extract(text), "A poll")))
        .doesNotContain("document-issuer");
  }

  @Test
  void findingsAreThoseOfAPollWhoseJointSponsorsTheTextNames() {
    String poll = "In a national Tyneford Courier/Harwick College Poll, most voters backed the"
        + " levy.\n\n";
    String findings = "The findings show that support is highest among young voters.\n";
    linkedOnlyWhereTheRuleApplies(poll + findings, "The findings",
        "Tyneford Courier/Harwick College", "document-issuer: 'The findings' is the poll of"
            + " 'Tyneford Courier/Harwick College' named before ('Tyneford Courier/Harwick College"
            + " Poll')", "In a national poll, most voters backed the levy.\n\n" + findings);
    String headline = "Levy wins backing; \nFindings show voters fear higher rents.\n\n";
    linkedOnlyWhereTheRuleApplies(headline + poll, "Findings",
        "Tyneford Courier/Harwick College", "document-issuer: 'Findings' is the poll of"
            + " 'Tyneford Courier/Harwick College' named after ('Tyneford Courier/Harwick College"
            + " Poll')", headline + "In a national poll, most voters backed the levy.\n");
  }

  @Test
  void aNameSetBesideADescriptionTheSourceStopsAtIsTheSpeaker() {
    String after = " said the pension fund was short by $40 million.";
    linkedOnlyWhereTheRuleApplies("The city treasurer, Marta Quillon, a former banker who ran"
        + " the budget office for a decade and who sat on the school board," + after,
        "The city treasurer", "Marta Quillon", "apposition: 'Marta Quillon' is set beside 'The"
            + " city treasurer' after a comma", "The city treasurer" + after);
  }

  @Test
  void aDocumentANamedSpeakerSpokeInIsThatSpeakersInTheNextParagraph() {
    String statement = """
         that the bridge was unsafe.

        The statement said repairs would take a year.
        """;
    linkedOnlyWhereTheRuleApplies("Rep. Nadia Orwell said in a statement" + statement,
        "The statement", "Nadia Orwell", "document-issuer: 'The statement' is 'a statement', in"
            + " which 'Nadia Orwell' spoke just before", "Rep. Nadia Orwell said" + statement);
    Extraction x = EXTRACTOR.extract("Anna Berg, a spokeswoman for Lorvan Biotech AG, said in a"
        + " statement" + statement);
    named(x, "The statement", "Lorvan Biotech AG");
    Extraction far = EXTRACTOR.extract("Rep. Nadia Orwell said in a statement" + statement
        .replace("The statement", "Traffic was light on Monday.\n\nA second paragraph followed."
            + "\n\nThe statement"));
    assertThat(speakerOf(far, "The statement").kind()).isEqualTo(SpeakerKind.DOCUMENT);
  }

  @Test
  void theFirstWordOfAnOrganisationsNameStandsForItWhenNoOtherOrganisationSharesIt() {
    String lead = "Castellan Mining Corporation will close its copper pit, the company said.";
    String later = " In a filing, Castellan said the closure would cost $140 million.";
    linkedOnlyWhereTheRuleApplies(lead + later, "Castellan", "Castellan Mining Corporation",
        "organisation-name: 'Castellan' is a form of 'Castellan Mining Corporation'",
        lead + " Castellan Freight Group said it would cut routes." + later);
  }

  @Test
  void aRoleNounFindsThePersonGivenItsSynonym() {
    Extraction x = EXTRACTOR.extract("""
        Jonas Keel, an attorney for Ruth Varden, said the will was valid.

        Judge Omar Linde said the hearing would resume on Monday.

        Varden's lawyer said the estate had been valued too low.
        """);
    Speaker keel = named(x, "Varden's lawyer", "Jonas Keel");
    assertThat(reason(keel, "Varden's lawyer")).startsWith("role:");
  }

  @Test
  void theyIsThePluralRoleNounJustBeforeItRatherThanAnOrganisationQuotedEarlier() {
    Extraction x = EXTRACTOR.extract("The Harlow Transit Authority said on Monday that fares"
        + " would rise. At a meeting, depot workers were told of the plan, and they said the rise"
        + " would cost the buses riders.");
    linked(x, "they", "workers", SpeakerKind.GROUP, "pronoun: 'they' refers to 'workers', the"
        + " plural role noun just before it");
    Extraction quoted = EXTRACTOR.extract("The Harlow Transit Authority said on Monday that"
        + " fares would rise. It met depot workers on Tuesday, and they said the rise would cost"
        + " the buses riders.");
    assertThat(speakerOf(quoted, "they").name()).isEqualTo("workers");
  }

  @Test
  void theyIsTheGroupThatHeadsThePreviousSentenceNotAGroupQuotedBefore() {
    Extraction x = EXTRACTOR.extract("""
        Residents who packed the hall said the plan was rushed.

        Members of the council were unmoved by the protest. They said the vote would go ahead.
        """);
    linked(x, "They", "Members", SpeakerKind.GROUP, "pronoun: 'They' refers to 'Members', the"
        + " plural role noun just before it");
  }

  @Test
  void aCapitalisedPluralRoleNounIsAGroupTheyMayReferTo() {
    Extraction x = EXTRACTOR.extract("Residents who packed the hall said the plan was rushed."
        + " They also said the council should listen.");
    Speaker residents = named(x, "Residents", "Residents");
    assertThat(residents.kind()).isEqualTo(SpeakerKind.GROUP);
    assertThat(speakerOf(x, "They")).isSameAs(residents);
    assertThat(reason(residents, "They")).startsWith("pronoun: 'they' agrees");
  }

  @Test
  void aRoleNounTheLexiconLacksFindsThePersonTheArticleGaveIt() {
    String after = " took office in 2019, said the pension fund was short by $40 million."
        + " According to the assessor, the shortfall began when the council cut its payments.";
    linkedOnlyWhereTheRuleApplies("The county assessor, Ines Albrecht, a former banker who"
        + after, "the assessor", "Ines Albrecht", "role: 'the assessor' fits 'Ines Albrecht' (a"
        + " role the text gave, or the person quoted last)", "Ines Albrecht, a banker who" + after);
  }

  /**
   * An apposition whose head is a person noun WordNet knows and the lexicon lacks gives its
   * role, also when the tagger reads the noun as an adjective before "who" ("an accountant
   * who"); "the accountant" then finds that person, not the one quoted last.
   */
  @Test
  void anAppositionOfAPersonNounTheLexiconLacksGivesItsRole() {
    Extraction x = EXTRACTOR.extract("Mary Fong, an accountant who was stranded with her"
        + " children, said she had waited seven hours. Gary Lim said the airline had been silent."
        + " \"Nobody came to talk to us,\" said the accountant.");
    assertThat(speakerOf(x, "the accountant").name()).isEqualTo("Mary Fong");
  }

  /**
   * A party and state tag after a name ("Carlos Menendez (Fla.)", "Glenn Abernathy (I-Vt.)",
   * "Owen Pryor, D-Va.,", "Dale Hubbard of Alabama") gives the person a home state: "the Florida
   * senator" and "the Republican from Alabama" are the one from there, not the person quoted
   * last.
   */
  @Test
  void aStateInAPartyTagFindsThePersonADescriptionPlaces() {
    Extraction x = EXTRACTOR.extract("Sens. Dale Whitford (Ky.) and Carlos Menendez (Fla.)"
        + " argued over child care on Wednesday. Menendez said the bill would help parents."
        + " Whitford said the cost was too high. \"Parents need this,\" the Florida senator"
        + " said.\n\nSen. Glenn Abernathy (I-Vt.) and Sen. Owen Pryor, D-Va., spoke next. Pryor"
        + " said the bill had no votes. \"It will get them,\" the Vermont senator said.");
    assertThat(speakerOf(x, "the Florida senator").name()).isEqualTo("Carlos Menendez");
    assertThat(speakerOf(x, "the Vermont senator").name()).isEqualTo("Glenn Abernathy");
    Extraction of = EXTRACTOR.extract("Sen. Dale Hubbard of Alabama backed Mark Vance on"
        + " Saturday. Vance said the support meant a great deal. \"He will win,\" the Republican"
        + " from Alabama said.");
    assertThat(speakerOf(of, "the Republican from Alabama").name()).isEqualTo("Dale Hubbard");
  }

  /**
   * Science-desk copy: "a spokesperson for the agency" speaks for the agency named last; "the
   * journal" is no other kind of body named last (here the regulator); "Researchers at the World
   * Health Organization", opening a sentence, are no person of that name but people of the WHO.
   */
  @Test
  void scienceDeskNounsFindTheirBodies() {
    Extraction x = EXTRACTOR.extract("""
        The Medicines and Healthcare products Regulatory Agency (MHRA) said it would review the \
        findings. A spokesperson for the agency said a review would take months.

        The study was published in the journal Heart. The journal said in an editorial that the \
        findings were preliminary.

        Researchers at the World Health Organization said the results matched earlier work.
        """);
    assertThat(speakerOf(x, "A spokesperson for the agency").affiliation())
        .isEqualTo("Medicines and Healthcare products Regulatory Agency");
    assertThat(speakerOf(x, "The journal").name())
        .isNotEqualTo("Medicines and Healthcare products Regulatory Agency");
    Speaker who = speakerOf(x, "Researchers at the World Health Organization");
    assertThat(who.kind()).isNotEqualTo(SpeakerKind.PERSON);
    assertThat(who.affiliation()).isEqualTo("World Health Organization");
  }

  /**
   * Court nouns are roles (counsel, barrister, solicitor, magistrate, coroner, juror, defendant,
   * claimant, plaintiff): British copy's bare "Counsel said" continues the barrister quoted just
   * before, not a person called "Counsel"; "Prosecuting," and "Defending," before a name give
   * the prosecutor's and defence counsel's posts.
   */
  @Test
  void courtNounsAreRolesThatFindThePersonQuotedBefore() {
    Extraction x = EXTRACTOR.extract("""
        Prosecuting, Sarah Whitlam KC said the attack had been brutal.

        Defending, Michael Osei said his client had been provoked. Counsel said Price had \
        struggled with his mental health.
        """);
    assertThat(speakerOf(x, "Counsel").name()).isEqualTo("Michael Osei");
    // "Prosecuting," and "Defending," give posts that hold past other speakers
    Extraction later = EXTRACTOR.extract("""
        Prosecuting, Sarah Whitlam KC said the attack had been brutal.

        Defending, Michael Osei said his client had been provoked.

        Det Chief Insp Laura Benn said outside court that the family had shown dignity.

        The prosecutor said later that the sentence was fair. Counsel for the defence said an \
        appeal was likely.
        """);
    assertThat(speakerOf(later, "The prosecutor").name()).isEqualTo("Sarah Whitlam");
    assertThat(speakerOf(later, "Counsel for the defence").name()).isEqualTo("Michael Osei");
  }

  /**
   * A "he" opening its sentence after a sentence about a named person that quotes no one stands
   * for that person, not for the one who spoke last.
   */
  @Test
  void aPronounAfterASentenceAboutSomeoneIsThatPerson() {
    Extraction x = EXTRACTOR.extract("""
        Goalkeeper Sean Doyle was judged to have carried the ball outside his area. "It's a \
        joke," Phil Tarrant said.

        Tarrant said he would not appeal, but insisted his team had been robbed.

        Doyle, talking to reporters later, was calmer. He said that he had been sure both feet \
        were inside the line.
        """);
    assertThat(speakerOf(x, "He").name()).isEqualTo("Sean Doyle");
    Extraction after = EXTRACTOR.extract("""
        Helen Moss, the studio's owner, first recorded the group in 2017. "They never stop," she \
        says.

        Drummer Kate Lyle, the shyest of the five, is frank about their first tours. "We slept \
        in the van, and we argued in the van," she says.
        """);
    assertThat(after.speakerOf(after.quotes().get(after.quotes().size() - 1)).orElseThrow()
        .name()).isEqualTo("Kate Lyle"); // the second "she"
  }

  /**
   * "The company" far from any company named is the only company the text named before: a body
   * whose name says it is a public one (a health institute, an agency) is none.
   */
  @Test
  void theCompanyIsTheOnlyCompanyNamedBeforeHoweverFar() {
    Extraction x = EXTRACTOR.extract("""
        The study, paid for by the Danish drugmaker Ostervold Pharma, followed 4,500 patients.

        Patients given the tablet needed fewer hospital stays, the researchers reported.

        The National Institute for Clinical Standards said it would assess the results. Nurses \
        welcomed them.

        The Therapeutics Agency said approval could take eighteen months.

        In a statement, the company said talks with hospitals on the price would start soon.
        """);
    assertThat(speakerOf(x, "the company").name()).isEqualTo("Ostervold Pharma");
  }

  /**
   * An organisation noun in the lead, before the text names any organisation, is the first one
   * it names just after ("a policy group has said" above "the Institute for Mobility and Access
   * (IMA) argues", "Chile's central bank" above "The Banco Central de Chile"); not when an
   * organisation was named before it.
   */
  @Test
  void anIndefiniteOrganisationNounInTheLeadIsTheOneNamedJustAfter() {
    Extraction x = EXTRACTOR.extract("Up to a third of rural bus routes could disappear within"
        + " a decade, a policy group has said.\n\nA report released this morning by the"
        + " Institute for Mobility and Access (IMA) argues that subsidies kept the network"
        + " running.");
    assertThat(speakerOf(x, "a policy group").name())
        .isEqualTo("Institute for Mobility and Access");
    Extraction before = EXTRACTOR.extract("The Halden Trust warned of cuts last month.\n\n"
        + "Up to a third of rural bus routes could disappear, a policy group has said.\n\nA"
        + " report by the Institute for Mobility and Access (IMA) argues that subsidies kept the"
        + " network running.");
    assertThat(speakerOf(before, "a policy group").name())
        .isNotEqualTo("Institute for Mobility and Access");
    // a definite noun with a modifier, or a place's, too
    Extraction bank = EXTRACTOR.extract("Indonesia's wealth fund will sell its palm oil holdings,"
        + " the central bank said on Wednesday.\n\nBank Indonesia, which oversees the fund, said"
        + " the growers had failed to stop clearing forest.");
    assertThat(speakerOf(bank, "the central bank").name()).isEqualTo("Bank Indonesia");
    Extraction owned = EXTRACTOR.extract("SANTIAGO \u2014 Chile's central bank lowered its main"
        + " rate to 6 percent, saying that price growth had eased.\n\nThe Banco Central de Chile"
        + " said consumer prices rose 0.4 percent in June.");
    assertThat(owned.speakerOf(owned.quotes().get(0)).orElseThrow().name())
        .isEqualTo("Banco Central de Chile");
  }

  /**
   * A name set beside a relation of "her" or "his" ("her sister, Dorothy") is not who a "she" or
   * "he" in that sentence stands for: the possessive's owner is.
   */
  @Test
  void aPronounIsNotTheRelativeOfItsOwnPossessive() {
    Extraction x = EXTRACTOR.extract("Agnes Whitley started at the observatory in 1971. In a"
        + " postcard to her sister, Dorothy, dated 1973, she wrote that the dome leaked.\n\nRay"
        + " Coles moved to Hull. In a letter to his brother Frank he wrote that the winters were"
        + " long.");
    assertThat(speakerOf(x, "she").name()).isEqualTo("Agnes Whitley");
    assertThat(speakerOf(x, "he").name()).isEqualTo("Ray Coles");
  }

  /**
   * A possessive after a man's name in an article about a woman ("Dr. Michael Adeyemi, who joined
   * her team") is hers, no vote on his gender: his first name's holds, and "he" finds him.
   */
  @Test
  void possessivesAboutSomeoneElseDoNotOverturnAFirstNamesGender() {
    Extraction x = EXTRACTOR.extract("""
        Margot Fennimore, who spent half a century mapping the night sky, has died. She was 91.

        "She saw patterns nobody else could," said Dr. Michael Adeyemi, who joined her team in \
        1984 and later directed her observatory. Dr. Adeyemi recalled that she pinned her \
        rejection slips above her desk.

        Her niece, Claire Fennimore, said her aunt had kept observing until she was 85.

        Dr. Adeyemi remembered her final talk. "She gave it in her gardening coat," he said.
        """);
    assertThat(speakerOf(x, "he").name()).isEqualTo("Michael Adeyemi");
  }

  @Test
  void theyIsTheGroupOfPeopleThatHeadsThePreviousSentenceNotAnOrganisationQuotedBefore() {
    Extraction x = EXTRACTOR.extract("""
        The Harwick District Council said the strike cost shops 2 million euros a week.

        Commuters at Harwick Central were running out of patience. They said the buses were \
        packed by seven.
        """);
    linked(x, "They", "Commuters", SpeakerKind.GROUP, "pronoun: 'They' refers to 'Commuters', the"
        + " plural role noun just before it");
  }

  /** "The club" is no public body named last: the club named before it. */
  @Test
  void theClubIsNoCouncil() {
    Extraction x = EXTRACTOR.extract("Harlow Rovers have waited years for a new stand. Harlow"
        + " County Council approved the plans on Monday. The club said it was delighted.");
    assertThat(speakerOf(x, "The club").name()).isEqualTo("Harlow Rovers");
  }

  @Test
  void anOrganisationNamedBesideAnOrganisationNounIsTheSpeaker() {
    Extraction x = EXTRACTOR.extract("Tan Sri Lim Boon Keat said he had cancelled orders. His"
        + " company, Lindqvist Marine Holdings, said it would cut 200 jobs. Orbis Technologies,"
        + " a supplier, said it would wait.");
    linked(x, "His company, Lindqvist Marine Holdings", "Lindqvist Marine Holdings",
        SpeakerKind.ORGANIZATION, "source: the source names 'Lindqvist Marine Holdings'");
    assertThat(speakerOf(x, "Orbis Technologies, a supplier").kind())
        .isEqualTo(SpeakerKind.ORGANIZATION);
    Extraction firm = EXTRACTOR.extract("Attorneys for the tenants, Brannock & Webb LLP, said"
        + " the landlord had ignored the complaints.");
    assertThat(firm.speakerOf(firm.quotes().get(0)).orElseThrow().name())
        .isEqualTo("Brannock & Webb LLP");
  }

  @Test
  void aDocumentIsTheOrganisationTheTextNamedAsItsIssuerOutsideAnySource() {
    linkedOnlyWhereTheRuleApplies("""
        Voters were split evenly in a poll by the Harwick Institute of Public Opinion.

        The poll said 40 percent backed the plan.
        """, "The poll", "Harwick Institute of Public Opinion", "document-issuer: 'The poll' is"
        + " the poll of 'Harwick Institute of Public Opinion' named before ('poll by the Harwick"
        + " Institute of Public Opinion')", """
        Voters were split evenly in a Harwick poll.

        The poll said 40 percent backed the plan.
        """);
  }

  /**
   * A bare definite document ("the email") after another one with its head noun was named ("an
   * email appeal") is that other one, not the document of the issuer named before nor of the
   * organisation quoted last; a modifier may tell them apart ("the new email").
   */
  @Test
  void aBareDocumentIsTheOneNamedLastWithItsHeadNoun() {
    String text = """
        According to a statement released on Monday by the Harwick Institute of Public Opinion, \
        the race was close.

        The Tarran campaign then sent out an email appeal. "We need your help," the email said.
        """;
    Speaker s = speakerOf(EXTRACTOR.extract(text), "the email");
    assertThat(s.kind()).isEqualTo(SpeakerKind.DOCUMENT);
    assertThat(rules(s)).doesNotContain("document-issuer");
    Speaker institute = speakerOf(EXTRACTOR.extract(text.replace("an email appeal",
        "a letter")), "the email");
    assertThat(institute.name()).isEqualTo("Harwick Institute of Public Opinion");
  }

  @Test
  void aCompanyNamedWithoutItsLegalFormOrByItsInitialsIsTheCompany() {
    Extraction x = EXTRACTOR.extract("""
        Chipmaker to cut jobs

        Norvale Micro Systems Inc said on Thursday that it would cut 1,200 jobs.

        NMS said that demand for its chips had weakened.

        Greenfield Robotics Ltd said that it had signed a deal with the hospital.

        Greenfield Robotics said that the robots would arrive in May.
        """);
    Speaker nms = named(x, "NMS", "Norvale Micro Systems Inc");
    assertThat(reason(nms, "NMS")).startsWith("acronym:");
    linked(x, "Greenfield Robotics", "Greenfield Robotics Ltd", SpeakerKind.ORGANIZATION,
        "organisation-name: 'Greenfield Robotics' is a form of 'Greenfield Robotics Ltd'");
    // alone, a word that ends company names makes one; two other capitalised words are still
    // read as a person's name
    Extraction plain = EXTRACTOR.extract("""
        Deal signed

        Greenfield Robotics said that the robots would arrive in May. Greenfield Hollis said \
        that the hospital was ready.
        """);
    assertThat(speakerOf(plain, "Greenfield Robotics").kind())
        .isEqualTo(SpeakerKind.ORGANIZATION);
    assertThat(speakerOf(plain, "Greenfield Hollis").kind()).isEqualTo(SpeakerKind.PERSON);
  }

  @Test
  void anOrganisationNamedForSomeoneKeepsTheOwnersName() {
    Extraction x = EXTRACTOR.extract("""
        The Parkinson's Trust said in a statement that the findings were encouraging.
        """);
    assertThat(speakerOf(x, "The Parkinson's Trust").name()).isEqualTo("Parkinson's Trust");
    assertThat(speakerOf(x, "The Parkinson's Trust").kind())
        .isEqualTo(SpeakerKind.ORGANIZATION);
  }

  @Test
  void aDatelinesPlaceIsNoOnesName() {
    Extraction x = EXTRACTOR.extract("""
        Malaysian minister says subsidy cuts are needed

        KUALA LUMPUR, Malaysia - Finance Minister Azhar Rahmatullah said that cuts were needed.
        """);
    // the headline's minister is the person the story names first, not the dateline's city
    named(x, "Malaysian minister", "Azhar Rahmatullah");
    named(x, "Finance Minister Azhar Rahmatullah", "Azhar Rahmatullah");
  }

  @Test
  void aNicknameAloneIsThePersonWhoseFirstNameItShortens() {
    String text = """
        Bakery turns fifty

        Elizabeth Ashdown said that she joined the business in 1980.

        Liz said that the ovens were lit at four.
        """;
    Speaker liz = named(EXTRACTOR.extract(text), "Liz", "Elizabeth Ashdown");
    assertThat(reason(liz, "Liz")).isEqualTo("nickname: 'Liz' is a form of the first name of"
        + " 'Elizabeth Ashdown' (nicknames list)");
    // with two Elizabeths the nickname tells neither
    Speaker two = speakerOf(EXTRACTOR.extract(text.replace("Bakery turns fifty\n",
        "Bakery turns fifty\n\nElizabeth Reyes said that she bought the shop next door.\n")),
        "Liz");
    assertThat(two.name()).isEqualTo("Liz");
  }

  @Test
  void aRoleTheTaggerReadAsAdjectivesStillNamesItsHolder() {
    // "the chief executive said" was tagged DET ADJ ADJ NOUN: no noun phrase, no speaker
    Extraction x = EXTRACTOR.extract("""
        Floods hit towns

        Robert Tansley, the chief executive of the agency, said that defences had failed.

        "These were the highest river levels ever recorded," the chief executive said.
        """);
    named(x, "the chief executive", "Robert Tansley");
  }

  @Test
  void britishTitlesStandBeforeTheName() {
    Extraction x = EXTRACTOR.extract("""
        Car park rejected

        Cllr Rajesh Malhotra said that the town was losing trade.

        Local MP Janet Urquhart said that residents had warned for years.
        """);
    named(x, "Cllr Rajesh Malhotra", "Rajesh Malhotra");
    named(x, "Local MP Janet Urquhart", "Janet Urquhart");
  }

  /**
   * Asserts that in {@code text} the source {@code source} is {@code name} for {@code reason},
   * and that in {@code without}, where the rule does not apply, that rule links nothing.
   */
  private static void linkedOnlyWhereTheRuleApplies(String text, String source, String name,
      String reason, String without) {
    Speaker s = named(EXTRACTOR.extract(text), source, name);
    assertThat(reason(s, source)).isEqualTo(reason);
    String rule = reason.substring(0, reason.indexOf(':'));
    assertThat(rules(speakerOf(EXTRACTOR.extract(without), source))).doesNotContain(rule);
  }

  private static String reason(Speaker s, String mention) {
    return s.provenance().stream().filter(m -> m.span().text().equals(mention)).findFirst()
        .map(SpeakerMention::reason).orElseThrow(() -> new AssertionError("no mention '"
            + mention + "' of " + s));
  }

  private static java.util.List<String> rules(Speaker s) {
    return s.provenance().stream().map(SpeakerMention::rule).toList();
  }

  private static Speaker speakerOf(Extraction x, String source) {
    return DefaultSpeakerResolverTest.speakerOf(x, source);
  }

  /** Asserts the speaker of the quote with this source: name, kind and the reason of the link. */
  private static void linked(Extraction x, String source, String name, SpeakerKind kind,
      String reason) {
    Speaker s = named(x, source, name);
    assertThat(s.kind()).isEqualTo(kind);
    assertThat(reason(s, source)).isEqualTo(reason);
  }

  /** The speaker of the quote with this source, asserting its canonical name. */
  private static Speaker named(Extraction x, String source, String name) {
    Speaker s = speakerOf(x, source);
    assertThat(s.name()).as("speaker of '%s'", source).isEqualTo(name);
    return s;
  }
}
