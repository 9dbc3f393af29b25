package org.quotekit.eval;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Stream;
import org.quotekit.Stance;

/**
 * One row of a claims gold file ({@code testdata/claims/README.md} describes the format): the
 * part it belongs to, the article, where the claim is, and what is expected of it. Immutable and
 * thread-safe.
 *
 * @param part {@code dev} or {@code report}
 * @param article the article name: a file of the gold's {@code articles} folder, or
 *     {@code polnear:NAME} for a PolNeAR dev article
 * @param anchor a snippet of the article, or {@code @START-END}
 * @param expected the expected texts (alternatives), or {@code @} spans for PolNeAR; empty for
 *     "no claim"
 * @param stance the expected stance; null for "no claim"
 * @param negated the expected polarity
 * @param quantities the expected quantities
 * @param where file and line, for messages
 */
record ClaimGold(String part, String article, String anchor, List<String> expected,
    Stance stance, boolean negated, List<Expected> quantities, String where) {

  /** The parts a row may belong to. */
  static final Set<String> PARTS = Set.of("dev", "report");
  /** The prefix of a PolNeAR dev article's name. */
  static final String POLNEAR = "polnear:";

  ClaimGold {
    expected = List.copyOf(expected);
    quantities = List.copyOf(quantities);
  }

  /**
   * An expected quantity.
   *
   * @param where a snippet inside it, or {@code @START-END}
   * @param low its value or the low end of its range
   * @param high the high end, equal to low for a single number
   * @param unit its normalised unit
   */
  record Expected(String where, double low, double high, String unit) {}

  /** Whether the row expects no claim at its anchor. */
  boolean noClaim() {
    return expected.isEmpty();
  }

  /**
   * Reads the rows of a gold file, or of every {@code .tsv} file of a folder in name order.
   *
   * @throws IOException if a file cannot be read
   * @throws IllegalArgumentException naming the file and line of a malformed row
   */
  static List<ClaimGold> read(Path gold) throws IOException {
    List<Path> files = new ArrayList<>();
    if (Files.isDirectory(gold)) {
      try (Stream<Path> s = Files.list(gold)) {
        s.filter(p -> p.getFileName().toString().endsWith(".tsv")).sorted().forEach(files::add);
      }
    } else {
      files.add(gold);
    }
    List<ClaimGold> out = new ArrayList<>();
    for (Path f : files) {
      List<String> lines = Files.readAllLines(f, StandardCharsets.UTF_8);
      for (int n = 0; n < lines.size(); n++) {
        String line = lines.get(n);
        if (n == 0 && line.startsWith("\uFEFF")) {
          line = line.substring(1); // a byte order mark, as Windows editors write one
        }
        if (!line.isBlank() && !line.startsWith("#")) {
          out.add(parse(line, f + ":" + (n + 1)));
        }
      }
    }
    return out;
  }

  /** Parses one row; {@code where} names it in errors. */
  static ClaimGold parse(String line, String where) {
    String[] f = line.split("\t", -1);
    if (f.length != 7) {
      throw new IllegalArgumentException(where + ": expected 7 tab-separated columns (split,"
          + " article, anchor, expected, stance, negated, quantities) but found " + f.length);
    }
    if (!PARTS.contains(f[0])) {
      throw new IllegalArgumentException(where + ": split must be one of " + PARTS + ": " + f[0]);
    }
    if (f[1].isBlank() || f[2].isBlank()) {
      throw new IllegalArgumentException(where + ": article and anchor must not be blank");
    }
    if (f[3].equals("-")) {
      return new ClaimGold(f[0], f[1], f[2], List.of(), null, false, List.of(), where);
    }
    Stance stance;
    try {
      stance = Stance.valueOf(f[4]);
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException(where + ": unknown stance " + f[4] + "; expected one of "
          + List.of(Stance.values()), e);
    }
    if (!f[5].equals("true") && !f[5].equals("false")) {
      throw new IllegalArgumentException(where + ": negated must be true or false: " + f[5]);
    }
    List<Expected> quantities = new ArrayList<>();
    if (!f[6].equals("-")) {
      for (String q : f[6].split(" ; ")) {
        quantities.add(quantity(q.strip(), where));
      }
    }
    return new ClaimGold(f[0], f[1], f[2], List.of(f[3].split(" \\|\\| ")), stance,
        Boolean.parseBoolean(f[5]), quantities, where);
  }

  private static Expected quantity(String q, String where) {
    int eq = q.lastIndexOf('=');
    String[] value = eq < 0 ? new String[0] : q.substring(eq + 1).split(" ", 2);
    try {
      String[] range = value[0].split("\\.\\.", 2);
      double low = Double.parseDouble(range[0]);
      double high = range.length == 2 ? Double.parseDouble(range[1]) : low;
      return new Expected(q.substring(0, eq), low, high,
          value.length == 2 ? value[1].strip().toLowerCase(Locale.ROOT) : "");
    } catch (RuntimeException e) {
      throw new IllegalArgumentException(where + ": expected a quantity WHERE=VALUE UNIT or"
          + " WHERE=LOW..HIGH UNIT but found: " + q, e);
    }
  }
}
