package org.quotekit.resolve;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quotekit.resolve.DefaultSpeakerResolverTest.extractWith;
import static org.quotekit.resolve.DefaultSpeakerResolverTest.speakerSaying;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.quotekit.Extraction;
import org.quotekit.SpeakerKind;

/**
 * Ages and home towns set beside a name, social networks that are no one, the roles of the arts
 * desks ("the actor", "the label"), a gendered description after a woman spoke, honorifics inside
 * long posts, professional titles with a period, and an apposition a cue was read inside, under
 * both bundled extractors.
 */
class AgesPlatformsAndRolesTest {
  /**
   * "X, 47, of Namoli said": the home town after the age is no speaker; "Tahere, 29, whose ...
   * said": a surname the tagger does not know, opening the sentence, is still the subject.
   */
  @ParameterizedTest
  @ValueSource(strings = {"model", "rules"})
  void anAgeAndAHomeTownBesideANameLeaveItTheSpeaker(String extractor) {
    Extraction x = extractWith(extractor, """
        Storm claims

        Ravinesh Prasad, 47, of Namoli said his claim was lodged two days after the cyclone.

        Asha Lal, 52, from Lautoka said the insurer had stopped answering her calls.

        Tahere, 29, whose collection won the poetry prize this year, said she had been called \
        worse by better writers.
        """);
    assertThat(speakerSaying(x, "his claim was lodged").name()).isEqualTo("Ravinesh Prasad");
    assertThat(speakerSaying(x, "the insurer had stopped").name()).isEqualTo("Asha Lal");
    assertThat(speakerSaying(x, "she had been called worse").name()).isEqualTo("Tahere");
  }

  /** A social network is no person: "he wrote" after "took to Instagram" is the singer. */
  @ParameterizedTest
  @ValueSource(strings = {"model", "rules"})
  void aSocialNetworkIsNoOneAPronounStandsFor(String extractor) {
    Extraction x = extractWith(extractor, """
        Tour off

        The singer Harjeet Dhaliwal cancelled the tour on Monday.

        The singer took to Instagram to apologise to his fans. "India, I am so sorry," he wrote.
        """);
    assertThat(speakerSaying(x, "I am so sorry").name()).isEqualTo("Harjeet Dhaliwal");
    assertThat(x.speakers()).filteredOn(s -> s.name().equals("Instagram"))
        .allMatch(s -> s.kind() != SpeakerKind.PERSON);
  }

  /** "An Instagram post" names where something was posted, no company "the company" may be. */
  @ParameterizedTest
  @ValueSource(strings = {"model", "rules"})
  void aNetworkPostedOnIsNoCompany(String extractor) {
    Extraction x = extractWith(extractor, """
        Refunds

        Brightwater Tours Ltd cancelled the festival bus service on Friday. The band had told \
        fans first in an Instagram post.

        "Fans do not need to take any action," the company said.
        """);
    assertThat(speakerSaying(x, "Fans do not need to take").name())
        .isEqualTo("Brightwater Tours Ltd");
    // with no company named, "the company" stays unnamed: the network is no company either
    Extraction y = extractWith(extractor, """
        Refunds

        The band told fans of the cancellation in an Instagram post on Monday.

        "Fans do not need to take any action," the company said.
        """);
    assertThat(speakerSaying(y, "Fans do not need to take").name()).isNotEqualTo("Instagram");
  }

  /** "The actor" may be a woman, and is the star the article named. */
  @ParameterizedTest
  @ValueSource(strings = {"model", "rules"})
  void theActorIsTheStarNamedBefore(String extractor) {
    Extraction x = extractWith(extractor, """
        Festival news

        The film stars Tessa Vanlandingham as the older sister.

        Vanlandingham laughed at the question. "She is being polite," the actor said.
        """);
    assertThat(speakerSaying(x, "She is being polite").name()).isEqualTo("Tessa Vanlandingham");
    Extraction y = extractWith(extractor, """
        Show cancelled

        Imogen Vasquez-Hale reposted the message on Sunday. "We were not told," the actor \
        wrote.
        """);
    assertThat(speakerSaying(y, "We were not told").name()).isEqualTo("Imogen Vasquez-Hale");
  }

