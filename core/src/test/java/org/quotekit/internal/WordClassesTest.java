package org.quotekit.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.quotekit.internal.WordClasses.Pos;

class WordClassesTest {
  private static WordClasses table(String text) throws IOException {
    return WordClasses.read(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)),
        "test table");
  }

  @Test
  void theBundledTableKnowsReportingVerbsAndPeopleNounsInAnyForm() {
    WordClasses english = WordClasses.english();
    WordClasses.Entry said = english.lookup("said", Pos.VERB);
    assertThat(said.lemma()).isEqualTo("say");
    assertThat(said.first()).isEqualTo("verb.communication");
    assertThat(said.frames()).contains("c");
    assertThat(english.lookup("believes", Pos.VERB).first()).isEqualTo("verb.cognition");
    assertThat(english.lookup("officials", Pos.NOUN).lemma()).isEqualTo("official");
    assertThat(english.lookup("coroners", Pos.NOUN).first()).isEqualTo("noun.person");
    assertThat(english.lookup("company", Pos.NOUN).classes()).contains("noun.group");
  }

  @Test
  void aLemmaIsFoundAsItselfOnlyByLemma() {
    WordClasses english = WordClasses.english();
    assertThat(english.lemma("official", Pos.NOUN)).isNotNull();
    assertThat(english.lemma("officials", Pos.NOUN)).isNull();
    assertThat(english.lookup("qzxvbw", Pos.NOUN)).isNull();
    assertThat(english.lookup("said", Pos.NOUN)).isNull();
  }

  @Test
  void irregularFormsAndEndingsLeadToTheLemma() throws IOException {
    WordClasses t = table("# a comment\n"
        + "go\tv\tverb.motion,verb.stative\tt\n"
        + "city\tn\tnoun.location\t\n"
        + "fine\ta\tadj.all\n"
        + "went\tv=\tgo\n");
    assertThat(t.lookup("went", Pos.VERB).lemma()).isEqualTo("go");
    assertThat(t.lookup("goes", Pos.VERB).classes())
        .containsExactly("verb.motion", "verb.stative");
    assertThat(t.lookup("going", Pos.VERB).frames()).isEqualTo("t");
    assertThat(t.lookup("cities", Pos.NOUN).first()).isEqualTo("noun.location");
    assertThat(t.lookup("finest", Pos.ADJECTIVE).lemma()).isEqualTo("fine");
    assertThat(t.lookup("fine", Pos.ADJECTIVE).frames()).isEmpty();
    assertThat(t.lookup("went", Pos.NOUN)).isNull();
  }

  @Test
  void aMalformedLineIsNamedWithItsTableAndNumber() {
    assertThatThrownBy(() -> table("say\tv\tverb.communication\tc\nbroken line\n"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("test table:2")
        .hasMessageContaining("broken line");
    assertThatThrownBy(() -> table("say\tx\tverb.communication\n"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("'x'");
  }
}
