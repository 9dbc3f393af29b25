package org.quotekit.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.quotekit.Article;
import org.quotekit.QuoteType;
import org.quotekit.Span;
import org.quotekit.internal.Analysis;
import org.quotekit.internal.NlpModels;
import org.quotekit.rules.CueLexicon;
import org.quotekit.rules.SourceFinder;
import org.quotekit.spi.QuoteCandidate;

/**
 * The source ranker's candidates are the noun phrases around the cue outside its content, a
 * personal or relative pronoun standing alone, a possessive owner and a name the tagger missed,
 * and each says where it lies, whether it stands where a subject does and whether the grammar
 * reads it as the subject.
 */
class SourceFeaturesTest {
  private static final CueLexicon LEXICON = CueLexicon.englishNews();

  @Test
  void candidatesAreTheNounPhrasesOutsideTheContent() {
    String text = "At the town hall, the old mayor, who led the city, said that taxes would fall.";
    Seen seen = candidates(text, "said", "taxes would fall");
    assertThat(seen.texts()).containsExactly("the town hall", "the old mayor", "who", "the city");
  }

  @Test
  void theGrammarsSubjectAndTheSideAreFeatures() {
    String text = "At the town hall, the old mayor, who led the city, said that taxes would fall.";
    Seen seen = candidates(text, "said", "taxes would fall");
    assertThat(seen.features("the old mayor")).contains("g=true", "s=L", "k=Lnoun", "r=L3");
    assertThat(seen.features("the town hall")).contains("g=false", "r=L4");
    assertThat(seen.features("the city")).contains("g=false", "r=L1", "c=L1");
    assertThat(seen.features("who")).contains("k=Lrel", "r=L2");
  }

  @Test
  void contentOnTheLeftLeavesTheNameAfterTheCue() {
    String text = "Rents will rise again, warned Ida Berg of the tenants' union.";
    Seen seen = candidates(text, "warned", "Rents will rise again");
    assertThat(seen.texts()).containsExactly("Ida Berg", "the tenants' union");
    assertThat(seen.features("Ida Berg")).contains("s=R", "r=R1", "cs=R1");
  }

  @Test
  void aPhraseAVerbFollowsIsSubjectLikeAndCountedFromTheCue() {
    String text = "The mayor opposed the plan at the meeting, arguing that rents would rise.";
    Seen seen = candidates(text, "arguing", "rents would rise");
    assertThat(seen.texts()).containsExactly("The mayor", "the plan", "the meeting");
    // the subject of the clause a participle after a comma hangs on
    assertThat(seen.features("The mayor")).contains("sr=L1", "sro=L1,ing", "fs=Ltrue,",
        "nt=LVERB");
    assertThat(seen.features("The mayor")).anyMatch(f -> f.startsWith("lsr=L1arg"));
    // an object, and a noun after a preposition, are no subjects
    assertThat(seen.features("the plan")).contains("sr=L0", "fs=Lfalse,");
    assertThat(seen.features("the meeting")).contains("sr=L0", "pt=LADP");
  }

  @Test
  void aCapitalisedWordBeforeAVerbIsANameWhateverItsTag() {
    // the tagger reads these names as an adverb and an adjective
    String text = "Schlafly then discussed the wall, and Blackwell noted that it would work.";
    Seen seen = candidates(text, "noted", "it would work");
    assertThat(seen.texts()).contains("Schlafly", "Blackwell");
    assertThat(seen.features("Blackwell")).contains("k=Lname", "sr=L1");
  }

  @Test
  void aPossessiveOwnerIsACandidate() {
    String text = "Her vow that taxes would fall won praise, and Trump’s repeated claim "
        + "that wages would rise won none.";
    assertThat(candidates(text, "vow", "taxes would fall").texts()).startsWith("Her");
    assertThat(candidates(text, "claim", "wages would rise").texts())
        .contains("Trump’s");
  }

  @Test
  void aQuantifierAloneIsACandidate() {
    String text = "Many fear that the plant will close.";
    Seen seen = candidates(text, "fear", "the plant will close");
    assertThat(seen.texts()).containsExactly("Many");
  }

  /**
   * A noun's WordNet class says what kind of thing it is (a person, a document, an act), so that
   * a head word the training articles never showed is ranked like the words of its class; a
   * name or pronoun gives its tag.
   */
  @Test
  void aNounsWordNetClassIsAFeature() {
    String text = "The proposal drew fire, but the governor said that it would pass.";
    Seen seen = candidates(text, "said", "it would pass");
    assertThat(seen.features("the governor")).contains("wc=Lnoun.person");
    assertThat(seen.features("The proposal")).anyMatch(f -> f.startsWith("wc=Lnoun.")
        && !f.equals("wc=Lnoun.person"));
    Seen named = candidates("Ortega said that it would pass.", "said", "it would pass");
    assertThat(named.features("Ortega")).contains("wc=LPROPN");
  }

  /**
   * A conjunction between a candidate and the cue ("but", "and", "when") says the candidate may
   * be the subject of another clause.
   */
  @Test
  void aConjunctionBetweenTheCandidateAndTheCueIsAFeature() {
    String text = "The proposal drew fire, but the governor said that it would pass.";
    Seen seen = candidates(text, "said", "it would pass");
    assertThat(seen.features("The proposal")).contains("cj=Ls,1");
    assertThat(seen.features("the governor")).contains("cj=L-,0");
  }

  /** The candidates a cue gets, and their features. */
  private record Seen(List<String> texts, List<String[]> contexts) {
    List<String> features(String candidate) {
      return Arrays.asList(contexts.get(texts.indexOf(candidate)));
    }
  }

  private static Seen candidates(String text, String cueWord, String content) {
    Analysis a = new Analysis(Article.of("s", text), NlpModels.get());
    int start = text.indexOf(content);
    QuoteCandidate attribution = new QuoteCandidate(QuoteType.INDIRECT,
        List.of(Span.of(text, start, start + content.length())), null, null, 1.0, "test");
    List<String> texts = new ArrayList<>();
    List<String[]> contexts = new ArrayList<>();
    OneCue.attribute(a, cueWord, LEXICON, (context, hit, previousSource) -> {
      Span grammar = SourceFinder.grammar().find(context, hit, attribution, previousSource)
          .orElse(null);
      for (SourceFeatures.Candidate c : new SourceFeatures().candidates(context, hit,
          attribution, previousSource, grammar)) {
        texts.add(c.span(a, a.tokens(hit.sentence())).text());
        contexts.add(c.features());
      }
      return Optional.empty();
    });
    return new Seen(texts, contexts);
  }
}
