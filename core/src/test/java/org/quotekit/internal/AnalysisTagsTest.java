package org.quotekit.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.quotekit.Article;
import org.quotekit.spi.Sentence;
import org.quotekit.spi.Token;

/** The corrections {@link Analysis#tags} makes to the tagger's guesses. */
class AnalysisTagsTest {

  private static List<String> firstSentenceTags(String text) {
    Analysis a = new Analysis(Article.of("t", text), NlpModels.get());
    Sentence first = a.sentences().get(0);
    return a.tags(first);
  }

  @Test
  void anUnknownCapitalisedWordTaggedAsAFunctionWordIsAName() {
    // The tagger reads an unknown surname opening a sentence as a subordinating conjunction.
    assertThat(NlpModels.get().taggerKnows("haas")).isFalse();

    assertThat(firstSentenceTags("Haas promised to freeze rents for two years if elected."))
        .startsWith("PROPN", "VERB");
  }

  /**
   * An age word, which the tagger reads by no rule it learnt, is an adjective before a noun or
   * adjective and a noun otherwise.
   */
  @Test
  void anAgeIsAnAdjectiveBeforeANounAndANounAlone() {
    List<String> before = firstSentenceTags("Ban made climate his focus, and the bespectacled,"
        + " 71-year-old diplomat said so.");
    assertThat(before.get(before.size() - 5)).isEqualTo("ADJ");
    List<String> alone = firstSentenceTags("Then the 63-year-old said it again.");
    assertThat(alone.get(2)).isEqualTo("NOUN");
  }

  @Test
  void knownFunctionWordsKeepTheirTags() {
    assertThat(NlpModels.get().taggerKnows("if")).isTrue();

    assertThat(firstSentenceTags("If the vote fails, the council will meet again."))
        .startsWith("SCONJ");
    assertThat(firstSentenceTags("Because of the storm, the port closed.")).startsWith("ADP");
    assertThat(firstSentenceTags("They said the port closed.")).startsWith("PRON");
  }

  @Test
  void aSurnameAfterATitleAndAFirstNameTheListLacksIsANameToo() {
    String text = "Dr. Ysolde Farrow said the ward was full. Farrow said it would get worse.";
    assertThat(sentenceTags(text, 1)).startsWith("PROPN", "VERB");
  }

  @Test
  void aListedFirstNameBeforeANameIsANameWhereTheTaggerGuessedOtherwise() {
    // the tagger reads an unknown given name opening a sentence as an interjection
    List<String> tags = firstSentenceTags(
        "Hiroshi Tanaka, the chief executive of Kaito Lines, said his ships would call weekly.");
    assertThat(tags).startsWith("PROPN", "PROPN", "PUNCT");
    // a listed first name before no proper noun keeps the tagger's reading
    List<Token> toks = List.of(new Token(0, 7, "Hiroshi"), new Token(8, 14, "visits"));
    String[] guessed = {"INTJ", "NOUN"};
    SurnameTags.retagFirstNames(toks, guessed);
    assertThat(guessed).containsExactly("INTJ", "NOUN");
  }

  @Test
  void anUnknownCapitalisedPairOpeningASentenceIsAName() {
    // the tagger read the pair as VERB ADJ, and the source stage passed over it
    assertThat(firstSentenceTags("Clemens Fuest, president of the Ifo Institute, said that firms"
        + " were waiting.")).startsWith("PROPN", "PROPN", "PUNCT");
    // a word the tagger does not know opening a sentence before a comma keeps its tag
    assertThat(firstSentenceTags("Naturally, she said no.").get(0)).isNotEqualTo("PROPN");
  }

  @Test
  void aWordWithAPossessiveEndingIsNoPunctuation() {
    // the tagger read "city's" as punctuation, which ended the subject at "The"
    assertThat(firstSentenceTags("The city's water utility said that fees would not rise."))
        .startsWith("DET", "NOUN", "NOUN", "NOUN");
  }

  @Test
  void aNounAfterANamesPossessiveIsNoVerb() {
    // the tagger read "delegate" as a verb after the possessive
    assertThat(firstSentenceTags("Peru's delegate backed a renewal of the mission."))
        .startsWith("NOUN", "NOUN", "VERB");
    // the "'s" of a pronoun is "is" or "has", and a verb may follow it
    assertThat(firstSentenceTags("He's got a point about the budget.")).startsWith("PRON", "VERB");
    assertThat(firstSentenceTags("Let's go back to the start.").get(1)).isEqualTo("VERB");
    // also when an ellipsis glues it to the word before
    assertThat(firstSentenceTags("We lost in Reno\u2026Let\u2019s put this behind us.").get(4))
        .isEqualTo("VERB");
  }

  @Test
  void aBritishSpellingIsTaggedAsItsAmericanFormIs() {
    // the tagger never saw "neighbour" and read it as a verb
    assertThat(firstSentenceTags("Her neighbour, Steve Jones, said the dam was never built."))
        .startsWith("PRON", "NOUN", "PUNCT");
    assertThat(firstSentenceTags("Her neighbor, Steve Jones, said the dam was never built."))
        .startsWith("PRON", "NOUN", "PUNCT");
  }

