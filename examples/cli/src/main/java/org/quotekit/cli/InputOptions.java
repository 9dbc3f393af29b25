package org.quotekit.cli;

import java.io.PrintStream;
import java.util.List;
import org.quotekit.cli.InputReader.StdinFormat;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/**
 * {@code --input-format}, how standard input is read, shared by {@code extract}, {@code show} and
 * {@code render} as a picocli mixin. Not thread-safe: picocli fills it in.
 */
final class InputOptions {
  @Option(names = "--input-format", paramLabel = "STDIN_FORMAT", converter = Values.StdinFormatName.class,
      completionCandidates = Values.StdinFormatName.class,
      description = "How - (standard input) is read: text (one article, id \"stdin\") or jsonl"
          + " (JSON Lines); without it, JSON Lines when the first non-blank character is '{',"
          + " otherwise text.")
  StdinFormat inputFormat;

  @Spec(Spec.Target.MIXEE)
  CommandSpec command;

  /**
   * The reader of the command's inputs.
   *
   * @param main the streams
   * @param maxArticleLength the article length limit
   * @param operands the inputs; with {@code --input-format}, they must include {@code -}
   * @throws ParameterException when {@code --input-format} is given without {@code -}
   */
  InputReader reader(Main main, int maxArticleLength, List<String> operands) {
    if (inputFormat != null && !operands.contains("-")) {
      throw new ParameterException(command.commandLine(), "--input-format applies to -"
          + " (standard input), which is not among the inputs: " + operands);
    }
    PrintStream err = main.err;
    return new InputReader(main.in, inputFormat == null ? StdinFormat.GUESS : inputFormat, err,
        maxArticleLength);
  }
}
