package org.quotekit.resolve;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.quotekit.Extraction;
import org.quotekit.Quote;
import org.quotekit.QuoteExtractor;
import org.quotekit.Span;
import org.quotekit.Speaker;
import org.quotekit.SpeakerKind;
import org.quotekit.SpeakerMention;

/** The default resolver on short texts written for each case of speaker resolution. */
class DefaultSpeakerResolverTest {
  private static final QuoteExtractor EXTRACTOR = QuoteExtractor.builder().build();

  @Test
  void aRoleEndingTheSentenceWithAnAcronymLeavesTheFullStopOut() {
    Extraction x = EXTRACTOR.extract("""
        Freight volumes rose in the third quarter, said Maria Delgado, chief executive of NFH.
        Exports to Asia fell sharply in October, said Tom Reid, a director of Hale Freight Inc.
        """);
    assertThat(speakerOf(x, "Maria Delgado").roles()).contains("chief executive of NFH")
        .noneMatch(r -> r.endsWith("."));
    assertThat(speakerOf(x, "Tom Reid").roles()).contains("a director of Hale Freight Inc.");
  }

  @Test
  void titlesHonorificsSurnamesAndFullNamesAreOnePerson() {
    Extraction x = EXTRACTOR.extract("""
        Major General Yahya Rasool, the army spokesman, said on Monday that the bridge had been \
        retaken.
        "The road to the north is open again," Rasool told reporters.
        General Rasool added that the next phase would start within days.
        Mr. Trump said that he would visit the border town next week.
        "We will build a better road," Trump said.
        Donald J. Trump said that the plan would cost nothing.
        """);
    Speaker rasool = speakerOf(x, "Major General Yahya Rasool, the army spokesman");
    assertThat(speakerOf(x, "Rasool")).isSameAs(rasool);
    assertThat(speakerOf(x, "General Rasool")).isSameAs(rasool);
    assertThat(rasool.name()).isEqualTo("Yahya Rasool");
    assertThat(rasool.kind()).isEqualTo(SpeakerKind.PERSON);
    assertThat(rasool.aliases()).contains("Rasool", "General Rasool");
    assertThat(rasool.roles()).contains("Major General", "the army spokesman");

    Speaker trump = speakerOf(x, "Mr. Trump");
    assertThat(speakerOf(x, "Trump")).isSameAs(trump);
    assertThat(speakerOf(x, "Donald J. Trump")).isSameAs(trump);
    assertThat(trump.name()).isEqualTo("Donald J. Trump");
    assertThat(trump.aliases()).contains("Trump", "Mr. Trump");
    assertThat(x.speakers()).hasSize(2);
  }

  @Test
  void aRelativePronounThatIsTheCuesSubjectIsAMentionOfTheSpeaker() {
    String text = "The council hired an architect who said the hall could be saved. "
        + "Mayor Ellen Park, who chairs the council, said the vote would be held in May.";
    Extraction x = EXTRACTOR.extract(text);
    Speaker architect = speakerOf(x, "an architect");
    assertThat(architect.mentions()).extracting(Span::text).contains("who");
    assertThat(architect.mentions()).filteredOn(m -> m.text().equals("who"))
        .allMatch(m -> m.start() == text.indexOf("who"));
    Speaker park = speakerOf(x, "Mayor Ellen Park");
    assertThat(park.mentions()).extracting(Span::text).doesNotContain("who");
  }

  @Test
  void aSurnameMetBeforeTheFullNameAndAFirstNameAloneFindTheFullName() {
    Extraction x = EXTRACTOR.extract("""
        "This election is about our children," Clinton said in Tampa on Tuesday.
        Hillary Clinton said that she would campaign in Ohio on Friday.
        "We are going to win this state," Hillary told supporters.
        """);
    Speaker clinton = speakerOf(x, "Clinton");
    assertThat(speakerOf(x, "Hillary Clinton")).isSameAs(clinton);
    assertThat(speakerOf(x, "Hillary")).isSameAs(clinton);
    assertThat(clinton.name()).isEqualTo("Hillary Clinton");
  }

  @Test
  void twoPeopleWithOneSurnameStayApart() {
    Extraction x = EXTRACTOR.extract("""
        Former President Bill Clinton said that the rally had been a success.
        Hillary Clinton said that she would campaign in Ohio on Friday.
        "We are going to win this state," Clinton told supporters.
        Donald Trump Jr. said that his father was ahead in the polls.
        Donald Trump said that the polls were rigged.
        "Nobody believes those numbers," Trump said.
        "My father will win," Trump Jr. said.
        """);
    Speaker bill = speakerOf(x, "Former President Bill Clinton");
    Speaker hillary = speakerOf(x, "Hillary Clinton");
    assertThat(bill).isNotSameAs(hillary);
    assertThat(speakerOf(x, "Clinton")).isSameAs(hillary); // the Clinton named just before
    Speaker junior = speakerOf(x, "Donald Trump Jr.");
    Speaker father = speakerOf(x, "Donald Trump");
    assertThat(junior).isNotSameAs(father);
    assertThat(speakerOf(x, "Trump")).isSameAs(father);
    assertThat(speakerOf(x, "Trump Jr.")).isSameAs(junior);
    assertThat(junior.name()).isEqualTo("Donald Trump Jr.");
  }

  @Test
  void aShortNameIsAPersonNamedBeforeItNotANamesakeNamedLater() {
    Extraction x = EXTRACTOR.extract("""
        Mara Okafor said that she grew up above her parents' bakery in the harbour town.

        The bakery closed in 1998. The harbour was dredged two years later.

        Ms. Okafor said that the town had changed beyond recognition.

        Her aunt, Ada Okafor, ran the bakery for thirty years. Ada Okafor said that the flour came
        by boat. Ada Okafor added that the boats stopped in the winter.
        """);
    Speaker mara = speakerOf(x, "Mara Okafor");
    assertThat(speakerOf(x, "Ms. Okafor")).isSameAs(mara);
    assertThat(speakerOf(x, "Ada Okafor")).isNotSameAs(mara);
  }

  @Test
  void aShortNameIsThePersonNamedMostBeforeItNotANamesakeNamedInPassing() {
    Extraction x = EXTRACTOR.extract("""
        Daniel Okafor opened his campaign in Tyneford on Monday. Mr. Okafor said the harbour \
        would be rebuilt. Mr. Okafor told voters that taxes would fall.

        Harold Mensah, who worked for Mr. Okafor's father, Samuel Okafor, at the yard, praised \
        the family. The crowd cheered. Mr. Okafor said later that he would win.

        Samuel Okafor founded the shipyard in 1970. Samuel Okafor sold it in 1995.
        """);
    Speaker daniel = speakerOf(x, "Mr. Okafor");
    assertThat(daniel.name()).isEqualTo("Daniel Okafor");
    Quote last = x.quotes().stream().filter(q -> q.content().text().startsWith("he would win"))
        .findFirst().orElseThrow();
    assertThat(x.speakerOf(last)).contains(daniel);
  }

  /**
   * A name whose surname stands inside a fuller name, with a form of its first name, is that
   * person, whichever came first ("Tina Lau" and "Christina 'Tina' Lau Mei Ling", whose family
   * name comes first); a nickname in straight single quotes is part of the name.
   */
  @Test
  void aFamilyNameInsideAFullerNameIsThatPersonWhicheverCameFirst() {
    Extraction x = EXTRACTOR.extract("""
        Why Tina Lau is wrong about the coalition

        Then there is Christina 'Tina' Lau Mei Ling, the opposition's sharpest debater. Tina \
        Lau told parliament on Monday that the cabinet was divided. Lau added that the budget \
        was late.
        """);
    Speaker lau = speakerOf(x, "Lau");
    assertThat(lau.name()).isEqualTo("Christina Lau Mei Ling");
    assertThat(speakerOf(x, "Tina Lau")).isSameAs(lau);
  }

  /**
   * A family name written first ("Lim Wei Jie") and then with a title ("Mr Lim") is the person
   * the text named so before, of the title's gender, not one named so later ("Ms Lim Hui Min").
   */
  @Test
  void aTitledFamilyNameWrittenFirstIsThePersonNamedBefore() {
    Extraction x = EXTRACTOR.extract("""
        Firm raises money

        Chief executive Lim Wei Jie said the firm would hire 40 people. "We are growing \
        fast," Mr Lim said.

        "We backed them early," said Ms Lim Hui Min, a partner at Merlion Ventures.
        """);
    assertThat(speakerOf(x, "Mr Lim").name()).isEqualTo("Lim Wei Jie");
  }

  /**
   * A company's name without the business word that ends it ("Marlin Cove" of "Marlin Cove
   * Partners") is that company, not a person so named.
   */
  @Test
  void aCompanysNameWithoutItsBusinessWordIsThatCompany() {
    Extraction x = EXTRACTOR.extract("""
        Board survives vote

        Shareholders re-elected the board despite a campaign by activist fund Marlin Cove \
        Partners.

        Marlin Cove, which owns 7% of the shares, said the unit should be sold.
        """);
    Speaker s = speakerOf(x, "Marlin Cove");
    assertThat(s.name()).isEqualTo("Marlin Cove Partners");
    assertThat(s.kind()).isEqualTo(SpeakerKind.ORGANIZATION);
  }

  /**
   * An acronym that spells a post the text gave one person ("the COO" after "Chief Operating
   * Officer Lena Brandt", "the GMD" after "The insurer's Group Managing Director, Mr. Tunde
   * Bakare") is that person, not an organisation.
   */
  @Test
  void anAcronymSpellingAPostIsItsHolder() {
    Extraction x = EXTRACTOR.extract("""
        Results

        Chief Operating Officer Lena Brandt said costs would fall. An analyst asked about \
        prices. The COO said the company would protect its margins.

        The insurer's Group Managing Director, Mr. Tunde Bakare, told analysts that results \
        were strong. "We kept that promise," the GMD said.
        """);
    assertThat(speakerOf(x, "The COO").name()).isEqualTo("Lena Brandt");
    assertThat(speakerOf(x, "the GMD").name()).isEqualTo("Tunde Bakare");
  }

  /**
   * A name's last word that the tagger reads as a common noun ("Hock", a noun too) still ends
   * the name before its verb: "Edwin Lim Seng Hock", and "Mr Lim" is he.
   */
  @Test
  void aNamesLastWordReadAsACommonNounStaysInTheName() {
    Extraction x = EXTRACTOR.extract("""
        Buses

        Senior Transport Minister Edwin Lim Seng Hock said the ministry was reviewing bus fares \
        carefully. "We will act soon," Mr Lim said.
        """);
    assertThat(speakerOf(x, "Mr Lim").name()).isEqualTo("Edwin Lim Seng Hock");
  }

  /**
   * The first part of a name joined by hyphens and a particle ("Rizwan" of "Rizwan-ul-Haq") is
   * that person, linked by the joined-name rule.
   */
  @Test
  void theFirstPartOfAJoinedNameIsItsPerson() {
    Extraction x = EXTRACTOR.extract("""
        Selector named

        Former Test opener Imran-ul-Hassan has been appointed interim chief selector.

        Imran-ul-Hassan, 51, said his priority would be fitness. "Talent alone is not \
        enough," Imran said.
        """);
    Speaker s = speakerOf(x, "Imran");
    assertThat(s.name()).isEqualTo("Imran-ul-Hassan");
    assertThat(s.provenance()).extracting(SpeakerMention::rule).contains("joined-name");
  }

  /**
   * A pronoun in an aside set off by dashes after the sentence's subject is that subject ("United
   * manager Neil Brannigan - no relation to the goalkeeper, as he was keen to stress - was
   * thrilled"), not the player quoted before; so is "the 52-year-old" quoted next.
   */
  @Test
  void aPronounInAnAsideAfterTheSubjectIsTheSubject() {
    Extraction x = EXTRACTOR.extract("""
        Away win

        "I should have saved the first one," Sam Ryder said.

        United manager Neil Brannigan – no relation to the goalkeeper, as he was keen to stress \
        – was thrilled with the way his players fought back.

        "What pleased me most was the spirit," the 52-year-old said.
        """);
    assertThat(speakerOf(x, "the 52-year-old").name()).isEqualTo("Neil Brannigan");
  }

  /**
   * A post a rank below another is not that post ("the governor" is not the deputy governor
   * quoted last), and a hyphenated post whose last part is a role is a role ("the
   * vice-captain").
   */
  @Test
  void ranksBelowAPostAndHyphenatedPosts() {
    Extraction x = EXTRACTOR.extract("""
        Rates held

        Governor Ana Ruiz said rates would stay on hold. Deputy Governor Lena Park said \
        inflation was easing. "We will look again in August," the governor said.

        Vice-captain Dev Mendis said the stand was his best. "Kavi makes it easy," the \
        vice-captain said.
        """);
    assertThat(speakerOf(x, "the governor").name()).isEqualTo("Ana Ruiz");
    assertThat(speakerOf(x, "the vice-captain").name()).isEqualTo("Dev Mendis");
  }

  /**
   * A nickname in quotation marks after the second of two given names leaves both in the name
   * ("Deputy Governor Ana Lucia "Lulu" R. Mendoza" is Ana Lucia R. Mendoza).
   */
  @Test
  void aNicknameAfterTwoGivenNamesKeepsBoth() {
    Extraction x = EXTRACTOR.extract("""
        Outlook cut

        Deputy Governor Ana Lucia “Lulu” R. Mendoza said the growth outlook had been \
        lowered. “There is more work ahead,” Mendoza said.
        """);
    assertThat(speakerOf(x, "Mendoza").name()).isEqualTo("Ana Lucia R. Mendoza");
  }

  /**
   * A post written before a name is no part of it, though the lexicon does not list it as a
   * role ("Garut Regent", a person noun in WordNet) or a party's name before it holds an
   * organisation word ("Trinamool Congress MP"), nor is "Ombudsman" after an office so named; a
   * surname that is also a title's abbreviation ("Sen") is the person of that surname once the
   * text named them.
   */
  @Test
  void postsBeforeANameAreNoPartOfIt() {
    Extraction x = EXTRACTOR.extract("""
        Schools shut

        Tasik Regent Wawan Hermawan said schools would close. "We are not locking down," \
        Wawan said.

        Jaya Party MP Rina Sen said banks should be summoned. "Half the problem is banks," \
        Sen said.

        The Energy Ombudsman Tasmania (EOT) said it had 900 complaints. Ombudsman Carla Webb \
        said her office would act.
        """);
    Speaker regent = speakerOf(x, "Wawan");
    assertThat(regent.name()).isEqualTo("Wawan Hermawan");
    Speaker mp = speakerOf(x, "Sen");
    assertThat(mp.name()).isEqualTo("Rina Sen");
    assertThat(mp.kind()).isEqualTo(SpeakerKind.PERSON);
    assertThat(speakerOf(x, "Ombudsman Carla Webb").name()).isEqualTo("Carla Webb");
  }

  /**
   * A given name after an honorific that goes with given names ("Sheikh Omar") is the person of
   * that first name when no one has it for a surname; "QUINTERO:" is the person whose name holds
   * it ("Rafael Quintero Baeza"); "Jan" before a surname is a given name, not January.
   */
  @Test
  void honorificGivenNamesTranscriptLabelsAndJanFindTheirPerson() {
    Extraction sheikh = EXTRACTOR.extract("""
        The wild card is Sheikh Omar Abdul Karim, a preacher in Kota Bharu. Last week Sheikh \
        Omar warned that the government had forgotten the poor.
        """);
    assertThat(speakerOf(sheikh, "Sheikh Omar").name()).isEqualTo("Omar Abdul Karim");
    Extraction radio = EXTRACTOR.extract("""
        Radio host Ines Marchetti spoke with Agriculture Minister Rafael Quintero Baeza on \
        Tuesday.

        MARCHETTI: Is that fair to farmers?

        QUINTERO: No, and I will not pretend it was.
        """);
    assertThat(speakerOf(radio, "QUINTERO").name()).isEqualTo("Rafael Quintero Baeza");
    Extraction jan = EXTRACTOR.extract("Jan Pretorius, who owns a hardware shop on Main Street,"
        + " said that he would lose his loading bay.");
    assertThat(speakerOf(jan, "Jan Pretorius").name()).isEqualTo("Jan Pretorius");
    // a family name that is also a month: before a hyphenated given name, then alone
    Extraction jun = EXTRACTOR.extract("Jun Min-seok, the managing director who runs the"
        + " battery division, said output was on track. Orders slowed in Jun. Jun said prices"
        + " would recover.");
    assertThat(speakerOf(jun, "Jun").name()).isEqualTo("Jun Min-seok");
  }

  /**
   * Police ranks are titles ("Chief Superintendent Graham Ilesworth" is Graham Ilesworth); a
   * sports club's name is an organisation, which "the club" continues; a statement from "his
   * office" is its holder's.
   */
  @Test
  void ranksClubsAndOfficesFindTheirSpeaker() {
    Extraction x = EXTRACTOR.extract("""
        Chief Superintendent Graham Ilesworth said that eleven people had been arrested after \
        the match between Harlow Rovers and Wendlebury Town.

        The club said that it would ban any supporter convicted of an offence.

        Mayor Daniel Marsh condemned the violence. A statement from his office said that the \
        stadium would stay closed until Friday.
        """);
    assertThat(speakerOf(x, "Chief Superintendent Graham Ilesworth").name())
        .isEqualTo("Graham Ilesworth");
    Speaker club = speakerOf(x, "The club");
    assertThat(club.name()).isEqualTo("Harlow Rovers");
    assertThat(club.kind()).isEqualTo(SpeakerKind.ORGANIZATION);
    assertThat(speakerOf(x, "A statement from his office").name()).isEqualTo("Daniel Marsh");
  }

  @Test
  void pronounsGoToTheMostRecentPersonOfTheirGender() {
    Extraction x = EXTRACTOR.extract("""
        Nadir Hamdani met the delegation in Erbil. He said that the talks had gone well.
        Later, Hamdani met Sara Lind, the Swedish envoy. She told reporters that a deal was close.
        "We are nearly there," he said.
        """);
    Speaker hamdani = speakerOf(x, "He");
    Speaker lind = speakerOf(x, "She");
    assertThat(hamdani.name()).isEqualTo("Nadir Hamdani");
    assertThat(lind.name()).isEqualTo("Sara Lind");
    assertThat(lind.roles()).contains("the Swedish envoy");
    assertThat(speakerOf(x, "he")).isSameAs(hamdani); // Lind was named last, but is a she
  }

  @Test
  void firstNamesOfManyCulturesTellTheGenderAndStartTheName() {
    Extraction x = EXTRACTOR.extract("""
        Chinedu Okafor, the port director, met Priya Raman, the Indian trade envoy, in Lagos. \
        "The deal is done," she said.

        Hiroshi Tanaka, the chief executive of Kaito Lines, said his ships would call weekly. \
        Agnieszka Nowak, an analyst, agreed. He said that the first would arrive in March.
        """);
    assertThat(speakerOf(x, "she").name()).isEqualTo("Priya Raman");
    assertThat(speakerOf(x, "He").name()).isEqualTo("Hiroshi Tanaka");
    Extraction y = EXTRACTOR.extract("""
        Kitty Orlov met Woodrow Pask, the harbour master, in Perth. Dianne Cole, an analyst, \
        agreed. He said that the first ship would arrive in March. "We are ready," she said.
        """);
    assertThat(speakerOf(y, "He").name()).as("older and pet forms").isEqualTo("Woodrow Pask");
    assertThat(speakerOf(y, "she").name()).isEqualTo("Dianne Cole");
  }

  @Test
  void aPersonOrBodyOwnedByAnotherSpeaksForItself() {
    Extraction x = EXTRACTOR.extract("""
        Janet Price lost her home in the flood. Her neighbour, Steve Jones, said the defences \
        were never built.

        Ruth Akande wrote a novel about the flood. Her publisher said sales were high.
        """);
    assertThat(speakerOf(x, "Her neighbour, Steve Jones").name()).isEqualTo("Steve Jones");
    assertThat(speakerOf(x, "Her publisher").name()).isNotEqualTo("Ruth Akande");
    // a thing owned speaks for its owner: SourceSpanResolutionTest, "its growth target"
  }

  @Test
  void aDefiniteRoleContinuesTheUnnamedPersonTheTextDescribedSo() {
    Extraction x = EXTRACTOR.extract("""
        The regional bloc's mediator, Hassan Diallo, said any blockade of the port would be \
        unacceptable. A Kenyan official, speaking on condition of anonymity, said negotiators \
        would meet on Friday. The official said Nairobi was ready to extend the truce.
        """);
    assertThat(speakerOf(x, "The official")).isSameAs(speakerOf(x, "A Kenyan official"));
    // its name is its description, which it does not repeat as a role
    assertThat(speakerOf(x, "The official").roles()).isEmpty();
  }

  @Test
  void aRoleTheLexiconLacksLinksOnceTheTextGivesIt() {
    Extraction x = EXTRACTOR.extract("""
        Luis Ibarra, the club's top striker, said the dressing room was gutted. Tom Hale, the \
        coach, agreed. "We have three games left," the striker said.

        Harrow Motors said profits fell. The carmaker blamed the strike.
        """);
    assertThat(speakerOf(x, "the striker").name()).isEqualTo("Luis Ibarra");
    assertThat(speakerOf(x, "The carmaker").name()).isEqualTo("Harrow Motors");
    // so it does when the noun stands before the name
    Extraction before = EXTRACTOR.extract("""
        Harlequins led after a try from winger Cadan Murley. Murley was philosophical. "It \
        hurts," the winger admitted.
        """);
    assertThat(speakerOf(before, "the winger").name()).isEqualTo("Cadan Murley");
  }

  @Test
  void aNameSetBesideItsDescriptionAtTheEndOfASentenceIsTheSpeaker() {
    Extraction x = EXTRACTOR.extract("""
        Arthur Pennington has died at 91. His death was announced on Friday by his daughter, \
        Claire Pennington.
        """);
    assertThat(speakerOf(x, "his daughter").name()).isEqualTo("Claire Pennington");
  }

