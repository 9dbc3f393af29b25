package org.quotekit.internal;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Ages as news writes them before a name, in figures or spelled out. */
class AgesTest {

  /**
   * An age spelled out that ends a region before a name gives its years, capitalised or not,
   * with its tens and units joined by a hyphen; a region that ends in no such age, or in one
   * that is part of a longer word, gives -1.
   */
  @Test
  void anAgeSpelledOutBeforeANameGivesItsYears() {
    assertThat(spelled("Nineteen-year-old ")).isEqualTo(19);
    assertThat(spelled("won by twenty-two-year-old ")).isEqualTo(22);
    assertThat(spelled("the forty year old ")).isEqualTo(40);
    assertThat(spelled("Nineteen-year-old Shanique")).isEqualTo(-1);
    assertThat(spelled("some year-old ")).isEqualTo(-1);
    assertThat(spelled("fortyone-year-old ")).isEqualTo(-1);
  }

  /** An age word is one token: figures, the unit and "old"; the unit alone is none. */
  @Test
  void anAgeWordIsOneTokenOfFiguresYearsAndOld() {
    assertThat(Ages.isAge("54-year-old")).isTrue();
    assertThat(Ages.isAge("30-year-olds")).isTrue();
    assertThat(Ages.isAge("year-old")).isFalse();
  }

  private static int spelled(String region) {
    return Ages.spelledBefore(region, 0, region.length());
  }
}
