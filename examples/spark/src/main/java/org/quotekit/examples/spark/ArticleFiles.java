package org.quotekit.examples.spark;

import java.io.IOException;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.io.Serializable;
import java.net.URI;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FileStatus;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.LocalFileSystem;
import org.apache.hadoop.fs.Path;
import org.quotekit.StrictUtf8;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Finds and reads the job's input files with Hadoop's file system API, as the command-line tool
 * reads its own: the files of a folder's top level only (no subfolder, no hidden file: a name
 * that starts with '.'), whatever other characters their names hold (':', '_', '%'), decoded as
 * strict UTF-8. Spark's own file sources would read partition-like subfolders ("year=2020"),
 * skip names starting with '_' and fail the whole job on a name with ':'. Stateless.
 */
final class ArticleFiles {
  private static final Logger LOG = LoggerFactory.getLogger(ArticleFiles.class);

  /** The error of a file that opens with a UTF-16 byte order mark, as the CLI words it. */
  static final String UTF16 = StrictUtf8.UTF16_MESSAGE;

  private ArticleFiles() {}

  /** A failure the job reports in one line, without a stack trace: bad input or output. */
  static final class JobException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    JobException(String message) {
      super(message);
    }
  }

  /**
   * The files to read, as URIs in name order: {@code path} itself when it is a file; else the
   * files at its top level whose names end in {@code .txt} ({@link QuoteExtractionJob.InputFormat
   * #TXT}) or {@code .jsonl} / {@code .json} (JSONL), any case, not hidden. What is left out is
   * logged; files that give the same article id are warned about.
   *
   * @throws JobException if {@code path} does not exist or holds no such file
   */
  static List<String> list(Configuration conf, String path, QuoteExtractionJob.InputFormat format)
      throws IOException {
    Path root = new Path(path);
    FileSystem fs = root.getFileSystem(conf);
    if (!fs.exists(root)) {
      throw new JobException("the input " + path + " does not exist");
    }
    FileStatus top = fs.getFileStatus(root);
    if (top.isFile()) {
      return List.of(top.getPath().toUri().toString());
    }
    List<FileStatus> all = new ArrayList<>(List.of(fs.listStatus(root)));
    all.sort((a, b) -> a.getPath().getName().compareTo(b.getPath().getName()));
    List<String> files = new ArrayList<>();
    List<String> folders = new ArrayList<>();
    List<String> others = new ArrayList<>();
    Map<String, String> byId = new HashMap<>();
    for (FileStatus s : all) {
      String name = s.getPath().getName();
      if (name.startsWith(".")) {
        continue; // hidden, and Hadoop's checksum files (".name.crc")
      }
      if (s.isDirectory()) {
        folders.add(name);
      } else if (!accepts(name, format)) {
        others.add(name);
      } else {
        files.add(s.getPath().toUri().toString());
        String id = baseName(name); // a .txt file's id; a JSON Lines file's ids are inside it
        String earlier = format == QuoteExtractionJob.InputFormat.TXT
            ? byId.putIfAbsent(id, name) : null;
        if (earlier != null) {
          LOG.warn("duplicate article id \"{}\" in {} and {}: both are read, with that id",
              id, earlier, name);
        }
      }
    }
    if (!folders.isEmpty()) {
      LOG.warn("not read: {} subfolder(s) of {}: {}", folders.size(), path, sample(folders));
    }
    if (!others.isEmpty()) {
      LOG.info("not read: {} file(s) of {} without the {} extension: {}", others.size(), path,
          format == QuoteExtractionJob.InputFormat.TXT ? ".txt" : ".jsonl or .json",
          sample(others));
    }
    if (files.isEmpty()) {
      throw new JobException("the input folder " + path + " holds no "
          + (format == QuoteExtractionJob.InputFormat.TXT ? ".txt" : ".jsonl or .json")
          + " file at its top level");
    }
    return files;
  }

  private static boolean accepts(String name, QuoteExtractionJob.InputFormat format) {
    String lower = name.toLowerCase(Locale.ROOT);
    return format == QuoteExtractionJob.InputFormat.TXT ? lower.endsWith(".txt")
        : lower.endsWith(".jsonl") || lower.endsWith(".json");
  }

  private static String sample(List<String> names) {
    return names.size() <= 5 ? String.join(", ", names)
        : String.join(", ", names.subList(0, 5)) + ", ...";
  }

  /** The file name of a path or URI without its extension ({@code a.b.txt} gives {@code a.b}). */
  static String baseName(String path) {
    String name = path.substring(path.lastIndexOf('/') + 1);
    int dot = name.lastIndexOf('.');
    return dot > 0 ? name.substring(0, dot) : name;
  }

  /** The file a listed URI names, for reading and for messages. */
  static Path path(String uri) {
    return new Path(URI.create(uri));
  }

  /**
   * The file system that reads {@code file}: for the local file system its raw one, which
   * computes no checksum file name (".name.crc", which Hadoop cannot form for a name with ':').
   */
  static FileSystem reader(Path file, Configuration conf) throws IOException {
    FileSystem fs = file.getFileSystem(conf);
    return fs instanceof LocalFileSystem local ? local.getRawFileSystem() : fs;
  }

  /**
   * Decodes strict UTF-8 and drops a leading byte order mark.
   *
   * @param length how many bytes to decode
   * @throws IOException naming the offset of the first byte that is not valid UTF-8, or saying
   *     that the bytes are UTF-16
   */
  static String decode(byte[] bytes, int length) throws IOException {
    return StrictUtf8.withoutByteOrderMark(StrictUtf8.decode(bytes, length));
  }


  /**
   * A Hadoop {@link Configuration} that Spark can send to its executors, so that they read the
   * files with the driver's settings (credentials, file system implementations).
   */
  static final class SerializableConf implements Serializable {
    private static final long serialVersionUID = 1L;
    private transient Configuration conf;

    SerializableConf(Configuration conf) {
      this.conf = conf;
    }

    Configuration get() {
      return conf;
    }

    private void writeObject(ObjectOutputStream out) throws IOException {
      out.defaultWriteObject();
      conf.write(out);
    }

    private void readObject(ObjectInputStream in) throws IOException, ClassNotFoundException {
      in.defaultReadObject();
      conf = new Configuration(false);
      conf.readFields(in);
    }
  }
}
