package org.quotekit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.quotekit.claims.DefaultClaimExtractor;
import org.quotekit.spi.AnalyzedArticle;
import org.quotekit.spi.ClaimExtractor;
import org.quotekit.spi.Extractor;
import org.quotekit.spi.QuoteCandidate;
import org.quotekit.spi.SpeakerResolution;
import org.quotekit.spi.SpeakerResolver;

class QuoteExtractorTest {
  private static final QuoteExtractor DEFAULT = QuoteExtractor.builder().build();

  @Test
  void blankArticleGivesEmptyExtraction() {
    assertThat(DEFAULT.extract(Article.of("blank", " \n\t ")).quotes()).isEmpty();
    assertThat(DEFAULT.extract("").quotes()).isEmpty();
  }

  @Test
  void nullArgumentsNameTheParameter() {
    assertThatThrownBy(() -> DEFAULT.extract((Article) null)).hasMessageContaining("article");
    assertThatThrownBy(() -> DEFAULT.extract((String) null)).hasMessageContaining("text");
    assertThatThrownBy(() -> Article.of(null, "x")).hasMessage("id");
    assertThatThrownBy(() -> Article.of("a", null)).hasMessage("text");
    QuoteExtractor.Builder b = QuoteExtractor.builder();
    assertThatThrownBy(() -> b.extractor(null)).hasMessage("extractor");
    assertThatThrownBy(() -> b.extractors((String[]) null)).hasMessage("extractorNames");
    assertThatThrownBy(() -> b.extractors("rules", null)).hasMessage("extractor name");
    assertThatThrownBy(() -> b.cueLexicon(null)).hasMessage("cueLexicon");
    assertThatThrownBy(() -> b.addReportingVerbs((String[]) null)).hasMessage("lemmas");
    assertThatThrownBy(() -> b.addReportingVerbs("grumble", null)).hasMessage("lemma");
    assertThatThrownBy(() -> b.claimExtractor(null)).isInstanceOf(NullPointerException.class)
        .hasMessage("claimExtractor");
    assertThatThrownBy(() -> b.maxArticleLength(0)).hasMessageContaining("maxArticleLength")
        .hasMessageContaining("0");
  }

  @Test
  void theSizeLimitIsInclusiveAndAppliesBeforeTheBlankCheck() {
    QuoteExtractor small = QuoteExtractor.builder().maxArticleLength(10).build();
    assertThat(small.extract(Article.of("ten", "We said so"))).isNotNull();
    assertThatThrownBy(() -> small.extract(Article.of("blank", " ".repeat(11))))
        .isInstanceOf(ArticleTooLargeException.class);
  }

  @Test
  void tooLargeArticleFailsWithTheLimitAndHowToRaiseIt() {
    QuoteExtractor small = QuoteExtractor.builder().maxArticleLength(10).build();
    assertThatThrownBy(() -> small.extract(Article.of("big", "x".repeat(11))))
        .isInstanceOf(ArticleTooLargeException.class)
        .hasMessageContaining("big").hasMessageContaining("10").hasMessageContaining("maxArticleLength");
  }

  @Test
  void userVerbsExtendTheLexicon() {
    String text = "The farmer harrumphed that the rain had ruined the harvest.";
    assertThat(DEFAULT.extract(text).quotes()).isEmpty();
    QuoteExtractor extended = QuoteExtractor.builder().addReportingVerbs("harrumph").build();
    List<Quote> quotes = extended.extract(text).quotes();
    assertThat(quotes).hasSize(1);
    assertThat(quotes.get(0).cue().orElseThrow().lemma()).isEqualTo("harrumph");
    assertThat(quotes.get(0).source().orElseThrow().text()).isEqualTo("The farmer");
  }

  @Test
  void extractorsAreFoundByName() {
    assertThat(QuoteExtractor.builder().extractors("rules").build().extractors())
        .extracting(Extractor::name).containsExactly("rules");
    assertThatThrownBy(() -> QuoteExtractor.builder().extractors("nope"))
        .hasMessageContaining("nope").hasMessageContaining("rules");
  }

