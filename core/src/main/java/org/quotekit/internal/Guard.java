package org.quotekit.internal;

import java.util.List;
import java.util.function.Function;
import java.util.function.Supplier;
import org.quotekit.ExtractionException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Runs user-pluggable code (an extractor, the candidate merger, the speaker resolver, the claim
 * extractor) so that its failure costs only its own result: whatever it throws but out-of-memory
 * and internal VM errors, a null result, or a result its caller finds invalid becomes a logged
 * warning, or an {@link ExtractionException} when fail-fast is configured. Stateless and thread-safe.
 */
public final class Guard {
  private static final Logger LOG = LoggerFactory.getLogger(Guard.class);

  private Guard() {}

  /**
   * A plug-in's name for messages and results, read through the guard: what {@code name} gives,
   * or, when it throws or gives null, the plug-in's class and why ("com.x.Tweets (name() threw
   * java.lang.IllegalStateException: ...)"), so that a broken {@code name()} costs no article.
   */
  public static String nameOf(Object plugin, Supplier<String> name) {
    String why;
    try {
      String n = name.get();
      if (n != null) {
        return n;
      }
      why = "returned null";
    } catch (StackOverflowError e) {
      why = "threw " + e;
    } catch (VirtualMachineError e) {
      throw e; // out of memory and internal errors, as call() rethrows them
    } catch (Throwable e) {
      why = "threw " + e;
    }
    return plugin.getClass().getName() + " (name() " + why + ")";
  }

  /**
   * Reports a part of a plug-in's result that breaks its contract and is dropped (a candidate
   * whose span is not in the text, a speaker mention outside it): logged and added to {@code
   * notes}, or thrown when fail-fast is configured, as {@link #call} reports a failed call.
   *
   * @throws ExtractionException when {@code failFast}
   */
  public static void dropped(String message, boolean failFast, List<String> notes) {
    if (failFast) {
      throw new ExtractionException(message, null);
    }
    LOG.warn(message);
    notes.add(message);
  }

  /**
   * The result of {@code body}, or null after its failure has been reported.
   *
   * @param who names the plug-in in the message ("extractor rules")
   * @param articleId names the article in the message
   * @param body the call
   * @param check the first way in which a non-null result is invalid, or null if it is valid
   * @param failFast throw instead of warning
   * @param notes where the warning goes
   * @throws ExtractionException when the call fails and {@code failFast}
   */
  public static <T> T call(String who, String articleId, Supplier<T> body,
      Function<T, String> check, boolean failFast, List<String> notes) {
    String problem;
    Throwable cause = null;
    try {
      T found = body.get();
      if (found == null) {
        problem = "returned null instead of a list on article " + articleId;
      } else {
        String invalid = check.apply(found);
        if (invalid == null) {
          return found;
        }
        problem = invalid;
      }
    } catch (VirtualMachineError e) {
      if (!(e instanceof StackOverflowError)) {
        throw e; // out of memory and internal errors: the JVM is in no state to go on
      }
      problem = "failed on article " + articleId + ": " + e; // recursed too deep
      cause = e;
    } catch (Throwable e) {
      // Checked exceptions thrown sneakily, LinkageErrors and AssertionErrors too.
      if (e instanceof InterruptedException) {
        Thread.currentThread().interrupt();
      }
      problem = "failed on article " + articleId + ": " + e;
      cause = e;
    }
    String message = who + " " + problem;
    if (failFast) {
      throw new ExtractionException(message, cause);
    }
    LOG.warn(message, cause);
    notes.add(message);
    return null;
  }
}
