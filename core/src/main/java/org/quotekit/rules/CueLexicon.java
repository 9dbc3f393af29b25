package org.quotekit.rules;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.quotekit.internal.LexiconWords;
import org.quotekit.internal.WordClasses;

/**
 * The words and phrases that mark reported speech: reporting verbs with all their forms ("said",
 * "tells", "denying"), reporting nouns ("statement") and cue phrases ("according to"). Start from
 * the {@link #englishNews()} preset and refine it with {@link #withVerbs(String...)}. Immutable and
 * thread-safe.
 */
public final class CueLexicon {

  /** What sort of cue an entry is; decides which attribution patterns apply. */
  public enum Kind {
    /** A reporting verb whose content follows it or its subject ("said that ..."). */
    VERB,
    /** A reporting verb that takes its addressee first ("told reporters that ..."). */
    TELL,
    /** A reporting noun ("in a statement"). */
    NOUN,
    /** A prepositional phrase before the source ("according to the poll"). */
    PREP
  }

  /**
   * One form of a cue.
   *
   * @param words the form's words, lower case ("according", "to")
   * @param lemma dictionary form of the cue, words joined by spaces
   * @param kind the sort of cue
   */
  public record Entry(List<String> words, String lemma, Kind kind) {
    /** Copies the words. */
    public Entry {
      words = List.copyOf(words);
    }
  }

  /**
   * A negative pattern: a cue followed by one of {@code next} does not report speech there
   * ("showed up", "is seen as", "continues to run", "spoke in Phoenix"). Written in a lexicon
   * file as
   * {@code not LEMMA NEXT[|NEXT...] [except LEMMA[|LEMMA...]] [unless WORD[|WORD...]] [unquoted]}.
   *
   * @param lemma the cue's lemma, or {@code *} for every cue
   * @param next the words (lower case) whose coming right after the cue excludes it
   * @param except lemmas a {@code *} pattern does not apply to ("* up except speak")
   * @param unless words (lower case) that, standing after the cue before the next comma, keep the
   *     cue ("spoke in Ohio of the plan")
   * @param unquotedOnly whether the pattern spares a cue that a quotation just before hands its
   *     content ({@code "...," the group continues to say}); without it the cue is never one
   */
  public record Exclusion(String lemma, Set<String> next, Set<String> except, Set<String> unless,
      boolean unquotedOnly) {
    /** Copies the sets and checks the arguments. */
    public Exclusion {
      Objects.requireNonNull(lemma, "lemma");
      next = Set.copyOf(next);
      except = Set.copyOf(except);
      unless = Set.copyOf(unless);
      if (next.isEmpty()) {
        throw new IllegalArgumentException("an exclusion needs at least one next word: " + lemma);
      }
    }

    /**
     * Whether the pattern excludes the cue of lemma {@code cueLemma} whose last token is
     * {@code tokens[last]}; {@code quotationBefore} tells whether a quotation just before the
     * cue is its content.
     */
    public boolean excludes(String cueLemma, List<org.quotekit.spi.Token> tokens, int last,
        boolean quotationBefore) {
      if (unquotedOnly && quotationBefore || last + 1 >= tokens.size()
          || except.contains(cueLemma)
          || !(lemma.equals("*") || lemma.equals(cueLemma))
          || !next.contains(tokens.get(last + 1).text().toLowerCase(Locale.ROOT))) {
        return false;
      }
      for (int k = last + 1; k < tokens.size() && !tokens.get(k).text().equals(","); k++) {
        if (unless.contains(tokens.get(k).text().toLowerCase(Locale.ROOT))) {
          return false;
        }
      }
      return true;
    }
  }

  private static final String RESOURCE = "cues-en.txt";
  private static volatile CueLexicon englishNews;

  /** First word (lower case) to the entries starting with it, longest first. */
  private final Map<String, List<Entry>> byFirstWord;

  private final List<Exclusion> exclusions;

  private CueLexicon(Map<String, List<Entry>> byFirstWord, List<Exclusion> exclusions) {
    this.exclusions = List.copyOf(exclusions);
    Map<String, List<Entry>> copy = new HashMap<>();
    byFirstWord.forEach((k, v) -> {
      List<Entry> sorted = new ArrayList<>(v);
      sorted.sort((a, b) -> a.words().size() != b.words().size()
          ? Integer.compare(b.words().size(), a.words().size())
          : Boolean.compare(a.kind() != Kind.TELL, b.kind() != Kind.TELL));
      copy.put(k, List.copyOf(sorted));
    });
    this.byFirstWord = Collections.unmodifiableMap(copy); // a hash map: read for every token
  }

