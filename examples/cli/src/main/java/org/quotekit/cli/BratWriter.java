package org.quotekit.cli;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.quotekit.Cue;
import org.quotekit.Extraction;
import org.quotekit.Quote;
import org.quotekit.QuoteType;
import org.quotekit.Span;
import org.quotekit.Speaker;
import org.quotekit.eval.BratOffsets;

/**
 * Renders an {@link Extraction} as brat standoff in the PolNeAR scheme that {@code
 * org.quotekit.eval.PolnearCorpus} reads, the {@code --format brat} output of {@code quotekit
 * extract}. Stateless and thread-safe.
 *
 * <p>Quotes that share a cue span (same start and end) become one attribution, as the scorer
 * merges them: {@code T} lines for its {@code Source} (the first source of its quotes, if any),
 * {@code Cue}, one {@code Content} per quote part (a direct quote's with the quote marks around
 * it, as PolNeAR writes them), and an {@code Attribution} trigger on the cue
 * ({@code Attribution-no-source} when there is no source; on the first part when there is no
 * cue), then {@code E<n>\tAttribution:T.. Content:T.. Content2:T.. Cue:T.. Source:T..}. A quote
 * without a cue is an attribution of its own. A span that crosses a line break is written as
 * fragments ({@code start end;start end}) without the line breaks, as brat does, and its text
 * is the fragments' text joined by a space. Each quote's id, type, confidence, extractor, rule and
 * speaker go in an {@code AnnotatorNotes} line on its first {@code Content}.
 */
final class BratWriter {
  /** The annotator part of the annotation file name: {@code NAME_quotekit.ann}. */
  static final String ANNOTATOR = "quotekit";

  private static final int MAX_NAME = 100;

  private BratWriter() {}

  /** Quote marks a direct quote's part may stand between. */
  private static final String MARKS = "\"'\u201C\u201D\u2018\u2019\u201E\u201A\u00AB\u00BB"
      + "\u2039\u203A\u300C\u300D\u300E\u300F";

  /**
   * A direct quote's part with the quote mark right before it and the one right after it, each
   * where it is there (a paragraph of a quotation continued over several has only the mark that
   * opens it): PolNeAR's Content spans hold them, and {@code eval} tells a direct quote by them.
   */
  static Span withMarks(String text, Span part) {
    int start = part.start();
    int end = part.end();
    if (start > 0 && MARKS.indexOf(text.charAt(start - 1)) >= 0) {
      start--;
    }
    if (end < text.length() && MARKS.indexOf(text.charAt(end)) >= 0) {
      end++;
    }
    return start == part.start() && end == part.end() ? part : Span.of(text, start, end);
  }

  /** The {@code .ann} file of one article whose text is {@code text}. */
  static String ann(Extraction extraction, String text) {
    Map<Object, List<Quote>> groups = new LinkedHashMap<>();
    for (Quote q : extraction.quotes()) {
      Object key = q.cue().<Object>map(c -> List.of(c.span().start(), c.span().end()))
          .orElseGet(Object::new);
      groups.computeIfAbsent(key, k -> new ArrayList<>()).add(q);
    }
    Ann ann = new Ann(text);
    int relation = 0;
    for (List<Quote> group : groups.values()) {
      Span source = group.stream().flatMap(q -> q.source().stream()).findFirst().orElse(null);
      Span cue = group.get(0).cue().map(Cue::span).orElse(null);
      String sourceT = source == null ? null : ann.textBound("Source", source);
      String cueT = cue == null ? null : ann.textBound("Cue", cue);
      List<String> contents = new ArrayList<>();
      for (Quote q : group) {
        for (int i = 0; i < q.parts().size(); i++) {
          Span part = q.parts().get(i);
          String t = ann.textBound("Content", q.type() == QuoteType.DIRECT
              ? withMarks(text, part) : part);
          contents.add(t);
          if (i == 0) {
            ann.note(t, note(extraction, q));
          }
        }
      }
      String trigger = source == null ? "Attribution-no-source" : "Attribution";
      String triggerT = ann.textBound(trigger, cue != null ? cue : group.get(0).parts().get(0));
      StringBuilder e = new StringBuilder().append('E').append(++relation).append('\t')
          .append(trigger).append(':').append(triggerT);
      for (int i = 0; i < contents.size(); i++) {
        e.append(" Content").append(i == 0 ? "" : String.valueOf(i + 1)).append(':')
            .append(contents.get(i));
      }
      if (cueT != null) {
        e.append(" Cue:").append(cueT);
      }
      if (sourceT != null) {
        e.append(" Source:").append(sourceT);
      }
      ann.line(e.toString());
    }
    return ann.toString();
  }