  @Test
  void aRoleOfSomeoneElseIntroducesANewPersonRatherThanTheLastSpeaker() {
    Extraction x = EXTRACTOR.extract("""
        Forecaster Gavin Shore told Sky News that the winds should ease by Thursday. The \
        First Minister's spokesman said officials were keeping the roads under review.
        """);
    assertThat(speakerOf(x, "The First Minister's spokesman").name())
        .isNotEqualTo("Gavin Shore");
  }

  @Test
  void aPersonAfterAnOrganisationAndARoleIsTheSpeaker() {
    Extraction x = EXTRACTOR.extract("""
        Department of Coastal Affairs spokesperson Carlos Dimaano said that the storm surge had \
        flooded 60 homes. "Most families are back tonight," said Harbourside chief executive Leo \
        Grant.
        """);
    assertThat(x.quotes()).extracting(q -> x.speakerOf(q).orElseThrow().name())
        .containsExactly("Carlos Dimaano", "Leo Grant");
  }

  @Test
  void itsPostInTheLeadIsThePersonTheTextGivesThatPostNext() {
    // the wire lead names the post, the next paragraph the person, as a title or with "CEO"
    for (String title : new String[] {"Chief Executive Officer", "Tarnwell Mining CEO",
        "Chief Executive"}) {
      Extraction x = EXTRACTOR.extract("""
          Tarnwell Mining shares fell on Tuesday after the company cut its forecast and its \
          chief executive warned that copper prices would stay low.

          "We expected a weaker year," %s Dana Ketteridge told analysts.
          """.formatted(title));
      assertThat(speakerOf(x, "its chief executive").name()).as(title)
          .isEqualTo("Dana Ketteridge");
    }
    // "the chief executive officer" is the chief executive too
    Extraction officer = EXTRACTOR.extract("""
        Tarnwell Mining cut its forecast, the chief executive officer said on Tuesday.

        "We expected a weaker year," Chief Executive Dana Ketteridge told analysts.
        """);
    assertThat(speakerOf(officer, "the chief executive officer").name())
        .isEqualTo("Dana Ketteridge");
  }

  @Test
  void itsPostIsNoOneTheTextGivesAnotherPostOrAnotherOfficersPost() {
    Extraction x = EXTRACTOR.extract("""
        Halden Water raised its prices on Monday.

        "The rise is unfair," said Tomas Reyes, a customer in Brill.

        Its spokesman said the rise was needed to pay for new pipes.
        """);
    assertThat(speakerOf(x, "Its spokesman").name()).isNotEqualTo("Tomas Reyes");
    // a chief operating officer is no chief executive
    Extraction coo = EXTRACTOR.extract("""
        Tarnwell Mining cut its forecast, its chief executive said on Tuesday.

        "We expected a weaker year," Chief Operating Officer Dana Ketteridge told analysts.
        """);
    assertThat(speakerOf(coo, "its chief executive").name()).isNotEqualTo("Dana Ketteridge");
  }

  @Test
  void aCompanyEpithetBeforeANameMakesItACompanyTheCompanyMayMean() {
    Extraction x = EXTRACTOR.extract("""
        Two firms reported results on Tuesday, the property company Halvane and the technology \
        giant Corvex Systems.

        Sales of cloud software rose 12 percent, the company said.
        """);
    assertThat(speakerOf(x, "the company").name()).isEqualTo("Corvex Systems");
  }

  @Test
  void aPeerageTitleIsAnHonorificThatGivesTheGender() {
    Extraction x = EXTRACTOR.extract("""
        The committee on housing published its report on Monday.

        Baroness Quist, who chairs the committee, said the findings were stark. Viscount Pell \
        said the report was fair. Later she said the government had to act.
        """);
    assertThat(speakerOf(x, "Baroness Quist").name()).isEqualTo("Quist");
    assertThat(speakerOf(x, "Viscount Pell").name()).isEqualTo("Pell");
    assertThat(speakerOf(x, "she").name()).isEqualTo("Quist");
  }

  @Test
  void aParticleBetweenGivenNamesIsPartOfTheName() {
    Extraction x = EXTRACTOR.extract("""
        Juana del Pilar Ortega, 58, said she would welcome the reform. Del. Nina Hart said the \
        count would be tight.
        """);
    assertThat(speakerOf(x, "Juana del Pilar Ortega, 58").name())
        .isEqualTo("Juana del Pilar Ortega");
    assertThat(speakerOf(x, "Del. Nina Hart").name()).isEqualTo("Nina Hart");
    // two particles before a surname
    Extraction two = EXTRACTOR.extract("""
        The party whip, Willem van der Linde, said the board had stalled. "Staff did not just \
        squeeze the same hours into fewer days," said the report's lead author, Professor \
        Femke van den Broek.
        """);
    assertThat(two.quotes()).extracting(q -> two.speakerOf(q).orElseThrow().name())
        .containsExactly("Willem van der Linde", "Femke van den Broek");
  }

  @Test
  void aStudyOfSomethingIsNotIssuedByWhatItStudied() {
    Extraction x = EXTRACTOR.extract("""
        Staff took fewer sick days, according to a study of 45 Danish firms. Children who \
        read every night score higher in maths, according to a study of more than 12,000 \
        pupils.
        """);
    Speaker danish = speakerOf(x, "a study of 45 Danish firms");
    assertThat(danish.name()).isNotEqualTo("Danish");
    assertThat(danish.kind()).isEqualTo(SpeakerKind.DOCUMENT);
    assertThat(speakerOf(x, "a study of more than 12,000 pupils").kind())
        .isEqualTo(SpeakerKind.DOCUMENT);
  }

  /**
   * A document that is the object of a verb of issuing is issued by that verb's subject ("The
   * Fenwick Tenants Coalition, a campaign group, submitted a letter noting that ..."); without
   * such a verb ("a letter seen by reporters noted") the text names no issuer.
   */
  @Test
  void aDocumentSubmittedBySomeoneIsTheirs() {
    Extraction x = EXTRACTOR.extract("""
        The Fenwick Tenants Coalition, a volunteer campaign group, submitted a letter of \
        objection noting that the borough has not built a council home since 1998.
        """);
    assertThat(speakerOf(x, "a letter of objection").name())
        .isEqualTo("Fenwick Tenants Coalition");
    Extraction none = EXTRACTOR.extract("""
        The Fenwick Tenants Coalition met on Thursday. A letter seen by reporters noted that \
        the borough has not built a council home since 1998.
        """);
    assertThat(none.speakers()).extracting(Speaker::name)
        .doesNotContain("Fenwick Tenants Coalition");
  }

  @Test
  void aSurnameTheTaggerTakesForANounAtTheStartOfASentenceIsStillTheName() {
    Extraction x = EXTRACTOR.extract("""
        Frank Marsh spoke to farmers in Iowa on Tuesday.

        Police said the cyclist, Ray Denholm, was unhurt. Denholm was hit after he crossed the road.

        Marsh has also commented on Denholm’s accident.

        On Thursday, he told a crowd in Des Moines that he was worried by the footage.
        """);
    Speaker marsh = speakerOf(x, "he");
    assertThat(marsh.name()).isEqualTo("Frank Marsh");
    assertThat(marsh.mentions()).extracting(Span::text).contains("Marsh");
  }

  @Test
  void aRoleDescriptionIsThePersonQuotedLastUnlessAnotherPersonIsNamedAsASubjectSince() {
    Extraction object = EXTRACTOR.extract("""
        Ruth Adebayo said on Monday that the vote would be close.

        As for whether Adebayo still senses anger at Frank Osei among her voters, the Lagos \
        senator said that it had faded.
        """);
    Speaker adebayo = speakerOf(object, "Ruth Adebayo");
    assertThat(speakerOf(object, "the Lagos senator")).isSameAs(adebayo);
    assertThat(adebayo.roles()).contains("the Lagos senator");

    Extraction subject = EXTRACTOR.extract("""
        Ruth Adebayo said on Monday that the vote would be close.

        Frank Osei, who leads the opposition, thanked the voters, and the Lagos senator said \
        that the bill was dead.
        """);
    assertThat(speakerOf(subject, "the Lagos senator"))
        .isNotSameAs(speakerOf(subject, "Ruth Adebayo"));
  }

  @Test
  void aRoleNeverFlowsToAPersonWhoseRoleTheDescriptionContradicts() {
    Extraction x = EXTRACTOR.extract("""
        Democratic presidential nominee Ruth Adebayo said on Monday that the race was close. \
        The Republican nominee said that the polls were rigged.

        Labour Sen. Grace Mensah said that the bill would pass. Mark Tilley said it would not. \
        The Accra senator said that the vote was set for Friday.
        """);
    assertThat(speakerOf(x, "The Republican nominee"))
        .isNotSameAs(speakerOf(x, "Democratic presidential nominee Ruth Adebayo"));
    assertThat(speakerOf(x, "The Accra senator"))
        .isSameAs(speakerOf(x, "Labour Sen. Grace Mensah"));
  }

  @Test
  void aPlaceOrPartyBeforeARoleNounIsADescriptionNotAName() {
    Extraction x = EXTRACTOR.extract("""
        Rep. Ruth Adebayo, the top Democrat on the committee, said the hearing was a farce. \
        The Maryland Democrat said that the panel had wasted $7 million.
        """);
    Speaker adebayo = speakerOf(x, "The Maryland Democrat");
    assertThat(adebayo.name()).isEqualTo("Ruth Adebayo");
    assertThat(adebayo.roles()).contains("The Maryland Democrat");
  }

  @Test
  void aPossessiveNameIsNoSubjectThatTakesADescriptionAway() {
    Extraction x = EXTRACTOR.extract("""
        Mark Tilley, Frank Miller's running mate, said the ticket would publish its accounts. \
        The Ohio governor said that he had published ten years of them.
        """);
    assertThat(speakerOf(x, "The Ohio governor"))
        .isSameAs(speakerOf(x, "Mark Tilley, Frank Miller's running mate"));
  }

  @Test
  void theOwnerOfAThingThatIsTheSubjectIsWhomAPronounInTheSentenceMeans() {
    Extraction x = EXTRACTOR.extract("""
        The vote took place as a new survey showed Governor Tom Reyes pulling ahead in the state.

        "Reyes is well placed to win the first three counties," said Alan Birch, director of the \
        Lakeside Polling Institute.

        Reyes's quarrel with the Daily Ledger was first aimed at its editor, Jane Moss, who he \
        claims has treated him unfairly.
        """);
    assertThat(speakerOf(x, "he").name()).isEqualTo("Tom Reyes");
  }

  @Test
  void theOwnerOfAPersonInAnAppositionIsNoSubjectADescriptionMeans() {
    Extraction x = EXTRACTOR.extract("""
        Quarry plan approved

        A spokeswoman for Harlow Stone said the firm would respect the valley's history.

        But Bill Tate, Anna Grey's older brother, said the firm had dug near a burial ground \
        without asking.

        "They talk about respect. We will see it when they come and sit with us," the \
        68-year-old said.
        """);
    assertThat(speakerOf(x, "the 68-year-old").name()).isEqualTo("Bill Tate");
  }

  @Test
  void aPronounAfterASentenceAboutALoneSurnameIsThatSurnamesNotTheLastSpeakers() {
    String text = """
        Candidates back a team

        Asked which side would take Sunday's final, the candidates split.

        Mark Delaney backed the home side, a choice that pleased voters in the city. "Columbus \
        has the stronger bench this year," he said.

        Ellison stayed neutral at the event, and had no favourite. "Whoever plays better on the \
        day will win," he said.
        """;
    Extraction lone = EXTRACTOR.extract(text);
    Quote last = lone.quotes().get(lone.quotes().size() - 1);
    assertThat(last.source().map(Span::text)).contains("he");
    assertThat(lone.speakerOf(last).map(Speaker::name)).contains("Ellison");
  }

  @Test
  void aNameOpeningAClauseAfterACommaAndAndIsItsSubjectForAPronounThere() {
    Extraction x = EXTRACTOR.extract("""
        Budget row grows

        Governor Ann Pike defended the budget on Monday.

        "We warned them a year ago," said Jane Rowe, a union leader, who spoke before the \
        governor.

        The shortfall has many causes, and Pike is firm in her view that the state cut too \
        deep.
        """);
    assertThat(speakerOf(x, "her").name()).isEqualTo("Ann Pike");
  }

  @Test
  void genderIsLearntFromThePronounsAfterANameNotGuessed() {
    // Neither first name is in the lexicon: "he" and "she" after each name tell the genders.
    Extraction x = EXTRACTOR.extract("""
        Jordan Meyer, a teacher at the school, said that the building was full. He has taught \
        there for a decade.
        Robin Ash said that classes would start late. She blamed the storm.
        Later, Jordan Meyer and Robin Ash met the mayor. "It was a good meeting," he said.
        """);
    assertThat(speakerOf(x, "he").name()).isEqualTo("Jordan Meyer");
  }

  @Test
  void honorificsTellTheGender() {
    Extraction x = EXTRACTOR.extract("""
        Ms. Okafor met Mr. Ndiaye at the port. She said that the new quay would open in May.
        """);
    assertThat(speakerOf(x, "She").name()).isEqualTo("Okafor");
  }

  @Test
  void theOwnerOfAStatementSpeaks() {
    Extraction x = EXTRACTOR.extract("""
        Kerry Banda visited the plant on Monday. His statement said that the factory would \
        reopen in March.
        """);
    List<Quote> quotes = x.quotes();
    assertThat(quotes).hasSize(1);
    assertThat(x.speakerOf(quotes.get(0)).orElseThrow().name()).isEqualTo("Kerry Banda");
  }

  @Test
  void descriptionsFindTheNamedPersonBeforeAndAfterThem() {
    Extraction x = EXTRACTOR.extract("""
        The American envoy to the coalition said on Sunday that no withdrawal was planned.
        The army spokesman, Colonel Omar Haddad, said that the talks would resume.
        Ian Smith said in an interview that the coalition would stay.
        The American official said that Iraq was a partner.
        Smith later met Colonel Haddad. "We trust each other," the envoy said.
        """);
    Speaker smith = speakerOf(x, "Ian Smith");
    assertThat(speakerOf(x, "The American envoy to the coalition")).isSameAs(smith); // before
    assertThat(speakerOf(x, "The American official")).isSameAs(smith);
    assertThat(speakerOf(x, "the envoy")).isSameAs(smith);
    assertThat(smith.roles()).contains("The American envoy to the coalition",
        "The American official", "the envoy");
    Speaker haddad = speakerOf(x, "The army spokesman, Colonel Omar Haddad");
    assertThat(haddad).isNotSameAs(smith);
    assertThat(haddad.name()).isEqualTo("Omar Haddad");
  }

  @Test
  void anAppositionGivesARoleThatALaterDescriptionFinds() {
    Extraction x = EXTRACTOR.extract("""
        Ian Smith, the US envoy to the coalition, said that the mission would continue.
        Maria Lopez, the mayor of the city, said that the schools would reopen.
        "Nobody is leaving," the envoy said.
        """);
    Speaker smith = speakerOf(x, "Ian Smith, the US envoy to the coalition");
    assertThat(smith.name()).isEqualTo("Ian Smith");
    assertThat(smith.roles()).contains("the US envoy to the coalition");
    assertThat(speakerOf(x, "the envoy")).isSameAs(smith);
  }

  @Test
  void spellingVariantsOfATransliteratedNameAreOnePersonUnlessTheFirstNamesDiffer() {
    Extraction x = EXTRACTOR.extract("""
        Ian McCarry, the US envoy to the coalition, said that the mission would continue.
        "There are no plans to leave," McCarry said.
        Makari revealed that talks were under way.
        Paul Makary, a businessman from Basra, said that the markets were calm.
        """);
    Speaker envoy = speakerOf(x, "McCarry");
    assertThat(speakerOf(x, "Makari")).isSameAs(envoy);
    assertThat(envoy.name()).isEqualTo("Ian McCarry");
    assertThat(envoy.aliases()).contains("McCarry", "Makari");
    assertThat(speakerOf(x, "Paul Makary, a businessman from Basra")).isNotSameAs(envoy);
  }

  @Test
  void organisationsGroupsAndAnonymousSourcesHaveTheirKinds() {
    Extraction x = EXTRACTOR.extract("""
        The Pentagon said that the exercise would go ahead.
        Washington said that it had informed its allies.
        The Iraqi government said that it had not been consulted.
        The Nujaba Movement announced that it was repositioning its fighters.
        The Clinton campaign said that the ad was misleading.
        Hillary Clinton said that she would answer the ad.
        Democrats said that the bill would fail.
        A source said that the vote had been delayed.
        Officials said that the count would take a week.
        Another source said that the vote would go ahead.
        Officials said that turnout was high.
        """);
    for (String org : List.of("The Pentagon", "Washington", "The Iraqi government",
        "The Nujaba Movement", "The Clinton campaign")) {
      assertThat(speakerOf(x, org).kind()).as(org).isEqualTo(SpeakerKind.ORGANIZATION);
    }
    assertThat(speakerOf(x, "The Clinton campaign"))
        .isNotSameAs(speakerOf(x, "Hillary Clinton"));
    assertThat(speakerOf(x, "Democrats").kind()).isEqualTo(SpeakerKind.GROUP);
    List<Speaker> anonymous = x.quotes().stream()
        .filter(q -> q.source().map(Span::text)
            .filter(s -> s.endsWith("source") || s.equals("Officials")).isPresent())
        .map(q -> x.speakerOf(q).orElseThrow()).toList();
    assertThat(anonymous).hasSize(4).allSatisfy(s ->
        assertThat(s.kind()).isEqualTo(SpeakerKind.UNKNOWN));
    assertThat(anonymous).doesNotHaveDuplicates();
  }

  @Test
  void transcriptLabelsLinkToTheFullName() {
    Extraction x = EXTRACTOR.extract("""
        Mike Pence and Tim Kaine met on Tuesday night for their only debate.
        PENCE: The people of this country want change.
        KAINE: Change is exactly what the other ticket cannot offer.
        PENCE: That is not what I hear in Indiana.
        """);
    assertThat(x.quotes()).hasSize(3);
    Speaker pence = x.speakerOf(x.quotes().get(0)).orElseThrow();
    assertThat(pence.name()).isEqualTo("Mike Pence");
    assertThat(pence.aliases()).contains("PENCE");
    assertThat(x.speakerOf(x.quotes().get(2))).containsSame(pence);
    assertThat(x.speakerOf(x.quotes().get(1)).orElseThrow().name()).isEqualTo("Tim Kaine");
  }

  /**
   * A label that gives the speaker's post or firm after the name, as an earnings call transcript
   * writes them ("Helen Achterberg, Senior Director, Corporate Affairs:"), opens a turn of that
   * person, under both extractors, in a transcript (another paragraph opens with a label); alone,
   * a place and its state before a colon open none.
   */
  @ParameterizedTest
  @ValueSource(strings = {"rules", "model"})
  void aLabelWithThePostOrFirmAfterTheNameOpensATurn(String extractor) {
    Extraction x = QuoteExtractor.builder().extractors(extractor).build().extract(
        String.join("\n\n", "Corran Shipping second-quarter results call.",
            "Helen Achterberg, Senior Director, Corporate Affairs: Good morning. Joining me on the"
                + " line is our finance chief, Tobias Wren.",
            "Tobias Wren, Chief Financial Officer: Thank you, Helen. Volumes grew 4% on the year.",
            "Rosa Quint, Merriman Hale: Tobias, you called freight weak. Would you look at"
                + " selling that unit?"));
    assertThat(x.quotes()).extracting(q -> q.content().text().substring(0, 6) + " | "
        + x.speakerOf(q).map(Speaker::name).orElse("")).containsExactly(
            "Good m | Helen Achterberg", "Thank  | Tobias Wren", "Tobias | Rosa Quint");
    assertThat(QuoteExtractor.builder().extractors(extractor).build().extract(String.join("\n\n",
        "Winter games open.", "Lake Placid, New York: The games opened on a cold morning."))
        .quotes()).isEmpty();
  }

  /**
   * "I" in a transcript turn is the turn's speaker, named by the label that opens its paragraph,
   * even when the host was quoted just before ("What do you say to that?" then "VANCE: I'd say
   * ..."); inside quotation marks in the turn it is not.
   */
  @Test
  void aFirstPersonSourceInATranscriptTurnIsTheTurnsSpeaker() {
    Extraction x = EXTRACTOR.extract("""
        Host Nadia Ferrante speaks with County Commissioner Oskar Lindqvist about the bypass.

        FERRANTE: Your rival says the tax is unfair. What do you say to that?

        LINDQVIST: I'd say she has never sat in traffic on Route 9. The road is full every day.
        """);
    Speaker lindqvist = speakerOf(x, "I");
    assertThat(lindqvist.name()).isEqualTo("Oskar Lindqvist");
    assertThat(lindqvist.why(x.quotes().stream().map(q -> q.source().orElseThrow())
        .filter(src -> src.text().equals("I")).findFirst().orElseThrow()).orElseThrow()
        .evidence()).contains("transcript turn");
  }

  @Test
  void aNameTheTaggerMisreadsInOneSentenceIsTheNameItReadsInAnother() {
    // The tagger reads "Whately" by its letters as an adverb ("-ly") after "Singer Ruth", and as a
    // name after "said": the article's own use decides, so the full name is one name.
    Extraction x = EXTRACTOR.extract("""
        Singer Ruth Whately admits her choice for mayor is "a surprise to everyone."
        "I have never voted for a mayor before," Whately said on Tuesday.
        """);
    // (The source stage, which reads its own tags, marks "Singer Ruth" as the first source.)
    Speaker ruth = x.speakerOf(x.quotes().get(0)).orElseThrow();
    assertThat(ruth.name()).isEqualTo("Ruth Whately");
    assertThat(speakerOf(x, "Whately")).isSameAs(ruth);
    assertThat(x.speakers()).hasSize(1);
  }

