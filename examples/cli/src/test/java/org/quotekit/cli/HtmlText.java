package org.quotekit.cli;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Just enough HTML reading for the render tests: elements, tags and text content. */
final class HtmlText {
  private static final Pattern TAG = Pattern.compile("<(/?)([a-zA-Z][a-zA-Z0-9]*)([^>]*)>");
  private static final Pattern ENTITY = Pattern.compile("&(#x[0-9a-fA-F]+|#[0-9]+|[a-z]+);");
  private static final Set<String> VOID = Set.of("meta", "br", "link", "img", "input", "hr");

  private HtmlText() {}

  /** The inner HTML of the first element whose start tag begins with {@code startTag}. */
  static String inner(String html, String startTag) {
    int open = html.indexOf(startTag);
    if (open < 0) {
      throw new AssertionError("no " + startTag + " in the page");
    }
    int from = html.indexOf('>', open) + 1;
    String name = startTag.substring(1).split("[ >]")[0];
    Matcher m = TAG.matcher(html);
    int depth = 1;
    m.region(from, html.length());
    while (m.find()) {
      if (!m.group(2).equals(name)) {
        continue;
      }
      depth += m.group(1).isEmpty() ? 1 : -1;
      if (depth == 0) {
        return html.substring(from, m.start());
      }
    }
    throw new AssertionError(startTag + " is not closed");
  }

  /** The text content of an HTML fragment: tags removed, character references decoded. */
  static String textContent(String fragment) {
    String text = TAG.matcher(fragment).replaceAll("");
    return ENTITY.matcher(text).replaceAll(m -> Matcher.quoteReplacement(decode(m.group(1))));
  }

  private static String decode(String entity) {
    return switch (entity) {
      case "amp" -> "&";
      case "lt" -> "<";
      case "gt" -> ">";
      case "quot" -> "\"";
      case "nbsp" -> "\u00a0";
      default -> {
        if (entity.startsWith("#x")) {
          yield Character.toString(Integer.parseInt(entity.substring(2), 16));
        } else if (entity.startsWith("#")) {
          yield Character.toString(Integer.parseInt(entity.substring(1)));
        }
        throw new AssertionError("unknown entity &" + entity + ";");
      }
    };
  }

  /** The start tags in a fragment that match {@code regex}, e.g. {@code "<mark class=\"quote"}. */
  static List<String> startTags(String fragment, String prefix) {
    return TAG.matcher(fragment).results().map(r -> r.group())
        .filter(t -> t.startsWith(prefix)).toList();
  }

  /** Throws unless every element in the fragment is closed in the order it was opened. */
  static void assertNested(String fragment) {
    Deque<String> open = new ArrayDeque<>();
    Matcher m = TAG.matcher(fragment);
    while (m.find()) {
      String name = m.group(2).toLowerCase(java.util.Locale.ROOT);
      if (VOID.contains(name)) {
        continue;
      }
      if (m.group(1).isEmpty()) {
        open.push(name);
      } else if (!name.equals(open.poll())) {
        throw new AssertionError("</" + name + "> closes the wrong element at " + m.start());
      }
    }
    if (!open.isEmpty()) {
      throw new AssertionError("not closed: " + open);
    }
  }
}
