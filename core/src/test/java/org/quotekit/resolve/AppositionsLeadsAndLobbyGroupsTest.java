package org.quotekit.resolve;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quotekit.resolve.DefaultSpeakerResolverTest.extractWith;
import static org.quotekit.resolve.DefaultSpeakerResolverTest.speakerSaying;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.quotekit.Extraction;

/**
 * Speakers named in shapes the tagger or the source finder misread: a given name that is a common
 * word set off after a post, a shared family name after an honorific that says which one, counsel
 * named after a courtroom participle, a name an unnamed source asked to be known by, a firm after
 * "an analyst at", a figure that "fell" after "according to", a lead's person noun, a plural's
 * apostrophe in a body's name, a woman called "chairman" and "the trade group". Under both
 * bundled extractors.
 */
class AppositionsLeadsAndLobbyGroupsTest {

  /**
   * "The council's chief executive, Grant Fielding, said": a name of two capitalised words set off
   * by commas after a post is the person's, though the tagger reads "Grant" as an adjective and
   * "Fielding" as a noun, and a body named just before makes "The council's" an owner; the
   * surname after is that person.
   */
  @ParameterizedTest
  @ValueSource(strings = {"model", "rules"})
  void aNameOfCommonWordsSetOffAfterAPostIsTheSpeaker(String extractor) {
    Extraction x = extractWith(extractor, """
        Buyers wait on rates

        A survey of 900 buyers by the Southern Home Buyers Council (SHBC) found that most would \
        wait for lower rates.

        The council's chief executive, Grant Fielding, said spring listings would test the market.

        "If buyers stay on the sidelines, prices will soften," Fielding said.
        """);
    assertThat(speakerSaying(x, "spring listings would test").name()).isEqualTo("Grant Fielding");
    assertThat(speakerSaying(x, "prices will soften").name()).isEqualTo("Grant Fielding");
  }

  /**
   * Of two persons who share a family name of two words, "Ms" picks the woman ("Ms Al Rashidi"
   * after "Omar Al Rashidi" and "Fatima Al Rashidi"), though the dictionary knows her first name
   * as a word.
   */
  @ParameterizedTest
  @ValueSource(strings = {"model", "rules"})
  void anHonorificPicksWhichOfASharedFamilyName(String extractor) {
    Extraction x = extractWith(extractor, """
        Developer sells out tower

        "We are seeing buyers from 70 countries," said Omar Al Rashidi, the developer's chief \
        executive.

        Fatima Al Rashidi, head of research at Dune Advisory, warned that supply was rising.

        "Delivery is where the real test comes," Ms Al Rashidi said.
        """);
    assertThat(speakerSaying(x, "Delivery is where").name()).isEqualTo("Fatima Al Rashidi");
  }

  /**
   * "Mitigating, Jane Doyle KC, for the firm, said": the participle opening a court report names
   * no one; the counsel after it speaks.
   */
  @ParameterizedTest
  @ValueSource(strings = {"model", "rules"})
  void counselAfterACourtroomParticipleSpeaks(String extractor) {
    Extraction x = extractWith(extractor, """
        Builder fined over scaffold fall

        Mitigating, Helen Marsh KC, for Tolworth Build, said the firm had since overhauled its \
        procedures.
        """);
    assertThat(speakerSaying(x, "the firm had since overhauled").name()).isEqualTo("Helen Marsh");
  }

  /**
   * "A retiree, who wanted to be known only as Madam Lee, said": the name the source asked to be
   * known by is the speaker's, and a description later goes on from her; "The agency, known as
   * KRA, said" gives no person's name.
   */
  @ParameterizedTest
  @ValueSource(strings = {"model", "rules"})
  void aNameTheSourceAskedToBeKnownByIsTheSpeakers(String extractor) {
    Extraction x = extractWith(extractor, """
        Night flights anger residents

        A retiree in Harbour Point, who wanted to be known only as Madam Lee, said late flights \
        were keeping residents awake.

        "Now they want more?" the 67-year-old asked.
        """);
    assertThat(speakerSaying(x, "late flights were keeping").name()).isEqualTo("Lee");
    assertThat(speakerSaying(x, "Now they want more").name()).isEqualTo("Lee");
    Extraction agency = extractWith(extractor, """
        Quake shakes coast

        The quake struck at dawn, the Marine and Seismic Research Agency said. The agency, known \
        as MSRA, said there was no threat of a tsunami.
        """);
    assertThat(speakerSaying(agency, "no threat of a tsunami").name())
        .isEqualTo("Marine and Seismic Research Agency");
  }

  /**
   * "An analyst at broker Finch Lowe, who asked not to be named, said": the noun before a name
   * after "at" says what the workplace is; it is no title of a person, and the analyst speaks, not
   * the firm.
   */
  @ParameterizedTest
  @ValueSource(strings = {"model", "rules"})
  void aWorkplaceAfterAtIsNoTitle(String extractor) {
    Extraction x = extractWith(extractor, """
        Shares rise after consent

        An analyst at broker Penrose Vane, who asked not to be named, said the consent had removed \
        an overhang.
        """);
    assertThat(speakerSaying(x, "the consent had removed").name()).startsWith("An analyst");
  }

