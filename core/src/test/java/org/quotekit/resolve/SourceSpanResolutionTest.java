package org.quotekit.resolve;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.quotekit.Article;
import org.quotekit.Cue;
import org.quotekit.Quote;
import org.quotekit.QuoteType;
import org.quotekit.Span;
import org.quotekit.Speaker;
import org.quotekit.SpeakerKind;
import org.quotekit.SpeakerMention;
import org.quotekit.internal.Analysis;
import org.quotekit.internal.NlpModels;
import org.quotekit.internal.TextNormalizer;
import org.quotekit.spi.SpeakerResolution;

/**
 * The default resolver on one quote whose cue, content and source span are given, as any
 * extractor may give them (the learned source ranker of the {@code model} extractor picks noun
 * phrases no rule pattern reads: "the fourth time CROP", "Forest Services last week"). Texts
 * written for these tests.
 */
class SourceSpanResolutionTest {
  private static final DefaultSpeakerResolver RESOLVER = new DefaultSpeakerResolver();

  /**
   * An organisation's short form found where the tagger reads it as a common noun: an acronym the
   * article defined in brackets ("the fourth time CROP", a span the source ranker picked), and the
   * initials of an organisation named before ("the IMF", which "it" then refers to).
   */
  @ParameterizedTest(name = "{0}")
  @MethodSource("shortForms")
  void anOrganisationsShortFormIsANameWhereverTheTaggerPutsIt(String text, String source,
      String cue, String content, String name, String mention, int n, String reason) {
    Speaker s = speaker(text, source, cue, content, name);
    assertThat(reason(s, mention, n)).contains(reason);
  }

  static Stream<Arguments> shortForms() {
    return Stream.of(Arguments.of("Picnickers gathered in 40 parks, according to the organizer"
        + " Campaign to Restore Our Parks (CROP). The picnics were the fourth time CROP said it"
        + " had staged such a protest.", "the fourth time CROP", "said",
        "it had staged such a protest", "Campaign to Restore Our Parks", "CROP", 1, "acronym:"),
        Arguments.of("The International Monetary Fund cut its forecast on Tuesday. Tariffs on"
            + " goods from Mexico worried traders. Although the IMF did not name the proposals,"
            + " it warned that growth would slow.", "it", "warned", "that growth would slow",
            "International Monetary Fund", "it", 0, "'International Monetary Fund'"));
  }

  /**
   * A company's name the tagger ends with a capitalised plural common noun ("Tolvane Biscuits",
   * tagged PROPN NOUN) is one organisation's name, which "it" and "the company" then refer to; a
   * surname so tagged after a first name ("Jenny Fields"), or made of a given name ("Clifton
   * Andrews"), stays a person's.
   */
  @Test
  void aCapitalisedPluralNounEndsACompanysName() {
    String text = "Tolvane Biscuits will cut 300 jobs at its Bristol bakery and move the work to"
        + " Spain, it said on Tuesday. The company says the Bristol lines cost too much.";
    Speaker it = speaker(text, "it", "said", "Tolvane Biscuits will cut 300 jobs at its Bristol"
        + " bakery and move the work to Spain", "Tolvane Biscuits");
    assertThat(it.kind()).isEqualTo(SpeakerKind.ORGANIZATION);
    speaker(text, "The company", "says", "the Bristol lines cost too much", "Tolvane Biscuits");
    Speaker person = speaker("Jenny Fields, who runs the bakery, said the ovens were old.",
        "Jenny Fields", "said", "the ovens were old", "Jenny Fields");
    assertThat(person.kind()).isEqualTo(SpeakerKind.PERSON);
    // a surname made of a given name and an "s" ("Andrews") after a word that is no known
    // first name is a person's too
    Speaker coroner = speaker("At the resumed hearing, area coroner Clifton Andrews said the fall"
        + " had been an accident.", "area coroner Clifton Andrews", "said", "the fall had been an"
        + " accident", "Clifton Andrews");
    assertThat(coroner.kind()).isEqualTo(SpeakerKind.PERSON);
  }

  /**
   * Organisation nouns find the organisation a text named in its own way: a lone name before a
   * post and a person ("Pemberly chief executive Ana Ruiz"); a name in another language spelled
   * by its acronym in brackets, with words in small letters, an elided article or a Filipino
   * particle ("Fédération nationale des petits commerçants (FNPC)", "Banque Centrale des Etats
   * de l'Ouest (BCEO)", "Bangko Lungsod ng Davao (BLD)"); "the company" is no chamber of
   * commerce ("Harlow Automotive", a company by its name's last word, is); "the watchdog" is
   * the body named last.
   */
  @Test
  void organisationNounsFindOrganisationsNamedInTheirOwnWay() {
    speaker("Pemberly chief executive Ana Ruiz confirmed that 41 pilots had reported sick. The"
        + " airline said passengers could rebook.", "The airline", "said",
        "passengers could rebook", "Pemberly");
    speaker("The Fédération nationale des petits commerçants (FNPC) met on Monday. The"
        + " federation said members were struggling.", "The federation", "said",
        "members were struggling", "Fédération nationale des petits commerçants");
    speaker("The Banque Centrale des Etats de l'Ouest (BCEO) lifted its key rate. The bank said"
        + " it would act again.", "The bank", "said", "it would act again",
        "Banque Centrale des Etats de l'Ouest");
    speaker("The Bangko Lungsod ng Davao (BLD) cut fees. The bank said lending grew.",
        "The bank", "said", "lending grew", "Bangko Lungsod ng Davao");
    speaker("Harlow Automotive employs 900 people. The Harlow Chamber of Commerce warned"
        + " that suppliers were hurting. The company said output had halved.", "The company",
        "said", "output had halved", "Harlow Automotive");
    speaker("The Norwegian Fisheries Authority opened an inquiry on Monday. The watchdog said it"
        + " would report in May.", "The watchdog", "said", "it would report in May",
        "Norwegian Fisheries Authority");
  }

  /**
   * A legal form set off by a comma ends the company's name ("Aurelis Health, Inc."): a source
   * the extractor cut to the legal form ("Inc.") is that company, as is "the company" after it.
   */
  @Test
  void aLegalFormAfterACommaEndsTheCompanysName() {
    String text = "Tarrow Foods, Inc. (NASDAQ: TRRW) today announced that it had bought"
        + " Greenmill. The deal is expected to add to earnings, the company said.";
    speaker(text, "Inc.", "announced", "it had bought Greenmill", "Tarrow Foods, Inc.");
    speaker(text, "the company", "said", "The deal is expected to add to earnings",
        "Tarrow Foods, Inc.");
  }

  /**
   * "The company" set after what it reports is the organisation that report opens on as its
   * subject, not a body the report names after it (a lender, an investor), whether the scan
   * knew the subject for an organisation ("Harwick Industries Inc.") or not ("Quellbrook").
   */
  @Test
  void theCompanyAfterAReportIsTheReportsSubjectNotABodyNamedInIt() {
    String text = "Harwick Industries Inc. made an offer for Lindqvist. Harwick, which makes"
        + " containers, has lined up loans from Morrow Capital Plc, the company said.";
    speaker(text, "the company", "said", "Harwick, which makes containers, has lined up loans"
        + " from Morrow Capital Plc", "Harwick Industries Inc.");
    String raise = "Quellbrook has raised $30 million in a round led by Tarn Growth Partners,"
        + " the company announced on Monday.";
    Speaker s = speaker(raise, "the company", "announced", "Quellbrook has raised $30 million"
        + " in a round led by Tarn Growth Partners", "Quellbrook");
    assertThat(s.kind()).isEqualTo(SpeakerKind.ORGANIZATION);
  }

  /**
   * A name nothing shows to be a person's (no first name, title, gender, role or quote of its
   * own), named as a subject, is what "the company" or "it" stands for when no organisation
   * is named: it becomes one. A word named once, as a heading may be, is not.
   */
  @Test
  void anUnsureNameIsTheOrganisationANeuterMentionFindsNoOtherFor() {
    String text = "Corvane began laying off 200 workers at its Leeds plant on Monday. Corvane"
        + " plans to move the work abroad. The company says it had no choice.";
    Speaker company = speaker(text, "The company", "says", "it had no choice", "Corvane");
    assertThat(company.kind()).isEqualTo(SpeakerKind.ORGANIZATION);
    assertThat(reason(company, "The company", 0)).startsWith("organisation-noun:");
    String once = "Corvane began laying off 200 workers at its Leeds plant on Monday. The"
        + " company says it had no choice.";
    assertThat(speaker(once, "The company", "says", "it had no choice").name())
        .isNotEqualTo("Corvane");
    String it = text.replace("The company says it had no choice.",
        "It had no choice, it said.");
    speaker(it, "it", "said", "It had no choice", "Corvane");
  }

  @Test
  void aShareOpeningTheSentenceIsNoPersonsName() {
    // the tagger may read a capitalised number word as a name; "Nine" is no one
    String text = "Voters split on the plan.\n\nNine in 10 Democratic voters say the race is"
        + " close, the poll found.";
    Speaker s = speaker(text, "Nine in 10 Democratic voters", "say", "the race is close",
        "Nine in 10 Democratic voters");
    assertThat(s.kind()).isNotEqualTo(SpeakerKind.PERSON);
    assertThat(speaker(text.replace("Nine in 10 Democratic voters", "Half"), "Half", "say",
        "the race is close").kind()).isNotEqualTo(SpeakerKind.PERSON);
  }

  @Test
  void recordsAndInquiriesAreDocumentsTheirIssuerSpeaksThrough() {
    String text = "The company bought the site on Elm Street in 2014. Harbour County land records"
        + " show the sale closed in May.";
    speaker(text, "Harbour County land records", "show", "the sale closed in May",
        "Harbour County");
    String inquiry = "The county opened an inquiry into the sale in March. The inquiry found that"
        + " the mayor had approved it.";
    assertThat(speaker(inquiry, "The inquiry", "found", "that the mayor had approved it").kind())
        .isEqualTo(SpeakerKind.DOCUMENT);
  }

  @Test
  void summariesTrackersAndDecisionsAreDocumentsOfTheirMaker() {
    String text = "The agency closed its review of the contract in June. An NTSB summary of its"
        + " interviews shows the pilots were warned twice.";
    speaker(text, "An NTSB summary of its interviews", "shows", "the pilots were warned twice",
        "NTSB");
    String decision = "Ada Brill won a favorable decision from the Harwick Board of"
        + " Elections, which found that the petition was valid.";
    speaker(decision, "a favorable decision from the Harwick Board of Elections", "found",
        "that the petition was valid", "Harwick Board of Elections");
    String tracker = "Spending on the race passed $40 million this week. Orbis Media’s"
        + " political ad tracker found that two thirds of it went to television.";
    speaker(tracker, "Orbis Media’s political ad tracker", "found",
        "that two thirds of it went to television", "Orbis Media");
  }

  @Test
  void aNewDocumentTakesTheIssuerTheNextParagraphNamesForIt() {
    String text = "The council election is on Thursday.\n\nBoth candidates spent the week in the"
        + " northern wards.\n\nTurnout fell in March, and a new poll suggests it will fall"
        + " again.\n\nThe Riverside University poll, taken last week, found 40 percent of voters"
        + " undecided.\n";
    speaker(text, "a new poll", "suggests", "it will fall again", "Riverside University");
    String far = text.replace("\n\nThe Riverside", "\n\nCanvassers knocked on doors.\n\nThe"
        + " Riverside");
    assertThat(speaker(far, "a new poll", "suggests", "it will fall again").kind())
        .as("an issuer two paragraphs on").isEqualTo(SpeakerKind.DOCUMENT);
  }

  @Test
  void aShortFormThatEndsAnOrganisationsNameIsThatOrganisation() {
    String text = "The Riverside Morning Herald reported on Monday that the plant would close."
        + " Its editors called the plans genuine. The Morning Herald said it had seen them.";
    speaker(text, "The Morning Herald", "said", "it had seen them", "Riverside Morning Herald");
    String two = "The Riverside Morning Herald and the Lakeside Morning Herald both reported the"
        + " closure on Monday. The Morning Herald said it had seen the plans.";
    assertThat(speaker(two, "The Morning Herald", "said", "it had seen the plans").name())
        .as("a short form two organisations share").isEqualTo("Morning Herald");
  }

  @Test
  void anOrganisationsFirstAndLastWordsOrTheWordsBeforeForAreAShortForm() {
    String museum = "The Harwick Maritime Museum opened a new wing on Monday. The Harwick Museum"
        + " said that it had waited ten years for it.";
    speaker(museum, "The Harwick Museum", "said", "that it had waited ten years for it",
        "Harwick Maritime Museum");
    String center = "A study by the Ravel Center for Public Health was published in May. The"
        + " Ravel Center said that smoking had fallen.";
    speaker(center, "The Ravel Center", "said", "that smoking had fallen",
        "Ravel Center for Public Health");
  }

  /**
   * A source "it" opening its sentence continues the thing the sentence before is about: its
   * subject when that is a common noun phrase, or a document its person subject brings out; a
   * sentence that quotes someone leaves "it" to the speaker rules.
   */
  @Test
  void itContinuesTheThingTheSentenceBeforeIsAbout() {
    String ad = "Senator Ada Brill will unveil her second ad on Friday. It argues that the budget"
        + " is too small.";
    speaker(ad, "It", "argues", "that the budget is too small", "Ada Brill");
    String result = "The Harwick Institute published its survey in May. The result surprised the"
        + " council. It suggests that most residents want the tram.";
    assertThat(speaker(result, "It", "suggests", "that most residents want the tram").name())
        .isEqualTo("result");
    String said = "Growth in the rich countries is slowing, the Harwick Monetary Fund said. It"
        + " warned that trade would fall.";
    speaker(said, "It", "warned", "that trade would fall", "Harwick Monetary Fund");
  }

  @Test
  void aPersonsOfficeIsNamedWithThePersonsFullestName() {
    String text = "Senator Ada Brill met the mayor on Monday. Later, Brill\u2019s office said that"
        + " the talks had gone well.";
    Speaker office = speaker(text, "Brill\u2019s office", "said", "that the talks had gone well",
        "Ada Brill's office");
    assertThat(office.kind()).isEqualTo(SpeakerKind.ORGANIZATION);
  }

  @Test
  void aCapitalisedNounEndsTheComplementOfAnOrganisationWord() {
    String text = "A study published by the Department of Forest Services last week shows that"
        + " the fire towers stand empty. FS has recruited wardens since, officials said.";
    Speaker s = speaker(text, "Forest Services last week", "shows",
        "that the fire towers stand empty", "Department of Forest Services");
    assertThat(s.mentions()).extracting(Span::text).contains("FS");
    assertThat(reason(s, "FS", 0)).startsWith("acronym:");
  }

  /**
   * A source cut before a clitic the tokenizer left on its word ("she" of "she’s", "Mr. Okafor"
   * of "Mr. Okafor’s", as the model extractor's source stage cuts them) is read as that word; a
   * pronoun source with its contracted verb ("she’s", as the rules give it) is the pronoun.
   */
  @Test
  void aSourceCutBeforeACliticIsReadAsTheWordBeforeIt() {
    String text = "Senator Ada Brill chairs the panel. Asked about the plan, she\u2019s argued"
        + " that it had failed.";
    speaker(text, "she", "argued", "that it had failed", "Ada Brill");
    speaker(text, "she\u2019s", "argued", "that it had failed", "Ada Brill"); // the whole token
    String owner = "Tunde Okafor, the chief engineer, spoke first. Then Mr. Okafor\u2019s warned"
        + " that the dam would fail.";
    speaker(owner, "Mr. Okafor", "warned", "that the dam would fail", "Tunde Okafor");
  }