  /**
   * The English news preset, read from the {@code cues-en.txt} resource: over 150 reporting verbs
   * and the common cue nouns and phrases.
   *
   * @throws UncheckedIOException if the resource cannot be read
   */
  public static CueLexicon englishNews() {
    CueLexicon l = englishNews;
    if (l == null) {
      try (InputStream in = CueLexicon.class.getResourceAsStream(RESOURCE)) {
        if (in == null) {
          throw new IOException("resource not found: " + RESOURCE);
        }
        l = parse(new String(in.readAllBytes(), StandardCharsets.UTF_8), RESOURCE);
      } catch (IOException e) {
        throw new UncheckedIOException("cannot read cue lexicon " + RESOURCE, e);
      }
      englishNews = l;
    }
    return l;
  }

  /**
   * Parses a lexicon in the resource format: one {@code KIND LEMMA [FORM ...]} entry a line,
   * {@code #} comments, multi-word lemmas and forms joined with {@code _}.
   *
   * @param content the lexicon text
   * @param name names the source in error messages
   * @throws IllegalArgumentException naming the source and line when a line is malformed
   */
  public static CueLexicon parse(String content, String name) {
    Objects.requireNonNull(content, "content");
    Map<String, List<Entry>> map = new HashMap<>();
    List<Exclusion> exclusions = new ArrayList<>();
    String[] lines = content.split("\n", -1);
    for (int n = 0; n < lines.length; n++) {
      String line = lines[n].strip();
      if (line.isEmpty() || line.startsWith("#")) {
        continue;
      }
      String[] f = line.split("\\s+");
      if (f[0].equals("not")) {
        exclusions.add(exclusion(line.substring(3).strip(), name + ":" + (n + 1)));
        continue;
      }
      if (f.length < 2) {
        throw new IllegalArgumentException(name + ":" + (n + 1) + ": expected KIND LEMMA [FORM ...]"
            + " but found: " + line);
      }
      Kind kind;
      try {
        kind = Kind.valueOf(f[0].toUpperCase(Locale.ROOT));
      } catch (IllegalArgumentException e) {
        throw new IllegalArgumentException(name + ":" + (n + 1) + ": unknown kind " + f[0]
            + "; expected one of " + Arrays.toString(Kind.values()) + " or not", e);
      }
      String lemma = f[1];
      String where = name + ":" + (n + 1);
      for (int i = 1; i < f.length; i++) {
        LexiconWords.of(f[i], where);
      }
      List<String> forms = new ArrayList<>();
      forms.add(lemma);
      if (f.length > 2) {
        forms.addAll(Arrays.asList(f).subList(2, f.length));
      } else if (kind == Kind.VERB || kind == Kind.TELL) {
        forms.addAll(regularForms(lemma));
      }
      for (String form : forms) {
        add(map, form, lemma.replace('_', ' '), kind);
      }
    }
    return new CueLexicon(map, exclusions);
  }

  /**
   * Parses {@code LEMMA NEXT[|NEXT...] [except LEMMA[|LEMMA...]] [unless WORD[|WORD...]]
   * [unquoted]}.
   *
   * @param where names the pattern's source in error messages
   */
  private static Exclusion exclusion(String pattern, String where) {
    String[] f = pattern.split("\\s+");
    boolean unquoted = f[f.length - 1].equals("unquoted");
    if (unquoted) {
      f = Arrays.copyOf(f, f.length - 1);
    }
    if (f.length != 2 && f.length != 4 && f.length != 6) {
      throw new IllegalArgumentException(where + ": expected not LEMMA NEXT [except LEMMA]"
          + " [unless WORD] [unquoted] but found: not " + pattern);
    }
    Set<String> except = Set.of();
    Set<String> unless = Set.of();
    LexiconWords.of(f[0].equals("*") ? "x" : f[0], where);
    for (int i = 2; i < f.length; i += 2) {
      Set<String> words = words(f[i + 1], where);
      switch (f[i]) {
        case "except" -> except = words;
        case "unless" -> unless = words;
        default -> throw new IllegalArgumentException(where + ": expected except or unless but"
            + " found " + f[i] + " in: not " + pattern);
      }
    }
    if (!except.isEmpty() && !f[0].equals("*")) {
      throw new IllegalArgumentException(where + ": except needs the lemma * in: not " + pattern);
    }
    return new Exclusion(f[0].replace('_', ' ').toLowerCase(Locale.ROOT), words(f[1], where),
        except, unless, unquoted);
  }

