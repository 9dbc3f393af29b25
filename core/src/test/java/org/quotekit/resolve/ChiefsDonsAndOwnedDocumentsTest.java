package org.quotekit.resolve;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quotekit.resolve.DefaultSpeakerResolverTest.extractWith;
import static org.quotekit.resolve.DefaultSpeakerResolverTest.speakerSaying;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.quotekit.Extraction;
import org.quotekit.Speaker;
import org.quotekit.SpeakerKind;

/**
 * An interview whose introduction says "she spoke to us" after naming someone else; a coach who
 * "spoke to reporters", whose "Question:" turns are theirs and stay whole; a "JOURNALIST:" label
 * that is no one the text gave the role, and a headline's "Podcast:" that is no speaker; an "A:" no
 * one named answers; a noble referred back to as "the noble" and a professor as "the don"; Samoan
 * honorifics and a Tokelauan "Faipule" before a name; "their union says" in a lead above the
 * union's name; a body opening a lead past a "---" dateline or after "Leaders of", which issues the
 * communiqué after it; a document a participle phrase follows ("The report released at the close of
 * the review in Halden said"); a document its owner's possessive names ("the committee's report",
 * "the judges' citation"); under both bundled extractors.
 */
class ChiefsDonsAndOwnedDocumentsTest {

  /**
   * "..., her partner, Owen Price, she spoke to us": "she" is the one the introduction is
   * about, who answers, not the man named just before the pronoun.
   */
  @ParameterizedTest
  @ValueSource(strings = {"model", "rules"})
  void aPronounThatSpokeToUsAnswersTheInterview(String extractor) {
    Extraction x = extractWith(extractor, """
        Thirty years of paintings

        Ruth Kendall opened the Kendall Gallery in a former bakery in 1994. Before she passes \
        it to her business partner, Owen Price, she spoke to us about artists, buyers and \
        the art of saying no.

        Q: What did the first year look like?

        A: Empty walls and a lot of unpaid bills. We sold four paintings before Christmas.

        Q: And today?

        A: Today we turn away three artists a week, which still breaks my heart.
        """);
    assertThat(speakerSaying(x, "Empty walls").name()).isEqualTo("Ruth Kendall");
    assertThat(speakerSaying(x, "turn away three artists").name()).isEqualTo("Ruth Kendall");
  }

  /**
   * "X spoke to reporters after the defeat to Y" makes X the one who answers, not the club named
   * after the verb, and the "Question:" turns an unnamed reporter's; a question's "do you
   * explain" inside such a turn reports nothing and leaves the turn whole.
   */
  @ParameterizedTest
  @ValueSource(strings = {"model", "rules"})
  void aCoachWhoSpokeToReportersAnswersTheirQuestions(String extractor) {
    Extraction x = extractWith(extractor, """
        Coach looks back on cup exit

        Harbour City coach Marta Lindqvist spoke to reporters after Sunday's 3-0 defeat to \
        Eastport Rovers.

        Question: How do you explain the first twenty minutes?

        Lindqvist: We were asleep. You cannot start like that in a cup tie.

        Question: Will the players be fined?

        Lindqvist: That stays in the dressing room.
        """);
    Speaker asker = speakerSaying(x, "first twenty minutes");
    assertThat(asker.name()).isEqualTo("reporter");
    assertThat(speakerSaying(x, "players be fined").name()).isEqualTo("reporter");
    assertThat(speakerSaying(x, "We were asleep").name()).isEqualTo("Marta Lindqvist");
    assertThat(x.quotes()).filteredOn(q -> q.content().text().contains("first twenty"))
        .singleElement().satisfies(q -> assertThat(q.content().text())
            .isEqualTo("How do you explain the first twenty minutes?"));
  }

