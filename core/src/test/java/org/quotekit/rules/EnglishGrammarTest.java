package org.quotekit.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.quotekit.Article;
import org.quotekit.Span;
import org.quotekit.internal.Analysis;
import org.quotekit.internal.NlpModels;
import org.quotekit.spi.Sentence;
import org.quotekit.spi.Token;

/** The shared clause and noun-phrase grammar, on sentences written for the test. */
class EnglishGrammarTest {

  /** One analysed sentence (the first of the text) with its grammar. */
  private record Fixture(String text, EnglishGrammar g, List<Token> toks, List<String> tags) {
    static Fixture of(String text) {
      Analysis a = new Analysis(Article.of("t", text), NlpModels.get());
      AttributionContext ctx = new AttributionContext(a, CueLexicon.englishNews());
      Sentence s = a.sentences().get(0);
      return new Fixture(text, ctx.grammar(), a.tokens(s), a.tags(s));
    }

    /** Index of the first token that is {@code word}. */
    int at(String word) {
      for (int k = 0; k < toks.size(); k++) {
        if (toks.get(k).text().equals(word)) {
          return k;
        }
      }
      throw new AssertionError("no token " + word + " in " + toks);
    }

    /** The text from token {@code k} to offset {@code end}. */
    String from(int k, int end) {
      return text.substring(toks.get(k).start(), end);
    }
  }