  /** {@code A|B|C}: non-empty alternatives, each one word. */
  private static Set<String> words(String alternatives, String where) {
    String[] words = alternatives.toLowerCase(Locale.ROOT).split("\\|", -1);
    for (String w : words) {
      if (w.isEmpty()) {
        throw new IllegalArgumentException(where + ": empty alternative in \"" + alternatives
            + "\"; expected WORD[|WORD...]");
      }
    }
    return Set.copyOf(Arrays.asList(words));
  }

  private static void add(Map<String, List<Entry>> map, String form, String lemma, Kind kind) {
    List<String> words = List.of(form.toLowerCase(Locale.ROOT).split("_"));
    Entry e = new Entry(words, lemma, kind);
    List<Entry> list = map.computeIfAbsent(words.get(0), k -> new ArrayList<>());
    for (Entry existing : list) {
      if (existing.words().equals(words) && existing.kind() == kind) {
        return;
      }
    }
    list.add(e);
  }

  /** -s, -ed and -ing forms of a regular verb ("note" gives notes, noted, noting). */
  static List<String> regularForms(String lemma) {
    String[] parts = lemma.split("_", 2);
    String verb = parts[0];
    String tail = parts.length > 1 ? "_" + parts[1] : "";
    String s;
    if (verb.endsWith("s") || verb.endsWith("sh") || verb.endsWith("ch") || verb.endsWith("x")
        || verb.endsWith("z")) {
      s = verb + "es";
    } else if (verb.endsWith("y") && verb.length() > 1 && !isVowel(verb.charAt(verb.length() - 2))) {
      s = verb.substring(0, verb.length() - 1) + "ies";
    } else {
      s = verb + "s";
    }
    String ed;
    String ing;
    if (verb.endsWith("e")) {
      ed = verb + "d";
      ing = verb.substring(0, verb.length() - 1) + "ing";
    } else if (verb.endsWith("y") && verb.length() > 1
        && !isVowel(verb.charAt(verb.length() - 2))) {
      ed = verb.substring(0, verb.length() - 1) + "ied";
      ing = verb + "ing";
    } else {
      ed = verb + "ed";
      ing = verb + "ing";
    }
    return List.of(s + tail, ed + tail, ing + tail);
  }

  private static boolean isVowel(char c) {
    return "aeiou".indexOf(c) >= 0;
  }

  /**
   * A copy with more reporting verbs, given in their dictionary form ("grumble"); regular
   * inflections are derived, irregular ones can be added as further verbs.
   *
   * @throws IllegalArgumentException if a lemma is blank or contains white space
   */
  public CueLexicon withVerbs(String... lemmas) {
    Map<String, List<Entry>> map = new HashMap<>();
    byFirstWord.forEach((k, v) -> map.put(k, new ArrayList<>(v)));
    for (String lemma : lemmas) {
      Objects.requireNonNull(lemma, "lemma");
      String l = lemma.strip().toLowerCase(Locale.ROOT);
      if (l.isEmpty() || l.chars().anyMatch(Character::isWhitespace)) {
        throw new IllegalArgumentException("a verb lemma must be one word: \"" + lemma + "\"");
      }
      LexiconWords.of(l, "verb lemma \"" + lemma + "\"");
      add(map, l, l, Kind.VERB);
      for (String form : regularForms(l)) {
        add(map, form, l, Kind.VERB);
      }
    }
    return new CueLexicon(map, exclusions);
  }

  /**
   * A copy with the entries and negative patterns of another lexicon added, e.g. a user's file
   * read with {@link #parse(String, String)} on top of {@link #englishNews()}. An entry both
   * have (same words, same kind) is kept once; the other's negative patterns come after these.
   *
   * @throws NullPointerException if {@code more} is null
   */
  public CueLexicon with(CueLexicon more) {
    Objects.requireNonNull(more, "more");
    Map<String, List<Entry>> map = new HashMap<>();
    byFirstWord.forEach((k, v) -> map.put(k, new ArrayList<>(v)));
    more.byFirstWord.values().forEach(list -> list.forEach(e ->
        add(map, String.join("_", e.words()), e.lemma(), e.kind())));
    List<Exclusion> all = new ArrayList<>(exclusions);
    all.addAll(more.exclusions);
    return new CueLexicon(map, all);
  }

