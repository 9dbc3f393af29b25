package org.quotekit.cli;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.charset.CharacterCodingException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.InvalidPathException;
import java.nio.file.NoSuchFileException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import org.quotekit.QuoteExtractor;
import org.quotekit.model.CueModel;
import org.quotekit.model.ModelExtractor;
import org.quotekit.resolve.DefaultSpeakerResolver;
import org.quotekit.resolve.SpeakerLexicon;
import org.quotekit.rules.CueLexicon;

/**
 * The {@code quotekit} command line: parses the arguments and runs {@code extract}, {@code show},
 * {@code render}, {@code eval} or {@code train}. Stateless and thread-safe, but each run reads and writes the streams it is given.
 */
public final class Main {
  static final String EXTRACT = """
      extract [--extractors NAMES] [--model FILE] [--cues FILE] [--speakers FILE]
              [--input-format text|jsonl] [--format jsonl|csv|brat] [--output FILE]
              [--max-article-length N] [--threads N] PATH...
          Extract quotes, speakers and claims as JSON Lines: one line per article, in input
          order. PATH is a .txt file (id: the file name without extension), a folder (its .txt
          files sorted by name; subfolders are not read), a .jsonl file of {"id": ..., "text":
          ...} lines, or - for standard input (see --input-format). Input must be UTF-8. An
          input that fails gets a line {"id": ..., "error": ..., "source": ...} in its place:
          id is null when the input gives none, source is the file (and :line). Each line is
          written whole and flushed. --output is written under a temporary name and moved into
          place at the end; it must not be one of the inputs. --threads N extracts N articles
          at once (default: one per core); the output is the same for any N.
          --format csv writes a header row, then one row per quote (RFC 4180, CRLF); an
          article that fails gets no row. --format brat needs --output DIR and writes
          DIR/text/NAME.txt and DIR/attributions/NAME_quotekit.ann per article, which eval
          and train read; NAME is the id with characters other than A-Z a-z 0-9 . _ -
          replaced by _, and -2, -3, ... added when an earlier article has that name.
      """;

  static final String SHOW = """
      show [--extractors NAMES] [--model FILE] [--cues FILE] [--speakers FILE]
           [--input-format text|jsonl] [--max-article-length N] FILE
          Print the quotes of one article as a table, then its speakers.
      """;

  static final String RENDER = """
      render [--extractors NAMES] [--model FILE] [--cues FILE] [--speakers FILE]
             [--input-format text|jsonl] [--max-article-length N] [--output FILE] FILE
          Write one article as a self-contained HTML page (no external assets): the text with
          each quote in its speaker's colour, cues and source mentions marked, the quote's
          type, confidence, rule and extractor on hover, and a panel of the speakers with
          their quotes and claims. FILE holds one article (a .txt file, a .jsonl file of one
          line, or -). The page goes to standard output, or to --output FILE (written under a
          temporary name and moved into place; it must not be the input).
      """;

  static final String EVAL = """
      eval --gold DIR [--extractors NAMES] [--model FILE] [--cues FILE] [--speakers FILE]
           [--max-article-length N] [--json]
          Score the extractor against a PolNeAR-style split (DIR/text/*.txt and
          DIR/attributions/*.ann); prints a table, or JSON with --json.
      """;

  static final String TRAIN = """
      train --gold DIR --output FILE [--iterations N]
          Train a cue model for the model extractor on a PolNeAR-style split.
      """;

  static final String OPTIONS = """
      Options:
        --extractors NAMES extractors to run, comma-separated, in this order: rules (the
                           default), model (the trained cue model), all (rules,model), or the
                           name of any extractor on the classpath (an ExtractorProvider found by
                           ServiceLoader, e.g. --extractors rules,tweets); where they disagree
                           the more confident quote wins.
        --model FILE       use this cue model (from train) instead of the bundled one.
        --cues FILE        add the cue lexicon FILE (the cues-en.txt format: verb, tell, noun,
                           prep and not lines) to the English news preset of the rules and model
                           extractors.
        --speakers FILE    add the speaker lexicon FILE (the speakers-en.txt format: one KIND
                           ENTRY [ATTRIBUTE] line each, # comments) to the English news preset.
        --input-format F   how - (standard input) is read: text (one article, id "stdin") or
                           jsonl (JSON Lines); without it, JSON Lines when the first non-blank
                           character is '{', otherwise text.
        --format F         what extract writes: jsonl (the default), csv or brat.
        --output FILE      write to FILE instead of standard output (extract, render); with
                           --format brat, the folder DIR to write into.
        --max-article-length N
                           refuse articles longer than N characters (default 5000000); a
                           refused article gets an error line and the others go on.
        -o FILE            the same as --output FILE (render).
        -h, --help         print this help; after a command, that command's help.
        --version          print the version.

      Exit status: 0 success, 1 an input or the output failed, 2 usage error.
      """;