  private static String text(Span s) {
    return s == null ? null : s.text();
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', textBlock = """
      The mayor said the bridge would reopen, though critics doubted it. | the bridge would reopen
      The mayor said the bridge would reopen, although engineers warned. | the bridge would reopen
      She said no one was hurt, though a car was lost. | 'no one was hurt, though a car was lost'
      """)
  void clauseEndStopsBeforeAConcessiveClauseOnlyWhenItReportsSomeoneElse(String text,
      String clause) {
    Fixture f = Fixture.of(text);
    int pos = f.at("said") + 1;
    assertThat(f.from(pos, f.g().clauseEnd(f.toks(), f.tags(), pos))).isEqualTo(clause);
  }

  @Test
  void clauseEndStopsAtASemicolonAndDropsTrailingPunctuation() {
    Fixture f = Fixture.of("She said prices would fall; the markets rose anyway.");
    int pos = f.at("said") + 1;
    assertThat(f.from(pos, f.g().clauseEnd(f.toks(), f.tags(), pos)))
        .isEqualTo("prices would fall");
    Fixture whole = Fixture.of("She said prices would fall by June.");
    int p = whole.at("said") + 1;
    assertThat(whole.from(p, whole.g().clauseEnd(whole.toks(), whole.tags(), p)))
        .isEqualTo("prices would fall by June");
  }

  @Test
  void clauseEndStopsWhereAnotherAttributionStarts() {
    Fixture f = Fixture.of("The plan would fail, the minister said, according to the record.");
    assertThat(f.from(0, f.g().clauseEnd(f.toks(), f.tags(), 0)))
        .isEqualTo("The plan would fail");
  }

  @Test
  void leftSubjectSkipsARelativeClauseAndAnAside() {
    Fixture f = Fixture.of("Smith, who led the inquiry for a year, said the files were missing.");
    assertThat(text(f.g().leftSubject(f.toks(), f.tags(), f.at("said")))).isEqualTo("Smith");
    Fixture g = Fixture.of("The mayor of Leeds said the tram would run.");
    assertThat(text(g.g().leftSubject(g.toks(), g.tags(), g.at("said"))))
        .isEqualTo("The mayor of Leeds");
  }

  /**
   * A union's number before a person's job and name ("Local 88 president X, who ...,") does not
   * end the subject: the person the relative clause follows is.
   */
  @Test
  void leftSubjectBeforeARelativeClauseRunsThroughANumberInAName() {
    Fixture f = Fixture.of("Transit Workers United Local 88 president Dwayne Halvorsen, who is not"
        + " related to the senator, said drivers had not been consulted.");
    assertThat(text(f.g().leftSubject(f.toks(), f.tags(), f.at("said"))))
        .endsWith("Dwayne Halvorsen").doesNotStartWith("Transit");
  }

  /**
   * A possessive pronoun opens a noun phrase ("his lawyer", "Her brother, who ..., said"), where a
   * personal pronoun is one by itself ("told her the plan").
   */
  @Test
  void aPossessivePronounOpensANounPhrase() {
    Fixture f = Fixture.of("The sale was void, according to his lawyer.");
    assertThat(text(f.g().phrases().rightNp(f.toks(), f.tags(), f.at("to") + 1)))
        .isEqualTo("his lawyer");
    Fixture g = Fixture.of("Her brother, who asked that his name be withheld, said she left.");
    assertThat(text(g.g().leftSubject(g.toks(), g.tags(), g.at("said"))))
        .isEqualTo("Her brother");
    Fixture h = Fixture.of("The coach told her the team would travel on Sunday.");
    assertThat(text(h.g().phrases().rightNp(h.toks(), h.tags(), h.at("told") + 1)))
        .isEqualTo("her");
  }

  @Test
  void aParticipleBetweenDeterminerAndNounStaysInTheNounPhrase() {
    Fixture f = Fixture.of("Nausea was rare, according to the published paper.");
    assertThat(text(f.g().phrases().rightNp(f.toks(), f.tags(), f.at("to") + 1)))
        .isEqualTo("the published paper");
    Fixture g = Fixture.of("Costs rose, according to a leaked internal memo.");
    assertThat(text(g.g().phrases().rightNp(g.toks(), g.tags(), g.at("to") + 1)))
        .isEqualTo("a leaked internal memo");
  }

  @Test
  void aNounTheTaggerMisreadAfterAnArticleHeadsTheNounPhrase() {
    // the tagger reads "tally" as an adverb; an article opens no adverb
    Fixture f = Fixture.of("The mayor leads by 300 votes, according to a tally by the Gazette.");
    assertThat(f.tags().get(f.at("tally"))).isEqualTo("ADV");
    assertThat(text(f.g().phrases().rightNp(f.toks(), f.tags(), f.at("to") + 1)))
        .isEqualTo("a tally");
  }

  @Test
  void leftSubjectFollowsACatenativeVerbToItsSubject() {
    Fixture f = Fixture.of("The senator appeared to suggest that the vote would fail.");
    assertThat(text(f.g().leftSubject(f.toks(), f.tags(), f.at("suggest"))))
        .isEqualTo("The senator");
  }

  @Test
  void rightSourceTakesATitleTheTaggerMisreads() {
    Fixture f = Fixture.of("\"We will win,\" said pollster Frank Lutz.");
    assertThat(text(f.g().rightSource(f.toks(), f.tags(), f.at("said") + 1)))
        .isEqualTo("pollster Frank Lutz");
  }

  @Test
  void skipObjectPassesTheAddresseeOfTell() {
    Fixture f = Fixture.of("Jones told reporters on Monday that he would run again.");
    int k = f.g().skipObject(f.toks(), f.tags(), f.at("told") + 1);
    assertThat(f.toks().get(k).text()).isEqualTo("that");
  }

  /**
   * "That" before a time word is a determiner, and a finite auxiliary after the addressee opens
   * the reported clause: the addressee ends before its subject, not at a later "that".
   */
  @Test
  void skipObjectStopsAtAClauseAfterTheAddressee() {
    Fixture f = Fixture.of("Nurse Ada Finch told the inquest the ward had been short-staffed"
        + " that night.");
    int k = f.g().skipObject(f.toks(), f.tags(), f.at("told") + 1);
    assertThat(f.toks().get(k).start()).isEqualTo(f.toks().get(f.at("ward") - 1).start());
    Fixture g = Fixture.of("The minister was telling the envoys he met last month that the"
        + " mission would end.");
    int m = g.g().skipObject(g.toks(), g.tags(), g.at("telling") + 1);
    assertThat(g.toks().get(m).text()).isEqualTo("that");
  }

  @Test
  void skipAdjunctBeforeThatPassesTimeAndPlaceButNotAClause() {
    Fixture f = Fixture.of("The mayor said at a town hall in Leeds that taxes would fall.");
    int k = EnglishGrammar.skipAdjunctBeforeThat(f.toks(), f.tags(), f.at("said") + 1);
    assertThat(f.toks().get(k).text()).isEqualTo("that");
    Fixture g = Fixture.of("The mayor said taxes would fall and that was that.");
    int pos = g.at("said") + 1;
    assertThat(EnglishGrammar.skipAdjunctBeforeThat(g.toks(), g.tags(), pos)).isEqualTo(pos);
  }

  @Test
  void regionBeforeFindsTheQuotationThatAnAttributionFollows() {
    Fixture f = Fixture.of("\u201CWe will not back down,\u201D the minister said.");
    assertThat(f.g().regionBefore(f.toks().get(f.at("said")).start(), f.toks(), f.tags()))
        .isEqualTo(0);
    Fixture scare = Fixture.of("She objected to the \u201Cwise judge\u201D phrase the senator "
        + "cited.");
    assertThat(scare.g().regionBefore(scare.toks().get(scare.at("cited")).start(), scare.toks(),
        scare.tags())).isEqualTo(-1);
  }

  @Test
  void aCueWordAfterADeterminerIsANoun() {
    Fixture f = Fixture.of("The claims were false, the court found.");
    assertThat(EnglishGrammar.isNounUse(f.toks(), f.tags(), f.at("claims"))).isTrue();
    Fixture g = Fixture.of("He claims the vote was rigged.");
    assertThat(EnglishGrammar.isNounUse(g.toks(), g.tags(), g.at("claims"))).isFalse();
  }

  @Test
  void anInvertedCueHasItsSourceAfterIt() {
    Fixture f = Fixture.of("The plan is dead, said Tom Reid.");
    assertThat(f.g().isInverted(f.toks(), f.tags(), f.at("said"), f.at("said"))).isTrue();
    Fixture g = Fixture.of("Economists say the plan is dead.");
    assertThat(g.g().isInverted(g.toks(), g.tags(), g.at("say"), g.at("say"))).isFalse();
  }
}
