package org.quotekit.resolve;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.ToDoubleFunction;
import org.junit.jupiter.api.Test;
import org.quotekit.QuoteExtractor;
import org.quotekit.Span;
import org.quotekit.eval.PolnearDev;
import org.quotekit.spi.SpeakerResolver;
import org.quotekit.train.ListwiseFit;

/** Experiment: a learned pronoun antecedent ranker against the rules, by article folds. */
class PronounRankerCrossValidation {
  static final String WHAT = System.getProperty("what", "pronoun");

  record Row(String article, String gold, Resolution.AntecedentChoice choice) {}

  @Test
  void crossValidates() throws IOException {
    Map<String, List<Resolution.AntecedentChoice>> byText = new ConcurrentHashMap<>();
    SpeakerLexicon lexicon = SpeakerLexicon.englishNews();
    SpeakerResolver r = new SpeakerResolver() {
      @Override
      public String name() {
        return "observed";
      }

      @Override
      public org.quotekit.spi.SpeakerResolution resolve(org.quotekit.spi.AnalyzedArticle a,
          List<org.quotekit.Quote> quotes) {
        List<Resolution.AntecedentChoice> l = new ArrayList<>();
        byText.put(a.text(), l);
        return new Resolution(a, quotes, lexicon).observeChoices(l::add).run();
      }
    };
    List<Row> rows = new ArrayList<>();
    for (String ex : List.of("model", "rules")) {
      QuoteExtractor x = QuoteExtractor.builder().extractors(ex).speakerResolver(r).build();
      Path train = PolnearDev.trainDir("pronoun ranker");
      Path dev = PolnearDev.dir("pronoun ranker");
      collect(rows, ex, SpeakerAttributionEvaluationTest.judgePolnear(train,
          "polnear-train-attributions.tsv", x), train, byText);
      collect(rows, ex, SpeakerAttributionEvaluationTest.judgePolnear(dev,
          "polnear-dev-attributions.tsv", x), dev, byText);
      collect(rows, ex, SpeakerAttributionEvaluationTest.judgeArticles(x), null, byText);
    }
    List<String> articles = new ArrayList<>(new TreeSet<>(rows.stream().map(Row::article)
        .map(PronounRankerCrossValidation::name).toList()));
    System.out.printf(Locale.ROOT, "lists with several candidates %d%n", rows.stream()
        .filter(row -> row.choice().candidates().size() > 1 && gold(row)[0] != null).count());
    int withGold = 0;
    int noGold = 0;
    for (Row row : rows) {
      if (gold(row)[0] == null) {
        noGold++;
        System.out.printf(Locale.ROOT, "  no gold %s [%s] %s among %s%n", row.article(),
            row.choice().pronoun().text(), row.gold(), row.choice().candidates().stream()
            .map(org.quotekit.Speaker::name).toList());
      } else {
        withGold++;
      }
    }
    System.out.printf(Locale.ROOT, "pronoun rows %d, gold among candidates %d, not %d%n",
        rows.size(), withGold, noGold);
    for (String drop : List.of("", "rule", "near:", "any:", "sd=", "kind=", "lastSpeaker",
        "rank=")) {
      for (double l2 : new double[] {0.001, 0.01, 0.1}) {
        int ruleRight = 0;
        int rankRight = 0;
        int lists = 0;
        for (int fold = 0; fold < 5; fold++) {
          List<List<String[]>> trainLists = new ArrayList<>();
          List<boolean[]> trainGold = new ArrayList<>();
          List<Row> test = new ArrayList<>();
          for (Row row : rows) {
            boolean[] g = (boolean[]) gold(row)[1];
            if (gold(row)[0] == null) {
              continue;
            }
            if (articles.indexOf(name(row.article())) % 5 == fold) {
              test.add(row);
            } else {
              trainLists.add(strip(row.choice().features(), drop));
              trainGold.add(g);
            }
          }
          ToDoubleFunction<String[]> m = ListwiseFit.train(trainLists, trainGold, 20, l2);
          for (Row row : test) {
            boolean[] g = (boolean[]) gold(row)[1];
            lists++;
            if (row.choice().ruleChoice() >= 0 && g[row.choice().ruleChoice()]) {
              ruleRight++;
            } else if (drop.isEmpty() && l2 == 0.001) {
              System.out.printf(Locale.ROOT, "  rule wrong %s [%s] %s among %s, rule %d%n",
                  row.article(), row.choice().pronoun().text(), row.gold(), row.choice()
                  .candidates().stream().map(org.quotekit.Speaker::name).toList(),
                  row.choice().ruleChoice());
            }
            List<String[]> fs = strip(row.choice().features(), drop);
            int best = 0;
            for (int i = 1; i < fs.size(); i++) {
              if (m.applyAsDouble(fs.get(i)) > m.applyAsDouble(fs.get(best))) {
                best = i;
              }
            }
            if (g[best]) {
              rankRight++;
            }
          }
        }
        System.out.printf(Locale.ROOT, "drop %-12s l2 %.3f: rules %d, ranker %d of %d%n", drop,
            l2, ruleRight, rankRight, lists);
      }
    }
  }

  private static String name(String article) {
    return article.substring(article.indexOf(':') + 1);
  }

  private static List<String[]> strip(List<String[]> fs, String drop) {
    if (drop.isEmpty()) {
      return fs;
    }
    return fs.stream().map(f -> java.util.Arrays.stream(f).filter(x -> !x.startsWith(drop))
        .toArray(String[]::new)).toList();
  }

  private static Object[] gold(Row row) {
    boolean[] g = new boolean[row.choice().candidates().size()];
    boolean any = false;
    for (int i = 0; i < g.length; i++) {
      g[i] = PolnearDevSpeakerSampleTest.sameSpeaker(row.gold(), row.choice().candidates()
          .get(i));
      any |= g[i];
    }
    return new Object[] {any ? Boolean.TRUE : null, g};
  }

  private static void collect(List<Row> rows, String ex,
      List<SpeakerAttributionEvaluationTest.Judged> judged, Path dir,
      Map<String, List<Resolution.AntecedentChoice>> byText) throws IOException {
    Map<String, String> texts = new HashMap<>();
    for (SpeakerAttributionEvaluationTest.Judged j : judged) {
      if (!j.part().equals("develop") || !j.found() || j.quote().source().isEmpty()) {
        continue;
      }
      String text = texts.computeIfAbsent(j.article(), a -> read(dir == null
          ? Path.of("..", "testdata", "speakers", "articles", a + ".txt")
          : dir.resolve("text").resolve(a + ".txt")));
      Span src = j.quote().source().get();
      for (Resolution.AntecedentChoice c : byText.getOrDefault(text, List.of())) {
        if (c.what().equals(WHAT) && c.pronoun().start() < src.end()
            && src.start() < c.pronoun().end()) {
          rows.add(new Row(ex + ":" + j.article(), j.gold(), c));
          break;
        }
      }
    }
  }

  private static String read(Path p) {
    try {
      return Files.readString(p, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }
}