  static final String USAGE = "Usage: quotekit <command> [options]\n\nCommands:\n"
      + indent(EXTRACT) + indent(SHOW) + indent(RENDER) + indent(EVAL) + indent(TRAIN) + "\n" + OPTIONS;

  private static final Map<String, String> COMMANDS = Map.of("extract", EXTRACT, "show", SHOW,
      "render", RENDER, "eval", EVAL, "train", TRAIN);

  private static String indent(String text) {
    return text.indent(2);
  }

  /** The help of one command: its usage line and description, then the options. */
  static String usage(String command) {
    String text = COMMANDS.get(command);
    if (text == null) {
      return USAGE;
    }
    return "Usage: quotekit " + text + "\n" + (command.equals("train")
        ? "Exit status: 0 success, 1 an input or the output failed, 2 usage error.\n"
        : OPTIONS);
  }

  static final String MAX_LENGTH = "--max-article-length";
  static final String INPUT_FORMAT = "--input-format";

  private Main() {}

  /** Runs the command line and exits with its status. */
  public static void main(String[] args) {
    System.exit(run(args, System.in, System.out, System.err));
  }

  /**
   * Runs the command line without exiting.
   *
   * @param args the arguments after {@code quotekit}
   * @param in what {@code -} reads
   * @param out where results go (as UTF-8)
   * @param err where errors, warnings and notes go
   * @return the exit status: 0 success, 1 an input or the output failed, 2 usage error
   */
  public static int run(String[] args, InputStream in, PrintStream out, PrintStream err) {
    if (args.length == 0) {
      err.print(USAGE);
      return 2;
    }
    List<String> rest = List.of(args).subList(1, args.length);
    try {
      switch (args[0]) {
        case "-h", "--help", "help" -> {
          out.print(USAGE);
          return 0;
        }
        case "--version" -> {
          out.println("quotekit " + version());
          return 0;
        }
        case "extract" -> {
          Args a = Args.parse(rest, Set.of("--extractors", "--output", "--model", MAX_LENGTH,
              "--threads", "--cues", "--speakers", INPUT_FORMAT, "--format"), Set.of());
          if (a.help) {
            break;
          }
          if (a.operands.isEmpty()) {
            throw new UsageException("extract needs at least one PATH");
          }
          if (a.operands.indexOf("-") != a.operands.lastIndexOf("-")) {
            throw new UsageException("- (standard input) can be read only once");
          }
          ExtractCommand.Format format = format(a.options.get("--format"));
          int max = maxArticleLength(a.options.get(MAX_LENGTH));
          String output = a.options.get("--output");
          if (format == ExtractCommand.Format.BRAT && output == null) {
            throw new UsageException("--format brat needs --output DIR: it writes a folder of"
                + " files, not standard output");
          }
          String input = output == null ? null : outputInput(output, a.operands);
          if (input != null) {
            err.println("quotekit: error: --output " + output + " is also an input (" + input
                + "); refusing to overwrite it. Nothing was written.");
            return 2;
          }
          int threads = a.intOption("--threads", Runtime.getRuntime().availableProcessors());
          QuoteExtractor extractor = extractor(a, max, err);
          return new ExtractCommand(extractor, err, threads, format).run(
              reader(in, a, err, max).read(a.operands), output, out);
        }
        case "show" -> {
          Args a = Args.parse(rest, Set.of("--extractors", "--model", MAX_LENGTH, "--cues",
              "--speakers", INPUT_FORMAT), Set.of());
          if (a.help) {
            break;
          }
          if (a.operands.size() != 1) {
            throw new UsageException("show needs exactly one FILE, got " + a.operands.size());
          }
          int max = maxArticleLength(a.options.get(MAX_LENGTH));
          ExtractCommand extract = new ExtractCommand(extractor(a, max, err), err, 1);
          return ShowCommand.run(extract, reader(in, a, err, max).read(a.operands), out);
        }
        case "render" -> {
          Args a = Args.parse(shortOutput(rest), Set.of("--extractors", "--model", MAX_LENGTH, "--cues",
              "--speakers", INPUT_FORMAT, "--output"), Set.of());
          if (a.help) {
            break;
          }
          if (a.operands.size() != 1) {
            throw new UsageException("render needs exactly one FILE, got " + a.operands.size());
          }
          String output = a.options.get("--output");
          String input = output == null ? null : outputInput(output, a.operands);
          if (input != null) {
            err.println("quotekit: error: --output " + output + " is also the input (" + input
                + "); refusing to overwrite it. Nothing was written.");
            return 2;
          }
          int max = maxArticleLength(a.options.get(MAX_LENGTH));
          ExtractCommand extract = new ExtractCommand(extractor(a, max, err), err, 1);
          return RenderCommand.run(extract, reader(in, a, err, max).read(a.operands), output,
              out, err);
        }
        case "eval" -> {
          Args a = Args.parse(rest, Set.of("--extractors", "--gold", "--model", MAX_LENGTH,
              "--cues", "--speakers"), Set.of("--json"));
          if (a.help) {
            break;
          }
          if (!a.operands.isEmpty()) {
            throw new UsageException("eval takes no PATH: " + a.operands.get(0));
          }
          String gold = a.options.get("--gold");
          if (gold == null) {
            throw new UsageException("eval needs --gold DIR");
          }
          int max = maxArticleLength(a.options.get(MAX_LENGTH));
          return EvalCommand.run(gold, extractor(a, max, err),
              a.options.containsKey("--json"), out, err);
        }
        case "train" -> {
          Args a = Args.parse(rest, Set.of("--gold", "--output", "--iterations"), Set.of());
          if (a.help) {
            break;
          }
          String gold = a.options.get("--gold");
          String output = a.options.get("--output");
          if (gold == null || output == null || !a.operands.isEmpty()) {
            throw new UsageException("train needs --gold DIR and --output FILE and no PATH");
          }
          return TrainCommand.run(gold, output, a.intOption("--iterations", 100), err);
        }
        default -> throw new UsageException("unknown command: " + args[0]);
      }
      out.print(usage(args[0]));
      return 0;
    } catch (UsageException e) {
      err.println("quotekit: " + e.getMessage());
      err.println();
      err.print(usage(args[0]));
      return 2;
    } catch (UncheckedIOException e) {
      err.println("quotekit: error: " + e.getMessage());
      return 1;
    } catch (OutOfMemoryError e) {
      err.println("quotekit: error: out of memory; stopped. Give Java more memory (-Xmx) or"
          + " lower " + MAX_LENGTH);
      return 1;
    }
  }