  /**
   * A capitalised role noun before a name of two words is a role, no part of the name ("New York
   * City Public Advocate Trish James", "Actress Amandla Stenberg" where the tagger reads them as
   * proper nouns).
   */
  @Test
  void aCapitalisedRoleNounBeforeANameIsNoPartOfIt() {
    speaker("New York City Public Advocate Odalys Brennan said the plan was fair.", "New York City"
        + " Public Advocate Odalys Brennan", "said", "the plan was fair", "Odalys Brennan");
  }

  @Test
  void aTimePhraseEndingTheSourceIsNoPartOfTheName() {
    String text = "Chief Justice Ama Boateng last week said the court would sit in March.";
    speaker(text, "Chief Justice Ama Boateng last week", "said", "the court would sit in March",
        "Ama Boateng");
  }

  @Test
  void aPluralPossessiveOwnerEndsItsNameBeforeThePersonItOwns() {
    String text = "It began in Cleveland when Coast News' Delia Marsh asked him about the remarks"
        + " he had made.";
    Speaker s = speaker(text, "Coast News' Delia Marsh", "asked", "about the remarks he had made",
        "Delia Marsh");
    assertThat(s.kind()).isEqualTo(SpeakerKind.PERSON);
  }

  @Test
  void delIsTheTitleOfADelegate() {
    String text = "\"This is a waste of time,\" said Del. Marisol Quintero of Guam.";
    Speaker s = speaker(text, "Del. Marisol Quintero of Guam", "said", "This is a waste of time,",
        "Marisol Quintero");
    assertThat(s.kind()).isEqualTo(SpeakerKind.PERSON);
  }

  @Test
  void aHeadlinesDescriptionIsTheFirstPersonNamedAsASubjectAfterIt() {
    String text = """
        Lawmaker urges ban on police drones

        Rep. Dolores Quinones, the top Democrat on the Public Safety Committee, called on the \
        state to halt the purchase of forty drones made by a firm that Axel Brandt founded.
        """;
    Speaker s = speaker(text, "Lawmaker", "urges", "ban on police drones", "Dolores Quinones");
    assertThat(reason(s, "Lawmaker", 0)).isEqualTo("role: 'Lawmaker' heads the article before"
        + " anyone is named; 'Dolores Quinones' is the first person named as a subject after it");
  }

  @Test
  void aRoleDescriptionInAppositionAfterANameIsThatPerson() {
    assertThat(speaker("In an interview with Hannah Berger, the economist warned that the dispute"
        + " would end soon.", "the economist", "warned", "the dispute would end soon",
        "economist").kind()).as("a description that is the subject").isEqualTo(SpeakerKind.PERSON);
    assertThat(reason(speaker("Hannah Berger, an economist at Nordbank in Hamburg, said the"
        + " dispute would end soon.", "an economist", "said", "the dispute would end soon",
        "Hannah Berger"), "an economist", 0)).isEqualTo("apposition: 'an economist' is set beside"
        + " 'Hannah Berger' after a comma");
  }

  /**
   * A person's name after a title with a complement ("secretary of state Susan Achterberg") heads
   * the mention; after a relation and a role ("the wife of former president X") it does not.
   */
  @Test
  void aNameAfterATitleWithAComplementHeadsTheMention() {
    assertThat(speaker("The memo backs the contention of former secretary of state Susan"
        + " Achterberg that the emails were classified.", "former secretary of state Susan"
        + " Achterberg", "the contention", "that the emails were classified", "Susan Achterberg")
        .kind()).isEqualTo(SpeakerKind.PERSON);
    assertThat(speaker("Daniel Marsh spoke first. Later the wife of former president Daniel"
        + " Marsh said that the race was close.", "the wife of former president Daniel Marsh",
        "said", "that the race was close").name()).isNotEqualTo("Daniel Marsh");
  }

  /**
   * A document with a relative clause naming its author by a pronoun ("an account she gave to
   * the Courier") is the author's; one another subject gave is not.
   */
  @Test
  void aDocumentAPronounGaveIsItsAuthors() {
    String opening = "Ruth Amberley left the party in May. ";
    assertThat(reason(speaker(opening + "An account she gave to the Tyneford Courier said that"
        + " the vote had been rigged.", "An account she gave to the Tyneford Courier", "said",
        "that the vote had been rigged", "Ruth Amberley"),
        "An account she gave to the Tyneford Courier", 0)).startsWith("document-issuer:");
    assertThat(speaker(opening + "An account the mayor gave to the Tyneford Courier said that"
        + " the vote had been rigged.", "An account the mayor gave to the Tyneford Courier",
        "said", "that the vote had been rigged").name()).isNotEqualTo("Ruth Amberley");
  }

  /**
   * "who" alone as the source stands for the name before a description set beside it ("Harlan
   * Brooke, a Texas real estate developer, who"), or for the plural noun or "those" right before
   * it ("superdelegates who"); not for a name another conjunct follows.
   */
  @Test
  void whoAfterADescribedNameOrAPluralNounIsThatNameOrGroup() {
    String brooke = "The fund raised $100,000 from Harlan Brooke, a Texas real estate developer";
    assertThat(reason(speaker(brooke + ", who backed the senator last year.", "who", "backed",
        "the senator", "Harlan Brooke"), "who", 0)).isEqualTo("relative-pronoun: 'who' follows"
        + " 'Harlan Brooke' and the description set beside it");
    assertThat(speaker("It came from Ruth Amberley, a longtime donor who backs the senator.",
        "who", "backs", "the senator", "Ruth Amberley").kind()).isEqualTo(SpeakerKind.PERSON);
    assertThat(speaker(brooke + ", and a banker who backed the senator last year.", "who",
        "backed", "the senator").name()).isNotEqualTo("Harlan Brooke");
    Speaker group = speaker("Several superdelegates who backed the plan met on Monday.", "who",
        "backed", "the plan", "superdelegates");
    assertThat(group.kind()).isEqualTo(SpeakerKind.GROUP);
  }

  /**
   * A possessive alone as the source, before a role noun and a name set beside it ("According to
   * his aide, Ustaz Hakim Jaafar, ..."), is the name: the aide speaks; before a thing it owns it
   * stays the owner.
   */
  @Test
  void aPossessiveBeforeARoleAndANameIsTheName() {
    String opening = "Sheikh Omar Karim met the minister twice. According to his ";
    assertThat(reason(speaker(opening + "aide, Ustaz Hakim Jaafar, the sheikh wants a seat in"
        + " cabinet.", "his", "According to", "the sheikh wants a seat in cabinet",
        "Hakim Jaafar"), "his", 0)).isEqualTo("apposition: 'Ustaz Hakim Jaafar' is set beside 'his"
        + " aide' after a comma");
    assertThat(speaker(opening + "diary, written in May, the sheikh wants a seat in cabinet.",
        "his", "According to", "the sheikh wants a seat in cabinet").name())
        .isEqualTo("Omar Karim");
  }

  /**
   * A part of an owned document ("excerpts of his speech") is its owner's; a part of a thing is
   * not.
   */
  @Test
  void aPartOfAnOwnedDocumentIsItsOwners() {
    String opening = "Daniel Marsh will speak in Tyneford tonight. ";
    assertThat(reason(speaker(opening + "Excerpts of his speech released on Monday show that he"
        + " will call for unity.", "Excerpts of his speech", "show", "he will call for unity",
        "Daniel Marsh"), "his", 0)).startsWith("pronoun:");
    assertThat(speaker(opening + "Parts of his garden show that he likes roses.",
        "Parts of his garden", "show", "he likes roses").name()).isNotEqualTo("Daniel Marsh");
  }

  /**
   * The second of two descriptions joined by "and" in an apposition is the name's too, as is a
   * description a participle cue follows; a description joined to a subject of its own is not.
   */
  @Test
  void theSecondOfTwoJoinedDescriptionsInAnAppositionIsTheName() {
    assertThat(reason(speaker("Colin Farrow, a Kentucky farm-equipment dealer and libertarian"
        + " organizer, who funded the sheriff last year, said the tax would fail.",
        "libertarian organizer", "said", "the tax would fail", "Colin Farrow"),
        "libertarian organizer", 0)).isEqualTo("apposition: 'libertarian organizer' is set beside"
        + " 'Colin Farrow' after a comma");
    assertThat(reason(speaker("\"The race is close,\" said Rep. Ivo Marsh, a Vermont Democrat"
        + " supporting Ada Brill who is rallying farmers.", "a Vermont Democrat", "supporting",
        "Ada Brill", "Ivo Marsh"), "a Vermont Democrat", 0)).startsWith("apposition:");
    Speaker other = speaker("Colin Farrow left early, and the libertarian organizer who stayed"
        + " said the tax would fail.", "the libertarian organizer", "said", "the tax would fail");
    assertThat(other.provenance()).noneMatch(m -> m.rule().equals("apposition"));
  }

  /**
   * A description in apposition after a name, closed by a relative pronoun, is the name's when
   * the source is the description alone: a person's role ("Ines Falk, a former Fed governor who
   * ... , said"), an organisation's kind ("Harwell Action, a research group that ...").
   */
  @Test
  void aDescriptionBeforeARelativePronounIsTheNameBeforeIt() {
    assertThat(speaker("Ines Falk, a former central bank governor who now teaches in Oslo, said"
        + " rates would rise.", "a former central bank governor", "said", "rates would rise",
        "Ines Falk").kind()).isEqualTo(SpeakerKind.PERSON);
    assertThat(speaker("The money went to Harwell Action, a research group that argued the"
        + " senator was weak.", "a research group", "argued", "the senator was weak",
        "Harwell Action").kind()).isEqualTo(SpeakerKind.ORGANIZATION);
  }

  /**
   * A person named in full after a preposition that takes people ("from", "under") is the
   * person of a description set beside it and closed; after a preposition of place the name may
   * be a place ("in Port Elizabeth"), and a description a verb follows is the subject of the
   * sentence.
   */
  @Test
  void aFullNameAfterAPrepositionIsThePersonOfTheDescriptionBesideIt() {
    assertThat(reason(speaker("The fund raised $500,000 from Walter Brennick, a Denver investor"
        + " who said the race was far from over.", "a Denver investor", "said",
        "the race was far from over", "Walter Brennick"), "a Denver investor", 0))
        .startsWith("apposition:");
    assertThat(speaker("The volunteers met at Mill Hall in Port Elizabeth, an older man who"
        + " said the fees were fair.", "an older man", "said", "the fees were fair").name())
        .isNotEqualTo("Port Elizabeth");
    assertThat(speaker("As reported by Walter Brennick, the former senator was told of the rule,"
        + " signing the form on her first day.", "the former senator", "signing",
        "the form on her first day").name()).as("a verb follows the description")
        .isNotEqualTo("Walter Brennick");
  }

  /**
   * A source cut inside a hyphenated word ("57-year-[old scientist]") is read from the start of
   * the word and the determiner before it, over adjectives a comma joins ("the soft-spoken,
   * 58-year-old lawyer"): a definite description of the person just named.
   */
  @Test
  void aSourceCutInsideAHyphenatedWordIsReadAsTheWholeDescription() {
    assertThat(reason(speaker("Anna Castell held up a sign at the gate. The 57-year-old"
        + " scientist says she had seen enough.", "old scientist", "says", "she had seen enough",
        "Anna Castell"), "The 57-year-old scientist", 0)).endsWith("; the source 'old"
        + " scientist' starts inside a word of 'The 57-year-old scientist'");
    // adjectives a comma joins; a question word is no determiner
    Speaker lawyer = speaker("Anna Castell left the court at noon. The soft-spoken, 58-year-old"
        + " lawyer said she would appeal.", "old lawyer", "said", "she would appeal",
        "Anna Castell");
    Speaker grandfather = speaker("What 74-year-old grandfather of seven says no to a free"
        + " trip?", "old grandfather of seven", "says", "no to a free trip");
    assertThat(List.of(lawyer, grandfather)).flatExtracting(Speaker::mentions)
        .extracting(Span::text).contains("The soft-spoken, 58-year-old lawyer",
            "74-year-old grandfather of seven");
    // a source that opens with the age word, the tokenizer keeping it whole
    Speaker diplomat = speaker("Anna Castell made climate change her focus, and the"
        + " bespectacled, 71-year-old diplomat said the deal was a triumph.",
        "71-year-old diplomat", "said", "the deal was a triumph", "Anna Castell");
    assertThat(diplomat.mentions()).extracting(Span::text)
        .contains("the bespectacled, 71-year-old diplomat");
  }

  /**
   * A poll that names its sponsors joined by a slash is theirs, one organisation named as the
   * text names them, also when the source stops inside the names; people in such a poll are no
   * sponsors.
   */
  @Test
  void aJointPollIsItsSponsors() {
    assertThat(reason(speaker("Voters are split. August's Harlow Times/KBN News polling found"
        + " most voters disliked both.", "August's Harlow Times", "found",
        "most voters disliked both", "Harlow Times/KBN News"), "August's Harlow Times", 0))
        .isEqualTo("document-issuer: 'Harlow Times/KBN News', names joined by a slash, issued"
            + " the polling");
    assertThat(speaker("A new WQX/Delmar University of Ohio poll shows the race is tied.",
        "A new WQX/Delmar University of Ohio poll", "shows", "the race is tied").name())
        .isEqualTo("WQX/Delmar University of Ohio");
    assertThat(speaker("Some 20 percent of people in a WQX/Delmar poll said they were unsure.",
        "Some 20 percent of people in a WQX/Delmar poll", "said", "they were unsure").kind())
        .isEqualTo(SpeakerKind.GROUP);
  }

  /** The last two words of a person's name of three are a compound surname of that person. */
  @Test
  void aCompoundSurnameIsThePersonNamedInFull() {
    assertThat(reason(speaker("The novelist Tomas Ibarra Soler won the prize in May. On Monday"
        + " Mr. Ibarra Soler said he would give the money away.", "Mr. Ibarra Soler", "said",
        "he would give the money away", "Tomas Ibarra Soler"), "Mr. Ibarra Soler", 0))
        .isEqualTo("compound-surname: 'Ibarra Soler' is the compound surname of 'Tomas Ibarra"
            + " Soler'");
  }

  /**
   * A quotation with no cue that a speech verb and a person's name follow in its sentence is
   * that person's ("'...' that Brill can win, said Tom Reyes, an analyst"), not the previous
   * speaker's; with no such name it continues the previous speaker.
   */
  @Test
  void aQuotationANameFollowsAfterASpeechVerbIsThatPersons() {
    String text = "Ada Brill argued the plan was fair. \"It cannot last\" that Brill can win, said"
        + " Tom Reyes, an analyst. \"Nobody expects it\" in the capital.";
    Quote first = quote("q1", text, "Ada Brill", "argued", "the plan was fair");
    List<Quote> quotes = List.of(first, followOn("q2", text, "It cannot last"),
        followOn("q3", text, "Nobody expects it"));
    SpeakerResolution r = RESOLVER.resolve(new Analysis(Article.of("t", text),
        NlpModels.get()), quotes);
    assertThat(reason(speakerOf(r, "q2"), "said Tom Reyes", 0)).isEqualTo("inverted-cue: 'Tom"
        + " Reyes' follows 'said' after the quotation");
    assertThat(nameOf(r, "q3")).isEqualTo("Tom Reyes");
  }