  /**
   * A copy with more negative patterns, each written as in a lexicon file without the leading
   * {@code not}: {@code "* up except speak"}, {@code "see as"},
   * {@code "speak in|at unless of|about unquoted"}.
   *
   * @throws IllegalArgumentException naming the pattern when it is malformed
   */
  public CueLexicon withExclusions(String... patterns) {
    List<Exclusion> more = new ArrayList<>(exclusions);
    for (String p : patterns) {
      Objects.requireNonNull(p, "pattern");
      more.add(exclusion(p.strip(), "exclusion \"" + p + "\""));
    }
    return new CueLexicon(byFirstWord, more);
  }

  /** The negative patterns, in the order they were given. */
  public List<Exclusion> exclusions() {
    return exclusions;
  }

  /**
   * Whether a negative pattern excludes the cue of lemma {@code lemma} whose last token is
   * {@code tokens[last]}; {@code quotationBefore} tells whether a quotation just before the cue
   * is its content (then the {@code unquoted} patterns do not apply).
   */
  public boolean excludes(String lemma, List<org.quotekit.spi.Token> tokens, int last,
      boolean quotationBefore) {
    for (Exclusion e : exclusions) {
      if (e.excludes(lemma, tokens, last, quotationBefore)) {
        return true;
      }
    }
    return false;
  }

  /** The entries whose first word is {@code word} (any case), longest first; empty if none. */
  public List<Entry> startingWith(String word) {
    List<Entry> l = byFirstWord.get(word.toLowerCase(Locale.ROOT));
    return l == null ? List.of() : l;
  }

  /**
   * Whether the capitalised word at {@code tokens[i]} ends a name rather than reports speech: it
   * follows another capitalised word and a reporting verb in small letters follows it ("Mayor
   * Lin Hope said", "Coach Ana Will said"), as no cue does. A headline's "Sanders Says Clinton
   * ..." keeps its cue: the word after it is capitalised.
   */
  public boolean endsNameBeforeCue(List<org.quotekit.spi.Token> tokens, int i) {
    if (i == 0 || i + 1 >= tokens.size()) {
      return false;
    }
    String w = tokens.get(i).text();
    String before = tokens.get(i - 1).text();
    String after = tokens.get(i + 1).text();
    return Character.isUpperCase(w.charAt(0)) && Character.isUpperCase(before.charAt(0))
        && Character.isLetter(before.charAt(0)) && Character.isLowerCase(after.charAt(0))
        && longestMatch(tokens, i + 1).filter(e -> e.kind() == Kind.VERB || e.kind() == Kind.TELL)
            .isPresent();
  }

  /**
   * Whether the word in small letters at {@code tokens[i]}, a cue's base form or a noun for a
   * person ("advocate"), is a title before a name of one to three capitalised words that a
   * finite reporting verb in small letters follows ("Tenants' advocate Maria Kostas said",
   * "consumer advocate Reyes says", past an aside set off by commas: "advocate Maria Kostas,
   * from the Renters' Network, said"): the verb after the name reports, the noun before it does
   * not. A past form keeps its cue ("Police confirmed Smith told officers ...": the police
   * confirmed it), and so does a verb before a name and a bare verb or participle ("to see
   * Ayotte speak", "want Americans thinking").
   */
  public boolean titlesNameBeforeCue(List<org.quotekit.spi.Token> tokens, int i) {
    String w = tokens.get(i).text();
    if (!Character.isLowerCase(w.charAt(0)) || w.endsWith("ing") || i + 1 >= tokens.size()
        || !capitalisedWord(tokens.get(i + 1).text()) // the cheap test first: a name after it
        || !lemmaOf(w).map(l -> l.equalsIgnoreCase(w)).orElse(false)
            && !WordClasses.english().personNoun(w.toLowerCase(Locale.ROOT))) { // "advocate"
      return false;
    }
    int k = i + 1;
    while (k < tokens.size() && k <= i + 3 && capitalisedWord(tokens.get(k).text())) {
      k++;
    }
    if (k == i + 1 || k >= tokens.size()) {
      return false;
    }
    if (tokens.get(k).text().equals(",")) { // "advocate Maria Kostas, from the Renters' Network,"
      int close = k + 1;
      while (close < tokens.size() && close <= k + 10 && !tokens.get(close).text().equals(",")) {
        close++;
      }
      if (close >= tokens.size() || close > k + 10 || close + 1 >= tokens.size()) {
        return false;
      }
      k = close + 1;
    }
    String verb = tokens.get(k).text();
    return Character.isLowerCase(verb.charAt(0)) && !verb.endsWith("ing")
        && longestMatch(tokens, k).filter(e -> e.words().size() == 1
            && (e.kind() == Kind.VERB || e.kind() == Kind.TELL)
            && !e.lemma().equalsIgnoreCase(verb)).isPresent(); // "said", not "see Ayotte speak"
  }

