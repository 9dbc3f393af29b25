package org.quotekit.cli;

import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.quotekit.Claim;
import org.quotekit.Extraction;
import org.quotekit.Quote;
import org.quotekit.Span;
import org.quotekit.Speaker;
import org.quotekit.SpeakerMention;
import org.quotekit.cli.InputReader.Item;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code quotekit show}: prints the quotes of an article (of each in turn, a blank line between,
 * when the file or folder holds many) as a plain-text table about
 * {@value #WIDTH} characters wide (speaker, type, cue, quoted words, wrapped), then its speakers,
 * then its claims (speaker, stance, "not" when negated, statement, wrapped). With {@code
 * --explain} each speaker is followed by one line per mention: offsets, the mention, and the rule
 * and evidence that linked it ({@link Speaker#provenance()}).
 * Not thread-safe: picocli fills it in for one run.
 */
@Command(name = "show", mixinStandardHelpOptions = true, sortOptions = false,
    customSynopsis = {
        "quotekit show [--extractors NAMES] [--model FILE] [--cues FILE] [--speakers FILE]",
        "                     [--cue-threshold P] [--none-bias B] [--input-format text|jsonl]",
        "                     [--max-article-length N] [--explain] FILE"},
    description = "Print the quotes of an article as a table, then its speakers and claims;"
        + " each article in turn, a blank line between, for a folder or a .jsonl file of many.",
    optionListHeading = "%nOptions:%n", footer = Main.EXIT_STATUS)
final class ShowCommand extends ArticleCommand {
  static final int WIDTH = 120;
  private static final String GAP = "  ";

  @Parameters(paramLabel = "FILE", arity = "0..*", hidden = true)
  List<Path> inputs = List.of();

  @Option(names = "--explain", description = "After each speaker, one line per mention: its"
      + " offsets, its words, and the resolver rule and evidence that linked it to the speaker.")
  boolean explain;

  @Override
  public Integer call() {
    List<String> file = oneFile(inputs);
    return run(batch(1, BatchExtractor.Format.JSONL), articles(file), main.out, main.err,
        explain);
  }

  /**
   * Extracts and prints each article.
   *
   * @param err where a failure to write the table is reported
   * @param explain whether each speaker's mentions are listed with why they were linked
   * @return 0 when every article was shown, 1 otherwise (no article, an article failed, or the
   *     table could not be written: the rest is not tried)
   */
  static int run(BatchExtractor extract, Stream<Item> items, PrintStream stdout, PrintStream err,
      boolean explain) {
    PrintStream out = new PrintStream(stdout, false, StandardCharsets.UTF_8);
    boolean failed = false;
    int shown = 0;
    try (items) {
      Iterator<Item> it = items.iterator();
      if (!it.hasNext()) {
        err.println("quotekit: error: no article to show");
        return 1;
      }
      while (it.hasNext()) {
        BatchExtractor.Outcome outcome = extract.extract(it.next());
        if (outcome.error() != null) {
          failed = true;
        } else {
          out.print(shown > 0 ? "\n" : "");
          out.print(printable(render(outcome.extraction(), explain)));
          shown++;
        }
        out.flush();
        if (out.checkError()) {
          err.println("quotekit: error: <stdout>: " + BatchExtractor.CANNOT_WRITE);
          return 1;
        }
      }
    }
    return failed ? 1 : 0;
  }

  /**
   * The table for one extraction, ending with a line break; with {@code explain}, each speaker
   * line is followed by its mentions, one a line: {@code    204-218 "Lindsey Graham"  surname:
   * 'Graham' is the surname of 'Lindsey Graham'}.
   */
  static String render(Extraction e, boolean explain) {
    StringBuilder sb = new StringBuilder();
    sb.append(e.articleId()).append(": ").append(count(e.quotes().size(), "quote")).append(", ")
        .append(count(e.speakers().size(), "speaker")).append('\n');
    for (String warning : e.warnings()) {
      sb.append("warning: ").append(warning).append('\n');
    }
    if (e.quotes().isEmpty()) {
      return sb.toString();
    }
    List<String[]> rows = new ArrayList<>();
    rows.add(new String[] {"ID", "SPEAKER", "TYPE", "CUE", "QUOTE"});
    for (Quote q : e.quotes()) {
      rows.add(new String[] {
          q.id(),
          e.speakerOf(q).map(Speaker::name).orElse("?"),
          q.type().name(),
          q.cue().map(c -> c.span().text()).orElse("-"),
          q.parts().stream().map(Span::text).collect(Collectors.joining(" … "))});
    }
    sb.append('\n');
    table(sb, rows, new int[] {5, 24, 8, 16});
    sb.append(e.speakers().isEmpty() ? "\nSpeakers: none\n" : "\nSpeakers:\n");
    int idWidth = e.speakers().stream().mapToInt(s -> length(s.id())).max().orElse(0);
    for (Speaker s : e.speakers()) {
      long quotes = e.quotes().stream().filter(q -> q.speakerId().orElse("").equals(s.id()))
          .count();
      StringBuilder line = new StringBuilder(s.name()).append(" (")
          .append(s.kind().name().toLowerCase(Locale.ROOT)).append(", ")
          .append(count(quotes, "quote")).append(')');
      if (!s.aliases().isEmpty()) {
        line.append("; also ").append(String.join(", ", s.aliases()));
      }
      if (!s.roles().isEmpty()) {
        line.append("; ").append(String.join(", ", s.roles()));
      }
      if (!s.affiliation().isEmpty()) {
        line.append("; for ").append(s.affiliation());
      }
      String prefix = "  " + pad(s.id(), idWidth) + GAP;
      wrap(sb, prefix, oneLine(line.toString()), WIDTH - length(prefix));
      if (explain) {
        explain(sb, s);
      }
    }
    claims(sb, e);
    return sb.toString();
  }

  /** One line per mention of {@code s}: offsets, the mention in quotes, rule and evidence. */
  private static void explain(StringBuilder sb, Speaker s) {
    for (SpeakerMention m : s.provenance()) {
      sb.append("    ").append(m.span().start()).append('-').append(m.span().end())
          .append(" \"").append(oneLine(m.span().text())).append('"').append(GAP)
          .append(oneLine(m.reason())).append('\n');
    }
  }

  /** The claims as a table: speaker, stance, a marker when negated, and the statement. */
  private static void claims(StringBuilder sb, Extraction e) {
    if (e.claims().isEmpty()) {
      sb.append("\nClaims: none\n");
      return;
    }
    sb.append("\nClaims:\n");
    List<String[]> rows = new ArrayList<>();
    rows.add(new String[] {"ID", "SPEAKER", "STANCE", "NEGATED", "CLAIM"});
    for (Claim c : e.claims()) {
      rows.add(new String[] {
          c.id(),
          c.speakerId().flatMap(e::speaker).map(Speaker::name).orElse("?"),
          c.stance().name(),
          c.negated() ? "not" : "",
          c.text()});
    }
    table(sb, rows, new int[] {5, 24, 8, 7});
  }

  /**
   * Appends rows as a table: column {@code c} cut to at most {@code max[c]} characters, the column
   * after the last of {@code max} word-wrapped in what is left of {@value #WIDTH}.
   */
  private static void table(StringBuilder sb, List<String[]> rows, int[] max) {
    int[] widths = new int[max.length];
    int used = 0;
    for (int c = 0; c < widths.length; c++) {
      for (String[] row : rows) {
        widths[c] = Math.min(max[c], Math.max(widths[c], length(oneLine(row[c]))));
      }
      used += widths[c] + GAP.length();
    }
    for (String[] row : rows) {
      StringBuilder prefix = new StringBuilder();
      for (int c = 0; c < widths.length; c++) {
        prefix.append(pad(fit(oneLine(row[c]), widths[c]), widths[c])).append(GAP);
      }
      wrap(sb, prefix.toString(), oneLine(row[max.length]), Math.max(30, WIDTH - used));
    }
  }

  /**
   * Appends {@code text} word-wrapped to {@code width} columns, the first line after
   * {@code prefix} and the others indented as far; a word longer than a line is cut.
   */
  private static void wrap(StringBuilder sb, String prefix, String text, int width) {
    List<String> lines = new ArrayList<>();
    String line = "";
    for (String word : text.split(" ")) {
      if (!line.isEmpty() && length(line) + 1 + length(word) > width) {
        lines.add(line);
        line = "";
      }
      while (length(word) > width) {
        int cut = word.offsetByCodePoints(0, width);
        lines.add(word.substring(0, cut));
        word = word.substring(cut);
      }
      line = line.isEmpty() ? word : line + " " + word;
    }
    lines.add(line);
    String indent = " ".repeat(length(prefix));
    for (int i = 0; i < lines.size(); i++) {
      sb.append(((i == 0 ? prefix : indent) + lines.get(i)).stripTrailing()).append('\n');
    }
  }

  /** {@code s} cut to {@code width} code points, ending in an ellipsis when cut. */
  private static String fit(String s, int width) {
    return length(s) <= width ? s : s.substring(0, s.offsetByCodePoints(0, width - 1)) + "…";
  }

  private static String pad(String s, int width) {
    return s + " ".repeat(Math.max(0, width - length(s)));
  }

  /** Whitespace runs, line breaks included, as single spaces; no leading or trailing space. */
  /**
   * {@code s} safe to print on a terminal: control characters other than the line break (an
   * escape sequence in an article's id or text could clear the screen or recolour it) and the
   * marks that reorder text as it is drawn are written as {@code \\uXXXX}, as {@code extract}'s
   * warnings write them.
   */
  static String printable(String s) {
    StringBuilder sb = null;
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      boolean hidden = c != '\n' && c != '\t' && (Character.isISOControl(c)
          || c >= '\u202A' && c <= '\u202E' || c >= '\u2066' && c <= '\u2069');
      if (hidden && sb == null) {
        sb = new StringBuilder(s.length() + 16).append(s, 0, i);
      }
      if (hidden) {
        sb.append(String.format(Locale.ROOT, "\\u%04x", (int) c));
      } else if (sb != null) {
        sb.append(c);
      }
    }
    return sb == null ? s : sb.toString();
  }

  private static String oneLine(String s) {
    return s.strip().replaceAll("\\s+", " ");
  }

  private static int length(String s) {
    return s.codePointCount(0, s.length());
  }

  private static String count(long n, String noun) {
    return n + " " + noun + (n == 1 ? "" : "s");
  }
}