  private static String note(Extraction extraction, Quote q) {
    StringBuilder sb = new StringBuilder("quotekit ").append(q.id()).append(' ')
        .append(q.type().name()).append(" confidence=").append(q.confidence())
        .append(" extractor=").append(q.extractor()).append(" rule=").append(q.rule());
    Speaker speaker = extraction.speakerOf(q).orElse(null);
    if (speaker != null) {
      sb.append(" speaker=").append(speaker.id()).append(" (").append(speaker.name())
          .append(", ").append(speaker.kind().name()).append(')');
    }
    return oneLine(sb.toString());
  }

  private static String oneLine(String s) {
    return s.replace('\t', ' ').replace('\r', ' ').replace('\n', ' ');
  }

  /**
   * The file name an article id is written under: every character but ASCII letters, digits,
   * {@code .}, {@code _} and {@code -} becomes {@code _}, a leading {@code .} becomes {@code _},
   * an empty id is {@code _}, and the name is cut to 100 characters.
   */
  static String safeName(String id) {
    StringBuilder sb = new StringBuilder(Math.min(id.length(), MAX_NAME));
    for (int i = 0; i < id.length() && sb.length() < MAX_NAME; i++) {
      char c = id.charAt(i);
      boolean ok = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9')
          || c == '_' || c == '-' || (c == '.' && i > 0);
      sb.append(ok ? c : '_');
    }
    return sb.isEmpty() ? "_" : sb.toString();
  }

  /**
   * Gives each article of a batch its own file name, in input order: its {@link #safeName}, or,
   * when an earlier article took that name (compared ignoring case, for case-insensitive file
   * systems), that name with {@code -2}, {@code -3}, ... Not thread-safe.
   */
  static final class Names {
    /** The names given, in small letters (file systems may not tell cases apart), and to what. */
    private final Map<String, String> taken = new HashMap<>();

    /**
     * The name for the next article, {@code where} it was read ("in.jsonl:2"): its {@link
     * #safeName}, with "-2", "-3", ... when an earlier article has that name in any case.
     */
    String assign(String id, String where) {
      String base = safeName(id);
      String name = base;
      for (int n = 2; taken.putIfAbsent(name.toLowerCase(Locale.ROOT),
          name + " (article id " + JsonWriter.escape(id) + " in " + where + ")") != null; n++) {
        name = base + "-" + n;
      }
      return name;
    }

    /**
     * Which article has {@code name}, in any case: its name, id and where it was read
     * ("x (article id \"x\" in in.jsonl:1)"); null when none has it.
     */
    String holder(String name) {
      return taken.get(name.toLowerCase(Locale.ROOT));
    }
  }

  /** The lines of one annotation file being written. Not thread-safe. */
  private static final class Ann {
    private final String text;
    private final StringBuilder out = new StringBuilder();
    private int bounds;
    private int notes;

    /** brat counts code points, the spans UTF-16 code units. */
    private final BratOffsets offsets;

    Ann(String text) {
      this.text = text;
      this.offsets = BratOffsets.of(text);
    }

    /** Writes a {@code T} line for the span, in fragments without line breaks; its id. */
    String textBound(String label, Span span) {
      List<int[]> fragments = new ArrayList<>();
      int start = -1;
      for (int i = span.start(); i <= span.end(); i++) {
        boolean breaks = i == span.end() || text.charAt(i) == '\n' || text.charAt(i) == '\r';
        if (breaks && start >= 0) {
          fragments.add(new int[] {start, i});
          start = -1;
        } else if (!breaks && start < 0) {
          start = i;
        }
      }
      if (fragments.isEmpty()) {
        fragments.add(new int[] {span.start(), span.end()});
      }
      String id = "T" + ++bounds;
      StringBuilder ranges = new StringBuilder();
      StringBuilder covered = new StringBuilder();
      for (int[] f : fragments) {
        if (!ranges.isEmpty()) {
          ranges.append(';');
          covered.append(' ');
        }
        ranges.append(offsets.toBrat(f[0])).append(' ').append(offsets.toBrat(f[1]));
        covered.append(text, f[0], f[1]);
      }
      line(id + "\t" + label + " " + ranges + "\t" + oneLine(covered.toString()));
      return id;
    }

    void note(String target, String note) {
      line("#" + ++notes + "\tAnnotatorNotes " + target + "\t" + note);
    }

    void line(String line) {
      out.append(line).append('\n');
    }

    @Override
    public String toString() {
      return out.toString();
    }
  }
}