  @Test
  void aQuotationWithoutACueAfterASentenceWhoseSubjectIsNamedIsThatPersons() {
    String text = "Paul Okri said the two surveys measured different things. Senator Grace"
        + " Bellamy cut him off. \"Mr. Okri, were the road repairs cut this year or not?\"";
    List<Quote> quotes = List.of(quote("q1", text, "Paul Okri", "said",
        "the two surveys measured different things"), followOn("q2", text, "Mr. Okri, were the"
        + " road repairs cut this year or not?"));
    SpeakerResolution r = RESOLVER.resolve(new Analysis(Article.of("t", text),
        NlpModels.get()), quotes);
    assertThat(nameOf(r, "q2")).isEqualTo("Grace Bellamy");

    // the person a quotation opens by addressing is not who speaks it
    String addressed = "Senator Grace Bellamy said the repair fund had been halved. Paul Okri"
        + " was silent. \"Paul Okri, answer the question.\"";
    SpeakerResolution a = RESOLVER.resolve(new Analysis(Article.of("t", addressed),
        NlpModels.get()), List.of(quote("q1", addressed, "Senator Grace Bellamy", "said",
            "the repair fund had been halved"), followOn("q2", addressed,
            "Paul Okri, answer the question.")));
    assertThat(nameOf(a, "q2")).isEqualTo("Grace Bellamy");
  }

  @Test
  void aNameSetOffBeforeTheCueGivesWayToASourceThatNamesSomeone() {
    String text = "Mayor Tom Hale toured the site. He, flanked by his deputy, Jo Reed, said the"
        + " bridge would reopen.";
    SpeakerResolution r = RESOLVER.resolve(new Analysis(Article.of("t", text),
        NlpModels.get()), List.of(quote("q1", text, "He", "said", "the bridge would reopen")));
    assertThat(nameOf(r, "q1")).isEqualTo("Tom Hale");

    String row = "The dispute comes after the club's chairman, Martin Gale, warned in a letter"
        + " that the ground would be sold.";
    SpeakerResolution w = RESOLVER.resolve(new Analysis(Article.of("t", row),
        NlpModels.get()), List.of(quote("q1", row, "The dispute", "warned",
            "the ground would be sold")));
    assertThat(nameOf(w, "q1")).isEqualTo("Martin Gale");
  }

  /** A direct quotation with neither cue nor source, as a follow-on quotation is found. */
  private static Quote followOn(String id, String text, String content) {
    Span c = once(text, content);
    return new Quote(id, QuoteType.DIRECT, c, List.of(c), null, null, null, 1.0, "test",
        "follow-on");
  }

  @Test
  void aNameInAppositionAfterAnIndefiniteRoleNounIsTheSpeaker() {
    Speaker s = speaker("Another partner, Ruth Feldmann, who joined the firm in 2009, said the"
        + " merger would go ahead.", "Another partner", "said", "the merger would go ahead",
        "Ruth Feldmann");
    assertThat(reason(s, "Another partner", 0)).startsWith("apposition:");
    assertThat(speaker("An FBI summary, Ruth Feldmann, said the merger would go ahead.",
        "An FBI summary", "said", "the merger would go ahead", "FBI").kind())
        .as("no role noun: the summary speaks for its maker").isNotEqualTo(SpeakerKind.PERSON);
  }

  @Test
  void theOwnerOfAThingTheSourceNamesSpeaksButNotForAPersonItOwns() {
    String text = "The Harwick Monetary Fund had warned of a slump. But on Tuesday, it raised its"
        + " growth target by 0.1 points, as the worst fears failed to come true. Later Ines Falk"
        + " and his colleague said the gains would last.";
    Speaker fund = speaker(text, "its growth target", "raised", "by 0.1 points",
        "Harwick Monetary Fund");
    assertThat(reason(fund, "its growth target", 0)).isEqualTo("possessive: 'its growth"
        + " target' is no speaker; 'its' owns it and speaks");
    assertThat(speaker(text, "his colleague", "said", "the gains would last", "his colleague")
        .kind()).isNotEqualTo(SpeakerKind.PERSON);
  }

  /**
   * A document whose mention names its issuer: a capitalised name before the head noun that the
   * tagger took for a person's ("an Arvel Press-Kettle poll", "A 2019 Harwell Research survey"),
   * a newspaper after "in" ("a report in the Tyneford Courier"), "by" after the mention, also
   * before a title with a full stop ("calculations by Dr. Ines Falkner"), "by" after a participle
   * and a time phrase ("published on Thursday morning by"), the person after an organisation and
   * a role noun after "by", joint names with "the" in them; not a month, a place or a person after
   * "in".
   */
  @ParameterizedTest(name = "{1}")
  @MethodSource("issuersInTheMention")
  void aDocumentsMentionNamesItsIssuer(String text, String source, String cue, String content,
      String name, SpeakerKind kind) {
    assertThat(speaker(text, source, cue, content, name).kind()).isEqualTo(kind);
  }

  /**
   * The issuer after "by" runs to the sentence's end past a title's full stop, and the reason
   * quotes it without the sentence's own.
   */
  @Test
  void anIssuerAfterByEndsWithItsSentenceNotAtATitle() {
    String text = "Most residents oppose the plan, according to a report by Dr. Ines Falkner.";
    Speaker s = speaker(text, "a report", "according to", "Most residents oppose the plan",
        "Ines Falkner");
    assertThat(reason(s, "a report", 0)).isEqualTo(
        "document-issuer: 'Dr. Ines Falkner' issued 'a report'");
  }

  static Stream<Arguments> issuersInTheMention() {
    String residents = "Most residents oppose the plan, according to ";
    return Stream.of(Arguments.of("Most voters had made up their minds, according to an Arvel"
        + " Press-Kettle poll.", "an Arvel Press-Kettle poll", "according to",
        "Most voters had made up their minds", "Arvel Press-Kettle", SpeakerKind.ORGANIZATION),
        Arguments.of("A 2019 Harwell Research survey found that trust was low.",
            "A 2019 Harwell Research survey", "found", "that trust was low", "Harwell Research",
            SpeakerKind.ORGANIZATION),
        Arguments.of(residents + "a report in the Tyneford Courier.",
            "a report in the Tyneford Courier", "according to", "Most residents oppose the plan",
            "Tyneford Courier", SpeakerKind.ORGANIZATION),
        Arguments.of(residents + "a new article in Ledgerwire.",
            "a new article in Ledgerwire", "according to", "Most residents oppose the plan",
            "Ledgerwire", SpeakerKind.ORGANIZATION),
        Arguments.of(residents + "a report in March.", "a report in March", "according to",
            "Most residents oppose the plan", "a report in March", SpeakerKind.DOCUMENT),
        Arguments.of(residents + "a report in Ohio.", "a report in Ohio", "according to",
            "Most residents oppose the plan", "a report in Ohio", SpeakerKind.DOCUMENT),
        Arguments.of(residents + "an editorial in Ines Falk.", "an editorial in Ines Falk",
            "according to", "Most residents oppose the plan", "an editorial in Ines Falk",
            SpeakerKind.DOCUMENT),
        // "by" after the mention, an issuer whose title ends in a full stop ("Dr.")
        Arguments.of("Rents rose 9 percent, according to calculations by Dr. Ines Falkner of"
            + " Harwell University.", "calculations", "according to", "Rents rose 9 percent",
            "Ines Falkner", SpeakerKind.PERSON),
        Arguments.of(residents + "a report by Dr. Ines Falkner.", "a report", "according to",
            "Most residents oppose the plan", "Ines Falkner", SpeakerKind.PERSON),
        Arguments.of("The poll, published on Thursday morning by the Harwick Institute of Public"
            + " Opinion, said the race was close.", "The poll", "said", "the race was close",
            "Harwick Institute of Public Opinion", SpeakerKind.ORGANIZATION),
        Arguments.of("The Courier reported that Dele Ayo provided a written statement on"
            + " Friday. Later the statement said that the minister regretted the delay.",
            "the statement", "said",
            "that the minister regretted the delay", "Dele Ayo", SpeakerKind.PERSON),
        Arguments.of("Dele Ayo's report on the delay came out on Friday. The report said that the"
            + " minister regretted the delay.", "The report", "said",
            "that the minister regretted the delay", "report", SpeakerKind.DOCUMENT),
        Arguments.of("A 2019 study by Harwell Law School professor Ines Falkner found that fraud"
            + " was rare.", "A 2019 study by Harwell Law School professor Ines Falkner", "found",
            "that fraud was rare", "Ines Falkner", SpeakerKind.PERSON),
        Arguments.of("Disclosures filed on Sunday by the Tarran Forward Fund show that it"
            + " raised $2 million.", "Disclosures filed on Sunday by the Tarran Forward Fund",
            "show", "that it raised $2 million", "Tarran Forward Fund", SpeakerKind.ORGANIZATION),
        Arguments.of("The latest Wessex Courier/Speak the Truth Poll of young voters explores"
            + " their hopes.", "The latest Wessex Courier/Speak the Truth Poll", "explores",
            "their hopes", "Wessex Courier/Speak the Truth", SpeakerKind.ORGANIZATION),
        Arguments.of("Last year's Tyneford Police statistics show that thefts fell by half.",
            "Last year's Tyneford Police statistics", "show", "that thefts fell by half",
            "Tyneford Police", SpeakerKind.ORGANIZATION),
        Arguments.of("The results of the latest Harwell Research poll show that turnout will"
            + " fall.", "The results of the latest Harwell Research", "show",
            "that turnout will fall", "Harwell Research", SpeakerKind.ORGANIZATION),
        Arguments.of("A Harwell Research forecast released on Monday predicted that turnout would"
            + " fall.", "A Harwell Research forecast", "predicted", "that turnout would fall",
            "Harwell Research", SpeakerKind.ORGANIZATION),
        Arguments.of(residents + "an estimate by the Tyneford Policy Institute.",
            "an estimate by the Tyneford Policy Institute", "according to",
            "Most residents oppose the plan", "Tyneford Policy Institute",
            SpeakerKind.ORGANIZATION),
        Arguments.of(residents + "a report by the Tyneford Courier.",
            "a report by the Tyneford Courier", "according to", "Most residents oppose the plan",
            "Tyneford Courier", SpeakerKind.ORGANIZATION),
        Arguments.of(residents + "a study by Bram Okafor.", "a study by Bram Okafor",
            "according to", "Most residents oppose the plan", "Bram Okafor", SpeakerKind.PERSON),
        Arguments.of(residents + "a survey by the One Harbour Institute.",
            "a survey by the One Harbour Institute", "according to",
            "Most residents oppose the plan", "One Harbour Institute", SpeakerKind.ORGANIZATION));
  }

  /**
   * A relative pronoun that is the whole source ("who" of "who's", as the model extractor's
   * source stage cuts it) stands for the name before it and a comma; not for one of two names, a
   * role noun's complement or a place after "of".
   */
  @Test
  void aRelativePronounSourceIsTheNameBeforeIt() {
    String graham = "Few senators back the plan. Other than Sen. Ada Brill (D-Ore.), who\u2019s"
        + " called for more troops, most are silent.";
    Speaker s = speaker(graham, "who", "called for", "more troops", "Ada Brill");
    assertThat(reason(s, "who", 0)).isEqualTo("relative-pronoun: 'who' follows 'Sen. Ada Brill'"
        + " after a comma");
    String board = "The ruling came from the Tarran Planning Board, which said the quarry was"
        + " legal.";
    assertThat(speaker(board, "which", "said", "the quarry was legal", "Tarran Planning Board")
        .kind()).isEqualTo(SpeakerKind.ORGANIZATION);
    for (String text : List.of("He was praised by Ines Falk and Ada Brill, who said it was fair.",
        "He was praised by an adviser to Ada Brill, who said it was fair.",
        "He was praised by Sen. Ada Brill of Vermont, who said it was fair.")) {
      Speaker other = speaker(text, "who", "said", "it was fair");
      assertThat(reason(other, "who", 0)).as(text).doesNotStartWith("relative-pronoun");
    }
  }

  /**
   * A document's issuer named after a participle and a time or a place of publication ("a memo
   * released Friday by X", "a statement posted on the website X") issued it.
   */
  @Test
  void theIssuerAfterAParticipleOfADocumentIssuedIt() {
    assertThat(speaker("A statement posted on the website Tradeloft.com said that listings are"
        + " written by users.", "A statement posted on the website Tradeloft.com", "said",
        "that listings are written by users").name()).isEqualTo("Tradeloft.com");
    assertThat(speaker("A memo released Friday by the Harbour Pilots Guild said that the port"
        + " was unsafe.", "A memo released Friday by the Harbour Pilots Guild", "said",
        "that the port was unsafe").name()).isEqualTo("Harbour Pilots Guild");
  }

  /**
   * A relative pronoun with no name before it stands for the noun phrase before it ("the 12
   * percent who said", "the harbour union, which said", "five delegates, two of whom", also as
   * "two" alone, "super PACs that" with no comma); for a noun's complement, "who" stays on the
   * complement ("a rebuttal to the candidate who") as "that" does after "of" ("a group of super
   * PACs that"), while "that" after another preposition goes to the noun completed ("a flaw in the
   * system that"); past a time phrase ("a notice Monday afternoon that"); never for one of two
   * conjuncts, and never the relative pronoun itself.
   */
  @Test
  void aRelativePronounSourceWithNoNameBeforeItIsTheNounPhraseBeforeIt() {
    Speaker percent = speaker("Support fell sharply. That is down from the 12 percent who said in"
        + " May that they would vote.", "who", "said", "that they would vote");
    assertThat(percent.name()).contains("percent");
    assertThat(reason(percent, "who", 0)).startsWith("relative-pronoun: 'who'");
    assertThat(speaker("The council met the harbour union, which said the plan was unfair.",
        "which", "said", "the plan was unfair").name()).isEqualTo("harbour union");
    String delegates = "The county has five delegates, two of whom said they would abstain.";
    assertThat(speaker(delegates, "two of whom", "said", "they would abstain").name())
        .contains("delegates");
    assertThat(speaker(delegates, "two", "said", "they would abstain").name())
        .as("the share a source stage cut from 'two of whom'").contains("delegates");
    for (String text : List.of("He cited a flaw in the system that showed the rule was weak.",
        "He cited the mayor and the harbour union, which said the plan was unfair.")) {
      String content = text.contains("flaw") ? "the rule was weak" : "the plan was unfair";
      String source = text.contains("flaw") ? "that" : "which";
      Speaker other = speaker(text, source, text.contains("flaw") ? "showed" : "said", content);
      assertThat(other.name()).as(text).doesNotContain("system").doesNotContain("union");
    }
    assertThat(speaker("He cited a flaw in the system that showed the rule was weak.", "that",
        "showed", "the rule was weak").name()).contains("flaw");
    assertThat(speaker("It was a rebuttal to the candidate who said that the mill would close.",
        "who", "said", "that the mill would close").name()).contains("candidate");
    assertThat(speaker("Rona Vell is backed by a group of super PACs that will argue she can win.",
        "that", "will argue", "she can win").name()).contains("PACs");
    assertThat(speaker("Rona Vell is backed by super PACs that will argue she can win.", "that",
        "will argue", "she can win").name()).contains("PACs");
    // a time phrase right before "that" is passed over: the notice, not "Monday afternoon"
    assertThat(speaker("The port posted a notice Monday afternoon that said the ferry was"
        + " cancelled.", "that", "said", "the ferry was cancelled").name()).contains("notice")
        .doesNotContain("Monday");
    assertThat(speaker("The ferry line took down the page it had posted on Harbourlink.com"
        + " Tuesday that said sailings would resume.", "that", "said", "sailings would resume")
        .name()).isEqualTo("Harbourlink.com");
    assertThat(speaker("The mill had posted two notices published in March that said the site was"
        + " safe.", "that", "said", "the site was safe").name()).contains("notices");
    assertThat(speaker("The page was replaced on Friday morning by a message that said the sale had"
        + " ended.", "that", "said", "the sale had ended").name()).contains("message");
    assertThat(speaker("The listing was taken down at mid-morning Friday by a notice that said the"
        + " sale had ended.", "that", "said", "the sale had ended").name()).contains("notice");
    assertThat(speaker("The school worked with the Hallam Fund on two reports published in March"
        + " that said the dam was weak.", "that", "said", "the dam was weak").name())
        .contains("reports");
  }

