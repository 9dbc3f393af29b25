package org.quotekit.resolve;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class PhoneticsTest {

  @ParameterizedTest
  @CsvSource({
      "McCarry, MKR",
      "Makari, MKR",
      "Gaddafi, KTF",
      "Qaddafi, KTF",
      "Thompson, 0MPSN",
      "Schmidt, SKMT",
      "Philips, FLPS",
      "Knight, NT",
      "Xavier, SF"})
  void primaryCodesFollowTheMainDoubleMetaphoneRules(String name, String code) {
    assertThat(Phonetics.doubleMetaphone(name)[0]).isEqualTo(code);
  }

  @ParameterizedTest
  @CsvSource({
      "McCarry, Makari",
      "Gaddafi, Qaddafi",
      "Kadhafi, Gaddafi",
      "Rasool, Rasul",
      "Muqtada, Moqtada",
      "Wimes, Wines"})
  void transliterationsAreVariants(String a, String b) {
    assertThat(Phonetics.variants(a, b)).isTrue();
    assertThat(Phonetics.variants(b, a)).isTrue();
  }

  @ParameterizedTest
  @CsvSource({
      "Clinton, Clinton",
      "Kerry, Carey",
      "Smith, Schmidt",
      "Trump, Pence",
      "Lee, Li",
      "Obama, Osama"})
  void otherNamesAreNot(String a, String b) {
    assertThat(Phonetics.variants(a, b)).isFalse();
  }

  @ParameterizedTest
  @CsvSource({"McCarry, Makari", "Wimes, Wines"})
  void variantsShareAnIndexKey(String a, String b) {
    assertThat(Phonetics.keys(a)).containsAnyElementsOf(Phonetics.keys(b));
  }
}
