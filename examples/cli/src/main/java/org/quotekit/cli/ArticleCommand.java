package org.quotekit.cli;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import org.quotekit.cli.BatchExtractor.Format;
import org.quotekit.cli.InputReader.Item;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/**
 * The base of the commands that read and extract articles ({@code extract}, {@code show}, {@code
 * render}): the extractor options, {@code --input-format}, and the streams of the run. Not
 * thread-safe: picocli fills it in for one run.
 */
abstract class ArticleCommand implements Callable<Integer> {
  @ParentCommand
  Main main;

  @Spec
  CommandSpec spec;

  @Mixin
  ExtractorOptions extractor;

  @Mixin
  InputOptions input;

  /** The input operands as the input reader takes them ({@code -} is standard input). */
  static List<String> operands(List<Path> inputs) {
    return inputs.stream().map(Path::toString).toList();
  }

  /**
   * The one input of a command that reads one article ({@code show}, {@code render}).
   *
   * @throws picocli.CommandLine.ParameterException naming the command and the number of inputs
   */
  List<String> oneFile(List<Path> inputs) {
    if (inputs.size() != 1) {
      throw new picocli.CommandLine.ParameterException(spec.commandLine(), spec.name()
          + " needs exactly one FILE, got " + inputs.size());
    }
    return operands(inputs);
  }

  /** The articles of {@code operands}, read as they are consumed. */
  Stream<Item> articles(List<String> operands) {
    return input.reader(main, extractor.maxArticleLength, operands).read(operands);
  }

  /** The batch for the extractor the options describe. */
  BatchExtractor batch(int threads, Format format) {
    return new BatchExtractor(extractor.extractor(), main.err, threads, format);
  }
}