  @Test
  void failingUserExtractorIsReportedAndOthersStillRun() {
    Extractor failing = new Extractor() {
      @Override
      public String name() {
        return "broken";
      }

      @Override
      public List<QuoteCandidate> extract(AnalyzedArticle article) {
        throw new IllegalStateException("boom");
      }
    };
    QuoteExtractor extractor = QuoteExtractor.builder().extractors("rules").extractor(failing)
        .build();
    Extraction result = extractor.extract(Article.of("a7", "\u201CWe won,\u201D she said."));
    assertThat(result.quotes()).hasSize(1);
    assertThat(result.warnings()).singleElement().asString()
        .contains("broken").contains("a7").contains("boom");
    QuoteExtractor strict = QuoteExtractor.builder().extractor(failing)
        .failOnExtractorError(true).build();
    assertThatThrownBy(() -> strict.extract(Article.of("a8", "text")))
        .isInstanceOf(ExtractionException.class).hasMessageContaining("a8");
  }

  @Test
  void userCandidatesAreMergedByConfidence() {
    Extractor confident = new Extractor() {
      @Override
      public String name() {
        return "mine";
      }

      @Override
      public List<QuoteCandidate> extract(AnalyzedArticle article) {
        Span all = Span.of(article.text(), 1, 8);
        return List.of(new QuoteCandidate(QuoteType.DIRECT, List.of(all), null, null, 1.0, "x"));
      }
    };
    Extraction result = QuoteExtractor.builder().extractors("rules").extractor(confident).build()
        .extract("\u201CWe won,\u201D she said.");
    assertThat(result.quotes()).singleElement().satisfies(q -> {
      assertThat(q.extractor()).isEqualTo("mine");
      assertThat(q.rule()).isEqualTo("x");
    });
  }

  /**
   * A content whose first word opens a quotation that closes inside it starts at the opening
   * mark and is mixed; but not where another quote's words stand on that mark, which would make
   * the two overlap.
   */
  @Test
  void aContentGainsItsOpeningMarkUnlessAnotherQuoteHoldsIt() {
    String text = "She said the \u201Cplan\u201D was late, and \u201Cbad\u201D work too.";
    int plan = text.indexOf("plan");
    int bad = text.indexOf("bad");
    Extractor fixed = new Extractor() {
      @Override
      public String name() {
        return "fixed";
      }

      @Override
      public List<QuoteCandidate> extract(AnalyzedArticle article) {
        String t = article.text();
        return List.of(
            new QuoteCandidate(QuoteType.INDIRECT, List.of(Span.of(t, plan, plan + 14)), null,
                null, 1.0, "x"), // "plan" was late: the mark before it is free
            new QuoteCandidate(QuoteType.INDIRECT, List.of(Span.of(t, plan + 14, bad)),
                null, null, 1.0, "y"), // ", and" and the mark before "bad"
            new QuoteCandidate(QuoteType.INDIRECT, List.of(Span.of(t, bad, bad + 13)), null,
                null, 1.0, "z")); // "bad" work too: its mark is the quote before's
      }
    };
    Extraction result = QuoteExtractor.builder().extractor(fixed).build().extract(text);
    assertThat(result.quotes()).hasSize(3);
    assertThat(result.quotes().get(0).content().text()).isEqualTo("\u201Cplan\u201D was late");
    assertThat(result.quotes().get(0).type()).isEqualTo(QuoteType.MIXED);
    assertThat(result.quotes().get(2).content().start()).isEqualTo(bad);
    assertThat(result.quotes().get(2).type()).isEqualTo(QuoteType.INDIRECT);
  }

  @Test
  void invalidUserCandidateIsDroppedWithWarning() {
    Extractor wrong = new Extractor() {
      @Override
      public String name() {
        return "wrong";
      }

      @Override
      public List<QuoteCandidate> extract(AnalyzedArticle article) {
        Span bogus = new Span(0, 3, "xyz");
        return List.of(new QuoteCandidate(QuoteType.DIRECT, List.of(bogus), null, null, 1.0, "x"));
      }
    };
    Extraction result = QuoteExtractor.builder().extractor(wrong).build().extract("abc def");
    assertThat(result.quotes()).isEmpty();
    assertThat(result.warnings()).singleElement().asString().contains("wrong");
  }

