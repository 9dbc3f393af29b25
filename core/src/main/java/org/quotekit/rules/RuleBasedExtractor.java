package org.quotekit.rules;

import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import org.quotekit.Cue;
import org.quotekit.QuoteType;
import org.quotekit.Span;
import org.quotekit.internal.SortedSpans;
import org.quotekit.spi.AnalyzedArticle;
import org.quotekit.spi.Extractor;
import org.quotekit.spi.QuoteCandidate;
import org.quotekit.spi.QuoteRegion;
import org.quotekit.spi.Sentence;

/**
 * Finds direct, mixed and indirect quotes with the attribution patterns of English news writing
 * and a {@link CueLexicon}. Each candidate carries the id of the {@link AttributionRule} that found
 * it. Immutable and thread-safe.
 */
public final class RuleBasedExtractor implements Extractor {

  /** The name this extractor is registered and reported under. */
  public static final String NAME = "rules";

  private final CueLexicon lexicon;
  private final AttributionFinder finder;

  /** An extractor with the {@link CueLexicon#englishNews()} preset. */
  public RuleBasedExtractor() {
    this(CueLexicon.englishNews());
  }

  /** An extractor with the given cue lexicon. */
  public RuleBasedExtractor(CueLexicon lexicon) {
    this.lexicon = Objects.requireNonNull(lexicon, "lexicon");
    this.finder = AttributionFinder.englishNews(lexicon, new LexiconCueDetector(lexicon));
  }

  @Override
  public String name() {
    return NAME;
  }

  /** The cue lexicon in use. */
  public CueLexicon lexicon() {
    return lexicon;
  }

  @Override
  public List<QuoteCandidate> extract(AnalyzedArticle article) {
    return finder.find(article);
  }

  /** Tags that may stand in a noun phrase naming a speaker. */
  static final Set<String> NP_TAGS = Set.of("PROPN", "NOUN", "PRON", "NUM", "ADJ", "DET", "X");
  static final Set<String> SKIP_BEFORE_CUE = Set.of("ADV", "AUX", "PART");

  static String lower(String s) {
    return s.toLowerCase(Locale.ROOT);
  }

  /**
   * The type of a quote made of {@code parts}, given the article's top-level quote regions in
   * text order (disjoint, sorted by opening mark): DIRECT when every part lies inside one,
   * MIXED when a whole region lies inside a part, INDIRECT otherwise. Logarithmic in the
   * number of regions.
   */
  static QuoteType typeOf(List<Span> parts, List<QuoteRegion> regions) {
    boolean whollyQuoted = true;
    boolean anyQuote = false;
    for (Span p : parts) {
      // The region opening last at or before the part is the only one that can hold it; the
      // first opening at or after its start is the only one that can lie inside it.
      int before = SortedSpans.lastStartingAtOrBefore(regions, QuoteRegion::open, p.start());
      QuoteRegion r = before >= 0 ? regions.get(before) : null;
      whollyQuoted &= r != null && r.inner().start() <= p.start() && p.end() <= r.inner().end();
      int after = SortedSpans.firstStartingAtOrAfter(regions, QuoteRegion::open, p.start());
      if (after < regions.size() && regions.get(after).outerEnd() <= p.end()) {
        anyQuote = true;
      }
    }
    if (whollyQuoted) {
      return QuoteType.DIRECT;
    }
    return anyQuote ? QuoteType.MIXED : QuoteType.INDIRECT;
  }

}
