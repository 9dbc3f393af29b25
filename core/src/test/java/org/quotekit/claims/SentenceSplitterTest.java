package org.quotekit.claims;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class SentenceSplitterTest {
  private static final SentenceSplitter SPLITTER =
      new SentenceSplitter(ClaimLexicon.englishNews());

  private static List<String> split(String text) {
    List<String> out = new ArrayList<>();
    int from = 0;
    for (int start : SPLITTER.starts(text, 0, text.length())) {
      out.add(text.substring(from, start).strip());
      from = start;
    }
    out.add(text.substring(from).strip());
    return out;
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', value = {
      "We left early. They stayed late.|We left early.|They stayed late.",
      "Why now? Because the ferry stopped!|Why now?|Because the ferry stopped!",
      "The fee rose 4.5 percent. It fell in 2019.|The fee rose 4.5 percent.|It fell in 2019.",
      "“Go home.” “Stay here.”|“Go home.”|“Stay here.”",
      "It was late… Then the power failed.|It was late…|Then the power failed.",
      "They left the U.S. The base closed.|They left the U.S.|The base closed.",
      "The vote is at 5 p.m. The polls close then.|The vote is at 5 p.m.|The polls close then.",
      "(It worked.) Nobody believed it.|(It worked.)|Nobody believed it.",
  })
  void splitsAtSentenceEnds(String text, String first, String second) {
    assertThat(split(text)).containsExactly(first, second);
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', value = {
      "Mr. Hale and Dr. Ruiz met Gen. Park on Tuesday.",
      "Troops from the U.S. Army arrived in Jan. 2021 with Lt. Col. Amin.",
      "He is the No. 2 official in the ministry.",
      "We won! we shouted, and then we went home.",
      "The rate was 3.75 percent, or 0.5 points higher.",
      "She asked “why?” and left.",
  })
  void keepsAbbreviationsNumbersAndLowerCaseContinuationsTogether(String text) {
    assertThat(split(text)).containsExactly(text);
  }

  @Test
  void findsStartsOnlyInsideTheRange() {
    String text = "Skip this. We left early. They stayed. Skip that.";
    int from = text.indexOf("We");
    int to = text.indexOf(" Skip that");
    assertThat(SPLITTER.starts(text, from, to)).containsExactly(text.indexOf("They"));
  }

  @Test
  void runsInLinearTimeOnHostileText() {
    List<String> hostile = List.of("Mr. ".repeat(200_000), ".".repeat(1_000_000),
        "a.".repeat(500_000), "U.S. A. ".repeat(100_000), "x".repeat(1_000_000) + ". A");
    assertTimeoutPreemptively(Duration.ofSeconds(5), () -> {
      for (String s : hostile) {
        SPLITTER.starts(s, 0, s.length());
      }
    });
  }
}