  @Test
  void quotesPointToExistingSpeakersAndClaimsToQuotes() {
    Extraction result = DEFAULT.extract("\u201CWe tried,\u201D Anna Berg said. \u201CIt did not"
        + " work.\u201D\nBerg added that the team would try again in May.");
    assertThat(result.quotes()).hasSize(2);
    assertThat(result.quotes()).allSatisfy(q ->
        assertThat(result.speakerOf(q)).isPresent());
    assertThat(result.speakerOf(result.quotes().get(0)))
        .isEqualTo(result.speakerOf(result.quotes().get(1)));
    assertThat(result.claims()).allSatisfy(c ->
        assertThat(result.quotes()).extracting(Quote::id).contains(c.quoteId()));
    assertThat(result.quotes().get(0).parts()).hasSize(2);
  }

  @Test
  void aUserSpeakerResolverReplacesTheDefault() {
    SpeakerResolver everyoneIsAnna = new SpeakerResolver() {
      @Override
      public String name() {
        return "anna";
      }

      @Override
      public SpeakerResolution resolve(AnalyzedArticle article, List<Quote> quotes) {
        Speaker anna = new Speaker("a", "Anna", SpeakerKind.PERSON, List.of(), List.of(),
            List.of());
        Map<String, String> ids = new HashMap<>();
        quotes.forEach(q -> ids.put(q.id(), "a"));
        return new SpeakerResolution(List.of(anna), ids);
      }
    };
    QuoteExtractor extractor = QuoteExtractor.builder().speakerResolver(everyoneIsAnna).build();
    assertThat(extractor.speakerResolver()).isSameAs(everyoneIsAnna);
    Extraction result = extractor.extract("\u201CWe won,\u201D he said.");
    assertThat(result.speakerOf(result.quotes().get(0))).map(Speaker::name).contains("Anna");
    assertThat(DEFAULT.speakerResolver().name()).isEqualTo("default");
  }

  @Test
  void failingSpeakerResolverIsReportedAndQuotesKeepNoSpeaker() {
    SpeakerResolver failing = new SpeakerResolver() {
      @Override
      public String name() {
        return "broken-resolver";
      }

      @Override
      public SpeakerResolution resolve(AnalyzedArticle article, List<Quote> quotes) {
        throw new IllegalStateException("boom");
      }
    };
    Extraction result = QuoteExtractor.builder().speakerResolver(failing).build()
        .extract(Article.of("a9", "\u201CWe won,\u201D she said."));
    assertThat(result.quotes()).singleElement().satisfies(q ->
        assertThat(q.speakerId()).isEmpty());
    assertThat(result.speakers()).isEmpty();
    assertThat(result.warnings()).singleElement().asString()
        .contains("broken-resolver").contains("a9").contains("boom");
    QuoteExtractor strict = QuoteExtractor.builder().speakerResolver(failing)
        .failOnExtractorError(true).build();
    assertThatThrownBy(() -> strict.extract(Article.of("a10", "\u201CWe won,\u201D she said.")))
        .isInstanceOf(ExtractionException.class).hasMessageContaining("a10")
        .hasMessageContaining("broken-resolver");
  }

  @Test
  void inconsistentSpeakerResolutionIsDroppedWithWarnings() {
    SpeakerResolver sloppy = new SpeakerResolver() {
      @Override
      public String name() {
        return "sloppy";
      }

      @Override
      public SpeakerResolution resolve(AnalyzedArticle article, List<Quote> quotes) {
        Speaker offText = new Speaker("s1", "X", SpeakerKind.PERSON, List.of(), List.of(),
            List.of(new Span(0, 3, "xyz")));
        return new SpeakerResolution(List.of(offText), Map.of(quotes.get(0).id(), "s1",
            "q99", "s1"));
      }
    };
    Extraction result = QuoteExtractor.builder().speakerResolver(sloppy).build()
        .extract("\u201CWe won,\u201D she said.");
    assertThat(result.speakers()).isEmpty();
    assertThat(result.quotes().get(0).speakerId()).isEmpty();
    assertThat(result.warnings()).hasSize(3).allSatisfy(w -> assertThat(w).contains("sloppy"));
    assertThatThrownBy(() -> QuoteExtractor.builder().speakerResolver(null))
        .hasMessageContaining("resolver");
  }

  @Test
  void theDefaultClaimExtractorIsTheEnglishNewsOne() {
    assertThat(DEFAULT.claimExtractor()).isSameAs(DefaultClaimExtractor.englishNews());
    assertThat(DEFAULT.claimExtractor().name()).isEqualTo("default");
  }