  /** The arguments with {@code -o} before {@code --} spelt {@code --output}. */
  private static List<String> shortOutput(List<String> args) {
    List<String> expanded = new ArrayList<>(args);
    for (int i = 0; i < expanded.size() && !expanded.get(i).equals("--"); i++) {
      if (expanded.get(i).equals("-o")) {
        expanded.set(i, "--output");
      }
    }
    return expanded;
  }

  /** The operand that reads the output file, or {@code null}; an invalid path reads nothing. */
  private static String outputInput(String output, List<String> operands) {
    try {
      return InputReader.readerOf(java.nio.file.Path.of(output), operands);
    } catch (InvalidPathException e) {
      return null;
    }
  }

  /** Prints {@code quotekit: error: <where>: <message>} on {@code err}. */
  static void error(PrintStream err, String where, String message) {
    err.println("quotekit: error: " + where + ": " + message);
  }

  /** A short reason for a failed file operation, without the path the caller already shows. */
  static String describe(Exception e) {
    if (e instanceof NoSuchFileException) {
      return "no such file or directory";
    } else if (e instanceof AccessDeniedException) {
      return "permission denied";
    } else if (e instanceof FileSystemException f && f.getReason() != null) {
      return f.getReason();
    } else if (e instanceof CharacterCodingException) {
      return "not valid UTF-8";
    } else if (e instanceof InvalidPathException p) {
      return "invalid path: " + p.getReason();
    }
    return e.getMessage() != null ? e.getMessage() : e.getClass().getSimpleName();
  }

