package org.quotekit.resolve;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.quotekit.Span;
import org.quotekit.SpeakerKind;

/**
 * The features of a candidate speaker of a source mention, for a learned ranker over the
 * entities a source mention may stand for: the entity the rules picked and the rule, the form of
 * the source mention (pronoun, name, definite or indefinite description), and the candidate's
 * kind, gender, distance back and ahead, salience (subject, source, last speaker, how often it
 * spoke) and whether its roles or names fit the mention. Read only when a run is traced for
 * training ({@code Resolution.linkTraced}): a ranker over these features does not beat the rules
 * (the eval module's {@code SpeakerLinkerTrainingTest}), so the resolver keeps them. Stateless.
 */
final class SpeakerLinker {
  private static final Set<String> DEFINITE = Set.of("the", "this", "that", "these", "those");
  private static final Set<String> INDEFINITE = Set.of("a", "an", "one", "another", "some",
      "several", "two", "three", "many", "most", "other", "others");
  private static final Set<String> OWNERS = Set.of("his", "her", "its", "their", "our", "my");
  private static final Set<String> RELATIVES = Set.of("who", "which", "that", "whom", "whose");

  private static final List<SpeakerLexicon.Kind> HEAD_KINDS = List.of(SpeakerLexicon.Kind.ROLE,
      SpeakerLexicon.Kind.ORG, SpeakerLexicon.Kind.PERSON_NOUN, SpeakerLexicon.Kind.GROUP,
      SpeakerLexicon.Kind.COLLECTIVE, SpeakerLexicon.Kind.EPITHET, SpeakerLexicon.Kind.SPEECH,
      SpeakerLexicon.Kind.ANONYMOUS, SpeakerLexicon.Kind.NATIONALITY);

  private SpeakerLinker() {}

  /** What a run knows of one candidate at one source mention. */
  static final class Evidence {
    boolean picked;
    String rule;
    boolean inSource;
    int sentencesBack = Integer.MAX_VALUE;
    int paragraphsBack;
    int sentencesAhead = Integer.MAX_VALUE;
    boolean subject;
    boolean quoted;
    boolean asSource;
    boolean lastSpeaker;
    boolean lastPerson;
    int spoken;
  }

  /** The form of a source mention: a pronoun's class, "name", "def", "indef", "poss" or "np". */
  static String form(String source) {
    String[] words = Splits.SPACES.split(source.strip());
    String first = words[0].toLowerCase(Locale.ROOT);
    if (words.length == 1) {
      Pronoun p = Pronoun.of(first);
      if (p != null) {
        return "pron-" + first.replace("'s", "");
      }
      if (RELATIVES.contains(first)) {
        return "rel";
      }
    }
    for (int k = 0; k < words.length; k++) {
      String w = words[k];
      if (!w.isEmpty() && Character.isUpperCase(w.codePointAt(0))
          && (k > 0 || !DEFINITE.contains(first) && !INDEFINITE.contains(first)
              && !OWNERS.contains(first))) {
        return "name";
      }
    }
    if (DEFINITE.contains(first)) {
      return "def";
    }
    if (INDEFINITE.contains(first)) {
      return "indef";
    }
    return OWNERS.contains(first) || source.contains("'s ") || source.contains("\u2019s ")
        ? "poss" : "np";
  }

