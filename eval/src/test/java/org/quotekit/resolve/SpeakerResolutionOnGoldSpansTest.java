package org.quotekit.resolve;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.IntUnaryOperator;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.quotekit.Article;
import org.quotekit.Cue;
import org.quotekit.Quote;
import org.quotekit.QuoteType;
import org.quotekit.Span;
import org.quotekit.Speaker;
import org.quotekit.SpeakerKind;
import org.quotekit.SpeakerMention;
import org.quotekit.eval.PolnearDev;
import org.quotekit.internal.Analysis;
import org.quotekit.internal.NlpModels;
import org.quotekit.internal.TextNormalizer;
import org.quotekit.resolve.SpeakerAttributionEvaluationTest.Judged;
import org.quotekit.resolve.SpeakerAttributionEvaluationTest.Score;
import org.quotekit.spi.SpeakerResolution;

/**
 * The speaker resolver on the annotated spans: every annotated PolNeAR attribution of a speaker
 * set becomes a quote with its gold content, cue and source, the resolver names the speakers of
 * an article's quotes together, and each is judged as {@link SpeakerAttributionEvaluationTest}
 * judges them. What extraction would give if its spans were all right, so the gap between this
 * figure and the end-to-end one is extraction's share of the speaker errors and the gap between
 * this figure and 1 is the resolver's. Prints both parts of each set (the report part's figures
 * only), the develop part's rows by the rule that linked them, and holds the develop figures as
 * floors; skipped when the split is absent.
 */
class SpeakerResolutionOnGoldSpansTest {
  private static final Path SPEAKERS = Path.of("..", "testdata", "speakers");
  private static final SpeakerLexicon LEXICON = SpeakerLexicon.englishNews();

  @ParameterizedTest(name = "{0}")
  @CsvSource({"train set, train, polnear-train-attributions.tsv, 0.91",
      "second train set, train, polnear-train-develop2-attributions.tsv, 0.94",
      "third train set, train, polnear-train-develop3-attributions.tsv, 0.95",
      "fourth train set, train, polnear-train-develop4-attributions.tsv, 0.92",
      "seventh train set, train, polnear-train-develop7-attributions.tsv, 0.85",
      "eighth train set, train, polnear-train-develop8-attributions.tsv, 0.875",
      "ninth train set, train, polnear-train-develop9-attributions.tsv, 0.88",
      "eleventh train set, train, polnear-train-develop11-attributions.tsv, 0.83",
      "train check set, train, polnear-train-check-attributions.tsv, 0",
      "fifth train set, train, polnear-train-heldout5-attributions.tsv, 0",
      "sixth train set, train, polnear-train-heldout6-attributions.tsv, 0",
      "tenth train set, train, polnear-train-heldout10-attributions.tsv, 0",
      "twelfth train set, train, polnear-train-heldout12-attributions.tsv, 0",
      "thirteenth train set, train, polnear-train-heldout13-attributions.tsv, 0",
      "fourteenth train set, train, polnear-train-heldout14-attributions.tsv, 0",
      "dev, dev, polnear-dev-attributions.tsv, 0.95"})
  void theResolverOnGoldSpansPrintsItsFigures(String set, String split, String rowsFile,
      double developFloor) throws IOException {
    Path dir = split.equals("dev")
        ? PolnearDev.dir("the speaker attributions of issue 11 on gold spans")
        : PolnearDev.trainDir("the speaker attributions of PolNeAR train on gold spans");
    List<Boolean> present = new ArrayList<>();
    List<String> rules = new ArrayList<>();
    List<Judged> judged = judge(dir, rowsFile, present, rules);
    SpeakerAttributionEvaluationTest.print("PolNeAR " + set + ", resolver on gold spans", judged);
    printByRule(judged, rules);
    for (String part : List.of("develop", "report")) {
      int wrongLink = 0;
      int absent = 0;
      for (int i = 0; i < judged.size(); i++) {
        Judged j = judged.get(i);
        if (j.part().equals(part) && !j.right()) {
          wrongLink += present.get(i) ? 1 : 0;
          absent += present.get(i) ? 0 : 1;
        }
      }
      if (wrongLink + absent > 0) {
        System.out.printf(Locale.ROOT, "  %s part, %d wrong: an entity of the article has the"
            + " annotated name (as judged) for %d (a wrong link), none for %d%n", part,
            wrongLink + absent, wrongLink, absent);
      }
    }
    List<Judged> develop = judged.stream().filter(j -> j.part().equals("develop")).toList();
    if (!develop.isEmpty()) {
      Score s = Score.of(develop);
      assertThat(s.ofFound()).as("%s, develop part on gold spans: %s", set, s)
          .isGreaterThanOrEqualTo(developFloor);
    }
    assertThat(judged).as("annotated attributions of the %s", set).isNotEmpty()
        .allMatch(Judged::found);
  }

