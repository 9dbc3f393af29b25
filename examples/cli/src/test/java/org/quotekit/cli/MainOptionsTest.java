package org.quotekit.cli;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Extractor choice by any ServiceLoader name, user lexicons, per-command help, stdin format. */
class MainOptionsTest {
  private static final String CHANT = "The crowd chanted: no more cuts. Police watched.";
  /** "mumble" is not in cues-en.txt. */
  private static final String MUMBLED = "The senator mumbled that the budget would pass in May.";
  private static final String ZENTRIX = "Zentrix said on Monday that the plant would close.";

  @TempDir Path dir;

  record Run(int status, String out, String err) {}

  /** Runs the command line with {@code stdin} as standard input; also used by other tests. */
  static Run run(String stdin, String... args) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    int status = Main.run(args, new ByteArrayInputStream(stdin.getBytes(UTF_8)),
        new PrintStream(out, true, UTF_8), new PrintStream(err, true, UTF_8));
    return new Run(status, out.toString(UTF_8), err.toString(UTF_8));
  }

  private String file(String name, String text) throws IOException {
    return Files.writeString(dir.resolve(name), text, UTF_8).toString();
  }

  @Test
  void aUsersExtractorRunsByItsServiceLoaderName() {
    Run alone = run(CHANT, "extract", "--extractors", "chants", "-");
    assertThat(alone.status()).isZero();
    assertThat(alone.out()).contains("\"text\": \"no more cuts\"")
        .contains("\"extractor\": \"chants\"").doesNotContain("\"extractor\": \"rules\"");
    Run both = run(CHANT + " \"We stay,\" she said.", "extract", "--extractors",
        "rules,chants", "-");
    assertThat(both.out()).contains("\"extractor\": \"chants\"")
        .contains("\"extractor\": \"rules\"");
  }

  @Test
  void anUnknownExtractorListsTheAvailableNamesWithTheCommandsUsageOnStderr() {
    Run r = run(CHANT, "extract", "--extractors", "rules,tweets", "-");
    assertThat(r.status()).isEqualTo(2);
    assertThat(r.out()).isEmpty();
    assertThat(r.err()).contains("unknown extractor: tweets; available: [")
        .contains("rules").contains("model").contains("chants")
        .contains("Usage: quotekit extract").doesNotContain("train --gold");
  }

  @Test
  void allTakesTheModelsQuoteWhereBothFindOne() {
    String text = "\u201CWe lost,\u201D the coach admitted.";
    // the rules are the more confident on the quotation, so a merge by confidence takes theirs
    assertThat(run(text, "extract", "--extractors", "rules,model", "-").out())
        .contains("\"extractor\": \"rules\"");
    Run all = run(text, "extract", "--extractors", "all", "-");
    assertThat(all.status()).isZero();
    assertThat(all.out()).contains("\"text\": \"We lost,\"")
        .contains("\"extractor\": \"model\"").doesNotContain("\"extractor\": \"rules\"");
  }

  @Test
  void aRepeatedExtractorIsAUsageError() {
    Run r = run(CHANT, "extract", "--extractors", "all,rules", "-");
    assertThat(r.status()).isEqualTo(2);
    assertThat(r.err()).contains("extractor rules was already chosen");
  }

  @Test
  void cuesAddToTheEnglishPreset() throws IOException {
    String cues = file("cues.txt", "# mine\nverb mumble\n");
    // the rule patterns read only the lexicon (the default model extractor learned "mumbled")
    assertThat(run(MUMBLED, "extract", "--extractors", "rules", "-").out())
        .contains("\"quotes\": []");
    Run r = run(MUMBLED, "extract", "--extractors", "rules", "--cues", cues, "-");
    assertThat(r.status()).isZero();
    assertThat(r.out()).contains("\"lemma\": \"mumble\"");
    assertThat(run(MUMBLED, "extract", "--cues", cues, "-").out())
        .contains("\"lemma\": \"mumble\"");
    Run said = run("Lena Ortiz said the bridge would reopen.", "extract", "--cues", cues, "-");
    assertThat(said.out()).contains("\"lemma\": \"say\"");
  }

  @Test
  void cuesWithoutAnExtractorThatReadsThemIsAUsageError() throws IOException {
    Run r = run(CHANT, "extract", "--extractors", "chants", "--cues",
        file("cues.txt", "verb mumble\n"), "-");
    assertThat(r.status()).isEqualTo(2);
    assertThat(r.err()).contains("--cues needs the rules or model extractor");
  }

  /** Four indirect attributions, on cues the model is surer of (said) and less sure of. */
  private static final String OPINIONS = "Maria Lenz, the agency's director, said that the new"
      + " rules would cut costs. Officials believe the plan could fail, and critics argue that it"
      + " favours large firms. The union suspects the figures were wrong.";

  private static int quotes(Run r) {
    assertThat(r.status()).as(r.err()).isZero();
    return r.out().split("\"cue\": \\{", -1).length - 1;
  }

  @Test
  void theNoneBiasAndCueThresholdTradeRecallForPrecision() {
    int standard = quotes(run(OPINIONS, "extract", "-"));
    assertThat(standard).isGreaterThanOrEqualTo(3);
    // a ranker that prefers no attribution for every cue keeps none; a bias below the default
    // keeps at least as many
    assertThat(quotes(run(OPINIONS, "extract", "--none-bias", "5", "-"))).isZero();
    assertThat(quotes(run(OPINIONS, "extract", "--none-bias=-5", "-")))
        .isGreaterThanOrEqualTo(standard);
    int sure = quotes(run(OPINIONS, "extract", "--cue-threshold", "0.9", "-"));
    int lenient = quotes(run(OPINIONS, "extract", "--cue-threshold", "0.05", "-"));
    assertThat(sure).isLessThan(lenient);
    assertThat(lenient).isGreaterThanOrEqualTo(standard);
    // all runs its model with the same settings: with that bias the rules find what it finds
    assertThat(run(OPINIONS, "extract", "--extractors", "all", "-").out())
        .contains("\"extractor\": \"model\"");
    assertThat(run(OPINIONS, "extract", "--extractors", "all", "--none-bias", "5", "-").out())
        .doesNotContain("\"extractor\": \"model\"");
  }

  @Test
  void modelSettingsOutOfRangeOrWithoutTheModelAreUsageErrors() {
    Run zero = run(OPINIONS, "extract", "--cue-threshold", "0", "-");
    assertThat(zero.status()).isEqualTo(2);
    assertThat(zero.err()).contains("--cue-threshold must be a probability between 0 and 1");
    Run nan = run(OPINIONS, "eval", "--gold", "x", "--none-bias", "NaN");
    assertThat(nan.status()).isEqualTo(2);
    assertThat(nan.err()).contains("--none-bias must be a finite number");
    Run rules = run(OPINIONS, "show", "--extractors", "rules", "--none-bias", "1", "-");
    assertThat(rules.status()).isEqualTo(2);
    assertThat(rules.err()).contains("--none-bias needs the model extractor");
  }

  @Test
  void aMalformedLexiconNamesTheFile() throws IOException {
    String cues = file("bad.txt", "verb\n");
    Run r = run(MUMBLED, "extract", "--cues", cues, "-");
    assertThat(r.status()).isEqualTo(1);
    assertThat(r.err()).startsWith("quotekit: error: " + cues);
  }

  @Test
  void speakersAddToTheEnglishPreset() throws IOException {
    assertThat(run(ZENTRIX, "extract", "-").out()).contains("\"kind\": \"UNKNOWN\"");
    Run r = run(ZENTRIX, "extract", "--speakers", file("speakers.txt", "org zentrix\n"), "-");
    assertThat(r.status()).isZero();
    assertThat(r.out()).contains("\"name\": \"Zentrix\", \"kind\": \"ORGANIZATION\"");
  }

  @Test
  void helpAfterACommandIsThatCommandsHelpOnStdout() {
    Run r = run("", "extract", "--help");
    assertThat(r.status()).isZero();
    assertThat(r.err()).isEmpty();
    assertThat(r.out()).startsWith("Usage: quotekit extract [--extractors NAMES]")
        .contains("--input-format").doesNotContain("train --gold");
    assertThat(run("", "train", "--help").out()).startsWith("Usage: quotekit train")
        .doesNotContain("--extractors");
    assertThat(run("", "--help").out()).contains("extract [").contains("train --gold");
  }

  @Test
  void generateCompletionWritesABashScriptWithTheCommandsAndEachOptionsChoices() {
    Run r = run("", "generate-completion");
    assertThat(r.status()).isZero();
    assertThat(r.err()).isEmpty();
    assertThat(r.out()).contains("complete -F _complete_quotekit")
        .contains("function _picocli_quotekit_extract()", "function _picocli_quotekit_train()")
        .contains("'--extractors'", "'--threads'")
        // each choice list under its own name, not the last one for every option
        .contains("local FORMAT_option_args=(\"jsonl\" \"csv\" \"brat\")")
        .contains("local STDIN_FORMAT_option_args=(\"text\" \"jsonl\")");
  }

  @Test
  void versionAndTheHelpCommand() {
    Run version = run("", "--version");
    assertThat(version.status()).isZero();
    assertThat(version.out()).startsWith("quotekit ").hasLineCount(1);
    Run help = run("", "help", "show");
    assertThat(help.status()).isZero();
    assertThat(help.out()).startsWith("Usage: quotekit show [--extractors NAMES]")
        .doesNotContain("--threads");
    assertThat(run("", "--help").out()).contains("\n  generate-completion");
  }

  @Test
  void usageErrorsGoToStderrOnly() {
    Run none = run("");
    assertThat(none.status()).isEqualTo(2);
    assertThat(none.out()).isEmpty();
    assertThat(none.err()).startsWith("Usage: quotekit <command>");
    Run missing = run("", "show");
    assertThat(missing.status()).isEqualTo(2);
    assertThat(missing.out()).isEmpty();
    assertThat(missing.err()).contains("show needs exactly one FILE")
        .contains("Usage: quotekit show");
  }

  @Test
  void inputFormatDecidesHowStdinIsRead() {
    String json = "{\"id\": \"j1\", \"text\": \"" + MUMBLED + "\"}\n";
    assertThat(run(json, "extract", "-").out()).startsWith("{\"id\": \"j1\"");
    assertThat(run(json, "extract", "--input-format", "jsonl", "-").out())
        .startsWith("{\"id\": \"j1\"");
    assertThat(run(json, "extract", "--input-format", "text", "-").out())
        .startsWith("{\"id\": \"stdin\"");
    Run notJson = run(MUMBLED, "extract", "--input-format", "jsonl", "-");
    assertThat(notJson.status()).isEqualTo(1);
    assertThat(notJson.out()).startsWith("{\"id\": null, \"error\"");
    assertThat(run(MUMBLED, "extract", "--input-format", "csv", "-").err())
        .contains("--input-format must be text or jsonl, not: csv");
  }
}