  private static InputReader reader(InputStream in, Args a, PrintStream err,
      int maxArticleLength) throws UsageException {
    String format = a.options.get(INPUT_FORMAT);
    InputReader.StdinFormat f;
    if (format == null) {
      f = InputReader.StdinFormat.GUESS;
    } else if (format.equals("text")) {
      f = InputReader.StdinFormat.TEXT;
    } else if (format.equals("jsonl")) {
      f = InputReader.StdinFormat.JSONL;
    } else {
      throw new UsageException(INPUT_FORMAT + " must be text or jsonl, not: " + format);
    }
    if (format != null && !a.operands.contains("-")) {
      throw new UsageException(INPUT_FORMAT + " applies to - (standard input), which is not"
          + " among the inputs: " + a.operands);
    }
    return new InputReader(in, f, err, maxArticleLength);
  }

  /** The value of {@code --format}; {@code null} means JSON Lines. */
  static ExtractCommand.Format format(String value) throws UsageException {
    if (value == null) {
      return ExtractCommand.Format.JSONL;
    }
    return switch (value) {
      case "jsonl" -> ExtractCommand.Format.JSONL;
      case "csv" -> ExtractCommand.Format.CSV;
      case "brat" -> ExtractCommand.Format.BRAT;
      default -> throw new UsageException("--format must be jsonl, csv or brat, not: " + value);
    };
  }

  /** The value of {@code --max-article-length}; {@code null} means the library's default. */
  static int maxArticleLength(String value) throws UsageException {
    if (value == null) {
      return QuoteExtractor.DEFAULT_MAX_ARTICLE_LENGTH;
    }
    int n = positive(value);
    if (n > 0) {
      return n;
    }
    throw new UsageException(MAX_LENGTH + " must be a whole number of characters from 1 to "
        + Integer.MAX_VALUE + ", not: " + value);
  }

  /** The value as a positive {@code int}, or 0 when it is not one. */
  static int positive(String value) {
    try {
      return Math.max(0, Integer.parseInt(value));
    } catch (NumberFormatException e) {
      return 0;
    }
  }

  /** The message for an article above the limit, saying how to raise it on this command line. */
  static String tooLarge(String what, int limit) {
    return what + ", more than the limit of " + limit + " characters; raise it with "
        + MAX_LENGTH + " N";
  }

  /**
   * The extractor for the {@code --extractors}, {@code --model}, {@code --cues} and {@code
   * --speakers} options (rules by default) with an article length limit. The extractors run in
   * the order named; {@code all} stands for {@code rules,model}.
   *
   * @throws UsageException for an unknown or repeated extractor name (listing the available
   *     ones), a model without the model extractor, cues without an extractor that reads them
   * @throws UncheckedIOException naming the file when a model or lexicon cannot be read or parsed
   */
  static QuoteExtractor extractor(Args a, int maxArticleLength, PrintStream err)
      throws UsageException {
    List<String> names = new ArrayList<>();
    String list = a.options.getOrDefault("--extractors", "rules");
    for (String name : list.split(",", -1)) {
      name = name.strip();
      if (name.isEmpty()) {
        throw new UsageException("--extractors needs comma-separated names, not: " + list);
      }
      names.addAll(name.equals("all") ? List.of("rules", "model") : List.of(name));
    }
    String modelFile = a.options.get("--model");
    if (modelFile != null && !names.contains("model")) {
      throw new UsageException("--model needs the model extractor (--extractors model, all or a"
          + " list with model), not: " + list);
    }
    String cuesFile = a.options.get("--cues");
    if (cuesFile != null && !names.contains("rules") && !names.contains("model")) {
      throw new UsageException("--cues needs the rules or model extractor, which read the cue"
          + " lexicon, not: --extractors " + list);
    }
    CueLexicon cues = cuesFile == null ? CueLexicon.englishNews()
        : CueLexicon.englishNews().with(lexicon(cuesFile, text -> CueLexicon.parse(text,
            cuesFile)));
    QuoteExtractor.Builder b = QuoteExtractor.builder().maxArticleLength(maxArticleLength);
    String speakersFile = a.options.get("--speakers");
    if (speakersFile != null) {
      b.speakerResolver(new DefaultSpeakerResolver(lexicon(speakersFile,
          text -> SpeakerLexicon.englishNews().withEntries(text.split("\n", -1)))));
    }
    for (String name : names) {
      try {
        if (name.equals("model") && modelFile != null) {
          b.extractor(new ModelExtractor(model(modelFile), cues,
              ModelExtractor.DEFAULT_THRESHOLD));
        } else {
          b.extractors(name);
        }
      } catch (IllegalArgumentException e) {
        throw new UsageException("--extractors " + list + ": " + e.getMessage());
      }
    }
    // the builder makes (and gives the cue lexicon to) rules, and model when no file is given
    boolean builderReadsCues = names.contains("rules")
        || names.contains("model") && modelFile == null;
    if (cuesFile != null && builderReadsCues) {
      b.cueLexicon(cues);
    }
    return b.build();
  }