  /** The features of candidate {@code c} of the source mention {@code source}. */
  static String[] features(Span source, Entity c, Evidence ev, SpeakerLexicon lexicon) {
    String f = form(source.text());
    List<String> out = new ArrayList<>();
    if (ev.picked) {
      out.add("P");
      out.add("P|r=" + ev.rule);
      out.add("P|f=" + f);
      out.add("P|r=" + ev.rule + "|f=" + f);
    }
    String kind = c.kind == SpeakerKind.PERSON && c.tentative ? "PERSON?" : c.kind.name();
    add(out, "K=" + kind, f);
    if (c.thing) {
      add(out, "thing", f);
    }
    if (c.place) {
      add(out, "place", f);
    }
    if (c.plural) {
      add(out, "plural", f);
    }
    if (f.equals("pron-he") || f.equals("pron-she") || f.equals("pron-him")
        || f.equals("pron-her")) {
      Gender want = f.equals("pron-he") || f.equals("pron-him") ? Gender.MALE : Gender.FEMALE;
      Gender g = c.gender();
      out.add("G=" + (g == Gender.UNKNOWN ? "?" : g == want ? "agree" : "clash"));
    }
    if (ev.inSource) {
      add(out, "IN", f);
    }
    if (ev.sentencesBack == Integer.MAX_VALUE) {
      add(out, "D=none", f);
    } else {
      add(out, "D=" + bucket(ev.sentencesBack), f);
      add(out, "PB=" + Math.min(ev.paragraphsBack, 2), f);
      if (ev.subject) {
        add(out, "S", f);
      }
      if (ev.quoted) {
        add(out, "Q", f);
      }
      if (ev.asSource) {
        add(out, "SRC", f);
      }
    }
    if (ev.sentencesAhead != Integer.MAX_VALUE) {
      add(out, "A=" + Math.min(ev.sentencesAhead, 2), f);
    }
    if (ev.lastSpeaker) {
      add(out, "L", f);
    }
    if (ev.lastPerson) {
      add(out, "LP", f);
    }
    add(out, "SP=" + bucket(ev.spoken), f);
    add(out, "N=" + bucket(c.names.size()), f);
    if (c.fullNames > 0) {
      add(out, "FULL", f);
    }
    String head = head(source.text());
    if (head != null && !f.startsWith("pron") && !f.equals("rel")) {
      out.add("H=" + head + "|K=" + kind);
      for (SpeakerLexicon.Kind k : HEAD_KINDS) {
        if (lexicon.is(k, head)) {
          out.add("HK=" + k + "|K=" + kind + "|f=" + f);
        }
      }
      if (!c.roles.isEmpty()) {
        add(out, "ROLES", f);
      }
      Set<String> words = new HashSet<>(List.of(Splits.SPACES.split(
          source.text().toLowerCase(Locale.ROOT))));
      for (Role r : c.roles) {
        if (!java.util.Collections.disjoint(words, r.modifiers())) {
          add(out, "RM", f);
          break;
        }
      }
    }
    if (head != null) {
      for (Role r : c.roles) {
        if (r.head().equals(head)) {
          add(out, "R", f);
          break;
        }
      }
      if (c.orgTypes.contains(head)) {
        add(out, "OT", f);
      }
    }
    if (sharesWord(source.text(), c.canonicalName())) {
      add(out, "W", f);
    }
    return out.toArray(String[]::new);
  }

  private static void add(List<String> out, String feature, String form) {
    out.add(feature);
    out.add(feature + "|f=" + form);
  }

  private static String bucket(int n) {
    return n <= 3 ? Integer.toString(n) : n <= 6 ? "4-6" : "7+";
  }

  /** The last word of a mention in small letters, without a possessive, or null. */
  private static String head(String mention) {
    String[] words = Splits.SPACES.split(mention.strip());
    String w = words[words.length - 1].toLowerCase(Locale.ROOT)
        .replaceAll("[\u2019']s?$", "").replaceAll("[^\\p{L}\\-]", "");
    return w.isEmpty() ? null : w;
  }

  /** Whether two texts share a capitalised word of three letters or more. */
  private static boolean sharesWord(String a, String b) {
    Set<String> words = new HashSet<>();
    for (String w : Splits.SPACES.split(b)) {
      if (w.length() >= 3 && Character.isUpperCase(w.codePointAt(0))) {
        words.add(w.replaceAll("[^\\p{L}]", "").toLowerCase(Locale.ROOT));
      }
    }
    for (String w : Splits.SPACES.split(a)) {
      if (w.length() >= 3 && Character.isUpperCase(w.codePointAt(0))
          && words.contains(w.replaceAll("[^\\p{L}]", "").toLowerCase(Locale.ROOT))) {
        return true;
      }
    }
    return false;
  }
}