  /**
   * A name that owns the thing the source names speaks for it ("Ada Brill's new disclosure form
   * stated", "Francis' message is"), as a pronoun owner does; not for a person related to it
   * ("Ada Brill's lawyer") nor a place ("Ohio's new law").
   */
  @Test
  void theNamedOwnerOfAThingTheSourceNamesSpeaks() {
    String text = "Senator Ada Brill filed her papers. Ada Brill\u2019s new disclosure form stated"
        + " that her income rose. Pope Francis spoke on Sunday. Indeed, Francis\u2019 message is"
        + " that walls divide. Ada Brill\u2019s lawyer argued that the fee was fair. Ohio\u2019s"
        + " new law says that fees are capped.";
    assertThat(reason(speaker(text, "Ada Brill\u2019s new disclosure form", "stated",
        "that her income rose", "Ada Brill"), "Ada Brill\u2019s new disclosure form", 0))
        .startsWith("possessive:");
    speaker(text, "Francis\u2019 message", "is", "that walls divide", "Francis");
    speaker(text.replace("Ada Brill\u2019s new", "Ada Brill\u2019s recent"),
        "recent disclosure form", "stated", "that her income rose", "Ada Brill"); // just before
    assertThat(speaker(text, "Ada Brill\u2019s lawyer", "argued", "that the fee was fair")
        .name()).isNotEqualTo("Ada Brill");
    assertThat(speaker(text, "Ohio\u2019s new law", "says", "that fees are capped").name())
        .isNotEqualTo("Ohio");
  }

  /**
   * A definite organisation noun with modifiers is the organisation named anywhere before whose
   * name holds them all ("the budget office" for "the Congressional Budget Office" five
   * paragraphs before), not only in the last few paragraphs.
   */
  @Test
  void anOrganisationNounWithModifiersIsTheOrganisationNamedBeforeWithThoseWords() {
    String filler = "\n\nRain fell all week.";
    speaker("The deficit will rise, the Tarran Budget Office reported." + filler.repeat(5)
        + "\n\nThe budget office said that costs would rise.", "The budget office", "said",
        "that costs would rise", "Tarran Budget Office");
  }

  /**
   * A source opening a title-case line with the name of a person the article names in full is
   * that person ("Brill Wades In", where every word is capitalised), not when another person is
   * named before a preposition ("Brill Challenger Mary Falk Speaks Out").
   */
  @Test
  void aTitleCaseLineOpeningWithAPersonsNameIsThatPerson() {
    String story = "\n\nSenator Ada Brill said on Monday that the harbour plan would fail.";
    speaker("Brill Wades In On Harbour Plan Over Objections" + story, "Brill Wades In", "On",
        "Harbour Plan Over Objections", "Ada Brill");
    assertThat(speaker("Brill Challenger Mary Falk Speaks Out On Harbour Plan" + story,
        "Brill Challenger Mary Falk", "Speaks Out", "On Harbour Plan").name())
        .isNotEqualTo("Ada Brill");
  }

  /**
   * A name in an opening prepositional phrase is no subject: the description after it continues
   * the subject before ("In an interview with Joe Harlan, the Democratic candidate stated").
   */
  @Test
  void aNameInAnOpeningPrepositionalPhraseIsNoSubject() {
    speaker("Ada Brill no longer recognises the party she led.\n\nIn an interview with Morning"
        + " Show hosts Joe Harlan and Mary Falk, the Democratic candidate stated that the plan"
        + " would fail.", "the Democratic candidate", "stated", "that the plan would fail",
        "Ada Brill");
  }

  /**
   * "He" is never an acronym's, though the article learnt "he" after it ("The term of the U.N.
   * chief ends. He said"); a name after a comma and before its verb is a subject ("When the vote
   * came, Brill praised Mary Falk").
   */
  @Test
  void anAcronymIsNoPersonAndANameBeforeItsVerbIsASubject() {
    speaker("Thomas Ekholm spoke. The term of the U.N. chief ends. He said that the accord"
        + " would hold.", "He", "said", "that the accord would hold", "Thomas Ekholm");
    speaker("Mary Falk chairs the board. Ada Brill joined it in May. When the vote came, Brill"
        + " praised Mary Falk. Later she said that the board would meet again.", "she", "said",
        "that the board would meet again", "Ada Brill");
  }

  /**
   * "They" after a sentence whose subject is a plural role noun ("officials", "women") is that
   * group, also when the sentence opens with "According to X," ("According to the Post, campaign
   * officials ...") or a subordinate clause ("As the strike went on, union officials ..."); with
   * no one else it may stand for, the last such noun of the sentence before ("a point among
   * party insiders. They were divided").
   */
  @Test
  void theyIsTheGroupThatIsTheSubjectAfterAccordingTo() {
    assertThat(speaker("As the strike at the Harwick mill went on, union officials met the"
        + " owners. They said that no deal was near.", "They", "said", "that no deal was near",
        "officials").kind()).as("after an opening clause").isEqualTo(SpeakerKind.GROUP);
    assertThat(speaker("According to the Tyneford Courier, campaign officials looked into the"
        + " rules. They determined that the senator would lose his place on the ballot.", "They",
        "determined", "that the senator would lose his place on the ballot", "officials").kind())
        .isEqualTo(SpeakerKind.GROUP);
    assertThat(speaker("Young women of all ages sat together at the gala. They agreed that the"
        + " night had been a triumph.", "They", "agreed", "that the night had been a triumph",
        "women").kind()).as("an irregular plural").isEqualTo(SpeakerKind.GROUP);
    assertThat(speaker("Retired nurses of all ages sat together at the gala. They watched the"
        + " awards. Later they agreed that the night had been a triumph.", "they", "agreed",
        "that the night had been a triumph", "nurses").kind())
        .as("through a sentence that opens with 'They'").isEqualTo(SpeakerKind.GROUP);
    assertThat(speaker("The tax was a contested point among Harwick Labour insiders. They were"
        + " divided over how much it mattered.", "They", "were divided", "how much it mattered",
        "insiders").kind()).as("no one else before: the people the sentence before ended on")
        .isEqualTo(SpeakerKind.GROUP);
  }

  /**
   * "They" whose best other candidate was named two sentences back or more is the people the
   * sentence before names: a capitalised plural of a nationality ("thousands of Germans") or of a
   * group, or a plural of an organisation noun ("county governments", "agencies"); a candidate
   * named in the sentence before still wins.
   */
  @Test
  void theyIsThePeopleTheSentenceBeforeNamesOverAnOlderCandidate() {
    String germans = "Republicans in the chamber had backed the bill for months. In Berlin the"
        + " senator was greeted by thousands of Germans protesting the trade deal. Outside the"
        + " hall, they chanted that the deal would cost jobs.";
    assertThat(speaker(germans, "they", "chanted", "that the deal would cost jobs").name())
        .isEqualTo("Germans");
    String governments = "Republicans in the state senate blocked the measure in May. Across the"
        + " north, county governments have been slow to report closures. They said that the"
        + " figures were still being checked.";
    assertThat(speaker(governments, "They", "said", "that the figures were still being checked")
        .name()).isEqualTo("governments");
    String agencies = "Republicans in the state senate blocked the measure in May. Across the"
        + " north, the relief agencies have been slow to report closures. They said that the"
        + " figures were still being checked.";
    assertThat(speaker(agencies, "They", "said", "that the figures were still being checked")
        .name()).as("a plural in -ies").isEqualTo("agencies");
    String near = "Across the north, county governments have been slow to report closures."
        + " Republicans in the state senate blocked the measure in May. They said that the"
        + " figures were still being checked.";
    assertThat(speaker(near, "They", "said", "that the figures were still being checked").name())
        .as("a candidate named in the sentence before").isEqualTo("Republicans");
    String object = "Across the north, county governments have been slow to report closures. On"
        + " Monday the senator met Republicans at the offices of two relief agencies. They said"
        + " that the figures were still being checked.";
    assertThat(speaker(object, "They", "said", "that the figures were still being checked")
        .name()).as("a candidate before a plural in the sentence before").isEqualTo("Republicans");
  }

  /**
   * "They" at the end of a chain of sentences that open with "They" is the group the chain began
   * with, over a candidate named inside the chain but not in the pronoun's own sentence.
   */
  @Test
  void aChainOfTheyKeepsItsGroupOverACandidateNamedInside() {
    String text = "Her aides are not convinced. They have spent weeks asking Republicans who know"
        + " him. They are not sure that he can be beaten.";
    assertThat(speakerAt(text, "him.", "They", "are not sure", "that he can be beaten").name())
        .isEqualTo("aides");
  }

  /**
   * A source that is the complement of a preposition hanging on a noun phrase before it (a
   * participle or adjective at most between), or the last conjunct of a list a collective noun
   * heads through "of", as a source ranker picks the noun phrase nearest the cue: the speaker is
   * the head of the whole phrase, and the mention's reason says so.
   */
  @ParameterizedTest(name = "{1}")
  @MethodSource("governedSources")
  void aComplementSourceIsReadFromTheHeadOfItsPhrase(String text, String source, String cue,
      String content, String name) {
    Speaker s = speaker(text, source, cue, content, name);
    assertThat(s.provenance()).extracting(SpeakerMention::reason)
        .anyMatch(r -> r.contains("is a complement in"));
  }

  static Stream<Arguments> governedSources() {
    return Stream.of(
        Arguments.of("On Monday, residents of towns hit by the flooding said that the levees had"
            + " failed.", "the flooding", "said", "that the levees had failed",
            "residents of towns hit by the flooding"),
        Arguments.of("Last week parents of pupils in the closed schools complained that nobody"
            + " had warned them.", "the closed schools", "complained",
            "that nobody had warned them", "parents of pupils in the closed schools"),
        Arguments.of("Aides close to the mayor said that she would run again.", "the mayor",
            "said", "that she would run again", "Aides close to the mayor"),
        Arguments.of("The mayor spoke on Monday. On Tuesday, officials close to her campaign said"
            + " that she would run again.", "her campaign", "said", "that she would run again",
            "officials close to her campaign"),
        Arguments.of("Forty percent of those polled said that taxes were too high.", "those",
            "said", "that taxes were too high", "Forty percent of those"),
        Arguments.of("A coalition of farmers, teachers and nurses warned that bread prices would"
            + " rise.", "nurses", "warned", "that bread prices would rise",
            "A coalition of farmers, teachers and nurses"),
        Arguments.of("Engineers involved with the regional railway said that the bridge was"
            + " safe.", "the regional railway", "said", "that the bridge was safe",
            "Engineers involved with the regional railway"),
        Arguments.of("Ada Brill of the Tyneford Courier wrote that the budget was late.",
            "the Tyneford Courier", "wrote", "that the budget was late", "Ada Brill"),
        Arguments.of("This spring, farmers across the northern valleys warned that the harvest"
            + " would fail.", "the northern valleys", "warned", "that the harvest would fail",
            "farmers across the northern valleys"),
        Arguments.of("On Monday, nurses at the county hospital said that the wards were full.",
            "the county hospital", "said", "that the wards were full",
            "nurses at the county hospital"),
        Arguments.of("On Friday, workers leaving the plant said that the line had stopped.",
            "the plant", "said", "that the line had stopped", "workers leaving the plant"));
  }

  /**
   * No complement is read from a phrase it does not hang on: a source after a comma and a list
   * the panel read, the issuer of a document ("A letter from X"), a pronoun ("many of them"),
   * the second of two named speakers, a name a title's words open ("secretary of [state X]").
   */
  @Test
  void aSourceOutsideAGoverningPhraseStaysItself() {
    String list = "The panel read thousands of deleted emails, and the aide's lawyer said that"
        + " none of them mattered.";
    assertThat(speaker(list, "the aide's lawyer", "said", "that none of them mattered").name())
        .doesNotContain("emails");
    speaker("A letter from the Tyneford District Council said that the road would close.",
        "the Tyneford District Council", "said", "that the road would close",
        "Tyneford District Council");
    speaker("Ada Brill and Tom Hale said that the road would close.", "Tom Hale", "said",
        "that the road would close", "Tom Hale");
    speaker("Democrats cheered when former secretary of state Ada Brill said that the road"
        + " would close.", "state Ada Brill", "said", "that the road would close", "Ada Brill");
    assertThat(speaker("The nurses met on Monday. Many of them said that the wards were full.",
        "them", "said", "that the wards were full").name()).doesNotContain("Many");
  }

  /**
   * An organisation noun that fits no organisation by its head word stands for the organisation
   * named last of its kind: "the newspaper" or "the outlet" for a news outlet, not the campaign
   * group named after it; "the company" for a company, not a fund or a university.
   */
  @Test
  void anOrganisationNounStandsForTheLastOrganisationOfItsKind() {
    String paper = "The Tyneford Courier ran an editorial on Sunday. It quoted figures from the"
        + " Harwick Safety Alliance. The newspaper argued that the law had failed.";
    speaker(paper, "The newspaper", "argued", "that the law had failed", "Tyneford Courier");
    speaker(paper.replace("The newspaper", "The outlet"), "The outlet", "argued",
        "that the law had failed", "Tyneford Courier");
    String company = "Orvane Holdings bought the site in May with money from the Harwick Brothers"
        + " Fund. The company said that work would start soon.";
    speaker(company, "The company", "said", "that work would start soon", "Orvane Holdings");
  }

  /**
   * A bare organisation noun continues an organisation the text just introduced unnamed by that
   * noun ("a state ballot commission ... the commission"), not another body named since; an
   * indefinite noun set beside a name ("Orvane Holdings, a company based in Ohio,") introduces
   * no other one.
   */
  @Test
  void anOrganisationNounContinuesABodyIntroducedUnnamed() {
    String text = "A state ballot commission ruled on Monday that the petition was valid. The"
        + " Harwick Board of Elections had rejected it in May. The commission said that the vote"
        + " would go ahead.";
    Speaker s = speaker(text, "The commission", "said", "that the vote would go ahead");
    assertThat(s.name()).isNotEqualTo("Harwick Board of Elections").contains("commission");
    String named = "Orvane Holdings, a company based in Ohio, bought the site in May. The company"
        + " said that work would start soon.";
    speaker(named, "The company", "said", "that work would start soon", "Orvane Holdings");
  }