  /**
   * "According to data from X, completions fell by 31% last year, the steepest drop in years": the
   * content is the clause, though the tagger reads "fell" (or "rose") as a noun or a name, and the
   * apposition after it is no content of its own.
   */
  @ParameterizedTest
  @ValueSource(strings = {"model", "rules"})
  void aFigureThatFellIsTheContentAfterAccordingTo(String extractor) {
    Extraction x = extractWith(extractor, """
        Completions slump

        According to data from Harlow Keane, residential completions in the borough fell by 31% \
        last year, the steepest drop of any borough.

        According to the survey, prices rose by 4% in March, the fastest pace in a decade.
        """);
    assertThat(speakerSaying(x, "residential completions in the borough fell by 31%").name())
        .isEqualTo("Harlow Keane");
    assertThat(x.quotes()).anyMatch(q -> q.content().text().startsWith("prices rose by 4%"));
  }

  /**
   * A lead that opens on someone by a person noun no lexicon lists as a post ("A Galway hotelier
   * has issued proceedings ...") is about the person the next paragraph names as its subject.
   */
  @ParameterizedTest
  @ValueSource(strings = {"model", "rules"})
  void aLeadsPersonNounIsThePersonNamedNext(String extractor) {
    Extraction x = extractWith(extractor, """
        Hotelier sues newspaper

        A Clare hotelier has said that an article falsely suggested he had bribed a councillor.

        Martin Keogh (58), who owns the Bayview Hotel in Kilkee, is seeking damages from the paper.
        """);
    assertThat(speakerSaying(x, "an article falsely suggested").name()).isEqualTo("Martin Keogh");
  }

  /**
   * A body's name with a plural's apostrophe the tokenizer split off ("the National Citizens'
   * Ballot Watch") is one name, with the acronym it defines in brackets and without one.
   */
  @ParameterizedTest
  @ValueSource(strings = {"model", "rules"})
  void aPluralsApostropheStaysInsideABodysName(String extractor) {
    Extraction x = extractWith(extractor, """
        Turnout falls

        An election watchdog, the National Citizens' Ballot Watch (NCBW), said turnout was low.

        The Coastal Voters' Ballot Watch said queues were long in the north.
        """);
    assertThat(speakerSaying(x, "turnout was low").name())
        .isEqualTo("National Citizens' Ballot Watch");
    assertThat(speakerSaying(x, "queues were long").name())
        .isEqualTo("Coastal Voters' Ballot Watch");
  }

  /**
   * "Chairman" says nothing of gender: a woman the text calls so ("State committee chairman Casey
   * Wong", a given name of either gender) is the "she" after her, not the other speaker before.
   */
  @ParameterizedTest
  @ValueSource(strings = {"model", "rules"})
  void aChairmanMayBeShe(String extractor) {
    Extraction x = extractWith(extractor, """
        Terminal to grow

        Managing director Jordan Lim said the terminal would grow.

        State committee chairman Casey Wong said the expansion was long overdue.

        "For years, tourists have told us the same thing," she said.
        """);
    assertThat(speakerSaying(x, "tourists have told us").name()).isEqualTo("Casey Wong");
  }

  /**
   * "The trade group" or "the lobby group" is the membership body named last (an association, a
   * federation), not a body of its own.
   */
  @ParameterizedTest
  @ValueSource(strings = {"model", "rules"})
  void aTradeGroupIsTheAssociationNamedLast(String extractor) {
    Extraction x = extractWith(extractor, """
        Mortgage rates ease

        The average mortgage rate fell to 6.48%, the Home Lenders Association of Canada said. \
        Refinancing activity jumped 16%, the trade group said.
        """);
    assertThat(speakerSaying(x, "Refinancing activity jumped").name())
        .isEqualTo("Home Lenders Association of Canada");
  }

  /**
   * A turn labelled by a post ("HOST:") is not the guest whose own turns are labelled by name
   * ("REID:"), though the host names the guest.
   */
  @ParameterizedTest
  @ValueSource(strings = {"model", "rules"})
  void aHostsLabelIsNotTheGuestLabelledByName(String extractor) {
    Extraction x = extractWith(extractor, """
        Airport row

        HOST: Good morning. Joining me now is the mayor, Tom Reid.

        REID: The airport will grow.

        HOST: And the noise?

        REID: We will manage it.
        """);
    assertThat(speakerSaying(x, "The airport will grow").name()).isEqualTo("Tom Reid");
    assertThat(speakerSaying(x, "And the noise").name()).isNotEqualTo("Tom Reid");
    assertThat(speakerSaying(x, "Joining me now").name()).isNotEqualTo("Tom Reid");
  }

