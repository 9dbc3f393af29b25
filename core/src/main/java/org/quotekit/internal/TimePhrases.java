package org.quotekit.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.quotekit.spi.Token;

/**
 * Noun phrases that name a time ("last year", "this past week", "Monday", "one point", "2008"),
 * read from the lexicon {@code times-en.txt}: the phrase ends with a time word and every word
 * before it is a modifier, a number, a time word or an adjective. Such a phrase never names who
 * said something: the learned source stage passes over it, and the speaker resolver passes over
 * it to the noun a relative pronoun stands for ("a notice Monday afternoon that"). Immutable and
 * thread-safe.
 */
public final class TimePhrases {
  private static final String RESOURCE = "times-en.txt";
  private static final TimePhrases ENGLISH = new TimePhrases(read());

  /**
   * Adverbs of time the tagger may read as nouns ("Asked by reporters afterwards whether"): never
   * a word of a noun phrase that names who spoke.
   */
  private static final Set<String> TIME_ADVERBS = Set.of("afterwards", "afterward", "beforehand",
      "meanwhile");

  /** Entry kind by lower-case word: word, record, name, given or modifier. */
  private final Map<String, String> kinds;

  private TimePhrases(Map<String, String> kinds) {
    this.kinds = Map.copyOf(kinds);
  }

  /**
   * Whether a word names a day or a month in any case: a weekday, month or holiday of the
   * lexicon, or a month that is also a name ("Tuesday", "March", "May", "Christmas").
   */
  public boolean namesDay(String word) {
    String kind = kinds.get(word.toLowerCase(Locale.ROOT));
    return "name".equals(kind) || "given".equals(kind);
  }

  /** Whether a lower-case word is an adverb of time no noun phrase holds ("afterwards"). */
  public static boolean isTimeAdverb(String lowerWord) {
    return TIME_ADVERBS.contains(lowerWord);
  }

  /** Months that are family names too ("Jo March", "Theresa May", "Ana August"). */
  private static final Set<String> MONTH_SURNAMES = Set.of("March", "May", "June", "April",
      "August");

  /**
   * Where a phrase of tokens {@code [first, end)} ends once a time phrase that closes it is left
   * out, with the prepositions and punctuation before that ("Senator Ada Brill on Monday night",
   * "the Department of Veterans Affairs last month", "the Parliamentary Budget Office (PBO) last
   * month"): the index after the last token kept; {@code end} when no time closes it, when what
   * is left would not end on a noun, a name or a closing bracket ("a presidential year",
   * "between November and February"), or when the time is a month after a given name ("Striker
   * Jo March").
   *
   * @param toks the tokens of a sentence
   * @param tags their part-of-speech tags
   */
  public int endBeforeClosingTime(List<Token> toks, List<String> tags, int first, int end) {
    for (int k = first + 1; k < end; k++) {
      if (k == end - 1 && MONTH_SURNAMES.contains(toks.get(k).text())
          && base(tags.get(k - 1)).equals("PROPN") && !isTime(toks, tags, k - 1, k)
          && toks.get(k - 1).text().length() > 1
          && Character.isLowerCase(toks.get(k - 1).text().charAt(1))) {
        return end; // "Striker Jo March": a month after a given name is the name's last word
      }
      if (isTime(toks, tags, k, end)) {
        int last = k - 1;
        while (last > first && (base(tags.get(last)).equals("ADP")
            || base(tags.get(last)).equals("PUNCT") && !closingBracket(toks.get(last)))) {
          last--;
        }
        String tag = base(tags.get(last));
        return tag.equals("NOUN") || tag.equals("PROPN") || closingBracket(toks.get(last))
            ? last + 1 : end;
      }
    }
    return end;
  }

  private static boolean closingBracket(Token t) {
    return t.text().equals(")") || t.text().equals("]");
  }

  /** A tag without what follows a '+' in it. */
  private static String base(String tag) {
    int plus = tag.indexOf('+');
    return plus < 0 ? tag : tag.substring(0, plus);
  }

  /** The bundled English time words. */
  public static TimePhrases english() {
    return ENGLISH;
  }

  /**
   * Whether tokens {@code start} (inclusive) to {@code end} (exclusive) of a sentence name a time:
   * the last one is a lower-case time noun (or any time noun opening the sentence: "Hours
   * later"), a weekday, month or holiday, a year, or a day after its month ("Sept. 30"), and
   * each one before it is a modifier ("this", "last", "eight"), a number, a time word or a
   * lower-case adjective ("a presidential year").
   *
   * @param toks the tokens of a sentence
   * @param tags their part-of-speech tags
   */
  public boolean isTime(List<Token> toks, List<String> tags, int start, int end) {
    String last = toks.get(end - 1).text();
    String lower = last.toLowerCase(Locale.ROOT);
    String kind = isYear(last) || isDayOfMonth(toks, start, end) ? "name"
        : kinds.getOrDefault(lower, "");
    boolean time = switch (kind) {
      case "word" -> last.equals(lower) || end == 1; // "Hours later, ..." opens a sentence
      case "name" -> true;
      case "given" -> end - start > 1;
      case "record" -> (last.equals(lower) || end == 1) && (end - start == 1
          || !toks.get(end - 2).text().equalsIgnoreCase("the"));
      default -> false;
    };
    for (int k = start; time && k < end - 1; k++) {
      String w = toks.get(k).text();
      time = kinds.containsKey(w.toLowerCase(Locale.ROOT)) || w.chars().allMatch(Character::isDigit)
          || tags.get(k).equals("ADJ") && w.equals(w.toLowerCase(Locale.ROOT));
    }
    return time;
  }

  /**
   * Whether the phrase ends in a day of the month after the month's name ("Sept. 30", "May 4"):
   * the number alone is no time, a month before it makes one.
   */
  private boolean isDayOfMonth(List<Token> toks, int start, int end) {
    String day = toks.get(end - 1).text();
    if (end - start < 2 || day.isEmpty() || day.length() > 2
        || !day.chars().allMatch(Character::isDigit) || Integer.parseInt(day) > 31) {
      return false;
    }
    String month = kinds.getOrDefault(toks.get(end - 2).text().toLowerCase(Locale.ROOT), "");
    return month.equals("name") || month.equals("given");
  }

  private static boolean isYear(String w) {
    if (w.length() != 4 || !w.chars().allMatch(Character::isDigit)) {
      return false;
    }
    int y = Integer.parseInt(w);
    return y >= 1800 && y < 2100;
  }

  private static Map<String, String> read() {
    try (InputStream in = TimePhrases.class.getResourceAsStream(RESOURCE)) {
      if (in == null) {
        throw new IOException("resource not found: " + RESOURCE);
      }
      Map<String, String> out = new HashMap<>();
      int lineNo = 0;
      for (String raw : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
        lineNo++;
        String line = raw.strip();
        if (line.isEmpty() || line.startsWith("#")) {
          continue;
        }
        String[] f = line.split("\\s+");
        if (f.length != 2
            || !List.of("word", "record", "name", "given", "modifier").contains(f[0])) {
          throw new IllegalStateException(RESOURCE + " line " + lineNo
              + ": expected 'word|record|name|given|modifier WORD', got '" + line + "'");
        }
        out.put(f[1].toLowerCase(Locale.ROOT), f[0]);
      }
      return out;
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read time words " + RESOURCE, e);
    }
  }
}