  /**
   * An epithet (what a person is, not a post) continues the person in focus even when the text
   * gave that person a post ("the businesswoman" after "candidate Rita Vance"), and a person
   * given an epithet may still be "the candidate"; one given the epithet by name keeps it.
   */
  @Test
  void anEpithetContinuesThePersonInFocusWhateverTheirPost() {
    String text = "Republican candidate Rita Vance toured the Harwick plant on Monday. The"
        + " businesswoman said that the tariffs had cost jobs.";
    speaker(text, "The businesswoman", "said", "that the tariffs had cost jobs", "Rita Vance");
    String rich = "Rita Vance, a billionaire, toured the Harwick plant on Monday. The candidate"
        + " said that the tariffs had cost jobs.";
    speaker(rich, "The candidate", "said", "that the tariffs had cost jobs", "Rita Vance");
    String named = "Rita Vance toured the Harwick plant with Tom Hale, a businessman, on Monday."
        + " The businessman said that the tariffs had cost jobs.";
    speaker(named, "The businessman", "said", "that the tariffs had cost jobs", "Tom Hale");
  }

  /**
   * A pronoun inside a sentence's opening clause stands for the person named as the subject of
   * the main clause after it ("In his assessment of the budget, Ben Ortiz warned"), not for the
   * person before; with no such subject it falls back to the person before.
   */
  @Test
  void aPronounInAnOpeningClausePointsAheadToTheMainSubject() {
    String text = "Tom Hale spoke first at the hearing. In his assessment of the budget, Senator"
        + " Ben Ortiz warned that the deficit would grow.";
    speaker(text, "his", "assessment", "of the budget", "Ben Ortiz");
    String noName = "Tom Hale spoke first at the hearing. In his assessment of the budget, the"
        + " deficit would grow.";
    speaker(noName, "his", "assessment", "of the budget", "Tom Hale");
    String quoted = "Tom Hale spoke first at the hearing. After he left, \"Ben Ortiz is wrong,\""
        + " the mayor said.";
    speaker(quoted, "he", "left", "Ben Ortiz is wrong", "Tom Hale");
  }

  /**
   * A pronoun after a sentence whose main clause follows an opening clause ("Asked whether ...,
   * Ben Ortiz shrugged.") is that main clause's subject, not a person quoted inside the opening
   * clause just before ("Tom Hale, who has called ...").
   */
  @Test
  void aPronounPrefersTheMainSubjectToAPersonQuotedInAnOpeningClause() {
    String text = "Asked whether he feared that Tom Hale, who has called the plan a failure,"
        + " could win the vote, Ben Ortiz shrugged. He said that the plan would pass.";
    Quote inner = quote("q1", text, "who", "called", "the plan a failure");
    Quote outer = quote("q2", text, "He", "said", "that the plan would pass");
    SpeakerResolution r = RESOLVER.resolve(new Analysis(Article.of("t", text), NlpModels.get()),
        List.of(inner, outer));
    assertThat(nameOf(r, "q1")).isEqualTo("Tom Hale");
    assertThat(nameOf(r, "q2")).isEqualTo("Ben Ortiz");
  }

  /**
   * A source span that names no one who can speak (the object of the cue's clause, as a source
   * stage may pick it: "an opportunity", "a Democratic effort") gives way to the person or
   * organisation named as the subject before the cue; a span whose head may name a person the
   * lexicon lacks ("a heckler"), or that holds a name or an acronym, stays as it is.
   */
  @Test
  void aSourceThatNamesNoSpeakerGivesWayToTheSubjectBeforeTheCue() {
    String text = "Mayor Lena Corbett took the stage at noon. Corbett never missed an opportunity"
        + " to remind the crowd that the bridge was finished early.";
    Speaker s = speaker(text, "an opportunity", "remind", "that the bridge was finished early",
        "Lena Corbett");
    assertThat(reason(s, "an opportunity", 0)).startsWith("implausible-source:")
        .contains("'Corbett'");
    String org = "The Halvern Water Authority will lead a regional effort to warn residents that"
        + " the reservoir is low.";
    speaker(org, "a regional effort", "warn", "that the reservoir is low",
        "Halvern Water Authority");
    String person = "Governor Ruth Amsel spoke for an hour. A heckler shouted that the plan was a"
        + " fraud.";
    assertThat(speaker(person, "A heckler", "shouted", "that the plan was a fraud").name())
        .isNotEqualTo("Ruth Amsel");
  }

  /**
   * Words that end organisation names make them organisations ("United States Pacific Command",
   * "Marlow Clinic", "Halvern Chamber of Commerce", a capitalised "Convention"), which a pronoun
   * then never takes for a person; and page furniture speaks as a document ("the caption reads").
   */
  @Test
  void commandsAndClinicsAreOrganisationsAndCaptionsDocuments() {
    String text = "Admiral Tomas Reyna leads the United States Pacific Command. He said the"
        + " patrols would go on.";
    speaker(text, "He", "said", "the patrols would go on", "Tomas Reyna");
    String clinic = "Doctors at the Marlow Clinic treated 40 people. The Marlow Clinic said it"
        + " had enough beds.";
    assertThat(speaker(clinic, "The Marlow Clinic", "said", "it had enough beds").kind())
        .isEqualTo(SpeakerKind.ORGANIZATION);
    String chamber = "The Halvern Chamber of Commerce opposed the levy. The chamber warned that"
        + " shops would close.";
    speaker(chamber, "The chamber", "warned", "that shops would close",
        "Halvern Chamber of Commerce");
    String convention = "The Harlow National Convention announced that voting would close at"
        + " noon.";
    assertThat(speaker(convention, "The Harlow National Convention", "announced",
        "that voting would close at noon").kind()).isEqualTo(SpeakerKind.ORGANIZATION);
    String caption = "A photo of the senator ran on Sunday. The caption reads that she was in"
        + " Ohio.";
    assertThat(speaker(caption, "The caption", "reads", "that she was in Ohio").kind())
        .isEqualTo(SpeakerKind.DOCUMENT);
  }

  /**
   * A name glued to the quotation before it (",”Okafor said", as web text often has it) is read
   * without the quotation mark: the person named before, not a speaker "”Okafor" of its own.
   */
  @Test
  void aNameGluedToTheQuotationBeforeItIsReadWithoutTheMark() {
    String text = "Mayor Ada Okafor opened the hearing on Monday. \u201CThe pier will be rebuilt by"
        + " May,\u201DOkafor said.";
    speaker(text, "\u201DOkafor", "said", "The pier will be rebuilt by May", "Ada Okafor");
  }

  /**
   * "She" with no person of that gender in the sentences before it is the last speaker known to
   * be a woman, however far back, and the mention says so; it was a speaker "she" of its own.
   */
  @Test
  void aPronounWithNoAntecedentNearbyIsTheLastSpeakerOfItsGender() {
    String text = "Senator Maria Velez announced the port would reopen. The port closed in March."
        + " Ships waited offshore for weeks. Fuel prices rose. The harbour froze twice. Dockworkers"
        + " went unpaid. Trucks idled at the gates. The storms ended in April. Cranes were"
        + " repaired. Later she said that the budget was enough.";
    Quote first = quote("q1", text, "Senator Maria Velez", "announced", "the port would reopen");
    Quote later = quote("q2", text, "she", "said", "that the budget was enough");
    SpeakerResolution r = RESOLVER.resolve(new Analysis(Article.of("t", text), NlpModels.get()),
        List.of(first, later));
    Speaker s = speakerOf(r, "q2");
    assertThat(s.name()).isEqualTo("Maria Velez");
    assertThat(reason(s, "she", 0)).startsWith("pronoun:").contains("the last speaker");
  }

  /**
   * "It" opening a sentence right after one in its paragraph where a thing spoke ("The letter
   * accuses ...") continues that thing's speaker, and the mention says so; not after a people
   * noun ("The aides accuse ...") or across a paragraph break.
   */
  @Test
  void itContinuesTheThingThatSpokeInTheSentenceBefore() {
    String text = "The Harwick Trust released a letter on Monday. The letter accuses one reporter"
        + " of bias. It also accused another reporter of errors in the story.";
    SpeakerResolution r = RESOLVER.resolve(new Analysis(Article.of("t", text), NlpModels.get()),
        List.of(quote("q1", text, "The letter", "accuses", "one reporter of bias"),
            quote("q2", text, "It", "accused", "another reporter of errors in the story")));
    assertThat(nameOf(r, "q1")).isEqualTo("Harwick Trust");
    Speaker s = speakerOf(r, "q2");
    assertThat(s.name()).isEqualTo("Harwick Trust");
    assertThat(reason(s, "It", 0)).contains("the thing that spoke");
    String person = text.replace("The Harwick Trust released a letter", "A letter from Mayor Ada"
        + " Vell reached the Courier");
    SpeakerResolution p = RESOLVER.resolve(new Analysis(Article.of("t", person), NlpModels.get()),
        List.of(quote("q1", person, "The letter", "accuses", "one reporter of bias"),
            quote("q2", person, "It", "accused", "another reporter of errors in the story")));
    assertThat(nameOf(p, "q1")).isEqualTo("Ada Vell");
    assertThat(nameOf(p, "q2")).as("a person's letter").isEqualTo("Ada Vell");
    String paragraph = text.replace(" It also", "\n\nIt also");
    String people = text.replace("The letter accuses", "The aides accuse");
    for (String other : List.of(paragraph, people)) {
      boolean aides = other.equals(people);
      SpeakerResolution o = RESOLVER.resolve(new Analysis(Article.of("t", other),
          NlpModels.get()), List.of(quote("q1", other, aides ? "The aides" : "The letter",
              aides ? "accuse" : "accuses", "one reporter of bias"),
          quote("q2", other, "It", "accused", "another reporter of errors in the story")));
      assertThat(o.speakers().stream().flatMap(x -> x.provenance().stream())
          .map(SpeakerMention::reason)).as(other)
          .noneMatch(x -> x.contains("the thing that spoke"));
    }
  }

  /**
   * A plural role noun before names that "and" joins gives each name the role ("radio hosts Dan
   * Ferris and Leah Obi"): the second as well as the first, so "the host" may find either.
   */
  @Test
  void aPluralRoleNounBeforeJoinedNamesGivesEachTheRole() {
    String text = "The mayor spoke with radio hosts Dan Ferris and Leah Obi on Monday. Ms. Obi said"
        + " the interview had run long.";
    Speaker s = speaker(text, "Ms. Obi", "said", "the interview had run long", "Leah Obi");
    assertThat(s.roles()).contains("radio hosts");
  }

  /**
   * Memoranda, assessments, audits, communiqués and the like are documents: their issuer speaks
   * for them ("a 2001 memorandum issued by the Tarran immigration agency. It says", "the
   * council's own impact assessment found").
   */
  @Test
  void aMemorandumOrAnAssessmentSpeaksForItsIssuer() {
    speaker("Rep. Ada Vell filed the bill on Monday. Vell cited a 2001 memorandum issued by the"
        + " Tarran Immigration Agency. It says that visitors who break the rules can be barred.",
        "It", "says", "that visitors who break the rules can be barred",
        "Tarran Immigration Agency");
    speaker("The Harwick Borough Council approved the cuts. The council's own impact assessment"
        + " found that disabled residents would lose most.", "The council's own impact"
        + " assessment", "found", "that disabled residents would lose most",
        "Harwick Borough Council");
  }

  /**
   * "It" after a sentence whose subject is a person is the document anywhere in that person's
   * predicate before its first comma ("is expected to unveil on Monday her second ad"), also when
   * a prepositional phrase with a verb in it opens that sentence; a speech noun that only
   * modifies another ("her ad campaign") is no document.
   */
  @Test
  void itIsTheDocumentAnywhereInThePersonsPredicate() {
    speaker("Ada Vell is expected to unveil on Monday her second ad of the race. It says that the"
        + " mill will reopen.", "It", "says", "that the mill will reopen", "Ada Vell");
    speaker("Tom Ferrin spoke first. After the proposed cuts, Ada Vell released on Monday her"
        + " second ad of the race. It says that the mill will reopen.", "It", "says",
        "that the mill will reopen", "Ada Vell");
    assertThat(speaker("Ada Vell spoke about her ad campaign on Monday. It says that the mill will"
        + " reopen.", "It", "says", "that the mill will reopen").name())
        .as("a speech noun before a noun").isNotEqualTo("Ada Vell");
  }

  /**
   * A person's name right before a document people write ("A Fierro ad", "the Ubadike memos") is
   * its author; before a study or an investigation it is only what the document is about.
   */
  @Test
  void aPersonsNameBeforeAnAdOrAMemoIsItsAuthor() {
    String text = "Senator Alma Fierro opened her campaign in Tolmere on Saturday. A Fierro ad"
        + " said that the mill closures had cost 900 jobs.";
    Speaker ad = speaker(text, "A Fierro ad", "said", "that the mill closures had cost 900 jobs",
        "Alma Fierro");
    assertThat(ad.kind()).isEqualTo(SpeakerKind.PERSON);
    speaker("Budget chief Nkem Ubadike wrote to the mayor twice. The Ubadike memos warned that the"
        + " reserve would run dry by June.", "The Ubadike memos", "warned",
        "that the reserve would run dry by June", "Nkem Ubadike");
    Speaker study = speaker("Senator Alma Fierro toured the valley. A Fierro investigation found"
        + " that the senator had broken no rule.", "A Fierro investigation", "found",
        "that the senator had broken no rule");
    assertThat(study.name()).isNotEqualTo("Alma Fierro");
  }

  /**
   * A collection of documents ("a fresh batch of Treasury emails", "a trove of
   * letters") is the documents it collects: the name before their noun issued them.
   */
  @Test
  void aBatchOfDocumentsIsIssuedByTheNameBeforeTheirNoun() {
    Speaker s = speaker("A fresh trove of Tolmere Water Board memos, made public on Monday,"
        + " proves that managers knew of the leak in March.", "A fresh trove of Tolmere Water"
        + " Board memos", "proves", "that managers knew of the leak in March",
        "Tolmere Water Board");
    assertThat(s.kind()).isEqualTo(SpeakerKind.ORGANIZATION);
  }