  @Test
  void aSentencesFirstWordIsNoPartOfTheNameAfterIt() {
    // "Had" and "Absent" are capitalised for opening their sentences; the article names "Bernie
    // Sanders", so "Sanders" after them is his surname. "Rush" opens a name the article does not
    // confirm otherwise, and stays in it.
    Extraction x = EXTRACTOR.extract("""
        Senator Bernie Sanders spoke in Burlington on Monday.

        Had Sanders won in Iowa, the race would look different, aides said. "We will fight \
        on," he said.

        Rush Limbaugh said the race was over. Absent Sanders, he said, the party would move on.
        """);
    Speaker sanders = speakerOf(x, "he");
    assertThat(sanders.name()).isEqualTo("Bernie Sanders");
    assertThat(sanders.mentions()).extracting(Span::text)
        .contains("Sanders").doesNotContain("Had Sanders", "Absent Sanders");
    assertThat(speakerOf(x, "Rush Limbaugh").name()).isEqualTo("Rush Limbaugh");
    assertThat(x.speakers()).extracting(Speaker::name)
        .doesNotContain("Had Sanders", "Absent Sanders", "Limbaugh");
  }

  @Test
  void aWordTheDictionaryDoesNotKnowAfterAFirstNameIsASurname() {
    // The tagger reads "Hartly" by its "-ly" as an adverb and "Phoebe" as a noun after
    // "Conservative crusader": after a first name, a capitalised word the dictionary does not
    // know is the surname, whatever the tag.
    Extraction x = EXTRACTOR.extract("""
        Conservative crusader Phoebe Hartly, who died Sunday aged 89, used her last newsletter \
        to endorse the governor.

        "He is the leader this state has waited for," she wrote.
        """);
    Speaker she = speakerOf(x, "she");
    assertThat(she.name()).isEqualTo("Phoebe Hartly");
    assertThat(x.speakers()).extracting(Speaker::name).doesNotContain("Conservative");
  }

  @Test
  void aSurnameThatIsAlsoAnEnglishWordIsTheSpeakerWhereverItStandsAlone() {
    // Alone, the tagger reads "Will" as the modal: the article names George Will, so "Will"
    // is his surname in every sentence (AnalysisTagsTest has the tags).
    Extraction x = EXTRACTOR.extract("""
        The columnist George Will spoke to the committee on Sunday.

        Will said the party had lost its way. "We have forgotten who we are," Will said.
        """);
    assertThat(x.quotes()).isNotEmpty();
    assertThat(x.quotes()).allSatisfy(q -> assertThat(x.speakerOf(q))
        .hasValueSatisfying(s -> assertThat(s.name()).isEqualTo("George Will")));
  }

  @Test
  void aRoleNounATitleCaseHeadlineCapitalisesIsNoName() {
    // "Actor" in a title-case line is the role noun, not a person called Actor: the headline's
    // source is the actor the article names next. A word the article capitalises inside a
    // sentence elsewhere stays a name ("Dean Tells" above "Orrin Dean, a former councillor").
    Extraction x = EXTRACTOR.extract("""
        Retired Actor Says The Harbour Levy Will Hurt Farmers.

        Clint Harwood, a retired actor who lives in Tyneford, said on Monday that the levy would\
         hurt farmers.
        """);
    Quote said = x.quotes().get(x.quotes().size() - 1);
    assertThat(speakerOf(x, "Retired Actor").name()).isNotEqualTo("Actor")
        .isEqualTo(x.speakerOf(said).orElseThrow().name()).contains("Harwood");
    Extraction dean = EXTRACTOR.extract("""
        Harbour Levy Is A Burden, Dean Tells The Council.

        Mayor Ada Brill opened the meeting on Monday with a minute of silence.

        The harbour levy is a burden, Orrin Dean, a former councillor, told the council.
        """);
    assertThat(speakerOf(dean, "Dean").name()).isEqualTo("Orrin Dean");
  }

  @Test
  void aTitleCaseHeadlineWithItsSmallWordsInSmallLettersNamesNoLongerName() {
    // Title case leaves "for", "to" and "from" small: the line is still a headline, where only a
    // first name starts a longer name, so "Slams Winslow" is no part of Carl Hodge's name.
    Extraction x = EXTRACTOR.extract("""
        Carl Hodge Slams Winslow for Mocking His Diet, Turns to the Psalms for a Word on Pride

        Carl Hodge hit back on Thursday. "I will stick to the diet," Hodge said.
        """);
    Speaker hodge = speakerOf(x, "Hodge");
    assertThat(hodge.name()).isEqualTo("Carl Hodge");
    assertThat(x.speakers()).extracting(Speaker::name)
        .noneMatch(n -> n.contains("Slams") || n.contains("Winslow"));
  }

  @Test
  void aProgrammeNamedAfterItsHostIsAnOrganisationAndItsHostAPerson() {
    Extraction x = EXTRACTOR.extract("""
        Senator Ann Vale told The Nora Blake Show on Tuesday that she would run again.
        "The senator has made up her mind," Blake said after the interview.
        She added that the race would be close.
        """);
    Speaker blake = speakerOf(x, "Blake");
    assertThat(blake.name()).isEqualTo("Nora Blake");
    assertThat(blake.kind()).isEqualTo(SpeakerKind.PERSON);
    assertThat(speakerOf(x, "She")).isSameAs(blake);
    assertThat(x.speakers()).extracting(Speaker::name).doesNotContain("Nora Blake Show");
  }

  @Test
  void theWritersIAndWeOutsideQuotationsAreTheAuthor() {
    Extraction x = EXTRACTOR.extract("""
        The council voted on Tuesday to close the library on Elm Street.

        I argued in this column last month that the vote would be close.

        "We cannot afford it," Mayor Ellen Park said after the meeting.

        The library's friends group said it would appeal. We told readers in March that the \
        group had raised $40,000.
        """);
    Speaker author = speakerOf(x, "I");
    assertThat(author.name()).isEqualTo("author");
    assertThat(author.kind()).isEqualTo(SpeakerKind.PERSON);
    assertThat(speakerOf(x, "We")).isSameAs(author);
    assertThat(speakerOf(x, "Mayor Ellen Park")).isNotSameAs(author);
  }

  @Test
  void speakersHoldEveryMentionWithOffsetsAndQuotesKeepTheirLocalSource() {
    String text = """
        Ian Smith said that the coalition would stay. Smith spoke in Baghdad.
        "We are here to help," he said.
        """;
    Extraction x = EXTRACTOR.extract(text);
    Speaker smith = speakerOf(x, "Ian Smith");
    assertThat(smith.mentions()).extracting(Span::text)
        .containsExactly("Ian Smith", "Smith", "he");
    assertThat(smith.mentions()).allSatisfy(m ->
        assertThat(text.substring(m.start(), m.end())).isEqualTo(m.text()));
    assertThat(x.quotes()).extracting(q -> q.source().orElseThrow().text())
        .containsExactly("Ian Smith", "he");
    assertThat(x.quotes()).allSatisfy(q -> assertThat(q.speakerId()).contains(smith.id()));
  }

  @Test
  void aPronounAfterAnUnnamedSpeakerQuotedJustBeforeIsThatSpeaker() {
    Extraction x = EXTRACTOR.extract("""
        Union organiser Dana Kerr said the staff on the wards were tired.

        A ministry spokeswoman said the budget had grown. "We are hiring more nurses this year," \
        she said.
        """);
    assertThat(speakerOf(x, "she")).isSameAs(speakerOf(x, "A ministry spokeswoman"));

    Extraction named = EXTRACTOR.extract("""
        A ministry spokeswoman said the budget had grown. Union organiser Dana Kerr disagreed \
        with the figures. "It is not nearly enough," she said.
        """);
    assertThat(speakerOf(named, "she")).isNotSameAs(speakerOf(named, "A ministry spokeswoman"));

    Extraction gender = EXTRACTOR.extract("""
        Union organiser Dana Kerr said the staff on the wards were tired.

        A ministry spokesman said the budget had grown. "We are hiring more nurses this year," \
        she said.
        """);
    assertThat(speakerOf(gender, "she")).isNotSameAs(speakerOf(gender, "A ministry spokesman"));
  }

  @Test
  void aCapitalisedPostGivenToANamedPersonIsThatPersonLater() {
    Extraction x = EXTRACTOR.extract("""
        The state Auditor, Hannah Rowe, released the report on Monday. The Opposition Leader, \
        Tom Vance, said the figures were alarming. Asked about the delay, the Auditor said the \
        review had been thorough.
        """);
    Speaker auditor = speakerOf(x, "the Auditor");
    assertThat(auditor.name()).isEqualTo("Hannah Rowe");
    assertThat(auditor.kind()).isEqualTo(SpeakerKind.PERSON);
    assertThat(x.speakers()).extracting(Speaker::name).doesNotContain("Auditor");
  }

  @Test
  void theStatementAnUnnamedBodySpokeInIsThatBodys() {
    Extraction x = EXTRACTOR.extract("""
        In a statement released on Friday, the district said it would review the contract. \
        "Every option remains open," the statement said.
        """);
    assertThat(speakerOf(x, "the statement")).isSameAs(speakerOf(x, "the district"));
  }

  @Test
  void lettersAfterANameAndWordsDescribingThePersonBeforeItAreNoPartOfTheName() {
    Extraction x = EXTRACTOR.extract("""
        Prosecutor Nicholas Bell KC said the evidence was clear. "He lied," Mr Bell said.
        Labour MP Jane Corrie MP said the plan would fail.
        Singer-songwriter Jamie Webb said the tickets sold out.
        Mother-of-two Leanne Carter said she was furious.
        Meteorologist Kevin Brandt said the storm would pass.
        """);
    assertThat(speakerOf(x, "Mr Bell").name()).isEqualTo("Nicholas Bell");
    assertThat(speakerOf(x, "Labour MP Jane Corrie MP").name()).isEqualTo("Jane Corrie");
    assertThat(speakerOf(x, "Singer-songwriter Jamie Webb").name()).isEqualTo("Jamie Webb");
    assertThat(speakerOf(x, "Mother-of-two Leanne Carter").name()).isEqualTo("Leanne Carter");
    assertThat(speakerOf(x, "Meteorologist Kevin Brandt").name()).isEqualTo("Kevin Brandt");

    // controls: a hyphenated name, a word of the name the text writes capitalised inside a
    // sentence, and capitals that are the name
    Extraction kept = EXTRACTOR.extract("""
        Jean-Pierre Martin said the talks had failed.
        Officials met Pastor Kevin Ward on Monday. Pastor Kevin Ward said the church would help.
        """);
    assertThat(speakerOf(kept, "Jean-Pierre Martin").name()).isEqualTo("Jean-Pierre Martin");
    assertThat(speakerOf(kept, "Pastor Kevin Ward").name()).isEqualTo("Kevin Ward");
  }

  @Test
  void anOrganisationsNameRunsOnPastAnAmpersandAndAnAndAfterItsComplement() {
    Extraction x = EXTRACTOR.extract("""
        Lakeview Gas & Electric Co. said the outage was over.

        The Oregon Department of Forestry and Fire Protection said the fire had grown.
        """);
    assertThat(x.speakers()).extracting(Speaker::name).containsExactlyInAnyOrder(
        "Lakeview Gas & Electric Co.", "Oregon Department of Forestry and Fire Protection");

    Extraction two = EXTRACTOR.extract("""
        The Department of Justice and Attorney General Jeff Sessions have clashed before. \
        Sessions said the review would continue.
        """);
    assertThat(speakerOf(two, "Sessions").name()).isEqualTo("Jeff Sessions");
  }

  @Test
  void aNameSetBesideADescriptionPastItsLastWordsOrARelativeClauseIsTheSpeaker() {
    Extraction x = EXTRACTOR.extract("""
        One tenant, Rosa Delgado, 71, of Elm Park, said the heating had failed in March.

        One engineer who was laid off, Tunde Bakare, said he learned of it by email.

        Fine Gael's health spokeswoman, Orla Breen, said the waiting lists were growing.
        """);
    assertThat(x.quotes()).hasSize(3);
    assertThat(x.quotes()).extracting(q -> x.speakerOf(q).orElseThrow().name())
        .containsExactly("Rosa Delgado", "Tunde Bakare", "Orla Breen");

    // the cue comes first: a name after it is no apposition of the source
    Extraction told = EXTRACTOR.extract("Mayor Ellen Park opened the bridge on Monday. "
        + "The mayor told her deputy, Mark Ruiz, that the road would reopen.");
    assertThat(speakerOf(told, "The mayor").name()).isEqualTo("Ellen Park");
  }

  @Test
  void whereABodySitsDoesNotTellItFromTheBodyNamedBefore() {
    Extraction x = EXTRACTOR.extract("""
        Lakeview Robotics Inc. said revenue rose 12 percent.

        Analysts were cautious. "We expect a strong year," the Denver-based company said.
        """);
    assertThat(speakerOf(x, "the Denver-based company").name())
        .isEqualTo("Lakeview Robotics Inc.");
  }

  @Test
  void aPostAfterACountyOrCityBeforeANameIsARoleNotPartOfTheName() {
    Extraction x = EXTRACTOR.extract("""
        Franklin County Prosecutor Alicia Ward said charges would follow.
        Coronado County Recorder Dale Whitcomb said the ballots were counted.
        """);
    Speaker ward = speakerOf(x, "Franklin County Prosecutor Alicia Ward");
    assertThat(ward.name()).isEqualTo("Alicia Ward");
    assertThat(ward.roles()).contains("Franklin County Prosecutor");
    Speaker whitcomb = speakerOf(x, "Coronado County Recorder Dale Whitcomb");
    assertThat(whitcomb.name()).isEqualTo("Dale Whitcomb");
    assertThat(whitcomb.roles()).contains("Coronado County Recorder");
  }

  @Test
  void southAsianWestAfricanAndTwoWordMalayHonorificsAreNoPartOfTheName() {
    Extraction x = EXTRACTOR.extract("""
        Shri Ramesh Tiwari said the count was fair. Smt Lata Varma said it was not.
        Alhaji Sani Bello said the bank would recover.
        Datin Sri Aminah Yusof said the fund was closed. "It will reopen," she said.
        """);
    assertThat(speakerOf(x, "Shri Ramesh Tiwari").name()).isEqualTo("Ramesh Tiwari");
    assertThat(speakerOf(x, "Smt Lata Varma").name()).isEqualTo("Lata Varma");
    assertThat(speakerOf(x, "Alhaji Sani Bello").name()).isEqualTo("Sani Bello");
    Speaker aminah = speakerOf(x, "Datin Sri Aminah Yusof");
    assertThat(aminah.name()).isEqualTo("Aminah Yusof");
    assertThat(speakerOf(x, "she")).isSameAs(aminah);
    // the pair of words gives the gender: "he" is someone else
    Extraction he = EXTRACTOR.extract("""
        Datin Sri Aminah Yusof said the fund was closed. "It will reopen," he said.
        """);
    assertThat(speakerOf(he, "he")).isNotSameAs(speakerOf(he, "Datin Sri Aminah Yusof"));
  }

  @Test
  void aFamilyNameBeforeAHyphenatedGivenNameIsTheSurname() {
    Extraction x = EXTRACTOR.extract("""
        Chairman Victor Leung Chi-ming told investors that the group had expanded too fast. \
        "We planned for a market that no longer exists," Leung said.

        His deputy, the daughter of founder Leung Kwok-wah, said the balance sheet was strong.

        Finance minister Kim Seung-ho said spending would stay flat. Kim added that exports \
        were recovering.

        Marta Ruiz-Castillo said the airport would expand. Ruiz-Castillo added that flights \
        would double.
        """);
    Speaker victor = speakerOf(x, "Chairman Victor Leung Chi-ming");
    assertThat(speakerOf(x, "Leung")).isSameAs(victor);
    assertThat(victor.aliases()).doesNotContain("Leung Kwok-wah");
    assertThat(speakerOf(x, "Kim")).isSameAs(speakerOf(x, "Finance minister Kim Seung-ho"));
    assertThat(speakerOf(x, "Kim").name()).isEqualTo("Kim Seung-ho");
    assertThat(speakerOf(x, "Ruiz-Castillo")).isSameAs(speakerOf(x, "Marta Ruiz-Castillo"));
  }

  @Test
  void theUnionIsTheBodyWhoseNameSaysItIsOneNamedJustAfterTheLeadOrBefore() {
    Extraction x = EXTRACTOR.extract("""
        Nearly 200 refuse collectors stopped work on Tuesday after a pay offer was rejected, the \
        union said.

        The Eastbrook Waste Workers Alliance said the two sides were still a long way apart.

        Eastbrook Waste, the town's refuse contractor, said it had made a reasonable offer.

        No new meeting has been scheduled.

        Bins overflowed outside shops in the town centre.

        The union said the walkout would go on until next Monday.
        """);
    Speaker alliance = speakerOf(x, "The Eastbrook Waste Workers Alliance");
    assertThat(x.quotes()).filteredOn(q -> q.source().map(Span::text).orElse("")
        .equalsIgnoreCase("the union")).hasSize(2)
        .allSatisfy(q -> assertThat(x.speakerOf(q)).contains(alliance));

    Extraction reported = EXTRACTOR.extract("""
        The Northern Seafarers Federation said the layoffs proved crews needed a union. "Every \
        choice is made by people who never go to sea," the union said.
        """);
    assertThat(speakerOf(reported, "the union"))
        .isSameAs(speakerOf(reported, "The Northern Seafarers Federation"));

    Extraction company = EXTRACTOR.extract("""
        Brightwater Dairies said sales dropped in the second quarter. The union said staffing \
        was too thin.
        """);
    assertThat(speakerOf(company, "The union"))
        .isNotSameAs(speakerOf(company, "Brightwater Dairies"));
  }

  @Test
  void aPartyAndDistrictTagAfterANameIsThatPerson() {
    Extraction x = EXTRACTOR.extract("""
        Rep. Alan Pruitt, R-Lakeland, who sits on the committee, opened the hearing by calling \
        the plan "a giveaway."
        """);
    assertThat(x.quotes()).hasSize(1);
    assertThat(x.speakerOf(x.quotes().get(0)).orElseThrow().name()).isEqualTo("Alan Pruitt");
  }

  @Test
  void anUnnamedPersonDescribedByAWordNetPersonNounIsWhomAPronounAfterTheirQuoteStandsFor() {
    Extraction x = EXTRACTOR.extract("""
        Dylan Croft, 31, was charged with burglary on Friday, according to police.

        One cashier who was threatened said she had since left the store. "I still check the \
        car park before I walk out," she said.
        """);
    assertThat(speakerOf(x, "she")).isSameAs(speakerOf(x, "One cashier"));
  }

  @Test
  void anOrganisationNamedBesideADefiniteDescriptionIsTheSpeaker() {
    Extraction x = EXTRACTOR.extract("""
        The planning board rejected the appeal on Friday.

        The operator, Harbor Ferries Ltd, said it would study the ruling.
        """);
    Quote q = x.quotes().get(x.quotes().size() - 1);
    Speaker s = x.speakerOf(q).orElseThrow();
    assertThat(s.name()).isEqualTo("Harbor Ferries Ltd");
    assertThat(s.kind()).isEqualTo(SpeakerKind.ORGANIZATION);
  }

  @Test
  void anIrishSurnameWithItsParticleAfterAnHonorificIsTheFullName() {
    Extraction x = EXTRACTOR.extract("""
        Defence counsel Cathal Ó Briain said his client had been put under pressure.
        "He was a courier, nothing more," Mr Ó Briain said.
        """);
    Speaker counsel = speakerOf(x, "Defence counsel Cathal Ó Briain");
    assertThat(speakerOf(x, "Mr Ó Briain")).isSameAs(counsel);
    assertThat(counsel.name()).isEqualTo("Cathal Ó Briain");
  }

  @Test
  void aPostHolderIdentifiedByARelativeClauseIsNoOneQuotedBefore() {
    Extraction x = EXTRACTOR.extract("""
        Residents objected to the scheme. Tadhg Brennan said the council had ignored them.
        The inspector who assessed the appeal said the scheme was sound.
        """);
    assertThat(speakerOf(x, "The inspector")).isNotSameAs(speakerOf(x, "Tadhg Brennan"));
  }

  @Test
  void irishGivenNamesGiveTheirGender() {
    // a name of unknown gender would let the pronoun of the other gender stand for it
    Extraction x = EXTRACTOR.extract("""
        Aoife Brennan said the waiting lists were growing. "Nobody listened to the nurses," he \
        said.

        Tadhg Corrigan said the minister had been warned. "It was in every report," she said.
        """);
    assertThat(speakerOf(x, "he")).isNotSameAs(speakerOf(x, "Aoife Brennan"));
    assertThat(speakerOf(x, "she")).isNotSameAs(speakerOf(x, "Tadhg Corrigan"));
  }

  @Test
  void aNameAfterTheSourcesPossessiveOrSetOffJustBeforeTheCueIsTheSpeaker() {
    Extraction x = EXTRACTOR.extract("""
        Munster's Declan Foley, playing his 150th game for the province, said the result meant \
        everything to the dressing room.

        The walkout comes after the union's secretary, Alison Tarrant, warned in a memo that the \
        strike fund was running dry.
        """);
    assertThat(x.quotes()).extracting(q -> q.cue().orElseThrow().span().text()).contains("said",
        "warned");
    assertThat(x.quotes()).filteredOn(q -> q.cue().orElseThrow().span().text().equals("said"))
        .extracting(q -> x.speakerOf(q).orElseThrow().name()).containsExactly("Declan Foley");
    assertThat(x.quotes()).filteredOn(q -> q.cue().orElseThrow().span().text().equals("warned"))
        .extracting(q -> x.speakerOf(q).orElseThrow().name()).containsExactly("Alison Tarrant");

    // a person's own name as the source stays: the name before the cue is an apposition's
    Extraction own = EXTRACTOR.extract(
        "Lorenzo Bassi, the editor of the Corriere Alpino, said the paper would be sold.");
    assertThat(own.speakerOf(own.quotes().get(0)).orElseThrow().name())
        .isEqualTo("Lorenzo Bassi");
  }

  @Test
  void aListOfNamesThatAnOrganisationWordClosesIsOneOrganisation() {
    Extraction x = EXTRACTOR.extract("""
        The Ghana Registered Nurses, Midwives and Pharmacists Union said the strike would go on.

        Ortiz, Kessler and Brandt said the deal was off.
        """);
    assertThat(x.speakerOf(x.quotes().get(0)).orElseThrow().name())
        .isEqualTo("Ghana Registered Nurses, Midwives and Pharmacists Union");
    assertThat(x.speakers()).extracting(Speaker::name)
        .noneMatch(n -> n.contains("Ortiz, Kessler"));
  }

