package org.quotekit.rules;

import java.util.List;

/**
 * The attribution patterns of the {@link RuleBasedExtractor}, each with a stable id (reported in
 * {@link org.quotekit.Quote#rule()}) and the examples that define its behaviour: positive ones give
 * the content, source and cue the rule must find; negative ones must yield no quote from this rule.
 */
public enum AttributionRule {

  /** A quotation followed by its attribution. */
  DIRECT_CUE_AFTER("direct-cue-after",
      Example.of("\"We will not back down,\" the minister said.",
          "We will not back down,", "the minister", "said"),
      Example.of("\u201CThis is a sad day,\u201D said Senator Maria Lopez, who chairs the panel.",
          "This is a sad day,", "Senator Maria Lopez", "said"),
      Example.of("\u201CWe tried,\u201D she said. \u201CIt did not work.\u201D",
          "We tried, | It did not work.", "she", "said"),
      Example.of("\u201CFirst we count the votes.\n\u201CThen we talk,\u201D the clerk said.",
          "First we count the votes. | Then we talk,", "the clerk", "said"),
      Example.of("\u201CIt may rain,\u201D the forecaster said, \u201Cbut the fair goes on.\u201D",
          "It may rain, | but the fair goes on.", "the forecaster", "said"),
      Example.of("\"We won,\" he said. \"We lost,\" she said.", "We won,", "he", "said"),
      Example.of("\u201CIt may rain,\u201D the forecaster said, speaking of the weekend. "
          + "\u201CThe fair goes on.\u201D", "It may rain, | The fair goes on.", "the forecaster",
          "said"),
      Example.of("\u201CPrices will fall\u201D by the end of the year, the minister said.",
          "\u201CPrices will fall\u201D by the end of the year", "the minister", "said"),
      Example.of("\u201CIt is a disgrace,\u201D Rep. Ann Cole (D-Wis.) said on Friday.",
          "It is a disgrace,", "Rep. Ann Cole (D-Wis.)", "said"),
      Example.of("\"We will win,\" said pollster Frank Lutz.", "We will win,",
          "pollster Frank Lutz", "said"),
      Example.of("''The talks are over,'' a union leader said on Monday.",
          "The talks are over,", "a union leader", "said"),
      Example.of("\u00ABNous resterons\u00BB, said the French envoy, Marie Dupont.",
          "Nous resterons", "the French envoy, Marie Dupont", "said"),
      Example.of("\u201CWe will stay\u201D, the envoy said.", "We will stay", "the envoy", "said"),
      Example.of("\u201CIt will not pass,\u201D she said, just prior to the mayor\u2019s "
          + "announcement Friday that the vote was delayed.", "It will not pass,", "she", "said"),
      Example.of("''It appeals to the young,'' said Kurt Wall, the director of a group that "
          + "favors limits.", "It appeals to the young,", "Kurt Wall", "said"),
      Example.none("The ad, titled \u201CReckless,\u201D claims that the mayor paid no tax."),
      Example.none("\u201CThe Godfather\u201D is a film that many critics admire."),
      Example.none("She objected to the \u201Cwise judge\u201D phrase that the senator cited.")),

  /** An attribution followed by a quotation: {@code X said: "..."}. */
  DIRECT_CUE_BEFORE("direct-cue-before",
      Example.of("The mayor said: \"Our streets are safe again.\"",
          "Our streets are safe again.", "The mayor", "said"),
      // a few words may qualify the cue before the colon that ends its paragraph
      Example.of("The mayor said in a statement on Monday:\n\n\"Our streets are safe again.\"",
          "Our streets are safe again.", "The mayor", "said"),
      Example.of("Jones told reporters, \u201CI will run again.\u201D",
          "I will run again.", "Jones", "told"),
      Example.of("The coach insisted that \u201Cthe team is ready for the final.\u201D",
          "the team is ready for the final.", "The coach", "insisted"),
      Example.of("The mayor said it was \u201Ca fine bridge.\u201D She added, \u201CIt will last "
          + "a century.\u201D", "It will last a century.", "She", "added"),
      Example.of("The chief confirmed that \u201Ctalks are under way,\u201D without referring to "
          + "the deadline.", "talks are under way,", "The chief", "confirmed"),
      Example.of("The minister said that the police would defend the border if they were "
          + "attacked, and accused the rebels of \u201Cspreading lies.\u201D", "spreading lies.",
          "The minister", "accused")),

