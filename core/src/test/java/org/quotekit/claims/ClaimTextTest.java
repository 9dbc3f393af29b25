package org.quotekit.claims;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ClaimTextTest {

  @ParameterizedTest(name = "[{0}] -> [{1}]")
  @CsvSource(delimiter = '|', quoteCharacter = '`', value = {
      "“there are no plans for a withdrawal,|There are no plans for a withdrawal.",
      "in general, the roads are safe.”|In general, the roads are safe.",
      "a timetable “for a gradual reduction.”|A timetable for a gradual reduction.",
      "the reform was ‘long overdue’ and cheap|The reform was long overdue and cheap.",
      "\"the farm is 'too small', she knows\"|The farm is too small, she knows.",
      "the nurses’ pay rose —|The nurses’ pay rose.",
      "he kept saying, ‘Don’t leave the field|He kept saying, Don’t leave the field.",
      "don’t close the school;|Don’t close the school.",
      "Who will pay for it?”|Who will pay for it?",
      "stop the trucks!|Stop the trucks!",
      "— and then the lights went out|And then the lights went out.",
      "...and we waited …|And we waited ...",
      "`  the  river \n rose   overnight `|The river rose overnight.",
      "2,500 tents were ready:|2,500 tents were ready.",
      "«les élèves sont partis»|Les élèves sont partis.",
      "ßtraße|SStraße.",
  })
  void normalisesToAStandaloneStatement(String raw, String expected) {
    assertThat(ClaimText.normalise(raw)).isEqualTo(expected);
    assertThat(ClaimText.normalise(expected)).as("normalised again").isEqualTo(expected);
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', quoteCharacter = '`', value = {"``", "`   `", "“”", "...", "— , ’ “"})
  void textWithoutLettersOrDigitsGivesNoStatement(String raw) {
    assertThat(ClaimText.normalise(raw)).isEmpty();
  }

  @Test
  void neverLeavesQuoteMarksAtTheEndsOnHostileText() {
    String alphabet = "aZ9 ,.;:?!—-…\"“”„«»‹›「」'‘’‚\n";
    Random random = new Random(42);
    for (int n = 0; n < 20_000; n++) {
      StringBuilder sb = new StringBuilder();
      int length = random.nextInt(24);
      for (int i = 0; i < length; i++) {
        sb.append(alphabet.charAt(random.nextInt(alphabet.length())));
      }
      String raw = sb.toString();
      String s = ClaimText.normalise(raw);
      if (s.isEmpty()) {
        continue;
      }
      assertThat(ClaimText.isQuoteMark(s.charAt(0))).as("first of [%s] from [%s]", s, raw)
          .isFalse();
      assertThat(".!?").as("last of [%s] from [%s]", s, raw).contains(s.substring(s.length() - 1));
      assertThat(Character.isLowerCase(s.charAt(0))).as("first of [%s]", s).isFalse();
      assertThat(s).doesNotContain("\"", "“", "”", "«", "»", "\n", "  "); // ’ may be an apostrophe
    }
  }

  @Test
  void trimsSpansToTheWordsInside() {
    String s = " “that is all,” ";
    int start = ClaimText.trimStart(s, 0, s.length(), false);
    int end = ClaimText.trimEnd(s, start, s.length(), true);
    assertThat(s.substring(start, end)).isEqualTo("that is all");
    assertThat(ClaimText.trimEnd(s, start, s.length(), false)).isEqualTo(end + 1);
  }

  @Test
  void wordsKeepTheirApostrophes() {
    StringBuilder words = new StringBuilder();
    ClaimText.anyWord("We didn’t go, ‘they’ said: No.", (word, start, end) -> {
      words.append(word).append('|');
      return false;
    });
    assertThat(words).hasToString("we|didn’t|go|they|said|no|");
  }
}