  @Test
  void theClubsBossIsItsManager() {
    Extraction x = EXTRACTOR.extract("""
        Dunmore Thistle manager Craig Lennox has warned his squad that every place is up for \
        grabs.

        Captain Ross Kerr trained on Tuesday.

        The Thistle boss confirmed that Kerr would miss Saturday's derby.
        """);
    assertThat(speakerOf(x, "The Thistle boss").name()).isEqualTo("Craig Lennox");
  }

  @Test
  void aPlaceWordThatIsTheSurnameOfSomeoneNamedBeforeIsThatPerson() {
    Extraction x = EXTRACTOR.extract("""
        The winger Derek 'Dex' Houston scored twice on Saturday. "It was a good night," \
        Houston said.

        Jack London wrote the book in a year. London said it was the hardest thing he had done.
        """);
    assertThat(speakerOf(x, "Houston").name()).isEqualTo("Derek Houston");
    assertThat(speakerOf(x, "Houston").kind()).isEqualTo(SpeakerKind.PERSON);
    assertThat(speakerOf(x, "London").name()).isEqualTo("Jack London");

    Extraction place = EXTRACTOR.extract("Officials in Houston said the roads were closed.");
    assertThat(place.speakers()).extracting(Speaker::kind).doesNotContain(SpeakerKind.PERSON);
  }

  @Test
  void aNicknameInQuotationMarksMayHaveTwoWordsAndNamesItsPersonAlone() {
    Extraction x = EXTRACTOR.extract("""
        Coach Xavier "El Profesor" Ballester said the season was not over. El Profesor also \
        said the goalkeeper had saved the club.

        Board member Harold "Hal" Brennan voted against the budget. Paul Whitcombe said the \
        cuts were survivable.

        Hal, as he is known around town, said the vote was a mistake.
        """);
    Speaker coach = speakerOf(x, "El Profesor");
    assertThat(coach.name()).isEqualTo("Xavier Ballester");
    assertThat(coach.why(x.quotes().get(1).source().orElseThrow()).orElseThrow().rule())
        .isEqualTo("nickname");
    assertThat(speakerOf(x, "Hal").name()).isEqualTo("Harold Brennan");
  }

  @Test
  void theWriterIsNeverTheOneAThirdPersonPronounMeans() {
    Extraction x = EXTRACTOR.extract("""
        The bread came out stale on each of my three visits. When I raised it, the owner was \
        frank. "The bread has been a headache," he admitted.
        """);
    Quote bread = x.quotes().stream().filter(q -> q.content().text().contains("headache"))
        .findFirst().orElseThrow();
    assertThat(x.speakerOf(bread).orElseThrow().name()).isNotEqualTo("the author");
  }

  /**
   * An organisation's name runs whole: a polity noun after "the" with "of" and a name ("The City
   * of Dunhallow", not "City"), a plural possessive that opens it ("The Teachers' Federation of
   * Kernow"); where it is based is no part of it ("the Bristol-based Western Bus Alliance"); an
   * airline's "Air" makes it a body ("Kestrel Air").
   */
  @Test
  void anOrganisationsNameRunsWholeFromItsFirstWord() {
    Extraction x = EXTRACTOR.extract(String.join("\n\n", "Reservoirs closed.",
        "The City of Dunhallow said in a statement on Tuesday that two reservoirs were closed."
            + " The Teachers' Federation of Kernow (Tfk) said it would lobby the ministry. The"
            + " Bristol-based Western Bus Alliance said services would continue. Kestrel Air said"
            + " departures would restart."));
    assertThat(x.speakers()).extracting(sp -> sp.name() + " " + sp.kind())
        .containsExactlyInAnyOrder("City of Dunhallow ORGANIZATION",
            "Teachers' Federation of Kernow ORGANIZATION", "Western Bus Alliance ORGANIZATION",
            "Kestrel Air ORGANIZATION");
  }

  /**
   * A place in capitals and a colon that open the story's first paragraph are a dateline, no
   * transcript label ("SIDON: ..., the company said" is the company's), under both extractors.
   */
  @ParameterizedTest
  @ValueSource(strings = {"rules", "model"})
  void aColonDatelineIsNoSpeaker(String extractor) {
    Extraction x = QuoteExtractor.builder().extractors(extractor).build().extract(
        String.join("\n\n", "Pump deal signed.", "SIDON: Lebanese wind company Cedar Breeze"
            + " SAL and the Hasbani Valley Authority have agreed to run nine irrigation pumps on"
            + " wind power, the company said on Tuesday."));
    assertThat(x.quotes()).extracting(q -> x.speakerOf(q).map(Speaker::name).orElse(""))
        .containsExactly("Cedar Breeze SAL");
  }

  /**
   * A place in title case and an agency in brackets before a dash ("Geneva (AFP) -") are a
   * dateline: the agency is no organisation named before a description in the lead, under both
   * extractors.
   */
  @ParameterizedTest
  @ValueSource(strings = {"rules", "model"})
  void aTitleCaseDatelineWithItsAgencyNamesNoOneBeforeTheLead(String extractor) {
    Extraction x = QuoteExtractor.builder().extractors(extractor).build().extract(
        String.join("\n\n", "Coral bleaching spreads to new reefs", "Darwin (AFP) - Reef"
            + " bleaching reached more sites this summer than in any season on record, an"
            + " international panel said Friday.", "The Pacific Reef Survey Panel said a third of"
            + " shallow corals had turned white."));
    assertThat(speakerOf(x, "an international panel").name())
        .isEqualTo("Pacific Reef Survey Panel");
  }


  @Test
  void aReportIsTheReportOfTheBodyThatSpokeInItsAssessment() {
    Extraction x = EXTRACTOR.extract("""
        In its yearly review, the Northern Forestry Council said tree cover had fallen for a \
        third year.

        "The loss is speeding up," said Ana Ferraz, who chairs the council.

        Pine stands were hardest hit, Ferraz said.

        The report said planting had fallen short of its target by a fifth.
        """);
    assertThat(speakerOf(x, "The report").name()).isEqualTo("Northern Forestry Council");
  }

  /**
   * A dateline in title case with a colon ("Mumbai: ...") opening the first paragraph after the
   * headline is no speaker either when no other paragraph opens with a label, under both
   * extractors.
   */
  @ParameterizedTest
  @ValueSource(strings = {"rules", "model"})
  void aTitleCaseColonDatelineIsNoSpeaker(String extractor) {
    Extraction x = QuoteExtractor.builder().extractors(extractor).build().extract(
        String.join("\n\n", "Kinara wins big at screen awards", "Chennai: Director Meera Iyer's"
            + " coming-of-age film Kinara took four prizes at the Bay Screen Awards on Sunday.",
            "\"We made it for almost nothing,\" Ms. Iyer said."));
    assertThat(x.speakers()).extracting(Speaker::name).containsExactly("Meera Iyer");
  }

  /**
   * A colon dateline stays a dateline when the headline has a colon too ("Storm Meghna: ...",
   * which may name a speaker as "Lynch: No outside influence" does), under both extractors.
   */
  @ParameterizedTest
  @ValueSource(strings = {"rules", "model"})
  void aColonDatelineAfterAColonHeadlineIsNoSpeaker(String extractor) {
    Extraction x = QuoteExtractor.builder().extractors(extractor).build().extract(
        String.join("\n\n", "Storm Meghna: 2 lakh residents evacuated from coast", "KOLKATA:"
            + " Around 200,000 residents were evacuated from the coast on Friday, officials"
            + " said."));
    assertThat(x.quotes()).extracting(q -> x.speakerOf(q).map(Speaker::name).orElse(""))
        .doesNotContain("Kolkata", "KOLKATA").contains("officials");
  }

  /**
   * A company's legal form in capitals ends its name ("Cedar Breeze SAL"), so "the company" is
   * that company and not the authority named beside it; a given name that is spelt as a legal
   * form ("Sal Pettigrew") stays a person's. A name set beside an owned description ("Their
   * label, Tidewater Records,") speaks, though its last word is a document noun.
   */
  @Test
  void aLegalFormInCapitalsAndANameBesideAnOwnedDescriptionNameTheCompany() {
    Extraction x = EXTRACTOR.extract(String.join("\n\n", "Greenhouse power deal.",
        "Cedar Breeze SAL and the Bekaa Growers Authority have agreed to power 30 greenhouses,"
            + " the company said on Tuesday.",
        "Their label, Tidewater Records, says the single has sold 25,000 copies.",
        "Sal Pettigrew said the group would play in Dublin in June."));
    assertThat(x.quotes()).extracting(q -> x.speakerOf(q).map(sp -> sp.name() + " "
        + sp.kind()).orElse("")).containsExactly("Cedar Breeze SAL ORGANIZATION",
            "Tidewater Records ORGANIZATION", "Sal Pettigrew PERSON");
  }

  /**
   * A surname written with a title ("Dr Mokoena") is the one person of that surname the text
   * named with the title, when another was named without it, however recently.
   */
  @Test
  void aTitledSurnameIsThePersonNamedWithThatTitle() {
    Extraction x = EXTRACTOR.extract(String.join("\n\n", "Clinics strained.",
        "Provincial health chief Dr Lindiwe Mokoena said the outbreak was contained. Union"
            + " secretary Palesa Mokoena said nurses were exhausted. \"Every clinic has gloves,\""
            + " Dr Mokoena said."));
    assertThat(x.quotes()).extracting(q -> x.speakerOf(q).map(Speaker::name).orElse(""))
        .containsExactly("Lindiwe Mokoena", "Palesa Mokoena", "Lindiwe Mokoena");
  }

  /**
   * A post written in capitals before a name is no part of the name, whatever the name's first
   * name: after an organisation's words ("Tana County Police Commander Odhiambo Wekesa" is a
   * person, not a body), as a person noun opening the sentence ("Drummer Rhuari Kelso"), and
   * after "the" with a title in it ("The Chief Financial Officer, Mr. Obinna Eze," names no
   * "Financial Officer"); "the Harbour Star" has no title and stays a name, and neither a given
   * name that is also a noun ("Marshall") nor an organisation's words are a post.
   */
  @Test
  void aPostWrittenInCapitalsIsNoPartOfTheNameAfterIt() {
    Extraction x = EXTRACTOR.extract(String.join("\n\n", "Bus attack kills four.",
        "Tana County Police Commander Odhiambo Wekesa said the bus was travelling to Garsen."
            + " \"The driver died on the spot,\" Wekesa said.",
        "Drummer Rhuari Kelso remembers the night. \"Nobody was speaking,\" he says.",
        "The Chief Financial Officer, Mr. Obinna Eze, said the bank would not raise equity. The"
            + " Harbour Star said the bank had lost money.",
        "Marshall H. Tanick, a lawyer, said the case was weak. The Institute for Democratic Studies"
            + " said it was strong."));
    assertThat(x.speakers()).extracting(sp -> sp.name() + " " + sp.kind())
        .containsExactlyInAnyOrder("Odhiambo Wekesa PERSON", "Rhuari Kelso PERSON",
            "Obinna Eze PERSON", "Harbour Star ORGANIZATION", "Marshall H. Tanick PERSON",
            "Institute for Democratic Studies ORGANIZATION");
  }

  /**
   * An age description ("the 54-year-old", one word) is the person it describes: as the subject,
   * after a closing quotation mark, and whatever role the person has ("Wanderers boss").
   */
  @Test
  void anAgeDescriptionIsThePersonItDescribes() {
    Extraction x = EXTRACTOR.extract("""
        Xavier Ballester said the team was tired. The 54-year-old said he would not resign.
        """);
    assertThat(speakerOf(x, "The 54-year-old").name()).isEqualTo("Xavier Ballester");
    Extraction after = EXTRACTOR.extract("Wanderers boss Owen Tarrant was pleased with the"
        + " result. \"The lads never stopped,\" the 47-year-old said.");
    assertThat(speakerOf(after, "the 47-year-old").name()).isEqualTo("Owen Tarrant");
  }

  @Test
  void aTitleJoinedToItsFieldByForStillHeadsTheNameAfterIt() {
    Extraction x = EXTRACTOR.extract("""
        Alderman for housing Pieter Jansen told the council it was "a good plan."
        """);
    assertThat(x.speakerOf(x.quotes().get(0)).orElseThrow().name()).isEqualTo("Pieter Jansen");
  }

  @Test
  void aPossessivePronounsRoleSetBesideADescribedNameIsThatPerson() {
    Extraction x = EXTRACTOR.extract("""
        Parents objected to the closure of the library. Their spokesman, retired engineer \
        Lars Olsen, said families would start a petition.
        """);
    assertThat(speakerOf(x, "Their spokesman").name()).isEqualTo("Lars Olsen");
  }

  @Test
  void aTitledNameAfterModifiersSetBesideADescriptionIsThatPerson() {
    Extraction x = EXTRACTOR.extract("""
        Nadia Brooks welcomed the review. The first detective on the case, retired Det. Colm \
        Varley, now 71, said the file had "followed him home."
        """);
    assertThat(speakerOf(x, "The first detective on the case").name()).isEqualTo("Colm Varley");
  }

  /**
   * A person named straight after a possessive and a role noun, with no comma, speaks when a
   * relative clause parts the name from the cue ("His co-star Isha Kapoor, who ..., said"), not
   * the owner of "his".
   */
  @Test
  void aNameRightAfterAPossessivesRoleSpeaksPastARelativeClause() {
    Extraction x = EXTRACTOR.extract("""
        The best actor prize went to Rohan Kapoor. His co-star Isha Kapoor, who is no relation \
        of his, said the actor had lifted everyone on set.
        """);
    assertThat(x.speakerOf(x.quotes().get(x.quotes().size() - 1)).orElseThrow().name())
        .isEqualTo("Isha Kapoor");
  }

  @Test
  void aFirstNameAloneSetBesideADescriptionAfterARelativeClauseIsThatPerson() {
    Extraction x = EXTRACTOR.extract("""
        Polish farmers staged a protest at the border. One protester, who gave only his first \
        name, Tomasz, said he had not been paid for his grain since May.
        """);
    assertThat(x.speakerOf(x.quotes().get(0)).orElseThrow().name()).isEqualTo("Tomasz");
    Extraction longer = EXTRACTOR.extract("""
        The bus strike reached its fifth day. Another commuter, a woman who gave only her first \
        name, Denise, said she would cycle instead.
        """);
    assertThat(longer.speakerOf(longer.quotes().get(longer.quotes().size() - 1)).orElseThrow()
        .name()).isEqualTo("Denise");
  }

  /** A name set beside a description may be closed by a dash that opens an aside. */
  @Test
  void aNameSetBesideADescriptionBeforeADashAsideIsThatPerson() {
    Extraction x = EXTRACTOR.extract("The tribunal heard from the employer. Corbett Plastics'"
        + " operations manager, Gail Hensley \u2013 who is not related to the claimant \u2013"
        + " said the company had since retrained its supervisors.");
    assertThat(x.speakerOf(x.quotes().get(x.quotes().size() - 1)).orElseThrow().name())
        .isEqualTo("Gail Hensley");
  }

  @Test
  void aNameSetBesideSomeoneElseInTheDescriptionIsNotTheSpeakers() {
    Extraction mayor = EXTRACTOR.extract("The road was closed. One resident, who lives next to"
        + " the mayor, Peter Vries, said the noise was unbearable.");
    assertThat(mayor.speakers()).extracting(Speaker::name).doesNotContain("Peter Vries");
  }

  @Test
  void aRoleBeforeACommaStaysWithTheFullNameAfterIt() {
    Extraction x = EXTRACTOR.extract("""
        The military spokesman for the army, Major General Yahya Rasool, visited the camp on \
        Monday. Aid worker Maria Lopez said food was short. The spokesman said convoys would \
        resume.
        """);
    assertThat(speakerOf(x, "The spokesman").name()).isEqualTo("Yahya Rasool");
  }

  /**
   * A British police rank or an Irish TD's letters before a name ("PC Sarah Lund", "Local TD
   * Marian Coyle") are no part of it, and the rank and surname after find the person; but before
   * a word no person has as a name ("TD Ameritrade", "DC Comics") they open an organisation's
   * name.
   */
  @Test
  void aRankInCapitalsBeforeANameIsNoPartOfItButBeforeACompanysWordIs() {
    Extraction x = EXTRACTOR.extract(String.join("\n\n", "Crash inquiry opens",
        "PC Sarah Lund said the lorry was slow. \"It was dark,\" PC Lund said.",
        "DC Mark Oyelaran said the man fled. DC Oyelaran said he was caught in Leeds.",
        "Local TD Marian Coyle said the figures were bad.",
        "TD Ameritrade said trading volumes rose. DC Comics said sales fell. TD Bank Group said"
            + " rates would rise."));
    assertThat(x.speakers()).extracting(Speaker::name).containsExactlyInAnyOrder(
        "Sarah Lund", "Mark Oyelaran", "Marian Coyle", "TD Ameritrade", "DC Comics",
        "TD Bank Group");
  }

  /**
   * An organisation's name runs whole past a plural possessive whose apostrophe the tokenizer
   * splits off ("Scottish Junior Doctors' Union", with its acronym and "the union" after), and
   * past "and" when the name opens its sentence and ends with an organisation word
   * ("Kirkby and Glen Hospitals NHS Trust", not a person "Glen").
   */
  @Test
  void anOrganisationsNameRunsPastASplitApostropheAndAnOpeningAnd() {
    Extraction x = EXTRACTOR.extract(String.join("\n\n", "Rota gaps widen",
        "The Scottish Junior Doctors' Union (SJDU) said the gaps came as no surprise. The"
            + " SJDU said more trainees were needed.",
        "Kirkby and Glen Hospitals NHS Trust said both wards were full. Beds were short,"
            + " the trust said."));
    assertThat(x.speakers()).extracting(sp -> sp.name() + " " + sp.kind())
        .containsExactlyInAnyOrder("Scottish Junior Doctors' Union ORGANIZATION",
            "Kirkby and Glen Hospitals NHS Trust ORGANIZATION");
  }

  /**
   * A word of common use opening a sentence before a role noun in small letters and a name
   * ("Veteran composer Anil Desai") describes the person; so "the 84-year-old" after it is he.
   * An age before a noun that is no post ("the 29-year-old blonde bombshell") is the person in
   * focus as an age alone is.
   */
  @Test
  void anOpeningModifierIsNoNameAndAnAgedEpithetIsThePersonInFocus() {
    Extraction x = EXTRACTOR.extract("""
        Awards

        Veteran composer Anil Desai was honoured on Friday. The 84-year-old said he still \
        scored every film on paper.

        Erin Hallett has parted ways with her fiance. The 29-year-old blonde bombshell told \
        fans she was "devastated".
        """);
    assertThat(speakerOf(x, "The 84-year-old").name()).isEqualTo("Anil Desai");
    assertThat(speakerOf(x, "The 29-year-old blonde bombshell").name())
        .isEqualTo("Erin Hallett");
    assertThat(x.speakers()).extracting(Speaker::name).doesNotContain("Veteran");
  }

  /**
   * A Q&A set after "X took a few questions from reporters:" has X answer: the "A:" turns are
   * X's, not those of another person the introduction named first.
   */
  @Test
  void theOneWhoTookQuestionsAnswersTheTranscriptsAnswers() {
    Extraction x = EXTRACTOR.extract("""
        Westfield lift the cup

        Jamal Pryor scored 24 points for Westfield. After the final, coach Dennis Kowalczyk took \
        a few questions from reporters:

        Q: How does this one feel?

        A: Truthfully, this one belongs to the players. I just drew up the plays.
        """);
    Quote answer = x.quotes().stream()
        .filter(q -> q.content().text().startsWith("Truthfully")).findFirst().orElseThrow();
    assertThat(x.speakerOf(answer).orElseThrow().name()).isEqualTo("Dennis Kowalczyk");
  }

  /**
   * A trade union's local numbered after its name is part of the union's name, with or without
   * a comma ("Riverton Professional Firefighters Association, Local 1142", "UFCW Local 1400"),
   * and "the union" after it is that local.
   */
  @Test
  void aUnionsLocalIsPartOfItsName() {
    Extraction x = EXTRACTOR.extract(String.join("\n\n", "Fire cuts",
        "The Riverton Professional Firefighters Association, Local 1142, said staffing was short.",
        "UFCW Local 1400 said talks had failed. The union said pickets would start on Monday."));
    assertThat(x.quotes()).extracting(q -> x.speakerOf(q).orElseThrow().name())
        .containsExactly("Riverton Professional Firefighters Association, Local 1142",
            "UFCW Local 1400", "UFCW Local 1400");
  }

  /**
   * A team position opening a sentence before a name is a post ("Substitute Israel Mensah"),
   * and a name that is also a country's is a person when an age in commas follows it ("Israel,
   * 31,"), so "he" after it is that person.
   */
  @Test
  void aTeamPositionIsAPostAndANameWithAnAgeIsAPerson() {
    Extraction post = EXTRACTOR.extract("Substitute Israel Mensah headed in the equaliser on 88"
        + " minutes. \"I just wanted to make a difference,\" Mensah said.");
    assertThat(post.speakers()).extracting(sp -> sp.name() + " " + sp.kind())
        .containsExactly("Israel Mensah PERSON");
    Extraction aged = EXTRACTOR.extract("Israel, 31, responded on Instagram. \"I wish Megan"
        + " every happiness,\" he wrote.");
    Quote wish = aged.quotes().stream().filter(q -> q.content().text().startsWith("I wish"))
        .findFirst().orElseThrow();
    assertThat(aged.speakerOf(wish).orElseThrow()).extracting(Speaker::name, Speaker::kind)
        .containsExactly("Israel", SpeakerKind.PERSON);
  }

  @Test
  void aParticipleOpeningASentenceIsNoNameAndItsSubjectSpeaksOn() {
    Extraction x = EXTRACTOR.extract("""
        Ruth Amadi, 31, denies arson.

        Giving evidence by video link, a 44-year-old man said he had seen smoke from the \
        stairwell.

        "I heard glass break first," he said.
        """);
    assertThat(x.speakers()).extracting(Speaker::name).doesNotContain("Giving");
    assertThat(speakerOf(x, "he").name()).isEqualTo("a 44-year-old man");
  }