  @Test
  void claimsCanBeTurnedOffWithoutChangingQuotesOrSpeakers() {
    Article article = Article.of("a1", "\u201CWe won. The count is final,\u201D Anna Berg said. "
        + "She said that the recount had found 20 more votes.");
    QuoteExtractor noClaims = QuoteExtractor.builder().claimExtractor(ClaimExtractor.none())
        .build();
    assertThat(noClaims.claimExtractor()).isSameAs(ClaimExtractor.none());
    assertThat(ClaimExtractor.none().name()).isEqualTo("none");

    Extraction with = DEFAULT.extract(article);
    Extraction without = noClaims.extract(article);

    assertThat(with.claims()).hasSizeGreaterThan(1);
    assertThat(without.claims()).isEmpty();
    assertThat(without.warnings()).isEmpty();
    assertThat(without.quotes()).isEqualTo(with.quotes());
    assertThat(without.speakers()).isEqualTo(with.speakers());
  }

  @Test
  void aUserClaimExtractorReplacesTheDefault() {
    ClaimExtractor onePerQuote = new ClaimExtractor() {
      @Override
      public String name() {
        return "one-per-quote";
      }

      @Override
      public List<Claim> extract(AnalyzedArticle article, List<Quote> quotes) {
        return quotes.stream().map(q -> new Claim("k" + q.id(), "Something was said.", q.id(),
            q.speakerId().orElse(null), null, Stance.ASSERTS, false, List.of(), q.parts()))
            .toList();
      }
    };
    QuoteExtractor extractor = QuoteExtractor.builder().claimExtractor(onePerQuote).build();
    assertThat(extractor.claimExtractor()).isSameAs(onePerQuote);

    Extraction result = extractor.extract("\u201CWe won. It is final,\u201D he said.");

    assertThat(result.warnings()).isEmpty();
    assertThat(result.claims()).singleElement().satisfies(c -> {
      assertThat(c.id()).isEqualTo("kq1");
      assertThat(c.text()).isEqualTo("Something was said.");
      assertThat(c.spans()).isEqualTo(result.quotes().get(0).parts());
    });
  }

  @Test
  void nonArticleTextYieldsNothing() {
    assertThat(DEFAULT.extract("No comments:\nPost a Comment").quotes()).isEmpty();
    assertThat(DEFAULT.extract("Share this: Facebook Twitter Email").quotes()).isEmpty();
  }

  /**
   * A reported clause before its cue begins after a dateline ("PORT ELLIS — Exports fell ...,
   * the office said"), and one after a tell cue's addressee keeps a "that" before a time word
   * ("short-staffed that night"), under both extractors; a number keeps its thousands.
   */
  @Test
  void reportedClausesLeaveOutDatelinesAndKeepTimes() {
    for (String name : List.of("rules", "model")) {
      Extraction x = QuoteExtractor.builder().extractors(name).build().extract("""
          Exports

          PORT ELLIS \u2014 Exports fell 3 per cent in May, the statistics office said.

          Nurse Ada Finch told the inquest the ward had been short-staffed that night.

          Shipments totaled 61,000, the port authority said.
          """);
      assertThat(x.quotes()).as(name).extracting(q -> q.content().text()).contains(
          "Exports fell 3 per cent in May", "the ward had been short-staffed that night",
          "Shipments totaled 61,000");
    }
  }

  /** Low-9 and guillemet quotation marks, as central European and French copy writes them. */
  @Test
  void aQuotationOpenedByALowOrAngleMarkKeepsItsFirstWord() {
    for (String name : List.of("rules", "model")) {
      Extraction x = QuoteExtractor.builder().extractors(name).build().extract("""
          Festival row

          \u201EI like music, but not at midnight,\u201D said Ilona Varga, a neighbour.

          \u00ABIt is far too loud,\u00BB said Marc Dufour.
          """);
      assertThat(x.quotes()).as(name).extracting(q -> q.content().text()).contains(
          "I like music, but not at midnight,", "It is far too loud,");
    }
  }

