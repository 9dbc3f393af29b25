package org.quotekit.resolve;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quotekit.resolve.DefaultSpeakerResolverTest.extractWith;
import static org.quotekit.resolve.DefaultSpeakerResolverTest.speakerSaying;

import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.quotekit.Extraction;
import org.quotekit.Speaker;
import org.quotekit.SpeakerKind;

/**
 * People referred back to by the age the text gave them, families and relatives sharing a name,
 * news outlets named by "the paper", a dotted acronym, "his office", and the openings and
 * datelines that are no speaker, under both bundled extractors.
 */
class AgesFamiliesAndOutletsTest {
  /**
   * "the 61-year-old councillor", "the nonagenarian", "the 100-year-old": the person whose age
   * the text gave (after the name, before it, or by a birthday), not the one quoted last.
   */
  @ParameterizedTest
  @ValueSource(strings = {"model", "rules"})
  void anAgeGoesToThePersonTheTextGaveIt(String extractor) {
    Extraction x = extractWith(extractor, """
        Ward hearing

        Councillor Dermot Quill, 61, criticised the housing officer Nuala Brandt. "The waiting \
        list is a scandal," Brandt said. The 61-year-old councillor told the hearing that he had \
        never missed a meeting.

        The longest-serving volunteer, 94-year-old Ottilie Franck, was given the first slice of \
        cake. The nonagenarian said the club had kept her young.

        Greta Lindqvist had one wish for her 100th birthday on Sunday: a quiet lunch. Her \
        youngest son, Anders Lindqvist, said she still swam every morning. The 100-year-old said \
        the secret was cold water.
        """);
    assertThat(speakerSaying(x, "never missed a meeting").name()).isEqualTo("Dermot Quill");
    assertThat(speakerSaying(x, "the club had kept her young").name())
        .isEqualTo("Ottilie Franck");
    assertThat(speakerSaying(x, "the secret was cold water").name())
        .isEqualTo("Greta Lindqvist");
  }

  /**
   * "Born in Hull in 1931, X won ...": the participle opening the sentence is no name, and "she"
   * after it is X.
   */
  @ParameterizedTest
  @ValueSource(strings = {"model", "rules"})
  void aPastParticipleOpeningASentenceIsNoName(String extractor) {
    Extraction x = extractWith(extractor, """
        Botanist dies

        Born in Hull in 1931, Pell won a place at Reading. She later recalled that the \
        greenhouse had been "the only warm room in the building".
        """);
    assertThat(speakerSaying(x, "the greenhouse had been").name()).isEqualTo("Pell");
    assertThat(x.speakers()).noneMatch(s -> s.name().equals("Born"));
  }

  /**
   * "the paper" and "the newspaper" stand for the outlet the text introduced as one ("the weekly
   * Der Landbote", "the regional daily Kurier-Ost"), though no word of its name says so.
   */
  @ParameterizedTest
  @ValueSource(strings = {"model", "rules"})
  void thePaperIsTheOutletTheTextIntroducedAsOne(String extractor) {
    Extraction x = extractWith(extractor, """
        Press review

        The weekly Der Landbote said the bridge tolls were "a tax on commuters".

        "Nobody voted for this," the paper wrote.

        The regional daily Kurier-Ost reported that the ferry would stop in May. The newspaper \
        said the operator had lost money for years.
        """);
    assertThat(speakerSaying(x, "Nobody voted for this").name()).isEqualTo("Der Landbote");
    assertThat(speakerSaying(x, "the operator had lost money").name()).isEqualTo("Kurier-Ost");
  }