  @Test
  void aCompanyNounWithWhereItIsBasedIsTheNameOfNoKindBeforeIt() {
    Extraction x = EXTRACTOR.extract("""
        Tallow, the budgeting app used by students, has admitted that attackers copied the \
        records of about 900,000 accounts.

        The Des Moines-based company said card numbers were never stored.
        """);
    assertThat(speakerOf(x, "The Des Moines-based company").name()).isEqualTo("Tallow");
  }

  @Test
  void aNoticeOrTimelineSpeaksForItsIssuer() {
    Extraction x = EXTRACTOR.extract("""
        Tallow said on Friday that it had closed the gap. On Saturday, Tallow's breach notice \
        said account holders abroad would be told by email.

        Cases began in early May, according to a timeline released by the Kerrow County Health \
        Department.
        """);
    assertThat(speakerOf(x, "Tallow's breach notice").name()).isEqualTo("Tallow");
    assertThat(speakerOf(x, "a timeline").name()).isEqualTo("Kerrow County Health Department");
  }

  @Test
  void aPublicBodyNounOfAJurisdictionIsThePublicBodyNamedLast() {
    Extraction x = EXTRACTOR.extract("""
        Officers from the Maine Department of Environmental Protection sampled the river on \
        Monday. Corlan Paper Mills said it had shut the outfall. By Thursday, the state agency \
        said, foam had been found two miles downstream.
        """);
    assertThat(speakerOf(x, "the state agency").name())
        .isEqualTo("Maine Department of Environmental Protection");
  }

  @Test
  void aTitleJoinedToItsFieldByInStillHeadsTheNameAfterIt() {
    Extraction x = EXTRACTOR.extract("""
        Special Agent in Charge Daniel Okoro of the bureau's Dayton office said fraud cases had \
        doubled.
        """);
    assertThat(x.speakerOf(x.quotes().get(0)).orElseThrow().name()).isEqualTo("Daniel Okoro");
  }

  @Test
  void aNameGivenAsSomeonesFirstNameIsTheirsThoughNoListKnowsIt() {
    Extraction x = EXTRACTOR.extract("""
        A fisherman from the port of Ostra, who gave only his first name, Tamsil, said the catch \
        had halved in two years.
        """);
    assertThat(speakerOf(x, "A fisherman from the port of Ostra").name()).isEqualTo("Tamsil");
  }

  @Test
  void aDescriptionInTheLeadIsThePersonNamedAfterWithItsRole() {
    Extraction x = EXTRACTOR.extract("""
        Coroner finds climbing death was avoidable

        A coroner has found that the death of a 30-year-old climbing instructor at Rydal Crag \
        was avoidable and that the centre had "no working check" on its ropes.

        Imogen Reece died in June after a fall of twelve metres.

        Delivering her conclusions on Friday, Coroner Alison Threlfall said the centre had \
        relied on staff to inspect their own kit.
        """);
    assertThat(x.speakers()).extracting(Speaker::name).doesNotContain("Coroner");
    assertThat(speakerOf(x, "A coroner").name()).isEqualTo("Alison Threlfall");
  }

  @Test
  void aLawsuitInTheLeadIsTheComplaintOfThePartyThatAllegesInItAfter() {
    Extraction x = EXTRACTOR.extract("""
        Drone maker sues ex-managers

        A farm drone company has sued two former managers, accusing them of taking customer \
        lists to a competitor, according to a lawsuit filed on Monday in federal court.

        Skyreap Technologies Inc. alleges in the complaint that the managers downloaded pricing \
        files before quitting.

        A lawyer for the pair, Ruth Castellano, said the case was an attempt to stifle rivals.

        The complaint states that Skyreap first spotted the downloads during a security review.
        """);
    assertThat(speakerOf(x, "a lawsuit").name()).isEqualTo("Skyreap Technologies Inc.");
    assertThat(speakerOf(x, "The complaint").name()).isEqualTo("Skyreap Technologies Inc.");
  }

  @Test
  void aPronounAfterASentenceOpeningOnADescribedNameIsThatName() {
    Extraction x = EXTRACTOR.extract("""
        Chief Constable Helen Marsh said detectives had new leads. "Witnesses remember more with \
        time," Marsh said.

        Kieran's aunt, Ruby Lane, stood beside the chief constable during the appeal. She said \
        the family had never stopped hoping.
        """);
    assertThat(speakerOf(x, "She").name()).isEqualTo("Ruby Lane");
  }

  @Test
  void aPronounAfterAnUnnamedWaitressQuotedJustBeforeIsHers() {
    Extraction x = EXTRACTOR.extract("""
        Brenda Cole said she had never doubted her nephew's account. "He was working nights \
        that week," she said.

        The waitress who was held at knifepoint by the gang, and who asked not to be identified, \
        told local radio she felt "let down and frightened" by the verdict.

        "I picked him out, and I stand by that," she said.
        """);
    assertThat(x.speakerOf(x.quotes().get(x.quotes().size() - 1)).orElseThrow().name())
        .isEqualTo("waitress");
  }

  @Test
  void oneMansMotherIsNotAnothersMotherQuotedBefore() {
    Extraction x = EXTRACTOR.extract("""
        As the sentence was read, Dunne's mother, Ita Dunne, said, "Thank God."

        Ruiz's mother, who did not give her name, said her son was "a good boy who lost his \
        way."
        """);
    assertThat(speakerOf(x, "Ruiz's mother").name()).isNotEqualTo("Ita Dunne");
    assertThat(speakerOf(x, "Dunne's mother, Ita Dunne").name()).isEqualTo("Ita Dunne");
  }

  @Test
  void anOrganisationNounInATitleCaseHeadlineIsNoNameAndACasedLegalFormEndsACompanys() {
    Extraction x = EXTRACTOR.extract("""
        Italian Solar Startup Says New Panel Doubles Output

        Sole Nuovo Tecnologie SpA said its pilot line had produced panels that convert a third \
        of sunlight into power.

        The Turin-based company said the process used half the silver of older cells.
        """);
    assertThat(x.speakers()).extracting(Speaker::name).doesNotContain("Startup");
    Speaker company = speakerOf(x, "The Turin-based company");
    assertThat(company.name()).isEqualTo("Sole Nuovo Tecnologie SpA");
    assertThat(company.kind()).isEqualTo(SpeakerKind.ORGANIZATION);
  }

  @Test
  void aPronounIsTheSubjectOfItsOwnSentenceBeforeTheSpeakerQuotedLast() {
    Extraction x = EXTRACTOR.extract("""
        Race tightens

        "We will win this district," Jane Doherty said on Monday.

        Mary Castell shook hands with voters in Dover on Tuesday, and she said the race was close.
        """);
    assertThat(speakerOf(x, "she").name()).isEqualTo("Mary Castell");
  }

  @Test
  void aCommissionIsNoBoardNamedBeforeIt() {
    Extraction x = EXTRACTOR.extract("""
        Licence appeal fails

        The Ontario Board of Appeals rejected the bar's licence appeal on Monday. In Quebec, a \
        liquor commission heard a similar appeal. The commission said it had no power to \
        overturn the fine.
        """);
    assertThat(speakerOf(x, "The commission").name()).isNotEqualTo("Ontario Board of Appeals");
  }

  @Test
  void aShareSpeaksForTheGroupNamedBeforeIt() {
    Extraction x = EXTRACTOR.extract("""
        Parents back later school start, survey finds

        Sixty-two percent of surveyed primary school parents back a later start, compared with \
        48 percent who backed it last year. Seven in 10 say mornings are too rushed, and half \
        said they would pay for breakfast clubs.
        """);
    assertThat(speakerOf(x, "48 percent").name())
        .isEqualTo("48 percent of surveyed primary school parents");
    assertThat(speakerOf(x, "Seven in 10").name())
        .isEqualTo("Seven in 10 of surveyed primary school parents");
    assertThat(speakerOf(x, "half").kind()).isEqualTo(SpeakerKind.GROUP);
  }

  @Test
  void anAcronymMayTakeTheInitialOfOf() {
    Extraction x = EXTRACTOR.extract("""
        The Department of Justice opened an inquiry on Monday, officials said.

        The DOJ said in a statement that it would review the emails. A spokesman declined to \
        comment further, but the DOJ said it expected to finish by June.
        """);
    assertThat(speakerOf(x, "The DOJ").name()).isEqualTo("Department of Justice");
    assertThat(speakerOf(x, "the DOJ").name()).isEqualTo("Department of Justice");
  }

  @Test
  void aNationalityAfterTheIsADescriptionOfThePersonInFocus() {
    Extraction x = EXTRACTOR.extract("""
        Harbour hold Ferrymead

        Harbour manager Tom Quill was unhappy with the referee after the 1-1 draw on Saturday.

        "It was never a penalty," said the Welshman. "Everybody in the ground saw it."

        Ferrymead coach Ana Lindqvist said her side had deserved more.

        "We created the better chances," the 41-year-old Swede said. "We have to take them."

        The Norwegian Red Cross said it would send volunteers to the ground.
        """);
    assertThat(speakerOf(x, "the Welshman").name()).isEqualTo("Tom Quill");
    assertThat(speakerOf(x, "the 41-year-old Swede").name()).isEqualTo("Ana Lindqvist");
    // a nationality before a name is no title: the body's name keeps it
    assertThat(speakerOf(x, "The Norwegian Red Cross").name()).isEqualTo("Norwegian Red Cross");
  }

  @Test
  void aPlayingPositionContinuesTheCaptainNamedAfterHerTeam() {
    Extraction x = EXTRACTOR.extract("""
        Falcons hold off Otters

        The Falcons captain, Erin Maddox, was overcome with emotion at full time. The veteran \
        defender, in what could be her final campaign, said her team had "left nothing out there".
        """);
    assertThat(speakerOf(x, "The veteran defender").name()).isEqualTo("Erin Maddox");
    Extraction y = EXTRACTOR.extract("""
        Kestrels edge Harriers

        The Kestrels captain, Mia Rowntree, could not hide her delight on Sunday. The \
        long-serving midfielder said the squad had "found a way" in the second half.
        """);
    assertThat(speakerOf(y, "The long-serving midfielder").name()).isEqualTo("Mia Rowntree");
  }

  @Test
  void anAgeTheTaggerReadsAsAnAdjectiveStillDescribesThePerson() {
    Extraction x = EXTRACTOR.extract("""
        Ackland retires

        Paul Ackland announced his retirement from cricket in a post on Thursday.

        "I have decided that this summer will be my last," the 36-year-old wrote.
        """);
    assertThat(speakerOf(x, "the 36-year-old").name()).isEqualTo("Paul Ackland");
  }

  @Test
  void aPanelOfABodyNamedByItsNounIsThatBody() {
    Extraction x = EXTRACTOR.extract("""
        Sprinter loses doping appeal

        The Court of Sport Arbitration on Tuesday upheld the four-year ban on the sprinter Lena \
        Moss. A board of the national federation had cleared her last year.

        In its written reasons, the court's three-member panel said the sample had been handled \
        correctly.
        """);
    assertThat(speakerOf(x, "the court's three-member panel").name())
        .isEqualTo("Court of Sport Arbitration");
  }

  @Test
  void bracketsAfterANameMayLeaveOutALeadingAcronymOrItsLastWord() {
    Extraction x = EXTRACTOR.extract("""
        Aid appeal falls short

        The UN Office for the Coordination of Relief Affairs (OCRA) said on Friday that the \
        appeal was only 12 per cent funded. According to OCRA, 60 aid workers have left.

        The toll has reached 9,000, according to the Regional Conflict & Casualty Data Project \
        (RCCD), a monitoring group. RCCD said clashes had doubled since January.
        """);
    assertThat(speakerOf(x, "OCRA").name())
        .isEqualTo("UN Office for the Coordination of Relief Affairs");
    assertThat(speakerOf(x, "RCCD").name())
        .isEqualTo("Regional Conflict & Casualty Data Project");
  }

  /**
   * An acronym in brackets after an organisation's name is that organisation though it spells
   * the name in its own language, not in English, and also after the own-language name in the
   * same brackets.
   */
  @Test
  void anAcronymInBracketsAfterAnOrganisationMaySpellItsNameInAnotherLanguage() {
    Extraction x = EXTRACTOR.extract("""
        Tariffs to rise

        The Danish Energy Board (Energistyrelsen Tilsyn, ETS) said on Monday that tariffs \
        would rise in May. ETS said the rise was modest.

        The Portuguese Wine Institute (IVP) said exports had fallen. IVP said prices held.
        """);
    assertThat(speakerOf(x, "ETS").name()).isEqualTo("Danish Energy Board");
    assertThat(speakerOf(x, "IVP").name()).isEqualTo("Portuguese Wine Institute");
    assertThat(x.speakers()).extracting(Speaker::name).doesNotContain("ETS)", "ETS", "IVP");
  }

  /**
   * An acronym said as a word and written so in brackets ("(Ofwat)") stands for the organisation
   * before it when it opens with its first letter; an acronym may spell both parts of a
   * hyphenated name ("Saint-Laurent" gives S and L) among words in small letters.
   */
  @Test
  void anAcronymInTitleCaseOrSpellingAHyphenatedNameIsTheOrganisations() {
    Extraction x = EXTRACTOR.extract("""
        Bills and walkouts

        The Office of Water Services (Ofwat) said bills would rise. Ofwat said the cap would \
        hold until April.

        The Syndicat des gardiens et gardiennes du Mont-Royal (SGGMR) said its members would \
        stay home. The SGGMR said another strike would follow.
        """);
    assertThat(speakerOf(x, "Ofwat").name()).isEqualTo("Office of Water Services");
    assertThat(speakerOf(x, "The SGGMR").name())
        .isEqualTo("Syndicat des gardiens et gardiennes du Mont-Royal");
  }

  @Test
  void anAcronymInBracketsWithoutTheNamesLastWordIsANameThoughTaggedAsANoun() {
    Extraction x = EXTRACTOR.extract("""
        Toll rises

        The war has killed at least 9,000 people, according to the Regional Conflict Survey & \
        Event Data Project (RCSED), a Dutch monitoring group. RCSED said attacks had more than \
        doubled since March.
        """);
    assertThat(speakerOf(x, "RCSED").name())
        .isEqualTo("Regional Conflict Survey & Event Data Project");
  }

  @Test
  void aRepresentativeOfOneCountryIsNoRepresentativeOfAnother() {
    Extraction x = EXTRACTOR.extract("""
        Council splits over embargo

        "The ceasefire line exists mostly on maps," said Ana Ferreira, Special Representative of \
        the Secretary-General for Morvia.

        Also briefing, Tom Okello, Director of Operations at the relief office, said that a \
        million people needed food.

        The representative of Morvia rejected the assessment as alarmist. "Morvia is a \
        sovereign State," he said.

        The representative of Norway said the embargo remained "an essential tool".
        """);
    Speaker morvia = speakerOf(x, "The representative of Morvia");
    assertThat(morvia.name()).isNotIn("Ana Ferreira", "Tom Okello");
    assertThat(speakerOf(x, "he")).isSameAs(morvia);
    assertThat(speakerOf(x, "The representative of Norway")).isNotIn(morvia)
        .extracting(Speaker::name).isNotIn("Ana Ferreira", "Tom Okello");
  }

  @Test
  void aDescriptionTheTextSaysIsNotNamedIsSomeoneNew() {
    Extraction x = EXTRACTOR.extract("""
        River floods the high street

        The council's flood officer, Orla Quinn, said the river had risen "faster than any \
        model predicted".

        "We moved the pumps as soon as the warning came," she said.

        The owner of one of the flooded cafes, who wished to keep her name out of the paper, \
        told the Gazette that she had lost a month of stock overnight.

        "Nobody warned the traders. We watched it on the local news," she said.
        """);
    Speaker owner = speakerOf(x, "The owner of one of the flooded cafes");
    assertThat(owner.name()).isNotEqualTo("Orla Quinn");
    assertThat(owner.kind()).isEqualTo(SpeakerKind.PERSON);
    assertThat(x.quotes()).filteredOn(q -> q.content().text().startsWith("Nobody warned"))
        .singleElement().satisfies(q -> assertThat(x.speakerOf(q)).contains(owner));
  }

  @Test
  void aPanelNamedAfterItsBodyIsThatBody() {
    Extraction x = EXTRACTOR.extract("""
        Runner's ban upheld

        The Court of Sport Arbitration (CSA) on Tuesday upheld the four-year ban on the sprinter \
        Lena Moss, who had been cleared by her national federation.

        Moss, 26, tested positive for a banned stimulant at a meeting in Turin last spring. She \
        has always denied taking it knowingly.

        Her coach, Dan Ferris, said the athlete was "devastated" and would take time off.

        The national federation said in a statement that it respected the decision.

        The CSA panel noted that the laboratory had followed every step of the procedure.
        """);
    assertThat(speakerOf(x, "The CSA panel").name()).isEqualTo("Court of Sport Arbitration");
  }

  @Test
  void oneCountrysMinistryInTheLeadIsNotAnotherCountrysNamedAfterIt() {
    Extraction x = EXTRACTOR.extract("""
        Border clash

        Peru's interior ministry said on Sunday that two officers had been injured. The \
        ministry said the border post would reopen.

        Chile's Defense Ministry said its troops had not crossed the line.
        """);
    assertThat(speakerOf(x, "Peru's interior ministry"))
        .isNotSameAs(speakerOf(x, "Chile's Defense Ministry"));
    assertThat(speakerOf(x, "The ministry")).isSameAs(speakerOf(x, "Peru's interior ministry"));
  }

  @Test
  void aNationalAdjectiveTaggedAsAProperNounStillDescribesTheCompany() {
    Extraction x = EXTRACTOR.extract("""
        Plants to close

        Korvana Motors will shut its gearbox factory in Gyor, the Hungarian carmaker said on \
        Monday.

        Vistara Motors will shut its paint shop in Lodz, the Polish carmaker said on Tuesday.
        """);
    assertThat(speakerOf(x, "the Hungarian carmaker").name()).isEqualTo("Korvana Motors");
    assertThat(speakerOf(x, "the Polish carmaker").name()).isEqualTo("Vistara Motors");
  }

  @Test
  void aBodyNamedAfterOneOfAGroupIsTheSpeaker() {
    Extraction x = EXTRACTOR.extract("""
        Regulator fines five lenders

        The banking regulator fined five payday lenders on Thursday for hiding fees.

        One of the fined firms, Cobalt Lending Holdings, said it would appeal against the \
        penalty.
        """);
    assertThat(speakerOf(x, "One of the fined firms, Cobalt Lending Holdings").name())
        .isEqualTo("Cobalt Lending Holdings");
  }

  @Test
  void stageAndChurchTitlesAreNoPartOfTheName() {
    Extraction x = EXTRACTOR.extract("""
        Choir and band news

        "We missed the road more than we let on," Frontman Owen Pask said after the first show.

        Showrunner Lena Okafor said the drama would end after its fourth season.

        Provost Miguel Arrieta said the college would review its rules on visiting speakers.

        The Rt Revd Anna Whitcombe said the vote of the diocesan synod was final.

        The Revd Canon Tom Adeyemi said he would keep arguing for a second vote. "I am not \
        finished," Canon Adeyemi said.
        """);
    assertThat(speakerOf(x, "Frontman Owen Pask").name()).isEqualTo("Owen Pask");
    assertThat(speakerOf(x, "Showrunner Lena Okafor").name()).isEqualTo("Lena Okafor");
    assertThat(speakerOf(x, "Provost Miguel Arrieta").name()).isEqualTo("Miguel Arrieta");
    Speaker bishop = speakerOf(x, "The Rt Revd Anna Whitcombe");
    assertThat(bishop.name()).isEqualTo("Anna Whitcombe");
    assertThat(bishop.kind()).isEqualTo(SpeakerKind.PERSON);
    assertThat(speakerOf(x, "Canon Adeyemi")).isSameAs(speakerOf(x, "The Revd Canon Tom Adeyemi"));
    assertThat(speakerOf(x, "Canon Adeyemi").name()).isEqualTo("Tom Adeyemi");
  }

  @Test
  void theRegulatorIsNoFundItLooksInto() {
    Extraction x = EXTRACTOR.extract("""
        Inquiry opened

        The Charity Oversight Commission (COC) has opened an inquiry into the Lantern Relief \
        Fund after its former director claimed large expenses.

        The regulator said in a statement that it had grave concerns about the spending.
        """);
    assertThat(speakerOf(x, "The regulator").name()).isEqualTo("Charity Oversight Commission");
  }

  @Test
  void theCompanyIsNoBoardAndMayBeANameGivenNoKind() {
    Extraction x = EXTRACTOR.extract("""
        Widow billed for a closed account

        Brightwire kept billing a broadband account for six months after the holder died. The \
        family was then chased by Harlow Debt Services.

        The Telecoms Fairness Board said providers should waive exit fees when a customer dies.

        We asked Brightwire what had gone wrong. Within two days the company had refunded the \
        fee.

        The company said a software fault had stopped the account from closing.
        """);
    assertThat(speakerOf(x, "The company").name()).isEqualTo("Brightwire");
    assertThat(speakerOf(x, "The company").kind()).isEqualTo(SpeakerKind.ORGANIZATION);
    Extraction z = EXTRACTOR.extract("""
        Parking fines cancelled

        Kestrel Parking Services sent fines to drivers who had paid at the machine.

        The Motorists Fairness Board said operators must check payments before they send a fine.

        The company said it would cancel every fine issued in March.
        """);
    assertThat(speakerOf(z, "The company").name()).isEqualTo("Kestrel Parking Services");
    Extraction y = EXTRACTOR.extract("""
        Marketvale cuts bread prices

        Marketvale announced on Tuesday that 300 staple items would get cheaper from June.

        The retailer said the cuts were permanent.
        """);
    assertThat(speakerOf(y, "The retailer").name()).isEqualTo("Marketvale");
  }

