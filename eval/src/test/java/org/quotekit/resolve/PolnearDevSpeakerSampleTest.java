package org.quotekit.resolve;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.quotekit.Article;
import org.quotekit.Extraction;
import org.quotekit.Quote;
import org.quotekit.QuoteExtractor;
import org.quotekit.Speaker;
import org.quotekit.eval.GoldArticle;
import org.quotekit.eval.PolnearCorpus;
import org.quotekit.eval.PolnearDev;
import org.quotekit.internal.TextNormalizer;

/**
 * Checks the resolved speakers of PolNeAR dev quotes against the team's hand annotation in
 * {@code testdata/speakers} (offsets and canonical names only): 100 quotes looked at while the
 * resolver was built, and 51 held-out quotes annotated after it was frozen. Skipped when the
 * corpus is absent from {@code ../shared} (or the directory in the system property {@code
 * quotekit.polnear.dev}).
 *
 * <p>A resolved speaker matches a name when, after lower-casing and dropping a leading article,
 * titles and honorifics (two-word ones too: "Tan Sri"), a company's legal form at the end
 * ("Inc.") and post-nominals ("KC", "MP"), the names are equal, one is the acronym of the
 * other, or (for a person) they share the surname and have no conflicting first names. A {@code
 * ~word} annotation (an unnamed speaker) matches a speaker whose name holds that word (the
 * words, in order, of a head of two: "~fact sheet"); a named
 * one also matches an unnamed speaker affiliated with it ({@link Speaker#affiliation}: "A DHSC
 * spokeswoman" where the annotator wrote the organisation, one of two conventions). Rows
 * annotated {@code -} are not counted, nor are quotes the extractor no longer finds.
 */
class PolnearDevSpeakerSampleTest {
  private static final Path SAMPLES = Path.of("..", "testdata", "speakers");

  record Row(String article, int contentStart, int contentEnd, int cueStart, int cueEnd,
      String speaker) {}

  private static final SpeakerLexicon LEXICON = SpeakerLexicon.englishNews();

  /**
   * Floors on the share of right speakers (raise them when resolution improves), and the number
   * of annotated quotes the extractor must still find for the share to mean something. The
   * misses are listed for the sample the resolver was built on only: the held-out one is read as
   * counts, so that no run shows its rows.
   */
  @ParameterizedTest
  @CsvSource({"polnear-dev-sample.tsv, 0.90, 80, false",
      "polnear-dev-heldout.tsv, 0.75, 40, true"})
  void resolvedSpeakersMatchTheHandAnnotation(String sample, double minAccuracy, int minFound,
      boolean heldOut) throws IOException {
    Path dir = PolnearDev.dir("the speaker sample");
    Map<String, List<Row>> byArticle = new LinkedHashMap<>();
    for (Row r : read(SAMPLES.resolve(sample))) {
      byArticle.computeIfAbsent(r.article(), k -> new ArrayList<>()).add(r);
    }
    Map<String, GoldArticle> articles = new LinkedHashMap<>();
    for (GoldArticle g : PolnearCorpus.read(dir)) {
      articles.put(g.id(), g);
    }
    QuoteExtractor extractor = QuoteExtractor.builder().extractors("rules").failOnExtractorError(true)
        .build();
    int unjudged = 0;
    int missing = 0;
    int right = 0;
    List<String> wrong = new ArrayList<>();
    for (Map.Entry<String, List<Row>> e : byArticle.entrySet()) {
      GoldArticle g = articles.get(e.getKey());
      assertThat(g).as("sample article %s in %s", e.getKey(), dir).isNotNull();
      Extraction x = extractor.extract(Article.of(g.id(), g.text()));
      for (Row r : e.getValue()) {
        if (r.speaker().equals("-")) {
          unjudged++;
          continue;
        }
        Quote q = find(x, r);
        if (q == null) {
          missing++;
          continue;
        }
        Speaker s = x.speakerOf(q).orElse(null);
        if (sameSpeaker(r.speaker(), s)) {
          right++;
        } else {
          wrong.add(r.article() + " " + r.contentStart() + "-" + r.contentEnd() + ": expected "
              + r.speaker() + ", got " + (s == null ? "no speaker" : s.name() + " (" + s.kind()
              + ")"));
        }
      }
    }
    int found = right + wrong.size();
    double accuracy = found == 0 ? 0 : (double) right / found;
    System.out.printf(Locale.ROOT, "PolNeAR dev speakers, %s: %d right of %d judged quotes"
        + " (%.3f); %d not judged (-), %d no longer found%n", sample, right, found, accuracy,
        unjudged, missing);
    if (!heldOut) {
      wrong.forEach(w -> System.out.println("  wrong: " + w));
    }
    assertThat(found).as("sampled quotes the extractor still finds").isGreaterThanOrEqualTo(
        minFound);
    assertThat(accuracy).as("share of right speakers; wrong: %s",
        heldOut ? wrong.size() + " (held out: rows not shown)" : wrong)
        .isGreaterThanOrEqualTo(minAccuracy);
  }

