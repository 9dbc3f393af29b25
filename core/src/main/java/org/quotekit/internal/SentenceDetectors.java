package org.quotekit.internal;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Set;
import opennlp.tools.sentdetect.EndOfSentenceScanner;
import opennlp.tools.sentdetect.SentenceDetectorFactory;
import opennlp.tools.sentdetect.SentenceDetectorME;
import opennlp.tools.sentdetect.SentenceModel;
import opennlp.tools.sentdetect.lang.Factory;
import opennlp.tools.util.StringUtil;

/**
 * OpenNLP's {@code SentenceDetectorME} with exactly its result, in linear time. For every
 * end-of-sentence character it scans to the next white space only to skip the character when
 * another one comes before that white space ("a.a.a." is judged at its last full stop): on a
 * paragraph of full stops without white space that is quadratic (a 20,000-character paragraph
 * took 0.1 s). Here the scanner hands it only the characters it would not skip, found in one pass,
 * so it decides the same breaks. Not thread-safe, as {@code SentenceDetectorME}.
 */
final class SentenceDetectors {
  private SentenceDetectors() {}

  /** A detector for {@code model}: OpenNLP's, fed the candidates it would judge. */
  static SentenceDetectorME of(SentenceModel model) {
    // SentenceDetectorFactory builds its scanner and context generator with lang.Factory from
    // the model's end-of-sentence characters, as SentenceDetectorME(model, lang.Factory) does.
    if (model.getFactory().getClass() != SentenceDetectorFactory.class
        || model.getEosCharacters() == null) {
      return new SentenceDetectorME(model);
    }
    return new SentenceDetectorME(model, new Factory() {
      @Override
      public EndOfSentenceScanner createEndOfSentenceScanner(char[] eos) {
        return new LastOfRun(super.createEndOfSentenceScanner(eos));
      }
    });
  }

  /**
   * The positions of a scanner without those that another position follows before the next
   * white space: the ones {@code SentenceDetectorME.sentPosDetect} skips.
   */
  static final class LastOfRun implements EndOfSentenceScanner {
    private final EndOfSentenceScanner scanner;

    LastOfRun(EndOfSentenceScanner scanner) {
      this.scanner = scanner;
    }

    @Override
    public Set<Character> getEOSCharacters() {
      return scanner.getEOSCharacters();
    }

    @Override
    public List<Integer> getPositions(CharSequence s) {
      return lastOfRuns(s, scanner.getPositions(s));
    }

    @Override
    public List<Integer> getPositions(StringBuffer s) {
      return lastOfRuns(s, scanner.getPositions(s));
    }

    @Override
    public List<Integer> getPositions(char[] s) {
      return lastOfRuns(new String(s), scanner.getPositions(s));
    }

    /** Keeps position k unless position k + 1 lies before the first white space after k. */
    static List<Integer> lastOfRuns(CharSequence s, List<Integer> positions) {
      List<Integer> kept = new ArrayList<>(positions.size());
      int firstWhiteSpace = s.length(); // at or after the point the backward sweep reached
      int swept = s.length();
      for (int k = positions.size() - 1; k >= 0; k--) {
        int p = positions.get(k);
        while (swept > p + 1) {
          swept--;
          if (StringUtil.isWhitespace(s.charAt(swept))) {
            firstWhiteSpace = swept;
          }
        }
        if (k == positions.size() - 1 || positions.get(k + 1) >= firstWhiteSpace) {
          kept.add(p);
        }
      }
      Collections.reverse(kept);
      return kept;
    }
  }
}