  /** "the president was defiant: "..."": the one who spoke so is the quotation's source. */
  @Test
  void aQuotationAfterAMannerOfSpeakingAndAColonIsTheSubjects() {
    for (String name : List.of("rules", "model")) {
      Extraction x = QuoteExtractor.builder().extractors(name).build().extract("""
          Board row

          Chairwoman Ilse Brandt opened the meeting. "The budget is balanced," said auditor \
          Kurt Wendel. Pressed on the deficit, the chairwoman was unapologetic: "We invested."

          The treasurer, Olga Pfeiffer, was blunt: "Nobody read the accounts."
          """);
      assertThat(x.quotes()).as(name).filteredOn(q -> q.content().text().startsWith("We inv"))
          .extracting(q -> x.speakerOf(q).orElseThrow().name()).containsExactly("Ilse Brandt");
      assertThat(x.quotes()).as(name).filteredOn(q -> q.content().text().startsWith("Nobody"))
          .extracting(q -> x.speakerOf(q).orElseThrow().name()).containsExactly("Olga Pfeiffer");
    }
  }

  /** "According to X, who heads Y, ...": the relative clause is the source's; a list is content. */
  @Test
  void accordingToPassesARelativeClauseAndKeepsAListWhole() {
    for (String name : List.of("rules", "model")) {
      Extraction x = QuoteExtractor.builder().extractors(name).build().extract("""
          Depot raid

          According to Dr. Selim Haddad, who chairs the traders' association, four depots had \
          closed by noon.

          According to Captain Mbeki, a rifle, two radios and a laptop were seized.
          """);
      assertThat(x.quotes()).as(name).extracting(q -> q.content().text()).contains(
          "four depots had closed by noon", "a rifle, two radios and a laptop were seized");
    }
  }

  /** "who asked that his name not be used" keeps a source unnamed; it reports no speech. */
  @Test
  void aNameWithheldIsNoQuotation() {
    for (String name : List.of("rules", "model")) {
      Extraction x = QuoteExtractor.builder().extractors(name).build().extract("""
          Ferry fares

          A deckhand who asked that his name not be used said the ferry ran half empty. A \
          cashier, who did not want her name in print, said fares had doubled.
          """);
      assertThat(x.quotes()).as(name).extracting(q -> q.content().text())
          .contains("the ferry ran half empty", "fares had doubled")
          .noneMatch(c -> c.contains("not be used") || c.contains("in print"));
    }
  }

  /** "X, a man who lives nearby, blamed the boom": a subject with its relative clause. */
  @Test
  void aSubjectWithARelativeClauseIsNoContentBeforeAnInvertedCue() {
    for (String name : List.of("rules", "model")) {
      Extraction x = QuoteExtractor.builder().extractors(name).build().extract("""
          Dry wells

          One farmer, a widow who keeps goats above the village, blamed the new quarry.

          A pilot who had flown for 14 hours misread the gauge, the safety board said.
          """);
      assertThat(x.quotes()).as(name).noneMatch(q -> q.content().text().startsWith("One farmer")
          || q.source().map(s -> s.text().contains("quarry")).orElse(false));
      assertThat(x.quotes()).as(name).extracting(q -> q.content().text())
          .contains("A pilot who had flown for 14 hours misread the gauge");
    }
  }

  /** A transcript turn is its speaker's own words: a direct quote, though no mark encloses it. */
  @Test
  void aTranscriptTurnIsDirect() {
    for (String name : List.of("rules", "model")) {
      Extraction x = QuoteExtractor.builder().extractors(name).build().extract("""
          Harbour interview

          Radio host Mia Lund spoke with harbour master Tor Eide.

          LUND: When will the ferries run again?

          EIDE: The first sailing is on Friday, if the wind drops.
          """);
      assertThat(x.quotes()).as(name)
          .filteredOn(q -> q.content().text().startsWith("The first sailing is on Friday"))
          .extracting(Quote::type).containsExactly(QuoteType.DIRECT);
    }
  }

  /**
   * A quotation continued over paragraphs (the opening mark repeated at each, the closing mark
   * at the last) is one quote with a part a paragraph, without the blank lines and the marks.
   */
  @Test
  void aQuotationOverParagraphsHasAPartAParagraph() {
    for (String name : List.of("rules", "model")) {
      Extraction x = QuoteExtractor.builder().extractors(name).build().extract("""
          The climber Ingrid Solheim described the final ascent.

          "We left the last camp at two in the morning. The wind was strong.

          "At the summit we stayed ten minutes.

          "Coming down was the hardest part," she said.
          """);
      Quote q = x.quotes().stream().filter(c -> c.type() == QuoteType.DIRECT).findFirst()
          .orElseThrow();
      assertThat(q.parts()).as(name).extracting(Span::text).containsExactly(
          "We left the last camp at two in the morning. The wind was strong.",
          "At the summit we stayed ten minutes.", "Coming down was the hardest part,");
    }
  }

