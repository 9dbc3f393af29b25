package org.quotekit.examples.spark;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.io.BufferedInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;
import org.apache.spark.api.java.function.FlatMapFunction;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Reads the articles of listed files on the executors: a {@code .txt} file is one article (id:
 * its name without extension), a JSON Lines file one article a line. What cannot be read is
 * skipped with a warning that names the file (and line), the others are read: a file that is not
 * UTF-8, longer than any article the extractor takes, or a line that is not a JSON object with a
 * string {@code "text"} and a string or number {@code "id"} (the command-line tool's rules:
 * nothing after the object, no member twice). Holds only the settings it was made with.
 */
final class ArticleReader implements FlatMapFunction<String, Row> {
  private static final long serialVersionUID = 1L;
  private static final Logger LOG = LoggerFactory.getLogger(ArticleReader.class);
  /** The most bytes a character takes in UTF-8: a longer file holds too many characters. */
  private static final int MAX_BYTES_PER_CHAR = 4;
  private static final ObjectMapper JSON = JsonMapper.builder()
      .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
      .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
      .build();

  private final QuoteExtractionJob.InputFormat format;
  private final ArticleFiles.SerializableConf conf;
  private final int maxArticleLength;

  ArticleReader(QuoteExtractionJob.InputFormat format, ArticleFiles.SerializableConf conf,
      int maxArticleLength) {
    this.format = format;
    this.conf = conf;
    this.maxArticleLength = maxArticleLength;
  }

  /** The articles of one file as rows {@code (id, text, source)}; none when it cannot be read. */
  @Override
  public Iterator<Row> call(String uri) {
    Path file = ArticleFiles.path(uri);
    try {
      FileSystem fs = ArticleFiles.reader(file, conf.get());
      long bytes = fs.getFileStatus(file).getLen();
      if (format == QuoteExtractionJob.InputFormat.TXT) {
        Row article = text(fs, file, bytes);
        return article == null ? List.<Row>of().iterator() : List.of(article).iterator();
      }
      return new Lines(fs.open(file), file.toString(), limit());
    } catch (IOException | RuntimeException e) {
      LOG.warn("skipped {}: {}", file, e.getMessage() == null ? e.toString() : e.getMessage());
      return List.<Row>of().iterator();
    }
  }

  /** The longest file, or line, in bytes that can hold an article the extractor takes. */
  private long limit() {
    return (long) maxArticleLength * MAX_BYTES_PER_CHAR + 3; // and a byte order mark
  }

  private Row text(FileSystem fs, Path file, long bytes) throws IOException {
    if (bytes > limit()) {
      LOG.warn("skipped {}: {} bytes hold more than the {} characters an article may have; "
          + "raise the limit with --max-article-length", file, bytes, maxArticleLength);
      return null;
    }
    byte[] content = new byte[(int) bytes];
    try (InputStream in = fs.open(file)) {
      int n = in.readNBytes(content, 0, content.length);
      String text;
      try {
        text = ArticleFiles.decode(content, n);
      } catch (IOException e) {
        LOG.warn("skipped {}: {}", file, e.getMessage());
        return null;
      }
      return RowFactory.create(ArticleFiles.baseName(file.getName()), text, file.toString());
    }
  }

  /**
   * The article of one JSON Lines line, as a row {@code (id, text, source)}.
   *
   * @param line the line without its line break, decoded
   * @param where the file and line, for the row's source
   * @throws IllegalArgumentException saying what is wrong with the line
   */
  static Row parse(String line, String where) {
    JsonNode node;
    try {
      node = JSON.readTree(line);
    } catch (JsonProcessingException e) {
      throw new IllegalArgumentException("malformed JSON at column "
          + e.getLocation().getColumnNr() + ": " + e.getOriginalMessage());
    }
    if (node == null || !node.isObject()) {
      throw new IllegalArgumentException("the line is not a JSON object");
    }
    JsonNode text = node.get("text");
    if (text == null || !text.isTextual()) {
      throw new IllegalArgumentException("the object has no string \"text\" member");
    }
    JsonNode id = node.get("id");
    if (id == null || !(id.isTextual() || id.isNumber())) {
      throw new IllegalArgumentException("the object has no string or number \"id\" member");
    }
    return RowFactory.create(id.isTextual() ? id.textValue() : id.numberValue().toString(),
        text.textValue(), where);
  }

  /** The articles of a JSON Lines stream, read a line at a time; closes it at the end. */
  private static final class Lines implements Iterator<Row> {
    private final InputStream in;
    private final String file;
    private final long limit;
    private final ByteArrayOutputStream line = new ByteArrayOutputStream();
    private int number;
    private boolean ended;
    private Row next;

    Lines(InputStream in, String file, long limit) {
      this.in = new BufferedInputStream(in, 1 << 16);
      this.file = file;
      this.limit = limit;
    }

    @Override
    public boolean hasNext() {
      while (next == null && !ended) {
        next = readLine();
      }
      return next != null;
    }

    @Override
    public Row next() {
      if (!hasNext()) {
        throw new NoSuchElementException();
      }
      Row r = next;
      next = null;
      return r;
    }

    /** The next line's article, or null for a blank or bad line and at the end. */
    private Row readLine() {
      line.reset();
      boolean tooLong = false;
      try {
        int b;
        while ((b = in.read()) >= 0 && b != '\n') {
          if (line.size() < limit) {
            line.write(b);
          } else {
            tooLong = true;
          }
        }
        if (b < 0) {
          ended = true;
          in.close();
          if (line.size() == 0) {
            return null;
          }
        }
      } catch (IOException e) {
        ended = true;
        LOG.warn("skipped the rest of {} after line {}: {}", file, number, e.getMessage());
        return null;
      }
      number++;
      String where = file + ":" + number;
      if (tooLong) {
        LOG.warn("skipped {}: the line holds more than an article may have; raise the limit "
            + "with --max-article-length", where);
        return null;
      }
      byte[] bytes = line.toByteArray();
      int n = bytes.length > 0 && bytes[bytes.length - 1] == '\r' ? bytes.length - 1
          : bytes.length;
      try {
        String text = ArticleFiles.decode(bytes, n);
        if (text.isBlank()) {
          return null;
        }
        return parse(text, where);
      } catch (IOException | IllegalArgumentException e) {
        LOG.warn("skipped {}: {}", where, e.getMessage());
        return null;
      }
    }
  }
}