  @Test
  void namesMatchOnSurnameTitlesAndAcronymsButNotOnAConflictingFirstName() {
    assertThat(sameName("Donald Trump", "Mr. Trump")).isTrue();
    assertThat(sameName("Obama", "Barack Obama")).isTrue();
    assertThat(sameName("Yahya Rasool", "Major General Yahya Rasool")).isTrue();
    assertThat(sameName("Most Rev. Callistus Okafor", "Callistus Okafor")).isTrue();
    assertThat(sameName("the Ven. David Ellery", "David Ellery")).isTrue();
    assertThat(sameName("Sr Mary Clare Fennelly", "Mary Clare Fennelly")).isTrue();
    assertThat(sameName("SP Chidinma Obi", "Obi")).isTrue();
    assertThat(sameName("James O'Neill", "O\u2019Neill")).isTrue();
    assertThat(sameName("Alliance to Reclaim Our Schools", "AROS")).isTrue();
    assertThat(sameName("New York Times", "the New York Times")).isTrue();
    assertThat(sameName("Bobby Scott", "Tim Scott")).isFalse();
    assertThat(sameName("Clinton campaign", "campaign")).isFalse();
    assertThat(sameName("Clinton campaign", "Trump campaign")).isFalse();
    assertThat(sameName("~officials", "state officials")).isTrue();
    assertThat(sameName("~spokeswoman", "Jessica Ditto")).isFalse();
    assertThat(sameName("~spokeswoman", "A spokeswoman for Hillary Clinton")).isTrue();
    Speaker rospa = new Speaker("s1", "Royal Society for the Prevention of Accidents",
        org.quotekit.SpeakerKind.ORGANIZATION, List.of("RoSPA"), List.of(), List.of());
    assertThat(sameSpeaker("RoSPA", rospa)).isTrue();
    assertThat(sameSpeaker("RSPB", rospa)).isFalse();
  }

  private static boolean sameName(String annotated, String resolved) {
    return sameSpeaker(annotated, new Speaker("s1", resolved, org.quotekit.SpeakerKind.UNKNOWN,
        List.of(), List.of(), List.of()));
  }

  /**
   * Whether the resolved speaker is the annotated one, as the class comment defines. The
   * annotated name gets the repairs the resolver's text gets ({@link TextNormalizer#repaired}):
   * an annotator copies "Ib\u00C3\u00A1rruri" from a damaged text; the resolver names
   * "Ib\u00E1rruri".
   */
  static boolean sameSpeaker(String annotatedName, Speaker s) {
    if (s == null) {
      return false;
    }
    String annotated = TextNormalizer.repaired(annotatedName);
    if (!annotated.startsWith("~") && !s.affiliation().isEmpty()
        && sameName(annotated, s.affiliation())) {
      return true; // "A DHSC spokeswoman", for the DHSC, where the annotator wrote the DHSC
    }
    if (!annotated.startsWith("~") && s.aliases().stream().anyMatch(a -> ACRONYM.matcher(a)
        .matches() && words(a).equals(words(annotated)))) {
      return true; // "RoSPA", an acronym the article defined for the speaker named in full
    }
    return sameName(annotated, s);
  }

  /** An acronym as an article may define it: two capitals or more, small letters between. */
  private static final Pattern ACRONYM = Pattern.compile("\\p{Lu}\\p{L}*\\p{Lu}\\p{L}*");