  /**
   * A Balinese name opens with "I" (a man's) or "Ni" (a woman's) before a name of birth order or
   * caste ("I Made Suarjana", "Ni Luh Ayu Sari"): the whole is the name, and the last word alone
   * is that person. The pronoun "I" before other capitalised words stays a pronoun.
   */
  @ParameterizedTest
  @ValueSource(strings = {"model", "rules"})
  void aBalineseNameKeepsItsOpeningWord(String extractor) {
    Extraction x = extractWith(extractor, """
        Bali levy to rise

        Bali Tourism Agency head I Wayan Sukerta said the levy would rise.

        "Bali has to decide," Sukerta said.

        Guesthouse owner Ni Luh Ayu Sari said bookings were falling.
        """);
    assertThat(speakerSaying(x, "the levy would rise").name()).isEqualTo("I Wayan Sukerta");
    assertThat(speakerSaying(x, "Bali has to decide").name()).isEqualTo("I Wayan Sukerta");
    assertThat(speakerSaying(x, "bookings were falling").name()).isEqualTo("Ni Luh Ayu Sari");
    Extraction headline = extractWith(extractor, """
        How I Made Millions Selling Surfboards

        "I Made Millions by listening," said Tom Reid, who founded the firm.
        """);
    assertThat(speakerSaying(headline, "by listening").name()).isEqualTo("Tom Reid");
    assertThat(headline.speakers()).noneMatch(sp -> sp.name().startsWith("I "));
  }

  /**
   * "The developer said", "the operator said" is the one company named as a subject before, when
   * the text called no person so, not the person quoted last; "the owner" may be a person and
   * stays one.
   */
  @ParameterizedTest
  @ValueSource(strings = {"model", "rules"})
  void aCompanyEpithetIsTheCompanyNamedAsSubject(String extractor) {
    Extraction x = extractWith(extractor, """
        Wharf scheme approved

        Holloway Land Securities has won planning consent for its scheme in Deptford.

        "We are delighted," said Holloway chief executive Nigel Marsh.

        The scheme will deliver 740 homes. A third of them will be affordable, the developer said.
        """);
    assertThat(speakerSaying(x, "A third of them will be affordable").name())
        .isEqualTo("Holloway Land Securities");
  }

  /**
   * "The NPMC, in a statement signed by its spokesperson, Mrs Ada Bello, said" is the body's: the
   * person set off before the cue only signed its statement. "The letter, signed by X, said" is
   * X's, as a document gives way to the one who wrote it.
   */
  @ParameterizedTest
  @ValueSource(strings = {"model", "rules"})
  void aBodyKeepsWhatItsSpokespersonSigned(String extractor) {
    Extraction x = extractWith(extractor, """
        Fuel price rises

        The National Petroleum Marketing Company (NPMC) raised the pump price on Monday.

        The NPMC, in a statement signed by its spokesperson, Mrs Ada Bello, said the adjustment \
        reflected market realities.

        The letter, signed by the chain's property director, Colin Hart, said the store would close.
        """);
    assertThat(speakerSaying(x, "the adjustment reflected").name())
        .isEqualTo("National Petroleum Marketing Company");
    assertThat(speakerSaying(x, "the store would close").name()).isEqualTo("Colin Hart");
  }

  /**
   * A town set off after a body's name is no speaker when a person's full name follows ("The
   * Vice-Chancellor of the Federal University of Technology, Akure, Prof. Aliyu Danjuma, said"),
   * and a body named "Executive" ("The Health Service Executive") is no person's post.
   */
  @ParameterizedTest
  @ValueSource(strings = {"model", "rules"})
  void aTownAfterABodyAndAnExecutiveBodyAreNoPersons(String extractor) {
    Extraction x = extractWith(extractor, """
        Strike ends

        The Vice-Chancellor of the Federal University of Agriculture, Owerri, Prof. Emeka \
        Obidike, said the strike had ended.

        The Health Service Executive said in a statement that the ward would reopen.
        """);
    assertThat(speakerSaying(x, "the strike had ended").name()).isEqualTo("Emeka Obidike");
    assertThat(speakerSaying(x, "the ward would reopen").name())
        .isEqualTo("Health Service Executive");
  }

  /**
   * A name after an opening participle clause ("Speaking to Kan radio, authority director Yossi
   * Levi said") is its sentence's subject, so the lead's "The head of the water authority" goes
   * on to him, not to the interviewer named after.
   */
  @ParameterizedTest
  @ValueSource(strings = {"model", "rules"})
  void aSubjectAfterAnOpeningParticipleClauseIsTheLeadsPerson(String extractor) {
    Extraction x = extractWith(extractor, """
        Water chief warns of price rise

        The head of the National Water Authority warned Tuesday that bills could rise by 8 percent.

        Speaking to Kan radio, authority director Yossi Levi said the country was paying the price.

        Host Dalia Sharon asked whether restrictions would follow.
        """);
    assertThat(speakerSaying(x, "bills could rise").name()).isEqualTo("Yossi Levi");
  }
}