  /** Reported speech after the cue: {@code X said (that) ...}. */
  INDIRECT_AFTER_CUE("indirect-after-cue",
      Example.of("The governor said that the bridge would reopen next month.",
          "the bridge would reopen next month", "The governor", "said"),
      Example.of("Officials announced the budget had been approved.",
          "the budget had been approved", "Officials", "announced"),
      // in the passive the subject only heard it; the agent spoke
      Example.of("Workers were told by managers that their jobs were safe.",
          "their jobs were safe", "managers", "told"),
      Example.of("Smith, who led the inquiry for a year, said the files were missing.",
          "the files were missing", "Smith", "said"),
      Example.of("Greene added that the bank would wait. \u201CThey do not like to talk about"
          + " it.\u201D", "the bank would wait | They do not like to talk about it.", "Greene",
          "added"),
      Example.of("The mayor said the new park would open \u201Cwithin weeks\u201D despite the rain.",
          "the new park would open \u201Cwithin weeks\u201D despite the rain", "The mayor",
          "said"),
      Example.of("Rep. Ann Cole (D-Ore.) warned that the fund would run dry by 2030.",
          "the fund would run dry by 2030", "Rep. Ann Cole (D-Ore.)", "warned"),
      Example.of("The senator said that was wrong.", "that was wrong", "The senator", "said"),
      Example.of("The mayor said at a town hall in Leeds that taxes would fall.",
          "taxes would fall", "The mayor", "said"),
      Example.of("LISBON -- The mayor, speaking on Friday, said the tram would run again.",
          "the tram would run again", "The mayor", "said"),
      Example.of("And Dr. Ann Lee (R-Ohio), a surgeon, said the ward would close.",
          "the ward would close", "Dr. Ann Lee (R-Ohio), a surgeon", "said"),
      Example.of("On Tuesday, the mayor, speaking in Leeds, said the tram would run.",
          "the tram would run", "the mayor", "said"),
      Example.of("The banner was blunt: \"Enough is enough.\" In Leeds, the voters said the "
          + "system favours the rich.", "the system favours the rich", "the voters", "said"),
      Example.of("When asked whether the plant would close, the manager smiled.",
          "whether the plant would close", null, "asked"),
      Example.of("Asked about the strike at the plant, the manager smiled.",
          "the strike at the plant", null, "Asked"),
      Example.of("The mayor said the tram would run again, while the unions planned a strike.",
          "the tram would run again", "The mayor", "said"),
      Example.of("The union posted a message on Friday saying that the strike would go on.",
          "the strike would go on", "The union", "saying"),
      Example.of("A former senator -- Ann Cole, who lost the race -- said the vote was fair.",
          "the vote was fair", "A former senator", "said"),
      Example.of("Yet local economists, in a joint letter, say rising rents drive inflation.",
          "rising rents drive inflation", "local economists", "say"),
      Example.of("The mayor, citing \u201Cthe new rules,\u201D said the plan could fail.",
          "the plan could fail", "The mayor", "said"),
      Example.of("Like many workers, Ms. Ann Lee-Hawkins says the plant will stay open.",
          "the plant will stay open", "Ms. Ann Lee-Hawkins", "says"),
      Example.of("Opinion is split: 47% say the tax should go.", "the tax should go", "47%",
          "say"),
      Example.of("The day after the vote, Gov. Ann Price called the long queues \"a disgrace.\"",
          "the long queues \"a disgrace.\"", "Gov. Ann Price", "called"),
      Example.of("The mayor of the city in her speech said the tram would return.",
          "the tram would return", "The mayor of the city in her speech", "said"),
      Example.of("An economist who studies taxes and teaches in Ohio said the plan would work.",
          "the plan would work", "An economist", "said"),
      Example.of("Both said the talks had been useful.", "the talks had been useful", "Both",
          "said"),
      // a place after "between" or "near" belongs to the noun before it, not the speaker
      Example.of("Drivers on the road between Corvington and Ellsby say the bends are lethal.",
          "the bends are lethal", "Drivers on the road between Corvington and Ellsby", "say"),
      Example.of("The chef appeared to suggest that the menu would change.",
          "the menu would change", "The chef", "suggest"),
      Example.of("The pilots went on to warn that delays would grow.",
          "delays would grow", "The pilots", "warn"),
      Example.of("The auditors could not resist pointing out that the ledger was wrong.",
          "the ledger was wrong", "The auditors", "pointing out"),
      Example.none("She said goodbye."),
      Example.none("The senator continues to run the best campaign in the field."),
      Example.none("The governor spoke in Phoenix on Wednesday night."),
      Example.none("Editor's note: The mayor regularly misleads voters about the budget."),
      Example.none("The governor showed up at the rally an hour late."),
      Example.none("The town is known as the gateway to the northern lakes."),
      Example.none("The statement was signed by the chairman, not by his deputy.")),

