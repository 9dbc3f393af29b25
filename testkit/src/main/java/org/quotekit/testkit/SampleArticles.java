package org.quotekit.testkit;

import java.util.List;
import org.quotekit.Article;

/**
 * A few short, made-up news articles in the forms that attributions take in real news: quotes
 * before and after their cue, a quote split by its attribution, indirect speech, "according to",
 * a quotation over several paragraphs, an interview transcript, an embedded tweet, quote marks of
 * other languages, and an article without any quote. They give an extractor something to find, so
 * that the contract tests check real candidates and not only empty lists. Immutable and
 * thread-safe.
 */
public final class SampleArticles {
  private SampleArticles() {}

  private static final List<Article> ALL = List.of(
      Article.of("sample-council", """
          Council approves new bus lanes

          The city council voted 7-2 on Tuesday to add bus lanes on three avenues, a plan that \
          shop owners had fought for a year.

          \u201CThis is the biggest change to our streets in a generation,\u201D Mayor Ana \
          Ortiz said after the vote. \u201CBuses will be faster, and they will be on time.\u201D

          Councilman Greg Hall, who voted against the plan, said that the lanes would hurt \
          small businesses. According to a study by the chamber of commerce, deliveries on the \
          avenues could take twice as long.

          \u201CWe were not heard,\u201D said Priya Nair, who owns a bakery on Elm Avenue. She \
          added that she would ask the council to reconsider.
          """),
      Article.of("sample-storm", """
          Storm leaves thousands without power

          More than 40,000 homes lost power overnight as the storm moved through the valley, \
          the utility said on Sunday.

          \u201CCrews have been working since midnight,\u201D a spokeswoman for the utility, \
          Dana Brooks, told reporters. \u201CMost customers should have power back by \
          Monday evening, but some rural areas may wait longer.\u201D

          The National Weather Service warned that more rain was expected.

          \u201CIf you don't need to drive, don't,\u201D the county sheriff wrote on Twitter.
          """),
      Article.of("sample-interview", """
          An interview with the coach

          The team's coach spoke to us before the final. The transcript has been edited.

          Q: How do you feel before the final?

          MARTINEZ: Calm. We have prepared for this all season, and the players know what to do.

          Q: What about the injuries?

          MARTINEZ: We have a deep squad. Someone will step up, they always do.
          """),
      Article.of("sample-long-quote", """
          Minister defends budget

          The finance minister, Olu Adeyemi, defended the budget in a speech to parliament on \
          Wednesday.

          \u201CThis budget is not about cuts,\u201D he said. \u201CIt is about choices.

          \u201CWe chose to protect schools and hospitals, and we chose to ask more from those \
          who can give more.\u201D

          Opposition leader Karen Lindqvist called the speech \u201Cmisleading\u201D and said \
          her party would vote against it. \u2018We will not support it,\u2019 she said, \
          according to a statement.
          """),
      Article.of("sample-tweet", """
          Senator responds to report

          Sen. Mark Ellis responded on social media shortly after the report was published.

          The report is wrong, and I will say so under oath. pic.twitter.com/Ab12Cd34 \
          \u2014 Mark Ellis (@SenMarkEllis) June 3, 2024

          His office did not answer questions about the report.
          """),
      Article.of("sample-languages", """
          Europe reacts

          \u201EWir sind bereit\u201C, sagte die Ministerin am Montag. In Paris, a spokesman \
          said: \u00AB Nous verrons \u00BB. The Japanese minister's words were \u300C\u691C\u8A0E\
          \u3059\u308B\u300D, or "we will consider it", an aide explained.
          """),
      Article.of("sample-no-quotes", """
          Library extends opening hours

          The central library will open until 9 p.m. on weekdays from next month. The change \
          follows a survey of 2,300 readers. Weekend hours stay the same.
          """));

  /** The sample articles, each with an id that starts with {@code sample-}. */
  public static List<Article> all() {
    return ALL;
  }
}