  /**
   * A source span behind "in", "during", "at" or "on", after its cue ("said in [a follow-up
   * interview]", "said at [a packed public meeting]") or before it ("X, in [a radio interview],
   * said"), names where or how the words were said: the person named as the cue's subject
   * speaks. A source after "by" or straight after the cue stays the source.
   */
  @Test
  void aSourceBehindInOrAtIsWhereTheSubjectSpoke() {
    String text = "Mara Lind, 41, of Tolmere, who was among those surveyed, said in a follow-up"
        + " interview that she would vote for the levy.";
    Speaker s = speaker(text, "a follow-up interview", "said", "that she would vote for the levy",
        "Mara Lind");
    assertThat(reason(s, "a follow-up interview", 0)).startsWith("circumstance:");
    speaker("\"We were never asked,\" Mara Lind, 41, of Tolmere, who was among those surveyed,"
        + " said in a follow-up interview.", "a follow-up interview", "said", "We were never asked",
        "Mara Lind");
    speaker("Councillor Ivo Pask, in a radio interview on Monday, said that the bridge would"
        + " close.", "a radio interview", "said", "that the bridge would close", "Ivo Pask");
    speaker("Councillor Ivo Pask said at a packed public meeting that the bridge would close.",
        "a packed public meeting", "said", "that the bridge would close", "Ivo Pask");
    Speaker agent = speaker("Mara Lind was told by the Harlow Water Board that the main would be"
        + " replaced.", "the Harlow Water Board", "told", "that the main would be replaced");
    assertThat(agent.name()).isEqualTo("Harlow Water Board");
  }

  /**
   * A role noun the tagger reads as a preposition by the words around it ("Vell's senior
   * communications adviser Jason Rieker", where "adviser" comes out as one) is still a role noun:
   * the person named after it is the speaker, not a complement of the "preposition".
   */
  @Test
  void aRoleNounTaggedAsAPrepositionStillLeadsToTheNameAfterIt() {
    String text = "The race tightened. Vell's senior communications adviser Jason Rieker said in"
        + " the statement that the race was close.";
    Speaker s = speaker(text, "Vell's senior communications adviser Jason Rieker", "said",
        "that the race was close", "Jason Rieker");
    assertThat(s.kind()).isEqualTo(SpeakerKind.PERSON);
  }

  /**
   * A plural noun whose possessive apostrophe the tokenizer left on the word ("The candidates\u2019
   * estimates", "the judges' statement") is a group named by the noun, without the apostrophe.
   */
  @Test
  void aPluralPossessiveSourceIsTheGroupItNames() {
    for (String mark : List.of("\u2019", "'")) {
      String text = "Three men ran for mayor. The candidates" + mark + " estimates of the cost"
          + " range from 100 to 250.";
      Speaker s = speaker(text, "The candidates" + mark, "estimates", "100 to 250");
      assertThat(s.name()).as(text).isEqualTo("candidates");
      assertThat(s.kind()).as(text).isEqualTo(SpeakerKind.GROUP);
    }
  }

  /**
   * A full name whose surname carries a possessive the tagger reads as a common noun ("President
   * Nadia Okonjo\u2019s speech") is the full name, so "the president" later is that person, not a
   * person "Nadia" of her own.
   */
  @Test
  void aPossessiveSurnameAfterAFirstNameStaysInTheName() {
    String text = "One of the central claims of President Nadia Okonjo\u2019s speech to the"
        + " assembly on Wednesday does not stand up. The president told delegates that exports"
        + " had doubled.";
    Speaker s = speaker(text, "The president", "told", "that exports had doubled",
        "Nadia Okonjo");
    assertThat(s.mentions()).extracting(Span::text).contains("President Nadia Okonjo");
  }

  /**
   * A nickname in quotation marks follows the first name also after other capitalised words
   * ("former medic and Ranger Paul \u201CDoc\u201D Varga"): one person, Paul Varga, whom the
   * surname alone later names; it was "Paul" and "Varga" apart.
   */
  @Test
  void aQuotedNicknameFollowsTheFirstNameAfterOtherCapitalisedWords() {
    String text = "The panel heard from former medic and Ranger Paul \u201CDoc\u201D Varga on"
        + " Monday. Mr. Varga said the clinic had run out of bandages.";
    Speaker s = speaker(text, "Mr. Varga", "said", "the clinic had run out of bandages");
    assertThat(s.name()).startsWith("Paul").endsWith("Varga").doesNotContain("Ranger");
  }

  /**
   * "The country" is no state of it named before ("Florida"), but is a country ("France"); "the
   * town" is a name the text once writes as "Name, Region" (a town, though the tagger may read it
   * as a surname), not a place named before it; a lone "Nation" opening a sub-headline line is
   * the place the headline named.
   */
  @Test
  void placeNounsTakeTheirOwnKindOfPlace() {
    Speaker state = speaker("Turnout in Florida was high on Tuesday. The country has said the"
        + " vote was fair.", "The country", "has said", "the vote was fair");
    assertThat(state.name()).isNotEqualTo("Florida");
    speaker("Turnout in France was high on Tuesday. The country has said the vote was fair.",
        "The country", "has said", "the vote was fair", "France");
    Speaker town = speaker("Quellbrook, Ohio, had no thefts last year. Quellbrook had two in"
        + " 2019. The town said it was proud of the change.", "The town", "said",
        "it was proud of the change", "Quellbrook");
    assertThat(town.kind()).isEqualTo(SpeakerKind.ORGANIZATION);
    Speaker city = speaker("Sam Quellbrook spoke in Columbus on Monday. The city said the talk"
        + " went well.", "The city", "said", "the talk went well");
    assertThat(city.name()).isNotEqualTo("Sam Quellbrook"); // never written "Name, Region"
    speaker("In shift, Peru to reopen border talks.\nNation says it wants a deal by June\n\n"
        + "The foreign minister flew to Santiago on Monday.", "Nation", "says",
        "it wants a deal by June", "Peru");
  }

  /**
   * Readings inside the noun phrase: "the young ones" takes its noun from "young voters" before
   * it (one-anaphora); a source in small letters set between dashes after a plural noun is that
   * noun's group; a capitalised share ("Less than a third") is a group, never the name "Less".
   */
  @Test
  void onesDashesAndSharesReadInsideTheNounPhrase() {
    speaker("The survey asked which candidate appeals to young voters. In the end the young ones"
        + " said they want jobs.", "the young ones", "said", "they want jobs", "young voters");
    Speaker unnamed = speaker("The survey asked which candidate appeals to older voters. In the"
        + " end the young ones said they want jobs.", "the young ones", "said", "they want jobs");
    assertThat(unnamed.name()).isEqualTo("young ones");
    speaker("When delegates -- party officials who said they would back the winner -- are"
        + " counted, Pellan leads.", "party officials", "said", "they would back the winner",
        "delegates");
    Speaker open = speaker("Pellan won the delegates -- party officials said they would back"
        + " the winner.", "party officials", "said", "they would back the winner");
    assertThat(open.name()).isNotEqualTo("delegates");
    Speaker share = speaker("Less than a third said the mayor was right.", "Less than a third",
        "said", "the mayor was right");
    assertThat(share.kind()).isEqualTo(SpeakerKind.GROUP);
    assertThat(share.name()).isNotEqualTo("Less");
    speaker("Lessing said the mayor was right.", "Lessing", "said", "the mayor was right",
        "Lessing");
  }

  /**
   * "The inspector general" holds a civil post: it is not the person "Gen." named before, whom
   * "the general" is.
   */
  @Test
  void anInspectorGeneralIsNoGeneral() {
    Speaker post = speaker("Gen. Mark Quarle spoke first. The inspector general said the audit was"
        + " late.", "The inspector general", "said", "the audit was late");
    assertThat(post.name()).isNotEqualTo("Mark Quarle");
    speaker("Gen. Mark Quarle spoke first. The general said the audit was late.", "The general",
        "said", "the audit was late", "Mark Quarle");
    speaker("Attorney General Odile Tessor spoke first. The attorney general said the audit was"
        + " late.", "The attorney general", "said", "the audit was late", "Odile Tessor");
  }

  /**
   * A shared nationality tells no organisation apart: "the Peruvian government" is no "Peruvian
   * Embassy".
   */
  @Test
  void aSharedNationalityTellsNoOrganisationApart() {
    speaker("The Peruvian Embassy declined to comment on Monday. Later the Peruvian government"
        + " said it would study the plan.", "the Peruvian government", "said",
        "it would study the plan", "Peruvian government");
  }

  /**
   * A document from an owner's post ("a report from the Harbour Board's inspector general") is
   * the document of the one person the article gives that post, also when it names the person
   * only later ("the Harbour Board inspector general, Wenna Tregarthen"), and so is a document
   * whose acronym spells the post in small letters ("The IG report"). With no holder named, the
   * owner issued it; with two holders, neither did.
   */
  @Test
  void aDocumentFromAnOwnersPostIsTheHoldersTheArticleNames() {
    String report = "The ferry service misled riders, according to a report from the Harbour"
        + " Board's inspector general.";
    String review = " The IG report found that staff had ignored warnings.\n\nThe ferries ran"
        + " late all winter.";
    String holder = "\n\nThe Harbour Board inspector general, Wenna Tregarthen, said more work"
        + " remains.";
    String source = "a report from the Harbour Board's inspector general";
    String cue = "according to";
    String content = "The ferry service misled riders";
    speaker(report + review + holder, source, cue, content, "Wenna Tregarthen");
    speaker(report + review + holder, "The IG report", "found", "that staff had ignored warnings",
        "Wenna Tregarthen");
    speaker(report + review, source, cue, content, "Harbour Board");
    String two = holder + " Last year the Harbour Board inspector general, Piran Hocking, said"
        + " the same.";
    assertThat(speaker(report + review + two, source, cue, content).name())
        .as("two holders").isEqualTo("Harbour Board");
    assertThat(speaker(report + review + two, "The IG report", "found",
        "that staff had ignored warnings").name()).as("two holders")
        .isNotIn("Wenna Tregarthen", "Piran Hocking");
  }

  /**
   * A news report in the lead that names no issuer is the report of the organisation the text
   * then says reported the news ("the Daily Courant reported"); a person who reports something
   * is a witness, not its publisher.
   */
  @Test
  void aReportIsTheOrganisationsThatReportedTheNews() {
    String lead = "Mayor missed hearings\n\nA news report published on Friday said the mayor"
        + " had missed four hearings. ";
    String source = "A news report";
    String content = "the mayor had missed four hearings";
    speaker(lead + "The Daily Courant reported that aides had kept his diary.", source, "said",
        content, "Daily Courant");
    assertThat(speaker(lead + "Morwenna Polglase reported that aides had kept his diary.",
        source, "said", content).name()).isNotEqualTo("Morwenna Polglase");
  }

  /**
   * A no-break space reads as a space in the words that name a document's issuer (the text is
   * normalised before the resolver reads it): "the book" after "a new book by political
   * journalist" and a no-break space before the name is that person's, as with a plain space;
   * not after "a new book about" the person.
   */
  @Test
  void aNoBreakSpaceBeforeTheIssuersNameReadsAsASpace() {
    String after = ". The book says that the harbour plan failed.";
    speaker("Critics cite a new book by political journalist\u00a0Kerensa Pentreath" + after,
        "The book", "says", "that the harbour plan failed", "Kerensa Pentreath");
    assertThat(speaker("Critics cite a new book about political journalist\u00a0Kerensa"
        + " Pentreath" + after, "The book", "says", "that the harbour plan failed").name())
        .isNotEqualTo("Kerensa Pentreath");
  }

  /**
   * A named person who speaks in an authored document ("X says in the ad", the words right
   * after the cue, even inside the content span) issued it: "the ad" paragraphs later is that
   * person's. Not without a document spoken in, nor for a speaker with no name, nor when "the
   * release" spoken in is one another issuer's release named before.
   */
  @Test
  void aDocumentANamedPersonSpokeInIsThatPersonsLater() {
    String later = "\n\nShe toured the coast on Monday.\n\nCrowds were small.\n\nThe ad"
        + " itself claims that the port will reopen.";
    for (String[] c : new String[][] {
        {"Kerensa Pentreath says in the ad that the tax on boats will fall.", "Kerensa Pentreath",
            "in the ad that the tax on boats will fall", "Kerensa Pentreath"},
        {"Kerensa Pentreath says that the tax on boats will fall.", "Kerensa Pentreath",
            "that the tax on boats will fall", null},
        {"Her spokeswoman says in the ad that the tax on boats will fall.", "Her spokeswoman",
            "in the ad that the tax on boats will fall", null}}) {
      String text = c[0] + later;
      SpeakerResolution r = RESOLVER.resolve(new Analysis(Article.of("t", text),
          NlpModels.get()), List.of(quote("q1", text, c[1], "says", c[2]),
          quote("q2", text, "The ad itself", "claims", "that the port will reopen")));
      if (c[3] != null) {
        assertThat(nameOf(r, "q2")).as(c[0]).isEqualTo(c[3]);
      } else {
        assertThat(r.speakerIdOf("q2").map(id -> nameOf(r, "q2")).orElse(""))
            .as(c[0]).isNotEqualTo("Kerensa Pentreath").doesNotContain("spokeswoman");
      }
    }
    String release = "The Zennor Institute said in a release that the ferry will run. Kerensa"
        + " Pentreath says in the release that the tax on boats will fall." + later
        .replace("The ad itself", "The release");
    SpeakerResolution r = RESOLVER.resolve(new Analysis(Article.of("t", release),
        NlpModels.get()), List.of(
            quote("q0", release, "The Zennor Institute", "said", "that the ferry will run"),
            quote("q1", release, "Kerensa Pentreath", "says",
                "in the release that the tax on boats will fall"),
            quote("q2", release, "The release", "claims", "that the port will reopen")));
    assertThat(nameOf(r, "q2")).as("the release named before").isEqualTo("Zennor Institute");
  }

  /**
   * "The poll" continues the polls of one issuer when a new poll the text gives the same issuer
   * came between ("A poll by the X Institute", then "A new statewide poll has found" with "The X
   * Institute poll" after it); when the new poll is another issuer's, "the poll" tells neither.
   */
  @Test
  void aNewPollOfTheSameIssuerLeavesThePollItsIssuers() {
    String first = "Harbour vote\n\nA poll by the Zennor Institute shows Pentreath ahead.\n\n";
    String same = "A new statewide poll has found that the race is tight. The Zennor Institute"
        + " poll of 900 voters was taken in May.";
    String other = "A new poll by Gwithian Research has found that the race is tight.";
    String last = "\n\nTurnout in the county was low.\n\nThe poll showed Hocking gaining.";
    for (String middle : List.of(same, other)) {
      String text = first + middle + last;
      SpeakerResolution r = RESOLVER.resolve(new Analysis(Article.of("t", text),
          NlpModels.get()), List.of(
              quote("q1", text, "A poll by the Zennor Institute", "shows", "Pentreath ahead"),
              quote("q2", text, middle.startsWith("A new poll") ? "A new poll by Gwithian Research"
                  : "A new statewide poll", "has found", "that the race is tight"),
              quote("q3", text, "The poll", "showed", "Hocking gaining")));
      if (middle.equals(same)) {
        assertThat(nameOf(r, "q2")).isEqualTo("Zennor Institute");
        assertThat(nameOf(r, "q3")).isEqualTo("Zennor Institute");
      } else {
        assertThat(nameOf(r, "q3")).isNotIn("Zennor Institute", "Gwithian Research");
      }
    }
  }

  /**
   * "By" and a verb in -ing after a document names how it was made, not who issued it: the
   * studies stay a document; "conducted by the X Institute" still names the issuer.
   */
  @Test
  void byAndAVerbInIngNamesAMeansNotAnIssuer() {
    Speaker studies = speaker("Studies, often conducted by comparing counties, have found little"
        + " harm.", "Studies, often conducted by comparing counties,", "have found",
        "little harm");
    assertThat(studies.kind()).isEqualTo(SpeakerKind.DOCUMENT);
    assertThat(studies.name()).doesNotStartWith("comparing");
    speaker("Studies conducted by the Zennor Institute have found little harm.",
        "Studies conducted by the Zennor Institute", "have found", "little harm",
        "Zennor Institute");
  }

