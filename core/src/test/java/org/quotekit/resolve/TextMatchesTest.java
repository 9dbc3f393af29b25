package org.quotekit.resolve;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

class TextMatchesTest {

  private static final String[] WORDS = {"a", "an", "one", "the", "senior", "diplomat",
      "diplomats", "said", "Western", "of", "sued", "filed", "a lawsuit", "\n", ",", "x-ray"};

  private static String text(Random random, int words) {
    StringBuilder b = new StringBuilder();
    for (int k = 0; k < words; k++) {
      b.append(WORDS[random.nextInt(WORDS.length)]).append(random.nextInt(6) == 0 ? "\t" : " ");
    }
    return b.toString();
  }

  private static final Pattern DIPLOMAT = Resolution.indefinite("diplomat");
  private static final Pattern SUED = Pattern.compile("\\b(?:sued|filed[ \t]+a[ \t]+lawsuit)\\b");

  @Test
  void beforeAnswersAsASearchOfTheTextBeforeTheOffsetWouldInAnyOrderOfQuestions() {
    Random random = new Random(7);
    for (int round = 0; round < 200; round++) {
      String text = text(random, 5 + random.nextInt(300));
      TextMatches matches = new TextMatches(text);
      for (int q = 0; q < 60; q++) {
        // mostly growing offsets, as the resolver asks, and some going back; each at a word's
        // start, as a mention's is
        int offset = random.nextInt(4) == 0 ? random.nextInt(text.length() + 1)
            : Math.min(text.length(), q * text.length() / 50 + random.nextInt(5));
        while (offset > 0 && offset < text.length()
            && !Character.isWhitespace(text.charAt(offset - 1))) {
          offset++;
        }
        boolean expected = DIPLOMAT.matcher(text).region(0, offset).find();
        assertThat(matches.before(DIPLOMAT, offset)).as("%s before %d", text, offset)
            .isEqualTo(expected);
      }
    }
  }

  @Test
  void beforeFindsAMatchFarPastAnEarlierSearch() {
    String text = "the senior diplomat said. " + "x ".repeat(5_000) + "a senior diplomat said";
    TextMatches matches = new TextMatches(text);
    assertThat(matches.before(DIPLOMAT, 26)).isFalse();
    assertThat(matches.before(DIPLOMAT, 5_000)).isFalse();
    assertThat(matches.before(DIPLOMAT, text.length())).isTrue();
    assertThat(matches.before(DIPLOMAT, 26)).isFalse();
  }

  @Test
  void ofGivesTheMatchesOfASearchOfTheWholeText() {
    Random random = new Random(8);
    for (int round = 0; round < 100; round++) {
      String text = text(random, random.nextInt(200));
      TextMatches.Found found = new TextMatches(text).of(SUED);
      List<int[]> expected = new ArrayList<>();
      Matcher m = SUED.matcher(text);
      while (m.find()) {
        expected.add(new int[] {m.start(), m.end()});
      }
      assertThat(found.size()).isEqualTo(expected.size());
      for (int k = 0; k < expected.size(); k++) {
        assertThat(new int[] {found.start(k), found.end(k)}).isEqualTo(expected.get(k));
      }
      for (int offset = 0; offset <= text.length(); offset += 7) {
        int by = offset;
        assertThat(found.endingBy(offset))
            .isEqualTo((int) expected.stream().filter(x -> x[1] <= by).count());
      }
    }
  }
}