  @Test
  void aBarePluralNamesTheMembersOfTheBodyWhoseNameHoldsItsStem() {
    Extraction x = EXTRACTOR.extract("""
        Rotor fault missed

        Investigators said the pilot had not been told about a fault in the tail rotor.

        The Air Accidents Investigation Branch (AAIB) examined the wreck for six months.

        The Westshire Audit Office found that the council had overspent by £4m. Auditors said the \
        finance team had ignored three warnings.

        The Sefton Rowing Club said its boathouse was safe. Rowers said the river was too high.
        """);
    assertThat(speakerOf(x, "Investigators").name())
        .isEqualTo("Air Accidents Investigation Branch");
    assertThat(speakerOf(x, "Auditors").name()).isEqualTo("Westshire Audit Office");
    assertThat(speakerOf(x, "Rowers").name()).isNotEqualTo("Sefton Rowing Club");
  }

  @Test
  void aBodyThatPublishedItsReportAfterItsAcronymIssuesTheReport() {
    Extraction x = EXTRACTOR.extract("""
        Care home rated unsafe

        The Care Standards Inspectorate (CSI) published its report on Elmfield House on Friday.

        Harbourline Care Group, which runs the home, said it would appeal against the rating.

        "Residents were left without help for long periods at night," the report said.
        """);
    assertThat(speakerOf(x, "the report").name()).isEqualTo("Care Standards Inspectorate");
  }

  @Test
  void theAnswersAreThoseOfThePersonThePaperAsked() {
    Extraction x = EXTRACTOR.extract("""
        Fake bonds sold online

        Retired engineer Colin Ashworth lost £30,000 to a bond that did not exist.

        "The website looked more professional than my bank's," he said.

        We asked chartered planner Ruth Okonedo, of Okonedo Planning, what savers should look \
        for.

        Q: How can I tell a fake bond from a real one?

        A: Check the register of approved firms before you send anything, and ring the firm on \
        a number you found yourself.
        """);
    assertThat(speakerOf(x, "A").name()).isEqualTo("Ruth Okonedo");
    Extraction y = EXTRACTOR.extract("""
        A painter at ninety

        The Welsh painter Gwen Pritchard, whose new series opens in Cardiff next week, still \
        works every morning. She spoke to Tomasz Wrona for Canvas Quarterly about light and age.

        Q: Why do you still paint every morning?

        A: Because the light is kindest before ten, and so am I.
        """);
    assertThat(speakerOf(y, "A").name()).isEqualTo("Gwen Pritchard");
  }

  @Test
  void anAgeMayStandBetweenANameAndTheDescriptionBesideIt() {
    Extraction x = EXTRACTOR.extract("""
        Vigil at the temple

        Hundreds gathered outside the temple on Sunday night.

        Among those at the vigil was Meera Joshi, 17, the priest's niece, who said she had been \
        too scared to sleep.

        Later, Arun Mehra, 52, a retired teacher, who said the repairs would cost £40,000, asked \
        for donations.
        """);
    assertThat(speakerOf(x, "the priest's niece").name()).isEqualTo("Meera Joshi");
    assertThat(speakerOf(x, "a retired teacher").name()).isEqualTo("Arun Mehra");
  }

  @Test
  void aFirstNameBeforeAnInstitutionWordIsNoPersonsName() {
    Extraction x = EXTRACTOR.extract("""
        Ballet cuts its season

        Grace Ballet has cancelled two spring productions after losing a third of its grant.

        The Cardiff-based company said it would keep its touring programme in the valleys.

        Sian Morgan, its chair, said the board would meet again in January.
        """);
    Speaker opera = speakerOf(x, "The Cardiff-based company");
    assertThat(opera.name()).isEqualTo("Grace Ballet");
    assertThat(opera.kind()).isEqualTo(SpeakerKind.ORGANIZATION);
    assertThat(speakerOf(x, "Sian Morgan, its chair").kind()).isEqualTo(SpeakerKind.PERSON);
  }

  @Test
  void theSameRelationToTheSamePronounIsThePersonNamedSoBefore() {
    Extraction x = EXTRACTOR.extract("""
        Painter of storms dies at 91

        Edith Marlow, whose seascapes hang in galleries across the country, died on Friday at \
        her home in Cornwall. She was 91.

        Her son, Peter Marlow, said the cause was heart failure.

        In 1985 a critic called her work gloomy. Ms. Marlow had the review printed on a mug, her \
        son said, and drank from it every morning.
        """);
    assertThat(speakerOf(x, "her son").name()).isEqualTo("Peter Marlow");
  }

  /** The speaker of the first quote whose source mention is {@code source}. */
  @Test
  void aRanksGradeAndTheCouncillorsAndTroopersTitlesAreNoPartOfTheName() {
    Extraction x = EXTRACTOR.extract("""
        Floods close the river road

        Staff Sgt. 2nd Class Noor Haddad said the bridge had been closed since dawn. "The water \
        rose a metre overnight," Haddad said.

        Trooper Ewan Blair said he had carried sandbags all night. "My hands are raw," Trooper \
        Blair said.

        Borough of Kelby mayor Ruth Amberley said the council would open a relief centre. \
        "Nobody will sleep in a car," Cr Amberley said.
        """);
    assertThat(speakerOf(x, "Haddad").name()).isEqualTo("Noor Haddad");
    assertThat(speakerOf(x, "Trooper Blair").name()).isEqualTo("Ewan Blair");
    assertThat(speakerOf(x, "Cr Amberley")).isSameAs(
        speakerOf(x, "Borough of Kelby mayor Ruth Amberley"));
    assertThat(speakerOf(x, "Cr Amberley").name()).isEqualTo("Ruth Amberley");
  }

  @Test
  void aPlaceOrBodyBeforeAPostAndAFullNameIsNoSpeaker() {
    Extraction x = EXTRACTOR.extract("""
        Hill farms count the cost

        Insch arable farmer Moira Tait – no relation to the minister – said she expected half \
        her barley to rot.

        Borough of Kelby mayor Ruth Amberley said the council would open a relief centre.
        """);
    assertThat(speakerSaying(x, "half her barley").name()).isEqualTo("Moira Tait");
    assertThat(speakerOf(x, "Borough of Kelby mayor Ruth Amberley").name())
        .isEqualTo("Ruth Amberley");
  }

  @Test
  void companyNounsFindTheCompanyTheyStandFor() {
    Extraction x = EXTRACTOR.extract("""
        Studio shut as game slips again

        Pellworth Interactive has closed its Dundee studio, Saltmarsh Games, three weeks after \
        delaying its racing title again. In a statement, the publisher said the closure followed \
        "a hard look at every project".

        Video platform Blinkly has removed the channel of streamer Jo Varga. The platform said it \
        would publish a list of banned channels each month.

        The Game Artists Guild condemned both decisions. The guild said it would ask members to \
        walk out.

        Corran & Pike is to shut nine of its stores. The retailer said rents had doubled.

        The final drew 8,200 fans, according to the venue, the Harbourside Arena.

        Kestley Motors has launched its first electric pickup, the Kestley Ridge. The company \
        said the truck would turn a profit within three years. Kestley said it had taken 4,000 \
        orders.
        """);
    assertThat(speakerOf(x, "the publisher").name()).isEqualTo("Pellworth Interactive");
    assertThat(speakerOf(x, "The platform").name()).isEqualTo("Blinkly");
    assertThat(speakerOf(x, "The guild").name()).isEqualTo("Game Artists Guild");
    assertThat(speakerOf(x, "The retailer").name()).isEqualTo("Corran & Pike");
    assertThat(speakerOf(x, "the venue").name()).isEqualTo("Harbourside Arena");
    assertThat(speakerOf(x, "The company").name()).isEqualTo("Kestley Motors");
    assertThat(speakerOf(x, "Kestley").name()).isEqualTo("Kestley Motors");
  }

  @Test
  void aFirmOfCommonNounsJoinedByAnAmpersandAndAProductAfterItsMakerAreTold() {
    Extraction x = EXTRACTOR.extract("""
        Shops and gadgets

        Kitchenware chain Basket & Ladle is to shut 20 shops by March, the company has \
        confirmed.

        Wearables start-up Orvana on Monday launched its first smart watch, the Orvana Pulse, at \
        a modest price. Orvana said it would ship in May.
        """);
    assertThat(speakerOf(x, "the company").name()).isEqualTo("Basket & Ladle");
    assertThat(speakerOf(x, "Orvana").name()).isEqualTo("Orvana");
  }

  @Test
  void aGroupMayBeACouncilThatGovernsNoPlace() {
    Extraction x = EXTRACTOR.extract("""
        Campaigners take on the app

        The Open Data Council filed a complaint against the fitness app on Monday. The group said \
        the app sold location data to brokers.
        """);
    assertThat(speakerOf(x, "The group").name()).isEqualTo("Open Data Council");
  }

  @Test
  void aDatelineIsNoSubjectACompanyNounStandsFor() {
    Extraction x = EXTRACTOR.extract("""
        Kwikmart cuts bread prices

        Mossvale – The country's grocers are in a price war, with Kwikmart saying on Tuesday it \
        would lower what it charges for 300 basics.

        The retailer said the cuts would last all winter.
        """);
    assertThat(speakerOf(x, "The retailer").name()).isEqualTo("Kwikmart");
  }

  @Test
  void professionalsSetBesideAFirmsNameAreTheFirm() {
    Extraction x = EXTRACTOR.extract("""
        Pension fund trial

        The auditors, Kemble & Stroud, said in a letter to the trustees that several payments \
        lacked invoices.
        """);
    Speaker firm = speakerOf(x, "The auditors, Kemble & Stroud");
    assertThat(firm.name()).isEqualTo("Kemble & Stroud");
    assertThat(firm.kind()).isEqualTo(SpeakerKind.ORGANIZATION);
  }

  @Test
  void aDescriptionTheLexiconDoesNotListContinuesTheLastSpeaker() {
    Extraction x = EXTRACTOR.extract("""
        Egg farm loses its flock

        Marion Leckie said she had lost all 40,000 hens. "We have kept birds here for thirty \
        years," the pig breeder said.
        """);
    assertThat(speakerOf(x, "the pig breeder").name()).isEqualTo("Marion Leckie");
  }

  @Test
  void aPersonIntroducedInTheParagraphTakesARetiredPostFromTheSubjectBefore() {
    Extraction x = EXTRACTOR.extract("""
        Rail users cheer new operator

        Alan Fry, who chairs the county transport board, said the old timetable had been a mess.

        For Len Braddock, chairman of the rail users group, the new operator was welcome. "I have \
        never known the trains so late," said the retired engineer.
        """);
    assertThat(speakerOf(x, "the retired engineer").name()).isEqualTo("Len Braddock");
  }

  @Test
  void someoneDescribedByAWhoClauseMayBeSheOrHe() {
    Extraction x = EXTRACTOR.extract("""
        Veterans wait for help

        "The system is failing," Hana Roper said.

        A former medic who asked that her name be withheld said most of her friends had quit \
        waiting. "They stop ringing," she said.
        """);
    assertThat(speakerOf(x, "she").name()).isEqualTo("A former medic");
  }

  @Test
  void aDocumentReleasedByABodyIsThatBodysAndSaidInADocumentIsTheSubjects() {
    Extraction x = EXTRACTOR.extract("""
        Storm leaves homes dark

        About 900 homes are still without power, according to figures released by the Northern \
        Grid Operators Council (NGOC).

        The frigate refit has run $2.1 billion over budget, according to a report tabled on \
        Friday by the Naval Cost Review Office (NCRO).

        Snow now covers most of the state, according to this week's snow map from the Prairie \
        Climate Office.

        "The rail line stays closed until every sleeper is checked," Eastway Rail's chief \
        operating officer, Priya Malhotra, said in a statement.
        """);
    assertThat(speakerOf(x, "figures").name()).isEqualTo("Northern Grid Operators Council");
    assertThat(speakerOf(x, "a report").name()).isEqualTo("Naval Cost Review Office");
    assertThat(speakerOf(x, "this week's snow map from the Prairie Climate Office").name())
        .isEqualTo("Prairie Climate Office");
    assertThat(speakerOf(x, "a statement").name()).isEqualTo("Priya Malhotra");
  }

  @Test
  void eldersHonorificsAreNoPartOfTheName() {
    Extraction x = EXTRACTOR.extract("""
        Station lease handed back

        Local elder Aunty Joan Pearce said the return of the lease was long overdue.

        Her nephew, land council chairman Lewis Pearce, said the council would run the station.

        "We waited a generation for this," Mr Pearce said.

        Kaumātua Rawiri Tane said the hapū had waited just as long.
        """);
    assertThat(speakerOf(x, "Local elder Aunty Joan Pearce").name()).isEqualTo("Joan Pearce");
    assertThat(speakerOf(x, "Mr Pearce").name()).isEqualTo("Lewis Pearce");
    assertThat(speakerOf(x, "Kaumātua Rawiri Tane").name()).isEqualTo("Rawiri Tane");
  }

  @Test
  void resourceAndShippingFirmsAreOrganisations() {
    Extraction x = EXTRACTOR.extract("""
        Smelter operator fined

        Ardvane Platinum was fined $400,000 after a spill at its smelter.

        "We accept the court's decision in full," the company said.

        Drumlin Renewables said its wind farm would open in June.
        """);
    assertThat(speakerOf(x, "the company").name()).isEqualTo("Ardvane Platinum");
    assertThat(speakerOf(x, "the company").kind()).isEqualTo(SpeakerKind.ORGANIZATION);
    assertThat(speakerOf(x, "Drumlin Renewables").kind()).isEqualTo(SpeakerKind.ORGANIZATION);
    Extraction union = EXTRACTOR.extract("""
        Ferry strike

        Talks between the ferry operator and Allied Harbour Workers Local 310 ended without a \
        deal on Monday night.

        The union said crews would stay off the boats until Friday.
        """);
    assertThat(speakerOf(union, "The union").name())
        .isEqualTo("Allied Harbour Workers Local 310");
    Extraction recall = EXTRACTOR.extract("""
        Heater recall

        Pellow Home Products said it was recalling 4,000 fan heaters sold last winter.

        The company said no one had been hurt.
        """);
    assertThat(speakerOf(recall, "The company").name()).isEqualTo("Pellow Home Products");
  }

  @Test
  void anAgeContinuesTheUnnamedPersonQuotedJustBefore() {
    Extraction x = EXTRACTOR.extract("""
        Market hall stays open

        Paul Anand said the hall would stay open through the winter.

        One longtime shopkeeper, who asked not to be named, said takings had halved.

        "We limp along from week to week," the 66-year-old said.
        """);
    assertThat(speakerOf(x, "the 66-year-old")).isSameAs(
        speakerOf(x, "One longtime shopkeeper"));
  }

  @Test
  void aClosingSingleQuotationMarkIsNoPossessive() {
    Extraction x = EXTRACTOR.extract("""
        Ambulance waits grow

        Mia Rossi, a paramedic, said crews were queueing outside the hospital for hours.

        'Some nights we see three patients in a whole shift,' the 31-year-old said.
        """);
    assertThat(speakerOf(x, "the 31-year-old").name()).isEqualTo("Mia Rossi");
  }

  @Test
  void anIndefiniteSourceClosingTheLeadIsTheOneNamedAfter() {
    Extraction x = EXTRACTOR.extract("""
        Nursing home death

        Poor staffing led to the death of a 91-year-old man in a nursing home, a coroner has \
        ruled.

        Arthur Bell died in hospital in May, three weeks after a fall in his room.

        At the inquest in Carlisle, senior coroner Nadia Quinn said the home had "lost sight of \
        its residents".
        """);
    assertThat(speakerOf(x, "a coroner").name()).isEqualTo("Nadia Quinn");
  }

  @Test
  void aBodyNamedOnlyAsSomeonesEmployerIsNotTheOneThatSpoke() {
    Extraction x = EXTRACTOR.extract("""
        Lab review ordered

        The University of Kelvedon said its laboratory had broken no rules.

        Dr Maya Fenn, a chemist at Linford University, said the case was unusual.

        The university said it would publish the full review in March.
        """);
    assertThat(speakerOf(x, "The university").name()).isEqualTo("University of Kelvedon");
  }

  @Test
  void anUnnamedSpeakerStaysInFocusThroughSentencesOpeningOnAPronoun() {
    Extraction x = EXTRACTOR.extract("""
        Crossing families want answers

        A Barnstow woman whose husband was hurt at the crossing said she was still waiting for \
        answers. She asked not to be named.

        "Nobody has rung us once," she said.
        """);
    assertThat(speakerOf(x, "she")).isSameAs(speakerOf(x, "A Barnstow woman"));
  }

  @Test
  void aDescribedMinerAfterItsNameIsTheCompany() {
    Extraction x = EXTRACTOR.extract("""
        Bid for gold producer

        PERTH — Tarn Metals has made a cash offer for a rival gold producer.

        The ASX-listed miner said on Monday it would pay $1.10 a share.
        """);
    assertThat(speakerOf(x, "The ASX-listed miner").name()).isEqualTo("Tarn Metals");
  }

  @Test
  void theYoungerOfTwoBearersOfASurnameIsTheYoungerOne() {
    Extraction x = EXTRACTOR.extract("""
        Last run for the depot

        Ron Ferris, 63, has driven buses in the town for 40 years.

        "It was a good run," Ferris said.

        His daughter, Amy Ferris, 35, drives the school route. She was offered a job at the new \
        depot.

        "I'm staying put," the younger Ferris said.
        """);
    assertThat(speakerOf(x, "the younger Ferris").name()).isEqualTo("Amy Ferris");
  }

  @Test
  void whoSpeaksATranscriptTurnIsNoHeInIt() {
    Extraction x = EXTRACTOR.extract("""
        Club vote goes to the wire

        Rowing club captain Tane Kerr held his seat on Sunday after his cousin, Jack Kerr, came \
        within nine votes. Tane Kerr spoke to Anna Roe of Radio Kaha afterwards.

        Anna Roe: So Jack Kerr ran you close. Was it tense?

        Tane Kerr: Very close. We talked on the phone this morning and he said, "Mate, you owe \
        me a new oar."
        """);
    assertThat(speakerOf(x, "he").name()).isEqualTo("Jack Kerr");
    // with no one else "he" may be, still not the turn's speaker
    Extraction alone = EXTRACTOR.extract("""
        Club vote goes to the wire

        Rowing club captain Tane Kerr held his seat on Sunday. Tane Kerr spoke to Anna Roe of \
        Radio Kaha afterwards.

        Anna Roe: Was it tense?

        Tane Kerr: Very. We talked on the phone this morning and he said, "Mate, you owe me a \
        new oar."
        """);
    assertThat(speakerOf(alone, "he").name()).isNotEqualTo("Tane Kerr");
  }

  @Test
  void aDescribedCarrierIsTheOneCompanyNamedAsASubjectBefore() {
    Extraction x = EXTRACTOR.extract("""
        Lines profit falls

        OSLO — Halvard Lines reported a 20% drop in profit on Thursday.

        Chief executive Per Moe said fuel costs had risen.

        "It was a hard quarter," Mr Moe said.

        The Oslo-listed carrier, the region's third-largest by fleet, said revenue fell 9%.
        """);
    assertThat(speakerOf(x, "The Oslo-listed carrier, the region's third-largest by fleet").name())
        .isEqualTo("Halvard Lines");
  }

  /**
   * A results-call transcript names each questioner in brackets after "Q" ("Q (Lena Varga,
   * Orrin Securities):"): the question is hers, and the answer the label after it names.
   */
  @Test
  void aQuestionerNamedInBracketsAsksTheQuestion() {
    Extraction x = EXTRACTOR.extract("""
        Carrier trims outlook

        Chief financial officer Raj Menon took questions on the call.

        Q (Lena Varga, Orrin Securities): How many ships will you idle this winter?

        Menon: Four, perhaps five, depending on rates.
        """);
    Quote question = x.quotes().stream()
        .filter(q -> q.content().text().startsWith("How many")).findFirst().orElseThrow();
    assertThat(x.speakerOf(question).orElseThrow().name()).isEqualTo("Lena Varga");
    assertThat(question.source().orElseThrow().text()).isEqualTo("Lena Varga");
  }

  /**
   * A nationality of two words ("the New Zealander") and the nouns for people of a country the
   * lexicon lists ("the Dane") describe the person in focus, as "the Norwegian" does.
   */
  @Test
  void nationalityNounsDescribeThePersonInFocus() {
    Extraction x = EXTRACTOR.extract("""
        Squad news

        Forward Tama Rewiti signed a new deal on Tuesday. "We want the title," the New Zealander \
        said.

        Jens Madsen trained alone on Friday. "My knee is fine," the Dane said.
        """);
    assertThat(speakerOf(x, "the New Zealander").name()).isEqualTo("Tama Rewiti");
    assertThat(speakerOf(x, "the Dane").name()).isEqualTo("Jens Madsen");
  }

  /**
   * Religious styles before a given name ("Sister Margaret", "Father Tom") are titles: "Sister
   * Margaret" after "Sister Margaret Oduya" is her.
   */
  @Test
  void aReligiousStyleBeforeAGivenNameFindsTheFullName() {
    Extraction x = EXTRACTOR.extract("""
        Clinic short of staff

        "We cannot keep going like this," said Sister Margaret Oduya, the clinic manager.

        Sister Margaret said the clinic had run out of bandages twice in March.
        """);
    assertThat(speakerOf(x, "Sister Margaret")).isSameAs(speakerOf(x, "Sister Margaret Oduya"));
    assertThat(speakerOf(x, "Sister Margaret").name()).isEqualTo("Margaret Oduya");
  }

  /**
   * A parent described by the number of children ("the grandmother of six", "the
   * father-of-three") is the person in focus, as an age is; a given name the tagger reads as a
   * verb ("Rose Fennimore has cooked") still opens its sentence's subject.
   */
  @Test
  void aParentByNumberOfChildrenIsThePersonInFocus() {
    Extraction x = EXTRACTOR.extract("""
        Kitchen volunteers

        Rose Fennimore has cooked at the soup kitchen for 30 years.

        "I will keep going while I can," the grandmother of six said.

        Ben Idowu runs the van. "We need drivers," the father-of-three said.
        """);
    assertThat(speakerOf(x, "the grandmother of six").name()).isEqualTo("Rose Fennimore");
    assertThat(speakerOf(x, "the father-of-three").name()).isEqualTo("Ben Idowu");
  }

