package org.quotekit.cli;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import org.quotekit.QuoteExtractor;
import org.quotekit.model.AttributionModel;
import org.quotekit.model.ModelExtractor;
import org.quotekit.resolve.DefaultSpeakerResolver;
import org.quotekit.resolve.SpeakerLexicon;
import org.quotekit.rules.CueLexicon;
import org.quotekit.spi.CandidateMerger;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/**
 * The options that choose and configure the extractor ({@code --extractors}, {@code --model},
 * {@code --cues}, {@code --speakers}, {@code --cue-threshold}, {@code --none-bias}, {@code
 * --max-article-length}), shared by {@code extract}, {@code show}, {@code render}, {@code bench},
 * {@code eval} and {@code eval-claims} as a picocli mixin. Not thread-safe: picocli fills it in.
 */
final class ExtractorOptions {
  @Option(names = "--extractors", paramLabel = "NAMES", defaultValue = "model",
      description = {"Extractors to run, comma-separated, in this order: model (the default:"
          + " the trained cue, content and source models over the rule patterns, and a filter"
          + " that chooses each cue's attribution among their candidates, or none), rules (the"
          + " rule patterns alone), all (model, then rules where the model has no quote: more"
          + " recall, less precision), or the name of any extractor on the classpath (an"
          + " ExtractorProvider found by ServiceLoader, e.g. --extractors rules,tweets); in such"
          + " a list, where they disagree the more confident quote wins."})
  String extractors;

  @Option(names = "--model", paramLabel = "FILE",
      description = "Use this model (from train) instead of the bundled one.")
  Path model;

  @Option(names = "--cues", paramLabel = "FILE",
      description = "Add the cue lexicon FILE (the cues-en.txt format: verb, tell, noun, prep"
          + " and not lines) to the English news preset of the rules and model extractors.")
  Path cues;

  @Option(names = "--speakers", paramLabel = "FILE",
      description = "Add the speaker lexicon FILE (the speakers-en.txt format: one KIND ENTRY"
          + " [ATTRIBUTE] line each, # comments) to the English news preset.")
  Path speakers;

  @Option(names = "--cue-threshold", paramLabel = "P", converter = Values.CueThreshold.class,
      description = "The model extractor's least cue probability (default "
          + ModelExtractor.DEFAULT_THRESHOLD + "): lower finds more attributions, indirect ones"
          + " above all, and fewer of them right; higher the reverse. It bounds the cue's"
          + " probability, not a quote's confidence, which is lower when the content is unsure.")
  Double cueThreshold;

  @Option(names = "--none-bias", paramLabel = "B", converter = Values.FiniteNumber.class,
      description = "What the model extractor's ranker adds to the score of keeping no"
          + " attribution for a cue (default " + ModelExtractor.DEFAULT_NONE_BIAS + "): lower"
          + " keeps more attributions (recall), higher fewer and surer ones (precision).")
  Double noneBias;

  @Option(names = Main.MAX_LENGTH, paramLabel = "N", converter = Values.ArticleLength.class,
      description = "Refuse articles longer than N characters (default ${DEFAULT-VALUE}); a"
          + " refused article gets an error line and the others go on.")
  int maxArticleLength = QuoteExtractor.DEFAULT_MAX_ARTICLE_LENGTH;

  @Spec(Spec.Target.MIXEE)
  CommandSpec command;

  /**
   * The extractor these options describe (model by default) with the article length limit. The
   * extractors run in the order named; {@code all} stands for {@code model,rules}.
   *
   * @throws ParameterException for an unknown or repeated extractor name (listing the available
   *     ones), a model without the model extractor, cues without an extractor that reads them
   * @throws UncheckedIOException naming the file when a model or lexicon cannot be read or parsed
   * @throws Main.Failure naming the extractor when a plug-in's provider cannot create it
   */
  QuoteExtractor extractor() {
    return build(builder());
  }

  /**
   * Builds {@code b}, a plug-in that cannot be created reported as a {@link Main.Failure} that
   * names it, not as a stack trace.
   */
  static QuoteExtractor build(QuoteExtractor.Builder b) {
    try {
      return b.build();
    } catch (IllegalStateException e) {
      throw new Main.Failure(e.getMessage(), e);
    }
  }

