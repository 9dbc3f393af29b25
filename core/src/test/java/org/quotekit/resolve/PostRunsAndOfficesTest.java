package org.quotekit.resolve;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quotekit.resolve.DefaultSpeakerResolverTest.extractWith;
import static org.quotekit.resolve.DefaultSpeakerResolverTest.speakerSaying;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.quotekit.Extraction;

/**
 * Posts written before a name ("president and CEO X", "county extension educator X", "Local
 * MPP X", "Const. X") and offices that later stand for their holder ("the Tánaiste", "the
 * peer"), under both bundled extractors.
 */
class PostRunsAndOfficesTest {
  /** Two posts joined by "and", or a post the tagger misread, before a name: the name speaks. */
  @ParameterizedTest
  @ValueSource(strings = {"model", "rules"})
  void postsBeforeANameLeaveTheName(String extractor) {
    Extraction x = extractWith(extractor, """
        Plant closing

        "We did everything we could," said Harlow Foods president and CEO Denise Carrow in a \
        statement.

        The fair drew 40,000 people, according to county extension agent Raymond Tull.

        Local MPP Farah Quigley told the station the plant must stay open.

        The roads were shut by 6:40 a.m., Const. Pavel Lindqvist said.
        """);
    assertThat(speakerSaying(x, "We did everything we could").name())
        .isEqualTo("Denise Carrow");
    assertThat(speakerSaying(x, "The fair drew 40,000 people").name()).isEqualTo("Raymond Tull");
    assertThat(speakerSaying(x, "the plant must stay open").name()).isEqualTo("Farah Quigley");
    assertThat(speakerSaying(x, "The roads were shut").name()).isEqualTo("Pavel Lindqvist");
  }

  /** "The Tánaiste" and "the peer" stand for the one holder the text named by that office. */
  @ParameterizedTest
  @ValueSource(strings = {"model", "rules"})
  void irishAndBritishOfficesStandForTheirHolders(String extractor) {
    Extraction x = extractWith(extractor, """
        Housing figures

        Tánaiste Orla Fennelly defended the figures on Tuesday. The Tánaiste added: "Nobody in \
        Government is content with these numbers."

        Lord Ashcombe said the rise was overstated. "It is a matter of arithmetic," the peer \
        told the Lords.
        """);
    assertThat(speakerSaying(x, "Nobody in Government is content").name())
        .isEqualTo("Orla Fennelly");
    assertThat(speakerSaying(x, "It is a matter of arithmetic").name()).contains("Ashcombe");
  }

  /** "Treasurer", "Archbishop", "Gogo" and "MK" before a name are no part of it. */
  @ParameterizedTest
  @ValueSource(strings = {"model", "rules"})
  void postsAndCourtesyWordsBeforeANameAreNoPartOfIt(String extractor) {
    Extraction x = extractWith(extractor, """
        Budget day

        Treasurer Alannah Corbett said the deficit would narrow. Ms Corbett said wages would rise.

        Archbishop Tomasz Wierzba said the appeal had raised $2 million.

        Gogo Nomvula Zwane, who turned 101 on Sunday, said she still walks to church.

        MK Yael Shachar said the committee would meet again.
        """);
    assertThat(speakerSaying(x, "the deficit would narrow").name()).isEqualTo("Alannah Corbett");
    assertThat(speakerSaying(x, "wages would rise").name()).isEqualTo("Alannah Corbett");
    assertThat(speakerSaying(x, "the appeal had raised").name()).isEqualTo("Tomasz Wierzba");
    assertThat(speakerSaying(x, "she still walks").name()).isEqualTo("Nomvula Zwane");
    assertThat(speakerSaying(x, "the committee would meet").name()).isEqualTo("Yael Shachar");
  }

  /**
   * A relative named by a first name after a kin noun its owner's takes the owner's family name:
   * "Dwyer's widow, Margaret", "Ms Okafor's mum Grace", "whose father Alexander".
   */
  @ParameterizedTest
  @ValueSource(strings = {"model", "rules"})
  void aRelativeNamedByAFirstNameAfterItsOwnerTakesTheFamilyName(String extractor) {
    Extraction x = extractWith(extractor, """
        Remembering the crew

        Captain Ron Ferris led the crew. Ferris's widow, Dorothy, said she had met him at a \
        dance in 1961.

        Bisi Adebayo won the seat. Ms Adebayo's mum Comfort, who was in the crowd, said: \
        "I could not be prouder."

        Isla Munro, whose father Duncan was among the crew, said the memorial was overdue.
        """);
    assertThat(speakerSaying(x, "she had met him").name()).isEqualTo("Dorothy Ferris");
    assertThat(speakerSaying(x, "I could not be prouder").name()).isEqualTo("Comfort Adebayo");
  }

  /**
   * "He" after a quotation of two sentences that opens its paragraph goes on from the subject of
   * the paragraph before, to whom a question was put ("Asked whether ..., President Mabanza
   * smiled"), not from the person quoted before that.
   */
  @ParameterizedTest
  @ValueSource(strings = {"model", "rules"})
  void heAfterAQuestionPutToSomeoneIsThatPerson(String extractor) {
    Extraction x = extractWith(extractor, """
        Summit ends

        "This is a real step," envoy Sigrun Aasheim said in a statement.

        Asked at the closing news conference whether the force could be ready by next year, \
        President Okonkwo laughed.

        "If the money comes, yes. If not, we will have a lovely communique," he said.
        """);
    assertThat(speakerSaying(x, "we will have a lovely communique").name()).contains("Okonkwo");
  }

  /** "Frenchman" or "Scotswoman" before a name describes the person and is no part of the name. */
  @ParameterizedTest
  @ValueSource(strings = {"model", "rules"})
  void aCountrymanBeforeANameIsNoPartOfIt(String extractor) {
    Extraction x = extractWith(extractor, """
        Tour stage

        Frenchman Lucien Garnier said the climb was brutal.

        The stage went to Scotswoman Isla Baird, who said she had trained all winter.
        """);
    assertThat(speakerSaying(x, "the climb was brutal").name()).isEqualTo("Lucien Garnier");
    assertThat(speakerSaying(x, "she had trained all winter").name()).isEqualTo("Isla Baird");
  }
}
