package org.quotekit.resolve;

import java.util.List;
import java.util.Objects;
import org.quotekit.Quote;
import org.quotekit.spi.AnalyzedArticle;
import org.quotekit.spi.SpeakerResolution;
import org.quotekit.spi.SpeakerResolver;

/**
 * The default {@link SpeakerResolver}: rules over the whole article that group full names,
 * surnames, titles, first names and spelling variants of one person; resolve pronouns to the most
 * likely recent entity of the right number and gender (genders learnt from honorifics, first
 * names and the pronouns after a name); resolve definite descriptions ("the American official")
 * to the person they describe, also before the name is given; tell organisations, groups and
 * anonymous sources apart; and link transcript labels to full names. Costs time linear in the
 * article's length. Immutable and thread-safe.
 */
public final class DefaultSpeakerResolver implements SpeakerResolver {

  /** The name this resolver reports in warnings. */
  public static final String NAME = "default";

  private final SpeakerLexicon lexicon;

  /** A resolver with the {@link SpeakerLexicon#englishNews()} lexicon. */
  public DefaultSpeakerResolver() {
    this(SpeakerLexicon.englishNews());
  }

  /**
   * A resolver with the given lexicon.
   *
   * @throws NullPointerException if {@code lexicon} is null
   */
  public DefaultSpeakerResolver(SpeakerLexicon lexicon) {
    this.lexicon = Objects.requireNonNull(lexicon, "lexicon");
  }

  @Override
  public String name() {
    return NAME;
  }

  /** The lexicon in use. */
  public SpeakerLexicon lexicon() {
    return lexicon;
  }

  @Override
  public SpeakerResolution resolve(AnalyzedArticle article, List<Quote> quotes) {
    Objects.requireNonNull(article, "article");
    Objects.requireNonNull(quotes, "quotes");
    return new Resolution(article, quotes, lexicon).run();
  }
}
