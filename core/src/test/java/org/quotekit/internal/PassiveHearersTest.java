package org.quotekit.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.quotekit.Article;
import org.quotekit.Span;
import org.quotekit.spi.Sentence;
import org.quotekit.spi.Token;

/**
 * The agent of a passive cue is its speaker, not the subject: after any participle that a form of
 * "be" comes before, in the cue or before it, also an irregular one, and across a few words of
 * the occasion, an object pronoun or a second participle. A participle of feeling keeps its
 * subject, and "by" naming a means or a time names no one.
 */
class PassiveHearersTest {
  @Test
  void theAgentOfAPassiveWhoseAuxiliaryIsPartOfTheCue() {
    String text = "The speaker was jeered by the crowd.";
    assertThat(agent(text, "was", "jeered")).isEqualTo("the crowd");
    assertThat(agent(text, "jeered", "jeered")).isEqualTo("the crowd");
    // an active verb has no agent, whatever follows it
    assertThat(agent("The crowd jeered the speaker by the end.", "jeered", "jeered")).isNull();
  }

  @Test
  void anIrregularParticipleHasItsAgentToo() {
    assertThat(agent("The deal is seen by most analysts as a victory.", "seen", "seen"))
        .isEqualTo("most analysts");
    assertThat(agent("The report was written by two councillors.", "written", "written"))
        .isEqualTo("two councillors");
  }

  @Test
  void aFewWordsMayStandBetweenTheParticipleAndBy() {
    assertThat(agent("The speaker was jeered and heckled by the crowd.", "jeered", "jeered"))
        .isEqualTo("the crowd");
    assertThat(agent("The scheme was explained to her by a friend as a scam.", "explained",
        "explained")).isEqualTo("a friend");
    assertThat(agent("Ms. Orr was appointed to the panel in 2019 by the governor.", "appointed",
        "appointed")).isEqualTo("the governor");
    // a clause of its own between them ends the search
    assertThat(agent("The plan was criticised, which angered its author, by the union.",
        "criticised", "criticised")).isNull();
  }

  @Test
  void aParticipleOfFeelingKeepsTheOneWhoFelt() {
    assertThat(agent("The mayor was surprised by the result.", "surprised", "surprised"))
        .isNull();
    assertThat(agent("The mayor was criticised by the result.", "criticised", "criticised"))
        .isEqualTo("the result");
  }

  @Test
  void aMeansOrATimeAfterByIsNoAgent() {
    assertThat(agent("Staff were told by phone that the plant would close.", "told", "told"))
        .isNull();
    assertThat(agent("The results were announced by Friday.", "announced", "announced"))
        .isNull();
    assertThat(agent("Staff were told by the manager that the plant would close.", "told",
        "told")).isEqualTo("the manager");
    // a capitalised word is a name, not a means
    assertThat(agent("The plan was first reported by The Post.", "reported", "reported"))
        .isEqualTo("The Post");
  }

  /** The agent of the cue from word {@code first} to word {@code last} of the first sentence. */
  private static String agent(String text, String first, String last) {
    Analysis a = new Analysis(Article.of("t", text), NlpModels.get());
    Sentence s = a.sentences().get(0);
    List<Token> toks = a.tokens(s);
    List<String> tags = a.tags(s);
    Span agent = PassiveHearers.agent(text, toks, tags, index(toks, first), index(toks, last));
    return agent == null ? null : agent.text();
  }

  private static int index(List<Token> toks, String word) {
    for (int k = 0; k < toks.size(); k++) {
      if (toks.get(k).text().equals(word)) {
        return k;
      }
    }
    throw new IllegalArgumentException("no token " + word);
  }
}
