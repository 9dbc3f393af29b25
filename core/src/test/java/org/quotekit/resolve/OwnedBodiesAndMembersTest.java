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
 * A campaign a person owns ("Okonjo's campaign", "his campaign") is one organisation per owner,
 * named as the text first names it, or by its owner's full name when the text first says "his"
 * or "her"; "one of" a group is one member of it, under both bundled extractors.
 */
class OwnedBodiesAndMembersTest {
  /** "Okonjo's campaign" and later "his campaign" are one body. */
  @ParameterizedTest
  @ValueSource(strings = {"model", "rules"})
  void aCampaignAndItsOwnersPronounAreOneBody(String extractor) {
    Extraction x = extractWith(extractor, """
        State Senator Felix Okonjo won the primary on Tuesday night.

        Okonjo's campaign said the turnout in the northern counties had decided the race.

        Mr. Okonjo thanked volunteers at a rally in Dunmere. Later, his campaign said he would \
        begin a bus tour on Friday.
        """);
    Speaker first = speakerSaying(x, "turnout in the northern");
    assertThat(first.name()).isEqualTo("Okonjo's campaign");
    assertThat(first.kind()).isEqualTo(SpeakerKind.ORGANIZATION);
    assertThat(speakerSaying(x, "begin a bus tour")).isSameAs(first);
  }

  /**
   * Two candidates' "his campaign" and "her campaign" are two bodies, each named by its own
   * candidate's full name.
   */
  @ParameterizedTest
  @ValueSource(strings = {"model", "rules"})
  void twoOwnersCampaignsAreTwoBodies(String extractor) {
    Extraction x = extractWith(extractor, """
        Mayor Ingrid Salvesen and her challenger, Tobias Rennard, debated on Monday.

        Salvesen left the hall first. Her campaign said the debate had shown her record on \
        housing.

        Rennard stayed to talk to voters. His campaign said the mayor had dodged every \
        question about the city\u2019s budget.
        """);
    Speaker hers = speakerSaying(x, "her record on housing");
    assertThat(hers.name()).isEqualTo("Ingrid Salvesen's campaign");
    assertThat(speakerSaying(x, "dodged every question").name())
        .isEqualTo("Tobias Rennard's campaign");
  }

  /** "One of the officials said" is one unnamed member, not the group the officials are. */
  @ParameterizedTest
  @ValueSource(strings = {"model", "rules"})
  void oneOfAGroupIsOneMemberNotTheGroup(String extractor) {
    Extraction x = extractWith(extractor, """
        Two port officials said the cranes had been idle since March. One of the officials \
        said the repairs would cost more than the harbour board had set aside.
        """);
    Speaker group = speakerSaying(x, "cranes had been idle");
    Speaker one = speakerSaying(x, "repairs would cost");
    assertThat(one).isNotSameAs(group);
    assertThat(one.name()).isEqualTo("One of the officials");
    assertThat(one.kind()).isEqualTo(SpeakerKind.UNKNOWN);
    // one of someone's documents is still theirs: no member of a group
    Extraction ads = extractWith(extractor, """
        Senator Ada Morrow bought airtime in three cities this month. One of her ads says the \
        smelter will close by spring.
        """);
    assertThat(speakerSaying(ads, "smelter will close").name()).isEqualTo("Ada Morrow");
  }

  /**
   * "X, the regional health authority that runs ..., said": "the health authority" many
   * paragraphs later is X, though X's name has no such word and another body spoke between.
   */
  @ParameterizedTest
  @ValueSource(strings = {"model", "rules"})
  void aBodyTheTextCalledSoBesideItsNameIsThatNounLater(String extractor) {
    Extraction x = extractWith(extractor, """
        Nurses walk out across the region

        Hundreds of nurses walked off the job on Tuesday.

        Soins Rive-Sud, the regional health authority that runs the three hospitals, said in a \
        statement that overtime was used only as a last resort.

        The nurses' union said its members had been ordered to stay past their shifts.

        A nurse who asked not to be named said she had worked 16 hours twice last month.

        The opposition critic said the minister had lost control of the network.

        The health authority said it would seek an order from the labour tribunal.
        """);
    assertThat(speakerSaying(x, "seek an order from the labour tribunal").name())
        .isEqualTo("Soins Rive-Sud");
  }
}