  /**
   * A plural noun for people opening a sentence ("Brothers Tom and Ben Ashby") is no part of a
   * name; a family in the plural ("the Ashbys", "The Ashbys' son, Rory,") is no person who says
   * "he", and the son named in apposition speaks.
   */
  @ParameterizedTest
  @ValueSource(strings = {"model", "rules"})
  void relativesAreNotTheirFamilysName(String extractor) {
    Extraction x = extractWith(extractor, """
        Lifeboat appeal

        Neil Ashby, 63, was winched from the water on Sunday.

        Brothers Tom and Ben Ashby ran a stall at the quay. Tom said they had raised $480.

        The Ashbys' son, Rory, who also crews the lifeboat, said he had not slept. "The whole \
        quay was out," he said.

        A longtime neighbour of the Ashbys said he had fished with Neil Ashby for years. "He would \
        have done the same for any of us," he said.
        """);
    assertThat(speakerSaying(x, "they had raised").name()).isEqualTo("Tom Ashby");
    assertThat(speakerSaying(x, "he had not slept").name()).isEqualTo("Rory");
    assertThat(speakerSaying(x, "The whole quay was out").name()).isEqualTo("Rory");
    assertThat(speakerSaying(x, "He would have done the same").name())
        .isEqualTo("A longtime neighbour of the Ashbys");
  }

  /**
   * An acronym written with dots ("the F.C.C.") is the body named in full; "His office" speaks
   * for the person "his" stands for.
   */
  @ParameterizedTest
  @ValueSource(strings = {"model", "rules"})
  void aDottedAcronymAndAPersonsOffice(String extractor) {
    Extraction x = extractWith(extractor, """
        Spectrum fight

        The chief executive of Norcell Wireless, Dana Pruett, blamed the Federal Communications \
        Commission. A senator noted that Norcell had sold fewer phones than its rivals. The \
        F.C.C. said in a letter that licences had been issued on time.

        Gov. Harlan Moody cannot block the sale. His office said the governor "will be watching \
        closely."
        """);
    assertThat(speakerSaying(x, "licences had been issued").name())
        .isEqualTo("Federal Communications Commission");
    assertThat(speakerSaying(x, "will be watching").name()).contains("Harlan Moody");
  }

  /**
   * A dateline whose agency in capitals closes it with no dash ("PUNE, Mar 4 (PTI)") is no
   * speaker; nor is a time between the subject and its verb ("on Tuesday") the subject.
   */
  @ParameterizedTest
  @ValueSource(strings = {"model", "rules"})
  void aDatelineWithoutADashAndATimeBeforeTheVerb(String extractor) {
    Extraction x = extractWith(extractor, """
        Ministry denies report

        PUNE, Mar 4 (PTI) The Water Resources Ministry on Tuesday dismissed as "false and \
        baseless" a report in a Marathi weekly.
        """);
    assertThat(speakerSaying(x, "false and baseless").name())
        .isEqualTo("Water Resources Ministry");
  }

  /**
   * A source with a long apposition between a quotation and "told" ("..., Democrat of Ohio and
   * the chairman of the Finance Committee's tax panel, told"), and one set off by commas after a
   * reported clause ("..., his daughter, Ines Carvalho, told The Associated Press"), speaks; the
   * noun after "told" only heard it.
   */
  @ParameterizedTest
  @ValueSource(strings = {"model", "rules"})
  void aSubjectWithAnAppositionSpeaksAndTheAddresseeOnlyHears(String extractor) {
    Extraction x = extractWith(extractor, """
        Hearing and obituary

        WASHINGTON \u2014 "You sold policies you knew you would never pay," Senator Walt \
        Brennick, Democrat of Ohio and the chairman of the Finance Committee's tax panel, told \
        the insurers.

        Carvalho died on Sunday at his home in Fall River, his daughter, Ines Carvalho, told The \
        Associated Press.
        """);
    assertThat(speakerSaying(x, "You sold policies").name()).isEqualTo("Walt Brennick");
    assertThat(speakerSaying(x, "died on Sunday").name()).isEqualTo("Ines Carvalho");
  }

  /**
   * An occupation the lexicon does not know as a post ("the retired stonemason") stands for the
   * one person the sentence before introduced, though no one was quoted yet.
   */
  @ParameterizedTest
  @ValueSource(strings = {"model", "rules"})
  void anEpithetContinuesThePersonTheSentenceBeforeIntroduced(String extractor) {
    Extraction x = extractWith(extractor, """
        New district

        Odile Marchetti, 71, has lived in north Millbrook for forty years. The retired \
        stonemason said her street had been moved into another district.
        """);
    assertThat(speakerSaying(x, "her street had been moved").name())
        .isEqualTo("Odile Marchetti");
  }