  /**
   * A reported clause ends where a second attribution begins, also when the second subject has
   * an apposition ("..., and the mayor, Ines Baptiste, said ..."), not after its subject.
   */
  @Test
  void aSecondAttributionWithAnAppositionEndsTheFirstContent() {
    for (String name : List.of("rules", "model")) {
      Extraction x = QuoteExtractor.builder().extractors(name).build().extract(
          "The union said the plan was dead, and the mayor, Ines Baptiste, said she agreed.\n");
      assertThat(x.quotes()).as(name).extracting(q -> q.content().text())
          .contains("the plan was dead").noneMatch(c -> c.contains("Baptiste"));
    }
  }

  /**
   * A label before words in quote marks ("Mayor Okonjo: \"We will rebuild\"", a headline's way
   * of quoting) gives a direct quote whose content, as for every direct quote, leaves the outer
   * marks out, and a full stop after them.
   */
  @Test
  void aLabelledQuotationLeavesItsMarksOut() {
    for (String name : List.of("rules", "model")) {
      Extraction x = QuoteExtractor.builder().extractors(name).build().extract("""
          Mayor Okonjo: "We will rebuild every home"

          Floods destroyed 300 houses in Ashby last week.

          Ama Boateng: \u2018The river will not win.\u2019.
          """);
      assertThat(x.quotes()).as(name).extracting(q -> q.content().text())
          .contains("We will rebuild every home", "The river will not win.");
      assertThat(x.quotes()).as(name).filteredOn(q -> q.content().text().startsWith("We will"))
          .extracting(Quote::type).containsExactly(QuoteType.DIRECT);
    }
  }

  /** British single marks: "\u2018Fewer ...\u2019" keeps "Fewer" (the model glued the mark on). */
  @Test
  void aQuotationInSingleCurlyMarksKeepsItsFirstWord() {
    for (String name : List.of("rules", "model")) {
      Extraction x = QuoteExtractor.builder().extractors(name).build().extract("""
          Quay traffic

          \u2018Fewer lorries means quieter nights,\u2019 Wim de Graaf said.

          \u2018More boats come every summer,\u2019 he said.
          """);
      assertThat(x.quotes()).as(name).extracting(q -> q.content().text()).contains(
          "Fewer lorries means quieter nights,", "More boats come every summer,");
    }
  }

  /** The subject of a cue that ends its sentence is no content: "X was not convinced." */
  @Test
  void theSubjectOfACueEndingItsSentenceIsNoContent() {
    Extraction x = QuoteExtractor.builder().extractors("model").build().extract("""
        Tram delays

        "We are hiding nothing," board chairman Aldis Berzins said. Councillor Ilze Ozola was \
        not convinced. "Late work earns no bonus," she said.
        """);
    assertThat(x.quotes()).extracting(q -> q.content().text())
        .doesNotContain("Councillor Ilze Ozola").contains("Late work earns no bonus,");
    assertThat(x.quotes()).filteredOn(q -> q.content().text().startsWith("Late"))
        .extracting(q -> x.speakerOf(q).orElseThrow().name()).containsExactly("Ilze Ozola");
  }

  /** A name with its possessive ending before the source is part of it: "KBN's ... service". */
  @Test
  void aPossessorWrittenAsOneWordOpensTheSource() {
    Extraction x = QuoteExtractor.builder().extractors("model").build().extract("""
        Trams

        The harbour tram line will close for a month, KBN's Latvian-language service reported.
        """);
    assertThat(x.quotes()).extracting(q -> q.source().orElseThrow().text())
        .containsExactly("KBN's Latvian-language service");
  }

  @Test
  void scareQuotesAreNotSpeech() {
    assertThat(DEFAULT.extract("The \u201Csmart\u201D meter was installed in the \u201CNew\u201D"
        + " building last year.").quotes()).isEmpty();
  }
}
