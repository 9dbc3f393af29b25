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
import org.quotekit.rules.CueLexicon;

/**
 * The {@code quotekit} command line: parses the arguments and runs {@code extract}, {@code show},
 * {@code eval} or {@code train}. Stateless and thread-safe, but each run reads and writes the streams it is given.
 */
public final class Main {
  static final String USAGE = """
      Usage: quotekit <command> [options]

      Commands:
        extract [--extractors rules|model|all] [--model FILE] [--output FILE]
                [--max-article-length N] [--threads N] PATH...
            Extract quotes, speakers and claims as JSON Lines: one line per article, in input
            order. PATH is a .txt file (id: the file name without extension), a folder (its .txt
            files sorted by name; subfolders are not read), a .jsonl file of {"id": ..., "text":
            ...} lines, or - for standard input (JSON Lines if it starts with '{', otherwise one
            article with the id "stdin"). Input must be UTF-8. An input that fails gets a line
            {"id": ..., "error": ..., "source": ...} in its place: id is null when the input
            gives none, source is the file (and :line). Each line is written whole and flushed.
            --output is written under a temporary name and moved into place at the end; it
            must not be one of the inputs. --threads N extracts N articles at once (default:
            one per core); the output is the same for any N.
        show [--extractors rules|model|all] [--model FILE] [--max-article-length N] FILE
            Print the quotes of one article as a table, then its speakers.
        eval --gold DIR [--extractors rules|model|all] [--model FILE] [--max-article-length N]
             [--json]
            Score the extractor against a PolNeAR-style split (DIR/text/*.txt and
            DIR/attributions/*.ann); prints a table, or JSON with --json.
        train --gold DIR --output FILE [--iterations N]
            Train a cue model for the model extractor on a PolNeAR-style split.

      Options:
        --extractors NAME  rules (default), model (the trained cue model) or all (both; where
                           they disagree the more confident quote wins).
        --model FILE       use this cue model (from train) instead of the bundled one.
        --output FILE      write to FILE instead of standard output (extract).
        --max-article-length N
                           refuse articles longer than N characters (default 5000000); a
                           refused article gets an error line and the others go on.
        -h, --help         print this help.
        --version          print the version.

      Exit status: 0 success, 1 an input or the output failed, 2 usage error.
      """;

  static final String MAX_LENGTH = "--max-article-length";

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
      out.print(USAGE);
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
              "--threads"), Set.of());
          if (a.help) {
            break;
          }
          if (a.operands.isEmpty()) {
            throw new UsageException("extract needs at least one PATH");
          }
          if (a.operands.indexOf("-") != a.operands.lastIndexOf("-")) {
            throw new UsageException("- (standard input) can be read only once");
          }
          int max = maxArticleLength(a.options.get(MAX_LENGTH));
          String output = a.options.get("--output");
          String input = output == null ? null : outputInput(output, a.operands);
          if (input != null) {
            err.println("quotekit: error: --output " + output + " is also an input (" + input
                + "); refusing to overwrite it. Nothing was written.");
            return 2;
          }
          int threads = a.intOption("--threads", Runtime.getRuntime().availableProcessors());
          QuoteExtractor extractor = extractor(a, max, err);
          return new ExtractCommand(extractor, err, threads).run(
              reader(in, err, max).read(a.operands), output, out);
        }
        case "show" -> {
          Args a = Args.parse(rest, Set.of("--extractors", "--model", MAX_LENGTH), Set.of());
          if (a.help) {
            break;
          }
          if (a.operands.size() != 1) {
            throw new UsageException("show needs exactly one FILE, got " + a.operands.size());
          }
          int max = maxArticleLength(a.options.get(MAX_LENGTH));
          ExtractCommand extract = new ExtractCommand(extractor(a, max, err), err, 1);
          return ShowCommand.run(extract, reader(in, err, max).read(a.operands), out);
        }
        case "eval" -> {
          Args a = Args.parse(rest, Set.of("--extractors", "--gold", "--model", MAX_LENGTH),
              Set.of("--json"));
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
      out.print(USAGE);
      return 0;
    } catch (UsageException e) {
      err.println("quotekit: " + e.getMessage());
      err.println();
      err.print(USAGE);
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

  private static InputReader reader(InputStream in, PrintStream err, int maxArticleLength) {
    return new InputReader(in, err, maxArticleLength);
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
   * The extractor for the {@code --extractors} and {@code --model} options (rules by default)
   * with an article length limit.
   *
   * @throws UsageException for an unknown extractor name or a model without the model extractor
   * @throws UncheckedIOException naming the model file when it cannot be read
   */
  static QuoteExtractor extractor(Args a, int maxArticleLength, PrintStream err)
      throws UsageException {
    String name = a.options.getOrDefault("--extractors", "rules");
    if (!Set.of("rules", "model", "all").contains(name)) {
      throw new UsageException("--extractors must be rules, model or all, not: " + name);
    }
    String modelFile = a.options.get("--model");
    if (modelFile != null && name.equals("rules")) {
      throw new UsageException("--model needs --extractors model or all");
    }
    QuoteExtractor.Builder b = QuoteExtractor.builder().maxArticleLength(maxArticleLength);
    if (!name.equals("model")) {
      b.extractors("rules");
    }
    if (name.equals("rules")) {
      return b.build();
    }
    if (modelFile == null) {
      return b.extractors("model").build();
    }
    InputStream in;
    try {
      in = java.nio.file.Files.newInputStream(java.nio.file.Path.of(modelFile));
    } catch (IOException | java.nio.file.InvalidPathException e) {
      throw new UncheckedIOException(modelFile + ": " + describe(e),
          e instanceof IOException io ? io : new IOException(e));
    }
    CueModel model;
    try (in) {
      model = CueModel.read(in, modelFile); // its message names the file and the cause
    } catch (IOException e) {
      throw new UncheckedIOException(e.getMessage(), e);
    }
    return b.extractor(new ModelExtractor(model, CueLexicon.englishNews(),
        ModelExtractor.DEFAULT_THRESHOLD)).build();
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