  /**
   * "JOURNALIST:" is no one the text gave that role, not the prime minister who spoke in the turn
   * before; "PRIME MINISTER:" is the prime minister; a headline's "Podcast:" names the kind of
   * piece, not a speaker.
   */
  @ParameterizedTest
  @ValueSource(strings = {"model", "rules"})
  void roleLabelsNameOnlyWhomTheTextGaveTheRole(String extractor) {
    Extraction x = extractWith(extractor, """
        Podcast: the premier on floods

        Premier Nadia Brennan spoke at a press conference in Hobart on Friday. This is an \
        edited transcript.

        PREMIER: Thanks for coming. We are releasing 80 million dollars for flood repairs.

        JOURNALIST: Premier, will the money reach farmers before winter?

        PREMIER: It will. The first payments go out next week.

        JOURNALIST: Is that enough for the Derwent valley?

        PREMIER: It is a start, and we will do more.
        """);
    assertThat(speakerSaying(x, "80 million dollars").name()).isEqualTo("Nadia Brennan");
    assertThat(speakerSaying(x, "first payments go out").name()).isEqualTo("Nadia Brennan");
    assertThat(speakerSaying(x, "reach farmers before winter").name())
        .isNotEqualTo("Nadia Brennan");
    assertThat(speakerSaying(x, "enough for the Derwent").name()).isNotEqualTo("Nadia Brennan");
    assertThat(x.quotes()).noneMatch(q -> q.content().text().contains("premier on floods"));
  }

  /** "A:" with no one the introduction names to answer is one unnamed interviewee, not "A". */
  @ParameterizedTest
  @ValueSource(strings = {"model", "rules"})
  void anAnswerLabelWithNoOneNamedIsAnUnnamedInterviewee(String extractor) {
    Extraction x = extractWith(extractor, """
        Ask the expert

        We put readers' questions about pensions to a financial adviser.

        Q: Should I take my pension as a lump sum?

        A: Only if you have a plan for it. Most people spend it too quickly.
        """);
    Speaker answers = speakerSaying(x, "Only if you have a plan");
    assertThat(answers.name()).isEqualTo("interviewee");
    assertThat(answers.kind()).isEqualTo(SpeakerKind.UNKNOWN);
  }

  /** "the noble" is the lord named before it; "the don" the professor the text named so. */
  @ParameterizedTest
  @ValueSource(strings = {"model", "rules"})
  void theNobleAndTheDonReferBackByRole(String extractor) {
    Extraction x = extractWith(extractor, """
        Estate opens its gardens

        Lord Fakafanua welcomed the first visitors to the estate on Saturday. "These gardens \
        belong to the whole island," the noble said.

        A professor of botany, Prof. Chidi Okafor, described the collection as "a living \
        library". The don said, "Half of these trees grow nowhere else in the region."
        """);
    assertThat(speakerSaying(x, "belong to the whole island").name()).isEqualTo("Fakafanua");
    assertThat(speakerSaying(x, "grow nowhere else").name()).isEqualTo("Chidi Okafor");
  }

  /** "Afioga" and "Susuga" are honorifics, "Faipule" a title: none is part of the name. */
  @ParameterizedTest
  @ValueSource(strings = {"model", "rules"})
  void samoanHonorificsAndAFaipuleStayOutOfTheName(String extractor) {
    Extraction x = extractWith(extractor, """
        Atolls ask for a seat at the table

        The Minister of Fisheries, Afioga Tuala Sefo Lemalu, said the new boats would arrive \
        in March.

        The Ulu-o-Tokelau, Faipule Ioane Kele, said the atolls needed their own share of the \
        fund. "We are three atolls and one boat," Faipule Kele said.
        """);
    assertThat(speakerSaying(x, "new boats would arrive").name()).isEqualTo("Tuala Sefo Lemalu");
    assertThat(speakerSaying(x, "their own share").name()).isEqualTo("Ioane Kele");
    assertThat(speakerSaying(x, "three atolls and one boat").name()).isEqualTo("Ioane Kele");
  }

  /** "..., their union says" in a lead is the union the next sentence names. */
  @ParameterizedTest
  @ValueSource(strings = {"model", "rules"})
  void theirUnionInALeadIsTheUnionNamedNext(String extractor) {
    Extraction x = extractWith(extractor, """
        Bus drivers give strike notice

        LAUTOKA - More than 200 bus drivers could stop work next week unless back pay owed \
        since March is settled, their union says.

        The Transport Workers Union of Viti (TWUV) said it had written to the operators on \
        Monday.
        """);
    assertThat(speakerSaying(x, "could stop work next week").name())
        .isEqualTo("Transport Workers Union of Viti");
  }