  /**
   * An age before a post the text gave no one ("the 39-year-old teacher") describes the person
   * in focus, who may hold another post ("the Civic Front candidate").
   */
  @Test
  void anAgeBeforeAPostNoOneHoldsIsThePersonInFocus() {
    Extraction x = EXTRACTOR.extract("""
        Count result

        In Ward 9, the Civic Front candidate, Leela Sen, was declared elected by 14 votes. Her \
        rival Arun Sen said he would seek a recount.

        Leela Sen herself was calmer. "Numbers are numbers," the 39-year-old teacher said \
        outside her home.
        """);
    assertThat(speakerOf(x, "the 39-year-old teacher").name()).isEqualTo("Leela Sen");
  }

  /**
   * Styles and ranks of the regions' house styles are no part of a name: "DSP Musa Bello",
   * "Atty. Lorna Dizon", "Mama Wairimu Kahiga", "Bishop-designate Adeyemi", "Bishop Emeritus John
   * Kirwan", "Chief Whip Ravi Persad"; "The Member of Parliament for Kelso Vale, ... Ruth Amadi"
   * is Ruth Amadi, no "Member"; "The Moderator, the Very Revd Anne Tolland," is Anne Tolland.
   */
  @Test
  void stylesRanksAndPostsOfItAreNoPartOfTheName() {
    Extraction x = EXTRACTOR.extract("""
        Week in review

        The command's spokesman, DSP Musa Bello, said officers were deployed. Lawyer Atty. Lorna \
        Dizon said the petition was filed on time. Mama Wairimu Kahiga, a trader, said sales had \
        fallen.

        The pope has named Father Paul Adeyemi as bishop. Bishop-designate Adeyemi said he was \
        humbled. His predecessor, Bishop Emeritus John Kirwan, said he was delighted.

        Opposition Chief Whip Ravi Persad led the walkout. "We will not sit here," Persad said.

        The Member of Parliament for Kelso Vale, Green backbencher Ruth Amadi, said the count was \
        fair. The Moderator, the Very Revd Anne Tolland, who chaired the session, told the \
        assembly that the vote must be respected.
        """);
    assertThat(speakerOf(x, "The command's spokesman, DSP Musa Bello").name())
        .isEqualTo("Musa Bello");
    assertThat(speakerOf(x, "Lawyer Atty. Lorna Dizon").name()).isEqualTo("Lorna Dizon");
    assertThat(speakerOf(x, "Mama Wairimu Kahiga, a trader").name()).isEqualTo("Wairimu Kahiga");
    assertThat(speakerOf(x, "Bishop-designate Adeyemi").name()).isEqualTo("Paul Adeyemi");
    assertThat(speakerOf(x, "His predecessor, Bishop Emeritus John Kirwan").name())
        .isEqualTo("John Kirwan");
    assertThat(speakerOf(x, "Persad").name()).isEqualTo("Ravi Persad");
    assertThat(speakerOf(x, "The Member of Parliament for Kelso Vale, Green backbencher Ruth"
        + " Amadi").name()).isEqualTo("Ruth Amadi");
    assertThat(speakerOf(x, "The Moderator").name()).isEqualTo("Anne Tolland");
    assertThat(x.speakers()).extracting(Speaker::name)
        .doesNotContain("Member");
  }

  /**
   * A document a bare organisation noun owns ("the charity's audited accounts") is that
   * organisation's; "the statement" is the body that released it, past a relative clause after
   * its name ("X, which speaks for ..., released the statement"), not the body quoted last; a
   * body met unnamed in reported words ("after an independent panel found") is the one "the
   * panel" continues.
   */
  @Test
  void documentsAndBodiesGoToTheOrganisationTheTextGaveThem() {
    Extraction accounts = EXTRACTOR.extract("""
        Holiday breaks

        The Linden Children's Trust funds holiday breaks for carers. According to the charity's \
        audited accounts, appeal spending climbed to 29 per cent in 2025.
        """);
    assertThat(speakerOf(accounts, "the charity's audited accounts").name())
        .isEqualTo("Linden Children's Trust");
    Extraction statement = EXTRACTOR.extract("""
        Hall fire

        The Tarrow Council of Churches (TCC), which speaks for 40 congregations, released the \
        statement on Monday after a hall was damaged. Riverside Police said officers were \
        treating the fire as arson.

        'We stand with our neighbours,' the statement said.
        """);
    assertThat(speakerOf(statement, "the statement").name())
        .isEqualTo("Tarrow Council of Churches");
    Extraction panel = EXTRACTOR.extract("""
        Cap breach

        Harbour City were fined after an independent panel found they broke the cap, the Southern \
        Netball Council (SNC) said. The panel said there was no sign of deliberate cheating.
        """);
    assertThat(speakerOf(panel, "The panel").name()).isNotEqualTo("Southern Netball Council");
  }

  /**
   * A full name ending a sentence keeps its surname when the tokenizer leaves the period on it
   * and the tagger reads it as a common noun ("critic Owen FitzIsaac."): the surname alone later
   * is that person, not someone new.
   */
  @Test
  void aSurnameEndingASentenceWithItsPeriodStaysInTheName() {
    Extraction x = EXTRACTOR.extract("""
        Vote count

        She won, defeating finance critic Owen FitzIsaac.

        FitzIsaac conceded shortly after midnight.
        """);
    assertThat(speakerOf(x, "FitzIsaac").name()).isEqualTo("Owen FitzIsaac");
  }

  /**
   * Who answers a question quoted just before in the same sentence is not the one who asked it:
   * "Asked by a journalist whether she was relieved, she said" is the woman named before, not
   * the journalist, whether the one who asked is named or not. One who asks in the active ("X
   * asked listeners to give, which she said") may go on to speak.
   */
  @Test
  void aPronounAnsweringAQuestionIsNotTheOneWhoAskedIt() {
    Extraction x = EXTRACTOR.extract("""
        Court hearing

        Mina Tolvane waited outside the court with her two sons. Asked by a journalist whether \
        she was relieved, she said: "More than I can say."
        """);
    assertThat(speakerOf(x, "she").name()).isEqualTo("Mina Tolvane");
    Extraction named = EXTRACTOR.extract("""
        Appeal

        Tom Reed left the court on foot. Asked by Sam Hill, a reporter for the Courier, \
        whether he would appeal, he said: "Of course."
        """);
    assertThat(speakerOf(named, "he").name()).isEqualTo("Tom Reed");
    Extraction asking = EXTRACTOR.extract("""
        Donors

        Ruth Ortiz backed the plan on Monday. Nora Fields went on national radio and asked \
        listeners to give $10 each, which she said would pay for a month of ads.
        """);
    assertThat(speakerOf(asking, "she").name()).isEqualTo("Nora Fields");
  }

  /**
   * A relation written with a possessive before a name ("her son Callum Pryde") is the role
   * "her son" after it continues, as one set off by commas is.
   */
  @Test
  void aRelationWrittenBeforeANameIsWhomThePossessiveRelationLaterMeans() {
    Extraction x = EXTRACTOR.extract("""
        Verdict

        Joan Pryde, 71, and her son Callum Pryde, 44, were cleared on Friday. Her son told \
        reporters he was "relieved beyond words".
        """);
    assertThat(speakerOf(x, "Her son").name()).isEqualTo("Callum Pryde");
  }

  /**
   * A relation the text gives a person in other words, before or after ("Tom Voskuil, son of the
   * senator,"), is whom "his son" means when no one else has it; with two such sons, "his son"
   * names neither, nor does it name one the text calls "her son".
   */
  @Test
  void aRelationGivenInOtherWordsIsWhomThePossessiveRelationMeans() {
    Extraction x = EXTRACTOR.extract("""
        Campaign trail

        As Senator Ray Voskuil toured the state on Sunday, his son said the campaign was only \
        getting started. Tom Voskuil, son of the senator, spoke on a morning show on Monday.
        """);
    assertThat(speakerOf(x, "his son").name()).isEqualTo("Tom Voskuil");
    Extraction two = EXTRACTOR.extract("""
        Campaign trail

        As Senator Ray Voskuil toured the state on Sunday, his son said the campaign was only \
        getting started. Tom Voskuil, son of the senator, and Ben Voskuil, the senator's son \
        from his first marriage, spoke on a morning show on Monday.
        """);
    assertThat(speakerOf(two, "his son").name()).isNotIn("Tom Voskuil", "Ben Voskuil");
    Extraction hers = EXTRACTOR.extract("""
        Campaign trail

        As Senator Ray Voskuil toured the state on Sunday, his son said the campaign was only \
        getting started. Ana Brisk and her son Ben Brisk, 19, met the senator in Arbrook.
        """);
    assertThat(speakerOf(hers, "his son").name()).isNotEqualTo("Ben Brisk");
  }

  /**
   * "The representative of Norway" does not continue the speaker quoted just before, whom the
   * text described as another country's delegate ("Peru's delegate", where the tagger read
   * "delegate" as a verb).
   */
  @Test
  void aPostOfOneCountryDoesNotContinueAnotherCountrysDelegate() {
    Extraction x = EXTRACTOR.extract("""
        Council split on arms embargo

        The Security Council met on Tuesday to discuss the embargo on Dalmuri. Peru's \
        delegate backed a renewal, saying the ceasefire was fragile.

        The representative of Norway said that any decision should wait for the monitors' \
        report.
        """);
    assertThat(speakerOf(x, "The representative of Norway"))
        .isNotSameAs(speakerOf(x, "Peru's delegate"));
  }

  /**
   * An assessment or a bulletin a body released is that body's when someone else is quoted
   * between the release and "the assessment said".
   */
  @Test
  void anAssessmentOrBulletinIsTheBodysThatReleasedItAfterAnotherSpeaker() {
    Extraction x = EXTRACTOR.extract("""
        Cull

        The Coastal Parks Authority released a draft environmental assessment on Tuesday. "We \
        did not take this decision lightly," said ranger Ellen Moss. The assessment estimated \
        that the cull would cost about $2 million.

        The Harbour Board issued a safety bulletin last week. "Nobody should swim there," said \
        Tom Reyes, a lifeguard. The bulletin warned that currents were strong.
        """);
    assertThat(speakerOf(x, "The assessment").name()).isEqualTo("Coastal Parks Authority");
    assertThat(speakerOf(x, "The bulletin").name()).isEqualTo("Harbour Board");
  }

  /**
   * A name goes on past "of" when an organisation word ends one of its words ("The NewsGuild of
   * Northern Arizona"), as it does past a word that is one ("The Writers Guild of ...").
   */
  @Test
  void anOrganisationWordInsideAWordGoesOnPastOf() {
    Extraction x = EXTRACTOR.extract("""
        Papers merge

        The NewsGuild of Northern Arizona called the cuts "a betrayal of every reader."
        """);
    assertThat(speakerOf(x, "The NewsGuild of Northern Arizona").name())
        .isEqualTo("NewsGuild of Northern Arizona");
  }

  /**
   * An acronym in a document's words that spells the post the text gave a person ("The IG
   * report" after "Inspector General Dana Quillfeather", or after "the agency inspector general,
   * Dana Quillfeather") is that person's document, and so is "the report" after it. A post
   * partly in capitals ("State election commissioner") is spelt by its capitals only: "the SEC"
   * the text defined stays the commission.
   */
  @Test
  void aDocumentAnAcronymOfAPersonsPostQualifiesIsThatPersons() {
    for (String post : List.of("Inspector General Dana Quillfeather",
        "The agency inspector general, Dana Quillfeather,")) {
      Extraction x = EXTRACTOR.extract("Audit\n\n" + post + " said the department had ignored"
          + " warnings. The IG report found that staff had been overruled. The report said"
          + " managers had been told twice.\n");
      assertThat(speakerOf(x, "The IG report").name()).as(post).isEqualTo("Dana Quillfeather");
      assertThat(speakerOf(x, "The report").name()).as(post).isEqualTo("Dana Quillfeather");
    }
    Extraction commission = EXTRACTOR.extract("""
        Recount

        The State Election Commission (SEC) ordered a recount on Thursday. State election \
        commissioner Ravi Sen said the count would be held on Saturday. The SEC said observers \
        would attend.
        """);
    assertThat(speakerOf(commission, "The SEC").name()).isNotEqualTo("Ravi Sen");
  }

  /**
   * One unnamed source with two cues ("A spokesman for X said ... and urged ...") is one speaker,
   * whom "the spokesman" continues: not two speakers of one name.
   */
  @Test
  void oneUnnamedSourceOfTwoCuesIsOneSpeaker() {
    Extraction x = EXTRACTOR.extract("""
        Traders warn

        A spokesman for the Dunmore Traders' Guild said footfall had fallen and urged the council \
        to cut parking fees. "We are bleeding customers," the spokesman said.
        """);
    assertThat(x.speakers()).hasSize(1);
    assertThat(x.speakers().get(0).name())
        .isEqualTo("A spokesman for the Dunmore Traders' Guild");
    assertThat(x.quotes()).hasSize(3).allSatisfy(q -> assertThat(x.speakerOf(q))
        .contains(x.speakers().get(0)));
  }

  /** A first name coordinated before a full name shares its surname ("Ella and Josh Marwood"). */
  @Test
  void aFirstNameCoordinatedBeforeAFullNameSharesItsSurname() {
    Extraction x = EXTRACTOR.extract("""
        Bakery

        The siblings Ella and Josh Marwood opened the bakery in May. "We never expected \
        queues," she said.
        """);
    assertThat(x.speakers()).extracting(Speaker::name).containsExactly("Ella Marwood");
  }

  /**
   * "The scheme", "the plan": a bare definite description is the organisation named before whose
   * name it ends, a word the lexicon does not know as an organisation's.
   */
  @Test
  void aDescriptionEndingAnOrganisationsNameIsThatOrganisation() {
    Extraction x = EXTRACTOR.extract("""
        Pensions

        The Harland Miners' Pension Scheme (HMPS) reported a surplus. Its liabilities fell by a \
        fifth, the scheme said on Monday.
        """);
    assertThat(speakerOf(x, "the scheme").name()).isEqualTo("Harland Miners' Pension Scheme");
  }

  /** "X, whose spokeswoman said": X's spokeswoman, who speaks for X. */
  @Test
  void aPostOwnedThroughWhoseIsTheOwnersPost() {
    Extraction x = EXTRACTOR.extract("""
        Fine

        The regulator fined Corvane Telecom, whose spokeswoman said the company would appeal.
        """);
    Speaker s = speakerOf(x, "spokeswoman");
    assertThat(s.name()).isEqualTo("Corvane Telecom's spokeswoman");
    assertThat(s.affiliation()).isEqualTo("Corvane Telecom");
    assertThat(s.kind()).isEqualTo(SpeakerKind.PERSON);
  }

  /**
   * A source the source stage ended inside the description before a name ("[Consumer] advocate
   * Rosa Kemp, of ..., said", the tagger reading "advocate" as a verb) is the person named.
   */
  @Test
  void aSourceEndingBeforeTheNameItDescribesIsThatPerson() {
    Extraction x = EXTRACTOR.extract("""
        Outage

        Tarrow Networks' chief technology officer, Dev Anand, told the committee the update had \
        passed testing. Consumer advocate Rosa Kemp, of the Fair Telecoms Centre (FTC), said the \
        company's apology was "a start, not an answer".
        """);
    Quote q = x.quotes().stream().filter(c -> c.content().text().contains("apology"))
        .findFirst().orElseThrow();
    assertThat(x.speakerOf(q).map(Speaker::name)).contains("Rosa Kemp");
  }

  /**
   * An outlet's name in capitals that ends in a time word ("USA TODAY") is one organisation, not
   * a place and a person, and issues the analysis its name stands before.
   */
  @Test
  void anOutletNameInCapitalsEndingInATimeWordIsOneOrganisation() {
    Extraction x = EXTRACTOR.extract("""
        Parks budget

        The county will spend more on parks, USA TODAY reported on Monday. "It is overdue," the \
        parks director, Ann Lowe, told USA TODAY.

        A USA TODAY analysis found that the county spent twice as much on golf as on playgrounds.
        """);
    Speaker outlet = speakerOf(x, "USA TODAY");
    assertThat(outlet.name()).isEqualTo("USA TODAY");
    assertThat(outlet.kind()).isEqualTo(SpeakerKind.ORGANIZATION);
    assertThat(speakerOf(x, "A USA TODAY analysis")).isEqualTo(outlet);
  }

  /**
   * "from" and a name right after a document the source stage cut before them name its issuer
   * past the lead too ("A survey from X released Wednesday found"); a place after "from" does not.
   */
  @Test
  void aNameAfterFromIssuesTheDocumentBeforeIt() {
    Extraction x = EXTRACTOR.extract("""
        Transit plan

        The mayor spoke at a rally in the north of the city on Monday. She promised new buses.

        "We will get this done," Mayor Ines Marlowe said.

        A survey from Harwick Research Group released Wednesday found that 52 percent of \
        residents back her plan.
        """);
    assertThat(speakerOf(x, "A survey").name()).isEqualTo("Harwick Research Group");
  }

  /**
   * A name that is the object of the words before it ("a group aimed at taking down X is out with
   * a new ad") issues no document: "the ad" is not the person it attacks.
   */
  @Test
  void aNameAfterAVerbInIngIssuesNoDocument() {
    Extraction x = EXTRACTOR.extract("""
        Group targets senator

        A conservative group aimed at taking down Senator Ann Rowe is out with a new ad on \
        Thursday.

        The ad, which will run on television and online, says Rowe "has forgotten the farmers."
        """);
    assertThat(speakerOf(x, "The ad").name()).isNotEqualTo("Ann Rowe");
  }

  /**
   * "Councilmember" and "Coun." are titles: two councilmembers of one surname are two persons, and
   * "chair Coun. Priya Raman" names Priya Raman.
   */
  @Test
  void councilTitlesAreTitles() {
    Extraction x = EXTRACTOR.extract("""
        Budget vote

        Councilmember Ray Delgado said the plan "papers over a structural deficit." \
        Councilmember Tanya Delgado, who is not related to him, voted yes. "We keep writing blank \
        checks," Tanya Delgado said.

        "Nobody on this board wanted to raise fares," said chair Coun. Priya Raman.
        """);
    assertThat(x.speakers()).extracting(Speaker::name)
        .contains("Ray Delgado", "Tanya Delgado", "Priya Raman");
    assertThat(speakerOf(x, "Councilmember Ray Delgado").name()).isEqualTo("Ray Delgado");
  }

  /**
   * "The teenager", "the octogenarian": the person named last whose age the text gave right
   * after the name in the noun's range.
   */
  @Test
  void anAgeNounIsThePersonOfThatAge() {
    Extraction x = EXTRACTOR.extract("""
        Cup final

        Fast bowler Nikolai Bynoe, 19, said he was gutted after the match. The coach, Ray \
        Holder, 54, said the side would recover.

        "He does not give you anything," the teenager said.
        """);
    assertThat(speakerOf(x, "the teenager").name()).isEqualTo("Nikolai Bynoe");
  }

  /** "The police" is no other kind of body named before ("A BBMP official said"). */
  @Test
  void thePoliceIsNoOtherBody() {
    Extraction x = EXTRACTOR.extract("""
        Protest

        A BBMP official said the building plan had been sanctioned in 2023. The police said the \
        protest was peaceful.
        """);
    assertThat(speakerOf(x, "The police").name()).isNotEqualTo("BBMP");
  }

  /** "The university" is no students' association whose name holds "University". */
  @Test
  void theUniversityIsNoBodyInsideIt() {
    Extraction x = EXTRACTOR.extract("""
        Jobs

        The University of the Forth Valley is to cut 180 jobs. Morag Drummond, president of the \
        Forth Valley University Students' Association (FVUSA), said students were worried.

        The university said in a statement that it remained committed to its students.
        """);
    assertThat(speakerOf(x, "The university").name())
        .isEqualTo("University of the Forth Valley");
  }

  /** "His son, who did not wish to be named, said": the son speaks, not a bare "His". */
  @Test
  void aPossessivePronounOpensTheSource() {
    Extraction x = EXTRACTOR.extract("""
        Fraud

        A 68-year-old man lost Rs 74 lakh. His son, who did not wish to be named, said his father \
        had been told not to speak to anyone.
        """);
    assertThat(x.quotes()).singleElement().satisfies(q -> assertThat(q.source().map(Span::text))
        .contains("His son"));
  }

  /**
   * An organisation noun with a modifier and then a name set beside them ("The union representing
   * rank-and-file officers, the Phoenix Police Officers Association, said") is that
   * organisation, past the lead too.
   */
  @Test
  void anOrganisationNamedBesideAModifiedNounIsThatOrganisation() {
    Extraction x = EXTRACTOR.extract("""
        Review board

        A civilian board found on Tuesday that a deputy had broken the pursuit policy.

        Sheriff Dana Crowe said she disagreed with the finding.

        The union representing the county's deputies, the Marlow County Deputies Association, \
        said the deputy had followed his training.
        """);
    assertThat(speakerOf(x, "The union").name()).isEqualTo("Marlow County Deputies Association");
  }

  /** "The CFO" continues the person the text made "chief financial officer". */
  @Test
  void aChiefOfficersAcronymIsThatPost() {
    Extraction x = EXTRACTOR.extract("""
        Results

        Chief financial officer Grace Lin said the company planned to spend $12 billion. The CFO \
        added that the company would give an update in April.
        """);
    assertThat(speakerOf(x, "The CFO").name()).isEqualTo("Grace Lin");
  }

  /**
   * A transcript label may give the speaker's part or place in brackets after the name ("Maura
   * Keane (caller, Castlebar):"); the turn is the speaker's.
   */
  @Test
  void aTranscriptLabelWithAPostInBracketsNamesTheSpeaker() {
    Extraction x = EXTRACTOR.extract("""
        Farmers on air

        Orla Keane (presenter): Declan, how bad is it out there?

        Declan Keane: It is as bad as I have seen it in thirty years.

        Maura Keane (caller, Castlebar): I have sixty ewes and I am thinking of selling up.
        """);
    Quote q = x.quotes().stream().filter(c -> c.content().text().contains("sixty ewes"))
        .findFirst().orElseThrow();
    assertThat(x.speakerOf(q).map(Speaker::name)).contains("Maura Keane");
    assertThat(x.quotes()).anySatisfy(c -> assertThat(c.content().text()).contains("how bad"));
  }