  /** Marks that may open an aside a capitalised preposition cue starts ("(Per Reuters)"). */
  private static final Set<String> OPENING_MARKS = Set.of("(", ":", "-", "\u2013", "\u2014");

  /**
   * Whether the one-word preposition cue at {@code tokens[i]} is a given name that shares its
   * letters ("said the company's director, Per Hansen"; '"...," Per Lindqvist said'): a
   * capitalised word inside a sentence before another capitalised word, as no preposition in
   * running text is capitalised (but after a bracket, colon or dash it may open an aside), or a
   * sentence's first word before a name of one to three words that a reporting verb in small
   * letters follows. "Per Reuters, the talks ..." keeps its cue.
   */
  public boolean givenNameNotCue(List<org.quotekit.spi.Token> tokens, int i) {
    String w = tokens.get(i).text();
    if (i + 1 >= tokens.size() || !Character.isUpperCase(w.charAt(0))
        || !capitalisedWord(tokens.get(i + 1).text())) {
      return false;
    }
    Optional<Entry> e = longestMatch(tokens, i);
    if (e.isEmpty() || e.get().kind() != Kind.PREP || e.get().words().size() != 1) {
      return false;
    }
    if (i > 0) { // not after a bracket, colon or dash that may open a sourced aside
      return !OPENING_MARKS.contains(tokens.get(i - 1).text());
    }
    int k = 1;
    while (k < tokens.size() && k <= 3 && capitalisedWord(tokens.get(k).text())) {
      k++;
    }
    return k < tokens.size() && Character.isLowerCase(tokens.get(k).text().charAt(0))
        && longestMatch(tokens, k).filter(v -> v.kind() == Kind.VERB || v.kind() == Kind.TELL)
            .isPresent();
  }

  /**
   * Whether a token is a word of letters that opens with a capital and is no possessive
   * ("Kostas", "O'Neill"; not "Beijing's", "Sanders'").
   */
  private static boolean capitalisedWord(String t) {
    String w = t.replace('\u2019', '\'');
    return t.length() > 1 && Character.isUpperCase(t.charAt(0)) && !w.endsWith("'")
        && !w.endsWith("'s") && t.chars().allMatch(c -> Character.isLetter(c) || c == '\''
            || c == '\u2019' || c == '-' || c == '.');
  }

  /**
   * The longest entry whose words stand at {@code tokens[i...]} (compared ignoring case).
   *
   * @throws IndexOutOfBoundsException if {@code i} is not a token index
   */
  public Optional<Entry> longestMatch(List<org.quotekit.spi.Token> tokens, int i) {
    for (Entry e : startingWith(tokens.get(i).text())) {
      List<String> words = e.words();
      if (i + words.size() > tokens.size()) {
        continue;
      }
      boolean all = true;
      for (int k = 1; k < words.size() && all; k++) {
        all = tokens.get(i + k).text().toLowerCase(Locale.ROOT).equals(words.get(k));
      }
      if (all) {
        return Optional.of(e);
      }
    }
    return Optional.empty();
  }

  /**
   * Whether a prepositional cue ending at token {@code last} stands before a source: "per" does
   * only before a determiner or a name ("per the report", "per Reuters"), not in "per cent" or
   * "per passenger". Every other entry does.
   *
   * @param tags the tokens' part-of-speech tags
   */
  public static boolean prepositionBeforeSource(String lemma, List<org.quotekit.spi.Token> tokens,
      List<String> tags, int last) {
    return !lemma.equalsIgnoreCase("per") || last + 1 < tokens.size()
        && (tags.get(last + 1).equals("DET") || tags.get(last + 1).equals("PROPN"));
  }

  /** The lemma of a one-word cue form ("said" gives "say"). */
  public Optional<String> lemmaOf(String word) {
    for (Entry e : startingWith(word)) {
      if (e.words().size() == 1) {
        return Optional.of(e.lemma());
      }
    }
    return Optional.empty();
  }

  /**
   * A one-word verb entry for {@code word}, lower-cased, with its lemma from this lexicon ({@link
   * #lemmaOf}) or the word itself: how a cue the lexicon does not list (found by a model, or a
   * gold cue in training) is entered.
   */
  public Entry verbEntry(String word) {
    String w = word.toLowerCase(Locale.ROOT);
    return new Entry(List.of(w), lemmaOf(w).orElse(w), Kind.VERB);
  }

  /** Number of distinct lemmas. */
  public int size() {
    return (int) byFirstWord.values().stream().flatMap(List::stream).map(Entry::lemma)
        .distinct().count();
  }
}