  /**
   * A share of the documents a person writes, owned by a possessive pronoun ("one of her
   * letters"), is that person's; a share of people ("One of her aides") is not the owner.
   */
  @Test
  void oneOfHerLettersIsTheAuthorsDocument() {
    speaker("Helen Pentreath wrote to every harbour trader in May, and Piran Hocking answered"
        + " none. Now one of her letters warns that the fees will double.", "one of her letters",
        "warns", "that the fees will double", "Helen Pentreath");
    assertThat(speaker("Kerensa Pentreath toured the harbour. One of her aides said the race is"
        + " close.", "One of her aides", "said", "the race is close").name())
        .isNotEqualTo("Kerensa Pentreath");
  }

  /**
   * A document in the headline ("..., poll finds") is the one the text names with its issuer up
   * to six paragraphs after it; not further, and not for a bare "poll" past the lead.
   */
  @Test
  void aHeadlinesDocumentIsTheOneNamedWithinSixParagraphs() {
    String filler = "\n\nThe survey asked about jobs and rent.";
    String issuer = "\n\nThe latest Zennor College poll of 1,000 adults was taken in May.";
    String headline = "Young voters upbeat, poll finds";
    assertThat(speakerAt(headline + filler.repeat(4) + issuer, "", "poll", "finds",
        "Young voters upbeat").name()).isEqualTo("Zennor College");
    assertThat(speakerAt(headline + filler.repeat(7) + issuer, "", "poll", "finds",
        "Young voters upbeat").name()).as("seven paragraphs on").isNotEqualTo("Zennor College");
    assertThat(speakerAt("Harbour vote" + filler.repeat(2) + "\n\n" + headline + "."
        + filler.repeat(2) + issuer, "", "poll", "finds", "Young voters upbeat").name())
        .as("past the lead").isNotEqualTo("Zennor College");
  }

  /**
   * "The law" or "the legislation" is the law of the place the text named with a law in this
   * or the previous paragraph ("a challenge to Iceland legislation"); not with no such law
   * named, nor for "Iceland lawmakers".
   */
  @Test
  void theLawIsThePlacesNamedWithALawJustBefore() {
    String content = "two visits to a clinic";
    speaker("The court will hear a challenge to Iceland legislation that closed clinics. The law"
        + " requires two visits to a clinic.", "The law", "requires", content, "Iceland");
    assertThat(speaker("Iceland lawmakers met on Monday. The law requires two visits to a"
        + " clinic.", "The law", "requires", content).name()).isNotEqualTo("Iceland");
  }

  /**
   * In a digest whose items are a headline in capitals, a summary and a credit in square
   * brackets closing the paragraph, the headline as a source is the credited outlet's; not a
   * headline in small letters, nor one whose paragraph closes with no credit.
   */
  @Test
  void aDigestHeadlineIsTheOutletItsParagraphCreditsInBrackets() {
    String item = "Stocks fell for a third day on Tuesday.";
    String credit = " [Daily Courant.]";
    String headline = "MARKETS SLIDE ON RATE FEARS";
    speaker("Morning digest\n\n" + headline + " " + item + credit, headline, "fell",
        "for a third day on Tuesday", "Daily Courant");
    String small = "Markets slide on rate fears";
    assertThat(speaker("Morning digest\n\n" + small + " " + item + credit, small, "fell",
        "for a third day on Tuesday").name()).isNotEqualTo("Daily Courant");
    assertThat(speaker("Morning digest\n\n" + headline + " " + item + "\n\nBonds were flat."
        + credit, headline, "fell", "for a third day on Tuesday").name())
        .isNotEqualTo("Daily Courant");
  }

  private static Quote quote(String id, String text, String source, String cue, String content) {
    Span c = once(text, content);
    return new Quote(id, QuoteType.INDIRECT, c, List.of(c), new Cue(once(text, cue), cue),
        once(text, source), null, 1.0, "test", "test-rule");
  }

  private static String nameOf(SpeakerResolution r, String quoteId) {
    return speakerOf(r, quoteId).name();
  }

  /** The speaker a resolution gives the quote with this id. */
  private static Speaker speakerOf(SpeakerResolution r, String quoteId) {
    String id = r.speakerIdOf(quoteId).orElseThrow(() -> new AssertionError("no speaker"));
    return r.speakers().stream().filter(x -> x.id().equals(id)).findFirst().orElseThrow();
  }

  /**
   * The speaker of one indirect quote with these source, cue and content (each found once, as
   * whole words), asserting its name.
   */
  static Speaker speaker(String text, String source, String cue, String content, String name) {
    Speaker s = speaker(text, source, cue, content);
    assertThat(s.name()).as("speaker of '%s'", source).isEqualTo(name);
    return s;
  }

  /**
   * A source span the source stage cut short of the one who speaks: a hearing that "heard
   * evidence from" a witness is the witness's, and the first of two posts joined by "and" before
   * a full name, or a post cut before its last words ("[X Lines chief] operating officer"), is
   * that name's.
   */
  @Test
  void aHearingsWitnessAndPostsCutShortLeadToTheName() {
    speaker("The tribunal heard evidence from Owen Pask, a shift manager at the depot, who"
        + " accepted that rotas were often drawn up late.", "The tribunal", "heard",
        "evidence from Owen Pask, a shift manager at the depot, who accepted that rotas were"
        + " often drawn up late", "Owen Pask");
    speaker("Nurse and Wiradjuri woman Kylie Dunn, who grew up in Dubbo, said the clinic would"
        + " stay open.", "Nurse", "said", "the clinic would stay open", "Kylie Dunn");
    speaker("Harbour Freight Lines chief operating officer Ada Reed \u2014 no relation \u2014 said"
        + " the offer was fair.", "Harbour Freight Lines chief", "said", "the offer was fair",
        "Ada Reed");
  }

  /**
   * An age after reported words that open with a person's name continues that person ("X will
   * not join the squad, the 31-year-old announced"), not someone named before; words in
   * quotation marks are no such opening.
   */
  @Test
  void anAgeAfterReportedWordsContinuesTheirSubject() {
    String text = "Coach Martin Ferreira named his squad on Monday. Star wide receiver Thandi"
        + " Mokoena will not join her teammates at the reception, the 31-year-old announced on"
        + " Tuesday.";
    speaker(text, "the 31-year-old", "announced", "Star wide receiver Thandi Mokoena will not"
        + " join her teammates at the reception", "Thandi Mokoena");
  }

  /**
   * A post the source stage picked without the person it belongs to: the first of two posts
   * joined by "and" after a capitalised word, with the cue before it ("according to [Herald
   * contributor] and economic historian Nadia Ostrow") or after it, and a post after ", who is"
   * ("Rowan Tarrow, who is [chairman of ...]"; "who was").
   */
  @Test
  void aPostCutFromItsHolderLeadsToTheHolder() {
    speaker("Bread prices rose again in May, according to Herald contributor and economic"
        + " historian Nadia Ostrow, who tracks them.", "Herald contributor", "according to",
        "Bread prices rose again in May", "Nadia Ostrow");
    // a cue before the source does not let a verb read as a post lead on to its object
    Speaker lee = speakerAt("Ann Lee spoke first. Citing an old rumour, Lee repeatedly accused"
        + " Sam Tarrow of fraud.", "rumour,", "Lee", "Citing", "an old rumour");
    assertThat(lee.name()).isEqualTo("Ann Lee");
    speaker("The work began in June. Mining contractor and parish councillor Owen Mabry said the"
        + " road would close.", "Mining contractor", "said", "the road would close",
        "Owen Mabry");
    speaker("The lease was signed in 2019, said Rowan Tarrow, who is chairman of the Fairway"
        + " Action Fund.", "chairman of the Fairway Action Fund", "said",
        "The lease was signed in 2019", "Rowan Tarrow");
    speaker("Ada Brenn, who was a nurse at the clinic for a decade, told the panel that staff"
        + " were exhausted.", "a nurse at the clinic", "told", "that staff were exhausted",
        "Ada Brenn");
  }

  /**
   * "His attorney" is the one person the text calls an attorney for someone "he" may stand for,
   * named before or after ("An attorney for Bryce Olander, Mark Tennet,"); not one for a body.
   */
  @Test
  void aPossessedPostIsTheOnePersonGivenItForSomeoneThePronounFits() {
    speaker("The panel voted on Tuesday despite warnings from his attorney that the hearing was"
        + " pointless. An attorney for Bryce Olander, Mark Tennet, said his client would not"
        + " appear.", "his attorney", "warnings", "that the hearing was pointless",
        "Mark Tennet");
    Speaker s = speaker("Senator Bryce Olander was absent. The panel voted despite warnings from"
        + " his attorney that the hearing was pointless. Mark Tennet, an attorney for the"
        + " Harbour Trust, said the trust would not appear.", "his attorney", "warnings",
        "that the hearing was pointless");
    assertThat(s.name()).isNotEqualTo("Mark Tennet");
  }

  /**
   * Pronouns the salience ranking alone got wrong: a place is "it" only as a subject of the
   * pronoun's sentence or the one before (not "Ohio" three sentences back); a candidate in the
   * writer's own question is less salient than the person quoted before it; a full name of no
   * gender yet, the subject just before "he", is "he" when nobody agrees for sure ("Corwin"
   * is no listed first name).
   */
  @Test
  void pronounsTakeNoDistantPlaceNoQuestionsSubjectAndTheSubjectJustBefore() {
    Speaker it = speaker("Ohio has seen a boom in home bakeries. Maria Ostrow runs one from her"
        + " kitchen. She sold cakes online for years. Last month Flintbox suspended her seller"
        + " account; it did not explain why.", "it", "explain", "why");
    assertThat(it.name()).isNotEqualTo("Ohio");
    speaker("Senator Ray Moberly spoke first. Kerwin Dahl, a law professor, told us the vote was"
        + " close. Do Democrats run a bigger risk with Moberly than they did with Brackley? It is a"
        + " gamble, he said.", "he", "said", "It is a gamble", "Kerwin Dahl");
    speaker("When Corwin Quell, Moberly's campaign manager was asked about the poll, he laughed and"
        + " said it meant nothing.", "he", "said", "it meant nothing", "Corwin Quell");
    // not a headline's name
    Speaker she = speaker("Water boss sorry\n\nThe chief executive of Tarn Water has told MPs"
        + " she is deeply sorry for the spills.", "she", "told", "is deeply sorry for the spills");
    assertThat(she.name()).isNotEqualTo("Tarn Water");
  }

  /**
   * In an article of readers' posts, each signed by a paragraph that is only a name or an
   * @handle, "I" in a post is the one who signs it.
   */
  @Test
  void theIOfAReadersPostIsWhoSignsIt() {
    String text = "What readers say about the stadium plan\n\nI think the city should spend the"
        + " money on schools first.\n\n@harbourfan.\n\nThe stadium will bring jobs, and I"
        + " believe the mayor is right.\n\nLena Ostrow.\n\nMy family has lived here for decades"
        + " and we do not want the traffic.\n\nTom Quarrie.";
    assertThat(speakerAt(text, "plan", "I", "think", "the city should spend the money on"
        + " schools first").name()).isEqualTo("@harbourfan");
    assertThat(speakerAt(text, "jobs, and", "I", "believe", "the mayor is right").name())
        .isEqualTo("Lena Ostrow");
    // two signatures are no compilation: "I" outside quotations stays the writer's
    String two = "Stadium plan\n\nI think the city should spend the money on schools first."
        + "\n\nLena Ostrow.\n\nThe council meets on Monday.\n\nTom Quarrie.";
    assertThat(speakerAt(two, "plan", "I", "think", "the city should spend the money on"
        + " schools first").name()).isNotEqualTo("Lena Ostrow");
  }

  /**
   * A share ("most") after a capitalised plural that follows a comma is a share of that group:
   * "That said, Renters are more divided, although most oppose".
   */
  @Test
  void aShareAfterAGroupNamedAfterACommaIsOfThatGroup() {
    Speaker most = speaker("Pensioners back the rent cap, the survey found. That said, Renters"
        + " are more divided, although most oppose the cap in its current form.", "most",
        "oppose", "the cap in its current form");
    assertThat(most.name()).contains("Renters");
  }

  /**
   * A source mention the source stage ran on past a name into the verb after it, which the
   * tagger read as a plural noun ("[Voskuil incites anger], suggesting"), is the name; one that
   * ends in a word that is a plural noun as well as a verb ("Voskuil volunteers") is read as it
   * stands.
   */
  @Test
  void aSourceRunOnIntoAVerbIsTheNameBeforeIt() {
    String text = "Senator Ray Voskuil spoke in Ohio on Friday. Critics say Voskuil incites anger"
        + " among voters, suggesting the vote may be rigged.";
    Speaker s = speaker(text, "Voskuil incites anger", "suggesting", "the vote may be rigged",
        "Ray Voskuil");
    assertThat(s.kind()).isEqualTo(SpeakerKind.PERSON);
    Speaker fans = speaker("Senator Ray Voskuil spoke in Ohio on Friday. Voskuil volunteers"
        + " knocked on doors, saying the vote was close.", "Voskuil volunteers", "saying",
        "the vote was close");
    assertThat(fans.name()).isNotEqualTo("Ray Voskuil");
    // a name after the verb is its object, unless a relative pronoun after it makes it speak
    speaker("Ray Voskuil berates Rowan Tarrow again, saying the budget is a fraud.",
        "Ray Voskuil berates Rowan Tarrow", "saying", "the budget is a fraud", "Ray Voskuil");
    speaker("Ray Voskuil endorses Rowan Tarrow, who says he is honoured.",
        "Ray Voskuil endorses Rowan Tarrow", "says", "he is honoured", "Rowan Tarrow");
  }

  /**
   * A source mention the source stage ended before the person noun that heads it is read with
   * that noun: "[The Orland Valley] employee told" is an unnamed employee, not a person called
   * Orland Valley; "[the company] officer" an officer. A verb that is also a person noun
   * ("[Rovers] have said") is no head.
   */
  @Test
  void aSourceCutBeforeItsPersonNounTakesIt() {
    Speaker employee = speaker("Investigators interviewed staff at the depot. The Orland Valley"
        + " employee told investigators that he had deleted the files.", "The Orland Valley",
        "told", "that he had deleted the files");
    assertThat(employee.name()).endsWith("employee");
    assertThat(employee.kind()).isEqualTo(SpeakerKind.PERSON);
    Speaker officer = speaker("The tribunal heard that the company officer said the files were"
        + " gone.", "the company", "said", "the files were gone");
    assertThat(officer.name()).endsWith("officer");
    Speaker club = speaker("Kestlow Rovers have said the match will go ahead.", "Kestlow Rovers",
        "said", "the match will go ahead");
    assertThat(club.name()).doesNotEndWith("have");
  }

  /**
   * A place the source stage picked after a preposition and a word of direction ("in north [Co
   * Kerrigan]") is where the speakers live, not the speaker.
   */
  @Test
  void aPlaceAfterADirectionIsAComplement() {
    speaker("Farming families in north Co Kerrigan have begun a legal challenge, claiming the"
        + " council ignored its own flood maps.", "Co Kerrigan", "claiming",
        "the council ignored its own flood maps", "families in north Co Kerrigan");
  }