  /** Reads a lexicon file as UTF-8 and parses it; either failure names the file. */
  private static <T> T lexicon(String file, java.util.function.Function<String, T> parse) {
    String text;
    try {
      text = new String(java.nio.file.Files.readAllBytes(java.nio.file.Path.of(file)),
          java.nio.charset.StandardCharsets.UTF_8);
    } catch (IOException | InvalidPathException e) {
      throw new UncheckedIOException(file + ": " + describe(e),
          e instanceof IOException io ? io : new IOException(e));
    }
    try {
      return parse.apply(text);
    } catch (IllegalArgumentException e) {
      String message = e.getMessage().startsWith(file) ? e.getMessage()
          : file + ": " + e.getMessage();
      throw new UncheckedIOException(message, new IOException(e));
    }
  }

  /** Reads a cue model file; a failure names the file and the cause. */
  private static CueModel model(String modelFile) {
    InputStream in;
    try {
      in = java.nio.file.Files.newInputStream(java.nio.file.Path.of(modelFile));
    } catch (IOException | java.nio.file.InvalidPathException e) {
      throw new UncheckedIOException(modelFile + ": " + describe(e),
          e instanceof IOException io ? io : new IOException(e));
    }
    try (in) {
      return CueModel.read(in, modelFile); // its message names the file and the cause
    } catch (IOException e) {
      throw new UncheckedIOException(e.getMessage(), e);
    }
  }

  private static String version() {
    Properties p = new Properties();
    try (InputStream in = Main.class.getResourceAsStream(
        "/META-INF/maven/org.quotekit/quotekit-cli/pom.properties")) {
      if (in != null) {
        p.load(in);
      }
    } catch (IOException e) {
      // fall through to "unknown"
    }
    return p.getProperty("version", "(development build)");
  }

  /** Thrown for a command line that does not parse; the message says why. Immutable. */
  static final class UsageException extends Exception {
    private static final long serialVersionUID = 1L;

    UsageException(String message) {
      super(message);
    }
  }

  /**
   * The options and operands of one command. Options may stand before or after operands, as
   * {@code --name value} or {@code --name=value}; {@code --} ends the options. Not thread-safe.
   */
  static final class Args {
    final Map<String, String> options = new HashMap<>();
    final List<String> operands = new ArrayList<>();
    boolean help;

    int intOption(String name, int fallback) throws UsageException {
      String v = options.get(name);
      if (v == null) {
        return fallback;
      }
      int n = positive(v);
      if (n > 0) {
        return n;
      }
      throw new UsageException(name + " must be a positive whole number, not: " + v);
    }

    static Args parse(List<String> args, Set<String> valued, Set<String> flags)
        throws UsageException {
      Args a = new Args();
      boolean optionsEnded = false;
      for (int i = 0; i < args.size(); i++) {
        String arg = args.get(i);
        if (optionsEnded || arg.equals("-") || !arg.startsWith("-")) {
          a.operands.add(arg);
          continue;
        }
        if (arg.equals("--")) {
          optionsEnded = true;
          continue;
        }
        if (arg.equals("-h") || arg.equals("--help")) {
          a.help = true;
          continue;
        }
        int eq = arg.indexOf('=');
        String name = eq < 0 ? arg : arg.substring(0, eq);
        String value;
        if (flags.contains(name) && eq < 0) {
          value = "true";
        } else if (!valued.contains(name)) {
          throw new UsageException("unknown option: " + arg);
        } else if (eq >= 0) {
          value = arg.substring(eq + 1);
        } else if (i + 1 < args.size()) {
          value = args.get(++i);
        } else {
          throw new UsageException(name + " needs a value");
        }
        if (a.options.put(name, value) != null) {
          throw new UsageException(name + " was given twice");
        }
      }
      return a;
    }
  }
}
