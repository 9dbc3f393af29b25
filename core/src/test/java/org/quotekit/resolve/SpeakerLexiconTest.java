package org.quotekit.resolve;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

class SpeakerLexiconTest {
  private static final SpeakerLexicon NEWS = SpeakerLexicon.englishNews();

  @Test
  void presetReadsTheResourceFiles() {
    assertThat(NEWS.genderOf(SpeakerLexicon.Kind.HONORIFIC, "Mrs.")).isEqualTo(Gender.FEMALE);
    assertThat(NEWS.roleOfTitle("Sen.")).isEqualTo("senator");
    assertThat(NEWS.genderOf(SpeakerLexicon.Kind.FIRST, "Hillary")).isEqualTo(Gender.FEMALE);
    assertThat(NEWS.genderOf(SpeakerLexicon.Kind.FIRST, "Yahya")).isEqualTo(Gender.MALE);
    // sixteenth round: Spanish, Dutch, Polish and Ukrainian names the trials met
    assertThat(NEWS.genderOf(SpeakerLexicon.Kind.FIRST, "Francisca")).isEqualTo(Gender.FEMALE);
    assertThat(NEWS.genderOf(SpeakerLexicon.Kind.FIRST, "Wouter")).isEqualTo(Gender.MALE);
    assertThat(NEWS.is(SpeakerLexicon.Kind.ORG, "Ministry")).isTrue();
    assertThat(NEWS.is(SpeakerLexicon.Kind.ANONYMOUS, "officials")).isTrue();
    assertThat(NEWS.is(SpeakerLexicon.Kind.PLACE, "new york")).isTrue();
    assertThat(NEWS.is(SpeakerLexicon.Kind.FIRST, "Kelly")).isFalse(); // either gender
  }

  /** Given names of the regions the list covers, added in the eighteenth session. */
  @Test
  void theFirstNamesCoverNewsFromEveryRegionTheListNames() {
    assertThat(NEWS.genderOf(SpeakerLexicon.Kind.FIRST, "Moses")).isEqualTo(Gender.MALE);
    assertThat(NEWS.genderOf(SpeakerLexicon.Kind.FIRST, "Callum")).isEqualTo(Gender.MALE);
    assertThat(NEWS.genderOf(SpeakerLexicon.Kind.FIRST, "Ijeoma")).isEqualTo(Gender.FEMALE);
    assertThat(NEWS.genderOf(SpeakerLexicon.Kind.FIRST, "Oleksii")).isEqualTo(Gender.MALE);
    assertThat(NEWS.genderOf(SpeakerLexicon.Kind.FIRST, "Kateryna")).isEqualTo(Gender.FEMALE);
    assertThat(NEWS.genderOf(SpeakerLexicon.Kind.FIRST, "Sorcha")).isEqualTo(Gender.FEMALE);
    // a given name news more often writes as a surname stays out: "Libby said" is Lewis Libby
    assertThat(NEWS.is(SpeakerLexicon.Kind.FIRST, "Libby")).isFalse();
  }

  /** The nouns of court copy are roles; those for a party to a case are persons too. */
  @Test
  void courtNounsAreRoles() {
    for (String w : List.of("counsel", "barrister", "solicitor", "magistrate", "coroner",
        "juror", "defendant", "claimant", "plaintiff")) {
      assertThat(NEWS.is(SpeakerLexicon.Kind.ROLE, w)).as(w).isTrue();
    }
    assertThat(NEWS.is(SpeakerLexicon.Kind.PERSON_NOUN, "defendant")).isTrue();
  }

  /** A state's short forms in party tags, AP and postal, stand for its name. */
  @Test
  void regionsGiveThePlaceTheirShortFormStandsFor() {
    assertThat(NEWS.regionOf("Fla.")).isEqualTo("florida");
    assertThat(NEWS.regionOf("N.H.")).isEqualTo("new hampshire");
    assertThat(NEWS.regionOf("TX")).isEqualTo("texas");
    assertThat(NEWS.regionOf("Texas")).isEqualTo("texas");
    assertThat(NEWS.regionOf("Paris")).isNull();
    assertThat(NEWS.withEntries("region Qld queensland").regionOf("Qld")).isEqualTo("queensland");
  }

  @Test
  void entriesRefineACopy() {
    SpeakerLexicon more = NEWS.withEntries("org bundestag", "first Kelly f", "honorific herr m");
    assertThat(more.is(SpeakerLexicon.Kind.ORG, "Bundestag")).isTrue();
    assertThat(more.genderOf(SpeakerLexicon.Kind.FIRST, "Kelly")).isEqualTo(Gender.FEMALE);
    assertThat(NEWS.is(SpeakerLexicon.Kind.ORG, "Bundestag")).isFalse();
  }

  @Test
  void malformedEntriesNameTheLine() {
    assertThatThrownBy(() -> NEWS.withEntries("org bundestag", "colour red"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("line 2").hasMessageContaining("colour red");
    assertThatThrownBy(() -> NEWS.withEntries("role envoy x"))
        .hasMessageContaining("role envoy x");
  }

  @Test
  void aUserLexiconChangesResolution() {
    var extractor = org.quotekit.QuoteExtractor.builder()
        .speakerResolver(new DefaultSpeakerResolver(NEWS.withEntries("org bundestag"))).build();
    var x = extractor.extract("The Bundestag said that the vote would be held on Friday.");
    assertThat(x.speakers()).singleElement().satisfies(s ->
        assertThat(s.kind()).isEqualTo(org.quotekit.SpeakerKind.ORGANIZATION));
  }

  @Test
  void aUserAliasLinksAShortFormToTheOrganisationNamedBefore() {
    SpeakerLexicon yard = NEWS.withEntries("alias yard metropolitan_police_service");
    assertThat(yard.aliasOf("Yard")).isEqualTo("metropolitan police service");
    assertThat(yard.aliasesFor("metropolitan police service")).containsExactly("yard");
    assertThat(NEWS.aliasOf("Yard")).isNull();
    var extractor = org.quotekit.QuoteExtractor.builder()
        .speakerResolver(new DefaultSpeakerResolver(yard)).build();
    var x = extractor.extract("""
        Arrest made

        The Metropolitan Police Service said on Monday that a man had been arrested. The Yard \
        said the inquiry was continuing.
        """);
    assertThat(x.speakers()).singleElement().satisfies(s -> {
      assertThat(s.name()).isEqualTo("Metropolitan Police Service");
      assertThat(s.aliases()).contains("Yard");
    });
  }
}