  /** An evaluation names its issuer after "by", as a report does. */
  @Test
  void anEvaluationByABodyIsThatBodys() {
    speaker("Admissions fell by half, according to an evaluation by the Coastal Health Research"
        + " Unit.", "an evaluation", "according to", "Admissions fell by half",
        "Coastal Health Research Unit");
  }

  /**
   * A document the source ranker picks after "said in" is what the words were said in; the one
   * named just before the cue speaks ("the ferry operator's director, Ana Ruiz, said in a
   * statement"). A document that names its owner ("cited in Mayor Dale Rivers's letter")
   * is that owner's, not the subject's before the cue.
   */
  @Test
  void aDocumentSaidInLeavesTheSpeakerToTheSubjectUnlessItNamesItsOwner() {
    speaker("\"No sailing until the storm passes,\" the ferry operator's director, Ana Ruiz, said"
        + " in a statement.", "a statement", "said", "No sailing until the storm passes,",
        "Ana Ruiz");
    speaker("The Harbour Safety Board cited in Mayor Dale Rivers's letter does not exist.",
        "Mayor Dale Rivers's letter", "cited", "The Harbour Safety Board", "Dale Rivers");
  }

  /**
   * An indefinite description that a comma sets right after a name is that name's apposition:
   * as a source span ("Heartland Renewal, [a super PAC] that backed her, said") it is the
   * named body; not after a preposition's object ("At the Kagiso clinic, [a nurse] said").
   */
  @Test
  void anIndefiniteDescriptionSetAfterANameIsThatName() {
    speaker("The complaint was lodged by Heartland Renewal, a super PAC that supported Ms."
        + " Delgado, which said the money had been returned.", "a super PAC", "said",
        "the money had been returned", "Heartland Renewal");
    assertThat(speaker("At the Kagiso Community Clinic, a nurse said the queue had grown.",
        "a nurse", "said", "the queue had grown").name()).isNotEqualTo("Kagiso Community Clinic");
  }

  /**
   * A bare "One" or "Another" as the source is someone out of a group: the description a comma
   * sets after it, else one of the people a plural noun just before names ("One teacher"); never
   * a person called "One".
   */
  @Test
  void oneOrAnotherIsSomeoneOutOfTheGroupNamedBefore() {
    speaker("Dozens of protesters gathered outside. One, a nurse from Walsall who gave no name,"
        + " said the wards were short of staff.", "One", "said", "the wards were short of staff",
        "a nurse from Walsall");
    speaker("Fans rallied round the singer on Friday. Another said the band had been unfair.",
        "Another", "said", "the band had been unfair", "Another fan");
    speaker("Some teachers accept the figures. One, who runs a school in Leeds, said the cuts"
        + " would hurt.", "One", "said", "the cuts would hurt", "One teacher");
  }

  /**
   * An unnamed source the source stage cut at a comma is named with the description of one person
   * the comma sets after it, up to any relative clause ("One customer, a retired postman from
   * Leeds"), so "he" after it is that person; words after the comma that describe no person
   * ("a day after the vote") are no such description. A definite description so described
   * that fits no role the text gave is someone new, not the person named before it.
   */
  @Test
  void anUnnamedSourceTakesThePersonDescribedAfterItsComma() {
    Speaker s = speaker("The firm put 4,000 accounts at risk. One customer, a retired postman"
        + " from Wrexford who would not give his name, said he had stopped using the app.",
        "One customer", "said", "he had stopped using the app",
        "One customer, a retired postman from Wrexford");
    assertThat(reason(s, "One customer", 0)).contains("described further");
    speaker("A second witness, a ferry mechanic aged 31, said he had been held for two days.",
        "A second witness", "said", "he had been held for two days",
        "A second witness, a ferry mechanic aged 31");
    speaker("Queues grew. One of those queuing at the bank, a mother of three who gave no name,"
        + " said prices had doubled.",
        "One of those queuing at the bank", "said", "prices had doubled",
        "One of those queuing at the bank, a mother of three");
    speaker("A spokesman, a day after the vote, said the count was final.", "A spokesman",
        "said", "the count was final", "A spokesman");
    speaker("Dr Grace Mutai chairs the panel. The first witness, a ferry mechanic aged 31, told"
        + " the panel that officers had beaten him.", "The first witness", "told",
        "officers had beaten him", "first witness, a ferry mechanic aged 31");
  }

  /**
   * An unnamed source is named with the words that say how it knows when the source stage cut
   * them off, on either side: a participle or a word of nearness and its complement ("A
   * diplomat [briefed on the talks]", "[Officials] familiar with [the plan]"), with "not" before
   * it ("Researchers not involved in [the survey]"), after the source up to a comma when the cue
   * comes first ("According to two delegates briefed on the talks, ...").
   */
  @Test
  void anUnnamedSourceKeepsTheWordsThatSayHowItKnows() {
    speaker("A diplomat briefed on the talks said no deal was near.", "A diplomat", "said",
        "no deal was near", "A diplomat briefed on the talks");
    speaker("A diplomat briefed on the talks said no deal was near.", "the talks", "said",
        "no deal was near", "A diplomat briefed on the talks");
    speaker("Researchers not involved in the survey said the results were plausible.",
        "the survey", "said", "the results were plausible",
        "Researchers not involved in the survey");
    speaker("Officials familiar with the plan said it would be delayed.", "the plan", "said",
        "it would be delayed", "Officials familiar with the plan");
    speaker("According to two delegates briefed on the closed sessions, the chairs will publish"
        + " a shorter text.", "two delegates", "According to",
        "the chairs will publish a shorter text", "two delegates briefed on the closed sessions");
  }

  /**
   * "Someone" heads the phrase it opens when the source stage kept only what follows ("Someone
   * in [the audience] shouted"): the speaker is someone there, not the audience.
   */
  @Test
  void someoneHeadsThePhraseItOpens() {
    speaker("Someone in the audience shouted that the mayor should resign.", "the audience",
        "shouted", "the mayor should resign", "Someone in the audience");
  }

  /**
   * A spokesperson for a body is the source when the source stage kept only the body ("A
   * spokeswoman for [the City's parks department] said"), as with "of" and "at".
   */
  @Test
  void aSpokespersonForABodyIsTheSourceTheStageCutToTheBody() {
    speaker("A spokeswoman for the City's parks department said it had not been consulted.",
        "the City's parks department", "said", "it had not been consulted",
        "A spokeswoman for the City's parks department");
  }

  /**
   * A surname alone that opens a source mention gives way to the full name the mention sets
   * beside it: "Another Halloran, ..., Siobhan Halloran" is not the Halloran named before.
   */
  @Test
  void aFullNameBesideASurnameInTheSourceIsTheSpeaker() {
    speaker("Greg Halloran runs the council. Another Halloran \u2014 the party's press officer,"
        + " Siobhan Halloran, no relation \u2014 told reporters the party had printed 10,000"
        + " leaflets.", "Another Halloran \u2014 the party's press officer, Siobhan Halloran, no"
        + " relation", "told", "the party had printed 10,000 leaflets", "Siobhan Halloran");
    speaker("Owen Madoc chairs the inquiry. A second Madoc on the inquiry, the Green Party MP"
        + " Bethan Madoc, said she would call more witnesses.", "A second Madoc on the inquiry,"
        + " the Green Party MP Bethan Madoc", "said", "she would call more witnesses",
        "Bethan Madoc");
  }

  /**
   * A definite company noun with describing words that closes a report ("..., the Swedish
   * carmaker said", as wire copy writes it) is the company that is the report's subject; not a
   * place named in it, and not when the report's first name is no subject.
   */
  @Test
  void aDescribedCompanyNounIsTheSubjectOfItsReport() {
    speaker("Korvana Motors will shut its gearbox factory in Umea, the Swedish carmaker said"
        + " on Monday.", "the Swedish carmaker", "said", "Korvana Motors will shut its gearbox"
        + " factory in Umea", "Korvana Motors");
    speaker("Voskuil Chemie will cut 300 jobs in Ludwigshafen, the German chemicals group said.",
        "the German chemicals group", "said", "Voskuil Chemie will cut 300 jobs in Ludwigshafen",
        "Voskuil Chemie");
    assertThat(speaker("In Umea, 450 jobs will go at the factory, the Swedish carmaker said.",
        "the Swedish carmaker", "said", "450 jobs will go at the factory").name())
        .isNotEqualTo("Umea");
  }

  /**
   * An organisation noun whose only modifier counts its members ("the five-member panel") is
   * the body named before, as the bare noun would be.
   */
  @Test
  void aBodyNounThatOnlyCountsItsMembersIsTheBodyNamedBefore() {
    speaker("The Racing Appeals Board overturned the suspension on Friday. The five-member panel"
        + " said the jockey had acted in good faith.", "The five-member panel", "said",
        "the jockey had acted in good faith", "Racing Appeals Board");
  }

  /**
   * An unnamed source whose following words give a name ("who gave his name only as Okello",
   * "named Priya") is that person; one whose words name no one stays unnamed.
   */
  @Test
  void aNameTheWordsAfterAnUnnamedSourceGiveIsTheSpeaker() {
    speaker("A farmer in Mbale district who gave his name only as Okello said he had lost his"
        + " crop.", "A farmer in Mbale district", "said", "he had lost his crop", "Okello");
    speaker("Another stallholder at the fair, who simply gave his name as Kofi Mensah, said"
        + " takings were down.", "Another stallholder at the fair", "said", "takings were down",
        "Kofi Mensah");
    assertThat(speaker("A trader at the market in Lagos said sales had fallen.", "A trader",
        "said", "sales had fallen").name()).doesNotContain("Lagos");
  }

  /**
   * A title whose post runs over "of" and "for" before a name ("Minister of State for Housing
   * Aoife Kearney") names that person, not a description of the person quoted last.
   */
  @Test
  void aTitleOverSeveralLinksBeforeANameNamesThatPerson() {
    speaker("Local councillor Fergal Nolan argued the scheme was rushed. Minister of State for"
        + " Housing Aoife Kearney said the bill would shorten waiting lists.", "Minister of State"
        + " for Housing Aoife Kearney", "said", "the bill would shorten waiting lists",
        "Aoife Kearney");
  }

  /**
   * A source the source stage cut to a lone article ("the" of "the returning officer", read as a
   * verb) or to "One" before its noun is read as the noun phrase it opens; a participle before a
   * noun is a modifier of the description ("the returning officer"), whose apposition then names
   * the speaker.
   */
  @Test
  void aLoneArticleOrOneOpensTheNounPhraseAfterIt() {
    String text = "According to the returning officer, Ama Osei, postal votes were counted"
        + " twice. The returning officer for Kelso North, county clerk Ben Arkwright, confirmed"
        + " that the count had closed. One shopkeeper, who asked to stay anonymous, said she"
        + " backed the plan.";
    assertThat(speakerAt(text, "According to ", "the", "According to",
        "postal votes were counted twice").name()).isEqualTo("Ama Osei");
    assertThat(speakerAt(text, "twice. ", "The", "confirmed", "the count had closed").name())
        .isEqualTo("Ben Arkwright");
    assertThat(speakerAt(text, "closed. ", "One", "said", "she backed the plan").name())
        .isEqualTo("One shopkeeper");
  }

  /**
   * A complement the source stage picked inside a longer phrase speaks through its head: "a
   * source close to [the striker]" (the tagger reads "close" as an adverb) is the source, not the
   * striker; "the mother of [nine]" (the tagger reads "of" as a conjunction) is the mother, whom
   * the text named before; "the Bishop of Ardmore and [Lisk]" is the bishop,
   * whom a styled name after a comma names.
   */
  @Test
  void aComplementCutFromItsHeadSpeaksThroughTheHead() {
    Speaker source = speaker("Dane Kellow is out of contract in June. A source close to the"
        + " striker said three clubs had called.", "the striker", "said", "three clubs had called");
    assertThat(source.name()).isEqualTo("A source close to the striker");
    assertThat(source.kind()).isNotEqualTo(SpeakerKind.PERSON);
    String mission = "Nell Brannigan has served meals at the mission for 35 years. Brannigan was"
        + " quick to answer when asked why.\n\n%sThe queues are longer now,%s the mother of nine"
        + " said.";
    for (String[] marks : new String[][] {{"\"", "\""}, {"\u2018", "\u2019"}}) {
      speaker(String.format(mission, marks[0], marks[1]), "nine", "said",
          "The queues are longer now", "Nell Brannigan");
    }
    speaker("Opening the debate, the Bishop of Ardmore and Lisk, the Rt Revd Colin Baird, said"
        + " that many parishes had shrunk.", "Lisk", "said", "many parishes had shrunk",
        "Colin Baird");
  }

  /**
   * The speaker of one indirect quote whose source is the first whole-word {@code source} after
   * {@code after}, with this cue and content (each found once).
   */
  static Speaker speakerAt(String text, String after, String source, String cue,
      String content) {
    int from = text.indexOf(after);
    assertThat(from).as("'%s' in the text", after).isNotNegative();
    Matcher m = Pattern.compile("(?<!\\w)" + Pattern.quote(source) + "(?!\\w)").matcher(text);
    assertThat(m.find(from + after.length())).as("'%s' after '%s'", source, after).isTrue();
    Span src = Span.of(text, m.start(), m.end());
    Span c = once(text, content);
    Span k = once(text, cue);
    Quote q = new Quote("q1", QuoteType.INDIRECT, c, List.of(c),
        new Cue(k, cue.toLowerCase(java.util.Locale.ROOT)), src, null, 1.0, "test", "test");
    SpeakerResolution r = RESOLVER.resolve(new Analysis(Article.of("t", text), NlpModels.get()),
        List.of(q));
    return speakerOf(r, "q1");
  }

  /**
   * The speaker of one indirect quote with these source, cue and content, whatever its name; the
   * resolver reads the text as {@link org.quotekit.QuoteExtractor} hands it over, normalised
   * ({@link TextNormalizer}: a no-break space is a space).
   */
  static Speaker speaker(String text, String source, String cue, String content) {
    TextNormalizer normalized = TextNormalizer.of(text);
    String analysed = normalized == null ? text : normalized.text();
    Quote q = quote("q1", analysed, source, cue, content);
    SpeakerResolution r = RESOLVER.resolve(new Analysis(Article.of("t", analysed),
        NlpModels.get()), List.of(q));
    return speakerOf(r, "q1");
  }

  /** The one place of {@code part} in the text, as whole words. */
  private static Span once(String text, String part) {
    Matcher m = Pattern.compile("(?<!\\w)"
        + Pattern.quote(part) + "(?!\\w)").matcher(text);
    assertThat(m.find()).as("'%s' in the text", part).isTrue();
    Span at = Span.of(text, m.start(), m.end());
    assertThat(m.find()).as("'%s' once in the text", part).isFalse();
    return at;
  }

  /** The reason of the {@code n}th mention of the speaker with this text. */
  private static String reason(Speaker s, String mention, int n) {
    List<SpeakerMention> found = s.provenance().stream()
        .filter(m -> m.span().text().equals(mention)).toList();
    assertThat(found).as("mentions '%s' of %s", mention, s).hasSizeGreaterThan(n);
    return found.get(n).reason();
  }
}