  /** Reported speech before the cue: {@code ..., X said.} */
  INDIRECT_CUE_AFTER("indirect-cue-after",
      Example.of("The factory will close in March, a company spokesman said.",
          "The factory will close in March", "a company spokesman", "said"),
      Example.of("The ceasefire is holding in the north, the minister told Reuters.",
          "The ceasefire is holding in the north", "the minister", "told"),
      Example.of("Prices will rise again next year, said Tom Reid, an economist at the bank.",
          "Prices will rise again next year", "Tom Reid", "said"),
      Example.of("The shares are cheap, Ms. Okafor said, adding that the board would buy more.",
          "The shares are cheap", "Ms. Okafor", "said")),

  /** A cue phrase before its source: {@code according to X}. */
  ACCORDING_TO("according-to",
      Example.of("Turnout was the lowest in decades, according to the election board.",
          "Turnout was the lowest in decades", "the election board", "according to"),
      Example.of("According to the report, prices rose by four percent.",
          "prices rose by four percent", "the report", "According to"),
      Example.of("But, according to the poll, most voters back the plan.",
          "most voters back the plan", "the poll", "according to"),
      Example.of("According to the minutes, the bylaws and the budget, the board met twice.",
          "the board met twice", "the minutes", "According to"),
      // a participle's phrase on the source is no part of the content
      Example.of("According to its annual report, published on Tuesday, sales fell by a fifth.",
          "sales fell by a fifth", "its annual report", "According to"),
      // set off by commas after words that wait for their verb: the content runs on past it
      Example.of("Both levies, according to the treasury, would have raised $40 million.",
          "Both levies | would have raised $40 million", "the treasury", "according to"),
      Example.of("At the root of the dispute, according to Mara Quill, an aide, was a memo.",
          "At the root of the dispute | was a memo", "Mara Quill", "according to"),
      // a clause before it is whole: what follows is not reported ("but ..." is the writer's)
      Example.of("Sales fell by a third, according to the survey, but wages did not.",
          "Sales fell by a third", "the survey", "according to")),

  /** A participle cue continuing the previous attribution: {@code ..., adding that ...}. */
  PARTICIPLE("participle",
      Example.of("The senator said the bill was dead, adding that talks would resume in May.",
          "talks would resume in May", "The senator", "adding")),

  /** A transcript line {@code NAME: words}, or {@code "NAME: words} when quoted by paragraph. */
  TRANSCRIPT("transcript",
      Example.of("KAINE: We have a plan for the economy.",
          "We have a plan for the economy.", "KAINE", ":"),
      Example.of("A partial transcript follows:\n\n\"LENZ: We held eleven meetings.\n\n"
          + "\"WHITCOMBE: Thank you, Mayor.\"", "We held eleven meetings.", "LENZ", ":"),
      // the words a turn reports leave it and are a quote of their own; the frame stays the host's
      Example.of("MORAN: The company's spokesman, Tom Hale, said yesterday that the plant was "
          + "safe. Is he right?", "The company's spokesman, Tom Hale, said yesterday that | Is he"
          + " right?", "MORAN", ":"),
      Example.none("Delegates so far:\n\nClinton: 1,769.\n\nSanders: 1,501."),
      Example.none("BREAKING: Harbour bridge closed after crash\n\nThe bridge will reopen on"
          + " Monday."),
      Example.none("The council voted on Tuesday.\n\nCORRECTION: An earlier version of this"
          + " article gave the wrong date for the vote."),
      Example.none("\"Lenz: A Life in the Harbour\" is out on Tuesday.\n\n\"Lenz: The Later "
          + "Years\" follows in May.")),

  /** A quotation signed with a dash: {@code "..." — X}. */
  DASH("dash",
      Example.of("\u201CKnowledge is power.\u201D \u2014 Francis Bacon",
          "Knowledge is power.", "Francis Bacon", "\u2014")),