  /**
   * "The label" is the record company, not the band named last; a company named only inside "a
   * spokesperson for X" is still one "the label" may stand for.
   */
  @ParameterizedTest
  @ValueSource(strings = {"model", "rules"})
  void theLabelIsNoBand(String extractor) {
    Extraction x = extractWith(extractor, """
        Band news

        Bassist Osman Adebayo said he would focus on his solo project, Low Tide Choir. A \
        spokesperson for Sundial Recordings said the label was proud of the group.

        "They were the first band we ever signed," the label said in a statement.
        """);
    assertThat(speakerSaying(x, "the first band we ever signed").name())
        .isEqualTo("Sundial Recordings");
  }

  /**
   * A cue read inside an apposition ("advocate" before a name) breaks no article: the rest of its
   * speakers are still resolved.
   */
  @ParameterizedTest
  @ValueSource(strings = {"model", "rules"})
  void aCueReadInsideAnAppositionLosesNoSpeaker(String extractor) {
    Extraction x = extractWith(extractor, """
        Court brief

        Judge Meera Iyer said the hearing would resume on Monday.

        For the civic body, advocate Priya Nair said the notice was served.
        """);
    assertThat(speakerSaying(x, "the hearing would resume").name()).isEqualTo("Meera Iyer");
  }

  /**
   * "The mother of four said", right after a woman spoke, is that woman, not a man of one surname
   * named as a subject in the next sentence.
   */
  @ParameterizedTest
  @ValueSource(strings = {"model", "rules"})
  void aGenderedDescriptionIsNoManNamedNext(String extractor) {
    Extraction x = extractWith(extractor, """
        Market fire

        Marcia Campbell said the stall was gone. The mother of four said she had no insurance. \
        Another vendor, Donovan Campbell, said the wires sparked.
        """);
    assertThat(speakerSaying(x, "she had no insurance").name()).isEqualTo("Marcia Campbell");
    assertThat(speakerSaying(x, "the wires sparked").name()).isEqualTo("Donovan Campbell");
  }

  /**
   * An honorific inside a long post names the person after it ("Director-General of Medical
   * Health Dr. X"), and a name word the tagger reads as a function word after "Dr" ("Nor") is
   * still the name's.
   */
  @ParameterizedTest
  @ValueSource(strings = {"model", "rules"})
  void aNameAfterAnHonorificInsideALongPost(String extractor) {
    Extraction x = extractWith(extractor, """
        Heat deaths

        Uttar Pradesh's Director-General of Medical Health Dr. Ravindra Pratap Singh said 38 \
        heatstroke deaths had been confirmed.

        MetMalaysia senior meteorologist Dr Nor Azlina Hashim testified that the warning had \
        been sent at 10.48am. "Our job is to issue the warning," she said.
        """);
    assertThat(speakerSaying(x, "heatstroke deaths had been").name())
        .isEqualTo("Ravindra Pratap Singh");
    assertThat(speakerSaying(x, "the warning had been sent").name())
        .isEqualTo("Nor Azlina Hashim");
    assertThat(speakerSaying(x, "Our job is to issue").name()).isEqualTo("Nor Azlina Hashim");
  }

  /**
   * Nigerian professional titles with a period ("Engr.", "Barr.") end no sentence and name no
   * one: the cue after them keeps its speaker.
   */
  @ParameterizedTest
  @ValueSource(strings = {"model", "rules"})
  void professionalTitlesWithAPeriodEndNoSentence(String extractor) {
    Extraction x = extractWith(extractor, """
        Collapse news

        Engr. Bola Adeyemi, the site engineer, said the pillars were weak. "We warned them," \
        Engr. Adeyemi said.

        "The permits were forged," the guild's lawyer, Barr. Chinedu Okeke, said.
        """);
    assertThat(speakerSaying(x, "the pillars were weak").name()).isEqualTo("Bola Adeyemi");
    assertThat(speakerSaying(x, "We warned them").name()).isEqualTo("Bola Adeyemi");
    assertThat(speakerSaying(x, "The permits were forged").name()).isEqualTo("Chinedu Okeke");
  }
}
