package org.quotekit;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/**
 * Strict UTF-8 decoding of article bytes, for code that reads articles from files, streams or a
 * cluster's storage before it builds {@link Article}s: bytes that are not UTF-8 are an error that
 * says where they start, never replacement characters that would shift every offset after them,
 * and text that opens with a UTF-16 byte order mark is named as UTF-16. The CLI, the Spark job
 * and the PolNeAR reader decode with it. Stateless and thread-safe.
 */
public final class StrictUtf8 {
  /** The message of {@link #decode} for bytes that open with a UTF-16 byte order mark. */
  public static final String UTF16_MESSAGE = "not valid UTF-8: the input is UTF-16 (it opens "
      + "with a UTF-16 byte order mark); convert it to UTF-8, e.g. iconv -f UTF-16 -t UTF-8";

  private StrictUtf8() {}

  /**
   * The first {@code length} bytes of {@code bytes} as UTF-8, a byte order mark kept as the
   * character U+FEFF.
   *
   * @throws IOException {@link #UTF16_MESSAGE} when the bytes open with a UTF-16 byte order mark,
   *     else "not valid UTF-8: malformed byte sequence at byte offset N" for the first bytes that
   *     are not UTF-8
   */
  public static String decode(byte[] bytes, int length) throws IOException {
    ByteBuffer in = ByteBuffer.wrap(bytes, 0, length);
    CharBuffer out = CharBuffer.allocate(length);
    CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
        .onMalformedInput(CodingErrorAction.REPORT)
        .onUnmappableCharacter(CodingErrorAction.REPORT);
    CoderResult result = decoder.decode(in, out, true);
    if (!result.isError()) {
      result = decoder.flush(out);
    }
    if (result.isError()) {
      throw new IOException(opensWithUtf16Mark(bytes, length) ? UTF16_MESSAGE
          : "not valid UTF-8: malformed byte sequence at byte offset " + in.position());
    }
    return out.flip().toString();
  }

  /** Whether the first {@code length} bytes open with a UTF-16 byte order mark (FF FE, FE FF). */
  public static boolean opensWithUtf16Mark(byte[] bytes, int length) {
    return length >= 2 && (bytes[0] == (byte) 0xFF && bytes[1] == (byte) 0xFE
        || bytes[0] == (byte) 0xFE && bytes[1] == (byte) 0xFF);
  }

  /** {@code text} without a leading byte order mark (U+FEFF), as readers of a file want it. */
  public static String withoutByteOrderMark(String text) {
    return text.startsWith("\uFEFF") ? text.substring(1) : text;
  }
}