  /**
   * "said on condition of anonymity" reports what was said ("spoke on condition of anonymity"
   * does not); an interview "with business channel X broadcast on Tuesday" is no clause after
   * the cue, so the words before it are what was said.
   */
  @ParameterizedTest
  @ValueSource(strings = {"model", "rules"})
  void saidOnConditionOfAnonymityAndAnInterviewBroadcastLater(String extractor) {
    Extraction x = extractWith(extractor, """
        Port land

        The Harbour Lands Corporation (HLC) defended the sale. "The bids were opened in public," \
        an HLC official said on condition of anonymity.

        Chile's central bank will hold rates steady to bring prices back under control, central \
        bank governor Tomas Ibarra said in an interview with business channel Infomercado \
        broadcast on Tuesday.
        """);
    assertThat(speakerSaying(x, "The bids were opened").name())
        .isEqualToIgnoringCase("an HLC official");
    assertThat(speakerSaying(x, "will hold rates steady").name()).isEqualTo("Tomas Ibarra");
  }

  /**
   * A lawsuit's filer named after a long participle phrase (", filed in federal court in
   * Savannah by the Georgia Coalition for Fair Rents and three tenants, claims") issues it; a
   * vote between "ruled" and "that" ("ruled 5-4 that") is no part of what the court said.
   */
  @ParameterizedTest
  @ValueSource(strings = {"model", "rules"})
  void aFilerFarAfterItsLawsuitAndAVoteBeforeThat(String extractor) {
    Extraction x = extractWith(extractor, """
        Rent cap

        ATLANTA \u2014 The lawsuit, filed in federal court in Savannah by the Georgia Coalition \
        for Fair Rents and three individual tenants, claims the ordinance violates the Fair \
        Housing Act.
        """);
    assertThat(speakerSaying(x, "the ordinance violates").name())
        .isEqualTo("Georgia Coalition for Fair Rents");
    Extraction ruling = extractWith("rules", """
        Ruling

        The state Supreme Court ruled 5-4 that the ordinance "reaches far beyond the city's \
        powers" and struck it down.
        """);
    assertThat(ruling.quotes()).anyMatch(q -> q.content().text().startsWith("the ordinance"));
  }

  /**
   * A body described in small letters with its acronym in brackets ("The Tasmanian rural water
   * authority (RWA)") is the organisation the acronym alone names later, which is one of its
   * names.
   */
  @ParameterizedTest
  @ValueSource(strings = {"model", "rules"})
  void anAcronymInBracketsAfterADescriptionNamesItsBody(String extractor) {
    Extraction x = extractWith(extractor, """
        Dam levels

        The Tasmanian rural water authority (RWA) said the dam was at a record low. The RWA \
        urged farmers to cut their use by a third.
        """);
    Speaker s = speakerSaying(x, "the dam was at a record low");
    assertThat(speakerSaying(x, "to cut their use")).isEqualTo(s);
    assertThat(s.kind()).isEqualTo(SpeakerKind.ORGANIZATION);
    assertThat(Stream.concat(Stream.of(s.name()), s.aliases().stream())).contains("RWA");
  }

  /**
   * People a medium asked ("Legal experts consulted by the weekly Tageblatt") speak; the one
   * who asked them is no speaker.
   */
  @ParameterizedTest
  @ValueSource(strings = {"model", "rules"})
  void theOnesAskedSpeakNotTheOneWhoAsked(String extractor) {
    Extraction x = extractWith(extractor, """
        Quarry ruling

        Legal experts consulted by the weekly Tageblatt said the ruling would be hard to \
        overturn.
        """);
    assertThat(speakerSaying(x, "hard to overturn").name()).startsWith("Legal experts");
  }
}
