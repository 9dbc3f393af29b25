package org.quotekit.cli;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStreamWriter;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.InvalidPathException;
import java.nio.file.NoSuchFileException;
import java.util.List;
import java.util.Properties;
import java.util.concurrent.Callable;
import picocli.AutoComplete;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Help;
import picocli.CommandLine.IVersionProvider;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;
import picocli.CommandLine.Model.UsageMessageSpec;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;
import picocli.CommandLine.TypeConversionException;
import picocli.CommandLine.UnmatchedArgumentException;

/**
 * The {@code quotekit} command line, built with picocli: runs {@code extract}, {@code show},
 * {@code render}, {@code eval}, {@code eval-claims}, {@code train}, {@code help} or {@code
 * generate-completion} (a bash and zsh completion script). An instance holds the streams of one
 * run and is used by one thread; {@link #run} may be called from any number of threads.
 */
@Command(name = "quotekit", customSynopsis = "quotekit <command> [options]",
    description = "Extract quotes, speakers and claims from news articles.",
    mixinStandardHelpOptions = true, versionProvider = Main.Version.class,
    subcommands = {ExtractCommand.class, ShowCommand.class, RenderCommand.class,
        EvalCommand.class, EvalClaimsCommand.class, TrainCommand.class, BenchCommand.class,
        CommandLine.HelpCommand.class, AutoComplete.GenerateCompletion.class},
    commandListHeading = "%nCommands:%n", optionListHeading = "%nOptions:%n",
    footer = {"", "Run quotekit COMMAND --help for the options of a command.",
        Main.EXIT_STATUS})
public final class Main implements Callable<Integer> {
  /** The footer of every command's help. */
  static final String EXIT_STATUS =
      "%nExit status: 0 success, 1 an input or the output failed, 2 usage error.";

  /** Help text is wrapped at this width. */
  private static final int WIDTH = 100;

  static final String MAX_LENGTH = "--max-article-length";

  final InputStream in;
  final PrintStream out;
  final PrintStream err;

  @Spec
  CommandSpec spec;

  private Main(InputStream in, PrintStream out, PrintStream err) {
    this.in = in;
    this.out = out;
    this.err = err;
  }

  /** Runs the command line and exits with its status. */
  public static void main(String[] args) {
    System.exit(run(args, System.in, System.out, System.err));
  }

  /**
   * Runs the command line without exiting.
   *
   * @param args the arguments after {@code quotekit}
   * @param in what {@code -} reads
   * @param out where results and help go (as UTF-8)
   * @param err where errors, warnings, notes and the usage after a usage error go
   * @return the exit status: 0 success, 1 an input or the output failed, 2 usage error
   */
  public static int run(String[] args, InputStream in, PrintStream out, PrintStream err) {
    Main main = new Main(in, out, err);
    CommandLine cl = commandLine(main);
    try {
      return cl.execute(args);
    } catch (OutOfMemoryError e) {
      err.println("quotekit: error: out of memory; stopped. Give Java more memory (-Xmx) or"
          + " lower " + MAX_LENGTH);
      return 1;
    } finally {
      cl.getOut().flush();
      cl.getErr().flush();
    }
  }

  /** The picocli command line of {@code main}, writing to its streams. */
  private static CommandLine commandLine(Main main) {
    CommandLine cl = new CommandLine(main);
    cl.setOut(new PrintWriter(new OutputStreamWriter(main.out, StandardCharsets.UTF_8), true));
    cl.setErr(new PrintWriter(new OutputStreamWriter(main.err, StandardCharsets.UTF_8), true));
    cl.setUsageHelpWidth(WIDTH);
    cl.setOverwrittenOptionsAllowed(false);
    cl.getSubcommands().get("generate-completion").getCommandSpec().usageMessage()
        .hidden(false);
    cl.getHelpSectionMap().put(UsageMessageSpec.SECTION_KEY_COMMAND_LIST, Main::commandList);
    cl.setParameterExceptionHandler((e, args) -> main.usageError(e));
    cl.setExecutionExceptionHandler((e, command, parsed) -> {
      if (e instanceof UncheckedIOException || e instanceof Failure) {
        main.err.println("quotekit: error: " + e.getMessage());
        return 1;
      }
      throw e;
    });
    return cl;
  }

  /** Without a command: the usage on standard error, status 2. */
  @Override
  public Integer call() {
    err.print(spec.commandLine().getUsageMessage());
    return 2;
  }

  /**
   * The commands, each with its synopsis (as in its own help) and the first line of its
   * description, so that one screen shows every command's options.
   */
  private static String commandList(Help help) {
    StringBuilder sb = new StringBuilder();
    for (Help sub : help.subcommands().values()) {
      UsageMessageSpec usage = sub.commandSpec().usageMessage();
      if (usage.hidden()) {
        continue;
      }
      String name = sub.commandSpec().name();
      List<String> synopsis = usage.customSynopsis().length > 0
          ? List.of(usage.customSynopsis())
          : List.of(sub.synopsis(0).strip());
      for (String line : synopsis) {
        // a continuation line under the first option, as in the command's own help
        sb.append(line.startsWith("quotekit ") ? "  " + line.substring("quotekit ".length())
            : " ".repeat(3 + name.length()) + line.strip()).append('\n');
      }
      String[] summary = usage.header().length > 0 ? usage.header() : usage.description();
      String first = summary.length == 0 ? "" : String.format(summary[0]).lines().findFirst()
          .orElse("");
      sb.append("      ").append(first).append('\n');
    }
    return sb.toString();
  }