  /**
   * Prints the develop part's rows by the rule that linked each source mention to its speaker
   * (right of all, most rows first), so that a rule that is often wrong shows; the report part's
   * rules are not printed, as its misses are not.
   */
  private static void printByRule(List<Judged> judged, List<String> rules) {
    Map<String, int[]> byRule = new LinkedHashMap<>();
    for (int i = 0; i < judged.size(); i++) {
      if (judged.get(i).part().equals("develop")) {
        int[] c = byRule.computeIfAbsent(rules.get(i), r -> new int[2]);
        c[0] += judged.get(i).right() ? 1 : 0;
        c[1]++;
      }
    }
    if (byRule.isEmpty()) {
      return;
    }
    StringBuilder out = new StringBuilder("  develop part by the rule that linked the source"
        + " mention, right of all:");
    byRule.entrySet().stream()
        .sorted(Comparator.comparingInt((Map.Entry<String, int[]> e) -> -e.getValue()[1])
            .thenComparing(Map.Entry::getKey))
        .forEach(e -> out.append(' ').append(e.getKey()).append(' ').append(e.getValue()[0])
            .append('/').append(e.getValue()[1]).append(','));
    System.out.println(out.substring(0, out.length() - 1));
  }

  /**
   * The rule that linked the last of a speaker's mentions that overlaps the source mention
   * ({@link SpeakerMention#rule()}): "none" without a speaker, "no mention" when none overlaps.
   */
  private static String ruleAt(Speaker s, Span source) {
    if (s == null) {
      return "none";
    }
    String rule = "no mention";
    for (SpeakerMention m : s.provenance()) {
      if (m.span().start() < source.end() && m.span().end() > source.start()) {
        rule = m.rule();
      }
    }
    return rule;
  }

  /**
   * The rows of a speaker set (those whose speaker can be told), each with the speaker the
   * resolver gives its gold quote when all the annotated quotes of its article are resolved
   * together, in text order; {@code present} and {@code rules} get, row by row, whether an
   * entity of the article has the annotated name and the rule that linked the source mention
   * ({@link #ruleAt}).
   */
  static List<Judged> judge(Path dir, String rowsFile, List<Boolean> present,
      List<String> rules) throws IOException {
    List<Judged> out = new ArrayList<>();
    for (GoldArticle article : goldArticles(dir, rowsFile)) {
      List<String[]> rows = article.rows();
      List<Quote> quotes = article.quotes();
      Resolution resolution = new Resolution(new Analysis(Article.of(article.id(),
          article.text()), NlpModels.get()), quotes, LEXICON);
      SpeakerResolution r = resolution.run();
      for (int i = 0; i < rows.size(); i++) {
        String[] f = rows.get(i);
        Quote q = quotes.get(i);
        Speaker s = r.speakerIdOf(q.id()).flatMap(id -> r.speakers().stream()
            .filter(x -> x.id().equals(id)).findFirst()).orElse(null);
        out.add(new Judged(SpeakerAttributionEvaluationTest.rowKey(f), f[0], f[8], f[7], f[9],
            q.source().map(Span::text).orElse(""), q, s));
        rules.add(ruleAt(s, q.source().orElseThrow()));
        present.add(resolution.entities().stream().anyMatch(e -> PolnearDevSpeakerSampleTest
            .sameSpeaker(f[9], new Speaker("e", e.canonicalName(), SpeakerKind.UNKNOWN,
                List.of(), List.of(), List.of()))));
      }
    }
    return out;
  }