  /**
   * The builder of {@link #extractor()}, for a command that adds to it (a stage listener).
   *
   * @throws ParameterException as {@link #extractor()}
   * @throws UncheckedIOException as {@link #extractor()}
   */
  QuoteExtractor.Builder builder() {
    List<String> names = new ArrayList<>();
    boolean all = false;
    for (String name : extractors.split(",", -1)) {
      name = name.strip();
      if (name.isEmpty()) {
        throw usage("--extractors needs comma-separated names, not: " + extractors);
      }
      all |= name.equals("all");
      names.addAll(name.equals("all") ? List.of("model", "rules") : List.of(name));
    }
    if (model != null && !names.contains("model")) {
      throw needsModel("--model");
    }
    boolean tuned = cueThreshold != null || noneBias != null;
    if (tuned && !names.contains("model")) {
      throw needsModel(cueThreshold != null ? "--cue-threshold" : "--none-bias");
    }
    if (cues != null && !names.contains("rules") && !names.contains("model")) {
      throw usage("--cues needs the rules or model extractor, which read the cue lexicon, not:"
          + " --extractors " + extractors);
    }
    CueLexicon cueLexicon = cues == null ? CueLexicon.englishNews()
        : CueLexicon.englishNews().with(lexicon(cues, text -> CueLexicon.parse(text,
            cues.toString())));
    QuoteExtractor.Builder b = QuoteExtractor.builder().maxArticleLength(maxArticleLength);
    if (all) {
      // the model already weighs the rule patterns where they fire; the rules add what it left
      b.candidateMerger(CandidateMerger.byExtractorOrder());
    }
    if (speakers != null) {
      b.speakerResolver(new DefaultSpeakerResolver(lexicon(speakers,
          text -> SpeakerLexicon.englishNews().withEntries(text.split("\n", -1)))));
    }
    for (String name : names) {
      try {
        if (name.equals("model") && (model != null || tuned)) {
          ModelExtractor.Builder m = ModelExtractor.builder(model == null ? bundled() : model(model))
              .lexicon(cueLexicon);
          if (cueThreshold != null) {
            m.cueThreshold(cueThreshold);
          }
          if (noneBias != null) {
            m.noneBias(noneBias);
          }
          b.extractor(m.build());
        } else {
          b.extractors(name);
        }
      } catch (IllegalArgumentException e) {
        // the command line also takes "all", which the library does not know
        throw usage("--extractors " + extractors + ": "
            + e.getMessage().replace("; available: [", "; available: [all, "));
      }
    }
    // the builder makes (and gives the cue lexicon to) rules, and model when no file is given
    boolean builderReadsCues = names.contains("rules")
        || names.contains("model") && model == null && !tuned;
    if (cues != null && builderReadsCues) {
      b.cueLexicon(cueLexicon);
    }
    return b;
  }

  private ParameterException needsModel(String option) {
    return usage(option + " needs the model extractor (--extractors model, all or a list with"
        + " model), not: " + extractors);
  }

  private ParameterException usage(String message) {
    return new ParameterException(command.commandLine(), message);
  }

  /** Reads a lexicon file as UTF-8 and parses it; either failure names the file. */
  private static <T> T lexicon(Path file, Function<String, T> parse) {
    String text;
    try {
      text = new String(Files.readAllBytes(file), StandardCharsets.UTF_8);
    } catch (IOException | InvalidPathException e) {
      throw new UncheckedIOException(file + ": " + Main.describe(e),
          e instanceof IOException io ? io : new IOException(e));
    }
    try {
      return parse.apply(text);
    } catch (IllegalArgumentException e) {
      String message = e.getMessage().startsWith(file.toString()) ? e.getMessage()
          : file + ": " + e.getMessage();
      throw new UncheckedIOException(message, new IOException(e));
    }
  }

  /** The bundled model, for a model extractor with other settings than the default. */
  private static AttributionModel bundled() {
    try {
      return AttributionModel.bundled();
    } catch (IOException e) {
      throw new UncheckedIOException("the bundled model: " + Main.describe(e), e);
    }
  }

  /**
   * Reads a model file (cue, content and source models from {@code train}, or a cue model
   * alone); a failure names the file and the cause.
   */
  private static AttributionModel model(Path file) {
    InputStream in;
    try {
      in = Files.newInputStream(file);
    } catch (IOException e) {
      throw new UncheckedIOException(file + ": " + Main.describe(e), e);
    }
    try (in) {
      return AttributionModel.read(in, file.toString()); // its message names file and cause
    } catch (IOException e) {
      throw new UncheckedIOException(e.getMessage(), e);
    }
  }
}