  @Test
  void aBritishFormTheTaggerNeverSawIsGivenInTheAmericanFormItKnows() {
    Analysis a = new Analysis(Article.of("t", "A text."), NlpModels.get());
    // British forms the tagger never saw, whose American forms it knows
    String[][] pairs = {{"neighbour", "neighbor"}, {"favourite", "favorite"},
        {"colours", "colors"}, {"organised", "organized"}, {"realised", "realized"},
        {"travelled", "traveled"}};
    for (String[] p : pairs) {
      assertThat(a.americanSpelling(p[0])).as(p[0]).isEqualTo(p[1]);
    }
    // a word the tagger knows ("hours" ends as "colours" does, and it saw "neighbours" and
    // "centre"), one whose American form it does not know either, a short one, one in capitals
    for (String w : List.of("hours", "neighbours", "centre", "licence", "tell", "NEIGHBOUR",
        "Spence")) {
      assertThat(a.americanSpelling(w)).as(w).isEqualTo(w);
    }
  }

  @Test
  void aPersonNounTheTaggerReadAsAnAdjectiveEndingItsPhraseIsANoun() {
    // the tagger gives "“...,” the chief executive said." chief/ADJ executive/ADJ said/NOUN
    List<String> tags = firstSentenceTags(
        "\"These were the highest river levels,\" the chief executive said.");
    assertThat(tags.subList(tags.size() - 5, tags.size() - 1))
        .containsExactly("DET", "ADJ", "NOUN", "VERB");
    // before a noun it stays an adjective
    List<String> order = firstSentenceTags("The executive order was signed on Monday.");
    assertThat(order.get(1)).isEqualTo("ADJ");
  }

  @Test
  void aPersonNounTheTaggerReadAsAnAdverbAfterADeterminerIsANoun() {
    // the tagger reads "ally" by its "-ly" as an adverb or a determiner after "An" and "One"
    assertThat(firstSentenceTags("An ally of Mr Penhaligon said he was treated badly.").get(1))
        .isEqualTo("NOUN");
    assertThat(firstSentenceTags("One ally of the Chancellor said he was aware.").get(1))
        .isEqualTo("NOUN");
    // an adverb after a determiner that names no one stays an adverb
    assertThat(firstSentenceTags("It was a very long night for the crews.").get(3))
        .isEqualTo("ADV");
  }

  @Test
  void aPersonNounTheTaggerReadAsAPrepositionBeforeANameIsANoun() {
    // the tagger reads "auctioneer" before a name as a preposition, and the source was lost
    List<String> tags = firstSentenceTags("\"It was a fine sale,\" said auctioneer Dana Ruhl.");
    assertThat(tags.get(tags.indexOf("PROPN") - 1)).isEqualTo("NOUN");
    // a preposition before a name stays one
    List<String> at = firstSentenceTags("The crowd waited outside with Dana Ruhl.");
    assertThat(at.get(at.indexOf("PROPN") - 1)).isEqualTo("ADP");
  }

  @Test
  void aNounTheTaggerReadAsAPronounIsANoun() {
    // the tagger reads "county" before "extension educator" as a pronoun
    List<String> tags = firstSentenceTags(
        "The show raised $148,000, according to county extension educator Jamal Whitcomb.");
    assertThat(tags.get(tags.indexOf("ADP") + 1)).isEqualTo("NOUN");
    // a pronoun stays one
    assertThat(firstSentenceTags("Someone said it was over.").get(0)).isEqualTo("PRON");
  }

  @Test
  void aGerundBetweenAPossessiveAndANounIsANoun() {
    // the tagger reads "briefing" as a verb, and the source was cut to "documents"
    assertThat(firstSentenceTags("The agency's briefing documents said the result was weak.")
        .get(2)).isEqualTo("NOUN");
    // a verb in "-ing" after "he's" stays a verb
    assertThat(firstSentenceTags("He's leaving the party tomorrow.").get(1)).isEqualTo("VERB");
  }

  private static List<String> sentenceTags(String text, int index) {
    Analysis a = new Analysis(Article.of("t", text), NlpModels.get());
    return a.tags(a.sentences().get(index));
  }

  @Test
  void aWordTheArticleWritesAsASurnameIsANameWhereverItIsCapitalised() {
    String alone = "Will said the party had lost its way.";
    String sameText = "The columnist George Will spoke on Sunday.\n\n" + alone
        + " Mr. Will said voters would remember.";
    // alone, the tagger reads the surname as the modal
    assertThat(sentenceTags(alone, 0)).startsWith("AUX");

    assertThat(sentenceTags(sameText, 1)).startsWith("PROPN", "VERB");
    assertThat(sentenceTags(sameText, 2)).startsWith("PROPN", "PROPN", "VERB");
  }

  @Test
  void aSurnameThatOpensAQuestionIsStillTheModal() {
    String text = "The columnist George Will spoke on Sunday.\n\nWill the party listen to him?";

    assertThat(sentenceTags(text, 1)).startsWith("AUX");
  }

  @ParameterizedTest
  @ValueSource(strings = {"Sanders said the plan would fail.",
      "Sanders\u2019s plan would fail, the report said."})
  void aSurnameTaggedAsACommonWordIsANameEverywhereInTheArticlePossessiveOrNot(String alone) {
    String text = "Senator Bernie Sanders spoke on Sunday.\n\n" + alone;
    assertThat(sentenceTags(alone, 0).get(0)).isNotEqualTo("PROPN");

    assertThat(sentenceTags(text, 1).get(0)).isEqualTo("PROPN");
  }

  @Test
  void aTitleCaseHeadlineIsNoEvidenceOfASurname() {
    String body = "Just as the vote began, the senator left the room.";
    String text = "Hillary Just Vowed To Fight On\n\n" + body;
    assertThat(sentenceTags(body, 0).get(0)).isNotEqualTo("PROPN");

    assertThat(sentenceTags(text, 1).get(0)).isEqualTo(sentenceTags(body, 0).get(0));
  }
}