  /**
   * A quotation introduced by a name and a colon: {@code X: "..."}, or by a clause whose subject
   * is a name or pronoun and a colon ({@code X stepped in: "..."}).
   */
  COLON("colon",
      Example.of("THE POLLS MOVED - Pollster Ann Selzer: \u201CThe race is closer than it"
          + " looks.\u201D", "The race is closer than it looks.", "Pollster Ann Selzer", ":"),
      Example.of("Two surveys agree with the governor on turnout. Pew Research and Gallup: "
          + "\u201CTurnout rose in every county.\u201D", "Turnout rose in every county.",
          "Pew Research and Gallup", ":"),
      Example.of("The debate grew heated. Presenter Gemma Achterberg stepped in: \u201CLet's"
          + " keep it civil, please.\u201D", "Let's keep it civil, please.",
          "Presenter Gemma Achterberg", ":"),
      Example.none("Watch: \u201CThe Long and Winding Road\u201D played live."),
      Example.none("Protesters gathered outside. The sign read: \u201CSave our school.\u201D")),

  /**
   * A soundbite under a caption that names its speaker, as broadcasters' websites print them: a
   * line of the name (and post), then the quotation on the next line of the paragraph; no cue.
   */
  CAPTION("caption",
      Example.of("Union gives seven days\n\nUnion leaders met the Cabinet this morning.\n\n"
          + "Delmira Cus-Tzib, President, BNTU\n\u201CWe came here in good faith.\u201D",
          "We came here in good faith.", "Delmira Cus-Tzib", null),
      Example.of("Union gives seven days\n\nThe minister spoke after the meeting.\n\n"
          + "Hon. Rosalind Cadle-Meighan, Minister of Education\n\u201CNobody values our "
          + "teachers more.\u201D", "Nobody values our teachers more.",
          "Hon. Rosalind Cadle-Meighan", null),
      Example.none("Union gives seven days\n\nThe sign at the gate read\n\u201CNo entry.\u201D"),
      Example.none("Union gives seven days\n\nDelmira Cus-Tzib, President, BNTU\n\u201CWe came"
          + " here in good faith,\u201D she said, and left.")),

  /**
   * A quotation with no cue, continuing the previous speaker: a quote paragraph after an
   * attributed one, or a quotation later in the paragraph of an attributed quote that another
   * verb or a colon sets apart (one that stands alone there becomes a part of that quote).
   */
  FOLLOW_ON("follow-on",
      Example.of("\u201CWe will rebuild the school,\u201D the mayor said.\n"
          + "\u201CEvery family in this town deserves a safe place to learn.\u201D",
          "Every family in this town deserves a safe place to learn.", null, null),
      Example.of("\u201CWe will rebuild the school,\u201D the mayor said. She walked to the door."
          + " \u201CEvery family in this town deserves a safe place to learn.\u201D",
          "Every family in this town deserves a safe place to learn.", null, null),
      Example.none("The mayor opened the fair.\nThe band played \u201CThe Long and Winding"
          + " Road\u201D all night."),
      // Later in the paragraph of an attributed quote, with no other verb between and a
      // sentence of its own: a part of that quote, not a follow-on.
      Example.none("Greene added that the bank would wait. \u201CThey do not like to talk"
          + " about it.\u201D"),
      Example.none("\u201CWe will rebuild the school,\u201D the mayor said.\n"
          + "\u201CA SAFE PLACE TO LEARN FOR EVERY FAMILY\u201D\nThe council meets on Monday."));

  private final String id;
  private final List<Example> examples;

  AttributionRule(String id, Example... examples) {
    this.id = id;
    this.examples = List.of(examples);
  }

  /** The stable id. */
  public String id() {
    return id;
  }

  /** The examples that define the rule. */
  public List<Example> examples() {
    return examples;
  }

  /**
   * One example of a rule: a text and what the rule finds in it (content pieces joined with
   * {@code " | "}), or {@code null} fields when the rule must find nothing. Immutable.
   *
   * @param text the input
   * @param content the expected content, or null for a negative example
   * @param source the expected source mention, or null
   * @param cue the expected cue text, or null
   */
  public record Example(String text, String content, String source, String cue) {
    /** A positive example. */
    public static Example of(String text, String content, String source, String cue) {
      return new Example(text, content, source, cue);
    }

    /** A negative example: the rule finds no quote in the text. */
    public static Example none(String text) {
      return new Example(text, null, null, null);
    }

    /** Whether the example expects a quote. */
    public boolean positive() {
      return content != null;
    }
  }
}