  /** An annotated article of a speaker set: its text, its rows in text order, their quotes. */
  record GoldArticle(String id, String text, List<String[]> rows, List<Quote> quotes) {}

  /**
   * The annotated articles of a speaker set whose texts are in {@code dir}'s {@code text}
   * folder, each with the gold quotes of its rows ({@link #quotes}), in the set's order. Each
   * text is normalised as {@link org.quotekit.QuoteExtractor} normalises it before the resolver
   * reads it ({@link TextNormalizer}: a no-break space is a space), with the rows' offsets moved
   * onto it, so that the resolver reads here what it reads end to end.
   */
  static List<GoldArticle> goldArticles(Path dir, String rowsFile) throws IOException {
    List<GoldArticle> out = new ArrayList<>();
    for (Map.Entry<String, List<String[]>> article : byArticle(rowsFile).entrySet()) {
      Path file = dir.resolve("text").resolve(article.getKey() + ".txt");
      assertThat(file).as("text of annotated article %s", article.getKey()).isRegularFile();
      String raw = Files.readString(file, StandardCharsets.UTF_8);
      TextNormalizer normalized = TextNormalizer.of(raw);
      String text = normalized == null ? raw : normalized.text();
      IntUnaryOperator at = normalized == null ? o -> o : offsets(normalized);
      out.add(new GoldArticle(article.getKey(), text, article.getValue(),
          quotes(text, article.getValue(), at)));
    }
    return out;
  }

  /**
   * From an offset of the original text to the offset of the normalised one: the first
   * normalised character at or after it (a removed character's offset goes to the next kept one).
   */
  private static IntUnaryOperator offsets(TextNormalizer normalized) {
    int n = normalized.text().length();
    int[] origin = new int[n];
    for (int i = 0; i < n; i++) {
      origin[i] = normalized.start(i, i + 1);
    }
    return o -> {
      int i = Arrays.binarySearch(origin, o);
      return i >= 0 ? i : -i - 1;
    };
  }

  /**
   * The rows of a speaker set whose speaker can be told, by article in the set's order, each
   * article's in text order (by content, then source).
   */
  static Map<String, List<String[]>> byArticle(String rowsFile) throws IOException {
    Map<String, List<String[]>> byArticle = new LinkedHashMap<>();
    for (String[] f : SpeakerAttributionEvaluationTest.rows(SPEAKERS.resolve(rowsFile), 10)) {
      if (!f[9].equals("-")) {
        byArticle.computeIfAbsent(f[0], a -> new ArrayList<>()).add(f);
      }
    }
    for (List<String[]> rows : byArticle.values()) {
      rows.sort(Comparator.comparingInt((String[] f) -> Integer.parseInt(f[1]))
          .thenComparingInt(f -> Integer.parseInt(f[5])));
    }
    return byArticle;
  }

  /**
   * The gold quotes of an article's rows, "q0", "q1" ... in the rows' order, on {@code text},
   * where {@code at} moves a row's offset.
   */
  static List<Quote> quotes(String text, List<String[]> rows, IntUnaryOperator at) {
    List<Quote> quotes = new ArrayList<>();
    for (int i = 0; i < rows.size(); i++) {
      quotes.add(quote("q" + i, text, rows.get(i), at));
    }
    return quotes;
  }

  /** The gold quote of one row: its content from first to last piece, its cue and source. */
  private static Quote quote(String id, String text, String[] f, IntUnaryOperator at) {
    Span content = Span.of(text, at.applyAsInt(Integer.parseInt(f[1])),
        at.applyAsInt(Integer.parseInt(f[2])));
    int ks = Integer.parseInt(f[3]);
    Cue cue = ks < 0 ? null : new Cue(Span.of(text, at.applyAsInt(ks),
        at.applyAsInt(Integer.parseInt(f[4]))), text.substring(at.applyAsInt(ks),
        at.applyAsInt(Integer.parseInt(f[4]))).toLowerCase(Locale.ROOT));
    Span source = Span.of(text, at.applyAsInt(Integer.parseInt(f[5])),
        at.applyAsInt(Integer.parseInt(f[6])));
    return new Quote(id, QuoteType.INDIRECT, content, List.of(content), cue, source, null, 1.0,
        "gold", "gold");
  }
}