  /**
   * A document a participle phrase follows, up to the cue, is the source, not the place or
   * meeting inside the phrase; a participle that is the sentence's own verb before a cue in
   * "-ing" ("The hearing ended with Maddox asking") leaves the name the source.
   */
  @ParameterizedTest
  @ValueSource(strings = {"model", "rules"})
  void aDocumentAParticipleFollowsIsTheSource(String extractor) {
    Extraction x = extractWith(extractor, """
        Review backs harbour plan

        The report released at the close of the annual review in Halden said the harbour \
        needed a new wall within five years.

        The communiqué issued after the summit in Apia said leaders would meet again in June.

        The hearing ended with Senator Ruth Maddox asking whether the money had been spent.
        """);
    assertThat(speakerSaying(x, "needed a new wall").kind()).isEqualTo(SpeakerKind.DOCUMENT);
    assertThat(speakerSaying(x, "needed a new wall").name()).doesNotContain("Halden")
        .startsWith("report");
    assertThat(speakerSaying(x, "would meet again").kind()).isEqualTo(SpeakerKind.DOCUMENT);
    assertThat(speakerSaying(x, "would meet again").name()).startsWith("communiqué");
    assertThat(speakerSaying(x, "money had been spent").name()).isEqualTo("Ruth Maddox");
  }

  /**
   * A Pacific wire's dateline ends in "---": the body that opens the lead after it issues the
   * communiqué the next paragraph quotes.
   */
  @ParameterizedTest
  @ValueSource(strings = {"model", "rules"})
  void aBodyAfterATripleDashDatelineIssuesTheCommunique(String extractor) {
    Extraction x = extractWith(extractor, """
        Ministers back tuna deal

        HONIARA, 3 MARCH (PACNEWS) --- Western Pacific Fisheries Council (WPFC) ministers \
        have agreed to cut the bigeye tuna catch by a tenth over three years.

        The communiqué said member states would review the cut in 2028.
        """);
    assertThat(speakerSaying(x, "review the cut").name())
        .isEqualTo("Western Pacific Fisheries Council");
  }

  /**
   * "Leaders of the ten-nation X" opening the lead: X issues the final communiqué the next
   * paragraph quotes, not its leaders as a group of no name.
   */
  @ParameterizedTest
  @ValueSource(strings = {"model", "rules"})
  void aBodyWhoseLeadersOpenTheLeadIssuesTheCommunique(String extractor) {
    Extraction x = extractWith(extractor, """
        Summit agrees river patrols

        Leaders of the ten-nation Basin Cooperation Council (BCC) agreed on Friday to set up \
        joint river patrols, but a final communiqué left the cost open.

        "Member states will share the burden fairly," the communiqué said.
        """);
    assertThat(speakerSaying(x, "share the burden").name())
        .isEqualTo("Basin Cooperation Council");
  }

  /**
   * "The committee's report" is the committee's, named by its noun when the text names no
   * committee; "the judges' citation" the judges'.
   */
  @ParameterizedTest
  @ValueSource(strings = {"model", "rules"})
  void anOwnersPossessiveIssuesItsDocument(String extractor) {
    Extraction x = extractWith(extractor, """
        Prize goes to a debut

        A first novel set on a fishing boat won the award on Thursday.

        The judges' citation praised its "patient, salt-stung prose".

        The committee's report said the prize would double next year.
        """);
    Speaker judges = speakerSaying(x, "salt-stung prose");
    assertThat(judges.name()).isEqualTo("judges");
    assertThat(judges.kind()).isEqualTo(SpeakerKind.GROUP);
    Speaker committee = speakerSaying(x, "would double next year");
    assertThat(committee.name()).isEqualTo("committee");
    assertThat(committee.kind()).isEqualTo(SpeakerKind.ORGANIZATION);
  }
}
