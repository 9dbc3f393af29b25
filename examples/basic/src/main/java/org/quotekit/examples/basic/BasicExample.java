package org.quotekit.examples.basic;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Collectors;
import org.quotekit.Article;
import org.quotekit.Extraction;
import org.quotekit.Quote;
import org.quotekit.QuoteExtractor;
import org.quotekit.Span;
import org.quotekit.Speaker;

/**
 * The README's Java example as a program: prints who said what in a text file, one quote a line.
 *
 * <pre>{@code
 * java -cp "examples/basic/target/classes:$(cat examples/basic/target/classpath.txt)" \
 *     org.quotekit.examples.basic.BasicExample testdata/articles/mawazine-iraq-coalition.txt
 * }</pre>
 */
public final class BasicExample {
  private BasicExample() {}

  /**
   * Extracts from the file named by the only argument.
   *
   * @throws IOException if the file cannot be read
   */
  public static void main(String[] args) throws IOException {
    if (args.length != 1) {
      System.err.println("usage: BasicExample FILE.txt");
      System.exit(2);
    }
    Path file = Path.of(args[0]);
    print(Files.readString(file, StandardCharsets.UTF_8), System.out);
  }

  /**
   * Prints the quotes of {@code text} to {@code out}: speaker, type, offsets and the quoted
   * words (the parts of a quote split around its attribution, joined by " ... ").
   */
  static void print(String text, PrintStream out) {
    // -- the README's example, unchanged --
    QuoteExtractor extractor = QuoteExtractor.builder()      // build once, share across threads
        .addReportingVerbs("mumble")    // a verb the cue lexicon lacks: the rule patterns now read
        .build();                       // "The senator mumbled that ..." as a quote too
    Extraction result = extractor.extract(Article.of("a1", text));
    for (Quote q : result.quotes()) {
      String who = result.speakerOf(q).map(Speaker::name).orElse("?");
      // the quoted words: a quote split around its attribution ("A," she said. "B.") has two parts
      String words = q.parts().stream().map(Span::text).collect(Collectors.joining(" ... "));
      out.printf("%s %s [%d,%d): %s%n", who, q.type(), q.content().start(),
          q.content().end(), words);
    }
  }
}
