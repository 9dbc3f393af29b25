package org.quotekit.internal;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.quotekit.Quote;
import org.quotekit.Span;
import org.quotekit.Speaker;
import org.quotekit.spi.AnalyzedArticle;
import org.quotekit.spi.SpeakerResolution;
import org.quotekit.spi.SpeakerResolver;

/**
 * Runs the configured {@link SpeakerResolver} on the numbered quotes and attaches its speakers,
 * guarding against a resolver that fails (as {@link Guard} guards extractors) or returns
 * inconsistent results. Stateless and
 * thread-safe.
 */
final class Speakers {
  private Speakers() {}

  record Result(List<Quote> quotes, List<org.quotekit.Speaker> speakers) {}

  /**
   * Resolves the speakers of {@code quotes}. A failure is logged and added to {@code notes} (or
   * thrown as an {@link org.quotekit.ExtractionException} when {@code failFast}) and leaves the
   * quotes without speakers; an invalid speaker or assignment is dropped, logged and noted (or
   * thrown when {@code failFast}).
   */
  static Result attach(AnalyzedArticle article, List<Quote> quotes, SpeakerResolver resolver,
      boolean failFast, List<String> notes) {
    String who = "speaker resolver " + Guard.nameOf(resolver, resolver::name);
    // the resolver reads the quotes; one that edits the list fails here instead of deleting them
    List<Quote> given = Collections.unmodifiableList(quotes);
    SpeakerResolution resolution = Guard.call(who, article.article().id(), () -> {
      SpeakerResolution r = resolver.resolve(article, given);
      if (r == null) {
        throw new IllegalStateException("resolver returned null");
      }
      return r;
    }, r -> null, failFast, notes);
    if (resolution == null) {
      return new Result(quotes, List.of());
    }
    String prefix = who + " on article " + article.article().id() + ": ";
    List<Speaker> speakers = new ArrayList<>();
    Set<String> ids = new HashSet<>();
    for (Speaker s : resolution.speakers()) {
      String problem = s == null ? "null speaker" : invalid(s, article.text(), ids);
      if (problem != null) {
        Guard.dropped(prefix + "dropped an invalid speaker: " + problem, failFast, notes);
        continue;
      }
      ids.add(s.id());
      speakers.add(s);
    }
    Map<String, String> assigned = new HashMap<>(resolution.speakerIds());
    List<Quote> out = new ArrayList<>(quotes.size());
    for (Quote q : quotes) {
      String id = assigned.remove(q.id());
      if (id != null && !ids.contains(id)) {
        Guard.dropped(prefix + "quote " + q.id() + " points to unknown speaker " + id, failFast,
            notes);
        id = null;
      }
      out.add(q.withIdAndSpeaker(q.id(), id));
    }
    if (!assigned.isEmpty()) {
      Guard.dropped(prefix + "speakers given for unknown quotes " + assigned.keySet(), failFast,
          notes);
    }
    return new Result(out, speakers);
  }

  private static String invalid(Speaker s, String text, Set<String> ids) {
    if (ids.contains(s.id())) {
      return "id " + s.id() + " is used twice";
    }
    if (!TextNormalizer.hasVisibleCharacter(s.id())) {
      return "id " + codePoints(s.id()) + " has no visible character";
    }
    if (!TextNormalizer.hasVisibleCharacter(s.name())) {
      return "the name of " + s.id() + " (" + codePoints(s.name()) + ") has no visible character";
    }
    for (Span m : s.mentions()) {
      if (!PluginSpans.matches(text, m)) {
        return "mention " + m.start() + "-" + m.end() + " of " + s.id()
            + " does not match the article text";
      }
      if (PluginSpans.splitsAPair(text, m)) {
        return "mention " + m.start() + "-" + m.end() + " of " + s.id()
            + " splits a surrogate pair";
      }
    }
    return null;
  }

  /** The code points of {@code s} as "U+200B U+00AD", for a message about invisible text. */
  private static String codePoints(String s) {
    return s.isEmpty() ? "(empty)" : s.codePoints()
        .mapToObj(cp -> String.format(java.util.Locale.ROOT, "U+%04X", cp))
        .collect(java.util.stream.Collectors.joining(" "));
  }
}
