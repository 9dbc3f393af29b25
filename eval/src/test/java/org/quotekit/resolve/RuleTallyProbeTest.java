package org.quotekit.resolve;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import org.quotekit.Article;
import org.quotekit.Quote;
import org.quotekit.Span;
import org.quotekit.Speaker;
import org.quotekit.SpeakerMention;
import org.quotekit.eval.PolnearDev;
import org.quotekit.internal.Analysis;
import org.quotekit.internal.NlpModels;
import org.quotekit.spi.SpeakerResolution;

class RuleTallyProbeTest {
  @Test
  void tally() throws Exception {
    List<String> sets = List.of("polnear-train-attributions.tsv",
        "polnear-train-develop2-attributions.tsv", "polnear-train-develop3-attributions.tsv",
        "polnear-train-develop4-attributions.tsv", "polnear-train-develop7-attributions.tsv",
        "polnear-train-develop8-attributions.tsv", "polnear-train-develop9-attributions.tsv",
        "polnear-train-develop11-attributions.tsv", "polnear-dev-attributions.tsv");
    Map<String, int[]> tally = new TreeMap<>();
    StringBuilder wrongs = new StringBuilder();
    for (String set : sets) {
      Path dir = set.contains("dev-") ? PolnearDev.dir("x") : PolnearDev.trainDir("x");
      for (var a : SpeakerResolutionOnGoldSpansTest.byArticle(set).entrySet()) {
        String text = Files.readString(dir.resolve("text").resolve(a.getKey() + ".txt"),
            StandardCharsets.UTF_8);
        List<String[]> rows = a.getValue();
        List<Quote> quotes = SpeakerResolutionOnGoldSpansTest.quotes(text, rows);
        SpeakerResolution r = new Resolution(new Analysis(Article.of(a.getKey(), text),
            NlpModels.get()), quotes, SpeakerLexicon.englishNews()).run();
        for (int i = 0; i < rows.size(); i++) {
          String[] f = rows.get(i);
          if (!f[8].equals("develop")) {
            continue;
          }
          Quote q = quotes.get(i);
          Span src = q.source().get();
          Speaker s = r.speakerIdOf(q.id()).flatMap(id -> r.speakers().stream()
              .filter(x -> x.id().equals(id)).findFirst()).orElse(null);
          String rule = "none";
          if (s != null) {
            SpeakerMention best = null;
            for (SpeakerMention m : s.provenance()) {
              if (m.span().start() < src.end() && m.span().end() > src.start()) {
                best = m;
              }
            }
            rule = best == null ? "nomention" : best.rule();
            if (best != null && (rule.equals("document-issuer") || rule.equals("role")
                || rule.equals("pronoun") || rule.equals("organisation-noun"))) {
              String ev = best.evidence().replaceAll("'[^']*'", "Q");
              rule = rule + " | " + (ev.length() > 40 ? ev.substring(0, 40) : ev);
            }
          }
          boolean right = PolnearDevSpeakerSampleTest.sameSpeaker(f[9], s);
          int[] t = tally.computeIfAbsent(rule, k -> new int[2]);
          t[right ? 0 : 1]++;
          if (!right) {
            wrongs.append(rule).append("\t").append(a.getKey()).append("\t")
                .append(src.text()).append("\t").append(f[9]).append("\t")
                .append(s == null ? "-" : s.name()).append("\n");
          }
        }
      }
    }
    StringBuilder out = new StringBuilder();
    tally.entrySet().stream().sorted((x, y) -> (y.getValue()[0] + y.getValue()[1])
        - (x.getValue()[0] + x.getValue()[1])).forEach(e -> out.append(String.format(
        "%5d %5d %.3f  %s%n", e.getValue()[0], e.getValue()[1],
        e.getValue()[0] / (double) (e.getValue()[0] + e.getValue()[1]), e.getKey())));
    Files.writeString(Path.of("/tmp/probe/tally.txt"), out);
    Files.writeString(Path.of("/tmp/probe/wrongs.txt"), wrongs);
  }
}