  private static boolean sameName(String annotated, Speaker s) {
    if (annotated.startsWith("~")) { // a head of one word or more ("~fact sheet"), in order
      List<String> head = Arrays.asList(annotated.substring(1).toLowerCase(Locale.ROOT)
          .split(" "));
      return Collections.indexOfSubList(Arrays.asList(s.name().toLowerCase(Locale.ROOT)
          .replace('\u2019', '\'').replaceAll("'s\\b", "").split("[^\\p{L}\\p{N}'-]+")),
          head) >= 0;
    }
    List<String> resolved = words(s.name());
    List<String> expected = words(annotated);
    if (resolved.isEmpty() || expected.isEmpty()) {
      return false;
    }
    if (resolved.equals(expected) || acronym(resolved).equals(String.join("", expected))
        || acronym(expected).equals(String.join("", resolved))) {
      return true;
    }
    String last = expected.get(expected.size() - 1);
    if (LEXICON.is(SpeakerLexicon.Kind.ORG, last)
        || !last.equals(resolved.get(resolved.size() - 1))) {
      return false;
    }
    if (expected.size() == 1 || resolved.size() == 1) {
      return true;
    }
    String a = expected.get(0);
    String b = resolved.get(0);
    return a.equals(b) || a.length() == 1 && b.startsWith(a) || b.length() == 1
        && a.startsWith(b);
  }

  /**
   * Lower-case words without punctuation, possessives, a leading article, titles, a legal form or
   * post-nominals.
   */
  private static List<String> words(String name) {
    String s = name.toLowerCase(Locale.ROOT).replace('\u2019', '\'')
        .replaceAll("'s\\b", "").replaceAll("[^\\p{L}\\p{N}' -]", " ");
    List<String> out = new ArrayList<>(Arrays.asList(s.strip().split("\\s+")));
    out.removeIf(String::isEmpty);
    if (!out.isEmpty() && List.of("the", "a", "an").contains(out.get(0))) {
      out.remove(0);
    }
    while (true) {
      if (out.size() > 2 && (out.get(0).equals("sr")
          || LEXICON.is(SpeakerLexicon.Kind.RANK, out.get(0)))) {
        out.remove(0); // "Sr Mary Clare Fennelly", a sister of a religious order; "SP Chidinma
        // Obi", a police rank
      } else if (out.size() > 2 && LEXICON.is(SpeakerLexicon.Kind.HONORIFIC,
          out.get(0) + " " + out.get(1))) { // "Tan Sri", "Datin Sri"
        out.remove(0);
        out.remove(0);
      } else if (out.size() > 1 && (LEXICON.is(SpeakerLexicon.Kind.TITLE, out.get(0))
          || LEXICON.is(SpeakerLexicon.Kind.HONORIFIC, out.get(0)))) {
        out.remove(0);
      } else {
        break;
      }
    }
    if (out.size() > 1 && Entities.LEGAL_FORMS.contains(out.get(out.size() - 1))) {
      out.remove(out.size() - 1); // "Maple Harbour Foods Inc." is Maple Harbour Foods
    }
    while (out.size() > 1
        && LEXICON.is(SpeakerLexicon.Kind.POSTNOMINAL, out.get(out.size() - 1))) {
      out.remove(out.size() - 1); // "Nia Llewellyn KC" is Nia Llewellyn
    }
    return out;
  }

  private static String acronym(List<String> words) {
    StringBuilder sb = new StringBuilder();
    if (words.size() < 2) {
      return "";
    }
    for (String w : words) {
      if (!List.of("of", "the", "and", "for", "to", "on", "in").contains(w)) {
        sb.append(w.charAt(0));
      }
    }
    return sb.toString();
  }

  /** The quote with the annotated cue that overlaps the annotated content; or null. */
  private static Quote find(Extraction x, Row r) {
    for (Quote q : x.quotes()) {
      boolean cue = r.cueStart() < 0 ? q.cue().isEmpty() : q.cue().map(c ->
          c.span().start() == r.cueStart() && c.span().end() == r.cueEnd()).orElse(false);
      if (cue && q.content().start() < r.contentEnd() && r.contentStart() < q.content().end()) {
        return q;
      }
    }
    return null;
  }

  private static List<Row> read(Path file) throws IOException {
    List<Row> out = new ArrayList<>();
    for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
      if (line.isBlank() || line.startsWith("#")) {
        continue;
      }
      String[] f = line.split("\t", -1);
      out.add(new Row(f[0], Integer.parseInt(f[1]), Integer.parseInt(f[2]),
          Integer.parseInt(f[3]), Integer.parseInt(f[4]), f[5]));
    }
    return out;
  }
}
