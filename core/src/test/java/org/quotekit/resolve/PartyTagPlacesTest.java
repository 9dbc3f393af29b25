package org.quotekit.resolve;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quotekit.resolve.DefaultSpeakerResolverTest.extractWith;
import static org.quotekit.resolve.DefaultSpeakerResolverTest.speakerSaying;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.quotekit.Extraction;

/**
 * A party tag's district or town, as state legislatures' copy gives them ("Sen. Ana Whitley,
 * D-Durham,"), is the place a later "the Durham Democrat" or "the Durham senator" names, as a
 * state's is for "the Florida Republican". Under both bundled extractors; text written for this
 * test.
 */
class PartyTagPlacesTest {
  @ParameterizedTest
  @ValueSource(strings = {"model", "rules"})
  void aDistrictTagsPlaceNamesItsMemberLater(String extractor) {
    Extraction x = extractWith(extractor, """
        Senate Panel Splits Over Map

        Sen. Ana Whitley, D-Durham, asked whether anyone had been consulted. "Not one of them \
        east of the river," the Durham Democrat replied.

        Sen. Carl Ostrow, R-Ashford, said the map was fair. "It follows the law," the Ashford \
        senator said.
        """);
    assertThat(speakerSaying(x, "east of the river").name()).isEqualTo("Ana Whitley");
    assertThat(speakerSaying(x, "follows the law").name()).isEqualTo("Carl Ostrow");
  }

  /** A party tag between commas before a relative clause is no person a pronoun can take. */
  @ParameterizedTest
  @ValueSource(strings = {"model", "rules"})
  void aPartyTagIsNoOne(String extractor) {
    Extraction x = extractWith(extractor, """
        Senate Panel Opens Ethics Inquiry

        Sen. Carl Hobart, R-Ashford, is under inquiry. Senate Minority Leader Nora Hobart,         D-Millbrook, who is not related to the Ashford senator, said the case was serious.

        Hobart, 61, is a farmer. He has said he will seek a fourth term.
        """);
    assertThat(x.speakers()).extracting(org.quotekit.Speaker::name)
        .noneMatch(n -> n.matches("[DRI]-.*"));
    assertThat(speakerSaying(x, "fourth term").name()).isEqualTo("Carl Hobart");
  }
}