  /**
   * A participle clause that opens the sentence ("Speaking afterwards, Insp X of ..., who ...,
   * said") is no speaker: the subject after it is.
   */
  @Test
  void anOpeningParticipleClauseIsNoSpeaker() {
    Extraction x = EXTRACTOR.extract("""
        Beach case

        Speaking afterwards, Insp Conor Hale of Dunmore Garda Station, who is no relation of the \
        driver, said that gardai would patrol the harbour road over the winter.
        """);
    assertThat(x.quotes()).singleElement().satisfies(q -> assertThat(x.speakerOf(q)
        .map(Speaker::name)).contains("Conor Hale"));
  }

  /**
   * A surname with a courtesy title ("Mrs Halloran") is the one person of that surname the text
   * named without a post, not the one it always named "Dr".
   */
  @Test
  void aCourtesyTitleIsNotThePersonNamedWithAPost() {
    Extraction x = EXTRACTOR.extract("""
        Waiting lists

        Dr Niamh Halloran said the waits at the clinic were too long. "No one has been \
        forgotten," she said.

        Bernadette Halloran, 74, who is no relation, has waited 19 months for a hip operation. \
        The retired nurse said she had been let down.

        "Someone has to answer for this," said Mrs Halloran.
        """);
    assertThat(speakerOf(x, "Mrs Halloran").name()).isEqualTo("Bernadette Halloran");
  }

  /**
   * "Order of" goes on in an organisation's name ("Fraternal Order of Police"), and a numbered
   * lodge or post ends it ("Lodge 7", "Post 212").
   */
  @Test
  void anOrdersNameAndItsNumberedLodgeAreOneName() {
    Extraction x = EXTRACTOR.extract("""
        Staffing

        According to the Fraternal Order of Police Lodge 7, the sheriff's office is short about \
        90 deputies. The American Legion Post 212 said the memorial parade would go ahead.
        """);
    assertThat(speakerOf(x, "the Fraternal Order of Police Lodge 7").name())
        .isEqualTo("Fraternal Order of Police Lodge 7");
    assertThat(speakerOf(x, "The American Legion Post 212").name())
        .isEqualTo("American Legion Post 212");
  }

  /**
   * Someone the text describes and gives only a family name ("surnamed Chan", "who gave only his
   * surname, Lin,") is someone new, not the person named before with that family name.
   */
  @Test
  void aPersonGivenOnlyAFamilyNameIsSomeoneNew() {
    Extraction x = EXTRACTOR.extract("""
        Heat rules

        Harbour district legislator Patrick Moy said contractors would pay more.

        A 61-year-old road sweeper surnamed Moy said she had collapsed in August. "Nobody gave \
        us water," she said.

        A fisherman at Sai Kung, who gave only his surname, Tam (\u8B5A), said the catch was \
        poor. "We earn half of what we did," he said.
        """);
    assertThat(speakerSaying(x, "she had collapsed").name()).isEqualTo("Moy");
    assertThat(speakerSaying(x, "Nobody gave").name()).isEqualTo("Moy");
    assertThat(speakerSaying(x, "she had collapsed")).isNotEqualTo(
        speakerSaying(x, "contractors would pay"));
    assertThat(speakerSaying(x, "the catch was").name()).isEqualTo("Tam");
    assertThat(speakerSaying(x, "We earn half").name()).isEqualTo("Tam");
  }

  /**
   * A short form of a month or a day after a capitalised word, with no number beside it, is part
   * of a name ("Wang Jun"); an accented name is a name where the same name unaccented is one.
   */
  @Test
  void shortTimesAndAccentedWordsInNamesStayInTheName() {
    Extraction x = EXTRACTOR.extract("""
        Scores out

        Her uncle, Zhou Jun, said the family was proud. The results came out on Jun 24.

        "The square is louder than ever," said 71-year-old retired baker Ott\u00F3 \
        B\u00E1nyai.
        """);
    assertThat(speakerSaying(x, "the family was proud").name()).isEqualTo("Zhou Jun");
    assertThat(speakerSaying(x, "The square is louder").name())
        .isEqualTo("Ott\u00F3 B\u00E1nyai");
  }

  /** The extraction of {@code text} by a new extractor of the one bundled extractor named. */
  static Extraction extractWith(String extractor, String text) {
    return QuoteExtractor.builder().extractors(extractor).build().extract(text);
  }

  static Speaker speakerSaying(Extraction x, String content) {
    Quote q = x.quotes().stream().filter(c -> c.content().text().contains(content)).findFirst()
        .orElseThrow(() -> new AssertionError("no quote saying '" + content + "' in "
            + x.quotes()));
    return x.speakerOf(q).orElseThrow(() -> new AssertionError("no speaker for " + q));
  }

  /** A head noun of two words ("the think tank") stands for the organisation named so. */
  @Test
  void aTwoWordOrganisationNounFindsItsOrganisation() {
    Extraction x = EXTRACTOR.extract("""
        Bus routes cut

        Fewer buses run in rural Wessex, according to a study by the Harnwell Institute. The \
        think tank found that routes had fallen by a third since 2012.
        """);
    assertThat(speakerSaying(x, "routes had fallen").name()).isEqualTo("Harnwell Institute");
  }

  /**
   * An acronym in brackets after an organisation is a name wherever the tagger puts it later,
   * though it spells the name in another language ("The FKS said"); an initial written close
   * to the name, as Mongolian names are, is part of the name, and a post before it is not.
   */
  @Test
  void aBracketedAcronymAndAnInitialWrittenCloseAreNames() {
    Extraction x = EXTRACTOR.extract("""
        Ruling reviewed

        The Slovenian Skating Union (FKS) said it would review the ruling.

        The FKS said in a short statement that its panel would meet on Monday.

        Economist D.Ganbold said exports would fall. "Buyers have gone," D.Ganbold said.
        """);
    assertThat(speakerSaying(x, "its panel would meet").name())
        .isEqualTo("Slovenian Skating Union");
    assertThat(speakerSaying(x, "exports would fall").name()).isEqualTo("D.Ganbold");
    assertThat(speakerSaying(x, "Buyers have gone")).isEqualTo(
        speakerSaying(x, "exports would fall"));
  }

  /**
   * "she" right after an unnamed passer-by is quoted is that passer-by (a hyphenated person noun
   * is a person's), not the person named and quoted before, nor the outlet she told.
   */
  @Test
  void aPronounAfterAnUnnamedPasserByIsThePasserBy() {
    Extraction x = EXTRACTOR.extract("""
        Cyclist hurt

        "We want to hear from anyone who saw it," said Inspector Marta Kask. A passer-by told \
        Harju Radio that the rider had been awake. "His wheel was bent in two," she said.
        """);
    assertThat(speakerSaying(x, "His wheel was bent").name()).isEqualTo("A passer-by");
  }

  /**
   * A family name and a hyphenated given name after a post with "of the" ("Minister of the
   * Interior Lin Wei-han") are the name; the post is no part of it.
   */
  @Test
  void aFamilyNameFirstAfterAPostOfIsTheName() {
    Extraction x = EXTRACTOR.extract("""
        Shelters open

        Minister of the Interior Lin Wei-han said 40 shelters were open. "We are ready for the \
        storm," the minister said.
        """);
    assertThat(speakerSaying(x, "shelters were open").name()).isEqualTo("Lin Wei-han");
    assertThat(speakerSaying(x, "We are ready")).isEqualTo(
        speakerSaying(x, "shelters were open"));
  }

  /**
   * A name given after an organisation's name and ", or" is that organisation ("Kansai Coastal
   * Railway, or KC Rail,"), there and later; a name set beside a description with the body it
   * belongs to after it, then a relative clause, is the speaker ("The second speaker, Mr Femi
   * Ojo of the Farmers Alliance, who ..., said").
   */
  @Test
  void anOtherNameAfterOrAndANameWithItsBodyBesideADescription() {
    Extraction x = EXTRACTOR.extract("""
        Line closed

        Kansai Coastal Railway, or KC Rail, said the line would reopen on Friday. KC Rail said \
        refunds would be paid.

        Mrs Ada Okoro said the plan had worked. The second speaker, Mr Femi Ojo of the Farmers \
        Alliance, who is not related to the minister, said prices had doubled.
        """);
    assertThat(speakerSaying(x, "refunds would be paid").name())
        .isEqualTo("Kansai Coastal Railway");
    assertThat(speakerSaying(x, "the line would reopen").name())
        .isEqualTo("Kansai Coastal Railway");
    assertThat(speakerSaying(x, "prices had doubled").name()).isEqualTo("Femi Ojo");
  }

  /** "the former Marine" describes someone; it is no person named "Marine". */
  @Test
  void aFormerPersonNounCapitalisedIsADescription() {
    Extraction x = EXTRACTOR.extract("""
        Outsider bid

        Laura Whitlock, 44, a former Marine, said she was running as an outsider. At a rally on \
        Sunday, the former Marine told supporters she would refuse corporate money.
        """);
    assertThat(speakerSaying(x, "she would refuse corporate money").name())
        .isEqualTo("Laura Whitlock");
  }

  /** "The Olu of Ikare, Chief X," is X, and so is "the Olu" after. */
  @Test
  void aTitleBesideAFullNameIsThatPersonsTitle() {
    Extraction x = EXTRACTOR.extract("""
        Market fire

        The Olu of Ikare, Chief Babatunde Oyelaran, said the traders would be compensated. The \
        fire destroyed forty stalls on Friday. "We will rebuild every stall," the Olu said.

        The Rector of the Ikare Polytechnic, Dr. Funke Adebisi, said lectures would resume.
        """);
    assertThat(speakerSaying(x, "the traders would be compensated").name())
        .isEqualTo("Babatunde Oyelaran");
    assertThat(speakerSaying(x, "We will rebuild every stall").name())
        .isEqualTo("Babatunde Oyelaran");
    assertThat(speakerSaying(x, "lectures would resume").name()).isEqualTo("Funke Adebisi");
  }

  /** A given name the tagger reads as a verb, set off by commas, is still a name. */
  @Test
  void aGivenNameThatIsAlsoAVerbOpensANameInApposition() {
    Extraction x = EXTRACTOR.extract("""
        Ski lift ruling

        The cantonal tourism office welcomed the ruling. Its head, Beat Hofstetter, said the \
        lifts would reopen in December.
        """);
    assertThat(speakerSaying(x, "the lifts would reopen in December").name())
        .isEqualTo("Beat Hofstetter");
  }

  /** An acronym spells a name whose first letter has an accent: "ENL" of "Électricité ...". */
  @Test
  void anAcronymSpellsInitialsWithAccents() {
    Extraction x = EXTRACTOR.extract("""
        Grid repairs

        \u00C9nergie Nationale du Mont (ENM) said the line to the valley would be repaired by \
        Friday. Later, ENM said crews had reached the pylons.
        """);
    Speaker first = speakerSaying(x, "the line to the valley would be repaired");
    assertThat(speakerSaying(x, "crews had reached the pylons")).isEqualTo(first);
    assertThat(first.kind()).isEqualTo(SpeakerKind.ORGANIZATION);
  }

  /** "bint" (daughter of) stands inside an Arabic name, as "bin" does. */
  @Test
  void bintStandsInsideAName() {
    Extraction x = EXTRACTOR.extract("""
        Gas field

        Dr. Maryam bint Khalid Al Harthy, a geologist, said the field was larger than thought. \
        Dr. Maryam added that drilling would start next year.
        """);
    Speaker first = speakerSaying(x, "the field was larger than thought");
    assertThat(first.name()).isEqualTo("Maryam bint Khalid Al Harthy");
    assertThat(speakerSaying(x, "drilling would start next year")).isEqualTo(first);
  }

  /** A lone surname is the paternal one of a double surname named before, not a later namesake. */
  @Test
  void aLoneSurnameIsTheFirstOfADoubleSurnameNamedBefore() {
    Extraction x = EXTRACTOR.extract("""
        Port dispute

        Deputy Lorena Quiroga Bastidas opposed the concession. Quiroga said the contract \
        favoured one bidder. Hernán Quiroga, a shipping analyst, said the port needed investment.

        "The cranes are thirty years old," said harbour master Inés Valdés Ochoa. Councillor \
        Tomás Ochoa Rivas was unconvinced. "Nobody has shown us the figures," Ochoa said.
        """);
    assertThat(speakerSaying(x, "the contract favoured one bidder").name())
        .isEqualTo("Lorena Quiroga Bastidas");
    assertThat(speakerSaying(x, "Nobody has shown us the figures").name())
        .isEqualTo("Tom\u00E1s Ochoa Rivas");
  }

  /** A hyphenated given name has its parts' gender: "she" is not "Marc-Olivier". */
  @Test
  void aHyphenatedGivenNameHasTheGenderOfItsParts() {
    Extraction x = EXTRACTOR.extract("""
        Rail talks

        "We are not striking for fun," said Dominique Garnier.

        The operator's chief executive, Marc-Olivier Rolland, said the offer was generous.

        That remark drew an angry reply from Garnier. "Generous? Hardly," she said.
        """);
    assertThat(speakerSaying(x, "Generous? Hardly").name()).isEqualTo("Dominique Garnier");
  }

  /** "A resident of X reached by telephone said": the resident, not the telephone. */
  @Test
  void aParticipleAfterAPlaceHangsOnTheNounBeforeIt() {
    Extraction x = EXTRACTOR.extract("""
        Curfew

        A shopkeeper in Vilaverde contacted by telephone said most stores had shut by noon.
        """);
    assertThat(speakerSaying(x, "most stores had shut by noon").name())
        .isEqualTo("A shopkeeper in Vilaverde contacted by telephone");
  }

  /** "drafted by X and seen by Y": the issuer is X alone. */
  @Test
  void anIssuerPhraseEndsAtASecondParticiple() {
    Extraction x = EXTRACTOR.extract("""
        Audit

        The memo, written by the city's audit office and obtained by the Harbour Gazette, \
        found that 12 contracts had no tender.
        """);
    assertThat(speakerSaying(x, "12 contracts had no tender").name())
        .isEqualTo("city's audit office");
  }

  /** A post with its field before a name: "Minister for Ports Tavita Leaupepe" is Leaupepe. */
  @Test
  void aPostWithAFieldBeforeANameIsNoPartOfIt() {
    Extraction x = EXTRACTOR.extract("""
        Wharf plan

        Minister for Ports and Harbours Tavita Leaupepe said the wharf would be rebuilt. \
        "We have the money," Leaupepe said.

        Leader of the Opposition R. Faleolo said the plan was rushed.

        Minister of Fisheries, Forests and Lands Iosefa Tuilagi said the reef was protected. The \
        spokesman for the Commander of the Police, Assistant Commissioner Mele Fifita, said \
        patrols would continue.
        """);
    assertThat(speakerSaying(x, "the wharf would be rebuilt").name())
        .isEqualTo("Tavita Leaupepe");
    assertThat(speakerSaying(x, "We have the money").name()).isEqualTo("Tavita Leaupepe");
    assertThat(speakerSaying(x, "the plan was rushed").name()).isEqualTo("R. Faleolo");
    assertThat(speakerSaying(x, "the reef was protected").name()).isEqualTo("Iosefa Tuilagi");
    assertThat(speakerSaying(x, "patrols would continue").aliases())
        .noneMatch(a -> a.startsWith("Commander of the Police"));
  }

  /** "Counsel to the family, Barrister X, told": the name after the complement, not the last. */
  @Test
  void aRoleWithAComplementThenANameIsThatPerson() {
    Extraction x = EXTRACTOR.extract("""
        Land case

        Chief Adebayo Olatunde said the land belonged to the village. Counsel to Orile \
        community, Barrister Ifeoma Nwachukwu, told reporters that the appeal would be heard \
        in March.
        """);
    assertThat(speakerSaying(x, "the appeal would be heard in March").name())
        .isEqualTo("Ifeoma Nwachukwu");
  }

  /** "The Shadow Minister for Health" is a post, no organisation "the bank" may be. */
  @Test
  void aShadowTitleIsNoOrganisation() {
    Extraction x = EXTRACTOR.extract("""
        Clinic fees

        The Shadow Minister for Health, Hon. Grace Achieng, said she would table a motion. In \
        a statement, the central bank said it was watching prices.
        """);
    assertThat(speakerSaying(x, "it was watching prices").name())
        .isNotEqualTo("Shadow Minister").isNotEqualTo("Grace Achieng");
  }

  /** "on its Facebook page": a name modifying a noun after "its" is no company the text named. */
  @Test
  void aNameAfterAPossessiveModifyingANounIsNoAntecedent() {
    Extraction x = EXTRACTOR.extract("""
        Tank failure

        Ward nurses raised the alarm at 3am. In a statement posted on its Facebook page, the \
        company said the tank had passed all inspections.
        """);
    assertThat(speakerSaying(x, "the tank had passed all inspections").name())
        .isNotEqualTo("Facebook");
  }

  /** "Sporting Kelvedon ... the club said": a sports club's name word makes it a club. */
  @Test
  void aSportsClubNamedBeforeIsTheClub() {
    Extraction x = EXTRACTOR.extract("""
        Coach out

        Sporting Kelvedon dismissed coach Aldo Ferri on Sunday after six defeats. "We wish Aldo \
        well," the club said in a statement.
        """);
    assertThat(speakerSaying(x, "We wish Aldo well").name()).isEqualTo("Sporting Kelvedon");
  }

  /** "Minya Governor Major General X" gives X the governor's post as well as the rank. */
  @Test
  void aPostBeforeAMilitaryRankIsARoleToo() {
    Extraction x = EXTRACTOR.extract("""
        Bridge reopens

        Minya Governor Major General Tarek Fawzi Hamdan inspected the bridge on Sunday. The \
        governor said traffic would resume by noon.
        """);
    assertThat(speakerSaying(x, "traffic would resume by noon").name())
        .isEqualTo("Tarek Fawzi Hamdan");
  }

  /** "Ben Salah" after "Karim Ben Salah": a family name of two words, one person. */
  @Test
  void aTwoWordFamilyNameAloneIsThePersonNamedInFull() {
    Extraction x = EXTRACTOR.extract("""
        Port strike

        Karim Ben Salah, the union's secretary-general, said dockers would walk out. "We have \
        no choice," Ben Salah said.
        """);
    Speaker first = speakerSaying(x, "dockers would walk out");
    assertThat(first.name()).isEqualTo("Karim Ben Salah");
    assertThat(speakerSaying(x, "We have no choice")).isEqualTo(first);
  }

  /** "The contractor, Orion Medical Gases, denied": a plural noun after an adjective ends it. */
  @Test
  void aFirmNameEndingInAnAdjectiveAndAPluralIsWhole() {
    Extraction x = EXTRACTOR.extract("""
        Oxygen shortage

        The contractor, Orion Medical Gases, denied any responsibility. In a statement, the \
        company said the tank had passed all inspections.
        """);
    assertThat(speakerSaying(x, "the tank had passed all inspections").name())
        .isEqualTo("Orion Medical Gases");
  }

  /** "said one elderly man": an adjective in -ly the tagger reads as an adverb stays in. */
  @Test
  void anAdjectiveInLyKeepsAnInvertedSourceWhole() {
    Extraction x = EXTRACTOR.extract("""
        Bus route

        Passengers were split. "The new timetable suits nobody," said one elderly man who \
        declined to be named.
        """);
    assertThat(speakerSaying(x, "The new timetable suits nobody").name())
        .isEqualTo("one elderly man");
  }

  /** "Esporte Clube X": a club's name in Portuguese is an organisation's, "the club" after. */
  @Test
  void aClubNamedInItsOwnLanguageIsTheClub() {
    Extraction x = EXTRACTOR.extract("""
        Coach sacked

        Esporte Clube Vilamar dismissed its coach on Sunday. The club said in a statement that \
        a successor would be named this week.
        """);
    assertThat(speakerSaying(x, "a successor would be named this week").name())
        .isEqualTo("Esporte Clube Vilamar");
  }

  /** "Doña", "Comrade", "Rector" and "Oba" are no part of a name; a confederation is a body. */
  @Test
  void regionalStylesAndPostsStayOutOfTheName() {
    Extraction x = EXTRACTOR.extract("""
        Town meeting

        "The square flooded twice," said Doña Rosario Vela, 68. Comrade Tunde Bakare said \
        the drivers would strike. Rector Liisa Korpela said lectures would resume. Oba Kayode \
        Adebanjo said the palace would mediate. The Oba urged calm.

        The General Confederation of Dockers (CGD) said the port would close.
        """);
    assertThat(speakerSaying(x, "The square flooded twice").name()).isEqualTo("Rosario Vela");
    assertThat(speakerSaying(x, "the drivers would strike").name()).isEqualTo("Tunde Bakare");
    assertThat(speakerSaying(x, "lectures would resume").name()).isEqualTo("Liisa Korpela");
    assertThat(speakerSaying(x, "calm").name()).isEqualTo("Kayode Adebanjo");
    assertThat(speakerSaying(x, "the port would close").name())
        .isEqualTo("General Confederation of Dockers");
  }

  /** "Arango" of two double surnames: the one named before it, or named most often. */
  @Test
  void aSharedInnerSurnameIsThePersonNamedBeforeIt() {
    Extraction x = EXTRACTOR.extract("""
        Vendors ruling

        The decree was signed by Mayor Tomás Ibarra Quintana. Ibarra said he respected the \
        ruling. Magistrate Lucía Ibarra Soto wrote the dissent. She is not related to the mayor.
        """);
    assertThat(speakerSaying(x, "he respected the ruling").name())
        .isEqualTo("Tom\u00E1s Ibarra Quintana");
  }

  static Speaker speakerOf(Extraction x, String source) {
    Quote q = x.quotes().stream()
        .filter(c -> c.source().map(Span::text).orElse("").equals(source))
        .findFirst().orElseThrow(() -> new AssertionError("no quote with source '" + source
            + "' in " + x.quotes()));
    return x.speakerOf(q).orElseThrow(() -> new AssertionError("no speaker for " + q));
  }
}