  /** Prints {@code quotekit: <message>}, then the command's usage, on standard error. */
  private int usageError(ParameterException e) {
    err.println("quotekit: " + message(e));
    err.println();
    err.print(e.getCommandLine().getUsageMessage());
    return 2;
  }

  /** The message of a usage error, in the CLI's words where they differ from picocli's. */
  private static String message(ParameterException e) {
    if (e instanceof UnmatchedArgumentException u && !u.getUnmatched().isEmpty()) {
      String arg = u.getUnmatched().get(0);
      if (arg.startsWith("-")) {
        return "unknown option: " + arg;
      }
      CommandLine command = u.getCommandLine();
      return command.getParent() == null ? "unknown command: " + arg
          : command.getCommandName() + " takes no PATH: " + arg;
    }
    if (e.getCause() instanceof TypeConversionException t
        && e.getArgSpec() instanceof OptionSpec option) {
      return option.longestName() + " must be " + t.getMessage() + ", not: " + e.getValue();
    }
    return e.getMessage();
  }

  /**
   * Refuses an output file that is also an input, before anything is written: prints why on
   * {@code err}.
   *
   * @param what how the message names the inputs ("an input", "the input")
   * @return whether {@code output} is one of the inputs (the caller exits with 2)
   */
  boolean outputIsInput(java.nio.file.Path output, List<String> operands, String what) {
    String input = output == null ? null : OutputFile.inputOf(output.toString(), operands);
    if (input != null) {
      err.println("quotekit: error: --output " + output + " is also " + what + " (" + input
          + "); refusing to overwrite it. Nothing was written.");
    }
    return input != null;
  }

  /** Prints {@code quotekit: error: <where>: <message>} on {@code err}. */
  static void error(PrintStream err, String where, String message) {
    err.println("quotekit: error: " + where + ": " + message);
  }

  /**
   * Prints the failure to read a gold split: the reader's own message when it names the file at
   * fault (a text that is not UTF-8, a malformed line of an annotation file), else {@code
   * goldDir} and a short reason.
   */
  static void goldError(PrintStream err, String goldDir, Exception e) {
    String m = e.getMessage();
    if (e instanceof java.io.IOException && !(e instanceof FileSystemException) && m != null
        && m.startsWith(goldDir)) {
      err.println("quotekit: error: " + m);
    } else {
      error(err, goldDir, describe(e));
    }
  }

  /**
   * Where the notes of a gold reader go: one warning line each on {@code err}, the first
   * {@value #NOTES_SHOWN}, then how many more there were ({@link GoldNotes#close}).
   */
  static final class GoldNotes implements java.util.function.Consumer<String> {
    private final PrintStream err;
    private int count;

    GoldNotes(PrintStream err) {
      this.err = err;
    }

    @Override
    public void accept(String note) {
      if (count++ < NOTES_SHOWN) {
        err.println("quotekit: warning: " + note);
      }
    }

    /** Says how many notes were not shown. */
    void close() {
      if (count > NOTES_SHOWN) {
        err.println("quotekit: warning: and " + (count - NOTES_SHOWN) + " more such notes");
      }
    }
  }

  /** How many notes of a gold reader are shown. */
  static final int NOTES_SHOWN = 5;

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

  /** The message for an article above the limit, saying how to raise it on this command line. */
  static String tooLarge(String what, int limit) {
    return what + ", " + overLimit(limit);
  }

  /**
   * The message for an input refused by its size in bytes before it is decoded: {@code what}
   * ("too large"), the byte bound, why that bound means more characters than {@code limit}
   * ({@code perCharacter}: "3 a character at most"), and how to raise it.
   */
  static String tooManyBytes(String what, long bytes, String perCharacter, int limit) {
    return what + ": more than " + bytes + " bytes (" + perCharacter + "), so "
        + overLimit(limit);
  }

  private static String overLimit(int limit) {
    return "more than the limit of " + limit + " characters; raise it with " + MAX_LENGTH + " N";
  }

  /**
   * A failure a command reports in one line, "quotekit: error: MESSAGE", with status 1: the
   * message names what failed (a plug-in extractor that could not be created).
   */
  static final class Failure extends RuntimeException {
    private static final long serialVersionUID = 1L;

    Failure(String message, Throwable cause) {
      super(message, cause);
    }
  }

  /** {@code quotekit VERSION}, the version from the jar's Maven metadata. Stateless. */
  static final class Version implements IVersionProvider {
    @Override
    public String[] getVersion() {
      Properties p = new Properties();
      try (InputStream in = Main.class.getResourceAsStream(
          "/META-INF/maven/org.quotekit/quotekit-cli/pom.properties")) {
        if (in != null) {
          p.load(in);
        }
      } catch (IOException e) {
        // fall through to the development build
      }
      return new String[] {"quotekit " + p.getProperty("version", "(development build)")};
    }
  }
}
